// The text wing's formatting (<cartegrise/text/format.hpp>): money, counts, dates and ordinals as each
// language prints them, every byte pinned; language codes; the labels of the vocabulary.
#include <cartegrise/cartegrise.hpp>
#ifdef CARTEGRISE_TEXT_HPP
#error "the umbrella header must not pull the text wing"
#endif
#ifdef CARTEGRISE_TEXT_FORMAT_HPP
#error "the umbrella header must not pull the text wing"
#endif
#include <cartegrise/text.hpp>

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
}  // namespace

TEST_CASE("format: French money uses U+00A0 between thousands and before the euro sign") {
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

TEST_CASE("format: English money is €1,873.20") {
    CHECK(format_money(money::cents(187320), lang::en) == euro + "1,873.20");
    CHECK(format_money(money::cents(48000), lang::en) == euro + "480.00");
    CHECK(format_money(money::zero(), lang::en) == euro + "0.00");
    CHECK(format_money(money::cents(7), lang::en) == euro + "0.07");
    CHECK(format_money(money::cents(123456789), lang::en) == euro + "1,234,567.89");
    CHECK(format_money(money::cents(-187320), lang::en) == "-" + euro + "1,873.20");
}

TEST_CASE("format: the extremes of int64 cents print without overflow") {
    const auto lo = money::cents(std::numeric_limits<std::int64_t>::min());
    const auto hi = money::cents(std::numeric_limits<std::int64_t>::max());
    CHECK(format_money(lo, lang::en) == "-" + euro + "92,233,720,368,547,758.08");
    CHECK(format_money(hi, lang::en) == euro + "92,233,720,368,547,758.07");
    CHECK(format_money(lo) == "-92" + nbsp + "233" + nbsp + "720" + nbsp + "368" + nbsp + "547" + nbsp + "758,08" + nbsp + euro);
    CHECK(format_count(std::numeric_limits<std::int64_t>::min(), lang::en) == "-9,223,372,036,854,775,808");
}

TEST_CASE("format: counts and dates") {
    CHECK(format_count(12000) == "12" + nbsp + "000");
    CHECK(format_count(12000, lang::en) == "12,000");
    CHECK(format_count(950) == "950");
    CHECK(format_count(0) == "0");
    CHECK(format_count(-1500, lang::en) == "-1,500");
    CHECK(format_count(-1500) == "-1" + nbsp + "500");
    CHECK(format_date(date{2026, 3, 1}) == "1er mars 2026");
    CHECK(format_date(date{2019, 5, 3}) == "3 mai 2019");
    CHECK(format_date(date{2025, 8, 15}, lang::fr) == "15 août 2025");
    CHECK(format_date(date{2026, 2, 1}) == "1er février 2026");
    CHECK(format_date(date{2026, 12, 31}) == "31 décembre 2026");
    CHECK(format_date(date{2026, 3, 1}, lang::en) == "1 March 2026");
    CHECK(format_date(date{2024, 12, 31}, lang::en) == "31 December 2024");
    CHECK(format_iso_date(date{2026, 3, 1}) == "2026-03-01");
    CHECK(format_iso_date(date{987, 12, 5}) == "0987-12-05");
    CHECK(format_iso_date(date{}) == "0000-00-00");
    // A date that is not a calendar date prints its raw fields, in both languages.
    CHECK(format_date(date::unchecked(2026, 2, 30)) == "2026-2-30");
    CHECK(format_date(date{}, lang::en) == "0-0-0");
}

TEST_CASE("format: ordinals") {
    CHECK(format_ordinal(1) == "1er");
    CHECK(format_ordinal(2) == "2e");
    CHECK(format_ordinal(21, lang::fr) == "21e");
    CHECK(format_ordinal(1, lang::en) == "1st");
    CHECK(format_ordinal(2, lang::en) == "2nd");
    CHECK(format_ordinal(3, lang::en) == "3rd");
    CHECK(format_ordinal(4, lang::en) == "4th");
    CHECK(format_ordinal(11, lang::en) == "11th");
    CHECK(format_ordinal(12, lang::en) == "12th");
    CHECK(format_ordinal(13, lang::en) == "13th");
    CHECK(format_ordinal(21, lang::en) == "21st");
    CHECK(format_ordinal(102, lang::en) == "102nd");
    CHECK(format_ordinal(111, lang::en) == "111th");
}

TEST_CASE("text: language codes") {
    CHECK(parse_lang("fr") == lang::fr);
    CHECK(parse_lang("EN") == lang::en);
    const auto bad = parse_lang("de");
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().code == errc::invalid_value);
    CHECK(bad.error().field == request_field::language);
    CHECK(bad.error().reason == error_reason::unknown_code);
    CHECK(to_string(lang::en) == "en");
    CHECK(to_string(lang::fr) == "fr");
}

TEST_CASE("text: line labels") {
    CHECK(label(fee_line::y1, lang::fr) == "Taxe régionale");
    CHECK(label(fee_line::y5, lang::en) == "Delivery fee");
    CHECK(label(fee_line::y6, lang::fr) == "Total");
    CHECK(to_string(fee_line::y3) == "Y.3");
}

namespace {
template <class E>
void check_labels(std::size_t count) {
    std::set<std::string_view> fr;
    std::set<std::string_view> en;
    for (std::size_t i = 0; i < count; ++i) {
        const auto v = static_cast<E>(i);
        CAPTURE(i);
        CHECK_FALSE(label(v, lang::fr).empty());
        CHECK_FALSE(label(v, lang::en).empty());
        CHECK(label(v, lang::fr) != "?");
        CHECK(fr.insert(label(v, lang::fr)).second);
        CHECK(en.insert(label(v, lang::en)).second);
    }
    CHECK(label(static_cast<E>(count), lang::fr) == "?");
}
}  // namespace

TEST_CASE("text: every genre, energy, procedure, class, family and evidence has its own label in both languages") {
    check_labels<genre>(genre_count);
    check_labels<energy>(energy_count);
    check_labels<procedure>(procedure_count);
    check_labels<vehicle_class>(vehicle_class_count);
    check_labels<energy_family>(static_cast<std::size_t>(energy_family::e85) + 1);
    check_labels<evidence>(static_cast<std::size_t>(evidence::derived) + 1);
    check_labels<document>(document_count);
    check_labels<deadline_kind>(deadline_kind_count);
    check_labels<deadline_event>(deadline_event_count);
    CHECK(label(genre::vp, lang::fr) == "voiture particulière (M1)");
    CHECK(label(energy::el, lang::en) == "electricity");
    CHECK(label(procedure::used, lang::en) == "Used vehicle: change of owner");
    CHECK(label(evidence::single_source, lang::fr) == "repose sur une seule source");
}

TEST_CASE("text: department and region names") {
    std::set<std::string_view> names;
    for (std::size_t i = 0; i < department_count; ++i) {
        const auto d = department::at(i);
        CAPTURE(std::string{d.code()});
        CHECK(department_name(d) != "?");
        CHECK(names.insert(department_name(d)).second);
    }
    CHECK(department_name(*parse_department("2A")) == "Corse-du-Sud");
    CHECK(department_name(*parse_department("974")) == "La Réunion");
    CHECK(department_name(department::at(department_count)) == "?");
    CHECK(in_region(region::la_reunion, lang::fr) == "à La Réunion");
    CHECK(in_region(region::centre_val_de_loire, lang::fr) == "dans le Centre-Val de Loire");
    CHECK(in_region(region::ile_de_france, lang::fr) == "en Île-de-France");
}
