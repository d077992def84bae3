// What a table row writes where a magic number used to stand: `exempt` (the whole tax waived, not an
// amount) and `no_condition` (no bound to meet, not a bound of 0), with the two small types that hold
// either an amount or the tag.
#ifndef CARTEGRISE_DETAIL_ROW_VALUES_HPP
#define CARTEGRISE_DETAIL_ROW_VALUES_HPP

#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace detail {

struct exempt_t {
    explicit constexpr exempt_t() noexcept = default;
};
inline constexpr exempt_t exempt{};

struct no_condition_t {
    explicit constexpr no_condition_t() noexcept = default;
};
inline constexpr no_condition_t no_condition{};

// An amount, or `exempt`.
template <class T>
class amount_or_exempt {
public:
    constexpr amount_or_exempt(T amount) noexcept : amount_{amount} {}  // NOLINT: a row writes the number
    constexpr amount_or_exempt(exempt_t) noexcept : exempt_{true} {}    // NOLINT: a row writes `exempt`

    [[nodiscard]] constexpr bool is_exempt() const noexcept { return exempt_; }
    // The amount; T{} when exempt.
    [[nodiscard]] constexpr T amount() const noexcept { return amount_; }

private:
    T amount_{};
    bool exempt_ = false;
};

// A strict lower bound a value must exceed ("more than 30 kW"), or `no_condition`.
template <class T>
class bound_above {
public:
    constexpr bound_above(T above) noexcept : above_{above}, set_{true} {}  // NOLINT: a row writes the number
    constexpr bound_above(no_condition_t) noexcept {}                       // NOLINT: a row writes `no_condition`

    [[nodiscard]] constexpr bool is_condition() const noexcept { return set_; }
    // The bound; T{} without a condition.
    [[nodiscard]] constexpr T above() const noexcept { return above_; }
    [[nodiscard]] constexpr bool met_by(T value) const noexcept { return !set_ || above_ < value; }

private:
    T above_{};
    bool set_ = false;
};

}  // namespace detail
CARTEGRISE_END_NAMESPACE

#endif
