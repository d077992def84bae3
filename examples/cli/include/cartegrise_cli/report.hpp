// What the `cartegrise` tool prints, as strings (main.cpp does the writing): the quote report (text and
// JSON), documents, deadlines, rates, coming fee changes, help and version. No I/O here, so
// tests/cli/unit/cli_output_test.cpp checks it.
#ifndef CARTEGRISE_CLI_REPORT_HPP
#define CARTEGRISE_CLI_REPORT_HPP

#include <cartegrise/cartegrise.hpp>
#include <cartegrise/text/lang.hpp>

#include <optional>
#include <string>
#include <vector>

#include "args.hpp"

namespace cartegrise::cli {

// The text report: a header, Y.1 … Y.6 with their parts when non-zero, the data-vintage warning, and
// with --explain the trail.
std::string text_report(const options& o, const breakdown& b);
// The quote as one JSON object (cartegrise::write_quote_json), pretty-printed, and a newline.
std::string json_report(const options& o, const breakdown& b);

std::string documents_report(const options& o, const document_list& l);
std::string deadline_report(const options& o, const deadline& d);
std::string deadlines_report(const options& o, const deadline_list& l);

// `cartegrise rates --date D`: every region's figures on D.
std::string rates_report(const options& o, const std::vector<rates_in_force>& regions);

// `cartegrise next-change`: the coming changes of the fee, in order.
std::string changes_report(const options& o, money today, const std::vector<fee_change>& changes);

// `cartegrise fiscal-power`: P.6 with its formula, source and evidence (text), or
// cartegrise::write_fiscal_power_json (JSON).
std::string fiscal_power_report(const options& o, const vehicle_data& v, date registered_in_france, const fiscal_power_answer& a);

// What a command prints, or why it refused (the library's error under the option that set the field).
struct command_answer {
    std::string out;
    std::optional<cli_error> refusal;
};
// A library refusal as the commands report it: under the option that sets the field; an event's date
// that came from --event-date (deadline) under --event-date.
cli_error refusal(const options& o, const error& err);

// The whole commands, one body each, which the tool and the npm package both run (no I/O: the caller
// prints `out` or the refusal).
// `fiscal-power`: the subject is a passenger car unless --genre says otherwise (the JSON echoes the genre
// used); --first-registration is the first registration in France, by default the application date: an
// import registered now.
command_answer fiscal_power_command(const options& o);
// `rates --date D`: every region's figures on D.
command_answer rates_command(const options& o);
// `next-change`: the fee on the application date, then each change up to --until (five years by default).
command_answer next_change_command(const options& o);
// `documents --procedure P`: the documents P needs in the situation the options give.
command_answer documents_command(const options& o);
// `deadline --procedure P`: every deadline of P, or with --kind the one that counts from its own event
// (whose date, or --event-date, is then needed).
command_answer deadline_command(const options& o);

// `cartegrise --version`: the library version and the data vintage; with --json {"library": {...}}.
std::string version_text();
std::string version_json();
// `cartegrise help [COMMAND]`; with --json the same as one object (commands, their options, exit codes).
std::string help_text(command topic, lang lg);
std::string help_json(command topic, lang lg);

}  // namespace cartegrise::cli

#endif
