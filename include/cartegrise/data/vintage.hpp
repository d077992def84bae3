// What the tables cover: the first application date the library quotes, the latest change the tables
// know (the data vintage), and the last date they are known to hold. An application dated after
// data_valid_until is quoted with the latest tables and flagged (totals::after_data_vintage).
// The test suite checks that no row of a dated table starts after the vintage (tests/static/data_static.cpp).
#ifndef CARTEGRISE_DATA_VINTAGE_HPP
#define CARTEGRISE_DATA_VINTAGE_HPP

#include "../date.hpp"

// Year, month and day of the latest change the tables know (the IDFM surcharge of 12 EUR/CV and the
// 2027 CO2 grid, from 2027-01-01).
#define CARTEGRISE_DATA_VINTAGE 20270101

namespace cartegrise {

// The CIBS (ordonnance 2021-1843) took over the CGI on 2022-01-01: earlier applications are
// errc::date_out_of_range. Malus grids reach back to 2008 for the first registration of imports.
inline constexpr date first_supported_date{2022, 1, 1};

inline constexpr date data_vintage{CARTEGRISE_DATA_VINTAGE / 10000, (CARTEGRISE_DATA_VINTAGE / 100) % 100, CARTEGRISE_DATA_VINTAGE % 100};

// Rates are known until the end of the year of the last regional vote found (no 2027 regional budget
// was found on 2026-12-02): a quote after this date is flagged.
inline constexpr date data_valid_until{2026, 12, 31};

}  // namespace cartegrise

#endif
