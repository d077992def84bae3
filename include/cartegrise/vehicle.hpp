// The vehicle vocabulary printed on the registration certificate: genre (box J.1), energy (box P.3), the
// CO2 test cycle (V.7), and the classes the fee rules read from them. Official codes only: the French and
// English labels live in <cartegrise/text/labels.hpp>.
// Codes: arrêté du 9 février 2009 (SIV), annexes; official simulator data (baremeVehicule.csv, energies.csv).
#ifndef CARTEGRISE_VEHICLE_HPP
#define CARTEGRISE_VEHICLE_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "detail/code_table.hpp"
#include "result.hpp"
#include "version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

// Genre national (J.1). Enumerators are the official codes in lower case.
enum class genre : std::uint8_t {
    vp,  // voiture particulière (M1)
    ctte,  // camionnette (N1)
    vasp,  // véhicule automoteur spécialisé
    mtl,  // motocyclette légère ≤ 125 cm³ (L3e, L4e)
    mtt1,  // motocyclette > 125 cm³, ≤ 25 kW
    mtt2,  // motocyclette > 25 kW
    mtte,  // motocyclette électrique
    moto,  // motocyclette (ancien genre)
    cl,  // cyclomoteur ≤ 50 cm³ (L1e, L2e)
    cycl,  // cyclomoteur à trois roues (L2e)
    tm,  // tricycle à moteur (L5e)
    qm,  // quadricycle à moteur (L6e, L7e)
    cam,  // camion (N2, N3)
    tcp,  // transport en commun de personnes (M2, M3)
    trr,  // tracteur routier
    tra,  // tracteur agricole (T)
    maga,  // machine agricole automotrice (C)
    miar,  // machine ou instrument agricole remorqué
    rea,  // remorque agricole
    srea,  // semi-remorque agricole
    rem,  // remorque
    srem,  // semi-remorque
    resp,  // remorque spécialisée (caravane)
    srsp,  // semi-remorque spécialisée
    retc,  // remorque pour transport combiné
    srtc,  // semi-remorque pour transport combiné
    srat,  // semi-remorque avant-train
};

// Energy (P.3). Enumerators are the official codes in lower case ("1A" is e_1a).
enum class energy : std::uint8_t {
    es,  // essence
    go,  // gazole
    el,  // électricité
    h2,  // hydrogène
    he,  // hydrogène-électricité rechargeable
    hh,  // hydrogène-électricité non rechargeable
    ee,  // essence-électricité rechargeable
    eh,  // essence-électricité non rechargeable
    gl,  // gazole-électricité rechargeable
    gh,  // gazole-électricité non rechargeable
    gp,  // GPL
    eg,  // bicarburation essence-GPL
    er,  // essence-GPL-électricité rechargeable
    eq,  // essence-GPL-électricité non rechargeable
    g2,  // gazole-GPL
    pe,  // GPL-électricité rechargeable
    ph,  // GPL-électricité non rechargeable
    gn,  // gaz naturel
    en,  // bicarburation essence-gaz naturel
    gf,  // gazole-gaz naturel (dual fuel)
    e_1a,  // gaz naturel (autre)
    em,  // essence-gaz naturel-électricité rechargeable
    ep,  // essence-gaz naturel-électricité non rechargeable
    gm,  // gazole-gaz naturel-électricité rechargeable
    gq,  // gazole-gaz naturel-électricité non rechargeable
    ne,  // gaz naturel-électricité rechargeable
    nh,  // gaz naturel-électricité non rechargeable
    fe,  // superéthanol E85
    fg,  // essence-superéthanol
    fn,  // superéthanol-gaz naturel
    fl,  // superéthanol-électricité rechargeable
    fh,  // superéthanol-électricité non rechargeable
    et,  // éthanol
    ga,  // gazogène
    gz,  // autres hydrocarbures gazeux comprimés
    gg,  // gazogène-gazole
    ge,  // gazogène-essence
    pl,  // pétrole lampant
    ac,  // air comprimé
};

// Families the rules distinguish. Regional "clean vehicle" options (CIBS L.421-50) cover hybrids,
// LPG, natural gas and E85 together; electricity and hydrogen have their own regime (L.421-49).
enum class energy_family : std::uint8_t {
    conventional,          // petrol, diesel and other fossil fuels
    electric_or_hydrogen,  // EL, H2, HE, HH: "exclusivement" electricity and/or hydrogen
    plugin_hybrid,         // EE, GL
    hybrid,                // EH, GH
    lpg,                   // GP and its blends / hybrids
    natural_gas,           // GN and its blends / hybrids
    e85,                   // FE and its blends / hybrids
};
// Electric drive, as the mass malus abatements need it (CIBS L.421-79).
enum class electrification : std::uint8_t { none, non_plugin, plugin, electric_only };

// Test cycle of the CO2 figure in V.7: NEDC up to 2020-02-29, WLTP from 2020-03-01.
enum class co2_cycle : std::uint8_t { nedc, wltp };

// How a fiscal power (P.6) is computed from the vehicle's technical data (fiscal_power.hpp).
enum class fiscal_power_formula : std::uint8_t {
    co2_and_power_1998,  // CO2/45 + (P/40)^1.6 (loi 98-546 art. 62; CIBS A.421-16)
    power_2021,          // 0.00018 P² + 0.0387 P + 1.34 (CIBS L.421-16)
    by_type_approval,    // one or the other, by the date the vehicle's type was approved (A.421-14)
};

// Classes the fee rules distinguish; the genre (and for some, the PTAC) decides the class
// (CIBS L.421-45 to L.421-47, L.421-57).
enum class vehicle_class : std::uint8_t {
    tourism,            // VP (M1)
    light_utility,      // CTTE (N1)
    vasp_light,         // VASP, PTAC <= 3.5 t (motorhomes...)
    vasp_heavy,         // VASP, PTAC > 3.5 t
    motorcycle,         // MTL, MTT1, MTT2, MTTE, MOTO (L3e, L4e)
    tricycle,           // TM (L5e)
    quadricycle,        // QM (L6e, L7e)
    moped,              // CL, CYCL (L1e, L2e, <= 50 cm3)
    truck_light,        // CAM, 3.5 t < PTAC < 6 t
    truck_medium,       // CAM, 6 t <= PTAC < 11 t
    truck_heavy,        // CAM, PTAC >= 11 t
    bus,                // TCP (M2, M3)
    road_tractor_light, // TRR, PTAC <= 3.5 t (N1)
    road_tractor_heavy, // TRR, PTAC > 3.5 t
    agricultural,       // TRA, MAGA, MIAR
    trailer,            // REM, SREM, RESP, SRSP, RETC, SRTC, SRAT, REA, SREA (not motor vehicles)
};
inline constexpr std::size_t vehicle_class_count = static_cast<std::size_t>(vehicle_class::trailer) + 1;

namespace detail {
// clang-format off
inline constexpr std::string_view genre_codes[] = {
    "VP", "CTTE", "VASP", "MTL", "MTT1", "MTT2", "MTTE", "MOTO", "CL", "CYCL",
    "TM", "QM", "CAM", "TCP", "TRR", "TRA", "MAGA", "MIAR", "REA", "SREA",
    "REM", "SREM", "RESP", "SRSP", "RETC", "SRTC", "SRAT",
};
inline constexpr std::string_view energy_codes[] = {
    "ES", "GO", "EL", "H2", "HE", "HH", "EE", "EH", "GL", "GH",
    "GP", "EG", "ER", "EQ", "G2", "PE", "PH", "GN", "EN", "GF",
    "1A", "EM", "EP", "GM", "GQ", "NE", "NH", "FE", "FG", "FN",
    "FL", "FH", "ET", "GA", "GZ", "GG", "GE", "PL", "AC",
};
struct energy_traits {
    energy_family family;
    electrification drive;
};
inline constexpr energy_traits energy_traits_table[] = {
    {energy_family::conventional, electrification::none},  // ES
    {energy_family::conventional, electrification::none},  // GO
    {energy_family::electric_or_hydrogen, electrification::electric_only},  // EL
    {energy_family::electric_or_hydrogen, electrification::electric_only},  // H2
    {energy_family::electric_or_hydrogen, electrification::electric_only},  // HE
    {energy_family::electric_or_hydrogen, electrification::electric_only},  // HH
    {energy_family::plugin_hybrid, electrification::plugin},  // EE
    {energy_family::hybrid, electrification::non_plugin},  // EH
    {energy_family::plugin_hybrid, electrification::plugin},  // GL
    {energy_family::hybrid, electrification::non_plugin},  // GH
    {energy_family::lpg, electrification::none},  // GP
    {energy_family::lpg, electrification::none},  // EG
    {energy_family::lpg, electrification::plugin},  // ER
    {energy_family::lpg, electrification::non_plugin},  // EQ
    {energy_family::lpg, electrification::none},  // G2
    {energy_family::lpg, electrification::plugin},  // PE
    {energy_family::lpg, electrification::non_plugin},  // PH
    {energy_family::natural_gas, electrification::none},  // GN
    {energy_family::natural_gas, electrification::none},  // EN
    {energy_family::natural_gas, electrification::none},  // GF
    {energy_family::natural_gas, electrification::none},  // 1A
    {energy_family::natural_gas, electrification::plugin},  // EM
    {energy_family::natural_gas, electrification::non_plugin},  // EP
    {energy_family::natural_gas, electrification::plugin},  // GM
    {energy_family::natural_gas, electrification::non_plugin},  // GQ
    {energy_family::natural_gas, electrification::plugin},  // NE
    {energy_family::natural_gas, electrification::non_plugin},  // NH
    {energy_family::e85, electrification::none},  // FE
    {energy_family::e85, electrification::none},  // FG
    {energy_family::e85, electrification::none},  // FN
    {energy_family::e85, electrification::plugin},  // FL
    {energy_family::e85, electrification::non_plugin},  // FH
    {energy_family::conventional, electrification::none},  // ET
    {energy_family::conventional, electrification::none},  // GA
    {energy_family::conventional, electrification::none},  // GZ
    {energy_family::conventional, electrification::none},  // GG
    {energy_family::conventional, electrification::none},  // GE
    {energy_family::conventional, electrification::none},  // PL
    {energy_family::conventional, electrification::none},  // AC
};
inline constexpr std::string_view co2_cycle_codes[] = {"nedc", "wltp"};
// clang-format on
}  // namespace detail

inline constexpr std::size_t genre_count = sizeof(detail::genre_codes) / sizeof(detail::genre_codes[0]);
inline constexpr std::size_t energy_count = sizeof(detail::energy_codes) / sizeof(detail::energy_codes[0]);
static_assert(genre_count == static_cast<std::size_t>(genre::srat) + 1, "cartegrise: one code per genre");
static_assert(energy_count == static_cast<std::size_t>(energy::ac) + 1 &&
                  sizeof(detail::energy_traits_table) / sizeof(detail::energy_traits_table[0]) == energy_count,
              "cartegrise: one code and one family per energy");

// The official code: "VP", "CTTE"; "ES", "1A"; "wltp". "?" for a value outside the enumerators.
constexpr std::string_view to_string(genre g) noexcept { return detail::code_of(detail::genre_codes, g); }
constexpr std::string_view to_string(energy e) noexcept { return detail::code_of(detail::energy_codes, e); }
constexpr std::string_view to_string(co2_cycle c) noexcept { return detail::code_of(detail::co2_cycle_codes, c); }
// "co2_and_power_1998", "power_2021", "by_type_approval": stable identifiers (JSON).
constexpr std::string_view to_string(fiscal_power_formula f) noexcept {
    constexpr std::string_view codes[] = {"co2_and_power_1998", "power_2021", "by_type_approval"};
    return detail::code_of(codes, f);
}

constexpr energy_family family_of(energy e) noexcept {
    const auto i = static_cast<std::size_t>(e);
    return i < energy_count ? detail::energy_traits_table[i].family : energy_family::conventional;
}
constexpr electrification electrification_of(energy e) noexcept {
    const auto i = static_cast<std::size_t>(e);
    return i < energy_count ? detail::energy_traits_table[i].drive : electrification::none;
}

// Case-insensitive parse of a J.1 code ("VP", "ctte").
constexpr result<genre> parse_genre(std::string_view s) noexcept {
    return detail::parse_code<genre>(detail::genre_codes, s, errc::unknown_genre, request_field::vehicle_genre);
}
// Case-insensitive parse of a P.3 code ("ES", "el", "1A").
constexpr result<energy> parse_energy(std::string_view s) noexcept {
    return detail::parse_code<energy>(detail::energy_codes, s, errc::unknown_energy, request_field::vehicle_energy);
}
// "wltp" or "nedc", case-insensitive.
constexpr result<co2_cycle> parse_co2_cycle(std::string_view s) noexcept {
    return detail::parse_code<co2_cycle>(detail::co2_cycle_codes, s, errc::invalid_value, request_field::vehicle_cycle);
}

CARTEGRISE_END_NAMESPACE

#endif
