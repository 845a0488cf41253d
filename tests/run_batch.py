#!/usr/bin/env python3
"""Runs each batch scenario under tests/batch/ through the real binary, in every report format,
and compares the findings of each file with the scenario's expected.json (written from the spec
by tests/batch/make_fixtures.py): exactly those findings, on exactly those files, in every
format; with --no-batch, only the per-file ones (a rank beyond the quota). A file given twice (or
given and found in its folder) is checked once. Closes with an 'N passed, N failed' line."""
import argparse
import json
import os
import subprocess
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tally import Tally  # noqa: E402
import report_formats  # noqa: E402

ENV = dict(os.environ, LC_ALL="C", NO_COLOR="1")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--iipcase", required=True)
    p.add_argument("--dir", required=True, help="tests/batch")
    args = p.parse_args()
    binary = os.path.abspath(args.iipcase)
    tally = Tally()
    verdict = tally.verdict

    proc = subprocess.run([sys.executable, os.path.join(args.dir, "make_fixtures.py"), "--check"],
                          capture_output=True, text=True)
    verdict(proc.returncode == 0, "fixtures are as make_fixtures.py writes them " + proc.stdout.strip())

    scenarios = sorted(d for d in os.listdir(args.dir) if os.path.isfile(os.path.join(args.dir, d, "expected.json")))
    verdict(len(scenarios) >= 10, f"{len(scenarios)} scenarios")
    for name in scenarios:
        where = os.path.join(args.dir, name)
        with open(os.path.join(where, "expected.json"), encoding="utf-8") as f:
            expected = {path: sorted(codes) for path, codes in json.load(f)["findings"].items()}
        status = 1 if expected else 0
        for fmt, read in report_formats.READERS.items():
            proc = subprocess.run([binary, "check", "--lang", "en", "--color", "never", "--format", fmt, "."],
                                  cwd=where, capture_output=True, text=True, env=ENV, timeout=120)
            try:
                found = read(proc.stdout)
            except (report_formats.FormatError, ValueError, KeyError) as error:
                found = f"unreadable: {error}"
            ok = proc.returncode == status and found == expected
            detail = "" if ok else f" (exit {proc.returncode}, want {status}; found {found}, want {expected})"
            verdict(ok, f"{name} --format {fmt}: {sum(map(len, expected.values()))} findings{detail}")
        proc = subprocess.run([binary, "check", "--no-batch", "--format", "json", "."], cwd=where,
                              capture_output=True, text=True, env=ENV, timeout=120)
        found = report_formats.from_json(proc.stdout)
        own = {path: codes for path, codes in ((p, [c for c in cs if not c.startswith("batch.")])
                                               for p, cs in expected.items()) if codes}
        verdict(proc.returncode == (1 if own else 0) and found == own,
                f"{name} --no-batch: only the per-file findings {own} (found {found})")

    # A file given twice, or given and found in its folder, is checked once: no duplicate of
    # itself, no eleventh case of a province that has ten.
    where = os.path.join(args.dir, "province-at-quota")
    cases = sorted(f for f in os.listdir(where) if f.endswith(".yaml"))
    proc = subprocess.run([binary, "check", "--format", "json", ".", cases[0], "./" + cases[1], cases[0], "."],
                          cwd=where, capture_output=True, text=True, env=ENV, timeout=120)
    report = json.loads(proc.stdout)
    paths = [f["path"] for f in report["files"]]
    verdict(proc.returncode == 0 and len(paths) == len(cases) == 10 and not report_formats.from_json(proc.stdout),
            f"province-at-quota, files given twice: each checked once, no finding ({len(paths)} files)")
    print(tally.closing("batch"))
    return 1 if tally.failed else 0


if __name__ == "__main__":
    sys.exit(main())
