// Look-ups shared by the dated tables — the row of a dense key, the row in force on a date — and the
// invariants the test suite checks on every table (tests/static/data_static.cpp).
#ifndef CARTEGRISE_DETAIL_LOOKUP_HPP
#define CARTEGRISE_DETAIL_LOOKUP_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <type_traits>

#include "../date.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace detail {

template <class Row, std::size_t N>
constexpr std::size_t size_of(const Row (&)[N]) noexcept { return N; }

// The row of a dense enum key (rows in enumerator order); a value past the table reads row 0, so a
// cast-in byte never reads out of bounds.
template <class Row, std::size_t N, class Enum>
constexpr const Row& row_of(const Row (&rows)[N], Enum key) noexcept {
    const auto i = static_cast<std::size_t>(key);
    return rows[i < N ? i : 0];
}

// Rows of one key sorted by start date, keys grouped in ascending order: the row in force on `d`
// is the last row of that key starting on or before `d` (nullptr if none). A binary search finds the
// key's first row, then a walk over that key's few rows: O(log N) instead of reading every row of
// every key (the order is what each table static_asserts with sorted_by_key_then_date).
template <class Row, std::size_t N, class Key>
constexpr const Row* find_in_force(const Row (&rows)[N], Key key, date d) noexcept {
    std::size_t first = 0;
    for (std::size_t count = N; count > 0;) {
        const std::size_t half = count / 2;
        if (rows[first + half].key < key) {
            first += half + 1;
            count -= half + 1;
        } else {
            count = half;
        }
    }
    const Row* found = nullptr;
    for (; first < N && rows[first].key == key && !(d < rows[first].since); ++first) found = &rows[first];
    return found;
}

// The rows of each key of a table sorted by key then date: offsets[k] is the first row of key k,
// offsets[key_count] the size of the table. Computed once, at compile time, per table.
template <std::size_t KeyCount, class Row, std::size_t N>
constexpr std::array<std::uint16_t, KeyCount + 1> key_offsets(const Row (&rows)[N]) noexcept {
    static_assert(N < 65536, "cartegrise: a dated table holds fewer than 65 536 rows");
    std::array<std::uint16_t, KeyCount + 1> off{};
    std::size_t row = 0;
    for (std::size_t k = 0; k <= KeyCount; ++k) {
        while (row < N && static_cast<std::size_t>(rows[row].key) < k) ++row;
        off[k] = static_cast<std::uint16_t>(row);
    }
    return off;
}
template <auto& Rows, std::size_t KeyCount>
inline constexpr auto offsets_of = key_offsets<KeyCount>(Rows);

// The row of `key` in force on `d` (the last of its rows starting on or before `d`), or nullptr: the
// key's rows found by their offsets, then walked from the newest, which is what most quotes ask.
template <auto& Rows, std::size_t KeyCount, class Key>
constexpr auto in_force(Key key, date d) noexcept -> const std::remove_reference_t<decltype(Rows[0])>* {
    const auto k = static_cast<std::size_t>(key);
    if (k >= KeyCount) return nullptr;
    const auto& off = offsets_of<Rows, KeyCount>;
    for (std::size_t i = off[k + 1]; i-- > off[k];)
        if (!(d < Rows[i].since)) return &Rows[i];
    return nullptr;
}

// Sorted by (key, since), strictly increasing dates within a key: no two rows for the same day.
template <class Row, std::size_t N>
constexpr bool sorted_by_key_then_date(const Row (&rows)[N]) noexcept {
    for (std::size_t i = 1; i < N; ++i) {
        if (rows[i].key < rows[i - 1].key) return false;
        if (rows[i].key == rows[i - 1].key && !(rows[i - 1].since < rows[i].since)) return false;
    }
    return true;
}

// Every key in [0, key_count) has a row in force from `floor` (no gap from the floor date on).
template <class Key, class Row, std::size_t N>
constexpr bool every_key_covered_from(const Row (&rows)[N], std::size_t key_count, date floor) noexcept {
    for (std::size_t k = 0; k < key_count; ++k)
        if (find_in_force(rows, static_cast<Key>(k), floor) == nullptr) return false;
    return true;
}

// The latest start date among the rows (the table's vintage).
template <class Row, std::size_t N>
constexpr date latest_since(const Row (&rows)[N]) noexcept {
    date latest = rows[0].since;
    for (std::size_t i = 1; i < N; ++i)
        if (latest < rows[i].since) latest = rows[i].since;
    return latest;
}

}  // namespace detail
CARTEGRISE_END_NAMESPACE

#endif
