#!/usr/bin/env bash
# Compile-time and size cost of cartegrise (docs/performance.md):
#   1. g++ -O2 CPU time of a TU that includes <cartegrise/quote.hpp> and quotes one fee, as a ratio to a
#      TU using <string> <vector> <map> <algorithm> <iostream> for one map insert, one sort and one print
#      (target <= 1.0); a TU with <cartegrise/text.hpp> that quotes and explains one fee (target <= 2.0);
#      both again in the compiled mode (-DCARTEGRISE_COMPILED: the engine and the text wing called out of
#      line, from the cartegrise::compiled library); the umbrella <cartegrise/cartegrise.hpp>, quote.hpp
#      with no call and <cstdint> alone beside them; RUNS runs each, medians reported (milliseconds);
#   2. `size` of examples/embedded_grid.cpp at -Os -fno-exceptions -fno-rtti against an empty main,
#      and of a TU that quotes at run time (the quote code and tables linked in) with the same flags.
# With INSTRUCTIONS=1, step 1 counts the compiler's instructions instead (valgrind's callgrind, every
# process of the compiler driver summed; one run each): the figure a loaded machine does not move.
# Usage: bench/compile_cost.sh [RUNS]      environment: CXX (default g++), STD (default 17), INSTRUCTIONS,
#                                          OPT (default -O2), ONLY (a regex: the rows whose label matches)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cxx=${CXX:-g++}
std=${STD:-17}
runs=${1:-7}
opt=${OPT:--O2}
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
cat > "$tmp/quote_no_call.cpp" <<'CPP'
#include <cartegrise/quote.hpp>
int main() { return 0; }
CPP
cat > "$tmp/text_one.cpp" <<'CPP'
#include <cartegrise/quote.hpp>
#include <cartegrise/text.hpp>
#include <cstdio>
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
    if (!q) return 1;
    std::fputs(cartegrise::explain(*q).c_str(), stdout);
    return 0;
}
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

# The rows: name, source, extra flags. The compiled mode is the same source with CARTEGRISE_COMPILED.
rows=(
  "quote.hpp + one quote|quote_one|"
  "quote.hpp + one quote, compiled mode|quote_one|-DCARTEGRISE_COMPILED"
  "text.hpp + one explanation|text_one|"
  "text.hpp + one explanation, compiled mode|text_one|-DCARTEGRISE_COMPILED"
  "cartegrise.hpp (umbrella) + one quote|umbrella_one|"
  "quote.hpp, no call|quote_no_call|"
  "reference (string vector map algorithm iostream)|reference|"
  "<cstdint> only|cstdint_only|"
)
compile() {  # source, extra flags
    "$cxx" -std=c++"$std" "$opt" -I"$root/include" $2 -c "$tmp/$1.cpp" -o "$tmp/out.o"
}
# One line per run: wall-clock ms and CPU (user + system) ms. On a shared machine the CPU time is the
# steadier figure; both are reported.
compile_runs() {
    local i out
    for ((i = 0; i < runs; ++i)); do
        out=$( { TIMEFORMAT='%R %U %S'; time compile "$1" "$2"; } 2>&1 )
        echo "$out" | awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}'
    done
}
# Instructions of every process the driver starts (g++ runs cc1plus and as; clang++ runs its front end
# in process), summed.
compile_instructions() {
    command -v valgrind >/dev/null || { echo "compile_cost.sh: INSTRUCTIONS=1 needs valgrind" >&2; exit 2; }
    rm -f "$tmp"/cg.*
    valgrind --tool=callgrind --trace-children=yes --callgrind-out-file="$tmp/cg.%p" \
        "$cxx" -std=c++"$std" "$opt" -I"$root/include" $2 -c "$tmp/$1.cpp" -o "$tmp/out.o" >/dev/null 2>&1
    awk '/^(summary|totals):/ {if (!seen[FILENAME]++) n += $2} END {printf "%.0f\n", n}' "$tmp"/cg.*
}

echo "compiler: $("$cxx" --version | head -n 1); C++$std $opt; $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -n "${INSTRUCTIONS:-}" ]]; then
    echo "instructions (callgrind, all processes of the compiler)     millions   × reference"
    declare -A ir
    for row in "${rows[@]}"; do
        IFS='|' read -r label tu flags <<<"$row"
        [[ "$label" =~ ${ONLY:-.} || "$tu" == reference ]] || continue
        ir[$label]=$(compile_instructions "$tu" "$flags")
    done
    ref=${ir["reference (string vector map algorithm iostream)"]}
    for row in "${rows[@]}"; do
        IFS='|' read -r label tu flags <<<"$row"
        [[ -n "${ir[$label]:-}" ]] || continue
        awk -v l="$label" -v n="${ir[$label]}" -v r="$ref" 'BEGIN {printf "  %-52s %8.0f %8.2f\n", l, n / 1e6, n / r}'
    done
else
    echo "CPU medians of $runs runs (ms)                             wall      cpu   × reference"
    compile quote_one ""  # warm the caches
    for row in "${rows[@]}"; do
        IFS='|' read -r label tu flags <<<"$row"
        compile_runs "$tu" "$flags" > "$tmp/run.txt"
        echo "$label|$(cut -d' ' -f1 "$tmp/run.txt" | median)|$(cut -d' ' -f2 "$tmp/run.txt" | median)"
    done > "$tmp/medians.txt"
    ref=$(awk -F'|' '/^reference/ {print $3}' "$tmp/medians.txt")
    awk -F'|' -v r="$ref" '{printf "  %-52s %6d %8d %8.2f\n", $1, $2, $3, $3 / r}' "$tmp/medians.txt"
fi
echo "targets: quote.hpp + one quote <= 1.0 × the reference, text.hpp + one explanation <= 2.0 ×"

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
