#include <cartegrise/result.hpp>

#include <doctest/doctest.h>

#include <string_view>

using namespace cartegrise;

TEST_CASE("result: a value or an error naming the field") {
    result<int> ok{42};
    CHECK(ok.has_value());
    CHECK(ok.value() == 42);
    CHECK(*ok == 42);
    CHECK(ok == 42);
    result<int> bad = failure{errc::missing_field, request_field::vehicle_co2_g_km, error_reason::co2_needed_malus};
    CHECK_FALSE(bad.has_value());
    CHECK_FALSE(static_cast<bool>(bad));
    CHECK(bad.error().code == errc::missing_field);
    CHECK(bad.error().field == request_field::vehicle_co2_g_km);
    CHECK(bad.error().reason == error_reason::co2_needed_malus);
    CHECK(bad.error().also_missing.empty());
    CHECK(bad.value_or(7) == 7);
    CHECK_FALSE(bad == 7);
#if CARTEGRISE_HAS_EXCEPTIONS
    CHECK_THROWS_AS((void)bad.value(), bad_result_access);
    try {
        (void)bad.value();
    } catch (const bad_result_access& e) {
        CHECK(e.error().field == request_field::vehicle_co2_g_km);
        // what() names the error, so that an uncaught one says what is wrong.
        CHECK(std::string_view{e.what()} == "cartegrise: value() on an error: missing_field, vehicle.co2_g_km (co2_needed_malus)");
    }
#endif
    CHECK(to_string(errc::beyond_table) == "beyond_table");
    CHECK(to_string(error_reason::co2_needed_malus) == "co2_needed_malus");
    CHECK(to_string(error_reason::later_malus_not_first) == "later_malus_not_first");
}

TEST_CASE("result: set_error turns a value into an error in place") {
    result<int> r{std::in_place};
    CHECK(r.has_value());
    CHECK(*r == 0);
    r.set_error(error{errc::invalid_value, request_field::vehicle_seats, error_reason::out_of_range, {}});
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().field == request_field::vehicle_seats);
    CHECK(r.error().reason == error_reason::out_of_range);
}

TEST_CASE("error: fields spelled as their C++ path; equality on every member") {
    CHECK(to_string(request_field::none).empty());
    CHECK(to_string(request_field::vehicle_fiscal_cv) == "vehicle.fiscal_cv");
    CHECK(to_string(request_field::holder_department) == "holder_department");
    CHECK(to_string(request_field::holder_dependent_children) == "holder.dependent_children");
    CHECK(to_string(request_field::events_transfer) == "events.transfer");
    CHECK(to_string(request_field::language) == "language");
    CHECK(to_string(static_cast<request_field>(request_field_count)) == "?");
    const error a{errc::missing_field, request_field::vehicle_mass_kg, error_reason::mass_needed_malus, {}};
    error b = a;
    b.also_missing.add(request_field::vehicle_co2_g_km);
    CHECK(a != b);  // an error that names other missing fields is another answer
    b.also_missing = a.also_missing;
    CHECK(a == b);
    b.reason = error_reason::required;
    CHECK(a != b);
    CHECK(error{} == error{});
}

TEST_CASE("error_reason: a stable name per reason") {
    CHECK(to_string(error_reason::required) == "required");
    CHECK(to_string(error_reason::co2_needed_malus) == "co2_needed_malus");
    CHECK(to_string(error_reason::later_malus_not_first) == "later_malus_not_first");
    CHECK(to_string(static_cast<error_reason>(error_reason_count)) == "unknown");
}

TEST_CASE("field_set: add, contains, size") {
    field_set s;
    CHECK(s.empty());
    CHECK(s.size() == 0);
    s.add(request_field::vehicle_co2_g_km);
    s.add(request_field::vehicle_mass_kg);
    s.add(request_field::vehicle_co2_g_km);
    CHECK(s.size() == 2);
    CHECK(s.contains(request_field::vehicle_mass_kg));
    CHECK_FALSE(s.contains(request_field::vehicle_seats));
    field_set t;
    t.add(request_field::vehicle_mass_kg);
    CHECK(s != t);
    t.add(request_field::vehicle_co2_g_km);
    CHECK(s == t);
    s.add(request_field::language);  // the last field fits the 64 bits
    CHECK(s.contains(request_field::language));
}
