# cartegrise: header-only, so one release configuration is enough (no debug tree to install).
set(VCPKG_BUILD_TYPE release)

# Two ways to get the sources:
# - From a working tree, before any tag exists: set CARTEGRISE_SOURCE_DIR to the checkout, in the
#   environment with the overlay triplets of packaging/vcpkg-triplets (VCPKG_ENV_PASSTHROUGH: the path is
#   hashed into the ABI, so this build never shares a binary-cache entry with a release build), or as a
#   variable in an overlay triplet. vcpkg does not hash the tree itself: install with
#   --binarysource=clear so that edits are picked up.
# - From a release: the tag v${VERSION} on GitHub. SHA512 is the hash of that tag's tarball; `vcpkg install`
#   prints the right value when it does not match (see docs/packaging.md, "Cutting a release").
if(NOT DEFINED CARTEGRISE_SOURCE_DIR AND DEFINED ENV{CARTEGRISE_SOURCE_DIR})
    set(CARTEGRISE_SOURCE_DIR "$ENV{CARTEGRISE_SOURCE_DIR}")
endif()
if(CARTEGRISE_SOURCE_DIR)
    file(TO_CMAKE_PATH "${CARTEGRISE_SOURCE_DIR}" SOURCE_PATH)
    if(NOT EXISTS "${SOURCE_PATH}/include/cartegrise/version.hpp")
        message(FATAL_ERROR "CARTEGRISE_SOURCE_DIR='${SOURCE_PATH}' is not a cartegrise source tree")
    endif()
    message(STATUS "Using the cartegrise working tree at ${SOURCE_PATH}")
else()
    vcpkg_from_github(
        OUT_SOURCE_PATH SOURCE_PATH
        REPO cartegrise/cartegrise
        REF "v${VERSION}"
        SHA512 0
        HEAD_REF main
    )
endif()

vcpkg_cmake_configure(
    SOURCE_PATH "${SOURCE_PATH}"
    OPTIONS
        -DCARTEGRISE_BUILD_TESTS=OFF
        -DCARTEGRISE_BUILD_EXAMPLES=OFF
        -DCARTEGRISE_BUILD_BENCH=OFF
        -DCARTEGRISE_BUILD_CLI=OFF
        -DCARTEGRISE_BUILD_COMPILED=OFF
        -DCARTEGRISE_INSTALL=ON
)
vcpkg_cmake_install()
vcpkg_cmake_config_fixup(CONFIG_PATH share/cmake/cartegrise)
vcpkg_fixup_pkgconfig()

# The licence goes to share/cartegrise/copyright, not to the doc directory the project installs it in.
file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/share/doc")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
