// The vehicle vocabulary printed on the registration certificate: genre (box J.1) and energy (box P.3).
// Codes: arrêté du 9 février 2009 (SIV), annexes; official simulator data (baremeVehicule.csv, energies.csv).
#ifndef CARTEGRISE_VEHICLE_HPP
#define CARTEGRISE_VEHICLE_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "result.hpp"

namespace cartegrise {

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

namespace detail {
struct genre_row {
    std::string_view code;
    std::string_view label_fr;
};
inline constexpr genre_row genres[] = {
    {"VP", "voiture particulière (M1)"},
    {"CTTE", "camionnette (N1)"},
    {"VASP", "véhicule automoteur spécialisé"},
    {"MTL", "motocyclette légère ≤ 125 cm³ (L3e, L4e)"},
    {"MTT1", "motocyclette > 125 cm³, ≤ 25 kW"},
    {"MTT2", "motocyclette > 25 kW"},
    {"MTTE", "motocyclette électrique"},
    {"MOTO", "motocyclette (ancien genre)"},
    {"CL", "cyclomoteur ≤ 50 cm³ (L1e, L2e)"},
    {"CYCL", "cyclomoteur à trois roues (L2e)"},
    {"TM", "tricycle à moteur (L5e)"},
    {"QM", "quadricycle à moteur (L6e, L7e)"},
    {"CAM", "camion (N2, N3)"},
    {"TCP", "transport en commun de personnes (M2, M3)"},
    {"TRR", "tracteur routier"},
    {"TRA", "tracteur agricole (T)"},
    {"MAGA", "machine agricole automotrice (C)"},
    {"MIAR", "machine ou instrument agricole remorqué"},
    {"REA", "remorque agricole"},
    {"SREA", "semi-remorque agricole"},
    {"REM", "remorque"},
    {"SREM", "semi-remorque"},
    {"RESP", "remorque spécialisée (caravane)"},
    {"SRSP", "semi-remorque spécialisée"},
    {"RETC", "remorque pour transport combiné"},
    {"SRTC", "semi-remorque pour transport combiné"},
    {"SRAT", "semi-remorque avant-train"},
};
struct energy_row {
    std::string_view code;
    std::string_view label_fr;
    energy_family family;
    electrification drive;
};
inline constexpr energy_row energies[] = {
    {"ES", "essence", energy_family::conventional, electrification::none},
    {"GO", "gazole", energy_family::conventional, electrification::none},
    {"EL", "électricité", energy_family::electric_or_hydrogen, electrification::electric_only},
    {"H2", "hydrogène", energy_family::electric_or_hydrogen, electrification::electric_only},
    {"HE", "hydrogène-électricité rechargeable", energy_family::electric_or_hydrogen, electrification::electric_only},
    {"HH", "hydrogène-électricité non rechargeable", energy_family::electric_or_hydrogen, electrification::electric_only},
    {"EE", "essence-électricité rechargeable", energy_family::plugin_hybrid, electrification::plugin},
    {"EH", "essence-électricité non rechargeable", energy_family::hybrid, electrification::non_plugin},
    {"GL", "gazole-électricité rechargeable", energy_family::plugin_hybrid, electrification::plugin},
    {"GH", "gazole-électricité non rechargeable", energy_family::hybrid, electrification::non_plugin},
    {"GP", "GPL", energy_family::lpg, electrification::none},
    {"EG", "bicarburation essence-GPL", energy_family::lpg, electrification::none},
    {"ER", "essence-GPL-électricité rechargeable", energy_family::lpg, electrification::plugin},
    {"EQ", "essence-GPL-électricité non rechargeable", energy_family::lpg, electrification::non_plugin},
    {"G2", "gazole-GPL", energy_family::lpg, electrification::none},
    {"PE", "GPL-électricité rechargeable", energy_family::lpg, electrification::plugin},
    {"PH", "GPL-électricité non rechargeable", energy_family::lpg, electrification::non_plugin},
    {"GN", "gaz naturel", energy_family::natural_gas, electrification::none},
    {"EN", "bicarburation essence-gaz naturel", energy_family::natural_gas, electrification::none},
    {"GF", "gazole-gaz naturel (dual fuel)", energy_family::natural_gas, electrification::none},
    {"1A", "gaz naturel (autre)", energy_family::natural_gas, electrification::none},
    {"EM", "essence-gaz naturel-électricité rechargeable", energy_family::natural_gas, electrification::plugin},
    {"EP", "essence-gaz naturel-électricité non rechargeable", energy_family::natural_gas, electrification::non_plugin},
    {"GM", "gazole-gaz naturel-électricité rechargeable", energy_family::natural_gas, electrification::plugin},
    {"GQ", "gazole-gaz naturel-électricité non rechargeable", energy_family::natural_gas, electrification::non_plugin},
    {"NE", "gaz naturel-électricité rechargeable", energy_family::natural_gas, electrification::plugin},
    {"NH", "gaz naturel-électricité non rechargeable", energy_family::natural_gas, electrification::non_plugin},
    {"FE", "superéthanol E85", energy_family::e85, electrification::none},
    {"FG", "essence-superéthanol", energy_family::e85, electrification::none},
    {"FN", "superéthanol-gaz naturel", energy_family::e85, electrification::none},
    {"FL", "superéthanol-électricité rechargeable", energy_family::e85, electrification::plugin},
    {"FH", "superéthanol-électricité non rechargeable", energy_family::e85, electrification::non_plugin},
    {"ET", "éthanol", energy_family::conventional, electrification::none},
    {"GA", "gazogène", energy_family::conventional, electrification::none},
    {"GZ", "autres hydrocarbures gazeux comprimés", energy_family::conventional, electrification::none},
    {"GG", "gazogène-gazole", energy_family::conventional, electrification::none},
    {"GE", "gazogène-essence", energy_family::conventional, electrification::none},
    {"PL", "pétrole lampant", energy_family::conventional, electrification::none},
    {"AC", "air comprimé", energy_family::conventional, electrification::none},
};
constexpr char ascii_upper(char c) noexcept { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }
constexpr bool iequal(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (ascii_upper(a[i]) != ascii_upper(b[i])) return false;
    return true;
}
}  // namespace detail

inline constexpr std::size_t genre_count = sizeof(detail::genres) / sizeof(detail::genres[0]);
inline constexpr std::size_t energy_count = sizeof(detail::energies) / sizeof(detail::energies[0]);

constexpr std::string_view to_string(genre g) noexcept {
    const auto i = static_cast<std::size_t>(g);
    return i < genre_count ? detail::genres[i].code : std::string_view{"?"};
}
constexpr std::string_view label_fr(genre g) noexcept {
    const auto i = static_cast<std::size_t>(g);
    return i < genre_count ? detail::genres[i].label_fr : std::string_view{"?"};
}
constexpr std::string_view to_string(energy e) noexcept {
    const auto i = static_cast<std::size_t>(e);
    return i < energy_count ? detail::energies[i].code : std::string_view{"?"};
}
constexpr std::string_view label_fr(energy e) noexcept {
    const auto i = static_cast<std::size_t>(e);
    return i < energy_count ? detail::energies[i].label_fr : std::string_view{"?"};
}
constexpr energy_family family_of(energy e) noexcept {
    const auto i = static_cast<std::size_t>(e);
    return i < energy_count ? detail::energies[i].family : energy_family::conventional;
}
constexpr electrification electrification_of(energy e) noexcept {
    const auto i = static_cast<std::size_t>(e);
    return i < energy_count ? detail::energies[i].drive : electrification::none;
}

// Case-insensitive parse of a J.1 code ("VP", "ctte").
constexpr result<genre> parse_genre(std::string_view s) noexcept {
    for (std::size_t i = 0; i < genre_count; ++i)
        if (detail::iequal(s, detail::genres[i].code)) return static_cast<genre>(i);
    return failure{errc::unknown_genre, "genre", "unknown genre code (J.1), e.g. VP, CTTE, MTL, CL, CAM"};
}
// Case-insensitive parse of a P.3 code ("ES", "el", "1A").
constexpr result<energy> parse_energy(std::string_view s) noexcept {
    for (std::size_t i = 0; i < energy_count; ++i)
        if (detail::iequal(s, detail::energies[i].code)) return static_cast<energy>(i);
    return failure{errc::unknown_energy, "energy", "unknown energy code (P.3), e.g. ES, GO, EL, EH, GP, FE"};
}

}  // namespace cartegrise

#endif
