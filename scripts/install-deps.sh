#!/usr/bin/env bash
# Installs what iipcase needs from Debian/Ubuntu packages (run as root). With --test, also what
# the whole test suite needs: clang and its fuzzing runtime, Node.js and npm for the test tools.
set -euo pipefail
cd "$(dirname "$0")"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
xargs -a packages-build.txt apt-get install -y -qq --no-install-recommends >/dev/null
if [ "${1:-}" = "--test" ]; then
  xargs -a packages-test.txt apt-get install -y -qq --no-install-recommends >/dev/null
  # Machines that already have Node.js with npm (e.g. from NodeSource) keep theirs.
  command -v npm >/dev/null || apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
echo "iipcase: packages installed"
