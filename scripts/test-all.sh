#!/usr/bin/env bash
# The whole test suite: release build with warnings as errors, then the sanitizer build, each
# running every unit, golden, example and hostile-input test, then a minute of fuzzing
# (scripts/fuzz.sh). Run from anywhere; needs the packages that `scripts/install-deps.sh --test`
# installs. The release artifacts are checked by scripts/test-release.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
tests/tools/install.sh
# ccache, when there, lets the release builds reuse the ci build's objects.
if command -v ccache >/dev/null; then export CMAKE_CXX_COMPILER_LAUNCHER=ccache; fi
cmake --workflow --preset ci
cmake --workflow --preset asan
scripts/fuzz.sh
