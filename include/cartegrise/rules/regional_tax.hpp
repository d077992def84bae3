// Y.1 — taxe régionale: rate × CV × coefficients, with the Île-de-France Mobilités part.
// CIBS L.421-41 to L.421-54-1.
#ifndef CARTEGRISE_RULES_REGIONAL_TAX_HPP
#define CARTEGRISE_RULES_REGIONAL_TAX_HPP

#include "../data/clean_vehicles.hpp"
#include "../data/regional_rates.hpp"
#include "context.hpp"

namespace cartegrise::detail {

constexpr const data::clean_reduction_row* clean_reduction(energy_family f, region reg, date on) noexcept {
    switch (f) {
        case energy_family::electric_or_hydrogen: return find_in_force(data::electric_reductions, reg, on);
        case energy_family::plugin_hybrid:
        case energy_family::hybrid:
        case energy_family::lpg:
        case energy_family::natural_gas:
        case energy_family::e85: return find_in_force(data::alternative_fuel_reductions, reg, on);
        case energy_family::conventional: return nullptr;
    }
    return nullptr;
}

constexpr result<bool> regional_tax(const quote_context& c, breakdown& b) noexcept {
    const auto& v = c.req->vehicle;
    const region reg = c.dept.region();
    if (c.fees->y1 == data::y1_mode::none) {
        add_step(b, step_kind::not_change_of_owner, fee_line::y1, 0, 0, 0, c.fees->since, c.fees->source);
        return true;
    }
    const auto* rate = data::regional_rate(reg, c.on);
    const auto* idfm = data::idfm_surcharge(reg, c.on);
    const std::int64_t idfm_cents = idfm ? idfm->cents_per_cv : 0;

    if (c.fees->y1 == data::y1_mode::one_unit) {
        add_step(b, step_kind::regional_rate, fee_line::y1, rate->cents_per_cv, static_cast<std::int64_t>(reg), 0, rate->since, rate->source);
        if (idfm_cents > 0) add_step(b, step_kind::idfm_surcharge, fee_line::y1, idfm_cents, 0, 0, idfm->since, idfm->source);
        add_step(b, step_kind::fiscal_power_forced, fee_line::y1, 1, 0, 0, c.fees->since, c.fees->source);
        b.y1_idfm = money::cents(idfm_cents);
        b.y1 = money::cents(rate->cents_per_cv) + b.y1_idfm;
        add_step(b, step_kind::y1_amount, fee_line::y1, b.y1.in_cents(), b.y1_idfm.in_cents());
        return true;
    }

    // per CV: a change of owner or an assimilated event.
    const auto& cls = *c.class_rules;
    if (cls.coef_num == 0) {
        const bool moped = c.vclass == data::vehicle_class::moped;
        add_step(b, moped ? step_kind::moped_nil_rate : step_kind::agricultural_nil_rate, fee_line::y1, 0, 0, 0, cls.since, cls.source);
        add_step(b, step_kind::y1_amount, fee_line::y1, 0, 0);
        return true;
    }
    if (!v.fiscal_cv) return failure{errc::missing_field, "cv", "the fiscal power (P.6) is required for the regional tax"};
    if (!v.energy) return failure{errc::missing_field, "energy", "the energy (P.3) is required: clean vehicles may be exempt"};
    if (!c.has_first_registration) return failure{errc::missing_field, "first-registration", "the first registration date (B) is required: the rate is halved at 10 years"};

    std::int64_t num = cls.coef_num;
    std::int64_t den = cls.coef_den;
    add_step(b, step_kind::regional_rate, fee_line::y1, rate->cents_per_cv, static_cast<std::int64_t>(reg), 0, rate->since, rate->source);
    if (idfm_cents > 0) add_step(b, step_kind::idfm_surcharge, fee_line::y1, idfm_cents, 0, 0, idfm->since, idfm->source);
    add_step(b, step_kind::fiscal_power, fee_line::y1, *v.fiscal_cv);
    if (cls.coef_num != cls.coef_den)
        add_step(b, step_kind::genre_coefficient, fee_line::y1, cls.coef_num, cls.coef_den, static_cast<std::int64_t>(c.vclass), cls.since, cls.source);
    if (cls.halved_at_ten && at_least_ten_years_old(c.first_registration, c.on)) {
        den *= 2;
        add_step(b, step_kind::age_half_rate, fee_line::y1, full_years_between(c.first_registration, c.on), 0, 0, {}, "CIBS L.421-45");
    }
    const energy_family fam = family_of(*v.energy);
    if (const auto* clean = clean_reduction(fam, reg, c.on)) {
        add_step(b, step_kind::clean_energy, fee_line::y1, clean->percent_off, static_cast<std::int64_t>(fam), static_cast<std::int64_t>(reg), clean->since, clean->source);
        num *= 100 - clean->percent_off;
        den *= 100;
    }
    const std::int64_t cv = *v.fiscal_cv;
    const money regional = ratio(money::cents(rate->cents_per_cv * cv), num, den);
    b.y1_idfm = ratio(money::cents(idfm_cents * cv), num, den);
    b.y1 = regional + b.y1_idfm;
    add_step(b, step_kind::y1_amount, fee_line::y1, b.y1.in_cents(), b.y1_idfm.in_cents());
    return true;
}

}  // namespace cartegrise::detail

#endif
