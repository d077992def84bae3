# Runs one firmware ELF in QEMU's lm3s6965evb board (Cortex-M3) with semihosting, then checks its exit
# status and that its output holds every expected substring.
# Usage: cmake -DQEMU=<qemu-system-arm> -DELF=<firmware.elf> -DEXPECT="text 1|text 2|..."
#              [-DEXIT_STATUS=0] [-DTIMEOUT=30] -P run_firmware.cmake
# EXPECT: plain substrings (not regular expressions), separated by "|".
foreach(var QEMU ELF)
  if(NOT ${var})
    message(FATAL_ERROR "run_firmware: ${var} is not set")
  endif()
endforeach()
if(NOT EXISTS "${ELF}")
  message(FATAL_ERROR "run_firmware: no firmware ${ELF}")
endif()
if(NOT DEFINED EXIT_STATUS)
  set(EXIT_STATUS 0)
endif()
if(NOT TIMEOUT)
  set(TIMEOUT 30)
endif()

execute_process(
  COMMAND "${QEMU}" -M lm3s6965evb -nographic
          -semihosting-config enable=on,target=native -kernel "${ELF}"
  TIMEOUT ${TIMEOUT}
  INPUT_FILE /dev/null
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
set(output "${out}${err}")
message("${output}")

set(failed "")
if(NOT "${status}" STREQUAL "${EXIT_STATUS}")
  list(APPEND failed "exit status ${status}, expected ${EXIT_STATUS}")
endif()
string(REPLACE "|" ";" expected "${EXPECT}")
foreach(text IN LISTS expected)
  string(FIND "${output}" "${text}" at)
  if(at EQUAL -1)
    list(APPEND failed "no '${text}' in the output")
  endif()
endforeach()
if(failed)
  list(JOIN failed "\n  " failed)
  message(FATAL_ERROR "run_firmware: ${ELF}:\n  ${failed}")
endif()
message(STATUS "run_firmware: ${ELF}: exit status ${status}, every expected line printed")
