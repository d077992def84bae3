#!/usr/bin/env python3
"""Validates every JSON the `cartegrise` command prints against docs/cartegrise.schema.json.

Usage: validate_json.py SCHEMA CLI EXPECTED_DIR
Runs the command for each kind of output (quote, errors, documents, deadlines, rates, next-change, batch
in JSON lines) in both languages, and validates every tests/cli/expected/*json*.txt file too."""
import json
import pathlib
import subprocess
import sys

import jsonschema

schema_path, expected_dir = sys.argv[1], pathlib.Path(sys.argv[3])
# The tool, after the emulator that runs it when the build is for another system (Wine for Windows):
# argv[4:] is that emulator's command.
cli_command = sys.argv[4:] + [sys.argv[2]]
schema = json.loads(pathlib.Path(schema_path).read_text(encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

used = ["quote", "--department", "75", "--date", "2026-06-01", "--procedure", "used", "--genre", "VP", "--energy", "ES",
        "--cv", "7", "--first-registration", "2019-05-03"]
commands = [
    used + ["--json"],
    used + ["--json", "--lang", "en", "--explain"],
    ["quote", "--department", "69", "--date", "2027-03-01", "--procedure", "new", "--genre", "VP", "--energy", "EH", "--cv", "7",
     "--co2", "120", "--mass", "1700", "--electric-kw", "20", "--json"],
    ["quote", "--department", "13", "--date", "2026-12-01", "--procedure", "import", "--genre", "VP", "--energy", "GO", "--cv", "8",
     "--co2", "150", "--cycle", "wltp", "--mass", "1900", "--first-registration", "2021-06-10", "--json"],
    ["quote", "--date", "2026-06-01", "--json"],                       # missing fields
    ["quote", "--department", "75", "--cv", "7x", "--json"],           # a number refused
    ["quote", "--department", "75", "--explain=1", "--json"],          # usage error
    ["--version", "--json"],
    ["help", "--json"],
    ["help", "quote", "--json", "--lang", "en"],
    ["quote", "--department", "75", "--procedure", "usd", "--json"],   # suggestion
    ["rates", "--date", "2027-01-15", "--json"],
    ["fiscal-power", "--energy", "EL", "--kw", "29", "--json"],
    ["fiscal-power", "--energy", "ES", "--kw", "92", "--co2", "120", "--first-registration", "2015-06-01", "--json", "--lang", "en"],
    ["fiscal-power", "--energy", "ES", "--kw", "92", "--first-registration", "2020-06-01", "--json"],
    ["rates", "--date", "2022-01-01", "--json", "--lang", "en"],
    ["next-change", "--department", "13", "--date", "2026-12-01", "--procedure", "import", "--genre", "VP", "--energy", "GO",
     "--cv", "8", "--co2", "150", "--cycle", "wltp", "--mass", "1900", "--first-registration", "2021-06-10", "--json"],
    ["documents", "--procedure", "import", "--date", "2026-06-01", "--origin", "eu", "--json"],
    ["deadline", "--procedure", "used", "--transfer-date", "2026-05-01", "--json"],
    ["deadline", "--procedure", "used", "--event-date", "2026-05-01", "--kind", "registration", "--json"],
]
failures = 0


def check(what, text):
    global failures
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        print(f"{what}: not JSON: {e}")
        failures += 1
        return
    errors = sorted(validator.iter_errors(value), key=lambda e: e.path)
    if errors:
        failures += 1
        print(f"{what}: {errors[0].message} at {list(errors[0].absolute_path)}")


for args in commands:
    out = subprocess.run(cli_command + args, capture_output=True).stdout.decode("utf-8")
    check(" ".join(args), out)

batch = ("id,department,date,procedure,genre,energy,cv,first-registration,vin\nA1,75,2026-06-01,used,VP,ES,7,2019-05-03,V1\n"
         "A2,99,2026-06-01,used,VP,ES,7,2019-05-03,V2\nA3,75,2026-06-01,used,VP,ES,x,2019-05-03,V3\nA4,75\n")
out = subprocess.run(cli_command + ["batch", "--pass-through"], input=batch.encode(), capture_output=True).stdout.decode("utf-8")
for n, line in enumerate(out.splitlines(), 1):
    check(f"batch line {n}", line)

# The schema refuses what it should: a string amount, a missing line, an unknown key, a bad evidence.
good = json.loads(subprocess.run(cli_command + used + ["--json"], capture_output=True).stdout.decode("utf-8"))
for name, mutate in [("string amount", lambda q: q.update(y6="49676")), ("missing line", lambda q: q.pop("y5")),
                     ("unknown key", lambda q: q.update(total=1)), ("bad evidence", lambda q: q["evidence"].update({"Y.1": "rumour"}))]:
    bad = json.loads(json.dumps(good))
    mutate(bad)
    if validator.is_valid(bad):
        print(f"the schema accepts a quote with a {name}")
        failures += 1

files = sorted(expected_dir.glob("*json*.txt"))
# The expected files hold placeholders for the version and the data vintage (run_cli.cmake): validated with
# sample values of the right form.
for f in files:
    text = f.read_text(encoding="utf-8")
    text = text.replace("@VERSION@", "1.0.0").replace("@DATA_VINTAGE@", "2027-01-01").replace("@DATA_VALID_UNTIL@", "2026-12-31")
    check(f.name, text)

print(f"{len(commands)} commands, {len(out.splitlines())} batch lines and {len(files)} expected files checked, {failures} invalid")
sys.exit(1 if failures else 0)
