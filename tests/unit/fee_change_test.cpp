// next_fee_change(): the next date on which a request's fee changes. The published sequences, one case
// per dated table of data/change_dates.hpp (each finds a row's own start date), and the guard that keeps
// data::dated_table_names in step with the data headers.
#include "../cases/published_cases.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace cartegrise;

TEST_CASE("next_fee_change: a voted rate, then the ten-year anniversary") {
    auto r = cases::used_vp({2026, 1, 15}, "59", 6, {2016, 9, 1});
    const auto first = next_fee_change(r);
    REQUIRE(first.has_value());
    CHECK(first->found);
    CHECK(first->on == date{2026, 4, 1});  // Hauts-de-France 42 -> 43 EUR/CV
    CHECK(first->before == money::cents(26576));
    CHECK(first->after == money::cents(27176));
    r.application_date = first->on;
    const auto second = next_fee_change(r);
    CHECK(second->on == date{2026, 9, 1});  // ten years: half rate
    CHECK(second->after == money::cents(14276));
    r.application_date = second->on;
    CHECK_FALSE(next_fee_change(r)->found);
}

TEST_CASE("next_fee_change: a change of table that leaves the fee equal is skipped; errors pass through") {
    // An electric car in Hauts-de-France: the EV rows change on 2025-05-01 but HdF keeps 100 %, so the
    // next change is its half rate of 2026-04-01 (43 x 5 / 2 + 11 + 2,76).
    const auto ev = next_fee_change(cases::used_vp({2025, 1, 10}, "59", 5, {2023, 1, 1}, energy::el));
    REQUIRE(ev.has_value());
    CHECK(ev->found);
    CHECK(ev->on == date{2026, 4, 1});
    CHECK(ev->after == money::cents(12176));
    const auto bad = next_fee_change(cases::used_vp({2021, 1, 10}, "59", 5, {2019, 1, 1}));
    CHECK(bad.error().field == request_field::application_date);
}

static_assert(next_fee_change(cases::used_vp({2026, 1, 15}, "59", 6, {2016, 9, 1})).value().on == date{2026, 4, 1});

TEST_CASE("next_fee_change: a new car's first registration moves with the date (the next malus grid)") {
    auto r = cases::with_malus(cases::vehicle_request({2026, 6, 1}, "69", procedure::new_vehicle, genre::vp, energy::es, 8, {2026, 6, 1}), 140, 1400);
    const auto c = next_fee_change(r);
    REQUIRE(c.has_value());
    CHECK(c->found);
    CHECK(c->on == date{2027, 1, 1});  // the 2027 CO2 grid
    CHECK(c->before < c->after);
}

TEST_CASE("next_fee_change: an import's décote crosses a step of the months table after the vintage") {
    // Bouches-du-Rhône (PACA, 60 EUR/CV), a used diesel VP first registered abroad on 2021-06-10, 8 CV,
    // 150 g WLTP, 1 900 kg (before 2022: no mass malus), quoted on 2026-12-01: 66 started months -> 43 %
    // off the 2021 grid; Y.6 = 801,76 EUR. On 2027-06-10 the 73rd month starts: 48 % off -> 774,76 EUR.
    auto r = cases::vehicle_request({2026, 12, 1}, "13", procedure::import, genre::vp, energy::go, 8, {2021, 6, 10});
    r.vehicle.co2_g_km = 150;
    r.vehicle.cycle = co2_cycle::wltp;
    r.vehicle.mass_kg = 1900;
    const auto q = quote(r);
    REQUIRE(q.has_value());
    CHECK(q->y6 == money::cents(80176));
    REQUIRE(q->steps.find<steps::import_decote>().has_value());
    CHECK(q->steps.find<steps::import_decote>()->percent == 43);
    CHECK(q->steps.find<steps::import_decote>()->age == 66);
    const auto c = next_fee_change(r);
    REQUIRE(c.has_value());
    CHECK(c->found);
    CHECK(c->on == date{2027, 6, 10});
    CHECK(c->before == money::cents(80176));
    CHECK(c->after == money::cents(77476));
    // The search can be bounded: nothing before 2027-06-09.
    const auto bounded = next_fee_change(r, date{2027, 6, 9});
    REQUIRE(bounded.has_value());
    CHECK_FALSE(bounded->found);
    CHECK(bounded->before == money::cents(80176));
    CHECK(next_fee_change(r, date{2027, 6, 10})->found);
}

// ---- One case per dated table ------------------------------------------------------------------
// For every table of data::for_each_dated_table: a row that starts after 2022-01-01 and changes some
// request's fee on its own start date, found by next_fee_change(); or why the table needs no case.
namespace {

struct table_case {
    std::string_view table;
    std::string_view why_no_case;  // empty when the table has a case below
};
// In the order of data::dated_table_names.
constexpr table_case table_cases[] = {
    {"regional_rates", ""},
    {"idfm_surcharges", ""},
    {"alternative_fuel_reductions", ""},
    {"electric_regional_reductions", ""},
    {"fixed_fees", "every row starts before 2022-01-01 (taxe fixe 2021-01-01, redevance 2015-10-01): no change in the tables' range"},
    {"procedure_fees", "every row starts on the floor date 2022-01-01"},
    {"vehicle_classes", "every row starts on the floor date 2022-01-01"},
    {"decote_rules", ""},
    {"co2_grids", ""},
    {"cv_grids", ""},
    {"mass_grids", ""},
    {"mass_abatements", ""},
    {"later_malus_rules", ""},
    {"mileage_rules", ""},
    {"fiscal_power_formulas", "every row starts before the floor date 2022-01-01"},
};

template <class Row, std::size_t N>
bool has_row_since(const Row (&rows)[N], date d) {
    for (const auto& row : rows)
        if (row.since == d) return true;
    return false;
}

// The next change is on `on`, from `before` to `after` (cents).
void check_change(const request& r, date on, std::int64_t before, std::int64_t after) {
    const auto c = next_fee_change(r);
    REQUIRE(c.has_value());
    REQUIRE(c->found);
    CHECK(c->on == on);
    CHECK(c->before == money::cents(before));
    CHECK(c->after == money::cents(after));
}

request new_car(date on, std::string_view dept, energy e, int cv) {
    request r = cases::vehicle_request(on, dept, procedure::new_vehicle, genre::vp, e, cv, on);
    r.vehicle.first_registration.reset();  // B is the application: it moves with the date
    return r;
}

}  // namespace

TEST_CASE("dated tables: each table of data::dated_table_names has a case here, or the reason it needs none") {
    REQUIRE(std::size(table_cases) == std::size(data::dated_table_names));
    for (std::size_t i = 0; i < std::size(table_cases); ++i) {
        CAPTURE(std::string{data::dated_table_names[i]});
        CHECK(table_cases[i].table == data::dated_table_names[i]);
    }
    std::size_t visited = 0;
    data::for_each_dated_table([&](const auto&) { ++visited; });
    CHECK(visited == std::size(data::dated_table_names));
    // The tables said to need no case indeed have no row after the floor date.
    for (const auto& row : data::fixed_fees) CHECK(row.since <= first_supported_date);
    for (const auto& row : data::procedure_fees) CHECK(row.since == first_supported_date);
    for (const auto& row : data::vehicle_classes) CHECK(row.since == first_supported_date);
    for (const auto& row : data::fiscal_power_formulas) CHECK(row.since < first_supported_date);
}

TEST_CASE("dated table regional_rates: Occitanie 47 -> 54,50 EUR/CV on 2024-10-01") {
    REQUIRE(has_row_since(data::regional_rates, {2024, 10, 1}));
    check_change(cases::used_vp({2024, 9, 1}, "31", 5, {2020, 1, 1}), {2024, 10, 1}, 24876, 28676);
}

TEST_CASE("dated table idfm_surcharges: 14 EUR/CV from 2026-03-01 in Paris") {
    REQUIRE(has_row_since(data::idfm_surcharges, {2026, 3, 1}));
    check_change(cases::used_vp({2026, 2, 1}, "75", 7, {2019, 5, 3}), {2026, 3, 1}, 39876, 49676);
}

TEST_CASE("dated table alternative_fuel_reductions: hybrids in Auvergne-Rhone-Alpes lose the exemption on 2024-03-01") {
    REQUIRE(has_row_since(data::alternative_fuel_reductions, {2024, 3, 1}));
    check_change(cases::used_vp({2024, 1, 15}, "69", 5, {2020, 1, 1}, energy::eh), {2024, 3, 1}, 1376, 22876);
}

TEST_CASE("dated table electric_regional_reductions: the regions' choice from 2025-05-01") {
    // The table's first row (Hauts-de-France keeps 100 %) starts on the date the law gave the regions the
    // choice (data::electric_regional_choice_from, also in data::dated_rules): elsewhere an electric car
    // pays the full rate from that date; in Hauts-de-France its fee does not change then, but on
    // 2026-04-01 (half of the 43 EUR rate).
    REQUIRE(has_row_since(data::electric_regional_reductions, data::electric_regional_choice_from));
    check_change(cases::used_vp({2025, 4, 1}, "35", 5, {2023, 1, 1}, energy::el), {2025, 5, 1}, 1376, 31376);
    const auto hdf = next_fee_change(cases::used_vp({2025, 4, 1}, "59", 5, {2023, 1, 1}, energy::el));
    REQUIRE(hdf.has_value());
    CHECK(hdf->found);
    CHECK(hdf->on == date{2026, 4, 1});
    check_change(cases::used_vp({2026, 1, 15}, "62", 5, {2023, 1, 1}, energy::el), {2026, 4, 1}, 1376, 12176);
}

TEST_CASE("dated table decote_rules: the months table from 2025-03-01") {
    // An import first registered 2018-09-13: 7 started years (70 % off) on 2025-02-15, 78 started
    // months (48 % off) from 2025-03-01. 2018 NEDC grid at 150 g = 2 300 EUR.
    REQUIRE(has_row_since(data::decote_rules, {2025, 3, 1}));
    auto r = cases::with_malus(cases::vehicle_request({2025, 2, 15}, "69", procedure::import, genre::vp, energy::es, 6, {2018, 9, 13}), 150, 1400);
    check_change(r, {2025, 3, 1}, 96176, 146776);
}

TEST_CASE("dated table co2_grids: the 2025 grid from 2025-03-01 (January and February keep 2024)") {
    REQUIRE(has_row_since(data::co2_grids, {2025, 3, 1}));
    auto r = new_car({2025, 2, 1}, "69", energy::es, 5);
    r.vehicle.co2_g_km = 150;
    r.vehicle.mass_kg = 1400;  // below both mass grids
    check_change(r, {2025, 3, 1}, 243376, 334776);
}

TEST_CASE("dated table cv_grids: without EU type approval, the 2023 power grid from 2023-01-01") {
    REQUIRE(has_row_since(data::cv_grids, {2023, 1, 1}));
    auto r = new_car({2022, 12, 15}, "69", energy::es, 8);  // 8 CV: 6 000 EUR (2022), 6 500 EUR (2023)
    r.vehicle.without_eu_type_approval = true;
    r.vehicle.mass_kg = 1000;
    check_change(r, {2023, 1, 1}, 635776, 685776);
}

TEST_CASE("dated table mass_grids: the 2024 grid from 2024-01-01 (1 700 kg: 0 in 2023, 1 010 EUR in 2024)") {
    REQUIRE(has_row_since(data::mass_grids, {2024, 1, 1}));
    auto r = new_car({2023, 12, 1}, "69", energy::es, 5);
    r.vehicle.co2_g_km = 100;  // below both CO2 grids
    r.vehicle.mass_kg = 1700;
    check_change(r, {2024, 1, 1}, 22876, 123876);
}

TEST_CASE("dated table mass_abatements: plug-in hybrids pay the mass malus, less 200 kg, from 2025-01-01") {
    REQUIRE(has_row_since(data::mass_abatements, {2025, 1, 1}));
    auto r = new_car({2024, 12, 1}, "69", energy::ee, 5);
    r.vehicle.co2_g_km = 30;
    r.vehicle.mass_kg = 2000;  // 1 800 kg taxable in 2025: 200 x 10 + 1 x 15 = 2 015 EUR
    check_change(r, {2025, 1, 1}, 22876, 224376);
}

TEST_CASE("dated table later_malus_rules: a car that escaped the malus pays it on a change of owner from 2027-01-01") {
    // First registered in France on 2020-06-01 with no malus (an exemption), 150 g WLTP, 1 700 kg: sold on
    // 2026-12-01 it pays no malus; from 2027-01-01 the buyer pays it, with the décote for its age.
    REQUIRE(has_row_since(data::later_malus_rules, {2027, 1, 1}));
    auto r = cases::with_malus(cases::used_vp({2026, 12, 1}, "69", 6, {2020, 6, 1}), 150, 1700);
    r.vehicle.no_malus_at_first_registration = true;
    check_change(r, {2027, 1, 1}, 27176, 43276);
    const auto q = quote(cases::with_malus(cases::used_vp({2027, 1, 1}, "69", 6, {2020, 6, 1}), 150, 1700));
    REQUIRE(q.has_value());
    CHECK(q->y3 == money::zero());  // without the flag, a change of owner pays no malus in 2027 either
}

TEST_CASE("dated table mileage_rules: from 2027-01-01 a high mileage is refused, a low one changes nothing") {
    // The row sets the threshold of the décote's mileage reduction (20 000 km a year); its bands are not
    // known, so no fee changes on its date: above the threshold the request is refused from then on
    // (the error passes through next_fee_change), at or under it the fee stays the same.
    REQUIRE(has_row_since(data::mileage_rules, {2027, 1, 1}));
    auto r = cases::vehicle_request({2026, 12, 1}, "13", procedure::import, genre::vp, energy::go, 8, {2021, 6, 10});
    r.vehicle.co2_g_km = 150;
    r.vehicle.cycle = co2_cycle::wltp;
    r.vehicle.mass_kg = 1900;
    r.vehicle.odometer_km = 200000;  // about 36 000 km a year
    REQUIRE(quote(r).has_value());
    const auto high = next_fee_change(r);
    REQUIRE_FALSE(high.has_value());
    CHECK(high.error().code == errc::beyond_table);
    CHECK(high.error().field == request_field::vehicle_odometer_km);
    CHECK(high.error().reason == error_reason::mileage_bands_unknown);
    r.vehicle.odometer_km = 50000;  // under the threshold: the next change is the décote's, as without a mileage
    check_change(r, {2027, 6, 10}, 80176, 77476);
}

// ---- The guard: every dated table of the data headers is registered ----------------------------
namespace {

std::string read_file(const std::string& path) {
    std::ifstream in{path};
    REQUIRE_MESSAGE(in.good(), "cannot read " << path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Every header of include/cartegrise/data, read from the source tree (a new header is read too).
std::vector<std::string> data_headers() {
    const std::filesystem::path dir = std::filesystem::path{CARTEGRISE_SOURCE_DIR} / "include" / "cartegrise" / "data";
    std::vector<std::string> paths;
    for (const auto& entry : std::filesystem::directory_iterator{dir})
        if (entry.is_regular_file() && entry.path().extension() == ".hpp") paths.push_back(entry.path().string());
    REQUIRE_MESSAGE(paths.size() >= 13, "too few headers in " << dir.string());
    std::vector<std::string> texts;
    for (const auto& p : paths) texts.push_back(read_file(p));
    return texts;
}

// The structs whose body declares `date since;`.
std::set<std::string> dated_row_types(const std::vector<std::string>& texts) {
    std::set<std::string> out;
    const std::regex head{R"(\bstruct\s+(\w+)\s*\{)"};
    const std::regex since{R"((^|\n)\s*date\s+since\s*;)"};
    for (const auto& t : texts) {
        for (auto it = std::sregex_iterator(t.begin(), t.end(), head); it != std::sregex_iterator(); ++it) {
            // The body: from the opening brace to its matching closing brace.
            const std::size_t open = static_cast<std::size_t>(it->position(0) + it->length(0)) - 1;
            int depth = 0;
            std::size_t close = open;
            for (; close < t.size(); ++close) {
                if (t[close] == '{') ++depth;
                if (t[close] == '}' && --depth == 0) break;
            }
            const std::string body = t.substr(open + 1, close - open - 1);
            if (std::regex_search(body, since)) out.insert((*it)[1]);
        }
    }
    return out;
}

// name -> row type of every `inline constexpr <type> <name>[] = {`.
std::map<std::string, std::string> tables(const std::vector<std::string>& texts) {
    std::map<std::string, std::string> out;
    const std::regex table{R"(inline\s+constexpr\s+([\w:]+)\s+(\w+)\s*\[\s*\]\s*=\s*\{)"};
    for (const auto& t : texts)
        for (auto it = std::sregex_iterator(t.begin(), t.end(), table); it != std::sregex_iterator(); ++it) out[(*it)[2]] = (*it)[1];
    return out;
}

}  // namespace

TEST_CASE("guard: every table of the data headers whose rows have `date since;` is in data::dated_table_names") {
    // Dated tables of the procedures wing: their dates change documents and deadlines, never a fee.
    const std::map<std::string, std::string> excluded = {
        {"procedure_documents", "documents of a procedure (procedures wing): no fee"},
        {"procedure_deadlines", "deadlines of a procedure (procedures wing): no fee"},
        {"fines", "fines for a missed deadline (procedures wing): not part of the registration fee"},
    };
    const auto texts = data_headers();
    const auto dated_types = dated_row_types(texts);
    // The parser finds the row types it must find (so that a broken parse cannot pass for a clean tree).
    for (const char* t : {"regional_rate_row", "clean_reduction_row", "fixed_fee_row", "procedure_fee_row", "vehicle_class_row",
                          "decote_rule", "co2_grid", "power_grid", "mass_grid", "mass_abatement_row", "procedure_document_row",
                          "deadline_row", "fine_row"}) {
        CAPTURE(t);
        CHECK(dated_types.count(t) == 1);
    }
    CHECK(dated_types.count("co2_band") == 0);

    const std::set<std::string> registered(std::begin(data::dated_table_names), std::end(data::dated_table_names));
    std::size_t dated_tables = 0;
    for (const auto& table : tables(texts)) {
        const std::string& name = table.first;
        const std::string& type = table.second;
        if (dated_types.count(type) == 0) continue;
        ++dated_tables;
        CAPTURE(name);
        CAPTURE(type);
        if (excluded.count(name) == 1) {
            CHECK(registered.count(name) == 0);
            continue;
        }
        CHECK_MESSAGE(registered.count(name) == 1, "the dated table '" << name
                                                                        << "' is missing from data::dated_table_names and "
                                                                           "data::for_each_dated_table (data/change_dates.hpp)");
    }
    // And the other way round: every registered name is a dated table of the headers.
    const auto all = tables(texts);
    for (const auto& name : registered) {
        CAPTURE(name);
        REQUIRE(all.count(name) == 1);
        CHECK(dated_types.count(all.at(name)) == 1);
    }
    CHECK(dated_tables == registered.size() + excluded.size());
}
