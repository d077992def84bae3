// cartegrise — the single source of truth for what a release is: the library version (CMake, the Conan
// recipe and the vcpkg port read the three lines below) and the vintage of the data it ships (the latest
// change its tables know; the dates themselves are in <cartegrise/vintage.hpp>).
//
// Both name the inline namespace every declaration of the library lives in, as fmt's `fmt::v11`:
// cartegrise::v1_20270101 for version 1.x with the data of 2027-01-01. Users write cartegrise::quote;
// the linker sees the version and the vintage, so two builds on different tables never meet silently in
// one program (an ODR violation) but fail to link, or live side by side. This header includes nothing,
// so that every header of the library can open the namespace.
#ifndef CARTEGRISE_VERSION_HPP
#define CARTEGRISE_VERSION_HPP

#define CARTEGRISE_VERSION_MAJOR 1
#define CARTEGRISE_VERSION_MINOR 0
#define CARTEGRISE_VERSION_PATCH 0

#define CARTEGRISE_VERSION_STRING "1.0.0"

// Year, month and day of the latest change the tables know (the IDFM surcharge of 12 EUR/CV and the
// 2027 CO2 grid, from 2027-01-01).
#define CARTEGRISE_DATA_VINTAGE 20270101

// The name of the inline namespace of a major version and a data vintage: v1_20270101.
#define CARTEGRISE_ABI_NAME_IMPL(major, vintage) v##major##_##vintage
#define CARTEGRISE_ABI_NAME(major, vintage) CARTEGRISE_ABI_NAME_IMPL(major, vintage)
#define CARTEGRISE_ABI_NAMESPACE CARTEGRISE_ABI_NAME(CARTEGRISE_VERSION_MAJOR, CARTEGRISE_DATA_VINTAGE)
// How every header of the library opens and closes its namespace.
#define CARTEGRISE_BEGIN_NAMESPACE \
    namespace cartegrise {         \
    inline namespace CARTEGRISE_ABI_NAMESPACE {
#define CARTEGRISE_END_NAMESPACE \
    }                            \
    }

CARTEGRISE_BEGIN_NAMESPACE
inline constexpr int version_major = CARTEGRISE_VERSION_MAJOR;
inline constexpr int version_minor = CARTEGRISE_VERSION_MINOR;
inline constexpr int version_patch = CARTEGRISE_VERSION_PATCH;
CARTEGRISE_END_NAMESPACE

#endif
