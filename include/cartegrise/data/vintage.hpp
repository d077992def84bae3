// The data vintage: the latest change the tables know. An application dated later is quoted with the
// latest tables and flagged (breakdown::after_data_vintage).
#ifndef CARTEGRISE_DATA_VINTAGE_HPP
#define CARTEGRISE_DATA_VINTAGE_HPP

#include "co2_malus.hpp"
#include "regional_rates.hpp"
#include "table.hpp"

// Year, month and day of the latest regional change the tables know (HdF 43 EUR/CV from 2026-04-01).
// Malus grids set in advance by a finance law (the 2027 CO2 grid of LF 2025) may start after it.
#define CARTEGRISE_DATA_VINTAGE 20260401

namespace cartegrise::data {

inline constexpr date data_vintage{CARTEGRISE_DATA_VINTAGE / 10000, (CARTEGRISE_DATA_VINTAGE / 100) % 100, CARTEGRISE_DATA_VINTAGE % 100};

// Rates are known until the end of the year of the last vote: a quote after this date is flagged.
inline constexpr date data_valid_until{2026, 12, 31};

static_assert(cartegrise::detail::latest_since(regional_rates) <= data_vintage, "CARTEGRISE_DATA_VINTAGE is older than a regional rate");
static_assert(cartegrise::detail::latest_since(idfm_surcharges) <= data_vintage, "CARTEGRISE_DATA_VINTAGE is older than the IDFM surcharge");

}  // namespace cartegrise::data

#endif
