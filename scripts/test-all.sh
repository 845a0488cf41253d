#!/usr/bin/env bash
# The whole test suite: release build with warnings as errors, then the sanitizer build, each
# running every unit, golden, example and hostile-input test, then a minute of fuzzing
# (scripts/fuzz.sh), then the release artifacts (scripts/package.sh) checked where their users
# run them (tests/packaging: the static binary in an empty chroot, the .exe under wine, the .deb
# installed and with lintian). Run from anywhere; needs the packages that
# `scripts/install-deps.sh --test` installs.
set -euo pipefail
cd "$(dirname "$0")/.."
tests/tools/install.sh
# ccache, when there, lets the release builds reuse the ci build's objects.
if command -v ccache >/dev/null; then export CMAKE_CXX_COMPILER_LAUNCHER=ccache; fi
cmake --workflow --preset ci
cmake --workflow --preset asan
scripts/fuzz.sh
scripts/package.sh
python3 tests/packaging/run_packaging.py --dist dist --source . --iipcase build/ci/iipcase
