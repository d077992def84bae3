// The full grid at compile time: every department × CV 1 … 20 for a used tourism car, built by ONE
// constant expression (department_fee_grid) under the compilers' default limits (g++ 12:
// -fconstexpr-ops-limit=2^25; clang++ 14: -fconstexpr-steps=1048576). Compiling this file is the test.
//
// Each of the 2 020 cells is then checked against the hand computation a user would write (regional
// rate × CV + IDFM part + 11 € taxe fixe, rounded to the euro, + 2,76 €), and against a quote() of its
// own department (one constant expression per department, each with its own step budget): the grid
// quotes one department per region and copies, and this proves the copy right for every department.
#include <cartegrise/cartegrise.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <utility>

namespace full_grid {

using namespace cartegrise;

inline constexpr date on{2026, 6, 1};

constexpr request used_car() noexcept {
    request r;
    r.application_date = on;
    r.procedure = procedure::used;
    r.vehicle.genre = genre::vp;
    r.vehicle.energy = energy::es;
    r.vehicle.first_registration = date{2019, 5, 3};  // under ten years: full rate
    return r;
}

inline constexpr auto grid = department_fee_grid<1, 20>(used_car());
static_assert(grid.size() == department_count && grid[0].size() == 20);

// What a user would compute by hand from the published rates.
constexpr money by_hand(department d, int cv) noexcept {
    const region reg = d.region();
    const std::int64_t idfm = data::idfm_surcharge(reg, on) ? data::idfm_surcharge(reg, on)->cents_per_cv : 0;
    const std::int64_t per_cv = data::regional_rate(reg, on)->cents_per_cv + idfm;
    return round_to_euro(money::cents(per_cv * cv) + money::euros(11)) + money::cents(276);
}

constexpr bool every_cell_by_hand() noexcept {
    for (std::size_t d = 0; d < department_count; ++d) {
        for (int cv = 1; cv <= 20; ++cv) {
            const auto& cell = grid[d][static_cast<std::size_t>(cv - 1)];
            if (!cell.has_value() || *cell != by_hand(department::at(d), cv)) return false;
            if (cv > 1 && !(grid[d][static_cast<std::size_t>(cv - 2)].value() < *cell)) return false;
        }
    }
    return true;
}
static_assert(every_cell_by_hand(), "full grid: a cell differs from rate x CV + 11 EUR, rounded, + 2.76 EUR");

// Published figures: Paris, 7 CV, June 2026: (54,95 + 14) € × 7 + 11 € = 493,65 € → 494 € + 2,76 €.
static_assert(grid[parse_department("75").value().index()][6] == money::cents(49676));
// Corse-du-Sud, 1 CV, 2026: 53 € + 11 € = 64 € + 2,76 €.
static_assert(grid[parse_department("2A").value().index()][0] == money::cents(6676));

// Every cell equals the quote() of its own department.
constexpr bool department_matches(std::size_t d) noexcept {
    request r = used_car();
    r.holder_department = department::at(d);
    for (int cv = 1; cv <= 20; ++cv) {
        r.vehicle.fiscal_cv = cv;
        const auto q = quote(r);
        if (!q.has_value() || grid[d][static_cast<std::size_t>(cv - 1)] != q->y6) return false;
    }
    return true;
}
template <std::size_t D>
struct department_check {
    static constexpr bool ok = department_matches(D);
    static_assert(ok, "full grid: a department's cell differs from its own quote()");
};
template <std::size_t... D>
constexpr bool all_departments(std::index_sequence<D...>) noexcept {
    return (department_check<D>::ok && ...);
}
static_assert(all_departments(std::make_index_sequence<department_count>{}));

}  // namespace full_grid
