// One test per rule and per boundary of quote(): each CHECK names the rule it pins.
#include "../cases/published_cases.hpp"

#include <doctest/doctest.h>

#include "quote_checks.hpp"

#include <string>

using namespace cartegrise;
using quote_checks::check_error;
using cases::used_vp;
using cases::vehicle_request;
using cases::with_malus;
using cases::with_ptac;

namespace {
request new_vp(date on, std::string_view dept, int cv, int co2, int mass, energy e = energy::es) {
    return with_malus(vehicle_request(on, dept, procedure::new_vehicle, genre::vp, e, cv, on), co2, mass);
}
std::int64_t y3_of(const request& r) {
    const auto q = quote(r);
    REQUIRE_MESSAGE(q.has_value(), quote_checks::message_of(q.error()));
    return q->y3.in_cents();
}
}  // namespace

TEST_CASE("Y.2 brackets at 3 500 / 6 000 / 11 000 kg (CIBS L.421-57)") {
    const auto truck = [](int ptac) {
        return with_ptac(vehicle_request({2026, 6, 1}, "69", procedure::used, genre::cam, energy::go, 10, {2020, 1, 1}), ptac);
    };
    check_error(truck(3500), errc::not_applicable, request_field::vehicle_ptac_kg);
    CHECK(quote(truck(3501))->y2 == money::euros(127));
    CHECK(quote(truck(5999))->y2 == money::euros(127));
    CHECK(quote(truck(6000))->y2 == money::euros(189));
    CHECK(quote(truck(10999))->y2 == money::euros(189));
    CHECK(quote(truck(11000))->y2 == money::euros(285));
    const auto tractor = [](int ptac) {
        return with_ptac(vehicle_request({2026, 6, 1}, "69", procedure::used, genre::trr, energy::go, 10, {2020, 1, 1}), ptac);
    };
    CHECK(quote(tractor(3500))->y2 == money::euros(34));
    CHECK(quote(tractor(3501))->y2 == money::euros(285));
    const auto bus = vehicle_request({2026, 6, 1}, "69", procedure::used, genre::tcp, energy::go, 20, {2020, 1, 1});
    CHECK(quote(bus)->y2 == money::euros(285));
    CHECK(quote(bus)->y1 == money::euros(43 * 10));  // half rate for M2/M3 (L.421-47)
    // VASP: never Y.2 (L.421-30 3°); the rate halves above 3.5 t.
    const auto vasp = [](int ptac) {
        return with_ptac(vehicle_request({2026, 6, 1}, "69", procedure::used, genre::vasp, energy::go, 8, {2020, 1, 1}), ptac);
    };
    CHECK(quote(vasp(3500))->y2 == money::zero());
    CHECK(quote(vasp(3500))->y1 == money::euros(344));
    CHECK(quote(vasp(3501))->y1 == money::euros(172));
    // Y.2 only with a change of owner.
    auto dup = with_ptac(vehicle_request({2026, 6, 1}, "69", procedure::duplicate, genre::cam, energy::go, 10, {2020, 1, 1}), 12000);
    dup.vehicle.register_system = registration_system::siv;
    CHECK(quote(dup)->y2 == money::zero());
    CHECK(quote(dup)->y6 == money::cents(1376));
    check_error(vehicle_request({2026, 6, 1}, "69", procedure::used, genre::cam, energy::go, 10, {2020, 1, 1}), errc::missing_field, request_field::vehicle_ptac_kg);
}

TEST_CASE("motorcycles: half rate, no second halving at 10 years (CIBS L.421-45, L.421-46)") {
    const auto moto = [](date first) { return vehicle_request({2026, 6, 1}, "69", procedure::used, genre::mtl, energy::es, 4, first); };
    CHECK(quote(moto({2020, 1, 1}))->y1 == money::euros(86));
    CHECK(quote(moto({2010, 1, 1}))->y1 == money::euros(86));
    // A car of 10 years gets the half rate instead.
    CHECK(quote(used_vp({2026, 6, 1}, "69", 4, {2010, 1, 1}))->y1 == money::euros(86));
    // Tricycles and quadricycles: full rate, halved at 10 years.
    CHECK(quote(vehicle_request({2026, 6, 1}, "69", procedure::used, genre::qm, energy::es, 2, {2020, 1, 1}))->y1 == money::euros(86));
    CHECK(quote(vehicle_request({2026, 6, 1}, "69", procedure::used, genre::qm, energy::es, 2, {2010, 1, 1}))->y1 == money::euros(43));
}

TEST_CASE("mopeds: 49/50/51 cm3 and the moped regime (CIBS L.421-46 1°)") {
    auto moped = vehicle_request({2026, 6, 1}, "13", procedure::used, genre::cl, energy::es, 1, {2021, 4, 1});
    moped.vehicle.cylinder_cm3 = 49;
    CHECK(quote(moped)->y6 == money::euros(11));
    moped.vehicle.cylinder_cm3 = 50;
    CHECK(quote(moped)->y6 == money::euros(11));
    moped.vehicle.cylinder_cm3 = 51;
    check_error(moped, errc::not_applicable, request_field::vehicle_cylinder_cm3);
    // The same 50 cm3 declared as a light motorcycle (L3e, over 45 km/h): half rate, Y.5 due.
    auto mtl = vehicle_request({2026, 6, 1}, "13", procedure::used, genre::mtl, energy::es, 1, {2021, 4, 1});
    mtl.vehicle.cylinder_cm3 = 50;
    CHECK(quote(mtl)->y1 == money::euros(30));
    CHECK(quote(mtl)->y5 == money::cents(276));
    // Moped duplicata: Y.4 only.
    auto dup = vehicle_request({2026, 6, 1}, "13", procedure::duplicate, genre::cycl, energy::es, 1, {2021, 4, 1});
    dup.vehicle.register_system = registration_system::siv;
    CHECK(quote(dup)->y6 == money::euros(11));
}

TEST_CASE("agricultural vehicles and trailers: no regional tax") {
    CHECK(quote(vehicle_request({2026, 6, 1}, "51", procedure::used, genre::tra, energy::go, 12, {2020, 1, 1}))->y6 == money::cents(1376));
    CHECK(quote(vehicle_request({2026, 6, 1}, "51", procedure::used, genre::resp, energy::es, 1, {2020, 1, 1}))->y6 == money::cents(1376));
}

TEST_CASE("clean energies: 0 / 50 / 100 % by region and date") {
    // Alternative fuels in Auvergne-Rhône-Alpes: 100 % until 2024-02-29, 0 % from 2024-03-01.
    CHECK(quote(used_vp({2024, 2, 29}, "69", 5, {2020, 1, 1}, energy::gp))->y1 == money::zero());
    CHECK(quote(used_vp({2024, 3, 1}, "69", 5, {2020, 1, 1}, energy::gp))->y1 == money::euros(215));
    // Bretagne 50 % until 2023-04-30.
    CHECK(quote(used_vp({2023, 4, 30}, "29", 4, {2020, 1, 1}, energy::fe))->y1 == money::euros(102));
    CHECK(quote(used_vp({2023, 5, 1}, "29", 4, {2020, 1, 1}, energy::fe))->y1 == money::euros(220));
    // Corse keeps 100 % for hybrids in 2026.
    CHECK(quote(used_vp({2026, 6, 1}, "2A", 5, {2020, 1, 1}, energy::eh))->y1 == money::zero());
    // Overseas: never exempted.
    CHECK(quote(used_vp({2022, 6, 1}, "974", 5, {2020, 1, 1}, energy::eh))->y1 == money::euros(255));
    // Electric in Île-de-France 2026: the IDFM part follows the same regime (decision 4): full rate.
    const auto ev = quote(used_vp({2026, 6, 1}, "75", 5, {2024, 1, 1}, energy::el));
    CHECK(ev->y1 == money::cents(34475));
    CHECK(ev->y1_idfm == money::euros(70));
    // Before 2025-05-01 the EV nil rate covers the IDFM part too (and there was no IDFM surcharge yet).
    CHECK(quote(used_vp({2025, 4, 30}, "75", 5, {2024, 1, 1}, energy::h2))->y1 == money::zero());
    // Half rate and a 50 % exemption multiply once: HdF hybrid 2024, 10 years old: 36,20 x 6 / 4 = 54,30.
    CHECK(quote(used_vp({2024, 6, 1}, "59", 6, {2014, 1, 1}, energy::eh))->y1 == money::cents(5430));
}

TEST_CASE("CO2 malus: first and last gram of the grids, cycle, no EU approval") {
    // 2026 grid: 0 below 108 g, 50 at 108, 79 911 at 191, 80 000 from 192.
    CHECK(y3_of(new_vp({2026, 6, 1}, "69", 5, 107, 1000)) == 0);
    CHECK(y3_of(new_vp({2026, 6, 1}, "69", 5, 108, 1000)) == 5000);
    CHECK(y3_of(new_vp({2026, 6, 1}, "69", 5, 191, 1000)) == 7991100);
    CHECK(y3_of(new_vp({2026, 6, 1}, "69", 5, 192, 1000)) == 8000000);
    CHECK(y3_of(new_vp({2026, 6, 1}, "69", 5, 999, 1000)) == 8000000);
    // 2025: the 2025 grid only from 2025-03-01 (Jan-Feb keep 2024: 0 below 118 g).
    CHECK(y3_of(new_vp({2025, 2, 28}, "69", 5, 113, 1000)) == 0);
    CHECK(y3_of(new_vp({2025, 3, 1}, "69", 5, 113, 1000)) == 5000);
    // 2024 at 167 g: the published 6 537 (decision 7).
    CHECK(y3_of(new_vp({2024, 6, 1}, "69", 5, 167, 1000)) == 653700);
    // 2022: 0 below 128 g, 40 000 from 224 g.
    CHECK(y3_of(new_vp({2022, 6, 1}, "69", 5, 127, 1000)) == 0);
    CHECK(y3_of(new_vp({2022, 6, 1}, "69", 5, 128, 1000)) == 5000);
    CHECK(y3_of(new_vp({2022, 6, 1}, "69", 5, 224, 1000)) == 4000000);
    // A WLTP figure for a vehicle of the NEDC era, and the other way round: refused.
    auto imp = with_malus(vehicle_request({2025, 6, 1}, "69", procedure::import, genre::vp, energy::es, 6, {2019, 6, 1}), 150, 1400);
    imp.vehicle.cycle = co2_cycle::wltp;
    check_error(imp, errc::invalid_value, request_field::vehicle_cycle);
    auto wl = new_vp({2026, 6, 1}, "69", 5, 150, 1000);
    wl.vehicle.cycle = co2_cycle::nedc;
    check_error(wl, errc::invalid_value, request_field::vehicle_cycle);
    wl.vehicle.cycle = co2_cycle::wltp;
    CHECK(quote(wl).has_value());
    // Missing CO2 for a new car: an error, not 0 g.
    auto nocO2 = new_vp({2026, 6, 1}, "69", 5, 0, 1000);
    nocO2.vehicle.co2_g_km.reset();
    check_error(nocO2, errc::missing_field, request_field::vehicle_co2_g_km);
    // No EU type approval: the power grid of the year (2022: 8 CV -> 6 000).
    auto noeu = new_vp({2022, 6, 1}, "69", 8, 0, 1000);
    noeu.vehicle.co2_g_km.reset();
    noeu.vehicle.without_eu_type_approval = true;
    CHECK(y3_of(noeu) == 600000);
}

TEST_CASE("CO2 malus reductions: E85, large families, exemptions") {
    // E85 (FE): 40 % off the grams below 250 g: 200 g -> 120 g (2022 grid: 0 below 128 g).
    CHECK(y3_of(new_vp({2022, 6, 1}, "69", 5, 200, 1000, energy::fe)) == 0);
    CHECK(y3_of(new_vp({2022, 6, 1}, "69", 5, 230, 1000, energy::fe)) == 26000);  // 138 g -> 260
    // Large family: 20 g per child from 3 children (2022: 150 g - 60 g -> 90 g: nothing).
    auto family = new_vp({2022, 6, 1}, "69", 5, 150, 1000);
    family.holder.dependent_children = 3;
    check_error(family, errc::missing_field, request_field::vehicle_seats);  // the reduction needs a vehicle of 5 seats or more
    family.vehicle.seats = 4;
    CHECK(y3_of(family) == 98300);
    family.vehicle.seats = 5;
    CHECK(y3_of(family) == 0);
    family.holder.dependent_children = 2;
    CHECK(y3_of(family) == 98300);
    // Invalidity card, wheelchair, electric: no malus at all.
    auto cmi = new_vp({2026, 6, 1}, "69", 5, 250, 2500);
    cmi.holder.invalidity_card = true;
    CHECK(y3_of(cmi) == 0);
    auto chair = new_vp({2026, 6, 1}, "69", 5, 250, 2500);
    chair.vehicle.wheelchair_accessible = true;
    CHECK(y3_of(chair) == 0);
    CHECK(y3_of(new_vp({2026, 6, 1}, "69", 5, 0, 2500, energy::el)) == 0);
    // Utility vehicles pay no malus.
    auto ctte = with_ptac(with_malus(vehicle_request({2026, 6, 1}, "69", procedure::new_vehicle, genre::ctte, energy::go, 8, {2026, 6, 1}), 250, 2500), 3000);
    CHECK(y3_of(ctte) == 0);
    // A used car already registered in France pays no malus, and the trail says why.
    const auto used = quote(with_malus(used_vp({2026, 6, 1}, "69", 8, {2025, 1, 1}), 250, 2500));
    CHECK(used->y3 == money::zero());
    REQUIRE(used->steps.contains<steps::malus_not_due>());
    CHECK(used->steps.find<steps::malus_not_due>()->reason == malus_reason::not_first_registration_as_vp);
}

TEST_CASE("mass malus: thresholds, abatements, combined cap") {
    // 2026: 0 up to 1 499 kg, 10 EUR from 1 500 kg (the threshold kilogram counts, decision 8).
    CHECK(y3_of(new_vp({2026, 6, 1}, "69", 5, 100, 1499)) == 0);
    CHECK(y3_of(new_vp({2026, 6, 1}, "69", 5, 100, 1500)) == 1000);
    // 2022: the mass exceeding 1 800 kg.
    CHECK(y3_of(new_vp({2022, 6, 1}, "69", 5, 100, 1800)) == 0);
    CHECK(y3_of(new_vp({2022, 6, 1}, "69", 5, 100, 1801)) == 1000);
    CHECK(y3_of(new_vp({2022, 6, 1}, "69", 5, 100, 2000)) == 200000);
    // Missing mass for a first registration from 2022: an error.
    auto nomass = new_vp({2026, 6, 1}, "69", 5, 100, 1000);
    nomass.vehicle.mass_kg.reset();
    check_error(nomass, errc::missing_field, request_field::vehicle_mass_kg);
    // Plug-in hybrids: exempt in 2024, 200 kg abatement from 2025.
    CHECK(y3_of(new_vp({2024, 6, 1}, "69", 5, 30, 2000, energy::ee)) == 0);
    CHECK(y3_of(new_vp({2025, 6, 1}, "69", 5, 30, 2000, energy::ee)) == 201500);  // 1 800 kg in 2025: 200 x 10 + 1 x 15
    // Non-plug-in hybrids: 100 kg from 2024.
    CHECK(y3_of(new_vp({2024, 6, 1}, "69", 5, 100, 1800, energy::eh)) == 101000);  // 1 700 kg: 101 x 10
    // Large family: 200 kg per child.
    auto family = new_vp({2026, 6, 1}, "69", 5, 100, 2100);
    family.holder.dependent_children = 3;
    family.vehicle.seats = 7;
    CHECK(y3_of(family) == 1000);  // 2 100 - 600 = 1 500 kg taxable: (1 500 - 1 499) x 10 = 10
    // Combined cap (CIBS L.421-74): CO2 + mass never above the grid's maximum (2022: 40 000).
    CHECK(y3_of(new_vp({2022, 6, 1}, "69", 5, 223, 2000)) == 4000000);
}

TEST_CASE("2022-2023 cap at 50 % of the price") {
    auto r = new_vp({2023, 6, 1}, "69", 5, 200, 1000);  // 2023 grid at 200 g = 21 966
    CHECK(y3_of(r) == 2196600);
    r.purchase_price = money::euros(30000);
    CHECK(y3_of(r) == 1500000);
    CHECK(quote(r)->steps.contains<steps::price_cap>());
    r.application_date = date{2024, 1, 1};
    r.vehicle.first_registration = date{2024, 1, 1};
    CHECK(y3_of(r) > 1500000);  // repealed from 2024
}

TEST_CASE("import décote: month boundaries (from 2025-03-01) and started years (before)") {
    const auto imp = [](date on, date first) {
        return with_malus(vehicle_request(on, "69", procedure::import, genre::vp, energy::es, 6, first), 150, 1400);
    };
    // 2018 NEDC grid at 150 g = 2 300 EUR. 3 started months -> 3 %, 4 -> 6 %.
    const auto decote_step = [&](date on, date first) { return quote(imp(on, first))->steps.find<steps::import_decote>()->percent; };
    CHECK(decote_step({2025, 3, 12}, {2024, 12, 13}) == 3);   // 2 full months + 1 started = 3
    CHECK(decote_step({2025, 3, 13}, {2024, 12, 13}) == 6);   // exact anniversary opens the 4th month
    CHECK(decote_step({2026, 9, 12}, {2019, 9, 13}) == 48);  // 84 started months
    CHECK(decote_step({2026, 9, 13}, {2019, 9, 13}) == 53);  // 85 (official simulator count)
    // Before 2025-03-01: 10 % per started year.
    CHECK(decote_step({2025, 2, 28}, {2024, 2, 28}) == 20);  // 1 full year + 1 started
    CHECK(decote_step({2025, 2, 27}, {2024, 2, 28}) == 10);
    // 9 started years: 90 % off (2015 grid at 150 g: 900 -> 90); 10 started years: nothing due.
    CHECK(quote(imp({2024, 6, 1}, {2015, 6, 2}))->y3 == money::euros(90));
    CHECK(quote(imp({2024, 6, 1}, {2014, 6, 2}))->y3 == money::zero());
}

TEST_CASE("requests that cannot be answered are errors naming the field") {
    check_error(used_vp({2021, 12, 31}, "69", 5, {2020, 1, 1}), errc::date_out_of_range, request_field::application_date);
    check_error(used_vp(date::unchecked(2026, 2, 30), "69", 5, {2020, 1, 1}), errc::invalid_value, request_field::application_date);
    check_error(used_vp({2026, 6, 1}, "69", 5, {2026, 6, 2}), errc::date_out_of_range, request_field::vehicle_first_registration);
    check_error(used_vp({2026, 6, 1}, "69", 0, {2020, 1, 1}), errc::invalid_value, request_field::vehicle_fiscal_cv);
    check_error(used_vp({2026, 6, 1}, "69", 1000, {2020, 1, 1}), errc::invalid_value, request_field::vehicle_fiscal_cv);
    auto r = used_vp({2026, 6, 1}, "69", 5, {2020, 1, 1});
    r.vehicle.genre.reset();
    check_error(r, errc::missing_field, request_field::vehicle_genre);
    r = used_vp({2026, 6, 1}, "69", 5, {2020, 1, 1});
    r.vehicle.fiscal_cv.reset();
    check_error(r, errc::missing_field, request_field::vehicle_fiscal_cv);
    r = used_vp({2026, 6, 1}, "69", 5, {2020, 1, 1});
    r.holder_department.reset();
    check_error(r, errc::missing_field, request_field::holder_department);
    r = used_vp({2026, 6, 1}, "69", 5, {2020, 1, 1});
    r.procedure = procedure::duplicate;
    check_error(r, errc::missing_field, request_field::vehicle_register_system);
    r.vehicle.register_system = registration_system::fni;
    check_error(r, errc::not_applicable, request_field::vehicle_register_system);  // first registered 2020: SIV only
    r.procedure = procedure::collection;
    r.vehicle.register_system.reset();
    check_error(r, errc::not_applicable, request_field::vehicle_first_registration);  // under 30 years
    r = used_vp({2026, 6, 1}, "69", 5, {2020, 1, 1});
    r.procedure = procedure::address;
    r.vehicle.register_system = registration_system::siv;
    check_error(r, errc::missing_field, request_field::address_change_rank);
    auto noeu = new_vp({2025, 6, 1}, "69", 8, 0, 1000);
    noeu.vehicle.without_eu_type_approval = true;
    check_error(noeu, errc::beyond_table, request_field::vehicle_first_registration);
    auto late = new_vp({2026, 6, 1}, "69", 5, 150, 1000);
    late.vehicle.first_registration = date{2025, 6, 1};  // a new car's B is this application
    check_error(late, errc::not_applicable, request_field::vehicle_first_registration);
    late.vehicle.first_registration.reset();
    CHECK(quote(late).has_value());
    auto co2 = new_vp({2026, 6, 1}, "69", 5, 1000, 1000);
    check_error(co2, errc::beyond_table, request_field::vehicle_co2_g_km);
    co2.vehicle.co2_g_km = -1;
    check_error(co2, errc::invalid_value, request_field::vehicle_co2_g_km);
}

TEST_CASE("after the data vintage: latest tables, flagged") {
    const auto q = quote(used_vp({2027, 3, 1}, "75", 7, {2019, 5, 3}));
    REQUIRE(q.has_value());
    CHECK(q->after_data_vintage);
    CHECK(q->steps.contains<steps::after_data_vintage>());
    // Paris 54,95 EUR/CV plus the Ile-de-France Mobilites surcharge of 12 EUR/CV from 2027-01-01
    // (14 EUR/CV until 2026-12-31): (54,95 + 12) x 7 = 468,65 EUR.
    CHECK(q->y1 == money::cents(46865));
    CHECK_FALSE(quote(used_vp({2026, 11, 25}, "75", 7, {2019, 5, 3}))->after_data_vintage);
}

TEST_CASE("properties: total = rounded sum of lines; Y.1 non-decreasing in CV; the newest row in force") {
    for (std::size_t d = 0; d < department_count; d += 7) {
        for (int cv = 1; cv <= 40; ++cv) {
            const auto dept = department::at(d);
            auto r = used_vp({2026, 6, 1}, dept.code(), cv, {2020, 1, 1}, energy::es);
            const auto q = quote(r);
            REQUIRE(q.has_value());
            CHECK(q->y6 == round_to_euro(q->y1 + q->y2 + q->y3 + q->y4) + q->y5);
            r.vehicle.fiscal_cv = cv + 1;
            CHECK(quote(r)->y1 >= q->y1);
        }
    }
    // For every region and every day 2022-2026, the rate used is the row with the latest start on or before it.
    for (std::size_t reg = 0; reg < region_count; ++reg) {
        for (date d{2022, 1, 1}; d <= date{2026, 12, 31}; d = d.add_days(5)) {
            const auto* used = data::regional_rate(static_cast<region>(reg), d);
            REQUIRE(used != nullptr);
            for (const auto& row : data::regional_rates)
                if (row.key == static_cast<region>(reg) && row.since <= d) CHECK(row.since <= used->since);
        }
    }
}

TEST_CASE("2027 non-plug-in hybrid: the 100 kg abatement needs an electric motor of more than 30 kW (L.421-79-1, LF 2026)") {
    const auto hybrid = [](int kw) {
        request r = new_vp({2027, 3, 1}, "69", 5, 100, 1650, energy::eh);
        r.vehicle.electric_power_kw = kw;
        return r;
    };
    // 1 650 kg in the grid "from 2026": 1 550 kg with the abatement, 1 650 kg without it.
    const auto with_abatement = quote(hybrid(31));
    const auto at_bound = quote(hybrid(30));
    REQUIRE(with_abatement.has_value());
    REQUIRE(at_bound.has_value());
    CHECK(with_abatement->steps.contains<steps::mass_abatement>());
    CHECK_FALSE(with_abatement->steps.contains<steps::hybrid_abatement_refused>());
    // "supérieure à 30 kilowatts": exactly 30 kW does not qualify.
    CHECK_FALSE(at_bound->steps.contains<steps::mass_abatement>());
    const auto refused = at_bound->steps.find<steps::hybrid_abatement_refused>();
    REQUIRE(refused.has_value());
    CHECK(refused->electric_kw == 30);
    CHECK(refused->above_kw == 30);
    CHECK(at_bound->y3 > with_abatement->y3);
    CHECK(y3_of(hybrid(29)) == at_bound->y3.in_cents());
    // Before 2027 the power plays no part.
    request r2026 = new_vp({2026, 6, 1}, "69", 5, 100, 1650, energy::eh);
    r2026.vehicle.electric_power_kw = 30;
    CHECK(quote(r2026)->steps.contains<steps::mass_abatement>());
}
