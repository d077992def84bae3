// render_documents: a document list and deadlines as French (default) or English text, or as JSON.
// Outside the constexpr core: it allocates (std::string) and is not pulled by <cartegrise/cartegrise.hpp>.
// Dates and amounts print as <cartegrise/render.hpp> prints them; JSON dates are ISO ("2026-06-01"),
// JSON amounts are integer cents, identifiers are the stable CLI names ("transfer-declaration").
#ifndef CARTEGRISE_RENDER_DOCUMENTS_HPP
#define CARTEGRISE_RENDER_DOCUMENTS_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "deadlines.hpp"
#include "documents.hpp"
#include "money.hpp"
#include "procedure.hpp"
#include "render.hpp"

namespace cartegrise {

namespace detail::render_documents {

// A JSON string literal: quotes, backslash and control characters escaped; UTF-8 passes through.
inline std::string json_string(std::string_view s) {
    constexpr char hex[] = "0123456789abcdef";
    std::string out = "\"";
    for (const char ch : s) {
        const auto u = static_cast<unsigned char>(ch);
        switch (ch) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (u < 0x20) {
                    out += "\\u00";
                    out += hex[u >> 4];
                    out += hex[u & 0x0f];
                } else {
                    out += ch;
                }
        }
    }
    out += '"';
    return out;
}

inline std::string_view unit_name(duration_unit u) {
    switch (u) {
        case duration_unit::days: return "days";
        case duration_unit::months: return "months";
        case duration_unit::working_days: return "working_days";
        case duration_unit::calendar_year: return "calendar_year";
    }
    return "?";
}

// "1 mois", "15 jours", "7 jours ouvrés", "l'année civile" / "1 month", "15 days", ...
inline std::string duration_words(const data::deadline_row& r, lang lg) {
    const std::string n = std::to_string(r.amount);
    const bool one = r.amount == 1;
    const bool en = lg == lang::en;
    switch (r.unit) {
        case duration_unit::days: return n + (en ? (one ? " day" : " days") : (one ? " jour" : " jours"));
        case duration_unit::months: return n + (en ? (one ? " month" : " months") : " mois");
        case duration_unit::working_days:
            return n + (en ? (one ? " working day" : " working days") : (one ? " jour ouvré" : " jours ouvrés"));
        case duration_unit::calendar_year: return en ? "the calendar year" : "l'année civile";
    }
    return n;
}

inline std::string fine_words(const data::fine_row& f, lang lg) {
    if (lg == lang::en)
        return "fine of class " + std::to_string(f.key) + ": " + format_money(money::cents(f.standard_cents), lg) +
               " (" + format_money(money::cents(f.reduced_cents), lg) + " if paid early, " +
               format_money(money::cents(f.increased_cents), lg) + " if paid late)";
    return "amende de " + std::to_string(f.key) + "e classe : " + format_money(money::cents(f.standard_cents), lg) +
           " (" + format_money(money::cents(f.reduced_cents), lg) + " si payée vite, " +
           format_money(money::cents(f.increased_cents), lg) + " si payée en retard)";
}

}  // namespace detail::render_documents

// One line per document: "- label" when required, "- label — seulement si …" when the context leaves
// its condition open; the source in brackets. Headed by the procedure's label.
inline std::string documents_text(const document_list& l, lang lg = lang::fr) {
    const bool en = lg == lang::en;
    std::string out = en ? "Documents required: " : "Pièces à fournir : ";
    out += en ? label_en(l.for_procedure()) : label_fr(l.for_procedure());
    out += '\n';
    for (const auto& d : l) {
        out += "- ";
        out += en ? d.label_en() : d.label_fr();
        if (d.conditional) {
            const auto& c = data::info(d.when);
            out += en ? " — only " : " — seulement ";
            out += en ? c.label_en : c.label_fr;
        }
        out += " [";
        out += d.source;
        out += "]\n";
    }
    return out;
}

// {"procedure":"used","settled":false,"documents":[{"id":…,"cerfa":…|null,"label":…,"condition":…,
//  "conditional":…,"source":…}, …]}
inline std::string documents_json(const document_list& l, lang lg = lang::fr) {
    namespace rd = detail::render_documents;
    std::string out = "{\"procedure\":" + rd::json_string(to_string(l.for_procedure()));
    out += ",\"lang\":" + rd::json_string(to_string(lg));
    out += std::string{",\"settled\":"} + (l.settled() ? "true" : "false");
    out += ",\"documents\":[";
    bool first = true;
    for (const auto& d : l) {
        if (!first) out += ',';
        first = false;
        out += "{\"id\":" + rd::json_string(to_string(d.doc));
        out += ",\"cerfa\":" + (d.cerfa().empty() ? std::string{"null"} : rd::json_string(d.cerfa()));
        out += ",\"label\":" + rd::json_string(lg == lang::en ? d.label_en() : d.label_fr());
        out += ",\"condition\":" + rd::json_string(to_string(d.when));
        out += std::string{",\"conditional\":"} + (d.conditional ? "true" : "false");
        out += ",\"source\":" + rd::json_string(d.source) + "}";
    }
    out += "]}";
    return out;
}

// "Demande à déposer au plus tard le 1er juin 2026 (1 mois à compter de la date de la cession, le 1er mai 2026 ; amende
// de 4e classe : 135,00 € …) [source]" — one line, no newline.
inline std::string deadline_text(const deadline& d, lang lg = lang::fr) {
    namespace rd = detail::render_documents;
    const bool en = lg == lang::en;
    const auto& k = data::info(d.kind);
    std::string out{en ? k.label_en : k.label_fr};
    out += ' ';
    out += format_date(d.due, lg);
    if (d.rule != nullptr) {
        const auto& ev = data::info(d.rule->from);
        out += " (";
        out += rd::duration_words(*d.rule, lg);
        out += en ? " from the " : " à compter de la ";
        out += en ? ev.label_en : ev.label_fr;
        out += en ? ", " : ", le ";
        out += format_date(d.event, lg);
        if (d.fine != nullptr) {
            out += en ? "; " : " ; ";
            out += rd::fine_words(*d.fine, lg);
        }
        out += ") [";
        out += d.rule->source;
        if (d.fine != nullptr) {
            out += "; ";
            out += d.fine->source;
        }
        out += ']';
    }
    return out;
}

// {"procedure":"used","kind":"registration","event_date":"2026-05-01","due":"2026-06-01",
//  "duration":{"amount":1,"unit":"months"},"from":"transfer","label":…,"fine":{…}|null,"source":…}
inline std::string deadline_json(const deadline& d, lang lg = lang::fr) {
    namespace rd = detail::render_documents;
    const auto& k = data::info(d.kind);
    std::string out = "{\"procedure\":" + rd::json_string(to_string(d.proc));
    out += ",\"kind\":" + rd::json_string(to_string(d.kind));
    out += ",\"event_date\":" + rd::json_string(format_iso_date(d.event));
    out += ",\"due\":" + rd::json_string(format_iso_date(d.due));
    out += ",\"label\":" + rd::json_string(lg == lang::en ? k.label_en : k.label_fr);
    if (d.rule != nullptr) {
        out += ",\"duration\":{\"amount\":" + std::to_string(d.rule->amount) +
               ",\"unit\":" + rd::json_string(rd::unit_name(d.rule->unit)) + "}";
        out += ",\"from\":" + rd::json_string(to_string(d.rule->from));
    }
    if (d.fine != nullptr) {
        out += ",\"fine\":{\"class\":" + std::to_string(d.fine->key) +
               ",\"reduced_cents\":" + std::to_string(d.fine->reduced_cents) +
               ",\"standard_cents\":" + std::to_string(d.fine->standard_cents) +
               ",\"increased_cents\":" + std::to_string(d.fine->increased_cents) +
               ",\"maximum_cents\":" + std::to_string(d.fine->maximum_cents) +
               ",\"source\":" + rd::json_string(d.fine->source) + "}";
    } else {
        out += ",\"fine\":null";
    }
    out += ",\"source\":" + rd::json_string(d.rule != nullptr ? d.rule->source : std::string_view{});
    out += '}';
    return out;
}

// Every deadline of a procedure, one line each, headed by the procedure's label.
inline std::string deadlines_text(const deadline_list& l, lang lg = lang::fr) {
    const bool en = lg == lang::en;
    std::string out = en ? "Deadlines: " : "Délais : ";
    out += en ? label_en(l.for_procedure()) : label_fr(l.for_procedure());
    out += '\n';
    for (const auto& d : l) out += "- " + deadline_text(d, lg) + "\n";
    return out;
}

// {"procedure":"used","deadlines":[<deadline_json>, …]}
inline std::string deadlines_json(const deadline_list& l, lang lg = lang::fr) {
    namespace rd = detail::render_documents;
    std::string out = "{\"procedure\":" + rd::json_string(to_string(l.for_procedure()));
    out += ",\"lang\":" + rd::json_string(to_string(lg));
    out += ",\"deadlines\":[";
    bool first = true;
    for (const auto& d : l) {
        if (!first) out += ',';
        first = false;
        out += deadline_json(d, lg);
    }
    out += "]}";
    return out;
}

}  // namespace cartegrise

#endif
