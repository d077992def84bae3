// Values the compiler must not know: a device reads its inputs at run time, so the firmware examples
// read theirs through volatile accesses. The data itself stays `constexpr` in flash (.rodata), so
// that the firmware has no .data to copy for it.
#ifndef CARTEGRISE_FIRMWARE_OPAQUE_HPP
#define CARTEGRISE_FIRMWARE_OPAQUE_HPP

#include <type_traits>

namespace firmware {

// Reads a scalar through a volatile glvalue: a real load, never folded to its initial value.
template <class T>
T read_volatile(const T& x) noexcept {
    static_assert(std::is_scalar_v<T>, "read_volatile: scalars only");
    return *static_cast<const volatile T*>(&x);
}

// The same pointer, as far as the optimiser can tell from anywhere: what it points to is loaded at
// run time rather than folded at compile time.
template <class T>
const T* opaque(const T* p) noexcept {
    __asm__ volatile("" : "+r"(p));
    return p;
}

}  // namespace firmware

#endif
