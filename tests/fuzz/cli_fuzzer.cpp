// libFuzzer target: the command line of the `cartegrise` tool. The bytes are split at NUL into argv
// strings and go through parse_args() (the cartegrise_cli_core library), then, when the line parses,
// through quote() and the text and JSON reports, in both languages; every string also goes alone through the value parsers
// (dates, departments, genres, energies, procedures, registration systems, integers, euros). A parser
// either returns a value it can print back, or an error naming the field — never UB, never a guess.
#include "invariants.hpp"

#include "../cases/json_check.hpp"

#include <cartegrise_cli/args.hpp>
#include <cartegrise_cli/messages.hpp>
#include <cartegrise_cli/report.hpp>

#include <cartegrise/text.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace cartegrise;
using fuzz::require;

bool iequal(std::string_view a, std::string_view b) noexcept { return cartegrise::detail::iequal(a, b); }

std::string_view trimmed(std::string_view s) noexcept {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

void value_parsers(std::string_view s) {
    // "YYYY-MM-DD" or nothing; a parsed date is a calendar date and prints back as the input.
    if (const auto d = parse_date(s)) {
        require(d->ok());
        require(format_iso_date(*d) == s);
    }
    // A department is one of the 101 codes; it matches what was typed, blanks and case aside.
    if (const auto d = parse_department(s)) {
        require(d->index() < department_count);
        const std::string_view t = trimmed(s);
        require(iequal(t, d->code()) || (t.size() == 1 && d->code().size() == 2 && d->code()[0] == '0' && d->code()[1] == t[0]));
    } else {
        fuzz::check_error(d.error());
        require(d.error().code == errc::unknown_department);
    }
    if (const auto g = parse_genre(s)) require(static_cast<std::size_t>(*g) < genre_count && iequal(s, to_string(*g)));
    else fuzz::check_error(g.error());
    if (const auto e = parse_energy(s)) require(static_cast<std::size_t>(*e) < energy_count && iequal(s, to_string(*e)));
    else fuzz::check_error(e.error());
    if (const auto p = parse_procedure(s)) require(static_cast<std::size_t>(*p) < procedure_count && iequal(s, to_string(*p)));
    else fuzz::check_error(p.error());
    if (const auto r = parse_registration_system(s)) require(iequal(s, to_string(*r)));
    else fuzz::check_error(r.error());
    if (const auto l = parse_lang(s)) require(iequal(s, to_string(*l)));
    else fuzz::check_error(l.error());
    // Integers: digits only, within int, and they print back (but for "-0" and leading zeros).
    if (const auto n = cli::parse_int(s)) {
        require(!s.empty());
        std::string digits{s};
        if (!digits.empty() && digits.front() == '-') digits.erase(0, 1);
        while (digits.size() > 1 && digits.front() == '0') digits.erase(0, 1);
        const std::string back = std::to_string(*n < 0 ? -static_cast<long long>(*n) : static_cast<long long>(*n));
        require(back == digits);
    }
    // Euros: at most two decimals, integer cents, sign kept.
    if (const auto m = cli::parse_euros(s)) {
        require(!s.empty());
        if (s.front() != '-') require(m->in_cents() >= 0);
        else require(m->in_cents() <= 0);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view all{reinterpret_cast<const char*>(data), size};
    std::vector<std::string_view> args;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= all.size(); ++i) {
        if (i == all.size() || all[i] == '\0') {
            args.push_back(all.substr(start, i - start));
            start = i + 1;
        }
    }
    // The value parsers alone on the first strings (every string again goes through them inside
    // parse_args when it follows an option); a longer walk would only slow the search down.
    for (std::size_t i = 0; i < args.size() && i < 3; ++i) value_parsers(args[i]);

    const date today{2026, 6, 1};
    const auto parsed = cli::parse_args(args, today);
    if (!parsed.ok()) {
        const auto& e = *parsed.error;
        require(e.exit_code() == 1 || e.exit_code() == 2);
        // Input errors name an option; those of the library carry its error, those of the tool (a value
        // it cannot read) the field when there is one.
        if (e.kind == cli::failure_kind::input) {
            if (e.what == cli::problem::refused) fuzz::check_error(e.refusal);
            else require(e.refusal.code == errc::invalid_value);
            require(!e.option.empty());
        }
        for (const lang lg : {lang::fr, lang::en}) {
            const std::string line = cli::error_line(e, lg);
            require(line.size() > 12 && line.find('\n') == line.size() - 1);
            require(json_check::valid(cli::json_error(e, lg)));
        }
        return 0;
    }
    const auto& o = parsed.opts;
    if (!o.date_given) require(o.req.application_date && *o.req.application_date == today);
    if (o.cmd != cli::command::quote) return 0;
    const auto q = quote(o.req);
    fuzz::check_quote(q);
    if (q.has_value()) {
        require(!cli::text_report(o, *q).empty());
        require(json_check::valid(cli::json_report(o, *q)));
    }
    return 0;
}
