#!/usr/bin/env bash
# Fetches a Debian source package into a folder: debian-source.sh PACKAGE DEST.
# Ensures a deb-src entry for the same archives as the machine's deb entries (a file of our own,
# /etc/apt/sources.list.d/iipcase-src.sources, unless a deb-src entry is there already), runs apt-get update once (when the entry is new),
# then apt-get source into DEST. Idempotent: a package already unpacked in DEST is left as it is.
# Prints the path of the unpacked source tree. Needs root (for the entry) and dpkg-dev.
set -euo pipefail
package=${1:?usage: debian-source.sh PACKAGE DEST}
dest=${2:?usage: debian-source.sh PACKAGE DEST}
sources=/etc/apt/sources.list.d/iipcase-src.sources
mkdir -p "$dest"
dest=$(cd "$dest" && pwd)

find_tree() { find "$dest" -mindepth 1 -maxdepth 1 -type d -name "$package-*" | sort | tail -n 1; }
tree=$(find_tree)
if [ -n "$tree" ]; then echo "$tree"; exit 0; fi

# An entry of ours, or any deb-src entry the machine already has, will do.
have_src() { grep -qs -e '^Types:.*deb-src' -e '^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list; }
if ! have_src; then
  # The deb entries of the machine (deb822 .sources files), with their Types turned to deb-src.
  entries=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | sed -n '/^Types:/,/^$/p' | sed 's/^Types:.*/Types: deb-src/')
  if [ -z "$entries" ] && [ -f /etc/apt/sources.list ]; then
    entries=$(sed -n 's/^deb \(.*\)$/deb-src \1/p' /etc/apt/sources.list)
    sources=/etc/apt/sources.list.d/iipcase-src.list
  fi
  [ -n "$entries" ] || { echo "debian-source.sh: no Debian archive configured" >&2; exit 1; }
  printf '%s\n' "$entries" > "$sources"
  apt-get update -qq >&2
fi
# Lists not fetched yet (an entry added by another run that failed before its update): once more.
(cd "$dest" && apt-get source -qq "$package" >&2) || { apt-get update -qq >&2 && (cd "$dest" && apt-get source -qq "$package" >&2); }
tree=$(find_tree)
[ -n "$tree" ] || { echo "debian-source.sh: apt-get source $package unpacked nothing" >&2; exit 1; }
echo "$tree"
