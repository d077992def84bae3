// static_text: a string literal kept as a pointer and the length its array type gives. A table of
// std::string_view built from literals makes the compiler count every character of every literal while
// evaluating the constant (g++ 12: about 2.8 million instructions for a 150-character literal); this
// type reads the length off the literal's type instead, so a table of sources costs nothing to compile.
#ifndef CARTEGRISE_DETAIL_STATIC_TEXT_HPP
#define CARTEGRISE_DETAIL_STATIC_TEXT_HPP

#include <cstddef>
#include <string_view>

#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace detail {

class static_text {
public:
    constexpr static_text() noexcept = default;
    template <std::size_t N>
    constexpr static_text(const char (&literal)[N]) noexcept : p_{literal}, n_{N - 1} {}  // NOLINT: from a literal

    [[nodiscard]] constexpr std::string_view view() const noexcept { return std::string_view{p_, n_}; }
    constexpr operator std::string_view() const noexcept { return view(); }  // NOLINT: reads as a string_view
    [[nodiscard]] constexpr bool empty() const noexcept { return n_ == 0; }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return n_; }

    // One comparison for every pairing (two texts, a text and a string_view or a literal), found by
    // argument-dependent look-up only: with a mixed pair alone, C++20 finds it both ways round and clang
    // calls text == text ambiguous; with a same-type pair beside it, text == "literal" is ambiguous.
    friend constexpr bool operator==(std::string_view a, std::string_view b) noexcept { return a == b; }
    friend constexpr bool operator!=(std::string_view a, std::string_view b) noexcept { return !(a == b); }

private:
    const char* p_ = "";
    std::size_t n_ = 0;
};

}  // namespace detail
CARTEGRISE_END_NAMESPACE

#endif
