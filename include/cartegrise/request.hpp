// request: what a user reads off the certificate and the procedure they file.
// Nothing has a silent meaning: every optional field is unset by default, and a rule that needs an
// unset field answers errc::missing_field naming it (never a guessed value); every flag is false when
// absent and says by its name what `true` means.
//
//     cartegrise::request r{};                        // C++20: designated initialisers
//     r = {.application_date = date{2026, 6, 1}, .holder_department = parse_department("75").value(),
//          .procedure = procedure::used,
//          .vehicle = {.genre = genre::vp, .energy = energy::es, .fiscal_cv = 7,
//                      .first_registration = date{2019, 5, 3}}};
#ifndef CARTEGRISE_REQUEST_HPP
#define CARTEGRISE_REQUEST_HPP

#include "date.hpp"
#include "maybe.hpp"
#include "money.hpp"
#include "procedure.hpp"
#include "territory.hpp"
#include "vehicle.hpp"
#include "version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

struct vehicle_data {
    maybe<cartegrise::genre> genre;              // J.1
    maybe<cartegrise::energy> energy;            // P.3
    maybe<int> fiscal_cv;                        // P.6, administrative power, >= 1
    maybe<date> first_registration;              // B, anywhere in the world
    maybe<int> co2_g_km;                         // V.7
    maybe<co2_cycle> cycle;                      // unset: the cycle in force on the date of B
    maybe<int> mass_kg;                          // G.1, mass in running order
    maybe<int> ptac_kg;                          // F.2, technically permissible laden mass
    maybe<int> cylinder_cm3;                     // P.1
    maybe<int> seats;                            // S.1, seating positions
    maybe<registration_system> register_system;  // FNI or SIV, for duplicata and address changes
    maybe<int> electric_power_kw;                // maximum net power of the electric motor, kW (hybrids, 2027)
    maybe<int> odometer_km;                      // mileage, km (the décote's mileage reduction, 2027)
    // P.2, maximum net power in kW (for an electric vehicle, the maximum 30-minute power): an import
    // that has no French P.6 yet has it computed (fiscal_power.hpp).
    maybe<int> max_net_power_kw;
    bool without_eu_type_approval = false;       // no EU (community) type approval: power-based malus grid
    bool wheelchair_accessible = false;          // fitted for a wheelchair (malus exemption)
    // It paid no malus (or a nil one) at its first registration in France, by an exemption (invalidity
    // card, wheelchair, large family, diplomat): from 2027 a later change of owner pays it (L.421-36 2°).
    bool no_malus_at_first_registration = false;
};

struct holder_data {
    bool invalidity_card = false;  // CMI "invalidité" or military invalidity card (malus exemption)
    int dependent_children = 0;    // large families: from 3 children (malus reductions)
    bool legal_person = false;     // a company or association
};

struct request {
    maybe<date> application_date;         // date the certificate is issued
    maybe<department> holder_department;  // of the holder's address
    maybe<cartegrise::procedure> procedure;
    vehicle_data vehicle;
    holder_data holder;
    maybe<money> purchase_price;          // incl. VAT; only for the 2022–2023 50 % malus cap
    maybe<int> address_change_rank;       // 1 for the first change of address of this certificate...
};

// Plausible bounds of the integer fields: beyond them the input is a typo, not a vehicle
// (errc::invalid_value, error_reason::out_of_range).
struct request_limits {
    static constexpr int max_fiscal_cv = 999;
    static constexpr int max_co2_g_km = 999;
    static constexpr int max_mass_kg = 99999;
    static constexpr int max_cylinder_cm3 = 99999;
    static constexpr int max_children = 30;
    static constexpr int max_seats = 99;
    static constexpr int max_address_change_rank = 99;
    static constexpr int max_electric_power_kw = 9999;
    static constexpr int max_odometer_km = 9999999;
    static constexpr int max_net_power_kw = 9999;
};

CARTEGRISE_END_NAMESPACE

#endif
