#!/usr/bin/env python3
"""Runs the recipe of docs/data-sources.md ("Updating a table when a region votes a new rate") on a scratch
copy of the headers, as a maintainer would: the source row and the rate row are read from the page itself,
inserted where the page says, the vintage moved as it says; then a program built on the scratch copy must
quote the new rate from its first day and the old one the day before. If the page and the headers drift
apart (a renamed table, a moved file, a step that no longer builds), this test fails.

Usage: apply_vote.py SOURCE_DIR WORK_DIR CXX
"""
import pathlib, re, shutil, subprocess, sys

src, work, cxx = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3]
page = (src / "docs/data-sources.md").read_text(encoding="utf-8")
section = page[page.index("## Updating a table when a region votes a new rate"):]
section = section[: section.find("\n## ", 1) if "\n## " in section[1:] else len(section)]

def code_after(marker):
    """The first `code` span of the recipe step that starts with `marker`."""
    step = section[section.index(marker):]
    return re.search(r"`(\{[^`]+\},?)`", step).group(1).rstrip(",")

source_row = code_after("1. **Add its source**")
rate_row = code_after("2. **Add one row**")
key = re.match(r"\{source_id::(\w+),", source_row).group(1)
m = re.match(r"\{region::(\w+),\s*\{(\d+),\s*(\d+),\s*(\d+)\},\s*(\d+),\s*source_id::(\w+)\}", rate_row)
region, y, mo, d, cents, row_key = m.group(1), int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)), m.group(6)
assert row_key == key, f"the rate row cites {row_key}, the source row is {key}"

if work.exists():
    shutil.rmtree(work)
shutil.copytree(src / "include", work / "include")
data = work / "include/cartegrise/data"

# Step 1: the enumerator after the last one, the row at the end of sources[].
sources = (data / "sources.hpp").read_text(encoding="utf-8")
enum_end = sources.index("\n};", sources.index("enum class source_id"))
sources = sources[:enum_end] + f"\n    {key}," + sources[enum_end:]
table_end = sources.index("\n};", sources.index("inline constexpr source_row sources[]"))
sources = sources[:table_end] + f"\n    {source_row}," + sources[table_end:]
(data / "sources.hpp").write_text(sources, encoding="utf-8")

# Step 2: the rate row right after the region's last row.
rates_path = data / "regional_rates.hpp"
rates = rates_path.read_text(encoding="utf-8").split("\n")
last = max(i for i, line in enumerate(rates) if re.match(rf"\s*\{{region::{region},", line))
rates.insert(last + 1, f"    {rate_row},")
rates_path.write_text("\n".join(rates), encoding="utf-8")

# Step 4: the vintage, when the new row is later.
version_path = work / "include/cartegrise/version.hpp"
version = version_path.read_text(encoding="utf-8")
vintage = int(re.search(r"#define CARTEGRISE_DATA_VINTAGE (\d+)", version).group(1))
if y * 10000 + mo * 100 + d > vintage:
    version = re.sub(r"#define CARTEGRISE_DATA_VINTAGE \d+", f"#define CARTEGRISE_DATA_VINTAGE {y * 10000 + mo * 100 + d}", version)
    version_path.write_text(version, encoding="utf-8")

# A program on the scratch copy: the new rate from its first day, the previous one the day before, the
# source named in the explanation.
program = work / "vote.cpp"
program.write_text(f"""
#include <cartegrise/cartegrise.hpp>
#include <cstdio>
using namespace cartegrise;
static department in_region() {{
    for (std::size_t i = 0; i < department_count; ++i)
        if (department::at(i).region() == region::{region}) return department::at(i);
    return department::at(0);
}}
static request car(date on) {{
    request r;
    r.application_date = on;
    r.holder_department = in_region();
    r.procedure = procedure::used;
    r.vehicle.genre = genre::vp;
    r.vehicle.energy = energy::es;
    r.vehicle.fiscal_cv = 1;
    r.vehicle.first_registration = date{{2020, 1, 1}};
    return r;
}}
int main() {{
    const date first{{{y}, {mo}, {d}}};
    const auto on = quote(car(first));
    const auto before = quote(car(first.add_days(-1)));
    if (!on || !before) {{ std::puts("refused"); return 1; }}
    const auto row = on->steps.find<steps::regional_rate>();
    std::printf("before %lld, from %lld cents per CV\\n", static_cast<long long>(before->y1.in_cents()), static_cast<long long>(on->y1.in_cents()));
    if (on->y1 != money::cents({cents})) return 2;
    if (before->y1 == on->y1) return 3;
    if (!row || row->source != source_id::{key} || row->since != first) return 4;
    return 0;
}}
""", encoding="utf-8")
exe = work / "vote"
subprocess.run([cxx, "-std=c++17", "-Wall", "-Wextra", "-Werror", "-I", str(work / "include"), str(program), "-o", str(exe)], check=True)
result = subprocess.run([str(exe)])
print(f"recipe of docs/data-sources.md: {key}, {region} at {cents / 100:.2f} EUR/CV from {y:04}-{mo:02}-{d:02}: "
      + ("quoted" if result.returncode == 0 else f"FAILED ({result.returncode})"))
sys.exit(result.returncode)
