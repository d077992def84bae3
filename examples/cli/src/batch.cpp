// `cartegrise batch`: see batch.hpp.
#include <cartegrise_cli/batch.hpp>

#include <cartegrise_cli/messages.hpp>

#include <cartegrise/text/json.hpp>
#include <cartegrise/text/format.hpp>
#include <cartegrise/version.hpp>

#include <cstdint>
#include <utility>

namespace cartegrise::cli {

namespace {

// One field of a line: its name (JSON lines) or column, and its text.
struct cell {
    std::string_view key;
    std::string text;
};

// A CSV line into cells: `sep` separated, a field in double quotes may hold separators and "" for a quote.
std::vector<std::string> split_csv(std::string_view line, char sep, bool& ok) {
    std::vector<std::string> out(1);
    ok = true;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                out.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                out.back() += c;
            }
        } else if (c == '"' && out.back().empty()) {
            quoted = true;
        } else if (c == sep) {
            out.emplace_back();
        } else {
            out.back() += c;
        }
    }
    if (quoted) ok = false;
    for (auto& f : out) {  // surrounding blanks do not count
        while (!f.empty() && (f.back() == ' ' || f.back() == '\t')) f.pop_back();
        std::size_t b = 0;
        while (b < f.size() && (f[b] == ' ' || f[b] == '\t')) ++b;
        f.erase(0, b);
    }
    return out;
}

// Appends the UTF-8 bytes of a code point.
void put_utf8(std::string& out, std::uint32_t cp) {
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

// A flat JSON object of strings, numbers, booleans and nulls into (key, text) pairs: a number keeps its
// spelling ("35000.50"), a boolean is "true"/"false", null an empty text. False on anything else.
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
            blanks();
            if (!eat(':')) return false;
            blanks();
            if (!scalar(value)) return false;
            out.emplace_back(std::move(key), std::move(value));
            blanks();
            if (eat('}')) return rest();
            if (!eat(',')) return false;
        }
    }

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
    bool hex4(std::uint32_t& v) {
        if (i_ + 4 > s_.size()) return false;
        v = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = s_[i_++];
            v <<= 4;
            if (c >= '0' && c <= '9') v |= static_cast<std::uint32_t>(c - '0');
            else if (c >= 'a' && c <= 'f') v |= static_cast<std::uint32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') v |= static_cast<std::uint32_t>(c - 'A' + 10);
            else return false;
        }
        return true;
    }
    bool string(std::string& out) {
        if (!eat('"')) return false;
        while (i_ < s_.size()) {
            const char c = s_[i_++];
            if (c == '"') return true;
            if (static_cast<unsigned char>(c) < 0x20) return false;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (i_ >= s_.size()) return false;
            const char e = s_[i_++];
            switch (e) {
                case '"': case '\\': case '/': out += e; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    std::uint32_t cp = 0;
                    if (!hex4(cp)) return false;
                    if (cp >= 0xd800 && cp <= 0xdbff) {  // a surrogate pair
                        std::uint32_t low = 0;
                        if (!word("\\u") || !hex4(low) || low < 0xdc00 || low > 0xdfff) return false;
                        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                    } else if (cp >= 0xdc00 && cp <= 0xdfff) {
                        return false;
                    }
                    put_utf8(out, cp);
                    break;
                }
                default: return false;
            }
        }
        return false;
    }
    bool scalar(std::string& out) {
        if (i_ >= s_.size()) return false;
        const char c = s_[i_];
        if (c == '"') return string(out);
        if (word("true")) return out = "true", true;
        if (word("false")) return out = "false", true;
        if (word("null")) return true;
        const std::size_t start = i_;
        if (c == '-') ++i_;
        while (i_ < s_.size() && ((s_[i_] >= '0' && s_[i_] <= '9') || s_[i_] == '.')) ++i_;
        if (i_ == start || (i_ == start + 1 && c == '-')) return false;
        out = std::string{s_.substr(start, i_ - start)};
        return true;
    }

    std::string_view s_;
    std::size_t i_ = 0;
};

cli_error line_error(problem what, std::string option, std::string value = {}) {
    cli_error e;
    e.kind = failure_kind::usage;
    e.what = what;
    e.option = std::move(option);
    e.value = std::move(value);
    return e;
}

// One cell into the options: empty is unset; a flag takes true/1/yes (set) or false/0/no (unset).
std::optional<cli_error> put(options& o, const option_row& row, std::string_view text) {
    if (text.empty()) return std::nullopt;
    if (!row.takes_value) {
        if (text == "true" || text == "1" || text == "yes") return set_option(o, row, {});
        if (text == "false" || text == "0" || text == "no") return std::nullopt;
        return line_error(problem::unknown_value, std::string{row.name}, std::string{text});
    }
    return set_option(o, row, text);
}

// A column or key names a request option of quote (the other options do not belong in a line).
const option_row* column_option(std::string_view name) {
    const option_row* row = find_option(name);
    if (row == nullptr || (row->used_by & bit(command::quote)) == 0 || row->id == opt::explain) return nullptr;
    return row;
}

void csv_money(std::string& out, money m) {
    out += ',';
    out += std::to_string(m.in_cents());
}

}  // namespace

batch_runner::batch_runner(const options& defaults, date today) : defaults_{defaults}, today_{today} {
    defaults_.req = request{};
    defaults_.req.application_date = today;
}

std::string batch_csv_header() { return "line,y1,y1_idfm,y2,y3,y3_co2,y3_mass,y4,y5,y6,after_data_vintage,error_code,error_field,error_option,error_message\n"; }

void batch_runner::feed(std::string_view bytes, std::string& out) {
    if (!started_) {
        pending_.append(bytes);
        if (pending_.size() < 3 && std::string_view{"\xEF\xBB\xBF"}.substr(0, pending_.size()) == pending_) return;
        if (pending_.compare(0, 3, "\xEF\xBB\xBF") == 0) pending_.erase(0, 3);
        started_ = true;
        bytes = {};
        std::string first;
        first.swap(pending_);
        feed(first, out);
        return;
    }
    std::size_t start = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (bytes[i] != '\n') continue;
        std::string_view piece = bytes.substr(start, i - start);
        if (!pending_.empty()) {
            pending_.append(piece);
            line(pending_, out);
            pending_.clear();
        } else {
            line(piece, out);
        }
        start = i + 1;
    }
    pending_.append(bytes.substr(start));
}

void batch_runner::finish(std::string& out) {
    if (!started_) {
        started_ = true;
        std::string first;
        first.swap(pending_);
        feed(first, out);
    }
    if (!pending_.empty()) {
        std::string last;
        last.swap(pending_);
        line(last, out);
    }
}

void batch_runner::line(std::string_view text, std::string& out) {
    ++number_;
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    if (header_error_) return;
    bool blank = true;
    for (const char c : text) blank = blank && (c == ' ' || c == '\t');
    if (blank) return;
    if (!have_header_ && !json_lines_) {
        std::size_t b = 0;
        while (b < text.size() && (text[b] == ' ' || text[b] == '\t')) ++b;
        if (b < text.size() && text[b] == '{') {
            json_lines_ = true;
        } else {
            header(text, out);
            return;
        }
    }
    options o = defaults_;
    std::optional<cli_error> problem_found;
    bool seen[option_count] = {};
    const auto take = [&](const option_row* row, std::string_view key, std::string_view value) {
        if (problem_found) return;
        if (row == nullptr) {
            problem_found = line_error(problem::unknown_option, {}, std::string{key});
            return;
        }
        const auto index = static_cast<std::size_t>(row - option_table);
        if (seen[index]) {
            problem_found = line_error(problem::given_twice, std::string{row->name});
            return;
        }
        seen[index] = true;
        if (auto e = put(o, *row, value)) problem_found = std::move(e);
    };
    if (json_lines_) {
        std::vector<std::pair<std::string, std::string>> pairs;
        if (!flat_json{text}.parse(pairs)) {
            problem_found = line_error(problem::unexpected_argument, {}, std::string{text});
        } else {
            for (const auto& [key, value] : pairs) take(column_option(key), key, value);
        }
    } else {
        bool ok = true;
        const auto cells = split_csv(text, separator_, ok);
        if (!ok || cells.size() > columns_.size()) {
            problem_found = line_error(problem::unexpected_argument, {}, std::string{text});
        } else {
            for (std::size_t c = 0; c < cells.size(); ++c) take(columns_[c], columns_[c]->name, cells[c]);
        }
    }
    ++lines_;
    answer(number_, o, problem_found, out);
}

void batch_runner::header(std::string_view text, std::string&) {
    have_header_ = true;
    // A header with semicolons and no comma: a CSV written by a French spreadsheet.
    if (text.find(',') == std::string_view::npos && text.find(';') != std::string_view::npos) separator_ = ';';
    bool ok = true;
    for (const auto& name : split_csv(text, separator_, ok)) {
        const option_row* row = column_option(name);
        if (row == nullptr) {
            cli_error e = line_error(problem::unknown_option, {}, name);
            std::vector<std::string_view> names;
            for (const auto& r : option_table)
                if (column_option(r.name) != nullptr) names.push_back(r.name);
            e.suggestion = nearest(name, names);
            header_error_ = std::move(e);
            return;
        }
        columns_.push_back(row);
    }
}

void batch_runner::answer(std::size_t number, const options& o, const std::optional<cli_error>& problem_found, std::string& out) {
    const lang lg = defaults_.language;
    std::optional<cli_error> failure = problem_found;
    result<totals> q = failure ? result<totals>{totals{}} : quote_totals(o.req);
    if (!failure && !q) {
        cli_error e;
        e.kind = failure_kind::input;
        e.what = problem::refused;
        e.refusal = q.error();
        e.option = std::string{option_for(e.refusal.field)};
        failure = std::move(e);
    }
    if (failure) ++failed_;
    if (defaults_.format == output_format::csv) {
        out += std::to_string(number);
        if (failure) {
            out += ",,,,,,,,,,,";
            out += failure->what == problem::refused ? to_string(failure->refusal.code) : std::string_view{"usage"};
            out += ',';
            if (failure->what == problem::refused) out += to_string(failure->refusal.field);
            out += ',' + failure->option + ',';
            std::string m = describe(*failure, lg);
            out += '"';
            for (const char c : m) out += c == '"' ? std::string{"\"\""} : std::string(1, c);
            out += "\"\n";
            return;
        }
        const totals& t = *q;
        for (const money m : {t.y1, t.y1_idfm, t.y2, t.y3, t.y3_co2, t.y3_mass, t.y4, t.y5, t.y6}) csv_money(out, m);
        out += t.after_data_vintage ? ",true,,,,\n" : ",false,,,,\n";
        return;
    }
    out += "{\"line\":" + std::to_string(number);
    if (failure) {
        out += ",\"error\":";
        std::string e = json_error(*failure, lg);  // {"error": {...}}\n
        const auto open = e.find('{', 1);
        out.append(e, open, e.rfind('}') - open);
        out += "}\n";
        return;
    }
    const totals& t = *q;
    const auto put_cents = [&](std::string_view key, money m) {
        out += ",\"";
        out += key;
        out += "\":";
        out += std::to_string(m.in_cents());
    };
    put_cents("y1", t.y1);
    put_cents("y1_idfm", t.y1_idfm);
    put_cents("y2", t.y2);
    put_cents("y3", t.y3);
    put_cents("y3_co2", t.y3_co2);
    put_cents("y3_mass", t.y3_mass);
    put_cents("y4", t.y4);
    put_cents("y5", t.y5);
    put_cents("y6", t.y6);
    out += t.after_data_vintage ? ",\"after_data_vintage\":true}\n" : ",\"after_data_vintage\":false}\n";
}

}  // namespace cartegrise::cli
