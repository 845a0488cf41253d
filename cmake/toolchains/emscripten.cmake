# Cross toolchain for the browser (preset wasm): Debian's emscripten, plus the libraries that
# scripts/build-deps-wasm.sh built for wasm32 (yaml-cpp, re2) and the header-only ones it copied
# (fmt, nlohmann-json) under IIPCASE_WASM_DEPS (default build/wasm-deps/prefix).
# Build-time tools built here run under node (CMAKE_CROSSCOMPILING_EMULATOR, set by Emscripten.cmake).
set(IIPCASE_WASM_DEPS "${CMAKE_CURRENT_LIST_DIR}/../../build/wasm-deps/prefix" CACHE PATH
    "Where scripts/build-deps-wasm.sh installed the wasm32 libraries")
get_filename_component(IIPCASE_WASM_DEPS "${IIPCASE_WASM_DEPS}" ABSOLUTE)
if(NOT DEFINED ENV{NODE_PATH})
  set(ENV{NODE_PATH} /usr/share/nodejs)  # emcc needs node-acorn from there
endif()
include(/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake)
# Found under the deps prefix only (find_package, find_path): never the host's x86-64 libraries.
list(APPEND CMAKE_FIND_ROOT_PATH "${IIPCASE_WASM_DEPS}")
# pkg-config too: the host's re2.pc would name x86-64 headers and flags (-pthread).
set(ENV{PKG_CONFIG_LIBDIR} "${IIPCASE_WASM_DEPS}/lib/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")
