// JSON (<cartegrise/text/json.hpp>, <cartegrise/text/quote_json.hpp>): the one string escaper of the
// project, the writer's nesting, commas and pretty layout, and the JSON of a quote, checked by a small
// strict parser (tests/cases/json_check.hpp).
#include <cartegrise/cartegrise.hpp>
#include <cartegrise/text.hpp>

#include "../cases/json_check.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>

using namespace cartegrise;

namespace {

// Strict UTF-8 check (no overlongs, surrogates or code points above U+10FFFF).
bool valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t len = c < 0x80 ? 1 : (c >= 0xc2 && c <= 0xdf) ? 2 : (c >= 0xe0 && c <= 0xef) ? 3 : (c >= 0xf0 && c <= 0xf4) ? 4 : 0;
        if (len == 0 || i + len > s.size()) return false;
        std::uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1fu) : len == 3 ? (c & 0x0fu) : (c & 0x07u);
        for (std::size_t k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xc0u) != 0x80u) return false;
            cp = (cp << 6) | (cc & 0x3fu);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff))) return false;
        i += len;
    }
    return true;
}

bool valid_json(std::string_view s) { return json_check::valid(s) && valid_utf8(s); }

std::size_t count_of(std::string_view s, std::string_view part) {
    std::size_t n = 0;
    for (std::size_t at = s.find(part); at != std::string_view::npos; at = s.find(part, at + 1)) ++n;
    return n;
}

request paris_used() {
    request r;
    r.application_date = date{2026, 6, 1};
    r.holder_department = *parse_department("75");
    r.procedure = procedure::used;
    r.vehicle.genre = genre::vp;
    r.vehicle.energy = energy::es;
    r.vehicle.fiscal_cv = 7;
    r.vehicle.first_registration = date{2019, 5, 3};
    return r;
}

}  // namespace

TEST_CASE("json_string: quotes, backslashes and control characters escaped, UTF-8 passes through") {
    CHECK(json_string("") == "\"\"");
    CHECK(json_string("plain") == "\"plain\"");
    CHECK(json_string("a\"b\\c") == "\"a\\\"b\\\\c\"");
    CHECK(json_string("l1\nl2\tx\r\b\f") == "\"l1\\nl2\\tx\\r\\b\\f\"");
    CHECK(json_string(std::string_view{"\x01\x1f\x7f", 3}) == "\"\\u0001\\u001f\\u007f\"");
    CHECK(json_string(std::string_view{"a\0b", 3}) == "\"a\\u0000b\"");
    CHECK(json_string("Île-de-France 1 873,20\xC2\xA0\xE2\x82\xAC \xF0\x9F\x9A\x97") == "\"Île-de-France 1 873,20\xC2\xA0\xE2\x82\xAC \xF0\x9F\x9A\x97\"");
    CHECK(json_string("/") == "\"/\"");
}

TEST_CASE("json_string: bytes that are not UTF-8 become U+FFFD") {
    const std::string rep = "\xEF\xBF\xBD";
    CHECK(json_string("\xff") == "\"" + rep + "\"");
    CHECK(json_string("a\xc3") == "\"a" + rep + "\"");                              // truncated sequence
    CHECK(json_string("\xc0\xaf") == "\"" + rep + rep + "\"");                       // overlong '/'
    CHECK(json_string("\xed\xa0\x80") == "\"" + rep + rep + rep + "\"");             // surrogate
    CHECK(json_string("\xf4\x90\x80\x80") == "\"" + rep + rep + rep + rep + "\"");  // above U+10FFFF
}

TEST_CASE("json_string: random bytes always give a valid JSON string (seeded fuzz)") {
    std::mt19937 rng{42u};
    for (int iter = 0; iter < 2000; ++iter) {
        std::string s;
        const auto len = std::uniform_int_distribution<int>{0, 24}(rng);
        for (int i = 0; i < len; ++i) s += static_cast<char>(std::uniform_int_distribution<int>{0, 255}(rng));
        const std::string j = json_string(s);
        CHECK(valid_utf8(j));
        CHECK(valid_json(j));
        REQUIRE(j.size() >= 2);
        CHECK(j.front() == '"');
        CHECK(j.back() == '"');
        for (std::size_t i = 1; i + 1 < j.size(); ++i) {
            const auto c = static_cast<unsigned char>(j[i]);
            CHECK(c >= 0x20);
            if (j[i] == '\\') ++i;  // an escape: skip the escaped character
            else CHECK(j[i] != '"');
        }
    }
}

TEST_CASE("json_writer: nesting and commas, compact") {
    json_writer w;
    w.begin_object().key("y6").value(49676).end_object();
    CHECK(w.str() == "{\"y6\":49676}");

    json_writer n;
    n.begin_object();
    n.key("a").value(1);
    n.key("b").begin_array().value(1).value(std::int64_t{-2}).value("x").value(true).null().end_array();
    n.key("c").begin_object().end_object();
    n.key("d").begin_array().end_array();
    n.key("e").begin_array().begin_object().key("k").value("v").end_object().begin_object().end_object().begin_array().end_array().end_array();
    n.key("f").value(false);
    n.key("g").raw("{\"pre\":1}");
    n.key("h\"").value(std::string_view{"q\"\n"});
    n.end_object();
    CHECK(n.str() ==
          "{\"a\":1,\"b\":[1,-2,\"x\",true,null],\"c\":{},\"d\":[],\"e\":[{\"k\":\"v\"},{},[]],\"f\":false,\"g\":{\"pre\":1},"
          "\"h\\\"\":\"q\\\"\\n\"}");
    CHECK(valid_json(n.str()));

    json_writer top;
    top.begin_array().begin_array().value(1).end_array().value(2).end_array();
    CHECK(top.str() == "[[1],2]");
}

TEST_CASE("json_writer: pretty layout, two spaces a level") {
    json_writer w{json_writer::style::pretty};
    w.begin_object();
    w.key("a").value(1);
    w.key("b").begin_array().value(1).value(2).end_array();
    w.key("c").begin_object().end_object();
    w.key("d").begin_object().key("e").begin_array().end_array().end_object();
    w.end_object();
    CHECK(w.str() ==
          "{\n"
          "  \"a\": 1,\n"
          "  \"b\": [\n"
          "    1,\n"
          "    2\n"
          "  ],\n"
          "  \"c\": {},\n"
          "  \"d\": {\n"
          "    \"e\": []\n"
          "  }\n"
          "}");
    CHECK(valid_json(w.str()));
    json_writer empty{json_writer::style::pretty};
    empty.begin_array().end_array();
    CHECK(empty.str() == "[]");
}

TEST_CASE("write_quote_json: the library, the request, the lines in cents, the evidence and every step") {
    const request r = paris_used();
    const auto q = quote(r);
    REQUIRE(q.has_value());
    for (const lang lg : {lang::fr, lang::en}) {
        json_writer w;
        write_quote_json(w, r, *q, lg);
        const std::string& j = w.str();
        CAPTURE(j);
        CHECK(valid_json(j));
        CHECK(j.rfind("{\"library\":{\"name\":\"cartegrise\",\"version\":\"" CARTEGRISE_VERSION_STRING "\",\"data_vintage\":\"" + format_iso_date(data_vintage) +
                      "\",\"data_valid_until\":\"" + format_iso_date(data_valid_until) + "\"},\"lang\":\"" + std::string{to_string(lg)} + "\",\"request\":{\"application_date\":\"2026-06-01\","
                      "\"holder_department\":\"75\",\"procedure\":\"used\",\"vehicle\":{\"genre\":\"VP\",\"energy\":\"ES\",\"fiscal_cv\":7,"
                      "\"first_registration\":\"2019-05-03\",\"co2_g_km\":null,",
                      0) == 0);
        CHECK(j.find("\"y1\":48265,\"y1_idfm\":9800,\"y2\":0,\"y3\":0,\"y3_co2\":0,\"y3_mass\":0,\"y4\":1100,\"y5\":276,\"y6\":49676,"
                     "\"after_data_vintage\":false,\"evidence\":{\"Y.1\":") != std::string::npos);
        CHECK(count_of(j, "{\"kind\":") == q->steps.size());
        // The source: its key, the citation as written, the note in the quote's language only.
        CHECK(j.find("{\"kind\":\"regional_rate\",\"line\":\"Y.1\",\"fields\":{\"per_cv\":5495,\"region\":\"11\",\"since\":\"2024-01-01\"},"
                     "\"source\":{\"id\":\"idf_2024\",\"citation\":\"Budget 2024 du conseil régional d'Île-de-France\",\"note\":\"francetvinfo, "
                     "cbanque 2023-12\",\"evidence\":\"press\",\"dated\":\"2023-12-01\"},\"sentence\":") != std::string::npos);
        const source& rounding = data::src::cibs_l131_2;
        CHECK(j.find(json_string(lg == lang::fr ? rounding.note_fr : rounding.note_en)) != std::string::npos);
        CHECK(j.find(json_string(lg == lang::fr ? rounding.note_en : rounding.note_fr)) == std::string::npos);
        CHECK(j.find("{\"kind\":\"fiscal_power\",\"line\":\"Y.1\",\"fields\":{\"cv\":7},\"source\":null,\"sentence\":") != std::string::npos);
        CHECK(j.find("{\"kind\":\"total\",\"line\":\"Y.6\",\"fields\":{\"amount\":49676},\"source\":null,\"sentence\":") != std::string::npos);
        for (const step& s : q->steps) CHECK(j.find(json_string(explain_step(s, lg))) != std::string::npos);
        CHECK(j.back() == '}');
    }
    // The weakest evidence of a line: the IDF 2024 rate rests on the press.
    json_writer w;
    write_quote_json(w, r, *q, lang::en);
    CHECK(w.str().find("\"evidence\":{\"Y.1\":\"press\",") != std::string::npos);
    const bool y4_strong = w.str().find("\"Y.4\":\"official\"") != std::string::npos || w.str().find("\"Y.4\":\"law\"") != std::string::npos;
    CHECK(y4_strong);
}

TEST_CASE("write_step_json: every step kind, every field named, valid JSON") {
    // The steps of quotes that reach most kinds: a new car with malus, an import, a duplicata, a moped.
    request n;
    n.application_date = date{2022, 6, 1};
    n.holder_department = *parse_department("69");
    n.procedure = procedure::new_vehicle;
    n.vehicle.genre = genre::vp;
    n.vehicle.energy = energy::fe;
    n.vehicle.fiscal_cv = 5;
    n.vehicle.co2_g_km = 230;
    n.vehicle.mass_kg = 2000;
    n.vehicle.seats = 7;
    n.holder.dependent_children = 3;
    const auto q = quote(n);
    REQUIRE(q.has_value());
    for (const step& s : q->steps) {
        json_writer w;
        write_step_json(w, s, lang::fr);
        CAPTURE(w.str());
        CHECK(valid_json(w.str()));
        CHECK(w.str().rfind("{\"kind\":\"" + std::string{s.name()} + "\",\"line\":\"" + std::string{to_string(s.line())} + "\",\"fields\":{", 0) == 0);
    }
    // A date field that is not a date (an unset cut-off) is null.
    json_writer w;
    write_step_json(w, step{steps::malus_not_due{malus_reason::full_decote, {}, data::src::decote_years}}, lang::en);
    CHECK(w.str().find("\"fields\":{\"reason\":\"full_decote\",\"cutoff\":null}") != std::string::npos);
    CHECK(valid_json(w.str()));
}

TEST_CASE("write_request_json: every field, null when unset") {
    json_writer w;
    write_request_json(w, request{});
    CHECK(w.str() ==
          "{\"application_date\":null,\"holder_department\":null,\"procedure\":null,\"vehicle\":{\"genre\":null,\"energy\":null,"
          "\"fiscal_cv\":null,\"first_registration\":null,\"co2_g_km\":null,\"cycle\":null,\"mass_kg\":null,\"ptac_kg\":null,"
          "\"cylinder_cm3\":null,\"seats\":null,\"register_system\":null,\"electric_power_kw\":null,\"odometer_km\":null,\"max_net_power_kw\":null,"
          "\"without_eu_type_approval\":false,\"wheelchair_accessible\":false,\"no_malus_at_first_registration\":false},"
          "\"holder\":{\"invalidity_card\":false,\"dependent_children\":0,\"legal_person\":false},\"purchase_price\":null,"
          "\"address_change_rank\":null}");
    request r = paris_used();
    r.purchase_price = money::cents(3000050);
    r.vehicle.cycle = co2_cycle::wltp;
    r.vehicle.register_system = registration_system::fni;
    json_writer x;
    write_request_json(x, r);
    CHECK(x.str().find("\"purchase_price\":3000050") != std::string::npos);
    CHECK(x.str().find("\"cycle\":\"wltp\"") != std::string::npos);
    CHECK(x.str().find("\"register_system\":\"fni\"") != std::string::npos);
    CHECK(valid_json(x.str()));
}
