#!/usr/bin/env python3
"""The layers of the library, checked by includes and by names.

  check_layers.py SOURCE_DIR

The layers are the table "The headers, by layer" of docs/api.md, lowest first. Includes: every header of
include/cartegrise is in one layer; it includes headers of its own layer or lower ones only; the
procedures wing and the rules, side by side, never include each other; the include graph has no cycle.
Names: the text wing never names data:: (it reads steps
and the procedures' values, never tables) nor includes a data/ or rules/ header; the vocabulary names no
data:: and rules:: either; the examples, the command line and the npm module use the public API only (no
detail::, no data::, no rules::, no detail/, data/ or rules/ header). A new header fails the check until
the table places it. The checks first run on known-bad samples, so that a broken check cannot pass.
"""
import os
import re
import sys

TABLE_TITLE = "The headers, by layer"


def read_layers(api_md):
    """[(name, [header or "dir/*"])], lowest first, from the table of docs/api.md."""
    with open(api_md, encoding="utf-8") as f:
        text = f.read()
    at = text.find(TABLE_TITLE)
    if at < 0:
        sys.exit("docs/api.md: the table '%s' is missing" % TABLE_TITLE)
    layers = []
    for line in text[at:].split("\n")[1:]:
        if not line.startswith("|"):
            if layers:
                break
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 2 or cells[0] in ("Layer", "") or set(cells[0]) <= set("-"):
            continue
        headers = [h.replace("*.hpp", "*") for h in re.findall(r"`([^`]+\.hpp)`", cells[1])]
        layers.append((cells[0], headers))
    return layers


INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
PUBLIC_INCLUDE = re.compile(r'^\s*#\s*include\s+<cartegrise/([^>]+)>', re.M)


def code_only(text):
    """The text without comments and string literals: names in prose do not count."""
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    text = re.sub(r'R"(\w*)\((?:.|\n)*?\)\1"', '""', text)
    text = re.sub(r'"(?:\\.|[^"\\\n])*"', '""', text)
    text = re.sub(r"'(?:\\.|[^'\\\n])*'", "''", text)
    return re.sub(r"//[^\n]*", "", text)


def names_in(text, names):
    """The forbidden qualified names used in the code of `text` (data::, detail::...)."""
    code = code_only(text)
    return sorted({n for n in names if re.search(r"(?<!\w)%s::" % n, code)})


def layer_of(header, layers):
    for rank, (_, patterns) in enumerate(layers):
        for p in patterns:
            if header == p or (p.endswith("/*") and header.startswith(p[:-1]) and "/" not in header[len(p) - 1:]):
                return rank
    return None


def check_includes(headers, layers):
    """headers: {path relative to include/cartegrise: text}. The problems found."""
    problems = []
    graph = {}
    for h, text in sorted(headers.items()):
        rank = layer_of(h, layers)
        if rank is None:
            problems.append("%s: in no layer (add it to the table '%s' of docs/api.md)" % (h, TABLE_TITLE))
            continue
        deps = [os.path.normpath(os.path.join(os.path.dirname(h), inc)).replace(os.sep, "/")
                for inc in INCLUDE.findall(code_only_keep_includes(text))]
        graph[h] = deps
        for d in deps:
            r = layer_of(d, layers)
            if r is not None and r > rank:
                problems.append("%s (%s) includes %s (%s), a higher layer" % (h, layers[rank][0], d, layers[r][0]))
        for d in deps:
            if (h.startswith("rules/") and d.startswith("procedures/")) or (h.startswith("procedures/") and d.startswith("rules/")):
                problems.append("%s includes %s: the procedures wing and the rules stand side by side" % (h, d))
        if layers[rank][0] == "text":
            for d in deps:
                if d.startswith(("data/", "rules/")):
                    problems.append("%s: the text wing includes %s (it reads steps and the procedures' values, never tables)" % (h, d))
    # No cycle among the files.
    state = {}

    def visit(u, path):
        state[u] = 1
        for v in graph.get(u, []):
            if state.get(v) == 1:
                problems.append("include cycle: " + " -> ".join(path[path.index(v):] + [v]))
            elif v in graph and not state.get(v):
                visit(v, path + [v])
        state[u] = 2

    for u in sorted(graph):
        if not state.get(u):
            visit(u, [u])
    return problems


def code_only_keep_includes(text):
    """Comments out, string literals kept (an #include names its header in one)."""
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def check_names(headers, programs, layers):
    """headers: the library's; programs: {path: text} of the examples, the command line, the npm module."""
    problems = []
    for h, text in sorted(headers.items()):
        rank = layer_of(h, layers)
        if rank is None:
            continue
        layer = layers[rank][0]
        if layer == "text":
            for n in names_in(text, ["data", "rules"]):
                problems.append("%s: the text wing names %s::" % (h, n))
        elif layer in ("core", "vocabulary"):
            for n in names_in(text, ["data", "rules"]):
                problems.append("%s: the %s names %s::" % (h, layer, n))
    for p, text in sorted(programs.items()):
        for n in names_in(text, ["detail", "data", "rules"]):
            problems.append("%s: names %s:: (the public API only)" % (p, n))
        for inc in PUBLIC_INCLUDE.findall(code_only_keep_includes(text)):
            if inc.startswith(("detail/", "data/", "rules/")):
                problems.append("%s: includes <cartegrise/%s> (the public API only)" % (p, inc))
    return problems


SAMPLE_LAYERS = [("core", ["version.hpp", "money.hpp"]), ("helpers", ["detail/*"]), ("vocabulary", ["territory.hpp", "deadline_kinds.hpp"]),
                 ("data", ["data/*"]), ("rules and API", ["rules/*", "quote.hpp"]), ("procedures", ["procedures/*"]), ("text", ["text/*"])]


def self_test():
    """Each check finds what it must on a known-bad sample, and nothing on a clean one."""
    layers = SAMPLE_LAYERS
    bad_headers = {
        "money.hpp": '#include "detail/code_table.hpp"\n',                        # core above helpers
        "detail/code_table.hpp": '#include "../territory.hpp"\n',                 # helpers above vocabulary
        "territory.hpp": '#include "data/regional_rates.hpp"\nint x = data::y;\n',  # vocabulary: data
        "data/regional_rates.hpp": '#include "../quote.hpp"\n',                   # data above the API
        "quote.hpp": '#include "text/format.hpp"\n',                              # API above text
        "text/format.hpp": '#include "../data/sources.hpp"\nauto r = data::sources[0];\n',
        "fresh.hpp": "",                                                           # in no layer
        "rules/a.hpp": '#include "b.hpp"\n',                                       # a cycle
        "rules/b.hpp": '#include "a.hpp"\n',
        "procedures/c.hpp": '#include "../rules/a.hpp"\n',                     # the wings side by side
    }
    found = check_includes(bad_headers, layers) + check_names(bad_headers, {
        "examples/x.cpp": "#include <cartegrise/detail/lookup.hpp>\nint a = cartegrise::detail::f();\nint b = data::g;\n",
    }, layers)
    expected = ["money.hpp (core) includes detail/code_table.hpp", "detail/code_table.hpp (helpers) includes territory.hpp",
                "territory.hpp (vocabulary) includes data/regional_rates.hpp", "data/regional_rates.hpp (data) includes quote.hpp",
                "quote.hpp (rules and API) includes text/format.hpp", "the text wing includes data/sources.hpp",
                "fresh.hpp: in no layer", "include cycle: rules/a.hpp -> rules/b.hpp -> rules/a.hpp",
                "procedures/c.hpp includes rules/a.hpp: the procedures wing and the rules stand side by side",
                "territory.hpp: the vocabulary names data::", "text/format.hpp: the text wing names data::",
                "examples/x.cpp: names detail::", "examples/x.cpp: names data::", "examples/x.cpp: includes <cartegrise/detail/lookup.hpp>"]
    missed = [e for e in expected if not any(e in f for f in found)]
    clean = check_includes({"text/a.hpp": '#include "../procedures/deadlines.hpp"\n// data::rows in a comment\n',
                            "procedures/deadlines.hpp": '#include "../data/procedure_deadlines.hpp"\n',
                            "data/procedure_deadlines.hpp": '#include "../deadline_kinds.hpp"\n',
                            "deadline_kinds.hpp": '#include "version.hpp"\n', "version.hpp": ""}, layers)
    clean += check_names({"text/a.hpp": 'auto s = "data::x"; // data::y\n'}, {"examples/y.cpp": "cartegrise::quote(r); // not detail::z\n"}, layers)
    if missed or clean:
        for m in missed:
            print("self-test: the check missed: " + m)
        for c in clean:
            print("self-test: a clean sample was refused: " + c)
        return False
    return True


def read_tree(root, exts):
    out = {}
    for d, _, files in os.walk(root):
        for f in files:
            if f.endswith(exts):
                path = os.path.join(d, f)
                with open(path, encoding="utf-8") as fh:
                    out[os.path.relpath(path, root).replace(os.sep, "/")] = fh.read()
    return out


def main(argv):
    if not self_test():
        return 1
    source_dir = argv[1]
    headers = read_tree(os.path.join(source_dir, "include", "cartegrise"), (".hpp",))
    programs = {}
    for sub in ("examples", os.path.join("packaging", "npm", "src")):
        for p, text in read_tree(os.path.join(source_dir, sub), (".cpp", ".hpp", ".h")).items():
            programs[sub.replace(os.sep, "/") + "/" + p] = text
    layers = read_layers(os.path.join(source_dir, "docs", "api.md"))
    if len(headers) < 50 or len(layers) < 6 or not any(p.startswith("examples/cli/") for p in programs) or not any("wasm" in p for p in programs):
        print("check_layers.py: the tree or the table of layers was not found under %s" % source_dir)
        return 1
    problems = check_includes(headers, layers) + check_names(headers, programs, layers)
    for p in problems:
        print(p)
    if problems:
        return 1
    print("layers: %d headers in %d layers (%s), %d program files on the public API" %
          (len(headers), len(layers), ", ".join(n for n, _ in layers), len(programs)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
