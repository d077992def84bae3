#include <cartegrise/date.hpp>

#include <doctest/doctest.h>

using cartegrise::date;
using cartegrise::parse_date;

TEST_CASE("date: parse YYYY-MM-DD strictly") {
    CHECK(parse_date("2026-06-01") == date{2026, 6, 1});
    CHECK(parse_date("2024-02-29") == date{2024, 2, 29});
    CHECK_FALSE(parse_date("2026-02-30"));
    CHECK_FALSE(parse_date("2025-02-29"));
    CHECK_FALSE(parse_date("2026-13-01"));
    CHECK_FALSE(parse_date("2026-00-10"));
    CHECK_FALSE(parse_date("2026-1-01"));
    CHECK_FALSE(parse_date("2026/01/01"));
    CHECK_FALSE(parse_date(" 2026-01-01"));
    CHECK_FALSE(parse_date("0000-01-01"));
    CHECK_FALSE(parse_date(""));
    CHECK_FALSE(parse_date("2026-01-0x"));
    CHECK_FALSE(parse_date("10000-01-01"));
    CHECK(parse_date("9999-12-31") == date{9999, 12, 31});
}

TEST_CASE("date: four bytes; the default date is 0000-00-00 and not ok()") {
    static_assert(sizeof(date) == 4, "a date is four bytes");
    constexpr date none{};
    CHECK_FALSE(none.ok());
    CHECK(none.year() == 0);
    CHECK(none.month() == 0);
    CHECK(none.day() == 0);
    CHECK(date{2026, 6, 1}.ok());
}

TEST_CASE("date: unchecked() builds a date that is not a calendar date, on purpose, and ok() says so") {
    CHECK_FALSE(date::unchecked(2026, 2, 30).ok());
    CHECK_FALSE(date::unchecked(2025, 2, 29).ok());
    CHECK(date::unchecked(2024, 2, 29).ok());
    CHECK_FALSE(date::unchecked(2026, 13, 1).ok());
    CHECK_FALSE(date::unchecked(2026, 0, 1).ok());
    CHECK_FALSE(date::unchecked(2026, 6, 0).ok());
    CHECK_FALSE(date::unchecked(0, 6, 1).ok());
    CHECK_FALSE(date::unchecked(10000, 1, 1).ok());
    // Day and year swapped: never a date.
    CHECK_FALSE(date::unchecked(1, 6, 2026).ok());
    // Out-of-range fields are stored as 0: nothing wraps around into a valid date.
    CHECK_FALSE(date::unchecked(2026 + 65536, 6, 1).ok());
    CHECK_FALSE(date::unchecked(2026, 6 + 256, 1).ok());
    CHECK_FALSE(date::unchecked(2026, 6, 1 + 256).ok());
    CHECK_FALSE(date::unchecked(-2026, 6, 1).ok());
    // At run time the checked constructor keeps the fields; ok() is false.
    const int day = 30;
    const date feb30{2026, 2, day};
    CHECK_FALSE(feb30.ok());
    CHECK(feb30 == date::unchecked(2026, 2, 30));
}

TEST_CASE("date: the year-first literals and the packed form") {
    using namespace cartegrise::literals;
    constexpr date d = 2026_y / 6 / 1;
    static_assert(d == date{2026, 6, 1});
    CHECK(2024_y / 2 / 29 == date{2024, 2, 29});
    CHECK_FALSE((2025_y / 2 / 29).ok());  // at run time: not ok()
    CHECK_FALSE((10000_y / 1 / 1).ok());
    CHECK(date{2026, 6, 1}.packed() == 0x07EA0601u);
    CHECK(date::from_packed(date{2026, 6, 1}.packed()) == date{2026, 6, 1});
    CHECK(date{}.packed() == 0u);
    // The packed form sorts as the dates do.
    CHECK(date{2025, 12, 31}.packed() < date{2026, 1, 1}.packed());
    CHECK(date{2026, 1, 31}.packed() < date{2026, 2, 1}.packed());
    for (date x{2022, 1, 1}; x <= date{2026, 12, 31}; x = x.add_days(13)) {
        REQUIRE(date::from_packed(x.packed()) == x);
        REQUIRE(x.packed() < x.add_days(1).packed());
    }
    CHECK_FALSE(date::from_packed(0xFFFFFFFFu).ok());
}

TEST_CASE("date: days from civil round-trips and known values") {
    CHECK(date{1970, 1, 1}.days_since_epoch() == 0);
    CHECK(date{2000, 3, 1}.days_since_epoch() == 11017);
    CHECK(date{1969, 12, 31}.days_since_epoch() == -1);
    for (std::int64_t d = -700000; d <= 2900000; d += 997) {
        const date x = date::from_days_since_epoch(d);
        REQUIRE(x.ok());
        REQUIRE(x.days_since_epoch() == d);
    }
    CHECK(date{2026, 2, 28}.add_days(1) == date{2026, 3, 1});
    CHECK(date{2024, 2, 28}.add_days(1) == date{2024, 2, 29});
}

TEST_CASE("date: add_years keeps the day; 29 February becomes 28 February in a common year") {
    CHECK(date{2016, 5, 3}.add_years(10) == date{2026, 5, 3});
    CHECK(date{2016, 2, 29}.add_years(10) == date{2026, 2, 28});
    CHECK(date{2016, 2, 29}.add_years(8) == date{2024, 2, 29});
    CHECK(date{2016, 1, 31}.add_months(1) == date{2016, 2, 29});
    CHECK(date{2016, 11, 30}.add_months(3) == date{2017, 2, 28});
}

TEST_CASE("date: comparisons") {
    CHECK(date{2025, 12, 31} < date{2026, 1, 1});
    CHECK(date{2026, 1, 2} > date{2026, 1, 1});
    CHECK(date{2026, 1, 1} <= date{2026, 1, 1});
    CHECK(date{2026, 1, 1} != date{2026, 1, 2});
}

TEST_CASE("date: full and started months, full years") {
    using cartegrise::full_months_between;
    using cartegrise::full_years_between;
    using cartegrise::started_months_between;
    CHECK(full_months_between(date{2019, 9, 13}, date{2026, 9, 13}) == 84);
    CHECK(started_months_between(date{2019, 9, 13}, date{2026, 9, 13}) == 85);  // official simulator count
    CHECK(started_months_between(date{2019, 9, 13}, date{2026, 9, 12}) == 84);
    CHECK(started_months_between(date{2026, 1, 10}, date{2026, 1, 10}) == 1);
    CHECK(started_months_between(date{2026, 1, 10}, date{2026, 2, 9}) == 1);
    CHECK(started_months_between(date{2026, 1, 10}, date{2026, 2, 10}) == 2);
    CHECK(full_months_between(date{2026, 1, 31}, date{2026, 2, 28}) == 1);
    CHECK(full_months_between(date{2026, 3, 1}, date{2026, 2, 1}) == 0);
    CHECK(full_years_between(date{2016, 2, 29}, date{2026, 2, 28}) == 10);
    CHECK(full_years_between(date{2016, 2, 29}, date{2026, 2, 27}) == 9);
    CHECK(full_years_between(date{2016, 6, 1}, date{2026, 5, 31}) == 9);
}

#if __cplusplus >= 202002L && defined(__cpp_lib_chrono) && __cpp_lib_chrono >= 201907L
TEST_CASE("date: interop with std::chrono::year_month_day (C++20)") {
    using namespace std::chrono;
    constexpr year_month_day ymd{year{2026}, month{3}, day{1}};
    constexpr date d{ymd};
    static_assert(d == date{2026, 3, 1});
    static_assert(d.to_year_month_day() == ymd);
    CHECK(sys_days{ymd}.time_since_epoch().count() == d.days_since_epoch());
}
#endif
