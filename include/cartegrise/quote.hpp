// quote() and quote_totals(): the fee of one request, line by line. quote() also records the steps that
// explain it (a breakdown, about 850 bytes); quote_totals() gives the same lines without building a
// single step (a totals, about 80 bytes), for grids, batches and firmware. Both are constexpr and
// noexcept, allocate nothing, and give the same amounts (tests/unit/totals_test.cpp).
#ifndef CARTEGRISE_QUOTE_HPP
#define CARTEGRISE_QUOTE_HPP

#include <type_traits>

#include "breakdown.hpp"
#include "data/rule_sources.hpp"
#include "detail/compiled.hpp"
#include "data/vintage.hpp"
#include "vintage.hpp"
#include "fiscal_power.hpp"
#include "request.hpp"
#include "request_fields.hpp"
#include "result.hpp"
#include "rules/fixed_fees.hpp"
#include "rules/malus.hpp"
#include "rules/regional_tax.hpp"
#include "rules/transport_tax.hpp"
#include "rules/validate.hpp"
#include "version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

namespace detail {
// Every line of one request into `t`, each step into `trail`. Each line is kept in cents; the
// sub-total Y.1+Y.2+Y.3+Y.4 is rounded to the nearest euro, a half counting as one (CIBS L.131-2),
// then Y.5 is added.
template <class Trail>
constexpr result<bool> compute_lines(const request& r, totals& t, Trail& trail) noexcept {
    quote_context c{};
    if (const auto valid = validate(r, c); !valid) return valid;
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
    trail.add(steps::rounding{subtotal, rounded, data::src::cibs_l131_2});
    t.y6 = rounded + t.y5;
    trail.add(steps::total{t.y6});
    return true;
}
// An import given its maximum net power (P.2) instead of a fiscal power has P.6 computed first
// (fiscal_power.hpp), then quoted as if P.6 had been given.
template <class Trail>
constexpr result<bool> compute(const request& r, totals& t, Trail& trail) noexcept {
    const auto& v = r.vehicle;
    const bool compute_cv = !v.fiscal_cv && v.max_net_power_kw && r.procedure && *r.procedure == procedure::import &&
                            r.application_date && r.application_date->ok();
    if (!compute_cv) return compute_lines(r, t, trail);
    const auto power = fiscal_power(v, *r.application_date);
    if (!power) return failure{power.error()};
    request with_cv = r;
    with_cv.vehicle.fiscal_cv = power->fiscal_cv;
    trail.add(steps::fiscal_power_computed{power->fiscal_cv, *v.max_net_power_kw, power->formula, power->since, power->source});
    return compute_lines(with_cv, t, trail);
}
// A stand-in for a missing field, only to find which other fields the rules would ask for next: the
// descriptor's (request_fields.hpp; a date takes the application date). Never used for an amount.
constexpr bool fill_stand_in(request& r, request_field f) noexcept {
    const field_descriptor* d = descriptor_of(f);
    if (d == nullptr || !d->stand_in) return false;
    if (d->kind == field_kind::date) {
        const date on = r.application_date && r.application_date->ok() ? *r.application_date : data_vintage;
        d->set(r, field_value{true, static_cast<std::int64_t>(on.packed())});
    } else {
        d->set(r, field_value{true, *d->stand_in});
    }
    return true;
}

// The error of a request that lacks a field, with the other fields the rules would ask for once it is
// given (error::also_missing): one answer instead of one round trip per field. It runs the rules of its
// caller (with or without a trail), so that a program using only one of quote() and quote_totals()
// compiles the rules once.
template <class Trail>
constexpr error with_other_missing_fields(const request& r, error first) noexcept {
    if (first.code != errc::missing_field) return first;
    request probe = r;
    request_field missing = first.field;
    for (std::size_t guard = 0; guard < request_field_count && fill_stand_in(probe, missing); ++guard) {
        breakdown scratch{};
        auto trail = [&] {
            if constexpr (std::is_same_v<Trail, no_trail>) return no_trail{};
            else return to_explanation{scratch.steps};
        }();
        const auto next = compute(probe, scratch, trail);
        if (next || next.error().code != errc::missing_field || next.error().field == missing) break;
        missing = next.error().field;
        if (missing == first.field || first.also_missing.contains(missing)) break;
        first.also_missing.add(missing);
    }
    return first;
}

// The engine, inline: what quote() and quote_totals() run in a constant expression, and at run time in
// the header-only mode.
constexpr result<breakdown> quote_inline(const request& r) noexcept {
    // One result, filled in place and returned by name on every path: no copy of the breakdown.
    result<breakdown> out{std::in_place};
    to_explanation trail{out->steps};
    if (const auto done = compute(r, *out, trail); !done)
        out.set_error(with_other_missing_fields<to_explanation>(r, done.error()));
    return out;
}
constexpr result<totals> quote_totals_inline(const request& r) noexcept {
    result<totals> out{std::in_place};
    no_trail trail;
    if (const auto done = compute(r, *out, trail); !done)
        out.set_error(with_other_missing_fields<no_trail>(r, done.error()));
    return out;
}
#ifdef CARTEGRISE_COMPILED
// The compiled mode (detail/compiled.hpp): the same engine compiled once, in the cartegrise::compiled
// library (src/cartegrise.cpp), so that a caller's TU does not optimise it again.
result<breakdown> quote_compiled(const request& r) noexcept;
result<totals> quote_totals_compiled(const request& r) noexcept;
#endif
}  // namespace detail

// Y.1 … Y.6 of a request and the steps that explain them, or the error that stops it (its field named;
// when several fields are missing, the first is the error's field and the others are in also_missing).
constexpr result<breakdown> quote(const request& r) noexcept {
#ifdef CARTEGRISE_COMPILED
    if (CARTEGRISE_CONSTANT_EVALUATED()) return detail::quote_inline(r);
    return detail::quote_compiled(r);
#else
    return detail::quote_inline(r);
#endif
}

// Y.1 … Y.6 alone: the same amounts as quote(), no explanation.
constexpr result<totals> quote_totals(const request& r) noexcept {
#ifdef CARTEGRISE_COMPILED
    if (!detail::constant_evaluated()) return detail::quote_totals_compiled(r);
#endif
    return detail::quote_totals_inline(r);
}

CARTEGRISE_END_NAMESPACE

#endif
