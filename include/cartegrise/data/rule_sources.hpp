// The sources of the rules that rest on no table row: an article of the CIBS the rules apply as written
// (the ten-year halving, the exemptions, the caps, the rounding, the electricity / hydrogen regime by law),
// and the administration's practice the rules follow (address stickers, FNI conversions). Each table's own sources are beside the table.
#ifndef CARTEGRISE_DATA_RULE_SOURCES_HPP
#define CARTEGRISE_DATA_RULE_SOURCES_HPP

#include "../source.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace data::src {

// clang-format off
inline constexpr source cibs_l131_2{"cibs_l131_2", evidence::law, {2021, 12, 22}, "CIBS, art. L.131-2",
    "arrondi à l'euro le plus proche, la moitié comptant pour un",
    "rounding to the nearest euro, a half counting as one"};
inline constexpr source cibs_l421_30_3{"cibs_l421_30_3", evidence::law, {2021, 12, 22}, "CIBS, art. L.421-30, 3°",
    "taxe sur les véhicules de transport : N, M2, M3 autres que les VASP",
    "transport tax: N, M2, M3 other than VASP"};
inline constexpr source cibs_l421_30_4{"cibs_l421_30_4", evidence::law, {2021, 12, 22}, "CIBS, art. L.421-30, 4°",
    "malus : véhicules de tourisme seulement",
    "malus: tourism vehicles only"};
inline constexpr source cibs_l421_33_36{"cibs_l421_33_36", evidence::law, {2021, 12, 22}, "CIBS, art. L.421-33, 3°, et L.421-36",
    "malus à la première immatriculation en France comme véhicule de tourisme",
    "malus on the first registration as a tourism vehicle in France"};
inline constexpr source cibs_l421_45{"cibs_l421_45", evidence::law, {2021, 12, 22}, "CIBS, art. L.421-45",
    "tarif réduit de moitié à dix ans",
    "rate halved at ten years"};
inline constexpr source cibs_l421_61{"cibs_l421_61", evidence::law, {2021, 12, 22}, "CIBS, art. L.421-61",
    "malus plafonné à 50 % du prix en 2022 et 2023 ; abrogé par la LF 2024",
    "malus capped at 50 % of the price, 2022-2023; repealed by LF 2024"};
inline constexpr source cibs_l421_66_78_electric{"cibs_l421_66_78_electric", evidence::law, {2021, 12, 22}, "CIBS, art. L.421-66 et L.421-78",
    "exonération de l'électricité et de l'hydrogène",
    "electricity / hydrogen exempt"};
inline constexpr source cibs_l421_66_78_invalidity{"cibs_l421_66_78_invalidity", evidence::law, {2021, 12, 22}, "CIBS, art. L.421-66 et L.421-78",
    "exonération des titulaires de la carte d'invalidité",
    "invalidity card holders exempt"};
inline constexpr source cibs_l421_66_78_wheelchair{"cibs_l421_66_78_wheelchair", evidence::law, {2021, 12, 22}, "CIBS, art. L.421-66 et L.421-78",
    "exonération des véhicules accessibles en fauteuil roulant",
    "wheelchair-accessible vehicles exempt"};
inline constexpr source cibs_l421_67{"cibs_l421_67", evidence::law, {2021, 12, 22}, "CIBS, art. L.421-67",
    "familles nombreuses : 20 g/km par enfant",
    "large families: 20 g/km per child"};
inline constexpr source cibs_l421_71{"cibs_l421_71", evidence::law, {2021, 12, 22}, "CIBS, art. L.421-71",
    "malus masse à partir de 2022",
    "mass malus from 2022"};
inline constexpr source cibs_l421_74{"cibs_l421_74", evidence::law, {2021, 12, 22}, "CIBS, art. L.421-74",
    "malus CO2 et masse ensemble plafonnés au haut du barème CO2",
    "CO2 and mass malus together capped at the top of the CO2 grid"};
inline constexpr source e85_abatement{"e85_abatement", evidence::official, {2022, 1, 1}, "CIBS (ex-CGI, art. 1011 bis, III, LF 2009)",
    "abattement E85 ; service-public F19911",
    "E85 abatement; service-public F19911"};
inline constexpr source address_sticker{"address_sticker", evidence::press, {2022, 1, 1}, "Pratique de l'ANTS",
    "une étiquette pour les trois premiers changements d'adresse sur un certificat SIV (automobile-club.org, service-public)",
    "a sticker for the first three address changes on an SIV certificate (automobile-club.org, service-public)"};
inline constexpr source fni_conversion{"fni_conversion", evidence::press, {2022, 1, 1}, "Pratique de l'ANTS",
    "le passage du FNI au SIV ne paie pas la taxe fixe (observatoire Arval de la mobilité 2022 ; pages duplicata de service-public)",
    "FNI to SIV conversion pays no fixed tax (Arval mobility observatory 2022; service-public duplicata pages)"};
inline constexpr source moped_no_delivery_fee{"moped_no_delivery_fee", evidence::law, {2009, 1, 1}, "Redevance d'acheminement (LEGIARTI000019382504)",
    "due pour les véhicules autres qu'un cyclomoteur",
    "due for every vehicle but a moped"};
// The electricity / hydrogen regime by law, before and after the regions chose (electric_reduction()).
inline constexpr source ev_law_v1{"ev_law_v1", evidence::law, {2021, 12, 22}, "CIBS, art. L.421-49 (version 1)",
    "tarif nul de par la loi",
    "nil rate by law"};
inline constexpr source ev_law_v2_none{"ev_law_v2_none", evidence::press, {2025, 2, 14}, "CIBS, art. L.421-49 (version 2, LF 2025, art. 119)",
    "aucune réduction votée par la région (Auto Plus via cnews, frandroid, lefigaro)",
    "no reduction voted by the region (Auto Plus via cnews, frandroid, lefigaro)"};
// clang-format on

// Every source above, for the list of all sources (<cartegrise/sources.hpp>).
inline constexpr const source* rule_sources[] = {
    &cibs_l131_2,
    &cibs_l421_30_3,
    &cibs_l421_30_4,
    &cibs_l421_33_36,
    &cibs_l421_45,
    &cibs_l421_61,
    &cibs_l421_66_78_electric,
    &cibs_l421_66_78_invalidity,
    &cibs_l421_66_78_wheelchair,
    &cibs_l421_67,
    &cibs_l421_71,
    &cibs_l421_74,
    &e85_abatement,
    &address_sticker,
    &fni_conversion,
    &moped_no_delivery_fee,
    &ev_law_v1,
    &ev_law_v2_none,
};

}  // namespace data::src
CARTEGRISE_END_NAMESPACE

#endif
