#!/usr/bin/env bash
# The browser page: its libraries for WebAssembly from Debian's source packages, the wasm preset,
# then the page's tests (ctest label web: the engine under Node.js against the golden reports, and
# headless Chromium driving the page). Needs a built build/ci (scripts/test-all.sh) and the
# packages of `scripts/install-deps.sh --test`. Not yet part of CI's run: RE2 for WebAssembly is
# still to be built and checked (see the README's "In the browser").
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build-deps-wasm.sh
cmake --workflow --preset wasm
ctest --test-dir build/ci -L web --output-on-failure
