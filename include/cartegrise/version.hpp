// cartegrise — the single source of truth for the library version.
// CMake, the Conan recipe and the vcpkg port read these three lines.
#ifndef CARTEGRISE_VERSION_HPP
#define CARTEGRISE_VERSION_HPP

#define CARTEGRISE_VERSION_MAJOR 0
#define CARTEGRISE_VERSION_MINOR 2
#define CARTEGRISE_VERSION_PATCH 0

#define CARTEGRISE_VERSION_STRING "0.2.0"

namespace cartegrise {
inline constexpr int version_major = CARTEGRISE_VERSION_MAJOR;
inline constexpr int version_minor = CARTEGRISE_VERSION_MINOR;
inline constexpr int version_patch = CARTEGRISE_VERSION_PATCH;
}  // namespace cartegrise

#endif
