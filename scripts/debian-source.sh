#!/usr/bin/env bash
# Fetches the source of a Debian package into a folder: `scripts/debian-source.sh PACKAGE DEST`.
# Adds a deb-src entry for the archive the machine already uses (once), runs `apt-get update`
# (once per machine boot), and unpacks the source into DEST/PACKAGE (kept when already there).
# Used to build yaml-cpp and re2 for Windows (mingw-w64) and WebAssembly (emscripten), for which
# Debian ships no binary packages. Needs root (or sudo) for apt's configuration, and dpkg-dev.
set -euo pipefail
package=$1
dest=$2
mkdir -p "$dest"
dest=$(cd "$dest" && pwd)
[ -d "$dest/$package" ] && exit 0
sudo=""
[ "$(id -u)" = 0 ] || sudo=sudo
list=/etc/apt/sources.list.d/iipcase-deb-src.sources
if [ ! -f "$list" ]; then
  # The same archives as the binary packages, as deb-src (Debian 12's deb822 .sources files).
  sed -n 's/^Types: deb$/Types: deb-src/p; /^URIs:/p; /^Suites:/p; /^Components:/p; /^Signed-By:/p; /^$/p' \
    /etc/apt/sources.list.d/*.sources | $sudo tee "$list.tmp" >/dev/null
  if ! grep -q '^Types: deb-src' "$list.tmp" && [ -f /etc/apt/sources.list ]; then
    # An older machine with a one-line sources.list.
    grep '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' | $sudo tee "$list.tmp" >/dev/null
    list=/etc/apt/sources.list.d/iipcase-deb-src.list
  fi
  $sudo mv "$list.tmp" "$list"
  rm -f /tmp/iipcase-apt-updated
fi
if [ ! -f /tmp/iipcase-apt-updated ]; then
  $sudo apt-get update -qq
  touch /tmp/iipcase-apt-updated
fi
work=$(mktemp -d "$dest/.fetch-XXXXXX")
(cd "$work" && apt-get source -qq "$package" >/dev/null)
src=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -n 1)
mv "$src" "$dest/$package"
rm -rf "$work"
echo "iipcase: $package source in $dest/$package"
