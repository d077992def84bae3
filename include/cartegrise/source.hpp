// What a figure rests on: a source, its stable key, the legal citation as written (in French, as the law
// or the deliberation writes it), a short note in French and one in English, the date of its text and the
// evidence. Sources are named constants beside the table that rests on them (data::src), or inside the
// row itself for a regional vote (data/regional_rates.hpp); tables, rules and explanation steps hold a
// source_ref, a pointer to one of them, so inserting a source moves nothing and the key the JSON prints
// never changes. The list of every source is derived from the tables (<cartegrise/sources.hpp>).
#ifndef CARTEGRISE_SOURCE_HPP
#define CARTEGRISE_SOURCE_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "date.hpp"
#include "detail/static_text.hpp"
#include "version.hpp"

// CARTEGRISE_SOURCE_TEXT 0 keeps of each source its evidence and date only, so that a program that prints
// nothing (the Cortex-M3 firmware, examples/embedded) links none of the sources' text: the tables point at
// their sources, so with the text each row would bring some 150 bytes of prose into flash
// (docs/performance.md). It changes the layout of `source`: define it alike for the whole program.
#ifndef CARTEGRISE_SOURCE_TEXT
#define CARTEGRISE_SOURCE_TEXT 1
#endif

CARTEGRISE_BEGIN_NAMESPACE

// What a figure rests on, strongest first.
enum class evidence : std::uint8_t {
    law,            // the text of the law (CIBS, finance law, arrêté), read
    official,       // an official page, the official simulator or its data, BOFiP, a deliberation
    press,          // two or more agreeing secondary sources
    single_source,  // one secondary source only
    derived,        // computed by the project from other figures (never presented as law)
};

// True when a figure rests on less than the law's text or an official page.
constexpr bool is_weak(evidence e) noexcept { return e == evidence::press || e == evidence::single_source || e == evidence::derived; }

constexpr std::string_view to_string(evidence e) noexcept {
    constexpr std::string_view names[] = {"law", "official", "press", "single_source", "derived"};
    const auto i = static_cast<std::size_t>(e);
    return i < 5 ? names[i] : std::string_view{"?"};
}

namespace detail {
#if CARTEGRISE_SOURCE_TEXT
// static_text rather than std::string_view: the length is read off the literal's type, so a table of
// sources costs nothing to evaluate at compile time (detail/static_text.hpp).
using source_text = static_text;
#else
// Built from the same literal, keeps nothing of it: the literal is never emitted.
class source_text {
public:
    constexpr source_text() noexcept = default;
    template <std::size_t N>
    constexpr source_text(const char (&)[N]) noexcept {}  // NOLINT: from a literal, dropped
    [[nodiscard]] constexpr std::string_view view() const noexcept { return {}; }
    constexpr operator std::string_view() const noexcept { return {}; }  // NOLINT: reads as a string_view
    [[nodiscard]] constexpr bool empty() const noexcept { return true; }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return 0; }
};
#endif
}  // namespace detail

// One source.
struct source {
    detail::source_text key;       // stable identifier ("hdf_2026_04"): JSON, docs/data-sources.md
    evidence basis;
    date dated;                    // the date of the text (its date of effect when that is not known)
    detail::source_text citation;  // as written, in French: "CIBS, art. L.421-45"
    detail::source_text note_fr;   // what the row rests on, in French
    detail::source_text note_en;   // the same, in English
};

// A handle on a source: empty (no source, for a step that reads no table) or a pointer to a source with
// static storage. Equal when it names the same source. Built from a named source, never a temporary.
class source_ref {
public:
    constexpr source_ref() noexcept = default;
    constexpr source_ref(const source& s) noexcept : p_{&s} {}  // NOLINT: a table names a source as it is
    source_ref(const source&&) = delete;

    [[nodiscard]] constexpr explicit operator bool() const noexcept { return p_ != nullptr; }
    [[nodiscard]] constexpr const source& operator*() const noexcept { return *p_; }
    [[nodiscard]] constexpr const source* operator->() const noexcept { return p_; }
    [[nodiscard]] constexpr const source* get() const noexcept { return p_; }

    friend constexpr bool operator==(source_ref a, source_ref b) noexcept { return a.p_ == b.p_; }
    friend constexpr bool operator!=(source_ref a, source_ref b) noexcept { return a.p_ != b.p_; }

private:
    const source* p_ = nullptr;
};

CARTEGRISE_END_NAMESPACE

#endif
