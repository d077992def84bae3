// Compiling this file is the test: every public header (the umbrella, the text wing and the procedures
// wing include them all) after <windows.h> as most Windows programs include it, without NOMINMAX nor
// WIN32_LEAN_AND_MEAN: with its min and max macros, ERROR, IN, OUT, OPTIONAL, DELETE, near, far… A header
// using one of those names breaks here, in the `mingw` preset. Elsewhere the file compiles the same
// quote without <windows.h>.
#if defined(_WIN32)
#include <windows.h>
#endif

#include <cartegrise/cartegrise.hpp>
#include <cartegrise/procedures/deadlines.hpp>
#include <cartegrise/procedures/documents.hpp>
#include <cartegrise/text.hpp>

namespace windows_h {

using namespace cartegrise;

constexpr request paris_used() noexcept {
    request r;
    r.application_date = date{2026, 6, 1};
    r.holder_department = parse_department("75").value();
    r.procedure = procedure::used;
    r.vehicle.genre = genre::vp;
    r.vehicle.energy = energy::es;
    r.vehicle.fiscal_cv = 7;
    r.vehicle.first_registration = date{2019, 5, 3};
    return r;
}

static_assert(quote(paris_used()).value().y6 == money::cents(49676), "README's quote: 496,76 EUR");

}  // namespace windows_h
