#!/usr/bin/env python3
"""The Python peer: PyYAML and jsonschema, as check-jsonschema does it (one compiled validator,
every file loaded with yaml.safe_load and validated). Run with Debian's python3.

    py_validate.py SCHEMA FILE-OR-DIRECTORY...
"""
import json
import os
import sys

import jsonschema
import yaml


def files_of(paths):
    for path in paths:
        if not os.path.isdir(path):
            yield path
            continue
        for folder, _, names in sorted(os.walk(path)):
            yield from (os.path.join(folder, n) for n in sorted(names) if n.endswith((".yaml", ".yml")))


def main(argv):
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.validators.validator_for(schema)(schema)
    checked = invalid = 0
    for path in files_of(argv[2:]):
        with open(path, encoding="utf-8") as f:
            document = yaml.safe_load(f)  # the pure-Python loader, as most tools call it
        errors = list(validator.iter_errors(document))
        for error in errors[:3]:
            print(f"{path}: {error.message}", file=sys.stderr)
        checked += 1
        invalid += bool(errors)
    print(f"{checked} files, {invalid} invalid")
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
