#!/usr/bin/env bash
# Installs the test-only tools from the npm registry into tests/tools/node_modules (pinned by
# package-lock.json): the official SARIF validator, ajv-cli, sourcemeta's jsonschema and
# yaml-language-server.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
# npm 11 no longer runs this package's postinstall (chmod) by default.
chmod u+x node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
