#include <cartegrise/procedures/deadlines.hpp>
#include <cartegrise/sources.hpp>
#include <cartegrise/text/procedures.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <string>

namespace cg = cartegrise;
using cg::date;
using cg::deadline_for;
using cg::deadline_kind;
using cg::procedure;
using cg::event_dates;
using rf = cg::request_field;
using why = cg::error_reason;

TEST_CASE("deadlines: every procedure has at least one, each sourced, due on or after the event") {
    for (std::size_t i = 0; i < cg::procedure_count; ++i) {
        const auto p = static_cast<procedure>(i);
        CAPTURE(cg::to_string(p));
        const auto r = cg::deadlines_for(p, event_dates::all_on(date{2026, 5, 1}));
        REQUIRE(r.has_value());
        CHECK_FALSE(r->empty());
        for (const auto& d : *r) {
            CHECK(d.counted);
            CHECK(d.proc == p);
            CHECK(d.event == date{2026, 5, 1});
            REQUIRE(d.source);
            CHECK(cg::find_source(d.source->key) == d.source);
            CHECK(d.due > d.event);
            CHECK(deadline_for(p, d.kind, d.event) == d.due);
            const auto* rule = cg::data::deadline_rule(p, d.kind, d.event);
            REQUIRE(rule != nullptr);
            CHECK(d.fine.has_value() == rule->fine.has_value());
            CHECK(d.from == rule->from);
            CHECK(d.duration == cg::deadline_duration{rule->amount, rule->unit});
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
    REQUIRE(d->fine.has_value());
    CHECK(d->fine->contravention_class == 4);
    CHECK(d->fine->standard_cents == 13500);
    CHECK(d->fine->reduced_cents == 9000);
    CHECK(d->fine->increased_cents == 37500);
    CHECK(d->fine->maximum_cents == 75000);
    CHECK(d->from == cg::deadline_event::transfer);
    CHECK(d->duration == cg::deadline_duration{1, cg::duration_unit::months});
    CHECK(d->source->basis == cg::evidence::law);
    CHECK(d->source == cg::data::src::route_r322_5_i_one_month);
    CHECK(d->fine->source == cg::data::src::fine_class_4);
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
    CHECK(deadline_for(procedure::new_vehicle, deadline_kind::seller_declaration, date{2026, 5, 1}).error() ==
          cg::error{cg::errc::not_applicable, rf::deadline_kind, why::deadline_not_of_procedure, {}});
    CHECK(deadline_for(procedure::used, deadline_kind::registration, date::unchecked(2026, 2, 30)).error() ==
          cg::error{cg::errc::invalid_value, rf::event_date, why::not_a_calendar_date, {}});
    CHECK(deadline_for(procedure::used, deadline_kind::registration, date{2021, 12, 31}).error() ==
          cg::error{cg::errc::date_out_of_range, rf::event_date, why::before_first_supported_date, {}});
    CHECK(deadline_for(procedure::used, deadline_kind::registration, date{9999, 12, 15}).error() ==
          cg::error{cg::errc::date_out_of_range, rf::event_date, why::deadline_after_9999, {}});
    CHECK(deadline_for(static_cast<procedure>(99), deadline_kind::registration, date{2026, 5, 1}).error() ==
          cg::error{cg::errc::unknown_procedure, rf::procedure, why::unknown_code, {}});
    // deadlines_for() names the event whose date is refused.
    CHECK(cg::deadlines_for(procedure::used, event_dates::all_on(date{2020, 1, 1})).error() ==
          cg::error{cg::errc::date_out_of_range, rf::events_transfer, why::before_first_supported_date, {}});
    CHECK(cg::deadlines_for(procedure::address, event_dates{}.set(cg::deadline_event::move, date::unchecked(2026, 4, 31))).error() ==
          cg::error{cg::errc::invalid_value, rf::events_move, why::not_a_calendar_date, {}});
    CHECK(cg::deadlines_for(static_cast<procedure>(99), event_dates{}).error().field == rf::procedure);
    CHECK(cg::parse_deadline_kind("Seller-Declaration") == deadline_kind::seller_declaration);
    CHECK(cg::parse_deadline_kind("soon").error().field == rf::deadline_kind);
    CHECK(cg::parse_deadline_kind("soon").error().reason == why::unknown_code);
    for (std::size_t e = 0; e < cg::deadline_event_count; ++e) {
        const auto ev = static_cast<cg::deadline_event>(e);
        CAPTURE(cg::to_string(ev));
        // The field is the event's code, with '_' for '-': events.transfer, events.lessee_notice.
        std::string code{cg::to_string(ev)};
        for (char& ch : code) ch = ch == '-' ? '_' : ch;
        CHECK(cg::to_string(cg::field_of(ev)) == "events." + code);
    }
    CHECK(cg::to_string(cg::field_of(cg::deadline_event::lessee_notice)) == "events.lessee_notice");
}

TEST_CASE("deadlines: text and JSON rendering") {
    const auto d = cg::explain_deadline(procedure::used, deadline_kind::registration, date{2026, 5, 1});
    REQUIRE(d.has_value());
    const std::string fr = cg::deadline_text(*d);
    CHECK(fr.rfind("Demande à déposer au plus tard le 1er juin 2026 (1 mois à compter de la date de la cession, le 1er mai 2026 ; amende de 4e classe : 135,00", 0) == 0);
    CHECK(fr.find(" [C. route, art. R.322-5 I — un mois à compter de la cession] [C. proc. pén., art. R.49") != std::string::npos);
    const std::string en = cg::deadline_text(*d, cg::lang::en);
    CHECK(en.rfind("Application due by 1 June 2026 (1 month from the date of the transfer, 1 May 2026; fine of class 4: €135.00", 0) == 0);
    CHECK(en.find(" [C. route, art. R.322-5 I — one month from the transfer] [C. proc. pén., art. R.49") != std::string::npos);
    CHECK(en.find("un mois") == std::string::npos);
    CHECK(fr.find("one month") == std::string::npos);
    CHECK(cg::deadline_json(*d) ==
          "{\"procedure\":\"used\",\"kind\":\"registration\",\"counted\":true,\"event\":\"transfer\",\"event_date\":\"2026-05-01\","
          "\"due\":\"2026-06-01\",\"label\":\"Demande à déposer au plus tard le\",\"duration\":{\"amount\":1,\"unit\":\"months\"},"
          "\"fine\":{\"class\":4,\"reduced_cents\":9000,\"standard_cents\":13500,\"increased_cents\":37500,\"maximum_cents\":75000,"
          "\"source\":{\"id\":\"fine_class_4\",\"citation\":\"C. proc. pén., art. R.49, R.49-9 et R.49-7 ; C. pén., art. 131-13, 4°\","
          "\"note\":\"amende de 4e classe : forfaitaire, minorée, majorée, maximale\",\"evidence\":\"law\",\"dated\":\"2022-01-01\"}},"
          "\"source\":{\"id\":\"route_r322_5_i_one_month\",\"citation\":\"C. route, art. R.322-5 I\","
          "\"note\":\"un mois à compter de la cession\",\"evidence\":\"law\",\"dated\":\"2022-01-01\"}}");

    const auto all = cg::deadlines_for(procedure::used, event_dates::all_on(date{2026, 5, 1}));
    REQUIRE(all.has_value());
    const std::string t = cg::deadlines_text(*all, cg::lang::en);
    CHECK(t.rfind("Deadlines: Used vehicle: change of owner\n- Application due by 1 June 2026", 0) == 0);
    CHECK(t.find("- Seller's declaration of transfer due by 16 May 2026") != std::string::npos);
    CHECK(t.find("- Certificate usually delivered by 12 May 2026 (7 working days") != std::string::npos);
    const std::string j = cg::deadlines_json(*all);
    CHECK(j.rfind("{\"procedure\":\"used\",\"lang\":\"fr\",\"deadlines\":[{\"procedure\":\"used\",\"kind\":\"registration\"", 0) == 0);
    CHECK(j.find("\"kind\":\"delivery\",\"counted\":true,\"event\":\"application\",\"event_date\":\"2026-05-01\",\"due\":\"2026-05-12\"") != std::string::npos);
    CHECK(j.find("\"fine\":null") != std::string::npos);
}

TEST_CASE("deadlines: each deadline counts from its own event; one without its event's date is listed uncounted") {
    // A used car sold on 1 May, the provisional certificate issued on 10 May, the application on 12 May.
    event_dates events;
    events.set(cg::deadline_event::transfer, date{2026, 5, 1});
    events.set(cg::deadline_event::issuance, date{2026, 5, 10});
    events.set(cg::deadline_event::application, date{2026, 5, 12});
    REQUIRE(events.get(cg::deadline_event::transfer).has_value());
    CHECK(*events.get(cg::deadline_event::transfer) == date{2026, 5, 1});
    CHECK_FALSE(events.get(cg::deadline_event::death).has_value());
    const auto all = cg::deadlines_for(procedure::used, events);
    REQUIRE(all.has_value());
    CHECK(all->for_procedure() == procedure::used);
    CHECK(all->size() == 4);
    CHECK(all->find(deadline_kind::registration)->due == date{2026, 6, 1});
    CHECK(all->find(deadline_kind::seller_declaration)->due == date{2026, 5, 16});
    CHECK(all->find(deadline_kind::provisional_certificate)->event == date{2026, 5, 10});
    CHECK(all->find(deadline_kind::provisional_certificate)->due == date{2026, 6, 10});
    CHECK(all->find(deadline_kind::delivery)->due == date{2026, 5, 21});  // 7 working days from Tuesday 12 May
    CHECK_FALSE(all->find(deadline_kind::w_garage_validity).has_value());

    // Without the date of the application: the delivery estimate is listed, not counted.
    event_dates partial;
    partial.set(cg::deadline_event::transfer, date{2026, 5, 1});
    const auto some = cg::deadlines_for(procedure::used, partial);
    REQUIRE(some.has_value());
    CHECK(some->size() == 4);
    const auto delivery = some->find(deadline_kind::delivery);
    REQUIRE(delivery.has_value());
    CHECK_FALSE(delivery->counted);
    CHECK(delivery->from == cg::deadline_event::application);
    CHECK_FALSE(delivery->fine.has_value());
    CHECK(some->find(deadline_kind::registration)->counted);
    CHECK(cg::deadline_text(*delivery, cg::lang::en).find("from the date of the application, not given") != std::string::npos);
    CHECK(cg::deadline_text(*delivery).find("à compter de la date de la demande, non indiquée") != std::string::npos);
    const std::string js = cg::deadline_json(*delivery);
    CHECK(js.find("\"counted\":false,\"event\":\"application\",\"event_date\":null,\"due\":null") != std::string::npos);

    // No event dated at all: every deadline of the procedure listed, none counted, none an error.
    const auto none = cg::deadlines_for(procedure::address, event_dates{});
    REQUIRE(none.has_value());
    CHECK_FALSE(none->empty());
    for (const auto& d : *none) CHECK_FALSE(d.counted);
    // A fine attaches to an uncounted deadline too (the one in force at the data vintage).
    CHECK(none->find(deadline_kind::registration)->fine.has_value());

    // all_on() is the 0.1 behaviour: every event on the same day.
    const auto same = cg::deadlines_for(procedure::used, event_dates::all_on(date{2026, 5, 1}));
    REQUIRE(same.has_value());
    for (const auto& d : *same) {
        CHECK(d.counted);
        CHECK(d.event == date{2026, 5, 1});
    }
}
