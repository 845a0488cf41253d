#!/usr/bin/env python3
"""Hostile-input runner: every input gets its exact findings, in bounded time and 100 MB.

    run_hostile.py --iipcase BIN --work DIR [--dir DIR ...] [--sanitized]

Makes the inputs of make_hostile.py in DIR (a build folder: some are over 10 MiB), adds the
committed inputs of each --dir (fuzz regressions, with NAME.expect sidecars or `# expect:`
lines as tests/run_golden.py reads them), and runs `iipcase check --format json --no-batch`
on each. A run fails when it crashes, reports other findings than expected, exits other than
1 (an error expected) or 0, uses more than 100 MB (the child's ru_maxrss), or runs away: more
than 10 s of CPU time (user + system), ten times the 1 s every input is meant to take, so only a
blow-up fails and not a machine that is busy. The time itself is a measurement, not a test: the
closing lines print the slowest inputs' CPU time and peak memory (--verbose: every input's).
One that gives no answer in 60 s counts as hung. --sanitized (ASan/UBSan builds) keeps the
findings exact but only guards against hangs. Prints one line per failure and a closing
'N passed, N failed' line.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from run_golden import expectations  # noqa: E402

TIME_LIMIT_S = 10.0  # a runaway, not a slow machine: the target is 1 s (printed, not asserted)
MEMORY_LIMIT_MB = 100
HANG_LIMIT_S = 60  # no answer at all
SLOWEST_SHOWN = 5
GNU_TIME = "/usr/bin/time"  # Debian package time


def run_once(binary, path, extra, timeout):
    """(exit status or None on timeout, stdout, stderr, CPU seconds, peak MB) of one check of path.

    GNU time runs and measures the check: a child forked by this (larger) Python process would
    count the parent's memory in its own ru_maxrss."""
    env = dict(os.environ, LC_ALL="C", NO_COLOR="1")
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as peak:
        command = [GNU_TIME, "-q", "-f", "%U %S %M", "-o", peak.name,
                   binary, "check", "--format", "json", "--no-batch", "--lang", "en", *extra, path]
        try:
            status = subprocess.run(command, stdout=out, stderr=err, env=env, timeout=timeout).returncode
        except subprocess.TimeoutExpired:
            status = None
        out.seek(0)
        err.seek(0)
        measured = (peak.read().strip().splitlines() or [""])[-1].split()  # "user system kilobytes"
        if len(measured) != 3:
            return status, out.read(), err.read(), timeout, 0
        seconds, peak_mb = float(measured[0]) + float(measured[1]), int(measured[2]) / 1024
        return status, out.read(), err.read(), seconds, peak_mb


def check_one(binary, path, limits, measured, verbose=False):
    """The problems of one input's run; its (CPU seconds, peak MB, name) is added to measured."""
    name = os.path.basename(path)
    extra = []
    if os.path.exists(path + ".args"):
        with open(path + ".args", encoding="utf-8") as f:
            extra = f.read().split()
    time_limit, memory_limit = limits
    timeout = HANG_LIMIT_S
    status, out, err, seconds, peak_mb = run_once(binary, path, extra, timeout)
    measured.append((seconds, peak_mb, name))
    if verbose:
        print(f"{seconds:6.3f} s {peak_mb:6.1f} MB  {name}")
    if status is None:
        return [f"{name}: no answer in {timeout} s"]
    problems = []
    if time_limit is not None and seconds > time_limit:
        problems.append(f"{name}: ran away: {seconds:.2f} s of CPU time (limit {time_limit} s)")
    if memory_limit is not None and peak_mb > memory_limit:
        problems.append(f"{name}: peak memory {peak_mb:.0f} MB (limit {memory_limit} MB)")
    if status < 0 or status > 2:  # GNU time passes the status on; a signal is 128 + n
        return problems + [f"{name}: exit status {status}: {err.decode(errors='replace')[-400:]}"]
    try:
        report = json.loads(out)
    except ValueError:
        return problems + [f"{name}: not JSON (status {status}): {err.decode(errors='replace')[:300]}"]
    found = collections.Counter()
    for d in report["files"][0]["diagnostics"]:
        found[(d["code"], d["path"] or "-", str(d["line"]) if d["line"] else "-")] += 1
    expected = expectations(path)
    for item in sorted((expected - found).elements())[:5]:
        problems.append(f"{name}: expected {' '.join(item)[:200]}, not reported")
    for item in sorted((found - expected).elements())[:5]:
        problems.append(f"{name}: reported {' '.join(item)[:200]}, not expected")
    errors = report["summary"]["errors"]
    if status != (1 if errors else 0):
        problems.append(f"{name}: exit status {status} with {errors} errors")
    return problems


def inputs_in(folder):
    return sorted(os.path.join(folder, n) for n in os.listdir(folder)
                  if os.path.isfile(os.path.join(folder, n)) and not n.startswith(".")
                  and not n.endswith((".expect", ".args", ".md", ".py")))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iipcase", required=True)
    parser.add_argument("--work", required=True, help="folder for the generated inputs")
    parser.add_argument("--dir", action="append", default=[], help="a folder of committed inputs")
    parser.add_argument("--sanitized", action="store_true", help="a sanitizer build: no time or memory limit")
    parser.add_argument("--only", help="only inputs whose name contains this")
    parser.add_argument("--verbose", action="store_true", help="print the time and peak memory of each input")
    args = parser.parse_args()
    subprocess.run([sys.executable, os.path.join(HERE, "make_hostile.py"), args.work], check=True,
                   stdout=subprocess.DEVNULL)
    paths = inputs_in(args.work) + [p for d in args.dir for p in inputs_in(d)]
    if args.only:
        paths = [p for p in paths if args.only in os.path.basename(p)]
    limits = (None, None) if args.sanitized else (TIME_LIMIT_S, MEMORY_LIMIT_MB)
    passed = failed = 0
    measured = []
    for path in paths:
        problems = check_one(os.path.abspath(args.iipcase), path, limits, measured, args.verbose)
        for p in problems:
            print("FAIL", p)
        failed += bool(problems)
        passed += not problems
    for seconds, peak_mb, name in sorted(measured, reverse=True)[:SLOWEST_SHOWN]:
        print(f"slowest: {seconds:6.3f} s CPU {peak_mb:6.1f} MB  {name}")
    if measured:
        print(f"most memory: {max(m[1] for m in measured):.1f} MB; all {len(measured)} inputs: "
              f"{sum(m[0] for m in measured):.1f} s of CPU time")
    print(f"hostile: {passed} passed, {failed} failed")
    return 1 if failed or not paths else 0


if __name__ == "__main__":
    sys.exit(main())
