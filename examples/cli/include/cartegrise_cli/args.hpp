// The command line of the `cartegrise` tool, parsed without any I/O: argv in, options and a request out,
// or typed errors. A pure function, so it is unit-tested and fuzzed (tests/cli/unit/cli_args_test.cpp).
//
// Two kinds of failure, two exit codes:
//  - usage errors (exit 2): no or unknown subcommand, unknown option, an option of another subcommand,
//    a missing option value, an option given twice, a number that is not a number ("7x", "", "12.345"
//    for a price), an unknown --lang, a subcommand without an option it needs;
//  - input errors (exit 1): a well-formed value the library refuses (unknown department, genre, energy,
//    procedure, deadline kind, duplicate reason, import origin; an impossible date). They carry the
//    library's error, reported under the option the user typed.
#ifndef CARTEGRISE_CLI_ARGS_HPP
#define CARTEGRISE_CLI_ARGS_HPP

#include <cartegrise/cartegrise.hpp>
#include <cartegrise/text/lang.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "options.hpp"

namespace cartegrise::cli {

enum class output_format : std::uint8_t { jsonl, csv };

struct options {
    command cmd = command::quote;
    command help_topic = command::help;  // `cartegrise help quote`: quote
    // quote, next-change: the whole request. documents and deadline read --procedure from req.procedure;
    // documents its --date and --first-registration (copied into `context` as well).
    request req;
    bool explain = false;
    bool json = false;
    lang language = lang::fr;
    bool date_given = false;  // false: the application date is the `today` given to parse_args
    document_context context;   // documents: the applicant's situation
    event_dates events;         // deadline: the date of each event (--event-date fills those not given)
    std::uint16_t own_event_dates = 0;  // the events given their own option (--transfer-date...), a bit each
    maybe<date> event_date;     // deadline --event-date
    maybe<deadline_kind> kind;  // deadline --kind: one deadline
    maybe<date> until;          // next-change: the last date looked at
    std::string input = "-";    // batch: the file, "-" for standard input
    output_format format = output_format::jsonl;
};

enum class failure_kind : std::uint8_t {
    usage,  // exit 2: the command line itself is wrong
    input,  // exit 1: a value the library refuses
};

// What is wrong with the command line (usage errors), or that the library refused a value (refused).
enum class problem : std::uint8_t {
    refused,               // input error: `refusal` says why
    no_command,
    unknown_command,
    unexpected_argument,
    unknown_option,
    missing_value,
    given_twice,
    takes_no_value,
    not_an_integer,
    not_euros,
    not_for_command,       // an option of another subcommand
    command_needs_option,
    unknown_value,         // a value outside a short list (--lang, --format)
};

struct cli_error {
    failure_kind kind = failure_kind::usage;
    problem what = problem::no_command;
    std::string option;      // the option without "--", or empty
    std::string value;       // what the user typed, when it matters
    std::string suggestion;  // the nearest valid name or code, or empty
    command cmd = command::quote;  // for not_for_command and command_needs_option
    error refusal;           // problem::refused: the library's error

    [[nodiscard]] int exit_code() const noexcept { return kind == failure_kind::usage ? 2 : 1; }
};

struct parse_result {
    options opts;
    std::optional<cli_error> error;
    [[nodiscard]] bool ok() const noexcept { return !error.has_value(); }
};

// Strict decimal integer: an optional '-', then digits only, within int. No blanks, no '+', no "0x".
std::optional<int> parse_int(std::string_view s) noexcept;
// Euros with at most two decimals, '.' or ',' as the decimal mark, to integer cents (never a double).
std::optional<money> parse_euros(std::string_view s) noexcept;
// The candidate nearest to `typed` (edit distance, case-insensitive) when it is close enough to be a
// typo; empty otherwise.
std::string nearest(std::string_view typed, const std::vector<std::string_view>& candidates);
// The valid codes of a field, for suggestions (departments, genres, energies, procedures, ...).
std::vector<std::string_view> codes_of(request_field f);

// Sets one option from its text, as on the command line or in a batch file column. The error, if any.
std::optional<cli_error> set_option(options& o, const option_row& row, std::string_view value);

// Parses the arguments after the program name. `today` is the application date when --date is absent
// (the caller reads the clock; this function reads nothing). The whole line is scanned: a usage error
// anywhere wins over an input error, so exit 2 never depends on the order of the options.
parse_result parse_args(const std::vector<std::string_view>& args, date today);
parse_result parse_args(int argc, const char* const* argv, date today);

}  // namespace cartegrise::cli

#endif
