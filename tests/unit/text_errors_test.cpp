// Error messages (<cartegrise/text/error_messages.hpp>): every reason in both languages, whatever the
// field, is a non-empty sentence with every placeholder filled; the labels of the fields; a few
// messages pinned byte for byte; the JSON of an error.
#include <cartegrise/cartegrise.hpp>
#include <cartegrise/text.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <set>
#include <string>

using namespace cartegrise;

namespace {
// One message per reason: the header static_asserts that its table covers every error_reason.
constexpr std::size_t reason_count = sizeof(detail::text::reason_texts) / sizeof(detail::text::reason_texts[0]);

bool placeholder_left(const std::string& m) {
    return m.find("{}") != std::string::npos || m.find("[]") != std::string::npos || m.find("(())") != std::string::npos;
}
}  // namespace

TEST_CASE("message: every reason, for every field, in French and in English") {
    for (std::size_t r = 0; r < reason_count; ++r) {
        for (std::size_t f = 0; f < request_field_count; ++f) {
            const error e{errc::invalid_value, static_cast<request_field>(f), static_cast<error_reason>(r), {}};
            const std::string fr = message(e, lang::fr);
            const std::string en = message(e, lang::en);
            CAPTURE(r);
            CAPTURE(std::string{to_string(e.field)});
            CAPTURE(fr);
            CAPTURE(en);
            CHECK_FALSE(fr.empty());
            CHECK_FALSE(en.empty());
            CHECK_FALSE(placeholder_left(fr));
            CHECK_FALSE(placeholder_left(en));
            // A field with a domain ("between 1 and 999 CV") never leaves empty brackets.
            if (!detail::text::label_of(detail::text::field_domains, e.field, lang::fr).empty()) CHECK(fr.find("()") == std::string::npos);
            CHECK(fr.find('?') == std::string::npos);
            CHECK(en.find('?') == std::string::npos);
            CHECK(fr.back() != '.');  // one clause, no final period: the caller ends the sentence
            CHECK(en.back() != '.');
            CHECK(message(e) == fr);  // French by default
        }
    }
    // Each reason says something of its own (for the field it is about).
    std::set<std::string> en;
    for (std::size_t r = 0; r < reason_count; ++r)
        CHECK(en.insert(message(error{errc::invalid_value, request_field::vehicle_fiscal_cv, static_cast<error_reason>(r), {}}, lang::en)).second);
}

TEST_CASE("message: the fields a message names, one label per field") {
    for (std::size_t f = 1; f < request_field_count; ++f) {
        const auto field = static_cast<request_field>(f);
        CAPTURE(std::string{to_string(field)});
        CHECK_FALSE(label(field, lang::fr).empty());
        CHECK_FALSE(label(field, lang::en).empty());
        CHECK(label(field, lang::fr) != label(field, lang::en));
    }
    CHECK(label(request_field::vehicle_fiscal_cv, lang::fr) == "la puissance fiscale (P.6)");
    CHECK(label(request_field::vehicle_fiscal_cv, lang::en) == "the fiscal power (P.6)");
    CHECK(label(static_cast<request_field>(request_field_count), lang::en) == "?");
}

TEST_CASE("message: pinned messages") {
    const auto msg = [](request_field f, error_reason r, lang lg) { return message(error{errc::invalid_value, f, r, {}}, lg); };
    CHECK(msg(request_field::vehicle_fiscal_cv, error_reason::out_of_range, lang::fr) == "la puissance fiscale (P.6) doit être entre 1 et 999 CV");
    CHECK(msg(request_field::vehicle_fiscal_cv, error_reason::out_of_range, lang::en) == "the fiscal power (P.6) must be between 1 and 999 CV");
    CHECK(msg(request_field::vehicle_genre, error_reason::required, lang::fr) == "il manque le genre (J.1)");
    CHECK(msg(request_field::vehicle_genre, error_reason::required, lang::en) == "the genre (J.1) is required");
    CHECK(msg(request_field::holder_department, error_reason::unknown_code, lang::en) ==
          "unknown code for the holder's department (01 to 95, 2A, 2B, 971 to 974 or 976)");
    CHECK(msg(request_field::application_date, error_reason::not_a_calendar_date, lang::fr) ==
          "la date de la demande n'est pas une date du calendrier (AAAA-MM-JJ, à partir du 2022-01-01)");
    CHECK(msg(request_field::purchase_price, error_reason::negative, lang::en) == "the purchase price cannot be negative");
    CHECK(msg(request_field::vehicle_co2_g_km, error_reason::co2_beyond_grids, lang::en) == "a CO2 figure above 999 g/km is beyond every grid");
    // The message of a real refusal.
    request r;
    r.application_date = date{2026, 6, 1};
    r.holder_department = *parse_department("69");
    r.procedure = procedure::used;
    r.vehicle.genre = genre::vp;
    r.vehicle.energy = energy::es;
    r.vehicle.first_registration = date{2020, 1, 1};
    const auto q = quote(r);
    REQUIRE_FALSE(q.has_value());
    CHECK(message(q.error(), lang::en) == "the regional tax is per fiscal horsepower: the fiscal power (P.6) is required");
}

TEST_CASE("write_error_json: code, field, reason, message and the other missing fields") {
    error e{errc::missing_field, request_field::vehicle_co2_g_km, error_reason::co2_needed_malus, {}};
    json_writer w;
    write_error_json(w, e, lang::en);
    CHECK(w.str() == "{\"code\":\"missing_field\",\"field\":\"vehicle.co2_g_km\",\"reason\":\"co2_needed_malus\",\"message\":\"" + message(e, lang::en) + "\",\"also_missing\":[]}");
    e.also_missing.add(request_field::vehicle_mass_kg);
    e.also_missing.add(request_field::vehicle_seats);
    json_writer w2;
    write_error_json(w2, e, lang::fr);
    CHECK(w2.str().find("\"also_missing\":[\"vehicle.mass_kg\",\"vehicle.seats\"]}") != std::string::npos);
    CHECK(w2.str().find(json_string(message(e, lang::fr))) != std::string::npos);
}
