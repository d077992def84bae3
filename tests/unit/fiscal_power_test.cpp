// fiscal_power(): the P.6 of an import, from its P.2 (and V.7 for the 1998 formula), with the exact
// arithmetic checked against a floating-point reference away from the rounding boundaries, the formula
// windows of data/fiscal_power.hpp, every refusal, and an import quoted from its power.
#include "../cases/published_cases.hpp"

#include <doctest/doctest.h>

#include "quote_checks.hpp"

#include <cmath>

using namespace cartegrise;

namespace {
vehicle_data car(energy e, int kw, maybe<int> co2 = {}) {
    vehicle_data v;
    v.genre = genre::vp;
    v.energy = e;
    v.max_net_power_kw = kw;
    v.co2_g_km = co2;
    return v;
}
int cv_of(const vehicle_data& v, date on) {
    const auto p = fiscal_power(v, on);
    REQUIRE_MESSAGE(p.has_value(), quote_checks::message_of(p.error()));
    return p->fiscal_cv;
}
template <class T>
void check_error(const result<T>& r, errc code, request_field field, error_reason reason) {
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == code);
    CHECK(r.error().field == field);
    CHECK(r.error().reason == reason);
    CHECK_FALSE(message(r.error(), lang::fr).empty());
    CHECK_FALSE(message(r.error(), lang::en).empty());
}
constexpr date in_2026{2026, 6, 1};
constexpr date in_2015{2015, 6, 1};
}  // namespace

TEST_CASE("L.421-16 (first registration in France from 2021): 0,00018 P² + 0,0387 P + 1,34, rounded to the unit") {
    // The published example of the formula (fiches-auto 2020-07-10): a Kia e-Niro, 29 kW over 30
    // minutes, 2,61 -> 3 CV.
    CHECK(cv_of(car(energy::el, 29), in_2026) == 3);
    // Petrol cars by hand: 55 kW 4,01 -> 4; 74 kW 5,19 -> 5; 96 kW 6,71 -> 7; 110 kW 7,78 -> 8.
    CHECK(cv_of(car(energy::es, 55), in_2026) == 4);
    CHECK(cv_of(car(energy::es, 74), in_2026) == 5);
    CHECK(cv_of(car(energy::es, 96), in_2026) == 7);
    CHECK(cv_of(car(energy::eh, 110), in_2026) == 8);
    // The CO2 figure plays no part from 2021: the same with or without it.
    CHECK(cv_of(car(energy::es, 110, 250), in_2026) == 8);
    // Boundaries by hand: 1 kW 1,3789 -> 1; 100 kW 6,97 -> 7; 9 999 kW 18 384,70... -> 18 385.
    CHECK(cv_of(car(energy::el, 1), in_2026) == 1);
    CHECK(cv_of(car(energy::el, 100), in_2026) == 7);
    CHECK(cv_of(car(energy::el, 9999), in_2026) == 18385);
    const auto p = fiscal_power(car(energy::el, 29), in_2026);
    CHECK(p->formula == fiscal_power_formula::power_2021);
    CHECK(p->since == date{2021, 1, 1});
    CHECK(p->source == data::src::fiscal_power_2021);
    CHECK(p->source->basis == evidence::press);
}

TEST_CASE("1998 formula (A.421-16, first registration in France 1998-07-01 -> 2019-10-31): CO2/45 + (P/40)^1,6") {
    // By hand: 92 kW, 120 g: 2,667 + 3,791 = 6,46 -> 6; 66 kW, 105 g: 2,333 + 2,229 = 4,56 -> 5.
    CHECK(cv_of(car(energy::es, 92, 120), in_2015) == 6);
    CHECK(cv_of(car(energy::es, 66, 105), in_2015) == 5);
    // (P/40)^1,6 is a whole number when P = 40 m^5: 1 280 kW gives 2^8 = 256 exactly; 0 g adds nothing.
    CHECK(cv_of(car(energy::es, 1280, 0), in_2015) == 256);
    CHECK(cv_of(car(energy::es, 40, 0), {1998, 7, 1}) == 1);
    // A bi-fuel petrol-LPG car is computed on its LPG figures, which the caller gives.
    CHECK(cv_of(car(energy::eg, 80, 135), in_2015) == 6);  // 3 + 3,03 = 6,03
    const auto p = fiscal_power(car(energy::es, 92, 120), in_2015);
    CHECK(p->formula == fiscal_power_formula::co2_and_power_1998);
    CHECK(p->since == date{1998, 7, 1});
    CHECK(p->source == data::src::fiscal_power_1998);
}

TEST_CASE("the exact arithmetic agrees with a floating-point reference wherever that reference is not near a half") {
    int compared = 0;
    for (int kw = 1; kw <= 600; ++kw) {
        for (int co2 = 0; co2 <= 400; co2 += 7) {
            const long double x = co2 / 45.0L + std::pow(kw / 40.0L, 1.6L);
            const long double frac = x - std::floor(x);
            if (std::fabs(frac - 0.5L) < 1e-9L) continue;
            const auto want = static_cast<int>(std::floor(x + 0.5L));
            if (detail::fiscal_power_1998(co2, kw) != want) {
                FAIL_CHECK("1998 formula, ", kw, " kW, ", co2, " g: ", detail::fiscal_power_1998(co2, kw), " != ", want);
            }
            ++compared;
        }
        const long double y = 0.00018L * kw * kw + 0.0387L * kw + 1.34L;
        if (std::fabs(y - std::floor(y) - 0.5L) > 1e-9L)
            CHECK(detail::fiscal_power_2021(kw) == static_cast<int>(std::floor(y + 0.5L)));
    }
    CHECK(compared > 30000);
}

TEST_CASE("a half counts as one: the 2021 formula's exact halves round up") {
    // 18 P² + 3 870 P + 134 000 ends in 50 000 (a half) for some P: find them and check they round up.
    int halves = 0;
    for (std::int64_t kw = 1; kw <= request_limits::max_net_power_kw; ++kw) {
        const std::int64_t h = 18 * kw * kw + 3870 * kw + 134000;
        if (h % 100000 == 50000) {
            ++halves;
            CHECK(detail::fiscal_power_2021(static_cast<int>(kw)) == h / 100000 + 1);
        }
    }
    CHECK(halves > 0);
}

TEST_CASE("what the texts read do not settle is refused, its field named") {
    vehicle_data v = car(energy::es, 90, 130);
    check_error(fiscal_power(v, {2020, 6, 1}), errc::not_applicable, request_field::application_date, error_reason::fiscal_power_type_approval);
    check_error(fiscal_power(v, {2019, 11, 1}), errc::not_applicable, request_field::application_date, error_reason::fiscal_power_type_approval);
    CHECK(fiscal_power(v, {2019, 10, 31}).has_value());
    CHECK(fiscal_power(v, {2021, 1, 1}).has_value());
    check_error(fiscal_power(v, {1998, 6, 30}), errc::date_out_of_range, request_field::application_date, error_reason::fiscal_power_before_1998);
    check_error(fiscal_power(car(energy::el, 50), in_2015), errc::not_applicable, request_field::vehicle_energy, error_reason::fiscal_power_electric_before_2021);
    check_error(fiscal_power(car(energy::es, 90), in_2015), errc::missing_field, request_field::vehicle_co2_g_km, error_reason::co2_needed_fiscal_power);
    vehicle_data moto = car(energy::es, 90);
    moto.genre = genre::mtt2;
    check_error(fiscal_power(moto, in_2026), errc::not_applicable, request_field::vehicle_genre, error_reason::fiscal_power_genre_not_encoded);
    vehicle_data no_genre = car(energy::es, 90);
    no_genre.genre = {};
    check_error(fiscal_power(no_genre, in_2026), errc::missing_field, request_field::vehicle_genre, error_reason::required);
    vehicle_data no_power = car(energy::es, 90);
    no_power.max_net_power_kw = {};
    check_error(fiscal_power(no_power, in_2026), errc::missing_field, request_field::vehicle_max_net_power_kw, error_reason::power_needed_fiscal_power);
    check_error(fiscal_power(car(energy::es, 0), in_2026), errc::invalid_value, request_field::vehicle_max_net_power_kw, error_reason::out_of_range);
    check_error(fiscal_power(car(energy::es, 10000), in_2026), errc::invalid_value, request_field::vehicle_max_net_power_kw, error_reason::out_of_range);
    check_error(fiscal_power(car(energy::es, 90, -1), in_2015), errc::invalid_value, request_field::vehicle_co2_g_km, error_reason::negative);
    check_error(fiscal_power(v, date::unchecked(2026, 2, 30)), errc::invalid_value, request_field::application_date, error_reason::not_a_calendar_date);
}

TEST_CASE("quote(): an import given P.2 instead of P.6 is quoted on the computed fiscal power, and says so") {
    // A used electric car imported into Bretagne on 2026-06-01, P.2 = 100 kW (30 minutes): 7 CV;
    // 60 x 7 = 420; + 11 + 2,76 = 433,76, exactly as with --cv 7.
    request by_power = cases::vehicle_request({2026, 6, 1}, "35", procedure::import, genre::vp, energy::el, 1, {2023, 3, 1});
    by_power.vehicle.fiscal_cv = {};
    by_power.vehicle.max_net_power_kw = 100;
    request by_cv = by_power;
    by_cv.vehicle.fiscal_cv = 7;
    by_cv.vehicle.max_net_power_kw = {};
    const auto q = quote(by_power);
    REQUIRE_MESSAGE(q.has_value(), quote_checks::message_of(q.error()));
    const auto want = quote(by_cv);
    REQUIRE(want.has_value());
    CHECK(q->y6 == money::cents(43376));
    CHECK(q->y6 == want->y6);
    CHECK(q->y1 == want->y1);
    const auto step = q->steps.find<steps::fiscal_power_computed>();
    REQUIRE(step.has_value());
    CHECK(step->cv == 7);
    CHECK(step->max_net_power_kw == 100);
    CHECK(step->formula == fiscal_power_formula::power_2021);
    CHECK(step->source == data::src::fiscal_power_2021);
    CHECK(quote_totals(by_power)->y6 == q->y6);
    // Given both, the certificate's P.6 wins and nothing is computed.
    request both = by_power;
    both.vehicle.fiscal_cv = 9;
    CHECK_FALSE(quote(both)->steps.contains<steps::fiscal_power_computed>());
    CHECK(quote(both)->y1 == money::cents(54000));
}

TEST_CASE("quote(): P.2 without P.6 is refused outside an import; a computation's refusal passes through") {
    request used = cases::used_vp({2026, 6, 1}, "35", 1, {2023, 3, 1});
    used.vehicle.fiscal_cv = {};
    used.vehicle.max_net_power_kw = 100;
    check_error(quote(used), errc::not_applicable, request_field::vehicle_max_net_power_kw, error_reason::fiscal_power_only_for_import);
    check_error(quote_totals(used), errc::not_applicable, request_field::vehicle_max_net_power_kw, error_reason::fiscal_power_only_for_import);
    request moto = cases::vehicle_request({2026, 6, 1}, "35", procedure::import, genre::mtt2, energy::es, 1, {2023, 3, 1});
    moto.vehicle.fiscal_cv = {};
    moto.vehicle.max_net_power_kw = 70;
    check_error(quote(moto), errc::not_applicable, request_field::vehicle_genre, error_reason::fiscal_power_genre_not_encoded);
}
