// Which boxes each procedure pays, and how. Law: CIBS L.421-33 (taxable events: the taxe fixe on any
// issuance; the regional and transport taxes on a change of owner or an assimilated event; the malus on
// the first registration as a tourism vehicle in France). Since 2021 (LF 2020 art. 69) no other
// procedure pays Y.1. Taxe fixe exemptions (address update, input error, usurpation, FNI→SIV conversion)
// and the redevance (arrêté du 21 septembre 2015) per the official simulator data (baremeDemarche.csv).
#ifndef CARTEGRISE_DATA_PROCEDURE_FEES_HPP
#define CARTEGRISE_DATA_PROCEDURE_FEES_HPP

#include <cstdint>
#include "../detail/lookup.hpp"
#include "../procedure.hpp"
#include "../source.hpp"
#include "vintage.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace data {

// The sources of the rows below: each row names one (src::key), several rows may share it.
namespace src {
// clang-format off
inline constexpr source proc_first_registration{"proc_first_registration", evidence::law, {2021, 12, 22}, "CIBS, art. L.421-33 et L.421-36",
    "première immatriculation",
    "first registration"};
inline constexpr source proc_change_of_owner{"proc_change_of_owner", evidence::law, {2021, 12, 22}, "CIBS, art. L.421-33, 2°",
    "changement de propriétaire",
    "change of owner"};
inline constexpr source proc_import{"proc_import", evidence::law, {2021, 12, 22}, "CIBS, art. L.421-33 et L.421-36",
    "première immatriculation en France",
    "first registration in France"};
inline constexpr source proc_duplicate{"proc_duplicate", evidence::law, {2021, 12, 22}, "CIBS, art. L.421-33, 1°",
    "toute délivrance paie la taxe fixe",
    "any issuance pays the fixed tax"};
inline constexpr source proc_address{"proc_address", evidence::press, {2022, 1, 1}, "Observatoire Arval de la mobilité 2022",
    "taxe fixe non due pour une mise à jour d'adresse ; redevance quand un certificat est imprimé",
    "no fixed tax on an address update; the delivery fee when a certificate is printed"};
inline constexpr source proc_issuance{"proc_issuance", evidence::law, {2021, 12, 22}, "CIBS, art. L.421-33, 1°",
    "délivrance d'un certificat",
    "issuance of a certificate"};
inline constexpr source proc_spouse{"proc_spouse", evidence::law, {2021, 12, 22}, "CIBS, art. L.421-33, 1°",
    "pas un changement de propriétaire entre époux",
    "not a change of owner between spouses"};
inline constexpr source proc_correction{"proc_correction", evidence::press, {2022, 1, 1}, "Pratique de l'ANTS",
    "erreur de saisie de l'administration : rien n'est dû (exonération de taxe fixe ; redevance non due)",
    "input error of the administration: nothing due (fixed tax exemption; no delivery fee)"};
inline constexpr source proc_w_garage{"proc_w_garage", evidence::official, {2023, 12, 1}, "CIBS, art. L.421-43",
    "certificat provisoire ; données du simulateur officiel 2023 : CV ramenés à 1",
    "provisional certificate; official simulator data 2023: CV forced to 1"};
inline constexpr source proc_inheritance{"proc_inheritance", evidence::law, {2021, 12, 22}, "CIBS, art. L.421-33, 2°",
    "changement de propriétaire",
    "change of owner"};
inline constexpr source proc_co_owner{"proc_co_owner", evidence::law, {2021, 12, 22}, "CIBS, art. L.421-33, 2°",
    "changement de titulaire",
    "change of holder"};
inline constexpr source proc_usurpation{"proc_usurpation", evidence::press, {2022, 1, 1}, "Observatoire Arval de la mobilité 2022",
    "taxe fixe non due après usurpation du numéro",
    "no fixed tax after usurpation of the number"};
inline constexpr source proc_disaster_replacement{"proc_disaster_replacement", evidence::official, {2023, 12, 1}, "Données du simulateur officiel 2023",
    "pas de taxe régionale pour un véhicule remplaçant un véhicule détruit par une catastrophe naturelle",
    "no regional tax for a vehicle replacing one destroyed by a natural disaster"};
inline constexpr source proc_disaster_duplicate{"proc_disaster_duplicate", evidence::official, {2023, 12, 1}, "Données du simulateur officiel 2023",
    "duplicata après une catastrophe naturelle",
    "duplicate after a natural disaster"};
// clang-format on
}  // namespace src

enum class y1_mode : std::uint8_t {
    none,          // no regional tax (not a change of owner)
    per_cv,        // rate × CV × coefficients (change of owner or assimilated)
    one_unit,      // rate × 1, whatever the vehicle (W garage / WW: CV forced to 1)
};

struct procedure_fee_row {
    procedure key;
    date since;
    y1_mode y1;
    bool y2;             // transport tax (with a change of owner)
    bool y3;             // malus: first registration as a tourism vehicle in France
    bool y4;             // taxe fixe
    bool y5;             // redevance d'acheminement
    source_ref source;
};

// Duplicata on an FNI number, and address changes, are refined by the rules (registration system,
// rank of the change: rules/fixed_fees.hpp); this table gives the SIV case.
// clang-format off
inline constexpr procedure_fee_row procedure_fees[] = {
    // procedure                         since       Y.1               Y.2    Y.3    Y.4    Y.5    source
    {procedure::new_vehicle,             {2022,1,1}, y1_mode::per_cv,   true,  true,  true,  true,  src::proc_first_registration},
    {procedure::used,                    {2022,1,1}, y1_mode::per_cv,   true,  false, true,  true,  src::proc_change_of_owner},
    {procedure::import,                  {2022,1,1}, y1_mode::per_cv,   true,  true,  true,  true,  src::proc_import},
    {procedure::duplicate,               {2022,1,1}, y1_mode::none,     false, false, true,  true,  src::proc_duplicate},
    {procedure::address,                 {2022,1,1}, y1_mode::none,     false, false, false, true,  src::proc_address},
    {procedure::civil_status,            {2022,1,1}, y1_mode::none,     false, false, true,  true,  src::proc_issuance},
    {procedure::spouse,                  {2022,1,1}, y1_mode::none,     false, false, true,  true,  src::proc_spouse},
    {procedure::technical,               {2022,1,1}, y1_mode::none,     false, false, true,  true,  src::proc_issuance},
    {procedure::correction,              {2022,1,1}, y1_mode::none,     false, false, false, false, src::proc_correction},
    {procedure::w_garage,                {2022,1,1}, y1_mode::one_unit, false, false, true,  true,  src::proc_w_garage},
    {procedure::collection,              {2022,1,1}, y1_mode::none,     false, false, true,  true,  src::proc_issuance},
    {procedure::inheritance,             {2022,1,1}, y1_mode::per_cv,   true,  false, true,  true,  src::proc_inheritance},
    {procedure::lease_buyout,            {2022,1,1}, y1_mode::per_cv,   true,  false, true,  true,  src::proc_change_of_owner},
    {procedure::co_owner,                {2022,1,1}, y1_mode::per_cv,   true,  false, true,  true,  src::proc_co_owner},
    {procedure::usurpation,              {2022,1,1}, y1_mode::none,     false, false, false, true,  src::proc_usurpation},
    {procedure::inspection_boxes,        {2022,1,1}, y1_mode::none,     false, false, true,  true,  src::proc_issuance},
    {procedure::disaster_replacement,    {2022,1,1}, y1_mode::none,     false, false, true,  true,  src::proc_disaster_replacement},
    {procedure::disaster_duplicate,      {2022,1,1}, y1_mode::none,     false, false, true,  true,  src::proc_disaster_duplicate},
};
// clang-format on
static_assert(cartegrise::detail::dated_rows_ok(procedure_fees) &&
                  cartegrise::detail::every_key_covered_from<procedure_fees, procedure_count>(first_supported_date),
              "cartegrise: procedure fees sorted by procedure then date, every procedure from 2022-01-01");

constexpr const procedure_fee_row* procedure_fee_rules(procedure p, date d) noexcept {
    return cartegrise::detail::in_force<procedure_fees, procedure_count>(p, d);
}

// Address changes on an SIV certificate: the first three get a sticker, no new certificate (ANTS).
inline constexpr int address_changes_with_sticker = 3;

}  // namespace data
CARTEGRISE_END_NAMESPACE

#endif
