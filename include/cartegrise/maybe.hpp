// maybe<T>: an optional field that is assignable in constant expressions under C++17
// (std::optional's assignment is constexpr only from C++20). T is a small trivially copyable type.
#ifndef CARTEGRISE_MAYBE_HPP
#define CARTEGRISE_MAYBE_HPP

#include <optional>
#include <type_traits>

#include "version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

template <class T>
class maybe {
    static_assert(std::is_trivially_copyable_v<T> && std::is_default_constructible_v<T>,
                  "cartegrise: maybe<T> holds small trivially copyable values");

public:
    constexpr maybe() noexcept = default;
    constexpr maybe(std::nullopt_t) noexcept {}
    constexpr maybe(T v) noexcept : value_{v}, set_{true} {}  // NOLINT: implicit, like std::optional
    constexpr maybe(const std::optional<T>& o) noexcept : value_{o.value_or(T{})}, set_{o.has_value()} {}  // NOLINT

    [[nodiscard]] constexpr bool has_value() const noexcept { return set_; }
    constexpr explicit operator bool() const noexcept { return set_; }
    // Unchecked access, as std::optional: check has_value() first (a default T otherwise).
    [[nodiscard]] constexpr const T& operator*() const noexcept { return value_; }
    [[nodiscard]] constexpr const T* operator->() const noexcept { return &value_; }
    [[nodiscard]] constexpr T value_or(T fallback) const noexcept { return set_ ? value_ : fallback; }
    constexpr void reset() noexcept { *this = maybe{}; }
    [[nodiscard]] constexpr std::optional<T> to_optional() const noexcept {
        return set_ ? std::optional<T>{value_} : std::nullopt;
    }

    // Equal when both are empty, or both hold equal values; a maybe equals a T when it holds it.
    friend constexpr bool operator==(const maybe& a, const maybe& b) noexcept {
        return a.set_ == b.set_ && (!a.set_ || a.value_ == b.value_);
    }
    friend constexpr bool operator==(const maybe& a, const T& b) noexcept { return a.set_ && a.value_ == b; }
#if __cplusplus < 202002L
    friend constexpr bool operator==(const T& a, const maybe& b) noexcept { return b == a; }
    friend constexpr bool operator!=(const maybe& a, const maybe& b) noexcept { return !(a == b); }
    friend constexpr bool operator!=(const maybe& a, const T& b) noexcept { return !(a == b); }
    friend constexpr bool operator!=(const T& a, const maybe& b) noexcept { return !(b == a); }
#endif

private:
    T value_{};
    bool set_ = false;
};

CARTEGRISE_END_NAMESPACE

#endif
