// Compiling is the test: every invariant of the data tables, checked at compile time (the headers no
// longer static_assert them): sorted, one row a day, covered from 2022-01-01, within the legal caps,
// grids starting at 0 and monotonic, catalogues dense, lists within their capacities, every row sourced,
// the vintage no older than the regional rates; then the figures of the rules (rules.md).
#include <cartegrise/data/change_dates.hpp>
#include <cartegrise/data/clean_vehicles.hpp>
#include <cartegrise/data/co2_malus.hpp>
#include <cartegrise/data/fixed_fees.hpp>
#include <cartegrise/data/import_decote.hpp>
#include <cartegrise/data/mass_malus.hpp>
#include <cartegrise/data/procedure_deadlines.hpp>
#include <cartegrise/data/procedure_documents.hpp>
#include <cartegrise/data/procedure_fees.hpp>
#include <cartegrise/data/regional_rates.hpp>
#include <cartegrise/sources.hpp>
#include <cartegrise/data/vehicle_classes.hpp>
#include <cartegrise/data/vintage.hpp>
#include <cartegrise/vintage.hpp>
#include <cartegrise/procedure.hpp>
#include <cartegrise/territory.hpp>
#include <cartegrise/vehicle.hpp>

#include <cstddef>
#include <cstdint>

namespace {
using namespace cartegrise;
using namespace cartegrise::data;
using cartegrise::detail::every_key_covered_from;
using cartegrise::detail::find_in_force;
using cartegrise::detail::latest_since;
using cartegrise::detail::size_of;
using cartegrise::detail::sorted_by_key_then_date;

// ---- Keyed tables: sorted by (key, since), one row a day, every key in force from 2022-01-01 --------
static_assert(sorted_by_key_then_date(regional_rates), "regional rates: sorted by region then date, one row a day");
static_assert(every_key_covered_from<region>(regional_rates, region_count, first_supported_date),
              "regional rates: every region has a rate from 2022-01-01");
static_assert(sorted_by_key_then_date(idfm_surcharges), "IDFM surcharge: sorted by date");
static_assert(find_in_force(idfm_surcharges, region::ile_de_france, first_supported_date) != nullptr,
              "IDFM surcharge: Ile-de-France covered from 2022-01-01 (0 before the law)");
static_assert(sorted_by_key_then_date(alternative_fuel_reductions), "clean vehicles: sorted");
static_assert(every_key_covered_from<region>(alternative_fuel_reductions, region_count, first_supported_date),
              "clean vehicles: every region from 2022-01-01");
static_assert(sorted_by_key_then_date(electric_regional_reductions), "electric vehicles: sorted");
static_assert(sorted_by_key_then_date(fixed_fees), "fixed fees: sorted");
static_assert(every_key_covered_from<fixed_fee>(fixed_fees, fixed_fee_count, first_supported_date), "fixed fees: both from 2022-01-01");
static_assert(sorted_by_key_then_date(procedure_fees), "procedure fees: sorted");
static_assert(every_key_covered_from<procedure>(procedure_fees, procedure_count, first_supported_date),
              "procedure fees: every procedure from 2022-01-01");
static_assert(sorted_by_key_then_date(vehicle_classes), "vehicle classes: sorted");
static_assert(every_key_covered_from<vehicle_class>(vehicle_classes, vehicle_class_count, first_supported_date),
              "vehicle classes: every class from 2022-01-01");
static_assert(sorted_by_key_then_date(mass_abatements), "mass abatements: sorted");
static_assert(every_key_covered_from<mass_abatement>(mass_abatements, static_cast<std::size_t>(mass_abatement::hybrid) + 1, first_supported_date),
              "mass abatements: every abatement from 2022-01-01");
static_assert(sorted_by_key_then_date(fines), "fines: sorted by class then date");

// The electric reductions are the regions' own choice, from the date the law gave it (L.421-49 v2).
constexpr bool electric_rows_from_choice() {
    for (const auto& r : electric_regional_reductions)
        if (r.since < electric_regional_choice_from) return false;
    return true;
}
static_assert(electric_rows_from_choice(), "electric vehicles: regional rows only from 2025-05-01");

// ---- Legal bounds ----------------------------------------------------------------------------------
constexpr bool regional_rates_within_cap() {
    for (const auto& r : regional_rates)
        if (r.cents_per_cv < 0 || r.cents_per_cv > regional_rate_cap_cents) return false;
    return true;
}
static_assert(regional_rates_within_cap(), "regional rates: within the 60 EUR/CV cap of CIBS L.421-42");

template <std::size_t N>
constexpr bool clean_percents(const clean_reduction_row (&rows)[N]) {
    for (const auto& r : rows)
        if (r.percent_off != 0 && r.percent_off != 50 && r.percent_off != 100) return false;
    return true;
}
static_assert(clean_percents(alternative_fuel_reductions) && clean_percents(electric_regional_reductions),
              "clean vehicles: the law allows 0, 50 or 100 % only");

// ---- Grids -----------------------------------------------------------------------------------------
// Start at 0 (grams, CV) and 0 EUR, strictly increasing thresholds, non-decreasing amounts.
template <class Grid>
constexpr bool co2_grid_ok(const Grid& g) {
    if (g.count == 0 || g.bands[0].from() != 0 || g.bands[0].euros() != 0) return false;
    for (std::size_t i = 1; i < g.count; ++i)
        if (g.bands[i].from() <= g.bands[i - 1].from() || g.bands[i].euros() < g.bands[i - 1].euros()) return false;
    return true;
}
template <class Grid, std::size_t N>
constexpr bool grids_ok(const Grid (&grids)[N]) {
    for (std::size_t i = 0; i < N; ++i) {
        if (!co2_grid_ok(grids[i]) || !grids[i].since.ok()) return false;
        if (i > 0 && !(grids[i - 1].since < grids[i].since)) return false;
        if (grids[i].year != grids[i].since.year()) return false;  // the grid of the year of B
    }
    return true;
}
static_assert(grids_ok(co2_grids), "CO2 grids: start at 0 g / 0 EUR, strictly increasing grams, non-decreasing amounts, dated in order");
static_assert(grids_ok(cv_grids), "power grids: start at 0 CV / 0 EUR, increasing, dated in order");
static_assert(co2_grids[0].since == first_co2_grid_date && cv_grids[0].since == first_co2_grid_date, "CO2 and power grids start in 2008");

constexpr bool mass_grids_ok() {
    for (std::size_t g = 0; g < size_of(mass_grids); ++g) {
        const auto& grid = mass_grids[g];
        if (!grid.since.ok() || grid.count == 0) return false;
        if (g > 0 && !(mass_grids[g - 1].since < grid.since)) return false;
        if (grid.bands[0].from_kg != 0 || grid.bands[0].euros_per_kg != 0) return false;
        for (std::size_t i = 1; i < grid.count; ++i)
            if (grid.bands[i].from_kg <= grid.bands[i - 1].from_kg || grid.bands[i].euros_per_kg < grid.bands[i - 1].euros_per_kg) return false;
    }
    return true;
}
static_assert(mass_grids_ok(), "mass grids: increasing bands, non-decreasing marginal rates, dated in order");
static_assert(mass_grids[0].since == first_mass_grid_date, "mass grids start in 2022");

// ---- Décote ----------------------------------------------------------------------------------------
constexpr bool decote_ok() {
    for (std::size_t i = 1; i < size_of(decote_2025); ++i)
        if (decote_2025[i].from_months <= decote_2025[i - 1].from_months || decote_2025[i].percent <= decote_2025[i - 1].percent) return false;
    for (std::size_t i = 1; i < size_of(decote_rules); ++i)
        if (!(decote_rules[i - 1].since < decote_rules[i].since)) return false;
    return decote_2025[0].from_months == 1 && decote_2025[size_of(decote_2025) - 1].percent == 100 &&
           decote_rules[0].since == first_supported_date;
}
static_assert(decote_ok(), "décote: increasing months and percents, ending at 100 %; rules dated in order from 2022-01-01");

// ---- Catalogues of the procedures wing --------------------------------------------------------------
constexpr bool documents_catalogue_dense() {
    for (std::size_t i = 0; i < document_count; ++i) {
        if (static_cast<std::size_t>(documents[i].key) != i || documents[i].code.empty()) return false;
        for (std::size_t j = 0; j < i; ++j)
            if (documents[j].code == documents[i].code) return false;
    }
    return document_count == static_cast<std::size_t>(document::automotive_activity_proof) + 1;
}
static_assert(documents_catalogue_dense(), "documents: one catalogue row per document, in enum order, with its own code");

template <std::size_t N>
constexpr bool codes_ok(const std::string_view (&codes)[N]) {
    for (std::size_t i = 0; i < N; ++i) {
        if (codes[i].empty()) return false;
        for (std::size_t j = 0; j < i; ++j)
            if (codes[j] == codes[i]) return false;
    }
    return true;
}
static_assert(codes_ok(condition_codes) && condition_count == static_cast<std::size_t>(document_condition::withdrawn) + 1,
              "document conditions: one code per condition, in enum order");
static_assert(codes_ok(deadline_kind_codes) && deadline_kind_count == static_cast<std::size_t>(deadline_kind::delivery) + 1,
              "deadline kinds: one code per kind, in enum order");
static_assert(codes_ok(deadline_event_codes) && deadline_event_count == static_cast<std::size_t>(deadline_event::application) + 1,
              "deadline events: one code per event, in enum order");

// Rows grouped by procedure in enum order; within a procedure, one row per (document, since); sourced.
constexpr bool procedure_documents_well_formed() {
    for (std::size_t i = 0; i < size_of(procedure_documents); ++i) {
        const auto& r = procedure_documents[i];
        if (r.source.empty() || !r.since.ok() || r.since < first_supported_date) return false;
        if (static_cast<std::size_t>(r.doc) >= document_count || static_cast<std::size_t>(r.key) >= procedure_count) return false;
        if (i > 0 && r.key < procedure_documents[i - 1].key) return false;
        for (std::size_t j = 0; j < i; ++j) {
            const auto& o = procedure_documents[j];
            if (o.key == r.key && o.doc == r.doc && o.since == r.since) return false;
        }
    }
    return true;
}
static_assert(procedure_documents_well_formed(), "procedure documents: grouped by procedure, sourced, dated from 2022-01-01 on, no duplicate row");

// Every procedure lists documents in force from the floor date, and never more than a document_list
// holds (at most one entry per document, whatever the date).
constexpr bool every_procedure_has_documents() {
    for (std::size_t p = 0; p < procedure_count; ++p) {
        std::size_t from_floor = 0;
        std::size_t distinct = 0;
        for (std::size_t i = 0; i < size_of(procedure_documents); ++i) {
            const auto& r = procedure_documents[i];
            if (static_cast<std::size_t>(r.key) != p) continue;
            if (r.since == first_supported_date) ++from_floor;
            bool seen = false;
            for (std::size_t j = 0; j < i; ++j) seen = seen || (procedure_documents[j].key == r.key && procedure_documents[j].doc == r.doc);
            if (!seen) ++distinct;
        }
        if (from_floor == 0 || distinct > max_documents_per_procedure) return false;
    }
    return true;
}
static_assert(every_procedure_has_documents(), "procedure documents: every procedure has a list that fits a document_list");

// Sorted by procedure, strictly increasing dates within a (procedure, kind); amounts positive and
// sensible; every fine class used has its amounts; every row sourced.
constexpr bool deadlines_well_formed() {
    const std::size_t n = size_of(procedure_deadlines);
    for (std::size_t i = 0; i < n; ++i) {
        const auto& r = procedure_deadlines[i];
        if (r.source.empty() || !r.since.ok() || r.since < first_supported_date) return false;
        if (r.amount < 1 || r.amount > (r.unit == duration_unit::months ? 12 : 31)) return false;
        if (static_cast<std::size_t>(r.from) >= deadline_event_count || static_cast<std::size_t>(r.kind) >= deadline_kind_count) return false;
        if (r.fine_class != 0) {
            bool priced = false;
            for (const auto& f : fines) priced = priced || f.key == r.fine_class;
            if (!priced) return false;
        }
        for (std::size_t j = 0; j < i; ++j) {
            const auto& q = procedure_deadlines[j];
            if (q.key == r.key && q.kind == r.kind && !(q.since < r.since)) return false;
        }
        if (i > 0 && r.key < procedure_deadlines[i - 1].key) return false;
    }
    return true;
}
static_assert(deadlines_well_formed(), "procedure deadlines: sorted by procedure, sourced, amounts in range, fines priced");

constexpr bool every_procedure_has_deadlines() {
    for (std::size_t p = 0; p < procedure_count; ++p) {
        std::size_t kinds = 0;
        for (std::size_t k = 0; k < deadline_kind_count; ++k) {
            for (const auto& r : procedure_deadlines) {
                if (static_cast<std::size_t>(r.key) == p && static_cast<std::size_t>(r.kind) == k) {
                    ++kinds;
                    break;
                }
            }
        }
        if (kinds == 0 || kinds > max_deadlines_per_procedure) return false;
    }
    return true;
}
static_assert(every_procedure_has_deadlines(), "procedure deadlines: every procedure has deadlines that fit a deadline_list");

constexpr bool fines_ordered() {
    for (const auto& f : fines)
        if (!(0 < f.reduced_cents && f.reduced_cents < f.standard_cents && f.standard_cents < f.increased_cents &&
              f.increased_cents <= f.maximum_cents) ||
            f.source.empty() || !f.since.ok())
            return false;
    return true;
}
static_assert(fines_ordered(), "fines: reduced < standard < increased <= maximum, sourced");

// ---- Sources: the list derived from the tables and the rules (sources.hpp) --------------------------
constexpr bool key_ok(std::string_view k) {
    if (k.empty()) return false;
    for (const char c : k)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}
constexpr bool sources_well_formed() {
    bool ok = true;
    const source* seen[512]{};
    std::size_t n = 0;
    for_each_source([&](const source& s) {
        ok = ok && key_ok(s.key) && s.dated.ok() && !s.citation.empty() && !s.note_fr.empty() && !s.note_en.empty() &&
             static_cast<std::size_t>(s.basis) <= static_cast<std::size_t>(evidence::derived);
        for (std::size_t j = 0; j < n; ++j) ok = ok && seen[j]->key.view() != s.key.view();
        if (n < 512) seen[n++] = &s;
    });
    return ok && n == source_count() && n < 512;
}
static_assert(sources_well_formed(), "sources: each with a key of [a-z0-9_] no other source has, a date, a citation and both notes");
static_assert(find_source("hdf_2026_04")->key == "hdf_2026_04" && find_source("cibs_l421_45")->key == "cibs_l421_45" && !find_source("none"),
              "find_source: the source of a key, in a row or a rule; nothing for an unknown key");

// Every dated table of the fee (data::for_each_dated_table): each row dated and sourced.
constexpr bool dated_tables_sourced() {
    bool ok = true;
    std::size_t tables = 0;
    for_each_dated_table([&](const auto& rows) {
        ++tables;
        for (const auto& r : rows)
            ok = ok && r.since.ok() && static_cast<bool>(source_ref{r.source});
    });
    return ok && tables == size_of(dated_table_names);
}
static_assert(dated_tables_sourced(), "dated tables: every row has a date and a source other than none");
constexpr bool dated_rules_ok() {
    for (const date d : dated_rules)
        if (!d.ok() || d < first_supported_date) return false;
    return true;
}
static_assert(dated_rules_ok(), "dated rules: calendar dates within the tables' range");

// ---- Vintage: no regional rate nor IDFM surcharge starts after it ---------------------------------
static_assert(latest_since(regional_rates) <= data_vintage, "a regional rate starts after the data stamp (CARTEGRISE_DATA_VINTAGE): a release step, docs/data-sources.md");
static_assert(latest_since(idfm_surcharges) <= data_vintage, "CARTEGRISE_DATA_VINTAGE is older than the IDFM surcharge");
static_assert(data_vintage.ok() && data_valid_until.ok() && first_supported_date < data_vintage, "vintage: calendar dates after the floor");
static_assert(data_vintage == date{CARTEGRISE_DATA_VINTAGE / 10000, CARTEGRISE_DATA_VINTAGE / 100 % 100, CARTEGRISE_DATA_VINTAGE % 100},
              "the vintage is the macro's date");
static_assert(procedure_documents_vintage == latest_since(procedure_documents));

// ---- The figures of the rules (rules.md) ------------------------------------------------------------
constexpr std::int64_t rate(region r, date d) { return regional_rate(r, d)->cents_per_cv; }
constexpr std::int64_t co2(date first, int grams) { return co2_grid_for(first)->euros_for(grams); }
constexpr std::int64_t mass(date first, int kg) { return mass_grid_for(first)->euros_for(kg); }

// The IDFM surcharge stays outside the 60 EUR cap but within the law's limit.
constexpr bool idfm_within_law() {
    for (const auto& r : idfm_surcharges)
        if (r.key != region::ile_de_france || r.cents_per_cv < 0 || r.cents_per_cv > 1400) return false;
    return true;
}
static_assert(idfm_within_law());

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
    for (std::size_t i = 1; i < size_of(co2_grids); ++i)
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
}  // namespace
