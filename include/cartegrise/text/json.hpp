// A small JSON writer with the one string escaper of the project (the command line uses it too).
// Strings: '"' and '\' escaped, control characters (and DEL) as \n, \t, \r, \b, \f or \u00XX; valid UTF-8
// passes through; a byte that is not part of valid UTF-8 becomes U+FFFD, so the output is always valid
// JSON whatever the input. Numbers are integers (money in cents), never floating point.
#ifndef CARTEGRISE_TEXT_JSON_HPP
#define CARTEGRISE_TEXT_JSON_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

namespace detail::text {
inline void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xc0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xe0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    } else {
        out += static_cast<char>(0xf0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    }
}
// Four hex digits at s[at], as a code unit; `at` moves past them.
inline bool read_hex4(std::string_view s, std::size_t& at, std::uint32_t& v) noexcept {
    if (at + 4 > s.size()) return false;
    v = 0;
    for (int k = 0; k < 4; ++k) {
        const char c = s[at++];
        const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) return false;
        v = (v << 4) | static_cast<std::uint32_t>(d);
    }
    return true;
}
}  // namespace detail::text

// The one JSON string reader, the inverse of the escaper below (the request reader and the command line's
// batch records use it): `at` is just after the opening quote; the string's characters, escapes decoded,
// are appended to `out` and `at` ends just after the closing quote. False on a control character, a bad
// escape, a lone surrogate or a missing closing quote.
inline bool read_json_string(std::string_view s, std::size_t& at, std::string& out) {
    while (at < s.size()) {
        std::size_t run = at;  // characters without escapes are copied at once
        while (run < s.size() && s[run] != '"' && s[run] != '\\' && static_cast<unsigned char>(s[run]) >= 0x20) ++run;
        out.append(s.data() + at, run - at);
        at = run;
        if (at >= s.size()) break;
        const char c = s[at++];
        if (c == '"') return true;
        if (c != '\\') return false;  // a control character
        if (at >= s.size()) return false;
        const char e = s[at++];
        switch (e) {
            case '"': case '\\': case '/': out += e; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                std::uint32_t cp = 0;
                if (!detail::text::read_hex4(s, at, cp) || (cp >= 0xdc00 && cp <= 0xdfff)) return false;
                if (cp >= 0xd800 && cp <= 0xdbff) {  // a surrogate pair
                    std::uint32_t lo = 0;
                    if (s.substr(at, 2) != "\\u") return false;
                    at += 2;
                    if (!detail::text::read_hex4(s, at, lo) || lo < 0xdc00 || lo > 0xdfff) return false;
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                }
                detail::text::append_utf8(out, cp);
                break;
            }
            default: return false;
        }
    }
    return false;
}

// Appends a JSON string literal, quotes included, to `out`.
inline void append_json_string(std::string& out, std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    std::size_t i = 0;
    while (i < s.size()) {
        // A run of characters that need no escape is copied at once.
        std::size_t run = i;
        while (run < s.size()) {
            const auto r = static_cast<unsigned char>(s[run]);
            if (r < 0x20 || r >= 0x7f || r == '"' || r == '\\') break;
            ++run;
        }
        if (run > i) {
            out.append(s.data() + i, run - i);
            i = run;
            continue;
        }
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            switch (c) {
                case '"': out += "\\\""; break;
                case '\\': out += "\\\\"; break;
                case '\n': out += "\\n"; break;
                case '\t': out += "\\t"; break;
                case '\r': out += "\\r"; break;
                case '\b': out += "\\b"; break;
                case '\f': out += "\\f"; break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        out += "\\u00";
                        out += hex[c >> 4];
                        out += hex[c & 0xf];
                    } else {
                        out += static_cast<char>(c);
                    }
            }
            ++i;
            continue;
        }
        // Length and minimum code point of a UTF-8 sequence; reject overlongs, surrogates, > U+10FFFF.
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if (c >= 0xc2 && c <= 0xdf) { len = 2; cp = c & 0x1fu; }
        else if (c >= 0xe0 && c <= 0xef) { len = 3; cp = c & 0x0fu; }
        else if (c >= 0xf0 && c <= 0xf4) { len = 4; cp = c & 0x07u; }
        bool valid = len != 0 && i + len <= s.size();
        for (std::size_t k = 1; valid && k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xc0u) != 0x80u) valid = false;
            else cp = (cp << 6) | (cc & 0x3fu);
        }
        if (valid && len == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) valid = false;
        if (valid && len == 4 && (cp < 0x10000 || cp > 0x10ffff)) valid = false;
        if (valid) {
            out.append(s.substr(i, len));
            i += len;
        } else {
            out += "\uFFFD";
            ++i;
        }
    }
    out += '"';
}

// A JSON string literal, quotes included.
inline std::string json_string(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    append_json_string(out, s);
    return out;
}

// Writes one JSON value: objects and arrays nest, commas and (when pretty) indentation are its business.
//     json_writer w;  w.begin_object().key("y6").value(49676).end_object();  w.str() == "{\"y6\":49676}"
class json_writer {
public:
    enum class style : std::uint8_t { compact, pretty };
    explicit json_writer(style s = style::compact) : style_{s} {}

    json_writer& begin_object() { return open('{'); }
    json_writer& end_object() { return close('}'); }
    json_writer& begin_array() { return open('['); }
    json_writer& end_array() { return close(']'); }
    json_writer& key(std::string_view k) {
        separate();
        append_json_string(out_, k);
        out_ += style_ == style::pretty ? ": " : ":";
        after_key_ = true;
        return *this;
    }
    json_writer& value(std::string_view s) {
        separate();
        append_json_string(out_, s);
        return *this;
    }
    json_writer& value(const char* s) { return value(std::string_view{s}); }
    json_writer& value(std::int64_t n) { return raw(std::to_string(n)); }
    json_writer& value(int n) { return value(static_cast<std::int64_t>(n)); }
    json_writer& value(bool b) { return raw(b ? "true" : "false"); }
    json_writer& null() { return raw("null"); }
    // An already written JSON value (another writer's output).
    json_writer& raw(std::string_view json) {
        separate();
        out_ += json;
        return *this;
    }

    [[nodiscard]] const std::string& str() const noexcept { return out_; }

private:
    json_writer& open(char c) {
        separate();
        out_ += c;
        first_ = true;
        ++depth_;
        return *this;
    }
    json_writer& close(char c) {
        --depth_;
        if (style_ == style::pretty && !first_) newline();
        out_ += c;
        first_ = false;
        return *this;
    }
    void separate() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (!first_) out_ += ',';
        if (style_ == style::pretty && depth_ > 0) newline();
        first_ = false;
    }
    void newline() {
        out_ += '\n';
        out_.append(static_cast<std::size_t>(2 * depth_), ' ');
    }

    std::string out_;
    style style_;
    int depth_ = 0;
    bool first_ = true;
    bool after_key_ = false;
};

CARTEGRISE_END_NAMESPACE

#endif
