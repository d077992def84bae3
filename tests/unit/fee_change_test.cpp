#include "../cases/published_cases.hpp"

#include <doctest/doctest.h>

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
    // An electric car in Hauts-de-France: the EV rows change on 2025-05-01 but HdF keeps 100 %.
    const auto ev = next_fee_change(cases::used_vp({2025, 1, 10}, "59", 5, {2023, 1, 1}, energy::el));
    REQUIRE(ev.has_value());
    CHECK_FALSE(ev->found);
    const auto bad = next_fee_change(cases::used_vp({2021, 1, 10}, "59", 5, {2019, 1, 1}));
    CHECK(bad.get_error().field == "date");
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
