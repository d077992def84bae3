// `cartegrise batch`: CSV and JSON lines in, one answer per line out, in order, a bad line never stopping
// the batch; a million lines give a million answers.
#include <cartegrise_cli/batch.hpp>

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
    CHECK(out[1].rfind("{\"line\":3,\"error\":{\"kind\":\"input\",\"code\":\"unknown_department\",\"field\":\"holder_department\",\"option\":\"department\"", 0) == 0);
    CHECK(out[2].rfind("{\"line\":4,\"y1\":", 0) == 0);
    // Both malus inputs missing: the first is the error, the other is listed.
    CHECK(out[3].find("\"field\":\"vehicle.co2_g_km\"") != std::string::npos);
    CHECK(out[3].find("\"also_missing\":[{\"field\":\"vehicle.mass_kg\",\"option\":\"mass\"}]") != std::string::npos);
    CHECK(out[4].rfind("{\"line\":6,\"error\":{\"kind\":\"usage\",\"code\":\"usage\",\"field\":null,\"option\":\"cv\"", 0) == 0);
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
    CHECK(out[2].find("\"kind\":\"usage\"") != std::string::npos);
    CHECK(out[3].find("\"kind\":\"usage\"") != std::string::npos);
    CHECK(r.failed == 2);
}

TEST_CASE("batch: CSV out with the six lines in cents") {
    const auto r = run(csv, cli::output_format::csv);
    const auto out = lines_of(r.out);
    REQUIRE(out.size() == 5);
    CHECK(out[0] == "2,48265,9800,0,0,0,0,1100,276,49676,false,,,,");
    CHECK(out[1].rfind("3,,,,,,,,,,,unknown_department,holder_department,department,\"", 0) == 0);
    CHECK(cli::batch_csv_header().rfind("line,y1,y1_idfm,y2,y3,y3_co2,y3_mass,y4,y5,y6,", 0) == 0);
}

TEST_CASE("batch: a header naming an unknown column stops the batch, with a suggestion") {
    const auto r = run("departement,cv\n75,7\n");
    CHECK(r.header_error);
    CHECK(r.out.empty());
    cli::options o;
    cli::batch_runner b{o, today};
    std::string out;
    b.feed("departement,cv\n", out);
    REQUIRE(b.header_error().has_value());
    CHECK(b.header_error()->suggestion == "department");
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
