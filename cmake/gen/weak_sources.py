#!/usr/bin/env python3
"""Rewrites the list of weak sources in docs/data-sources.md (between its weak-sources markers) from the
sources written in the data headers (include/cartegrise/data/*.hpp: named beside their table, or inside a
regional rate's row): every source resting on press, a single source or a derivation, sorted by key.
tests/unit/data_sources_doc_test.cpp checks the list against the library's own list of sources.

Usage: cmake/gen/weak_sources.py [REPO_ROOT]
"""
import re, sys, pathlib

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2])
text = r'"((?:[^"\\]|\\.)*)"'
source = re.compile(r'\{"(\w+)", evidence::(\w+), \{(\d+), (\d+), (\d+)\}, ' + text + r',\s*' + text + r',\s*' + text + r'\}')

def unescape(s):
    return s.encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")

found = {}
for header in sorted((root / "include/cartegrise/data").glob("*.hpp")):
    for key, basis, y, m, d, citation, note_fr, note_en in source.findall(header.read_text(encoding="utf-8")):
        if basis in ("press", "single_source", "derived"):
            found[key] = f"- `{key}` ({basis}, {int(y):04}-{int(m):02}-{int(d):02}): {unescape(citation)} — {unescape(note_en)}"
lines = [found[k] for k in sorted(found)]
doc_path = root / "docs/data-sources.md"
doc = doc_path.read_text(encoding="utf-8")
begin, end = "<!-- weak-sources:begin -->\n", "<!-- weak-sources:end -->"
i, j = doc.index(begin) + len(begin), doc.index(end)
doc_path.write_text(doc[:i] + "\n".join(lines) + "\n" + doc[j:], encoding="utf-8")
print(f"{len(lines)} weak sources written to {doc_path.relative_to(root)}")
