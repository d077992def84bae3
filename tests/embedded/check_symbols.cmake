# Checks the object of the embedded example (-Os -fno-exceptions -fno-rtti):
#   - no static initialiser: no _GLOBAL__sub_I_ function, no .init_array / .ctors section;
#   - no exception machinery: __cxa_throw, __cxa_allocate_exception, __cxa_begin_catch,
#     __gxx_personality_v0, _Unwind_Resume;
#   - no RTTI: no typeinfo (or its name) at all, in particular none for cartegrise types.
# Usage: cmake -DNM=<nm> -DOBJDUMP=<objdump> -DOBJECT=<file.o> -P check_symbols.cmake
foreach(var NM OBJECT)
  if(NOT ${var})
    message(FATAL_ERROR "check_symbols: ${var} is not set")
  endif()
endforeach()
if(NOT EXISTS "${OBJECT}")
  message(FATAL_ERROR "check_symbols: no object file ${OBJECT} (build example_embedded_grid_os first)")
endif()

execute_process(COMMAND "${NM}" -C "${OBJECT}" OUTPUT_VARIABLE symbols ERROR_VARIABLE nm_error RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "check_symbols: ${NM} failed on ${OBJECT}: ${nm_error}")
endif()
# nm really listed the object: main is defined, and printf is what the example calls.
if(NOT symbols MATCHES "[Tt] main\n" OR NOT symbols MATCHES "printf")
  message(FATAL_ERROR "check_symbols: main or printf missing from the symbols of ${OBJECT}:\n${symbols}")
endif()

set(failed "")
foreach(forbidden
    "_GLOBAL__sub_I_" "__cxa_throw" "__cxa_allocate_exception" "__cxa_begin_catch" "__cxa_rethrow"
    "__gxx_personality" "_Unwind_Resume" "typeinfo" "bad_result_access")
  string(FIND "${symbols}" "${forbidden}" at)
  if(NOT at EQUAL -1)
    list(APPEND failed "${forbidden}")
  endif()
endforeach()

if(OBJDUMP)
  execute_process(COMMAND "${OBJDUMP}" -h "${OBJECT}" OUTPUT_VARIABLE sections RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "check_symbols: ${OBJDUMP} -h failed on ${OBJECT}")
  endif()
  foreach(section ".init_array" ".ctors" ".gcc_except_table")
    string(FIND "${sections}" " ${section}" at)
    if(NOT at EQUAL -1)
      list(APPEND failed "section ${section}")
    endif()
  endforeach()
endif()

if(failed)
  message(FATAL_ERROR "check_symbols: ${OBJECT} has ${failed}\n--- nm -C:\n${symbols}")
endif()
message(STATUS "check_symbols: ${OBJECT}: no static initialiser, no exception or RTTI symbol")
