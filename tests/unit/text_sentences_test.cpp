// The sentences of the text wing (<cartegrise/text/explain.hpp>): one of each typed step, built
// directly, says a full sentence in French and in English; each reason has its own words; a sentence
// carries its step's numbers and its source, with the evidence when the source is weak; explain()
// prints a whole quote.
#include "../cases/published_cases.hpp"

#include <cartegrise/cartegrise.hpp>
#include <cartegrise/text.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

using namespace cartegrise;

namespace {

const std::string nbsp = "\xC2\xA0";
const std::string euro = "\xE2\x82\xAC";

bool ends_with(std::string_view s, std::string_view tail) {
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}
bool contains(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

// One step of every kind, with non-trivial values (a negative amount where the kind holds money).
std::vector<step> one_of_each() {
    return {
        step{steps::regional_rate{money::cents(5495), region::ile_de_france, {2024, 1, 1}, find_source("idf_2024")}},
        step{steps::idfm_surcharge{money::cents(1400), {2026, 3, 1}, find_source("idfm_2026_03")}},
        step{steps::fiscal_power{7}},
        step{steps::fiscal_power_computed{7, 100, fiscal_power_formula::power_2021, {2021, 1, 1}, data::src::fiscal_power_2021}},
        step{steps::fiscal_power_forced{1, data::src::proc_w_garage}},
        step{steps::genre_coefficient{1, 2, vehicle_class::motorcycle, data::src::class_motorcycle}},
        step{steps::age_half_rate{12, data::src::cibs_l421_45}},
        step{steps::clean_energy{50, energy_family::hybrid, region::hauts_de_france, {2023, 1, 1}, data::src::alt_hdf_2023}},
        step{steps::moped_nil_rate{data::src::class_moped}},
        step{steps::agricultural_nil_rate{vehicle_class::agricultural, data::src::class_agricultural}},
        step{steps::not_change_of_owner{procedure::duplicate, data::src::proc_duplicate}},
        step{steps::y1_amount{money::cents(48265), money::cents(9800)}},
        step{steps::transport_tax{money::euros(285), 19000, vehicle_class::truck_heavy, data::src::class_l421_47_57}},
        step{steps::transport_tax_none{vehicle_class::tourism, data::src::cibs_l421_30_3}},
        step{steps::malus_not_due{malus_reason::import_too_old, {2015, 1, 1}, data::src::decote_months}},
        step{steps::co2_grid{2026, co2_cycle::wltp, 140, money::euros(2205), {2026, 1, 1}, data::src::co2_grid_2026}},
        step{steps::co2_power_grid{2022, 8, money::euros(6000), {2022, 1, 1}, data::src::power_grid}},
        step{steps::co2_e85_reduction{60, 230, 138, data::src::e85_abatement}},
        step{steps::co2_family_reduction{60, 3, 20, data::src::cibs_l421_67}},
        step{steps::mass_grid{2026, 1950, money::euros(6775), {2026, 1, 1}, data::src::mass_grid_2026}},
        step{steps::mass_abatement{600, mass_abatement_reason::large_family, 3, {2022, 1, 1}, data::src::mass_per_child}},
        step{steps::hybrid_abatement_refused{30, 30, {2027, 1, 1}, data::src::mass_hybrid_2027}},
        step{steps::mass_not_due{malus_reason::before_2022_mass, data::src::cibs_l421_71}},
        step{steps::combined_cap{money::euros(40000), money::euros(1000), data::src::cibs_l421_74}},
        step{steps::price_cap{money::euros(15000), money::euros(21966), data::src::cibs_l421_61}},
        step{steps::price_cap_unchecked{data::src::cibs_l421_61}},
        step{steps::import_decote{53, 85, decote_unit::started_months, true, {2025, 3, 1}, data::src::decote_months}},
        step{steps::later_malus{{2015, 1, 1}, {2027, 1, 1}, data::src::later_malus_2027}},
        step{steps::mileage_reduction{18500, 20000, {2027, 1, 1}, data::src::mileage_reduction_2027}},
        step{steps::y3_amount{money::euros(2205), money::euros(6775)}},
        step{steps::fixed_tax{money::euros(11), {2021, 1, 1}, data::src::taxe_fixe_2021}},
        step{steps::fixed_tax_exempt{fee_exemption::fni_conversion, data::src::fni_conversion}},
        step{steps::delivery_fee{money::cents(276), {2015, 10, 1}, data::src::redevance_2015}},
        step{steps::delivery_fee_exempt{fee_exemption::moped, data::src::moped_no_delivery_fee}},
        step{steps::address_sticker{2, data::src::address_sticker}},
        step{steps::subtotal{money::cents(-49365)}},
        step{steps::rounding{money::cents(49365), money::cents(49400), data::src::cibs_l131_2}},
        step{steps::total{money::cents(49676)}},
        step{steps::after_data_vintage{data_vintage, data_valid_until}},
    };
}

void check_sentences(const step& s) {
    const std::string fr = explain_step(s, lang::fr);
    const std::string en = explain_step(s, lang::en);
    CAPTURE(std::string{s.name()});
    CAPTURE(fr);
    CAPTURE(en);
    CHECK(fr.size() > 20);
    CHECK(en.size() > 20);
    CHECK(fr != en);
    CHECK(ends_with(fr, "."));
    CHECK(ends_with(en, "."));
    CHECK(fr.find('\n') == std::string::npos);
    CHECK(en.find('\n') == std::string::npos);
    CHECK(fr.find('?') == std::string::npos);  // no label of a value outside its enumeration
    CHECK(en.find('?') == std::string::npos);
    // The default language is French.
    CHECK(explain_step(s) == fr);
    // The source, when the step has one, in brackets at the end of the sentence.
    if (s.source()) {
        const source& src = *s.source();
        CHECK(contains(fr, " [" + std::string{src.citation} + " — " + std::string{src.note_fr}));
        CHECK(contains(en, " [" + std::string{src.citation} + " — " + std::string{src.note_en}));
        CHECK(ends_with(fr, "]."));
    } else {
        CHECK(fr.find(" [") == std::string::npos);
    }
}

}  // namespace

TEST_CASE("text: one step of each kind, a full sentence in French and in English") {
    const auto all = one_of_each();
    REQUIRE(all.size() == step_kind_count);
    std::set<std::size_t> kinds;
    std::set<std::string_view> names;
    for (const auto& s : all) {
        CHECK(kinds.insert(s.index()).second);
        CHECK(names.insert(s.name()).second);
        CHECK(s.index() < step_kind_count);
        check_sentences(s);
    }
    CHECK(kinds.size() == step_kind_count);  // every kind, once
    // Every kind's sentence differs from every other's.
    std::set<std::string> fr;
    for (const auto& s : all) CHECK(fr.insert(explain_step(s, lang::fr)).second);
}

TEST_CASE("text: a step's name is its stable snake_case identifier") {
    for (const auto& s : one_of_each()) {
        const auto name = s.name();
        CAPTURE(std::string{name});
        CHECK_FALSE(name.empty());
        for (const char ch : name) CHECK(((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_'));
    }
    CHECK(step{steps::regional_rate{}}.name() == "regional_rate");
    CHECK(step{steps::after_data_vintage{}}.name() == "after_data_vintage");
    CHECK(step{steps::co2_grid{}}.line() == fee_line::y3);
    CHECK(step{steps::delivery_fee{}}.line() == fee_line::y5);
}

TEST_CASE("text: every malus reason, abatement and exemption has its own sentence") {
    for (int which = 0; which < 2; ++which) {
        std::set<std::string> fr;
        std::set<std::string> en;
        for (int why = 0; why <= static_cast<int>(malus_reason::plugin_hybrid_exempt); ++why) {
            const auto reason = static_cast<malus_reason>(why);
            const step s = which == 0 ? step{steps::malus_not_due{reason, {2015, 1, 1}, data::src::cibs_l421_30_4}}
                                      : step{steps::mass_not_due{reason, data::src::cibs_l421_71}};
            check_sentences(s);
            CHECK(fr.insert(explain_step(s, lang::fr)).second);
            CHECK(en.insert(explain_step(s, lang::en)).second);
        }
    }
    // The cut-off date of an old import is said.
    const step old_import{steps::malus_not_due{malus_reason::import_too_old, {2015, 1, 1}, data::src::decote_months}};
    CHECK(contains(explain_step(old_import, lang::fr), "avant le 1er janvier 2015"));
    CHECK(contains(explain_step(old_import, lang::en), "before 1 January 2015"));

    std::set<std::string> abatements;
    for (int why = 0; why <= static_cast<int>(mass_abatement_reason::hybrid); ++why) {
        const step s{steps::mass_abatement{200, static_cast<mass_abatement_reason>(why), 3, {2024, 1, 1}, data::src::mass_hybrid_2024}};
        check_sentences(s);
        CHECK(abatements.insert(explain_step(s, lang::en)).second);
    }
    std::set<std::string> fixed;
    for (int why = 0; why <= static_cast<int>(fee_exemption::fni_conversion); ++why) {
        const step s{steps::fixed_tax_exempt{static_cast<fee_exemption>(why), data::src::proc_address}};
        check_sentences(s);
        CHECK(fixed.insert(explain_step(s, lang::fr)).second);
    }
    // An FNI duplicata says why the taxe fixe is not due.
    const step fni{steps::fixed_tax_exempt{fee_exemption::fni_conversion, data::src::fni_conversion}};
    CHECK(contains(explain_step(fni, lang::fr), "FNI"));
    CHECK(contains(explain_step(fni, lang::en), "FNI"));
    for (const auto why : {fee_exemption::procedure, fee_exemption::moped}) check_sentences(step{steps::delivery_fee_exempt{why, data::src::proc_correction}});
    // The clean-energy sentence names 0, 50 and 100 % differently.
    const auto clean = [](int pct, lang l) {
        return explain_step(step{steps::clean_energy{pct, energy_family::hybrid, region::bretagne, {2022, 1, 1}, data::src::alt_bretagne_2022}}, l);
    };
    CHECK(contains(clean(0, lang::fr), "Aucune exonération"));
    CHECK(contains(clean(50, lang::fr), "Exonération de 50 %"));
    CHECK(contains(clean(100, lang::en), "Full exemption (100 %)"));
    CHECK(contains(clean(100, lang::fr), "en Bretagne"));
    // A started year or month, singular and plural.
    const auto decote = [](int age, decote_unit u, lang l) {
        return explain_step(step{steps::import_decote{10, age, u, true, {2022, 1, 1}, source_ref{}}}, l);
    };
    CHECK(contains(decote(1, decote_unit::started_years, lang::en), "1 started year since"));
    CHECK(contains(decote(2, decote_unit::started_years, lang::fr), "2 années entamées"));
    CHECK(contains(decote(1, decote_unit::started_months, lang::fr), "1 mois entamé depuis"));
}

TEST_CASE("text: sentences carry the numbers of their step") {
    CHECK(explain_step(step{steps::regional_rate{money::cents(4300), region::auvergne_rhone_alpes, {2022, 1, 1}, find_source("ara_2022")}}, lang::fr) ==
          "Tarif régional en Auvergne-Rhône-Alpes : 43,00" + nbsp + euro +
              " par cheval fiscal (CV), en vigueur depuis le 1er janvier 2022 [Délibération du conseil régional d'Auvergne-Rhône-Alpes — données du "
              "simulateur officiel 2023 ; inchangé jusqu'en 2026].");
    CHECK(explain_step(step{steps::regional_rate{money::cents(4300), region::auvergne_rhone_alpes, {2022, 1, 1}, find_source("ara_2022")}}, lang::en) ==
          "Regional rate in Auvergne-Rhône-Alpes: " + euro +
              "43.00 per fiscal horsepower (CV), in force since 1 January 2022 [Délibération du conseil régional d'Auvergne-Rhône-Alpes — official "
              "simulator data 2023; unchanged to 2026].");
    CHECK(explain_step(step{steps::rounding{money::cents(49365), money::cents(49400), data::src::cibs_l131_2}}, lang::en) ==
          "The subtotal is rounded to the nearest euro, a half counting as one: " + euro + "493.65 becomes " + euro +
              "494.00 [CIBS, art. L.131-2 — rounding to the nearest euro, a half counting as one].");
    CHECK(explain_step(step{steps::import_decote{53, 85, decote_unit::started_months, true, {2025, 3, 1}, source_ref{}}}, lang::fr) ==
          "Véhicule immatriculé d'abord à l'étranger : le malus est réduit de 53 % pour 85 mois entamés depuis sa première immatriculation.");
    CHECK(explain_step(step{steps::import_decote{10, 1, decote_unit::started_years, true, {2022, 1, 1}, source_ref{}}}, lang::en) ==
          "Vehicle first registered abroad: the malus is reduced by 10 % for 1 started year since its first registration.");
    CHECK(explain_step(step{steps::address_sticker{2, source_ref{}}}, lang::en).substr(0, 4) == "2nd ");
    CHECK(explain_step(step{steps::address_sticker{1, source_ref{}}}, lang::fr).substr(0, 4) == "1er ");
    CHECK(explain_step(step{steps::y1_amount{money::cents(48265), money::cents(9800)}}, lang::fr) ==
          "Taxe régionale (Y.1) : 482,65" + nbsp + euro + ", dont 98,00" + nbsp + euro + " pour Île-de-France Mobilités.");
    CHECK(explain_step(step{steps::y1_amount{money::cents(30100), money::zero()}}, lang::en) == "Regional tax (Y.1): " + euro + "301.00.");
    CHECK(contains(explain_step(step{steps::transport_tax{money::euros(285), 19000, vehicle_class::truck_heavy, source_ref{}}}, lang::fr),
                   "19" + nbsp + "000 kg"));
    CHECK(contains(explain_step(step{steps::subtotal{money::cents(-49365)}}, lang::en), "-" + euro + "493.65"));
    CHECK(contains(explain_step(step{steps::co2_grid{2020, co2_cycle::nedc, 150, money::euros(3784), {2020, 1, 1}, source_ref{}}}, lang::en),
                   "2020 NEDC grid"));
}

TEST_CASE("text: source_note shows the source, and what a weak source rests on") {
    CHECK(source_note(source_ref{}, lang::fr).empty());
    CHECK(source_note(source_ref{}, lang::en).empty());
    // Law and official pages: the citation as written, then the note in the language asked.
    CHECK(source_note(data::src::cibs_l421_45, lang::fr) == " [CIBS, art. L.421-45 — tarif réduit de moitié à dix ans]");
    CHECK(source_note(data::src::cibs_l421_45, lang::en) == " [CIBS, art. L.421-45 — rate halved at ten years]");
    CHECK(source_note(find_source("ara_2022"), lang::en) ==
          " [Délibération du conseil régional d'Auvergne-Rhône-Alpes — official simulator data 2023; unchanged to 2026]");
    // Weak sources: the evidence after the note, in each language.
    CHECK(source_note(find_source("hdf_2026_04"), lang::fr) ==
          " [Délibération du conseil régional des Hauts-de-France du 5 février 2026 — 43 € à partir du 2026-04-01 (caradisiac 2026-02-28, "
          "eplaque 2026-02-06) ; repose sur plusieurs sources secondaires concordantes]");
    CHECK(source_note(find_source("hdf_2026_04"), lang::en) ==
          " [Délibération du conseil régional des Hauts-de-France du 5 février 2026 — 43 EUR from 2026-04-01 (caradisiac 2026-02-28, "
          "eplaque 2026-02-06); rests on several agreeing secondary sources]");
    CHECK(source_note(data::src::mass_legal_person_2024, lang::en).find("; rests on a single source]") != std::string::npos);
    // Every source: the citation, the note of the language and never the other's, the evidence exactly
    // when it is weak.
    std::size_t n = 0;
    for_each_source([&](const source& src) {
        ++n;
        CAPTURE(std::string{src.key});
        const std::string cited = " [" + std::string{src.citation} + " — ";
        const std::string fr = source_note(src, lang::fr);
        const std::string en = source_note(src, lang::en);
        CHECK(fr.rfind(cited + std::string{src.note_fr}, 0) == 0);
        CHECK(en.rfind(cited + std::string{src.note_en}, 0) == 0);
        if (src.note_fr.view() != src.note_en.view()) {
            CHECK(!contains(fr, std::string{src.note_en}));
            CHECK(!contains(en, std::string{src.note_fr}));
        }
        for (const lang lg : {lang::fr, lang::en}) {
            const std::string note = source_note(src, lg);
            CHECK(ends_with(note, "]"));
            CHECK(contains(note, label(src.basis, lg)) == is_weak(src.basis));
        }
    });
    CHECK(n == source_count());
    // A step says its weak source the same way.
    const step s{steps::regional_rate{money::cents(4300), region::hauts_de_france, {2026, 4, 1}, find_source("hdf_2026_04")}};
    CHECK(ends_with(explain_step(s, lang::fr), source_note(find_source("hdf_2026_04"), lang::fr) + "."));
    CHECK(ends_with(explain_step(s, lang::en), source_note(find_source("hdf_2026_04"), lang::en) + "."));
}

TEST_CASE("text: explain() prints the whole trail of a quote, one step a line") {
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
        for (const step& s : q->steps) CHECK(contains(text, std::string{to_string(s.line())} + " \xE2\x80\x94 " + explain_step(s, l) + "\n"));
    }
    CHECK(explain(*q) == explain(*q, lang::fr));
    CHECK(explain(*q).find("Montant total à payer (Y.6) : 496,76" + nbsp + euro) != std::string::npos);
    CHECK(explain(*q, lang::en).find("Total due (Y.6): " + euro + "496.76") != std::string::npos);
    CHECK(explain(*q).find("Majoration Île-de-France Mobilités : 14,00" + nbsp + euro) != std::string::npos);
}

TEST_CASE("text: a step read back from a quote says what the rules found") {
    request r;
    r.application_date = date{2027, 3, 1};
    r.holder_department = *parse_department("59");
    r.procedure = procedure::used;
    r.vehicle.genre = genre::vp;
    r.vehicle.energy = energy::es;
    r.vehicle.fiscal_cv = 5;
    r.vehicle.first_registration = date{2015, 1, 1};
    const auto q = quote(r);
    REQUIRE(q.has_value());
    const std::string fr = explain(*q);
    CHECK(contains(fr, "Attention : la date de la demande dépasse les tarifs connus"));
    CHECK(contains(fr, "dans les Hauts-de-France : 43,00" + nbsp + euro));
    CHECK(contains(fr, "Le véhicule a 12 ans"));
    CHECK(contains(explain(*q, lang::en), "1 April 2026"));
}

TEST_CASE("text: a French explanation of every published case carries no English note of a source, an English one no French note") {
    // The citation is quoted as written (French) in both; the notes are each in their language only.
    std::vector<const source*> all;
    for_each_source([&](const source& s) {
        if (s.note_fr.view() != s.note_en.view()) all.push_back(&s);
    });
    REQUIRE(all.size() > 100);
    for (const auto& c : cases::published_cases) {
        CAPTURE(std::string{c.name});
        const auto q = quote(c.req);
        REQUIRE(q.has_value());
        const std::string fr = explain(*q, lang::fr);
        const std::string en = explain(*q, lang::en);
        for (const source* s : all) {
            CAPTURE(std::string{s->key});
            CHECK(fr.find(std::string{s->note_en}) == std::string::npos);
            CHECK(en.find(std::string{s->note_fr}) == std::string::npos);
        }
        for (const step& s : q->steps) {
            if (!s.source()) continue;
            CHECK(fr.find(std::string{s.source()->note_fr}) != std::string::npos);
            CHECK(en.find(std::string{s.source()->note_en}) != std::string::npos);
        }
    }
}
