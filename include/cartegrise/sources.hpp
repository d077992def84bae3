// What a step's source_id names: the row of the sources table (its text, date and evidence), how many
// sources there are, and whether a figure rests on less than the law or an official page. The public
// way to a source, for the text wing, the CLI and callers; the table itself is data/sources.hpp.
#ifndef CARTEGRISE_SOURCES_HPP
#define CARTEGRISE_SOURCES_HPP

#include <cstddef>
#include <string_view>

#include "data/sources.hpp"
#include "detail/lookup.hpp"
#include "version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

inline constexpr std::size_t source_count = sizeof(data::sources) / sizeof(data::sources[0]);

// The row of a source: its text, date and evidence.
constexpr const source_row& source_of(source_id id) noexcept { return detail::row_of(data::sources, id); }

// True when a figure rests on less than the law's text or an official page.
constexpr bool is_weak(evidence e) noexcept { return e == evidence::press || e == evidence::single_source || e == evidence::derived; }

constexpr std::string_view to_string(evidence e) noexcept {
    constexpr std::string_view names[] = {"law", "official", "press", "single_source", "derived"};
    const auto i = static_cast<std::size_t>(e);
    return i < 5 ? names[i] : std::string_view{"?"};
}

CARTEGRISE_END_NAMESPACE

#endif
