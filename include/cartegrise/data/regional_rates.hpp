// Y.1 — regional rate per fiscal horsepower (tarif régional), by region and date.
// Law: CIBS L.421-41 to L.421-54 (CGI 1599 sexdecies before 2022); each region's council votes the
// rate (L.421-42), capped at 60 € per CV; it applies to certificates issued from its start date.
// Where sources disagree on a start date, the date given by most sources is taken and the row's source
// says so (docs/data-sources.md). A new vote is one row here: the rate and, inside the row, its source.
#ifndef CARTEGRISE_DATA_REGIONAL_RATES_HPP
#define CARTEGRISE_DATA_REGIONAL_RATES_HPP

#include <cstdint>

#include "../detail/lookup.hpp"
#include "../territory.hpp"
#include "../source.hpp"
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
    cartegrise::source source;  // the vote: inside the row, so that a new vote is one row
};

// clang-format off
inline constexpr regional_rate_row regional_rates[] = {
    // region                            since            cents  source
    {region::auvergne_rhone_alpes,        {2022,  1, 1},  4300, {"ara_2022", evidence::official, {2023, 12, 1}, "Délibération du conseil régional d'Auvergne-Rhône-Alpes",
        "données du simulateur officiel 2023 ; inchangé jusqu'en 2026",
        "official simulator data 2023; unchanged to 2026"}},
    {region::bourgogne_franche_comte,     {2022,  1, 1},  5100, {"bfc_2022", evidence::official, {2023, 12, 1}, "Délibération du conseil régional de Bourgogne-Franche-Comté",
        "données du simulateur officiel 2023",
        "official simulator data 2023"}},
    {region::bourgogne_franche_comte,     {2024,  7, 1},  5500, {"bfc_2024_07", evidence::press, {2024, 2, 9}, "Délibération du conseil régional de Bourgogne-Franche-Comté des 7 à 9 février 2024",
        "en vigueur le 2024-07-01 (la plupart des sources ; une dit le 4 juillet)",
        "in force 2024-07-01 (majority of sources; one says 4 July)"}},
    {region::bourgogne_franche_comte,     {2025,  7, 1},  6000, {"bfc_2025_07", evidence::press, {2025, 6, 30}, "Budget 2025 du conseil régional de Bourgogne-Franche-Comté",
        "en vigueur le 2025-07-01 (cartegriseminute 2025-06-30, carte-grise.org 2025-07)",
        "in force 2025-07-01 (cartegriseminute 2025-06-30, carte-grise.org 2025-07)"}},
    {region::bretagne,                    {2022,  1, 1},  5100, {"bretagne_2022", evidence::official, {2021, 1, 1}, "Délibération du conseil régional de Bretagne",
        "liste ANTS 2021",
        "ANTS list 2021"}},
    {region::bretagne,                    {2023,  5, 1},  5500, {"bretagne_2023_05", evidence::press, {2023, 2, 1}, "Délibération du conseil régional de Bretagne de février 2023",
        "en vigueur le 2023-05-01 (20minutes, saint-malo.net, ecartegrise)",
        "in force 2023-05-01 (20minutes, saint-malo.net, ecartegrise)"}},
    {region::bretagne,                    {2025,  2, 1},  6000, {"bretagne_2025_02", evidence::press, {2025, 2, 1}, "Budget 2025 du conseil régional de Bretagne",
        "en vigueur le 2025-02-01 (la plupart des sources ; une dit le 1er janvier)",
        "in force 2025-02-01 (majority of sources; one says 1 Jan)"}},
    {region::centre_val_de_loire,         {2022,  1, 1},  4980, {"cvl_2022", evidence::official, {2023, 12, 1}, "Délibération du conseil régional du Centre-Val de Loire",
        "données du simulateur officiel 2023",
        "official simulator data 2023"}},
    {region::centre_val_de_loire,         {2024,  1, 1},  5500, {"cvl_2024", evidence::press, {2023, 12, 1}, "Budget 2024 du conseil régional du Centre-Val de Loire",
        "francetvinfo 2023-12, legalplace 2024",
        "francetvinfo 2023-12, legalplace 2024"}},
    {region::centre_val_de_loire,         {2025,  1, 1},  6000, {"cvl_2025", evidence::press, {2025, 1, 1}, "Budget 2025 du conseil régional du Centre-Val de Loire",
        "France 3, 2025",
        "France 3, 2025"}},
    {region::corse,                       {2022,  1, 1},  2700, {"corse_2022", evidence::official, {2023, 12, 1}, "Délibération de la Collectivité de Corse",
        "données du simulateur officiel 2023",
        "official simulator data 2023"}},
    {region::corse,                       {2025,  1, 1},  4300, {"corse_2025", evidence::press, {2025, 1, 1}, "Budget 2025 de la Collectivité de Corse",
        "tarif 2025 repris par la presse",
        "2025 rate as the press reports it"}},
    {region::corse,                       {2026,  1, 1},  5300, {"corse_2026", evidence::press, {2025, 10, 17}, "Vote de la Collectivité de Corse du 17 octobre 2025",
        "en vigueur le 2026-01-01 (carte-grise.org, cartegriseminute)",
        "in force 2026-01-01 (carte-grise.org, cartegriseminute)"}},
    {region::grand_est,                   {2022,  1, 1},  4200, {"grand_est_2022", evidence::official, {2021, 1, 1}, "Délibération du conseil régional du Grand Est",
        "liste ANTS 2021",
        "ANTS list 2021"}},
    {region::grand_est,                   {2022,  2, 1},  4800, {"grand_est_2022_02", evidence::press, {2021, 12, 16}, "Délibération du conseil régional du Grand Est du 16 décembre 2021",
        "en vigueur le 2022-02-01",
        "in force 2022-02-01"}},
    {region::grand_est,                   {2025,  2, 1},  6000, {"grand_est_2025_02", evidence::press, {2025, 2, 1}, "Budget 2025 du conseil régional du Grand Est",
        "en vigueur le 2025-02-01 (la plupart des sources ; une dit le 1er janvier)",
        "in force 2025-02-01 (majority of sources; one says 1 Jan)"}},
    {region::hauts_de_france,             {2022,  1, 1},  3300, {"hdf_2022", evidence::official, {2021, 1, 1}, "Délibération du conseil régional des Hauts-de-France",
        "liste ANTS 2021",
        "ANTS list 2021"}},
    {region::hauts_de_france,             {2023,  1, 1},  3450, {"hdf_2023", evidence::official, {2023, 12, 1}, "Budget 2023 du conseil régional des Hauts-de-France",
        "données du simulateur officiel 2023",
        "official simulator data 2023"}},
    {region::hauts_de_france,             {2024,  1, 1},  3620, {"hdf_2024", evidence::press, {2024, 1, 1}, "Budget 2024 du conseil régional des Hauts-de-France",
        "tarif 2024 repris par la presse",
        "2024 rate as the press reports it"}},
    {region::hauts_de_france,             {2025,  3, 1},  4200, {"hdf_2025_03", evidence::official, {2025, 3, 1}, "service-public.fr, PrixCV",
        "36,20 € puis 42 € à partir du 2025-03-01",
        "36.20 -> 42 EUR from 2025-03-01"}},
    {region::hauts_de_france,             {2026,  4, 1},  4300, {"hdf_2026_04", evidence::press, {2026, 2, 5}, "Délibération du conseil régional des Hauts-de-France du 5 février 2026",
        "43 € à partir du 2026-04-01 (caradisiac 2026-02-28, eplaque 2026-02-06)",
        "43 EUR from 2026-04-01 (caradisiac 2026-02-28, eplaque 2026-02-06)"}},
    {region::ile_de_france,               {2022,  1, 1},  4615, {"idf_2022", evidence::official, {2023, 12, 1}, "Délibération du conseil régional d'Île-de-France",
        "données du simulateur officiel 2023",
        "official simulator data 2023"}},
    {region::ile_de_france,               {2024,  1, 1},  5495, {"idf_2024", evidence::press, {2023, 12, 1}, "Budget 2024 du conseil régional d'Île-de-France",
        "francetvinfo, cbanque 2023-12",
        "francetvinfo, cbanque 2023-12"}},
    {region::normandie,                   {2022,  1, 1},  3500, {"normandie_2022", evidence::official, {2023, 12, 1}, "Délibération du conseil régional de Normandie",
        "données du simulateur officiel 2023",
        "official simulator data 2023"}},
    {region::normandie,                   {2024,  1, 1},  4600, {"normandie_2024", evidence::press, {2023, 12, 1}, "Budget 2024 du conseil régional de Normandie",
        "ecartegrise, TF1 2023-12",
        "ecartegrise, TF1 2023-12"}},
    {region::normandie,                   {2025,  1, 1},  6000, {"normandie_2025", evidence::press, {2024, 10, 14}, "Vote du conseil régional de Normandie du 14 octobre 2024",
        "en vigueur le 2025-01-01",
        "in force 2025-01-01"}},
    {region::nouvelle_aquitaine,          {2022,  1, 1},  4100, {"na_2022", evidence::official, {2021, 1, 1}, "Délibération du conseil régional de Nouvelle-Aquitaine",
        "liste ANTS 2021",
        "ANTS list 2021"}},
    {region::nouvelle_aquitaine,          {2023,  1, 1},  4500, {"na_2023", evidence::official, {2023, 12, 1}, "Budget 2023 du conseil régional de Nouvelle-Aquitaine",
        "données du simulateur officiel 2023",
        "official simulator data 2023"}},
    {region::nouvelle_aquitaine,          {2025,  1, 1},  5300, {"na_2025", evidence::press, {2025, 1, 1}, "Budget 2025 du conseil régional de Nouvelle-Aquitaine",
        "tarif 2025 repris par la presse",
        "2025 rate as the press reports it"}},
    {region::nouvelle_aquitaine,          {2026,  3, 1},  5800, {"na_2026_03", evidence::press, {2025, 12, 18}, "Séance plénière du conseil régional de Nouvelle-Aquitaine du 18 décembre 2025",
        "en vigueur le 2026-03-01 selon le recueil des actes de la région (cartegriseminute 2026-01-29 ; plusieurs pages concordantes)",
        "in force 2026-03-01 as the region's record of decisions gives it (cartegriseminute 2026-01-29; several agreeing pages)"}},
    {region::occitanie,                   {2022,  1, 1},  4400, {"occitanie_2022", evidence::official, {2021, 1, 1}, "Délibération du conseil régional d'Occitanie",
        "liste ANTS 2021",
        "ANTS list 2021"}},
    {region::occitanie,                   {2023,  9, 1},  4700, {"occitanie_2023_09", evidence::official, {2023, 9, 1}, "Délibération du conseil régional d'Occitanie",
        "en vigueur le 2023-09-01 ; données du simulateur officiel 2023",
        "in force 2023-09-01; official simulator data 2023"}},
    {region::occitanie,                   {2024, 10, 1},  5450, {"occitanie_2024_10", evidence::press, {2024, 9, 1}, "Délibération du conseil régional d'Occitanie",
        "en vigueur le 2024-10-01 (carte-grise.org 2024-09)",
        "in force 2024-10-01 (carte-grise.org 2024-09)"}},
    {region::occitanie,                   {2025,  7, 1},  5950, {"occitanie_2025_07", evidence::press, {2025, 6, 30}, "Délibération du conseil régional d'Occitanie",
        "en vigueur le 2025-07-01 (cartegriseminute 2025-06-30)",
        "in force 2025-07-01 (cartegriseminute 2025-06-30)"}},
    {region::pays_de_la_loire,            {2022,  1, 1},  4800, {"pdl_2022", evidence::official, {2021, 1, 1}, "Délibération du conseil régional des Pays de la Loire",
        "liste ANTS 2021",
        "ANTS list 2021"}},
    {region::pays_de_la_loire,            {2023,  1, 1},  5100, {"pdl_2023", evidence::official, {2023, 12, 1}, "Budget 2023 du conseil régional des Pays de la Loire",
        "données du simulateur officiel 2023 ; inchangé jusqu'en 2026",
        "official simulator data 2023; unchanged to 2026"}},
    {region::provence_alpes_cote_d_azur,  {2022,  1, 1},  5120, {"paca_2022", evidence::official, {2023, 12, 1}, "Délibération du conseil régional de Provence-Alpes-Côte d'Azur",
        "données du simulateur officiel 2023",
        "official simulator data 2023"}},
    {region::provence_alpes_cote_d_azur,  {2025,  1, 1},  5900, {"paca_2025", evidence::press, {2025, 1, 1}, "Budget 2025 du conseil régional de Provence-Alpes-Côte d'Azur",
        "la plupart des sources : 1er janvier ; une dit 1er février",
        "majority of sources: 1 Jan; one says 1 Feb"}},
    {region::provence_alpes_cote_d_azur,  {2026,  1, 1},  6000, {"paca_2026", evidence::press, {2026, 1, 1}, "Budget 2026 du conseil régional de Provence-Alpes-Côte d'Azur",
        "simulateurmalus, cartegriseminute ; une facture payée en 2026",
        "simulateurmalus, cartegriseminute; a paid 2026 invoice"}},
    {region::guadeloupe,                  {2022,  1, 1},  4100, {"guadeloupe_2022", evidence::official, {2023, 12, 1}, "Délibération du conseil régional de Guadeloupe",
        "données du simulateur officiel 2023 ; inchangé",
        "official simulator data 2023; unchanged"}},
    {region::martinique,                  {2022,  1, 1},  5100, {"martinique_2022", evidence::press, {2022, 1, 10}, "Délibération de la Collectivité territoriale de Martinique",
        "tarif 2022 (eplaque 2022-01-10)",
        "2022 rate (eplaque 2022-01-10)"}},
    {region::martinique,                  {2023,  1, 1},  3000, {"martinique_2023", evidence::official, {2023, 12, 1}, "Délibération de la Collectivité territoriale de Martinique",
        "données du simulateur officiel 2023",
        "official simulator data 2023"}},
    {region::martinique,                  {2025,  7, 1},  5300, {"martinique_2025_07", evidence::press, {2025, 7, 1}, "Délibération de la Collectivité territoriale de Martinique",
        "en vigueur le 2025-07-01 (carte-grise.org, cartegriseminute)",
        "in force 2025-07-01 (carte-grise.org, cartegriseminute)"}},
    {region::guyane,                      {2022,  1, 1},  4250, {"guyane_2022", evidence::official, {2023, 12, 1}, "Délibération de la Collectivité territoriale de Guyane",
        "données du simulateur officiel 2023 ; inchangé",
        "official simulator data 2023; unchanged"}},
    {region::la_reunion,                  {2022,  1, 1},  5100, {"reunion_2022", evidence::official, {2023, 12, 1}, "Délibération du conseil régional de La Réunion",
        "données du simulateur officiel 2023",
        "official simulator data 2023"}},
    {region::la_reunion,                  {2025,  2, 1},  5700, {"reunion_2025_02", evidence::press, {2025, 2, 1}, "Délibération du conseil régional de La Réunion",
        "en vigueur le 2025-02-01 (linfo.re 2025)",
        "in force 2025-02-01 (linfo.re 2025)"}},
    {region::la_reunion,                  {2026,  2, 1},  6000, {"reunion_2026_02", evidence::press, {2026, 1, 7}, "Délibération du conseil régional de La Réunion",
        "en vigueur le 2026-02-01 (cartegriseminute 2026-01-07, simulateurmalus ; infooutremer dit le 1er janvier ; la hausse de 2025 commençait aussi le 1er février)",
        "in force 2026-02-01 (cartegriseminute 2026-01-07, simulateurmalus; infooutremer says 1 Jan; the 2025 rise also began on 1 Feb)"}},
    {region::mayotte,                     {2022,  1, 1},  3000, {"mayotte_2022", evidence::official, {2023, 12, 1}, "Délibération du conseil départemental de Mayotte",
        "données du simulateur officiel 2023 ; inchangé",
        "official simulator data 2023; unchanged"}},
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
    {region::ile_de_france, {2022, 1, 1},    0, {"idfm_none", evidence::law, {2022, 1, 1}, "CIBS, art. L.421-54-1",
        "pas de majoration avant cet article, créé par la LF 2026",
        "no surcharge before this article, created by LF 2026"}},
    {region::ile_de_france, {2026, 3, 1}, 1400, {"idfm_2026_03", evidence::official, {2026, 2, 19}, "CIBS, art. L.421-54-1 (loi n° 2026-103, LF 2026, art. 60)",
        "14 €/CV du 2026-03-01 au 2026-12-31 (données du simulateur officiel : 68,95 €/CV pour la région 11) ; le texte lu fixe une limite de 13 €, le montant 2026 est donc pris comme fixé par la loi elle-même",
        "14 EUR/CV from 2026-03-01 to 2026-12-31 (official simulator data: 68.95 EUR/CV for region 11); the text read sets a 13 EUR limit, so the 2026 amount is taken as fixed by the law itself"}},
    {region::ile_de_france, {2027, 1, 1}, 1200, {"idfm_2027_01", evidence::press, {2026, 2, 19}, "CIBS, art. L.421-54-1 (loi n° 2026-103)",
        "12 €/CV à partir du 2027-01-01 (cartegriseminute 2026-02-18, mac4ever 2026-02-27) ; aucune délibération d'IDFM trouvée",
        "12 EUR/CV from 2027-01-01 (cartegriseminute 2026-02-18, mac4ever 2026-02-27); no IDFM deliberation found"}},
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
