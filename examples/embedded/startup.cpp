// Start-up of the firmware examples on a Cortex-M3 (QEMU lm3s6965evb): the vector table, a reset
// handler that copies .data from flash, zeroes .bss, paints the stack (stack.hpp) and calls main(), and
// a fault handler. main()'s return value is the exit status, through semihosting.
//
// No static constructors are run, because the firmware has none: the linker script (lm3s6965.ld) stops
// the link if .init_array, .preinit_array, .ctors or .fini_array holds anything.
#include <cstddef>
#include <cstdint>

#include "semihost.hpp"
#include "stack.hpp"

// Symbols of the linker script.
extern "C" std::uint32_t cg_data_start[];
extern "C" std::uint32_t cg_data_end[];
extern "C" const std::uint32_t cg_data_load[];
extern "C" std::uint32_t cg_bss_start[];
extern "C" std::uint32_t cg_bss_end[];

// The program's main(), under another name: C++ does not let a program call ::main itself.
extern "C" int cg_application_main() __asm__("main");

extern "C" [[noreturn]] void cg_reset_handler() noexcept;
extern "C" [[noreturn]] void cg_fault_handler() noexcept;

extern "C" void cg_reset_handler() noexcept {
    // Word by word through volatile pointers: the compiler keeps the loops (a few instructions) rather
    // than calling memcpy and memset.
    const volatile std::uint32_t* from = cg_data_load;
    for (volatile std::uint32_t* to = cg_data_start; to < cg_data_end;) *to++ = *from++;
    for (volatile std::uint32_t* p = cg_bss_start; p < cg_bss_end;) *p++ = 0u;
    firmware::stack::paint_below(firmware::stack::pointer());
    firmware::semihost::exit(cg_application_main());
}

// NMI, hard fault, memory management, bus and usage faults, and any exception nobody enabled.
extern "C" void cg_fault_handler() noexcept {
    firmware::semihost::write("firmware: fault\n");
    firmware::semihost::exit(99);
}

namespace {

using handler = void (*)();

// ARMv7-M vector table: the initial stack pointer, then the 15 system exceptions (no external
// interrupt is enabled, so none is listed). The core reads it at address 0 (lm3s6965.ld, .isr_vector).
struct vector_table {
    const std::uint32_t* initial_stack_pointer;
    handler exceptions[15];
};

[[gnu::used, gnu::section(".isr_vector")]] const vector_table vectors = {
    cg_stack_top,
    {
        cg_reset_handler,  // reset
        cg_fault_handler,  // NMI
        cg_fault_handler,  // hard fault
        cg_fault_handler,  // memory management fault
        cg_fault_handler,  // bus fault
        cg_fault_handler,  // usage fault
        nullptr, nullptr, nullptr, nullptr,  // reserved
        cg_fault_handler,  // SVCall
        cg_fault_handler,  // debug monitor
        nullptr,           // reserved
        cg_fault_handler,  // PendSV
        cg_fault_handler,  // SysTick
    },
};

}  // namespace
