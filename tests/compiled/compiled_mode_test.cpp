// The compiled mode gives what the header-only engine gives: this TU is built with CARTEGRISE_COMPILED
// and linked to cartegrise::compiled, so quote() and quote_totals() run the library's copy, and
// detail::quote_inline() the engine compiled here. Every published case, every representative request
// and requests with errors, compared whole (lines, steps, error fields).
#include "../cases/published_cases.hpp"
#include "../cases/representative_requests.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#ifndef CARTEGRISE_COMPILED
#error "tests/compiled is built with CARTEGRISE_COMPILED (linked to cartegrise::compiled)"
#endif

namespace {
using namespace cartegrise;

std::vector<request> requests() {
    std::vector<request> all;
    for (const auto& c : cases::published_cases) all.push_back(c.req);
    for (const request& r : {representative::used_vp(), representative::new_vp_malus(), representative::import_decote(),
                             representative::duplicata(), representative::moped(), representative::truck()}) {
        all.push_back(r);
        request missing_cv = r;  // a missing field, with the others the rules would ask for
        missing_cv.vehicle.fiscal_cv = {};
        all.push_back(missing_cv);
        request empty{};
        empty.application_date = r.application_date;
        all.push_back(empty);
        request out_of_range = r;
        out_of_range.vehicle.fiscal_cv = 1000;
        all.push_back(out_of_range);
    }
    return all;
}

template <class T>
bool same(const result<T>& a, const result<T>& b) {
    if (a.has_value() != b.has_value()) return false;
    return a.has_value() ? *a == *b : a.error() == b.error();
}
}  // namespace

TEST_CASE("compiled mode: quote() and quote_totals() give what the inline engine gives") {
    int errors = 0;
    for (const request& r : requests()) {
        const auto compiled = quote(r);
        const auto inline_engine = detail::quote_inline(r);
        CHECK(same(compiled, inline_engine));
        CHECK(same(quote_totals(r), detail::quote_totals_inline(r)));
        if (!compiled) ++errors;
    }
    CHECK(errors >= 12);  // the error paths were compared too
}

TEST_CASE("compiled mode: quote() is still usable in a constant expression") {
    constexpr auto q = quote(representative::used_vp());
    static_assert(q.has_value() && q->y6 == quote_totals(representative::used_vp())->y6);
    CHECK(quote(representative::used_vp()) == *q);
}
