// Y.1 — regional rate per fiscal horsepower (tarif régional), by region and date.
// Law: CIBS L.421-41 to L.421-54 (CGI 1599 sexdecies before 2022); each region's council votes the
// rate (L.421-42), capped at 60 € per CV; it applies to certificates issued from its start date.
// Where sources disagree on a start date, the date given by most sources is taken and the row's source
// says so (docs/data-sources.md). A new vote is one row here (and its source in sources.hpp).
#ifndef CARTEGRISE_DATA_REGIONAL_RATES_HPP
#define CARTEGRISE_DATA_REGIONAL_RATES_HPP

#include <cstdint>

#include "../detail/lookup.hpp"
#include "../territory.hpp"
#include "sources.hpp"
#include "vintage.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace data {

// The legal cap of the regional rate: 60 € per CV (CIBS L.421-42).
inline constexpr std::int32_t regional_rate_cap_cents = 6000;

struct regional_rate_row {
    region key;
    date since;
    std::int32_t cents_per_cv;
    source_id source;
};

// clang-format off
inline constexpr regional_rate_row regional_rates[] = {
    // region                            since            cents  source
    {region::auvergne_rhone_alpes,        {2022,  1, 1},  4300, source_id::ara_2022},
    {region::bourgogne_franche_comte,     {2022,  1, 1},  5100, source_id::bfc_2022},
    {region::bourgogne_franche_comte,     {2024,  7, 1},  5500, source_id::bfc_2024_07},
    {region::bourgogne_franche_comte,     {2025,  7, 1},  6000, source_id::bfc_2025_07},
    {region::bretagne,                    {2022,  1, 1},  5100, source_id::bretagne_2022},
    {region::bretagne,                    {2023,  5, 1},  5500, source_id::bretagne_2023_05},
    {region::bretagne,                    {2025,  2, 1},  6000, source_id::bretagne_2025_02},
    {region::centre_val_de_loire,         {2022,  1, 1},  4980, source_id::cvl_2022},
    {region::centre_val_de_loire,         {2024,  1, 1},  5500, source_id::cvl_2024},
    {region::centre_val_de_loire,         {2025,  1, 1},  6000, source_id::cvl_2025},
    {region::corse,                       {2022,  1, 1},  2700, source_id::corse_2022},
    {region::corse,                       {2025,  1, 1},  4300, source_id::corse_2025},
    {region::corse,                       {2026,  1, 1},  5300, source_id::corse_2026},
    {region::grand_est,                   {2022,  1, 1},  4200, source_id::grand_est_2022},
    {region::grand_est,                   {2022,  2, 1},  4800, source_id::grand_est_2022_02},
    {region::grand_est,                   {2025,  2, 1},  6000, source_id::grand_est_2025_02},
    {region::hauts_de_france,             {2022,  1, 1},  3300, source_id::hdf_2022},
    {region::hauts_de_france,             {2023,  1, 1},  3450, source_id::hdf_2023},
    {region::hauts_de_france,             {2024,  1, 1},  3620, source_id::hdf_2024},
    {region::hauts_de_france,             {2025,  3, 1},  4200, source_id::hdf_2025_03},
    {region::hauts_de_france,             {2026,  4, 1},  4300, source_id::hdf_2026_04},
    {region::ile_de_france,               {2022,  1, 1},  4615, source_id::idf_2022},
    {region::ile_de_france,               {2024,  1, 1},  5495, source_id::idf_2024},
    {region::normandie,                   {2022,  1, 1},  3500, source_id::normandie_2022},
    {region::normandie,                   {2024,  1, 1},  4600, source_id::normandie_2024},
    {region::normandie,                   {2025,  1, 1},  6000, source_id::normandie_2025},
    {region::nouvelle_aquitaine,          {2022,  1, 1},  4100, source_id::na_2022},
    {region::nouvelle_aquitaine,          {2023,  1, 1},  4500, source_id::na_2023},
    {region::nouvelle_aquitaine,          {2025,  1, 1},  5300, source_id::na_2025},
    {region::nouvelle_aquitaine,          {2026,  3, 1},  5800, source_id::na_2026_03},
    {region::occitanie,                   {2022,  1, 1},  4400, source_id::occitanie_2022},
    {region::occitanie,                   {2023,  9, 1},  4700, source_id::occitanie_2023_09},
    {region::occitanie,                   {2024, 10, 1},  5450, source_id::occitanie_2024_10},
    {region::occitanie,                   {2025,  7, 1},  5950, source_id::occitanie_2025_07},
    {region::pays_de_la_loire,            {2022,  1, 1},  4800, source_id::pdl_2022},
    {region::pays_de_la_loire,            {2023,  1, 1},  5100, source_id::pdl_2023},
    {region::provence_alpes_cote_d_azur,  {2022,  1, 1},  5120, source_id::paca_2022},
    {region::provence_alpes_cote_d_azur,  {2025,  1, 1},  5900, source_id::paca_2025},
    {region::provence_alpes_cote_d_azur,  {2026,  1, 1},  6000, source_id::paca_2026},
    {region::guadeloupe,                  {2022,  1, 1},  4100, source_id::guadeloupe_2022},
    {region::martinique,                  {2022,  1, 1},  5100, source_id::martinique_2022},
    {region::martinique,                  {2023,  1, 1},  3000, source_id::martinique_2023},
    {region::martinique,                  {2025,  7, 1},  5300, source_id::martinique_2025_07},
    {region::guyane,                      {2022,  1, 1},  4250, source_id::guyane_2022},
    {region::la_reunion,                  {2022,  1, 1},  5100, source_id::reunion_2022},
    {region::la_reunion,                  {2025,  2, 1},  5700, source_id::reunion_2025_02},
    {region::la_reunion,                  {2026,  2, 1},  6000, source_id::reunion_2026_02},
    {region::mayotte,                     {2022,  1, 1},  3000, source_id::mayotte_2022},
};
// clang-format on
static_assert(cartegrise::detail::dated_rows_ok(regional_rates, [](const regional_rate_row& r) {
                  return r.cents_per_cv >= 0 && r.cents_per_cv <= regional_rate_cap_cents;
              }), "cartegrise: regional rates sorted by region then date, one row a day, within the 60 EUR/CV cap of CIBS L.421-42");
static_assert(cartegrise::detail::every_key_covered_from<regional_rates, region_count>(first_supported_date),
              "cartegrise: every region has a regional rate from 2022-01-01");

constexpr const regional_rate_row* regional_rate(region r, date d) noexcept {
    return cartegrise::detail::in_force<regional_rates, region_count>(r, d);
}

// Île-de-France Mobilités surcharge on the regional rate, per CV (CIBS L.421-54-1, created by the
// finance law for 2026). Outside the 60 € cap; follows the same halvings and exemptions (L.421-45 to
// L.421-54). Rows keyed by region so the same look-up serves; only Île-de-France has one.
// clang-format off
inline constexpr regional_rate_row idfm_surcharges[] = {
    {region::ile_de_france, {2022, 1, 1},    0, source_id::idfm_none},
    {region::ile_de_france, {2026, 3, 1}, 1400, source_id::idfm_2026_03},
    {region::ile_de_france, {2027, 1, 1}, 1200, source_id::idfm_2027_01},
};
// clang-format on
// Île-de-France only, from the floor (0 before the law), within the 14 EUR/CV of L.421-54-1.
static_assert(cartegrise::detail::dated_rows_ok(idfm_surcharges, [](const regional_rate_row& r) {
                  return r.key == region::ile_de_france && r.cents_per_cv >= 0 && r.cents_per_cv <= 1400;
              }) && idfm_surcharges[0].since == first_supported_date,
              "cartegrise: IDFM surcharge: Ile-de-France only, sorted by date from 2022-01-01, within 14 EUR/CV");

constexpr const regional_rate_row* idfm_surcharge(region r, date d) noexcept {
    return cartegrise::detail::in_force<idfm_surcharges, region_count>(r, d);
}

}  // namespace data
CARTEGRISE_END_NAMESPACE

#endif
