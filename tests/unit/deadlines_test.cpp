#include <cartegrise/deadlines.hpp>
#include <cartegrise/render_documents.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <string>

namespace cg = cartegrise;
using cg::date;
using cg::deadline_for;
using cg::deadline_kind;
using cg::procedure;

TEST_CASE("deadlines: every procedure has at least one, each sourced, due on or after the event") {
    for (std::size_t i = 0; i < cg::procedure_count; ++i) {
        const auto p = static_cast<procedure>(i);
        CAPTURE(cg::to_string(p));
        const auto r = cg::deadlines_for(p, date{2026, 5, 1});
        REQUIRE(r.has_value());
        CHECK_FALSE(r->empty());
        for (const auto& d : *r) {
            REQUIRE(d.rule != nullptr);
            CHECK_FALSE(d.rule->source.empty());
            CHECK(d.due > d.event);
            CHECK(deadline_for(p, d.kind, d.event) == d.due);
            CHECK((d.fine == nullptr) == (d.rule->fine_class == 0));
        }
    }
}

TEST_CASE("deadlines: change of owner, R.322-4 and R.322-5") {
    CHECK(deadline_for(procedure::used, deadline_kind::registration, date{2026, 5, 1}) == date{2026, 6, 1});
    CHECK(deadline_for(procedure::used, deadline_kind::seller_declaration, date{2026, 5, 1}) == date{2026, 5, 16});
    CHECK(deadline_for(procedure::used, deadline_kind::provisional_certificate, date{2026, 5, 1}) == date{2026, 6, 1});
    CHECK(deadline_for(procedure::lease_buyout, deadline_kind::registration, date{2026, 5, 1}) == date{2026, 6, 1});
    CHECK(deadline_for(procedure::lease_buyout, deadline_kind::seller_declaration, date{2026, 12, 20}) == date{2027, 1, 4});
    const auto d = cg::explain_deadline(procedure::used, deadline_kind::registration, date{2026, 5, 1});
    REQUIRE(d.has_value());
    REQUIRE(d->fine != nullptr);
    CHECK(d->fine->key == 4);
    CHECK(d->fine->standard_cents == 13500);
    CHECK(d->fine->reduced_cents == 9000);
    CHECK(d->fine->increased_cents == 37500);
    CHECK(d->rule->from == cg::deadline_event::transfer);
}

TEST_CASE("deadlines: one month counted from day to day, clamped to the month's end (CPC 641)") {
    const auto reg = [](date e) { return deadline_for(procedure::used, deadline_kind::registration, e); };
    CHECK(reg(date{2026, 1, 31}) == date{2026, 2, 28});
    CHECK(reg(date{2028, 1, 31}) == date{2028, 2, 29});  // leap year
    CHECK(reg(date{2024, 1, 30}) == date{2024, 2, 29});
    CHECK(reg(date{2024, 2, 29}) == date{2024, 3, 29});
    CHECK(reg(date{2026, 3, 31}) == date{2026, 4, 30});
    CHECK(reg(date{2026, 12, 31}) == date{2027, 1, 31});
    CHECK(reg(date{2026, 12, 15}) == date{2027, 1, 15});
    // Days: the event's day does not count.
    const auto seller = [](date e) { return deadline_for(procedure::used, deadline_kind::seller_declaration, e); };
    CHECK(seller(date{2026, 2, 20}) == date{2026, 3, 7});
    CHECK(seller(date{2028, 2, 20}) == date{2028, 3, 6});  // leap year: 29 February counts
    CHECK(seller(date{2026, 12, 25}) == date{2027, 1, 9});
}

TEST_CASE("deadlines: each procedure's own rules") {
    const date e{2026, 5, 1};
    CHECK(deadline_for(procedure::address, deadline_kind::registration, e) == date{2026, 6, 1});
    CHECK(deadline_for(procedure::address, deadline_kind::lessor_declaration, e) == date{2026, 5, 11});
    CHECK(deadline_for(procedure::technical, deadline_kind::registration, e) == date{2026, 6, 1});
    CHECK(deadline_for(procedure::import, deadline_kind::registration, e) == date{2026, 6, 1});
    CHECK(deadline_for(procedure::duplicate, deadline_kind::declaration_receipt, e) == date{2026, 6, 1});
    CHECK(deadline_for(procedure::inheritance, deadline_kind::heir_sale_window, date{2025, 11, 30}) == date{2026, 2, 28});
    CHECK(deadline_for(procedure::w_garage, deadline_kind::w_garage_validity, date{2026, 3, 10}) == date{2026, 12, 31});
    for (const auto p : {procedure::new_vehicle, procedure::used, procedure::duplicate, procedure::civil_status,
                         procedure::correction, procedure::usurpation, procedure::disaster_duplicate})
        CHECK(deadline_for(p, deadline_kind::provisional_certificate, date{2026, 1, 31}) == date{2026, 2, 28});
}

TEST_CASE("deadlines: delivery in 7 working days, weekends skipped") {
    CHECK(cg::weekday_index(date{1970, 1, 1}) == 3);
    CHECK(cg::weekday_index(date{2026, 5, 1}) == 4);   // a Friday
    CHECK(cg::weekday_index(date{1969, 12, 29}) == 0); // a Monday
    CHECK(deadline_for(procedure::used, deadline_kind::delivery, date{2026, 5, 1}) == date{2026, 5, 12});
    CHECK(deadline_for(procedure::used, deadline_kind::delivery, date{2026, 5, 4}) == date{2026, 5, 13});
    CHECK(deadline_for(procedure::used, deadline_kind::delivery, date{2026, 5, 2}) == date{2026, 5, 12});  // Saturday
    CHECK(cg::add_working_days(date{2026, 5, 1}, 0) == date{2026, 5, 1});
}

TEST_CASE("deadlines: errors name the field") {
    CHECK(deadline_for(procedure::new_vehicle, deadline_kind::seller_declaration, date{2026, 5, 1}).get_error() ==
          cg::error{cg::errc::not_applicable, "kind", ""});
    CHECK(deadline_for(procedure::used, deadline_kind::registration, date{2026, 2, 30}).get_error() ==
          cg::error{cg::errc::invalid_value, "event-date", ""});
    CHECK(deadline_for(procedure::used, deadline_kind::registration, date{2021, 12, 31}).get_error() ==
          cg::error{cg::errc::date_out_of_range, "event-date", ""});
    CHECK(deadline_for(procedure::used, deadline_kind::registration, date{9999, 12, 15}).get_error() ==
          cg::error{cg::errc::date_out_of_range, "event-date", ""});
    CHECK(deadline_for(static_cast<procedure>(99), deadline_kind::registration, date{2026, 5, 1}).get_error() ==
          cg::error{cg::errc::unknown_procedure, "procedure", ""});
    CHECK(cg::deadlines_for(procedure::used, date{2020, 1, 1}).get_error().field == "event-date");
    CHECK(cg::parse_deadline_kind("Seller-Declaration") == deadline_kind::seller_declaration);
    CHECK(cg::parse_deadline_kind("soon").get_error().field == "kind");
}

TEST_CASE("deadlines: text and JSON rendering") {
    const auto d = cg::explain_deadline(procedure::used, deadline_kind::registration, date{2026, 5, 1});
    REQUIRE(d.has_value());
    const std::string fr = cg::deadline_text(*d);
    CHECK(fr.rfind("Demande à déposer au plus tard le 1er juin 2026 (1 mois à compter de la date de la cession, le 1er mai 2026 ; amende de 4e classe : 135,00", 0) == 0);
    CHECK(fr.find("[C. route R.322-5 I") != std::string::npos);
    const std::string en = cg::deadline_text(*d, cg::lang::en);
    CHECK(en.rfind("Application due by 1 June 2026 (1 month from the date of the transfer, 1 May 2026; fine of class 4: €135.00", 0) == 0);
    CHECK(cg::deadline_json(*d) ==
          "{\"procedure\":\"used\",\"kind\":\"registration\",\"event_date\":\"2026-05-01\",\"due\":\"2026-06-01\","
          "\"label\":\"Demande à déposer au plus tard le\",\"duration\":{\"amount\":1,\"unit\":\"months\"},\"from\":\"transfer\","
          "\"fine\":{\"class\":4,\"reduced_cents\":9000,\"standard_cents\":13500,\"increased_cents\":37500,\"maximum_cents\":75000,"
          "\"source\":\"C. proc. pén. R.49, R.49-9, R.49-7; C. pén. 131-13 4°\"},"
          "\"source\":\"C. route R.322-5 I (one month from the transfer)\"}");

    const auto all = cg::deadlines_for(procedure::used, date{2026, 5, 1});
    REQUIRE(all.has_value());
    const std::string t = cg::deadlines_text(*all, cg::lang::en);
    CHECK(t.rfind("Deadlines: Used vehicle: change of owner\n- Application due by 1 June 2026", 0) == 0);
    CHECK(t.find("- Seller's declaration of transfer due by 16 May 2026") != std::string::npos);
    CHECK(t.find("- Certificate usually delivered by 12 May 2026 (7 working days") != std::string::npos);
    const std::string j = cg::deadlines_json(*all);
    CHECK(j.rfind("{\"procedure\":\"used\",\"lang\":\"fr\",\"deadlines\":[{\"procedure\":\"used\",\"kind\":\"registration\"", 0) == 0);
    CHECK(j.find("\"kind\":\"delivery\",\"event_date\":\"2026-05-01\",\"due\":\"2026-05-12\"") != std::string::npos);
    CHECK(j.find("\"fine\":null") != std::string::npos);
}
