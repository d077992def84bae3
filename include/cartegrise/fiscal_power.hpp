// fiscal_power(): the fiscal power (puissance administrative, P.6) of a vehicle that has none yet, an
// import above all, computed from its technical data as the law sets it, in whole numbers only.
//
//     cartegrise::vehicle_data v{};
//     v.genre = genre::vp; v.energy = energy::el; v.max_net_power_kw = 29;  // P.2 (30-minute power)
//     fiscal_power(v, date{2026, 6, 1})->fiscal_cv == 3                    // 2,61 rounded to the unit
//
// The formulas (data/fiscal_power.hpp says which is in force, since when, on what authority):
// - power_2021, CIBS L.421-16, for a tourism vehicle first registered in France from 2021-01-01 (every
//   import quoted by this library): PA = 0,00018 P² + 0,0387 P + 1,34, P the maximum net power in kW
//   (P.2; for an electric vehicle the maximum 30-minute power); the CO2 figure does not count.
// - co2_and_power_1998, loi 98-546 art. 62 and CIBS A.421-16, for older types first registered in
//   France from 1998-07-01 to 2019-10-31: PA = CO2/45 + (P/40)^1,6, CO2 in g/km (V.7; for a bi-fuel
//   petrol-LPG car, its LPG figure), P in kW.
// Both round to the unit (L.421-14 "arrondie à l'unité"), a half counting as one. Whatever the texts
// read do not settle is refused, its field named: another genre, a registration before 1998-07-01, the
// 2019-11-01 → 2020-12-31 window where the type's approval date decides, an electric car registered in
// France before 2021.
//
// Exact arithmetic: (P/40)^1.6 >= t is P^8 * 90^5 >= 40^8 * T^5 in whole numbers (T = 90 t), compared
// on 256 bits (detail/wide_uint.hpp): every rounding decision is exact, no floating point anywhere.
#ifndef CARTEGRISE_FISCAL_POWER_HPP
#define CARTEGRISE_FISCAL_POWER_HPP

#include <cstdint>

#include "data/fiscal_power.hpp"
#include "detail/wide_uint.hpp"
#include "request.hpp"
#include "result.hpp"
#include "version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

struct fiscal_power_answer {
    int fiscal_cv = 0;                     // P.6, CV
    fiscal_power_formula formula{};        // the formula applied (never by_type_approval)
    date since;                            // the formula in force since (first registration in France)
    source_ref source;                     // its citation and notes, with the evidence it rests on (source.hpp)

    friend constexpr bool operator==(const fiscal_power_answer& a, const fiscal_power_answer& b) noexcept {
        return a.fiscal_cv == b.fiscal_cv && a.formula == b.formula && a.since == b.since && a.source == b.source;
    }
    friend constexpr bool operator!=(const fiscal_power_answer& a, const fiscal_power_answer& b) noexcept { return !(a == b); }
};

namespace detail {

// round(CO2/45 + (P/40)^1.6), a half counting as one: the largest n with CO2/45 + (P/40)^1.6 >= n - 1/2,
// that is (P/40)^1.6 >= T/90 with T = 90n - 45 - 2 CO2 (true when T <= 0), that is P^8 90^5 >= 40^8 T^5.
// For P <= 9 999 kW and CO2 <= 999 g/km, n stays below 8 192 and both sides below 2^145.
constexpr int fiscal_power_1998(int co2_g_km, int kw) noexcept {
    const wide_uint power_side = wide_power(static_cast<std::uint32_t>(kw), 8).multiply_by_power(90, 5);
    const auto reaches = [&](int n) {
        const std::int64_t t = std::int64_t{90} * n - 45 - 2 * std::int64_t{co2_g_km};
        if (t <= 0) return true;
        return power_side >= wide_power(static_cast<std::uint32_t>(t), 5).multiply_by_power(40, 8);
    };
    int lo = 0, hi = 8192;  // reaches(lo) holds, reaches(hi) does not
    while (hi - lo > 1) {
        const int mid = lo + (hi - lo) / 2;
        (reaches(mid) ? lo : hi) = mid;
    }
    return lo;
}

// round(0,00018 P² + 0,0387 P + 1,34), a half counting as one: in hundred-thousandths,
// (18 P² + 3 870 P + 134 000 + 50 000) / 100 000, exact for P <= 9 999 kW.
constexpr int fiscal_power_2021(int kw) noexcept {
    const std::int64_t p = kw;
    return static_cast<int>((18 * p * p + 3870 * p + 134000 + 50000) / 100000);
}

}  // namespace detail

// The fiscal power of vehicle `v` at its first registration in France on `registered_in_france` (for an
// import, the application date). Reads v.genre, v.max_net_power_kw (P.2), and for the 1998 formula
// v.energy and v.co2_g_km; errors name the field that stops it.
constexpr result<fiscal_power_answer> fiscal_power(const vehicle_data& v, date registered_in_france) noexcept {
    using rf = request_field;
    using why = error_reason;
    if (!registered_in_france.ok()) return failure{errc::invalid_value, rf::application_date, why::not_a_calendar_date};
    if (!v.genre) return failure{errc::missing_field, rf::vehicle_genre, why::required};
    if (static_cast<std::size_t>(*v.genre) >= genre_count) return failure{errc::unknown_genre, rf::vehicle_genre, why::unknown_code};
    if (*v.genre != genre::vp) return failure{errc::not_applicable, rf::vehicle_genre, why::fiscal_power_genre_not_encoded};
    if (!v.max_net_power_kw) return failure{errc::missing_field, rf::vehicle_max_net_power_kw, why::power_needed_fiscal_power};
    if (*v.max_net_power_kw < 1 || *v.max_net_power_kw > request_limits::max_net_power_kw)
        return failure{errc::invalid_value, rf::vehicle_max_net_power_kw, why::out_of_range};
    const auto* row = data::fiscal_power_formula_in_force(*v.genre, registered_in_france);
    if (!row) return failure{errc::date_out_of_range, rf::application_date, why::fiscal_power_before_1998};
    const int kw = *v.max_net_power_kw;
    switch (row->formula) {
        case fiscal_power_formula::power_2021:
            return fiscal_power_answer{detail::fiscal_power_2021(kw), row->formula, row->since, row->source};
        case fiscal_power_formula::by_type_approval:
            return failure{errc::not_applicable, rf::application_date, why::fiscal_power_type_approval};
        case fiscal_power_formula::co2_and_power_1998:
            break;
    }
    if (!v.energy) return failure{errc::missing_field, rf::vehicle_energy, why::required};
    if (static_cast<std::size_t>(*v.energy) >= energy_count) return failure{errc::unknown_energy, rf::vehicle_energy, why::unknown_code};
    if (electrification_of(*v.energy) == electrification::electric_only)
        return failure{errc::not_applicable, rf::vehicle_energy, why::fiscal_power_electric_before_2021};
    if (!v.co2_g_km) return failure{errc::missing_field, rf::vehicle_co2_g_km, why::co2_needed_fiscal_power};
    if (*v.co2_g_km < 0) return failure{errc::invalid_value, rf::vehicle_co2_g_km, why::negative};
    if (*v.co2_g_km > request_limits::max_co2_g_km) return failure{errc::invalid_value, rf::vehicle_co2_g_km, why::out_of_range};
    return fiscal_power_answer{detail::fiscal_power_1998(*v.co2_g_km, kw), row->formula, row->since, row->source};
}

CARTEGRISE_END_NAMESPACE

#endif
