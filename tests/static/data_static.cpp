// Compiling is the test: the invariants that span several tables (each table's own — sorted, one row a
// day, covered from 2022-01-01, within the legal caps, grids monotonic, lists within their capacities —
// are static_asserted under the table, in its header): catalogues dense, every row sourced by an id of
// the sources table, the vintage no older than the regional rates; then the figures of the rules (rules.md).
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
using cartegrise::detail::latest_since;
using cartegrise::detail::size_of;

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
static_assert(find_source("sp_f1726_co_holder") == data::src::sp_f1726_co_holder && find_source("route_r322_5_i_one_month") ==
                  data::src::route_r322_5_i_one_month && find_source("fine_class_4") == data::src::fine_class_4,
              "find_source: the procedures' sources too (documents, deadlines, fines)");

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
