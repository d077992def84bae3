#!/usr/bin/env bash
# Compile-time and size cost of cartegrise (docs/performance.md):
#   1. g++ -O2 CPU time of a TU that includes <cartegrise/quote.hpp> and quotes one fee, as a ratio to a
#      TU using <string> <vector> <map> <algorithm> <iostream> for one map insert, one sort and one print
#      (target <= 0.6); the umbrella <cartegrise/cartegrise.hpp> and <cstdint> alone beside them; RUNS
#      runs each, medians reported (milliseconds);
#   2. `size` of examples/embedded_grid.cpp at -Os -fno-exceptions -fno-rtti against an empty main,
#      and of a TU that quotes at run time (the quote code and tables linked in) with the same flags.
# Usage: bench/compile_cost.sh [RUNS]      environment: CXX (default g++), STD (default 17)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cxx=${CXX:-g++}
std=${STD:-17}
runs=${1:-7}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat > "$tmp/umbrella_one.cpp" <<'CPP'
#include <cartegrise/cartegrise.hpp>
#include <cstdint>
int main(int argc, char**) {
    cartegrise::request r;
    r.application_date = cartegrise::date{2026, 6, 1};
    r.holder_department = cartegrise::department::at(static_cast<std::size_t>(argc));
    r.procedure = cartegrise::procedure::used;
    r.vehicle.genre = cartegrise::genre::vp;
    r.vehicle.energy = cartegrise::energy::es;
    r.vehicle.fiscal_cv = 7;
    r.vehicle.first_registration = cartegrise::date{2019, 5, 3};
    const auto q = cartegrise::quote(r);
    return q ? static_cast<int>(q->y6.in_cents() % 7) : 1;
}
CPP
sed 's|<cartegrise/cartegrise.hpp>|<cartegrise/quote.hpp>|' "$tmp/umbrella_one.cpp" > "$tmp/quote_one.cpp"
cat > "$tmp/reference.cpp" <<'CPP'
#include <algorithm>
#include <iostream>
#include <map>
#include <string>
#include <vector>
int main(int argc, char** argv) {
    std::map<std::string, int> m;
    m.insert({std::string{argv[0]}, argc});
    std::vector<int> v{argc, 3, 1, 2};
    std::sort(v.begin(), v.end());
    std::cout << m.begin()->first << ' ' << v.front() << '\n';
    return 0;
}
CPP
cat > "$tmp/cstdint_only.cpp" <<'CPP'
#include <cstdint>
int main(int argc, char**) { return static_cast<int>(static_cast<std::int64_t>(argc) * 7 % 5); }
CPP
cat > "$tmp/empty_main.cpp" <<'CPP'
int main() { return 0; }
CPP
# The quote code itself at -Os: a request read at run time, so nothing is folded by the compiler.
cat > "$tmp/runtime_quote.cpp" <<'CPP'
#include <cartegrise/quote.hpp>
#include <cstdio>
int main(int argc, char**) {
    cartegrise::request r;
    r.application_date = cartegrise::date{2026, 6, 1};
    r.holder_department = cartegrise::department::at(static_cast<std::size_t>(argc) * 7);
    r.procedure = cartegrise::procedure::used;
    r.vehicle.genre = cartegrise::genre::vp;
    r.vehicle.energy = cartegrise::energy::es;
    r.vehicle.fiscal_cv = argc + 6;
    r.vehicle.first_registration = cartegrise::date{2019, 5, 3};
    const auto q = cartegrise::quote(r);
    if (!q) return 1;
    std::printf("%lld\n", static_cast<long long>(q->y6.in_cents()));
    return 0;
}
CPP

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

# One line per run: wall-clock ms and CPU (user + system) ms. On a shared machine the CPU time is the
# steadier figure; both are reported.
compile_runs() {
    local file=$1 i out
    for ((i = 0; i < runs; ++i)); do
        out=$( { TIMEFORMAT='%R %U %S'; time "$cxx" -std=c++"$std" -O2 -I"$root/include" -c "$file" -o "$tmp/out.o"; } 2>&1 )
        echo "$out" | awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}'
    done
}

echo "compiler: $("$cxx" --version | head -n 1); C++$std; $runs runs each; $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
"$cxx" -std=c++"$std" -O2 -I"$root/include" -c "$tmp/quote_one.cpp" -o "$tmp/out.o"  # warm the caches
for tu in quote_one umbrella_one reference cstdint_only; do compile_runs "$tmp/$tu.cpp" > "$tmp/$tu.txt"; done
wall() { cut -d' ' -f1 "$tmp/$1.txt" | median; }
cpu() { cut -d' ' -f2 "$tmp/$1.txt" | median; }
echo "g++ -O2 medians (ms)                                  wall    cpu"
printf '  <cartegrise/quote.hpp> + one quote           %8d %6d\n' "$(wall quote_one)" "$(cpu quote_one)"
printf '  <cartegrise/cartegrise.hpp> + one quote      %8d %6d\n' "$(wall umbrella_one)" "$(cpu umbrella_one)"
printf '  reference (string vector map algorithm iostream) %4d %6d\n' "$(wall reference)" "$(cpu reference)"
printf '  <cstdint> only                               %8d %6d\n' "$(wall cstdint_only)" "$(cpu cstdint_only)"
awk -v q="$(cpu quote_one)" -v r="$(cpu reference)" \
    'BEGIN {printf "compile-cost ratio (CPU, quote.hpp + one quote / reference): %.2f (target <= 0.60)\n", q / r}'

os_flags=(-std=c++"$std" -Os -fno-exceptions -fno-rtti -I"$root/include")
"$cxx" "${os_flags[@]}" "$tmp/empty_main.cpp" -o "$tmp/empty_main"
"$cxx" "${os_flags[@]}" "$root/examples/embedded_grid.cpp" -o "$tmp/embedded_grid"
"$cxx" "${os_flags[@]}" "$tmp/runtime_quote.cpp" -o "$tmp/runtime_quote"
total() { size "$1" | awk 'NR == 2 {print $4}'; }
echo "size -Os -fno-exceptions -fno-rtti (text+data+bss, bytes):"
size "$tmp/empty_main" "$tmp/embedded_grid" "$tmp/runtime_quote" | sed "s|$tmp/||"
empty=$(total "$tmp/empty_main")
echo "embedded_grid (constexpr grid) adds : $(( $(total "$tmp/embedded_grid") - empty )) bytes over an empty main (target <= 16384)"
echo "runtime quote() adds                : $(( $(total "$tmp/runtime_quote") - empty )) bytes over an empty main"
