# Cross-compiling for a Cortex-M3 (ARMv7-M, Thumb-2, no FPU) with the GNU Arm Embedded toolchain
# (Debian: gcc-arm-none-eabi, libstdc++-arm-none-eabi-newlib). Bare metal: newlib-nano for the few
# libc routines the compiler calls (memcpy, memset), no C run-time start-up files (the firmware brings
# its own vector table, reset handler and linker script: examples/embedded/), no exceptions, no RTTI,
# no thread-safe statics, unused sections dropped by the linker.
#
#   cmake --preset cortex-m3
#   # or: cmake -S . -B build/cortex-m3 -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/arm-none-eabi-cortex-m3.cmake \
#   #           -DCARTEGRISE_BUILD_FIRMWARE=ON
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR arm)

set(CMAKE_C_COMPILER arm-none-eabi-gcc)
set(CMAKE_CXX_COMPILER arm-none-eabi-g++)

# The compiler check cannot link a program without a start-up and a linker script: compile only.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

set(_cg_target "-mcpu=cortex-m3 -mthumb -mfloat-abi=soft --specs=nano.specs")
set(_cg_code "-ffunction-sections -fdata-sections")
set(CMAKE_C_FLAGS_INIT "${_cg_target} ${_cg_code}")
set(CMAKE_CXX_FLAGS_INIT "${_cg_target} ${_cg_code} -fno-exceptions -fno-rtti -fno-threadsafe-statics")
# -Os whatever the build type: flash is what this build is about. The per-configuration cache entries
# are seeded here because CMake appends its own defaults (-O3 for Release...) to any *_INIT value.
foreach(lang C CXX)
  set(CMAKE_${lang}_FLAGS_DEBUG "-Os -g" CACHE STRING "Flags for Debug builds (Cortex-M3: -Os)")
  set(CMAKE_${lang}_FLAGS_RELEASE "-Os -DNDEBUG" CACHE STRING "Flags for Release builds (Cortex-M3: -Os)")
  set(CMAKE_${lang}_FLAGS_RELWITHDEBINFO "-Os -g -DNDEBUG" CACHE STRING "Flags for RelWithDebInfo builds (Cortex-M3: -Os)")
  set(CMAKE_${lang}_FLAGS_MINSIZEREL "-Os -DNDEBUG" CACHE STRING "Flags for MinSizeRel builds")
endforeach()
# (The link line also gets CMAKE_CXX_FLAGS: the target options and --specs=nano.specs.)
set(CMAKE_EXE_LINKER_FLAGS_INIT "-nostartfiles -Wl,--gc-sections")

# Programs from the host; headers and libraries from the target's sysroot only.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
