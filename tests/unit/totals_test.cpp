// quote_totals() gives the lines of quote() without building a step: the same totals, and the same error,
// for the representative requests, every published case and a sweep over departments, dates and
// procedures (the compile-time version: tests/static/totals_static.cpp).
#include "../cases/published_cases.hpp"
#include "../cases/representative_requests.hpp"

#include <doctest/doctest.h>

#include "quote_checks.hpp"

#include <cstddef>
#include <string>
#include <type_traits>

using namespace cartegrise;

namespace {

// The lines of quote(r) equal quote_totals(r); or both refuse r with the same error.
bool same_answer(const request& r) {
    const auto q = quote(r);
    const auto t = quote_totals(r);
    if (q.has_value() != t.has_value()) return false;
    if (!q.has_value()) return q.error() == t.error() && q.error().also_missing == t.error().also_missing;
    return static_cast<const totals&>(*q) == *t;
}

}  // namespace

TEST_CASE("totals: a breakdown is its totals plus the steps") {
    static_assert(std::is_base_of_v<totals, breakdown>);
    static_assert(sizeof(totals) < sizeof(breakdown));
    totals a{};
    totals b{};
    CHECK(a == b);
    b.y5 = money::cents(276);
    CHECK(a != b);
    b = a;
    b.after_data_vintage = true;
    CHECK(a != b);
}

TEST_CASE("breakdown: equality compares the lines and every step") {
    const auto q = quote(representative::used_vp());
    REQUIRE(q.has_value());
    CHECK(*q == *quote(representative::used_vp()));
    breakdown same_lines{};
    static_cast<totals&>(same_lines) = *q;  // the lines without the steps
    CHECK(static_cast<const totals&>(same_lines) == static_cast<const totals&>(*q));
    CHECK(same_lines != *q);
    CHECK_FALSE(same_lines == *q);
    // The steps a quote returns are read: checked access, at() for a position that may be past the end.
    REQUIRE_FALSE(q->steps.empty());
    CHECK(q->steps.at(0) == q->steps[0]);
    CHECK_FALSE(q->steps.at(q->steps.size()).has_value());
    CHECK(q->steps[0].get<steps::after_data_vintage>() == maybe<steps::after_data_vintage>{});
}

TEST_CASE("quote_totals: the representative requests") {
    using namespace representative;
    for (const request& r : {used_vp(), new_vp_malus(), import_decote(), duplicata(), moped(), truck()}) {
        const auto q = quote(r);
        REQUIRE_MESSAGE(q.has_value(), quote_checks::message_of(q.error()));
        const auto t = quote_totals(r);
        REQUIRE(t.has_value());
        CHECK(static_cast<const totals&>(*q) == *t);
        CHECK(t->y6 == q->y6);
    }
}

TEST_CASE("quote_totals: every published case, line by line") {
    for (const auto& c : cases::published_cases) {
        CAPTURE(std::string{c.name});
        const auto t = quote_totals(c.req);
        REQUIRE(t.has_value());
        CHECK(static_cast<const totals&>(*quote(c.req)) == *t);
        CHECK(t->y1.in_cents() == c.want.y1);
        CHECK(t->y1_idfm.in_cents() == c.want.y1_idfm);
        CHECK(t->y2.in_cents() == c.want.y2);
        CHECK(t->y3.in_cents() == c.want.y3);
        CHECK(t->y4.in_cents() == c.want.y4);
        CHECK(t->y5.in_cents() == c.want.y5);
        CHECK(t->y6.in_cents() == c.want.y6);
    }
}

TEST_CASE("quote_totals: every department x 12 dates 2022-2027 x procedures, answers and errors alike") {
    const procedure procedures[] = {procedure::used, procedure::new_vehicle, procedure::import, procedure::duplicate,
                                    procedure::address, procedure::w_garage, procedure::collection};
    const energy energies[] = {energy::es, energy::eh, energy::el, energy::ee};
    std::size_t answers = 0;
    std::size_t errors = 0;
    for (std::size_t d = 0; d < department_count; ++d) {
        for (int i = 0; i < 12; ++i) {
            const date on{2022 + i / 2, i % 2 == 0 ? 1 : 7, 1};  // 1 January and 1 July, 2022 … 2027
            for (const procedure p : procedures) {
                const std::size_t turn = d + static_cast<std::size_t>(i);
                request r;
                r.application_date = on;
                r.holder_department = department::at(d);
                r.procedure = p;
                r.vehicle.genre = genre::vp;
                r.vehicle.energy = energies[turn % std::size(energies)];
                r.vehicle.fiscal_cv = 1 + static_cast<int>(turn % 12);
                if (p != procedure::new_vehicle) r.vehicle.first_registration = date{2014 + static_cast<int>(turn % 8), 3, 15};
                r.vehicle.co2_g_km = 90 + static_cast<int>(turn % 11) * 12;
                r.vehicle.mass_kg = 1300 + static_cast<int>(turn % 9) * 100;
                // Every third duplicata without its register, every other address change without its
                // rank: errors, which must be the same too.
                if (p == procedure::duplicate && turn % 3 != 0) r.vehicle.register_system = registration_system::siv;
                if (p == procedure::address) {
                    r.vehicle.register_system = registration_system::siv;
                    if (turn % 2 == 0) r.address_change_rank = 1 + static_cast<int>(turn % 5);
                }
                CAPTURE(d);
                CAPTURE(i);
                CAPTURE(std::string{to_string(p)});
                CHECK(same_answer(r));
                (quote_totals(r).has_value() ? answers : errors) += 1;
            }
        }
    }
    CHECK(answers > 5000);
    CHECK(errors > 500);
}

TEST_CASE("quote_totals: errors of missing fields name the same fields as quote()") {
    request r = representative::new_vp_malus();
    r.vehicle.co2_g_km.reset();
    r.vehicle.mass_kg.reset();
    CHECK(same_answer(r));
    REQUIRE_FALSE(quote_totals(r).has_value());
    CHECK(quote_totals(r).error().field == request_field::vehicle_co2_g_km);
    r = request{};
    CHECK(same_answer(r));
    CHECK(quote_totals(r).error().field == request_field::application_date);
}
