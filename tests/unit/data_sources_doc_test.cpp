// docs/data-sources.md lists the weak sources (press, single source, derived) of the library, sorted by
// key: this test rebuilds the list from for_each_source() (the sources the tables and the rules name)
// and fails, printing the list to paste, when the page differs (cmake/gen/weak_sources.py writes it).
#include <cartegrise/sources.hpp>
#include <cartegrise/text/format.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>

using namespace cartegrise;

TEST_CASE("docs/data-sources.md lists every weak source of the tables, and only those") {
    std::map<std::string, std::string> by_key;
    for_each_source([&](const source& s) {
        if (!is_weak(s.basis)) return;
        by_key[std::string{s.key}] = "- `" + std::string{s.key} + "` (" + std::string{to_string(s.basis)} + ", " + format_iso_date(s.dated) +
                                     "): " + std::string{s.citation} + " — " + std::string{s.note_en} + "\n";
    });
    std::string want;
    for (const auto& [key, line] : by_key) want += line;
    std::ifstream in{std::string{CARTEGRISE_SOURCE_DIR} + "/docs/data-sources.md"};
    REQUIRE(in.good());
    std::stringstream page;
    page << in.rdbuf();
    const std::string text = page.str();
    const std::string begin = "<!-- weak-sources:begin -->\n";
    const std::string end = "<!-- weak-sources:end -->";
    const auto b = text.find(begin);
    const auto e = text.find(end);
    REQUIRE(b != std::string::npos);
    REQUIRE(e != std::string::npos);
    const std::string got = text.substr(b + begin.size(), e - b - begin.size());
    INFO("paste between the markers of docs/data-sources.md:\n" << want);
    CHECK(got == want);
}

TEST_CASE("every source written in the data headers is one the library lists (a table or a rule names it)") {
    // A source defined beside a table but named by no row nor rule would be missing from the list the
    // docs and the JSON read: its key is found in the headers, never by find_source().
    const std::regex defined{R"re(\{"(\w+)", evidence::\w+, \{)re"};
    std::size_t keys = 0;
    for (const auto& entry : std::filesystem::directory_iterator{std::string{CARTEGRISE_SOURCE_DIR} + "/include/cartegrise/data"}) {
        std::ifstream in{entry.path()};
        std::stringstream text;
        text << in.rdbuf();
        const std::string t = text.str();
        for (auto it = std::sregex_iterator(t.begin(), t.end(), defined); it != std::sregex_iterator(); ++it) {
            ++keys;
            CAPTURE((*it)[1].str());
            CHECK(find_source((*it)[1].str()));
        }
    }
    CHECK(keys == source_count());
}
