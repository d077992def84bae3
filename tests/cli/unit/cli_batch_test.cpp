// `cartegrise batch`: CSV and JSON lines in, one answer per line out, in order, a bad line never stopping
// the batch; a million lines give a million answers.
#include <cartegrise_cli/batch.hpp>
#include <cartegrise_cli/messages.hpp>
#include <cartegrise_cli/records.hpp>

#include "../../cases/json_check.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

using namespace cartegrise;

namespace {

constexpr date today{2026, 11, 25};

struct run_result {
    std::string out;
    std::size_t lines;
    std::size_t failed;
    bool header_error;
};

run_result run(std::string_view input, cli::output_format format = cli::output_format::jsonl, lang lg = lang::fr, std::size_t chunk = 0) {
    cli::options o;
    o.format = format;
    o.language = lg;
    cli::batch_runner b{o, today};
    std::string out;
    if (chunk == 0) {
        b.feed(input, out);
    } else {
        for (std::size_t i = 0; i < input.size(); i += chunk) b.feed(input.substr(i, chunk), out);
    }
    b.finish(out);
    return {out, b.lines(), b.failed(), b.header_error().has_value()};
}

std::vector<std::string> lines_of(const std::string& s) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (s[i] == '\n') {
            out.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    return out;
}

constexpr std::string_view csv =
    "department,date,procedure,genre,energy,cv,first-registration,co2,mass\n"
    "75,2026-06-01,used,VP,ES,7,2019-05-03,,\n"
    "99,2026-06-01,used,VP,ES,7,2019-05-03,,\n"
    "69,2026-06-01,new,VP,ES,11,,190,2100\n"
    "69,2026-06-01,new,VP,ES,11,,,\n"
    "75,2026-06-01,used,VP,ES,7x,2019-05-03,,\n";

}  // namespace

TEST_CASE("batch: CSV in, JSON lines out, one answer per line, errors naming the field") {
    const auto r = run(csv);
    CHECK(r.lines == 5);
    CHECK(r.failed == 3);
    const auto out = lines_of(r.out);
    REQUIRE(out.size() == 5);
    for (const auto& l : out) CHECK(json_check::valid(l));
    CHECK(out[0] == "{\"line\":2,\"y1\":48265,\"y1_idfm\":9800,\"y2\":0,\"y3\":0,\"y3_co2\":0,\"y3_mass\":0,\"y4\":1100,\"y5\":276,\"y6\":49676,\"after_data_vintage\":false}");
    CHECK(out[1].rfind("{\"line\":3,\"error\":{\"kind\":\"input\",\"code\":\"unknown_department\",\"reason\":\"unknown_code\",\"field\":\"holder_department\",\"option\":\"department\"", 0) == 0);
    CHECK(out[2].rfind("{\"line\":4,\"y1\":", 0) == 0);
    // Both malus inputs missing: the first is the error, the other is listed.
    CHECK(out[3].find("\"field\":\"vehicle.co2_g_km\"") != std::string::npos);
    CHECK(out[3].find("\"also_missing\":[{\"field\":\"vehicle.mass_kg\",\"option\":\"mass\"}]") != std::string::npos);
    // A cell that is no number: the same error as --cv 7x, never a usage error.
    CHECK(out[4].rfind("{\"line\":6,\"error\":{\"kind\":\"input\",\"code\":\"invalid_value\",\"reason\":\"not_an_integer\",\"field\":\"vehicle.fiscal_cv\",\"option\":\"cv\"", 0) == 0);
}

TEST_CASE("batch: errors in the language asked") {
    const auto fr = run("department\n99\n");
    CHECK(fr.out.find("code inconnu pour le département du titulaire") != std::string::npos);
    const auto en = run("department\n99\n", cli::output_format::jsonl, lang::en);
    CHECK(en.out.find("unknown code for the holder's department") != std::string::npos);
}

TEST_CASE("batch: the same answers whatever the chunks, with CRLF, a byte-order mark, ';' or quoted fields") {
    const auto whole = run(csv);
    for (std::size_t chunk : {1u, 2u, 3u, 7u, 64u}) CHECK(run(csv, cli::output_format::jsonl, lang::fr, chunk).out == whole.out);
    std::string crlf;
    for (const char c : csv) crlf += c == '\n' ? std::string{"\r\n"} : std::string(1, c);
    CHECK(run("\xEF\xBB\xBF" + crlf).out == whole.out);
    CHECK(run("\xEF\xBB\xBF" + crlf, cli::output_format::jsonl, lang::fr, 1).out == whole.out);
    const auto semicolon = run("department;date;procedure;genre;energy;cv;first-registration\n75;2026-06-01;used;VP;ES;7;2019-05-03\n");
    CHECK(semicolon.out == lines_of(whole.out)[0] + "\n");
    const auto quoted = run("\"department\",\"procedure\",genre,energy,cv,first-registration,date\n\"75\",\"used\",VP,ES,\"7\",2019-05-03,2026-06-01\n");
    CHECK(quoted.out.find("\"y6\":49676") != std::string::npos);
    // A last line without its newline is answered; blank lines are skipped.
    const auto last = run("department,date,procedure,genre,energy,cv,first-registration\n\n75,2026-06-01,used,VP,ES,7,2019-05-03");
    CHECK(last.lines == 1);
    CHECK(last.out.rfind("{\"line\":3,", 0) == 0);
}

TEST_CASE("batch: JSON lines in, with the same keys") {
    const auto r = run(
        "{\"department\": \"75\", \"date\": \"2026-06-01\", \"procedure\": \"used\", \"genre\": \"VP\", \"energy\": \"ES\", \"cv\": 7, "
        "\"first-registration\": \"2019-05-03\"}\n"
        "{\"department\": \"75\", \"date\": \"2023-06-01\", \"procedure\": \"new\", \"genre\": \"VP\", \"energy\": \"ES\", \"cv\": 9, "
        "\"co2\": 200, \"mass\": 1900, \"price\": 20000.00, \"no-eu-approval\": false, \"wheelchair\": null}\n"
        "{\"department\": \"75\", \"cv\": \"7\", \"bogus\": 1}\n"
        "not json\n");
    const auto out = lines_of(r.out);
    REQUIRE(out.size() == 4);
    CHECK(out[0].find("\"y6\":49676") != std::string::npos);
    CHECK(out[1].rfind("{\"line\":2,\"y1\":", 0) == 0);
    CHECK(out[2].find("\"kind\":\"input\",\"code\":\"invalid_value\",\"reason\":\"unknown_key\",\"field\":null,\"option\":\"bogus\"") != std::string::npos);
    CHECK(out[3].find("\"kind\":\"input\",\"code\":\"invalid_value\",\"reason\":\"malformed_json\"") != std::string::npos);
    CHECK(r.failed == 2);
}

TEST_CASE("batch: CSV out with the six lines in cents") {
    const auto r = run(csv, cli::output_format::csv);
    const auto out = lines_of(r.out);
    REQUIRE(out.size() == 6);
    CHECK(out[0] + "\n" == cli::batch_csv_header());
    CHECK(out[1] == ",2,48265,9800,0,0,0,0,1100,276,49676,false,,,,,");
    CHECK(out[2].rfind(",3,,,,,,,,,,,unknown_department,unknown_code,holder_department,department,\"", 0) == 0);
    CHECK(cli::batch_csv_header().rfind("id,line,y1,y1_idfm,y2,y3,y3_co2,y3_mass,y4,y5,y6,", 0) == 0);
}

TEST_CASE("batch: a header naming an unknown column stops the batch, with a suggestion") {
    const auto r = run("departement,cv\n75,7\n");
    CHECK(r.header_error);
    CHECK(r.out.empty());
    cli::options o;
    cli::batch_runner b{o, today};
    std::string out;
    b.feed("departement,cv,colour,Genre\n", out);
    REQUIRE(b.header_error().has_value());
    // Every unknown column, each with its suggestion; a column in capitals is no unknown one.
    CHECK(b.header_error()->names == std::vector<std::string>{"departement", "colour"});
    CHECK(b.header_error()->suggestions == std::vector<std::string>{"department", ""});
    CHECK(cli::describe(*b.header_error(), lang::en).find("unknown columns 'departement' (did you mean 'department'?), 'colour'") == 0);
    // A column twice.
    CHECK(run("cv,CV\n7,8\n").header_error);
}

TEST_CASE("batch: a million lines give a million answers, none lost, none out of order") {
#if defined(__SANITIZE_ADDRESS__)
    constexpr std::size_t n = 100000;  // ASan builds run ten times slower: the full run is in the optimised builds
#else
    constexpr std::size_t n = 1000000;
#endif
    const std::string rows[] = {"75,2026-06-01,used,VP,ES,7,2019-05-03\n", "99,2026-06-01,used,VP,ES,7,2019-05-03\n",
                                "2A,2025-03-01,used,CL,ES,1,2020-01-01\n", "59,2026-06-01,used,VP,EL,4,2023-02-01\n"};
    std::string input = "department,date,procedure,genre,energy,cv,first-registration\n";
    input.reserve(n * 40);
    for (std::size_t i = 0; i < n; ++i) input += rows[i % 4];
    cli::options o;
    cli::batch_runner b{o, today};
    std::string out;
    out.reserve(n * 120);
    for (std::size_t i = 0; i < input.size(); i += 65536) b.feed(std::string_view{input}.substr(i, 65536), out);
    b.finish(out);
    CHECK(b.lines() == n);
    CHECK(b.failed() == n / 4);
    std::size_t expected = 2;
    std::size_t answers = 0;
    bool in_order = true;
    for (std::size_t at = 0; at < out.size();) {
        const std::size_t end = out.find('\n', at);
        REQUIRE(end != std::string::npos);
        const std::string_view line{out.data() + at, end - at};
        const std::string head = "{\"line\":" + std::to_string(expected) + ",";
        if (line.substr(0, head.size()) != head) in_order = false;
        ++expected;
        ++answers;
        at = end + 1;
    }
    CHECK(in_order);
    CHECK(answers == n);
}

namespace {

// The answer of each line, in order: its number and its error reason ("" when quoted).
struct answer_row {
    std::size_t line;
    std::string reason;
};

std::vector<answer_row> answers(const std::string& out) {
    std::vector<answer_row> rows;
    for (const auto& l : lines_of(out)) {
        answer_row a{0, ""};
        for (std::size_t i = 8; i < l.size() && l[i] >= '0' && l[i] <= '9'; ++i) a.line = a.line * 10 + static_cast<std::size_t>(l[i] - '0');
        const auto at = l.find("\"reason\":\"");
        if (at != std::string::npos) a.reason = l.substr(at + 10, l.find('"', at + 10) - at - 10);
        rows.push_back(a);
    }
    return rows;
}

constexpr std::string_view header7 = "department,date,procedure,genre,energy,cv,first-registration\n";

}  // namespace

TEST_CASE("batch: a short or long row, a stray quote, a bad cell are refused naming line and column, never guessed") {
    const std::string input = std::string{header7} +
                              "972,2027-12-24,new,CL,EL\n"                   // 2: 5 cells of 7: refused, not quoted
                              "75,2026-06-01,used,VP,ES,7,2019-05-03,x\n"    // 3: 8 cells
                              "75,\"2026-06-01,used,VP,ES,7,2019-05-03\n"    // 4: a quote never closed
                              "75,2026-06-01,used,VP,ES,7.5,2019-05-03\n"    // 5: not an integer
                              "75,2026-06-01,used,VP,ES, 7,2019-05-03\n"     // 6: blanks around a cell do not count
                              "75,2026-06-01,used,VP,ES,99999999999,2019-05-03\n"  // 7
                              "75,2026-06-01,used,VP,ES,7,2019-05-03\n";    // 8: quoted
    const auto r = run(input, cli::output_format::jsonl, lang::en);
    const auto a = answers(r.out);
    REQUIRE(a.size() == 7);
    const answer_row want[] = {{2, "cells_missing"}, {3, "cells_extra"}, {4, "unbalanced_quote"}, {5, "not_an_integer"},
                               {6, ""}, {7, "not_an_integer"}, {8, ""}};
    for (std::size_t i = 0; i < 7; ++i) {
        CAPTURE(i);
        CHECK(a[i].line == want[i].line);
        CHECK(a[i].reason == want[i].reason);
    }
    const auto out = lines_of(r.out);
    CHECK(out[0].find("\"field\":\"vehicle.fiscal_cv\",\"option\":\"cv\",\"message\":\"5 cells of 7") != std::string::npos);
    CHECK(out[2].find("\"option\":\"date\"") != std::string::npos);
    for (const auto& l : out) CHECK(l.find("\"kind\":\"usage\"") == std::string::npos);
}

TEST_CASE("batch: JSON lines, numbers as JSON spells them, errors at the key") {
    const auto r = run("{\"cv\": 7e0}\n{\"cv\": 7.0}\n{\"cv\": 7,}\n{\"cv\": {\"a\": 1}}\n{\"Department\": \"75\", \"Cv\": 7, \"deparment\": 1}\n");
    const auto a = answers(r.out);
    REQUIRE(a.size() == 5);
    CHECK(a[0].reason == "not_an_integer");
    CHECK(a[1].reason == "not_an_integer");
    CHECK(a[2].reason == "malformed_json");
    CHECK(a[3].reason == "malformed_json");
    CHECK(a[4].reason == "unknown_key");
    const auto out = lines_of(r.out);
    CHECK(out[3].find("\"option\":\"cv\"") != std::string::npos);
    CHECK(out[4].find("\"option\":\"deparment\",\"message\":\"") != std::string::npos);
    CHECK(out[4].find("\"suggestion\":\"department\"") != std::string::npos);
}

TEST_CASE("batch: the id column is echoed in every answer, quoted or refused") {
    const std::string input = "ID,department,date,procedure,genre,energy,cv,first-registration\n"
                              "A-1,75,2026-06-01,used,VP,ES,7,2019-05-03\n"
                              "\"B,2\",99,2026-06-01,used,VP,ES,7,2019-05-03\n"
                              "C3,75\n";
    const auto out = lines_of(run(input).out);
    REQUIRE(out.size() == 3);
    CHECK(out[0].rfind("{\"line\":2,\"id\":\"A-1\",\"y1\":48265,", 0) == 0);
    CHECK(out[1].rfind("{\"line\":3,\"id\":\"B,2\",\"error\":", 0) == 0);
    CHECK(out[2].rfind("{\"line\":4,\"id\":\"C3\",\"error\":", 0) == 0);
    const auto csv_out = lines_of(run(input, cli::output_format::csv).out);
    REQUIRE(csv_out.size() == 4);
    CHECK(csv_out[1].rfind("A-1,2,48265,", 0) == 0);
    CHECK(csv_out[2].rfind("\"B,2\",3,,", 0) == 0);
    const auto json = lines_of(run("{\"id\": 17, \"department\": \"99\"}\n").out);
    REQUIRE(json.size() == 1);
    CHECK(json[0].rfind("{\"line\":1,\"id\":\"17\",\"error\":", 0) == 0);
}

TEST_CASE("batch: --pass-through copies unknown columns instead of refusing the header") {
    cli::options o;
    o.pass_through = true;
    cli::batch_runner b{o, today};
    std::string out;
    b.feed("vin,department,date,procedure,genre,energy,cv,first-registration,colour\nVF1,75,2026-06-01,used,VP,ES,7,2019-05-03,red\n", out);
    b.finish(out);
    CHECK_FALSE(b.header_error().has_value());
    CHECK(out == "{\"line\":2,\"y1\":48265,\"y1_idfm\":9800,\"y2\":0,\"y3\":0,\"y3_co2\":0,\"y3_mass\":0,\"y4\":1100,\"y5\":276,\"y6\":49676,"
                 "\"after_data_vintage\":false,\"extra\":{\"vin\":\"VF1\",\"colour\":\"red\"}}\n");
    o.format = cli::output_format::csv;
    cli::batch_runner c{o, today};
    std::string csv_out;
    c.feed("vin,department\nVF1,99\n", csv_out);
    c.finish(csv_out);
    const auto rows = lines_of(csv_out);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].substr(rows[0].size() - 4) == ",vin");
    CHECK(rows[1].substr(rows[1].size() - 4) == ",VF1");
}

TEST_CASE("batch: RFC 4180 — quoted line breaks, CR-only line ends; a stray quote costs one line") {
    const std::string good = "75,2026-06-01,used,VP,ES,7,2019-05-03";
    const std::string input = "id," + std::string{header7.substr(0, header7.size() - 1)} + "\r" +
                              "\"two\nlines\"," + good + "\r" +   // line 2, a record over two lines
                              "x," + good + "\r";                 // line 4
    const auto a = answers(run(input).out);
    REQUIRE(a.size() == 2);
    CHECK(a[0].line == 2);
    CHECK(a[0].reason.empty());
    CHECK(a[1].line == 4);
    CHECK(lines_of(run(input).out)[0].find("\"id\":\"two\\nlines\"") != std::string::npos);
    // CR, LF and CRLF mixed, split anywhere: the same answers.
    const std::string mixed = std::string{header7} + good + "\r" + good + "\r\n" + good + "\n";
    const auto whole = run(mixed).out;
    CHECK(answers(whole).size() == 3);
    for (std::size_t chunk : {1u, 2u, 5u}) CHECK(run(mixed, cli::output_format::jsonl, lang::fr, chunk).out == whole);
    // A quote that never closes: its line refused, every other line answered, in order.
    std::string stray = std::string{header7} + "75,\"2026-06-01,used,VP,ES,7,2019-05-03\n";
    for (int i = 0; i < 20; ++i) stray += good + "\n";
    stray += "75,2026-06-01,used,VP,ES,7,\"2019-05-03\n";
    const auto s = answers(run(stray).out);
    REQUIRE(s.size() == 22);
    for (std::size_t i = 0; i < s.size(); ++i) CHECK(s[i].line == i + 2);
    CHECK(s.front().reason == "unbalanced_quote");
    CHECK(s.back().reason == "unbalanced_quote");
    for (std::size_t i = 1; i + 1 < s.size(); ++i) CHECK(s[i].reason.empty());
    CHECK(run(stray, cli::output_format::jsonl, lang::fr, 3).out == run(stray).out);
}

TEST_CASE("batch: a huge cell or header is refused quickly, naming the column") {
    const std::string huge(10u << 20, '7');
    const auto r = run(std::string{header7} + huge + ",2026-06-01,used,VP,ES,7,2019-05-03\n");
    const auto a = answers(r.out);
    REQUIRE(a.size() == 1);
    CHECK(a[0].reason == "too_long");
    CHECK(r.out.find("\"option\":\"department\"") != std::string::npos);
    CHECK(run(huge + "\n75\n").header_error);
}

TEST_CASE("batch: the summary and the progress line") {
    CHECK(cli::batch_summary(1000, 10, lang::en) == "cartegrise: 1,000 lines read, 990 quoted, 10 refused\n");
    CHECK(cli::batch_summary(0, 0, lang::en) == "cartegrise: 0 lines read, 0 quoted, 0 refused\n");
    CHECK(cli::batch_progress(120000, 12, 0, lang::en) == "\r120,000 lines");
    CHECK(cli::batch_progress(120000, 4800000, 40000000, lang::en) == "\r120,000 / ~1,000,000 lines (12 %)");
    // An empty input or a header alone: no answer at all, which the command says (exit 4).
    CHECK(run("").lines == 0);
    CHECK(run(header7).lines == 0);
    CHECK(run(header7).out.empty());
}

TEST_CASE("batch: lines bad in every way, mixed with good ones: N lines in, N answers out, in order") {
    const std::string good = "75,2026-06-01,used,VP,ES,7,2019-05-03\n";
    const std::string bad[] = {
        "972,2027-12-24,new,CL,EL\n", "75,2026-06-01,used,VP,ES,7,2019-05-03,x\n", "75,\"2026-06-01,used,VP,ES,7,2019-05-03\n",
        "75,2026-06-01,used,VP,ES,7.5,2019-05-03\n", "75,2026-06-01,used,VP,ES,,2019-05-03\n", "75,2026-06-01,used,VP,ES,99999999999,2019-05-03\n",
        "99,2026-06-01,used,VP,ES,7,2019-05-03\n", "75,2026-02-30,used,VP,ES,7,2019-05-03\n", "75,2026-06-01,sell,VP,ES,7,2019-05-03\n",
        "75,2026-06-01,used,XX,ES,7,2019-05-03\n", "75,2026-06-01,used,VP,ES,0,2019-05-03\n", "75,2026-06-01,used,VP,ES,7,\"2019-05-03\n",
        "75,2026-06-01,used,VP,ES,7\xff,2019-05-03\n", std::string(400, '7') + ",2026-06-01,used,VP,ES,7,2019-05-03\n",
        "\"75\"\"\",2026-06-01,used,VP,ES,7,2019-05-03\n", "75;2026-06-01;used;VP;ES;7;2019-05-03\n", ",,,,,,\n",
        "75,2026-06-01,used,VP,ES,7,2019-05-03\r\n", "75,ab\"c,used,VP,ES,7,2019-05-03\n", "75,2026-06-01,used,VP,ES,7,2019-05-03\r",
        "\"75\n", "{\"cv\": 7}\n"};
    constexpr std::size_t n = 20000;
    std::string input{header7};
    std::size_t expected_bad = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (i % 7 == 3) {
            input += bad[(i / 7) % (sizeof(bad) / sizeof(bad[0]))];
            ++expected_bad;
        } else {
            input += good;
        }
    }
    for (std::size_t chunk : {std::size_t{0}, std::size_t{4093}}) {
        const auto r = run(input, cli::output_format::jsonl, lang::fr, chunk);
        const auto a = answers(r.out);
        REQUIRE(a.size() == n);
        CHECK(r.lines == n);
        bool in_order = true;
        for (std::size_t i = 0; i < n; ++i) in_order = in_order && a[i].line == i + 2;
        CHECK(in_order);
        CHECK(r.failed <= expected_bad);
        CHECK(r.failed >= expected_bad / 2);
        for (const auto& l : lines_of(r.out)) {
            if (!json_check::valid(l)) FAIL(l);
            if (l.find("\"kind\":\"usage\"") != std::string::npos) FAIL(l);
        }
    }
}

TEST_CASE("split_json_members: nested values kept whole, strings with brackets and escapes, malformed refused") {
    std::vector<std::pair<std::string, std::string_view>> m;
    REQUIRE(cartegrise::cli::split_json_members(R"( {"id": "a\"}", "request": {"vehicle": {"genre": "VP"}, "x": [1, {"y": "}"}]}} )", m));
    REQUIRE(m.size() == 2);
    CHECK(m[0].first == "id");
    CHECK(m[0].second == R"("a\"}")");
    CHECK(m[1].first == "request");
    CHECK(m[1].second == R"({"vehicle": {"genre": "VP"}, "x": [1, {"y": "}"}]})");
    m.clear();
    CHECK(cartegrise::cli::split_json_members("{}", m));
    CHECK(m.empty());
    for (const char* bad : {"", "[]", "{", "{\"a\":}", "{\"a\":{\"b\":1}", "{\"a\":1,}", "{\"a\":1} x", "{\"a\" 1}", "{\"a\":\"x}"}) {
        CAPTURE(bad);
        m.clear();
        CHECK_FALSE(cartegrise::cli::split_json_members(bad, m));
    }
}
