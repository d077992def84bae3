// The sources of every dated table and rule, in one constexpr table: what each figure rests on, the date
// of its text (the law, deliberation, page or article; its date of effect when that is not known), and
// the evidence. Tables and rules name a source by source_id; an explanation step carries that index (two
// bytes). The look-ups (source_of, is_weak) are in ../sources.hpp, which the text wing reads to print the
// source and, when it is weaker than the law or an official page, to say so. docs/data-sources.md lists
// the weak rows (a test keeps it in step with this table).
// Decision of the project: when sources disagree, the law wins; the row says which reading was kept.
#ifndef CARTEGRISE_DATA_SOURCES_HPP
#define CARTEGRISE_DATA_SOURCES_HPP

#include <cstdint>
#include <string_view>

#include "../date.hpp"
#include "../detail/static_text.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

// What a figure rests on, strongest first.
enum class evidence : std::uint8_t {
    law,            // the text of the law (CIBS, finance law, arrêté), read
    official,       // an official page, the official simulator or its data, BOFiP, a deliberation
    press,          // two or more agreeing secondary sources
    single_source,  // one secondary source only
    derived,        // computed by the project from other figures (never presented as law)
};

// clang-format off
enum class source_id : std::uint16_t {
    none, cibs_l131_2, cibs_l421_30_3, cibs_l421_30_4, cibs_l421_33_36, cibs_l421_45, cibs_l421_61,
    cibs_l421_66_78_electric, cibs_l421_66_78_invalidity, cibs_l421_66_78_wheelchair, cibs_l421_67,
    cibs_l421_71, cibs_l421_74, e85_abatement, address_sticker, fni_conversion, moped_no_delivery_fee,
    ara_2022, bfc_2022, bfc_2024_07, bfc_2025_07, bretagne_2022, bretagne_2023_05, bretagne_2025_02, cvl_2022,
    cvl_2024, cvl_2025, corse_2022, corse_2025, corse_2026, grand_est_2022, grand_est_2022_02,
    grand_est_2025_02, hdf_2022, hdf_2023, hdf_2024, hdf_2025_03, hdf_2026_04, idf_2022, idf_2024,
    normandie_2022, normandie_2024, normandie_2025, na_2022, na_2023, na_2025, na_2026_03, occitanie_2022,
    occitanie_2023_09, occitanie_2024_10, occitanie_2025_07, pdl_2022, pdl_2023, paca_2022, paca_2025,
    paca_2026, guadeloupe_2022, martinique_2022, martinique_2023, martinique_2025_07, guyane_2022,
    reunion_2022, reunion_2025_02, reunion_2026_02, mayotte_2022, idfm_none, idfm_2026_03, idfm_2027_01,
    alt_ara_2022, alt_ara_2024_03, alt_bfc_2022, alt_bfc_2023_07, alt_bretagne_2022, alt_bretagne_2023_05,
    alt_cvl_2022, alt_cvl_2024, alt_corse_2022, alt_grand_est_2022, alt_grand_est_2022_02, alt_hdf_2022,
    alt_hdf_2023, alt_hdf_2025_03, alt_idf_2022, alt_idf_2023_08, alt_normandie_2022, alt_normandie_2024,
    alt_na_2022, alt_na_2023, alt_occitanie_2022, alt_occitanie_2023_03, alt_pdl_2022, alt_pdl_2023,
    alt_paca_2022, alt_paca_2024_03, alt_overseas_none, ev_law_v1, ev_law_v2_none, ev_hdf_2025_05,
    ev_hdf_2026_04, class_l421_45, class_l421_45_57, class_vasp_light, class_vasp_heavy, class_motorcycle,
    class_moped, class_l421_47_57, class_tractor_light, class_agricultural, class_trailer,
    proc_first_registration, proc_change_of_owner, proc_import, proc_duplicate, proc_address, proc_issuance,
    proc_spouse, proc_correction, proc_w_garage, proc_inheritance, proc_co_owner, proc_usurpation,
    proc_disaster_replacement, proc_disaster_duplicate, taxe_fixe_2021, redevance_2015, co2_grid_cgi,
    co2_grid_2022, co2_grid_2023, co2_grid_2024, co2_grid_2025, co2_grid_2026, co2_grid_2027, power_grid,
    mass_grid_2022, mass_grid_2024, mass_grid_2025, mass_grid_2026, mass_per_child, mass_legal_person_2022,
    mass_legal_person_2024, mass_plugin_exempt, mass_plugin_2025, mass_hybrid_none, mass_hybrid_2024,
    mass_hybrid_2027, decote_years, decote_months, later_malus_2027, mileage_reduction_2027,
    fiscal_power_2021, fiscal_power_1998,
};
// clang-format on

struct source_row {
    source_id key;
    cartegrise::detail::static_text name;  // the enumerator's name: a stable identifier (JSON, docs/data-sources.md)
    evidence basis;
    date dated;                // the date of the text
    cartegrise::detail::static_text text;
};

namespace data {
// clang-format off
inline constexpr source_row sources[] = {
    {source_id::none, "none", evidence::derived, {2022, 1, 1}, ""},
    {source_id::cibs_l131_2, "cibs_l131_2", evidence::law, {2021, 12, 22}, "CIBS L.131-2 (rounding to the nearest euro, a half counting as one)"},
    {source_id::cibs_l421_30_3, "cibs_l421_30_3", evidence::law, {2021, 12, 22}, "CIBS L.421-30 3° (transport tax: N, M2, M3 other than VASP)"},
    {source_id::cibs_l421_30_4, "cibs_l421_30_4", evidence::law, {2021, 12, 22}, "CIBS L.421-30 4° (malus: tourism vehicles only)"},
    {source_id::cibs_l421_33_36, "cibs_l421_33_36", evidence::law, {2021, 12, 22}, "CIBS L.421-33 3°, L.421-36 (malus on the first registration as a tourism vehicle in France)"},
    {source_id::cibs_l421_45, "cibs_l421_45", evidence::law, {2021, 12, 22}, "CIBS L.421-45 (rate halved at ten years)"},
    {source_id::cibs_l421_61, "cibs_l421_61", evidence::law, {2021, 12, 22}, "CIBS L.421-61 (malus capped at 50 % of the price, 2022-2023; repealed by LF 2024)"},
    {source_id::cibs_l421_66_78_electric, "cibs_l421_66_78_electric", evidence::law, {2021, 12, 22}, "CIBS L.421-66, L.421-78 (electricity / hydrogen exempt)"},
    {source_id::cibs_l421_66_78_invalidity, "cibs_l421_66_78_invalidity", evidence::law, {2021, 12, 22}, "CIBS L.421-66, L.421-78 (invalidity card holders exempt)"},
    {source_id::cibs_l421_66_78_wheelchair, "cibs_l421_66_78_wheelchair", evidence::law, {2021, 12, 22}, "CIBS L.421-66, L.421-78 (wheelchair-accessible vehicles exempt)"},
    {source_id::cibs_l421_67, "cibs_l421_67", evidence::law, {2021, 12, 22}, "CIBS L.421-67 (large families: 20 g/km per child)"},
    {source_id::cibs_l421_71, "cibs_l421_71", evidence::law, {2021, 12, 22}, "CIBS L.421-71 (mass malus from 2022)"},
    {source_id::cibs_l421_74, "cibs_l421_74", evidence::law, {2021, 12, 22}, "CIBS L.421-74 (CO2 and mass malus together capped at the top of the CO2 grid)"},
    {source_id::e85_abatement, "e85_abatement", evidence::official, {2022, 1, 1}, "CIBS (ex-CGI 1011 bis III, LF 2009): E85 abatement; service-public F19911"},
    {source_id::address_sticker, "address_sticker", evidence::press, {2022, 1, 1}, "ANTS practice: a sticker for the first three address changes on an SIV certificate (automobile-club.org, service-public)"},
    {source_id::fni_conversion, "fni_conversion", evidence::press, {2022, 1, 1}, "FNI to SIV conversion pays no taxe fixe (Arval mobility observatory 2022; service-public duplicata pages)"},
    {source_id::moped_no_delivery_fee, "moped_no_delivery_fee", evidence::law, {2009, 1, 1}, "redevance d'acheminement (LEGIARTI000019382504): due for vehicles other than a cyclomoteur"},
    {source_id::ara_2022, "ara_2022", evidence::official, {2023, 12, 1}, "ARA council; official simulator data 2023; unchanged to 2026"},
    {source_id::bfc_2022, "bfc_2022", evidence::official, {2023, 12, 1}, "BFC council; official simulator data 2023"},
    {source_id::bfc_2024_07, "bfc_2024_07", evidence::press, {2024, 2, 9}, "BFC deliberation of 7-9 Feb 2024, in force 2024-07-01 (majority of sources; one says 4 July)"},
    {source_id::bfc_2025_07, "bfc_2025_07", evidence::press, {2025, 6, 30}, "BFC budget 2025, in force 2025-07-01 (cartegriseminute 2025-06-30, carte-grise.org 2025-07)"},
    {source_id::bretagne_2022, "bretagne_2022", evidence::official, {2021, 1, 1}, "Bretagne council; ANTS list 2021"},
    {source_id::bretagne_2023_05, "bretagne_2023_05", evidence::press, {2023, 2, 1}, "Bretagne deliberation of Feb 2023, in force 2023-05-01 (20minutes, saint-malo.net, ecartegrise)"},
    {source_id::bretagne_2025_02, "bretagne_2025_02", evidence::press, {2025, 2, 1}, "Bretagne budget 2025, in force 2025-02-01 (majority of sources; one says 1 Jan)"},
    {source_id::cvl_2022, "cvl_2022", evidence::official, {2023, 12, 1}, "CVL council; official simulator data 2023"},
    {source_id::cvl_2024, "cvl_2024", evidence::press, {2023, 12, 1}, "CVL budget 2024 (francetvinfo 2023-12, legalplace 2024)"},
    {source_id::cvl_2025, "cvl_2025", evidence::press, {2025, 1, 1}, "CVL budget 2025 (France 3, 2025)"},
    {source_id::corse_2022, "corse_2022", evidence::official, {2023, 12, 1}, "Collectivité de Corse; official simulator data 2023"},
    {source_id::corse_2025, "corse_2025", evidence::press, {2025, 1, 1}, "Collectivité de Corse budget 2025"},
    {source_id::corse_2026, "corse_2026", evidence::press, {2025, 10, 17}, "Collectivité de Corse, vote of 2025-10-17, in force 2026-01-01 (carte-grise.org, cartegriseminute)"},
    {source_id::grand_est_2022, "grand_est_2022", evidence::official, {2021, 1, 1}, "Grand Est council; ANTS list 2021"},
    {source_id::grand_est_2022_02, "grand_est_2022_02", evidence::press, {2021, 12, 16}, "Grand Est deliberation of 2021-12-16, in force 2022-02-01"},
    {source_id::grand_est_2025_02, "grand_est_2025_02", evidence::press, {2025, 2, 1}, "Grand Est budget 2025, in force 2025-02-01 (majority of sources; one says 1 Jan)"},
    {source_id::hdf_2022, "hdf_2022", evidence::official, {2021, 1, 1}, "HdF council; ANTS list 2021"},
    {source_id::hdf_2023, "hdf_2023", evidence::official, {2023, 12, 1}, "HdF budget 2023; official simulator data 2023"},
    {source_id::hdf_2024, "hdf_2024", evidence::press, {2024, 1, 1}, "HdF budget 2024"},
    {source_id::hdf_2025_03, "hdf_2025_03", evidence::official, {2025, 3, 1}, "service-public.fr PrixCV: 36,20 -> 42 EUR from 2025-03-01"},
    {source_id::hdf_2026_04, "hdf_2026_04", evidence::press, {2026, 2, 5}, "HdF plenary of 2026-02-05: 43 EUR from 2026-04-01 (caradisiac 2026-02-28, eplaque 2026-02-06)"},
    {source_id::idf_2022, "idf_2022", evidence::official, {2023, 12, 1}, "IDF council; official simulator data 2023"},
    {source_id::idf_2024, "idf_2024", evidence::press, {2023, 12, 1}, "IDF budget 2024 (francetvinfo, cbanque 2023-12)"},
    {source_id::normandie_2022, "normandie_2022", evidence::official, {2023, 12, 1}, "Normandie council; official simulator data 2023"},
    {source_id::normandie_2024, "normandie_2024", evidence::press, {2023, 12, 1}, "Normandie budget 2024 (ecartegrise, TF1 2023-12)"},
    {source_id::normandie_2025, "normandie_2025", evidence::press, {2024, 10, 14}, "Normandie vote of 2024-10-14, in force 2025-01-01"},
    {source_id::na_2022, "na_2022", evidence::official, {2021, 1, 1}, "N.-Aquitaine council; ANTS list 2021"},
    {source_id::na_2023, "na_2023", evidence::official, {2023, 12, 1}, "N.-Aquitaine budget 2023; official simulator data 2023"},
    {source_id::na_2025, "na_2025", evidence::press, {2025, 1, 1}, "N.-Aquitaine budget 2025"},
    {source_id::na_2026_03, "na_2026_03", evidence::press, {2025, 12, 18}, "N.-Aquitaine plenary of 2025-12-18, in force 2026-03-01 as the region's record of decisions gives it (cartegriseminute 2026-01-29; several agreeing pages)"},
    {source_id::occitanie_2022, "occitanie_2022", evidence::official, {2021, 1, 1}, "Occitanie council; ANTS list 2021"},
    {source_id::occitanie_2023_09, "occitanie_2023_09", evidence::official, {2023, 9, 1}, "Occitanie deliberation, in force 2023-09-01; official simulator data 2023"},
    {source_id::occitanie_2024_10, "occitanie_2024_10", evidence::press, {2024, 9, 1}, "Occitanie deliberation, in force 2024-10-01 (carte-grise.org 2024-09)"},
    {source_id::occitanie_2025_07, "occitanie_2025_07", evidence::press, {2025, 6, 30}, "Occitanie deliberation, in force 2025-07-01 (cartegriseminute 2025-06-30)"},
    {source_id::pdl_2022, "pdl_2022", evidence::official, {2021, 1, 1}, "PdL council; ANTS list 2021"},
    {source_id::pdl_2023, "pdl_2023", evidence::official, {2023, 12, 1}, "PdL budget 2023; official simulator data 2023; unchanged to 2026"},
    {source_id::paca_2022, "paca_2022", evidence::official, {2023, 12, 1}, "PACA council; official simulator data 2023"},
    {source_id::paca_2025, "paca_2025", evidence::press, {2025, 1, 1}, "PACA budget 2025 (majority of sources: 1 Jan; one says 1 Feb)"},
    {source_id::paca_2026, "paca_2026", evidence::press, {2026, 1, 1}, "PACA budget 2026 (simulateurmalus, cartegriseminute; a paid 2026 invoice)"},
    {source_id::guadeloupe_2022, "guadeloupe_2022", evidence::official, {2023, 12, 1}, "Guadeloupe council; official simulator data 2023; unchanged"},
    {source_id::martinique_2022, "martinique_2022", evidence::press, {2022, 1, 10}, "Collectivité de Martinique, 2022 rate (eplaque 2022-01-10)"},
    {source_id::martinique_2023, "martinique_2023", evidence::official, {2023, 12, 1}, "Collectivité de Martinique; official simulator data 2023"},
    {source_id::martinique_2025_07, "martinique_2025_07", evidence::press, {2025, 7, 1}, "Collectivité de Martinique, in force 2025-07-01 (carte-grise.org, cartegriseminute)"},
    {source_id::guyane_2022, "guyane_2022", evidence::official, {2023, 12, 1}, "Collectivité de Guyane; official simulator data 2023; unchanged"},
    {source_id::reunion_2022, "reunion_2022", evidence::official, {2023, 12, 1}, "La Réunion council; official simulator data 2023"},
    {source_id::reunion_2025_02, "reunion_2025_02", evidence::press, {2025, 2, 1}, "La Réunion, in force 2025-02-01 (linfo.re 2025)"},
    {source_id::reunion_2026_02, "reunion_2026_02", evidence::press, {2026, 1, 7}, "La Réunion, in force 2026-02-01 (cartegriseminute 2026-01-07, simulateurmalus; infooutremer says 1 Jan; the 2025 rise also began on 1 Feb)"},
    {source_id::mayotte_2022, "mayotte_2022", evidence::official, {2023, 12, 1}, "Mayotte; official simulator data 2023; unchanged"},
    {source_id::idfm_none, "idfm_none", evidence::law, {2022, 1, 1}, "no surcharge before CIBS L.421-54-1 (created by LF 2026)"},
    {source_id::idfm_2026_03, "idfm_2026_03", evidence::official, {2026, 2, 19}, "CIBS L.421-54-1 (loi 2026-103, LF 2026, art. 60): 14 EUR/CV from 2026-03-01 to 2026-12-31 (official simulator data: 68,95 EUR/CV for region 11); the text read sets a 13 EUR limit, so the 2026 amount is taken as fixed by the law itself"},
    {source_id::idfm_2027_01, "idfm_2027_01", evidence::press, {2026, 2, 19}, "CIBS L.421-54-1 (loi 2026-103): 12 EUR/CV from 2027-01-01 (cartegriseminute 2026-02-18, mac4ever 2026-02-27); no IDFM deliberation found"},
    {source_id::alt_ara_2022, "alt_ara_2022", evidence::official, {2023, 12, 1}, "ARA deliberation; official simulator data 2023 (100 %)"},
    {source_id::alt_ara_2024_03, "alt_ara_2024_03", evidence::press, {2023, 12, 15}, "ARA vote of 2023-12-15, in force 2024-03-01"},
    {source_id::alt_bfc_2022, "alt_bfc_2022", evidence::press, {2021, 1, 1}, "BFC deliberation (2021 regime)"},
    {source_id::alt_bfc_2023_07, "alt_bfc_2023_07", evidence::press, {2022, 12, 1}, "BFC budget 2023, end of exemption 2023-07-01 (one source: 2023-01-01)"},
    {source_id::alt_bretagne_2022, "alt_bretagne_2022", evidence::press, {2021, 1, 1}, "Bretagne deliberation (2021 regime)"},
    {source_id::alt_bretagne_2023_05, "alt_bretagne_2023_05", evidence::press, {2023, 2, 1}, "Bretagne deliberation of Feb 2023, in force 2023-05-01"},
    {source_id::alt_cvl_2022, "alt_cvl_2022", evidence::official, {2023, 12, 1}, "CVL deliberation; official simulator data 2023 (50 %)"},
    {source_id::alt_cvl_2024, "alt_cvl_2024", evidence::single_source, {2024, 1, 1}, "CVL budget 2024: end of the exemption (eplaque; start date not confirmed)"},
    {source_id::alt_corse_2022, "alt_corse_2022", evidence::official, {2023, 12, 1}, "Collectivité de Corse; official simulator data 2023; kept 2025-2026 (corsenetinfos 2024-11)"},
    {source_id::alt_grand_est_2022, "alt_grand_est_2022", evidence::press, {2021, 1, 1}, "Grand Est (2021 regime)"},
    {source_id::alt_grand_est_2022_02, "alt_grand_est_2022_02", evidence::press, {2021, 12, 16}, "Grand Est deliberation of 2021-12-16, in force 2022-02-01"},
    {source_id::alt_hdf_2022, "alt_hdf_2022", evidence::press, {2021, 1, 1}, "HdF (2021 regime)"},
    {source_id::alt_hdf_2023, "alt_hdf_2023", evidence::official, {2023, 12, 1}, "HdF budget 2023; official simulator data 2023 (50 %)"},
    {source_id::alt_hdf_2025_03, "alt_hdf_2025_03", evidence::official, {2025, 3, 1}, "service-public.fr PrixCV (HdF, 2025-03-01)"},
    {source_id::alt_idf_2022, "alt_idf_2022", evidence::press, {2021, 1, 1}, "IDF (2021 regime)"},
    {source_id::alt_idf_2023_08, "alt_idf_2023_08", evidence::press, {2023, 12, 1}, "IDF deliberation, in force 2023-08-01 (boursorama 2023-12)"},
    {source_id::alt_normandie_2022, "alt_normandie_2022", evidence::official, {2023, 12, 1}, "Normandie; official simulator data 2023 (100 %)"},
    {source_id::alt_normandie_2024, "alt_normandie_2024", evidence::press, {2024, 1, 1}, "Normandie budget 2024 (ecartegrise, telecartegrise)"},
    {source_id::alt_na_2022, "alt_na_2022", evidence::press, {2021, 1, 1}, "N.-Aquitaine (2021 regime)"},
    {source_id::alt_na_2023, "alt_na_2023", evidence::press, {2022, 12, 1}, "N.-Aquitaine budget 2023 (caradisiac 2022-12)"},
    {source_id::alt_occitanie_2022, "alt_occitanie_2022", evidence::press, {2021, 1, 1}, "Occitanie (2021 regime)"},
    {source_id::alt_occitanie_2023_03, "alt_occitanie_2023_03", evidence::press, {2022, 12, 15}, "Occitanie vote of 2022-12-15, in force 2023-03-01"},
    {source_id::alt_pdl_2022, "alt_pdl_2022", evidence::press, {2021, 1, 1}, "PdL (2021 regime)"},
    {source_id::alt_pdl_2023, "alt_pdl_2023", evidence::press, {2022, 12, 1}, "PdL budget 2023 (caradisiac 2022-12)"},
    {source_id::alt_paca_2022, "alt_paca_2022", evidence::official, {2023, 12, 1}, "PACA; official simulator data 2023 (100 %)"},
    {source_id::alt_paca_2024_03, "alt_paca_2024_03", evidence::press, {2023, 12, 15}, "PACA vote of 2023-12-15, in force 2024-03-01"},
    {source_id::alt_overseas_none, "alt_overseas_none", evidence::official, {2023, 12, 1}, "no exemption voted (ANTS 2021; official simulator data 2023)"},
    {source_id::ev_law_v1, "ev_law_v1", evidence::law, {2021, 12, 22}, "CIBS L.421-49 (v1): nil rate by law"},
    {source_id::ev_law_v2_none, "ev_law_v2_none", evidence::press, {2025, 2, 14}, "CIBS L.421-49 (v2, LF 2025 art. 119): no reduction voted by the region (Auto Plus via cnews, frandroid, lefigaro)"},
    {source_id::ev_hdf_2025_05, "ev_hdf_2025_05", evidence::press, {2025, 2, 14}, "CIBS L.421-49 (v2); HdF deliberation keeping the full exemption (Auto Plus via cnews, frandroid)"},
    {source_id::ev_hdf_2026_04, "ev_hdf_2026_04", evidence::single_source, {2026, 2, 28}, "HdF from the 2026-04-01 rate change: half rate for electricity / hydrogen (caradisiac 2026-02-28: the exemption ends there; a calculator of 2026-12 and a peer table: 50 %; no deliberation text found)"},
    {source_id::class_l421_45, "class_l421_45", evidence::law, {2021, 12, 22}, "CIBS L.421-45"},
    {source_id::class_l421_45_57, "class_l421_45_57", evidence::official, {2023, 12, 1}, "CIBS L.421-45; Y.2: L.421-57, amount from the official simulator data 2023"},
    {source_id::class_vasp_light, "class_vasp_light", evidence::law, {2021, 12, 22}, "CIBS L.421-45; VASP outside Y.2: L.421-30 3°"},
    {source_id::class_vasp_heavy, "class_vasp_heavy", evidence::law, {2021, 12, 22}, "CIBS L.421-47; VASP outside Y.2: L.421-30 3°"},
    {source_id::class_motorcycle, "class_motorcycle", evidence::law, {2021, 12, 22}, "CIBS L.421-46 2°"},
    {source_id::class_moped, "class_moped", evidence::law, {2021, 12, 22}, "CIBS L.421-46 1°"},
    {source_id::class_l421_47_57, "class_l421_47_57", evidence::official, {2023, 12, 1}, "CIBS L.421-47; Y.2: L.421-57, amount from the official simulator data 2023"},
    {source_id::class_tractor_light, "class_tractor_light", evidence::official, {2023, 12, 1}, "CIBS L.421-47 1°; Y.2: L.421-57, amount from the official simulator data 2023"},
    {source_id::class_agricultural, "class_agricultural", evidence::official, {2023, 12, 1}, "official simulator data 2023 (nil coefficient)"},
    {source_id::class_trailer, "class_trailer", evidence::law, {2021, 12, 22}, "CIBS L.421-30 2°: not a motor vehicle"},
    {source_id::proc_first_registration, "proc_first_registration", evidence::law, {2021, 12, 22}, "CIBS L.421-33, L.421-36"},
    {source_id::proc_change_of_owner, "proc_change_of_owner", evidence::law, {2021, 12, 22}, "CIBS L.421-33 2°"},
    {source_id::proc_import, "proc_import", evidence::law, {2021, 12, 22}, "CIBS L.421-33, L.421-36 (first registration in France)"},
    {source_id::proc_duplicate, "proc_duplicate", evidence::law, {2021, 12, 22}, "CIBS L.421-33 1° (any issuance pays the taxe fixe)"},
    {source_id::proc_address, "proc_address", evidence::press, {2022, 1, 1}, "taxe fixe not due on an address update; redevance when a certificate is printed (Arval mobility observatory 2022)"},
    {source_id::proc_issuance, "proc_issuance", evidence::law, {2021, 12, 22}, "CIBS L.421-33 1°"},
    {source_id::proc_spouse, "proc_spouse", evidence::law, {2021, 12, 22}, "CIBS L.421-33 1°; not a change of owner between spouses"},
    {source_id::proc_correction, "proc_correction", evidence::press, {2022, 1, 1}, "input error of the administration: nothing due (taxe fixe exemption; redevance not due)"},
    {source_id::proc_w_garage, "proc_w_garage", evidence::official, {2023, 12, 1}, "CIBS L.421-43 (provisional certificate); official simulator data 2023: CV forced to 1"},
    {source_id::proc_inheritance, "proc_inheritance", evidence::law, {2021, 12, 22}, "CIBS L.421-33 2° (change of owner)"},
    {source_id::proc_co_owner, "proc_co_owner", evidence::law, {2021, 12, 22}, "CIBS L.421-33 2° (change of holder)"},
    {source_id::proc_usurpation, "proc_usurpation", evidence::press, {2022, 1, 1}, "taxe fixe not due after usurpation of the number (Arval mobility observatory 2022)"},
    {source_id::proc_disaster_replacement, "proc_disaster_replacement", evidence::official, {2023, 12, 1}, "official simulator data 2023: no regional tax for a vehicle replacing one destroyed by a natural disaster"},
    {source_id::proc_disaster_duplicate, "proc_disaster_duplicate", evidence::official, {2023, 12, 1}, "official simulator data 2023"},
    {source_id::taxe_fixe_2021, "taxe_fixe_2021", evidence::official, {2019, 12, 28}, "CIBS L.421-30 1°, L.421-33 1° (11 EUR since LF 2020, loi 2019-1479 art. 69); official simulator data"},
    {source_id::redevance_2015, "redevance_2015", evidence::official, {2015, 9, 21}, "arrêté du 21 septembre 2015 (redevance d'acheminement, 2,76 EUR)"},
    {source_id::co2_grid_cgi, "co2_grid_cgi", evidence::official, {2023, 12, 1}, "CGI 1011 bis (grids 2008-2021); official simulator data (service-public, 2023)"},
    {source_id::co2_grid_2022, "co2_grid_2022", evidence::official, {2023, 12, 1}, "CIBS L.421-62 (2022 grid); official simulator data (service-public, 2023); BOFiP points"},
    {source_id::co2_grid_2023, "co2_grid_2023", evidence::official, {2023, 12, 1}, "CIBS L.421-62 (2023 grid); official simulator data (service-public, 2023); BOFiP points"},
    {source_id::co2_grid_2024, "co2_grid_2024", evidence::press, {2023, 12, 29}, "CIBS L.421-62 as amended by LF 2024 (loi 2023-1322 art. 97); several press copies; 167 g = 6 537 EUR as published"},
    {source_id::co2_grid_2025, "co2_grid_2025", evidence::press, {2025, 2, 14}, "CIBS L.421-62 as amended by LF 2025 (loi 2025-127), from 2025-03-01; legipermis copy; DILA; 162 g = 6 537 EUR as the law's odd step (decision 7, AN amendment 590)"},
    {source_id::co2_grid_2026, "co2_grid_2026", evidence::press, {2025, 2, 14}, "CIBS L.421-62 as amended by LF 2025 (loi 2025-127), 2026 grid; simulateurmalus, latribuneauto, fiches-auto; 157 g = 6 537 EUR as the law's odd step (decision 7, AN amendment 590; fluxea, another open engine), not the 6 637 of the progression"},
    {source_id::co2_grid_2027, "co2_grid_2027", evidence::single_source, {2025, 2, 14}, "CIBS L.421-62 as amended by LF 2025 (loi 2025-127), grid from 2027: 103-110, 130-137 and 158-165 g as in Senate amendment I-57 rect. (adopted); the other grams from one copy of the Légifrance text (read 2026-08-11), which AN amendment 590 (PLF 2026) repeats from 103 to 178 g; 152 g = 6 537 EUR as AN 590 prints it"},
    {source_id::power_grid, "power_grid", evidence::official, {2023, 12, 1}, "CGI 1011 bis / CIBS L.421-64, power-based grids 2008-2023; official simulator data (service-public, 2023)"},
    {source_id::mass_grid_2022, "mass_grid_2022", evidence::press, {2020, 12, 29}, "CIBS L.421-75 (2022-2023): 10 EUR/kg above 1 800 kg (law text quoted by automobile-magazine)"},
    {source_id::mass_grid_2024, "mass_grid_2024", evidence::official, {2023, 12, 29}, "CIBS L.421-75 as amended by LF 2024 art. 97; service-public F35950"},
    {source_id::mass_grid_2025, "mass_grid_2025", evidence::press, {2025, 1, 1}, "CIBS L.421-75 (2025 grid unchanged from 2024; caradisiac 2025)"},
    {source_id::mass_grid_2026, "mass_grid_2026", evidence::press, {2025, 2, 14}, "CIBS L.421-75 as amended by LF 2025 (2026 grid; latribuneauto 2026-02-03)"},
    {source_id::mass_per_child, "mass_per_child", evidence::press, {2021, 12, 22}, "CIBS L.421-79 1° (200 kg per dependent child, from 3 children)"},
    {source_id::mass_legal_person_2022, "mass_legal_person_2022", evidence::single_source, {2022, 1, 1}, "CIBS L.421-79 2° (400 kg, >= 8 seats, legal person; kidioui 2022)"},
    {source_id::mass_legal_person_2024, "mass_legal_person_2024", evidence::single_source, {2024, 1, 1}, "CIBS L.421-79 2° as amended by LF 2024 (600 kg; one secondary source, date inferred)"},
    {source_id::mass_plugin_exempt, "mass_plugin_exempt", evidence::press, {2021, 12, 22}, "CIBS L.421-78 (plug-in hybrids, range > 50 km, exempt until 2024)"},
    {source_id::mass_plugin_2025, "mass_plugin_2025", evidence::press, {2023, 12, 29}, "CIBS L.421-79 as amended by LF 2024 (200 kg from 2025-01-01; caradisiac 2025-01, FNA)"},
    {source_id::mass_hybrid_none, "mass_hybrid_none", evidence::press, {2021, 12, 22}, "no abatement for non-plug-in hybrids before 2024"},
    {source_id::mass_hybrid_2024, "mass_hybrid_2024", evidence::press, {2023, 12, 29}, "CIBS L.421-79 as amended by LF 2024 (100 kg, Horizons amendment; caradisiac 2023-10)"},
    {source_id::mass_hybrid_2027, "mass_hybrid_2027", evidence::press, {2025, 11, 24}, "CIBS L.421-79-1 as amended by LF 2026: from 2027-01-01 the 100 kg only for hybrids whose electric motor's maximum net power is 'supérieure à 30 kilowatts' (the bill's wording quoted by AN amendments 288, 716 and Senate amendment I-837; the adopted article not read)"},
    {source_id::decote_years, "decote_years", evidence::law, {2021, 12, 22}, "CGI 1011 bis / CIBS L.421-59 (a tenth per started year)"},
    {source_id::decote_months, "decote_months", evidence::official, {2025, 5, 28}, "CIBS L.421-7-2 (LF 2025 art. 29); BOFiP BOI-AIS-MOB-10-20-40 table"},
    {source_id::later_malus_2027, "later_malus_2027", evidence::press, {2026, 2, 19}, "CIBS L.421-36 2° as rewritten by LF 2026 (AN amendment 3476): from 2027-01-01 the first registration that makes the tax non-nil for a vehicle that paid none at its first French registration (e-driver.fr 2025-11-17, quechoisir 2025-11)"},
    {source_id::mileage_reduction_2027, "mileage_reduction_2027", evidence::press, {2025, 2, 14}, "CIBS L.421-7-2 from 2027-01-01: an extra 1 % to 3.5 % when the average mileage exceeds 20 000 km a year (legifiscal, economiematin 2025-03-04); the bands are not published in what was read"},
    {source_id::fiscal_power_2021, "fiscal_power_2021", evidence::press, {2021, 12, 22}, "CIBS L.421-14 1°, L.421-16: PA = 0,00018 x P² + 0,0387 x P + 1,34, P the maximum net power in kW (P.2; the 30-minute power of an electric vehicle), rounded to the unit; scope read in the law, formula from three secondary sources (fiches-auto 2020-07-10, e-Niro 29 kW = 3 CV)"},
    {source_id::fiscal_power_1998, "fiscal_power_1998", evidence::press, {1998, 7, 2}, "Loi 98-546 art. 62; CIBS A.421-15 1°, A.421-16: PA = CO2/45 + (P/40)^1,6, rounded to the nearest unit, bi-fuel LPG cars on LPG; scope read in the arrêté, formula from secondary sources (carte-grise.org, cartegriseminute)"},
};
// clang-format on
}  // namespace data

CARTEGRISE_END_NAMESPACE

#endif
