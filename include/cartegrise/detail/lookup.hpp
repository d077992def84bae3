// Look-ups shared by the dated tables — the row of a dense key, the row in force on a date — and the
// invariants the test suite checks on every table (tests/static/data_static.cpp).
#ifndef CARTEGRISE_DETAIL_LOOKUP_HPP
#define CARTEGRISE_DETAIL_LOOKUP_HPP

#include <cstddef>

#include "../date.hpp"

namespace cartegrise::detail {

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

}  // namespace cartegrise::detail

#endif
