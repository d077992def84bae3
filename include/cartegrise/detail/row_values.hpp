// What a table row writes where a magic number used to stand: `exempt` (the whole tax waived, not an
// amount), `no_condition` (no bound to meet, not a bound of 0) and `no_fine` (no contravention class),
// with the small types that hold either the number or the tag.
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

struct no_fine_t {
    explicit constexpr no_fine_t() noexcept = default;
};
inline constexpr no_fine_t no_fine{};

// A number a row writes, or in its place a tag that says why there is none.
template <class T, class Tag>
class value_or_tag {
public:
    constexpr value_or_tag(T value) noexcept : value_{value}, set_{true} {}  // NOLINT: a row writes the number
    constexpr value_or_tag(Tag) noexcept {}                                  // NOLINT: a row writes the tag

    [[nodiscard]] constexpr bool has_value() const noexcept { return set_; }
    // The number; T{} under the tag.
    [[nodiscard]] constexpr T value() const noexcept { return value_; }

private:
    T value_{};
    bool set_ = false;
};

// An amount, or `exempt`.
template <class T>
class amount_or_exempt : public value_or_tag<T, exempt_t> {
public:
    using value_or_tag<T, exempt_t>::value_or_tag;
    [[nodiscard]] constexpr bool is_exempt() const noexcept { return !this->has_value(); }
    // The amount; T{} when exempt.
    [[nodiscard]] constexpr T amount() const noexcept { return this->value(); }
};

// A strict lower bound a value must exceed ("more than 30 kW"), or `no_condition`.
template <class T>
class bound_above : public value_or_tag<T, no_condition_t> {
public:
    using value_or_tag<T, no_condition_t>::value_or_tag;
    [[nodiscard]] constexpr bool is_condition() const noexcept { return this->has_value(); }
    // The bound; T{} without a condition.
    [[nodiscard]] constexpr T above() const noexcept { return this->value(); }
    [[nodiscard]] constexpr bool met_by(T v) const noexcept { return !this->has_value() || this->value() < v; }
};

}  // namespace detail
CARTEGRISE_END_NAMESPACE

#endif
