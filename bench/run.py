#!/usr/bin/env python3
"""Benchmark: iipcase check beside the yaml-cpp floor and three JSON Schema validators.

    bench/install-peers.sh            # once: the peers (npm into bench/peers, Debian packages)
    python3 bench/run.py [--sizes 1,1000,10000] [--reps 5] [--build build/release]

Builds iipcase and iipcase_floor in --build (a configured release build), writes the corpora
with make_corpus.py into --work, checks that every tool accepts every file, then times the
tools in alternating order, --reps times each, and prints one table of medians: wall-clock
time (ten times as many runs for one file), CPU time (user + system), peak memory (GNU time's maximum resident set size), and the
ratios of wall-clock time to the floor (b) and to sourcemeta's jsonschema (c). Numbers are
printed, never asserted.
"""
import argparse
import json
import os
import re
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PEERS = os.path.join(HERE, "peers", "node_modules")
SOURCEMETA = os.path.join(PEERS, "@sourcemeta", "jsonschema", "build", "github-releases", "jsonschema-linux-x86_64")
AJV = os.path.join(PEERS, "ajv-cli", "dist", "index.js")
DEBIAN_PYTHON = "/usr/bin/python3"  # Debian's python3-jsonschema and python3-yaml
GNU_TIME = "/usr/bin/time"


def tools(args, size, target):
    """(label, command) of each tool for one corpus; target is a file (size 1) or a folder."""
    iipcase = os.path.join(args.build, "iipcase")
    listed = [(f"(a) iipcase check --jobs {jobs}", [iipcase, "check", "--jobs", str(jobs), target])
              for jobs in ((1,) if size == 1 else (1, 2))]
    listed += [
        ("(b) floor: yaml-cpp YAML::Load", [os.path.join(args.build, "iipcase_floor"), target]),
        ("(c) sourcemeta jsonschema", [SOURCEMETA, "validate", "--fast", args.schema, target]),
        ("(d) ajv-cli", ["node", AJV, "validate", "--spec=draft7", "--errors=no", "-s", args.schema,
                         "-d", target if size == 1 else os.path.join(target, "*.yaml")]),
        ("(e) Python jsonschema + PyYAML", [DEBIAN_PYTHON, os.path.join(HERE, "py_validate.py"), args.schema, target]),
    ]
    return listed


def peer_schema(args):
    """The schema the peers get: the exported one, or, where sourcemeta refuses it, a copy
    without the patterns it refuses. sourcemeta 16.11 rejects the length patterns over about
    500 repetitions ("{1,3000}") as too large; dropping them only makes the peers' work
    lighter, so the comparison stays fair to them."""
    sample = os.path.join(HERE, "..", "examples", "smart-manufacturing.yaml")
    if subprocess.run([SOURCEMETA, "validate", "--fast", args.schema, sample], capture_output=True).returncode == 0:
        return args.schema
    def without_long_patterns(node):
        if isinstance(node, dict):
            pattern = node.get("pattern", "")
            if any(int(n) > 500 for n in re.findall(r"\{\d*,(\d+)\}", pattern)):
                node = {k: v for k, v in node.items() if k != "pattern"}
            return {k: without_long_patterns(v) for k, v in node.items()}
        return [without_long_patterns(v) for v in node] if isinstance(node, list) else node
    with open(args.schema, encoding="utf-8") as f:
        schema = without_long_patterns(json.load(f))
    derived = os.path.join(args.work, "peer-schema.json")
    os.makedirs(args.work, exist_ok=True)
    with open(derived, "w", encoding="utf-8") as f:
        json.dump(schema, f, ensure_ascii=False, indent=1)
    args.note = (f"sourcemeta refuses {os.path.relpath(args.schema, ROOT)}: all peers get "
                 f"{os.path.relpath(derived, ROOT)}, the same without its patterns over 500 repetitions.")
    return derived


def build(args):
    if not os.path.exists(os.path.join(args.build, "build.ninja")) and not os.path.exists(
            os.path.join(args.build, "Makefile")):
        sys.exit(f"{args.build} is not a configured build: run `cmake --preset release` first")
    subprocess.run(["cmake", "--build", args.build, "--target", "iipcase", "iipcase_floor"], check=True,
                   stdout=subprocess.DEVNULL)


def corpus(args, size):
    folder = os.path.join(args.work, f"corpus-{size}")
    marker = os.path.join(folder, ".complete")
    if not os.path.exists(marker):
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run([sys.executable, os.path.join(HERE, "make_corpus.py"), str(size), folder], check=True)
        open(marker, "w").close()
    if size == 1:
        return os.path.join(folder, sorted(n for n in os.listdir(folder) if n.endswith(".yaml"))[0])
    return folder


def timed(command):
    """(wall-clock seconds, CPU seconds: user + system) of one run, output discarded; None when
    it fails. CPU time hardly grows when other work shares the machine; wall-clock time does."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    return (elapsed, usage.ru_utime + usage.ru_stime) if proc.returncode == 0 else None


def peak_memory_mb(command):
    """Maximum resident set size in MiB, measured by GNU time: a child forked by this Python
    process would count the parent's memory in its own ru_maxrss."""
    with tempfile.NamedTemporaryFile("r") as out:
        subprocess.run([GNU_TIME, "-q", "-f", "%M", "-o", out.name, *command],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return int(out.read().split()[-1]) / 1024


def measure(args, size, target):
    listed = tools(args, size, target)
    usable = []
    for label, command in listed:
        proc = subprocess.run(command, capture_output=True)  # also warms the file cache
        if proc.returncode != 0:
            detail = (proc.stderr or proc.stdout).decode(errors="replace").strip().splitlines()
            print(f"  {label}: FAILED (exit {proc.returncode}): {' | '.join(detail[-3:])[:300]}", file=sys.stderr)
            continue
        usable.append((label, command))
    times = {label: [] for label, _ in usable}
    # A one-file run takes milliseconds, where a scheduler hiccup shows: ten times the runs.
    for rep in range(args.reps * (10 if size == 1 else 1)):
        shift = rep % len(usable)  # alternate the order so that no tool always runs first
        for label, command in usable[shift:] + usable[:shift]:
            result = timed(command)
            if result is not None:
                times[label].append(result)
    return [(label, statistics.median(t[0] for t in times[label]), statistics.median(t[1] for t in times[label]),
             peak_memory_mb(command))
            for label, command in usable if times[label]]


def shown(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def table(rows_by_size):
    lines = ["| files | tool | wall (median) | CPU (median) | peak memory | wall ÷ floor (b) | wall ÷ sourcemeta (c) |",
             "|---:|---|---:|---:|---:|---:|---:|"]
    for size, rows in rows_by_size:
        by_label = {label[:3]: seconds for label, seconds, _, _ in rows}
        floor, peer = by_label.get("(b)"), by_label.get("(c)")
        for label, seconds, cpu, memory in rows:
            ratio = lambda base: f"{seconds / base:.2f}×" if base else "–"  # noqa: E731
            lines.append(f"| {size:,} | {label} | {shown(seconds)} | {shown(cpu)} | {memory:.1f} MiB "
                         f"| {ratio(floor)} | {ratio(peer)} |")
    return "\n".join(lines)


def machine():
    model = ""
    try:
        with open("/proc/cpuinfo") as f:
            model = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), "")
    except OSError:
        pass
    return f"{os.cpu_count()} cores ({model or platform.machine()}), {platform.system()} {platform.release()}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,1000,10000")
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--build", default=os.path.join(ROOT, "build", "release"))
    parser.add_argument("--work", default=os.path.join(ROOT, "build", "bench"))
    parser.add_argument("--schema", default=os.path.join(ROOT, "schemas", "iip-case-2021.schema.json"))
    args = parser.parse_args()
    args.note = ""
    for needed in (SOURCEMETA, AJV, DEBIAN_PYTHON, GNU_TIME, args.schema):
        if not os.path.exists(needed):
            sys.exit(f"missing {needed}: run bench/install-peers.sh (and build the schema) first")
    build(args)
    args.schema = peer_schema(args)
    rows_by_size = []
    for size in (int(s) for s in args.sizes.split(",")):
        print(f"{size} files …", file=sys.stderr)
        rows_by_size.append((size, measure(args, size, corpus(args, size))))
    print(f"Machine: {machine()}; load average {os.getloadavg()[0]:.1f} at the end; "
          f"{args.reps} alternating repetitions, medians.")
    print(f"Command: python3 bench/run.py --sizes {args.sizes} --reps {args.reps}")
    print(f"Schema: {args.note or os.path.relpath(args.schema, ROOT)}\n")
    print(table(rows_by_size))
    return 0


if __name__ == "__main__":
    sys.exit(main())
