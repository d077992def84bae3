// An unsigned integer of 256 bits, for the few exact comparisons that overflow 64 bits: the fiscal power
// formula compares powers with a fractional exponent, (P/40)^1.6 >= t, as P^8 * 90^5 >= 40^8 * T^5 in
// whole numbers (see rules/fiscal_power.hpp). Only what that needs: products by small factors and
// comparison. Portable (no __int128: the Cortex-M3 build has none) and usable in constant expressions.
#ifndef CARTEGRISE_DETAIL_WIDE_UINT_HPP
#define CARTEGRISE_DETAIL_WIDE_UINT_HPP

#include <cstddef>
#include <cstdint>

#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace detail {

class wide_uint {
public:
    static constexpr std::size_t limbs = 8;  // 8 x 32 bits

    constexpr explicit wide_uint(std::uint32_t v = 0) noexcept : limb_{v} {}

    // *this * f; `overflowed()` tells whether a product ever went past 256 bits.
    constexpr wide_uint& operator*=(std::uint32_t f) noexcept {
        std::uint64_t carry = 0;
        for (std::size_t i = 0; i < limbs; ++i) {
            const std::uint64_t p = std::uint64_t{limb_[i]} * f + carry;
            limb_[i] = static_cast<std::uint32_t>(p);
            carry = p >> 32;
        }
        if (carry != 0) overflow_ = true;
        return *this;
    }
    // *this * f^n.
    constexpr wide_uint& multiply_by_power(std::uint32_t f, int n) noexcept {
        for (int i = 0; i < n; ++i) *this *= f;
        return *this;
    }
    [[nodiscard]] constexpr bool overflowed() const noexcept { return overflow_; }

    friend constexpr bool operator<(const wide_uint& a, const wide_uint& b) noexcept {
        for (std::size_t i = limbs; i-- > 0;)
            if (a.limb_[i] != b.limb_[i]) return a.limb_[i] < b.limb_[i];
        return false;
    }
    friend constexpr bool operator>=(const wide_uint& a, const wide_uint& b) noexcept { return !(a < b); }
    friend constexpr bool operator==(const wide_uint& a, const wide_uint& b) noexcept {
        for (std::size_t i = 0; i < limbs; ++i)
            if (a.limb_[i] != b.limb_[i]) return false;
        return true;
    }
    friend constexpr bool operator!=(const wide_uint& a, const wide_uint& b) noexcept { return !(a == b); }

private:
    std::uint32_t limb_[limbs]{};
    bool overflow_ = false;
};

// base^n as a wide_uint.
constexpr wide_uint wide_power(std::uint32_t base, int n) noexcept { return wide_uint{1}.multiply_by_power(base, n); }

}  // namespace detail
CARTEGRISE_END_NAMESPACE

#endif
