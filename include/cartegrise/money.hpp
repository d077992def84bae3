// money: an exact amount in euro cents. Never floating point.
#ifndef CARTEGRISE_MONEY_HPP
#define CARTEGRISE_MONEY_HPP

#include <cstdint>
#include <type_traits>

#include "version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

class money {
public:
    constexpr money() noexcept = default;

    // Named factories: the unit is always spelled out at the call site.
    static constexpr money cents(std::int64_t c) noexcept { return money{c}; }
    static constexpr money euros(std::int64_t e) noexcept { return money{e * 100}; }
    static constexpr money zero() noexcept { return money{}; }

    // Lossy sources are forbidden: a fee is never built from a double (compile error, tested).
    template <class F, std::enable_if_t<std::is_floating_point_v<F>, int> = 0>
    static money cents(F) {
        static_assert(sizeof(F) == 0, "cartegrise: money cannot be built from floating point; use integer cents");
        return money{};
    }
    template <class F, std::enable_if_t<std::is_floating_point_v<F>, int> = 0>
    static money euros(F) {
        static_assert(sizeof(F) == 0, "cartegrise: money cannot be built from floating point; use integer cents");
        return money{};
    }

    [[nodiscard]] constexpr std::int64_t in_cents() const noexcept { return cents_; }
    // Whole euros, truncated toward zero, and the cents left over (for printing).
    [[nodiscard]] constexpr std::int64_t whole_euros() const noexcept { return cents_ / 100; }
    [[nodiscard]] constexpr std::int64_t cents_part() const noexcept { return cents_ % 100; }

    constexpr money& operator+=(money o) noexcept { cents_ += o.cents_; return *this; }
    constexpr money& operator-=(money o) noexcept { cents_ -= o.cents_; return *this; }
    friend constexpr money operator+(money a, money b) noexcept { return money{a.cents_ + b.cents_}; }
    friend constexpr money operator-(money a, money b) noexcept { return money{a.cents_ - b.cents_}; }
    friend constexpr money operator-(money a) noexcept { return money{-a.cents_}; }
    friend constexpr money operator*(money a, std::int64_t k) noexcept { return money{a.cents_ * k}; }
    friend constexpr money operator*(std::int64_t k, money a) noexcept { return money{a.cents_ * k}; }
    template <class F, std::enable_if_t<std::is_floating_point_v<F>, int> = 0>
    friend money operator*(money, F) {
        static_assert(sizeof(F) == 0, "cartegrise: money cannot be scaled by floating point; use ratio()");
        return money{};
    }

    friend constexpr bool operator==(money a, money b) noexcept { return a.cents_ == b.cents_; }
    friend constexpr bool operator!=(money a, money b) noexcept { return a.cents_ != b.cents_; }
    friend constexpr bool operator<(money a, money b) noexcept { return a.cents_ < b.cents_; }
    friend constexpr bool operator<=(money a, money b) noexcept { return a.cents_ <= b.cents_; }
    friend constexpr bool operator>(money a, money b) noexcept { return a.cents_ > b.cents_; }
    friend constexpr bool operator>=(money a, money b) noexcept { return a.cents_ >= b.cents_; }

private:
    explicit constexpr money(std::int64_t c) noexcept : cents_{c} {}
    std::int64_t cents_ = 0;
};

// Integer division rounding half away from zero. den > 0.
namespace detail {
constexpr std::int64_t div_round_half_away(std::int64_t num, std::int64_t den) noexcept {
    const std::int64_t q = num / den;
    const std::int64_t r = num % den;
    if (2 * (r < 0 ? -r : r) >= den) return num < 0 ? q - 1 : q + 1;
    return q;
}
}  // namespace detail

// a × num / den, one division, rounded to the cent half away from zero.
// Percentages are integer ratios: percent_of(m, 50, 100), ratio(m, 1, 2).
constexpr money ratio(money m, std::int64_t num, std::int64_t den) noexcept {
    if (num == den) return m;  // the common case (a whole coefficient) costs no division
    return money::cents(detail::div_round_half_away(m.in_cents() * num, den));
}
constexpr money percent_of(money m, std::int64_t percent) noexcept { return ratio(m, percent, 100); }

// Rounding to the nearest euro. Tie rule: half away from zero — "la moitié étant comptée pour une
// unité" (CIBS L.131-2; CGI 1724 before 2022). 12,49 € → 12 €; 12,50 € → 13 €; 12,51 € → 13 €.
constexpr money round_to_euro(money m) noexcept {
    return money::euros(detail::div_round_half_away(m.in_cents(), 100));
}

CARTEGRISE_END_NAMESPACE

#endif
