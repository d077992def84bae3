// Compiling is the test: quote_totals() gives the lines of quote() in constant expressions, for every
// published case (tests/cases/published_cases.hpp) and over a compile-time sweep — every department x
// 12 dates of 2022-2027 x two procedures, errors included. One constant expression per case and per
// department, each within the default limits of g++ and clang++ (see sweep_static.cpp).
#include "../cases/published_cases.hpp"

#include <cstddef>
#include <iterator>
#include <utility>

namespace totals_static {

using namespace cartegrise;

// The lines of quote(r) and quote_totals(r) agree, or both refuse r with the same error.
constexpr bool same_answer(const request& r) noexcept {
    const auto q = quote(r);
    const auto t = quote_totals(r);
    if (q.has_value() != t.has_value()) return false;
    if (!q.has_value()) return q.error() == t.error() && q.error().also_missing == t.error().also_missing;
    return static_cast<const totals&>(*q) == *t;
}

// ---- Every published case: the same lines, and the published amounts -------------------------------
constexpr bool case_matches(const cases::published_case& c) noexcept {
    const auto t = quote_totals(c.req);
    return same_answer(c.req) && t.has_value() && t->y1.in_cents() == c.want.y1 && t->y1_idfm.in_cents() == c.want.y1_idfm &&
           t->y2.in_cents() == c.want.y2 && t->y3.in_cents() == c.want.y3 && t->y4.in_cents() == c.want.y4 &&
           t->y5.in_cents() == c.want.y5 && t->y6.in_cents() == c.want.y6;
}
template <std::size_t I>
struct published_check {
    static constexpr bool ok = case_matches(cases::published_cases[I]);
    static_assert(ok, "quote_totals() differs from quote() or from the published amounts (tests/cases/published_cases.hpp, case I)");
};
template <std::size_t... I>
constexpr bool all_published(std::index_sequence<I...>) noexcept {
    return (published_check<I>::ok && ...);
}
static_assert(all_published(std::make_index_sequence<std::size(cases::published_cases)>{}));

// ---- A sweep: every department x 12 dates x {used, new}, some requests refused -------------------
inline constexpr std::size_t dates = 12;  // 1 January and 1 July, 2022 … 2027
constexpr date date_at(std::size_t i) noexcept { return date{2022 + static_cast<int>(i / 2), i % 2 == 0 ? 1 : 7, 1}; }

constexpr request swept(std::size_t d, std::size_t i, procedure p) noexcept {
    const std::size_t turn = d + i;
    request r;
    r.application_date = date_at(i);
    r.holder_department = department::at(d);
    r.procedure = p;
    r.vehicle.genre = turn % 5 == 0 ? genre::ctte : genre::vp;
    r.vehicle.energy = turn % 3 == 0 ? energy::eh : (turn % 3 == 1 ? energy::es : energy::ee);
    r.vehicle.fiscal_cv = 1 + static_cast<int>(turn % 11);
    if (p == procedure::used) r.vehicle.first_registration = date{2013 + static_cast<int>(turn % 9), 4, 15};
    r.vehicle.co2_g_km = 95 + static_cast<int>(turn % 13) * 10;
    r.vehicle.mass_kg = 1400 + static_cast<int>(turn % 7) * 120;
    r.vehicle.ptac_kg = 2600;
    r.vehicle.electric_power_kw = 20 + static_cast<int>(turn % 3) * 10;
    if (turn % 7 == 3) r.vehicle.mass_kg.reset();  // a new car without its mass: refused, by both
    return r;
}

constexpr bool department_agrees(std::size_t d) noexcept {
    for (std::size_t i = 0; i < dates; ++i)
        if (!same_answer(swept(d, i, procedure::used)) || !same_answer(swept(d, i, procedure::new_vehicle))) return false;
    return true;
}
template <std::size_t D>
struct department_check {
    static constexpr bool ok = department_agrees(D);
    static_assert(ok, "quote_totals() differs from quote() in the compile-time sweep (department index D)");
};
template <std::size_t... D>
constexpr bool all_departments(std::index_sequence<D...>) noexcept {
    return (department_check<D>::ok && ...);
}
static_assert(all_departments(std::make_index_sequence<department_count>{}), "quote_totals() and quote() over every department");

// The sweep meets refusals as well as quotes (so that "errors equal too" is exercised).
constexpr bool sweep_has_errors() noexcept {
    std::size_t errors = 0;
    for (std::size_t d = 0; d < 8; ++d)
        for (std::size_t i = 0; i < dates; ++i) errors += quote_totals(swept(d, i, procedure::new_vehicle)).has_value() ? 0u : 1u;
    return errors > 0;
}
static_assert(sweep_has_errors());

}  // namespace totals_static
