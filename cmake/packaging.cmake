# What `cmake --install` puts where, and the Debian package CPack makes of it (scripts/package.sh).
# The release archives (tar.gz, zip) are assembled by scripts/package.sh from the same install.
include(GNUInstallDirs)
install(TARGETS iipcase RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES schemas/iip-case-2021.yaml schemas/iip-case-2021.schema.json
        DESTINATION ${CMAKE_INSTALL_DATADIR}/iipcase)
if(NOT WIN32)
  # The manual page and the Debian changelog compressed as Debian wants them (gzip -9n).
  set(IIPCASE_CHANGELOG ${CMAKE_CURRENT_BINARY_DIR}/changelog)
  configure_file(packaging/changelog.in ${IIPCASE_CHANGELOG} @ONLY)
  foreach(page IN ITEMS ${CMAKE_CURRENT_SOURCE_DIR}/packaging/iipcase.1 ${IIPCASE_CHANGELOG})
    get_filename_component(name ${page} NAME)
    add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/${name}.gz
      COMMAND gzip -9n -c ${page} > ${CMAKE_CURRENT_BINARY_DIR}/${name}.gz DEPENDS ${page} VERBATIM)
    list(APPEND IIPCASE_COMPRESSED ${CMAKE_CURRENT_BINARY_DIR}/${name}.gz)
  endforeach()
  add_custom_target(iipcase_docs ALL DEPENDS ${IIPCASE_COMPRESSED})
  install(FILES ${CMAKE_CURRENT_BINARY_DIR}/iipcase.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  install(FILES packaging/iipcase.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
          RENAME iipcase)
  install(FILES packaging/copyright ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
          DESTINATION ${CMAKE_INSTALL_DOCDIR})
endif()

set(CPACK_PACKAGE_NAME iipcase)
set(CPACK_PACKAGE_VENDOR "the iipcase authors")
set(CPACK_PACKAGE_CONTACT "iipcase maintainers <iipcase@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "checks Industrial Internet Platform pilot application cases (2021)")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # iipcase_VERSION_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # dependencies from dpkg-shlibdeps
set(CPACK_STRIP_FILES ON)
string(JOIN "\n" CPACK_DEBIAN_PACKAGE_DESCRIPTION
  "iipcase checks the YAML case files of the 2021 call for Industrial Internet"
  "Platform Innovation Pilot Application Cases: application mode, required"
  "fields, applicant type, credit code, region, results in figures, claims,"
  "and recommenders' quotas across a set of files. Reports in Chinese or"
  "English, as text, JSON, SARIF, JUnit, GitHub annotations or Markdown.")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/iipcase/iipcase")
include(CPack)
