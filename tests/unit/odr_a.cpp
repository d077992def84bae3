// ODR check: the umbrella and the text wing included in two translation units of one program
// (odr_a.cpp, odr_b.cpp); a non-inline definition in a header would fail to link.
#include <cartegrise/cartegrise.hpp>
#include <cartegrise/text.hpp>

#include <string>

std::string odr_quote_a() {
    cartegrise::request r;
    r.application_date = cartegrise::date{2026, 6, 1};
    r.holder_department = cartegrise::parse_department("13").value();
    r.procedure = cartegrise::procedure::used;
    r.vehicle.genre = cartegrise::genre::vp;
    r.vehicle.energy = cartegrise::energy::go;
    r.vehicle.fiscal_cv = 5;
    r.vehicle.first_registration = cartegrise::date{2020, 1, 1};
    return cartegrise::format_money(cartegrise::quote(r).value().y6, cartegrise::lang::en);
}
