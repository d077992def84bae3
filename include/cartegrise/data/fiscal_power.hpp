// The formulas of the fiscal power (puissance administrative, P.6) of a tourism vehicle (M1, genre VP),
// by the date of its first registration in France. The formulas themselves are in
// ../rules/fiscal_power.hpp; this table says which one is in force, since when and on what authority.
// Law: CIBS L.421-14 (vehicles first registered in France from 2021-01-01: "arrondie à l'unité",
// tourism vehicles under L.421-16) and L.421-15 (earlier registrations: the arrêtés A.421-13 to
// A.421-24, codified 2024-06-26: A.421-14 sends the types approved from 2019-11-01 to L.421-16,
// A.421-15 1° / A.421-16 keep the 1998 formula for the older types first registered from 1998-07-01).
// Other genres (L.421-17 to L.421-20) are not encoded: their texts were not read (docs/limitations.md).
#ifndef CARTEGRISE_DATA_FISCAL_POWER_HPP
#define CARTEGRISE_DATA_FISCAL_POWER_HPP

#include "../date.hpp"
#include "../detail/lookup.hpp"
#include "../vehicle.hpp"
#include "../source.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace data {

// The sources of the rows below: each row names one (src::key), several rows may share it.
namespace src {
// clang-format off
inline constexpr source fiscal_power_1998{"fiscal_power_1998", evidence::press, {1998, 7, 2}, "Loi n° 98-546, art. 62 ; CIBS, art. A.421-15, 1°, et A.421-16",
    "PA = CO2/45 + (P/40)^1,6, arrondie à l'unité la plus proche, les voitures bicarburation GPL au GPL ; champ lu dans l'arrêté, formule de sources secondaires (carte-grise.org, cartegriseminute)",
    "PA = CO2/45 + (P/40)^1.6, rounded to the nearest unit, bi-fuel LPG cars on LPG; scope read in the order, formula from secondary sources (carte-grise.org, cartegriseminute)"};
inline constexpr source fiscal_power_2021{"fiscal_power_2021", evidence::press, {2021, 12, 22}, "CIBS, art. L.421-14, 1°, et L.421-16",
    "PA = 0,00018 x P² + 0,0387 x P + 1,34, P la puissance nette maximale en kW (P.2 ; la puissance sur 30 minutes d'un véhicule électrique), arrondie à l'unité ; champ lu dans la loi, formule de trois sources secondaires (fiches-auto 2020-07-10, e-Niro 29 kW = 3 CV)",
    "PA = 0.00018 x P² + 0.0387 x P + 1.34, P the maximum net power in kW (P.2; the 30-minute power of an electric vehicle), rounded to the unit; scope read in the law, formula from three secondary sources (fiches-auto 2020-07-10, e-Niro 29 kW = 3 CV)"};
// clang-format on
}  // namespace src

struct fiscal_power_row {
    cartegrise::genre key;  // J.1
    date since;             // first registration in France on or after this date
    fiscal_power_formula formula;
    source_ref source;
};

// clang-format off
inline constexpr fiscal_power_row fiscal_power_formulas[] = {
    // genre    since          formula                                            source
    {genre::vp, {1998,  7, 1}, fiscal_power_formula::co2_and_power_1998,            src::fiscal_power_1998},
    // 2019-11-01 → 2020-12-31: the 1998 formula for a type approved before 2019-11-01, L.421-16 for a later
    // one (A.421-14): the date of first registration alone does not tell which.
    {genre::vp, {2019, 11, 1}, fiscal_power_formula::by_type_approval,              src::fiscal_power_2021},
    {genre::vp, {2021,  1, 1}, fiscal_power_formula::power_2021,                    src::fiscal_power_2021},
};
// clang-format on

static_assert(cartegrise::detail::dated_rows_ok(fiscal_power_formulas), "cartegrise: rows sorted by genre, then date");

// The formula for a vehicle of genre `g` first registered in France on `d`, or nullptr: before
// 1998-07-01 (the 1956 and 1978 formulas need the bore, stroke and gearing: not encoded), or a genre
// without rows.
constexpr const fiscal_power_row* fiscal_power_formula_in_force(genre g, date d) noexcept {
    return cartegrise::detail::in_force<fiscal_power_formulas, genre_count>(g, d);
}

}  // namespace data
CARTEGRISE_END_NAMESPACE

#endif
