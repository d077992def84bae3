// Firmware: cartegrise::quote() at run time on a Cortex-M3 (QEMU lm3s6965evb), every table linked.
//
// Six requests are read through volatile accesses (opaque.hpp), as a device would read them from a keypad, a card
// reader or a message, so the compiler cannot fold any quote. Each quote's Y.1 … Y.6 (in cents) are
// printed through semihosting and compared with the figures the host command-line tool gives for the
// same request (`cartegrise quote … --json`, copied below). The exit status is the number of
// mismatches: 0 when every amount matches.
//
// Two builds of this file (examples/embedded/CMakeLists.txt):
//   quote_firmware_trail   quote(): result<breakdown>, the lines and the explanation trail; the trail's
//                          step count and its total step are checked too.
//   quote_firmware_totals  CARTEGRISE_FIRMWARE_TOTALS=1: quote_totals(), result<totals>, the lines
//                          without a trail (quote_request() below).
//   quote_firmware_mismatch  one expectation off by a cent: must exit non-zero (tests only).
// Each build also prints the stack of every quote and the high-water mark since reset (stack.hpp).
#include <cartegrise/quote.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "opaque.hpp"
#include "semihost.hpp"
#include "stack.hpp"

#ifndef CARTEGRISE_FIRMWARE_TOTALS
#define CARTEGRISE_FIRMWARE_TOTALS 0
#endif
// 1: one expected amount is off by a cent (the test that a mismatch fails: quote_firmware_mismatch).
#ifndef CARTEGRISE_FIRMWARE_BREAK_EXPECTATION
#define CARTEGRISE_FIRMWARE_BREAK_EXPECTATION 0
#endif

namespace {

using namespace cartegrise;
using firmware::semihost::line;

// ---- The quote call: totals alone, or the lines with their explanation -----------------------------
inline auto quote_request(const request& r) noexcept {
#if CARTEGRISE_FIRMWARE_TOTALS
    return cartegrise::quote_totals(r);  // result<totals>: the lines, no trail
#else
    return cartegrise::quote(r);  // result<breakdown>: lines and explanation trail
#endif
}

// Y.1 … Y.6 of a quote, whatever it returns (breakdown or totals: both have y1 … y6).
struct lines {
    bool ok = false;
    error err{};
    std::int64_t y[6] = {0, 0, 0, 0, 0, 0};
    std::size_t steps = 0;         // trail length (trail build only)
    std::int64_t trail_total = 0;  // amount of the trail's `total` step (trail build only)
};

template <class Result>
lines totals_of(const Result& q) noexcept {
    lines l;
    if (!q) {
        l.err = q.error();
        return l;
    }
    l.ok = true;
    const money ys[6] = {q->y1, q->y2, q->y3, q->y4, q->y5, q->y6};
    for (std::size_t i = 0; i < 6; ++i) l.y[i] = ys[i].in_cents();
#if !CARTEGRISE_FIRMWARE_TOTALS
    l.steps = q->steps.size();
    if (const auto total = q->steps.template find<steps::total>()) l.trail_total = total->amount.in_cents();
#endif
    return l;
}

// ---- Inputs: what the device reads; constants in flash, read through volatile (opaque.hpp) ------
struct input {
    char department[4];           // as typed: "69", "2A", "974"
    std::uint8_t procedure;       // enum procedure
    std::uint8_t genre;           // J.1
    std::uint8_t energy;          // P.3
    std::int16_t cv;              // P.6; 0: not given
    std::int16_t first_year;      // B
    std::int8_t first_month;
    std::int8_t first_day;
    std::int16_t co2;             // V.7; 0: not given
    std::int16_t mass;            // G.1; 0: not given
    std::int16_t cylinder;        // P.1; 0: not given
    std::uint8_t cycle;           // 0: not given, 1: NEDC, 2: WLTP
    std::uint8_t register_system; // 0: not given, 1: SIV, 2: FNI
};

template <class E>
constexpr std::uint8_t code(E e) noexcept { return static_cast<std::uint8_t>(e); }

// Application date of every request: 2026-06-01.
constexpr std::int16_t application_year = 2026;
constexpr std::int8_t application_month = 6;
constexpr std::int8_t application_day = 1;

// clang-format off
constexpr input inputs[] = {
    // used car, Rhône, 7 CV
    {{'6', '9', 0, 0}, code(procedure::used), code(genre::vp), code(energy::es), 7, 2019, 5, 3, 0, 0, 0, 0, 0},
    // new car, Gironde, diesel 9 CV, 160 g/km WLTP, 1 950 kg: CO2 and mass malus (2026 grids)
    {{'3', '3', 0, 0}, code(procedure::new_vehicle), code(genre::vp), code(energy::go), 9, 2026, 6, 1, 160, 1950, 0, 0, 0},
    // used import, Bas-Rhin, 8 CV, first registered abroad 2023-09-15: malus with the months décote
    {{'6', '7', 0, 0}, code(procedure::import), code(genre::vp), code(energy::es), 8, 2023, 9, 15, 150, 1950, 0, 2, 0},
    // duplicata of an SIV certificate, Paris
    {{'7', '5', 0, 0}, code(procedure::duplicate), code(genre::vp), code(energy::es), 6, 2018, 2, 1, 0, 0, 0, 0, 1},
    // moped (CL, 49 cm³), Bouches-du-Rhône, change of owner
    {{'1', '3', 0, 0}, code(procedure::used), code(genre::cl), code(energy::es), 1, 2020, 4, 1, 0, 0, 49, 0, 0},
    // used car without its fiscal power: a typed error naming the field, not a guess
    {{'6', '9', 0, 0}, code(procedure::used), code(genre::vp), code(energy::es), 0, 2019, 5, 3, 0, 0, 0, 0, 0},
};
// clang-format on

// ---- Expected figures: the host CLI's, `cartegrise quote --date 2026-06-01 … --json` ---------------
struct expectation {
    const char* name;
    std::int64_t y[6];       // Y.1 … Y.6 in cents; ignored for an error
    std::size_t steps;       // explanation steps (trail build)
    request_field error;     // the field of the expected error; request_field::none when the quote succeeds
};

// clang-format off
constexpr expectation expected[] = {
    {"used VP 69 7 CV",            {30100, 0, 0,       1100, 276, 31476 + CARTEGRISE_FIRMWARE_BREAK_EXPECTATION}, 10, request_field::none},
    {"new VP 33 CO2+mass malus",   {52200, 0, 1554500, 1100, 276, 1608076}, 12, request_field::none},
    {"import VP 67 decote",        {48000, 0, 216288,  1100, 276, 265676},  13, request_field::none},
    {"duplicata SIV 75",           {0,     0, 0,       1100, 276, 1376},    6,  request_field::none},
    {"moped CL 13",                {0,     0, 0,       1100, 0,   1100},    9,  request_field::none},
    {"used VP 69 no CV",           {0,     0, 0,       0,    0,   0},       0,  request_field::vehicle_fiscal_cv},
};
// clang-format on
constexpr std::size_t case_count = sizeof(expected) / sizeof(expected[0]);
static_assert(sizeof(inputs) / sizeof(inputs[0]) == case_count, "one expectation per input");

// Builds the request of input i from the volatile fields: nothing here is known at compile time.
result<request> read_request(std::size_t i) noexcept {
    using firmware::read_volatile;
    const input& in = inputs[i];
    char dept[4] = {};
    std::size_t n = 0;
    for (; n < 3; ++n) {
        dept[n] = read_volatile(in.department[n]);
        if (dept[n] == '\0') break;
    }
    const auto d = parse_department(std::string_view{dept, n});
    if (!d) return failure{d.error()};

    request r;
    r.application_date = date{read_volatile(application_year), read_volatile(application_month), read_volatile(application_day)};
    r.holder_department = *d;
    r.procedure = static_cast<procedure>(read_volatile(in.procedure));
    r.vehicle.genre = static_cast<genre>(read_volatile(in.genre));
    r.vehicle.energy = static_cast<energy>(read_volatile(in.energy));
    if (const int cv = read_volatile(in.cv); cv > 0) r.vehicle.fiscal_cv = cv;
    r.vehicle.first_registration = date{read_volatile(in.first_year), read_volatile(in.first_month), read_volatile(in.first_day)};
    if (const int co2 = read_volatile(in.co2); co2 > 0) r.vehicle.co2_g_km = co2;
    if (const int mass = read_volatile(in.mass); mass > 0) r.vehicle.mass_kg = mass;
    if (const int cylinder = read_volatile(in.cylinder); cylinder > 0) r.vehicle.cylinder_cm3 = cylinder;
    if (const int cycle = read_volatile(in.cycle); cycle != 0) r.vehicle.cycle = cycle == 1 ? co2_cycle::nedc : co2_cycle::wltp;
    if (const int rs = read_volatile(in.register_system); rs != 0)
        r.vehicle.register_system = rs == 1 ? registration_system::siv : registration_system::fni;
    return r;
}

// One quote in its own frame, so that the stack probe sees the result object and everything quote()
// calls.
[[gnu::noinline]] lines run(const request& r) noexcept { return totals_of(quote_request(r)); }

bool check(std::size_t i, const lines& got, std::size_t stack_bytes) noexcept {
    const expectation& want = expected[i];
    bool ok = got.ok == (want.error == request_field::none);
    if (got.ok) {
        for (std::size_t k = 0; k < 6; ++k) ok = ok && got.y[k] == want.y[k];
#if !CARTEGRISE_FIRMWARE_TOTALS
        ok = ok && got.steps == want.steps && got.trail_total == want.y[5];
#endif
    } else {
        ok = ok && got.err.field == want.error;
    }
    line l;
    l << want.name << ':';
    if (got.ok) {
        for (std::size_t k = 0; k < 6; ++k) l << " Y." << static_cast<int>(k + 1) << '=' << got.y[k];
#if !CARTEGRISE_FIRMWARE_TOTALS
        l << " steps=" << got.steps;
#endif
    } else {
        l << " error field=" << to_string(got.err.field);
    }
    l << " stack=" << stack_bytes << (ok ? " ok" : " MISMATCH");
    return ok;
}

}  // namespace

int main() {
    line{} << "cartegrise quote firmware ("
           << (CARTEGRISE_FIRMWARE_TOTALS ? "totals: quote_totals()" : "trail: quote()")
           << "), Cortex-M3";
    int mismatches = 0;
    std::size_t deepest = 0;
    for (std::size_t i = 0; i < case_count; ++i) {
        const auto r = read_request(i);
        if (!r) {
            line{} << expected[i].name << ": bad input, field " << to_string(r.error().field) << " MISMATCH";
            ++mismatches;
            continue;
        }
        const auto probe = firmware::stack::probe::start();
        const lines got = run(*r);
        const std::size_t depth = probe.depth();
        if (deepest < depth) deepest = depth;
        if (!check(i, got, depth)) ++mismatches;
    }
    line{} << "stack: deepest quote " << deepest << " bytes, high-water " << firmware::stack::high_water() << " of "
           << firmware::stack::size() << " bytes";
    line{} << "result: " << static_cast<int>(case_count) - mismatches << '/' << static_cast<int>(case_count)
           << (mismatches == 0 ? " ok" : " FAILED");
    return mismatches;
}
