// next_fee_change(): the next date on which the fee of a request changes — a ten-year anniversary,
// a regional rate or exemption already voted, a surcharge, a new décote rule, a new malus grid for a new
// car — found by re-quoting the request on each date a table or a rule can change, in order.
#ifndef CARTEGRISE_FEE_CHANGE_HPP
#define CARTEGRISE_FEE_CHANGE_HPP

#include "data/clean_vehicles.hpp"
#include "data/co2_malus.hpp"
#include "data/import_decote.hpp"
#include "data/mass_malus.hpp"
#include "data/regional_rates.hpp"
#include "quote.hpp"

namespace cartegrise {

struct fee_change {
    bool found = false;   // false: no change known to the tables after the date
    date on;              // the first date with a different total
    money before;         // Y.6 on the request's date
    money after;          // Y.6 from `on`
};

namespace detail {
// The earliest candidate strictly after `after` (and before `best`), over a table's start dates.
template <class Row, std::size_t N>
constexpr void earliest_since_after(const Row (&rows)[N], date after, date& best, bool& any) noexcept {
    for (const auto& row : rows)
        if (after < row.since && (!any || row.since < best)) {
            best = row.since;
            any = true;
        }
}
}  // namespace detail

// The request is quoted as it is; the search then moves only its application date. Changes that
// depend on the calendar alone (ten-year anniversary, tables) are found; a request that fails to
// quote returns its error.
constexpr result<fee_change> next_fee_change(const request& r) noexcept {
    const auto first = quote_totals(r);
    if (!first) return failure{first.get_error()};
    fee_change out{};
    out.before = first->y6;
    date cursor = *r.application_date;
    for (int guard = 0; guard < 256; ++guard) {
        date next{};
        bool any = false;
        detail::earliest_since_after(data::regional_rates, cursor, next, any);
        detail::earliest_since_after(data::idfm_surcharges, cursor, next, any);
        detail::earliest_since_after(data::alternative_fuel_reductions, cursor, next, any);
        detail::earliest_since_after(data::electric_reductions, cursor, next, any);
        detail::earliest_since_after(data::decote_rules, cursor, next, any);
        detail::earliest_since_after(data::co2_grids, cursor, next, any);  // a new car takes the new grids
        detail::earliest_since_after(data::mass_grids, cursor, next, any);
        if (r.vehicle.first_registration && !(r.procedure && *r.procedure == procedure::new_vehicle)) {
            const date ten = r.vehicle.first_registration->add_years(10);
            if (cursor < ten && (!any || ten < next)) {
                next = ten;
                any = true;
            }
        }
        if (!any) return out;
        request moved = r;
        moved.application_date = next;
        // A new vehicle is first registered by the application itself: B moves with it.
        if (r.procedure && *r.procedure == procedure::new_vehicle && r.vehicle.first_registration)
            moved.vehicle.first_registration = next;
        const auto q = quote_totals(moved);
        if (!q) return failure{q.get_error()};
        if (q->y6 != out.before) {
            out.found = true;
            out.on = next;
            out.after = q->y6;
            return out;
        }
        cursor = next;
    }
    return out;
}

}  // namespace cartegrise

#endif
