"""The registry of diagnostic codes, as the Python test runners read it: the `codes:` list of
schemas/explain.yaml (the same file the build compiles in), in its order."""
import os

import yaml

SOURCE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXPLAIN = os.path.join(SOURCE_DIR, "schemas", "explain.yaml")


def entries(path=EXPLAIN):
    """Every entry of the registry: dicts with code, severity, summary, … in the file's order."""
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)["codes"]


def codes(path=EXPLAIN):
    """Every code, in the registry's order."""
    return [e["code"] for e in entries(path)]


TABLE_BEGIN = "<!-- codes: generated from schemas/explain.yaml; IIPCASE_UPDATE_README=1 ctest -R readme rewrites it -->\n"
TABLE_END = "<!-- end of codes -->\n"


def markdown_table(path=EXPLAIN):
    """README.md's table of codes: one row per code, in the registry's order, with its summary."""
    rows = ["| code | severity | what is wrong |\n", "|---|---|---|\n"]
    for e in entries(path):
        rows.append(f"| `{e['code']}` | {e['severity']} | {e['summary']['en']} |\n")
    return TABLE_BEGIN + "".join(rows) + TABLE_END
