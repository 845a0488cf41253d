#!/usr/bin/env bash
# The GitHub Action's first step: puts iipcase on PATH for the later steps.
#   IIPCASE_VERSION  "" (default): the release of this action's own version; X.Y.Z: that release;
#                    "source": build this checkout (Debian/Ubuntu packages, no downloads in the build);
#                    "installed": the iipcase already on PATH (an earlier step, the runner's image).
# A release archive is downloaded for the runner (Linux x64: the static binary; Windows x64: the
# .exe) from IIPCASE_RELEASE_URL (default: the releases of IIPCASE_REPOSITORY, the action's own
# repository), and its SHA-256 is checked against the release's SHA256SUMS before it is unpacked.
set -euo pipefail
source_dir="${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd)}"
work="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/iipcase"
version="${IIPCASE_VERSION:-}"
own_version=$(sed -n 's/^project(iipcase VERSION \([0-9.]*\).*/\1/p' "$source_dir/CMakeLists.txt")

if [ "$version" = installed ]; then
  command -v iipcase >/dev/null || { echo "::error::iipcase: version: installed, but no iipcase on PATH" >&2; exit 1; }
  echo "iipcase: using $(command -v iipcase)"
  iipcase --version
  exit 0
fi
if [ "$version" = source ]; then
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  "${as_root[@]}" "$source_dir/scripts/install-deps.sh"
  cmake -S "$source_dir" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DIIPCASE_BUILD_TESTS=OFF
  cmake --build "$work/build"
  cmake --install "$work/build" --prefix "$work/installed"
  echo "$work/installed/bin" >> "${GITHUB_PATH:-/dev/null}"
  "$work/installed/bin/iipcase" --version
  exit 0
fi

version="${version:-$own_version}"
version="${version#v}"
case "${RUNNER_OS:-$(uname -s)}-${RUNNER_ARCH:-$(uname -m)}" in
  Linux-X64 | Linux-x86_64) archive="iipcase-$version-linux-x86_64.tar.gz" program=iipcase ;;
  Windows-X64 | MINGW*-x86_64 | MSYS*-x86_64) archive="iipcase-$version-windows-x86_64.zip" program=iipcase.exe ;;
  *)
    echo "::error::iipcase: no release archive for ${RUNNER_OS:-$(uname -s)} ${RUNNER_ARCH:-$(uname -m)}; use version: source" >&2
    exit 1
    ;;
esac
base="${IIPCASE_RELEASE_URL:-https://github.com/${IIPCASE_REPOSITORY:-${GITHUB_ACTION_REPOSITORY:-iipcase/iipcase}}/releases/download/v$version}"
rm -rf "$work/download" "$work/release"
mkdir -p "$work/download" "$work/release"
for file in SHA256SUMS "$archive"; do
  curl --fail --silent --show-error --location --retry 3 --output "$work/download/$file" "$base/$file"
done
# Only the archive's line of SHA256SUMS; a missing line or a wrong sum stops here.
grep -E "^[0-9a-f]{64}  $archive\$" "$work/download/SHA256SUMS" > "$work/download/expected" || {
  echo "::error::iipcase: $archive is not listed in the release's SHA256SUMS" >&2
  exit 1
}
(cd "$work/download" && sha256sum --check --quiet expected) || {
  echo "::error::iipcase: $archive does not match its SHA-256 in SHA256SUMS" >&2
  exit 1
}
case "$archive" in
  *.tar.gz) tar -xzf "$work/download/$archive" -C "$work/release" ;;
  *.zip) unzip -q "$work/download/$archive" -d "$work/release" ;;
esac
dir="$work/release/${archive%.tar.gz}"
dir="${dir%.zip}"
echo "$dir" >> "${GITHUB_PATH:-/dev/null}"
echo "iipcase: release $version ($archive, SHA-256 checked)"
"$dir/$program" --version
