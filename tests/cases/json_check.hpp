// A strict JSON syntax check for the tests: every output that claims to be JSON must parse (RFC 8259:
// objects, arrays, strings with their escapes, numbers, true, false, null; nothing after the value).
#ifndef CARTEGRISE_TESTS_JSON_CHECK_HPP
#define CARTEGRISE_TESTS_JSON_CHECK_HPP

#include <cstddef>
#include <string_view>

namespace json_check {

class parser {
public:
    explicit parser(std::string_view s) : s_{s} {}
    bool document() {
        blanks();
        if (!value(0)) return false;
        blanks();
        return i_ == s_.size();
    }

private:
    bool value(int depth) {
        if (depth > 64 || i_ >= s_.size()) return false;
        switch (s_[i_]) {
            case '{': return object(depth);
            case '[': return array(depth);
            case '"': return string();
            case 't': return word("true");
            case 'f': return word("false");
            case 'n': return word("null");
            default: return number();
        }
    }
    bool object(int depth) {
        ++i_;
        blanks();
        if (eat('}')) return true;
        for (;;) {
            blanks();
            if (!string()) return false;
            blanks();
            if (!eat(':')) return false;
            blanks();
            if (!value(depth + 1)) return false;
            blanks();
            if (eat('}')) return true;
            if (!eat(',')) return false;
        }
    }
    bool array(int depth) {
        ++i_;
        blanks();
        if (eat(']')) return true;
        for (;;) {
            blanks();
            if (!value(depth + 1)) return false;
            blanks();
            if (eat(']')) return true;
            if (!eat(',')) return false;
        }
    }
    bool string() {
        if (!eat('"')) return false;
        while (i_ < s_.size()) {
            const auto c = static_cast<unsigned char>(s_[i_++]);
            if (c == '"') return true;
            if (c < 0x20) return false;
            if (c == '\\') {
                if (i_ >= s_.size()) return false;
                const char e = s_[i_++];
                if (e == 'u') {
                    for (int k = 0; k < 4; ++k, ++i_) {
                        if (i_ >= s_.size()) return false;
                        const char h = s_[i_];
                        if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F'))) return false;
                    }
                } else if (std::string_view{"\"\\/bfnrt"}.find(e) == std::string_view::npos) {
                    return false;
                }
            }
        }
        return false;
    }
    bool number() {
        const std::size_t start = i_;
        eat('-');
        if (eat('0')) {
        } else if (!digits()) {
            return false;
        }
        if (eat('.') && !digits()) return false;
        if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
            ++i_;
            if (!eat('+')) eat('-');
            if (!digits()) return false;
        }
        return i_ > start;
    }
    bool digits() {
        const std::size_t start = i_;
        while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
        return i_ > start;
    }
    bool word(std::string_view w) {
        if (s_.substr(i_, w.size()) != w) return false;
        i_ += w.size();
        return true;
    }
    bool eat(char c) {
        if (i_ < s_.size() && s_[i_] == c) {
            ++i_;
            return true;
        }
        return false;
    }
    void blanks() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
    }
    std::string_view s_;
    std::size_t i_ = 0;
};

inline bool valid(std::string_view s) { return parser{s}.document(); }

}  // namespace json_check

#endif
