# Cross-compiling to WebAssembly with Debian's own packages: clang++-14 --target=wasm32-wasi, wasi-libc,
# libc++-14-dev-wasm32, libclang-rt-14-dev-wasm32 and lld-14 (wasm-ld); binaryen's wasm-opt shrinks the
# module after the link (packaging/npm). No exceptions (the wasm32 libc++ is built without them), no
# RTTI. docs/javascript.md says why WASI rather than Emscripten.
#
#   cmake --workflow --preset wasm
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR wasm32)

set(CMAKE_C_COMPILER clang-14)
set(CMAKE_CXX_COMPILER clang++-14)
set(CMAKE_C_COMPILER_TARGET wasm32-wasi)
set(CMAKE_CXX_COMPILER_TARGET wasm32-wasi)
set(CMAKE_SYSROOT /usr)

# Bulk memory (memory.copy, memory.fill): node >= 18 and every evergreen browser have it.
set(CMAKE_CXX_FLAGS_INIT "-fno-exceptions -fno-rtti -mbulk-memory")
# No optimisation level on the link line: given one, clang runs wasm-opt itself, without the features
# above. The targets set their level as a compile option, and wasm-opt runs as a build step.
foreach(config DEBUG RELEASE RELWITHDEBINFO MINSIZEREL)
  set(CMAKE_CXX_FLAGS_${config} "" CACHE STRING "Flags for ${config} builds (wasm32: the targets choose)")
endforeach()

set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
