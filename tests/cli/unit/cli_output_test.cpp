// What the `cartegrise` tool prints: JSON escaping, the JSON and text reports, errors and help.
#include "../../examples/cli/output.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>

using namespace cartegrise;

namespace {

// Strict UTF-8 check (no overlongs, surrogates or code points above U+10FFFF).
bool valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t len = c < 0x80 ? 1 : (c >= 0xc2 && c <= 0xdf) ? 2 : (c >= 0xe0 && c <= 0xef) ? 3 : (c >= 0xf0 && c <= 0xf4) ? 4 : 0;
        if (len == 0 || i + len > s.size()) return false;
        std::uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1fu) : len == 3 ? (c & 0x0fu) : (c & 0x07u);
        for (std::size_t k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xc0u) != 0x80u) return false;
            cp = (cp << 6) | (cc & 0x3fu);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff))) return false;
        i += len;
    }
    return true;
}

cli::options paris_used() {
    const auto r = cli::parse_args({"quote", "--department", "75", "--date", "2026-06-01", "--procedure", "used", "--genre", "VP",
                                    "--energy", "ES", "--cv", "7", "--first-registration", "2019-05-03"},
                                   date{2026, 11, 25});
    REQUIRE(r.ok());
    return r.opts;
}

}  // namespace

TEST_CASE("cli output: JSON strings are escaped, UTF-8 passes through") {
    using cli::json_string;
    CHECK(json_string("") == "\"\"");
    CHECK(json_string("plain") == "\"plain\"");
    CHECK(json_string("a\"b\\c") == "\"a\\\"b\\\\c\"");
    CHECK(json_string("l1\nl2\tx\r\b\f") == "\"l1\\nl2\\tx\\r\\b\\f\"");
    CHECK(json_string(std::string_view{"\x01\x1f\x7f", 3}) == "\"\\u0001\\u001f\\u007f\"");
    CHECK(json_string(std::string_view{"a\0b", 3}) == "\"a\\u0000b\"");
    CHECK(json_string("Île-de-France 1 873,20\xC2\xA0\xE2\x82\xAC \xF0\x9F\x9A\x97") == "\"Île-de-France 1 873,20\xC2\xA0\xE2\x82\xAC \xF0\x9F\x9A\x97\"");
    CHECK(json_string("/") == "\"/\"");
}

TEST_CASE("cli output: bytes that are not UTF-8 become U+FFFD") {
    using cli::json_string;
    const std::string rep = "\xEF\xBF\xBD";
    CHECK(json_string("\xff") == "\"" + rep + "\"");
    CHECK(json_string("a\xc3") == "\"a" + rep + "\"");              // truncated sequence
    CHECK(json_string("\xc0\xaf") == "\"" + rep + rep + "\"");       // overlong '/'
    CHECK(json_string("\xed\xa0\x80") == "\"" + rep + rep + rep + "\"");  // surrogate
    CHECK(json_string("\xf4\x90\x80\x80") == "\"" + rep + rep + rep + rep + "\"");  // above U+10FFFF
}

TEST_CASE("cli output: random bytes always give a valid JSON string (seeded fuzz)") {
    std::mt19937 rng{42u};
    for (int iter = 0; iter < 2000; ++iter) {
        std::string s;
        const auto len = std::uniform_int_distribution<int>{0, 24}(rng);
        for (int i = 0; i < len; ++i) s += static_cast<char>(std::uniform_int_distribution<int>{0, 255}(rng));
        const std::string j = cli::json_string(s);
        CHECK(valid_utf8(j));
        REQUIRE(j.size() >= 2);
        CHECK(j.front() == '"');
        CHECK(j.back() == '"');
        for (std::size_t i = 1; i + 1 < j.size(); ++i) {
            const auto c = static_cast<unsigned char>(j[i]);
            CHECK(c >= 0x20);
            if (j[i] == '\\') ++i;  // an escape: skip the escaped character
            else CHECK(j[i] != '"');
        }
    }
}

TEST_CASE("cli output: the JSON report holds integer cents and every step") {
    const auto o = paris_used();
    const auto q = quote(o.req);
    REQUIRE(q.has_value());
    const std::string j = cli::json_report(o, *q);
    CHECK(valid_utf8(j));
    CHECK(j.find("\"date\": \"2026-06-01\"") != std::string::npos);
    CHECK(j.find("\"y1\": 48265,") != std::string::npos);
    CHECK(j.find("\"y1_idfm\": 9800,") != std::string::npos);
    CHECK(j.find("\"y6\": 49676,") != std::string::npos);
    CHECK(j.find("\"after_data_vintage\": false") != std::string::npos);
    std::size_t kinds = 0;
    for (std::size_t at = j.find("\"kind\""); at != std::string::npos; at = j.find("\"kind\"", at + 1)) ++kinds;
    CHECK(kinds == q->steps.size());
    CHECK(j.find("{\"kind\": \"regional_rate\", \"line\": \"Y.1\", \"a\": 5495, \"b\": 7, \"c\": 0, \"since\": \"2024-01-01\"") != std::string::npos);
    CHECK(j.find("\"since\": null, \"source\": null") != std::string::npos);
}

TEST_CASE("cli output: the text report") {
    auto o = paris_used();
    const auto q = quote(o.req);
    REQUIRE(q.has_value());
    const std::string fr = cli::text_report(o, *q);
    CHECK(fr.find("Paris (75), 1er juin 2026") != std::string::npos);
    CHECK(fr.find("Y.1  Taxe régionale") != std::string::npos);
    CHECK(fr.find("dont Île-de-France Mobilités") != std::string::npos);
    CHECK(fr.find("496,76\xC2\xA0\xE2\x82\xAC\n") != std::string::npos);
    CHECK(fr.find("malus CO2") == std::string::npos);  // zero parts are not shown
    CHECK(fr.find("Explication") == std::string::npos);
    o.language = lang::en;
    o.explain = true;
    const std::string en = cli::text_report(o, *q);
    CHECK(en.find("Y.6  Total") != std::string::npos);
    CHECK(en.find("\xE2\x82\xAC" "496.76\n") != std::string::npos);
    CHECK(en.find("\nExplanation:\n") != std::string::npos);
    CHECK(en.find(explain(*q, lang::en)) != std::string::npos);
    // Amounts are right-aligned: every Y line has the same display width.
    std::size_t width = 0;
    std::size_t start = 0;
    for (std::size_t nl = fr.find('\n'); nl != std::string::npos; start = nl + 1, nl = fr.find('\n', start)) {
        const std::string_view line{fr.data() + start, nl - start};
        if (line.substr(0, 2) != "Y.") continue;
        const auto w = cli::display_width(line);
        if (width == 0) width = w;
        CHECK(w == width);
    }
}

TEST_CASE("cli output: errors") {
    const cli::cli_error e{cli::failure_kind::input, errc::unknown_department, "department", "unknown \"code\""};
    CHECK(cli::error_line(e) == "cartegrise: --department: unknown \"code\"\n");
    CHECK(cli::json_error(e) ==
          "{\"error\": {\"code\": \"unknown_department\", \"field\": \"department\", \"message\": \"unknown \\\"code\\\"\"}}\n");
    const cli::cli_error u{cli::failure_kind::usage, errc::invalid_value, "", "no command"};
    CHECK(cli::error_line(u) == "cartegrise: no command\n");
}

TEST_CASE("cli output: help lists every procedure, genre and energy") {
    for (const lang l : {lang::fr, lang::en}) {
        const std::string h = cli::help_text(l);
        for (std::size_t i = 0; i < procedure_count; ++i) {
            const auto p = static_cast<procedure>(i);
            CHECK(h.find("  " + std::string{to_string(p)} + " ") != std::string::npos);
            CHECK(h.find(std::string{l == lang::en ? label_en(p) : label_fr(p)}) != std::string::npos);
        }
        for (std::size_t i = 0; i < genre_count; ++i)
            CHECK(h.find("  " + std::string{to_string(static_cast<genre>(i))} + " ") != std::string::npos);
        for (std::size_t i = 0; i < energy_count; ++i)
            CHECK(h.find("  " + std::string{to_string(static_cast<energy>(i))} + " ") != std::string::npos);
        for (const auto& row : cli::detail::option_table) CHECK(h.find("--" + std::string{row.name}) != std::string::npos);
    }
    CHECK(cli::version_text() == std::string{"cartegrise "} + CARTEGRISE_VERSION_STRING + "\n");
}

TEST_CASE("cli output: help lists the subcommands, their options and the deadline kinds") {
    for (const lang l : {lang::fr, lang::en}) {
        const std::string h = cli::help_text(l);
        CHECK(h.find("  cartegrise documents --procedure used") != std::string::npos);
        CHECK(h.find("  cartegrise deadline --procedure used --event-date") != std::string::npos);
        CHECK(h.find(l == lang::en ? "Options of documents" : "Options de documents") != std::string::npos);
        CHECK(h.find(l == lang::en ? "Options of deadline" : "Options de deadline") != std::string::npos);
        for (std::size_t i = 0; i < data::deadline_kind_count; ++i)
            CHECK(h.find("  " + std::string{data::deadline_kinds[i].cli_name} + " ") != std::string::npos);
    }
    CHECK(cli::usage_hint().find("cartegrise documents --procedure NAME") != std::string::npos);
    CHECK(cli::usage_hint().find("cartegrise deadline --procedure NAME --event-date YYYY-MM-DD") != std::string::npos);
}

TEST_CASE("cli output: the explanation ends with one line pointing to documents and deadline") {
    auto o = paris_used();
    const auto q = quote(o.req);
    REQUIRE(q.has_value());
    o.explain = true;
    const std::string fr = cli::text_report(o, *q);
    const std::string fr_line =
        "\nPièces à fournir : cartegrise documents --procedure used ; délais : cartegrise deadline --procedure used --event-date AAAA-MM-JJ\n";
    REQUIRE(fr.size() > fr_line.size());
    CHECK(fr.substr(fr.size() - fr_line.size()) == fr_line);
    o.language = lang::en;
    const std::string en = cli::text_report(o, *q);
    const std::string en_line =
        "\nDocuments to bring: cartegrise documents --procedure used; deadlines: cartegrise deadline --procedure used --event-date YYYY-MM-DD\n";
    REQUIRE(en.size() > en_line.size());
    CHECK(en.substr(en.size() - en_line.size()) == en_line);
    // Not without --explain, and never in the JSON report.
    o.explain = false;
    CHECK(cli::text_report(o, *q).find("cartegrise documents") == std::string::npos);
    o.explain = true;
    CHECK(cli::json_report(o, *q).find("cartegrise documents") == std::string::npos);
}

TEST_CASE("cli output: documents and deadlines, text and JSON, one trailing newline") {
    const auto r = cli::parse_args({"documents", "--procedure", "used", "--date", "2026-06-01", "--first-registration", "2019-05-03"},
                                   date{2026, 11, 25});
    REQUIRE(r.ok());
    auto o = r.opts;
    const auto l = documents_for(*o.req.procedure, o.context);
    REQUIRE(l.has_value());
    const std::string text = cli::documents_report(o, *l);
    CHECK(text.rfind("Pièces à fournir : ", 0) == 0);
    CHECK(text.find("Procès-verbal de contrôle technique") != std::string::npos);
    o.json = true;
    const std::string json = cli::documents_report(o, *l);
    CHECK(json.rfind("{\"procedure\":\"used\",\"lang\":\"fr\",\"settled\":true,", 0) == 0);
    CHECK(json.substr(json.size() - 3) == "]}\n");
    CHECK(valid_utf8(json));

    const auto d = explain_deadline(procedure::used, deadline_kind::registration, date{2026, 5, 1});
    REQUIRE(d.has_value());
    o.json = false;
    const std::string one = cli::deadline_report(o, *d);
    CHECK(one.rfind("Demande à déposer au plus tard le 1er juin 2026 ", 0) == 0);
    CHECK(one.find('\n') == one.size() - 1);
    o.json = true;
    CHECK(cli::deadline_report(o, *d).find("\"due\":\"2026-06-01\"") != std::string::npos);
    CHECK(cli::deadline_report(o, *d).back() == '\n');

    const auto all = deadlines_for(procedure::used, date{2026, 5, 1});
    REQUIRE(all.has_value());
    o.json = false;
    o.language = lang::en;
    CHECK(cli::deadlines_report(o, *all).rfind("Deadlines: Used vehicle: change of owner\n- Application due by 1 June 2026", 0) == 0);
    o.json = true;
    const std::string aj = cli::deadlines_report(o, *all);
    CHECK(aj.rfind("{\"procedure\":\"used\",\"lang\":\"en\",\"deadlines\":[", 0) == 0);
    CHECK(aj.substr(aj.size() - 3) == "]}\n");
}
