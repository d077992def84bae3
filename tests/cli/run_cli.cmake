# Runs the `cartegrise` tool once and checks what it did.
#   CLI       path of the executable
#   ARGS      its arguments, separated by '|'
#   EXIT      expected exit status
#   EXPECTED  (optional) file whose content stdout must equal, byte for byte (CRs aside, see below)
#   STDOUT_RE / STDERR_RE  (optional) regular expressions stdout / stderr must match
#   STDOUT_EMPTY / STDERR_EMPTY  (optional, ON) the stream must be empty
#   STDOUT_HEX / STDERR_HEX  (optional) byte sequences in hex ("c3a9" for UTF-8 é), '|'-separated, that
#             the stream must hold (at a byte boundary)
#   NO_CR     (optional, ON) neither stream may hold a CR byte: LF line endings on every platform
#   EMULATOR  (optional) runs CLI ('|'-separated): Wine for the Windows build
# With the environment variable CARTEGRISE_UPDATE_EXPECTED=1, EXPECTED is rewritten from the output
# instead (review the diff before committing it).
#
# Line endings: the tool writes LF everywhere (docs/windows.md); NO_CR tests check the bytes. The other
# comparisons ignore the CR of a CRLF, so that an expected file checked out with CRLF, or a CRLF from a
# text-mode stream, shows as what it is (NO_CR fails) and not as every expected file differing.
# The streams go to files, read twice: as hex for the byte checks, as text for the rest. CMake drops the
# CR of every CRLF itself in execute_process(OUTPUT_VARIABLE) and in file(READ) without HEX.
string(REPLACE "|" ";" args "${ARGS}")
string(REPLACE "|" ";" emulator "${EMULATOR}")
string(RANDOM LENGTH 10 tag)
string(MD5 digest "${ARGS}|${EXIT}|${EXPECTED}")
set(capture "${CMAKE_CURRENT_BINARY_DIR}/run_cli_${digest}_${tag}")
execute_process(COMMAND ${emulator} "${CLI}" ${args} RESULT_VARIABLE rc
  OUTPUT_FILE "${capture}.out" ERROR_FILE "${capture}.err")
file(READ "${capture}.out" out)
file(READ "${capture}.err" err)
file(READ "${capture}.out" hex_out HEX)
file(READ "${capture}.err" hex_err HEX)
file(REMOVE "${capture}.out" "${capture}.err")
string(REPLACE "\r\n" "\n" out "${out}")
string(REPLACE "\r\n" "\n" err "${err}")
set(failures "")
if(NOT rc STREQUAL EXIT)
  string(APPEND failures "exit status ${rc}, expected ${EXIT}\n")
endif()
if(DEFINED EXPECTED AND NOT EXPECTED STREQUAL "")
  # The expected files do not embed the library's version nor its data vintage (a new regional vote
  # moves the vintage, a release the version): the JSON `library` object is compared with placeholders.
  # `--version` and docs/*.md are checked against version.hpp by their own tests.
  string(REGEX REPLACE "(\"name\": ?\"cartegrise\",[ \n]*\"version\": ?\")[0-9]+\\.[0-9]+\\.[0-9]+\"" "\\1@VERSION@\"" out "${out}")
  string(REGEX REPLACE "(\"data_vintage\": ?\")[0-9]+-[0-9]+-[0-9]+\"" "\\1@DATA_VINTAGE@\"" out "${out}")
  string(REGEX REPLACE "(\"data_valid_until\": ?\")[0-9]+-[0-9]+-[0-9]+\"" "\\1@DATA_VALID_UNTIL@\"" out "${out}")
  if("$ENV{CARTEGRISE_UPDATE_EXPECTED}" STREQUAL "1")
    file(WRITE "${EXPECTED}" "${out}")
  elseif(NOT EXISTS "${EXPECTED}")
    string(APPEND failures "missing expected file ${EXPECTED}\n")
  else()
    file(READ "${EXPECTED}" want)
    string(REPLACE "\r\n" "\n" want "${want}")
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
# True when the hex dump HEX holds BYTES starting at a byte boundary (an even offset).
function(holds_bytes hex bytes result)
  set(${result} FALSE PARENT_SCOPE)
  set(from 0)
  set(at 0)
  while(NOT at EQUAL -1)
    string(SUBSTRING "${hex}" ${from} -1 rest)
    string(FIND "${rest}" "${bytes}" at)
    if(NOT at EQUAL -1)
      math(EXPR pos "${from} + ${at}")
      math(EXPR odd "${pos} % 2")
      if(odd EQUAL 0)
        set(${result} TRUE PARENT_SCOPE)
        return()
      endif()
      math(EXPR from "${pos} + 1")
    endif()
  endwhile()
endfunction()
foreach(stream IN ITEMS out err)
  string(TOUPPER "STD${stream}_HEX" var)
  if(DEFINED ${var})
    string(REPLACE "|" ";" wanted "${${var}}")
    foreach(bytes IN LISTS wanted)
      string(TOLOWER "${bytes}" bytes)
      holds_bytes("${hex_${stream}}" "${bytes}" found)
      if(NOT found)
        string(APPEND failures "std${stream} does not hold the bytes ${bytes}\n")
      endif()
    endforeach()
  endif()
endforeach()
if(NO_CR)
  foreach(stream IN ITEMS out err)
    holds_bytes("${hex_${stream}}" 0d cr)
    if(cr)
      string(APPEND failures "std${stream} holds a CR byte (a text-mode stream?)\n")
    endif()
  endforeach()
endif()
if(NOT failures STREQUAL "")
  message(FATAL_ERROR "cartegrise ${ARGS}\n${failures}--- stdout\n${out}--- stderr\n${err}")
endif()
