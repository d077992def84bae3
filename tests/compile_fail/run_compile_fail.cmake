# Compiles SRC and passes only if the compiler fails with a message matching EXPECT.
if(NOT EXPECT)
  message(FATAL_ERROR "no '// expect: REGEX' line in ${SRC}")
endif()
execute_process(COMMAND "${CXX}" -std=c++17 -fsyntax-only -I "${INCLUDE}" "${SRC}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 0)
  message(FATAL_ERROR "${SRC} compiled, but it must not")
endif()
if(NOT "${out}${err}" MATCHES "${EXPECT}")
  message(FATAL_ERROR "${SRC} failed to compile, but not with '${EXPECT}':\n${err}")
endif()
message(STATUS "failed as expected: ${EXPECT}")
