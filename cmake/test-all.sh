#!/usr/bin/env bash
# Installs what the tests need when it is missing (Debian), then builds and runs every test preset:
# g++ and clang++ (C++17 and C++20 each) and clang++ with ASan+UBSan. Fails when any test fails.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
for pkg in cmake ninja-build g++ clang doctest-dev libbenchmark-dev pkg-config python3; do
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
for preset in $presets; do
  echo "==== workflow preset: $preset"
  cmake --workflow --preset "$preset" --fresh
done
