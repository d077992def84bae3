#!/usr/bin/env python3
"""Prints the CO2 malus grids as C++ rows.

Inputs (paths given on the command line):
  malusCO2.csv  official service-public simulator data, late 2023 (grids 2008-2023, banded)
  rules.txt     per-gram WLTP grids 2024-2026 as 'g:eur' pairs, one '== YEAR' header per grid
"""
import csv, sys, re
from collections import OrderedDict

def bands_from_csv(path):
    grids = OrderedDict()
    for row in csv.DictReader(open(path, encoding="utf-8")):
        key = (int(row["annee"]), int(row["PeriodeAnnee"].strip()))
        grids.setdefault(key, []).append((int(row["minCO2"]), int(row["malus"])))
    return grids

def bands_from_text(path):
    grids = OrderedDict(); cur = None
    for line in open(path, encoding="utf-8"):
        if line.startswith("#"):
            continue
        m = re.match(r"== (\d+)", line)
        if m:
            cur = int(m.group(1)); grids[cur] = [(0, 0)]; continue
        for g, e in re.findall(r"(\d+):(\d+)", line):
            grids[cur].append((int(g), int(e)))
    return grids

def merge(bands):
    out = []
    for g, e in sorted(bands):
        if out and out[-1][1] == e:
            continue
        out.append((g, e))
    return out

def emit(name, bands):
    print(f"inline constexpr co2_band {name}[] = {{")
    line = "   "
    for g, e in merge(bands):
        cell = f" {{{g}, {e}}},"
        if len(line) + len(cell) > 110:
            print(line); line = "   "
        line += cell
    print(line); print("};")

if __name__ == "__main__":
    for (year, period), bands in bands_from_csv(sys.argv[1]).items():
        emit(f"co2_{year}" + ("_wltp" if period == 2 else ""), bands)
    for year, bands in bands_from_text(sys.argv[2]).items():
        emit(f"co2_{year}", bands)
