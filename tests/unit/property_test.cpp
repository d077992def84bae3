// Properties of quote() over wide grids (the single-rule boundaries are in quote_rules_test.cpp):
// the total is the rounded sum of its lines, Y.1 never decreases with the power, the half rate starts on
// the tenth anniversary (29 February included), dates before the tables are refused, and the newest
// tariff in force is the one used, every day of 2022-2026 in every region.
#include "../cases/published_cases.hpp"

#include <cartegrise/text/places.hpp>

#include <doctest/doctest.h>

#include "quote_checks.hpp"

#include <cstdint>
#include <string>

using namespace cartegrise;
using cases::used_vp;

namespace {

department first_department_of(region reg) {
    for (std::size_t i = 0; i < department_count; ++i)
        if (department::at(i).region() == reg) return department::at(i);
    FAIL("a region without a department");
    return department{};
}

request used_request(date on, department dept, genre g, energy e, int cv, date first) {
    request r;
    r.application_date = on;
    r.holder_department = dept;
    r.procedure = procedure::used;
    r.vehicle.genre = g;
    r.vehicle.energy = e;
    r.vehicle.fiscal_cv = cv;
    r.vehicle.first_registration = first;
    r.vehicle.ptac_kg = 12000;  // CAM, TRR, VASP need one; the others ignore it
    return r;
}

// The row of a dated table in force on `d`, found by its own scan (not by the library's look-up).
template <class Row, std::size_t N>
const Row* latest_row(const Row (&rows)[N], region reg, date d) {
    const Row* best = nullptr;
    for (const auto& row : rows)
        if (row.key == reg && row.since <= d && (best == nullptr || best->since < row.since)) best = &row;
    return best;
}

bool is_start_date(region reg, date d) {
    for (const auto& row : data::regional_rates)
        if (row.key == reg && row.since == d) return true;
    for (const auto& row : data::idfm_surcharges)
        if (row.key == reg && row.since == d) return true;
    return false;
}

bool half_rate(const request& r) {
    const auto q = quote(r);
    REQUIRE_MESSAGE(q.has_value(), quote_checks::message_of(q.error()));
    return q->steps.contains<steps::age_half_rate>();
}

}  // namespace

TEST_CASE("property: Y.6 is Y.1+Y.2+Y.3+Y.4 rounded to the nearest euro, a half up, plus Y.5") {
    const procedure procs[] = {procedure::new_vehicle, procedure::used, procedure::import, procedure::w_garage,
                               procedure::inheritance, procedure::civil_status, procedure::correction};
    const energy energies[] = {energy::es, energy::eh, energy::ee, energy::el, energy::fe, energy::gp};
    std::size_t quoted = 0;
    for (std::size_t d = 0; d < department_count; d += 5) {
        for (const auto p : procs) {
            for (const auto e : energies) {
                for (int cv = 1; cv <= 13; cv += 3) {
                    for (date on{2022, 1, 1}; on <= date{2026, 12, 31}; on = on.add_days(97)) {
                        auto r = used_request(on, department::at(d), genre::vp, e, cv, {2019, 3, 1});
                        r.procedure = p;
                        if (p == procedure::new_vehicle) r.vehicle.first_registration.reset();  // B is this application
                        r.vehicle.co2_g_km = 100 + cv * 9;
                        r.vehicle.mass_kg = 1500 + cv * 50;
                        const auto q = quote(r);
                        REQUIRE_MESSAGE(q.has_value(), quote_checks::message_of(q.error()));
                        ++quoted;
                        // The rounding rule written out: whole euros, within half a euro, a half rounding up.
                        const std::int64_t sum = (q->y1 + q->y2 + q->y3 + q->y4).in_cents();
                        const std::int64_t rounded = (q->y6 - q->y5).in_cents();
                        REQUIRE(sum >= 0);
                        CHECK(rounded % 100 == 0);
                        CHECK(rounded - sum > -50);
                        CHECK(rounded - sum <= 50);
                        CHECK(q->y3 == q->y3_co2 + q->y3_mass);
                    }
                }
            }
        }
    }
    CHECK(quoted > 10000);
}

TEST_CASE("property: Y.1 is non-decreasing in CV, for every genre, energy and age") {
    const energy energies[] = {energy::es, energy::eh, energy::el, energy::fe};
    const date firsts[] = {{2020, 1, 1}, {2012, 1, 1}};
    for (std::size_t g = 0; g < genre_count; ++g) {
        for (const auto e : energies) {
            for (const auto first : firsts) {
                for (date on{2022, 1, 1}; on <= date{2026, 12, 31}; on = on.add_days(181)) {
                    const department dept = department::at((g * 7 + static_cast<std::size_t>(on.month())) % department_count);
                    money previous = money::zero();
                    for (int cv = 1; cv <= 41; ++cv) {
                        const int power = cv == 41 ? 999 : cv;
                        const auto q = quote(used_request(on, dept, static_cast<genre>(g), e, power, first));
                        REQUIRE_MESSAGE(q.has_value(), quote_checks::message_of(q.error()));
                        CHECK_MESSAGE(q->y1 >= previous, to_string(static_cast<genre>(g)), " ", power, " CV");
                        previous = q->y1;
                    }
                }
            }
        }
    }
}

TEST_CASE("property: the half rate starts on the tenth anniversary, 29 February on 28 February") {
    const auto car = [](date on, date first) { return used_vp(on, "69", 6, first); };
    // The case the law's counting turns on: registered on 29 February of a leap year.
    CHECK(half_rate(car({2026, 2, 28}, {2016, 2, 29})));
    CHECK_FALSE(half_rate(car({2026, 2, 27}, {2016, 2, 29})));
    CHECK(quote(car({2026, 2, 28}, {2016, 2, 29}))->y1 == money::euros(129));  // 43 x 6 / 2
    CHECK(quote(car({2026, 2, 27}, {2016, 2, 29}))->y1 == money::euros(258));
    CHECK(half_rate(car({2022, 2, 28}, {2012, 2, 29})));
    CHECK_FALSE(half_rate(car({2022, 2, 27}, {2012, 2, 29})));
    // 28 February and 1 March around it: their own anniversaries.
    CHECK(half_rate(car({2026, 2, 28}, {2016, 2, 28})));
    CHECK_FALSE(half_rate(car({2026, 2, 27}, {2016, 2, 28})));
    CHECK_FALSE(half_rate(car({2026, 2, 28}, {2016, 3, 1})));
    CHECK(half_rate(car({2026, 3, 1}, {2016, 3, 1})));
    // Month ends and the turn of the year.
    CHECK(half_rate(car({2025, 3, 31}, {2015, 3, 31})));
    CHECK_FALSE(half_rate(car({2025, 3, 30}, {2015, 3, 31})));
    CHECK(half_rate(car({2024, 12, 31}, {2014, 12, 31})));
    CHECK_FALSE(half_rate(car({2024, 12, 30}, {2014, 12, 31})));
    CHECK(half_rate(car({2025, 1, 1}, {2015, 1, 1})));
    CHECK_FALSE(half_rate(car({2024, 12, 31}, {2015, 1, 1})));
    // Every first registration from 2012-01-02 (its eve of ten years is the first day of the tables) to
    // 2016-12-31: half rate from its tenth anniversary, not the day before.
    for (date first{2012, 1, 2}; first <= date{2016, 12, 31}; first = first.add_days(1)) {
        const date anniversary = first.add_years(10);
        INFO("first registration ", first.year(), "-", first.month(), "-", first.day());
        CHECK(half_rate(car(anniversary, first)));
        CHECK_FALSE(half_rate(car(anniversary.add_days(-1), first)));
    }
}

TEST_CASE("property: an application before the first table row is an error, never a quote") {
    const date before[] = {{2021, 12, 31}, {2021, 1, 1}, {2000, 6, 15}, {1, 1, 1}};
    for (std::size_t d = 0; d < department_count; ++d) {
        for (std::size_t p = 0; p < procedure_count; ++p) {
            for (const auto on : before) {
                auto r = used_vp(on, department::at(d).code(), 5, {1, 1, 1});
                r.procedure = static_cast<procedure>(p);
                const auto q = quote(r);
                REQUIRE_FALSE(q.has_value());
                CHECK(q.error().code == errc::date_out_of_range);
                CHECK(q.error().field == request_field::application_date);
            }
        }
        // The first day of the tables is quoted.
        CHECK(quote(used_vp(first_supported_date, department::at(d).code(), 5, {2020, 1, 1})).has_value());
    }
}

TEST_CASE("property: every day of 2022-2026, every region uses its newest rate in force, changing only on a start date") {
    for (std::size_t reg = 0; reg < region_count; ++reg) {
        const auto region_id = static_cast<region>(reg);
        const department dept = first_department_of(region_id);
        INFO("region ", std::string{region_name(region_id)});
        money previous = money::zero();
        for (date on{2022, 1, 1}; on <= date{2026, 12, 31}; on = on.add_days(1)) {
            const auto q = quote(used_request(on, dept, genre::vp, energy::es, 1, {2020, 1, 1}));
            REQUIRE(q.has_value());
            const auto* rate = latest_row(data::regional_rates, region_id, on);
            const auto* idfm = latest_row(data::idfm_surcharges, region_id, on);
            REQUIRE(rate != nullptr);
            const std::int64_t expected = rate->cents_per_cv + (idfm != nullptr ? idfm->cents_per_cv : 0);
            CHECK(q->y1.in_cents() == expected);
            const auto step = q->steps.find<steps::regional_rate>();
            REQUIRE(step.has_value());
            CHECK(step->since == rate->since);
            CHECK(step->source == rate->source);
            CHECK(step->per_cv == money::cents(rate->cents_per_cv));
            if (on != date{2022, 1, 1} && q->y1 != previous) CHECK_MESSAGE(is_start_date(region_id, on), on.year(), "-", on.month(), "-", on.day());
            previous = q->y1;
        }
    }
}
