// `cartegrise batch` throughput: CSV in, JSON lines out, through the tool's own runner (the bytes the
// command reads and writes, without the file system). Target: at least 400 000 lines a second on the
// reference machine (docs/performance.md). The input mixes the four kinds of line the million-line test
// uses: a used car in Paris, an unknown department (an error line), a moped in Corse-du-Sud, an electric
// car in the Nord.
// Run: cartegrise_cli_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <cartegrise_cli/batch.hpp>

#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

using namespace cartegrise;

std::string csv_input(std::size_t lines) {
    const std::string_view rows[] = {"75,2026-06-01,used,VP,ES,7,2019-05-03\n", "99,2026-06-01,used,VP,ES,7,2019-05-03\n",
                                     "2A,2025-03-01,used,CL,ES,1,2020-01-01\n", "59,2026-06-01,used,VP,EL,4,2023-02-01\n"};
    std::string input = "department,date,procedure,genre,energy,cv,first-registration\n";
    input.reserve(lines * 40);
    for (std::size_t i = 0; i < lines; ++i) input += rows[i % 4];
    return input;
}

void batch_run(benchmark::State& state, cli::output_format format) {
    const auto lines = static_cast<std::size_t>(state.range(0));
    const std::string input = csv_input(lines);
    cli::options o;
    o.format = format;
    std::string out;
    for (auto _ : state) {
        cli::batch_runner runner{o, date{2026, 6, 1}};
        out.clear();
        // 64 KiB reads, as the command reads its input.
        for (std::size_t i = 0; i < input.size(); i += 65536) runner.feed(std::string_view{input}.substr(i, 65536), out);
        runner.finish(out);
        if (runner.lines() != lines) state.SkipWithError("a line was lost");
        benchmark::DoNotOptimize(out.data());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(lines));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(input.size()));
}

void batch_csv_to_jsonl(benchmark::State& state) { batch_run(state, cli::output_format::jsonl); }
void batch_csv_to_csv(benchmark::State& state) { batch_run(state, cli::output_format::csv); }

}  // namespace

BENCHMARK(batch_csv_to_jsonl)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(batch_csv_to_csv)->Arg(100000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
