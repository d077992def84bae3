// Stack painting: the reset handler (startup.cpp) fills the whole stack with a pattern before main();
// the words the program ever wrote no longer hold it. The high-water mark is the distance from the top
// of RAM to the lowest word that changed. A probe repaints the free stack below the caller first, to
// measure the depth of one call alone.
#ifndef CARTEGRISE_FIRMWARE_STACK_HPP
#define CARTEGRISE_FIRMWARE_STACK_HPP

#include <cstddef>
#include <cstdint>

// Bounds of the stack, from the linker script (lm3s6965.ld): from the end of .bss to the top of RAM.
extern "C" std::uint32_t cg_stack_limit[];
extern "C" std::uint32_t cg_stack_top[];

namespace firmware::stack {

inline constexpr std::uint32_t pattern = 0x5AC3A55Cu;

inline std::uintptr_t pointer() noexcept {
    std::uintptr_t sp = 0;
    __asm__ volatile("mov %0, sp" : "=r"(sp));
    return sp;
}

// Fills [limit, sp) with the pattern: only words below the stack pointer, which no frame owns.
[[gnu::always_inline]] inline void paint_below(std::uintptr_t sp) noexcept {
    for (std::uintptr_t p = reinterpret_cast<std::uintptr_t>(cg_stack_limit); p + 4 <= sp; p += 4)
        *reinterpret_cast<volatile std::uint32_t*>(p) = pattern;
}

// The lowest address whose word is no longer the pattern (the top of the stack if none changed).
inline std::uintptr_t lowest_used() noexcept {
    std::uintptr_t p = reinterpret_cast<std::uintptr_t>(cg_stack_limit);
    const std::uintptr_t top = reinterpret_cast<std::uintptr_t>(cg_stack_top);
    while (p < top && *reinterpret_cast<volatile const std::uint32_t*>(p) == pattern) p += 4;
    return p;
}

inline std::size_t size() noexcept {
    return static_cast<std::size_t>(reinterpret_cast<std::uintptr_t>(cg_stack_top) -
                                    reinterpret_cast<std::uintptr_t>(cg_stack_limit));
}

// Bytes of stack used since reset, start-up and main's own frame included.
inline std::size_t high_water() noexcept {
    return static_cast<std::size_t>(reinterpret_cast<std::uintptr_t>(cg_stack_top) - lowest_used());
}

// Measures the stack one call takes below the caller's frame:
//     const auto probe = stack::probe::start();  work();  probe.depth();
// start() repaints the free stack, so depth() sees only what ran after it (within a few bytes: the
// reference is start()'s own stack pointer).
class probe {
public:
    [[gnu::noinline]] static probe start() noexcept {
        const std::uintptr_t sp = pointer();
        paint_below(sp);
        return probe{sp};
    }
    [[nodiscard]] std::size_t depth() const noexcept {
        const std::uintptr_t low = lowest_used();
        return low < sp_ ? static_cast<std::size_t>(sp_ - low) : 0u;
    }

private:
    explicit probe(std::uintptr_t sp) noexcept : sp_{sp} {}
    std::uintptr_t sp_;
};

}  // namespace firmware::stack

#endif
