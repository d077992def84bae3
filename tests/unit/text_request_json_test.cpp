// A request read from JSON (<cartegrise/text/request_json.hpp>): the inverse of its echo
// (write_request_json), and every refusal naming its field and reason.
#include <cartegrise/cartegrise.hpp>
#include <cartegrise/text.hpp>

#include "../cases/published_cases.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>

using namespace cartegrise;

namespace {

std::string echo(const request& r) {
    json_writer w;
    write_request_json(w, r);
    return w.str();
}
std::string pretty_echo(const request& r) {
    json_writer w{json_writer::style::pretty};
    write_request_json(w, r);
    return w.str();
}

// Every field set to something other than its default.
request everything() {
    request r = cases::published_cases[0].req;
    auto& v = r.vehicle;
    v.co2_g_km = 151;
    v.cycle = co2_cycle::nedc;
    v.mass_kg = 1450;
    v.ptac_kg = 1900;
    v.cylinder_cm3 = 1598;
    v.seats = 5;
    v.register_system = registration_system::fni;
    v.electric_power_kw = 40;
    v.odometer_km = 123456;
    v.max_net_power_kw = 96;
    v.without_eu_type_approval = true;
    v.wheelchair_accessible = true;
    v.no_malus_at_first_registration = true;
    r.holder = {true, 3, true};
    r.purchase_price = money::cents(3500050);
    r.address_change_rank = 2;
    return r;
}

struct refusal_case {
    std::string_view json;
    errc code;
    request_field field;
    error_reason reason;
    std::string_view refused;
};

}  // namespace

TEST_CASE("request JSON: every published case echoes, parses back and echoes the same") {
    for (const auto& c : cases::published_cases) {
        CAPTURE(c.name);
        for (const std::string& text : {echo(c.req), pretty_echo(c.req)}) {
            const auto back = parse_request_json(text);
            REQUIRE(back.has_value());
            CHECK(echo(*back) == echo(c.req));
            // The same request: the same quote, line by line.
            const auto a = quote_totals(c.req);
            const auto b = quote_totals(*back);
            REQUIRE(a.has_value());
            REQUIRE(b.has_value());
            CHECK(b->y1 == a->y1);
            CHECK(b->y3 == a->y3);
            CHECK(b->y6 == money::cents(c.want.y6));
        }
    }
}

TEST_CASE("request JSON: every field set, and every field unset, round-trip") {
    const request full = everything();
    const auto back = parse_request_json(echo(full));
    REQUIRE(back.has_value());
    CHECK(echo(*back) == echo(full));
    CHECK(*back->vehicle.cycle == co2_cycle::nedc);
    CHECK(back->holder.dependent_children == 3);
    CHECK(*back->purchase_price == money::cents(3500050));
    CHECK(back->vehicle.no_malus_at_first_registration);

    const auto empty = parse_request_json(echo(request{}));
    REQUIRE(empty.has_value());
    CHECK(echo(*empty) == echo(request{}));
    // Keys left out are unset; an empty object is the empty request.
    const auto none = parse_request_json(" {  } ");
    REQUIRE(none.has_value());
    CHECK(echo(*none) == echo(request{}));
    // Out-of-range values are read as they are: quote() refuses them (rules/validate.hpp), naming the field.
    const auto zero_cv = parse_request_json(R"({"vehicle": {"fiscal_cv": 0}})");
    REQUIRE(zero_cv.has_value());
    CHECK(*zero_cv->vehicle.fiscal_cv == 0);
    // Escapes in strings are decoded before the library's parsers read them.
    const auto escaped = parse_request_json(R"({"holder_department": "\u0037\u0035", "vehicle": {"genre": "V\u0050"}})");
    REQUIRE(escaped.has_value());
    CHECK(escaped->holder_department->code() == "75");
    CHECK(*escaped->vehicle.genre == genre::vp);
}

TEST_CASE("request JSON: refusals name the field, the reason and the text refused") {
    using rf = request_field;
    using why = error_reason;
    // clang-format off
    const refusal_case cases_[] = {
        {"", errc::invalid_value, rf::none, why::not_json, ""},
        {"[]", errc::invalid_value, rf::none, why::not_json, ""},
        {R"({"procedure": "used",})", errc::invalid_value, rf::none, why::not_json, ""},
        {R"({"procedure": "used"} x)", errc::invalid_value, rf::none, why::not_json, ""},
        {R"({"procedure": "used"}{})", errc::invalid_value, rf::none, why::not_json, ""},
        {R"({"procedure": 'used'})", errc::invalid_value, rf::none, why::not_json, ""},
        {R"({"vehicle": {"fiscal_cv": 07}})", errc::invalid_value, rf::none, why::not_json, ""},
        {R"({"vehicle": {"genre": "V\qP"}})", errc::invalid_value, rf::none, why::not_json, ""},
        {R"({"vehicle": {"genre": "\ud800"}})", errc::invalid_value, rf::none, why::not_json, ""},
        {R"({"vehicle": {"fiscal_cv": tru}})", errc::invalid_value, rf::none, why::not_json, ""},
        {R"({"colour": "red"})", errc::invalid_value, rf::none, why::unknown_key, "colour"},
        {R"({"vehicle": {"colour": "red"}})", errc::invalid_value, rf::none, why::unknown_key, "vehicle.colour"},
        {R"({"genre": "VP"})", errc::invalid_value, rf::none, why::unknown_key, "genre"},
        {R"({"vehicle": {"fiscal_cv": 7, "fiscal_cv": 8}})", errc::invalid_value, rf::vehicle_fiscal_cv, why::duplicate_key, "fiscal_cv"},
        {R"({"vehicle": "VP"})", errc::invalid_value, rf::none, why::wrong_json_type, "vehicle"},
        {R"({"application_date": "2026-02-30"})", errc::invalid_value, rf::application_date, why::not_a_calendar_date, "2026-02-30"},
        {R"({"application_date": 20260601})", errc::invalid_value, rf::application_date, why::wrong_json_type, "20260601"},
        {R"({"vehicle": {"first_registration": "3/5/2019"}})", errc::invalid_value, rf::vehicle_first_registration, why::not_a_calendar_date, "3/5/2019"},
        {R"({"holder_department": "99"})", errc::unknown_department, rf::holder_department, why::unknown_code, "99"},
        {R"({"holder_department": 75})", errc::invalid_value, rf::holder_department, why::wrong_json_type, "75"},
        {R"({"procedure": "sold"})", errc::unknown_procedure, rf::procedure, why::unknown_code, "sold"},
        {R"({"vehicle": {"genre": "VPP"}})", errc::unknown_genre, rf::vehicle_genre, why::unknown_code, "VPP"},
        {R"({"vehicle": {"energy": "XX"}})", errc::unknown_energy, rf::vehicle_energy, why::unknown_code, "XX"},
        {R"({"vehicle": {"cycle": "wlpt"}})", errc::invalid_value, rf::vehicle_cycle, why::unknown_code, "wlpt"},
        {R"({"vehicle": {"register_system": "sv"}})", errc::invalid_value, rf::vehicle_register_system, why::unknown_code, "sv"},
        {R"({"vehicle": {"fiscal_cv": "7"}})", errc::invalid_value, rf::vehicle_fiscal_cv, why::wrong_json_type, "7"},
        {R"({"vehicle": {"fiscal_cv": 7.5}})", errc::invalid_value, rf::vehicle_fiscal_cv, why::wrong_json_type, "7.5"},
        {R"({"vehicle": {"fiscal_cv": 7e0}})", errc::invalid_value, rf::vehicle_fiscal_cv, why::wrong_json_type, "7e0"},
        {R"({"vehicle": {"fiscal_cv": [7]}})", errc::invalid_value, rf::vehicle_fiscal_cv, why::wrong_json_type, "[...]"},
        {R"({"vehicle": {"co2_g_km": 2147483648}})", errc::invalid_value, rf::vehicle_co2_g_km, why::out_of_range, "2147483648"},
        {R"({"vehicle": {"mass_kg": -99999999999999999999}})", errc::invalid_value, rf::vehicle_mass_kg, why::out_of_range, "-99999999999999999999"},
        {R"({"vehicle": {"seats": true}})", errc::invalid_value, rf::vehicle_seats, why::wrong_json_type, "true"},
        {R"({"vehicle": {"without_eu_type_approval": 1}})", errc::invalid_value, rf::vehicle_without_eu_type_approval, why::wrong_json_type, "1"},
        {R"({"vehicle": {"wheelchair_accessible": null}})", errc::invalid_value, rf::vehicle_wheelchair_accessible, why::wrong_json_type, ""},
        {R"({"vehicle": {"no_malus_at_first_registration": "yes"}})", errc::invalid_value, rf::vehicle_no_malus_at_first_registration, why::wrong_json_type, "yes"},
        {R"({"holder": {"invalidity_card": "true"}})", errc::invalid_value, rf::holder_invalidity_card, why::wrong_json_type, "true"},
        {R"({"holder": {"legal_person": 0}})", errc::invalid_value, rf::holder_legal_person, why::wrong_json_type, "0"},
        {R"({"holder": {"dependent_children": null}})", errc::invalid_value, rf::holder_dependent_children, why::wrong_json_type, ""},
        {R"({"holder": {"dependent_children": 3.0}})", errc::invalid_value, rf::holder_dependent_children, why::wrong_json_type, "3.0"},
        {R"({"purchase_price": 35000.5})", errc::invalid_value, rf::purchase_price, why::wrong_json_type, "35000.5"},
        {R"({"purchase_price": 99999999999999999999})", errc::invalid_value, rf::purchase_price, why::out_of_range, "99999999999999999999"},
        {R"({"address_change_rank": "1"})", errc::invalid_value, rf::address_change_rank, why::wrong_json_type, "1"},
    };
    // clang-format on
    for (const auto& c : cases_) {
        CAPTURE(c.json);
        std::string refused = "(untouched)";
        const auto r = parse_request_json(c.json, &refused);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == c.code);
        CHECK(r.error().field == c.field);
        CHECK(r.error().reason == c.reason);
        CHECK(refused == c.refused);
        CHECK_FALSE(message(r.error(), lang::fr).empty());
        CHECK_FALSE(message(r.error(), lang::en).empty());
    }
}

TEST_CASE("request JSON: the quote's own request echo reads back") {
    const auto& paris = cases::published_cases[2];
    const auto b = quote(paris.req);
    REQUIRE(b.has_value());
    json_writer w;
    write_quote_json(w, paris.req, *b, lang::en);
    const std::string& whole = w.str();
    const std::size_t from = whole.find("\"request\":") + 10;
    const std::size_t to = whole.find(",\"y1\":");
    const auto back = parse_request_json(std::string_view{whole}.substr(from, to - from));
    REQUIRE(back.has_value());
    CHECK(echo(*back) == echo(paris.req));
    CHECK(quote_totals(*back)->y6 == money::cents(49676));
}

TEST_CASE("request JSON: mutated echoes are read or refused, never misread") {
    // Every byte of a published request's echo replaced, deleted or doubled, with a fixed seed: each text
    // is either a request whose own echo reads back the same, or an error naming a known field and reason.
    std::mt19937 rng{20261204};
    std::size_t read = 0;
    std::size_t refused = 0;
    for (const auto& c : cases::published_cases) {
        const std::string base = echo(c.req);
        for (int k = 0; k < 300; ++k) {
            std::string text = base;
            const std::size_t at = std::uniform_int_distribution<std::size_t>{0, text.size() - 1}(rng);
            const auto byte = static_cast<char>(std::uniform_int_distribution<int>{0, 255}(rng));
            switch (k % 3) {
                case 0: text[at] = byte; break;
                case 1: text.erase(at, 1); break;
                default: text.insert(at, 1, text[at]); break;
            }
            const auto r = parse_request_json(text);
            if (r) {
                ++read;
                const auto again = parse_request_json(echo(*r));
                REQUIRE(again.has_value());
                CHECK(echo(*again) == echo(*r));
            } else {
                ++refused;
                CHECK(static_cast<std::size_t>(r.error().field) < request_field_count);
                CHECK_FALSE(message(r.error(), lang::en).empty());
            }
        }
    }
    CHECK(read > 0);
    CHECK(refused > 0);
}
