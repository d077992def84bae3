// The tool's own messages (usage errors) and the library's refusals under the option typed.
#include <cartegrise_cli/messages.hpp>

#include <cartegrise/text/error_messages.hpp>
#include <cartegrise/text/json.hpp>

#include <cstddef>

namespace cartegrise::cli {

namespace {

// A user's value quoted in a message: at most 40 bytes, control bytes as '?', so that an error is always
// one line whatever was typed.
std::string shown(std::string_view v) {
    std::string out = "'";
    for (std::size_t i = 0; i < v.size() && i < 40; ++i) {
        const auto c = static_cast<unsigned char>(v[i]);
        out += (c < 0x20 || c == 0x7f) ? '?' : v[i];
    }
    if (v.size() > 40) out += "...";
    return out + "'";
}

std::string usage_sentence(const cli_error& e, lang lg) {
    const bool en = lg == lang::en;
    const std::string opt = "'--" + e.option + "'";
    const std::string cmd{command_name(e.cmd)};
    switch (e.what) {
        case problem::no_command:
            return en ? "no command (expected quote, batch, rates, next-change, documents, deadline, help or --version)"
                      : "aucune commande (attendu : quote, batch, rates, next-change, documents, deadline, help ou --version)";
        case problem::unknown_command:
            return (en ? "unknown command " : "commande inconnue ") + shown(e.value) +
                   (en ? " (expected quote, batch, rates, next-change, documents, deadline, help or --version)"
                       : " (attendu : quote, batch, rates, next-change, documents, deadline, help ou --version)");
        case problem::unexpected_argument: return (en ? "unexpected argument " : "argument inattendu ") + shown(e.value);
        case problem::unknown_option: return (en ? "unknown option " : "option inconnue ") + shown(e.value);
        case problem::missing_value: return en ? "option " + opt + " needs a value" : "l'option " + opt + " attend une valeur";
        case problem::given_twice: return en ? "option " + opt + " given twice" : "l'option " + opt + " est donnée deux fois";
        case problem::takes_no_value: return en ? "option " + opt + " takes no value" : "l'option " + opt + " ne prend pas de valeur";
        case problem::not_an_integer:
            return en ? "option " + opt + " expects an integer, not " + shown(e.value) : "l'option " + opt + " attend un nombre entier, pas " + shown(e.value);
        case problem::not_euros:
            return en ? "option " + opt + " expects euros with at most two decimals (35000 or 35000.50), not " + shown(e.value)
                      : "l'option " + opt + " attend des euros avec deux décimales au plus (35000 ou 35000,50), pas " + shown(e.value);
        case problem::not_for_command:
            return en ? "option " + opt + " does not apply to " + cmd : "l'option " + opt + " ne s'applique pas à " + cmd;
        case problem::command_needs_option: return en ? cmd + " needs option " + opt : cmd + " a besoin de l'option " + opt;
        case problem::unknown_value:
            return en ? "unknown value " + shown(e.value) + " for " + opt : "valeur inconnue " + shown(e.value) + " pour " + opt;
        case problem::refused: break;
    }
    return {};
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
    // A usage sentence names its option itself; a refusal says it in the library's words (the C++ field).
    if (e.what == problem::refused && !e.option.empty()) s += "--" + e.option + ": ";
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
    w.key("code").value(e.what == problem::refused ? to_string(e.refusal.code) : std::string_view{"usage"});
    string_or_null("field", e.what == problem::refused ? to_string(e.refusal.field) : std::string_view{});
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
           "       cartegrise batch [--input FILE|-] [--format jsonl|csv]\n"
           "       cartegrise rates --date YYYY-MM-DD [--json]\n"
           "       cartegrise next-change <quote options> [--until YYYY-MM-DD] [--json]\n"
           "       cartegrise documents --procedure NAME [options]\n"
           "       cartegrise deadline --procedure NAME [--event-date YYYY-MM-DD] [--kind NAME]\n"
           "       cartegrise help [COMMAND] | cartegrise --version\n" +
           (en ? "Run 'cartegrise help' for every option, procedure, genre, energy and deadline kind.\n"
               : "Lancez « cartegrise help » pour toutes les options, démarches, genres, énergies et délais.\n");
}

}  // namespace cartegrise::cli
