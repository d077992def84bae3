// One side of the two-vintage program (two_vintages.cmake): the name of the library's breakdown type
// and a quote, as this side's headers compile them. SIDE is a or b.
#include <cartegrise/quote.hpp>

#include <typeinfo>

#define CG_SIDE_NAME(side, what) CG_SIDE_NAME_IMPL(side, what)
#define CG_SIDE_NAME_IMPL(side, what) what##_##side

const char* CG_SIDE_NAME(SIDE, type_name)() { return typeid(cartegrise::breakdown).name(); }

long long CG_SIDE_NAME(SIDE, y6)() {
    cartegrise::request r;
    r.application_date = cartegrise::date{2026, 6, 1};
    r.holder_department = cartegrise::parse_department("13").value();
    r.procedure = cartegrise::procedure::used;
    r.vehicle.genre = cartegrise::genre::vp;
    r.vehicle.energy = cartegrise::energy::go;
    r.vehicle.fiscal_cv = 5;
    r.vehicle.first_registration = cartegrise::date{2020, 1, 1};
    const auto q = cartegrise::quote(r);
    return q ? q->y6.in_cents() : -1;
}
