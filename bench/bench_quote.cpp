// quote() against the smallest hand-written computation a user would write instead, in one binary so
// that the ratio is measured side by side; quote_totals() (the same lines, no step built); batch
// throughput; grids at run time against the constexpr grid. Every benchmark checks that its requests
// quote without an error (SkipWithError otherwise).
// Run: cartegrise_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <cartegrise/cartegrise.hpp>

#include <benchmark/benchmark.h>

#include "../tests/cases/representative_requests.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace {
using namespace cartegrise;

using namespace representative;

// The baseline: what a user would write instead of the library for a used car — the department's rate
// per CV read from a plain array, times the CV, plus 11 € of taxe fixe, rounded to the euro, plus
// 2,76 €. It knows nothing of dates, genres, energies, ages, the IDFM part or errors.
struct baseline_rates {
    std::array<std::int64_t, department_count> cents_per_cv{};
};
constexpr baseline_rates make_baseline_rates() {
    baseline_rates t{};
    for (std::size_t d = 0; d < department_count; ++d) {
        const region reg = department::at(d).region();
        const auto* idfm = data::idfm_surcharge(reg, on);
        t.cents_per_cv[d] = data::regional_rate(reg, on)->cents_per_cv + (idfm ? idfm->cents_per_cv : 0);
    }
    return t;
}
constexpr baseline_rates rates = make_baseline_rates();

constexpr std::int64_t baseline_fee(std::size_t dept, std::int64_t cv) {
    const std::int64_t subtotal = rates.cents_per_cv[dept] * cv + 1100;
    return (subtotal + 50) / 100 * 100 + 276;
}
// The baseline agrees with quote() where it applies.
static_assert(baseline_fee(parse_department("69").value().index(), 7) == quote(used_vp())->y6.in_cents());

void check(benchmark::State& state, const request& r) {
    if (!quote(r).has_value()) state.SkipWithError("the request does not quote");
}

void quote_latency(benchmark::State& state, request r) {
    check(state, r);
    for (auto _ : state) {
        benchmark::DoNotOptimize(r);
        auto q = quote(r);
        benchmark::DoNotOptimize(q);
    }
}
BENCHMARK_CAPTURE(quote_latency, used_vp, used_vp());
BENCHMARK_CAPTURE(quote_latency, new_vp_co2_mass_malus, new_vp_malus());
BENCHMARK_CAPTURE(quote_latency, import_decote, import_decote());
BENCHMARK_CAPTURE(quote_latency, duplicata, duplicata());
BENCHMARK_CAPTURE(quote_latency, moped, moped());
BENCHMARK_CAPTURE(quote_latency, truck_y2, truck());

// quote_totals(): the same lines, no step built.
void totals_latency(benchmark::State& state, request r) {
    check(state, r);
    if (!quote_totals(r).has_value() || quote_totals(r)->y6 != quote(r)->y6) state.SkipWithError("quote_totals() differs from quote()");
    for (auto _ : state) {
        benchmark::DoNotOptimize(r);
        auto t = quote_totals(r);
        benchmark::DoNotOptimize(t);
    }
}
BENCHMARK_CAPTURE(totals_latency, used_vp, used_vp());
BENCHMARK_CAPTURE(totals_latency, new_vp_co2_mass_malus, new_vp_malus());
BENCHMARK_CAPTURE(totals_latency, import_decote, import_decote());
BENCHMARK_CAPTURE(totals_latency, duplicata, duplicata());
BENCHMARK_CAPTURE(totals_latency, moped, moped());
BENCHMARK_CAPTURE(totals_latency, truck_y2, truck());

// The same request through the baseline: the denominator of the quote/baseline ratio.
void baseline_latency(benchmark::State& state) {
    std::size_t dept = parse_department("69").value().index();
    std::int64_t cv = 7;
    for (auto _ : state) {
        benchmark::DoNotOptimize(dept);
        benchmark::DoNotOptimize(cv);
        auto fee = baseline_fee(dept, cv);
        benchmark::DoNotOptimize(fee);
    }
}
BENCHMARK(baseline_latency);

// Only the total, as a caller who reads Y.6 and drops the breakdown.
void quote_total_only(benchmark::State& state) {
    request r = used_vp();
    check(state, r);
    for (auto _ : state) {
        benchmark::DoNotOptimize(r);
        auto y6 = quote(r)->y6;
        benchmark::DoNotOptimize(y6);
    }
}
BENCHMARK(quote_total_only);

// Batch: 4 096 varied requests (six kinds, every department, CV 1 … 20), quotes per second.
std::vector<request> varied_requests() {
    const request kinds[] = {used_vp(), new_vp_malus(), import_decote(), duplicata(), moped(), truck()};
    std::vector<request> out;
    out.reserve(4096);
    for (std::size_t i = 0; i < 4096; ++i) {
        request r = kinds[i % std::size(kinds)];
        r.holder_department = department::at((i * 37) % department_count);
        if (r.vehicle.genre && *r.vehicle.genre != genre::cl) r.vehicle.fiscal_cv = 1 + static_cast<int>(i % 20);
        out.push_back(r);
    }
    return out;
}

void quote_batch(benchmark::State& state) {
    const auto requests = varied_requests();
    for (const auto& r : requests) check(state, r);
    for (auto _ : state) {
        std::int64_t sum = 0;
        for (const auto& r : requests) sum += quote(r)->y6.in_cents();
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(requests.size()));
}
BENCHMARK(quote_batch);

void totals_batch(benchmark::State& state) {
    const auto requests = varied_requests();
    for (const auto& r : requests) check(state, r);
    for (auto _ : state) {
        std::int64_t sum = 0;
        for (const auto& r : requests) sum += quote_totals(r)->y6.in_cents();
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(requests.size()));
}
BENCHMARK(totals_batch);

void baseline_batch(benchmark::State& state) {
    const auto requests = varied_requests();
    std::vector<std::size_t> depts;
    std::vector<std::int64_t> cvs;
    for (const auto& r : requests) {
        depts.push_back(r.holder_department->index());
        cvs.push_back(*r.vehicle.fiscal_cv);
    }
    for (auto _ : state) {
        std::int64_t sum = 0;
        for (std::size_t i = 0; i < depts.size(); ++i) sum += baseline_fee(depts[i], cvs[i]);
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(depts.size()));
}
BENCHMARK(baseline_batch);

// Grids: built at run time against read from the constexpr grid (built by the compiler).
constexpr request used_vp_template() {
    request r = used_vp();
    r.vehicle.fiscal_cv.reset();
    return r;
}
constexpr auto lyon_totals = fee_totals<1, 20>(used_vp_template());
constexpr auto full_grid = department_fee_grid<1, 20>(used_vp_template());

void grid_cv_runtime(benchmark::State& state) {
    request r = used_vp_template();
    for (auto _ : state) {
        benchmark::DoNotOptimize(r);
        auto g = fee_totals<1, 20>(r);
        benchmark::DoNotOptimize(g);
    }
}
BENCHMARK(grid_cv_runtime);

void grid_cv_constexpr(benchmark::State& state) {
    for (auto _ : state) {
        const auto* stored = &lyon_totals;
        benchmark::DoNotOptimize(stored);
        auto g = *stored;
        benchmark::DoNotOptimize(g);
    }
}
BENCHMARK(grid_cv_constexpr);

void grid_full_runtime(benchmark::State& state) {  // 101 departments x 20 CV, one quote per region and CV
    request r = used_vp_template();
    for (auto _ : state) {
        benchmark::DoNotOptimize(r);
        const auto g = department_fee_grid<1, 20>(r);
        benchmark::DoNotOptimize(g[department_count - 1][19]);
    }
}
BENCHMARK(grid_full_runtime);

void grid_full_quote_each_cell(benchmark::State& state) {  // the same grid, one quote() per cell
    request r = used_vp_template();
    for (auto _ : state) {
        std::int64_t sum = 0;
        for (std::size_t d = 0; d < department_count; ++d) {
            r.holder_department = department::at(d);
            for (int cv = 1; cv <= 20; ++cv) {
                r.vehicle.fiscal_cv = cv;
                sum += quote(r)->y6.in_cents();
            }
        }
        benchmark::DoNotOptimize(sum);
    }
}
BENCHMARK(grid_full_quote_each_cell);

void grid_full_constexpr(benchmark::State& state) {  // every cell of the constexpr grid read once
    for (auto _ : state) {
        const auto* grid = &full_grid;
        benchmark::DoNotOptimize(grid);  // read the stored cells: no sum folded by the compiler
        std::int64_t sum = 0;
        for (const auto& row : *grid)
            for (const auto& cell : row) sum += cell->in_cents();
        benchmark::DoNotOptimize(sum);
    }
}
BENCHMARK(grid_full_constexpr);

}  // namespace

BENCHMARK_MAIN();
