#!/usr/bin/env bash
# Instructions per call of quote() and quote_totals() for each representative request
# (tests/cases/representative_requests.hpp), counted by valgrind's callgrind: the figure a loaded machine
# does not move, printed beside the benchmark times in docs/performance.md. Each count is the difference
# between a run of N + 1000 calls and a run of 1000 calls, divided by N (start-up cancels out).
# With COMPILED=1, the program is built in the compiled mode: CARTEGRISE_COMPILED and src/cartegrise.cpp
# (what the cartegrise::compiled library holds) compiled beside it, at the same -O2.
# Usage: bench/instructions.sh [N]      environment: CXX (default g++), STD (default 17), COMPILED
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cxx=${CXX:-g++}
std=${STD:-17}
n=${1:-20000}
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind is needed" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/count.cpp" <<'CPP'
#include "representative_requests.hpp"
#include <cstdlib>
#include <cstring>
using namespace representative;
int main(int argc, char** argv) {
    if (argc < 4) return 2;
    const long calls = std::atol(argv[3]);
    const request all[] = {used_vp(), new_vp_malus(), import_decote(), duplicata(), moped(), truck()};
    const request r = all[std::atoi(argv[2])];
    const bool totals = std::strcmp(argv[1], "totals") == 0;
    long long sum = 0;
    for (long i = 0; i < calls; ++i) {
        const request* volatile p = &r;  // nothing folded across calls
        sum += totals ? quote_totals(*p)->y6.in_cents() : quote(*p)->y6.in_cents();
    }
    return static_cast<int>(sum & 1);
}
CPP
mode=(); label="header-only"
if [[ -n "${COMPILED:-}" ]]; then mode=(-DCARTEGRISE_COMPILED "$root/src/cartegrise.cpp"); label="compiled mode"; fi
"$cxx" -std=c++"$std" -O2 -I"$root/include" -I"$root/tests/cases" "${mode[@]}" "$tmp/count.cpp" -o "$tmp/count"
ir() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$tmp/count" "$@" 2>&1 | awk '/Collected/ {print $NF}'; }
names=(used_vp new_vp_co2_mass_malus import_decote duplicata moped truck_y2)
echo "instructions per call ($("$cxx" --version | head -n 1), -O2, C++$std, $label, N = $n)"
printf '  %-24s %8s %8s\n' request quote totals
for i in "${!names[@]}"; do
  row=()
  for mode in quote totals; do
    a=$(ir "$mode" "$i" 1000); b=$(ir "$mode" "$i" $((n + 1000)))
    row+=($(( (b - a) / n )))
  done
  printf '  %-24s %8d %8d\n' "${names[$i]}" "${row[0]}" "${row[1]}"
done
