#!/usr/bin/env python3
"""Ratios of the latency benchmarks to baseline_latency, measured in the same run of the same binary.

Usage: bench/ratios.py BENCH_BINARY [REPETITIONS]   (default 5 repetitions, medians compared)

Targets (issue of the 0.2 API, docs/performance.md): explained used VP <= 35x the baseline, the slowest
explained representative <= 70x, totals-only used VP <= 10x. Prints each ratio and whether it is met;
the exit status is 0 whatever the figures: speed is reported, never asserted (a loaded machine moves it).
"""
import json
import subprocess
import sys

binary = sys.argv[1]
reps = sys.argv[2] if len(sys.argv) > 2 else "5"
run = subprocess.run(
    [binary, "--benchmark_filter=latency", "--benchmark_repetitions=" + reps,
     "--benchmark_report_aggregates_only=true", "--benchmark_format=json"],
    capture_output=True, text=True, check=True)
medians = {}
for b in json.loads(run.stdout)["benchmarks"]:
    if b.get("aggregate_name") == "median":
        medians[b["run_name"]] = b["real_time"]  # ns (the latency benchmarks report ns)
base = medians["baseline_latency"]
explained = {k: v for k, v in medians.items() if k.startswith("quote_latency/")}
totals = {k: v for k, v in medians.items() if k.startswith("totals_latency/")}
print(f"baseline_latency median: {base:.2f} ns ({reps} repetitions)")
for name, ns in list(explained.items()) + list(totals.items()):
    print(f"  {name:<42} {ns:8.1f} ns  {ns / base:6.1f} x")
slowest = max(explained, key=explained.get)
checks = [
    ("explained used VP", explained["quote_latency/used_vp"] / base, 35),
    (f"slowest explained ({slowest.split('/')[1]})", explained[slowest] / base, 70),
    ("totals-only used VP", totals["totals_latency/used_vp"] / base, 10),
]
for what, ratio, target in checks:
    verdict = "met" if ratio <= target else f"missed by {ratio / target:.1f} x"
    print(f"{what:<40} {ratio:6.1f} x   target <= {target} x: {verdict}")
