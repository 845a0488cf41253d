#!/usr/bin/env bash
# The release artifacts (scripts/package.sh) checked where their users run them: the static
# binary in an empty chroot, the .exe and the golden suite under wine, the .deb installed and
# passed by lintian, the Action installing the archive, the page's engine from its zip
# (tests/packaging/run_packaging.py), and the page itself (ctest label web: the engine under
# Node.js against the golden reports, headless Chromium driving the page). Needs the packages of
# `scripts/install-deps.sh --test` and a built build/ci (scripts/test-all.sh runs this last).
set -euo pipefail
cd "$(dirname "$0")/.."
if command -v ccache >/dev/null; then export CMAKE_CXX_COMPILER_LAUNCHER=ccache; fi
step() { echo "test-release.sh: $1 done after $SECONDS s"; }
scripts/package.sh
step "scripts/package.sh"
python3 tests/packaging/run_packaging.py --dist dist --source . --iipcase build/ci/iipcase
step "tests/packaging"
# Here the page is built, so a skipped page test (no chromium, say) is a failure.
# -V: their output, the page's timing line among it, is part of the log.
ctest --test-dir build/ci -L web -V | tee build/ci/web-tests.log
if grep -q "Skipped" build/ci/web-tests.log; then echo "test-release.sh: a page test was skipped" >&2; exit 1; fi
step "the page's tests"
