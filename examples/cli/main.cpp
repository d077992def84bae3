// The `cartegrise` command: quote a registration fee from the command line, quote a file of vehicles,
// list the rates in force, the coming changes of a fee, the documents a procedure needs and its
// deadlines. `cartegrise help` lists everything; docs/cli.md too.
// Exit status: 0 done (or help / version), 1 input refused (the option is named), 2 usage error.
#include <cartegrise_cli/args.hpp>
#include <cartegrise_cli/batch.hpp>
#include <cartegrise_cli/console.hpp>
#include <cartegrise_cli/messages.hpp>
#include <cartegrise_cli/report.hpp>

#include <cartegrise/cartegrise.hpp>

#include <cstdio>
#include <ctime>
#include <string>
#include <string_view>
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

int print(const std::string& s) {
    write(stdout, s);
    return std::fflush(stdout) == 0 ? 0 : 1;
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
    if (o.event_date && f >= first && f < first + cartegrise::data::deadline_event_count && (o.own_event_dates & (1u << (f - first))) == 0)
        e.option = "event-date";
    return refuse(o, e);
}

int quote(const cli::options& o) {
    const auto q = cartegrise::quote(o.req);
    if (!q) return refuse(o, q.error());
    return print(o.json ? cli::json_report(o, *q) : cli::text_report(o, *q));
}

int rates(const cli::options& o) {
    std::vector<cartegrise::rates_in_force> all;
    for (std::size_t i = 0; i < cartegrise::region_count; ++i) {
        const auto r = cartegrise::rates_on(static_cast<cartegrise::region>(i), *o.req.application_date);
        if (!r) return refuse(o, r.error());
        all.push_back(*r);
    }
    return print(cli::rates_report(o, all));
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
    return print(cli::changes_report(o, now->y6, changes));
}

int documents(const cli::options& o) {
    const auto l = cartegrise::documents_for(*o.req.procedure, o.context);
    if (!l) return refuse(o, l.error());
    return print(cli::documents_report(o, *l));
}

int deadline(const cli::options& o) {
    if (!o.kind) {
        const auto l = cartegrise::deadlines_for(*o.req.procedure, o.events);
        if (!l) return refuse(o, l.error());
        return print(cli::deadlines_report(o, *l));
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
        e.option = std::string{cli::option_for(cartegrise::field_of(d->rule->from))};
        return refuse(o, e);
    }
    return print(cli::deadline_report(o, *d));
}

int batch(const cli::options& o) {
    std::FILE* in = stdin;
    if (o.input != "-") {
        in = cli::open_binary(o.input);  // a UTF-8 path, on Windows too
        if (in == nullptr) {
            write(stderr, o.language == cartegrise::lang::en ? "cartegrise: --input: cannot open '" + o.input + "'\n"
                                                             : "cartegrise: --input: impossible d'ouvrir « " + o.input + " »\n");
            return 2;
        }
    }
    cli::batch_runner runner{o, today()};
    std::string out;
    if (o.format == cli::output_format::csv) out = cli::batch_csv_header();
    const bool progress = CARTEGRISE_ISATTY(CARTEGRISE_FILENO(stderr)) != 0;
    std::size_t reported = 0;
    std::vector<char> buffer(1 << 16);
    for (;;) {
        const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), in);
        if (n == 0) break;
        runner.feed(std::string_view{buffer.data(), n}, out);
        if (out.size() > (1u << 16)) {
            write(stdout, out);
            out.clear();
        }
        if (progress && runner.lines() >= reported + 100000) {
            reported = runner.lines();
            std::fprintf(stderr, "\r%zu", reported);
        }
    }
    runner.finish(out);
    if (in != stdin) std::fclose(in);
    if (progress && reported > 0) std::fprintf(stderr, "\r%zu\n", runner.lines());
    if (runner.header_error()) return refuse(o, *runner.header_error());
    write(stdout, out);
    if (std::fflush(stdout) != 0) return 1;
    return runner.failed() > 0 ? 1 : 0;
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
        case cli::command::help: write(stdout, cli::help_text(o.help_topic, o.language)); return 0;
        case cli::command::version: write(stdout, cli::version_text()); return 0;
        case cli::command::documents: return documents(o);
        case cli::command::deadline: return deadline(o);
        case cli::command::batch: return batch(o);
        case cli::command::rates: return rates(o);
        case cli::command::next_change: return next_change(o);
        case cli::command::quote: return quote(o);
    }
    return quote(o);
}
