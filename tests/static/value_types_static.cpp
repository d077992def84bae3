// Compiling this file is the test: the value types in constant expressions.
#include <cartegrise/date.hpp>
#include <cartegrise/money.hpp>
#include <cartegrise/territory.hpp>
#include <cartegrise/vehicle.hpp>

#include <type_traits>

namespace cg = cartegrise;

static_assert(cg::round_to_euro(cg::money::cents(1249)) == cg::money::euros(12));
static_assert(cg::round_to_euro(cg::money::cents(1250)) == cg::money::euros(13));
static_assert(cg::round_to_euro(cg::money::cents(1251)) == cg::money::euros(13));
static_assert(!std::is_constructible_v<cg::money, double>);
static_assert(std::is_trivially_copyable_v<cg::money>);

static_assert(cg::parse_date("2024-02-29").has_value());
static_assert(!cg::parse_date("2026-02-30").has_value());
static_assert(cg::date{2016, 2, 29}.add_years(10) == cg::date{2026, 2, 28});
static_assert(cg::started_months_between(cg::date{2019, 9, 13}, cg::date{2026, 9, 13}) == 85);
static_assert(cg::date::from_days_since_epoch(cg::date{2026, 11, 25}.days_since_epoch()) == cg::date{2026, 11, 25});

static_assert(cg::parse_department("2a").value().code() == "2A");
static_assert(cg::parse_department("974").value().region() == cg::region::la_reunion);
static_assert(!cg::parse_department("20").has_value());
static_assert(cg::parse_genre("MTL").value() == cg::genre::mtl);
static_assert(cg::parse_energy("el").value() == cg::energy::el);
