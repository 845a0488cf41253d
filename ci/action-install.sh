#!/usr/bin/env bash
# The GitHub Action's first step: use the iipcase on PATH, or build this checkout of iipcase
# (Debian/Ubuntu packages, no downloads during the build) and put it on PATH for later steps.
set -euo pipefail
if command -v iipcase >/dev/null 2>&1; then
  echo "iipcase: using $(command -v iipcase) ($(iipcase --version))"
  exit 0
fi
source_dir="${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd)}"
work="${RUNNER_TEMP:-${TMPDIR:-/tmp}}"
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
"${as_root[@]}" "$source_dir/scripts/install-deps.sh"
cmake -S "$source_dir" -B "$work/iipcase-build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DIIPCASE_BUILD_TESTS=OFF
cmake --build "$work/iipcase-build"
cmake --install "$work/iipcase-build" --prefix "$work/iipcase"
echo "$work/iipcase/bin" >> "${GITHUB_PATH:-/dev/null}"
"$work/iipcase/bin/iipcase" --version
