// `cartegrise batch`: one quote per line of a CSV file (a header row naming the columns: the quote
// options without dashes, "department,date,procedure,genre,energy,cv,first-registration,...") or of JSON
// lines (one object per line with the same keys). Output: one JSON object a line, {"line": N, ...} with
// the quote's lines in cents or an "error" naming the field, or CSV with the six lines in cents. A bad
// line never stops the batch. No I/O here: the runner takes bytes and appends its output to a string
// (tests/cli/unit/cli_batch_test.cpp, tests/fuzz/batch_fuzzer.cpp).
#ifndef CARTEGRISE_CLI_BATCH_HPP
#define CARTEGRISE_CLI_BATCH_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "args.hpp"

namespace cartegrise::cli {

class batch_runner {
public:
    // `defaults`: the command line's options (--lang, --format); `today`: the application date of a line
    // without a date column.
    batch_runner(const options& defaults, date today);

    // Feeds the next bytes of the input (any split: a line may straddle two calls); appends the answers
    // of the complete lines to `out`. CRLF and a UTF-8 byte-order mark are accepted.
    void feed(std::string_view bytes, std::string& out);
    // The input is over: answers a last line without its newline.
    void finish(std::string& out);

    [[nodiscard]] std::size_t lines() const noexcept { return lines_; }
    [[nodiscard]] std::size_t failed() const noexcept { return failed_; }
    // A header that names an unknown column: the whole batch is a usage error (exit 2).
    [[nodiscard]] const std::optional<cli_error>& header_error() const noexcept { return header_error_; }

private:
    void line(std::string_view text, std::string& out);
    void header(std::string_view text, std::string& out);
    void answer(std::size_t number, const options& o, const std::optional<cli_error>& problem, std::string& out);

    options defaults_;
    date today_;
    std::string pending_;                   // a line not yet ended
    bool started_ = false;                  // past the byte-order mark check
    bool json_lines_ = false;               // input format, decided by the first line
    bool have_header_ = false;
    char separator_ = ',';
    std::vector<const option_row*> columns_;  // CSV: the option of each column
    std::optional<cli_error> header_error_;
    std::size_t lines_ = 0;                 // data lines answered
    std::size_t failed_ = 0;
    std::size_t number_ = 0;                // physical line number of the input
};

// The CSV header of --format csv.
std::string batch_csv_header();

}  // namespace cartegrise::cli

#endif
