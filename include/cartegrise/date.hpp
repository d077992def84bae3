// date: a proleptic Gregorian civil date, constexpr, with the arithmetic the fee rules need.
// Days-from-civil after H. Hinnant, "chrono-Compatible Low-Level Date Algorithms".
#ifndef CARTEGRISE_DATE_HPP
#define CARTEGRISE_DATE_HPP

#include <cstdint>
#include <optional>
#include <string_view>

#if __cplusplus >= 202002L && __has_include(<chrono>)
#include <chrono>
#endif

namespace cartegrise {

class date {
public:
    constexpr date() noexcept = default;
    // Raw fields; ask ok() before trusting a date built from user numbers.
    constexpr date(int y, int m, int d) noexcept : y_{y}, m_{m}, d_{d} {}

    [[nodiscard]] constexpr int year() const noexcept { return y_; }
    [[nodiscard]] constexpr int month() const noexcept { return m_; }
    [[nodiscard]] constexpr int day() const noexcept { return d_; }

    [[nodiscard]] static constexpr bool is_leap(int y) noexcept {
        return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    }
    [[nodiscard]] static constexpr int days_in_month(int y, int m) noexcept {
        constexpr int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        return (m == 2 && is_leap(y)) ? 29 : (m >= 1 && m <= 12 ? len[m - 1] : 0);
    }
    // Years 1..9999: the range a registration certificate can print.
    [[nodiscard]] constexpr bool ok() const noexcept {
        return y_ >= 1 && y_ <= 9999 && m_ >= 1 && m_ <= 12 && d_ >= 1 && d_ <= days_in_month(y_, m_);
    }

    // Days since 1970-01-01 (negative before).
    [[nodiscard]] constexpr std::int64_t days_since_epoch() const noexcept {
        const std::int64_t y = static_cast<std::int64_t>(y_) - (m_ <= 2 ? 1 : 0);
        const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
        const std::int64_t yoe = y - era * 400;
        const std::int64_t mp = (m_ + 9) % 12;
        const std::int64_t doy = (153 * mp + 2) / 5 + d_ - 1;
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
        return date{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
    }

    [[nodiscard]] constexpr date add_days(std::int64_t n) const noexcept {
        return from_days_since_epoch(days_since_epoch() + n);
    }
    // Same day and month n years later. 29 February becomes 28 February in a common year: the
    // administration counts a 29-02 registration ten years old on 28-02 (decision "ten years").
    [[nodiscard]] constexpr date add_years(int n) const noexcept {
        const int y = y_ + n;
        const int dim = days_in_month(y, m_);
        return date{y, m_, d_ > dim ? dim : d_};
    }
    // Same day n months later, clamped to the last day of a shorter month.
    [[nodiscard]] constexpr date add_months(int n) const noexcept {
        const int total = y_ * 12 + (m_ - 1) + n;
        const int y = total / 12;
        const int m = total % 12 + 1;
        const int dim = days_in_month(y, m);
        return date{y, m, d_ > dim ? dim : d_};
    }

    friend constexpr bool operator==(date a, date b) noexcept {
        return a.y_ == b.y_ && a.m_ == b.m_ && a.d_ == b.d_;
    }
    friend constexpr bool operator!=(date a, date b) noexcept { return !(a == b); }
    friend constexpr bool operator<(date a, date b) noexcept {
        return a.y_ != b.y_ ? a.y_ < b.y_ : (a.m_ != b.m_ ? a.m_ < b.m_ : a.d_ < b.d_);
    }
    friend constexpr bool operator>(date a, date b) noexcept { return b < a; }
    friend constexpr bool operator<=(date a, date b) noexcept { return !(b < a); }
    friend constexpr bool operator>=(date a, date b) noexcept { return !(a < b); }

#if __cplusplus >= 202002L && defined(__cpp_lib_chrono) && __cpp_lib_chrono >= 201907L
    constexpr explicit date(std::chrono::year_month_day ymd) noexcept
        : y_{static_cast<int>(ymd.year())},
          m_{static_cast<int>(static_cast<unsigned>(ymd.month()))},
          d_{static_cast<int>(static_cast<unsigned>(ymd.day()))} {}
    [[nodiscard]] constexpr std::chrono::year_month_day to_year_month_day() const noexcept {
        return std::chrono::year_month_day{std::chrono::year{y_},
                                           std::chrono::month{static_cast<unsigned>(m_)},
                                           std::chrono::day{static_cast<unsigned>(d_)}};
    }
#endif

private:
    // A default date is 0000-00-00: "no date", not ok(). All-zero, so arrays of dates clear cheaply.
    int y_ = 0;
    int m_ = 0;
    int d_ = 0;
};

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

// Parses exactly "YYYY-MM-DD"; rejects any other shape and impossible days (2026-02-30).
constexpr std::optional<date> parse_date(std::string_view s) noexcept {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    int v[3] = {0, 0, 0};
    const std::size_t start[3] = {0, 5, 8};
    const std::size_t len[3] = {4, 2, 2};
    for (int f = 0; f < 3; ++f) {
        for (std::size_t i = 0; i < len[f]; ++i) {
            const char c = s[start[f] + i];
            if (c < '0' || c > '9') return std::nullopt;
            v[f] = v[f] * 10 + (c - '0');
        }
    }
    const date d{v[0], v[1], v[2]};
    if (!d.ok()) return std::nullopt;
    return d;
}

}  // namespace cartegrise

#endif
