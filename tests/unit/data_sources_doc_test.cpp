// docs/data-sources.md lists the weak sources (press, single source, derived) from the table of sources
// itself: this test rebuilds the list and fails, printing the list to paste, when the page differs.
#include <cartegrise/sources.hpp>
#include <cartegrise/text/format.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

using namespace cartegrise;

TEST_CASE("docs/data-sources.md lists every weak source of the tables, and only those") {
    std::string want;
    for (const auto& s : data::sources) {
        if (s.key == source_id::none || !is_weak(s.basis)) continue;
        want += "- `" + std::string{s.name} + "` (" + std::string{to_string(s.basis)} + ", " + format_iso_date(s.dated) + "): " +
                std::string{s.text} + "\n";
    }
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
