// A document list and deadlines as French (default) or English text, or as JSON. Dates and amounts
// print as <cartegrise/text/format.hpp> prints them; JSON dates are ISO ("2026-06-01"), amounts integer
// cents, identifiers the stable codes ("transfer-declaration").
#ifndef CARTEGRISE_TEXT_PROCEDURES_HPP
#define CARTEGRISE_TEXT_PROCEDURES_HPP

#include <string>
#include <string_view>

#include "../procedures/deadlines.hpp"
#include "../procedures/documents.hpp"
#include "../source.hpp"
#include "format.hpp"
#include "json.hpp"
#include "labels.hpp"
#include "procedure_labels.hpp"
#include "source_json.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

namespace detail::text {
inline constexpr std::string_view duration_unit_codes[] = {"days", "months", "working_days", "calendar_year"};

// "1 mois", "15 jours", "7 jours ouvrés", "l'année civile" / "1 month", "15 days", ...
inline std::string duration_words(const deadline_duration& r, lang lg) {
    const std::string n = std::to_string(r.amount);
    const bool one = r.amount == 1;
    const bool e = lg == lang::en;
    switch (r.unit) {
        case duration_unit::days: return n + (e ? (one ? " day" : " days") : (one ? " jour" : " jours"));
        case duration_unit::months: return n + (e ? (one ? " month" : " months") : " mois");
        case duration_unit::working_days: return n + (e ? (one ? " working day" : " working days") : (one ? " jour ouvré" : " jours ouvrés"));
        case duration_unit::calendar_year: return e ? "the calendar year" : "l'année civile";
    }
    return n;
}

inline std::string fine_words(const contravention_fine& f, lang lg) {
    const std::string amounts = format_money(money::cents(f.standard_cents), lg) + " (" + format_money(money::cents(f.reduced_cents), lg);
    if (lg == lang::en)
        return "fine of class " + std::to_string(f.contravention_class) + ": " + amounts + " if paid early, " + format_money(money::cents(f.increased_cents), lg) + " if paid late)";
    return "amende de " + std::to_string(f.contravention_class) + "e classe : " + amounts + " si payée vite, " + format_money(money::cents(f.increased_cents), lg) +
           " si payée en retard)";
}
}  // namespace detail::text

// One line per document: "- label" when required, "- label — seulement si …" when the context leaves
// its condition open; the source in brackets, as an explanation's step cites it (citation — note, and
// what a weak source rests on). Headed by the procedure's label.
inline std::string documents_text(const document_list& l, lang lg = lang::fr) {
    const bool en = lg == lang::en;
    std::string out = std::string{en ? "Documents required: " : "Pièces à fournir : "} + std::string{label(l.for_procedure(), lg)} + "\n";
    for (const auto& d : l) {
        out += "- " + std::string{label(d.doc, lg)};
        if (d.conditional) out += (en ? " — only " : " — seulement ") + std::string{label(d.when, lg)};
        out += source_note(d.source, lg) + "\n";
    }
    return out;
}

// {"procedure":"used","lang":"fr","settled":false,"documents":[{"id":…,"cerfa":…|null,"label":…,
//  "condition":…,"conditional":…,"source":{"id","citation","note","evidence","dated"}}, …]}
inline std::string documents_json(const document_list& l, lang lg = lang::fr) {
    json_writer w;
    w.begin_object().key("procedure").value(to_string(l.for_procedure())).key("lang").value(to_string(lg));
    w.key("settled").value(l.settled()).key("documents").begin_array();
    for (const auto& d : l) {
        w.begin_object().key("id").value(to_string(d.doc)).key("cerfa");
        if (d.cerfa().empty()) w.null();
        else w.value(d.cerfa());
        w.key("label").value(label(d.doc, lg)).key("condition").value(to_string(d.when)).key("conditional").value(d.conditional);
        w.key("source");
        write_source_json(w, d.source, lg);
        w.end_object();
    }
    w.end_array().end_object();
    return w.str();
}

// "Demande à déposer au plus tard le 1er juin 2026 (1 mois à compter de la date de la cession, le 1er mai
// 2026 ; amende de 4e classe : 135,00 € …) [C. route, art. R.322-5 I — …]" and the fine's source in
// brackets after it — one line, no newline. An uncounted deadline says which date it needs.
inline std::string deadline_text(const deadline& d, lang lg = lang::fr) {
    namespace t = detail::text;
    const bool en = lg == lang::en;
    std::string out{label(d.kind, lg)};
    if (!d.source) return out;
    const std::string event{label(d.from, lg)};
    if (!d.counted) {
        out += en ? " … (" + t::duration_words(d.duration, lg) + " from the " + event + ", not given)"
                  : " … (" + t::duration_words(d.duration, lg) + " à compter de la " + event + ", non indiquée)";
    } else {
        out += " " + format_date(d.due, lg) + " (" + t::duration_words(d.duration, lg) + (en ? " from the " : " à compter de la ") + event +
               (en ? ", " : ", le ") + format_date(d.event, lg);
        if (d.fine) out += (en ? "; " : " ; ") + t::fine_words(*d.fine, lg);
        out += ")";
    }
    out += source_note(d.source, lg);
    if (d.fine) out += source_note(d.fine->source, lg);
    return out;
}

// {"procedure","kind","counted","event":"transfer","event_date":"2026-05-01"|null,"due":…|null,"label",
//  "duration":{"amount","unit"},"fine":{…, "source":{…}}|null,"source":{"id","citation","note","evidence","dated"}}
inline void write_deadline_json(json_writer& w, const deadline& d, lang lg) {
    const auto iso_or_null = [&](std::string_view k, date v) {
        w.key(k);
        if (d.counted) w.value(format_iso_date(v));
        else w.null();
    };
    w.begin_object().key("procedure").value(to_string(d.proc)).key("kind").value(to_string(d.kind)).key("counted").value(d.counted);
    const bool ruled = static_cast<bool>(d.source);  // false only in a default deadline
    if (ruled) w.key("event").value(to_string(d.from));
    iso_or_null("event_date", d.event);
    iso_or_null("due", d.due);
    w.key("label").value(label(d.kind, lg));
    if (ruled) {
        w.key("duration").begin_object().key("amount").value(d.duration.amount);
        w.key("unit").value(detail::code_of(detail::text::duration_unit_codes, d.duration.unit)).end_object();
    }
    w.key("fine");
    if (!d.fine) {
        w.null();
    } else {
        w.begin_object().key("class").value(d.fine->contravention_class).key("reduced_cents").value(d.fine->reduced_cents);
        w.key("standard_cents").value(d.fine->standard_cents).key("increased_cents").value(d.fine->increased_cents);
        w.key("maximum_cents").value(d.fine->maximum_cents).key("source");
        write_source_json(w, d.fine->source, lg);
        w.end_object();
    }
    w.key("source");
    write_source_json(w, d.source, lg);
    w.end_object();
}
inline std::string deadline_json(const deadline& d, lang lg = lang::fr) {
    json_writer w;
    write_deadline_json(w, d, lg);
    return w.str();
}

// Every deadline of a procedure, one line each, headed by the procedure's label.
inline std::string deadlines_text(const deadline_list& l, lang lg = lang::fr) {
    std::string out = std::string{lg == lang::en ? "Deadlines: " : "Délais : "} + std::string{label(l.for_procedure(), lg)} + "\n";
    for (const auto& d : l) out += "- " + deadline_text(d, lg) + "\n";
    return out;
}

// {"procedure":"used","lang":"fr","deadlines":[<deadline>, …]}
inline std::string deadlines_json(const deadline_list& l, lang lg = lang::fr) {
    json_writer w;
    w.begin_object().key("procedure").value(to_string(l.for_procedure())).key("lang").value(to_string(lg)).key("deadlines").begin_array();
    for (const auto& d : l) write_deadline_json(w, d, lg);
    w.end_array().end_object();
    return w.str();
}

CARTEGRISE_END_NAMESPACE

#endif
