# IIPCASE_STATIC: one binary that needs no shared library, for the release archives.
# - Linux: linked with -static. A binary linked dynamically against Debian 12's glibc (2.36) would
#   need glibc 2.34 at least (__libc_start_main@GLIBC_2.34); a static one runs on any x86-64 Linux.
#   yaml-cpp comes from its static archive (Debian's libyaml-cpp-dev ships libyaml-cpp.a beside
#   the shared library its CMake package names), fmt header-only.
# - Windows (mingw-w64): -static, so libstdc++, libgcc and winpthread are inside the .exe; the
#   dependencies are static archives built from Debian's source packages (scripts/build-deps-mingw.sh).
# Sets IIPCASE_YAML_CPP and IIPCASE_FMT: the targets to link.
set(IIPCASE_YAML_CPP yaml-cpp)
set(IIPCASE_FMT fmt::fmt)
if(NOT IIPCASE_STATIC)
  return()
endif()
set(IIPCASE_FMT fmt::fmt-header-only)
get_target_property(yaml_cpp_type yaml-cpp TYPE)
if(yaml_cpp_type STREQUAL "SHARED_LIBRARY")
  find_library(IIPCASE_YAML_CPP_ARCHIVE NAMES libyaml-cpp.a REQUIRED)
  get_target_property(yaml_cpp_includes yaml-cpp INTERFACE_INCLUDE_DIRECTORIES)
  add_library(iipcase_yaml_cpp_static STATIC IMPORTED)
  set_target_properties(iipcase_yaml_cpp_static PROPERTIES
    IMPORTED_LOCATION ${IIPCASE_YAML_CPP_ARCHIVE} INTERFACE_INCLUDE_DIRECTORIES "${yaml_cpp_includes}")
  set(IIPCASE_YAML_CPP iipcase_yaml_cpp_static)
endif()
add_link_options(-static)
