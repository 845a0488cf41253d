# Cross-compiling for 64-bit Windows with Debian's mingw-w64 (g++-mingw-w64-x86-64-posix: the
# POSIX thread model, which std::thread needs). Libraries come from IIPCASE_DEPS_PREFIX, where
# scripts/build-deps-mingw.sh installs them, built from Debian's source packages.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
if(NOT IIPCASE_DEPS_PREFIX)
  set(IIPCASE_DEPS_PREFIX ${CMAKE_CURRENT_LIST_DIR}/../../build/deps/mingw)
endif()
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32 ${IIPCASE_DEPS_PREFIX})
set(CMAKE_PREFIX_PATH ${IIPCASE_DEPS_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# The tools the build runs (the rules and codes compilers) are Windows programs too: wine runs them.
set(CMAKE_CROSSCOMPILING_EMULATOR env WINEDEBUG=-all wine)
