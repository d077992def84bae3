# Checks a firmware ELF (examples/embedded) for what a small device must not carry:
#   - no static initialiser or destructor: no .init_array / .preinit_array / .ctors / .fini_array
#     entry (the linker script also refuses them), no _GLOBAL__sub_I_ function;
#   - no exception machinery, no RTTI, no heap, no stdio: __cxa_*, __gxx_personality, _Unwind_*,
#     typeinfo, malloc, _sbrk, printf, atexit;
#   - .data of at most 16 bytes (values copied from flash at reset).
# Usage: cmake -DNM=<nm> -DOBJDUMP=<objdump> -DELF=<firmware.elf> -P check_firmware.cmake
foreach(var NM OBJDUMP ELF)
  if(NOT ${var})
    message(FATAL_ERROR "check_firmware: ${var} is not set")
  endif()
endforeach()
if(NOT EXISTS "${ELF}")
  message(FATAL_ERROR "check_firmware: no firmware ${ELF}")
endif()

execute_process(COMMAND "${NM}" -C "${ELF}" OUTPUT_VARIABLE symbols RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT symbols MATCHES "[Tt] main\n" OR NOT symbols MATCHES "cg_reset_handler")
  message(FATAL_ERROR "check_firmware: ${NM} did not list main and the reset handler of ${ELF}:\n${symbols}")
endif()
set(failed "")
foreach(forbidden
    "_GLOBAL__sub_I_" "__cxa_" "__gxx_personality" "_Unwind_" "typeinfo" "malloc" "_sbrk" "printf"
    "atexit" "__aeabi_unwind_cpp_pr")
  string(FIND "${symbols}" "${forbidden}" at)
  if(NOT at EQUAL -1)
    list(APPEND failed "symbol ${forbidden}")
  endif()
endforeach()

execute_process(COMMAND "${OBJDUMP}" -h "${ELF}" OUTPUT_VARIABLE sections RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "check_firmware: ${OBJDUMP} -h failed on ${ELF}")
endif()
# objdump -h: "Idx Name Size VMA LMA File-off Algn", sizes in hexadecimal.
foreach(section .preinit_array .init_array .ctors .fini_array .data)
  string(REPLACE "." "\\." pattern "${section}")
  if(sections MATCHES " ${pattern} +([0-9a-f]+) ")
    math(EXPR size "0x${CMAKE_MATCH_1}")
    if(section STREQUAL ".data")
      if(size GREATER 16)
        list(APPEND failed ".data is ${size} bytes (more than 16)")
      endif()
    elseif(size GREATER 0)
      list(APPEND failed "${section} holds ${size} bytes")
    endif()
  endif()
endforeach()

if(failed)
  list(JOIN failed ", " failed)
  message(FATAL_ERROR "check_firmware: ${ELF}: ${failed}")
endif()
message(STATUS "check_firmware: ${ELF}: no static initialiser, exception, RTTI, heap or stdio symbol; .data <= 16 bytes")
