// Checks a request before any rule reads it: every error names its field and its reason; nothing is
// guessed.
#ifndef CARTEGRISE_RULES_VALIDATE_HPP
#define CARTEGRISE_RULES_VALIDATE_HPP

#include <cstddef>
#include <utility>

#include "../data/vintage.hpp"
#include "../request_fields.hpp"
#include "../result.hpp"
#include "context.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace detail {

// The SIV took over from the FNI on 2009-04-15 for new vehicles: later registrations have no FNI number.
inline constexpr date siv_start{2009, 4, 15};
// A collection certificate needs a vehicle of more than 30 years.
inline constexpr int collection_min_years = 30;

using rf = request_field;
using why = error_reason;

constexpr result<vehicle_class> classify(const request& r) noexcept {
    const auto& v = r.vehicle;
    using vc = vehicle_class;
    switch (*v.genre) {
        case genre::vp: return vc::tourism;
        case genre::ctte: return vc::light_utility;
        case genre::vasp:
            if (!v.ptac_kg) return failure{errc::missing_field, rf::vehicle_ptac_kg, why::ptac_needed_vasp};
            return *v.ptac_kg > data::ptac_light_limit_kg ? vc::vasp_heavy : vc::vasp_light;
        case genre::mtl: case genre::mtt1: case genre::mtt2: case genre::mtte: case genre::moto: return vc::motorcycle;
        case genre::cl: case genre::cycl:
            if (v.cylinder_cm3 && *v.cylinder_cm3 > data::moped_max_cylinder_cm3)
                return failure{errc::not_applicable, rf::vehicle_cylinder_cm3, why::moped_over_50_cm3};
            return vc::moped;
        case genre::tm: return vc::tricycle;
        case genre::qm: return vc::quadricycle;
        case genre::cam:
            if (!v.ptac_kg) return failure{errc::missing_field, rf::vehicle_ptac_kg, why::ptac_needed_truck};
            if (*v.ptac_kg <= data::ptac_light_limit_kg) return failure{errc::not_applicable, rf::vehicle_ptac_kg, why::truck_too_light};
            if (*v.ptac_kg >= data::ptac_heavy_from_kg) return vc::truck_heavy;
            return *v.ptac_kg >= data::ptac_medium_from_kg ? vc::truck_medium : vc::truck_light;
        case genre::tcp: return vc::bus;
        case genre::trr:
            if (!v.ptac_kg) return failure{errc::missing_field, rf::vehicle_ptac_kg, why::ptac_needed_tractor};
            return *v.ptac_kg > data::ptac_light_limit_kg ? vc::road_tractor_heavy : vc::road_tractor_light;
        case genre::tra: case genre::maga: case genre::miar: return vc::agricultural;
        case genre::rea: case genre::srea: case genre::rem: case genre::srem: case genre::resp:
        case genre::srsp: case genre::retc: case genre::srtc: case genre::srat: return vc::trailer;
    }
    return failure{errc::unknown_genre, rf::vehicle_genre, why::unknown_code};
}

// A number outside its descriptor's bounds (request_fields.hpp): out_of_range or what the row says
// (a negative CO2 figure, one beyond every grid). The descriptor is known at compile time: its reader
// is inlined and an unbounded field skipped (a loop through the readers' pointers cost every quote
// about 360 instructions).
template <std::size_t I>
constexpr bool in_bounds(const request& r) noexcept {
    constexpr const field_descriptor& d = request_field_descriptors()[I];
    if constexpr (!d.bounded()) {
        return true;
    } else {
        constexpr auto read = d.get;
        const field_value v = read(r);
        return !v.set || (v.n >= d.min && v.n <= d.max);
    }
}
constexpr failure bounds_failure(const request& r, const field_descriptor& d) noexcept {
    const why w = d.get(r).n < d.min ? d.below : d.above;
    return failure{w == why::co2_beyond_grids ? errc::beyond_table : errc::invalid_value, d.field, w};
}
template <std::size_t... I>
constexpr result<bool> check_all_bounds(const request& r, std::index_sequence<I...>) noexcept {
    std::size_t first_bad = sizeof...(I);
    (void)((in_bounds<I>(r) || (first_bad = I, false)) && ...);
    if (first_bad == sizeof...(I)) return true;
    return bounds_failure(r, request_field_descriptors()[first_bad]);
}

// The values of the fields, each on its own: codes within their enums, numbers within their bounds.
constexpr result<bool> check_values(const request& r) noexcept {
    const auto& v = r.vehicle;
    const auto bad = [](rf f, why w) { return failure{errc::invalid_value, f, w}; };
    if (v.genre && static_cast<std::size_t>(*v.genre) >= genre_count) return failure{errc::unknown_genre, rf::vehicle_genre, why::unknown_code};
    if (v.energy && static_cast<std::size_t>(*v.energy) >= energy_count) return failure{errc::unknown_energy, rf::vehicle_energy, why::unknown_code};
    // The enums have a fixed underlying type, so any byte is a value: one outside the enumerators is
    // refused here rather than read as SIV or as "not the grid's cycle" further on.
    if (v.cycle && *v.cycle != co2_cycle::nedc && *v.cycle != co2_cycle::wltp) return bad(rf::vehicle_cycle, why::unknown_code);
    if (v.register_system && *v.register_system != registration_system::siv && *v.register_system != registration_system::fni)
        return bad(rf::vehicle_register_system, why::unknown_code);
    return check_all_bounds(r, std::make_index_sequence<request_field_descriptor_count>{});
}

// Combinations that cannot be filed.
constexpr result<bool> check_combinations(const request& r, const quote_context& c) noexcept {
    const auto& v = r.vehicle;
    const auto na = [](rf f, why w) { return failure{errc::not_applicable, f, w}; };
    if (c.proc == procedure::collection) {
        if (!c.has_first_registration) return failure{errc::missing_field, rf::vehicle_first_registration, why::collection_needs_age};
        if (c.first_registration.add_years(collection_min_years) > c.on) return na(rf::vehicle_first_registration, why::collection_needs_age);
    }
    if ((c.proc == procedure::duplicate || c.proc == procedure::address) && !v.register_system)
        return failure{errc::missing_field, rf::vehicle_register_system, why::register_needed};
    const bool fni = v.register_system && *v.register_system == registration_system::fni;
    if (fni && c.has_first_registration && c.first_registration >= siv_start && c.proc != procedure::new_vehicle)
        return na(rf::vehicle_register_system, why::fni_after_siv_start);
    if (c.proc == procedure::address && !fni && !r.address_change_rank)
        return failure{errc::missing_field, rf::address_change_rank, why::address_rank_needed};
    if ((c.proc == procedure::new_vehicle || c.proc == procedure::import) && fni) return na(rf::vehicle_register_system, why::first_registration_in_siv);
    // P.2 stands in for P.6 only where no French certificate gives P.6 yet (fiscal_power.hpp).
    if (v.max_net_power_kw && !v.fiscal_cv && c.proc != procedure::import)
        return na(rf::vehicle_max_net_power_kw, why::fiscal_power_only_for_import);
    if ((c.proc == procedure::new_vehicle || c.proc == procedure::import) && v.no_malus_at_first_registration)
        return na(rf::vehicle_no_malus_at_first_registration, why::later_malus_not_first);
    return true;
}

// Fills `c` with the checked facts of `r`, or says which field stops it.
constexpr result<bool> validate(const request& r, quote_context& c) noexcept {
    c.req = &r;
    if (!r.application_date) return failure{errc::missing_field, rf::application_date, why::required};
    if (!r.application_date->ok()) return failure{errc::invalid_value, rf::application_date, why::not_a_calendar_date};
    if (*r.application_date < first_supported_date) return failure{errc::date_out_of_range, rf::application_date, why::before_first_supported_date};
    c.on = *r.application_date;
    if (!r.holder_department) return failure{errc::missing_field, rf::holder_department, why::required};
    if (!r.holder_department->ok()) return failure{errc::unknown_department, rf::holder_department, why::unknown_code};
    c.dept = *r.holder_department;
    if (!r.procedure) return failure{errc::missing_field, rf::procedure, why::required};
    if (static_cast<std::size_t>(*r.procedure) >= procedure_count) return failure{errc::unknown_procedure, rf::procedure, why::unknown_code};
    c.proc = *r.procedure;
    c.fees = data::procedure_fee_rules(c.proc, c.on);
    if (const auto values = check_values(r); !values) return failure{values.error()};

    const auto& v = r.vehicle;
    if (v.first_registration) {
        const date b = *v.first_registration;
        if (!b.ok()) return failure{errc::invalid_value, rf::vehicle_first_registration, why::not_a_calendar_date};
        if (c.on < b) return failure{errc::date_out_of_range, rf::vehicle_first_registration, why::after_application};
        // A new vehicle's first registration (B) is this application: another date would pick another
        // year's malus grid, so it is refused rather than guessed between.
        if (c.proc == procedure::new_vehicle && b != c.on)
            return failure{errc::not_applicable, rf::vehicle_first_registration, why::new_vehicle_first_registration};
        c.has_first_registration = true;
        c.first_registration = b;
    } else if (c.proc == procedure::new_vehicle) {
        c.has_first_registration = true;  // B is printed with the date of this application
        c.first_registration = c.on;
    }

    if (!v.genre) {
        if (c.proc != procedure::w_garage) return failure{errc::missing_field, rf::vehicle_genre, why::required};
    } else {
        const auto cls = classify(r);
        if (!cls) return failure{cls.error()};
        c.has_class = true;
        c.vclass = *cls;
        c.class_rules = data::vehicle_class_rules(c.vclass, c.on);
    }
    if (const auto combos = check_combinations(r, c); !combos) return failure{combos.error()};
    return true;
}

}  // namespace detail
CARTEGRISE_END_NAMESPACE

#endif
