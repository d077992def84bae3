// lang: the language of the text wing, French (the default, the language of the certificate) or English.
#ifndef CARTEGRISE_TEXT_LANG_HPP
#define CARTEGRISE_TEXT_LANG_HPP

#include <cstdint>
#include <string_view>

#include "../detail/code_table.hpp"
#include "../result.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

enum class lang : std::uint8_t { fr, en };

namespace detail {
inline constexpr std::string_view lang_codes[] = {"fr", "en"};
}  // namespace detail

constexpr std::string_view to_string(lang l) noexcept { return detail::code_of(detail::lang_codes, l); }

// "fr" or "en", case-insensitive.
constexpr result<lang> parse_lang(std::string_view s) noexcept {
    return detail::parse_code<lang>(detail::lang_codes, s, errc::invalid_value, request_field::language);
}

CARTEGRISE_END_NAMESPACE

#endif
