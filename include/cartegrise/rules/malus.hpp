// Y.3 — CO2 malus and mass malus on the first registration of a tourism vehicle in France (new cars,
// used imports). CIBS L.421-58 to L.421-81 and L.421-7-2 (import décote from 2025-03-01).
#ifndef CARTEGRISE_RULES_MALUS_HPP
#define CARTEGRISE_RULES_MALUS_HPP

#include "../data/co2_malus.hpp"
#include "../data/import_decote.hpp"
#include "../data/mass_malus.hpp"
#include "../data/rule_sources.hpp"
#include "context.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace detail {

template <class Trail>
constexpr result<money> co2_part(const quote_context& c, bool large_family, Trail& trail) noexcept {
    const auto& r = *c.req;
    const auto& v = r.vehicle;
    const date first = c.first_registration;
    const bool e85 = family_of(*v.energy) == energy_family::e85;
    if (v.without_eu_type_approval) {
        const auto* grid = data::cv_grid_for(first);
        if (grid == nullptr) return money::zero();
        if (first.year() > grid->year) return failure{errc::beyond_table, request_field::vehicle_first_registration, error_reason::power_grid_unknown};
        if (!v.fiscal_cv) return failure{errc::missing_field, request_field::vehicle_fiscal_cv, error_reason::cv_needed_power_grid};
        int cv = *v.fiscal_cv;
        if (e85 && cv <= data::e85_cv_max) cv = cv > data::e85_cv_reduction ? cv - data::e85_cv_reduction : 0;
        const money m = money::euros(grid->euros_for(cv));
        trail.add(steps::co2_power_grid{grid->year, cv, m, grid->since, grid->source});
        return m;
    }
    const auto* grid = data::co2_grid_for(first);
    if (grid == nullptr) return money::zero();  // first registered before 2008: no grid
    if (!v.co2_g_km) return failure{errc::missing_field, request_field::vehicle_co2_g_km, error_reason::co2_needed_malus};
    if (v.cycle && *v.cycle != grid->cycle)
        return failure{errc::invalid_value, request_field::vehicle_cycle,
                       grid->cycle == co2_cycle::wltp ? error_reason::cycle_must_be_wltp : error_reason::cycle_must_be_nedc};
    int grams = *v.co2_g_km;
    if (e85 && grams <= data::e85_co2_max_grams) {
        const int before = grams;
        grams = grams * data::e85_co2_percent_kept / 100;
        trail.add(steps::co2_e85_reduction{data::e85_co2_percent_kept, before, grams, data::src::e85_abatement});
    }
    if (large_family) {
        const int children = r.holder.dependent_children;
        const int removed = children * data::co2_grams_per_child;
        grams = grams > removed ? grams - removed : 0;
        trail.add(steps::co2_family_reduction{removed, children, data::co2_grams_per_child, data::src::cibs_l421_67});
    }
    const money m = money::euros(grid->euros_for(grams));
    trail.add(steps::co2_grid{grid->year, grid->cycle, grams, m, grid->since, grid->source});
    return m;
}

template <class Trail>
constexpr result<money> mass_part(const quote_context& c, bool large_family, Trail& trail) noexcept {
    const auto& r = *c.req;
    const auto& v = r.vehicle;
    const date first = c.first_registration;
    const auto* grid = data::mass_grid_for(first);
    if (grid == nullptr) {
        trail.add(steps::mass_not_due{malus_reason::before_2022_mass, data::src::cibs_l421_71});
        return money::zero();
    }
    const electrification drive = electrification_of(*v.energy);
    int abatement = 0;
    if (drive == electrification::plugin || drive == electrification::non_plugin) {
        const bool plugin = drive == electrification::plugin;
        const auto* row = data::mass_abatement_for(plugin ? data::mass_abatement::plugin_hybrid : data::mass_abatement::hybrid, first);
        if (row && row->kg.is_exempt()) {
            trail.add(steps::mass_not_due{malus_reason::plugin_hybrid_exempt, row->source});
            return money::zero();
        }
        // From 2027 the non-plug-in hybrid abatement needs an electric motor of more than 30 kW
        // ("supérieure à 30 kilowatts", L.421-79-1 as amended by LF 2026).
        bool refused = false;
        if (row && row->kg.amount() > 0 && row->electric_kw.is_condition()) {
            if (!v.electric_power_kw)
                return failure{errc::missing_field, request_field::vehicle_electric_power_kw, error_reason::electric_power_needed};
            if (!row->electric_kw.met_by(*v.electric_power_kw)) {
                refused = true;
                trail.add(steps::hybrid_abatement_refused{*v.electric_power_kw, row->electric_kw.above(), row->since, row->source});
            }
        }
        if (row && row->kg.amount() > 0 && !refused) {
            abatement += row->kg.amount();
            trail.add(steps::mass_abatement{row->kg.amount(), plugin ? mass_abatement_reason::plugin_hybrid : mass_abatement_reason::hybrid, 0, row->since, row->source});
        }
    }
    if (!v.mass_kg) return failure{errc::missing_field, request_field::vehicle_mass_kg, error_reason::mass_needed_malus};
    if (large_family) {
        const int children = r.holder.dependent_children;
        const auto* row = data::mass_abatement_for(data::mass_abatement::per_child, first);
        abatement += row->kg.amount() * children;
        trail.add(steps::mass_abatement{row->kg.amount() * children, mass_abatement_reason::large_family, children, row->since, row->source});
    }
    if (r.holder.legal_person && v.seats && *v.seats >= 8) {
        const auto* row = data::mass_abatement_for(data::mass_abatement::legal_person_8_seats, first);
        abatement += row->kg.amount();
        trail.add(steps::mass_abatement{row->kg.amount(), mass_abatement_reason::many_seats_or_legal_person, 0, row->since, row->source});
    }
    const int taxable = *v.mass_kg > abatement ? *v.mass_kg - abatement : 0;
    const money m = money::euros(grid->euros_for(taxable));
    trail.add(steps::mass_grid{grid->year, taxable, m, grid->since, grid->source});
    return m;
}

// Large families: at least 3 dependent children and a vehicle of at least 5 seats (CIBS L.421-67,
// L.421-79). The seats decide, so they are required when the children qualify.
constexpr result<bool> large_family(const request& r) noexcept {
    if (r.holder.dependent_children < data::large_family_min_children) return false;
    if (!r.vehicle.seats) return failure{errc::missing_field, request_field::vehicle_seats, error_reason::seats_needed_large_family};
    return *r.vehicle.seats >= data::large_family_min_seats;
}

// From 2027 a high average mileage adds a reduction to the décote by bands not known to this version:
// the mileage is checked against the threshold, and refused above it rather than guessed.
template <class Trail>
constexpr result<bool> mileage_check(const quote_context& c, Trail& trail) noexcept {
    const auto* rule = data::mileage_rule_for(c.on);
    if (rule == nullptr) return true;
    const auto& v = c.req->vehicle;
    if (!v.odometer_km) {
        trail.add(steps::mileage_reduction{-1, rule->threshold_km_per_year, rule->since, rule->source});
        return true;
    }
    // Average per year over the full months of age (at least one): the highest reading of "per year".
    const int months = full_months_between(c.first_registration, c.on);
    const std::int64_t average = static_cast<std::int64_t>(*v.odometer_km) * 12 / (months > 0 ? months : 1);
    if (average > rule->threshold_km_per_year) return failure{errc::beyond_table, request_field::vehicle_odometer_km, error_reason::mileage_bands_unknown};
    trail.add(steps::mileage_reduction{static_cast<int>(average), rule->threshold_km_per_year, rule->since, rule->source});
    return true;
}

// A vehicle first registered abroad, or one that escaped the malus (from 2027): the décote by age (a
// tenth per started year until 2025-02-28, the months table from 2025-03-01), or no malus at all for an
// old first registration. -1: no malus.
template <class Trail>
constexpr result<int> age_decote(const quote_context& c, Trail& trail) noexcept {
    const auto& rule = data::decote_rule_for(c.on);
    if (rule.no_malus_before && c.first_registration < *rule.no_malus_before) {
        trail.add(steps::malus_not_due{malus_reason::import_too_old, *rule.no_malus_before, rule.source});
        return -1;
    }
    int decote = 0;
    if (rule.method == data::decote_method::months_table) {
        const int months = started_months_between(c.first_registration, c.on);
        decote = data::decote_percent_for_months(months);
        trail.add(steps::import_decote{decote, months, decote_unit::started_months, c.proc == procedure::import, rule.since, rule.source});
        if (const auto mileage = mileage_check(c, trail); !mileage) return failure{mileage.error()};
    } else {
        const int years = full_years_between(c.first_registration, c.on) + 1;
        decote = years >= 10 ? 100 : years * 10;
        trail.add(steps::import_decote{decote, years, decote_unit::started_years, c.proc == procedure::import, rule.since, rule.source});
    }
    if (decote >= 100) {
        trail.add(steps::malus_not_due{malus_reason::full_decote, {}, rule.source});
        return -1;
    }
    return decote;
}

// The malus is not due for this request: the reason, or nothing when it is due.
constexpr maybe<steps::malus_not_due> malus_exemption(const quote_context& c) noexcept {
    const auto& r = *c.req;
    if (!c.has_class || c.vclass != vehicle_class::tourism) return steps::malus_not_due{malus_reason::not_tourism_vehicle, {}, data::src::cibs_l421_30_4};
    if (family_of(*r.vehicle.energy) == energy_family::electric_or_hydrogen)
        return steps::malus_not_due{malus_reason::electric_or_hydrogen, {}, data::src::cibs_l421_66_78_electric};
    if (r.holder.invalidity_card) return steps::malus_not_due{malus_reason::invalidity, {}, data::src::cibs_l421_66_78_invalidity};
    if (r.vehicle.wheelchair_accessible) return steps::malus_not_due{malus_reason::wheelchair, {}, data::src::cibs_l421_66_78_wheelchair};
    return {};
}

// From 2027 (L.421-36 2°): a change of owner of a vehicle first registered in France from 2015 that paid
// no malus then, by an exemption, pays it now (the rule row, or nothing).
constexpr const data::later_malus_rule* later_malus_rule(const quote_context& c) noexcept {
    if (!c.req->vehicle.no_malus_at_first_registration || c.fees->y1 != data::y1_mode::per_cv || !c.has_first_registration) return nullptr;
    const auto* rule = data::later_malus_rule_for(c.on);
    return rule != nullptr && rule->first_registered_from <= c.first_registration ? rule : nullptr;
}

template <class Trail>
constexpr result<bool> malus(const quote_context& c, totals& t, Trail& trail) noexcept {
    const auto* later = c.fees->y3 ? nullptr : later_malus_rule(c);
    if (!c.fees->y3 && later == nullptr) {
        // A change of owner of a vehicle already registered in France: no malus (CIBS L.421-36).
        if (c.fees->y1 != data::y1_mode::none) trail.add(steps::malus_not_due{malus_reason::not_first_registration_as_vp, {}, data::src::cibs_l421_33_36});
        return true;
    }
    if (later != nullptr) trail.add(steps::later_malus{later->first_registered_from, later->since, later->source});
    const auto& r = *c.req;
    if (c.has_class && c.vclass == vehicle_class::tourism) {
        if (!r.vehicle.energy) return failure{errc::missing_field, request_field::vehicle_energy, error_reason::energy_needed_malus};
        if (!c.has_first_registration)
            return failure{errc::missing_field, request_field::vehicle_first_registration, error_reason::first_registration_needed_grid};
    }
    if (const auto exemption = malus_exemption(c)) {
        trail.add(*exemption);
        return true;
    }
    int decote = 0;
    if (c.proc == procedure::import || later != nullptr) {
        const auto age = age_decote(c, trail);
        if (!age) return failure{age.error()};
        if (*age < 0) return true;
        decote = *age;
    }
    const auto family = large_family(r);
    if (!family) return failure{family.error()};
    const auto co2 = co2_part(c, *family, trail);
    if (!co2) return failure{co2.error()};
    const auto mass = mass_part(c, *family, trail);
    if (!mass) return failure{mass.error()};
    money co2_m = *co2;
    money mass_m = *mass;
    // Combined cap: CO2 + mass never exceed the maximum CO2 malus of the same year (CIBS L.421-74).
    if (const auto* grid = data::co2_grid_for(c.first_registration)) {
        const money cap = money::euros(grid->max_euros());
        if (co2_m + mass_m > cap) {
            trail.add(steps::combined_cap{cap, mass_m, data::src::cibs_l421_74});
            mass_m = cap - co2_m;
        }
    }
    // 2022–2023: the malus may not exceed 50 % of the price incl. VAT (CIBS L.421-61, repealed by LF 2024).
    if (c.on < data::price_cap_end && co2_m + mass_m > money::zero()) {
        if (!r.purchase_price) {
            trail.add(steps::price_cap_unchecked{data::src::cibs_l421_61});
        } else if (const money cap = ratio(*r.purchase_price, 1, 2); co2_m + mass_m > cap) {
            trail.add(steps::price_cap{cap, co2_m + mass_m, data::src::cibs_l421_61});
            mass_m = co2_m > cap ? money::zero() : cap - co2_m;
            co2_m = co2_m > cap ? cap : co2_m;
        }
    }
    if (decote > 0) {
        co2_m = ratio(co2_m, 100 - decote, 100);
        mass_m = ratio(mass_m, 100 - decote, 100);
    }
    t.y3_co2 = co2_m;
    t.y3_mass = mass_m;
    t.y3 = co2_m + mass_m;
    trail.add(steps::y3_amount{co2_m, mass_m});
    return true;
}

}  // namespace detail
CARTEGRISE_END_NAMESPACE

#endif
