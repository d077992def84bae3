# Configures tests/consumer/fetch_version twice: the version being built is accepted, an older minor is
# refused (0.x: a minor may break the API), as find_package does on an installed package.
foreach(case IN ITEMS accepted refused)
  set(requested "${MAJOR_MINOR}")
  if(case STREQUAL "refused")
    set(requested "${OLDER}")
  endif()
  file(REMOVE_RECURSE "${WORK_DIR}/${case}")
  execute_process(COMMAND "${CMAKE_COMMAND}" -S "${SOURCE_DIR}/tests/consumer/fetch_version" -B "${WORK_DIR}/${case}"
                          -G "${GENERATOR}" -DCMAKE_CXX_COMPILER=${CXX} -DCARTEGRISE_SOURCE_DIR=${SOURCE_DIR} -DREQUESTED=${requested}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(case STREQUAL "accepted" AND NOT rc EQUAL 0)
    message(FATAL_ERROR "find_package(cartegrise ${requested}) refused through FetchContent:\n${out}\n${err}")
  endif()
  if(case STREQUAL "refused" AND (rc EQUAL 0 OR NOT err MATCHES "cartegrise-config-version\\.cmake|version: ${VERSION}"))
    message(FATAL_ERROR "find_package(cartegrise ${requested}) accepted ${VERSION} through FetchContent:\n${out}\n${err}")
  endif()
endforeach()
