// Y.1 — regional rate per fiscal horsepower (tarif régional), by region and date.
// Law: CIBS L.421-41 to L.421-54 (CGI 1599 sexdecies before 2022); each region's council votes the
// rate (L.421-42), capped at 60 € per CV; it applies to certificates issued from its start date.
// Sources per row: regional deliberations as reported by the official simulator data (2023),
// service-public.fr, and the regional / national press (see docs/data-sources.md). Where sources
// disagree on a start date, the date given by most sources is taken and the row says so.
#ifndef CARTEGRISE_DATA_REGIONAL_RATES_HPP
#define CARTEGRISE_DATA_REGIONAL_RATES_HPP

#include <cstdint>
#include <string_view>

#include "../territory.hpp"
#include "table.hpp"

namespace cartegrise::data {

// The legal cap of the regional rate: 60 € per CV (CIBS L.421-42).
inline constexpr std::int64_t regional_rate_cap_cents = 6000;

struct regional_rate_row {
    region key;
    date since;
    std::int64_t cents_per_cv;
    std::string_view source;
};

// clang-format off
inline constexpr regional_rate_row regional_rates[] = {
    // region                               since           cents  source
    {region::auvergne_rhone_alpes,          {2022, 1, 1},   4300, "ARA council; official simulator data 2023; unchanged to 2026"},
    {region::bourgogne_franche_comte,       {2022, 1, 1},   5100, "BFC council; official simulator data 2023"},
    {region::bourgogne_franche_comte,       {2024, 7, 1},   5500, "BFC deliberation of 7-9 Feb 2024 (one source: 4 July; majority: 1 July)"},
    {region::bourgogne_franche_comte,       {2025, 7, 1},   6000, "BFC budget 2025, in force 2025-07-01"},
    {region::bretagne,                      {2022, 1, 1},   5100, "Bretagne council; ANTS list 2021"},
    {region::bretagne,                      {2023, 5, 1},   5500, "Bretagne deliberation Feb 2023, in force 2023-05-01"},
    {region::bretagne,                      {2025, 2, 1},   6000, "Bretagne budget 2025 (majority: 1 Feb; one source: 1 Jan)"},
    {region::centre_val_de_loire,           {2022, 1, 1},   4980, "CVL council; official simulator data 2023"},
    {region::centre_val_de_loire,           {2024, 1, 1},   5500, "CVL budget 2024"},
    {region::centre_val_de_loire,           {2025, 1, 1},   6000, "CVL budget 2025"},
    {region::corse,                         {2022, 1, 1},   2700, "Collectivité de Corse; official simulator data 2023"},
    {region::corse,                         {2025, 1, 1},   4300, "Collectivité de Corse budget 2025"},
    {region::corse,                         {2026, 1, 1},   5300, "Collectivité de Corse, vote of 2025-10-17, in force 2026-01-01"},
    {region::grand_est,                     {2022, 1, 1},   4200, "Grand Est council; ANTS list 2021"},
    {region::grand_est,                     {2022, 2, 1},   4800, "Grand Est deliberation of 2021-12-16, in force 2022-02-01"},
    {region::grand_est,                     {2025, 2, 1},   6000, "Grand Est budget 2025 (majority: 1 Feb; one source: 1 Jan)"},
    {region::hauts_de_france,               {2022, 1, 1},   3300, "HdF council; ANTS list 2021"},
    {region::hauts_de_france,               {2023, 1, 1},   3450, "HdF budget 2023; official simulator data 2023"},
    {region::hauts_de_france,               {2024, 1, 1},   3620, "HdF budget 2024"},
    {region::hauts_de_france,               {2025, 3, 1},   4200, "service-public.fr PrixCV: 36,20 -> 42 EUR from 2025-03-01"},
    {region::hauts_de_france,               {2026, 4, 1},   4300, "HdF plenary of 2026-02-05; start date from one source only (weak)"},
    {region::ile_de_france,                 {2022, 1, 1},   4615, "IDF council; official simulator data 2023"},
    {region::ile_de_france,                 {2024, 1, 1},   5495, "IDF budget 2024"},
    {region::normandie,                     {2022, 1, 1},   3500, "Normandie council; official simulator data 2023"},
    {region::normandie,                     {2024, 1, 1},   4600, "Normandie budget 2024"},
    {region::normandie,                     {2025, 1, 1},   6000, "Normandie vote of 2024-10-14, in force 2025-01-01"},
    {region::nouvelle_aquitaine,            {2022, 1, 1},   4100, "N.-Aquitaine council; ANTS list 2021"},
    {region::nouvelle_aquitaine,            {2023, 1, 1},   4500, "N.-Aquitaine budget 2023; official simulator data 2023"},
    {region::nouvelle_aquitaine,            {2025, 1, 1},   5300, "N.-Aquitaine budget 2025"},
    {region::nouvelle_aquitaine,            {2026, 3, 1},   5800, "N.-Aquitaine budget 2026, in force 2026-03-01"},
    {region::occitanie,                     {2022, 1, 1},   4400, "Occitanie council; ANTS list 2021"},
    {region::occitanie,                     {2023, 9, 1},   4700, "Occitanie deliberation, in force 2023-09-01; official simulator data 2023"},
    {region::occitanie,                     {2024, 10, 1},  5450, "Occitanie deliberation, in force 2024-10-01"},
    {region::occitanie,                     {2025, 7, 1},   5950, "Occitanie deliberation, in force 2025-07-01"},
    {region::pays_de_la_loire,              {2022, 1, 1},   4800, "PdL council; ANTS list 2021"},
    {region::pays_de_la_loire,              {2023, 1, 1},   5100, "PdL budget 2023; official simulator data 2023; unchanged to 2026"},
    {region::provence_alpes_cote_d_azur,    {2022, 1, 1},   5120, "PACA council; official simulator data 2023"},
    {region::provence_alpes_cote_d_azur,    {2025, 1, 1},   5900, "PACA budget 2025 (majority: 1 Jan; one source: 1 Feb)"},
    {region::provence_alpes_cote_d_azur,    {2026, 1, 1},   6000, "PACA budget 2026"},
    {region::guadeloupe,                    {2022, 1, 1},   4100, "Guadeloupe council; official simulator data 2023; unchanged"},
    {region::martinique,                    {2022, 1, 1},   5100, "Collectivité de Martinique, 2022 rate"},
    {region::martinique,                    {2023, 1, 1},   3000, "Collectivité de Martinique; official simulator data 2023"},
    {region::martinique,                    {2025, 7, 1},   5300, "Collectivité de Martinique, in force 2025-07-01"},
    {region::guyane,                        {2022, 1, 1},   4250, "Collectivité de Guyane; official simulator data 2023; unchanged"},
    {region::la_reunion,                    {2022, 1, 1},   5100, "La Réunion council; official simulator data 2023"},
    {region::la_reunion,                    {2025, 2, 1},   5700, "La Réunion, in force 2025-02-01"},
    {region::la_reunion,                    {2026, 2, 1},   6000, "La Réunion (majority: 1 Feb 2026; one source: 1 Jan)"},
    {region::mayotte,                       {2022, 1, 1},   3000, "Mayotte; official simulator data 2023; unchanged"},
};
// clang-format on

namespace detail {
constexpr bool regional_rates_within_cap() noexcept {
    for (const auto& r : regional_rates)
        if (r.cents_per_cv < 0 || r.cents_per_cv > regional_rate_cap_cents) return false;
    return true;
}
}  // namespace detail

static_assert(cartegrise::detail::sorted_by_key_then_date(regional_rates), "regional rates: sorted by region then date, one row a day");
static_assert(cartegrise::detail::every_key_covered_from<region>(regional_rates, region_count, first_supported_date),
              "regional rates: every region has a rate from 2022-01-01");
static_assert(detail::regional_rates_within_cap(), "regional rates: within the 60 EUR/CV cap of CIBS L.421-42");

constexpr const regional_rate_row* regional_rate(region r, date d) noexcept {
    return cartegrise::detail::find_in_force(regional_rates, r, d);
}

// Île-de-France Mobilités surcharge on the regional rate, per CV (CIBS L.421-54-1, created by the
// finance law for 2026). Outside the 60 € cap; follows the same halvings and exemptions (L.421-45 to
// L.421-54). Rows keyed by region so the same look-up serves; only Île-de-France has one.
struct surcharge_row {
    region key;
    date since;
    std::int64_t cents_per_cv;
    std::string_view source;
};
// clang-format off
inline constexpr surcharge_row idfm_surcharges[] = {
    {region::ile_de_france, {2022, 1, 1},    0, "no surcharge before CIBS L.421-54-1"},
    {region::ile_de_france, {2026, 3, 1}, 1400, "CIBS L.421-54-1 (LF 2026); IDFM deliberation, 14 EUR/CV from 2026-03-01"},
};
// clang-format on
static_assert(cartegrise::detail::sorted_by_key_then_date(idfm_surcharges), "IDFM surcharge: sorted by date");

constexpr const surcharge_row* idfm_surcharge(region r, date d) noexcept {
    return cartegrise::detail::find_in_force(idfm_surcharges, r, d);
}

}  // namespace cartegrise::data

#endif
