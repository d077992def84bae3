// rates_on(): what is in force on a date in a region — the regional rate per CV, the Île-de-France
// Mobilités surcharge, and the clean-vehicle regimes — each with its row's date and source. For agents
// and auditors who check the tables against a new publication (`cartegrise rates --date D`).
#ifndef CARTEGRISE_RATES_HPP
#define CARTEGRISE_RATES_HPP

#include "data/clean_vehicles.hpp"
#include "data/regional_rates.hpp"
#include "data/vintage.hpp"
#include "maybe.hpp"
#include "result.hpp"
#include "rules/clean_vehicles.hpp"
#include "version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

// One dated figure: its value, the date it took effect, and its source.
struct dated_figure {
    std::int32_t value = 0;  // cents per CV, or percent off
    date since;
    source_ref source;
};

struct rates_in_force {
    cartegrise::region region{};
    dated_figure rate;                  // cents per CV (CIBS L.421-42)
    maybe<dated_figure> surcharge;      // IDFM, cents per CV (L.421-54-1): Île-de-France only
    dated_figure alternative_fuels;     // percent off for hybrids, LPG, natural gas, E85 (L.421-50)
    dated_figure electric;              // percent off for electricity / hydrogen (L.421-49)
};

// The figures in force in `r` on `on`. Errors: before 2022-01-01 (application_date), a region outside
// the enumerators (holder_department).
constexpr result<rates_in_force> rates_on(region r, date on) noexcept {
    if (!on.ok()) return failure{errc::invalid_value, request_field::application_date, error_reason::not_a_calendar_date};
    if (on < first_supported_date) return failure{errc::date_out_of_range, request_field::application_date, error_reason::before_first_supported_date};
    if (static_cast<std::size_t>(r) >= region_count) return failure{errc::unknown_department, request_field::holder_department, error_reason::unknown_code};
    rates_in_force out{};
    out.region = r;
    const auto* rate = data::regional_rate(r, on);
    out.rate = {rate->cents_per_cv, rate->since, rate->source};
    if (const auto* idfm = data::idfm_surcharge(r, on)) out.surcharge = dated_figure{idfm->cents_per_cv, idfm->since, idfm->source};
    const auto* alt = data::alternative_fuel_reduction(r, on);
    out.alternative_fuels = {alt->percent_off, alt->since, alt->source};
    const auto ev = detail::electric_reduction(r, on);
    out.electric = {ev.percent_off, ev.since, ev.source};
    return out;
}

CARTEGRISE_END_NAMESPACE

#endif
