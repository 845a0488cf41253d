#!/usr/bin/env bash
# The whole test suite: the browser page's WebAssembly build (its libraries first, from Debian's
# source packages), then the release build with warnings as errors, whose tests include the page's
# (label web), then the sanitizer build, each running every unit, golden, example and
# hostile-input test, then a minute of fuzzing (scripts/fuzz.sh). Run from anywhere (as root: the
# deb-src entry); needs the packages listed in scripts/packages-build.txt and scripts/packages-test.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
tests/tools/install.sh
scripts/build-deps-wasm.sh
cmake --workflow --preset wasm
cmake --workflow --preset ci
cmake --workflow --preset asan
scripts/fuzz.sh
