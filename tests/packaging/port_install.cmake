# What `vcpkg install cartegrise` does to the sources, without vcpkg: configure with exactly the OPTIONS of
# the portfile's vcpkg_cmake_configure() (read from the portfile, not copied), build, install into a fresh
# prefix, check the layout; then copy the prefix elsewhere (vcpkg and Conan both move packages) and build
# the find_package consumer and the Conan test_package against the copy.
cmake_minimum_required(VERSION 3.23)
file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")

function(run step)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${step} failed (${rc})\n${out}\n${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()

# ---- The options the port passes ----------------------------------------------------------------------
file(READ "${PORTFILE}" portfile)
if(NOT portfile MATCHES "vcpkg_cmake_configure\\(([^)]*)\\)")
  message(FATAL_ERROR "no vcpkg_cmake_configure(...) in ${PORTFILE}")
endif()
string(REGEX MATCHALL "-D[A-Za-z0-9_]+(:[A-Z]+)?=[^ \t\r\n\"]*" port_options "${CMAKE_MATCH_1}")
foreach(required IN ITEMS -DCARTEGRISE_BUILD_TESTS=OFF -DCARTEGRISE_BUILD_EXAMPLES=OFF
                          -DCARTEGRISE_BUILD_BENCH=OFF -DCARTEGRISE_BUILD_CLI=OFF)
  if(NOT required IN_LIST port_options)
    message(FATAL_ERROR "the portfile must pass ${required} explicitly; it passes: ${port_options}")
  endif()
endforeach()
message(STATUS "portfile options: ${port_options}")

# vcpkg_cmake_configure() adds these of its own (release half of a VCPKG_BUILD_TYPE=release port).
set(vcpkg_defaults
  -DCMAKE_BUILD_TYPE=Release
  "-DCMAKE_INSTALL_PREFIX=${prefix}"
  -DCMAKE_INSTALL_BINDIR=bin
  -DCMAKE_INSTALL_LIBDIR=lib
  -DCMAKE_ERROR_ON_ABSOLUTE_INSTALL_DESTINATION=ON
  -DCMAKE_EXPORT_NO_PACKAGE_REGISTRY=ON
  -DCMAKE_FIND_PACKAGE_NO_PACKAGE_REGISTRY=ON
  -DFETCHCONTENT_FULLY_DISCONNECTED=ON)

run("configure with the port's options" "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${WORK_DIR}/build"
    -G "${GENERATOR}" "-DCMAKE_CXX_COMPILER=${CXX}" ${vcpkg_defaults} ${port_options})
# vcpkg reports options the project never reads: a renamed option would silently stop switching anything off.
string(FIND "${err}" "not used by the project:" at)
if(NOT at EQUAL -1)
  string(SUBSTRING "${err}" ${at} -1 unused)
  if(unused MATCHES "\n[ \t]+CARTEGRISE_")
    message(FATAL_ERROR "the project ignores an option the portfile passes:\n${unused}")
  endif()
endif()
foreach(dir IN ITEMS tests examples bench examples/cli)
  if(EXISTS "${WORK_DIR}/build/${dir}")
    message(FATAL_ERROR "the port's configuration still configures ${dir}/ (it needs only the headers)")
  endif()
endforeach()
run("build" "${CMAKE_COMMAND}" --build "${WORK_DIR}/build")
run("install" "${CMAKE_COMMAND}" --install "${WORK_DIR}/build")

# ---- The layout in the prefix -------------------------------------------------------------------------
set(expected
  include/cartegrise/cartegrise.hpp
  include/cartegrise/version.hpp
  share/cmake/cartegrise/cartegrise-config.cmake
  share/cmake/cartegrise/cartegrise-config-version.cmake
  share/cmake/cartegrise/cartegrise-targets.cmake
  share/pkgconfig/cartegrise.pc)
foreach(f IN LISTS expected)
  if(NOT EXISTS "${prefix}/${f}")
    message(FATAL_ERROR "missing from the prefix: ${f}")
  endif()
endforeach()
foreach(d IN ITEMS bin lib lib64 debug)
  if(EXISTS "${prefix}/${d}")
    message(FATAL_ERROR "a header-only package must not install ${d}/")
  endif()
endforeach()
# Every header the sources have, and nothing but headers under include/.
file(GLOB_RECURSE src_headers RELATIVE "${SOURCE_DIR}/include" "${SOURCE_DIR}/include/*.hpp")
file(GLOB_RECURSE installed RELATIVE "${prefix}/include" "${prefix}/include/*")
list(SORT src_headers)
list(SORT installed)
if(NOT src_headers STREQUAL installed)
  message(FATAL_ERROR "installed headers differ from include/:\n  sources: ${src_headers}\n  installed: ${installed}")
endif()
file(READ "${prefix}/share/cmake/cartegrise/cartegrise-config-version.cmake" config_version)
if(NOT config_version MATCHES "set\\(PACKAGE_VERSION \"${VERSION}\"\\)")
  message(FATAL_ERROR "cartegrise-config-version.cmake does not carry ${VERSION}")
endif()
file(READ "${prefix}/share/pkgconfig/cartegrise.pc" pc)
if(NOT pc MATCHES "\nVersion: ${VERSION}\n")
  message(FATAL_ERROR "cartegrise.pc does not carry Version: ${VERSION}\n${pc}")
endif()

# ---- Relocated: nothing may point back at the install prefix -------------------------------------------
set(moved "${WORK_DIR}/moved")
file(COPY "${prefix}/" DESTINATION "${moved}")
file(GLOB_RECURSE moved_files "${moved}/share/*")
foreach(f IN LISTS moved_files)
  file(READ "${f}" text)
  string(FIND "${text}" "${prefix}" at)
  if(NOT at EQUAL -1)
    message(FATAL_ERROR "${f} holds the absolute install prefix; the package is not relocatable")
  endif()
endforeach()

foreach(consumer IN ITEMS tests/consumer/find_package test_package)
  string(MAKE_C_IDENTIFIER "${consumer}" name)
  run("${consumer}: configure" "${CMAKE_COMMAND}" -S "${SOURCE_DIR}/${consumer}" -B "${WORK_DIR}/${name}"
      -G "${GENERATOR}" "-DCMAKE_CXX_COMPILER=${CXX}" "-DCMAKE_PREFIX_PATH=${moved}"
      -DCMAKE_FIND_PACKAGE_NO_PACKAGE_REGISTRY=ON)
  run("${consumer}: build" "${CMAKE_COMMAND}" --build "${WORK_DIR}/${name}")
  file(GLOB exe "${WORK_DIR}/${name}/consumer" "${WORK_DIR}/${name}/test_package"
                "${WORK_DIR}/${name}/consumer.exe" "${WORK_DIR}/${name}/test_package.exe")
  run("${consumer}: run" ${exe})
  if(NOT out MATCHES "Y.6 = 496,76")
    message(FATAL_ERROR "${consumer} printed an unexpected quote:\n${out}")
  endif()
  message(STATUS "${consumer} against the relocated prefix: ${out}")
endforeach()
