// Compiling is the test: the tariff tables checked at compile time, beyond the invariants each header
// already static_asserts (sorted, no overlap, covered from 2022-01-01, within the legal caps, monotone).
#include <cartegrise/data/clean_vehicles.hpp>
#include <cartegrise/data/co2_malus.hpp>
#include <cartegrise/data/fixed_fees.hpp>
#include <cartegrise/data/import_decote.hpp>
#include <cartegrise/data/mass_malus.hpp>
#include <cartegrise/data/procedure_fees.hpp>
#include <cartegrise/data/regional_rates.hpp>
#include <cartegrise/data/vehicle_classes.hpp>
#include <cartegrise/data/vintage.hpp>

namespace {
using namespace cartegrise;
using namespace cartegrise::data;

constexpr std::int64_t rate(region r, date d) { return regional_rate(r, d)->cents_per_cv; }
constexpr std::int64_t co2(date first, int grams) { return co2_grid_for(first)->euros_for(grams); }
constexpr std::int64_t mass(date first, int kg) { return mass_grid_for(first)->euros_for(kg); }

// Every row has a source; the IDFM surcharge stays outside the 60 EUR cap but within the law's limit.
constexpr bool every_row_sourced() {
    for (const auto& r : regional_rates) if (r.source.empty()) return false;
    for (const auto& r : alternative_fuel_reductions) if (r.source.empty()) return false;
    for (const auto& r : electric_reductions) if (r.source.empty()) return false;
    for (const auto& g : co2_grids) if (g.source.empty()) return false;
    for (const auto& g : cv_grids) if (g.source.empty()) return false;
    for (const auto& g : mass_grids) if (g.source.empty()) return false;
    for (const auto& r : mass_abatements) if (r.source.empty()) return false;
    for (const auto& r : procedure_fees) if (r.source.empty()) return false;
    for (const auto& r : fixed_fees) if (r.source.empty()) return false;
    for (const auto& r : idfm_surcharges) if (r.source.empty() || r.cents_per_cv > 1400) return false;
    return true;
}
static_assert(every_row_sourced());

// Rates on 1 January 2026 and the changes of 2026 (rules.md §3.5).
static_assert(rate(region::auvergne_rhone_alpes, {2026, 1, 1}) == 4300);
static_assert(rate(region::corse, {2025, 12, 31}) == 4300 && rate(region::corse, {2026, 1, 1}) == 5300);
static_assert(rate(region::grand_est, {2022, 1, 31}) == 4200 && rate(region::grand_est, {2022, 2, 1}) == 4800);
static_assert(rate(region::hauts_de_france, {2026, 3, 31}) == 4200 && rate(region::hauts_de_france, {2026, 4, 1}) == 4300);
static_assert(rate(region::nouvelle_aquitaine, {2026, 2, 28}) == 5300 && rate(region::nouvelle_aquitaine, {2026, 3, 1}) == 5800);
static_assert(rate(region::la_reunion, {2026, 1, 31}) == 5700 && rate(region::la_reunion, {2026, 2, 1}) == 6000);
static_assert(rate(region::ile_de_france, {2026, 3, 1}) + idfm_surcharge(region::ile_de_france, {2026, 3, 1})->cents_per_cv == 6895);

// CO2 grids: first taxed gram and maximum of each WLTP year; decision 7; 2025 from 1 March.
static_assert(co2({2022, 1, 1}, 127) == 0 && co2({2022, 1, 1}, 128) == 50 && co2({2022, 1, 1}, 224) == 40000);
static_assert(co2({2023, 1, 1}, 122) == 0 && co2({2023, 1, 1}, 123) == 50 && co2({2023, 1, 1}, 226) == 50000);
static_assert(co2({2024, 1, 1}, 117) == 0 && co2({2024, 1, 1}, 167) == 6537 && co2({2024, 1, 1}, 194) == 60000);
static_assert(co2({2025, 2, 28}, 118) == 50 && co2({2025, 3, 1}, 113) == 50 && co2({2025, 3, 1}, 193) == 70000);
static_assert(co2({2026, 1, 1}, 107) == 0 && co2({2026, 1, 1}, 108) == 50 && co2({2026, 1, 1}, 192) == 80000);
static_assert(co2({2027, 1, 1}, 103) == 50 && co2({2027, 1, 1}, 190) == 90000);
static_assert(cv_grid_for({2023, 12, 31})->year == 2023 && cv_grid_for({2023, 1, 1})->euros_for(28) == 50000);
static_assert(e85_co2_percent_kept == 60 && e85_co2_max_grams == 250 && e85_cv_reduction == 2 && e85_cv_max == 12);

// The maximum of each grid year bounds the combined CO2 + mass malus (CIBS L.421-74): it grows every year.
constexpr bool maxima_grow() {
    for (std::size_t i = 1; i < std::size(co2_grids); ++i)
        if (co2_grids[i].max_euros() < co2_grids[i - 1].max_euros()) return false;
    return true;
}
static_assert(maxima_grow());

// Mass malus: the published examples (decision 8).
static_assert(mass({2022, 1, 1}, 1800) == 0 && mass({2022, 1, 1}, 1810) == 100 && mass({2023, 1, 1}, 1950) == 1500);
static_assert(mass({2024, 1, 1}, 1950) == 4520 && mass({2024, 1, 1}, 1849) == 2750);
static_assert(mass({2026, 1, 1}, 1950) == 6775);
static_assert(mass_grid_for({2021, 12, 31}) == nullptr);

// Décote: the table of 2025-03-01 at its boundaries; Y.4 and Y.5.
static_assert(decote_percent_for_months(0) == 0 && decote_percent_for_months(3) == 3 && decote_percent_for_months(4) == 6);
static_assert(decote_percent_for_months(180) == 94 && decote_percent_for_months(181) == 100);
static_assert(fixed_fee_in_force(fixed_fee::taxe_fixe, {2026, 1, 1})->cents == 1100);
static_assert(fixed_fee_in_force(fixed_fee::redevance_acheminement, {2026, 1, 1})->cents == 276);

// The vintage macro names the latest regional change.
static_assert(CARTEGRISE_DATA_VINTAGE == 20260401);
static_assert(cartegrise::detail::latest_since(regional_rates) == data_vintage);
}  // namespace
