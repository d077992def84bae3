// Grids (<cartegrise/grid.hpp>): each cell equals the quote() of its own request, at run time and at
// compile time, for templates that reach every line (Y.1 … Y.5), and errors stay in their cells.
#include <cartegrise/cartegrise.hpp>

#include <doctest/doctest.h>

#include <cstddef>

using namespace cartegrise;

namespace {
request tmpl(procedure p, genre g, energy e, date first) {
    request r;
    r.application_date = date{2026, 6, 1};
    r.procedure = p;
    r.vehicle.genre = g;
    r.vehicle.energy = e;
    r.vehicle.first_registration = first;
    return r;
}

// Templates whose fee reads the region in different ways: full rate, half rate at ten years, clean
// energy reductions, the IDFM part, Y.2, the malus, a nil rate.
request templates(std::size_t i) {
    switch (i) {
        case 0: return tmpl(procedure::used, genre::vp, energy::es, {2019, 5, 3});
        case 1: return tmpl(procedure::used, genre::vp, energy::go, {2012, 1, 15});
        case 2: return tmpl(procedure::used, genre::vp, energy::el, {2023, 3, 1});
        case 3: return tmpl(procedure::used, genre::vp, energy::eh, {2024, 3, 1});
        case 4: {
            request r = tmpl(procedure::new_vehicle, genre::vp, energy::es, {2026, 6, 1});
            r.vehicle.co2_g_km = 150;
            r.vehicle.mass_kg = 1900;
            return r;
        }
        case 5: {
            request r = tmpl(procedure::used, genre::cam, energy::go, {2020, 1, 1});
            r.vehicle.ptac_kg = 12000;
            return r;
        }
        case 6: {
            request r = tmpl(procedure::used, genre::cl, energy::es, {2020, 1, 1});
            r.vehicle.cylinder_cm3 = 49;
            return r;
        }
        default: return tmpl(procedure::w_garage, genre::vp, energy::es, {2020, 1, 1});
    }
}
inline constexpr std::size_t template_count = 8;

bool same(const result<money>& cell, const result<breakdown>& q) {
    if (cell.has_value() != q.has_value()) return false;
    return cell.has_value() ? *cell == q->y6 : cell.error() == q.error();
}
}  // namespace

TEST_CASE("department_fee_grid: every department x CV 1..20 equals its own quote()") {
    for (std::size_t t = 0; t < template_count; ++t) {
        CAPTURE(t);
        const request base = templates(t);
        const auto grid = department_fee_grid<1, 20>(base);
        const auto by_department = department_grid([&] {
            request r = base;
            r.vehicle.fiscal_cv = 9;
            return r;
        }());
        for (std::size_t d = 0; d < department_count; ++d) {
            request r = base;
            r.holder_department = department::at(d);
            for (int cv = 1; cv <= 20; ++cv) {
                r.vehicle.fiscal_cv = cv;
                const auto q = quote(r);
                CHECK(q.has_value());
                CHECK(same(grid[d][static_cast<std::size_t>(cv - 1)], q));
                if (cv == 9) CHECK(same(by_department[d], q));
            }
        }
    }
}

TEST_CASE("fee_grid, fee_totals and breakdown_grid: cell i is CV First + i") {
    request r = templates(0);
    r.holder_department = parse_department("35").value();
    const auto totals = fee_grid<5, 12>(r);
    const auto breakdowns = breakdown_grid<5, 12>(r);
    const auto values = fee_totals<5, 12>(r);
    REQUIRE(totals.size() == 8);
    for (int cv = 5; cv <= 12; ++cv) {
        const auto i = static_cast<std::size_t>(cv - 5);
        request one = r;
        one.vehicle.fiscal_cv = cv;
        const auto q = quote(one);
        REQUIRE(q.has_value());
        CHECK(same(totals[i], q));
        CHECK(values[i] == q->y6);
        REQUIRE(breakdowns[i].has_value());
        CHECK(breakdowns[i]->y1 == q->y1);
        CHECK(breakdowns[i]->steps.size() == q->steps.size());
    }
}

TEST_CASE("an error stays in its cell") {
    request r = templates(0);
    r.holder_department = parse_department("75").value();
    r.application_date.reset();
    const auto grid = fee_grid<1, 3>(r);
    for (const auto& cell : grid) {
        REQUIRE_FALSE(cell.has_value());
        CHECK(cell.error().code == errc::missing_field);
        CHECK(cell.error().field == request_field::application_date);
    }
    request no_department = templates(0);  // department_grid sets the department itself
    no_department.vehicle.fiscal_cv = 4;
    for (const auto& cell : department_grid(no_department)) CHECK(cell.has_value());
}

namespace {
constexpr request paris_used_car() {
    request r;
    r.application_date = date{2026, 6, 1};
    r.holder_department = parse_department("75").value();
    r.procedure = procedure::used;
    r.vehicle.genre = genre::vp;
    r.vehicle.energy = energy::es;
    r.vehicle.first_registration = date{2019, 5, 3};
    return r;
}
// Read-only data: the grid is a constant, computed by the compiler.
constexpr auto paris_totals = fee_totals<1, 20>(paris_used_car());
static_assert(paris_totals[6] == money::cents(49676), "Paris, 7 CV, June 2026");
constexpr auto paris_cells = fee_grid<1, 20>(paris_used_car());
static_assert(paris_cells[6] == money::cents(49676));
}  // namespace

TEST_CASE("the constexpr grid equals the grid computed at run time") {
    request r = paris_used_car();
    const auto at_run_time = fee_totals<1, 20>(r);
    for (std::size_t i = 0; i < paris_totals.size(); ++i) {
        CHECK(paris_totals[i] == at_run_time[i]);
        CHECK(paris_cells[i] == at_run_time[i]);
    }
}
