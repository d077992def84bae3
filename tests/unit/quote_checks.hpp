// doctest checks on quote() shared by the unit suites.
#ifndef CARTEGRISE_TESTS_QUOTE_CHECKS_HPP
#define CARTEGRISE_TESTS_QUOTE_CHECKS_HPP

#include <cartegrise/quote.hpp>
#include <cartegrise/text/error_messages.hpp>

#include <doctest/doctest.h>

#include <string>

namespace quote_checks {

// The error's message in English, for REQUIRE_MESSAGE and CAPTURE.
inline std::string message_of(const cartegrise::error& e) { return cartegrise::message(e, cartegrise::lang::en); }

// The request is refused with this code, naming this field, with a message in both languages; and
// quote_totals() refuses it the same way.
inline void check_error(const cartegrise::request& r, cartegrise::errc code, cartegrise::request_field field) {
    const auto q = cartegrise::quote(r);
    REQUIRE_FALSE(q.has_value());
    CHECK(q.error().code == code);
    CHECK(q.error().field == field);
    CHECK_FALSE(cartegrise::message(q.error(), cartegrise::lang::fr).empty());
    CHECK_FALSE(cartegrise::message(q.error(), cartegrise::lang::en).empty());
    const auto t = cartegrise::quote_totals(r);
    REQUIRE_FALSE(t.has_value());
    CHECK(t.error() == q.error());
}

}  // namespace quote_checks

#endif
