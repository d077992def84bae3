// result<T>: a value or an error, usable in constant expressions (std::expected is C++23).
#ifndef CARTEGRISE_RESULT_HPP
#define CARTEGRISE_RESULT_HPP

#include <cstddef>
#include <cstdlib>
#include <string_view>
#include <type_traits>
#include <utility>

#include "detail/code_table.hpp"
#include "error.hpp"

#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)
#define CARTEGRISE_HAS_EXCEPTIONS 1
#include <exception>

#include "version.hpp"
#else
#define CARTEGRISE_HAS_EXCEPTIONS 0
#endif

CARTEGRISE_BEGIN_NAMESPACE

#if CARTEGRISE_HAS_EXCEPTIONS
// Thrown by result<T>::value() on an error. In a constant expression the throw is a compile error.
// what() names the error: "cartegrise: value() on an error: missing_field, vehicle.fiscal_cv
// (cv_needed_regional_tax)", written into the exception itself (no allocation).
class bad_result_access : public std::exception {
public:
    explicit bad_result_access(cartegrise::error e) noexcept : err_{e} {
        std::size_t n = 0;
        const auto put = [&](std::string_view s) {
            for (const char c : s)
                if (n + 1 < sizeof(what_)) what_[n++] = c;
        };
        put("cartegrise: value() on an error: ");
        put(to_string(e.code));
        if (e.field != request_field::none) {
            put(", ");
            put(to_string(e.field));
        }
        put(" (");
        put(to_string(e.reason));
        put(")");
        what_[n] = '\0';
    }
    [[nodiscard]] const char* what() const noexcept override { return what_; }
    [[nodiscard]] const cartegrise::error& error() const noexcept { return err_; }

private:
    cartegrise::error err_;
    char what_[128] = {};
};
#endif

namespace detail {
[[noreturn]] inline void throw_bad_result_access(const error& e) {
#if CARTEGRISE_HAS_EXCEPTIONS
    throw bad_result_access{e};
#else
    (void)e;
    std::abort();
#endif
}
}  // namespace detail

// Tag to build an error result: result<int> r = failure(error{...});
struct failure {
    error err;
    constexpr explicit failure(error e) noexcept : err{e} {}
    constexpr failure(errc code, request_field field, error_reason reason) noexcept
        : err{code, field, reason, {}} {}
};

template <class T>
class result {
    static_assert(std::is_default_constructible_v<T>, "result<T> keeps T by value: T must be default constructible");

public:
    constexpr result(const T& v) noexcept(std::is_nothrow_copy_constructible_v<T>) : value_{v}, ok_{true} {}
    constexpr result(T&& v) noexcept(std::is_nothrow_move_constructible_v<T>) : value_{std::move(v)}, ok_{true} {}
    constexpr result(failure f) noexcept : err_{f.err}, ok_{false} {}
    // A value-initialised T, built in place (the engine fills it without a copy).
    constexpr explicit result(std::in_place_t) noexcept(std::is_nothrow_default_constructible_v<T>) : value_{}, ok_{true} {}

    [[nodiscard]] constexpr bool has_value() const noexcept { return ok_; }
    constexpr explicit operator bool() const noexcept { return ok_; }

    // The value; on an error: throws bad_result_access, or aborts without exceptions.
    // In a constant expression, reaching the throw makes the program ill-formed: a compile error.
    [[nodiscard]] constexpr const T& value() const& {
        if (!ok_) detail::throw_bad_result_access(err_);
        return value_;
    }
    [[nodiscard]] constexpr T& value() & {
        if (!ok_) detail::throw_bad_result_access(err_);
        return value_;
    }
    [[nodiscard]] constexpr const T& operator*() const& noexcept { return value_; }
    [[nodiscard]] constexpr T& operator*() & noexcept { return value_; }
    [[nodiscard]] constexpr const T* operator->() const noexcept { return &value_; }
    [[nodiscard]] constexpr T* operator->() noexcept { return &value_; }
    [[nodiscard]] constexpr T value_or(const T& fallback) const {
        return ok_ ? value_ : fallback;
    }

    // Turns this result into an error in place (no temporary T): for functions that build their result
    // where it is returned.
    constexpr void set_error(const cartegrise::error& e) noexcept {
        err_ = e;
        ok_ = false;
    }

    // The error, as std::expected names it; meaningful only when !has_value() (a default error otherwise).
    [[nodiscard]] constexpr const cartegrise::error& error() const noexcept { return err_; }

    // Equal to a value when it holds that value (as std::expected).
    friend constexpr bool operator==(const result& r, const T& v) noexcept { return r.ok_ && r.value_ == v; }
#if __cplusplus < 202002L
    friend constexpr bool operator==(const T& v, const result& r) noexcept { return r == v; }
    friend constexpr bool operator!=(const result& r, const T& v) noexcept { return !(r == v); }
    friend constexpr bool operator!=(const T& v, const result& r) noexcept { return !(r == v); }
#endif

private:
    T value_{};
    cartegrise::error err_{};
    bool ok_ = false;
};

namespace detail {
// The enumerator whose code is `s` (case-insensitive; codes[i] is enumerator i's, from index `first`:
// an enum whose 0 is "none" is not parsed to it), or the refusal `code` of `field` as an unknown code.
// Every vocabulary parser is this call.
template <class Enum, std::size_t N>
constexpr result<Enum> parse_code(const std::string_view (&codes)[N], std::string_view s, errc code, request_field field,
                                  std::size_t first = 0) noexcept {
    const std::size_t i = index_of_code(codes, s);
    if (i >= first && i < N) return static_cast<Enum>(i);
    return failure{code, field, error_reason::unknown_code};
}
}  // namespace detail

CARTEGRISE_END_NAMESPACE

#endif
