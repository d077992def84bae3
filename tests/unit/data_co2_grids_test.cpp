// The CO2 malus grids (data/co2_malus.hpp) against the reference data copied into tests/data/
// (provenance in tests/data/README.md): every gram of the official simulator grids 2008-2023, every gram
// of the 2024-2026 grids of the finance laws, the sampled official points of 2012-2026, the BOFiP points,
// the power-based (CV) grids 2008-2023, and the E85 reduction.
#include <cartegrise/data/co2_malus.hpp>
#include <cartegrise/quote.hpp>

#include <doctest/doctest.h>

#include "test_data.hpp"

#include <algorithm>
#include <cstddef>
#include <fstream>
#include <map>
#include <regex>
#include <string>
#include <utility>
#include <vector>

using namespace cartegrise;

namespace {

using test_data::csv_rows;
using test_data::read_csv;
using test_data::to_int;

const data::co2_grid& grid_at(date first_registration) {
    const auto* g = data::co2_grid_for(first_registration);
    REQUIRE(g != nullptr);
    return *g;
}

request new_vp(date on, int cv, int co2, int mass, energy e, date first) {
    request r;
    r.application_date = on;
    r.holder_department = parse_department("69").value();
    r.procedure = procedure::new_vehicle;
    r.vehicle.genre = genre::vp;
    r.vehicle.energy = e;
    r.vehicle.fiscal_cv = cv;
    r.vehicle.first_registration = first;
    r.vehicle.co2_g_km = co2;
    r.vehicle.mass_kg = mass;
    return r;
}

}  // namespace

TEST_CASE("CO2 grids 2008-2023: every gram against the official simulator data (malusCO2.csv)") {
    // Rows: id,annee,minCO2,maxCO2,malus,PeriodeAnnee (2020: 1 = Jan-Feb NEDC, 2 = Mar-Dec WLTP).
    std::map<std::pair<int, int>, std::vector<std::vector<std::string>>> by_grid;
    for (const auto& row : read_csv("sim2023_malusCO2.csv")) by_grid[{to_int(row[1]), to_int(row[5])}].push_back(row);
    CHECK(by_grid.size() == 17);  // 2008..2023, 2020 twice
    long checked = 0;
    for (auto& entry : by_grid) {
        const int year = entry.first.first;
        const int period = entry.first.second;
        auto& rows = entry.second;
        CAPTURE(year);
        CAPTURE(period);
        const date first = period == 2 ? date{year, 3, 1} : date{year, 1, 1};
        const auto& g = grid_at(first);
        CHECK(g.year == year);
        CHECK(g.cycle == (year < 2020 || (year == 2020 && period == 1) ? co2_cycle::nedc : co2_cycle::wltp));
        std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return to_int(a[2]) < to_int(b[2]); });
        int next = 0;  // the official rows must cover every gram from 0, without gap
        for (const auto& row : rows) {
            const int lo = to_int(row[2]);
            const int hi = std::min(to_int(row[3]), 400);
            CHECK(lo == next);
            for (int grams = lo; grams <= hi; ++grams, ++checked) {
                CAPTURE(grams);
                CHECK(g.euros_for(grams) == to_int(row[4]));
            }
            next = hi + 1;
        }
        CHECK(g.max_euros() == to_int(rows.back()[4]));
    }
    CHECK(checked == 17 * 401);
}

TEST_CASE("CO2 grids 2020 and 2025 change on 1 March; 2026 and 2027 on 1 January") {
    CHECK(grid_at({2020, 2, 29}).cycle == co2_cycle::nedc);
    CHECK(grid_at({2020, 3, 1}).cycle == co2_cycle::wltp);
    // LF 2025 was published on 14 Feb 2025: Jan-Feb 2025 keep the 2024 grid (DILA, 2025).
    CHECK(grid_at({2025, 2, 28}).year == 2024);
    CHECK(grid_at({2025, 3, 1}).year == 2025);
    CHECK(grid_at({2025, 12, 31}).year == 2025);
    CHECK(grid_at({2026, 1, 1}).year == 2026);
    CHECK(grid_at({2026, 12, 31}).year == 2026);
    CHECK(grid_at({2027, 1, 1}).year == 2027);
    CHECK(data::co2_grid_for({2007, 12, 31}) == nullptr);
}

TEST_CASE("CO2 grids 2024-2026: every gram against the finance laws' grids (co2_wltp_2024_2026.txt)") {
    std::ifstream in{std::string{CARTEGRISE_TEST_DATA_DIR} + "/co2_wltp_2024_2026.txt"};
    REQUIRE(in.good());
    std::map<int, std::vector<std::pair<int, long>>> grids;
    int year = 0;
    std::string line;
    const std::regex header{R"(^== (\d+))"};
    const std::regex pair{R"((\d+):(\d+))"};
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::smatch m;
        if (std::regex_search(line, m, header)) { year = std::stoi(m[1]); continue; }
        for (auto it = std::sregex_iterator(line.begin(), line.end(), pair); it != std::sregex_iterator(); ++it)
            grids[year].emplace_back(std::stoi((*it)[1]), std::stol((*it)[2]));
    }
    REQUIRE(grids.size() == 3);
    for (const auto& grid_entry : grids) {
        const int y = grid_entry.first;
        const auto& points = grid_entry.second;
        CAPTURE(y);
        const auto& g = grid_at(y == 2025 ? date{2025, 3, 1} : date{y, 1, 1});
        CHECK(g.year == y);
        CHECK(g.euros_for(points.front().first - 1) == 0);  // nothing below the first taxed gram
        for (const auto& point : points) {
            const int grams = point.first;
            CAPTURE(grams);
            CHECK(g.euros_for(grams) == point.second);
        }
        CHECK(g.max_euros() == points.back().second);  // the last pair is the maximum
        CHECK(g.euros_for(400) == points.back().second);
    }
}

TEST_CASE("CO2 grids: the sampled official points 2012-2026 (malus_co2_grid_points.csv)") {
    // The 2020 points were sampled with paramPeriode=1: the NEDC grid of January-February 2020.
    int n = 0;
    for (const auto& row : read_csv("samples2026_malus_co2_grid_points.csv")) {
        const int y = to_int(row[0]);
        CAPTURE(y);
        CAPTURE(row[1]);
        const auto& g = grid_at(y == 2025 ? date{2025, 3, 1} : date{y, 1, 1});
        if (row[1] == "max") CHECK(g.max_euros() == to_int(row[2]));
        else CHECK(g.euros_for(to_int(row[1])) == to_int(row[2]));
        ++n;
    }
    CHECK(n == 188);
}

TEST_CASE("CO2 grids: BOFiP BOI-AIS-MOB-10-20-40 points, decision 7, and the 2027 grid's published ends") {
    CHECK(grid_at({2022, 6, 1}).euros_for(160) == 2205);
    CHECK(grid_at({2022, 6, 1}).euros_for(200) == 18188);
    CHECK(grid_at({2022, 6, 1}).euros_for(222) == 38767);
    CHECK(grid_at({2022, 6, 1}).max_euros() == 40000);
    CHECK(grid_at({2023, 2, 13}).euros_for(138) == 400);
    CHECK(grid_at({2023, 2, 13}).euros_for(175) == 7462);  // BOFiP import example: x 0.72 = 5 372.64
    CHECK(grid_at({2023, 2, 13}).euros_for(198) == 20396);
    CHECK(grid_at({2024, 6, 1}).euros_for(84) == 0);
    CHECK(grid_at({2024, 6, 1}).euros_for(144) == 1386);
    // Decision 7: 167 g in 2024 is 6 537 EUR (published and in the Legifrance text), not 6 637.
    CHECK(grid_at({2024, 6, 1}).euros_for(167) == 6537);
    CHECK(grid_at({2025, 6, 1}).euros_for(162) == 6537);  // the same odd step, 5 g lower
    CHECK(grid_at({2026, 6, 1}).euros_for(157) == 6537);  // and 10 g lower
    CHECK(grid_at({2027, 6, 1}).euros_for(152) == 6537);  // and 15 g lower (AN amendment 590)
    // The maxima: 40 000 (2022), 50 000 (2023), 60 000 from 194 g (2024), 70 000 from 193 g (2025),
    // 80 000 from 192 g (2026); official simulator PlafondMalus.csv for 2022-2023.
    for (const auto& row : read_csv("sim2023_plafond_malus.csv")) CHECK(grid_at({to_int(row[1]), 6, 1}).max_euros() == to_int(row[2]));
    CHECK(grid_at({2024, 6, 1}).euros_for(193) == 55023);
    CHECK(grid_at({2024, 6, 1}).euros_for(194) == 60000);
    CHECK(grid_at({2025, 6, 1}).euros_for(192) == 67467);
    CHECK(grid_at({2025, 6, 1}).euros_for(193) == 70000);
    CHECK(grid_at({2026, 6, 1}).euros_for(191) == 79911);
    CHECK(grid_at({2026, 6, 1}).euros_for(192) == 80000);
    // 2027 (LF 2025): 50 EUR from 103 g and 90 000 EUR from 190 g are published; the rest is derived.
    const auto& g27 = grid_at({2027, 6, 1});
    CHECK(g27.euros_for(102) == 0);
    CHECK(g27.euros_for(103) == 50);
    CHECK(g27.euros_for(189) < 90000);
    CHECK(g27.euros_for(190) == 90000);
    CHECK(g27.max_euros() == 90000);
    for (int grams = 103; grams <= 186; ++grams) CHECK(g27.euros_for(grams) == grid_at({2026, 6, 1}).euros_for(grams + 5));
}

TEST_CASE("power-based (CV) grids 2008-2023 against the official simulator data (malusCV.csv)") {
    int checked = 0;
    for (const auto& row : read_csv("sim2023_malusCV.csv")) {
        const int y = to_int(row[1]);
        CAPTURE(y);
        const auto* g = data::cv_grid_for({y, 6, 1});
        REQUIRE(g != nullptr);
        CHECK(g->year == y);
        for (int cv = to_int(row[2]); cv <= std::min(to_int(row[3]), 60); ++cv, ++checked) {
            CAPTURE(cv);
            CHECK(g->euros_for(cv) == to_int(row[4]));
        }
    }
    CHECK(checked == 16 * 61);
    // BOFiP BOI-AIS-MOB-10-20-40: a 2019 vehicle without EU type approval, power grid 8 000 EUR (10-11 CV).
    CHECK(data::cv_grid_for({2019, 2, 13})->euros_for(10) == 8000);
}

TEST_CASE("power-based grids after 2023 are not known: the quote says so instead of guessing") {
    // The rows of CIBS L.421-64 for 2024-2026 could not be established (docs/data-sources.md).
    CHECK(data::cv_grid_for({2024, 6, 1})->year == 2023);
    auto r = new_vp({2024, 6, 1}, 8, 0, 1200, energy::es, {2024, 6, 1});
    r.vehicle.co2_g_km.reset();
    r.vehicle.without_eu_type_approval = true;
    const auto q = quote(r);
    REQUIRE_FALSE(q.has_value());
    CHECK(q.error().code == errc::beyond_table);
    r.application_date = date{2023, 6, 1};
    r.vehicle.first_registration = date{2023, 6, 1};
    REQUIRE(quote(r).has_value());
    CHECK(quote(r)->y3_co2.in_cents() == 650000);  // 2023 grid, 8 CV
}

TEST_CASE("E85: the reduction applies to the grams (and CV), not to the amount") {
    // service-public F19911: 180 g - 40 % = 108 g. 2022 grid (0 below 128 g): nothing.
    CHECK(quote(new_vp({2022, 6, 1}, 5, 180, 1200, energy::fe, {2022, 6, 1}))->y3_co2.in_cents() == 0);
    // 230 g -> 138 g: the 2022 grid at 138 g (260 EUR), not 60 % of the amount at 230 g (24 000).
    CHECK(quote(new_vp({2022, 6, 1}, 5, 230, 1200, energy::fe, {2022, 6, 1}))->y3_co2.in_cents() == 26000);
    // Above 250 g no reduction: the 2022 maximum.
    CHECK(quote(new_vp({2022, 6, 1}, 5, 251, 1200, energy::fe, {2022, 6, 1}))->y3_co2.in_cents() == 4000000);
    // At 250 g the reduction applies: 150 g (983 EUR). 2026: 250 g -> 150 g = 4 279 EUR; hybrids (FL) too.
    CHECK(quote(new_vp({2022, 6, 1}, 5, 250, 1200, energy::fe, {2022, 6, 1}))->y3_co2.in_cents() == 98300);
    CHECK(quote(new_vp({2026, 6, 1}, 5, 250, 1200, energy::fl, {2026, 6, 1}))->y3_co2.in_cents() == 427900);
    // Power grid: 2 CV off up to 12 CV (2022 grid: 8 CV -> 6 CV = 3 000 EUR; 13 CV stays 13 500 EUR).
    auto noeu = new_vp({2022, 6, 1}, 8, 0, 1200, energy::fe, {2022, 6, 1});
    noeu.vehicle.co2_g_km.reset();
    noeu.vehicle.without_eu_type_approval = true;
    CHECK(quote(noeu)->y3_co2.in_cents() == 300000);
    noeu.vehicle.fiscal_cv = 12;  // 12 -> 10 CV: 9 250
    CHECK(quote(noeu)->y3_co2.in_cents() == 925000);
    noeu.vehicle.fiscal_cv = 13;  // above 12 CV: no reduction
    CHECK(quote(noeu)->y3_co2.in_cents() == 1350000);
    noeu.vehicle.energy = energy::es;
    noeu.vehicle.fiscal_cv = 8;
    CHECK(quote(noeu)->y3_co2.in_cents() == 600000);
}
