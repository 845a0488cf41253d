#!/usr/bin/env bash
# Builds the release artifacts into dist/, as the release workflow does on a tag:
#   iipcase-VERSION-linux-x86_64.tar.gz    one static binary (preset linux-static), README, LICENSE,
#                                          the JSON Schema
#   iipcase-VERSION-windows-x86_64.zip     iipcase.exe (preset windows, mingw-w64), the same files
#   iipcase_VERSION_amd64.deb              the Debian package (preset deb, CPack)
#   iipcase-VERSION-web.zip                the browser page (preset wasm, emscripten), LICENSE: unzipped,
#                                          index.html opens from disk
#   SHA256SUMS
# `scripts/package.sh linux windows deb web` (the default: all) builds some of them. Needs the packages
# of scripts/packages-release.txt (scripts/install-deps.sh --release). The archives are
# reproducible: fixed owner, order and time (SOURCE_DATE_EPOCH, default the last commit's).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
version=$(sed -n 's/^project(iipcase VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
commit=${IIPCASE_COMMIT:-$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(linux windows deb web)
mkdir -p dist

# A folder in build/stage as a zip in dist/, reproducible (fixed times and order).
zip_stage() {
  local name=$1
  find "build/stage/$name" -exec touch -d "@$SOURCE_DATE_EPOCH" {} +
  rm -f "dist/$name.zip"
  (cd build/stage && find "$name" | sort | zip -q -X -@ "$root/dist/$name.zip")
}

# The files every archive holds beside the program.
stage() {
  local dir=$1
  rm -rf "$dir"
  mkdir -p "$dir"
  cp README.md LICENSE schemas/iip-case-2021.schema.json "$dir/"
}

build_preset() {
  cmake --preset "$1" -DIIPCASE_COMMIT="$commit" >/dev/null
  cmake --build --preset "$1"
}

for target in "${targets[@]}"; do
  case "$target" in
    linux)
      build_preset linux-static
      name=iipcase-$version-linux-x86_64
      stage "build/stage/$name"
      install -m 0755 -s build/linux-static/iipcase "build/stage/$name/iipcase"
      tar -C build/stage --owner=0 --group=0 --numeric-owner --sort=name --mtime="@$SOURCE_DATE_EPOCH" \
        -czf "dist/$name.tar.gz" "$name"
      ;;
    windows)
      scripts/build-deps-mingw.sh
      build_preset windows
      name=iipcase-$version-windows-x86_64
      stage "build/stage/$name"
      x86_64-w64-mingw32-strip -o "build/stage/$name/iipcase.exe" build/windows/iipcase.exe
      zip_stage "$name"
      ;;
    web)
      scripts/build-deps-wasm.sh
      build_preset wasm
      name=iipcase-$version-web
      rm -rf "build/stage/$name"
      mkdir -p "build/stage/$name"
      cp build/wasm/web/index.html build/wasm/web/app.js build/wasm/web/style.css build/wasm/web/iipcase.js \
        LICENSE "build/stage/$name/"
      zip_stage "$name"
      ;;
    deb)
      build_preset deb
      (cd build/deb && cpack -G DEB >/dev/null)
      cp build/deb/iipcase_"$version"_amd64.deb dist/
      ;;
    *)
      echo "package.sh: unknown target $target (linux, windows, deb, web)" >&2
      exit 2
      ;;
  esac
done
(cd dist && sums=$(find . -maxdepth 1 -type f ! -name SHA256SUMS -printf '%f\n' | sort | xargs sha256sum) &&
  echo "$sums" > SHA256SUMS)
ls -l dist
