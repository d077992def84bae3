// Regional rates (Y.1), the IDFM surcharge, clean-vehicle reductions and the department -> region map
// against the reference data copied into tests/data/ (provenance in tests/data/README.md).
#include <cartegrise/data/clean_vehicles.hpp>
#include <cartegrise/data/regional_rates.hpp>
#include <cartegrise/data/vintage.hpp>
#include <cartegrise/rules/clean_vehicles.hpp>
#include <cartegrise/vintage.hpp>
#include <cartegrise/territory.hpp>
#include <cartegrise/text/places.hpp>

#include <doctest/doctest.h>

#include "test_data.hpp"

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <map>
#include <string>
#include <vector>

using namespace cartegrise;

namespace {

using test_data::csv_rows;
using test_data::read_csv;

// "54.95" -> 5495, without floating point.
std::int64_t cents_of(const std::string& s) {
    const auto dot = s.find('.');
    if (dot == std::string::npos) return std::stoll(s) * 100;
    std::string frac = s.substr(dot + 1);
    frac.resize(2, '0');
    return std::stoll(s.substr(0, dot)) * 100 + std::stoll(frac);
}

using test_data::date_of;

region region_of_insee(const std::string& code) {
    for (std::size_t i = 0; i < region_count; ++i)
        if (insee_code(static_cast<region>(i)) == code) return static_cast<region>(i);
    FAIL("unknown INSEE region code " << code);
    return region::auvergne_rhone_alpes;
}

// The official simulator data still numbers Grand Est 21 and Hauts-de-France 22 (pre-2016 codes).
region region_of_simulator_code(const std::string& code) {
    if (code == "21") return region::grand_est;
    if (code == "22") return region::hauts_de_france;
    const std::string insee = code.size() == 1 ? "0" + code : code;
    return region_of_insee(insee);
}

std::int64_t rate(region r, date d) {
    const auto* row = data::regional_rate(r, d);
    REQUIRE(row != nullptr);
    return row->cents_per_cv;
}

date day_before(date d) { return d.add_days(-1); }

}  // namespace

TEST_CASE("regional rates: every region on 1 January of 2022-2026") {
    int n = 0;
    for (const auto& row : read_csv("regional_rates_1_january.csv")) {
        const region r = region_of_insee(row[0]);
        CAPTURE(std::string{region_name(r)});
        for (int y = 2022; y <= 2026; ++y, ++n) {
            CAPTURE(y);
            CHECK(rate(r, {y, 1, 1}) == cents_of(row[static_cast<std::size_t>(y - 2021)]));
        }
    }
    CHECK(n == 18 * 5);
}

TEST_CASE("regional rates: every change date, and the day before") {
    std::map<region, std::vector<std::pair<date, std::int64_t>>> history;
    for (const auto& row : read_csv("regional_rate_changes.csv")) history[region_of_insee(row[0])].emplace_back(date_of(row[1]), cents_of(row[2]));
    CHECK(history.size() == region_count);
    std::size_t rows = 0;
    for (const auto& entry : history) {
        const region r = entry.first;
        const auto& changes = entry.second;
        CAPTURE(std::string{region_name(r)});
        rows += changes.size();
        CHECK(changes.front().first == first_supported_date);
        for (std::size_t i = 0; i < changes.size(); ++i) {
            const date since = changes[i].first;
            const std::int64_t cents = changes[i].second;
            CAPTURE(since.year());
            CAPTURE(since.month());
            CHECK(rate(r, since) == cents);
            if (i > 0) CHECK(rate(r, day_before(since)) == changes[i - 1].second);
        }
        CHECK(rate(r, data_valid_until) == changes.back().second);
    }
    // Same number of rows as the table: no change in the library that the notes do not know.
    CHECK(rows == cartegrise::detail::size_of(data::regional_rates));
}

TEST_CASE("regional rates: the official simulator data of late 2023 (taxeRegionale.csv) on 2023-12-31") {
    for (const auto& row : read_csv("sim2023_regional_rates.csv")) {
        const region r = region_of_simulator_code(row[0]);
        CAPTURE(std::string{region_name(r)});
        CHECK(rate(r, {2023, 12, 31}) == cents_of(row[2]));
        // exoVehiculePropre: the hybrid / LPG / CNG / E85 reduction in force then.
        const auto* exo = cartegrise::detail::in_force<data::alternative_fuel_reductions, region_count>(r, date{2023, 12, 31});
        REQUIRE(exo != nullptr);
        CHECK(exo->percent_off == std::stoi(row[3]));
    }
}

TEST_CASE("IDFM surcharge: 14 EUR/CV from 2026-03-01, Ile-de-France only (68.95 in total)") {
    CHECK(data::idfm_surcharge(region::ile_de_france, {2026, 2, 28})->cents_per_cv == 0);
    CHECK(data::idfm_surcharge(region::ile_de_france, {2026, 3, 1})->cents_per_cv == 1400);
    CHECK(rate(region::ile_de_france, {2026, 3, 1}) + data::idfm_surcharge(region::ile_de_france, {2026, 3, 1})->cents_per_cv == 6895);
    CHECK(data::idfm_surcharge(region::bretagne, {2026, 6, 1}) == nullptr);
}

TEST_CASE("departments: region of every department (departements.csv) and the 2026 rates by department") {
    std::map<std::string, region> official;
    for (const auto& row : read_csv("sim2023_departements.csv")) official[row[1]] = region_of_simulator_code(row[3]);
    CHECK(official.size() == department_count);
    for (std::size_t i = 0; i < department_count; ++i) {
        const auto d = department::at(i);
        CAPTURE(std::string{d.code()});
        REQUIRE(official.count(std::string{d.code()}) == 1);
        CHECK(d.region() == official[std::string{d.code()}]);
    }
    // department-rates-2026.csv: the rates after the last known change (HdF 43 from 2026-04-01), the
    // Île-de-France figure including the IDFM surcharge.
    int n = 0;
    const date on{2026, 9, 13};
    for (const auto& row : read_csv("samples2026_department_rates.csv")) {
        CAPTURE(row[0]);
        const auto d = parse_department(row[0]);
        REQUIRE(d.has_value());
        const auto* s = data::idfm_surcharge(d->region(), on);
        CHECK(rate(d->region(), on) + (s ? s->cents_per_cv : 0) == cents_of(row[2]));
        ++n;
    }
    CHECK(n == 101);
}

TEST_CASE("clean vehicles: electric and hydrogen by law until 2025-04-30, then only Hauts-de-France") {
    for (std::size_t i = 0; i < region_count; ++i) {
        const auto r = static_cast<region>(i);
        CAPTURE(std::string{region_name(r)});
        CHECK(cartegrise::detail::electric_reduction(r, date{2022, 1, 1}).percent_off == 100);
        CHECK(cartegrise::detail::electric_reduction(r, date{2025, 4, 30}).percent_off == 100);
        CHECK(cartegrise::detail::electric_reduction(r, date{2025, 4, 30}).source == data::src::ev_law_v1);
        CHECK(cartegrise::detail::electric_reduction(r, date{2025, 5, 1}).percent_off == (r == region::hauts_de_france ? 100 : 0));
        CHECK(cartegrise::detail::electric_reduction(r, date{2025, 5, 1}).since == data::electric_regional_choice_from);
        CHECK(cartegrise::detail::electric_reduction(r, date{2025, 5, 1}).source ==
              (r == region::hauts_de_france ? data::src::ev_hdf_2025_05 : data::src::ev_law_v2_none));
    }
    // The regions' own choices: rows from the date the law gave them the choice, none before.
    for (const auto& row : data::electric_regional_reductions) CHECK(data::electric_regional_choice_from <= row.since);
}

TEST_CASE("clean vehicles: hybrids, LPG, CNG, E85 - each change date and the day before (rules.md §4.2)") {
    struct change { region r; date since; int before; int after; };
    const change changes[] = {
        {region::auvergne_rhone_alpes, {2024, 3, 1}, 100, 0},
        {region::bourgogne_franche_comte, {2023, 7, 1}, 100, 0},
        {region::bretagne, {2023, 5, 1}, 50, 0},
        {region::centre_val_de_loire, {2024, 1, 1}, 50, 0},
        {region::grand_est, {2022, 2, 1}, 100, 0},
        {region::hauts_de_france, {2023, 1, 1}, 100, 50},
        {region::hauts_de_france, {2025, 3, 1}, 50, 0},
        {region::ile_de_france, {2023, 8, 1}, 100, 0},
        {region::normandie, {2024, 1, 1}, 100, 0},
        {region::nouvelle_aquitaine, {2023, 1, 1}, 100, 0},
        {region::occitanie, {2023, 3, 1}, 100, 0},
        {region::pays_de_la_loire, {2023, 1, 1}, 100, 0},
        {region::provence_alpes_cote_d_azur, {2024, 3, 1}, 100, 0},
    };
    for (const auto& c : changes) {
        CAPTURE(std::string{region_name(c.r)});
        CHECK(cartegrise::detail::in_force<data::alternative_fuel_reductions, region_count>(c.r, day_before(c.since))->percent_off == c.before);
        CHECK(cartegrise::detail::in_force<data::alternative_fuel_reductions, region_count>(c.r, c.since)->percent_off == c.after);
    }
    CHECK(cartegrise::detail::in_force<data::alternative_fuel_reductions, region_count>(region::corse, date{2026, 12, 31})->percent_off == 100);
    for (const auto r : {region::guadeloupe, region::martinique, region::guyane, region::la_reunion, region::mayotte})
        CHECK(cartegrise::detail::in_force<data::alternative_fuel_reductions, region_count>(r, date{2022, 1, 1})->percent_off == 0);
}

TEST_CASE("data vintage: the latest change of the regional rates and the IDFM surcharge, and the macro's date") {
    const date regional = cartegrise::detail::latest_since(data::regional_rates);
    const date idfm = cartegrise::detail::latest_since(data::idfm_surcharges);
    CHECK(regional <= data_vintage);
    CHECK(idfm <= data_vintage);
    CHECK((regional < idfm ? idfm : regional) == data_vintage);
    CHECK(data_vintage == date{CARTEGRISE_DATA_VINTAGE / 10000, CARTEGRISE_DATA_VINTAGE / 100 % 100, CARTEGRISE_DATA_VINTAGE % 100});
    CHECK(data_vintage.ok());
    // The rates are known to the end of a year, and at least up to the latest change.
    CHECK(data_valid_until.month() == 12);
    CHECK(data_valid_until.day() == 31);
    CHECK(regional <= data_valid_until);
    CHECK(first_supported_date == date{2022, 1, 1});
}
