// The command line of the `cartegrise` tool, parsed without any I/O: argv in, options and a request out,
// or typed errors. A pure function, so it is unit-tested and fuzzed (tests/cli/unit/cli_args_test.cpp).
//
// Two kinds of failure, two exit codes (exit_status below):
//  - usage errors (exit 2): no or unknown subcommand, unknown option, an option of another subcommand,
//    a missing option value, an option given twice, an unknown --lang or --format, a subcommand without
//    an option it needs;
//  - input errors (exit 1): a value refused, by the library (unknown department, genre, energy,
//    procedure, deadline kind; an impossible date) or by the tool before it (a number that is not one,
//    "7x", "", "12.345" for a price; a value too long). One shape: the field, the option (or batch
//    column), the reason, the message, whoever refused it.
#ifndef CARTEGRISE_CLI_ARGS_HPP
#define CARTEGRISE_CLI_ARGS_HPP

#include <cartegrise/cartegrise.hpp>
#include <cartegrise/text/lang.hpp>

#include <cstddef>
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
    std::string output = "-";   // batch: the file, written whole or not at all; "-" for standard output
    bool pass_through = false;  // batch: unknown columns echoed in the answers instead of refused
    output_format format = output_format::jsonl;
};

// The exit status of the tool, one place (docs/cli.md).
enum class exit_status : int {
    done = 0,        // every answer given (batch: every line quoted)
    refused = 1,     // a value refused (batch: at least one line refused, every line answered)
    usage = 2,       // the command line is wrong, or a batch header names unknown columns
    io = 3,          // the input cannot be read or the output cannot be written
    empty_batch = 4, // batch: no line to quote (an empty input, a header alone)
};

// The longest value a cell or an option takes, in bytes: a code, a date or a number is far shorter.
inline constexpr std::size_t max_value_bytes = 256;

enum class failure_kind : std::uint8_t {
    usage,  // exit 2: the command line itself is wrong
    input,  // exit 1: a value the library refuses
};

// What is wrong with the command line (usage errors), or that the library refused a value (refused).
enum class problem : std::uint8_t {
    refused,               // input error: `refusal` says why
    // Input errors found by the tool itself (`refusal.field` names the field when there is one).
    not_an_integer,
    not_euros,
    zero_price,            // a price of 0 would cap the 2022-2023 malus at 0
    not_a_date,            // an option that is not a request field (--until)
    until_before_date,
    too_long,              // more than max_value_bytes
    not_a_flag_value,      // batch: a flag cell other than true/1/yes/false/0/no
    cells_missing,         // batch: fewer cells than the header (`count` of `expected`)
    cells_extra,           // batch: more cells than the header
    unbalanced_quote,      // batch: a quoted cell never closed
    malformed_json,        // batch: not a flat JSON object (`count`: the byte where it goes wrong)
    unknown_key,           // batch: a JSON-lines key that is no column
    column_twice,          // batch: a JSON-lines key given twice
    // Usage errors.
    no_command,
    unknown_command,
    unexpected_argument,
    unknown_option,
    missing_value,
    given_twice,
    takes_no_value,
    not_for_command,       // an option of another subcommand
    command_needs_option,
    unknown_value,         // a value outside a short list (--lang, --format)
    unknown_columns,       // batch: header columns that are no option (`names`, `suggestions`)
};

// The stable name of a problem, the "reason" of a JSON error ("not_an_integer").
std::string_view problem_name(problem p) noexcept;

struct cli_error {
    failure_kind kind = failure_kind::usage;
    problem what = problem::no_command;
    std::string option;      // the option without "--", or empty
    std::string value;       // what the user typed, when it matters
    std::string suggestion;  // the nearest valid name or code, or empty
    command cmd = command::quote;  // for not_for_command and command_needs_option
    error refusal;           // problem::refused: the library's error; otherwise its field (or none)
    std::size_t count = 0;   // cells_missing, cells_extra: the cells found; malformed_json: the byte
    std::size_t expected = 0;  // cells_missing, cells_extra: the header's cells
    std::vector<std::string> names;        // unknown_columns: every unknown column
    std::vector<std::string> suggestions;  // unknown_columns: the nearest column of each, or empty

    [[nodiscard]] int exit_code() const noexcept {
        return static_cast<int>(kind == failure_kind::usage ? exit_status::usage : exit_status::refused);
    }
};

// An input error found by the tool, on `field` (none when the value sets no request field).
cli_error input_error(problem what, request_field field, std::string option, std::string value = {});

struct parse_result {
    options opts;
    std::optional<cli_error> error;
    [[nodiscard]] bool ok() const noexcept { return !error.has_value(); }
};

// Strict decimal integer: an optional '-', then digits only, within int. No blanks, no '+', no "0x".
std::optional<int> parse_int(std::string_view s) noexcept;
// Euros, whole or with exactly two decimals after '.' or ',' ("35000", "35000.50", "35000,50"), to integer
// cents (never a double). "1,5" is refused: one decimal after a comma reads as a thousands separator too.
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
