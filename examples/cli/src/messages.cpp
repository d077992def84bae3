// The tool's own messages (usage errors) and the library's refusals under the option typed.
#include <cartegrise_cli/messages.hpp>

#include <cartegrise/text/error_messages.hpp>
#include <cartegrise/text/json.hpp>

#include <cstddef>

namespace cartegrise::cli {

namespace {

// Valid UTF-8 as it is; a byte that is not part of a valid sequence becomes U+FFFD, as in JSON
// (json_string), so stderr never gets bytes a terminal or a log reader chokes on.
std::string clean_utf8(std::string_view v) {
    const std::string quoted = json_string(v);  // the one UTF-8 check of the project
    std::string out;
    out.reserve(quoted.size());
    for (std::size_t i = 1; i + 1 < quoted.size(); ++i) {
        if (quoted[i] != '\\') {
            out += quoted[i];
            continue;
        }
        const char e = quoted[++i];
        if (e == 'u') {  // a control byte written as a 6-character escape, shown as '?'
            out += '?';
            i += 4;
        } else {
            out += e == 'n' || e == 't' || e == 'r' || e == 'b' || e == 'f' ? '?' : e;
        }
    }
    return out;
}

// A user's value quoted in a message: at most 40 code points, control bytes as '?', invalid UTF-8 as
// U+FFFD, so that an error is always one line of text whatever was typed.
std::string shown(std::string_view v) {
    std::size_t end = 0;
    std::size_t points = 0;
    while (end < v.size() && points < 40) {
        ++end;
        while (end < v.size() && (static_cast<unsigned char>(v[end]) & 0xc0u) == 0x80u) ++end;
        ++points;
    }
    return "'" + clean_utf8(v.substr(0, end)) + (end < v.size() ? "..." : "") + "'";
}

// The input errors the tool finds itself; the option (or column) is said before, by error_line or by the
// "option" of the JSON error.
std::string input_sentence(const cli_error& e, lang lg) {
    const bool en = lg == lang::en;
    const std::string n = std::to_string(e.count);
    const std::string of = std::to_string(e.expected);
    switch (e.what) {
        case problem::not_an_integer: return (en ? "expects an integer, not " : "attend un nombre entier, pas ") + shown(e.value);
        case problem::not_euros:
            return (en ? "expects euros, whole or with two decimals (35000, 35000.50 or 35000,50), not "
                       : "attend des euros, entiers ou avec deux décimales (35000, 35000.50 ou 35000,50), pas ") + shown(e.value);
        case problem::zero_price:
            return en ? "a purchase price of 0 is no price (it would cap the 2022-2023 malus at 0): leave it unset when unknown"
                      : "un prix d'achat de 0 n'est pas un prix (il plafonnerait le malus 2022-2023 à 0) : ne le donnez pas s'il est inconnu";
        case problem::not_a_date: return (en ? "expects a date YYYY-MM-DD, not " : "attend une date AAAA-MM-JJ, pas ") + shown(e.value);
        case problem::until_before_date:
            return en ? "the last date looked at (" + e.value + ") is before the application date (--date)"
                      : "la dernière date examinée (" + e.value + ") est antérieure à la date de la demande (--date)";
        case problem::too_long:
            return en ? "a value of " + n + " bytes; at most " + std::to_string(max_value_bytes) + " are read"
                      : "une valeur de " + n + " octets ; " + std::to_string(max_value_bytes) + " au plus sont lus";
        case problem::not_a_flag_value:
            return (en ? "expects true, 1, yes, false, 0, no or nothing, not " : "attend true, 1, yes, false, 0, no ou rien, pas ") + shown(e.value);
        case problem::cells_missing:
            return en ? n + " cells of " + of + ": the line ends before this column (a cell left out, or a separator inside a value without quotes?)"
                      : n + " cellules sur " + of + " : la ligne s'arrête avant cette colonne (une cellule oubliée, ou un séparateur dans une valeur sans guillemets ?)";
        case problem::cells_extra:
            return en ? n + " cells for " + of + " columns (a separator inside a value without quotes?)"
                      : n + " cellules pour " + of + " colonnes (un séparateur dans une valeur sans guillemets ?)";
        case problem::unbalanced_quote:
            return en ? "a double quote opens this cell and never closes" : "un guillemet ouvre cette cellule et ne se ferme jamais";
        case problem::malformed_json:
            return en ? "not a flat JSON object: it goes wrong at byte " + n : "pas un objet JSON plat : il se trompe à l'octet " + n;
        case problem::unknown_key:
            return en ? "unknown key: the keys are the options of quote without dashes, or id" : "clé inconnue : les clés sont les options de quote sans tirets, ou id";
        case problem::column_twice: return en ? "given twice" : "donnée deux fois";
        default: return {};
    }
}

std::string usage_sentence(const cli_error& e, lang lg) {
    const bool en = lg == lang::en;
    const std::string opt = "'--" + e.option + "'";
    const std::string cmd{command_name(e.cmd)};
    switch (e.what) {
        case problem::no_command:
            return en ? "no command (expected quote, batch, rates, next-change, fiscal-power, documents, deadline, help or --version)"
                      : "aucune commande (attendu : quote, batch, rates, next-change, fiscal-power, documents, deadline, help ou --version)";
        case problem::unknown_command:
            return (en ? "unknown command " : "commande inconnue ") + shown(e.value) +
                   (en ? " (expected quote, batch, rates, next-change, fiscal-power, documents, deadline, help or --version)"
                       : " (attendu : quote, batch, rates, next-change, fiscal-power, documents, deadline, help ou --version)");
        case problem::unexpected_argument: return (en ? "unexpected argument " : "argument inattendu ") + shown(e.value);
        case problem::unknown_option: return (en ? "unknown option " : "option inconnue ") + shown(e.value);
        case problem::missing_value: return en ? "option " + opt + " needs a value" : "l'option " + opt + " attend une valeur";
        case problem::given_twice: return en ? "option " + opt + " given twice" : "l'option " + opt + " est donnée deux fois";
        case problem::takes_no_value: return en ? "option " + opt + " takes no value" : "l'option " + opt + " ne prend pas de valeur";
        case problem::not_for_command:
            return en ? "option " + opt + " does not apply to " + cmd : "l'option " + opt + " ne s'applique pas à " + cmd;
        case problem::command_needs_option: return en ? cmd + " needs option " + opt : cmd + " a besoin de l'option " + opt;
        case problem::unknown_value:
            return en ? "unknown value " + shown(e.value) + " for " + opt : "valeur inconnue " + shown(e.value) + " pour " + opt;
        case problem::unknown_columns: {
            std::string list;
            for (std::size_t i = 0; i < e.names.size(); ++i) {
                list += (i == 0 ? "" : ", ") + shown(e.names[i]);
                if (i < e.suggestions.size() && !e.suggestions[i].empty())
                    list += en ? " (did you mean '" + e.suggestions[i] + "'?)" : " (vouliez-vous dire « " + e.suggestions[i] + " » ?)";
            }
            return (en ? "unknown column" : "colonne inconnue") + std::string{e.names.size() > 1 ? "s " : " "} + list +
                   (en ? "; the columns are the options of quote without dashes, or id (--pass-through copies the others)"
                       : " ; les colonnes sont les options de quote sans tirets, ou id (--pass-through recopie les autres)");
        }
        default: break;
    }
    return input_sentence(e, lg);
}

}  // namespace

std::string describe(const cli_error& e, lang lg) {
    std::string s = e.what == problem::refused ? message(e.refusal, lg) : usage_sentence(e, lg);
    if (e.what == problem::refused && !e.value.empty() &&
        (e.refusal.reason == error_reason::unknown_code || e.refusal.reason == error_reason::not_a_calendar_date))
        s += lg == lang::en ? ": " + shown(e.value) : " : " + shown(e.value);
    if (!e.suggestion.empty()) s += lg == lang::en ? "; did you mean '" + e.suggestion + "'?" : " ; vouliez-vous dire « " + e.suggestion + " » ?";
    if (e.what == problem::refused && !e.refusal.also_missing.empty()) {
        std::string more;
        for (std::size_t i = 0; i < request_field_count; ++i) {
            const auto f = static_cast<request_field>(i);
            if (!e.refusal.also_missing.contains(f)) continue;
            const std::string_view option = option_for(f);
            more += (more.empty() ? "" : ", ") + (option.empty() ? std::string{to_string(f)} : "--" + std::string{option});
        }
        s += lg == lang::en ? " (also missing: " + more + ")" : " (il manque aussi : " + more + ")";
    }
    return s;
}

std::string error_line(const cli_error& e, lang lg) {
    std::string s = "cartegrise: ";
    // A usage sentence names its option itself; an input error is said after it.
    if (e.kind == failure_kind::input && !e.option.empty()) s += "--" + e.option + ": ";
    return s + describe(e, lg) + "\n";
}

std::string json_error(const cli_error& e, lang lg) {
    json_writer w;
    const auto string_or_null = [&](std::string_view key, std::string_view v) {
        w.key(key);
        if (v.empty()) w.null();
        else w.value(v);
    };
    w.begin_object().key("error").begin_object();
    w.key("kind").value(e.kind == failure_kind::usage ? "usage" : "input");
    const bool input = e.kind == failure_kind::input;
    w.key("code").value(input ? to_string(e.refusal.code) : std::string_view{"usage"});
    w.key("reason").value(e.what == problem::refused ? to_string(e.refusal.reason) : problem_name(e.what));
    string_or_null("field", input ? to_string(e.refusal.field) : std::string_view{});
    string_or_null("option", e.option);
    w.key("message").value(describe(e, lg));
    string_or_null("suggestion", e.suggestion);
    w.key("also_missing").begin_array();
    for (std::size_t i = 0; i < request_field_count; ++i) {
        const auto f = static_cast<request_field>(i);
        if (e.what != problem::refused || !e.refusal.also_missing.contains(f)) continue;
        w.begin_object();
        w.key("field").value(to_string(f));
        string_or_null("option", option_for(f));
        w.end_object();
    }
    w.end_array().end_object().end_object();
    return w.str() + "\n";
}

std::string usage_hint(lang lg) {
    const bool en = lg == lang::en;
    return std::string{en ? "usage: " : "utilisation : "} +
           "cartegrise quote --department CODE --procedure NAME --genre J.1 [options]\n"
           "       cartegrise batch [--input FILE|-] [--output FILE] [--format jsonl|csv]\n"
           "       cartegrise rates --date YYYY-MM-DD [--json]\n"
           "       cartegrise next-change <quote options> [--until YYYY-MM-DD] [--json]\n"
           "       cartegrise fiscal-power --energy P.3 --kw N [--co2 G] [--first-registration YYYY-MM-DD] [--json]\n"
           "       cartegrise documents --procedure NAME [options]\n"
           "       cartegrise deadline --procedure NAME [--event-date YYYY-MM-DD] [--kind NAME]\n"
           "       cartegrise help [COMMAND] | cartegrise --version\n" +
           (en ? "Run 'cartegrise help' for every option, procedure, genre, energy and deadline kind.\n"
               : "Lancez « cartegrise help » pour toutes les options, démarches, genres, énergies et délais.\n");
}

}  // namespace cartegrise::cli
