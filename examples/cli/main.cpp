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

int refuse(const cli::options& o, const cartegrise::error& err) {
    cli::cli_error e;
    e.kind = cli::failure_kind::input;
    e.what = cli::problem::refused;
    e.refusal = err;
    e.option = std::string{cli::option_for(err.field)};
    // An event's date that came from --event-date is reported under --event-date.
    const auto first = static_cast<std::size_t>(cartegrise::request_field::events_transfer);
    const auto f = static_cast<std::size_t>(err.field);
    if (o.event_date && f >= first && f < first + cartegrise::deadline_event_count && (o.own_event_dates & (1u << (f - first))) == 0)
        e.option = "event-date";
    return refuse(o, e);
}

int quote(const cli::options& o) {
    const auto q = cartegrise::quote(o.req);
    if (!q) return refuse(o, q.error());
    return print(o, o.json ? cli::json_report(o, *q) : cli::text_report(o, *q));
}

int rates(const cli::options& o) {
    std::vector<cartegrise::rates_in_force> all;
    for (std::size_t i = 0; i < cartegrise::region_count; ++i) {
        const auto r = cartegrise::rates_on(static_cast<cartegrise::region>(i), *o.req.application_date);
        if (!r) return refuse(o, r.error());
        all.push_back(*r);
    }
    return print(o, cli::rates_report(o, all));
}

int next_change(const cli::options& o) {
    const auto now = cartegrise::quote_totals(o.req);
    if (!now) return refuse(o, now.error());
    const cartegrise::date until = o.until ? *o.until : o.req.application_date->add_years(5);
    std::vector<cartegrise::fee_change> changes;
    cartegrise::request r = o.req;
    const bool new_vehicle = r.procedure && *r.procedure == cartegrise::procedure::new_vehicle;
    for (int i = 0; i < 100; ++i) {
        const auto c = cartegrise::next_fee_change(r, until);
        if (!c) return refuse(o, c.error());
        if (!c->found) break;
        changes.push_back(*c);
        r.application_date = c->on;
        if (new_vehicle && r.vehicle.first_registration) r.vehicle.first_registration = c->on;
    }
    return print(o, cli::changes_report(o, now->y6, changes));
}

// P.6 from P.2 (fiscal_power.hpp): cli::fiscal_power_command.
int fiscal_power(const cli::options& o) {
    const auto a = cli::fiscal_power_command(o);
    if (a.refusal) return refuse(o, *a.refusal);
    return print(o, a.out);
}

int documents(const cli::options& o) {
    const auto l = cartegrise::documents_for(*o.req.procedure, o.context);
    if (!l) return refuse(o, l.error());
    return print(o, cli::documents_report(o, *l));
}

int deadline(const cli::options& o) {
    if (!o.kind) {
        const auto l = cartegrise::deadlines_for(*o.req.procedure, o.events);
        if (!l) return refuse(o, l.error());
        return print(o, cli::deadlines_report(o, *l));
    }
    // One deadline: it counts from its own event, so that event's date (or --event-date) is needed.
    const auto all = cartegrise::deadlines_for(*o.req.procedure, o.events);
    if (!all) return refuse(o, all.error());
    const auto d = all->find(*o.kind);
    if (!d) return refuse(o, cartegrise::error{cartegrise::errc::not_applicable, cartegrise::request_field::deadline_kind,
                                               cartegrise::error_reason::deadline_not_of_procedure, {}});
    if (!d->counted) {
        cli::cli_error e;
        e.what = cli::problem::command_needs_option;
        e.cmd = cli::command::deadline;
        e.option = std::string{cli::option_for(cartegrise::field_of(d->from))};
        return refuse(o, e);
    }
    return print(o, cli::deadline_report(o, *d));
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
        case cli::command::documents: return documents(o);
        case cli::command::deadline: return deadline(o);
        case cli::command::batch: return batch(o);
        case cli::command::rates: return rates(o);
        case cli::command::next_change: return next_change(o);
        case cli::command::fiscal_power: return fiscal_power(o);
        case cli::command::quote: return quote(o);
    }
    return quote(o);
}
