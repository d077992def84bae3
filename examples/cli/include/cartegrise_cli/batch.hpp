// `cartegrise batch`: one quote per line of a CSV file (a header row naming the columns: the quote
// options without dashes, "department,date,procedure,genre,energy,cv,first-registration,...") or of JSON
// lines (one object per line with the same keys). Output: one JSON object a line, {"line": N, ...} with
// the quote's lines in cents or an "error" naming the line, the column and the problem, or CSV with the
// six lines in cents. A column (key) `id` is echoed in every answer. A bad line never stops the batch:
// N lines in, N answers out, in order. No I/O here: the runner takes bytes and appends its output to a string
// (tests/cli/unit/cli_batch_test.cpp, tests/fuzz/batch_fuzzer.cpp).
#ifndef CARTEGRISE_CLI_BATCH_HPP
#define CARTEGRISE_CLI_BATCH_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "args.hpp"

namespace cartegrise::cli {

class batch_runner {
public:
    // `defaults`: the command line's options (--lang, --format, --pass-through); `today`: the application
    // date of a line without a date column.
    batch_runner(const options& defaults, date today);

    // Feeds the next bytes of the input (any split: a line may straddle two calls); appends the answers
    // of the complete lines to `out` (with --format csv, the output header first). LF, CRLF and CR line
    // ends and a UTF-8 byte-order mark are accepted; a CSV cell in double quotes may hold line breaks.
    void feed(std::string_view bytes, std::string& out);
    // The input is over: answers a last line without its newline.
    void finish(std::string& out);

    [[nodiscard]] std::size_t lines() const noexcept { return lines_; }    // answered
    [[nodiscard]] std::size_t failed() const noexcept { return failed_; }  // answered with an error
    // A header that names unknown columns (all of them) or a column twice: the batch stops (exit 2).
    [[nodiscard]] const std::optional<cli_error>& header_error() const noexcept { return header_error_; }

    // Lines a quoted cell may span, and its bytes: beyond, the quote is taken as never closed, the first
    // line is refused and the next ones are read again, so that one stray quote costs one line.
    static constexpr std::size_t max_record_lines = 8;
    static constexpr std::size_t max_record_bytes = 16 * 1024;

private:
    // One column of the CSV header: an option, the id, or an unknown column passed through.
    struct column {
        const option_row* row;  // null for the id and for a passed-through column
        std::string name;       // as written in the header
        bool id;
    };

    void complete(std::string_view text, std::string& out);
    void split_off_first(std::string_view text, std::string& out);
    void line(std::string_view text, std::string& out);
    void header(std::string_view text, std::string& out);
    void answer(std::size_t number, const options& o, const std::optional<cli_error>& problem, const std::string* id,
                const std::vector<std::pair<std::string, std::string>>& extra, std::string& out);
    void output_header(std::string& out);

    options defaults_;
    date today_;
    std::string pending_;                   // a line (or a quoted record) not yet ended
    bool started_ = false;                  // past the byte-order mark check
    bool json_lines_ = false;               // input format, decided by the first line
    bool have_header_ = false;
    bool header_written_ = false;           // --format csv: the output header
    bool in_quote_ = false;                 // CSV: the end of pending_ is inside a quoted cell
    bool prev_cr_ = false;                  // the last byte fed was a CR (a CRLF may straddle two calls)
    char separator_ = ',';
    std::vector<column> columns_;           // CSV: each column of the header
    std::vector<std::string> extra_names_;  // --pass-through: the unknown columns, in order (CSV output)
    std::optional<cli_error> header_error_;
    std::size_t lines_ = 0;                 // data lines answered
    std::size_t failed_ = 0;
    std::size_t number_ = 0;                // physical lines of the input consumed
    std::size_t record_lines_ = 0;          // line breaks inside the pending quoted record
};

// The CSV header of --format csv (without the --pass-through columns).
std::string batch_csv_header();

// The last line of a batch on stderr: "cartegrise: 1000 lines read, 990 quoted, 10 refused".
std::string batch_summary(std::size_t read, std::size_t refused, lang lg);
// The progress shown on a terminal: "\r120 000 / ~1 000 000 lines (12 %)" when the input's size is known
// (an estimate from the bytes read so far), "\r120 000 lines" otherwise.
std::string batch_progress(std::size_t lines, std::uint64_t bytes_read, std::uint64_t bytes_total, lang lg);

}  // namespace cartegrise::cli

#endif
