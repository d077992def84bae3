// quote(): the fee of one request, line by line, with the steps that explain it.
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

// Computes Y.1 … Y.6 for a request, or says which field stops it. Each line is kept in cents; the
// sub-total Y.1+Y.2+Y.3+Y.4 is rounded to the nearest euro, a half counting as one (CIBS L.131-2),
// then Y.5 is added. Usable in constant expressions.
constexpr result<breakdown> quote(const request& r) noexcept {
    // One result, filled in place and returned by name on every path: no copy of the breakdown.
    result<breakdown> out{std::in_place};
    const auto ctx = detail::validate(r);
    if (!ctx) {
        out = failure{ctx.get_error()};
        return out;
    }
    const auto& c = *ctx;
    breakdown& b = *out;
    if (data::data_valid_until < c.on) {
        b.after_data_vintage = true;
        detail::add_step(b, step_kind::after_data_vintage, fee_line::y6, 0, 0, 0, data::data_vintage, "CARTEGRISE_DATA_VINTAGE");
    }
    if (const auto y1 = detail::regional_tax(c, b); !y1) {
        out = failure{y1.get_error()};
        return out;
    }
    detail::transport_tax(c, b);
    if (const auto y3 = detail::malus(c, b); !y3) {
        out = failure{y3.get_error()};
        return out;
    }
    detail::fixed_fees(c, b);

    const money subtotal = b.y1 + b.y2 + b.y3 + b.y4;
    const money rounded = round_to_euro(subtotal);
    detail::add_step(b, step_kind::subtotal, fee_line::y6, subtotal.in_cents());
    detail::add_step(b, step_kind::rounding, fee_line::y6, subtotal.in_cents(), rounded.in_cents(), 0, {}, "CIBS L.131-2");
    b.y6 = rounded + b.y5;
    detail::add_step(b, step_kind::total, fee_line::y6, b.y6.in_cents());
    return out;
}

}  // namespace cartegrise

#endif
