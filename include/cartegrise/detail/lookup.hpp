// Look-ups shared by the tables — the row of a dense key, the row in force on a date — and the
// invariants each table static_asserts right under its rows.
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

// The one look-up of every dated table. A table's rows carry `since` (the first day they are in force);
// a keyed table's rows also carry `key` (a dense enum or a small integer) and are sorted by key, then by
// date, which each table static_asserts right under its rows (dated_rows_ok below).

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

template <auto& Rows>
using row_of_t = std::remove_reference_t<decltype(Rows[0])>;

struct any_row {
    template <class Row>
    constexpr bool operator()(const Row&) const noexcept { return true; }
};

// The newest row of [first, last) in force on `d` that `match` accepts, or nullptr: walked from the
// newest, which is what most quotes ask (rows of one key in date order).
template <class Row, class Match>
constexpr const Row* newest_in_force(const Row* first, const Row* last, date d, Match match) noexcept {
    while (last != first) {
        --last;
        if (!(d < last->since) && match(*last)) return last;
    }
    return nullptr;
}

// The row of `key` in force on `d` (the last of its rows starting on or before `d`), or nullptr; with
// `match`, the last such row `match` accepts (a second key within the first: a deadline's kind, a
// document). The key's rows are found by their offsets.
template <auto& Rows, std::size_t KeyCount, class Key, class Match = any_row>
constexpr auto in_force(Key key, date d, Match match = {}) noexcept -> const row_of_t<Rows>* {
    const auto k = static_cast<std::size_t>(key);
    if (k >= KeyCount) return nullptr;
    const auto& off = offsets_of<Rows, KeyCount>;
    if constexpr (std::is_same_v<Match, any_row>) {
        // Indexes into the table itself: g++ then addresses the rows from the table's symbol (a few
        // instructions less per look-up than through pointers, measured on the used-car quote).
        for (std::size_t i = off[k + 1]; i-- > off[k];)
            if (!(d < Rows[i].since)) return &Rows[i];
        return nullptr;
    } else {
        return newest_in_force(Rows + off[k], Rows + off[k + 1], d, match);
    }
}

// A table without a key (one series of rows in date order): the row in force on `d`, or nullptr.
template <auto& Rows>
constexpr auto in_force(date d) noexcept -> const row_of_t<Rows>* {
    return newest_in_force(Rows + 0, Rows + size_of(Rows), d, any_row{});
}

// The rows of `key` (by their offsets): for a caller that reads all of them (the documents of a procedure).
template <class Row>
struct row_range {
    const Row* first;
    const Row* last;
    constexpr const Row* begin() const noexcept { return first; }
    constexpr const Row* end() const noexcept { return last; }
};
template <auto& Rows, std::size_t KeyCount, class Key>
constexpr auto rows_of(Key key) noexcept -> row_range<row_of_t<Rows>> {
    const auto k = static_cast<std::size_t>(key);
    if (k >= KeyCount) return {Rows + 0, Rows + 0};
    const auto& off = offsets_of<Rows, KeyCount>;
    return {Rows + off[k], Rows + off[k + 1]};
}

// ---- Invariants, static_asserted under each table: one pass over its rows --------------------------

// Sorted by (key, since) with strictly increasing dates within a key (no two rows for the same day),
// every date a calendar date, and every row accepted by `row_ok` (the table's bounds).
template <class Row, std::size_t N, class RowOk = any_row>
constexpr bool dated_rows_ok(const Row (&rows)[N], RowOk row_ok = {}) noexcept {
    for (std::size_t i = 0; i < N; ++i) {
        if (!rows[i].since.ok() || !row_ok(rows[i])) return false;
        if (i == 0) continue;
        if (rows[i].key < rows[i - 1].key) return false;
        if (rows[i].key == rows[i - 1].key && !(rows[i - 1].since < rows[i].since)) return false;
    }
    return true;
}

// A table without a key: strictly increasing dates, each a calendar date, each row accepted by `row_ok`.
template <class Row, std::size_t N, class RowOk = any_row>
constexpr bool dated_series_ok(const Row (&rows)[N], RowOk row_ok = {}) noexcept {
    for (std::size_t i = 0; i < N; ++i) {
        if (!rows[i].since.ok() || !row_ok(rows[i])) return false;
        if (i > 0 && !(rows[i - 1].since < rows[i].since)) return false;
    }
    return true;
}

// Every key in [0, KeyCount) has a row in force from `floor` (no gap from the floor date on): its
// first row starts on or before the floor. Needs the order dated_rows_ok checks.
template <auto& Rows, std::size_t KeyCount>
constexpr bool every_key_covered_from(date floor) noexcept {
    const auto& off = offsets_of<Rows, KeyCount>;
    if (off[KeyCount] != size_of(Rows)) return false;  // a key past the enumerators
    for (std::size_t k = 0; k < KeyCount; ++k)
        if (off[k] == off[k + 1] || floor < Rows[off[k]].since) return false;
    return true;
}

// A table keyed twice (a procedure's deadlines by kind, its documents by document): rows grouped by key
// in ascending order; within a key, the rows of one second key (`second_of`) in strictly increasing date
// order, so that in_force(key, d, match) finds the newest; at most `capacity` second keys per key (what
// the caller's fixed list holds); every row a calendar date and accepted by `row_ok`.
template <std::size_t SecondCount, class Row, std::size_t N, class SecondOf, class RowOk = any_row>
constexpr bool twice_keyed_rows_ok(const Row (&rows)[N], SecondOf second_of, std::size_t capacity, RowOk row_ok = {}) noexcept {
    date last[SecondCount]{};
    bool seen[SecondCount]{};
    std::size_t distinct = 0;
    for (std::size_t i = 0; i < N; ++i) {
        const Row& r = rows[i];
        if (!r.since.ok() || !row_ok(r)) return false;
        if (i == 0 || r.key != rows[i - 1].key) {
            if (i > 0 && r.key < rows[i - 1].key) return false;
            for (std::size_t s = 0; s < SecondCount; ++s) seen[s] = false;
            distinct = 0;
        }
        const auto s = static_cast<std::size_t>(second_of(r));
        if (s >= SecondCount) return false;
        if (seen[s] && !(last[s] < r.since)) return false;
        if (!seen[s] && ++distinct > capacity) return false;
        seen[s] = true;
        last[s] = r.since;
    }
    return true;
}

// Every key in [0, KeyCount) has rows (a table keyed twice, whose first row need not be the oldest).
template <auto& Rows, std::size_t KeyCount>
constexpr bool every_key_present() noexcept {
    const auto& off = offsets_of<Rows, KeyCount>;
    if (off[KeyCount] != size_of(Rows)) return false;
    for (std::size_t k = 0; k < KeyCount; ++k)
        if (off[k] == off[k + 1]) return false;
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
