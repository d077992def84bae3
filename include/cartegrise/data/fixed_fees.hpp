// Y.4 taxe fixe and Y.5 redevance d'acheminement, by date.
// Y.4: 11 € per issuance since 2021-01-01 (LF 2020 art. 69; CIBS L.421-30 1° and L.421-33 1° from 2022).
// Y.5: 2,76 € (arrêté du 21 septembre 2015 on the redevance created by LEGIARTI000019382504); not due
// for mopeds ("autre qu'un cyclomoteur") nor when no certificate is posted.
#ifndef CARTEGRISE_DATA_FIXED_FEES_HPP
#define CARTEGRISE_DATA_FIXED_FEES_HPP

#include <cstdint>

#include "../detail/lookup.hpp"
#include "sources.hpp"
#include "vintage.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace data {

enum class fixed_fee : std::uint8_t { taxe_fixe, redevance_acheminement };
inline constexpr std::size_t fixed_fee_count = 2;

struct fixed_fee_row {
    fixed_fee key;
    date since;
    std::int32_t cents;
    source_id source;
};

// clang-format off
inline constexpr fixed_fee_row fixed_fees[] = {
    {fixed_fee::taxe_fixe,              {2021,  1, 1}, 1100, source_id::taxe_fixe_2021},
    {fixed_fee::redevance_acheminement, {2015, 10, 1},  276, source_id::redevance_2015},
};
// clang-format on
static_assert(cartegrise::detail::dated_rows_ok(fixed_fees, [](const fixed_fee_row& r) { return r.cents > 0; }) &&
                  cartegrise::detail::every_key_covered_from<fixed_fees, fixed_fee_count>(first_supported_date),
              "cartegrise: fixed fees sorted, positive, both in force from 2022-01-01");

constexpr const fixed_fee_row* fixed_fee_in_force(fixed_fee f, date d) noexcept {
    return cartegrise::detail::in_force<fixed_fees, fixed_fee_count>(f, d);
}

}  // namespace data
CARTEGRISE_END_NAMESPACE

#endif
