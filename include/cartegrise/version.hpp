// cartegrise — the single source of truth for what a release is: the library version (CMake, the Conan
// recipe and the vcpkg port read the three lines below) and the data it ships: the latest change its
// tables know (the data vintage) and the last date they are known to hold. An application dated after
// data_valid_until is quoted with the latest tables and flagged (totals::after_data_vintage). The test
// suite checks that no row of a dated table starts after the vintage (tests/static/data_static.cpp).
#ifndef CARTEGRISE_VERSION_HPP
#define CARTEGRISE_VERSION_HPP

#include "date.hpp"

#define CARTEGRISE_VERSION_MAJOR 0
#define CARTEGRISE_VERSION_MINOR 2
#define CARTEGRISE_VERSION_PATCH 0

#define CARTEGRISE_VERSION_STRING "0.2.0"

// Year, month and day of the latest change the tables know (the IDFM surcharge of 12 EUR/CV and the
// 2027 CO2 grid, from 2027-01-01).
#define CARTEGRISE_DATA_VINTAGE 20270101

namespace cartegrise {
inline constexpr int version_major = CARTEGRISE_VERSION_MAJOR;
inline constexpr int version_minor = CARTEGRISE_VERSION_MINOR;
inline constexpr int version_patch = CARTEGRISE_VERSION_PATCH;

inline constexpr date data_vintage{CARTEGRISE_DATA_VINTAGE / 10000, (CARTEGRISE_DATA_VINTAGE / 100) % 100, CARTEGRISE_DATA_VINTAGE % 100};

// Rates are known until the end of the year of the last regional vote found (no 2027 regional budget
// was found on 2026-12-02): a quote after this date is flagged.
inline constexpr date data_valid_until{2026, 12, 31};
}  // namespace cartegrise

#endif
