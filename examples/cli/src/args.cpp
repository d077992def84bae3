// The command line of the `cartegrise` tool: see args.hpp.
#include <cartegrise_cli/args.hpp>

#include <cartegrise/text/format.hpp>
#include <cartegrise/text/lang.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <utility>

namespace cartegrise::cli {

std::optional<int> parse_int(std::string_view s) noexcept {
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

std::optional<money> parse_euros(std::string_view s) noexcept {
    bool negative = false;
    if (!s.empty() && s.front() == '-') {
        negative = true;
        s.remove_prefix(1);
    }
    std::string_view whole = s;
    std::string_view frac;
    if (const auto mark = s.find_first_of(".,"); mark != std::string_view::npos) {
        whole = s.substr(0, mark);
        frac = s.substr(mark + 1);
        if (frac.size() != 2) return std::nullopt;
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

namespace {

constexpr char upper(char c) noexcept { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            const bool same = upper(a[i - 1]) == upper(b[j - 1]);
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0u : 1u)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

// Every code of an enumeration, in order: to_string() says "?" past the last enumerator.
template <class E>
std::vector<std::string_view> all_codes() {
    std::vector<std::string_view> out;
    for (std::size_t i = 0; i < 256; ++i) {
        const std::string_view code = to_string(static_cast<E>(i));
        if (code == "?") break;
        out.push_back(code);
    }
    return out;
}

cli_error usage(problem what, std::string option, std::string value = {}) {
    cli_error e;
    e.kind = failure_kind::usage;
    e.what = what;
    e.option = std::move(option);
    e.value = std::move(value);
    return e;
}

}  // namespace

cli_error input_error(problem what, request_field field, std::string option, std::string value) {
    cli_error e;
    e.kind = failure_kind::input;
    e.what = what;
    e.refusal = error{errc::invalid_value, field, error_reason::required, {}};
    e.option = std::move(option);
    e.value = std::move(value);
    return e;
}

std::string_view problem_name(problem p) noexcept {
    constexpr std::string_view names[] = {
        "refused", "not_an_integer", "not_euros", "zero_price", "not_a_date", "until_before_date", "too_long",
        "not_a_flag_value", "cells_missing", "cells_extra", "unbalanced_quote", "malformed_json", "unknown_key",
        "column_twice", "no_command", "unknown_command", "unexpected_argument", "unknown_option", "missing_value",
        "given_twice", "takes_no_value", "not_for_command", "command_needs_option", "unknown_value", "unknown_columns"};
    static_assert(sizeof(names) / sizeof(names[0]) == static_cast<std::size_t>(problem::unknown_columns) + 1,
                  "a name for every problem");
    const auto i = static_cast<std::size_t>(p);
    return i < sizeof(names) / sizeof(names[0]) ? names[i] : std::string_view{"unknown"};
}

namespace {

cli_error refused(const error& lib, std::string_view option, std::string_view value) {
    cli_error e;
    e.kind = failure_kind::input;
    e.what = problem::refused;
    e.option = std::string{option};
    e.value = std::string{value};
    e.refusal = lib;
    if (lib.reason == error_reason::unknown_code) e.suggestion = nearest(value, codes_of(lib.field));
    return e;
}

// A value parsed by a library function, or the refusal under this option.
template <class T, class Set>
std::optional<cli_error> take(const result<T>& r, const option_row& row, std::string_view value, Set&& set) {
    if (!r) return refused(r.error(), row.name, value);
    set(*r);
    return std::nullopt;
}

std::optional<cli_error> take_date(maybe<date>& target, const option_row& row, std::string_view value) {
    if (const auto d = parse_date(value)) {
        target = *d;
        return std::nullopt;
    }
    if (row.field == request_field::none) return input_error(problem::not_a_date, request_field::none, std::string{row.name}, std::string{value});
    return refused(error{errc::invalid_value, row.field, error_reason::not_a_calendar_date, {}}, row.name, value);
}

std::optional<cli_error> take_int(maybe<int>& target, const option_row& row, std::string_view value) {
    if (const auto v = parse_int(value)) {
        target = *v;
        return std::nullopt;
    }
    return input_error(problem::not_an_integer, row.field, std::string{row.name}, std::string{value});
}

// A field of the request, by its kind: the library's parser for a code, the command line's for a number.
std::optional<cli_error> set_field(request& r, const option_row& row, const field_descriptor& d, std::string_view value) {
    const auto put = [&](auto v) { d.set(r, field_value_of(v)); };
    switch (d.kind) {
        case field_kind::date: {
            maybe<date> day;
            if (auto e = take_date(day, row, value)) return e;
            put(*day);
            return std::nullopt;
        }
        case field_kind::department: return take(parse_department(value), row, value, put);
        case field_kind::procedure: return take(parse_procedure(value), row, value, put);
        case field_kind::genre: return take(parse_genre(value), row, value, put);
        case field_kind::energy: return take(parse_energy(value), row, value, put);
        case field_kind::cycle: return take(parse_co2_cycle(value), row, value, put);
        case field_kind::register_system: return take(parse_registration_system(value), row, value, put);
        case field_kind::integer:
        case field_kind::count: {
            maybe<int> n;
            if (auto e = take_int(n, row, value)) return e;
            put(*n);
            return std::nullopt;
        }
        case field_kind::cents:
            if (const auto m = parse_euros(value)) {
                if (*m == money::zero()) return input_error(problem::zero_price, row.field, std::string{row.name}, std::string{value});
                put(*m);
                return std::nullopt;
            }
            return input_error(problem::not_euros, row.field, std::string{row.name}, std::string{value});
        case field_kind::flag: put(true); return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace

std::string nearest(std::string_view typed, const std::vector<std::string_view>& candidates) {
    std::string_view best;
    std::size_t best_distance = std::numeric_limits<std::size_t>::max();
    std::size_t ties = 0;
    for (const auto c : candidates) {
        // The distance is at least the difference of the lengths: a far longer word (a 10 MB cell) is no
        // typo of a short code, and is not compared letter by letter.
        const std::size_t gap = typed.size() > c.size() ? typed.size() - c.size() : c.size() - typed.size();
        if (gap > std::max<std::size_t>(1, std::max(typed.size(), c.size()) / 3)) continue;
        const std::size_t d = edit_distance(typed, c);
        if (d < best_distance) {
            best_distance = d;
            best = c;
            ties = 1;
        } else if (d == best_distance) {
            ++ties;
        }
    }
    // A typo: at most a third of the longer word, one candidate only (two at the same distance is a
    // guess), and a word long enough to be mistyped (not "99" for "09").
    const std::size_t limit = std::max<std::size_t>(1, std::max(typed.size(), best.size()) / 3);
    if (best.empty() || typed.size() < 3 || ties > 1 || best_distance == 0 || best_distance > limit) return {};
    return std::string{best};
}

std::vector<std::string_view> codes_of(request_field f) {
    switch (f) {
        case request_field::holder_department: {
            std::vector<std::string_view> out;
            for (std::size_t i = 0; i < department_count; ++i) out.push_back(department::at(i).code());
            return out;
        }
        case request_field::procedure: return all_codes<procedure>();
        case request_field::vehicle_genre: return all_codes<genre>();
        case request_field::vehicle_energy: return all_codes<energy>();
        case request_field::vehicle_cycle: return all_codes<co2_cycle>();
        case request_field::vehicle_register_system: return all_codes<registration_system>();
        case request_field::context_reason: return {"theft", "loss", "damage"};
        case request_field::context_origin: return {"eu", "outside-eu"};
        case request_field::deadline_kind: return all_codes<deadline_kind>();
        case request_field::language: return all_codes<lang>();
        default: return {};
    }
}

std::optional<cli_error> set_option(options& o, const option_row& row, std::string_view value) {
    if (value.size() > max_value_bytes) {
        cli_error e = input_error(problem::too_long, row.field, std::string{row.name});
        e.count = value.size();
        return e;
    }
    switch (row.id) {
        case opt::field: {
            if (row.field == request_field::application_date) o.date_given = true;
            const field_descriptor* d = descriptor_of(row.field);
            return d != nullptr ? set_field(o.req, row, *d, value) : std::nullopt;
        }
        case opt::lang: {
            const auto l = parse_lang(value);
            if (l) {
                o.language = *l;
                return std::nullopt;
            }
            cli_error e = usage(problem::unknown_value, "lang", std::string{value});
            e.suggestion = nearest(value, codes_of(request_field::language));
            return e;
        }
        case opt::reason: return take(parse_duplicate_reason(value), row, value, [&](duplicate_reason r) { o.context.reason = r; });
        case opt::origin: return take(parse_import_origin(value), row, value, [&](import_origin g) { o.context.origin = g; });
        case opt::event_date: return take_date(o.event_date, row, value);
        case opt::kind: return take(parse_deadline_kind(value), row, value, [&](deadline_kind k) { o.kind = k; });
        case opt::transfer_date: case opt::purchase_date: case opt::move_date: case opt::transformation_date:
        case opt::declaration_date: case opt::lessee_notice_date: case opt::issuance_date: case opt::death_date:
        case opt::application_date: {
            maybe<date> d;
            if (auto e = take_date(d, row, value)) return e;
            const auto event = static_cast<std::size_t>(row.field) - static_cast<std::size_t>(request_field::events_transfer);
            o.events.set(static_cast<deadline_event>(event), *d);
            o.own_event_dates |= static_cast<std::uint16_t>(1u << event);
            return std::nullopt;
        }
        case opt::until: return take_date(o.until, row, value);
        case opt::input:
            o.input = std::string{value};
            return std::nullopt;
        case opt::output:
            o.output = std::string{value};
            return std::nullopt;
        case opt::pass_through: o.pass_through = true; return std::nullopt;
        case opt::format:
            if (value == "jsonl" || value == "csv") {
                o.format = value == "csv" ? output_format::csv : output_format::jsonl;
                return std::nullopt;
            }
            {
                cli_error e = usage(problem::unknown_value, "format", std::string{value});
                e.suggestion = nearest(value, {"jsonl", "csv"});
                return e;
            }
        // Flags.
        case opt::explain: o.explain = true; return std::nullopt;
        case opt::json: o.json = true; return std::nullopt;
        case opt::third_party: o.context.third_party = true; return std::nullopt;
        case opt::minor: o.context.minor_holder = true; return std::nullopt;
        case opt::co_holder: o.context.co_holder = true; return std::nullopt;
        case opt::leased: o.context.leased = true; return std::nullopt;
        case opt::inspection_exempt: o.context.inspection_exempt = true; return std::nullopt;
        case opt::help: case opt::version: return std::nullopt;
    }
    return std::nullopt;
}

namespace {

bool command_word(std::string_view w, command& c) {
    for (const command k : all_commands)
        if (w == command_name(k)) {
            c = k;
            return true;
        }
    return false;
}

std::vector<std::string_view> command_names() {
    std::vector<std::string_view> out;
    for (const command k : all_commands) out.push_back(command_name(k));
    return out;
}

std::vector<std::string_view> option_names() {
    std::vector<std::string_view> out;
    for (const auto& row : option_table) out.push_back(row.name);
    return out;
}

}  // namespace

parse_result parse_args(const std::vector<std::string_view>& args, date today) {
    parse_result out;
    options& o = out.opts;
    o.req.application_date = today;
    std::optional<cli_error> first_usage;
    std::optional<cli_error> first_input;
    const auto note = [&](cli_error e) {
        auto& slot = e.kind == failure_kind::usage ? first_usage : first_input;
        if (!slot) slot = std::move(e);
    };

    bool have_command = false;
    bool topic_taken = false;
    bool seen[option_count] = {};
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        if (arg.size() < 2 || arg.substr(0, 2) != "--") {
            if (arg == "-h") {
                o.cmd = command::help;
                have_command = true;
                continue;
            }
            if (arg.size() > 1 && arg.front() == '-') {
                note(usage(problem::unknown_option, {}, std::string{arg}));
                continue;
            }
            if (!have_command && command_word(arg, o.cmd)) {
                have_command = true;
                continue;
            }
            // `cartegrise help quote`: the subcommand whose help is asked.
            if (have_command && o.cmd == command::help && !topic_taken && command_word(arg, o.help_topic)) {
                topic_taken = true;
                continue;
            }
            cli_error e = usage(have_command ? problem::unexpected_argument : problem::unknown_command, {}, std::string{arg});
            if (!have_command) e.suggestion = nearest(arg, command_names());
            note(std::move(e));
            continue;
        }
        std::string_view name = arg.substr(2);
        std::optional<std::string_view> inline_value;
        if (const auto eq = name.find('='); eq != std::string_view::npos) {
            inline_value = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        const option_row* row = find_option(name);
        if (row == nullptr) {
            cli_error e = usage(problem::unknown_option, {}, "--" + std::string{name});
            e.suggestion = nearest(name, option_names());
            if (!e.suggestion.empty()) e.suggestion = "--" + e.suggestion;
            note(std::move(e));
            continue;
        }
        const std::string field{row->name};
        const auto index = static_cast<std::size_t>(row - option_table);
        if (seen[index]) note(usage(problem::given_twice, field));
        seen[index] = true;
        if (!row->takes_value) {
            if (inline_value) {
                note(usage(problem::takes_no_value, field));
                continue;
            }
            if (row->id == opt::help) {
                if (have_command && o.cmd != command::help) o.help_topic = o.cmd;
                o.cmd = command::help;
                have_command = true;
            } else if (row->id == opt::version) {
                o.cmd = command::version;
                have_command = true;
            }
            set_option(o, *row, {});
            continue;
        }
        std::string_view value;
        if (inline_value) {
            value = *inline_value;
        } else if (i + 1 < args.size() && !(args[i + 1].size() > 2 && args[i + 1].substr(0, 2) == "--")) {
            // The next word is the value unless it is an option: `--cv --lang en` lacks the CV; it does
            // not read '--lang' as one. A value starting with "--" is given as --option=--value.
            value = args[++i];
        } else {
            note(usage(problem::missing_value, field));
            continue;
        }
        if (auto e = set_option(o, *row, value)) note(std::move(*e));
    }
    if (!have_command && !first_usage) note(usage(problem::no_command, {}));

    // An option of another subcommand, then the options a subcommand cannot do without (given, even
    // with a refused value: that one is an input error). help and version take every option.
    const bool checked = have_command && o.cmd != command::help && o.cmd != command::version;
    if (checked) {
        for (std::size_t k = 0; k < option_count; ++k)
            if (seen[k] && (option_table[k].used_by & bit(o.cmd)) == 0) {
                cli_error e = usage(problem::not_for_command, std::string{option_table[k].name});
                e.cmd = o.cmd;
                note(std::move(e));
            }
        const auto require = [&](request_field f) {
            for (std::size_t k = 0; k < option_count; ++k)
                if (option_table[k].field == f && !seen[k]) {
                    cli_error e = usage(problem::command_needs_option, std::string{option_table[k].name});
                    e.cmd = o.cmd;
                    note(std::move(e));
                }
        };
        if (o.cmd == command::documents || o.cmd == command::deadline) require(request_field::procedure);
    }
    if (o.cmd == command::next_change && o.until && o.req.application_date && *o.until < *o.req.application_date) {
        const auto& row = *find_option("until");
        note(input_error(problem::until_before_date, request_field::none, std::string{row.name}, format_iso_date(*o.until)));
    }
    if (o.cmd == command::documents) {
        o.context.application_date = o.req.application_date;
        o.context.first_registration = o.req.vehicle.first_registration;
    }
    if (o.cmd == command::deadline && o.event_date)
        for (std::size_t e = 0; e < deadline_event_count; ++e)
            if (!o.events.get(static_cast<deadline_event>(e))) o.events.set(static_cast<deadline_event>(e), *o.event_date);
    // help and --version ignore input errors; they still refuse a malformed line.
    if (first_usage) out.error = std::move(first_usage);
    else if (first_input && checked) out.error = std::move(first_input);
    return out;
}

parse_result parse_args(int argc, const char* const* argv, date today) {
    std::vector<std::string_view> args;
    for (int i = 1; i < argc; ++i) args.emplace_back(argv[i] != nullptr ? argv[i] : "");
    return parse_args(args, today);
}

}  // namespace cartegrise::cli
