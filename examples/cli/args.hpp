// The command line of the `cartegrise` tool, parsed without any I/O: argv in, options and a request out,
// or a typed error. A pure function, so it is unit-tested and can be fuzzed (tests/unit/cli_args_test.cpp).
//
// Subcommands: quote (the fee), documents (the documents a procedure needs), deadline (its deadlines),
// help, version. Each option belongs to one or more subcommands (option_row::used_by).
//
// Two kinds of failure, two exit codes:
//  - usage errors (exit 2): no or unknown subcommand, unknown option, an option of another subcommand,
//    missing option value, an option given twice, a number that is not a number ("7x", "", "99999999999",
//    "12.345" for a price), documents or deadline without --procedure, deadline without --event-date;
//  - input errors (exit 1): a well-formed value the library refuses (unknown department, genre, energy,
//    procedure, deadline kind, duplicate reason, import origin; an impossible date; a language other
//    than fr/en). They carry the library's errc and the field, spelled as the option ("department",
//    "first-registration", "event-date").
#ifndef CARTEGRISE_CLI_ARGS_HPP
#define CARTEGRISE_CLI_ARGS_HPP

#include <cartegrise/cartegrise.hpp>
#include <cartegrise/render.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cartegrise::cli {

// New subcommands go at the end: the values of the first three do not change.
enum class command : std::uint8_t { quote, help, version, documents, deadline };

struct options {
    command cmd = command::quote;
    // quote: the whole request. documents and deadline read their --procedure from req.procedure, and
    // documents its --date and --first-registration from req (copied into `context` as well).
    request req;
    bool explain = false;
    bool json = false;
    lang language = lang::fr;
    bool date_given = false;  // false: the application date is the `today` given to parse_args
    // documents: the applicant's situation (--third-party, --minor, --co-holder, --leased,
    // --inspection-exempt, --reason, --origin; dates from --date and --first-registration).
    document_context context;
    // deadline: the date of the event that starts the clock (--event-date), and the one deadline asked
    // for (--kind); without --kind, every deadline of the procedure.
    maybe<date> event_date;
    maybe<deadline_kind> kind;
};

enum class failure_kind : std::uint8_t {
    usage,  // exit 2: the command line itself is wrong
    input,  // exit 1: a value the library refuses
};

struct cli_error {
    failure_kind kind = failure_kind::usage;
    errc code = errc::invalid_value;  // for input errors
    std::string field;                // option name without "--" ("department"); empty for a bare usage error
    std::string message;              // one line, no trailing period needed

    [[nodiscard]] int exit_code() const noexcept { return kind == failure_kind::usage ? 2 : 1; }
};

struct parse_result {
    options opts;
    std::optional<cli_error> error;

    [[nodiscard]] bool ok() const noexcept { return !error.has_value(); }
};

// Strict decimal integer: an optional '-', then digits only, within int. No blanks, no '+', no "0x".
constexpr std::optional<int> parse_int(std::string_view s) noexcept {
    bool negative = false;
    if (!s.empty() && s.front() == '-') {
        negative = true;
        s.remove_prefix(1);
    }
    if (s.empty()) return std::nullopt;
    std::int64_t v = 0;
    for (const char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
        if (v > static_cast<std::int64_t>(std::numeric_limits<int>::max()) + 1) return std::nullopt;
    }
    if (negative) v = -v;
    if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()) return std::nullopt;
    return static_cast<int>(v);
}

// Euros with at most two decimals, '.' or ',' as the decimal mark: "35000", "35000.5", "35000,50",
// "-3.10". To integer cents with integer arithmetic only (never a double). Up to 10^15 euros.
constexpr std::optional<money> parse_euros(std::string_view s) noexcept {
    bool negative = false;
    if (!s.empty() && s.front() == '-') {
        negative = true;
        s.remove_prefix(1);
    }
    std::string_view whole = s;
    std::string_view frac;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '.' || s[i] == ',') {
            whole = s.substr(0, i);
            frac = s.substr(i + 1);
            if (frac.empty() || frac.size() > 2) return std::nullopt;
            break;
        }
    }
    if (whole.empty() || whole.size() > 15) return std::nullopt;
    std::int64_t euros = 0;
    for (const char c : whole) {
        if (c < '0' || c > '9') return std::nullopt;
        euros = euros * 10 + (c - '0');
    }
    std::int64_t cents = 0;
    for (std::size_t i = 0; i < 2; ++i) {
        cents *= 10;
        if (i < frac.size()) {
            if (frac[i] < '0' || frac[i] > '9') return std::nullopt;
            cents += frac[i] - '0';
        }
    }
    const std::int64_t total = euros * 100 + cents;
    return money::cents(negative ? -total : total);
}

namespace detail {

enum class opt : std::uint8_t {
    department, date, procedure, genre, energy, cv, first_registration, co2, cycle, mass, ptac, cylinder, seats,
    register_system, address_change, price, lang,
    // flags
    no_eu_approval, collection, demo, wheelchair, invalidity, legal_person, explain, json, help, version,
    children,
    // documents
    reason, origin, third_party, minor, co_holder, leased, inspection_exempt,
    // deadline
    event_date, kind,
};

// The subcommands an option belongs to (a bit each).
inline constexpr std::uint8_t for_quote = 1;
inline constexpr std::uint8_t for_documents = 2;
inline constexpr std::uint8_t for_deadline = 4;
inline constexpr std::uint8_t for_all = for_quote | for_documents | for_deadline;

struct opt_row {
    std::string_view name;  // without "--"
    opt id;
    bool takes_value;
    std::uint8_t used_by;   // for_quote | for_documents | for_deadline
};

inline constexpr opt_row option_table[] = {
    {"department", opt::department, true, for_quote},
    {"date", opt::date, true, for_quote | for_documents},
    {"procedure", opt::procedure, true, for_all},
    {"genre", opt::genre, true, for_quote},
    {"energy", opt::energy, true, for_quote},
    {"cv", opt::cv, true, for_quote},
    {"first-registration", opt::first_registration, true, for_quote | for_documents},
    {"co2", opt::co2, true, for_quote},
    {"cycle", opt::cycle, true, for_quote},
    {"mass", opt::mass, true, for_quote},
    {"ptac", opt::ptac, true, for_quote},
    {"cylinder", opt::cylinder, true, for_quote},
    {"seats", opt::seats, true, for_quote},
    {"register", opt::register_system, true, for_quote},
    {"address-change", opt::address_change, true, for_quote},
    {"price", opt::price, true, for_quote},
    {"children", opt::children, true, for_quote},
    {"lang", opt::lang, true, for_all},
    {"reason", opt::reason, true, for_documents},
    {"origin", opt::origin, true, for_documents},
    {"event-date", opt::event_date, true, for_deadline},
    {"kind", opt::kind, true, for_deadline},
    {"no-eu-approval", opt::no_eu_approval, false, for_quote},
    {"collection", opt::collection, false, for_quote},
    {"demo", opt::demo, false, for_quote},
    {"wheelchair", opt::wheelchair, false, for_quote},
    {"invalidity", opt::invalidity, false, for_quote},
    {"legal-person", opt::legal_person, false, for_quote},
    {"explain", opt::explain, false, for_quote},
    {"third-party", opt::third_party, false, for_documents},
    {"minor", opt::minor, false, for_documents},
    {"co-holder", opt::co_holder, false, for_documents},
    {"leased", opt::leased, false, for_documents},
    {"inspection-exempt", opt::inspection_exempt, false, for_documents},
    {"json", opt::json, false, for_all},
    {"help", opt::help, false, for_all},
    {"version", opt::version, false, for_all},
};
inline constexpr std::size_t option_count = sizeof(option_table) / sizeof(option_table[0]);

// A user's value quoted in a message: at most 40 bytes, control bytes as '?', so that an error is always
// one line whatever was typed.
inline std::string shown(std::string_view v) {
    std::string out = "'";
    for (std::size_t i = 0; i < v.size() && i < 40; ++i) {
        const auto c = static_cast<unsigned char>(v[i]);
        out += (c < 0x20 || c == 0x7f) ? '?' : v[i];
    }
    if (v.size() > 40) out += "...";
    return out + "'";
}

inline cli_error usage_error(std::string field, std::string message) {
    return cli_error{failure_kind::usage, errc::invalid_value, std::move(field), std::move(message)};
}
inline cli_error input_error(const error& e) {
    return cli_error{failure_kind::input, e.code, std::string{e.field}, std::string{e.message}};
}
inline cli_error input_error(errc code, std::string_view field, std::string message) {
    return cli_error{failure_kind::input, code, std::string{field}, std::move(message)};
}

// The subcommand's name and bit; 0 for help and version, which accept every option.
constexpr std::string_view command_name(command c) noexcept {
    switch (c) {
        case command::quote: return "quote";
        case command::help: return "help";
        case command::version: return "version";
        case command::documents: return "documents";
        case command::deadline: return "deadline";
    }
    return "?";
}
constexpr std::uint8_t command_bit(command c) noexcept {
    switch (c) {
        case command::quote: return for_quote;
        case command::documents: return for_documents;
        case command::deadline: return for_deadline;
        case command::help:
        case command::version: return 0;
    }
    return 0;
}
constexpr bool command_word(std::string_view w, command& c) noexcept {
    constexpr command all[] = {command::quote, command::documents, command::deadline, command::help, command::version};
    for (const command k : all)
        if (w == command_name(k)) {
            c = k;
            return true;
        }
    return false;
}

}  // namespace detail

// Parses the arguments after the program name. `today` is the application date when --date is absent
// (the caller reads the clock; this function reads nothing). The whole line is scanned: a usage error
// anywhere wins over an input error, so exit 2 never depends on the order of the options.
inline parse_result parse_args(const std::vector<std::string_view>& args, date today) {
    using detail::opt;
    parse_result out;
    options& o = out.opts;
    o.req.application_date = today;
    std::optional<cli_error> usage;
    std::optional<cli_error> input;
    const auto set_usage = [&usage](cli_error e) {
        if (!usage) usage = std::move(e);
    };
    const auto set_input = [&input](cli_error e) {
        if (!input) input = std::move(e);
    };

    bool have_command = false;
    bool seen[detail::option_count] = {};
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        if (arg.size() < 2 || arg.substr(0, 2) != "--") {
            if (arg == "-h") {
                o.cmd = command::help;
                have_command = true;
                continue;
            }
            if (arg.size() > 1 && arg.front() == '-') {
                set_usage(detail::usage_error("", "unknown option " + detail::shown(arg)));
                continue;
            }
            if (!have_command && detail::command_word(arg, o.cmd)) {
                have_command = true;
                continue;
            }
            set_usage(detail::usage_error("", have_command ? "unexpected argument " + detail::shown(arg)
                                                           : "unknown command " + detail::shown(arg) +
                                                                 " (expected quote, documents, deadline, help or --version)"));
            continue;
        }
        std::string_view name = arg.substr(2);
        std::optional<std::string_view> inline_value;
        if (const auto eq = name.find('='); eq != std::string_view::npos) {
            inline_value = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        const detail::opt_row* row = nullptr;
        std::size_t row_index = 0;
        for (std::size_t k = 0; k < detail::option_count; ++k)
            if (detail::option_table[k].name == name) {
                row = &detail::option_table[k];
                row_index = k;
            }
        if (row == nullptr) {
            set_usage(detail::usage_error("", "unknown option " + detail::shown(std::string{"--"} + std::string{name})));
            continue;
        }
        const std::string field{row->name};
        if (seen[row_index]) set_usage(detail::usage_error(field, "option '--" + field + "' given twice"));
        seen[row_index] = true;

        if (!row->takes_value) {
            if (inline_value) {
                set_usage(detail::usage_error(field, "option '--" + field + "' takes no value"));
                continue;
            }
            switch (row->id) {
                case opt::no_eu_approval: o.req.vehicle.eu_type_approval = false; break;
                case opt::collection: o.req.vehicle.collection = true; break;
                case opt::demo: o.req.vehicle.demonstration = true; break;
                case opt::wheelchair: o.req.vehicle.wheelchair_accessible = true; break;
                case opt::invalidity: o.req.holder.invalidity_card = true; break;
                case opt::legal_person: o.req.holder.legal_person = true; break;
                case opt::third_party: o.context.third_party = true; break;
                case opt::minor: o.context.minor_holder = true; break;
                case opt::co_holder: o.context.co_holder = true; break;
                case opt::leased: o.context.leased = true; break;
                case opt::inspection_exempt: o.context.inspection_exempt = true; break;
                case opt::explain: o.explain = true; break;
                case opt::json: o.json = true; break;
                case opt::help: o.cmd = command::help; have_command = true; break;
                case opt::version: o.cmd = command::version; have_command = true; break;
                default: break;
            }
            continue;
        }

        std::string_view value;
        if (inline_value) {
            value = *inline_value;
        } else if (i + 1 < args.size()) {
            value = args[++i];
        } else {
            set_usage(detail::usage_error(field, "option '--" + field + "' needs a value"));
            continue;
        }
        const auto integer = [&](maybe<int>& target) {
            if (const auto v = parse_int(value)) target = *v;
            else set_usage(detail::usage_error(field, "--" + field + " expects an integer, not " + detail::shown(value)));
        };
        const auto calendar = [&](maybe<date>& target) {
            if (const auto d = parse_date(value)) target = *d;
            else set_input(detail::input_error(errc::invalid_value, field, detail::shown(value) + " is not a date (YYYY-MM-DD)"));
        };
        switch (row->id) {
            case opt::department:
                if (const auto d = parse_department(value)) o.req.holder_department = *d;
                else set_input(detail::input_error(d.get_error()));
                break;
            case opt::date:
                calendar(o.req.application_date);
                o.date_given = true;
                break;
            case opt::procedure:
                if (const auto p = parse_procedure(value)) o.req.procedure = *p;
                else set_input(detail::input_error(p.get_error()));
                break;
            case opt::genre:
                if (const auto g = parse_genre(value)) o.req.vehicle.genre = *g;
                else set_input(detail::input_error(g.get_error()));
                break;
            case opt::energy:
                if (const auto e = parse_energy(value)) o.req.vehicle.energy = *e;
                else set_input(detail::input_error(e.get_error()));
                break;
            case opt::cv: integer(o.req.vehicle.fiscal_cv); break;
            case opt::first_registration: calendar(o.req.vehicle.first_registration); break;
            case opt::co2: integer(o.req.vehicle.co2_g_km); break;
            case opt::cycle:
                if (cartegrise::detail::iequal(value, "wltp")) o.req.vehicle.cycle = co2_cycle::wltp;
                else if (cartegrise::detail::iequal(value, "nedc")) o.req.vehicle.cycle = co2_cycle::nedc;
                else set_input(detail::input_error(errc::invalid_value, field, "the CO2 test cycle must be 'wltp' or 'nedc'"));
                break;
            case opt::mass: integer(o.req.vehicle.mass_kg); break;
            case opt::ptac: integer(o.req.vehicle.ptac_kg); break;
            case opt::cylinder: integer(o.req.vehicle.cylinder_cm3); break;
            case opt::seats: integer(o.req.vehicle.seats); break;
            case opt::register_system:
                if (const auto r = parse_registration_system(value)) o.req.vehicle.register_system = *r;
                else set_input(detail::input_error(r.get_error()));
                break;
            case opt::address_change: integer(o.req.address_change_rank); break;
            case opt::children: {
                maybe<int> n;
                integer(n);
                if (n) o.req.holder.dependent_children = *n;
                break;
            }
            case opt::price:
                if (const auto m = parse_euros(value)) o.req.purchase_price = *m;
                else set_usage(detail::usage_error(field, "--price expects euros with at most two decimals (35000 or 35000.50), not " + detail::shown(value)));
                break;
            case opt::lang:
                if (const auto l = parse_lang(value)) o.language = *l;
                else set_input(detail::input_error(l.get_error()));
                break;
            case opt::reason:
                if (const auto r = parse_duplicate_reason(value)) o.context.reason = *r;
                else set_input(detail::input_error(r.get_error()));
                break;
            case opt::origin:
                if (const auto g = parse_import_origin(value)) o.context.origin = *g;
                else set_input(detail::input_error(g.get_error()));
                break;
            case opt::event_date: calendar(o.event_date); break;
            case opt::kind:
                if (const auto k = parse_deadline_kind(value)) o.kind = *k;
                else set_input(detail::input_error(k.get_error()));
                break;
            default: break;
        }
    }
    if (!have_command && !usage) set_usage(detail::usage_error("", "no command (expected quote, documents, deadline, help or --version)"));
    // An option of another subcommand, then the options documents and deadline cannot do without (given,
    // even with a refused value: that one is an input error).
    const std::uint8_t bit = detail::command_bit(o.cmd);
    if (have_command && bit != 0) {
        const std::string cmd_name{detail::command_name(o.cmd)};
        for (std::size_t k = 0; k < detail::option_count; ++k)
            if (seen[k] && (detail::option_table[k].used_by & bit) == 0) {
                const std::string field{detail::option_table[k].name};
                set_usage(detail::usage_error(field, "option '--" + field + "' does not apply to " + cmd_name));
            }
        const auto require_option = [&](opt id) {
            for (std::size_t k = 0; k < detail::option_count; ++k)
                if (detail::option_table[k].id == id && !seen[k]) {
                    const std::string field{detail::option_table[k].name};
                    set_usage(detail::usage_error(field, cmd_name + " needs option '--" + field + "'"));
                }
        };
        if (o.cmd == command::documents || o.cmd == command::deadline) require_option(opt::procedure);
        if (o.cmd == command::deadline) require_option(opt::event_date);
    }
    if (o.cmd == command::documents) {
        o.context.application_date = o.req.application_date;
        o.context.first_registration = o.req.vehicle.first_registration;
    }
    // help and --version ignore input errors; they still refuse a malformed line.
    if (usage) out.error = std::move(usage);
    else if (input && bit != 0) out.error = std::move(input);
    return out;
}

inline parse_result parse_args(int argc, const char* const* argv, date today) {
    std::vector<std::string_view> args;
    for (int i = 1; i < argc; ++i) args.emplace_back(argv[i] != nullptr ? argv[i] : "");
    return parse_args(args, today);
}

}  // namespace cartegrise::cli

#endif
