#!/usr/bin/env python3
"""Checks the bundled examples with the real binary: every examples/*.yaml is valid with no
finding at all; every examples/invalid/*.yaml is invalid and reports exactly the findings its
`# expect: <code> <path> <line>` lines declare (as in tests/golden). That every code is raised
somewhere is tests/golden's check (run_golden.py), so a new code needs no new example.
Closes with an 'N passed, N failed' line."""
import argparse
import glob
import json
import os
import subprocess
import sys

from run_golden import expectations, found_in


def check(binary, path):
    proc = subprocess.run([binary, "check", "--format", "json", "--lang", "en", "--no-batch", path],
                          capture_output=True, timeout=60, env=dict(os.environ, LC_ALL="C"))
    return proc.returncode, json.loads(proc.stdout)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--iipcase", required=True)
    p.add_argument("--examples", required=True)
    args = p.parse_args()
    passed = failed = 0

    def verdict(ok, what):
        nonlocal passed, failed
        print(("ok   " if ok else "FAIL ") + what)
        passed += ok
        failed += not ok

    valid = sorted(glob.glob(os.path.join(args.examples, "*.yaml")))
    verdict(len(valid) >= 6, f"{len(valid)} valid examples (one per mode at least)")
    for path in valid:
        status, report = check(args.iipcase, path)
        findings = [d["code"] for d in report["files"][0]["diagnostics"]]
        verdict(status == 0 and not findings, f"{path}: valid, no finding {findings or ''}")

    for path in sorted(glob.glob(os.path.join(args.examples, "invalid", "*.yaml"))):
        status, report = check(args.iipcase, path)
        verdict(status == 1, f"{path}: invalid")
        found, expected = found_in(report), expectations(path)
        unexpected = sorted((found - expected).elements())
        unreported = sorted((expected - found).elements())
        verdict(bool(expected) and found == expected,
                f"{path}: the findings its # expect: lines declare"
                + (f" (reported, not declared: {unexpected})" if unexpected else "")
                + (f" (declared, not reported: {unreported})" if unreported else "")
                + ("" if expected else " (it declares none)"))
    print(f"examples: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
