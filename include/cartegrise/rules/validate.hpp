// Checks a request before any rule reads it: every error names its field; nothing is guessed.
#ifndef CARTEGRISE_RULES_VALIDATE_HPP
#define CARTEGRISE_RULES_VALIDATE_HPP

#include "../data/table.hpp"
#include "../result.hpp"
#include "context.hpp"

namespace cartegrise::detail {

// Plausible bounds of the integer fields (beyond them the input is a typo, not a vehicle).
inline constexpr int max_fiscal_cv = 999;
inline constexpr int max_co2_g_km = 999;
inline constexpr int max_mass_kg = 99999;
inline constexpr int max_cylinder_cm3 = 99999;
inline constexpr int max_children = 30;
inline constexpr int max_seats = 99;
// The SIV took over from the FNI on 2009-04-15 for new vehicles: later registrations have no FNI number.
inline constexpr date siv_start{2009, 4, 15};
// A collection certificate needs a vehicle of more than 30 years.
inline constexpr int collection_min_years = 30;

constexpr result<data::vehicle_class> classify(const request& r) noexcept {
    const auto& v = r.vehicle;
    using vc = data::vehicle_class;
    const auto need_ptac = [&]() -> bool { return v.ptac_kg.has_value(); };
    switch (*v.genre) {
        case genre::vp: return vc::tourism;
        case genre::ctte: return vc::light_utility;
        case genre::vasp:
            if (!need_ptac()) return failure{errc::missing_field, "ptac", "a VASP needs its PTAC (F.2): the rate differs above 3 500 kg"};
            return *v.ptac_kg > data::ptac_light_limit_kg ? vc::vasp_heavy : vc::vasp_light;
        case genre::mtl: case genre::mtt1: case genre::mtt2: case genre::mtte: case genre::moto: return vc::motorcycle;
        case genre::cl: case genre::cycl:
            if (v.cylinder_cm3 && *v.cylinder_cm3 > data::moped_max_cylinder_cm3)
                return failure{errc::not_applicable, "cylinder", "a moped (CL, CYCL) has at most 50 cm3: check J.1 and P.1"};
            return vc::moped;
        case genre::tm: return vc::tricycle;
        case genre::qm: return vc::quadricycle;
        case genre::cam:
            if (!need_ptac()) return failure{errc::missing_field, "ptac", "a truck (CAM) needs its PTAC (F.2) for the transport tax"};
            if (*v.ptac_kg <= data::ptac_light_limit_kg)
                return failure{errc::not_applicable, "ptac", "a truck (CAM, N2/N3) has a PTAC above 3 500 kg; lighter goods vehicles are CTTE"};
            if (*v.ptac_kg >= data::ptac_heavy_from_kg) return vc::truck_heavy;
            return *v.ptac_kg >= data::ptac_medium_from_kg ? vc::truck_medium : vc::truck_light;
        case genre::tcp: return vc::bus;
        case genre::trr:
            if (!need_ptac()) return failure{errc::missing_field, "ptac", "a road tractor (TRR) needs its PTAC (F.2): N1 and heavier tractors differ"};
            return *v.ptac_kg > data::ptac_light_limit_kg ? vc::road_tractor_heavy : vc::road_tractor_light;
        case genre::tra: case genre::maga: case genre::miar: return vc::agricultural;
        case genre::rea: case genre::srea: case genre::rem: case genre::srem: case genre::resp:
        case genre::srsp: case genre::retc: case genre::srtc: case genre::srat: return vc::trailer;
    }
    return failure{errc::unknown_genre, "genre", "unknown genre code (J.1)"};
}

constexpr bool out_of(const maybe<int>& v, int lo, int hi) noexcept { return v && (*v < lo || *v > hi); }

constexpr result<quote_context> validate(const request& r) noexcept {
    quote_context c{};
    c.req = &r;
    if (!r.application_date) return failure{errc::missing_field, "date", "the application date is required"};
    if (!r.application_date->ok()) return failure{errc::invalid_value, "date", "the application date is not a valid calendar date"};
    if (*r.application_date < first_supported_date)
        return failure{errc::date_out_of_range, "date", "applications before 2022-01-01 are outside the tables (CIBS in force from 2022)"};
    c.on = *r.application_date;
    if (!r.holder_department) return failure{errc::missing_field, "department", "the department of the holder's address is required"};
    if (r.holder_department->index() >= department_count) return failure{errc::unknown_department, "department", "unknown department"};
    c.dept = *r.holder_department;
    if (!r.procedure) return failure{errc::missing_field, "procedure", "the procedure is required"};
    if (static_cast<std::size_t>(*r.procedure) >= procedure_count) return failure{errc::unknown_procedure, "procedure", "unknown procedure"};
    c.proc = *r.procedure;
    c.fees = data::procedure_fee_rules(c.proc, c.on);

    const auto& v = r.vehicle;
    if (v.genre && static_cast<std::size_t>(*v.genre) >= genre_count) return failure{errc::unknown_genre, "genre", "unknown genre code (J.1)"};
    if (v.energy && static_cast<std::size_t>(*v.energy) >= energy_count) return failure{errc::unknown_energy, "energy", "unknown energy code (P.3)"};
    // The enums have a fixed underlying type, so any byte is a value: one outside the enumerators is
    // refused here rather than read as SIV or as "not the grid's cycle" further on.
    if (v.cycle && *v.cycle != co2_cycle::nedc && *v.cycle != co2_cycle::wltp)
        return failure{errc::invalid_value, "cycle", "unknown CO2 test cycle (NEDC or WLTP)"};
    if (v.register_system && *v.register_system != registration_system::siv && *v.register_system != registration_system::fni)
        return failure{errc::invalid_value, "register", "unknown registration system (SIV or FNI)"};
    if (out_of(v.fiscal_cv, 1, max_fiscal_cv)) return failure{errc::invalid_value, "cv", "the fiscal power (P.6) must be between 1 and 999 CV"};
    if (v.co2_g_km && *v.co2_g_km < 0) return failure{errc::invalid_value, "co2", "CO2 (V.7) cannot be negative"};
    if (v.co2_g_km && *v.co2_g_km > max_co2_g_km) return failure{errc::beyond_table, "co2", "CO2 (V.7) above 999 g/km is beyond every grid"};
    if (out_of(v.mass_kg, 1, max_mass_kg)) return failure{errc::invalid_value, "mass", "the mass in running order (G.1) must be between 1 and 99 999 kg"};
    if (out_of(v.ptac_kg, 1, max_mass_kg)) return failure{errc::invalid_value, "ptac", "the PTAC (F.2) must be between 1 and 99 999 kg"};
    if (out_of(v.cylinder_cm3, 0, max_cylinder_cm3)) return failure{errc::invalid_value, "cylinder", "the cylinder capacity (P.1) must be between 0 and 99 999 cm3"};
    if (out_of(v.seats, 1, max_seats)) return failure{errc::invalid_value, "seats", "the number of seats (S.1) must be between 1 and 99"};
    if (r.holder.dependent_children < 0 || r.holder.dependent_children > max_children)
        return failure{errc::invalid_value, "children", "the number of dependent children must be between 0 and 30"};
    if (r.purchase_price && r.purchase_price->in_cents() < 0) return failure{errc::invalid_value, "price", "the purchase price cannot be negative"};
    if (r.address_change_rank && (*r.address_change_rank < 1 || *r.address_change_rank > 99))
        return failure{errc::invalid_value, "address-change", "the rank of the address change must be between 1 and 99"};

    if (v.first_registration) {
        if (!v.first_registration->ok()) return failure{errc::invalid_value, "first-registration", "the first registration date (B) is not a valid calendar date"};
        if (c.on < *v.first_registration)
            return failure{errc::date_out_of_range, "first-registration", "the first registration (B) is after the application date"};
        // A new vehicle's first registration (B) is this application: another date would pick another
        // year's malus grid, so it is refused rather than guessed between.
        if (c.proc == procedure::new_vehicle && *v.first_registration != c.on)
            return failure{errc::not_applicable, "first-registration",
                           "a new vehicle is first registered by this application: leave B unset or give the application date"};
        c.has_first_registration = true;
        c.first_registration = *v.first_registration;
    } else if (c.proc == procedure::new_vehicle) {
        // A new vehicle's first registration is this application (B is printed with its date).
        c.has_first_registration = true;
        c.first_registration = c.on;
    }

    if (!v.genre) {
        if (c.proc != procedure::w_garage) return failure{errc::missing_field, "genre", "the genre (J.1) is required"};
    } else {
        const auto cls = classify(r);
        if (!cls) return failure{cls.get_error()};
        c.has_class = true;
        c.vclass = *cls;
        c.class_rules = data::vehicle_class_rules(c.vclass, c.on);
    }

    // Combinations that cannot be filed.
    if (c.proc == procedure::collection) {
        if (!c.has_first_registration) return failure{errc::missing_field, "first-registration", "a collection certificate needs the first registration date (B)"};
        if (c.first_registration.add_years(collection_min_years) > c.on)
            return failure{errc::not_applicable, "first-registration", "a collection certificate needs a vehicle of more than 30 years"};
    }
    if (c.proc == procedure::duplicate || c.proc == procedure::address) {
        if (!v.register_system) return failure{errc::missing_field, "register", "say whether the number is SIV (AB-123-CD) or FNI (123 ABC 45)"};
    }
    if (v.register_system && *v.register_system == registration_system::fni && c.has_first_registration && c.first_registration >= siv_start && c.proc != procedure::new_vehicle)
        return failure{errc::not_applicable, "register", "a vehicle first registered from 2009-04-15 has an SIV number, not an FNI one"};
    if (c.proc == procedure::address && *v.register_system == registration_system::siv && !r.address_change_rank)
        return failure{errc::missing_field, "address-change", "on an SIV certificate the rank of the address change decides the fee (the first three give a sticker)"};
    if ((c.proc == procedure::new_vehicle || c.proc == procedure::import) && v.register_system && *v.register_system == registration_system::fni)
        return failure{errc::not_applicable, "register", "a first registration in France is always in the SIV"};
    return c;
}

}  // namespace cartegrise::detail

#endif
