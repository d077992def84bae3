// Y.3 — mass malus (taxe sur la masse en ordre de marche), grids by year of first registration.
// Law: CIBS L.421-71 to L.421-81 (created as CGI 1012 ter by LF 2021, in force 2022-01-01); progressive
// bands from 2024 (LF 2024, loi 2023-1322 art. 97); 2026 grid (LF 2025, loi 2025-127).
// Counting (decision of the project, docs/data-sources.md): 2022–2023 tax the mass *exceeding* 1 800 kg,
// i.e. from 1 801 kg ("fraction excédant 1 800 kg"); from 2024 the bands are read as the law writes
// them ("de 1 600 à 1 799 kg"), the threshold kilogram included — what service-public F35950 (1 950 kg
// in 2024 → 4 520 €) and BOFiP BOI-AIS-MOB-10-20-40 (1 849 kg → 2 750 €) compute.
// Each band: from `from_kg` (included) up to the next band's from_kg − 1, `euros_per_kg` per kg.
#ifndef CARTEGRISE_DATA_MASS_MALUS_HPP
#define CARTEGRISE_DATA_MASS_MALUS_HPP

#include <cstddef>
#include <cstdint>

#include "../detail/lookup.hpp"
#include "../source.hpp"
#include "../detail/row_values.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace data {

// The sources of the rows below: each row names one (src::key), several rows may share it.
namespace src {
// clang-format off
inline constexpr source mass_grid_2022{"mass_grid_2022", evidence::press, {2020, 12, 29}, "CIBS, art. L.421-75",
    "2022-2023 : 10 €/kg au-delà de 1 800 kg (texte de loi cité par automobile-magazine)",
    "2022-2023: 10 EUR/kg above 1 800 kg (law text quoted by automobile-magazine)"};
inline constexpr source mass_grid_2024{"mass_grid_2024", evidence::official, {2023, 12, 29}, "CIBS, art. L.421-75, modifié par la LF 2024, art. 97",
    "service-public F35950",
    "service-public F35950"};
inline constexpr source mass_grid_2025{"mass_grid_2025", evidence::press, {2025, 1, 1}, "CIBS, art. L.421-75",
    "barème 2025 inchangé depuis 2024 (caradisiac 2025)",
    "2025 grid unchanged from 2024 (caradisiac 2025)"};
inline constexpr source mass_grid_2026{"mass_grid_2026", evidence::press, {2025, 2, 14}, "CIBS, art. L.421-75, modifié par la LF 2025",
    "barème 2026 (latribuneauto 2026-02-03)",
    "2026 grid (latribuneauto 2026-02-03)"};
inline constexpr source mass_per_child{"mass_per_child", evidence::press, {2021, 12, 22}, "CIBS, art. L.421-79, 1°",
    "200 kg par enfant à charge, à partir de 3 enfants",
    "200 kg per dependent child, from 3 children"};
inline constexpr source mass_legal_person_2022{"mass_legal_person_2022", evidence::single_source, {2022, 1, 1}, "CIBS, art. L.421-79, 2°",
    "400 kg, au moins 8 places, personne morale (kidioui 2022)",
    "400 kg, >= 8 seats, legal person (kidioui 2022)"};
inline constexpr source mass_legal_person_2024{"mass_legal_person_2024", evidence::single_source, {2024, 1, 1}, "CIBS, art. L.421-79, 2°, modifié par la LF 2024",
    "600 kg ; une seule source secondaire, date déduite",
    "600 kg; one secondary source, date inferred"};
inline constexpr source mass_plugin_exempt{"mass_plugin_exempt", evidence::press, {2021, 12, 22}, "CIBS, art. L.421-78",
    "hybrides rechargeables d'autonomie supérieure à 50 km, exonérés jusqu'en 2024",
    "plug-in hybrids, range > 50 km, exempt until 2024"};
inline constexpr source mass_plugin_2025{"mass_plugin_2025", evidence::press, {2023, 12, 29}, "CIBS, art. L.421-79, modifié par la LF 2024",
    "200 kg à partir du 2025-01-01 (caradisiac 2025-01, FNA)",
    "200 kg from 2025-01-01 (caradisiac 2025-01, FNA)"};
inline constexpr source mass_hybrid_none{"mass_hybrid_none", evidence::press, {2021, 12, 22}, "CIBS, art. L.421-79",
    "pas d'abattement pour les hybrides non rechargeables avant 2024",
    "no abatement for non-plug-in hybrids before 2024"};
inline constexpr source mass_hybrid_2024{"mass_hybrid_2024", evidence::press, {2023, 12, 29}, "CIBS, art. L.421-79, modifié par la LF 2024",
    "100 kg, amendement Horizons (caradisiac 2023-10)",
    "100 kg, Horizons amendment (caradisiac 2023-10)"};
inline constexpr source mass_hybrid_2027{"mass_hybrid_2027", evidence::press, {2025, 11, 24}, "CIBS, art. L.421-79-1, modifié par la LF 2026",
    "à partir du 2027-01-01, les 100 kg seulement pour les hybrides dont la puissance nette maximale du moteur électrique est « supérieure à 30 kilowatts » (rédaction du projet citée par les amendements AN 288, 716 et Sénat I-837 ; l'article adopté non lu)",
    "from 2027-01-01 the 100 kg only for hybrids whose electric motor's maximum net power is above 30 kW (the bill's wording quoted by AN amendments 288, 716 and Senate amendment I-837; the adopted article not read)"};
// clang-format on
}  // namespace src

struct mass_band {
    std::int32_t from_kg;
    std::int32_t euros_per_kg;
};

// clang-format off
inline constexpr mass_band mass_2022[] = {{0, 0}, {1801, 10}};
inline constexpr mass_band mass_2024[] = {{0, 0}, {1600, 10}, {1800, 15}, {1900, 20}, {2000, 25}, {2100, 30}};
inline constexpr mass_band mass_2026[] = {{0, 0}, {1500, 10}, {1700, 15}, {1800, 20}, {1900, 25}, {2000, 30}};
// clang-format on

struct mass_grid {
    date since;   // first registrations from this date
    std::int16_t year;
    std::uint16_t count;
    const mass_band* bands;
    source_ref source;

    [[nodiscard]] constexpr std::int32_t euros_for(int kg) const noexcept {
        std::int32_t total = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const int from = bands[i].from_kg;
            if (kg < from) break;
            const int to = (i + 1 < count) ? bands[i + 1].from_kg - 1 : kg;
            const int upper = kg < to ? kg : to;
            total += (upper - from + 1) * bands[i].euros_per_kg;
        }
        return total;
    }
};

// clang-format off
inline constexpr mass_grid mass_grids[] = {
    {{2022, 1, 1}, 2022, cartegrise::detail::size_of(mass_2022), mass_2022, src::mass_grid_2022},
    {{2023, 1, 1}, 2023, cartegrise::detail::size_of(mass_2022), mass_2022, src::mass_grid_2022},
    {{2024, 1, 1}, 2024, cartegrise::detail::size_of(mass_2024), mass_2024, src::mass_grid_2024},
    {{2025, 1, 1}, 2025, cartegrise::detail::size_of(mass_2024), mass_2024, src::mass_grid_2025},
    {{2026, 1, 1}, 2026, cartegrise::detail::size_of(mass_2026), mass_2026, src::mass_grid_2026},
};
// clang-format on

// Vehicles first registered before this date pay no mass malus (BOFiP BOI-AIS-MOB-10-20-40 example).
inline constexpr date first_mass_grid_date{2022, 1, 1};

// A grid starts at 0 kg and 0 EUR/kg, with increasing bands and non-decreasing marginal rates.
constexpr bool mass_grid_ok(const mass_grid& g) noexcept {
    if (g.count == 0 || g.bands[0].from_kg != 0 || g.bands[0].euros_per_kg != 0 || g.year != g.since.year()) return false;
    for (std::size_t i = 1; i < g.count; ++i)
        if (g.bands[i].from_kg <= g.bands[i - 1].from_kg || g.bands[i].euros_per_kg < g.bands[i - 1].euros_per_kg) return false;
    return true;
}
static_assert(cartegrise::detail::dated_series_ok(mass_grids, mass_grid_ok) && mass_grids[0].since == first_mass_grid_date,
              "cartegrise: mass grids dated in order from 2022, increasing bands, non-decreasing marginal rates");


constexpr const mass_grid* mass_grid_for(date first_registration) noexcept {
    return cartegrise::detail::in_force<mass_grids>(first_registration);
}

// Abatements on the mass (kg), by the date of first registration. CIBS L.421-79 / L.421-80; from
// 2027-01-01 the non-plug-in hybrid abatement needs an electric motor of more than 30 kW (L.421-79-1).
// Not encoded, on purpose: the hybrid abatements are "dans la limite de 15 % de la masse" (FNA 2024-2025):
// 15 % of the mass is below 200 kg only under 1 334 kg (below 100 kg only under 667 kg), where no grid
// taxes anything, so the limit never changes an amount. The restriction of the 100 kg abatement to
// hybrids whose electric motor's maximum net power is "supérieure à 30 kilowatts" (strictly above: the
// wording of the finance bill for 2026 quoted by AN amendments 288 and 716 and Senate amendment I-837,
// none of which, replacing 30 by 14, was adopted) applies from 2027-01-01: the row of 2027 below. The 600 kg abatement for electric vehicles planned for 2026-07-01 was dropped from
// LF 2026 (decision 13): electric and hydrogen vehicles stay exempt.
enum class mass_abatement : std::uint8_t {
    per_child,          // holder with at least 3 dependent children, per child (one vehicle, >= 5 seats)
    legal_person_8_seats,  // vehicle with >= 8 seats acquired by a legal person
    plugin_hybrid,      // plug-in hybrid (electric range > 50 km); fully exempt before 2025
    hybrid,             // non-plug-in hybrid
};
inline constexpr std::size_t mass_abatement_count = static_cast<std::size_t>(mass_abatement::hybrid) + 1;

using cartegrise::detail::exempt;
using cartegrise::detail::no_condition;

struct mass_abatement_row {
    mass_abatement key;
    date since;
    cartegrise::detail::amount_or_exempt<std::int32_t> kg;  // kg removed, or no mass malus at all
    cartegrise::detail::bound_above<int> electric_kw;        // the abatement needs an electric motor of more than this power
    source_ref source;
};
// clang-format off
inline constexpr mass_abatement_row mass_abatements[] = {
    {mass_abatement::per_child,            {2022, 1, 1},    200, no_condition, src::mass_per_child},
    {mass_abatement::legal_person_8_seats, {2022, 1, 1},    400, no_condition, src::mass_legal_person_2022},
    {mass_abatement::legal_person_8_seats, {2024, 1, 1},    600, no_condition, src::mass_legal_person_2024},
    {mass_abatement::plugin_hybrid,        {2022, 1, 1}, exempt, no_condition, src::mass_plugin_exempt},
    {mass_abatement::plugin_hybrid,        {2025, 1, 1},    200, no_condition, src::mass_plugin_2025},
    {mass_abatement::hybrid,               {2022, 1, 1},      0, no_condition, src::mass_hybrid_none},
    {mass_abatement::hybrid,               {2024, 1, 1},    100, no_condition, src::mass_hybrid_2024},
    {mass_abatement::hybrid,               {2027, 1, 1},    100,           30, src::mass_hybrid_2027},
};
// clang-format on
static_assert(cartegrise::detail::dated_rows_ok(mass_abatements, [](const mass_abatement_row& r) {
                  return (r.kg.is_exempt() || (r.kg.amount() >= 0 && r.kg.amount() <= 1000)) &&
                         (!r.electric_kw.is_condition() || r.electric_kw.above() > 0);
              }) &&
                  cartegrise::detail::every_key_covered_from<mass_abatements, mass_abatement_count>(first_mass_grid_date),
              "cartegrise: mass abatements sorted by abatement then date, 0 to 1 000 kg or exempt, every abatement from 2022-01-01");

constexpr const mass_abatement_row* mass_abatement_for(mass_abatement a, date first_registration) noexcept {
    return cartegrise::detail::in_force<mass_abatements, mass_abatement_count>(a, first_registration);
}

// Large families: the CO2 figure is reduced by 20 g/km per dependent child from 3 children
// (CIBS L.421-67; one vehicle of at least 5 seats).
inline constexpr int large_family_min_children = 3;
inline constexpr int large_family_min_seats = 5;
inline constexpr int co2_grams_per_child = 20;

}  // namespace data
CARTEGRISE_END_NAMESPACE

#endif
