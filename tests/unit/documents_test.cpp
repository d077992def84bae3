#include <cartegrise/procedures/deadlines.hpp>
#include <cartegrise/procedures/documents.hpp>
#include <cartegrise/sources.hpp>
#include <cartegrise/text/procedures.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <string>

namespace cg = cartegrise;
using cg::document;
using cg::document_condition;
using cg::document_context;
using cg::documents_for;
using cg::procedure;
using rf = cg::request_field;
using why = cg::error_reason;

namespace {
cg::document_list list_of(procedure p, const document_context& x = {}) {
    const auto r = documents_for(p, x);
    REQUIRE(r.has_value());
    return *r;
}
// A context that settles every condition negatively, for a vehicle under 4 years old.
document_context settled_context() {
    document_context x;
    x.first_registration = cg::date{2024, 6, 1};
    x.application_date = cg::date{2026, 5, 1};
    return x;
}
}  // namespace

TEST_CASE("documents: every procedure has a non-empty, sourced list with an identity document") {
    for (std::size_t i = 0; i < cg::procedure_count; ++i) {
        const auto p = static_cast<procedure>(i);
        CAPTURE(cg::to_string(p));
        const auto l = list_of(p);
        CHECK_FALSE(l.empty());
        CHECK(l.for_procedure() == p);
        CHECK(l.contains(document::identity));
        for (const auto& d : l) {
            REQUIRE(d.source);
            CHECK(cg::find_source(d.source->key) == d.source);
            CHECK_FALSE(cg::label(d.doc, cg::lang::fr).empty());
            CHECK_FALSE(cg::label(d.doc, cg::lang::en).empty());
            CHECK(cg::label(d.doc, cg::lang::fr) != cg::label(d.doc, cg::lang::en));
            CHECK(d.cerfa() == cg::data::info(d.doc).cerfa);
        }
        // Negative answers on every condition still leave the documents required in every case.
        document_context x = settled_context();
        if (p == procedure::duplicate) x.reason = cg::duplicate_reason::loss;
        if (p == procedure::import) x.origin = cg::import_origin::eu;
        const auto s = list_of(p, x);
        CHECK_FALSE(s.empty());
        CHECK(s.settled());
    }
}

TEST_CASE("documents: change of owner lists what R.322-5 asks") {
    const auto l = list_of(procedure::used, settled_context());
    CHECK(l.contains(document::application_form));
    CHECK(l.contains(document::transfer_declaration));
    CHECK(l.contains(document::crossed_out_certificate));
    CHECK(l.contains(document::identity));
    CHECK(l.contains(document::proof_of_address));
    CHECK(l.contains(document::insurance));
    CHECK(l.contains(document::driving_licence));
    CHECK_FALSE(l.contains(document::technical_inspection));
    CHECK(l.find(document::transfer_declaration)->cerfa() == "15776");
    CHECK(l.find(document::application_form)->cerfa() == "13750");
}

TEST_CASE("documents: the technical inspection switches on at 4 years, off when exempt, open without a date") {
    document_context x;
    x.application_date = cg::date{2026, 5, 1};
    x.first_registration = cg::date{2022, 5, 2};  // 3 years 11 months 29 days
    CHECK_FALSE(list_of(procedure::used, x).contains(document::technical_inspection));
    x.first_registration = cg::date{2022, 5, 1};  // exactly 4 years
    const auto l = list_of(procedure::used, x);
    REQUIRE(l.contains(document::technical_inspection));
    CHECK_FALSE(l.find(document::technical_inspection)->conditional);
    x.inspection_exempt = true;
    CHECK_FALSE(list_of(procedure::used, x).contains(document::technical_inspection));

    const auto open = list_of(procedure::used);
    REQUIRE(open.contains(document::technical_inspection));
    CHECK(open.find(document::technical_inspection)->conditional);
    CHECK(open.find(document::technical_inspection)->when == document_condition::inspection_due);
    CHECK_FALSE(open.settled());

    // 29 February: four years old on 28 February of a common year.
    x.inspection_exempt = false;
    x.first_registration = cg::date{2020, 2, 29};
    x.application_date = cg::date{2024, 2, 28};
    CHECK_FALSE(list_of(procedure::used, x).contains(document::technical_inspection));
    x.application_date = cg::date{2024, 2, 29};
    CHECK(list_of(procedure::used, x).contains(document::technical_inspection));
    x.first_registration = cg::date{2021, 2, 28};
    x.application_date = cg::date{2025, 2, 28};
    CHECK(list_of(procedure::used, x).contains(document::technical_inspection));
    // A duplicata asks for an inspection still valid, not one under 6 months.
    CHECK(list_of(procedure::duplicate, x).contains(document::valid_technical_inspection));
    CHECK_FALSE(list_of(procedure::duplicate, x).contains(document::technical_inspection));
}

TEST_CASE("documents: each flag switches its document on and off") {
    struct flag_case {
        bool document_context::*flag;
        document doc;
        procedure p;
    };
    const flag_case cases[] = {
        {&document_context::minor_holder, document::guardian_identity, procedure::used},
        {&document_context::co_holder, document::co_holder_identity, procedure::used},
        {&document_context::leased, document::lessor_authorisation, procedure::address},
        {&document_context::third_party, document::mandate, procedure::used},
        {&document_context::third_party, document::mandate, procedure::w_garage},
    };
    for (const auto& c : cases) {
        CAPTURE(cg::to_string(c.doc));
        document_context x = settled_context();
        CHECK_FALSE(list_of(c.p, x).contains(c.doc));
        x.*c.flag = true;
        const auto l = list_of(c.p, x);
        REQUIRE(l.contains(c.doc));
        CHECK_FALSE(l.find(c.doc)->conditional);
    }
    document_context x = settled_context();
    x.third_party = true;
    CHECK(list_of(procedure::used, x).find(document::mandate)->cerfa() == "13757");
    // Co-owner: the co-holder's identity is the point of the procedure.
    CHECK(list_of(procedure::co_owner, settled_context()).contains(document::co_holder_identity));
}

TEST_CASE("documents: a duplicata's reason brings its declaration") {
    document_context x = settled_context();
    const auto open = list_of(procedure::duplicate, x);
    CHECK(open.find(document::theft_declaration)->conditional);
    CHECK(open.find(document::loss_declaration)->conditional);
    CHECK(open.find(document::damaged_certificate)->conditional);

    x.reason = cg::duplicate_reason::theft;
    auto l = list_of(procedure::duplicate, x);
    CHECK(l.contains(document::theft_declaration));
    CHECK(l.find(document::theft_declaration)->cerfa() == "13753");
    CHECK_FALSE(l.contains(document::loss_declaration));
    CHECK_FALSE(l.contains(document::damaged_certificate));
    CHECK(l.settled());

    x.reason = cg::duplicate_reason::loss;
    l = list_of(procedure::duplicate, x);
    CHECK(l.contains(document::loss_declaration));
    CHECK_FALSE(l.contains(document::theft_declaration));

    x.reason = cg::duplicate_reason::damage;
    l = list_of(procedure::duplicate, x);
    CHECK(l.contains(document::damaged_certificate));
    CHECK_FALSE(l.contains(document::theft_declaration));
    CHECK_FALSE(l.contains(document::loss_declaration));
}

TEST_CASE("documents: an import's origin picks the quitus fiscal or the 846A") {
    document_context x = settled_context();
    auto l = list_of(procedure::import, x);
    CHECK(l.find(document::tax_clearance)->conditional);
    CHECK(l.find(document::customs_certificate)->conditional);
    x.origin = cg::import_origin::eu;
    l = list_of(procedure::import, x);
    CHECK(l.contains(document::tax_clearance));
    CHECK_FALSE(l.contains(document::customs_certificate));
    x.origin = cg::import_origin::outside_eu;
    l = list_of(procedure::import, x);
    CHECK_FALSE(l.contains(document::tax_clearance));
    CHECK(l.find(document::customs_certificate)->cerfa() == "846A");
}

TEST_CASE("documents: errors are values naming the field") {
    document_context x;
    x.first_registration = cg::date{2020, 1, 1};
    auto r = documents_for(procedure::used, x);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error() == cg::error{cg::errc::missing_field, rf::context_application_date, why::age_needs_application_date, {}});

    x.application_date = cg::date{2019, 12, 31};
    CHECK(documents_for(procedure::used, x).error() == cg::error{cg::errc::date_out_of_range, rf::context_application_date, why::before_first_supported_date, {}});
    x.application_date = cg::date{2026, 1, 1};
    x.first_registration = cg::date{2026, 1, 2};
    CHECK(documents_for(procedure::used, x).error() == cg::error{cg::errc::date_out_of_range, rf::context_first_registration, why::after_application, {}});
    x.first_registration = cg::date::unchecked(2026, 2, 30);
    CHECK(documents_for(procedure::used, x).error() == cg::error{cg::errc::invalid_value, rf::context_first_registration, why::not_a_calendar_date, {}});
    x.first_registration = cg::date{2020, 1, 1};
    x.application_date = cg::date::unchecked(2026, 13, 1);
    CHECK(documents_for(procedure::used, x).error() == cg::error{cg::errc::invalid_value, rf::context_application_date, why::not_a_calendar_date, {}});

    document_context y;
    y.reason = cg::duplicate_reason::theft;
    CHECK(documents_for(procedure::used, y).error() == cg::error{cg::errc::not_applicable, rf::context_reason, why::reason_only_for_duplicate, {}});
    document_context z;
    z.origin = cg::import_origin::eu;
    CHECK(documents_for(procedure::used, z).error() == cg::error{cg::errc::not_applicable, rf::context_origin, why::origin_only_for_import, {}});
    CHECK(documents_for(static_cast<procedure>(200), {}).error() == cg::error{cg::errc::unknown_procedure, rf::procedure, why::unknown_code, {}});
}

TEST_CASE("documents: CLI parsers") {
    CHECK(cg::parse_duplicate_reason("THEFT") == cg::duplicate_reason::theft);
    CHECK(cg::parse_duplicate_reason("loss") == cg::duplicate_reason::loss);
    CHECK(cg::parse_duplicate_reason("damage") == cg::duplicate_reason::damage);
    CHECK(cg::parse_duplicate_reason("fire").error().field == rf::context_reason);
    CHECK(cg::parse_duplicate_reason("none").error().reason == why::unknown_code);
    CHECK(cg::parse_import_origin("outside-eu") == cg::import_origin::outside_eu);
    CHECK(cg::parse_import_origin("us").error().field == rf::context_origin);
    CHECK_FALSE(cg::parse_import_origin("unknown").has_value());
    CHECK(cg::to_string(cg::duplicate_reason::theft) == "theft");
    CHECK(cg::to_string(cg::import_origin::outside_eu) == "outside-eu");
}

TEST_CASE("documents: text and JSON rendering") {
    document_context x = settled_context();
    x.third_party = true;
    const auto l = list_of(procedure::used, x);
    const std::string fr = cg::documents_text(l);
    CHECK(fr.rfind("Pièces à fournir : Véhicule d'occasion", 0) == 0);
    CHECK(fr.find("cerfa 15776") != std::string::npos);
    CHECK(fr.find("cerfa 13757") != std::string::npos);
    const std::string en = cg::documents_text(l, cg::lang::en);
    CHECK(en.rfind("Documents required: Used vehicle", 0) == 0);
    CHECK(en.find("only") == std::string::npos);

    const auto open = list_of(procedure::used);
    CHECK(cg::documents_text(open, cg::lang::en).find(" — only if the vehicle is 4 years old or more") != std::string::npos);
    CHECK(cg::documents_text(open).find(" — seulement si le véhicule a 4 ans ou plus") != std::string::npos);

    const std::string js = cg::documents_json(l, cg::lang::en);
    CHECK(js.rfind("{\"procedure\":\"used\",\"lang\":\"en\",\"settled\":true,\"documents\":[", 0) == 0);
    CHECK(js.find("{\"id\":\"transfer-declaration\",\"cerfa\":\"15776\",") != std::string::npos);
    CHECK(js.find("\"id\":\"identity\",\"cerfa\":null") != std::string::npos);
    CHECK(js.find("marked \\\"sold on\\\"") != std::string::npos);
    CHECK(js.back() == '}');
}

TEST_CASE("documents: each listed document carries its evidence; weak ones say so in the text") {
    const auto l = list_of(procedure::new_vehicle, settled_context());
    const auto form = l.find(document::new_vehicle_application);
    REQUIRE(form.has_value());
    CHECK(form->source->basis == cg::evidence::single_source);
    CHECK(form->cerfa() == "13749");
    CHECK(l.find(document::identity)->source->basis == cg::evidence::law);
    const std::string fr = cg::documents_text(l);
    const std::string en = cg::documents_text(l, cg::lang::en);
    CHECK(fr.find(" ; repose sur une seule source]") != std::string::npos);
    CHECK(en.find("; rests on a single source]") != std::string::npos);
    CHECK(fr.find(" [C. route, art. R.322-1 I — première immatriculation : pièces à fournir]") != std::string::npos);
    CHECK(en.find(" [C. route, art. R.322-1 I — first registration: documents to provide]") != std::string::npos);
    CHECK(cg::documents_json(l).find("\"source\":{\"id\":\"route_r322_1_form_pages\",\"citation\":\"C. route, art. R.322-1 I\","
                                     "\"note\":\"formulaire selon des pages de tiers\",\"evidence\":\"single_source\",\"dated\":\"2022-01-01\"}") !=
          std::string::npos);
    // Every row of the catalogue has its stable code, and codes and labels are one per document.
    for (std::size_t i = 0; i < cg::document_count; ++i) {
        const auto d = static_cast<document>(i);
        CAPTURE(i);
        CHECK_FALSE(cg::to_string(d).empty());
        CHECK(cg::to_string(d) != "?");
    }
    CHECK(cg::to_string(document_condition::inspection_due) == "inspection-due");
    CHECK(cg::label(document_condition::theft, cg::lang::en) == "after a theft");
}

TEST_CASE("documents and deadlines: each source's citation and note in the reader's language, never the other's") {
    // The citation is quoted as written (French) in both texts; the notes each in their language only.
    const auto check = [](const cg::source& s, const std::string& fr, const std::string& en) {
        CAPTURE(std::string{s.key});
        CHECK(fr.find(" [" + std::string{s.citation} + " — " + std::string{s.note_fr}) != std::string::npos);
        CHECK(en.find(" [" + std::string{s.citation} + " — " + std::string{s.note_en}) != std::string::npos);
        if (s.note_fr.view() == s.note_en.view()) return;
        CHECK(fr.find(std::string{s.note_en}) == std::string::npos);
        CHECK(en.find(std::string{s.note_fr}) == std::string::npos);
    };
    for (std::size_t i = 0; i < cg::procedure_count; ++i) {
        const auto p = static_cast<procedure>(i);
        CAPTURE(cg::to_string(p));
        const auto l = list_of(p);
        const std::string fr = cg::documents_text(l);
        const std::string en = cg::documents_text(l, cg::lang::en);
        for (const auto& d : l) check(*d.source, fr, en);
        const auto all = cg::deadlines_for(p, cg::event_dates::all_on(cg::date{2026, 5, 1}));
        REQUIRE(all.has_value());
        const std::string dfr = cg::deadlines_text(*all);
        const std::string den = cg::deadlines_text(*all, cg::lang::en);
        for (const auto& d : *all) {
            check(*d.source, dfr, den);
            if (d.fine) check(*d.fine->source, dfr, den);
        }
    }
}
