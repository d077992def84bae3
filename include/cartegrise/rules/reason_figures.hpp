// The figure a refusal rests on (a threshold, a date), read from where it lives: the request's limits,
// the data rows, the rules' own constants. A message quotes it from here instead of typing it again
// (text/error_messages.hpp), so that a law change in a data row changes the sentence too.
#ifndef CARTEGRISE_RULES_REASON_FIGURES_HPP
#define CARTEGRISE_RULES_REASON_FIGURES_HPP

#include <cstdint>
#include <string_view>

#include "../data/co2_malus.hpp"
#include "../data/import_decote.hpp"
#include "../data/mass_malus.hpp"
#include "../data/vehicle_classes.hpp"
#include "../data/vintage.hpp"
#include "../date.hpp"
#include "../error.hpp"
#include "../request_fields.hpp"
#include "validate.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

struct reason_figure {
    enum class form : std::uint8_t { none, number, day };
    form is = form::none;
    std::int64_t n = 0;      // a number: a mass, a power, a count of years
    std::string_view unit;   // its unit symbol ("kg", "kW"); empty for a count
    date day;                // a date
};

namespace detail {
constexpr reason_figure figure_number(std::int64_t n, std::string_view unit) noexcept {
    return reason_figure{reason_figure::form::number, n, unit, {}};
}
constexpr reason_figure figure_day(date d) noexcept { return reason_figure{reason_figure::form::day, 0, {}, d}; }

// The first grid measured in WLTP: from its date a vehicle is taxed on its WLTP CO2.
constexpr date wltp_from() noexcept {
    for (const auto& g : data::co2_grids)
        if (g.cycle == co2_cycle::wltp) return g.since;
    return date{};
}
// The latest non-plug-in hybrid abatement that asks for the electric motor's power.
constexpr std::int64_t hybrid_electric_kw_above() noexcept {
    std::int64_t kw = 0;
    for (const auto& row : data::mass_abatements)
        if (row.key == data::mass_abatement::hybrid && row.electric_kw_above > 0) kw = row.electric_kw_above;
    return kw;
}
constexpr std::int64_t mileage_threshold_km() noexcept {
    std::int64_t km = 0;
    for (const auto& rule : data::mileage_rules) km = rule.threshold_km_per_year;
    return km;
}
}  // namespace detail

// The figure the refusal `r` quotes; form::none for a reason that quotes none.
constexpr reason_figure figure_of(error_reason r) noexcept {
    using why = error_reason;
    switch (r) {
        case why::before_first_supported_date: return detail::figure_day(first_supported_date);
        case why::co2_beyond_grids: {
            const field_descriptor& co2 = *descriptor_of(request_field::vehicle_co2_g_km);
            return detail::figure_number(co2.max, co2.unit);
        }
        case why::ptac_needed_vasp:
        case why::truck_too_light: return detail::figure_number(data::ptac_light_limit_kg, "kg");
        case why::moped_over_50_cm3: return detail::figure_number(data::moped_max_cylinder_cm3, "cm³");
        case why::collection_needs_age: return detail::figure_number(detail::collection_min_years, {});
        case why::fni_after_siv_start: return detail::figure_day(detail::siv_start);
        case why::cycle_must_be_wltp:
        case why::cycle_must_be_nedc: return detail::figure_day(detail::wltp_from());
        case why::seats_needed_large_family: return detail::figure_number(data::large_family_min_seats, {});
        case why::electric_power_needed: return detail::figure_number(detail::hybrid_electric_kw_above(), "kW");
        case why::mileage_bands_unknown: return detail::figure_number(detail::mileage_threshold_km(), "km");
        default: return reason_figure{};
    }
}

CARTEGRISE_END_NAMESPACE

#endif
