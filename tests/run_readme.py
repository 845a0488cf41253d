#!/usr/bin/env python3
"""Runs the examples in README.md and compares their output: each ```console block after a
`<!-- readme-example -->` line starts with `$ iipcase ARGS`, run from the repository root, and
the rest of the block is its exact standard output. The table of diagnostic codes is the one
generated from the registry (tests/registry.py); IIPCASE_UPDATE_README=1 rewrites it. Closes
with an 'N passed, N failed' line."""
import argparse
import os
import re
import shlex
import subprocess
import sys

import registry

BLOCK = re.compile(r"<!-- readme-example -->\n```console\n\$ iipcase ([^\n]*)\n(.*?)```\n", re.S)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--iipcase", required=True)
    p.add_argument("--root", required=True)
    args = p.parse_args()
    readme = os.path.join(args.root, "README.md")
    with open(readme, encoding="utf-8") as f:
        text = f.read()
    blocks = BLOCK.findall(text)
    passed = failed = 0

    table = registry.markdown_table()
    begin, end = text.find(registry.TABLE_BEGIN), text.find(registry.TABLE_END)
    found = begin >= 0 and end > begin
    current = text[begin:end + len(registry.TABLE_END)] if found else None
    if found and current != table and os.environ.get("IIPCASE_UPDATE_README") == "1":
        with open(readme, "w", encoding="utf-8") as f:
            f.write(text[:begin] + table + text[end + len(registry.TABLE_END):])
        current = table
        print("rewrote the table of codes in README.md")
    ok = current == table
    print(("ok   " if ok else "FAIL ") + "README.md's table of codes is the registry's (schemas/explain.yaml)")
    if not ok:
        print(table if found else "no table between its markers")
    passed += ok
    failed += not ok
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
