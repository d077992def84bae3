// `cartegrise batch`: see batch.hpp.
#include <cartegrise_cli/batch.hpp>

#include <cartegrise_cli/messages.hpp>
#include <cartegrise_cli/records.hpp>

#include <cartegrise/text/format.hpp>
#include <cartegrise/text/json.hpp>
#include <cartegrise/text/request_json.hpp>
#include <cartegrise/version.hpp>

#include <algorithm>
#include <cstdint>
#include <utility>

namespace cartegrise::cli {

namespace {


std::string lower_ascii(std::string_view s) {
    std::string out{s};
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// A column or key names a request option of quote (the other options do not belong in a line), in any
// case ("Department"); null otherwise.
const option_row* column_option(std::string_view name) {
    if (name.size() > 64) return nullptr;
    const option_row* row = find_option(lower_ascii(name));
    if (row == nullptr || (row->used_by & bit(command::quote)) == 0 || row->id == opt::explain) return nullptr;
    return row;
}

bool is_id(std::string_view name) { return name.size() == 2 && lower_ascii(name) == "id"; }

std::vector<std::string_view> column_names() {
    std::vector<std::string_view> names{"id"};
    for (const auto& r : option_table)
        if (column_option(r.name) != nullptr) names.push_back(r.name);
    return names;
}

// One cell into the options: empty is unset; a flag takes true/1/yes (set) or false/0/no (unset).
std::optional<cli_error> put(options& o, const option_row& row, std::string_view text) {
    if (text.empty()) return std::nullopt;
    if (!row.takes_value) {
        if (text == "true" || text == "1" || text == "yes") return set_option(o, row, {});
        if (text == "false" || text == "0" || text == "no") return std::nullopt;
        return input_error(problem::not_a_flag_value, row.field, std::string{row.name}, std::string{text});
    }
    return set_option(o, row, text);
}

// A CSV cell: in double quotes when it holds a separator, a quote or a line break.
void csv_cell(std::string& out, std::string_view text) {
    if (text.find_first_of(",;\"\r\n") == std::string_view::npos) {
        out += text;
        return;
    }
    out += '"';
    for (const char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

void csv_money(std::string& out, money m) {
    out += ',';
    out += std::to_string(m.in_cents());
}

}  // namespace

batch_runner::batch_runner(const options& defaults, date today) : defaults_{defaults}, today_{today} {
    defaults_.req = request{};
    defaults_.req.application_date = today;
    defaults_.input.clear();  // copied for every line: nothing that allocates
    defaults_.output.clear();
}

std::string batch_csv_header() {
    return "id,line,y1,y1_idfm,y2,y3,y3_co2,y3_mass,y4,y5,y6,after_data_vintage,error_code,error_reason,error_field,error_option,error_message\n";
}

std::string batch_summary(std::size_t read, std::size_t refused, lang lg) {
    const auto n = [&](std::size_t v) { return format_count(static_cast<std::int64_t>(v), lg); };
    if (lg == lang::en)
        return "cartegrise: " + n(read) + (read == 1 ? " line read, " : " lines read, ") + n(read - refused) + " quoted, " + n(refused) + " refused\n";
    return "cartegrise: " + n(read) + (read > 1 ? " lignes lues, " : " ligne lue, ") + n(read - refused) + (read - refused > 1 ? " chiffrées, " : " chiffrée, ") +
           n(refused) + (refused > 1 ? " refusées\n" : " refusée\n");
}

std::string batch_progress(std::size_t lines, std::uint64_t bytes_read, std::uint64_t bytes_total, lang lg) {
    const std::string word = lg == lang::en ? " lines" : " lignes";
    std::string s = "\r" + format_count(static_cast<std::int64_t>(lines), lg);
    if (bytes_total == 0 || bytes_read == 0 || lines == 0) return s + word;
    const std::uint64_t estimate = bytes_total / bytes_read * lines + (bytes_total % bytes_read) * lines / bytes_read;
    const std::uint64_t percent = bytes_read >= bytes_total ? 100 : bytes_read * 100 / bytes_total;
    return s + " / ~" + format_count(static_cast<std::int64_t>(estimate), lg) + word + " (" + std::to_string(percent) + " %)";
}

void batch_runner::output_header(std::string& out) {
    if (header_written_ || defaults_.format != output_format::csv) return;
    header_written_ = true;
    std::string h = batch_csv_header();
    h.pop_back();
    for (const auto& name : extra_names_) {
        h += ',';
        csv_cell(h, name);
    }
    out += h + "\n";
}

void batch_runner::feed(std::string_view bytes, std::string& out) {
    if (!started_) {
        pending_.append(bytes);
        if (pending_.size() < 3 && std::string_view{"\xEF\xBB\xBF"}.substr(0, pending_.size()) == pending_) return;
        if (pending_.compare(0, 3, "\xEF\xBB\xBF") == 0) pending_.erase(0, 3);
        started_ = true;
        std::string first;
        first.swap(pending_);
        feed(first, out);
        return;
    }
    std::size_t start = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '"') {
            // Quotes matter in CSV data lines only (a JSON string may hold a quote, escaped).
            if (have_header_) in_quote_ = !in_quote_;
            continue;
        }
        if (c != '\n' && c != '\r') continue;
        if (c == '\n' && (i > 0 ? bytes[i - 1] == '\r' : prev_cr_)) {  // the LF of a CRLF
            start = i + 1;
            continue;
        }
        const std::string_view piece = bytes.substr(start, i - start);
        start = i + 1;
        if (in_quote_) {  // a line break inside a quoted cell
            pending_.append(piece);
            pending_ += '\n';
            ++record_lines_;
            if (record_lines_ >= max_record_lines || pending_.size() > max_record_bytes) {
                std::string record;
                record.swap(pending_);
                in_quote_ = false;
                record_lines_ = 0;
                split_off_first(record, out);
            }
            continue;
        }
        if (pending_.empty()) {
            complete(piece, out);
        } else {
            pending_.append(piece);
            std::string record;
            record.swap(pending_);
            complete(record, out);
        }
    }
    pending_.append(bytes.substr(start));
    if (!bytes.empty()) prev_cr_ = bytes.back() == '\r';
}

void batch_runner::complete(std::string_view text, std::string& out) {
    const std::size_t breaks = record_lines_;
    record_lines_ = 0;
    if (breaks > 0) {
        // A record over several lines stands only if its quotes close, every line break is inside them
        // and it has the header's cells; otherwise a stray quote joined lines that are not one record.
        csv_status status = csv_status::ok;
        const auto cells = split_csv(text, separator_, status);
        if (status != csv_status::ok || cells.size() != columns_.size()) {
            split_off_first(text, out);
            return;
        }
    }
    ++number_;
    line(text, out);
    number_ += breaks;
}

void batch_runner::split_off_first(std::string_view text, std::string& out) {
    const std::size_t nl = text.find('\n');
    in_quote_ = false;
    record_lines_ = 0;
    ++number_;
    line(text.substr(0, nl), out);  // answered alone: its unbalanced quote is refused
    if (nl == std::string_view::npos) return;
    std::string rest{text.substr(nl + 1)};
    if (!rest.empty() && rest.back() != '\n') rest += '\n';
    const bool cr = prev_cr_;
    prev_cr_ = false;
    feed(rest, out);  // read again, the quote state reset
    prev_cr_ = cr;
}

void batch_runner::finish(std::string& out) {
    if (!started_) {
        started_ = true;
        std::string first;
        first.swap(pending_);
        feed(first, out);
    }
    while (!pending_.empty()) {
        std::string last;
        last.swap(pending_);
        if (in_quote_ && record_lines_ > 0) {
            split_off_first(last, out);  // a quote never closed: its first line refused, the rest read again
        } else {
            in_quote_ = false;
            complete(last, out);
        }
    }
    if (!header_error_) output_header(out);
}

void batch_runner::line(std::string_view text, std::string& out) {
    if (header_error_) return;
    bool blank = true;
    for (const char c : text) blank = blank && (c == ' ' || c == '\t');
    if (blank) return;
    if (!have_header_ && !json_lines_) {
        std::size_t b = 0;
        while (b < text.size() && (text[b] == ' ' || text[b] == '\t')) ++b;
        if (b < text.size() && text[b] == '{') {
            json_lines_ = true;
            output_header(out);
        } else {
            header(text, out);
            return;
        }
    }
    const std::size_t number = number_;
    options o = defaults_;
    std::optional<cli_error> problem_found;
    std::string id;
    bool have_id = false;
    std::vector<std::pair<std::string, std::string>> extra;
    bool seen[option_count] = {};
    const auto fail = [&](cli_error e) {
        if (!problem_found) problem_found = std::move(e);
    };
    const auto take = [&](const option_row& row, std::string_view value) {
        if (problem_found) return;
        const auto index = static_cast<std::size_t>(&row - option_table);
        if (seen[index]) return fail(input_error(problem::column_twice, row.field, std::string{row.name}));
        seen[index] = true;
        if (auto e = put(o, row, value)) fail(std::move(*e));
    };
    const auto take_id = [&](std::string_view value) {
        if (value.size() > max_value_bytes) {
            cli_error e = input_error(problem::too_long, request_field::none, "id");
            e.count = value.size();
            return fail(std::move(e));
        }
        if (have_id) return fail(input_error(problem::column_twice, request_field::none, "id"));
        have_id = true;
        id = std::string{value};
    };
    const auto take_extra = [&](std::string_view name, std::string_view value) {
        if (value.size() > max_value_bytes) {
            cli_error e = input_error(problem::too_long, request_field::none, std::string{name});
            e.count = value.size();
            return fail(std::move(e));
        }
        extra.emplace_back(std::string{name}, std::string{value});
    };
    std::vector<std::pair<std::string, std::string_view>> members;
    const bool nested = json_lines_ && split_json_members(text, members) &&
                        std::any_of(members.begin(), members.end(), [](const auto& m) {
                            return m.second.front() == '{' && (m.first == "vehicle" || m.first == "holder" || m.first == "request");
                        });
    if (nested) {
        // The request of `quote --json` as it echoes it ({"application_date": ..., "vehicle": {...}}), with
        // an id beside it, or wrapped: {"id": ..., "request": {...}}. Read by the library's own reader.
        std::string body = "{";
        std::string_view wrapped;
        for (const auto& [key, raw] : members) {
            if (is_id(key)) {
                std::vector<std::pair<std::string, std::string>> id_pair;
                std::size_t where = 0;
                std::string at_key;
                if (parse_flat_json("{\"id\":" + std::string{raw} + "}", id_pair, where, at_key) && id_pair.size() == 1)
                    take_id(id_pair.front().second);
                else
                    fail(input_error(problem::malformed_json, request_field::none, "id"));
            } else if (key == "request" && raw.front() == '{') {
                wrapped = raw;
            } else {
                if (body.size() > 1) body += ',';
                body += json_string(key) + ":" + std::string{raw};
            }
        }
        body += '}';
        if (!wrapped.empty() && body.size() > 2) {
            std::vector<std::pair<std::string, std::string_view>> others;
            split_json_members(body, others);
            cli_error e = input_error(problem::unknown_key, request_field::none, others.front().first);
            fail(std::move(e));
        }
        std::string refused;
        const auto r = parse_request_json(wrapped.empty() ? std::string_view{body} : wrapped, &refused);
        if (!r) {
            const error& err = r.error();
            if (err.reason == error_reason::unknown_key) {
                cli_error e = input_error(problem::unknown_key, request_field::none, refused);
                e.suggestion = nearest(refused, column_names());
                fail(std::move(e));
            } else if (err.reason == error_reason::not_json) {
                fail(input_error(problem::malformed_json, request_field::none, {}));
            } else {
                cli_error e;
                e.kind = failure_kind::input;
                e.what = problem::refused;
                e.refusal = err;
                e.option = std::string{option_for(err.field)};
                e.value = refused;
                fail(std::move(e));
            }
        } else {
            o.req = *r;
            if (!o.req.application_date) o.req.application_date = defaults_.req.application_date;  // as a flat line: today
        }
    } else if (json_lines_) {
        std::vector<std::pair<std::string, std::string>> pairs;
        std::size_t where = 0;
        std::string at_key;
        if (!parse_flat_json(text, pairs, where, at_key)) {
            cli_error e = input_error(problem::malformed_json, request_field::none, at_key);
            if (const option_row* row = column_option(at_key)) e.refusal.field = row->field;
            e.count = where;
            fail(std::move(e));
        } else {
            for (const auto& [key, value] : pairs) {
                if (is_id(key)) {
                    take_id(value);
                } else if (const option_row* row = column_option(key)) {
                    take(*row, value);
                } else if (defaults_.pass_through) {
                    take_extra(key, value);
                } else {
                    cli_error e = input_error(problem::unknown_key, request_field::none, key);
                    e.suggestion = nearest(key, column_names());
                    fail(std::move(e));
                }
            }
        }
    } else {
        csv_status status = csv_status::ok;
        const auto cells = split_csv(text, separator_, status);
        // The id first, so that even a refused line joins back.
        for (std::size_t c = 0; c < cells.size() && c < columns_.size(); ++c)
            if (columns_[c].id) take_id(cells[c]);
        const auto column_error = [&](problem what, std::size_t c) {
            const bool named = c < columns_.size();
            cli_error e = input_error(what, named && columns_[c].row ? columns_[c].row->field : request_field::none,
                                      named ? std::string{columns_[c].row ? columns_[c].row->name : std::string_view{columns_[c].name}} : std::string{});
            e.count = cells.size();
            e.expected = columns_.size();
            return e;
        };
        if (status == csv_status::unbalanced) {
            fail(column_error(problem::unbalanced_quote, cells.size() - 1));
        } else if (cells.size() < columns_.size()) {
            fail(column_error(problem::cells_missing, cells.size()));
        } else if (cells.size() > columns_.size()) {
            fail(column_error(problem::cells_extra, columns_.size()));
        } else {
            for (std::size_t c = 0; c < cells.size(); ++c) {
                const column& col = columns_[c];
                if (col.row != nullptr) take(*col.row, cells[c]);
                else if (!col.id) take_extra(col.name, cells[c]);
            }
        }
    }
    ++lines_;
    answer(number, o, problem_found, have_id && !id.empty() ? &id : nullptr, extra, out);
}

void batch_runner::header(std::string_view text, std::string& out) {
    have_header_ = true;
    // A header with semicolons and no comma: a CSV written by a French spreadsheet.
    if (text.find(',') == std::string_view::npos && text.find(';') != std::string_view::npos) separator_ = ';';
    csv_status status = csv_status::ok;
    cli_error unknown;
    unknown.kind = failure_kind::usage;
    unknown.what = problem::unknown_columns;
    bool seen[option_count] = {};
    bool id_seen = false;
    const auto names = column_names();
    for (const auto& name : split_csv(text, separator_, status)) {
        column col{column_option(name), name, is_id(name)};
        if (col.row != nullptr) {
            const auto index = static_cast<std::size_t>(col.row - option_table);
            if (seen[index] && !header_error_) {
                cli_error e;
                e.what = problem::given_twice;
                e.option = std::string{col.row->name};
                header_error_ = std::move(e);
            }
            seen[index] = true;
        } else if (col.id) {
            if (id_seen && !header_error_) {
                cli_error e;
                e.what = problem::given_twice;
                e.option = "id";
                header_error_ = std::move(e);
            }
            id_seen = true;
        } else if (defaults_.pass_through) {
            extra_names_.push_back(name);
        } else {
            unknown.suggestions.push_back(nearest(name, names));
            unknown.names.push_back(name);
        }
        columns_.push_back(std::move(col));
    }
    if (!unknown.names.empty()) header_error_ = std::move(unknown);
    if (!header_error_) output_header(out);
}

void batch_runner::answer(std::size_t number, const options& o, const std::optional<cli_error>& problem_found, const std::string* id,
                          const std::vector<std::pair<std::string, std::string>>& extra, std::string& out) {
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
        if (id != nullptr) csv_cell(out, *id);
        out += ',';
        out += std::to_string(number);
        if (failure) {
            out += ",,,,,,,,,,,";
            out += to_string(failure->refusal.code);
            out += ',';
            out += failure->what == problem::refused ? to_string(failure->refusal.reason) : problem_name(failure->what);
            out += ',';
            out += to_string(failure->refusal.field);
            out += ',';
            csv_cell(out, failure->option);
            out += ',';
            std::string m = describe(*failure, lg);
            out += '"';
            for (const char c : m) out += c == '"' ? std::string{"\"\""} : std::string(1, c);
            out += '"';
        } else {
            const totals& t = *q;
            for (const money m : {t.y1, t.y1_idfm, t.y2, t.y3, t.y3_co2, t.y3_mass, t.y4, t.y5, t.y6}) csv_money(out, m);
            out += t.after_data_vintage ? ",true,,,,," : ",false,,,,,";
        }
        if (!json_lines_)
            for (const auto& name : extra_names_) {
                out += ',';
                for (const auto& [key, value] : extra)
                    if (key == name) csv_cell(out, value);
            }
        out += '\n';
        return;
    }
    out += "{\"line\":";
    out += std::to_string(number);
    if (id != nullptr) {
        out += ",\"id\":";
        out += json_string(*id);
    }
    if (failure) {
        out += ",\"error\":";
        std::string e = json_error(*failure, lg);  // {"error": {...}}\n
        const auto open = e.find('{', 1);
        out.append(e, open, e.rfind('}') - open);
    } else {
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
        out += t.after_data_vintage ? ",\"after_data_vintage\":true" : ",\"after_data_vintage\":false";
    }
    if (!extra.empty()) {
        out += ",\"extra\":{";
        for (std::size_t i = 0; i < extra.size(); ++i) {
            if (i > 0) out += ',';
            out += json_string(extra[i].first);
            out += ':';
            out += json_string(extra[i].second);
        }
        out += '}';
    }
    out += "}\n";
}

}  // namespace cartegrise::cli
