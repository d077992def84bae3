// Money, counts and dates printed the way each language prints them. Allocates (std::string).
//
// Money. French: "1 873,20 €" — U+00A0 NO-BREAK SPACE as the thousands separator and before the euro sign.
// (Typographers and CLDR prefer U+202F NARROW NO-BREAK SPACE for thousands; U+00A0 renders in every
// terminal font and is what the ANTS and service-public pages print.) English: "€1,873.20". A negative
// amount starts with '-': "-1 873,20 €", "-€1,873.20". Every byte is pinned by tests/unit/text_format_test.cpp.
#ifndef CARTEGRISE_TEXT_FORMAT_HPP
#define CARTEGRISE_TEXT_FORMAT_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "../date.hpp"
#include "../money.hpp"
#include "lang.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

namespace detail::text {

inline constexpr std::string_view nbsp = "\u00A0";

// Digits of v grouped by three with `sep`.
inline std::string grouped(std::uint64_t v, std::string_view sep) {
    const std::string digits = std::to_string(v);
    std::string out;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0) out += sep;
        out += digits[i];
    }
    return out;
}
// |v| as unsigned, INT64_MIN included.
constexpr std::uint64_t magnitude(std::int64_t v) noexcept {
    return v < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
}
inline std::string two_digits(std::uint64_t v) {
    std::string s = std::to_string(v % 100);
    return s.size() < 2 ? "0" + s : s;
}
inline std::string padded(int v, std::size_t width) {
    std::string s = std::to_string(v < 0 ? -v : v);
    while (s.size() < width) s.insert(s.begin(), '0');
    return s;
}

}  // namespace detail::text

// An amount in euros: "1 873,20 €" (French; U+00A0 before € and between thousands) or "€1,873.20" (English).
inline std::string format_money(money m, lang lg = lang::fr) {
    namespace t = detail::text;
    const std::int64_t c = m.in_cents();
    const std::uint64_t mag = t::magnitude(c);
    const std::string sign = c < 0 ? "-" : "";
    if (lg == lang::en) return sign + "€" + t::grouped(mag / 100, ",") + "." + t::two_digits(mag);
    return sign + t::grouped(mag / 100, t::nbsp) + "," + t::two_digits(mag) + std::string{t::nbsp} + "€";
}

// A count with thousands grouped the same way: "12 000" (U+00A0) or "12,000".
inline std::string format_count(std::int64_t n, lang lg = lang::fr) {
    namespace t = detail::text;
    return std::string{n < 0 ? "-" : ""} + t::grouped(t::magnitude(n), lg == lang::en ? std::string_view{","} : t::nbsp);
}

// A date in words: "1er mars 2026", "3 mai 2019" (French) or "1 March 2026" (English). A date that is not
// a calendar date prints as its raw fields, "YYYY-MM-DD".
inline std::string format_date(date d, lang lg = lang::fr) {
    constexpr std::string_view fr[] = {"janvier", "février", "mars", "avril", "mai", "juin",
                                       "juillet", "août", "septembre", "octobre", "novembre", "décembre"};
    constexpr std::string_view en[] = {"January", "February", "March", "April", "May", "June",
                                       "July", "August", "September", "October", "November", "December"};
    if (!d.ok()) return std::to_string(d.year()) + "-" + std::to_string(d.month()) + "-" + std::to_string(d.day());
    const auto m = static_cast<std::size_t>(d.month() - 1);
    if (lg == lang::en) return std::to_string(d.day()) + " " + std::string{en[m]} + " " + std::to_string(d.year());
    return (d.day() == 1 ? std::string{"1er"} : std::to_string(d.day())) + " " + std::string{fr[m]} + " " + std::to_string(d.year());
}

// "2026-03-01": the ISO form, for JSON and files.
inline std::string format_iso_date(date d) {
    namespace t = detail::text;
    return t::padded(d.year(), 4) + "-" + t::padded(d.month(), 2) + "-" + t::padded(d.day(), 2);
}

// "1er", "2e" (French); "1st", "2nd", "11th" (English).
inline std::string format_ordinal(std::int64_t n, lang lg = lang::fr) {
    const std::string s = std::to_string(n);
    if (lg == lang::fr) return s + (n == 1 ? "er" : "e");
    const std::int64_t tens = static_cast<std::int64_t>(detail::text::magnitude(n) % 100);
    const std::int64_t units = tens % 10;
    if (tens >= 11 && tens <= 13) return s + "th";
    return s + (units == 1 ? "st" : units == 2 ? "nd" : units == 3 ? "rd" : "th");
}

CARTEGRISE_END_NAMESPACE

#endif
