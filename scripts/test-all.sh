#!/usr/bin/env bash
# The whole test suite: release build with warnings as errors, then the sanitizer build, each
# running every unit, golden, example and hostile-input test, then a minute of fuzzing
# (scripts/fuzz.sh), then the release artifacts built and checked where users run them, the
# browser page included (scripts/test-release.sh). Run from anywhere; needs the packages that
# `scripts/install-deps.sh --test` installs. Prints how long each stage took.
set -euo pipefail
cd "$(dirname "$0")/.."
tests/tools/install.sh
# ccache, when there, lets the release builds reuse the ci build's objects.
if command -v ccache >/dev/null; then export CMAKE_CXX_COMPILER_LAUNCHER=ccache; fi
stage() { echo "test-all.sh: $1 done after $SECONDS s"; }
cmake --workflow --preset ci
stage "preset ci"
cmake --workflow --preset asan
stage "preset asan"
scripts/fuzz.sh
stage "fuzzing"
scripts/test-release.sh
stage "release artifacts and the page"
