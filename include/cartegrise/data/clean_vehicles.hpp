// Y.1 — reductions of the regional tax for "clean" vehicles, by region, energy family and date.
// Law: CIBS L.421-49 (electricity / hydrogen) and L.421-50 (regional option for hybrids, LPG, natural
// gas, E85: exemption of 50 % or 100 %); CGI 1599 novodecies A before 2022.
// Electric / hydrogen: nil rate by law until 2025-04-30 (L.421-49 v1; certificates issued 2025-02-16 →
// 2025-04-30 keep it under the LF 2025 transition); from 2025-05-01 (L.421-49 v2, LF 2025 art. 119) the
// reduction is the region's choice: only Hauts-de-France kept 100 %.
#ifndef CARTEGRISE_DATA_CLEAN_VEHICLES_HPP
#define CARTEGRISE_DATA_CLEAN_VEHICLES_HPP

#include <cstdint>
#include <string_view>

#include "../territory.hpp"
#include "table.hpp"

namespace cartegrise::data {

struct clean_reduction_row {
    region key;
    date since;
    int percent_off;  // 0, 50 or 100
    std::string_view source;
};

// Hybrids (EE, EH, GL, GH...), LPG, natural gas, E85: the regional option of CIBS L.421-50.
// clang-format off
inline constexpr clean_reduction_row alternative_fuel_reductions[] = {
    // region                             since          %    source
    {region::auvergne_rhone_alpes,        {2022, 1, 1},  100, "ARA deliberation; official simulator data 2023 (100 %)"},
    {region::auvergne_rhone_alpes,        {2024, 3, 1},    0, "ARA vote of 2023-12-15, in force 2024-03-01"},
    {region::bourgogne_franche_comte,     {2022, 1, 1},  100, "BFC deliberation (2021 regime)"},
    {region::bourgogne_franche_comte,     {2023, 7, 1},    0, "BFC budget 2023, end of exemption 2023-07-01 (one source: 2023-01-01)"},
    {region::bretagne,                    {2022, 1, 1},   50, "Bretagne deliberation (2021 regime)"},
    {region::bretagne,                    {2023, 5, 1},    0, "Bretagne deliberation Feb 2023, in force 2023-05-01"},
    {region::centre_val_de_loire,         {2022, 1, 1},   50, "CVL deliberation; official simulator data 2023 (50 %)"},
    {region::centre_val_de_loire,         {2024, 1, 1},    0, "CVL budget 2024 (date from press; weak)"},
    {region::corse,                       {2022, 1, 1},  100, "Collectivité de Corse; official simulator data 2023; kept 2025-2026"},
    {region::grand_est,                   {2022, 1, 1},  100, "Grand Est (2021 regime)"},
    {region::grand_est,                   {2022, 2, 1},    0, "Grand Est deliberation of 2021-12-16, in force 2022-02-01"},
    {region::hauts_de_france,             {2022, 1, 1},  100, "HdF (2021 regime)"},
    {region::hauts_de_france,             {2023, 1, 1},   50, "HdF budget 2023; official simulator data 2023 (50 %)"},
    {region::hauts_de_france,             {2025, 3, 1},    0, "service-public.fr PrixCV (HdF, 2025-03-01)"},
    {region::ile_de_france,               {2022, 1, 1},  100, "IDF (2021 regime)"},
    {region::ile_de_france,               {2023, 8, 1},    0, "IDF deliberation, in force 2023-08-01"},
    {region::normandie,                   {2022, 1, 1},  100, "Normandie; official simulator data 2023 (100 %)"},
    {region::normandie,                   {2024, 1, 1},    0, "Normandie budget 2024"},
    {region::nouvelle_aquitaine,          {2022, 1, 1},  100, "N.-Aquitaine (2021 regime)"},
    {region::nouvelle_aquitaine,          {2023, 1, 1},    0, "N.-Aquitaine budget 2023"},
    {region::occitanie,                   {2022, 1, 1},  100, "Occitanie (2021 regime)"},
    {region::occitanie,                   {2023, 3, 1},    0, "Occitanie vote of 2022-12-15, in force 2023-03-01"},
    {region::pays_de_la_loire,            {2022, 1, 1},  100, "PdL (2021 regime)"},
    {region::pays_de_la_loire,            {2023, 1, 1},    0, "PdL budget 2023"},
    {region::provence_alpes_cote_d_azur,  {2022, 1, 1},  100, "PACA; official simulator data 2023 (100 %)"},
    {region::provence_alpes_cote_d_azur,  {2024, 3, 1},    0, "PACA vote of 2023-12-15, in force 2024-03-01"},
    {region::guadeloupe,                  {2022, 1, 1},    0, "no exemption voted (ANTS 2021; official simulator data 2023)"},
    {region::martinique,                  {2022, 1, 1},    0, "no exemption voted (ANTS 2021; official simulator data 2023)"},
    {region::guyane,                      {2022, 1, 1},    0, "no exemption voted (ANTS 2021; official simulator data 2023)"},
    {region::la_reunion,                  {2022, 1, 1},    0, "no exemption voted (ANTS 2021; official simulator data 2023)"},
    {region::mayotte,                     {2022, 1, 1},    0, "no exemption voted (ANTS 2021; official simulator data 2023)"},
};

// Electricity and/or hydrogen only (EL, H2, HE, HH).
inline constexpr clean_reduction_row electric_reductions[] = {
#define CARTEGRISE_EV_BY_LAW(r) {region::r, {2022, 1, 1}, 100, "CIBS L.421-49 (v1): nil rate by law"}, \
                                {region::r, {2025, 5, 1},   0, "CIBS L.421-49 (v2, LF 2025 art. 119): no reduction voted"}
    CARTEGRISE_EV_BY_LAW(auvergne_rhone_alpes),
    CARTEGRISE_EV_BY_LAW(bourgogne_franche_comte),
    CARTEGRISE_EV_BY_LAW(bretagne),
    CARTEGRISE_EV_BY_LAW(centre_val_de_loire),
    CARTEGRISE_EV_BY_LAW(corse),
    CARTEGRISE_EV_BY_LAW(grand_est),
    {region::hauts_de_france, {2022, 1, 1}, 100, "CIBS L.421-49 (v1): nil rate by law"},
    {region::hauts_de_france, {2025, 5, 1}, 100, "CIBS L.421-49 (v2); HdF deliberation keeping the full exemption"},
    CARTEGRISE_EV_BY_LAW(ile_de_france),
    CARTEGRISE_EV_BY_LAW(normandie),
    CARTEGRISE_EV_BY_LAW(nouvelle_aquitaine),
    CARTEGRISE_EV_BY_LAW(occitanie),
    CARTEGRISE_EV_BY_LAW(pays_de_la_loire),
    CARTEGRISE_EV_BY_LAW(provence_alpes_cote_d_azur),
    CARTEGRISE_EV_BY_LAW(guadeloupe),
    CARTEGRISE_EV_BY_LAW(martinique),
    CARTEGRISE_EV_BY_LAW(guyane),
    CARTEGRISE_EV_BY_LAW(la_reunion),
    CARTEGRISE_EV_BY_LAW(mayotte),
#undef CARTEGRISE_EV_BY_LAW
};
// clang-format on

namespace detail {
template <std::size_t N>
constexpr bool percents_ok(const clean_reduction_row (&rows)[N]) noexcept {
    for (const auto& r : rows)
        if (r.percent_off != 0 && r.percent_off != 50 && r.percent_off != 100) return false;
    return true;
}
}  // namespace detail

static_assert(cartegrise::detail::sorted_by_key_then_date(alternative_fuel_reductions), "clean vehicles: sorted");
static_assert(cartegrise::detail::sorted_by_key_then_date(electric_reductions), "electric vehicles: sorted");
static_assert(cartegrise::detail::every_key_covered_from<region>(alternative_fuel_reductions, region_count, first_supported_date),
              "clean vehicles: every region from 2022-01-01");
static_assert(cartegrise::detail::every_key_covered_from<region>(electric_reductions, region_count, first_supported_date),
              "electric vehicles: every region from 2022-01-01");
static_assert(detail::percents_ok(alternative_fuel_reductions) && detail::percents_ok(electric_reductions),
              "clean vehicles: the law allows 0, 50 or 100 % only");

}  // namespace cartegrise::data

#endif
