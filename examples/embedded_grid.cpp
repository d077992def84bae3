// A price grid for a kiosk, a handheld terminal or firmware: computed by the compiler, stored as
// read-only data, printed with printf — no iostream, no heap, no exceptions, no RTTI needed.
// Also built with -Os -fno-exceptions -fno-rtti (target example_embedded_grid_os); the tests check with
// nm that its object has no static initialiser and no exception or RTTI symbol.
#include <cartegrise/grid.hpp>
#include <cartegrise/text/places.hpp>

#include <cstddef>
#include <cstdio>
#include <string_view>

namespace {
using namespace cartegrise;

constexpr department rennes = parse_department("35").value();

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

// 20 totals in cents, nothing else: 160 bytes of .rodata. A request that does not quote would be a
// compile error here, not a wrong price on a screen.
constexpr auto prices = fee_totals<1, 20>(used_car());
static_assert(prices[0] < prices[19]);
}  // namespace

int main() {
    constexpr std::string_view name = department_name(rennes);  // a constant: no code, no heap
    std::printf("Carte grise, used car, %.*s (%.*s), 2026-06-01\n", static_cast<int>(name.size()), name.data(),
                static_cast<int>(rennes.code().size()), rennes.code().data());
    for (std::size_t i = 0; i < prices.size(); ++i) {
        const auto cents = prices[i].in_cents();
        std::printf("%2d CV  %5lld,%02lld EUR\n", static_cast<int>(i) + 1, static_cast<long long>(cents / 100),
                    static_cast<long long>(cents % 100));
    }
    return 0;
}
