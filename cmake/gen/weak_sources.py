#!/usr/bin/env python3
"""Rewrites the list of weak sources in docs/data-sources.md (between its weak-sources markers) from the
table of sources in include/cartegrise/data/sources.hpp: every row resting on press, a single source or
a derivation. tests/unit/data_sources_doc_test.cpp checks the list against the table itself.

Usage: cmake/gen/weak_sources.py [REPO_ROOT]
"""
import re, sys, pathlib

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2])
table = (root / "include/cartegrise/data/sources.hpp").read_text(encoding="utf-8")
row = re.compile(r'\{source_id::(\w+), "(\w+)", evidence::(\w+), \{(\d+), (\d+), (\d+)\}, "((?:[^"\\]|\\.)*)"\}')
lines = []
for key, name, basis, y, m, d, text in row.findall(table):
    if key == "none" or basis not in ("press", "single_source", "derived"):
        continue
    text = text.encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
    lines.append(f"- `{name}` ({basis}, {int(y):04}-{int(m):02}-{int(d):02}): {text}")
doc_path = root / "docs/data-sources.md"
doc = doc_path.read_text(encoding="utf-8")
begin, end = "<!-- weak-sources:begin -->\n", "<!-- weak-sources:end -->"
i, j = doc.index(begin) + len(begin), doc.index(end)
doc_path.write_text(doc[:i] + "\n".join(lines) + "\n" + doc[j:], encoding="utf-8")
print(f"{len(lines)} weak sources written to {doc_path.relative_to(root)}")
