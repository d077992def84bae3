// Y.1 — taxe régionale: rate × CV × coefficients, with the Île-de-France Mobilités part.
// CIBS L.421-41 to L.421-54-1.
#ifndef CARTEGRISE_RULES_REGIONAL_TAX_HPP
#define CARTEGRISE_RULES_REGIONAL_TAX_HPP

#include "../data/clean_vehicles.hpp"
#include "clean_vehicles.hpp"
#include "../data/regional_rates.hpp"
#include "../data/rule_sources.hpp"
#include "context.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace detail {

// The clean-vehicle regime of an energy family in a region on a date (nothing for conventional fuels).
constexpr maybe<data::clean_reduction_row> clean_reduction(energy_family f, region reg, date on) noexcept {
    switch (f) {
        case energy_family::electric_or_hydrogen: return electric_reduction(reg, on);
        case energy_family::plugin_hybrid:
        case energy_family::hybrid:
        case energy_family::lpg:
        case energy_family::natural_gas:
        case energy_family::e85:
            if (const auto* row = data::alternative_fuel_reduction(reg, on)) return *row;
            return {};
        case energy_family::conventional: return {};
    }
    return {};
}

template <class Trail>
constexpr result<bool> regional_tax(const quote_context& c, totals& t, Trail& trail) noexcept {
    const auto& v = c.req->vehicle;
    const region reg = c.dept.region();
    if (c.fees->y1 == data::y1_mode::none) {
        trail.add(steps::not_change_of_owner{c.proc, c.fees->source});
        return true;
    }
    const auto* rate = data::regional_rate(reg, c.on);
    const auto* idfm = data::idfm_surcharge(reg, c.on);
    const std::int64_t idfm_cents = idfm ? idfm->cents_per_cv : 0;
    const auto rate_steps = [&] {
        trail.add(steps::regional_rate{money::cents(rate->cents_per_cv), reg, rate->since, rate->source});
        if (idfm_cents > 0) trail.add(steps::idfm_surcharge{money::cents(idfm_cents), idfm->since, idfm->source});
    };

    if (c.fees->y1 == data::y1_mode::one_unit) {
        rate_steps();
        trail.add(steps::fiscal_power_forced{1, c.fees->source});
        t.y1_idfm = money::cents(idfm_cents);
        t.y1 = money::cents(rate->cents_per_cv) + t.y1_idfm;
        trail.add(steps::y1_amount{t.y1, t.y1_idfm});
        return true;
    }

    // per CV: a change of owner or an assimilated event.
    const auto& cls = *c.class_rules;
    if (cls.coef_num == 0) {
        if (c.vclass == vehicle_class::moped) trail.add(steps::moped_nil_rate{cls.source});
        else trail.add(steps::agricultural_nil_rate{c.vclass, cls.source});
        trail.add(steps::y1_amount{});
        return true;
    }
    if (!v.fiscal_cv) return failure{errc::missing_field, request_field::vehicle_fiscal_cv, error_reason::cv_needed_regional_tax};
    if (!v.energy) return failure{errc::missing_field, request_field::vehicle_energy, error_reason::energy_needed_clean_vehicle};
    if (!c.has_first_registration)
        return failure{errc::missing_field, request_field::vehicle_first_registration, error_reason::first_registration_needed_age};

    std::int64_t num = cls.coef_num;
    std::int64_t den = cls.coef_den;
    rate_steps();
    trail.add(steps::fiscal_power{*v.fiscal_cv});
    if (cls.coef_num != cls.coef_den) trail.add(steps::genre_coefficient{cls.coef_num, cls.coef_den, c.vclass, cls.source});
    if (cls.halved_at_ten && at_least_ten_years_old(c.first_registration, c.on)) {
        den *= 2;
        trail.add(steps::age_half_rate{full_years_between(c.first_registration, c.on), data::src::cibs_l421_45});
    }
    const energy_family fam = family_of(*v.energy);
    if (const auto clean = clean_reduction(fam, reg, c.on)) {
        trail.add(steps::clean_energy{clean->percent_off, fam, reg, clean->since, clean->source});
        num *= 100 - clean->percent_off;
        den *= 100;
    }
    const std::int64_t cv = *v.fiscal_cv;
    const money regional = ratio(money::cents(rate->cents_per_cv * cv), num, den);
    t.y1_idfm = ratio(money::cents(idfm_cents * cv), num, den);
    t.y1 = regional + t.y1_idfm;
    trail.add(steps::y1_amount{t.y1, t.y1_idfm});
    return true;
}

}  // namespace detail
CARTEGRISE_END_NAMESPACE

#endif
