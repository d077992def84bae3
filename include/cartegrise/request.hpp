// request: what a user reads off the certificate and the procedure they file.
// Every field a rule may need is optional and unset by default: a rule that needs an unset field
// answers errc::missing_field naming it, never a guessed value.
#ifndef CARTEGRISE_REQUEST_HPP
#define CARTEGRISE_REQUEST_HPP

#include "maybe.hpp"

#include "date.hpp"
#include "money.hpp"
#include "procedure.hpp"
#include "territory.hpp"
#include "vehicle.hpp"

namespace cartegrise {

// Test cycle of the CO2 figure in V.7: NEDC up to 2020-02-29, WLTP from 2020-03-01.
enum class co2_cycle : std::uint8_t { nedc, wltp };

constexpr std::string_view to_string(co2_cycle c) noexcept { return c == co2_cycle::nedc ? "nedc" : "wltp"; }

struct vehicle_data {
    maybe<enum genre> genre;                  // J.1
    maybe<enum energy> energy;                // P.3
    maybe<int> fiscal_cv;                     // P.6, administrative power, >= 1
    maybe<date> first_registration;           // B, anywhere in the world
    maybe<int> co2_g_km;                      // V.7
    maybe<co2_cycle> cycle;                   // unset: the cycle in force on the date of B
    maybe<int> mass_kg;                       // G.1, mass in running order
    maybe<int> ptac_kg;                       // F.2, technically permissible laden mass
    maybe<int> cylinder_cm3;                  // P.1
    maybe<int> seats;                         // S.1, seating positions
    maybe<registration_system> register_system;  // FNI or SIV, for duplicata and address changes
    bool eu_type_approval = true;   // false: no EU (community) type approval → power-based malus grid
    bool collection = false;        // "véhicule de collection" (over 30 years, collection certificate)
    bool demonstration = false;     // dealer demonstration vehicle
    bool wheelchair_accessible = false;  // fitted for a wheelchair (malus exemption)
};

struct holder_data {
    bool invalidity_card = false;   // CMI "invalidité" or military invalidity card (malus exemption)
    int dependent_children = 0;     // large families: from 3 children (malus reductions)
    bool legal_person = false;      // a company or association
};

struct request {
    maybe<date> application_date;     // date the certificate is issued
    maybe<department> holder_department;  // of the holder's address
    maybe<enum procedure> procedure;
    vehicle_data vehicle;
    holder_data holder;
    maybe<money> purchase_price;      // incl. VAT; only for the 2022–2023 50 % malus cap
    maybe<int> address_change_rank;   // 1 for the first change of address of this certificate...
};

}  // namespace cartegrise

#endif
