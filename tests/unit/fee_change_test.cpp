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
