// date: a proleptic Gregorian civil date, constexpr, with the arithmetic the fee rules need. Four bytes.
// Days-from-civil after H. Hinnant, "chrono-Compatible Low-Level Date Algorithms".
//
// Built as date{2026, 6, 1} (year, month, day: ISO order) or, with cartegrise::literals, 2026_y / 6 / 1.
// A date that is not a calendar date is refused where it can be: in a constant expression it does not
// compile (a call to detail::invalid_date_in_constant_expression); at run time ok() is false and every
// function of the library refuses it. So date{1, 6, 2026}, day and year swapped, never passes for a date.
#ifndef CARTEGRISE_DATE_HPP
#define CARTEGRISE_DATE_HPP

#include <cstdint>
#include <string_view>

#if __cplusplus >= 202002L && __has_include(<chrono>)
#include <chrono>
#endif

#include "maybe.hpp"
#include "version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

namespace detail {
// Not constexpr on purpose: reaching it while evaluating a constant expression is a compile error that
// names the mistake. At run time it does nothing (the date is kept, and ok() says it is not valid).
inline void invalid_date_in_constant_expression() noexcept {}
}  // namespace detail

class date {
public:
    // The default date is 0000-00-00: "no date", not ok().
    constexpr date() noexcept = default;
    constexpr date(int y, int m, int d) noexcept : p_{pack(y, m, d)} {
        if (!ok()) detail::invalid_date_in_constant_expression();
    }

    [[nodiscard]] constexpr int year() const noexcept { return static_cast<int>(p_ >> 16); }
    [[nodiscard]] constexpr int month() const noexcept { return static_cast<int>((p_ >> 8) & 0xffu); }
    [[nodiscard]] constexpr int day() const noexcept { return static_cast<int>(p_ & 0xffu); }

    [[nodiscard]] static constexpr bool is_leap(int y) noexcept {
        return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    }
    [[nodiscard]] static constexpr int days_in_month(int y, int m) noexcept {
        if (m < 1 || m > 12) return 0;
        if (m == 2) return is_leap(y) ? 29 : 28;
        return 30 + ((m + (m >> 3)) & 1);  // 31 for January, March, May, July, August, October, December
    }
    // A calendar date of years 1..9999, the range a registration certificate can print.
    static constexpr int last_year = 9999;
    [[nodiscard]] constexpr bool ok() const noexcept { return valid(year(), month(), day()); }
    [[nodiscard]] static constexpr bool valid(int y, int m, int d) noexcept {
        return y >= 1 && y <= last_year && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
    }
    // The last date the type holds: "no end" where a bound is asked for.
    [[nodiscard]] static constexpr date last() noexcept { return unchecked(last_year, 12, 31); }

    // Days since 1970-01-01 (negative before).
    [[nodiscard]] constexpr std::int64_t days_since_epoch() const noexcept {
        const std::int64_t y = static_cast<std::int64_t>(year()) - (month() <= 2 ? 1 : 0);
        const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
        const std::int64_t yoe = y - era * 400;
        const std::int64_t mp = (month() + 9) % 12;
        const std::int64_t doy = (153 * mp + 2) / 5 + day() - 1;
        const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }
    [[nodiscard]] static constexpr date from_days_since_epoch(std::int64_t z) noexcept {
        z += 719468;
        const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
        const std::int64_t doe = z - era * 146097;
        const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const std::int64_t mp = (5 * doy + 2) / 153;
        const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
        const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
        const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        return unchecked(static_cast<int>(y), static_cast<int>(m), static_cast<int>(d));
    }

    [[nodiscard]] constexpr date add_days(std::int64_t n) const noexcept {
        return from_days_since_epoch(days_since_epoch() + n);
    }
    // Same day and month n years later. 29 February becomes 28 February in a common year: the
    // administration counts a 29-02 registration ten years old on 28-02 (decision "ten years").
    [[nodiscard]] constexpr date add_years(int n) const noexcept {
        const int y = year() + n;
        const int dim = days_in_month(y, month());
        return unchecked(y, month(), day() > dim ? dim : day());
    }
    // Same day n months later, clamped to the last day of a shorter month.
    [[nodiscard]] constexpr date add_months(int n) const noexcept {
        const int total = year() * 12 + (month() - 1) + n;
        const int y = total / 12;
        const int m = total % 12 + 1;
        const int dim = days_in_month(y, m);
        return unchecked(y, m, day() > dim ? dim : day());
    }

    // The date as one 32-bit number, year << 16 | month << 8 | day: the order of dates is the order of
    // these numbers (compact storage, one comparison).
    [[nodiscard]] constexpr std::uint32_t packed() const noexcept { return p_; }
    [[nodiscard]] static constexpr date from_packed(std::uint32_t p) noexcept {
        return unchecked(static_cast<int>(p >> 16), static_cast<int>((p >> 8) & 0xffu), static_cast<int>(p & 0xffu));
    }

    friend constexpr bool operator==(date a, date b) noexcept { return a.p_ == b.p_; }
    friend constexpr bool operator!=(date a, date b) noexcept { return a.p_ != b.p_; }
    friend constexpr bool operator<(date a, date b) noexcept { return a.p_ < b.p_; }
    friend constexpr bool operator>(date a, date b) noexcept { return b < a; }
    friend constexpr bool operator<=(date a, date b) noexcept { return !(b < a); }
    friend constexpr bool operator>=(date a, date b) noexcept { return !(a < b); }

#if __cplusplus >= 202002L && defined(__cpp_lib_chrono) && __cpp_lib_chrono >= 201907L
    constexpr explicit date(std::chrono::year_month_day ymd) noexcept
        : date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
               static_cast<int>(static_cast<unsigned>(ymd.day()))} {}
    [[nodiscard]] constexpr std::chrono::year_month_day to_year_month_day() const noexcept {
        return std::chrono::year_month_day{std::chrono::year{year()}, std::chrono::month{static_cast<unsigned>(month())},
                                           std::chrono::day{static_cast<unsigned>(day())}};
    }
#endif

    // A date from fields already checked, or from user numbers that ok() will be asked about: no
    // compile-time refusal (parse_date and the calendar arithmetic use it).
    [[nodiscard]] static constexpr date unchecked(int y, int m, int d) noexcept {
        date out;
        out.p_ = pack(y, m, d);
        return out;
    }

private:
    // Out-of-range fields are stored as 0 (never ok()), so that no value wraps into a valid date.
    static constexpr std::uint32_t pack(int y, int m, int d) noexcept {
        const auto part = [](int v, int hi) { return static_cast<std::uint32_t>(v >= 1 && v <= hi ? v : 0); };
        return part(y, last_year) << 16 | part(m, 31) << 8 | part(d, 31);
    }

    std::uint32_t p_ = 0;
};

// 2026_y / 6 / 1: the year first, spelled as a year, so that it cannot be swapped with the day.
struct year_month;
struct year_literal {
    int value;
    friend constexpr year_month operator/(year_literal y, int month) noexcept;
};
struct year_month {
    int y;
    int m;
    friend constexpr date operator/(year_month ym, int day) noexcept { return date{ym.y, ym.m, day}; }
};
constexpr year_month operator/(year_literal y, int month) noexcept { return year_month{y.value, month}; }

namespace literals {
constexpr year_literal operator""_y(unsigned long long y) noexcept {
    return year_literal{y <= 9999 ? static_cast<int>(y) : 0};
}
}  // namespace literals

// Full calendar months from `from` to `to` (0 when to < from): the largest n such that
// from + n months <= to, with the month-end clamp of add_months.
constexpr int full_months_between(date from, date to) noexcept {
    if (to < from) return 0;
    int n = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (from.add_months(n) > to) --n;
    return n;
}

// Started months as the official simulator counts them for the import décote: every month begun,
// the anniversary day opening a new one (2019-09-13 → 2026-09-13 = 85). 0 when to < from.
constexpr int started_months_between(date from, date to) noexcept {
    return to < from ? 0 : full_months_between(from, to) + 1;
}

// Full years from `from` to `to` (0 when to < from), 29 February counted as above.
constexpr int full_years_between(date from, date to) noexcept {
    if (to < from) return 0;
    int n = to.year() - from.year();
    if (from.add_years(n) > to) --n;
    return n;
}

// Parses exactly "YYYY-MM-DD"; empty for any other shape and for impossible days (2026-02-30).
constexpr maybe<date> parse_date(std::string_view s) noexcept {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return {};
    int v[3] = {0, 0, 0};
    const std::size_t start[3] = {0, 5, 8};
    const std::size_t len[3] = {4, 2, 2};
    for (int f = 0; f < 3; ++f) {
        for (std::size_t i = 0; i < len[f]; ++i) {
            const char c = s[start[f] + i];
            if (c < '0' || c > '9') return {};
            v[f] = v[f] * 10 + (c - '0');
        }
    }
    if (!date::valid(v[0], v[1], v[2])) return {};
    return date::unchecked(v[0], v[1], v[2]);
}

CARTEGRISE_END_NAMESPACE

#endif
