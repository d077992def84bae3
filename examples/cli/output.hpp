// What the `cartegrise` tool prints, as strings (main.cpp does the writing): the text report, the JSON
// object, the documents and deadlines (through <cartegrise/render_documents.hpp>), error lines, help and
// version. No I/O here, so tests/unit/cli_output_test.cpp checks it.
#ifndef CARTEGRISE_CLI_OUTPUT_HPP
#define CARTEGRISE_CLI_OUTPUT_HPP

#include "args.hpp"

#include <cartegrise/cartegrise.hpp>
#include <cartegrise/render.hpp>
#include <cartegrise/render_documents.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace cartegrise::cli {

// A JSON string literal, quotes included. '"' and '\\' are escaped, control characters (and DEL) become
// \n, \t, \r, \b, \f or \u00XX; valid UTF-8 passes through; a byte that is not part of valid UTF-8
// becomes U+FFFD, so the output is always valid JSON whatever the input.
inline std::string json_string(std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    std::string out = "\"";
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            switch (c) {
                case '"': out += "\\\""; break;
                case '\\': out += "\\\\"; break;
                case '\n': out += "\\n"; break;
                case '\t': out += "\\t"; break;
                case '\r': out += "\\r"; break;
                case '\b': out += "\\b"; break;
                case '\f': out += "\\f"; break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        out += "\\u00";
                        out += hex[c >> 4];
                        out += hex[c & 0xf];
                    } else {
                        out += static_cast<char>(c);
                    }
            }
            ++i;
            continue;
        }
        // Length and minimum code point of a UTF-8 sequence; reject overlongs, surrogates, > U+10FFFF.
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if (c >= 0xc2 && c <= 0xdf) { len = 2; cp = c & 0x1fu; }
        else if (c >= 0xe0 && c <= 0xef) { len = 3; cp = c & 0x0fu; }
        else if (c >= 0xf0 && c <= 0xf4) { len = 4; cp = c & 0x07u; }
        bool valid = len != 0 && i + len <= s.size();
        for (std::size_t k = 1; valid && k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xc0u) != 0x80u) valid = false;
            else cp = (cp << 6) | (cc & 0x3fu);
        }
        if (valid && len == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) valid = false;
        if (valid && len == 4 && (cp < 0x10000 || cp > 0x10ffff)) valid = false;
        if (valid) {
            out.append(s.substr(i, len));
            i += len;
        } else {
            out += "\uFFFD";
            ++i;
        }
    }
    out += '"';
    return out;
}

// Columns of a UTF-8 string for alignment: one per code point (no wide characters in our labels).
inline std::size_t display_width(std::string_view s) noexcept {
    std::size_t n = 0;
    for (const char ch : s)
        if ((static_cast<unsigned char>(ch) & 0xc0u) != 0x80u) ++n;
    return n;
}

// "cartegrise: --department: unknown department code (...)": one line naming the field.
inline std::string error_line(const cli_error& e) {
    std::string s = "cartegrise: ";
    if (!e.field.empty()) s += "--" + e.field + ": ";
    s += e.message;
    return s + "\n";
}

inline std::string usage_hint() {
    return "usage: cartegrise quote --department CODE --procedure NAME --genre J.1 [options]\n"
           "       cartegrise documents --procedure NAME [options]\n"
           "       cartegrise deadline --procedure NAME --event-date YYYY-MM-DD [--kind NAME]\n"
           "       cartegrise help | cartegrise --version\n"
           "Run 'cartegrise help' for every option, procedure, genre, energy and deadline kind.\n";
}

inline std::string version_text() { return std::string{"cartegrise "} + CARTEGRISE_VERSION_STRING + "\n"; }

// {"error": {"code": "unknown_department", "field": "department", "message": "..."}}
inline std::string json_error(const cli_error& e) {
    return "{\"error\": {\"code\": " + json_string(to_string(e.code)) + ", \"field\": " + json_string(e.field) +
           ", \"message\": " + json_string(e.message) + "}}\n";
}

namespace detail {
inline std::string pad_right(std::string s, std::size_t width) {
    for (std::size_t w = display_width(s); w < width; ++w) s += ' ';
    return s;
}
inline std::string pad_left(const std::string& s, std::size_t width) {
    std::string out;
    for (std::size_t w = display_width(s); w < width; ++w) out += ' ';
    return out + s;
}
constexpr std::size_t label_width = 40;
constexpr std::size_t amount_width = 14;

inline std::string report_line(std::string_view tag, std::string_view label, money m, lang lg) {
    return pad_right(std::string{tag}, 5) + pad_right(std::string{label}, label_width) + pad_left(format_money(m, lg), amount_width) + "\n";
}
}  // namespace detail

// The text report: a header, Y.1 … Y.6 with their parts when non-zero, the data-vintage warning, and with
// --explain the trail.
inline std::string text_report(const options& o, const breakdown& b) {
    const lang lg = o.language;
    const bool en = lg == lang::en;
    std::string out;
    const auto& r = o.req;
    if (r.holder_department && r.application_date && r.procedure) {
        out += std::string{r.holder_department->name()} + " (" + std::string{r.holder_department->code()} + "), " +
               format_date(*r.application_date, lg) + " — " +
               std::string{en ? label_en(*r.procedure) : label_fr(*r.procedure)} + "\n";
    }
    out += detail::report_line("Y.1", line_label(fee_line::y1, lg), b.y1, lg);
    if (b.y1_idfm != money::zero())
        out += detail::report_line("", en ? "  of which Île-de-France Mobilités" : "  dont Île-de-France Mobilités", b.y1_idfm, lg);
    out += detail::report_line("Y.2", line_label(fee_line::y2, lg), b.y2, lg);
    out += detail::report_line("Y.3", line_label(fee_line::y3, lg), b.y3, lg);
    if (b.y3_co2 != money::zero()) out += detail::report_line("", en ? "  of which CO2 malus" : "  dont malus CO2", b.y3_co2, lg);
    if (b.y3_mass != money::zero()) out += detail::report_line("", en ? "  of which mass malus" : "  dont malus au poids", b.y3_mass, lg);
    out += detail::report_line("Y.4", line_label(fee_line::y4, lg), b.y4, lg);
    out += detail::report_line("Y.5", line_label(fee_line::y5, lg), b.y5, lg);
    out += detail::report_line("Y.6", line_label(fee_line::y6, lg), b.y6, lg);
    if (b.after_data_vintage) {
        if (const auto* s = b.steps.find(step_kind::after_data_vintage)) out += explain_step(*s, lg) + "\n";
        else out += en ? "Warning: the application date is beyond the tariffs this version knows.\n"
                       : "Attention : la date de la demande dépasse les tarifs connus de cette version.\n";
    }
    if (o.explain) {
        out += en ? "\nExplanation:\n" : "\nExplication :\n";
        out += explain(b, lg);
        if (r.procedure) {
            const std::string p{to_string(*r.procedure)};
            out += en ? "Documents to bring: cartegrise documents --procedure " + p +
                            "; deadlines: cartegrise deadline --procedure " + p + " --event-date YYYY-MM-DD\n"
                      : "Pièces à fournir : cartegrise documents --procedure " + p +
                            " ; délais : cartegrise deadline --procedure " + p + " --event-date AAAA-MM-JJ\n";
        }
    }
    return out;
}

// `cartegrise documents`: the list as <cartegrise/render_documents.hpp> prints it, or its JSON object
// followed by a newline.
inline std::string documents_report(const options& o, const document_list& l) {
    return o.json ? documents_json(l, o.language) + "\n" : documents_text(l, o.language);
}

// `cartegrise deadline --kind K`: one deadline, one line.
inline std::string deadline_report(const options& o, const deadline& d) {
    return (o.json ? deadline_json(d, o.language) : deadline_text(d, o.language)) + "\n";
}

// `cartegrise deadline` without --kind: every deadline of the procedure.
inline std::string deadlines_report(const options& o, const deadline_list& l) {
    return o.json ? deadlines_json(l, o.language) + "\n" : deadlines_text(l, o.language);
}

// One JSON object: amounts in integer cents, the date used, and the explanation steps with their sentence.
inline std::string json_report(const options& o, const breakdown& b) {
    const auto cents = [](money m) { return std::to_string(m.in_cents()); };
    std::string out = "{\n";
    if (o.req.application_date) out += "  \"date\": " + json_string(format_iso_date(*o.req.application_date)) + ",\n";
    out += "  \"lang\": " + json_string(to_string(o.language)) + ",\n";
    out += "  \"y1\": " + cents(b.y1) + ",\n";
    out += "  \"y1_idfm\": " + cents(b.y1_idfm) + ",\n";
    out += "  \"y2\": " + cents(b.y2) + ",\n";
    out += "  \"y3\": " + cents(b.y3) + ",\n";
    out += "  \"y3_co2\": " + cents(b.y3_co2) + ",\n";
    out += "  \"y3_mass\": " + cents(b.y3_mass) + ",\n";
    out += "  \"y4\": " + cents(b.y4) + ",\n";
    out += "  \"y5\": " + cents(b.y5) + ",\n";
    out += "  \"y6\": " + cents(b.y6) + ",\n";
    out += std::string{"  \"after_data_vintage\": "} + (b.after_data_vintage ? "true" : "false") + ",\n";
    out += "  \"explanation\": [";
    bool first = true;
    for (const auto& s : b.steps) {
        out += first ? "\n" : ",\n";
        first = false;
        out += "    {\"kind\": " + json_string(step_kind_name(s.kind)) + ", \"line\": " + json_string(to_string(s.line)) +
               ", \"a\": " + std::to_string(s.a) + ", \"b\": " + std::to_string(s.b) + ", \"c\": " + std::to_string(s.c) +
               ", \"since\": " + (s.since == date{} ? std::string{"null"} : json_string(format_iso_date(s.since))) +
               ", \"source\": " + (s.source.empty() ? std::string{"null"} : json_string(s.source)) +
               ", \"sentence\": " + json_string(explain_step(s, o.language)) + "}";
    }
    out += first ? "]\n" : "\n  ]\n";
    out += "}\n";
    return out;
}

// `cartegrise help`: the subcommands and their options, then the procedures, genres, energies and
// deadline kinds the tool accepts.
inline std::string help_text(lang lg) {
    const bool en = lg == lang::en;
    struct opt_help {
        std::string_view spelling;
        std::string_view fr;
        std::string_view en;
    };
    static constexpr opt_help opts[] = {
        {"--department CODE", "département de l'adresse du titulaire (75, 2A, 974)", "department of the holder's address (75, 2A, 974)"},
        {"--date YYYY-MM-DD", "date de la demande (par défaut : aujourd'hui)", "application date (default: today)"},
        {"--procedure NAME", "démarche (liste ci-dessous)", "procedure (list below)"},
        {"--genre CODE", "genre national, case J.1 (liste ci-dessous)", "genre, box J.1 (list below)"},
        {"--energy CODE", "énergie, case P.3 (liste ci-dessous)", "energy, box P.3 (list below)"},
        {"--cv N", "puissance fiscale, case P.6", "fiscal power, box P.6"},
        {"--first-registration DATE", "date de première immatriculation, case B", "date of first registration, box B"},
        {"--co2 N", "CO2 en g/km, case V.7", "CO2 in g/km, box V.7"},
        {"--cycle wltp|nedc", "cycle de mesure du CO2 (par défaut : celui de la date B)", "CO2 test cycle (default: the one in force on date B)"},
        {"--mass N", "masse en ordre de marche en kg, case G.1", "mass in running order in kg, box G.1"},
        {"--ptac N", "PTAC en kg, case F.2", "gross vehicle weight in kg, box F.2"},
        {"--cylinder N", "cylindrée en cm³, case P.1", "cylinder capacity in cm³, box P.1"},
        {"--seats N", "nombre de places assises, case S.1", "seating positions, box S.1"},
        {"--register siv|fni", "numéro SIV (AB-123-CD) ou FNI (123 ABC 45)", "SIV (AB-123-CD) or FNI (123 ABC 45) number"},
        {"--address-change N", "rang du changement d'adresse (1 pour le premier)", "rank of the change of address (1 for the first)"},
        {"--price EUROS", "prix d'achat TTC, deux décimales au plus (plafond 2022-2023)", "purchase price incl. VAT, at most two decimals (2022-2023 cap)"},
        {"--no-eu-approval", "véhicule sans réception communautaire", "vehicle without EU type approval"},
        {"--collection", "véhicule de collection", "collection vehicle"},
        {"--demo", "véhicule de démonstration", "demonstration vehicle"},
        {"--wheelchair", "véhicule aménagé pour un fauteuil roulant", "vehicle fitted for a wheelchair"},
        {"--invalidity", "titulaire d'une carte d'invalidité", "holder of an invalidity card"},
        {"--children N", "nombre d'enfants à charge", "number of dependent children"},
        {"--legal-person", "titulaire personne morale", "the holder is a company or association"},
        {"--explain", "ajoute l'explication de chaque montant", "adds the explanation of every amount"},
        {"--lang fr|en", "langue de la sortie (par défaut : fr)", "output language (default: fr)"},
        {"--json", "un objet JSON, montants en centimes", "one JSON object, amounts in cents"},
    };
    static constexpr opt_help document_opts[] = {
        {"--procedure NAME", "démarche (liste ci-dessous)", "procedure (list below)"},
        {"--date YYYY-MM-DD", "date de la demande (par défaut : aujourd'hui)", "application date (default: today)"},
        {"--first-registration DATE", "date B : contrôle technique exigé à partir de 4 ans", "date B: technical inspection required from 4 years"},
        {"--inspection-exempt", "véhicule non soumis au contrôle technique", "vehicle not subject to the technical inspection"},
        {"--third-party", "un professionnel ou un tiers dépose la demande (mandat)", "a professional or another person files (mandate)"},
        {"--minor", "titulaire mineur", "the holder is a minor"},
        {"--co-holder", "certificat avec cotitulaire", "the certificate has a co-holder"},
        {"--leased", "véhicule loué (crédit-bail, LOA, LLD de 2 ans ou plus)", "leased vehicle (lease, LOA, LLD of 2 years or more)"},
        {"--reason theft|loss|damage", "duplicata : vol, perte ou détérioration", "duplicate: theft, loss or damage"},
        {"--origin eu|outside-eu", "import : depuis l'UE ou hors UE", "import: from the EU or from outside it"},
        {"--lang fr|en", "langue de la sortie (par défaut : fr)", "output language (default: fr)"},
        {"--json", "un objet JSON", "one JSON object"},
    };
    static constexpr opt_help deadline_opts[] = {
        {"--procedure NAME", "démarche (liste ci-dessous)", "procedure (list below)"},
        {"--event-date YYYY-MM-DD", "date de l'événement qui fait courir le délai (cession, déménagement…)", "date of the event that starts the clock (transfer, move…)"},
        {"--kind NAME", "un seul délai (liste ci-dessous) ; par défaut tous", "one deadline (list below); all by default"},
        {"--lang fr|en", "langue de la sortie (par défaut : fr)", "output language (default: fr)"},
        {"--json", "un objet JSON, amendes en centimes", "one JSON object, fines in cents"},
    };
    const auto section = [en](std::string_view fr_title, std::string_view en_title, const auto& rows) {
        std::string s{en ? en_title : fr_title};
        for (const auto& h : rows) s += "  " + detail::pad_right(std::string{h.spelling}, 28) + std::string{en ? h.en : h.fr} + "\n";
        return s;
    };
    std::string out = version_text();
    out += en ? "The French vehicle registration fee (carte grise), line by line (Y.1 to Y.6); the documents and\n"
                "deadlines of each procedure.\n\n"
              : "Le coût d'une carte grise, case par case (Y.1 à Y.6) ; les pièces à fournir et les délais de\n"
                "chaque démarche.\n\n";
    out += en ? "Usage:\n" : "Utilisation :\n";
    out += "  cartegrise quote --department 75 --date 2026-06-01 --procedure used --genre VP --energy ES \\\n"
           "                  --cv 7 --first-registration 2019-05-03 [options]\n";
    out += "  cartegrise documents --procedure used --first-registration 2019-05-03 [options]\n";
    out += "  cartegrise deadline --procedure used --event-date 2026-05-01 [--kind registration]\n";
    out += en ? "  cartegrise help [--lang fr|en]          (or --help, -h)\n" : "  cartegrise help [--lang fr|en]          (ou --help, -h)\n";
    out += "  cartegrise --version\n\n";
    out += section("Options de quote (coût de la carte grise) :\n", "Options of quote (the registration fee):\n", opts);
    out += section("\nOptions de documents (pièces à fournir) :\n", "\nOptions of documents (the documents to bring):\n", document_opts);
    out += section("\nOptions de deadline (délais et amendes) :\n", "\nOptions of deadline (deadlines and fines):\n", deadline_opts);
    out += en ? "\nProcedures (--procedure):\n" : "\nDémarches (--procedure) :\n";
    for (std::size_t i = 0; i < procedure_count; ++i) {
        const auto p = static_cast<procedure>(i);
        out += "  " + detail::pad_right(std::string{to_string(p)}, 22) + std::string{en ? label_en(p) : label_fr(p)} + "\n";
    }
    out += en ? "\nGenres (--genre, box J.1):\n" : "\nGenres (--genre, case J.1) :\n";
    for (std::size_t i = 0; i < genre_count; ++i) {
        const auto g = static_cast<genre>(i);
        out += "  " + detail::pad_right(std::string{to_string(g)}, 6) + std::string{label_fr(g)} + "\n";
    }
    out += en ? "\nEnergies (--energy, box P.3):\n" : "\nÉnergies (--energy, case P.3) :\n";
    for (std::size_t i = 0; i < energy_count; ++i) {
        const auto e = static_cast<energy>(i);
        out += "  " + detail::pad_right(std::string{to_string(e)}, 6) + std::string{label_fr(e)} + "\n";
    }
    out += en ? "\nDeadlines (--kind):\n" : "\nDélais (--kind) :\n";
    for (std::size_t i = 0; i < data::deadline_kind_count; ++i) {
        const auto& k = data::deadline_kinds[i];
        out += "  " + detail::pad_right(std::string{k.cli_name}, 25) + std::string{en ? k.label_en : k.label_fr} + "…\n";
    }
    out += en ? "\nExit status: 0 done, 1 input refused (the field is named), 2 usage error.\n"
              : "\nCode de sortie : 0 réussi, 1 donnée refusée (le champ est nommé), 2 erreur d'utilisation.\n";
    return out;
}

}  // namespace cartegrise::cli

#endif
