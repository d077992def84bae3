# Cross-compiling for 64-bit Windows with MinGW-w64 (Debian: g++-mingw-w64-x86-64), the programs and the
# tests run under Wine (Debian: wine64). Used by the `mingw` preset; by hand:
#   cmake -S . -B build/mingw -G Ninja -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/mingw-w64-x86_64.cmake
# See docs/windows.md.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(_cg_mingw x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${_cg_mingw}-gcc)
set(CMAKE_CXX_COMPILER ${_cg_mingw}-g++)
set(CMAKE_RC_COMPILER ${_cg_mingw}-windres)

# Link libgcc, libstdc++ (and winpthread, for a posix-threads MinGW) statically: the .exe needs only the
# DLLs every Windows has, so it runs under Wine or on a bare Windows without copying any MinGW DLL.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")

# Libraries, headers and packages for the target only (the MinGW sysroot, plus what the user adds with
# -DCMAKE_FIND_ROOT_PATH=<prefix>); programs (python3, pkg-config…) from the host.
list(APPEND CMAKE_FIND_ROOT_PATH /usr/${_cg_mingw})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# add_test(COMMAND <target>) and the scripts that run a built program go through Wine, with a Wine prefix
# of this build tree (<build>/wine-prefix, created on the first run; CARTEGRISE_WINEPREFIX overrides it).
set(CMAKE_CROSSCOMPILING_EMULATOR "${CMAKE_CURRENT_LIST_DIR}/wine-run.sh;${CMAKE_BINARY_DIR}/wine-prefix")
