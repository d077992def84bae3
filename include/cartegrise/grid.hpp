// Fee grids: the fee of one request template over a range of fiscal powers, over every department, or
// both, as a std::array computed by quote(). Every function is constexpr, so a grid can be checked with
// static_assert and stored as read-only data (a kiosk, a handheld terminal, firmware printing a price
// list) with no code to build it at run time:
//
//     constexpr auto prices = cartegrise::fee_totals<1, 20>(used_car_in_paris);  // Y.6, CV 1 … 20
//
// Cell i of a CV range holds CV First + i. A grid of totals keeps the total and the error of each cell,
// computed by quote_totals() (no explanation is built); ask breakdown_grid() for the steps.
#ifndef CARTEGRISE_GRID_HPP
#define CARTEGRISE_GRID_HPP

#include <array>
#include <cstddef>
#include <utility>

#include "breakdown.hpp"
#include "money.hpp"
#include "quote.hpp"
#include "request.hpp"
#include "result.hpp"
#include "territory.hpp"
#include "version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

namespace detail {

template <int First, int Last>
constexpr void check_cv_range() noexcept {
    static_assert(First >= 1 && First <= Last && Last <= request_limits::max_fiscal_cv,
                  "cartegrise: a fiscal power range is First..Last with 1 <= First <= Last <= 999");
}

constexpr request with_cv(request r, int cv) noexcept {
    r.vehicle.fiscal_cv = cv;
    return r;
}

constexpr request with_department(request r, department d) noexcept {
    r.holder_department = d;
    return r;
}

// Y.6 of one request, or its error.
constexpr result<money> total_of(const request& r) noexcept {
    const auto q = quote_totals(r);
    if (!q) return failure{q.error()};
    return q->y6;
}

template <int First, std::size_t... I>
constexpr std::array<result<money>, sizeof...(I)> totals_by_cv(const request& tmpl, std::index_sequence<I...>) noexcept {
    return {{total_of(with_cv(tmpl, First + static_cast<int>(I)))...}};
}

template <int First, std::size_t... I>
constexpr std::array<money, sizeof...(I)> values_by_cv(const request& tmpl, std::index_sequence<I...>) {
    // value() on an error throws: in a constant expression, a compile error naming bad_result_access.
    return {{total_of(with_cv(tmpl, First + static_cast<int>(I))).value()...}};
}

template <int First, std::size_t... I>
constexpr std::array<result<breakdown>, sizeof...(I)> breakdowns_by_cv(const request& tmpl, std::index_sequence<I...>) noexcept {
    return {{quote(with_cv(tmpl, First + static_cast<int>(I)))...}};
}

// The first department of each region, in the official order. The fee depends on the department only
// through its region: the regional council votes the rate (CIBS L.421-42, L.421-43) and no other rule
// reads the department. So a grid over departments quotes one department per region (18 quotes instead
// of 101 per cell) and copies; tests/unit/grid_test.cpp and tests/static/full_grid_static.cpp compare
// every department with its own quote().
constexpr std::array<department, region_count> first_department_of_each_region() noexcept {
    std::array<department, region_count> first{};
    for (std::size_t i = department_count; i-- > 0;) first[static_cast<std::size_t>(department::at(i).region())] = department::at(i);
    return first;
}
constexpr bool every_region_has_a_department() noexcept {
    std::array<bool, region_count> seen{};
    for (std::size_t i = 0; i < department_count; ++i) seen[static_cast<std::size_t>(department::at(i).region())] = true;
    for (const bool s : seen)
        if (!s) return false;
    return true;
}
static_assert(every_region_has_a_department(), "cartegrise: every region has a department");

template <std::size_t... R>
constexpr std::array<result<money>, region_count> totals_by_region(const request& tmpl, std::index_sequence<R...>) noexcept {
    constexpr auto first = first_department_of_each_region();
    return {{total_of(with_department(tmpl, first[R]))...}};
}

template <int First, int Last, std::size_t... R>
constexpr std::array<std::array<result<money>, static_cast<std::size_t>(Last - First + 1)>, region_count>
cv_totals_by_region(const request& tmpl, std::index_sequence<R...>) noexcept {
    constexpr auto first = first_department_of_each_region();
    constexpr auto cvs = std::make_index_sequence<static_cast<std::size_t>(Last - First + 1)>{};
    return {{totals_by_cv<First>(with_department(tmpl, first[R]), cvs)...}};
}

template <class Cell, std::size_t... D>
constexpr std::array<Cell, department_count> spread_to_departments(const std::array<Cell, region_count>& by_region,
                                                                  std::index_sequence<D...>) noexcept {
    return {{by_region[static_cast<std::size_t>(department::at(D).region())]...}};
}

}  // namespace detail

// Y.6 (or the error) of `tmpl` for every fiscal power First … Last: cell i is CV First + i.
template <int First, int Last>
constexpr std::array<result<money>, static_cast<std::size_t>(Last - First + 1)> fee_grid(const request& tmpl) noexcept {
    detail::check_cv_range<First, Last>();
    return detail::totals_by_cv<First>(tmpl, std::make_index_sequence<static_cast<std::size_t>(Last - First + 1)>{});
}

// The totals alone, for read-only data: std::array<money, N>, no error fields, no pointers. A cell that
// would be an error does not compile in a constant expression (and throws, or aborts without exceptions,
// at run time), so `constexpr auto t = fee_totals<1, 20>(tmpl);` is a checked table.
template <int First, int Last>
constexpr std::array<money, static_cast<std::size_t>(Last - First + 1)> fee_totals(const request& tmpl) {
    detail::check_cv_range<First, Last>();
    return detail::values_by_cv<First>(tmpl, std::make_index_sequence<static_cast<std::size_t>(Last - First + 1)>{});
}

// The full breakdowns (lines and explanation steps) for CV First … Last. Each cell is a few KiB.
template <int First, int Last>
constexpr std::array<result<breakdown>, static_cast<std::size_t>(Last - First + 1)> breakdown_grid(const request& tmpl) noexcept {
    detail::check_cv_range<First, Last>();
    return detail::breakdowns_by_cv<First>(tmpl, std::make_index_sequence<static_cast<std::size_t>(Last - First + 1)>{});
}

// Y.6 (or the error) of `tmpl` in every department: cell d is department::at(d).
constexpr std::array<result<money>, department_count> department_grid(const request& tmpl) noexcept {
    const auto by_region = detail::totals_by_region(tmpl, std::make_index_sequence<region_count>{});
    return detail::spread_to_departments(by_region, std::make_index_sequence<department_count>{});
}

// Y.6 (or the error) of `tmpl` in every department for CV First … Last: grid[d][i] is department::at(d)
// at CV First + i.
template <int First, int Last>
constexpr std::array<std::array<result<money>, static_cast<std::size_t>(Last - First + 1)>, department_count>
department_fee_grid(const request& tmpl) noexcept {
    detail::check_cv_range<First, Last>();
    const auto by_region = detail::cv_totals_by_region<First, Last>(tmpl, std::make_index_sequence<region_count>{});
    return detail::spread_to_departments(by_region, std::make_index_sequence<department_count>{});
}

CARTEGRISE_END_NAMESPACE

#endif
