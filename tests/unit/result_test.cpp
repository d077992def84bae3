#include <cartegrise/result.hpp>

#include <doctest/doctest.h>

using namespace cartegrise;

TEST_CASE("result: a value or an error naming the field") {
    result<int> ok{42};
    CHECK(ok.has_value());
    CHECK(ok.value() == 42);
    CHECK(*ok == 42);
    result<int> bad = failure{errc::missing_field, "co2", "CO2 is required"};
    CHECK_FALSE(bad.has_value());
    CHECK_FALSE(static_cast<bool>(bad));
    CHECK(bad.get_error().code == errc::missing_field);
    CHECK(bad.get_error().field == "co2");
    CHECK(bad.value_or(7) == 7);
#if CARTEGRISE_HAS_EXCEPTIONS
    CHECK_THROWS_AS((void)bad.value(), bad_result_access);
    try {
        (void)bad.value();
    } catch (const bad_result_access& e) {
        CHECK(e.get_error().field == "co2");
    }
#endif
    CHECK(to_string(errc::beyond_table) == "beyond_table");
}
