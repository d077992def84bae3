// The published and worked cases again, at compile time: compiling this file is the test.
#include "../cases/published_cases.hpp"

namespace {
constexpr bool matches(const cases::published_case& c) {
    const auto q = cartegrise::quote(c.req);
    return q.has_value() && q->y1.in_cents() == c.want.y1 && q->y1_idfm.in_cents() == c.want.y1_idfm &&
           q->y2.in_cents() == c.want.y2 && q->y3.in_cents() == c.want.y3 && q->y4.in_cents() == c.want.y4 &&
           q->y5.in_cents() == c.want.y5 && q->y6.in_cents() == c.want.y6;
}
template <std::size_t... I>
constexpr bool all_match(std::index_sequence<I...>) {
    return (matches(cases::published_cases[I]) && ...);
}
}  // namespace

static_assert(all_match(std::make_index_sequence<std::size(cases::published_cases)>{}),
              "a published case no longer matches at compile time (see tests/unit/quote_published_test.cpp)");
