// quote() and quote_totals(): the fee of one request, line by line. quote() also records the steps that
// explain it (a breakdown, about 850 bytes); quote_totals() gives the same lines without building a
// single step (a totals, about 80 bytes), for grids, batches and firmware. Both are constexpr and
// noexcept, allocate nothing, and give the same amounts (tests/unit/totals_test.cpp).
#ifndef CARTEGRISE_QUOTE_HPP
#define CARTEGRISE_QUOTE_HPP

#include "breakdown.hpp"
#include "data/vintage.hpp"
#include "request.hpp"
#include "result.hpp"
#include "rules/fixed_fees.hpp"
#include "rules/malus.hpp"
#include "rules/regional_tax.hpp"
#include "rules/transport_tax.hpp"
#include "rules/validate.hpp"

namespace cartegrise {

namespace detail {
// Every line of one request into `t`, each step into `trail`. Each line is kept in cents; the
// sub-total Y.1+Y.2+Y.3+Y.4 is rounded to the nearest euro, a half counting as one (CIBS L.131-2),
// then Y.5 is added.
template <class Trail>
constexpr result<bool> compute(const request& r, totals& t, Trail& trail) noexcept {
    const auto ctx = validate(r);
    if (!ctx) return failure{ctx.get_error()};
    const auto& c = *ctx;
    if (data_valid_until < c.on) {
        t.after_data_vintage = true;
        trail.add(steps::after_data_vintage{data_vintage, data_valid_until});
    }
    if (const auto y1 = regional_tax(c, t, trail); !y1) return y1;
    transport_tax(c, t, trail);
    if (const auto y3 = malus(c, t, trail); !y3) return y3;
    fixed_fees(c, t, trail);

    const money subtotal = t.y1 + t.y2 + t.y3 + t.y4;
    const money rounded = round_to_euro(subtotal);
    trail.add(steps::subtotal{subtotal});
    trail.add(steps::rounding{subtotal, rounded, source_id::cibs_l131_2});
    t.y6 = rounded + t.y5;
    trail.add(steps::total{t.y6});
    return true;
}
}  // namespace detail

// Y.1 … Y.6 of a request and the steps that explain them, or the error that stops it (its field named).
constexpr result<breakdown> quote(const request& r) noexcept {
    // One result, filled in place and returned by name on every path: no copy of the breakdown.
    result<breakdown> out{std::in_place};
    detail::to_explanation trail{out->steps};
    if (const auto done = detail::compute(r, *out, trail); !done) out.set_error(done.get_error());
    return out;
}

// Y.1 … Y.6 alone: the same amounts as quote(), no explanation.
constexpr result<totals> quote_totals(const request& r) noexcept {
    result<totals> out{std::in_place};
    detail::no_trail trail;
    if (const auto done = detail::compute(r, *out, trail); !done) out.set_error(done.get_error());
    return out;
}

}  // namespace cartegrise

#endif
