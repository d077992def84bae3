// The `cartegrise` command: quote a registration fee from the command line, list the documents a
// procedure needs, compute its deadlines.
//   cartegrise quote --department 75 --date 2026-06-01 --procedure used --genre VP --energy ES --cv 7
//                    --first-registration 2019-05-03 [--explain] [--lang en] [--json]
//   cartegrise documents --procedure used [--date D] [--first-registration D] [--third-party] [--minor]
//                        [--co-holder] [--leased] [--inspection-exempt] [--reason R] [--origin O] [--lang en] [--json]
//   cartegrise deadline --procedure used --event-date 2026-05-01 [--kind registration] [--lang en] [--json]
// Exit status: 0 done (or help / version), 1 input refused (the field is named), 2 usage error.
#include "args.hpp"
#include "console.hpp"
#include "output.hpp"

#include <cartegrise/cartegrise.hpp>

#include <cstdio>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

namespace {

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

int refuse(const cartegrise::cli::options& o, const cartegrise::cli::cli_error& e) {
    if (o.json) write(stdout, cartegrise::cli::json_error(e));
    else write(stderr, cartegrise::cli::error_line(e));
    return e.exit_code();
}

// A value the library refused, reported as the parser reports its own.
int refuse(const cartegrise::cli::options& o, const cartegrise::error& err) {
    return refuse(o, cartegrise::cli::cli_error{cartegrise::cli::failure_kind::input, err.code, std::string{err.field},
                                                std::string{err.message}});
}

int print(const std::string& s) {
    write(stdout, s);
    return std::fflush(stdout) == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    namespace cli = cartegrise::cli;
    cli::prepare_console();  // Windows: UTF-8 console, LF output (console.hpp)
    const std::vector<std::string> args = cli::utf8_args(argc, argv);
    const std::vector<std::string_view> words(args.size() > 1 ? args.begin() + 1 : args.end(), args.end());
    const auto parsed = cli::parse_args(words, today());
    const auto& o = parsed.opts;
    if (!parsed.ok()) {
        const auto& e = *parsed.error;
        if (e.kind == cli::failure_kind::usage) {
            write(stderr, cli::error_line(e) + cli::usage_hint());
            return e.exit_code();
        }
        return refuse(o, e);
    }
    switch (o.cmd) {
        case cli::command::help: write(stdout, cli::help_text(o.language)); return 0;
        case cli::command::version: write(stdout, cli::version_text()); return 0;
        case cli::command::documents: {
            // parse_args guarantees --procedure (a usage error otherwise) and its value (an input error).
            const auto l = cartegrise::documents_for(*o.req.procedure, o.context);
            if (!l) return refuse(o, l.get_error());
            return print(cli::documents_report(o, *l));
        }
        case cli::command::deadline: {
            // parse_args guarantees --procedure and --event-date with valid values.
            if (o.kind) {
                const auto d = cartegrise::explain_deadline(*o.req.procedure, *o.kind, *o.event_date);
                if (!d) return refuse(o, d.get_error());
                return print(cli::deadline_report(o, *d));
            }
            const auto l = cartegrise::deadlines_for(*o.req.procedure, *o.event_date);
            if (!l) return refuse(o, l.get_error());
            return print(cli::deadlines_report(o, *l));
        }
        case cli::command::quote: break;
    }
    const auto q = cartegrise::quote(o.req);
    if (!q) return refuse(o, q.get_error());
    return print(o.json ? cli::json_report(o, *q) : cli::text_report(o, *q));
}
