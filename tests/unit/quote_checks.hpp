// doctest checks on quote() shared by the unit suites.
#ifndef CARTEGRISE_TESTS_QUOTE_CHECKS_HPP
#define CARTEGRISE_TESTS_QUOTE_CHECKS_HPP

#include <cartegrise/quote.hpp>

#include <doctest/doctest.h>

#include <string_view>

namespace quote_checks {

// The request is refused with this code, naming this field, with a message.
inline void check_error(const cartegrise::request& r, cartegrise::errc code, std::string_view field) {
    const auto q = cartegrise::quote(r);
    REQUIRE_FALSE(q.has_value());
    CHECK(q.get_error().code == code);
    CHECK(q.get_error().field == field);
    CHECK_FALSE(q.get_error().message.empty());
}

}  // namespace quote_checks

#endif
