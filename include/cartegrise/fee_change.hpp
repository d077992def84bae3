// next_fee_change(): the next date on which the fee of a request changes, found by re-quoting the
// request on every date the fee can change, in order: each start date of every dated table and rule
// (data/change_dates.hpp), and the dates the vehicle's own age crosses a threshold (the ten-year half
// rate, each step of the import décote).
#ifndef CARTEGRISE_FEE_CHANGE_HPP
#define CARTEGRISE_FEE_CHANGE_HPP

#include "data/change_dates.hpp"
#include "quote.hpp"
#include "version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

struct fee_change {
    bool found = false;   // false: no change known to the tables after the date (or before `until`)
    date on;              // the first date with a different total
    money before;         // Y.6 on the request's date
    money after;          // Y.6 from `on`
};

namespace detail {
// The earliest date strictly after `after` among the candidates seen.
struct earliest_after {
    date after;
    date best{};
    bool any = false;
    constexpr void see(date d) noexcept {
        if (after < d && (!any || d < best)) {
            best = d;
            any = true;
        }
    }
    template <class Row, std::size_t N>
    constexpr void operator()(const Row (&rows)[N]) noexcept {
        for (const auto& row : rows) see(row.since);
    }
};

// The dates after `cursor` on which the age of the vehicle first registered on `b` changes the fee.
constexpr void age_dates(date b, earliest_after& e) noexcept {
    e.see(b.add_years(10));  // ten-year half rate (CIBS L.421-45)
    // Import décote: a tenth per started year (each anniversary) until 2025-02-28, then the months
    // table: started months reach a step's `from_months` on B + (from_months - 1) months.
    for (int y = 1; y <= 10; ++y) e.see(b.add_years(y));
    for (const auto& s : data::decote_2025) e.see(b.add_months(s.from_months - 1));
}
}  // namespace detail

// The request is quoted as it is; the search then moves only its application date (and, for a new
// vehicle, its first registration, which is the application itself), up to `until` when given. A request
// that fails to quote returns its error.
constexpr result<fee_change> next_fee_change(const request& r, date until = date::last()) noexcept {
    const auto first = quote_totals(r);
    if (!first) return failure{first.error()};
    fee_change out{};
    out.before = first->y6;
    const bool new_vehicle = r.procedure && *r.procedure == procedure::new_vehicle;
    date cursor = *r.application_date;
    for (int guard = 0; guard < 512; ++guard) {
        detail::earliest_after next{cursor};
        data::for_each_dated_table(next);
        for (const date d : data::dated_rules) next.see(d);
        if (r.vehicle.first_registration && !new_vehicle) detail::age_dates(*r.vehicle.first_registration, next);
        if (!next.any || until < next.best) return out;
        request moved = r;
        moved.application_date = next.best;
        if (new_vehicle && r.vehicle.first_registration) moved.vehicle.first_registration = next.best;
        const auto q = quote_totals(moved);
        if (!q) return failure{q.error()};
        if (q->y6 != out.before) {
            out.found = true;
            out.on = next.best;
            out.after = q->y6;
            return out;
        }
        cursor = next.best;
    }
    return out;
}

CARTEGRISE_END_NAMESPACE

#endif
