// The records of a batch input, read without I/O: a CSV record into its cells (RFC 4180 quoting) and a
// flat JSON object into (key, text) pairs. batch.cpp turns them into quotes.
#ifndef CARTEGRISE_CLI_RECORDS_HPP
#define CARTEGRISE_CLI_RECORDS_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cartegrise::cli {

enum class csv_status : std::uint8_t { ok, unbalanced, line_break_outside_quotes };

// A CSV record into cells: `sep` separated; a cell that starts with a double quote runs to the closing
// one, may hold separators and line breaks, and "" for a quote. Blanks around a cell do not count.
std::vector<std::string> split_csv(std::string_view line, char sep, csv_status& status);

// A flat JSON object of strings, numbers, booleans and nulls into (key, text) pairs: a number keeps its
// spelling ("35000.50", "7e0": the option refuses what is not its kind of number), a boolean is
// "true"/"false", null an empty text. False on anything else; `where` is then the byte where it went
// wrong (from 1) and `key` the key being read, if any.
bool parse_flat_json(std::string_view text, std::vector<std::pair<std::string, std::string>>& out, std::size_t& where, std::string& key);

// The members of a JSON object, each value as its raw text (a nested object, an array or a string kept
// whole, quotes included): enough to tell a nested request from a flat record and to take the id out of
// it. False when the text is not one object whose strings and brackets balance; the values themselves
// are checked by whoever reads them.
bool split_json_members(std::string_view text, std::vector<std::pair<std::string, std::string_view>>& out);

}  // namespace cartegrise::cli

#endif
