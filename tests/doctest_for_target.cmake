# doctest when the tests are cross-compiled (the `mingw` preset). A doctest package built for the target
# (in the MinGW sysroot, or given with -DCMAKE_FIND_ROOT_PATH=<prefix>) is used first. Otherwise the
# host's: doctest is one header, the same for every target, but the host's package points at the host's
# include directory (/usr/include), whose C headers must never reach a MinGW compilation. So the doctest/
# directory alone is copied into the build tree and wrapped in an imported doctest::doctest target.
#
# A MinGW with the win32 thread model (Debian's default x86_64-w64-mingw32-g++) has no std::mutex before
# g++ 13: doctest is then built without its reporters' locks (DOCTEST_CONFIG_NO_MULTITHREADING); the
# suites are single-threaded.
include(CheckCXXSourceCompiles)
check_cxx_source_compiles("#include <mutex>
int main() { std::mutex m; m.lock(); m.unlock(); }" CARTEGRISE_TARGET_HAS_STD_MUTEX)

find_package(doctest CONFIG QUIET)
if(doctest_FOUND)
  if(NOT CARTEGRISE_TARGET_HAS_STD_MUTEX)
    set_property(TARGET doctest::doctest APPEND PROPERTY INTERFACE_COMPILE_DEFINITIONS DOCTEST_CONFIG_NO_MULTITHREADING)
  endif()
  return()
endif()
find_path(CARTEGRISE_HOST_DOCTEST_INCLUDE_DIR doctest/doctest.h
  PATHS /usr/include /usr/local/include NO_CMAKE_FIND_ROOT_PATH
  DOC "Host directory holding doctest/doctest.h, copied for the cross-compiled tests")
if(NOT CARTEGRISE_HOST_DOCTEST_INCLUDE_DIR)
  message(FATAL_ERROR "doctest not found for the target nor on the host (Debian: apt-get install doctest-dev); "
                      "set CARTEGRISE_HOST_DOCTEST_INCLUDE_DIR to the directory holding doctest/doctest.h")
endif()
set(_cg_doctest_copy "${CMAKE_BINARY_DIR}/_deps/doctest/include")
file(COPY "${CARTEGRISE_HOST_DOCTEST_INCLUDE_DIR}/doctest" DESTINATION "${_cg_doctest_copy}")
add_library(doctest::doctest INTERFACE IMPORTED)
set_target_properties(doctest::doctest PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${_cg_doctest_copy}")
if(NOT CARTEGRISE_TARGET_HAS_STD_MUTEX)
  set_property(TARGET doctest::doctest APPEND PROPERTY INTERFACE_COMPILE_DEFINITIONS DOCTEST_CONFIG_NO_MULTITHREADING)
endif()
message(STATUS "doctest for the target: the host's headers from ${CARTEGRISE_HOST_DOCTEST_INCLUDE_DIR}, copied to ${_cg_doctest_copy}")
