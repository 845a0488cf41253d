#!/usr/bin/env bash
# The release artifacts (scripts/package.sh) checked where their users run them
# (tests/packaging: the static binary in an empty chroot, the .exe and the golden suite under wine,
# the .deb installed and passed by lintian, the Action installing the archive). Needs the packages
# of `scripts/install-deps.sh --release` (or --test) and a built build/ci (scripts/test-all.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
if command -v ccache >/dev/null; then export CMAKE_CXX_COMPILER_LAUNCHER=ccache; fi
scripts/package.sh
python3 tests/packaging/run_packaging.py --dist dist --source . --iipcase build/ci/iipcase
