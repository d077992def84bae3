#!/usr/bin/env python3
"""Runs the recipe of docs/data-sources.md ("Updating a table when a region votes a new rate") on a scratch
copy of the headers, as a maintainer would: the one row of the recipe (the rate and its source) is read
from the page itself and inserted where the page says, nothing else is edited; then a program built on the
scratch copy must quote the new rate from its first day and the old one the day before, the step naming
the row's source, the French explanation its French note and the English one its English note. If the
page and the headers drift apart (a renamed table, a moved file, a row that no longer builds, a second
edit the recipe forgets), this test fails.

Usage: apply_vote.py SOURCE_DIR WORK_DIR CXX
"""
import pathlib, re, shutil, subprocess, sys, textwrap

src, work, cxx = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3]
page = (src / "docs/data-sources.md").read_text(encoding="utf-8")
section = page[page.index("## Updating a table when a region votes a new rate"):]
section = section[: section.find("\n## ", 1) if "\n## " in section[1:] else len(section)]

# Step 1: the row, the first C++ block of the step "Add one row", its lines joined.
step = section[section.index("1. **Add one row**"):]
block = textwrap.dedent(re.search(r"```cpp\n(.*?)\n\s*```", step, re.S).group(1))
rate_row = " ".join(line.strip() for line in block.splitlines()).rstrip(",")
text = r'"((?:[^"\\]|\\.)*)"'
m = re.match(r'\{region::(\w+),\s*\{(\d+),\s*(\d+),\s*(\d+)\},\s*(\d+),\s*\{"(\w+)", evidence::\w+, \{\d+, \d+, \d+\}, ' + text +
             r",\s*" + text + r",\s*" + text + r"\}\}$", rate_row)
assert m, f"the recipe's row is not a regional rate row with its source: {rate_row}"
region, y, mo, d, cents, key = m.group(1), int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)), m.group(6)
note_fr, note_en = m.group(8), m.group(9)

if work.exists():
    shutil.rmtree(work)
shutil.copytree(src / "include", work / "include")
data = work / "include/cartegrise/data"

# The row right after the region's last row: a row may span several lines, so after the line that
# closes the region's last row.
rates_path = data / "regional_rates.hpp"
rates = rates_path.read_text(encoding="utf-8").split("\n")
last = max(i for i, line in enumerate(rates) if re.match(rf"\s*\{{region::{region},", line))
while not rates[last].rstrip().endswith("},"):
    last += 1
rates[last + 1:last + 1] = ["    " + line for line in block.splitlines()]
rates_path.write_text("\n".join(rates), encoding="utf-8")

# A program on the scratch copy: the new rate from its first day, the previous one the day before, the
# source named in the explanation.
program = work / "vote.cpp"
program.write_text(f"""
#include <cartegrise/cartegrise.hpp>
#include <cartegrise/text/explain.hpp>
#include <cstdio>
#include <string>
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
    if (!row || !row->source || row->source->key != "{key}" || row->since != first) return 4;
    const auto contains = [](const std::string& s, const char* what) {{ return s.find(what) != std::string::npos; }};
    const step first_step{{*row}};
    if (!contains(explain_step(first_step, lang::fr), "{note_fr}") || contains(explain_step(first_step, lang::fr), "{note_en}")) return 5;
    if (!contains(explain_step(first_step, lang::en), "{note_en}") || contains(explain_step(first_step, lang::en), "{note_fr}")) return 6;
    if (find_source("{key}") != row->source) return 7;
    return 0;
}}
""", encoding="utf-8")
exe = work / "vote"
subprocess.run([cxx, "-std=c++17", "-Wall", "-Wextra", "-Werror", "-I", str(work / "include"), str(program), "-o", str(exe)], check=True)
result = subprocess.run([str(exe)])
print(f"recipe of docs/data-sources.md: {key}, {region} at {cents / 100:.2f} EUR/CV from {y:04}-{mo:02}-{d:02}: "
      + ("quoted" if result.returncode == 0 else f"FAILED ({result.returncode})"))
sys.exit(result.returncode)
