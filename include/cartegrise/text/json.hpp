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
