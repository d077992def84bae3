#!/usr/bin/env bash
# What cartegrise costs on a Cortex-M3 (examples/embedded, docs/performance.md "Firmware"):
#   1. flash (text + data) and RAM (data + bss) of each firmware, with arm-none-eabi-size;
#   2. the flash quote() adds with all its tables over the baseline firmware (trail, totals), and what
#      the compile-time grid adds; .data; static initialisers (.init_array / .preinit_array / .ctors);
#   3. where the flash of quote_firmware_trail goes, from its map file: library code, tables, strings
#      (each literal traced to the header that spells it), firmware harness, start-up, libc/libgcc;
#   4. the stack: the worst call chain from the reset handler by -fstack-usage / -fcallgraph-info
#      (.su / .ci files), the largest frames, and the stack-painting high-water mark printed by each
#      firmware in QEMU (when qemu-system-arm is installed).
# Usage: bench/firmware_size.sh [BUILD_DIR]    (default build/cortex-m3; configured and built if needed)
# Needs: cmake, arm-none-eabi-gcc/g++ and binutils (Debian: gcc-arm-none-eabi,
# libstdc++-arm-none-eabi-newlib); qemu-system-arm for the measurement on the device.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build/cortex-m3"}
firmwares="baseline_firmware quote_firmware_trail quote_firmware_totals grid_firmware"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for tool in arm-none-eabi-size arm-none-eabi-nm arm-none-eabi-objdump arm-none-eabi-objcopy arm-none-eabi-c++filt; do
  command -v "$tool" >/dev/null || { echo "firmware_size: $tool not found (apt-get install gcc-arm-none-eabi)" >&2; exit 2; }
done

# ---- Build (a no-op when up to date) -------------------------------------------------------------
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -DCMAKE_TOOLCHAIN_FILE="$root/cmake/toolchains/arm-none-eabi-cortex-m3.cmake" \
    -DCMAKE_BUILD_TYPE=MinSizeRel -DCARTEGRISE_BUILD_FIRMWARE=ON -DCARTEGRISE_BUILD_TESTS=OFF \
    -DCARTEGRISE_INSTALL=OFF >/dev/null
fi
# shellcheck disable=SC2086
cmake --build "$build" --target $firmwares >/dev/null
elf_dir="$build/examples/embedded"
elf() { echo "$elf_dir/$1.elf"; }

# Size of one ELF section in bytes (0 when absent), from objdump -h.
section_size() {
  arm-none-eabi-objdump -h "$1" | awk -v s="$2" '$2 == s { print $3; found = 1 } END { if (!found) print 0 }' |
    { read -r h; echo $((16#$h)); }
}

# ---- 1. Flash and RAM ---------------------------------------------------------------------------
echo "== Flash and RAM (bytes; flash = text + data, RAM = data + bss, stack not included)"
printf "%-24s %8s %6s %6s %8s %6s %14s\n" firmware text data bss flash RAM "static init"
declare -A flash
for f in $firmwares; do
  read -r text data bss _ < <(arm-none-eabi-size "$(elf "$f")" | awk 'NR == 2')
  flash[$f]=$((text + data))
  init=0
  for s in .init_array .preinit_array .ctors; do init=$((init + $(section_size "$(elf "$f")" "$s"))); done
  printf "%-24s %8d %6d %6d %8d %6d %14s\n" "$f" "$text" "$data" "$bss" "${flash[$f]}" $((data + bss)) \
    "$((init / 4)) entries"
done

kib() { awk -v b="$1" 'BEGIN { printf "%.1f KiB", b / 1024 }'; }
base=${flash[baseline_firmware]}
echo
echo "== Added over the baseline firmware (same start-up, semihosting, number printing, stack probe)"
for f in quote_firmware_trail quote_firmware_totals grid_firmware; do
  d=$((flash[$f] - base))
  case $f in
    quote_firmware_trail) what="quote(), trail on, all tables"; limit=32768 ;;
    quote_firmware_totals) what="quote_totals(), no trail, all tables"; limit=32768 ;;
    grid_firmware) what="compile-time grid fee_totals<1, 20>"; limit=1024 ;;
  esac
  verdict=$([ "$d" -le "$limit" ] && echo "within" || echo "OVER")
  printf "%-24s +%6d bytes (%s)  target <= %d: %s   %s\n" "$f" "$d" "$(kib "$d")" "$limit" "$verdict" "$what"
done

# ---- 2. Where the flash of quote_firmware_trail goes ----------------------------------------------
map="$(elf quote_firmware_trail).map"
# Input sections placed in flash: "name size file", from the map file.
awk '
function hex(s,   i, v) {
  s = tolower(s); sub(/^0x/, "", s); v = 0
  for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
  return v
}
/^Linker script and memory map/ { go = 1; next }
!go { next }
/^[^ ]/ { out = $1; pending = ""; next }
out != ".isr_vector" && out != ".text" && out != ".ARM.exidx" && out != ".ARM.extab" && out != ".data" { next }
pending != "" && $1 ~ /^0x/ && $2 ~ /^0x/ && NF >= 3 { print pending, hex($2), $3; pending = ""; next }
$1 == "*fill*" && $2 ~ /^0x/ { print "*fill*", hex($3), "-"; next }
$1 ~ /^\./ { if (NF >= 4 && $2 ~ /^0x/) print $1, hex($3), $4; else if (NF == 1) pending = $1 }
' "$map" > "$tmp/sections"

# The anonymous string section of the firmware's object mixes the library's literals (table sources,
# names, messages) with the firmware's own: each literal is looked up in the headers that spell it.
obj=$(awk '$1 ~ /^\.rodata\.str1\./ && $3 ~ /quote_firmware/ { print $3; exit }' "$tmp/sections")
: > "$tmp/strings"
# (The map names the object relative to where the link ran: look it up under the target's directory.)
[ -z "$obj" ] || obj=$(find "$build" -path "*/CMakeFiles/quote_firmware_trail.dir/*" -name "$(basename "$obj")" -print -quit)
if [ -n "$obj" ]; then
  arm-none-eabi-objcopy -O binary --only-section=.rodata.str1.1 "$obj" "$tmp/str.bin" 2>/dev/null || : > "$tmp/str.bin"
  tr '\0' '\n' < "$tmp/str.bin" | while IFS= read -r s; do
    [ -n "$s" ] || continue
    header=$(grep -rlF -- "\"$s\"" "$root/include/cartegrise" | head -n 1 || true)
    printf "%d\t%s\n" $(( $(printf "%s" "$s" | wc -c) + 1 )) "${header#"$root/include/"}" >> "$tmp/strings"
  done
fi
anon_linked=$(awk '$1 ~ /^\.rodata\.str1\./ && $3 ~ /quote_firmware/ { s += $2 } END { print s + 0 }' "$tmp/sections")
firmware_literals=$(awk -F'\t' '$2 == "" { s += $1 } END { print s + 0 }' "$tmp/strings")

# Categories. Library: every section named after a cartegrise symbol, the std:: templates it calls,
# and its literals. Tables are grouped by what they hold.
awk -v anon_linked="$anon_linked" -v fw_lit="$firmware_literals" '
function add(cat, n) { total[cat] += n; grand += n }
{
  name = $1; size = $2; file = $3
  if (name == "*fill*") { add("alignment padding", size); next }
  if (file ~ /startup\.cpp/ ) { add("start-up (vector table, reset and fault handlers)", size); next }
  if (file ~ /\.a\(/) { add("libgcc / newlib-nano (64-bit division, memcpy, memset, memcmp, strlen)", size); next }
  if (name ~ /^\.rodata\.str1\./) {
    if (anon_done++) next
    add("library strings: table sources, names (in the tables)", anon_linked - fw_lit)
    add("firmware harness (main, inputs, expectations, printing)", fw_lit); next
  }
  if (name ~ /\.str1\./) {
    if (name ~ /cartegrise/) add("library strings: error messages and rule sources (in the code)", size)
    else add("firmware harness (main, inputs, expectations, printing)", size)
    next
  }
  if (name ~ /^\.text\./ && (name ~ /10cartegrise/ || name ~ /^\.text\._Z(N|NK)?St/)) { add("library code", size); next }
  if (name ~ /^\.rodata\./ && name ~ /10cartegrise/) {
    if (name ~ /4data[0-9]+(co2|cv)_/ || name ~ /co2_grid|cv_grid/) t = "library tables: CO2 malus grids (per gram / per CV)"
    else if (name ~ /departments/) t = "library tables: departments (code, name, region)"
    else if (name ~ /regional_rates|idfm|reductions/) t = "library tables: regional rates, IDFM, clean-vehicle reductions"
    else t = "library tables: other (vehicle classes, energies, procedure fees, mass, decote...)"
    add(t, size); next
  }
  if (name == ".rodata") { add("unnamed read-only data (switch tables)", size); next }
  add("firmware harness (main, inputs, expectations, printing)", size)
}
END {
  for (c in total) printf "%8d  %5.1f %%  %s\n", total[c], 100 * total[c] / grand, c | "sort -rn"
  close("sort -rn")
  printf "%8d  100.0 %%  flash of quote_firmware_trail\n", grand
}' "$tmp/sections" > "$tmp/categories"

echo
echo "== Where the flash of quote_firmware_trail goes (bytes, from its map file)"
cat "$tmp/categories"

echo
echo "== Library strings by the header that spells them (bytes before the linker merges duplicates)"
awk -F'\t' '$2 != "" { s[$2] += $1; n[$2]++ } END { for (h in s) printf "%8d  %4d literals  %s\n", s[h], n[h], h }' \
  "$tmp/strings" | sort -rn

echo
echo "== Largest symbols of quote_firmware_trail (nm --size-sort)"
# (Through files, not pipes into head: with pipefail, a writer cut short by head would stop the script.)
arm-none-eabi-nm -S --size-sort -r "$(elf quote_firmware_trail)" > "$tmp/nm"
sed -n '1,20p' "$tmp/nm" | while read -r _ size kind sym; do
  printf "%8d  %s  %s\n" $((16#$size)) "$kind" "$(echo "$sym" | arm-none-eabi-c++filt | cut -c1-110)"
done

# ---- 3. Stack ---------------------------------------------------------------------------------
# Worst call chain from a root function (default: the reset handler; or the first symbol matching the
# second argument) over every .ci file of a firmware (gcc -fcallgraph-info=su): frames summed along
# the deepest path. Calls into libgcc / newlib (no .ci) count 0 bytes.
worst_chain() {
  local dir="$build/examples/embedded/CMakeFiles/$1.dir"
  find "$dir" -name '*.ci' -exec cat {} + | awk -v root_re="${2:-}" '
  # A node is its symbol: the file prefix dropped, "*main" (an assembler name) as main, the complete
  # constructor and destructor (C1, D1: what callers name) as the base ones (C2, D2: what is emitted).
  function key(t) { sub(/^.*:/, "", t); sub(/^\*/, "", t); sub(/C1E/, "C2E", t); sub(/D1E/, "D2E", t); return t }
  function depth(n,   i, d, best, c) {
    if (n in memo) return memo[n]
    if (n in busy) { cycle = 1; return 0 }
    busy[n] = 1; best = 0; c = ""
    for (i = 1; i <= nout[n]; i++) { d = depth(out[n, i]); if (d > best) { best = d; c = out[n, i] } }
    delete busy[n]
    next_of[n] = c
    return memo[n] = frame[n] + best
  }
  /^node:/ {
    t = $0; sub(/.*title: "/, "", t); sub(/".*/, "", t); t = key(t)
    l = $0; if (match(l, /[0-9]+ bytes \(/)) frame[t] = substr(l, RSTART, RLENGTH) + 0
    if (!(t in label)) { lb = $0; sub(/.*label: "/, "", lb); sub(/\\n.*/, "", lb); label[t] = lb }
  }
  /^edge:/ {
    s = $0; sub(/.*sourcename: "/, "", s); sub(/".*/, "", s); s = key(s)
    d = $0; sub(/.*targetname: "/, "", d); sub(/".*/, "", d); d = key(d)
    if (!((s, d) in seen)) { seen[s, d] = 1; out[s, ++nout[s]] = d }
  }
  END {
    root = "cg_reset_handler"
    if (root_re != "") { root = ""; for (n in frame) if (n ~ root_re) { root = n; break } }
    if (root == "") { print 0; exit }
    total = depth(root)
    printf "%d\n", total
    for (n = root; n != ""; n = next_of[n]) printf "  %6d  %s\n", frame[n], substr(label[n], 1, 110)
    if (cycle) print "  (recursion in the call graph: one pass of each cycle counted)"
  }'
}

echo
echo "== Stack by -fstack-usage / -fcallgraph-info (static: worst chain from the reset handler, and"
echo "   for the quote firmware from run(), one quote with its result object, as the device probe sees it)"
for f in $firmwares; do
  worst_chain "$f" > "$tmp/chain"
  printf "%-24s %6d bytes from reset" "$f" "$(sed -n 1p "$tmp/chain")"
  case $f in
    quote_firmware_*)
      worst_chain "$f" '3runERKN10cartegrise7requestE$' > "$tmp/run"
      printf ", %d bytes per quote\n" "$(sed -n 1p "$tmp/run")"
      [ "$f" = quote_firmware_trail ] && tail -n +2 "$tmp/chain" ;;
    *) echo ;;
  esac
done
echo "Largest frames of quote_firmware_trail (.su):"
find "$build/examples/embedded/CMakeFiles/quote_firmware_trail.dir" -name '*.su' -exec cat {} + |
  awk -F'\t' '{ f = $1; sub(/^[^:]*:[0-9]+:[0-9]+:/, "", f); printf "%8d  %s\n", $2, substr(f, 1, 110) }' | sort -rn > "$tmp/su"
sed -n '1,8p' "$tmp/su"

echo
echo "== Stack on the device (painted at reset; high-water after the quotes, printed by the firmware)"
if command -v qemu-system-arm >/dev/null; then
  for f in $firmwares; do
    out=$(timeout 60 qemu-system-arm -M lm3s6965evb -nographic -semihosting-config enable=on,target=native \
          -kernel "$(elf "$f")" </dev/null 2>&1 || true)
    printf "%-24s %s\n" "$f" "$(echo "$out" | grep -m 1 '^stack:' || echo '(no stack line: did it run?)')"
  done
else
  echo "qemu-system-arm not installed: skipped"
fi
