// The figure a refusal rests on (a threshold, a date), read from where it lives: the request's limits,
// the data rows, the rules' own constants. A message quotes it from here instead of typing it again
// (text/error_messages.hpp), so that a law change in a data row changes the sentence too.
#ifndef CARTEGRISE_RULES_REASON_FIGURES_HPP
#define CARTEGRISE_RULES_REASON_FIGURES_HPP

#include <cstdint>
#include <string_view>

#include "data/co2_malus.hpp"
#include "data/fiscal_power.hpp"
#include "data/import_decote.hpp"
#include "data/mass_malus.hpp"
#include "data/procedure_fees.hpp"
#include "data/vehicle_classes.hpp"
#include "data/vintage.hpp"
#include "date.hpp"
#include "error.hpp"
#include "request_fields.hpp"
#include "rules/validate.hpp"
#include "version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

// What a sentence quotes: up to two numbers with their units, and up to two dates (unset: zero, no date).
struct reason_figure {
    std::int64_t n = 0;       // "<>": a mass, a power, a count of years
    std::string_view unit;    // its unit symbol ("kg", "kW"); empty for a count
    std::int64_t n2 = 0;      // "<2>": a second number
    std::string_view unit2;
    date day;                 // "<date>", or its year alone "<year>"
    date day2;                // "<date2>"
};

namespace detail {
// The first grid measured in WLTP: from its date a vehicle is taxed on its WLTP CO2.
constexpr date wltp_from() noexcept {
    for (const auto& g : data::co2_grids)
        if (g.cycle == co2_cycle::wltp) return g.since;
    return date{};
}
// The latest non-plug-in hybrid abatement that asks for the electric motor's power.
constexpr const data::mass_abatement_row* hybrid_power_row() noexcept {
    const data::mass_abatement_row* found = nullptr;
    for (const auto& row : data::mass_abatements)
        if (row.key == data::mass_abatement::hybrid && row.electric_kw.is_condition()) found = &row;
    return found;
}
constexpr const data::mileage_rule* mileage_rule_known() noexcept {
    const data::mileage_rule* found = nullptr;
    for (const auto& rule : data::mileage_rules) found = &rule;
    return found;
}
// When a tourism vehicle's fiscal power formula starts.
constexpr date fiscal_power_formula_since(fiscal_power_formula f) noexcept {
    for (const auto& row : data::fiscal_power_formulas)
        if (row.key == genre::vp && row.formula == f) return row.since;
    return date{};
}
}  // namespace detail

// The figures the refusal `r` quotes; all zero for a reason that quotes none.
constexpr reason_figure figure_of(error_reason r) noexcept {
    using why = error_reason;
    using formula = fiscal_power_formula;
    reason_figure f{};
    switch (r) {
        case why::before_first_supported_date: f.day = first_supported_date; break;
        case why::co2_beyond_grids: {
            const field_descriptor& co2 = *descriptor_of(request_field::vehicle_co2_g_km);
            f.n = co2.max;
            f.unit = co2.unit;
            break;
        }
        case why::ptac_needed_vasp:
        case why::truck_too_light: f.n = data::ptac_light_limit_kg, f.unit = "kg"; break;
        case why::moped_over_50_cm3: f.n = data::moped_max_cylinder_cm3, f.unit = "cm³"; break;
        case why::collection_needs_age: f.n = detail::collection_min_years; break;
        case why::fni_after_siv_start: f.day = detail::siv_start; break;
        case why::deadline_after_9999: f.day = date::last(); break;
        case why::address_rank_needed: f.n = data::address_changes_with_sticker; break;
        case why::first_registration_needed_age: f.n = detail::half_rate_years; break;
        case why::cycle_must_be_wltp:
        case why::cycle_must_be_nedc: f.day = detail::wltp_from(); break;
        case why::seats_needed_large_family: f.n = data::large_family_min_seats; break;
        case why::electric_power_needed:
            if (const auto* row = detail::hybrid_power_row()) f.n = row->electric_kw.above(), f.unit = "kW", f.n2 = row->kg.amount(), f.unit2 = "kg", f.day = row->since;
            break;
        case why::mileage_bands_unknown:
            if (const auto* rule = detail::mileage_rule_known()) f.n = rule->threshold_km_per_year, f.unit = "km", f.day = rule->since;
            break;
        case why::co2_needed_fiscal_power:
        case why::fiscal_power_before_1998: f.day = detail::fiscal_power_formula_since(formula::co2_and_power_1998); break;
        case why::fiscal_power_type_approval:
            f.day = detail::fiscal_power_formula_since(formula::by_type_approval);
            f.day2 = detail::fiscal_power_formula_since(formula::power_2021).add_days(-1);
            break;
        case why::fiscal_power_electric_before_2021: f.day = detail::fiscal_power_formula_since(formula::power_2021); break;
        default: break;
    }
    return f;
}

CARTEGRISE_END_NAMESPACE

#endif
