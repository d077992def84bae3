// Firmware: a price grid computed by the compiler and stored in flash — the embedded_grid example
// (examples/embedded_grid.cpp) on a Cortex-M3. fee_totals<1, 20>() runs in a constant expression: the
// device holds 20 amounts (160 bytes of .rodata) and none of the engine. The grid is printed through
// semihosting and checked against the host command-line tool's figures (exit status: mismatches).
#include <cartegrise/grid.hpp>
#include <cartegrise/text/places.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "opaque.hpp"
#include "semihost.hpp"
#include "stack.hpp"

namespace {

using namespace cartegrise;
using firmware::semihost::line;

constexpr department rennes = parse_department("35").value();
constexpr std::string_view rennes_name = department_name(rennes);  // the text wing: a constant
constexpr std::string_view rennes_code = rennes.code();

constexpr request used_car() {
    request r;
    r.application_date = date{2026, 6, 1};
    r.holder_department = rennes;
    r.procedure = procedure::used;
    r.vehicle.genre = genre::vp;
    r.vehicle.energy = energy::es;
    r.vehicle.first_registration = date{2019, 5, 3};
    return r;
}

// 20 totals in cents, computed by the compiler: a request that does not quote is a compile error.
constexpr auto prices = fee_totals<1, 20>(used_car());
static_assert(prices.size() == 20 && prices[0] < prices[19]);

// The host CLI's Y.6 for the same request at 1 and 20 CV (`cartegrise quote --department 35 …`), and
// Bretagne's 60 € per CV in between; the whole grid is checked at compile time.
static_assert(prices[0] == money::cents(7376) && prices[19] == money::cents(121376));
constexpr bool steps_of_sixty_euros() noexcept {
    for (std::size_t i = 1; i < prices.size(); ++i)
        if (prices[i] - prices[i - 1] != money::euros(60)) return false;
    return true;
}
static_assert(steps_of_sixty_euros());

}  // namespace

int main() {
    line{} << "cartegrise grid firmware: used car, " << rennes_name << " (" << rennes_code << "), 2026-06-01";
    int mismatches = 0;
    // Through an opaque pointer: the grid is read from flash, not folded into the code as constants.
    const money* cells = firmware::opaque(prices.data());
    for (std::size_t i = 0; i < prices.size(); ++i) {
        const std::int64_t cents = cells[i].in_cents();
        const std::int64_t want = 7376 + 6000 * static_cast<std::int64_t>(i);
        if (cents != want) ++mismatches;
        line{} << (i < 9 ? " " : "") << static_cast<int>(i + 1) << " CV  Y.6=" << cents << " cents"
               << (cents == want ? "" : " MISMATCH");
    }
    line{} << "stack: high-water " << firmware::stack::high_water() << " of " << firmware::stack::size() << " bytes";
    line{} << "result: " << (mismatches == 0 ? "ok" : "FAILED");
    return mismatches;
}
