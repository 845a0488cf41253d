#!/usr/bin/env python3
"""Runs the examples in README.md and compares their output: each ```console block after a
`<!-- readme-example -->` line starts with `$ iipcase ARGS`, run from the repository root, and
the rest of the block is its exact standard output. Closes with an 'N passed, N failed' line."""
import argparse
import os
import re
import shlex
import subprocess
import sys

BLOCK = re.compile(r"<!-- readme-example -->\n```console\n\$ iipcase ([^\n]*)\n(.*?)```\n", re.S)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--iipcase", required=True)
    p.add_argument("--root", required=True)
    args = p.parse_args()
    with open(os.path.join(args.root, "README.md"), encoding="utf-8") as f:
        blocks = BLOCK.findall(f.read())
    passed = failed = 0
    for command, expected in blocks:
        proc = subprocess.run([args.iipcase, *shlex.split(command)], cwd=args.root, capture_output=True,
                              env=dict(os.environ, LC_ALL="C", NO_COLOR="1"), timeout=60)
        actual = proc.stdout.decode("utf-8")
        ok = actual == expected
        print(("ok   " if ok else "FAIL ") + "iipcase " + command)
        if not ok:
            print(actual)
        passed += ok
        failed += not ok
    print(f"readme: {passed} passed, {failed} failed")
    return 0 if blocks and not failed else 1


if __name__ == "__main__":
    sys.exit(main())
