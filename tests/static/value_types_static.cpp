// Compiling this file is the test: the value types in constant expressions.
#include <cartegrise/breakdown.hpp>
#include <cartegrise/date.hpp>
#include <cartegrise/maybe.hpp>
#include <cartegrise/money.hpp>
#include <cartegrise/territory.hpp>
#include <cartegrise/vehicle.hpp>
#include <cartegrise/version.hpp>

#include <functional>
#include <optional>
#include <string_view>
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

// One optional type: parse_date gives maybe<date>, like the request's fields; maybe compares as
// std::optional does (empty equals empty, a maybe equals the value it holds).
static_assert(std::is_same_v<decltype(cg::parse_date("")), cg::maybe<cg::date>>);
static_assert(cg::parse_date("2026-06-01") == cg::date{2026, 6, 1});
static_assert(cg::parse_date("2026-06-01") != cg::date{2026, 6, 2});
static_assert(cg::parse_date("2026-02-30") != cg::date{2026, 2, 28} && cg::parse_date("x") == cg::maybe<cg::date>{});
static_assert(cg::maybe<int>{0} != cg::maybe<int>{} && cg::maybe<int>{3} == cg::maybe<int>{3} && 3 == cg::maybe<int>{3});

// No default department is a real one: department{} is not ok() (quote() refuses it, naming
// holder_department) and is none of the listed departments.
static_assert(!cg::department{}.ok() && cg::department{}.code() == "?");
static_assert(cg::department{} != cg::department::at(0) && cg::department::at(0).code() == "01");
static_assert(cg::department{} == cg::department::at(cg::department_count), "one value for no department");
static_assert(std::is_default_constructible_v<cg::department>, "maybe<department> and result<department> hold it by value");

// A breakdown compares its lines and its steps; a breakdown and a totals do not compare (say which
// part is meant).
static_assert(std::is_invocable_r_v<bool, std::equal_to<>, const cg::breakdown&, const cg::breakdown&>);
static_assert(!std::is_invocable_v<std::equal_to<>, const cg::breakdown&, const cg::totals&>);
static_assert(!std::is_invocable_v<std::equal_to<>, const cg::totals&, const cg::breakdown&>);
static_assert(!std::is_invocable_v<std::not_equal_to<>, const cg::breakdown&, const cg::totals&>);
static_assert(cg::breakdown{} == cg::breakdown{});

// The inline namespace names the major version and the data vintage, from the macros of version.hpp
// (tests/abi links two vintages into one program); another vintage is another name.
#define CG_STATIC_STR_IMPL(x) #x
#define CG_STATIC_STR(x) CG_STATIC_STR_IMPL(x)
static_assert(std::string_view{CG_STATIC_STR(CARTEGRISE_ABI_NAMESPACE)} ==
              std::string_view{"v" CG_STATIC_STR(CARTEGRISE_VERSION_MAJOR) "_" CG_STATIC_STR(CARTEGRISE_DATA_VINTAGE)});
static_assert(std::string_view{CG_STATIC_STR(CARTEGRISE_ABI_NAME(1, 20280101))} == "v1_20280101");
static_assert(std::string_view{CG_STATIC_STR(CARTEGRISE_ABI_NAME(1, 20280101))} != CG_STATIC_STR(CARTEGRISE_ABI_NAMESPACE));
static_assert(std::is_same_v<cg::money, cg::CARTEGRISE_ABI_NAMESPACE::money>, "users name cartegrise::money; it lives in the versioned namespace");
