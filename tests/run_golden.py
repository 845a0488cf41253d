#!/usr/bin/env python3
"""Golden runner: checks every case file in a folder with the real iipcase binary.

For each file NAME (any extension but .expect, .txt, .json, .md):
  * the findings declared in `# expect: <code> <path> <line>` comment lines (or, for files
    that cannot hold a comment, in NAME.expect) must be exactly the findings reported;
    no declaration means no finding at all;
  * the exit status must be 1 when an error is expected, else 0;
  * the reports must equal NAME.expected.json (en), NAME.expected.en.txt and
    NAME.expected.zh.txt;
  * every report, and for files about odd characters (credit-code.format--*, field.full-width--*,
    field.format--phone-*) every other format in both languages too, is valid UTF-8 without raw
    control characters other than line breaks and tabs, whatever bytes the file held. `--update` (or IIPCASE_UPDATE_GOLDEN=1) rewrites these three:
    read the diff before committing.
Then the folder as a whole must cover the registry of codes (schemas/explain.yaml): every code
but batch.* (a golden file is checked alone) and file.* (byte-level inputs: tests/hostile) has a
file named after it that declares it (CODE.yaml or CODE--VARIANT.yaml) and a near miss
(ok--CODE--VARIANT.yaml) that does not; a file named after a code that is not in the registry,
or not declaring its code, is a failure too.
Prints one line per failure and a closing 'N passed, N failed' line.
"""
import argparse
import collections
import concurrent.futures
import json
import os
import re
import subprocess
import sys

import registry

EXPECT = re.compile(rb"^#\s*expect:\s*(\S+)\s+(\S+)\s+(\S+)\s*$", re.M)
SKIP_SUFFIXES = (".expect", ".txt", ".json", ".md", ".py")  # and dotfiles
ODD_CHARACTER_FILES = ("credit-code.format--", "field.full-width--", "field.format--phone-")
OTHER_FORMATS = ("markdown", "github", "sarif", "junit")
RAW_CONTROL = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]")


def printable_problem(output):
    """Why output is not valid UTF-8 free of raw control characters, or None."""
    try:
        output.decode("utf-8", errors="strict")
    except UnicodeDecodeError as e:
        return f"invalid UTF-8 at byte {e.start}"
    m = RAW_CONTROL.search(output)
    return f"raw control character {output[m.start():m.start() + 1]!r} at byte {m.start()}" if m else None


def expectations(path):
    sidecar = path + ".expect"
    if os.path.exists(sidecar):
        with open(sidecar, "rb") as f:
            text = b"\n".join(b"# expect: " + line for line in f.read().splitlines() if line.strip())
    else:
        with open(path, "rb") as f:
            text = f.read(64 * 1024)
    return collections.Counter(tuple(part.decode() for part in m.groups()) for m in EXPECT.finditer(text))


# Codes that no golden file can raise: the checks across files (golden files are checked one at
# a time, --no-batch) and the byte-level file.* findings, which tests/hostile makes and checks.
NOT_IN_GOLDEN = ("batch.", "file.")


def found_in(report):
    """The findings of a one-file JSON report as a multiset of (code, path, line)."""
    found = collections.Counter()
    for d in report["files"][0]["diagnostics"]:
        found[(d["code"], d["path"] or "-", str(d["line"]) if d["line"] else "-")] += 1
    return found


def case_name(name):
    """NAME without its extension: the part that names a code."""
    return name.rsplit(".", 1)[0] if name.endswith((".yaml", ".yml")) else name


def coverage(codes, declared):
    """Failures of the folder as a whole: `declared` maps each file name to the codes it declares."""
    problems = []
    triggers, near_misses = collections.defaultdict(list), collections.defaultdict(list)
    for name, found in declared.items():
        stem = case_name(name)
        if stem.startswith("valid--"):
            continue
        near = stem.startswith("ok--")
        code = (stem[len("ok--"):] if near else stem).split("--")[0]
        if code not in codes:
            problems.append(f"{name}: named after {code}, which is not a code of the registry")
        elif near and code in found:
            problems.append(f"{name}: a near miss of {code} declares {code}")
        elif not near and code not in found:
            problems.append(f"{name}: named after {code} but does not declare it")
        else:
            (near_misses if near else triggers)[code].append(name)
    for code in codes:
        if code.startswith(NOT_IN_GOLDEN):
            continue
        if not triggers[code]:
            problems.append(f"{code}: no golden file triggers it ({code}.yaml or {code}--VARIANT.yaml)")
        if not near_misses[code]:
            problems.append(f"{code}: no near miss (ok--{code}--VARIANT.yaml)")
    return problems


def run(binary, name, cwd, *args):
    env = dict(os.environ, LC_ALL="C", NO_COLOR="1")
    proc = subprocess.run([binary, "check", "--no-batch", "--color", "never", *args, name],
                          cwd=cwd, env=env, capture_output=True, timeout=60)
    return proc.returncode, proc.stdout, proc.stderr


def check_one(binary, folder, name, update, declared):
    problems = []
    status, out, err = run(binary, name, folder, "--format", "json", "--lang", "en")
    try:
        report = json.loads(out)
    except ValueError:
        return [f"{name}: not JSON (status {status}): {err.decode(errors='replace')[:300]}"]
    found = found_in(report)
    expected = expectations(os.path.join(folder, name))
    declared[name] = {code for code, _, _ in expected}
    for item in sorted((expected - found).elements()):
        problems.append(f"{name}: expected {' '.join(item)}, not reported")
    for item in sorted((found - expected).elements()):
        problems.append(f"{name}: reported {' '.join(item)}, not expected")
    errors = report["summary"]["errors"]
    if status != (1 if errors else 0):
        problems.append(f"{name}: exit status {status} with {errors} errors")

    outputs = {".expected.json": out}
    for lang in ("en", "zh"):
        outputs[f".expected.{lang}.txt"] = run(binary, name, folder, "--lang", lang)[1]
    checked = dict(outputs)
    if name.startswith(ODD_CHARACTER_FILES):
        for fmt in OTHER_FORMATS:
            for lang in ("en", "zh"):
                checked[f" --format {fmt} --lang {lang}"] = run(binary, name, folder, "--format", fmt, "--lang", lang)[1]
    for what, actual in checked.items():
        if (problem := printable_problem(actual)):
            problems.append(f"{name}: report{what}: {problem}")
    for suffix, actual in outputs.items():
        golden = os.path.join(folder, name + suffix)
        if update:
            with open(golden, "wb") as f:
                f.write(actual)
        elif not os.path.exists(golden):
            problems.append(f"{name}: no {name + suffix} (run with --update and read it)")
        else:
            with open(golden, "rb") as f:
                if f.read() != actual:
                    problems.append(f"{name}: output differs from {name + suffix}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iipcase", required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--update", action="store_true", default=os.environ.get("IIPCASE_UPDATE_GOLDEN") == "1")
    parser.add_argument("--jobs", type=int, default=1, help="files checked at once (a slow runner such as wine)")
    args = parser.parse_args()
    args.iipcase = os.path.abspath(args.iipcase)
    names = sorted(n for n in os.listdir(args.dir)
                   if os.path.isfile(os.path.join(args.dir, n)) and not n.startswith(".")
                   and not n.endswith(SKIP_SUFFIXES))
    passed = failed = 0
    declared = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda name: check_one(args.iipcase, args.dir, name, args.update, declared), names))
    for problems in results:
        for p in problems:
            print("FAIL", p)
        failed += bool(problems)
        passed += not problems
    problems = coverage(registry.codes(), declared)
    for p in problems:
        print("FAIL", p)
    print(("FAIL " if problems else "ok   ") + "every code has a golden file that triggers it and a near miss")
    failed += bool(problems)
    passed += not problems
    print(f"golden: {passed} passed, {failed} failed")
    return 1 if failed or not names else 0


if __name__ == "__main__":
    sys.exit(main())
