// What the `cartegrise` tool needs from the operating system to speak UTF-8 and LF everywhere
// (docs/windows.md), and to write a file whole. Elsewhere than Windows every function here is standard
// C++ or POSIX (fstat).
//
//  - prepare_console(): first thing in main(). On Windows: the console code pages set to UTF-8 (the
//    previous ones are restored at exit), stdout and stderr in binary mode, so that "\n" stays one LF
//    byte: JSON and CSV are byte-identical to Linux, whether they go to a file, a pipe or the console
//    (which starts a new line on LF alone). A no-op elsewhere.
//  - utf8_args(argc, argv): the arguments, argv[0] included, in UTF-8. Windows gives argv in the ANSI
//    code page (cp1252 for French), where 'é' is one byte and 'Ł' a '?': the command line is read again
//    in UTF-16 (GetCommandLineW, CommandLineToArgvW) and converted. Elsewhere, argv as it is.
//  - open_binary(path[, write]): a file opened for reading (or writing) in binary mode, the path in UTF-8
//    (on Windows opened with _wfopen); nullptr if it cannot be opened. replace_file(from, to) renames
//    over an existing file (MoveFileExW on Windows), remove_file(path), file_size(f) (0: unknown).
//  - read_text_file(path): a whole file, the path in UTF-8 (on Windows opened with _wfopen), a UTF-8
//    byte order mark removed; nullopt if it cannot be opened or read.
//  - split_lines(text): lines ended by LF or CRLF, without their ending.
#ifndef CARTEGRISE_CLI_CONSOLE_HPP
#define CARTEGRISE_CLI_CONSOLE_HPP

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#if defined(_WIN32)
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
// windows.h first: shellapi.h needs its types.
#include <shellapi.h>  // CommandLineToArgvW (shell32)
#include <fcntl.h>     // _O_BINARY
#include <io.h>        // _setmode, _fileno
#include <cstdlib>     // std::atexit
#include <sys/stat.h>  // _fstat64
#else
#include <sys/stat.h>  // fstat
#endif

namespace cartegrise::cli {

#if defined(_WIN32)
namespace detail_console {

struct code_pages {
    UINT output = 0;
    UINT input = 0;
};

inline code_pages& saved_code_pages() noexcept {
    static code_pages saved;
    return saved;
}

inline void restore_code_pages() noexcept {
    // exit() runs this before it flushes the streams: flush first, in the code page of the output.
    std::fflush(stdout);
    std::fflush(stderr);
    const code_pages& saved = saved_code_pages();
    if (saved.output != 0) SetConsoleOutputCP(saved.output);
    if (saved.input != 0) SetConsoleCP(saved.input);
}

// UTF-16 to UTF-8; an unpaired surrogate becomes U+FFFD.
inline std::string to_utf8(const wchar_t* w) {
    if (w == nullptr || *w == L'\0') return {};
    const int n = WideCharToMultiByte(CP_UTF8, 0, w, -1, nullptr, 0, nullptr, nullptr);
    if (n <= 1) return {};
    std::string out(static_cast<std::size_t>(n), '\0');
    WideCharToMultiByte(CP_UTF8, 0, w, -1, out.data(), n, nullptr, nullptr);
    out.resize(static_cast<std::size_t>(n - 1));  // without the terminating NUL
    return out;
}

// UTF-8 to UTF-16; empty if `s` is not valid UTF-8.
inline std::wstring to_utf16(const std::string& s) {
    if (s.empty()) return {};
    const int n = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, s.c_str(), -1, nullptr, 0);
    if (n <= 1) return {};
    std::wstring out(static_cast<std::size_t>(n), L'\0');
    MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, s.c_str(), -1, out.data(), n);
    out.resize(static_cast<std::size_t>(n - 1));
    return out;
}

}  // namespace detail_console
#endif

// Call it once, before any output.
inline void prepare_console() noexcept {
#if defined(_WIN32)
    // GetConsole*CP() is 0 without a console (output to a file or a pipe): nothing to set or restore.
    auto& saved = detail_console::saved_code_pages();
    const UINT output = GetConsoleOutputCP();
    if (output != 0 && output != CP_UTF8 && SetConsoleOutputCP(CP_UTF8) != 0) saved.output = output;
    const UINT input = GetConsoleCP();
    if (input != 0 && input != CP_UTF8 && SetConsoleCP(CP_UTF8) != 0) saved.input = input;
    if (saved.output != 0 || saved.input != 0) std::atexit(detail_console::restore_code_pages);
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
#endif
}

inline std::vector<std::string> utf8_args(int argc, const char* const* argv) {
    std::vector<std::string> out;
#if defined(_WIN32)
    int n = 0;
    if (wchar_t** w = CommandLineToArgvW(GetCommandLineW(), &n)) {
        // The C runtime and CommandLineToArgvW split a command line alike but for rare quoting corner
        // cases: should they disagree on the count, argv (ANSI) is kept rather than misnumbered.
        if (n == argc) {
            out.reserve(static_cast<std::size_t>(n));
            for (int i = 0; i < n; ++i) out.push_back(detail_console::to_utf8(w[i]));
        }
        LocalFree(w);
        if (n == argc) return out;
        out.clear();
    }
#endif
    out.reserve(argc > 0 ? static_cast<std::size_t>(argc) : 0U);
    for (int i = 0; i < argc; ++i) out.emplace_back(argv[i] != nullptr ? argv[i] : "");
    return out;
}

// A file by its UTF-8 path, read (or written, from empty) as bytes.
inline std::FILE* open_binary(const std::string& path, bool write = false) noexcept {
#if defined(_WIN32)
    const std::wstring wide = detail_console::to_utf16(path);
    return wide.empty() ? nullptr : _wfopen(wide.c_str(), write ? L"wb" : L"rb");
#else
    return std::fopen(path.c_str(), write ? "wb" : "rb");
#endif
}

// Puts `from` in the place of `to` (replacing it), or false: the last step of writing a file whole.
inline bool replace_file(const std::string& from, const std::string& to) noexcept {
#if defined(_WIN32)
    const std::wstring f = detail_console::to_utf16(from);
    const std::wstring t = detail_console::to_utf16(to);
    return !f.empty() && !t.empty() && MoveFileExW(f.c_str(), t.c_str(), MOVEFILE_REPLACE_EXISTING) != 0;
#else
    return std::rename(from.c_str(), to.c_str()) == 0;
#endif
}

inline void remove_file(const std::string& path) noexcept {
#if defined(_WIN32)
    const std::wstring wide = detail_console::to_utf16(path);
    if (!wide.empty()) _wremove(wide.c_str());
#else
    std::remove(path.c_str());
#endif
}

// The size of an open file in bytes, or 0 when unknown (a pipe, a terminal).
inline std::uint64_t file_size(std::FILE* f) noexcept {
#if defined(_WIN32)
    struct _stat64 st {};
    if (_fstat64(_fileno(f), &st) != 0 || (st.st_mode & _S_IFREG) == 0) return 0;
#else
    struct stat st {};
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) return 0;
#endif
    return st.st_size > 0 ? static_cast<std::uint64_t>(st.st_size) : 0;
}

inline std::optional<std::string> read_text_file(const std::string& path) {
    std::FILE* f = open_binary(path);
    if (f == nullptr) return std::nullopt;
    std::string text;
    char buffer[4096];
    std::size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, f)) > 0) text.append(buffer, got);
    const bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (failed) return std::nullopt;
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    if (std::string_view{text}.substr(0, bom.size()) == bom) text.erase(0, bom.size());
    return text;
}

// "a\r\nb\nc" and "a\r\nb\nc\n" both give {"a", "b", "c"}; "" gives {}; "\n" gives {""}. A CR that
// does not end a line stays in it. The views point into `text`.
inline std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        if (end != std::string_view::npos && !line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return lines;
}

}  // namespace cartegrise::cli

#endif
