// The text helpers of the `cartegrise` tool (examples/cli/include/cartegrise_cli/console.hpp): lines ended by LF or CRLF, files
// with or without a UTF-8 byte order mark, a path outside ASCII (opened in UTF-16 on Windows), and the
// arguments in UTF-8. The Windows build runs this file under Wine.
#include <cartegrise_cli/console.hpp>

#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>  // __argc, __argv (Windows)
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using cartegrise::cli::read_text_file;
using cartegrise::cli::split_lines;
using cartegrise::cli::utf8_args;

namespace {

using lines = std::vector<std::string_view>;

// A file of the working directory with a name outside ASCII ("é" and "€", spelled as UTF-8 bytes so
// that the test does not depend on the source encoding), one per standard: the suites may run at once.
std::string scratch_name(std::string_view what) {
    return "cartegrise_console_test_" + std::to_string(__cplusplus) + "_" + std::string{what} +
           "_\xC3\xA9\xE2\x82\xAC.txt";
}

// Writes `bytes` to `name` (UTF-8) without the helper under test: _wfopen on Windows, fopen elsewhere.
bool write_file(const std::string& name, std::string_view bytes) {
#if defined(_WIN32)
    const std::wstring wide = cartegrise::cli::detail_console::to_utf16(name);
    std::FILE* f = _wfopen(wide.c_str(), L"wb");
#else
    std::FILE* f = std::fopen(name.c_str(), "wb");
#endif
    if (f == nullptr) return false;
    const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
    return std::fclose(f) == 0 && ok;
}

void remove_file(const std::string& name) {
#if defined(_WIN32)
    _wremove(cartegrise::cli::detail_console::to_utf16(name).c_str());
#else
    std::remove(name.c_str());
#endif
}

}  // namespace

TEST_CASE("split_lines: LF and CRLF end a line, the last one may lack its ending") {
    CHECK(split_lines("") == lines{});
    CHECK(split_lines("a") == lines{"a"});
    CHECK(split_lines("a\n") == lines{"a"});
    CHECK(split_lines("a\r\n") == lines{"a"});
    CHECK(split_lines("a\r\nb\nc") == lines{"a", "b", "c"});
    CHECK(split_lines("a\r\nb\r\nc\r\n") == lines{"a", "b", "c"});
    CHECK(split_lines("\n") == lines{""});
    CHECK(split_lines("\r\n\r\n") == lines{"", ""});
    CHECK(split_lines("a\n\nb") == lines{"a", "", "b"});
    // A CR inside a line, or one not followed by LF, is data.
    CHECK(split_lines("a\rb\r\n") == lines{"a\rb"});
    CHECK(split_lines("a\r") == lines{"a\r"});
    CHECK(split_lines("\r\r\n") == lines{"\r"});
}

TEST_CASE("split_lines: a CSV written on Windows reads as the same rows as on Linux") {
    const std::string_view lf = "department,cv\n75,7\n2A,1\n";
    const std::string_view crlf = "department,cv\r\n75,7\r\n2A,1\r\n";
    CHECK(split_lines(lf) == split_lines(crlf));
    CHECK(split_lines(crlf) == lines{"department,cv", "75,7", "2A,1"});
}

TEST_CASE("read_text_file: the bytes of the file, a UTF-8 byte order mark removed") {
    const std::string plain = scratch_name("plain");
    const std::string bom = scratch_name("bom");
    const std::string only_bom = scratch_name("only_bom");
    const std::string_view text = "d\xC3\xA9partement,cv\r\n75,7\n";  // "département", CRLF then LF
    REQUIRE(write_file(plain, text));
    REQUIRE(write_file(bom, std::string{"\xEF\xBB\xBF"} + std::string{text}));
    REQUIRE(write_file(only_bom, "\xEF\xBB\xBF"));

    const std::optional<std::string> a = read_text_file(plain);
    const std::optional<std::string> b = read_text_file(bom);
    const std::optional<std::string> c = read_text_file(only_bom);
    REQUIRE(a.has_value());
    REQUIRE(b.has_value());
    REQUIRE(c.has_value());
    CHECK(*a == text);  // binary read: the CRLF is still there, split_lines deals with it
    CHECK(*b == text);
    CHECK(c->empty());
    CHECK(split_lines(*b) == lines{"d\xC3\xA9partement,cv", "75,7"});

    remove_file(plain);
    remove_file(bom);
    remove_file(only_bom);
}

TEST_CASE("read_text_file: a byte order mark is removed only at the start, and only whole") {
    const std::string name = scratch_name("inner_bom");
    REQUIRE(write_file(name, "a\xEF\xBB\xBF\n\xEF\xBB"));
    const auto got = read_text_file(name);
    REQUIRE(got.has_value());
    CHECK(*got == "a\xEF\xBB\xBF\n\xEF\xBB");
    remove_file(name);

    REQUIRE(write_file(name, "\xEF\xBB"));  // a truncated mark is data
    const auto truncated = read_text_file(name);
    REQUIRE(truncated.has_value());
    CHECK(*truncated == "\xEF\xBB");
    remove_file(name);
}

TEST_CASE("read_text_file: a missing file is nullopt, not an empty text") {
    CHECK_FALSE(read_text_file(scratch_name("missing")).has_value());
    CHECK_FALSE(read_text_file("").has_value());
}

TEST_CASE("utf8_args: argv[0] included, as many arguments as argc") {
    // A unit test cannot choose its own command line: whatever ctest gave, the count and ASCII agree.
    const char* const argv[] = {"cartegrise", "quote", "--cv", "7"};
    const std::vector<std::string> args = utf8_args(4, argv);
#if defined(_WIN32)
    // On Windows the process's own command line is read (argv only if the counts differ) ...
    CHECK(args.size() == 4);
    // ... and for this process, whose command line is ASCII, it is the C runtime's argv.
    CHECK(utf8_args(__argc, __argv) == std::vector<std::string>(__argv, __argv + __argc));
#else
    CHECK(args == std::vector<std::string>{"cartegrise", "quote", "--cv", "7"});
    CHECK(utf8_args(0, argv).empty());
    const char* const with_null[] = {"cartegrise", nullptr};
    CHECK(utf8_args(2, with_null) == std::vector<std::string>{"cartegrise", ""});
#endif
}
