# `npm pack` of the staged package, offline, with an npm cache inside the build directory.
#   CPack (External generator): reads CPACK_CARTEGRISE_NPM, CPACK_CARTEGRISE_NPM_DIR,
#     CPACK_CARTEGRISE_NPM_CACHE and hands the tarball back through CPACK_EXTERNAL_BUILT_PACKAGES;
#   a script (the tests): cmake -DNPM=... -DNPM_DIR=... -DNPM_CACHE=... -DDESTINATION=... -P pack.cmake
if(DEFINED CPACK_CARTEGRISE_NPM_DIR)
  set(NPM "${CPACK_CARTEGRISE_NPM}")
  set(NPM_DIR "${CPACK_CARTEGRISE_NPM_DIR}")
  set(NPM_CACHE "${CPACK_CARTEGRISE_NPM_CACHE}")
  set(DESTINATION "${CPACK_TEMPORARY_DIRECTORY}")
endif()
if(NOT DEFINED CPACK_CARTEGRISE_NPM_DIR)
  file(REMOVE_RECURSE "${DESTINATION}")  # the tests' directory: one tarball, this one
endif()
file(MAKE_DIRECTORY "${DESTINATION}")
execute_process(
  COMMAND "${CMAKE_COMMAND}" -E env "npm_config_cache=${NPM_CACHE}" npm_config_offline=true npm_config_update_notifier=false
          "${NPM}" pack --pack-destination "${DESTINATION}" "${NPM_DIR}"
  OUTPUT_VARIABLE tarball OUTPUT_STRIP_TRAILING_WHITESPACE
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "npm pack failed (${status})")
endif()
string(REGEX MATCH "[^\n]+$" tarball "${tarball}")
if(NOT EXISTS "${DESTINATION}/${tarball}")
  message(FATAL_ERROR "npm pack: no ${DESTINATION}/${tarball}")
endif()
message(STATUS "npm pack: ${DESTINATION}/${tarball}")
if(DEFINED CPACK_CARTEGRISE_NPM_DIR)
  set(CPACK_EXTERNAL_BUILT_PACKAGES "${DESTINATION}/${tarball}")
endif()
