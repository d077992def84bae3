// Mass malus, import décote, vehicle classes (Y.2), fixed fees (Y.4, Y.5) against the reference data
// copied into tests/data/ and the published examples (provenance in tests/data/README.md).
#include <cartegrise/data/fixed_fees.hpp>
#include <cartegrise/data/import_decote.hpp>
#include <cartegrise/data/mass_malus.hpp>
#include <cartegrise/data/vehicle_classes.hpp>

#include <doctest/doctest.h>

#include "test_data.hpp"

#include <cstddef>
#include <fstream>
#include <string>
#include <vector>

using namespace cartegrise;

namespace {

using test_data::csv_rows;
using test_data::read_csv;
using test_data::to_int;

using test_data::date_of;

const data::mass_grid& mass_grid_at(date first_registration) {
    const auto* g = data::mass_grid_for(first_registration);
    REQUIRE(g != nullptr);
    return *g;
}

}  // namespace

TEST_CASE("mass malus: the published examples (mass_malus_examples.csv)") {
    int n = 0;
    for (const auto& row : read_csv("mass_malus_examples.csv")) {
        CAPTURE(row[0]);
        CAPTURE(row[1]);
        CHECK(mass_grid_at(date_of(row[0])).euros_for(to_int(row[1])) == to_int(row[2]));
        ++n;
    }
    CHECK(n == 8);
    // BOFiP: a vehicle first registered on 2020-02-13, 2 000 kg, imported in 2022: no mass malus.
    CHECK(data::mass_grid_for({2020, 2, 13}) == nullptr);
    CHECK(data::mass_grid_for({2021, 12, 31}) == nullptr);
}

TEST_CASE("mass malus: bands and cumulated bases 2022-2026 (weight_malus_tranches.csv)") {
    // Each row: year, from_kg, to_kg, EUR/kg, the amount due for the bands below. 2022-2023 tax the mass
    // *exceeding* 1 800 kg (decision 8): the first taxed kilogram is 1 801.
    int n = 0;
    for (const auto& row : read_csv("samples2026_weight_malus_tranches.csv")) {
        const int year = to_int(row[0]);
        const int from = to_int(row[1]);
        const int per_kg = to_int(row[3]);
        const int base = to_int(row[4]);
        CAPTURE(year);
        CAPTURE(from);
        const auto& g = mass_grid_at({year, 6, 1});
        CHECK(g.year == year);
        if (per_kg == 0) continue;
        const int first_taxed = year <= 2023 ? from + 1 : from;
        CHECK(g.euros_for(first_taxed - 1) == base);
        CHECK(g.euros_for(first_taxed) == base + per_kg);
        CHECK(g.euros_for(first_taxed + 9) == base + 10 * per_kg);
        if (!row[2].empty()) CHECK(g.euros_for(to_int(row[2])) == base + (to_int(row[2]) - first_taxed + 1) * per_kg);
        ++n;
    }
    CHECK(n == 17);
}

TEST_CASE("mass malus abatements: amounts and dates") {
    const auto kg = [](data::mass_abatement a, date d) { return data::mass_abatement_for(a, d)->kg.amount(); };
    CHECK(kg(data::mass_abatement::per_child, {2022, 1, 1}) == 200);
    CHECK(kg(data::mass_abatement::per_child, {2026, 12, 31}) == 200);
    CHECK(kg(data::mass_abatement::legal_person_8_seats, {2023, 12, 31}) == 400);
    CHECK(kg(data::mass_abatement::legal_person_8_seats, {2024, 1, 1}) == 600);
    CHECK(data::mass_abatement_for(data::mass_abatement::plugin_hybrid, {2024, 12, 31})->kg.is_exempt());
    CHECK_FALSE(data::mass_abatement_for(data::mass_abatement::plugin_hybrid, {2025, 1, 1})->kg.is_exempt());
    CHECK(kg(data::mass_abatement::plugin_hybrid, {2025, 1, 1}) == 200);
    CHECK(kg(data::mass_abatement::hybrid, {2023, 12, 31}) == 0);
    CHECK(kg(data::mass_abatement::hybrid, {2024, 1, 1}) == 100);
    // From 2027 the hybrid abatement needs an electric motor of more than 30 kW; before, no condition.
    const auto kw = [](date d) { return data::mass_abatement_for(data::mass_abatement::hybrid, d)->electric_kw; };
    CHECK_FALSE(kw({2026, 12, 31}).is_condition());
    CHECK(kw({2026, 12, 31}).met_by(0));
    CHECK(kw({2027, 1, 1}).is_condition());
    CHECK(kw({2027, 1, 1}).above() == 30);
    CHECK_FALSE(kw({2027, 1, 1}).met_by(30));
    CHECK(kw({2027, 1, 1}).met_by(31));
    // caradisiac 2025-01: a plug-in hybrid of 2025 is taxed "uniquement à partir de 1 800 kg".
    CHECK(mass_grid_at({2025, 6, 1}).euros_for(1799 - 200) == 0);
    CHECK(mass_grid_at({2025, 6, 1}).euros_for(1800 - 200) == 10);
}

TEST_CASE("import décote from 2025-03-01: the months table (decote_months.csv)") {
    int n = 0;
    for (const auto& row : read_csv("samples2026_decote_months.csv")) {
        const int from = to_int(row[0]);
        const int to = row[1].empty() ? from + 120 : to_int(row[1]);
        CAPTURE(from);
        for (int m = from; m <= to; ++m) CHECK(data::decote_percent_for_months(m) == to_int(row[2]));
        ++n;
    }
    CHECK(n == 21);
    // BOFiP examples: 26 started months -> 28 %; 73 -> 48 %.
    CHECK(data::decote_percent_for_months(started_months_between({2023, 2, 13}, {2025, 4, 10})) == 28);
    CHECK(data::decote_percent_for_months(started_months_between({2019, 2, 13}, {2025, 3, 1})) == 48);
    // Rules by application date: 10 % per started year until 2025-02-28, then the table and the
    // 2015-01-01 cut-off.
    CHECK(data::decote_rule_for({2025, 2, 28}).method == data::decote_method::tenth_per_started_year);
    CHECK_FALSE(data::decote_rule_for({2025, 2, 28}).no_malus_before.has_value());
    CHECK(data::decote_rule_for({2025, 3, 1}).method == data::decote_method::months_table);
    CHECK(data::decote_rule_for({2025, 3, 1}).no_malus_before == date{2015, 1, 1});
}

TEST_CASE("vehicle classes: coefficients and Y.2 against the official simulator data (baremeVehicule.csv)") {
    // Rows of baremeVehicule.csv by id -> our class (the PTAC brackets of the trucks follow CIBS L.421-57).
    struct map_row { int id; vehicle_class c; };
    const map_row mapping[] = {
        {1, vehicle_class::tourism},       {2, vehicle_class::light_utility},
        {3, vehicle_class::vasp_light},
    };
    const auto rows = read_csv("sim2023_bareme_vehicule.csv");
    for (const auto& m : mapping) {
        CAPTURE(m.id);
        const auto* ours = data::vehicle_class_rules(m.c, {2023, 12, 31});
        REQUIRE(ours != nullptr);
        bool found = false;
        for (const auto& row : rows) {
            if (to_int(row[0]) != m.id) continue;
            found = true;
            CHECK(row[2] == "1");                                      // under 10 years: full rate
            CHECK(ours->coef_num == ours->coef_den);
            CHECK(row[3] == "0.5");                                    // from 10 years: half rate
            CHECK(ours->halved_at_ten);
            CHECK(ours->y2_euros == to_int(row[4]));
        }
        CHECK(found);
    }
    // Y.2 brackets (CIBS L.421-57; rules.md §3.2): 34 / 127 / 189 / 285 EUR.
    CHECK(data::vehicle_class_rules(vehicle_class::light_utility, {2026, 1, 1})->y2_euros == 34);
    CHECK(data::vehicle_class_rules(vehicle_class::truck_light, {2026, 1, 1})->y2_euros == 127);
    CHECK(data::vehicle_class_rules(vehicle_class::truck_medium, {2026, 1, 1})->y2_euros == 189);
    CHECK(data::vehicle_class_rules(vehicle_class::truck_heavy, {2026, 1, 1})->y2_euros == 285);
    CHECK(data::vehicle_class_rules(vehicle_class::bus, {2026, 1, 1})->y2_euros == 285);
    CHECK(data::vehicle_class_rules(vehicle_class::road_tractor_heavy, {2026, 1, 1})->y2_euros == 285);
    CHECK(data::vehicle_class_rules(vehicle_class::road_tractor_light, {2026, 1, 1})->y2_euros == 34);
    // Motorcycles: half rate, no extra halving at 10 years since 2021 (0.25 before: history, not encoded).
    const auto* moto = data::vehicle_class_rules(vehicle_class::motorcycle, {2022, 1, 1});
    CHECK(moto->coef_num * 2 == moto->coef_den);
    CHECK_FALSE(moto->halved_at_ten);
    CHECK(data::vehicle_class_rules(vehicle_class::moped, {2022, 1, 1})->coef_num == 0);
}

TEST_CASE("fixed fees: Y.4 = 11 EUR and Y.5 = 2.76 EUR throughout 2022-2026") {
    for (int y = 2022; y <= 2026; ++y) {
        CHECK(data::fixed_fee_in_force(data::fixed_fee::taxe_fixe, {y, 1, 1})->cents == 1100);
        CHECK(data::fixed_fee_in_force(data::fixed_fee::redevance_acheminement, {y, 12, 31})->cents == 276);
    }
}
