// `cartegrise help [COMMAND]`: the subcommands and their options (from options.hpp), then the codes
// each accepts (procedures, genres, energies, deadline kinds).
#include <cartegrise_cli/report.hpp>

#include <cartegrise/text.hpp>

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace cartegrise::cli {

namespace {

// Columns of a UTF-8 string: one per code point.
std::size_t width_of(std::string_view s) {
    std::size_t w = 0;
    for (const char ch : s)
        if ((static_cast<unsigned char>(ch) & 0xc0u) != 0x80u) ++w;
    return w;
}

std::string pad(std::string s, std::size_t width) {
    for (std::size_t w = width_of(s); w < width; ++w) s += ' ';
    return s;
}

struct command_help {
    command cmd;
    std::string_view usage;     // the same in both languages but for the words in <...>
    std::string_view usage_en;  // empty: as `usage`
    std::string_view fr;
    std::string_view en;
};
// clang-format off
constexpr command_help commands[] = {
    {command::quote, "cartegrise quote --department 75 --date 2026-06-01 --procedure used --genre VP --energy ES --cv 7 --first-registration 2019-05-03 [--explain] [--json]", "", "coût de la carte grise, case par case", "the registration fee, box by box"},
    {command::batch, "cartegrise batch [--input FICHIER|-] [--output FICHIER] [--format jsonl|csv] [--pass-through]", "cartegrise batch [--input FILE|-] [--output FILE] [--format jsonl|csv] [--pass-through]", "un devis par ligne d'un fichier CSV ou JSON lines (colonnes : les options de quote sans tirets, et id)", "one quote per line of a CSV or JSON lines file (columns: the quote options without dashes, and id)"},
    {command::rates, "cartegrise rates --date 2027-01-15 [--json]", "", "tarifs en vigueur à une date dans chaque région, avec leur date et leur source", "the rates in force on a date in every region, with their date and source"},
    {command::next_change, "cartegrise next-change <options de quote> [--until 2031-12-31] [--json]", "cartegrise next-change <quote options> [--until 2031-12-31] [--json]", "les prochains changements du coût d'une demande", "the coming changes of a request's fee"},
    {command::fiscal_power, "cartegrise fiscal-power --energy ES --kw 96 [--co2 120] [--first-registration 2015-06-01] [--genre VP] [--json]", "", "puissance fiscale (P.6) calculée à partir de P.2 (et V.7 avant 2019-11) ; --first-registration : première immatriculation en France (par défaut la date de la demande : un import) ; --genre : VP par défaut", "fiscal power (P.6) computed from P.2 (and V.7 before 2019-11); --first-registration: first registration in France (default: the application date, an import); --genre: VP by default"},
    {command::documents, "cartegrise documents --procedure used --first-registration 2019-05-03 [options]", "", "pièces à fournir", "documents to bring"},
    {command::deadline, "cartegrise deadline --procedure used --transfer-date 2026-05-01 [--kind registration]", "", "délais et amendes, chacun compté depuis son événement", "deadlines and fines, each counted from its event"},
};
// clang-format on

// The placeholder of an option's value in a language: the table holds the French one.
std::string_view placeholder(const option_row& row, lang lg) {
    if (lg != lang::en) return row.value_fr;
    if (row.value_fr == "AAAA-MM-JJ") return "YYYY-MM-DD";
    if (row.value_fr == "NOM") return "NAME";
    if (row.value_fr == "FICHIER|-") return "FILE|-";
    return row.value_fr;
}

bool listed(const option_row& row, command c) {
    return (row.used_by & bit(c)) != 0 && row.id != opt::help && row.id != opt::version;
}

std::string spelling(const option_row& row, lang lg) {
    std::string s = "--" + std::string{row.name};
    if (row.takes_value) s += " " + std::string{placeholder(row, lg)};
    return s;
}

std::string options_of(command c, lang lg) {
    // The text column starts two blanks after the longest spelling, so that none runs into its text.
    std::size_t width = 0;
    for (const auto& row : option_table)
        if (listed(row, c)) width = std::max(width, width_of(spelling(row, lg)));
    std::string out;
    for (const auto& row : option_table)
        if (listed(row, c)) out += "  " + pad(spelling(row, lg), width + 2) + std::string{lg == lang::en ? row.help_en : row.help_fr} + "\n";
    return out;
}

std::string code_lists(command c, lang lg) {
    const bool en = lg == lang::en;
    std::string out;
    const bool fee = c == command::quote || c == command::next_change || c == command::batch || c == command::help;
    if (fee || c == command::documents || c == command::deadline) {
        out += en ? "\nProcedures (--procedure):\n" : "\nDémarches (--procedure) :\n";
        for (std::size_t i = 0; i < procedure_count; ++i) {
            const auto p = static_cast<procedure>(i);
            out += "  " + pad(std::string{to_string(p)}, 22) + std::string{label(p, lg)} + "\n";
        }
    }
    if (fee) {
        out += en ? "\nGenres (--genre, box J.1):\n" : "\nGenres (--genre, case J.1) :\n";
        for (std::size_t i = 0; i < genre_count; ++i) {
            const auto g = static_cast<genre>(i);
            out += "  " + pad(std::string{to_string(g)}, 6) + std::string{label(g, lg)} + "\n";
        }
        out += en ? "\nEnergies (--energy, box P.3):\n" : "\nÉnergies (--energy, case P.3) :\n";
        for (std::size_t i = 0; i < energy_count; ++i) {
            const auto e = static_cast<energy>(i);
            out += "  " + pad(std::string{to_string(e)}, 6) + std::string{label(e, lg)} + "\n";
        }
    }
    if (c == command::deadline || c == command::help) {
        out += en ? "\nDeadlines (--kind):\n" : "\nDélais (--kind) :\n";
        for (std::size_t i = 0; i < deadline_kind_count; ++i) {
            const auto k = static_cast<deadline_kind>(i);
            out += "  " + pad(std::string{to_string(k)}, 25) + std::string{label(k, lg)} + "…\n";
        }
    }
    return out;
}

}  // namespace

std::string help_text(command topic, lang lg) {
    const bool en = lg == lang::en;
    std::string out = version_text();
    out += en ? "The French vehicle registration fee (carte grise), line by line (Y.1 to Y.6); the documents and\n"
                "deadlines of each procedure.\n\n"
              : "Le coût d'une carte grise, case par case (Y.1 à Y.6) ; les pièces à fournir et les délais de\n"
                "chaque démarche.\n\n";
    const bool all = topic == command::help || topic == command::version;
    out += en ? "Usage:\n" : "Utilisation :\n";
    for (const auto& c : commands)
        if (all || c.cmd == topic) out += "  " + std::string{en && !c.usage_en.empty() ? c.usage_en : c.usage} + "\n      " + std::string{en ? c.en : c.fr} + "\n";
    out += en ? "  cartegrise help [COMMAND]    (or --help, -h)\n  cartegrise --version\n"
              : "  cartegrise help [COMMANDE]   (ou --help, -h)\n  cartegrise --version\n";
    for (const auto& c : commands) {
        if (!all && c.cmd != topic) continue;
        out += "\n" + std::string{en ? "Options of " : "Options de "} + std::string{command_name(c.cmd)} + (en ? ":\n" : " :\n");
        out += options_of(c.cmd, lg);
    }
    out += en ? "\nEvery command: --lang fr|en, --json (except batch), --help.\n" : "\nToutes les commandes : --lang fr|en, --json (sauf batch), --help.\n";
    out += code_lists(all ? command::help : topic, lg);
    out += en ? "\nExit status: 0 done, 1 input refused (the option is named; batch: a line refused), 2 usage error,\n"
                "3 input unreadable or output unwritable, 4 batch: no line to quote.\n"
              : "\nCode de sortie : 0 réussi, 1 donnée refusée (l'option est nommée ; batch : une ligne refusée),\n"
                "2 erreur d'utilisation, 3 entrée illisible ou sortie impossible à écrire, 4 batch : aucune ligne à chiffrer.\n";
    return out;
}

std::string help_json(command topic, lang lg) {
    const bool en = lg == lang::en;
    const bool all = topic == command::help || topic == command::version;
    json_writer w;
    w.begin_object().key("library");
    write_library_json(w);
    w.key("lang").value(to_string(lg)).key("commands").begin_array();
    for (const auto& c : commands) {
        if (!all && c.cmd != topic) continue;
        w.begin_object().key("name").value(command_name(c.cmd));
        w.key("usage").value(en && !c.usage_en.empty() ? c.usage_en : c.usage).key("summary").value(en ? c.en : c.fr);
        w.key("options").begin_array();
        for (const auto& row : option_table) {
            if (!listed(row, c.cmd)) continue;
            w.begin_object().key("name").value(row.name).key("value");
            if (row.takes_value) w.value(placeholder(row, lg));
            else w.null();
            w.key("field");
            if (row.field != request_field::none) w.value(to_string(row.field));
            else w.null();
            w.key("help").value(en ? row.help_en : row.help_fr).end_object();
        }
        w.end_array().end_object();
    }
    w.end_array().key("exit_codes").begin_object();
    w.key("0").value(en ? "done" : "réussi");
    w.key("1").value(en ? "input refused (batch: a line refused)" : "donnée refusée (batch : une ligne refusée)");
    w.key("2").value(en ? "usage error" : "erreur d'utilisation");
    w.key("3").value(en ? "input unreadable or output unwritable" : "entrée illisible ou sortie impossible à écrire");
    w.key("4").value(en ? "batch: no line to quote" : "batch : aucune ligne à chiffrer");
    w.end_object().end_object();
    return w.str() + "\n";
}

}  // namespace cartegrise::cli
