// The `cartegrise` command: quote a registration fee from the command line, quote a file of vehicles,
// list the rates in force, the coming changes of a fee, the documents a procedure needs and its
// deadlines. `cartegrise help` lists everything; docs/cli.md too.
// Exit status (cli::exit_status, docs/cli.md): 0 done, 1 input refused (the option is named; batch: a
// line refused), 2 usage error, 3 input unreadable or output unwritable, 4 batch: no line to quote.
#include <cartegrise_cli/args.hpp>
#include <cartegrise_cli/batch.hpp>
#include <cartegrise_cli/console.hpp>
#include <cartegrise_cli/messages.hpp>
#include <cartegrise_cli/report.hpp>

#include <cartegrise/cartegrise.hpp>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#if defined(_WIN32)
#include <io.h>
#define CARTEGRISE_ISATTY(fd) _isatty(fd)
#define CARTEGRISE_FILENO(f) _fileno(f)
#else
#include <unistd.h>
#define CARTEGRISE_ISATTY(fd) isatty(fd)
#define CARTEGRISE_FILENO(f) fileno(f)
#endif

namespace {

namespace cli = cartegrise::cli;
using cartegrise::lang;

// Today's local date, from the system clock.
cartegrise::date today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
#if defined(_WIN32)
    localtime_s(&local, &now);
#else
    localtime_r(&now, &local);
#endif
    return cartegrise::date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

void write(std::FILE* f, const std::string& s) { std::fwrite(s.data(), 1, s.size(), f); }

int status(cli::exit_status s) { return static_cast<int>(s); }

// An input or output failure, said on stderr: "cartegrise: --input: cannot read 'x': Is a directory".
int io_failure(lang lg, std::string_view option, bool reading, const std::string& path, int err) {
    const bool en = lg == cartegrise::lang::en;
    std::string where = path == "-" ? (reading ? (en ? "standard input" : "l'entrée standard") : (en ? "standard output" : "la sortie standard"))
                                    : (en ? "'" + path + "'" : "« " + path + " »");
    std::string s = "cartegrise: ";
    if (!option.empty()) s += "--" + std::string{option} + ": ";
    s += en ? (reading ? "cannot read " : "cannot write ") : (reading ? "impossible de lire " : "impossible d'écrire ");
    s += where;
    if (err != 0) s += std::string{en ? ": " : " : "} + std::strerror(err);
    write(stderr, s + "\n");
    return status(cli::exit_status::io);
}

// Writes the whole output of a command and checks it reached its place: a full disk, a closed pipe or
// /dev/full is an error said on stderr, never a silent success.
int print(const cli::options& o, const std::string& s) {
    errno = 0;
    const bool written = std::fwrite(s.data(), 1, s.size(), stdout) == s.size();
    const int err = errno;
    if (!written || std::fflush(stdout) != 0) return io_failure(o.language, {}, false, "-", err != 0 ? err : errno);
    return 0;
}

// An error on stderr, or as JSON on stdout with --json; a usage error adds the usage reminder.
int refuse(const cli::options& o, const cli::cli_error& e) {
    if (o.json) {
        write(stdout, cli::json_error(e, o.language));
    } else {
        write(stderr, cli::error_line(e, o.language));
        if (e.kind == cli::failure_kind::usage) write(stderr, cli::usage_hint(o.language));
    }
    return e.exit_code();
}

int refuse(const cli::options& o, const cartegrise::error& err) { return refuse(o, cli::refusal(o, err)); }

int quote(const cli::options& o) {
    const auto q = cartegrise::quote(o.req);
    if (!q) return refuse(o, q.error());
    return print(o, o.json ? cli::json_report(o, *q) : cli::text_report(o, *q));
}

// rates, next-change, fiscal-power, documents, deadline: the command's one body (report.cpp), shared with
// the npm package.
int run(const cli::options& o, cli::command_answer (*command)(const cli::options&)) {
    const auto a = command(o);
    if (a.refusal) return refuse(o, *a.refusal);
    return print(o, a.out);
}

// Where the answers of a batch go: standard output, or with --output a temporary file beside FILE,
// renamed over it at the end, so that FILE is written whole or not at all.
class batch_sink {
public:
    explicit batch_sink(std::string path) : path_{std::move(path)} {}
    ~batch_sink() { abandon(); }
    batch_sink(const batch_sink&) = delete;
    batch_sink& operator=(const batch_sink&) = delete;

    bool open() {
        if (path_ == "-") {
            f_ = stdout;
            return true;
        }
        temporary_ = path_ + ".partial";
        f_ = cli::open_binary(temporary_, true);
        if (f_ == nullptr) error_ = errno;
        return f_ != nullptr;
    }
    // False from the first failed write on.
    bool write(std::string& s) {
        if (error_ == 0 && !s.empty()) {
            errno = 0;
            if (std::fwrite(s.data(), 1, s.size(), f_) != s.size()) error_ = errno != 0 ? errno : EIO;
        }
        s.clear();
        return error_ == 0;
    }
    bool commit() {
        if (error_ != 0) return false;
        errno = 0;
        if (std::fflush(f_) != 0) error_ = errno != 0 ? errno : EIO;
        if (f_ != stdout) {
            if (std::fclose(f_) != 0 && error_ == 0) error_ = errno != 0 ? errno : EIO;
            f_ = nullptr;
            if (error_ == 0 && !cli::replace_file(temporary_, path_)) error_ = errno != 0 ? errno : EIO;
            if (error_ != 0) cli::remove_file(temporary_);
            temporary_.clear();
        }
        return error_ == 0;
    }
    // Nothing of a failed batch is left behind.
    void abandon() {
        if (f_ != nullptr && f_ != stdout) std::fclose(f_);
        f_ = nullptr;
        if (!temporary_.empty()) cli::remove_file(temporary_);
        temporary_.clear();
    }
    [[nodiscard]] int error() const noexcept { return error_; }
    [[nodiscard]] const std::string& path() const noexcept { return path_; }

private:
    std::string path_;
    std::string temporary_;
    std::FILE* f_ = nullptr;
    int error_ = 0;
};

int batch(const cli::options& o) {
    std::FILE* in = stdin;
    if (o.input != "-") {
        in = cli::open_binary(o.input);  // a UTF-8 path, on Windows too
        if (in == nullptr) return io_failure(o.language, "input", true, o.input, errno);
    }
    const auto close_input = [&] {
        if (in != stdin) std::fclose(in);
        in = stdin;
    };
    batch_sink sink{o.output};
    if (!sink.open()) {
        close_input();
        return io_failure(o.language, "output", false, o.output, sink.error());
    }
    const auto write_failed = [&] {
        close_input();
        sink.abandon();
        return io_failure(o.language, o.output == "-" ? std::string_view{} : std::string_view{"output"}, false, o.output, sink.error());
    };
    cli::batch_runner runner{o, today()};
    std::string out;
    const bool progress = CARTEGRISE_ISATTY(CARTEGRISE_FILENO(stderr)) != 0;
    const std::uint64_t size = progress ? cli::file_size(in) : 0;
    std::uint64_t bytes = 0;
    std::size_t reported = 0;
    std::vector<char> buffer(1 << 16);
    for (;;) {
        const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), in);
        if (n == 0) break;
        bytes += n;
        runner.feed(std::string_view{buffer.data(), n}, out);
        if (runner.header_error()) break;
        if (out.size() > (1u << 16) && !sink.write(out)) return write_failed();
        if (progress && runner.lines() >= reported + 100000) {
            reported = runner.lines();
            write(stderr, cli::batch_progress(reported, bytes, size, o.language));
        }
    }
    // A directory, a device that fails: an input that cannot be read is never an empty batch.
    if (std::ferror(in) != 0) {
        const int err = errno;  // before anything else sets it
        close_input();
        sink.abandon();
        if (progress && reported > 0) write(stderr, "\n");
        return io_failure(o.language, "input", true, o.input, err);
    }
    close_input();
    if (progress && reported > 0) write(stderr, cli::batch_progress(runner.lines(), bytes, size, o.language) + "\n");
    if (runner.header_error()) {
        sink.abandon();
        return refuse(o, *runner.header_error());
    }
    runner.finish(out);
    if (!sink.write(out) || !sink.commit()) return write_failed();
    write(stderr, cli::batch_summary(runner.lines(), runner.failed(), o.language));
    if (runner.lines() == 0) {
        write(stderr, o.language == lang::en ? "cartegrise: no line to quote: the input is empty or holds a header alone\n"
                                             : "cartegrise: aucune ligne à chiffrer : l'entrée est vide ou n'a qu'un en-tête\n");
        return status(cli::exit_status::empty_batch);
    }
    return status(runner.failed() > 0 ? cli::exit_status::refused : cli::exit_status::done);
}

}  // namespace

int main(int argc, char** argv) {
    cli::prepare_console();  // Windows: UTF-8 console, LF output (console.hpp)
    const std::vector<std::string> args = cli::utf8_args(argc, argv);
    const std::vector<std::string_view> words(args.size() > 1 ? args.begin() + 1 : args.end(), args.end());
    const auto parsed = cli::parse_args(words, today());
    const auto& o = parsed.opts;
    if (!parsed.ok()) return refuse(o, *parsed.error);
    switch (o.cmd) {
        case cli::command::help: return print(o, o.json ? cli::help_json(o.help_topic, o.language) : cli::help_text(o.help_topic, o.language));
        case cli::command::version: return print(o, o.json ? cli::version_json() : cli::version_text());
        case cli::command::documents: return run(o, cli::documents_command);
        case cli::command::deadline: return run(o, cli::deadline_command);
        case cli::command::batch: return batch(o);
        case cli::command::rates: return run(o, cli::rates_command);
        case cli::command::next_change: return run(o, cli::next_change_command);
        case cli::command::fiscal_power: return run(o, cli::fiscal_power_command);
        case cli::command::quote: return quote(o);
    }
    return quote(o);
}
