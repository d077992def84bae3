// The records of a batch input: see records.hpp.
#include <cartegrise_cli/records.hpp>

#include <cartegrise/text/json.hpp>

namespace cartegrise::cli {

std::vector<std::string> split_csv(std::string_view line, char sep, csv_status& status) {
    std::vector<std::string> out(1);
    status = csv_status::ok;
    bool quoted = false;
    std::size_t i = 0;
    while (i < line.size()) {
        const char c = line[i];
        if (quoted) {
            // Copy the run up to the next quote at once.
            const std::size_t q = line.find('"', i);
            if (q == std::string_view::npos) {
                out.back().append(line.substr(i));
                i = line.size();
                break;
            }
            out.back().append(line.substr(i, q - i));
            if (q + 1 < line.size() && line[q + 1] == '"') {
                out.back() += '"';
                i = q + 2;
            } else {
                quoted = false;
                i = q + 1;
            }
            continue;
        }
        if (c == '"' && out.back().find_first_not_of(" \t") == std::string::npos) {
            out.back().clear();
            quoted = true;
        } else if (c == sep) {
            out.emplace_back();
        } else if (c == '\n') {
            status = csv_status::line_break_outside_quotes;
            out.back() += c;
        } else {
            out.back() += c;
        }
        ++i;
    }
    if (quoted) status = csv_status::unbalanced;
    for (auto& f : out) {
        while (!f.empty() && (f.back() == ' ' || f.back() == '\t')) f.pop_back();
        std::size_t b = 0;
        while (b < f.size() && (f[b] == ' ' || f[b] == '\t')) ++b;
        f.erase(0, b);
    }
    return out;
}

namespace {


// A flat JSON object of strings, numbers, booleans and nulls into (key, text) pairs: a number keeps its
// spelling ("35000.50", "7e0": the option refuses what is not its kind of number), a boolean is
// "true"/"false", null an empty text. False on anything else; where() is then the byte where it went
// wrong (from 1) and key() the key being read, if any.
class flat_json {
public:
    explicit flat_json(std::string_view s) : s_{s} {}

    bool parse(std::vector<std::pair<std::string, std::string>>& out) {
        blanks();
        if (!eat('{')) return false;
        blanks();
        if (eat('}')) return rest();
        for (;;) {
            std::string key;
            std::string value;
            blanks();
            if (!string(key)) return false;
            key_ = key;
            blanks();
            if (!eat(':')) return false;
            blanks();
            if (!scalar(value)) return false;
            key_.clear();
            out.emplace_back(std::move(key), std::move(value));
            blanks();
            if (eat('}')) return rest();
            if (!eat(',')) return false;
        }
    }

    [[nodiscard]] std::size_t where() const noexcept { return i_ + 1; }
    [[nodiscard]] const std::string& key() const noexcept { return key_; }

private:
    bool rest() {
        blanks();
        return i_ == s_.size();
    }
    void blanks() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\r' || s_[i_] == '\n')) ++i_;
    }
    bool eat(char c) {
        if (i_ < s_.size() && s_[i_] == c) {
            ++i_;
            return true;
        }
        return false;
    }
    bool word(std::string_view w) {
        if (s_.substr(i_, w.size()) != w) return false;
        i_ += w.size();
        return true;
    }
    bool string(std::string& out) {
        if (!eat('"')) return false;
        return read_json_string(s_, i_, out);
    }
    bool scalar(std::string& out) {
        if (i_ >= s_.size()) return false;
        const char c = s_[i_];
        if (c == '"') return string(out);
        if (word("true")) return out = "true", true;
        if (word("false")) return out = "false", true;
        if (word("null")) return true;
        // A number as JSON spells it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
        const std::size_t start = i_;
        eat('-');
        if (eat('0')) {
        } else if (!digits()) {
            return false;
        }
        if (eat('.') && !digits()) return false;
        if (eat('e') || eat('E')) {
            if (!eat('+')) eat('-');
            if (!digits()) return false;
        }
        out = std::string{s_.substr(start, i_ - start)};
        return true;
    }
    bool digits() {
        const std::size_t from = i_;
        while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
        return i_ > from;
    }

    std::string_view s_;
    std::size_t i_ = 0;
    std::string key_;
};

}  // namespace

bool parse_flat_json(std::string_view text, std::vector<std::pair<std::string, std::string>>& out, std::size_t& where, std::string& key) {
    flat_json parser{text};
    if (parser.parse(out)) return true;
    where = parser.where();
    key = parser.key();
    return false;
}

bool split_json_members(std::string_view text, std::vector<std::pair<std::string, std::string_view>>& out) {
    std::size_t i = 0;
    const auto blank = [&] {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n')) ++i;
    };
    // The end of the string that starts at i (its closing quote's index + 1), or npos.
    const auto string_end = [&](std::size_t at) {
        for (std::size_t k = at + 1; k < text.size(); ++k) {
            if (text[k] == '\\') ++k;
            else if (text[k] == '"') return k + 1;
        }
        return std::string_view::npos;
    };
    blank();
    if (i >= text.size() || text[i] != '{') return false;
    ++i;
    blank();
    if (i < text.size() && text[i] == '}') return ++i, blank(), i == text.size();
    while (i < text.size()) {
        blank();
        if (i >= text.size() || text[i] != '"') return false;
        const std::size_t key_end = string_end(i);
        if (key_end == std::string_view::npos) return false;
        std::string key{text.substr(i + 1, key_end - i - 2)};
        i = key_end;
        blank();
        if (i >= text.size() || text[i] != ':') return false;
        ++i;
        blank();
        const std::size_t from = i;
        int depth = 0;
        for (; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '"') {
                const std::size_t e = string_end(i);
                if (e == std::string_view::npos) return false;
                i = e - 1;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0) break;
                --depth;
            } else if (c == ',' && depth == 0) {
                break;
            }
        }
        if (i >= text.size() || depth != 0) return false;
        std::size_t to = i;
        while (to > from && (text[to - 1] == ' ' || text[to - 1] == '\t' || text[to - 1] == '\r' || text[to - 1] == '\n')) --to;
        if (to == from) return false;
        out.emplace_back(std::move(key), text.substr(from, to - from));
        if (text[i] == '}') {
            ++i;
            blank();
            return i == text.size();
        }
        ++i;  // the comma
    }
    return false;
}

}  // namespace cartegrise::cli
