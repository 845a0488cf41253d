#!/usr/bin/env bash
# Installs what iipcase needs from Debian/Ubuntu packages, as root or through sudo:
#   scripts/install-deps.sh            to build (packages-build.txt)
#   scripts/install-deps.sh --release  also to make the release artifacts: mingw-w64, wine, lintian,
#                                      emscripten …
#                                      (packages-release.txt; scripts/package.sh)
#   scripts/install-deps.sh --test     everything the whole test suite needs, the release checks
#                                      included: also clang and its fuzzing runtime, Node.js and npm
#                                      for the test tools (packages-test.txt)
set -euo pipefail
cd "$(dirname "$0")"
as_root=()
[ "$(id -u)" = 0 ] || as_root=(sudo)
install() {
  xargs -a "$1" "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends >/dev/null
}
"${as_root[@]}" apt-get update -qq
install packages-build.txt
case "${1:-}" in
  --release) install packages-release.txt ;;
  --test)
    install packages-release.txt
    install packages-test.txt
    # Machines that already have Node.js with npm (e.g. from NodeSource) keep theirs.
    command -v npm >/dev/null ||
      "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
    ;;
  "") ;;
  *) echo "install-deps.sh: unknown option $1 (--release, --test)" >&2; exit 2 ;;
esac
echo "iipcase: packages installed"
