#!/usr/bin/env bash
# The libraries of the browser build, for wasm32 with Debian's emscripten, into
# build/wasm-deps/prefix (what cmake/toolchains/emscripten.cmake searches):
#   yaml-cpp and re2 built from Debian's source packages
#   (scripts/debian-source.sh), with C++ exceptions on; fmt and nlohmann-json, header-only,
#   copied from the system's packages (libfmt-dev, nlohmann-json3-dev).
# Idempotent: a library already installed in the prefix is not built again. Run as root (the
# deb-src entry); needs emscripten, node-acorn, dpkg-dev (scripts/packages-test.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD/build/wasm-deps
prefix=$root/prefix
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}  # emcc needs node-acorn
command -v emcmake >/dev/null || { echo "build-deps-wasm.sh: emscripten is not installed" >&2; exit 1; }
mkdir -p "$prefix/include" "$root/src"

# CMake project in $1 (Debian source tree) → $prefix, for wasm32, with extra CMake arguments.
build() {
  local name=$1 tree=$2; shift 2
  emcmake cmake -S "$tree" -B "$root/build-$name" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_CXX_FLAGS=-fexceptions -DBUILD_SHARED_LIBS=OFF \
    -DCMAKE_FIND_ROOT_PATH="$prefix" "$@" >/dev/null
  nice cmake --build "$root/build-$name" -j2 >/dev/null
  cmake --install "$root/build-$name" >/dev/null
  echo "build-deps-wasm.sh: $name installed in $prefix"
}

if [ ! -f "$prefix/lib/cmake/yaml-cpp/yaml-cpp-config.cmake" ]; then
  scripts/debian-source.sh yaml-cpp "$root/src"
  build yaml-cpp "$root/src/yaml-cpp" -DYAML_CPP_BUILD_TESTS=OFF -DYAML_CPP_BUILD_TOOLS=OFF -DYAML_CPP_BUILD_CONTRIB=OFF
fi

# RE2 (Debian 12's 20220601 needs no abseil): every pattern of the rules is matched with it.
if [ ! -f "$prefix/lib/cmake/re2/re2Config.cmake" ]; then
  scripts/debian-source.sh re2 "$root/src"
  build re2 "$root/src/re2" -DRE2_BUILD_TESTING=OFF
fi

# Header-only libraries: the system's headers are the same for every target.
[ -d "$prefix/include/fmt" ] || cp -r /usr/include/fmt "$prefix/include/fmt"
if [ ! -d "$prefix/include/nlohmann" ]; then
  cp -r /usr/include/nlohmann "$prefix/include/nlohmann"
  # Its CMake package finds the headers relative to itself: prefix/share/cmake → prefix/include.
  mkdir -p "$prefix/share/cmake"
  cp -r /usr/share/cmake/nlohmann_json "$prefix/share/cmake/nlohmann_json"
fi
echo "build-deps-wasm.sh: done ($prefix)"
