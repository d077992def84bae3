// The baseline: the same start-up, semihosting output and stack measurement as the other firmware
// examples, and no library. What quote_firmware and grid_firmware add over this is what cartegrise
// costs on the device (bench/firmware_size.sh).
#include <cstdint>

#include "semihost.hpp"
#include "stack.hpp"

int main() {
    using firmware::semihost::line;
    line{} << "baseline firmware: no library";
    // The same number printing as the other examples (64-bit amounts), so that it is not counted as
    // the library's.
    line{} << "stack: high-water " << static_cast<std::int64_t>(firmware::stack::high_water()) << " of "
           << firmware::stack::size() << " bytes";
    return 0;
}
