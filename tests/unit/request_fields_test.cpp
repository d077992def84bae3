// The request's field descriptors (<cartegrise/request_fields.hpp>) are all a field needs: each one is
// read and echoed in JSON under its path, refused beyond its bounds by quote() with a message quoting
// them, stood in for when missing, and described by docs/cartegrise.schema.json as the descriptors say.
#include <cartegrise/cartegrise.hpp>
#include <cartegrise/text.hpp>

#include "../cases/published_cases.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <string_view>
#include <vector>

using namespace cartegrise;

namespace {

std::string echo(const request& r) {
    json_writer w;
    write_request_json(w, r);
    return w.str();
}

// A value of the field other than its default, within its bounds.
field_value some_value(const field_descriptor& d) {
    switch (d.kind) {
        case field_kind::date: return {true, static_cast<std::int64_t>(date{2020, 2, 29}.packed())};
        case field_kind::flag: return {true, 1};
        case field_kind::integer: case field_kind::count: case field_kind::cents: return {true, d.min + 1};
        default: return {true, d.stand_in ? *d.stand_in + 1 : 1};  // a code: another index than the stand-in's
    }
}

// The schema of one field's echo, compact (no blank outside strings).
std::string schema_of(const field_descriptor& d) {
    const auto bounds = [&] {
        std::string s = ",\"minimum\":" + std::to_string(d.min);
        if (d.has_max()) s += ",\"maximum\":" + std::to_string(d.max);
        return s + "}";
    };
    const auto codes = [](const auto& list) {
        std::string s = "{\"enum\":[";
        for (const auto c : list) s += "\"" + std::string{c} + "\",";
        return s + "null]}";
    };
    switch (d.kind) {
        case field_kind::date: return "{\"$ref\":\"#/$defs/iso_date_or_null\"}";
        case field_kind::department: case field_kind::procedure: case field_kind::genre: case field_kind::energy:
            return "{\"$ref\":\"#/$defs/optional_string\"}";
        case field_kind::cycle: return codes(detail::co2_cycle_codes);
        case field_kind::register_system: return codes(detail::registration_system_codes);
        case field_kind::integer: case field_kind::cents: return "{\"type\":[\"integer\",\"null\"]" + bounds();
        case field_kind::count: return "{\"type\":\"integer\"" + bounds();
        case field_kind::flag: return "{\"type\":\"boolean\"}";
    }
    return {};
}

// "$defs/request" as the descriptors make it: the request's keys in the order of the echo, the vehicle's
// and the holder's in their objects.
std::string request_schema() {
    struct part {
        std::string name, required, properties;
    };
    part parts[3] = {{"", "", ""}, {"vehicle", "", ""}, {"holder", "", ""}};
    std::string top_required;
    const auto add = [](std::string& list, const std::string& item) { list += (list.empty() ? "" : ",") + item; };
    for (std::size_t i = 0; i < request_field_descriptor_count; ++i) {
        const field_descriptor& d = request_field_descriptors()[i];
        const std::string path{to_string(d.field)};
        const auto dot = path.find('.');
        part& p = parts[dot == std::string::npos ? 0 : path.substr(0, dot) == "vehicle" ? 1 : 2];
        const std::string key = dot == std::string::npos ? path : path.substr(dot + 1);
        if (&p != &parts[0] && p.required.empty()) add(top_required, "\"" + p.name + "\"");
        if (&p == &parts[0]) add(top_required, "\"" + key + "\"");
        add(p.required, "\"" + key + "\"");
        add(p.properties, "\"" + key + "\":" + schema_of(d));
    }
    const auto object = [](const std::string& required, const std::string& properties) {
        return "{\"type\":\"object\",\"required\":[" + required + "],\"additionalProperties\":false,\"properties\":{" + properties + "}}";
    };
    // The two objects sit where their first field does in the echo: after the request's first fields.
    std::string top;
    for (std::size_t i = 0; i < request_field_descriptor_count; ++i) {
        const field_descriptor& d = request_field_descriptors()[i];
        const std::string path{to_string(d.field)};
        const auto dot = path.find('.');
        if (dot == std::string::npos) {
            top += (top.empty() ? "" : ",") + std::string{"\""} + path + "\":" + schema_of(d);
        } else if (i == 0 || to_string(request_field_descriptors()[i - 1].field).substr(0, dot + 1) != path.substr(0, dot + 1)) {
            part& p = parts[path.substr(0, dot) == "vehicle" ? 1 : 2];
            top += (top.empty() ? "" : ",") + std::string{"\""} + p.name + "\":" + object(p.required, p.properties);
        }
    }
    return "\"request\":" + object(top_required, top);
}

// The TypeScript type of one field in packaging/npm/cartegrise.d.ts's Request.
std::string typescript_of(const field_descriptor& d) {
    const auto codes = [](const auto& list) {
        std::string s;
        for (const auto c : list) s += "'" + std::string{c} + "'|";
        return s + "null";
    };
    switch (d.kind) {
        case field_kind::cycle: return codes(detail::co2_cycle_codes);
        case field_kind::register_system: return codes(detail::registration_system_codes);
        case field_kind::integer: case field_kind::cents: return "number|null";
        case field_kind::count: return "number";
        case field_kind::flag: return "boolean";
        default: return "string|null";
    }
}

// The Request interface as the descriptors make it, without blanks.
std::string request_typescript() {
    std::string out = "exportinterfaceRequest{";
    std::string open;
    for (std::size_t i = 0; i < request_field_descriptor_count; ++i) {
        const field_descriptor& d = request_field_descriptors()[i];
        const std::string path{to_string(d.field)};
        const auto dot = path.find('.');
        const std::string part = dot == std::string::npos ? "" : path.substr(0, dot);
        if (part != open) {
            if (!open.empty()) out += "};";
            if (!part.empty()) out += part + "?:{";
            open = part;
        }
        out += path.substr(dot == std::string::npos ? 0 : dot + 1) + "?:" + typescript_of(d) + ";";
    }
    return out + (open.empty() ? "" : "};") + "}";
}

// The file without the blanks outside strings.
std::string compact(const std::string& json) {
    std::string out;
    bool in_string = false;
    for (std::size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (in_string) {
            out += c;
            if (c == '\\' && i + 1 < json.size()) out += json[++i];
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
            out += c;
        } else if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
            out += c;
        }
    }
    return out;
}

}  // namespace

TEST_CASE("request fields: one descriptor per field of the request, each with its own path and option") {
    std::set<request_field> fields;
    std::set<std::string_view> paths, options;
    for (std::size_t i = 0; i < request_field_descriptor_count; ++i) {
        const field_descriptor& d = request_field_descriptors()[i];
        CAPTURE(to_string(d.field));
        CHECK(fields.insert(d.field).second);
        CHECK(paths.insert(to_string(d.field)).second);
        CHECK(options.insert(d.option).second);
        CHECK(descriptor_of(d.field) == &d);
        CHECK((d.get != nullptr && d.set != nullptr));
        if (d.bounded()) CHECK(d.min <= d.max);
    }
    // The fields without a descriptor are not members of request: document_context's, the deadline's, the language.
    for (std::size_t i = 1; i < request_field_count; ++i) {
        const auto f = static_cast<request_field>(i);
        const std::string_view path = to_string(f);
        const bool elsewhere = path.substr(0, 8) == "context." || path.substr(0, 7) == "events." || f == request_field::deadline_kind ||
                               f == request_field::event_date || f == request_field::language;
        CAPTURE(path);
        CHECK((descriptor_of(f) == nullptr) == elsewhere);
    }
}

TEST_CASE("request fields: each is set, echoed under its path and read back by its descriptor alone") {
    for (std::size_t i = 0; i < request_field_descriptor_count; ++i) {
        const field_descriptor& d = request_field_descriptors()[i];
        CAPTURE(to_string(d.field));
        request r{};
        const field_value v = some_value(d);
        d.set(r, v);
        CHECK(d.get(r).set);
        CHECK(d.get(r).n == v.n);
        // Only this field differs from an empty request's echo.
        CHECK(echo(r) != echo(request{}));
        const std::string path{to_string(d.field)};
        const std::string key = path.substr(path.find('.') + 1);
        CHECK(echo(r).find("\"" + key + "\":") != std::string::npos);
        const auto back = parse_request_json(echo(r));
        REQUIRE(back.has_value());
        CHECK(d.get(*back).n == v.n);
        CHECK(echo(*back) == echo(r));
        // A value of the wrong JSON type names the field.
        const auto dot = path.find('.');
        const std::string json = dot == std::string::npos ? "{\"" + path + "\": [1]}"
                                                          : "{\"" + path.substr(0, dot) + "\": {\"" + key + "\": [1]}}";
        const auto refused = parse_request_json(json);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().field == d.field);
        CHECK(refused.error().reason == error_reason::wrong_json_type);
    }
}

TEST_CASE("request fields: quote() enforces each bound its descriptor gives, and the message quotes it") {
    const request base = cases::published_cases[0].req;
    REQUIRE(quote(base).has_value());
    for (std::size_t i = 0; i < request_field_descriptor_count; ++i) {
        const field_descriptor& d = request_field_descriptors()[i];
        if (!d.bounded()) continue;
        CAPTURE(to_string(d.field));
        request low = base;
        d.set(low, {true, d.min - 1});
        const auto below = quote(low);
        REQUIRE_FALSE(below.has_value());
        CHECK(below.error().field == d.field);
        CHECK(below.error().reason == d.below);
        if (!d.has_max()) continue;
        request high = base;
        d.set(high, {true, d.max + 1});
        const auto above = quote(high);
        REQUIRE_FALSE(above.has_value());
        CHECK(above.error().field == d.field);
        CHECK(above.error().reason == d.above);
        CHECK(above.error().code == (d.above == error_reason::out_of_range ? errc::invalid_value : errc::beyond_table));
        CHECK(message(above.error(), lang::en).find(format_count(d.max, lang::en)) != std::string::npos);
        CHECK(message(above.error(), lang::fr).find(format_count(d.max, lang::fr)) != std::string::npos);
        // The bounds themselves pass this check.
        request at_max = base;
        d.set(at_max, {true, d.max});
        const auto edge = quote(at_max);
        CHECK((edge.has_value() || edge.error().field != d.field || edge.error().reason != error_reason::out_of_range));
    }
}

TEST_CASE("request fields: the domain of a bounded field is written from its bounds") {
    CHECK(domain(request_field::vehicle_fiscal_cv, lang::fr) == "entre 1 et 999 CV");
    CHECK(domain(request_field::vehicle_mass_kg, lang::en) == "between 1 and 99,999 kg");
    CHECK(domain(request_field::vehicle_mass_kg, lang::fr) == "entre 1 et 99\u00A0999 kg");
    CHECK(domain(request_field::holder_dependent_children, lang::en) == "between 0 and 30");
    CHECK(domain(request_field::application_date, lang::en) == "YYYY-MM-DD, from 2022-01-01");
    CHECK(domain(request_field::purchase_price, lang::en) == "positive, in euros and cents");
}

TEST_CASE("request fields: a message's figure is the one its rule reads") {
    const auto en = [](error_reason r) { return message(error{errc::not_applicable, request_field::none, r, {}}, lang::en); };
    CHECK(en(error_reason::truck_too_light) == "a truck (CAM, N2/N3) has a GVW above 3,500 kg; lighter goods vehicles are CTTE");
    CHECK(en(error_reason::moped_over_50_cm3) == "a moped (CL, CYCL) has at most 50 cm³: check J.1 and P.1");
    CHECK(en(error_reason::collection_needs_age) == "a collection certificate needs the date B of a vehicle of more than 30 years");
    CHECK(en(error_reason::fni_after_siv_start) == "a vehicle first registered from 15 April 2009 has an SIV number, not an FNI one");
    CHECK(en(error_reason::cycle_must_be_nedc) == "a vehicle first registered before 1 March 2020 is taxed on its NEDC CO2");
    CHECK(en(error_reason::co2_beyond_grids) == "a CO2 figure above 999 g/km is beyond every grid");
    CHECK(en(error_reason::mileage_bands_unknown).find("above 20,000 km a year") != std::string::npos);
    CHECK(en(error_reason::electric_power_needed).find("(more than 30 kW)") != std::string::npos);
    CHECK(message(error{errc::not_applicable, request_field::none, error_reason::ptac_needed_vasp, {}}, lang::fr) ==
          "un VASP doit indiquer son PTAC (F.2) : le tarif change au-delà de 3\u00A0500 kg");
    CHECK(en(error_reason::fiscal_power_type_approval).find("from 1 November 2019 to 31 December 2020") != std::string::npos);
    CHECK(en(error_reason::electric_power_needed).find("from 2027 the 100 kg abatement") != std::string::npos);
    // Every placeholder a sentence has is filled from a figure its rule gives, and none is left.
    for (std::size_t i = 0; i < error_reason_count; ++i) {
        const auto r = static_cast<error_reason>(i);
        const reason_figure f = figure_of(r);
        for (const lang lg : {lang::fr, lang::en}) {
            CAPTURE(to_string(r));
            const std::string_view raw = detail::text::label_of(detail::text::reason_texts, r, lg);
            const auto has = [&](std::string_view mark) { return raw.find(mark) != std::string_view::npos; };
            if (has("<>")) CHECK(f.n > 0);
            if (has("<2>")) CHECK(f.n2 > 0);
            if (has("<date>") || has("<year>")) CHECK(f.day.ok());
            if (has("<date2>")) CHECK(f.day2.ok());
            CHECK(message(error{errc::invalid_value, request_field::vehicle_mass_kg, r, {}}, lg).find('<') == std::string::npos);
        }
    }
}

TEST_CASE("request fields: docs/cartegrise.schema.json describes the request echo as the descriptors do") {
    std::ifstream in{CARTEGRISE_SOURCE_DIR "/docs/cartegrise.schema.json"};
    REQUIRE(in);
    const std::string schema = compact(std::string{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}});
    const std::string expected = request_schema();
    INFO("expected in $defs: " << expected);
    CHECK(schema.find(expected) != std::string::npos);
}

TEST_CASE("request fields: the npm package's Request type has every field, typed by its kind") {
    std::ifstream in{CARTEGRISE_SOURCE_DIR "/packaging/npm/cartegrise.d.ts"};
    REQUIRE(in);
    std::string text{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
    // Without its comments and blanks.
    for (std::size_t at = text.find("/**"); at != std::string::npos; at = text.find("/**", at)) text.erase(at, text.find("*/", at) + 2 - at);
    std::string bare;
    for (const char c : text)
        if (c != ' ' && c != '\n') bare += c;
    const std::string expected = request_typescript();
    INFO("expected: " << expected);
    CHECK(bare.find(expected) != std::string::npos);
}

TEST_CASE("request fields: docs/errors.md gives each out_of_range row the descriptor's bounds") {
    std::ifstream in{CARTEGRISE_SOURCE_DIR "/docs/errors.md"};
    REQUIRE(in);
    // "| E15 | invalid_value | vehicle.mass_kg | mass outside 1 … 99 999 kg | out_of_range |"; two fields
    // of one row are separated by " / " in the field and in the bounds.
    const auto split = [](std::string s, std::string_view sep) {
        std::vector<std::string> parts;
        for (std::size_t at = s.find(sep); at != std::string::npos; at = s.find(sep)) {
            parts.push_back(s.substr(0, at));
            s.erase(0, at + sep.size());
        }
        parts.push_back(s);
        return parts;
    };
    const auto number = [](const std::string& s) {
        std::string digits;
        for (const char c : s)
            if (c >= '0' && c <= '9') digits += c;
            else if (c != ' ' && !digits.empty()) break;
        return std::stoll(digits);
    };
    std::set<request_field> documented;
    for (std::string line; std::getline(in, line);) {
        const auto cells = split(line, " | ");
        if (cells.size() < 5 || cells[4].find("out_of_range") == std::string::npos || cells[3].find("outside ") == std::string::npos) continue;
        const auto fields = split(cells[2], " / ");
        const auto ranges = split(cells[3], " / ");
        REQUIRE(fields.size() == ranges.size());
        for (std::size_t k = 0; k < fields.size(); ++k) {
            CAPTURE(line);
            const field_descriptor* d = nullptr;
            for (std::size_t i = 0; i < request_field_descriptor_count; ++i)
                if (to_string(request_field_descriptors()[i].field) == fields[k]) d = &request_field_descriptors()[i];
            REQUIRE(d != nullptr);
            const std::string range = ranges[k].substr(ranges[k].find("outside ") == std::string::npos ? 0 : ranges[k].find("outside ") + 8);
            const auto dots = range.find("…");
            REQUIRE(dots != std::string::npos);
            CHECK(number(range.substr(0, dots)) == d->min);
            CHECK(number(range.substr(dots + std::string_view{"…"}.size())) == d->max);
            documented.insert(d->field);
        }
    }
    for (std::size_t i = 0; i < request_field_descriptor_count; ++i) {
        const field_descriptor& d = request_field_descriptors()[i];
        CAPTURE(to_string(d.field));
        if (d.has_max() && d.above == error_reason::out_of_range) CHECK(documented.count(d.field) == 1);
    }
}

TEST_CASE("request fields: a missing field's stand-in lets the rules ask for the next") {
    for (std::size_t i = 0; i < request_field_descriptor_count; ++i) {
        const field_descriptor& d = request_field_descriptors()[i];
        CAPTURE(to_string(d.field));
        request r{};
        CHECK(detail::fill_stand_in(r, d.field) == d.stand_in.has_value());
        CHECK(d.get(r).set == (d.stand_in.has_value() || d.kind == field_kind::flag || d.kind == field_kind::count));
        if (d.stand_in && d.bounded()) CHECK((*d.stand_in >= d.min && *d.stand_in <= d.max));
    }
    request r{};
    REQUIRE(detail::fill_stand_in(r, request_field::application_date));
    CHECK(r.application_date == data_vintage);
}
