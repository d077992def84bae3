// Y.4 taxe fixe and Y.5 redevance d'acheminement, by date.
// Y.4: 11 € per issuance since 2021-01-01 (LF 2020 art. 69; CIBS L.421-30 1° and L.421-33 1° from 2022).
// Y.5: 2,76 € (arrêté du 21 septembre 2015 on the redevance created by LEGIARTI000019382504); not due
// for mopeds ("autre qu'un cyclomoteur") nor when no certificate is posted.
#ifndef CARTEGRISE_DATA_FIXED_FEES_HPP
#define CARTEGRISE_DATA_FIXED_FEES_HPP

#include <cstdint>

#include "../detail/lookup.hpp"
#include "../source.hpp"
#include "vintage.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace data {

// The sources of the rows below: each row names one (src::key), several rows may share it.
namespace src {
// clang-format off
inline constexpr source taxe_fixe_2021{"taxe_fixe_2021", evidence::official, {2019, 12, 28}, "CIBS, art. L.421-30, 1°, et L.421-33, 1°",
    "11 € depuis la LF 2020 (loi n° 2019-1479, art. 69) ; données du simulateur officiel",
    "11 EUR since the finance law for 2020 (2019-1479, art. 69); official simulator data"};
inline constexpr source redevance_2015{"redevance_2015", evidence::official, {2015, 9, 21}, "Arrêté du 21 septembre 2015",
    "redevance d'acheminement, 2,76 €",
    "delivery fee, 2.76 EUR"};
// clang-format on
}  // namespace src

enum class fixed_fee : std::uint8_t { taxe_fixe, redevance_acheminement };
inline constexpr std::size_t fixed_fee_count = 2;

struct fixed_fee_row {
    fixed_fee key;
    date since;
    std::int32_t cents;
    source_ref source;
};

// clang-format off
inline constexpr fixed_fee_row fixed_fees[] = {
    {fixed_fee::taxe_fixe,              {2021,  1, 1}, 1100, src::taxe_fixe_2021},
    {fixed_fee::redevance_acheminement, {2015, 10, 1},  276, src::redevance_2015},
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
