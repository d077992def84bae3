// The `cartegrise` command: quote a registration fee from the command line.
//   cartegrise quote --department 75 --date 2026-06-01 --procedure used --genre VP --energy ES --cv 7
//                    --first-registration 2019-05-03 [--explain] [--lang en] [--json]
// Exit status: 0 quoted (or help / version), 1 input refused (the field is named), 2 usage error.
#include "args.hpp"
#include "output.hpp"

#include <cartegrise/cartegrise.hpp>

#include <cstdio>
#include <ctime>
#include <string>

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

}  // namespace

int main(int argc, char** argv) {
    namespace cli = cartegrise::cli;
    const auto parsed = cli::parse_args(argc, argv, today());
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
        case cli::command::quote: break;
    }
    const auto q = cartegrise::quote(o.req);
    if (!q) {
        const auto& err = q.get_error();
        return refuse(o, cli::cli_error{cli::failure_kind::input, err.code, std::string{err.field}, std::string{err.message}});
    }
    write(stdout, o.json ? cli::json_report(o, *q) : cli::text_report(o, *q));
    return std::fflush(stdout) == 0 ? 0 : 1;
}
