// Y.3 — CO2 malus and mass malus on the first registration of a tourism vehicle in France (new cars,
// used imports). CIBS L.421-58 to L.421-81 and L.421-7-2 (import décote from 2025-03-01).
#ifndef CARTEGRISE_RULES_MALUS_HPP
#define CARTEGRISE_RULES_MALUS_HPP

#include "../data/co2_malus.hpp"
#include "../data/import_decote.hpp"
#include "../data/mass_malus.hpp"
#include "context.hpp"

namespace cartegrise::detail {

// The 50 % of the price cap (CIBS L.421-61) applied to issuances of 2022 and 2023; repealed by LF 2024.
inline constexpr date price_cap_end{2024, 1, 1};
// E85: the grams (not the amount) are reduced by 40 % unless above 250 g/km; on the power grid, 2 CV off
// unless above 12 CV. Figures and sources in data/co2_malus.hpp.
inline constexpr int e85_percent_kept = data::e85_co2_percent_kept;
inline constexpr int e85_max_grams = data::e85_co2_max_grams;

constexpr void malus_not_due(breakdown& b, malus_reason why, std::string_view source) noexcept {
    add_step(b, step_kind::malus_not_due, fee_line::y3, static_cast<std::int64_t>(why), 0, 0, {}, source);
}

struct malus_parts {
    money co2;
    money mass;
};

constexpr result<money> co2_part(const quote_context& c, bool large_family, breakdown& b) noexcept {
    const auto& r = *c.req;
    const auto& v = r.vehicle;
    const date first = c.first_registration;
    if (!v.eu_type_approval) {
        const auto* grid = data::cv_grid_for(first);
        if (grid == nullptr) return money::zero();
        if (first.year() > grid->year)
            return failure{errc::beyond_table, "first-registration", "no power-based malus grid is known for that year (vehicles without EU type approval)"};
        if (!v.fiscal_cv) return failure{errc::missing_field, "cv", "the fiscal power (P.6) is required for the power-based malus grid"};
        int cv = *v.fiscal_cv;
        if (family_of(*v.energy) == energy_family::e85 && cv <= data::e85_cv_max) cv = cv > data::e85_cv_reduction ? cv - data::e85_cv_reduction : 0;
        const money m = money::euros(grid->euros_for(cv));
        add_step(b, step_kind::co2_power_grid, fee_line::y3, grid->year, cv, m.in_cents(), grid->since, grid->source);
        return m;
    }
    const auto* grid = data::co2_grid_for(first);
    if (grid == nullptr) return money::zero();  // first registered before 2008: no grid
    if (!v.co2_g_km) return failure{errc::missing_field, "co2", "CO2 (V.7) is required for the malus of a tourism vehicle"};
    if (v.cycle && *v.cycle != grid->cycle)
        return failure{errc::invalid_value, "cycle", grid->cycle == co2_cycle::wltp
                                                         ? "vehicles first registered from 2020-03-01 are taxed on their WLTP CO2"
                                                         : "vehicles first registered before 2020-03-01 are taxed on their NEDC CO2"};
    int grams = *v.co2_g_km;
    if (family_of(*v.energy) == energy_family::e85 && grams <= e85_max_grams) {
        const int before = grams;
        grams = grams * e85_percent_kept / 100;
        add_step(b, step_kind::co2_e85_reduction, fee_line::y3, e85_percent_kept, before, 0, {}, data::e85_source);
    }
    const int children = r.holder.dependent_children;
    if (large_family) {
        const int removed = children * data::co2_grams_per_child;
        grams = grams > removed ? grams - removed : 0;
        add_step(b, step_kind::co2_family_reduction, fee_line::y3, removed, children, 0, {}, "CIBS L.421-67 (large families)");
    }
    const money m = money::euros(grid->euros_for(grams));
    add_step(b, step_kind::co2_grid, fee_line::y3, grid->year, grams, m.in_cents(), grid->since, grid->source);
    return m;
}

constexpr result<money> mass_part(const quote_context& c, bool large_family, breakdown& b) noexcept {
    const auto& r = *c.req;
    const auto& v = r.vehicle;
    const date first = c.first_registration;
    const auto* grid = data::mass_grid_for(first);
    if (grid == nullptr) {
        add_step(b, step_kind::mass_not_due, fee_line::y3, static_cast<std::int64_t>(malus_reason::before_2022_mass), 0, 0, {}, "CIBS L.421-71 (from 2022)");
        return money::zero();
    }
    const electrification drive = electrification_of(*v.energy);
    int abatement = 0;
    if (drive == electrification::plugin || drive == electrification::non_plugin) {
        const auto kind = drive == electrification::plugin ? data::mass_abatement::plugin_hybrid : data::mass_abatement::hybrid;
        const auto* row = data::mass_abatement_for(kind, first);
        if (row && row->kg < 0) {
            add_step(b, step_kind::mass_not_due, fee_line::y3, static_cast<std::int64_t>(malus_reason::plugin_hybrid_exempt), 0, 0, row->since, row->source);
            return money::zero();
        }
        if (row && row->kg > 0) {
            abatement += row->kg;
            add_step(b, step_kind::mass_abatement, fee_line::y3, row->kg,
                     static_cast<std::int64_t>(kind == data::mass_abatement::plugin_hybrid ? mass_abatement_reason::plugin_hybrid : mass_abatement_reason::hybrid),
                     0, row->since, row->source);
        }
    }
    if (!v.mass_kg) return failure{errc::missing_field, "mass", "the mass in running order (G.1) is required for the mass malus (first registrations from 2022)"};
    const int children = r.holder.dependent_children;
    if (large_family) {
        const auto* row = data::mass_abatement_for(data::mass_abatement::per_child, first);
        abatement += row->kg * children;
        add_step(b, step_kind::mass_abatement, fee_line::y3, row->kg * children, static_cast<std::int64_t>(mass_abatement_reason::large_family), children, row->since, row->source);
    }
    if (r.holder.legal_person && v.seats && *v.seats >= 8) {
        const auto* row = data::mass_abatement_for(data::mass_abatement::legal_person_8_seats, first);
        abatement += row->kg;
        add_step(b, step_kind::mass_abatement, fee_line::y3, row->kg, static_cast<std::int64_t>(mass_abatement_reason::many_seats_or_legal_person), 0, row->since, row->source);
    }
    const int taxable = *v.mass_kg > abatement ? *v.mass_kg - abatement : 0;
    const money m = money::euros(grid->euros_for(taxable));
    add_step(b, step_kind::mass_grid, fee_line::y3, grid->year, taxable, m.in_cents(), grid->since, grid->source);
    return m;
}

// Large families: at least 3 dependent children and a vehicle of at least 5 seats (CIBS L.421-67,
// L.421-79). The seats decide, so they are required when the children qualify.
constexpr result<bool> large_family(const request& r) noexcept {
    if (r.holder.dependent_children < data::large_family_min_children) return false;
    if (!r.vehicle.seats)
        return failure{errc::missing_field, "seats", "the large-family reduction needs the number of seats (S.1): at least 5"};
    return *r.vehicle.seats >= data::large_family_min_seats;
}

constexpr result<bool> malus(const quote_context& c, breakdown& b) noexcept {
    if (!c.fees->y3) {
        // A change of owner of a vehicle already registered in France: no malus (CIBS L.421-36).
        if (c.fees->y1 != data::y1_mode::none)
            malus_not_due(b, malus_reason::not_first_registration_as_vp, "CIBS L.421-33 3°, L.421-36");
        return true;
    }
    const auto& r = *c.req;
    const auto& v = r.vehicle;
    if (!c.has_class || c.vclass != data::vehicle_class::tourism) {
        malus_not_due(b, malus_reason::not_tourism_vehicle, "CIBS L.421-30 4° (tourism vehicles only)");
        return true;
    }
    if (!v.energy) return failure{errc::missing_field, "energy", "the energy (P.3) is required: electric vehicles pay no malus"};
    if (!c.has_first_registration) return failure{errc::missing_field, "first-registration", "the first registration date (B) chooses the malus grid"};
    if (family_of(*v.energy) == energy_family::electric_or_hydrogen) {
        malus_not_due(b, malus_reason::electric_or_hydrogen, "CIBS L.421-66, L.421-78 (electricity / hydrogen)");
        return true;
    }
    if (r.holder.invalidity_card) {
        malus_not_due(b, malus_reason::invalidity, "CIBS L.421-66, L.421-78 (invalidity card holders)");
        return true;
    }
    if (v.wheelchair_accessible) {
        malus_not_due(b, malus_reason::wheelchair, "CIBS L.421-66, L.421-78 (wheelchair-accessible vehicles)");
        return true;
    }
    // Import: décote by age; from 2025-03-01 nothing before 2015-01-01.
    int decote = 0;
    if (c.proc == procedure::import) {
        const auto& rule = data::decote_rule_for(c.on);
        if (rule.no_malus_before.ok() && c.first_registration < rule.no_malus_before) {
            malus_not_due(b, malus_reason::import_too_old, rule.source);
            return true;
        }
        if (rule.method == data::decote_method::months_table) {
            const int months = started_months_between(c.first_registration, c.on);
            decote = data::decote_percent_for_months(months);
            add_step(b, step_kind::import_decote, fee_line::y3, decote, months, 1, rule.since, rule.source);
        } else {
            const int years = full_years_between(c.first_registration, c.on) + 1;
            decote = years >= 10 ? 100 : years * 10;
            add_step(b, step_kind::import_decote, fee_line::y3, decote, years, 0, rule.since, rule.source);
        }
        if (decote >= 100) {
            malus_not_due(b, malus_reason::full_decote, rule.source);
            return true;
        }
    }
    const auto family = large_family(r);
    if (!family) return failure{family.get_error()};
    const auto co2 = co2_part(c, *family, b);
    if (!co2) return failure{co2.get_error()};
    const auto mass = mass_part(c, *family, b);
    if (!mass) return failure{mass.get_error()};
    money co2_m = *co2;
    money mass_m = *mass;
    // Combined cap: CO2 + mass never exceed the maximum CO2 malus of the same year (CIBS L.421-74).
    if (const auto* grid = data::co2_grid_for(c.first_registration)) {
        const money cap = money::euros(grid->max_euros());
        if (co2_m + mass_m > cap) {
            const money before = mass_m;
            mass_m = cap - co2_m;
            add_step(b, step_kind::combined_cap, fee_line::y3, cap.in_cents(), before.in_cents(), 0, grid->since, "CIBS L.421-74");
        }
    }
    // 2022–2023: the malus may not exceed 50 % of the price incl. VAT (CIBS L.421-61, repealed by LF 2024).
    if (c.on < price_cap_end && co2_m + mass_m > money::zero()) {
        if (!r.purchase_price) {
            add_step(b, step_kind::price_cap_unchecked, fee_line::y3, 0, 0, 0, {}, "CIBS L.421-61");
        } else {
            const money cap = ratio(*r.purchase_price, 1, 2);
            if (co2_m + mass_m > cap) {
                const money before = co2_m + mass_m;
                if (co2_m > cap) { co2_m = cap; mass_m = money::zero(); }
                else { mass_m = cap - co2_m; }
                add_step(b, step_kind::price_cap, fee_line::y3, cap.in_cents(), before.in_cents(), 0, {}, "CIBS L.421-61");
            }
        }
    }
    if (decote > 0) {
        co2_m = ratio(co2_m, 100 - decote, 100);
        mass_m = ratio(mass_m, 100 - decote, 100);
    }
    b.y3_co2 = co2_m;
    b.y3_mass = mass_m;
    b.y3 = co2_m + mass_m;
    add_step(b, step_kind::y3_amount, fee_line::y3, b.y3.in_cents(), co2_m.in_cents(), mass_m.in_cents());
    return true;
}

}  // namespace cartegrise::detail

#endif
