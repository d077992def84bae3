// Minimal ARM semihosting for the firmware examples: write a string, write a character, exit with a
// status. No libc stdio, no printf: a semihosting call is `bkpt 0xab` with the operation in r0 and its
// argument in r1 (ARM "Semihosting for AArch32 and AArch64", v2.0). The debugger — here QEMU with
// `-semihosting-config enable=on,target=native` — performs it and resumes the program.
#ifndef CARTEGRISE_FIRMWARE_SEMIHOST_HPP
#define CARTEGRISE_FIRMWARE_SEMIHOST_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace firmware::semihost {

enum operation : std::uint32_t {
    sys_writec = 0x03,         // r1: address of one character
    sys_write0 = 0x04,         // r1: address of a NUL-terminated string
    sys_exit = 0x18,           // r1: reason code (A32/T32: no exit status)
    sys_exit_extended = 0x20,  // r1: address of {reason, exit status}
};

// Reason codes of SYS_EXIT.
inline constexpr std::uint32_t adp_stopped_application_exit = 0x20026;
inline constexpr std::uint32_t adp_stopped_run_time_error = 0x20023;

inline std::uint32_t call(std::uint32_t op, const void* arg) noexcept {
    std::uint32_t ret = 0;
    __asm__ volatile(
        "mov r0, %[op]\n\t"
        "mov r1, %[arg]\n\t"
        "bkpt 0xab\n\t"
        "mov %[ret], r0"
        : [ret] "=r"(ret)
        : [op] "r"(op), [arg] "r"(arg)
        : "r0", "r1", "memory");
    return ret;
}

inline void write(const char* s) noexcept { call(sys_write0, s); }
inline void write(char c) noexcept { call(sys_writec, &c); }

// Ends the program with `status` as QEMU's exit status. Status 0 uses plain SYS_EXIT, which every
// debugger knows; another status needs SYS_EXIT_EXTENDED (semihosting 2.0; QEMU has it) and falls
// back to a run-time-error exit (status 1 in QEMU) where that is not supported.
[[noreturn]] inline void exit(int status) noexcept {
    if (status == 0) {
        call(sys_exit, reinterpret_cast<const void*>(adp_stopped_application_exit));
    } else {
        const std::uint32_t block[2] = {adp_stopped_application_exit, static_cast<std::uint32_t>(status)};
        call(sys_exit_extended, block);
        call(sys_exit, reinterpret_cast<const void*>(adp_stopped_run_time_error));
    }
    for (;;) __asm__ volatile("wfi");
}

// One line of output, built in a fixed buffer and written in one semihosting call.
class line {
public:
    line& operator<<(const char* s) noexcept {
        while (*s != '\0') put(*s++);
        return *this;
    }
    line& operator<<(std::string_view s) noexcept {
        for (const char c : s) put(c);
        return *this;
    }
    line& operator<<(char c) noexcept {
        put(c);
        return *this;
    }
    line& operator<<(std::int64_t v) noexcept {
        char digits[20];
        std::size_t n = 0;
        // Negative values through their magnitude in unsigned arithmetic (INT64_MIN included).
        std::uint64_t u = v < 0 ? 0u - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
        do {
            digits[n++] = static_cast<char>('0' + static_cast<int>(u % 10u));
            u /= 10u;
        } while (u != 0u && n < sizeof digits);
        if (v < 0) put('-');
        while (n > 0) put(digits[--n]);
        return *this;
    }
    line& operator<<(int v) noexcept { return *this << static_cast<std::int64_t>(v); }
    line& operator<<(std::size_t v) noexcept { return *this << static_cast<std::int64_t>(v); }

    // Writes the line and a newline.
    ~line() {
        buf_[size_++] = '\n';
        buf_[size_] = '\0';
        write(buf_);
    }

private:
    void put(char c) noexcept {
        if (size_ < capacity) buf_[size_++] = c;
    }
    static constexpr std::size_t capacity = 158;
    char buf_[capacity + 2]{};
    std::size_t size_ = 0;
};

}  // namespace firmware::semihost

#endif
