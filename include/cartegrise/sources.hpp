// Every source the library rests on, derived from the tables and the rules that name them (no second
// list to keep): for_each_source() calls f once per source, the rule sources first, then the tables in
// the order of data::for_each_dated_table, then the procedures' tables (documents, deadlines, fines),
// each source at its first mention. The text wing, the CLI and docs/data-sources.md (its list of weak
// sources, checked by a test) read it; one source is source.hpp.
#ifndef CARTEGRISE_SOURCES_HPP
#define CARTEGRISE_SOURCES_HPP

#include <cstddef>
#include <string_view>
#include <type_traits>

#include "data/change_dates.hpp"
#include "data/procedure_deadlines.hpp"
#include "data/procedure_documents.hpp"
#include "data/rule_sources.hpp"
#include "source.hpp"
#include "version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

namespace detail {
// Calls f(ref) for every mention of a source: the rules', then every row of every dated table, then
// every row of the procedures' tables (they date no fee, so for_each_dated_table does not list them).
template <class F>
constexpr void for_each_source_mention(F& f) {
    for (const source* s : data::src::rule_sources) f(source_ref{*s});
    const auto rows = [&f](const auto& table) {
        for (const auto& row : table) f(source_ref{row.source});
    };
    data::for_each_dated_table(rows);
    rows(data::procedure_documents);
    rows(data::procedure_deadlines);
    rows(data::fines);
}

template <class F>
struct first_mention {
    F* f;
    source_ref seen[512]{};
    std::size_t count = 0;
    constexpr void operator()(source_ref s) {
        for (std::size_t i = 0; i < count; ++i)
            if (seen[i] == s) return;
        if (count < 512) seen[count++] = s;
        (*f)(*s);
    }
};
}  // namespace detail

// Calls f(const source&) once for each source of the library.
template <class F>
constexpr void for_each_source(F&& f) {
    detail::first_mention<std::remove_reference_t<F>> once{&f};
    detail::for_each_source_mention(once);
}

// The source of a key ("hdf_2026_04"), empty when no table or rule names it.
constexpr source_ref find_source(std::string_view key) noexcept {
    source_ref found;
    for_each_source([&](const source& s) {
        if (!found && s.key.view() == key) found = s;
    });
    return found;
}

// How many sources the library has.
constexpr std::size_t source_count() noexcept {
    std::size_t n = 0;
    for_each_source([&n](const source&) { ++n; });
    return n;
}

CARTEGRISE_END_NAMESPACE

#endif
