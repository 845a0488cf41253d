# The libraries iipcase links, shared or static. Sets IIPCASE_YAML_CPP, IIPCASE_FMT and IIPCASE_RE2:
# the targets to link.
#
# RE2 comes as a CMake package where it was built from source (Windows: scripts/build-deps-mingw.sh),
# else through pkg-config (Debian's libre2-dev has no CMake package).
#
# IIPCASE_STATIC: one binary that needs no shared library, for the release archives.
# - Linux: linked with -static. A binary linked dynamically against Debian 12's glibc (2.36) would
#   need glibc 2.34 at least (__libc_start_main@GLIBC_2.34); a static one runs on any x86-64 Linux.
#   yaml-cpp and RE2 come from their static archives (Debian's -dev packages ship libyaml-cpp.a and
#   libre2.a beside the shared libraries their CMake or pkg-config files name), fmt header-only.
# - Windows (mingw-w64): -static, so libstdc++, libgcc and winpthread are inside the .exe; the
#   dependencies are static libraries built from Debian's source packages.
set(IIPCASE_YAML_CPP yaml-cpp)
set(IIPCASE_FMT fmt::fmt)
find_package(re2 CONFIG QUIET)
if(re2_FOUND)
  set(IIPCASE_RE2 re2::re2)
else()
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
  set(IIPCASE_RE2 PkgConfig::RE2)
endif()
if(NOT IIPCASE_STATIC)
  return()
endif()

set(IIPCASE_FMT fmt::fmt-header-only)
# An imported static library for the archive `file` (libyaml-cpp.a) found beside a shared one.
function(iipcase_static_archive name file includes)
  find_library(IIPCASE_${name}_ARCHIVE NAMES ${file} REQUIRED)
  add_library(iipcase_${name}_static STATIC IMPORTED)
  set_target_properties(iipcase_${name}_static PROPERTIES
    IMPORTED_LOCATION ${IIPCASE_${name}_ARCHIVE} INTERFACE_INCLUDE_DIRECTORIES "${includes}")
endfunction()
get_target_property(yaml_cpp_type yaml-cpp TYPE)
if(yaml_cpp_type STREQUAL "SHARED_LIBRARY")
  get_target_property(includes yaml-cpp INTERFACE_INCLUDE_DIRECTORIES)
  iipcase_static_archive(YAML_CPP libyaml-cpp.a "${includes}")
  set(IIPCASE_YAML_CPP iipcase_YAML_CPP_static)
endif()
if(NOT re2_FOUND)
  iipcase_static_archive(RE2 libre2.a "${RE2_INCLUDE_DIRS}")
  set(IIPCASE_RE2 iipcase_RE2_static)
endif()
add_link_options(-static)
