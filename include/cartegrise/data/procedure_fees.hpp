// Which boxes each procedure pays, and how. Law: CIBS L.421-33 (taxable events: the taxe fixe on any
// issuance; the regional and transport taxes on a change of owner or an assimilated event; the malus on
// the first registration as a tourism vehicle in France). Since 2021 (LF 2020 art. 69) no other
// procedure pays Y.1. Taxe fixe exemptions (address update, input error, usurpation, FNI→SIV conversion)
// and the redevance (arrêté du 21 septembre 2015) per the official simulator data (baremeDemarche.csv).
#ifndef CARTEGRISE_DATA_PROCEDURE_FEES_HPP
#define CARTEGRISE_DATA_PROCEDURE_FEES_HPP

#include <cstdint>
#include <string_view>

#include "../procedure.hpp"
#include "table.hpp"

namespace cartegrise::data {

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
    std::string_view source;
};

// Duplicata on an FNI number, and address changes, are refined by the rules (registration system,
// rank of the change): see rules in <cartegrise/quote.hpp>; this table gives the SIV case.
// clang-format off
inline constexpr procedure_fee_row procedure_fees[] = {
    // procedure                         since       Y.1               Y.2    Y.3    Y.4    Y.5    source
    {procedure::new_vehicle,             {2022,1,1}, y1_mode::per_cv,   true,  true,  true,  true,  "CIBS L.421-33, L.421-36"},
    {procedure::used,                    {2022,1,1}, y1_mode::per_cv,   true,  false, true,  true,  "CIBS L.421-33 2°"},
    {procedure::import,                  {2022,1,1}, y1_mode::per_cv,   true,  true,  true,  true,  "CIBS L.421-33, L.421-36 (first registration in France)"},
    {procedure::duplicate,               {2022,1,1}, y1_mode::none,     false, false, true,  true,  "CIBS L.421-33 1° (any issuance pays the taxe fixe)"},
    {procedure::address,                 {2022,1,1}, y1_mode::none,     false, false, false, true,  "taxe fixe not due on an address update; redevance when a certificate is printed"},
    {procedure::civil_status,            {2022,1,1}, y1_mode::none,     false, false, true,  true,  "CIBS L.421-33 1°"},
    {procedure::spouse,                  {2022,1,1}, y1_mode::none,     false, false, true,  true,  "CIBS L.421-33 1°; not a change of owner between spouses"},
    {procedure::technical,               {2022,1,1}, y1_mode::none,     false, false, true,  true,  "CIBS L.421-33 1°"},
    {procedure::correction,              {2022,1,1}, y1_mode::none,     false, false, false, false, "input error of the administration: nothing due (taxe fixe exemption; redevance not due)"},
    {procedure::w_garage,                {2022,1,1}, y1_mode::one_unit, false, false, true,  true,  "CIBS L.421-43 (provisional certificate); official simulator: CV forced to 1"},
    {procedure::collection,              {2022,1,1}, y1_mode::none,     false, false, true,  true,  "CIBS L.421-33 1°"},
    {procedure::inheritance,             {2022,1,1}, y1_mode::per_cv,   true,  false, true,  true,  "CIBS L.421-33 2° (change of owner)"},
    {procedure::lease_buyout,            {2022,1,1}, y1_mode::per_cv,   true,  false, true,  true,  "CIBS L.421-33 2° (change of owner)"},
    {procedure::co_owner,                {2022,1,1}, y1_mode::per_cv,   true,  false, true,  true,  "CIBS L.421-33 2° (change of holder)"},
    {procedure::usurpation,              {2022,1,1}, y1_mode::none,     false, false, false, true,  "taxe fixe not due after usurpation of the number"},
    {procedure::inspection_boxes,        {2022,1,1}, y1_mode::none,     false, false, true,  true,  "CIBS L.421-33 1°"},
    {procedure::disaster_replacement,    {2022,1,1}, y1_mode::none,     false, false, true,  true,  "official simulator data 2023: no regional tax for a vehicle replacing one destroyed by a natural disaster"},
    {procedure::disaster_duplicate,      {2022,1,1}, y1_mode::none,     false, false, true,  true,  "official simulator data 2023"},
};
// clang-format on

static_assert(cartegrise::detail::sorted_by_key_then_date(procedure_fees), "procedure fees: sorted");
static_assert(cartegrise::detail::every_key_covered_from<procedure>(procedure_fees, procedure_count, first_supported_date),
              "procedure fees: every procedure from 2022-01-01");

constexpr const procedure_fee_row* procedure_fee_rules(procedure p, date d) noexcept {
    return cartegrise::detail::find_in_force(procedure_fees, p, d);
}

// Address changes on an SIV certificate: the first three get a sticker, no new certificate (ANTS).
inline constexpr int address_changes_with_sticker = 3;

}  // namespace cartegrise::data

#endif
