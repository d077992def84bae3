// The data a release ships: the data vintage (the latest change its tables know, from
// CARTEGRISE_DATA_VINTAGE in version.hpp) and the last date they are known to hold. An application dated
// after data_valid_until is quoted with the latest tables and flagged (totals::after_data_vintage). The
// test suite checks that no row of a dated table starts after the vintage (tests/static/data_static.cpp).
#ifndef CARTEGRISE_VINTAGE_HPP
#define CARTEGRISE_VINTAGE_HPP

#include "date.hpp"
#include "version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

inline constexpr date data_vintage{CARTEGRISE_DATA_VINTAGE / 10000, (CARTEGRISE_DATA_VINTAGE / 100) % 100, CARTEGRISE_DATA_VINTAGE % 100};

// Rates are known until the end of the year of the last regional vote found (no 2027 regional budget
// was found on 2026-12-02): a quote after this date is flagged.
inline constexpr date data_valid_until{2026, 12, 31};

CARTEGRISE_END_NAMESPACE

#endif
