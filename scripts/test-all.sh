#!/usr/bin/env bash
# The whole test suite: release build with warnings as errors, then the sanitizer build, each
# running every unit, golden, example and hostile-input test, then a minute of fuzzing
# (scripts/fuzz.sh). Run from anywhere; needs the packages listed in
# scripts/packages-build.txt and scripts/packages-test.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
tests/tools/install.sh
cmake --workflow --preset ci
cmake --workflow --preset asan
scripts/fuzz.sh
