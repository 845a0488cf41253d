#!/usr/bin/env python3
"""Checks the bundled examples with the real binary: every examples/*.yaml is valid with no
finding at all; every examples/invalid/*.yaml is invalid; together the invalid ones raise every
per-file code of the registry (schemas/explain.yaml) that a parseable case can raise (file.*, yaml.* and batch.* are
covered by tests/golden and tests/hostile). Closes with an 'N passed, N failed' line."""
import argparse
import glob
import json
import os
import subprocess
import sys

import registry


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

    raised = set()
    for path in sorted(glob.glob(os.path.join(args.examples, "invalid", "*.yaml"))):
        status, report = check(args.iipcase, path)
        raised |= {d["code"] for d in report["files"][0]["diagnostics"]}
        verdict(status == 1, f"{path}: invalid")
    codes = registry.codes()
    wanted = [c for c in codes if not c.startswith(("file.", "yaml.", "batch."))]
    missing = [c for c in wanted if c not in raised]
    verdict(not missing, f"invalid examples raise every per-file code {missing or ''}")
    print(f"examples: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
