#!/usr/bin/env bash
# Installs the peers the benchmark compares against: sourcemeta's jsonschema and ajv-cli (npm,
# into bench/peers) and Python's jsonschema with PyYAML (Debian). Run once, as root, before run.py.
set -euo pipefail
cd "$(dirname "$0")"
npm install --prefix peers --no-audit --no-fund --loglevel=error @sourcemeta/jsonschema ajv-cli ajv-formats
if ! python3 -c 'import jsonschema, yaml' 2>/dev/null; then
  apt-get install -y -qq --no-install-recommends python3-jsonschema python3-yaml >/dev/null
fi
