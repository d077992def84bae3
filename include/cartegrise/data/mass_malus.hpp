// Y.3 — mass malus (taxe sur la masse en ordre de marche), grids by year of first registration.
// Law: CIBS L.421-71 to L.421-81 (created as CGI 1012 ter by LF 2021, in force 2022-01-01); progressive
// bands from 2024 (LF 2024, loi 2023-1322 art. 97); 2026 grid (LF 2025, loi 2025-127).
// Counting (decision of the project, docs/data-sources.md): 2022–2023 tax the mass *exceeding* 1 800 kg,
// i.e. from 1 801 kg ("fraction excédant 1 800 kg"); from 2024 the bands are read as the law writes
// them ("de 1 600 à 1 799 kg"), the threshold kilogram included — what service-public F35950 (1 950 kg
// in 2024 → 4 520 €) and BOFiP BOI-AIS-MOB-10-20-40 (1 849 kg → 2 750 €) compute.
// Each band: from `from_kg` (included) up to the next band's from_kg − 1, `euros_per_kg` per kg.
#ifndef CARTEGRISE_DATA_MASS_MALUS_HPP
#define CARTEGRISE_DATA_MASS_MALUS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "table.hpp"

namespace cartegrise::data {

struct mass_band {
    int from_kg;
    std::int64_t euros_per_kg;
};

// clang-format off
inline constexpr mass_band mass_2022[] = {{0, 0}, {1801, 10}};
inline constexpr mass_band mass_2024[] = {{0, 0}, {1600, 10}, {1800, 15}, {1900, 20}, {2000, 25}, {2100, 30}};
inline constexpr mass_band mass_2026[] = {{0, 0}, {1500, 10}, {1700, 15}, {1800, 20}, {1900, 25}, {2000, 30}};
// clang-format on

struct mass_grid {
    date since;   // first registrations from this date
    int year;
    const mass_band* bands;
    std::size_t count;
    std::string_view source;

    [[nodiscard]] constexpr std::int64_t euros_for(int kg) const noexcept {
        std::int64_t total = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const int from = bands[i].from_kg;
            if (kg < from) break;
            const int to = (i + 1 < count) ? bands[i + 1].from_kg - 1 : kg;
            const int upper = kg < to ? kg : to;
            total += static_cast<std::int64_t>(upper - from + 1) * bands[i].euros_per_kg;
        }
        return total;
    }
};

// clang-format off
inline constexpr mass_grid mass_grids[] = {
    {{2022, 1, 1}, 2022, mass_2022, cartegrise::detail::size_of(mass_2022), "CIBS L.421-75 (2022): 10 EUR/kg above 1 800 kg"},
    {{2023, 1, 1}, 2023, mass_2022, cartegrise::detail::size_of(mass_2022), "CIBS L.421-75 (2023): 10 EUR/kg above 1 800 kg"},
    {{2024, 1, 1}, 2024, mass_2024, cartegrise::detail::size_of(mass_2024), "CIBS L.421-75 as amended by LF 2024 art. 97; service-public F35950"},
    {{2025, 1, 1}, 2025, mass_2024, cartegrise::detail::size_of(mass_2024), "CIBS L.421-75 (2025 grid unchanged from 2024)"},
    {{2026, 1, 1}, 2026, mass_2026, cartegrise::detail::size_of(mass_2026), "CIBS L.421-75 as amended by LF 2025 (2026 grid)"},
};
// clang-format on

// Vehicles first registered before this date pay no mass malus (BOFiP BOI-AIS-MOB-10-20-40 example).
inline constexpr date first_mass_grid_date{2022, 1, 1};

namespace detail {
constexpr bool mass_grids_ok() noexcept {
    for (std::size_t g = 0; g < cartegrise::detail::size_of(mass_grids); ++g) {
        const auto& grid = mass_grids[g];
        if (g > 0 && !(mass_grids[g - 1].since < grid.since)) return false;
        if (grid.bands[0].from_kg != 0 || grid.bands[0].euros_per_kg != 0) return false;
        for (std::size_t i = 1; i < grid.count; ++i)
            if (grid.bands[i].from_kg <= grid.bands[i - 1].from_kg || grid.bands[i].euros_per_kg < grid.bands[i - 1].euros_per_kg)
                return false;
    }
    return true;
}
}  // namespace detail
static_assert(detail::mass_grids_ok(), "mass grids: increasing bands, non-decreasing marginal rates, dated in order");
static_assert(mass_grids[0].since == first_mass_grid_date, "mass grids start in 2022");

constexpr const mass_grid* mass_grid_for(date first_registration) noexcept {
    const mass_grid* g = nullptr;
    for (const auto& row : mass_grids)
        if (row.since <= first_registration) g = &row;
    return g;
}

// Abatements on the mass (kg), by the date of first registration. CIBS L.421-79 / L.421-80.
// Not encoded, on purpose: the hybrid abatements are "dans la limite de 15 % de la masse" (FNA 2024-2025):
// 15 % of the mass is below 200 kg only under 1 334 kg (below 100 kg only under 667 kg), where no grid
// taxes anything, so the limit never changes an amount. The restriction of the 100 kg abatement to
// "environmentally performant" hybrids was postponed to 2027-01-01 by LF 2025 (francetvinfo 2024-11):
// beyond our tables. The 600 kg abatement for electric vehicles planned for 2026-07-01 was dropped from
// LF 2026 (decision 13): electric and hydrogen vehicles stay exempt.
enum class mass_abatement : std::uint8_t {
    per_child,          // holder with at least 3 dependent children, per child (one vehicle, >= 5 seats)
    legal_person_8_seats,  // vehicle with >= 8 seats acquired by a legal person
    plugin_hybrid,      // plug-in hybrid (electric range > 50 km); fully exempt before 2025
    hybrid,             // non-plug-in hybrid
};
struct mass_abatement_row {
    mass_abatement key;
    date since;
    int kg;             // kg removed; -1: the vehicle is exempt from the mass malus
    std::string_view source;
};
// clang-format off
inline constexpr mass_abatement_row mass_abatements[] = {
    {mass_abatement::per_child,            {2022, 1, 1}, 200, "CIBS L.421-79 1° (200 kg per dependent child, from 3 children)"},
    {mass_abatement::legal_person_8_seats, {2022, 1, 1}, 400, "CIBS L.421-79 2° (400 kg, >= 8 seats, legal person)"},
    {mass_abatement::legal_person_8_seats, {2024, 1, 1}, 600, "CIBS L.421-79 2° as amended by LF 2024 (600 kg; single secondary source, date inferred: weak)"},
    {mass_abatement::plugin_hybrid,        {2022, 1, 1},  -1, "CIBS L.421-78 (plug-in hybrids, range > 50 km, exempt until 2024)"},
    {mass_abatement::plugin_hybrid,        {2025, 1, 1}, 200, "CIBS L.421-79 as amended by LF 2024 (200 kg from 2025-01-01; caradisiac 2025-01, FNA)"},
    {mass_abatement::hybrid,               {2022, 1, 1},   0, "no abatement before 2024"},
    {mass_abatement::hybrid,               {2024, 1, 1}, 100, "CIBS L.421-79 as amended by LF 2024 (100 kg, Horizons amendment); restriction postponed to 2027 (LF 2025)"},
};
// clang-format on
static_assert(cartegrise::detail::sorted_by_key_then_date(mass_abatements), "mass abatements: sorted");

constexpr const mass_abatement_row* mass_abatement_for(mass_abatement a, date first_registration) noexcept {
    return cartegrise::detail::find_in_force(mass_abatements, a, first_registration);
}

// Large families: the CO2 figure is reduced by 20 g/km per dependent child from 3 children
// (CIBS L.421-67; one vehicle of at least 5 seats).
inline constexpr int large_family_min_children = 3;
inline constexpr int large_family_min_seats = 5;
inline constexpr int co2_grams_per_child = 20;

}  // namespace cartegrise::data

#endif
