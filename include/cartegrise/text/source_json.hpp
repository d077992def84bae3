// A source as the text wing writes it, read through the public source_ref: its note in the reader's
// language, the bracket a sentence ends with, and the JSON object every writer prints for it (the steps
// of a quote, the fiscal power, the documents and deadlines of a procedure). Small on purpose: the
// documents' and deadlines' text includes it without the sentences of every step (explain.hpp).
#ifndef CARTEGRISE_TEXT_SOURCE_JSON_HPP
#define CARTEGRISE_TEXT_SOURCE_JSON_HPP

#include <string>
#include <string_view>

#include "../source.hpp"
#include "format.hpp"
#include "json.hpp"
#include "labels.hpp"
#include "lang.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

// The note of a source in the language asked: a French explanation carries no English prose, an
// English one no French beyond the citation, which is quoted as written.
constexpr std::string_view source_note_text(const source& s, lang lg) noexcept { return lg == lang::en ? s.note_en : s.note_fr; }

// " [CIBS, art. L.421-45 — tarif réduit de moitié à dix ans]", with what a weak source rests on
// ("; repose sur une seule source"), or "" for no source.
inline std::string source_note(source_ref ref, lang lg) {
    if (!ref) return {};
    const source& s = *ref;
    std::string out = " [" + std::string{s.citation};
    const std::string_view note = source_note_text(s, lg);
    if (!note.empty()) out += " — " + std::string{note};
    if (is_weak(s.basis)) out += (lg == lang::en ? "; " : " ; ") + std::string{label(s.basis, lg)};
    return out + "]";
}

// A source: {"id", "citation", "note", "evidence", "dated"} (the note in the language asked), or null.
inline void write_source_json(json_writer& w, source_ref ref, lang lg) {
    if (!ref) {
        w.null();
        return;
    }
    const source& src = *ref;
    w.begin_object().key("id").value(src.key).key("citation").value(src.citation).key("note").value(source_note_text(src, lg));
    w.key("evidence").value(to_string(src.basis)).key("dated").value(format_iso_date(src.dated)).end_object();
}

CARTEGRISE_END_NAMESPACE

#endif
