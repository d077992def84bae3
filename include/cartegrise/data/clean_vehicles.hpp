// Y.1 — reductions of the regional tax for "clean" vehicles, by region, energy family and date.
// Law: CIBS L.421-49 (electricity / hydrogen) and L.421-50 (regional option for hybrids, LPG, natural
// gas, E85: exemption of 50 % or 100 %); CGI 1599 novodecies A before 2022.
// Electric / hydrogen: nil rate by law until 2025-04-30 (L.421-49 v1; certificates issued 2025-02-16 →
// 2025-04-30 keep it under the LF 2025 transition); from 2025-05-01 (L.421-49 v2, LF 2025 art. 119) the
// reduction is the region's choice, none unless the region deliberated: only Hauts-de-France kept 100 %,
// then 50 % from 2026-04-01.
#ifndef CARTEGRISE_DATA_CLEAN_VEHICLES_HPP
#define CARTEGRISE_DATA_CLEAN_VEHICLES_HPP

#include <cstdint>

#include "../detail/lookup.hpp"
#include "../territory.hpp"
#include "../source.hpp"
#include "rule_sources.hpp"
#include "vintage.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace data {

// The sources of the rows below: each row names one (src::key), several rows may share it.
namespace src {
// clang-format off
inline constexpr source alt_ara_2022{"alt_ara_2022", evidence::official, {2023, 12, 1}, "Délibération du conseil régional d'Auvergne-Rhône-Alpes",
    "données du simulateur officiel 2023 (100 %)",
    "official simulator data 2023 (100 %)"};
inline constexpr source alt_ara_2024_03{"alt_ara_2024_03", evidence::press, {2023, 12, 15}, "Vote du conseil régional d'Auvergne-Rhône-Alpes du 15 décembre 2023",
    "en vigueur le 2024-03-01",
    "in force 2024-03-01"};
inline constexpr source alt_bfc_2022{"alt_bfc_2022", evidence::press, {2021, 1, 1}, "Délibération du conseil régional de Bourgogne-Franche-Comté",
    "régime de 2021",
    "2021 regime"};
inline constexpr source alt_bfc_2023_07{"alt_bfc_2023_07", evidence::press, {2022, 12, 1}, "Budget 2023 du conseil régional de Bourgogne-Franche-Comté",
    "fin de l'exonération le 2023-07-01 (une source : 2023-01-01)",
    "end of exemption 2023-07-01 (one source: 2023-01-01)"};
inline constexpr source alt_bretagne_2022{"alt_bretagne_2022", evidence::press, {2021, 1, 1}, "Délibération du conseil régional de Bretagne",
    "régime de 2021",
    "2021 regime"};
inline constexpr source alt_bretagne_2023_05{"alt_bretagne_2023_05", evidence::press, {2023, 2, 1}, "Délibération du conseil régional de Bretagne de février 2023",
    "en vigueur le 2023-05-01",
    "in force 2023-05-01"};
inline constexpr source alt_cvl_2022{"alt_cvl_2022", evidence::official, {2023, 12, 1}, "Délibération du conseil régional du Centre-Val de Loire",
    "données du simulateur officiel 2023 (50 %)",
    "official simulator data 2023 (50 %)"};
inline constexpr source alt_cvl_2024{"alt_cvl_2024", evidence::single_source, {2024, 1, 1}, "Budget 2024 du conseil régional du Centre-Val de Loire",
    "fin de l'exonération (eplaque ; date de début non confirmée)",
    "end of the exemption (eplaque; start date not confirmed)"};
inline constexpr source alt_corse_2022{"alt_corse_2022", evidence::official, {2023, 12, 1}, "Délibération de la Collectivité de Corse",
    "données du simulateur officiel 2023 ; maintenu en 2025-2026 (corsenetinfos 2024-11)",
    "official simulator data 2023; kept 2025-2026 (corsenetinfos 2024-11)"};
inline constexpr source alt_grand_est_2022{"alt_grand_est_2022", evidence::press, {2021, 1, 1}, "Délibération du conseil régional du Grand Est",
    "régime de 2021",
    "2021 regime"};
inline constexpr source alt_grand_est_2022_02{"alt_grand_est_2022_02", evidence::press, {2021, 12, 16}, "Délibération du conseil régional du Grand Est du 16 décembre 2021",
    "en vigueur le 2022-02-01",
    "in force 2022-02-01"};
inline constexpr source alt_hdf_2022{"alt_hdf_2022", evidence::press, {2021, 1, 1}, "Délibération du conseil régional des Hauts-de-France",
    "régime de 2021",
    "2021 regime"};
inline constexpr source alt_hdf_2023{"alt_hdf_2023", evidence::official, {2023, 12, 1}, "Budget 2023 du conseil régional des Hauts-de-France",
    "données du simulateur officiel 2023 (50 %)",
    "official simulator data 2023 (50 %)"};
inline constexpr source alt_hdf_2025_03{"alt_hdf_2025_03", evidence::official, {2025, 3, 1}, "service-public.fr, PrixCV",
    "Hauts-de-France, 2025-03-01",
    "Hauts-de-France, 2025-03-01"};
inline constexpr source alt_idf_2022{"alt_idf_2022", evidence::press, {2021, 1, 1}, "Délibération du conseil régional d'Île-de-France",
    "régime de 2021",
    "2021 regime"};
inline constexpr source alt_idf_2023_08{"alt_idf_2023_08", evidence::press, {2023, 12, 1}, "Délibération du conseil régional d'Île-de-France",
    "en vigueur le 2023-08-01 (boursorama 2023-12)",
    "in force 2023-08-01 (boursorama 2023-12)"};
inline constexpr source alt_normandie_2022{"alt_normandie_2022", evidence::official, {2023, 12, 1}, "Délibération du conseil régional de Normandie",
    "données du simulateur officiel 2023 (100 %)",
    "official simulator data 2023 (100 %)"};
inline constexpr source alt_normandie_2024{"alt_normandie_2024", evidence::press, {2024, 1, 1}, "Budget 2024 du conseil régional de Normandie",
    "ecartegrise, telecartegrise",
    "ecartegrise, telecartegrise"};
inline constexpr source alt_na_2022{"alt_na_2022", evidence::press, {2021, 1, 1}, "Délibération du conseil régional de Nouvelle-Aquitaine",
    "régime de 2021",
    "2021 regime"};
inline constexpr source alt_na_2023{"alt_na_2023", evidence::press, {2022, 12, 1}, "Budget 2023 du conseil régional de Nouvelle-Aquitaine",
    "caradisiac 2022-12",
    "caradisiac 2022-12"};
inline constexpr source alt_occitanie_2022{"alt_occitanie_2022", evidence::press, {2021, 1, 1}, "Délibération du conseil régional d'Occitanie",
    "régime de 2021",
    "2021 regime"};
inline constexpr source alt_occitanie_2023_03{"alt_occitanie_2023_03", evidence::press, {2022, 12, 15}, "Vote du conseil régional d'Occitanie du 15 décembre 2022",
    "en vigueur le 2023-03-01",
    "in force 2023-03-01"};
inline constexpr source alt_pdl_2022{"alt_pdl_2022", evidence::press, {2021, 1, 1}, "Délibération du conseil régional des Pays de la Loire",
    "régime de 2021",
    "2021 regime"};
inline constexpr source alt_pdl_2023{"alt_pdl_2023", evidence::press, {2022, 12, 1}, "Budget 2023 du conseil régional des Pays de la Loire",
    "caradisiac 2022-12",
    "caradisiac 2022-12"};
inline constexpr source alt_paca_2022{"alt_paca_2022", evidence::official, {2023, 12, 1}, "Délibération du conseil régional de Provence-Alpes-Côte d'Azur",
    "données du simulateur officiel 2023 (100 %)",
    "official simulator data 2023 (100 %)"};
inline constexpr source alt_paca_2024_03{"alt_paca_2024_03", evidence::press, {2023, 12, 15}, "Vote du conseil régional de Provence-Alpes-Côte d'Azur du 15 décembre 2023",
    "en vigueur le 2024-03-01",
    "in force 2024-03-01"};
inline constexpr source alt_overseas_none{"alt_overseas_none", evidence::official, {2023, 12, 1}, "CIBS, art. L.421-50",
    "aucune exonération votée (ANTS 2021 ; données du simulateur officiel 2023)",
    "no exemption voted (ANTS 2021; official simulator data 2023)"};
inline constexpr source ev_hdf_2025_05{"ev_hdf_2025_05", evidence::press, {2025, 2, 14}, "CIBS, art. L.421-49 (version 2) ; délibération du conseil régional des Hauts-de-France",
    "exonération totale maintenue (Auto Plus via cnews, frandroid)",
    "the full exemption kept (Auto Plus via cnews, frandroid)"};
inline constexpr source ev_hdf_2026_04{"ev_hdf_2026_04", evidence::single_source, {2026, 2, 28}, "Délibération du conseil régional des Hauts-de-France du 5 février 2026 (non lue)",
    "à partir du changement de tarif du 2026-04-01 : demi-tarif pour l'électricité et l'hydrogène (caradisiac 2026-02-28 : l'exonération s'arrête là ; un calculateur de 2026-12 et la table d'un pair : 50 % ; texte de la délibération non trouvé)",
    "from the 2026-04-01 rate change: half rate for electricity / hydrogen (caradisiac 2026-02-28: the exemption ends there; a calculator of 2026-12 and a peer table: 50 %; no deliberation text found)"};
// clang-format on
}  // namespace src

struct clean_reduction_row {
    region key;
    date since;
    std::int32_t percent_off;  // 0, 50 or 100
    source_ref source;
};

// The law allows a region 50 % or 100 % off, or nothing.
constexpr bool law_allows_percent(const clean_reduction_row& r) noexcept {
    return r.percent_off == 0 || r.percent_off == 50 || r.percent_off == 100;
}

// Hybrids (EE, EH, GL, GH...), LPG, natural gas, E85: the regional option of CIBS L.421-50.
// clang-format off
inline constexpr clean_reduction_row alternative_fuel_reductions[] = {
    // region                            since           %   source
    {region::auvergne_rhone_alpes,        {2022,  1, 1}, 100, src::alt_ara_2022},
    {region::auvergne_rhone_alpes,        {2024,  3, 1},   0, src::alt_ara_2024_03},
    {region::bourgogne_franche_comte,     {2022,  1, 1}, 100, src::alt_bfc_2022},
    {region::bourgogne_franche_comte,     {2023,  7, 1},   0, src::alt_bfc_2023_07},
    {region::bretagne,                    {2022,  1, 1},  50, src::alt_bretagne_2022},
    {region::bretagne,                    {2023,  5, 1},   0, src::alt_bretagne_2023_05},
    {region::centre_val_de_loire,         {2022,  1, 1},  50, src::alt_cvl_2022},
    {region::centre_val_de_loire,         {2024,  1, 1},   0, src::alt_cvl_2024},
    {region::corse,                       {2022,  1, 1}, 100, src::alt_corse_2022},
    {region::grand_est,                   {2022,  1, 1}, 100, src::alt_grand_est_2022},
    {region::grand_est,                   {2022,  2, 1},   0, src::alt_grand_est_2022_02},
    {region::hauts_de_france,             {2022,  1, 1}, 100, src::alt_hdf_2022},
    {region::hauts_de_france,             {2023,  1, 1},  50, src::alt_hdf_2023},
    {region::hauts_de_france,             {2025,  3, 1},   0, src::alt_hdf_2025_03},
    {region::ile_de_france,               {2022,  1, 1}, 100, src::alt_idf_2022},
    {region::ile_de_france,               {2023,  8, 1},   0, src::alt_idf_2023_08},
    {region::normandie,                   {2022,  1, 1}, 100, src::alt_normandie_2022},
    {region::normandie,                   {2024,  1, 1},   0, src::alt_normandie_2024},
    {region::nouvelle_aquitaine,          {2022,  1, 1}, 100, src::alt_na_2022},
    {region::nouvelle_aquitaine,          {2023,  1, 1},   0, src::alt_na_2023},
    {region::occitanie,                   {2022,  1, 1}, 100, src::alt_occitanie_2022},
    {region::occitanie,                   {2023,  3, 1},   0, src::alt_occitanie_2023_03},
    {region::pays_de_la_loire,            {2022,  1, 1}, 100, src::alt_pdl_2022},
    {region::pays_de_la_loire,            {2023,  1, 1},   0, src::alt_pdl_2023},
    {region::provence_alpes_cote_d_azur,  {2022,  1, 1}, 100, src::alt_paca_2022},
    {region::provence_alpes_cote_d_azur,  {2024,  3, 1},   0, src::alt_paca_2024_03},
    {region::guadeloupe,                  {2022,  1, 1},   0, src::alt_overseas_none},
    {region::martinique,                  {2022,  1, 1},   0, src::alt_overseas_none},
    {region::guyane,                      {2022,  1, 1},   0, src::alt_overseas_none},
    {region::la_reunion,                  {2022,  1, 1},   0, src::alt_overseas_none},
    {region::mayotte,                     {2022,  1, 1},   0, src::alt_overseas_none},
};
// clang-format on
static_assert(cartegrise::detail::dated_rows_ok(alternative_fuel_reductions, law_allows_percent),
              "cartegrise: alternative fuels: sorted by region then date, 0, 50 or 100 % off (CIBS L.421-50)");
static_assert(cartegrise::detail::every_key_covered_from<alternative_fuel_reductions, region_count>(first_supported_date),
              "cartegrise: alternative fuels: every region has a row from 2022-01-01");
// clang-format off

// Electricity and/or hydrogen (EL, H2, HE, HH): the regions' own reductions under L.421-49 (v2), from
// 2025-05-01. A region without a row here charges the full rate.
inline constexpr date electric_regional_choice_from{2025, 5, 1};
inline constexpr clean_reduction_row electric_regional_reductions[] = {
    {region::hauts_de_france, {2025, 5, 1}, 100, src::ev_hdf_2025_05},
    // From its 43 EUR rate (2026-04-01) half the rate, not the full exemption (reference decision 5 as
    // revised 2026-12-04; press / single source, no deliberation text found: docs/data-sources.md).
    {region::hauts_de_france, {2026, 4, 1},  50, src::ev_hdf_2026_04},
};
// clang-format on
static_assert(cartegrise::detail::dated_rows_ok(electric_regional_reductions, [](const clean_reduction_row& r) {
                  return law_allows_percent(r) && !(r.since < electric_regional_choice_from);
              }), "cartegrise: electric vehicles: sorted, 0, 50 or 100 % off, regional rows only from 2025-05-01 (L.421-49 v2)");

constexpr const clean_reduction_row* alternative_fuel_reduction(region r, date d) noexcept {
    return cartegrise::detail::in_force<alternative_fuel_reductions, region_count>(r, d);
}

// A region's own reduction for electricity / hydrogen on `d` (from 2025-05-01), or nullptr: the rule
// that reads it is rules/clean_vehicles.hpp.
constexpr const clean_reduction_row* electric_regional_reduction(region r, date d) noexcept {
    return cartegrise::detail::in_force<electric_regional_reductions, region_count>(r, d);
}

}  // namespace data
CARTEGRISE_END_NAMESPACE

#endif
