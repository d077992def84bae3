#!/usr/bin/env bash
# Installs what the tests need when it is missing (Debian), then builds and runs every test preset:
# g++ and clang++ (C++17 and C++20 each) and clang++ with ASan+UBSan. Fails when any test fails.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
for pkg in cmake ninja-build g++ clang doctest-dev libbenchmark-dev pkg-config python3 python3-jsonschema; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}"
fi

presets=${CARTEGRISE_PRESETS:-"gcc clang sanitize"}
summary=${CARTEGRISE_TEST_SUMMARY:-build/test-summary.txt}
mkdir -p "$(dirname "$summary")"
total=0
for preset in $presets; do
  echo "==== workflow preset: $preset"
  log=$(mktemp)
  cmake --workflow --preset "$preset" --fresh 2>&1 | tee "$log"
  n=$(grep -Eo "tests failed out of [0-9]+" "$log" | tail -n 1 | grep -Eo "[0-9]+$" || echo 0)
  total=$((total + n))
  rm -f "$log"
done
# Every preset passed (a failure stops the script above): one closing line for all of them.
echo "tests: ${total} passed, 0 failed" | tee "$summary"
