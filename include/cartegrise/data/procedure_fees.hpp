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
#include "sources.hpp"
#include "vintage.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace data {

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
    source_id source;
};

// Duplicata on an FNI number, and address changes, are refined by the rules (registration system,
// rank of the change: rules/fixed_fees.hpp); this table gives the SIV case.
// clang-format off
inline constexpr procedure_fee_row procedure_fees[] = {
    // procedure                         since       Y.1               Y.2    Y.3    Y.4    Y.5    source
    {procedure::new_vehicle,             {2022,1,1}, y1_mode::per_cv,   true,  true,  true,  true,  source_id::proc_first_registration},
    {procedure::used,                    {2022,1,1}, y1_mode::per_cv,   true,  false, true,  true,  source_id::proc_change_of_owner},
    {procedure::import,                  {2022,1,1}, y1_mode::per_cv,   true,  true,  true,  true,  source_id::proc_import},
    {procedure::duplicate,               {2022,1,1}, y1_mode::none,     false, false, true,  true,  source_id::proc_duplicate},
    {procedure::address,                 {2022,1,1}, y1_mode::none,     false, false, false, true,  source_id::proc_address},
    {procedure::civil_status,            {2022,1,1}, y1_mode::none,     false, false, true,  true,  source_id::proc_issuance},
    {procedure::spouse,                  {2022,1,1}, y1_mode::none,     false, false, true,  true,  source_id::proc_spouse},
    {procedure::technical,               {2022,1,1}, y1_mode::none,     false, false, true,  true,  source_id::proc_issuance},
    {procedure::correction,              {2022,1,1}, y1_mode::none,     false, false, false, false, source_id::proc_correction},
    {procedure::w_garage,                {2022,1,1}, y1_mode::one_unit, false, false, true,  true,  source_id::proc_w_garage},
    {procedure::collection,              {2022,1,1}, y1_mode::none,     false, false, true,  true,  source_id::proc_issuance},
    {procedure::inheritance,             {2022,1,1}, y1_mode::per_cv,   true,  false, true,  true,  source_id::proc_inheritance},
    {procedure::lease_buyout,            {2022,1,1}, y1_mode::per_cv,   true,  false, true,  true,  source_id::proc_change_of_owner},
    {procedure::co_owner,                {2022,1,1}, y1_mode::per_cv,   true,  false, true,  true,  source_id::proc_co_owner},
    {procedure::usurpation,              {2022,1,1}, y1_mode::none,     false, false, false, true,  source_id::proc_usurpation},
    {procedure::inspection_boxes,        {2022,1,1}, y1_mode::none,     false, false, true,  true,  source_id::proc_issuance},
    {procedure::disaster_replacement,    {2022,1,1}, y1_mode::none,     false, false, true,  true,  source_id::proc_disaster_replacement},
    {procedure::disaster_duplicate,      {2022,1,1}, y1_mode::none,     false, false, true,  true,  source_id::proc_disaster_duplicate},
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
