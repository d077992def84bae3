// Y.4 taxe fixe and Y.5 redevance d'acheminement, by date.
// Y.4: 11 € per issuance since 2021-01-01 (LF 2020 art. 69; CIBS L.421-30 1° and L.421-33 1° from 2022).
// Y.5: 2,76 € (arrêté du 21 septembre 2015 on the redevance created by LEGIARTI000019382504); not due
// for mopeds ("autre qu'un cyclomoteur") nor when no certificate is posted.
#ifndef CARTEGRISE_DATA_FIXED_FEES_HPP
#define CARTEGRISE_DATA_FIXED_FEES_HPP

#include <cstdint>
#include <string_view>

#include "table.hpp"

namespace cartegrise::data {

enum class fixed_fee : std::uint8_t { taxe_fixe, redevance_acheminement };

struct fixed_fee_row {
    fixed_fee key;
    date since;
    std::int64_t cents;
    std::string_view source;
};

// clang-format off
inline constexpr fixed_fee_row fixed_fees[] = {
    {fixed_fee::taxe_fixe,              {2021, 1, 1}, 1100, "CIBS L.421-30 1°, L.421-33 1° (11 EUR since LF 2020 art. 69)"},
    {fixed_fee::redevance_acheminement, {2015, 10, 1}, 276, "arrêté du 21 septembre 2015 (redevance d'acheminement, 2,76 EUR)"},
};
// clang-format on

static_assert(cartegrise::detail::sorted_by_key_then_date(fixed_fees), "fixed fees: sorted");
static_assert(cartegrise::detail::every_key_covered_from<fixed_fee>(fixed_fees, 2, first_supported_date),
              "fixed fees: both from 2022-01-01");

constexpr const fixed_fee_row* fixed_fee_in_force(fixed_fee f, date d) noexcept {
    return cartegrise::detail::find_in_force(fixed_fees, f, d);
}

}  // namespace cartegrise::data

#endif
