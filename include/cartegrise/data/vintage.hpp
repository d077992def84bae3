// The first application date the library quotes. The data vintage and the last date the tables are
// known to hold belong to the release and live in <cartegrise/vintage.hpp>, included here so that every
// table sees them.
#ifndef CARTEGRISE_DATA_VINTAGE_HPP
#define CARTEGRISE_DATA_VINTAGE_HPP

#include "../date.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

// The CIBS (ordonnance 2021-1843) took over the CGI on 2022-01-01: earlier applications are
// errc::date_out_of_range. Malus grids reach back to 2008 for the first registration of imports.
inline constexpr date first_supported_date{2022, 1, 1};

CARTEGRISE_END_NAMESPACE

#endif
