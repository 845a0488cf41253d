#!/usr/bin/env bash
# Builds iipcase's libraries for 64-bit Windows from Debian's source packages, with mingw-w64, into
# build/deps/mingw (the prefix cmake/toolchains/mingw-w64.cmake searches): yaml-cpp and RE2 as
# static libraries; fmt, CLI11 and nlohmann-json as their headers and CMake packages. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
prefix=$root/build/deps/mingw
sources=$root/build/deps/src
toolchain=$root/cmake/toolchains/mingw-w64.cmake
# package name, then its CMake options
build() {
  local package=$1
  shift
  [ -f "$prefix/.done-$package" ] && return
  scripts/debian-source.sh "$package" "$sources"
  cmake -S "$sources/$package" -B "$root/build/deps/mingw-build/$package" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DIIPCASE_DEPS_PREFIX="$prefix" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$prefix" -DBUILD_SHARED_LIBS=OFF "$@" >/dev/null
  cmake --build "$root/build/deps/mingw-build/$package" >/dev/null
  cmake --install "$root/build/deps/mingw-build/$package" >/dev/null
  touch "$prefix/.done-$package"
  echo "iipcase: $package built for Windows"
}
build yaml-cpp -DYAML_CPP_BUILD_TESTS=OFF -DYAML_CPP_BUILD_TOOLS=OFF -DYAML_CPP_BUILD_CONTRIB=OFF
build fmtlib -DFMT_TEST=OFF -DFMT_DOC=OFF
build cli11 -DCLI11_BUILD_TESTS=OFF -DCLI11_BUILD_EXAMPLES=OFF -DCLI11_BUILD_DOCS=OFF
build nlohmann-json3 -DJSON_BuildTests=OFF
build re2 -DRE2_BUILD_TESTING=OFF
# The build runs two of its own tools under wine (CMAKE_CROSSCOMPILING_EMULATOR): make the wine
# prefix now, once, rather than from two tools started at the same time.
WINEDEBUG=-all wineboot --init >/dev/null 2>&1 || true
wineserver --wait || true
