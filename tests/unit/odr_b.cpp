// Second translation unit of the ODR check (see odr_a.cpp).
#include <cartegrise/cartegrise.hpp>
#include <cartegrise/text.hpp>

#include <doctest/doctest.h>

#include <string>
#include <typeinfo>

std::string odr_quote_a();

namespace {
std::string odr_quote_b() {
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
}  // namespace

TEST_CASE("ODR: the headers in two translation units agree") {
    CHECK(odr_quote_a() == odr_quote_b());
    CHECK(odr_quote_a() == "€313.76");  // PACA 60 EUR x 5 = 300; 311; + 2,76
}

TEST_CASE("ODR: the library's names carry its version and data vintage (inline namespace)") {
    const std::string vintage = std::to_string(CARTEGRISE_DATA_VINTAGE);
    const std::string major = std::to_string(CARTEGRISE_VERSION_MAJOR);
    const std::string name = typeid(cartegrise::breakdown).name();
    CAPTURE(name);
    CHECK(name.find("v" + major + "_" + vintage) != std::string::npos);
}
