// The renderer: money, counts and dates printed per language (bytes pinned), and a full sentence for every
// step kind in French and English.
#include <cartegrise/cartegrise.hpp>
#ifdef CARTEGRISE_RENDER_HPP
#error "the umbrella header must not pull the renderer"
#endif
#include <cartegrise/render.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <set>
#include <string>
#include <string_view>

using namespace cartegrise;

namespace {

// U+00A0 NO-BREAK SPACE and U+20AC EURO SIGN, spelled as bytes so the test pins the encoding.
const std::string nbsp = "\xC2\xA0";
const std::string euro = "\xE2\x82\xAC";

bool ends_with(std::string_view s, std::string_view tail) {
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

explanation_step step(step_kind k, std::int64_t a = 0, std::int64_t b = 0, std::int64_t c = 0) {
    return explanation_step{k, fee_line::y1, a, b, c, date{2024, 3, 1}, "CIBS L.421-45"};
}

void check_sentences(const explanation_step& s) {
    const std::string fr = explain_step(s, lang::fr);
    const std::string en = explain_step(s, lang::en);
    CAPTURE(step_kind_name(s.kind));
    CAPTURE(fr);
    CAPTURE(en);
    CHECK(fr.size() > 20);
    CHECK(en.size() > 20);
    CHECK(fr != en);
    CHECK(ends_with(fr, "."));
    CHECK(ends_with(en, "."));
    CHECK(fr.find('\n') == std::string::npos);
    CHECK(en.find('\n') == std::string::npos);
    CHECK(fr.find("inconnue") == std::string::npos);
    CHECK(en.find("Unknown") == std::string::npos);
    // The default language is French.
    CHECK(explain_step(s) == fr);
}

}  // namespace

TEST_CASE("render: French money uses U+00A0 between thousands and before the euro sign") {
    CHECK(format_money(money::cents(187320)) == "1" + nbsp + "873,20" + nbsp + euro);
    CHECK(format_money(money::cents(187320), lang::fr) == "1" + nbsp + "873,20" + nbsp + euro);
    CHECK(format_money(money::cents(48000)) == "480,00" + nbsp + euro);
    CHECK(format_money(money::zero()) == "0,00" + nbsp + euro);
    CHECK(format_money(money::cents(5)) == "0,05" + nbsp + euro);
    CHECK(format_money(money::cents(100000)) == "1" + nbsp + "000,00" + nbsp + euro);
    CHECK(format_money(money::cents(99999)) == "999,99" + nbsp + euro);
    CHECK(format_money(money::cents(123456789)) == "1" + nbsp + "234" + nbsp + "567,89" + nbsp + euro);
    CHECK(format_money(money::cents(-187320)) == "-1" + nbsp + "873,20" + nbsp + euro);
    CHECK(format_money(money::cents(-5)) == "-0,05" + nbsp + euro);
}

TEST_CASE("render: English money is €1,873.20") {
    CHECK(format_money(money::cents(187320), lang::en) == euro + "1,873.20");
    CHECK(format_money(money::cents(48000), lang::en) == euro + "480.00");
    CHECK(format_money(money::zero(), lang::en) == euro + "0.00");
    CHECK(format_money(money::cents(7), lang::en) == euro + "0.07");
    CHECK(format_money(money::cents(123456789), lang::en) == euro + "1,234,567.89");
    CHECK(format_money(money::cents(-187320), lang::en) == "-" + euro + "1,873.20");
}

TEST_CASE("render: the extremes of int64 cents print without overflow") {
    const auto lo = money::cents(std::numeric_limits<std::int64_t>::min());
    const auto hi = money::cents(std::numeric_limits<std::int64_t>::max());
    CHECK(format_money(lo, lang::en) == "-" + euro + "92,233,720,368,547,758.08");
    CHECK(format_money(hi, lang::en) == euro + "92,233,720,368,547,758.07");
}

TEST_CASE("render: counts and dates") {
    CHECK(format_count(12000) == "12" + nbsp + "000");
    CHECK(format_count(12000, lang::en) == "12,000");
    CHECK(format_count(950) == "950");
    CHECK(format_count(-1500, lang::en) == "-1,500");
    CHECK(format_date(date{2026, 3, 1}) == "1er mars 2026");
    CHECK(format_date(date{2019, 5, 3}) == "3 mai 2019");
    CHECK(format_date(date{2025, 8, 15}, lang::fr) == "15 août 2025");
    CHECK(format_date(date{2026, 3, 1}, lang::en) == "1 March 2026");
    CHECK(format_date(date{2024, 12, 31}, lang::en) == "31 December 2024");
    CHECK(format_iso_date(date{2026, 3, 1}) == "2026-03-01");
    CHECK(format_iso_date(date{987, 12, 5}) == "0987-12-05");
}

TEST_CASE("render: language codes") {
    CHECK(parse_lang("fr") == lang::fr);
    CHECK(parse_lang("EN") == lang::en);
    const auto bad = parse_lang("de");
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.get_error().field == "lang");
    CHECK(to_string(lang::en) == "en");
}

TEST_CASE("render: every step kind has a stable snake_case name and a sentence in both languages") {
    std::set<std::string_view> names;
    for (const step_kind k : all_step_kinds) {
        const auto name = step_kind_name(k);
        CAPTURE(name);
        CHECK(names.insert(name).second);
        CHECK(name != "unknown");
        for (const char ch : name) CHECK(((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_'));
        check_sentences(step(k, 5495, 1, 1));
    }
    CHECK(names.size() == static_cast<std::size_t>(step_kind::after_data_vintage) + 1);
    CHECK(step_kind_name(step_kind::regional_rate) == "regional_rate");
    CHECK(step_kind_name(step_kind::after_data_vintage) == "after_data_vintage");
}

TEST_CASE("render: every reason, abatement and exemption has its own sentence") {
    for (const step_kind k : {step_kind::malus_not_due, step_kind::mass_not_due}) {
        std::set<std::string> fr;
        std::set<std::string> en;
        for (int why = 0; why <= static_cast<int>(malus_reason::plugin_hybrid_exempt); ++why) {
            const auto s = step(k, why);
            check_sentences(s);
            CHECK(fr.insert(explain_step(s, lang::fr)).second);
            CHECK(en.insert(explain_step(s, lang::en)).second);
        }
    }
    std::set<std::string> abatements;
    for (int why = 0; why <= static_cast<int>(mass_abatement_reason::hybrid); ++why) {
        const auto s = step(step_kind::mass_abatement, 200, why, 3);
        check_sentences(s);
        CHECK(abatements.insert(explain_step(s, lang::en)).second);
    }
    for (const step_kind k : {step_kind::fixed_tax_exempt, step_kind::delivery_fee_exempt}) {
        std::set<std::string> seen;
        for (int why = 0; why <= static_cast<int>(fee_exemption::address_first_changes); ++why) {
            const auto s = step(k, why);
            check_sentences(s);
            CHECK(seen.insert(explain_step(s, lang::fr)).second);
        }
    }
    // An FNI duplicata says why the taxe fixe is not due.
    CHECK(explain_step(step(step_kind::fixed_tax_exempt, 0, 1), lang::fr).find("FNI") != std::string::npos);
    CHECK(explain_step(step(step_kind::fixed_tax_exempt, 0, 1), lang::en).find("FNI") != std::string::npos);
    // The clean-energy sentence names 0, 50 and 100 % differently.
    const auto clean = [](int pct, lang l) {
        return explain_step(step(step_kind::clean_energy, pct, static_cast<int>(energy_family::hybrid), static_cast<int>(region::bretagne)), l);
    };
    CHECK(clean(0, lang::fr).find("Aucune exonération") != std::string::npos);
    CHECK(clean(50, lang::fr).find("Exonération de 50 %") != std::string::npos);
    CHECK(clean(100, lang::en).find("Full exemption (100 %)") != std::string::npos);
    CHECK(clean(100, lang::fr).find("en Bretagne") != std::string::npos);
}

TEST_CASE("render: sentences carry the numbers of their step") {
    const auto rate = explanation_step{step_kind::regional_rate, fee_line::y1, 5495, static_cast<std::int64_t>(region::ile_de_france), 0,
                                       date{2024, 1, 1}, "IDF budget 2024"};
    CHECK(explain_step(rate, lang::fr) ==
          "Tarif régional en Île-de-France : 54,95" + nbsp + euro +
              " par cheval fiscal (CV), en vigueur depuis le 1er janvier 2024 [IDF budget 2024].");
    CHECK(explain_step(rate, lang::en) ==
          "Regional rate in Île-de-France: " + euro + "54.95 per fiscal horsepower (CV), in force since 1 January 2024 [IDF budget 2024].");
    CHECK(explain_step(explanation_step{step_kind::rounding, fee_line::y6, 49365, 49400, 0, {}, "CIBS L.131-2"}, lang::en) ==
          "The subtotal is rounded to the nearest euro, a half counting as one: " + euro + "493.65 becomes " + euro + "494.00 [CIBS L.131-2].");
    CHECK(explain_step(explanation_step{step_kind::import_decote, fee_line::y3, 53, 85, 1, {}, ""}, lang::fr) ==
          "Véhicule immatriculé d'abord à l'étranger : le malus est réduit de 53 % pour 85 mois entamés depuis sa première immatriculation.");
    CHECK(explain_step(explanation_step{step_kind::import_decote, fee_line::y3, 10, 1, 0, {}, ""}, lang::en) ==
          "Vehicle first registered abroad: the malus is reduced by 10 % for 1 started year since its first registration.");
    CHECK(explain_step(explanation_step{step_kind::address_sticker, fee_line::y4, 2, 0, 0, {}, ""}, lang::en).substr(0, 4) == "2nd ");
    CHECK(explain_step(explanation_step{step_kind::address_sticker, fee_line::y4, 1, 0, 0, {}, ""}, lang::fr).substr(0, 4) == "1er ");
}

TEST_CASE("render: explain() prints the whole trail of a quote, one step a line") {
    request r;
    r.application_date = date{2026, 6, 1};
    r.holder_department = *parse_department("75");
    r.procedure = procedure::used;
    r.vehicle.genre = genre::vp;
    r.vehicle.energy = energy::es;
    r.vehicle.fiscal_cv = 7;
    r.vehicle.first_registration = date{2019, 5, 3};
    const auto q = quote(r);
    REQUIRE(q.has_value());
    for (const lang l : {lang::fr, lang::en}) {
        const std::string text = explain(*q, l);
        std::size_t lines = 0;
        for (const char ch : text) lines += ch == '\n' ? 1u : 0u;
        CHECK(lines == q->steps.size());
        CHECK(text.substr(0, 8) == "Y.1 \xE2\x80\x94 ");
        CHECK(text.find(format_money(q->y6, l)) != std::string::npos);
    }
    CHECK(explain(*q) == explain(*q, lang::fr));
    CHECK(explain(*q).find("Montant total à payer (Y.6) : 496,76" + nbsp + euro) != std::string::npos);
    CHECK(explain(*q, lang::en).find("Total due (Y.6): " + euro + "496.76") != std::string::npos);
}

TEST_CASE("render: line labels") {
    CHECK(line_label(fee_line::y1, lang::fr) == "Taxe régionale");
    CHECK(line_label(fee_line::y5, lang::en) == "Delivery fee");
    CHECK(line_label(fee_line::y6, lang::fr) == "Total");
}
