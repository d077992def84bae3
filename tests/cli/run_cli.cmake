# Runs the `cartegrise` tool once and checks what it did.
#   CLI       path of the executable
#   ARGS      its arguments, separated by '|'
#   EXIT      expected exit status
#   EXPECTED  (optional) file whose content stdout must equal, byte for byte
#   STDOUT_RE / STDERR_RE  (optional) regular expressions stdout / stderr must match
#   STDOUT_EMPTY / STDERR_EMPTY  (optional, ON) the stream must be empty
# With the environment variable CARTEGRISE_UPDATE_EXPECTED=1, EXPECTED is rewritten from the output
# instead (review the diff before committing it).
string(REPLACE "|" ";" args "${ARGS}")
execute_process(COMMAND "${CLI}" ${args} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(failures "")
if(NOT rc STREQUAL EXIT)
  string(APPEND failures "exit status ${rc}, expected ${EXIT}\n")
endif()
if(DEFINED EXPECTED AND NOT EXPECTED STREQUAL "")
  if("$ENV{CARTEGRISE_UPDATE_EXPECTED}" STREQUAL "1")
    file(WRITE "${EXPECTED}" "${out}")
  elseif(NOT EXISTS "${EXPECTED}")
    string(APPEND failures "missing expected file ${EXPECTED}\n")
  else()
    file(READ "${EXPECTED}" want)
    if(NOT out STREQUAL want)
      string(APPEND failures "stdout differs from ${EXPECTED}\n--- expected\n${want}--- got\n${out}")
    endif()
  endif()
endif()
if(DEFINED STDOUT_RE AND NOT out MATCHES "${STDOUT_RE}")
  string(APPEND failures "stdout does not match '${STDOUT_RE}'\n")
endif()
if(DEFINED STDERR_RE AND NOT err MATCHES "${STDERR_RE}")
  string(APPEND failures "stderr does not match '${STDERR_RE}'\n")
endif()
if(STDOUT_EMPTY AND NOT out STREQUAL "")
  string(APPEND failures "stdout should be empty\n")
endif()
if(STDERR_EMPTY AND NOT err STREQUAL "")
  string(APPEND failures "stderr should be empty\n")
endif()
if(NOT failures STREQUAL "")
  message(FATAL_ERROR "cartegrise ${ARGS}\n${failures}--- stdout\n${out}--- stderr\n${err}")
endif()
