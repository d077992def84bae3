// Per-enum code tables: the official (or stable) code of each enumerator, in enumerator order, and the
// two look-ups every vocabulary header needs — code of a value, value of a code (ASCII case-insensitive).
// A leaf helper: it includes nothing of the library.
#ifndef CARTEGRISE_DETAIL_CODE_TABLE_HPP
#define CARTEGRISE_DETAIL_CODE_TABLE_HPP

#include <cstddef>
#include <string_view>

#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace detail {

constexpr char ascii_upper(char c) noexcept { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

constexpr bool iequal(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (ascii_upper(a[i]) != ascii_upper(b[i])) return false;
    return true;
}

// The code of `value` in `codes` (codes[i] is the code of enumerator i); "?" past the table, so that a
// byte cast into the enum never reads out of bounds.
template <class Enum, std::size_t N>
constexpr std::string_view code_of(const std::string_view (&codes)[N], Enum value) noexcept {
    const auto i = static_cast<std::size_t>(value);
    return i < N ? codes[i] : std::string_view{"?"};
}

// The index of `code` in `codes`, case-insensitive; N when absent.
template <std::size_t N>
constexpr std::size_t index_of_code(const std::string_view (&codes)[N], std::string_view code) noexcept {
    for (std::size_t i = 0; i < N; ++i)
        if (iequal(code, codes[i])) return i;
    return N;
}

}  // namespace detail
CARTEGRISE_END_NAMESPACE

#endif
