# The standard x64-osx triplet, plus CARTEGRISE_SOURCE_DIR passed through to the port and hashed into its ABI:
# a package built from a working tree and one built from the release tag never share a binary-cache
# entry. Use with --overlay-triplets=packaging/vcpkg-triplets (docs/packaging.md).
set(VCPKG_TARGET_ARCHITECTURE x64)
set(VCPKG_CRT_LINKAGE dynamic)
set(VCPKG_LIBRARY_LINKAGE static)
set(VCPKG_CMAKE_SYSTEM_NAME Darwin)
set(VCPKG_OSX_ARCHITECTURES x86_64)
set(VCPKG_ENV_PASSTHROUGH CARTEGRISE_SOURCE_DIR)
