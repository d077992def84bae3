#include <cartegrise/procedure.hpp>
#include <cartegrise/territory.hpp>
#include <cartegrise/text/places.hpp>
#include <cartegrise/vehicle.hpp>

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace cartegrise;

TEST_CASE("territory: parse what users type") {
    CHECK(department_name(*parse_department("75")) == "Paris");
    CHECK(parse_department("75")->region() == region::ile_de_france);
    CHECK(parse_department("2a")->code() == "2A");
    CHECK(parse_department("2B")->region() == region::corse);
    CHECK(parse_department("974")->region() == region::la_reunion);
    CHECK(parse_department("976")->region() == region::mayotte);
    CHECK(parse_department(" 06 ")->code() == "06");
    CHECK(parse_department("6")->code() == "06");
    CHECK(department_name(*parse_department("01")) == "Ain");
    CHECK(department_name(*parse_department("95")) == "Val-d'Oise");
}

TEST_CASE("territory: unknown codes are typed errors naming the field") {
    for (const char* bad : {"", "0", "00", "20", "96", "99", "975", "977", "2C", "7500", "AB", "-1", "9 7", "\t"}) {
        CAPTURE(bad);
        const auto r = parse_department(bad);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == errc::unknown_department);
        CHECK(r.error().field == request_field::holder_department);
    }
}

TEST_CASE("territory: every department is listed once, with a region, in the official order") {
    std::set<std::string> codes;
    for (std::size_t i = 0; i < department_count; ++i) {
        const auto d = department::at(i);
        CHECK(codes.insert(std::string{d.code()}).second);
        CHECK(static_cast<std::size_t>(d.region()) < region_count);
        CHECK(parse_department(d.code()) == d);
    }
    CHECK(codes.size() == 101);
    std::size_t metropolitan = 0;
    for (std::size_t i = 0; i < department_count; ++i) metropolitan += department::at(i).code().size() == 2;
    CHECK(metropolitan == 96);
}

TEST_CASE("vehicle: genre and energy codes round-trip, case-insensitive") {
    for (std::size_t i = 0; i < genre_count; ++i) {
        const auto g = static_cast<genre>(i);
        CHECK(parse_genre(to_string(g)) == g);
    }
    for (std::size_t i = 0; i < energy_count; ++i) {
        const auto e = static_cast<energy>(i);
        CHECK(parse_energy(to_string(e)) == e);
    }
    CHECK(parse_genre("ctte") == genre::ctte);
    CHECK(parse_energy("1a") == energy::e_1a);
    CHECK(family_of(energy::el) == energy_family::electric_or_hydrogen);
    CHECK(family_of(energy::eh) == energy_family::hybrid);
    CHECK(family_of(energy::ee) == energy_family::plugin_hybrid);
    CHECK(family_of(energy::fe) == energy_family::e85);
    CHECK(family_of(energy::gp) == energy_family::lpg);
    CHECK(family_of(energy::gn) == energy_family::natural_gas);
    CHECK(family_of(energy::es) == energy_family::conventional);
    CHECK(electrification_of(energy::gl) == electrification::plugin);
    CHECK(electrification_of(energy::gh) == electrification::non_plugin);
}

TEST_CASE("vehicle and procedure: bad codes are typed errors") {
    CHECK(parse_genre("XX").error().code == errc::unknown_genre);
    CHECK(parse_genre("").error().field == request_field::vehicle_genre);
    CHECK(parse_genre("VPX").error().code == errc::unknown_genre);
    CHECK(parse_energy("E").error().code == errc::unknown_energy);
    CHECK(parse_energy("ESS").error().field == request_field::vehicle_energy);
    CHECK(parse_procedure("sell").error().code == errc::unknown_procedure);
    CHECK(parse_registration_system("xyz").error().field == request_field::vehicle_register_system);
    for (std::size_t i = 0; i < procedure_count; ++i) {
        const auto p = static_cast<procedure>(i);
        CHECK(parse_procedure(to_string(p)) == p);
    }
}

TEST_CASE("territory: a department is one byte; names and INSEE codes live apart from the codes") {
    static_assert(sizeof(department) == 1, "a department holds a uint8 index");
    CHECK(department::at(0).code() == "01");
    CHECK(department_name(department::at(0)) == "Ain");
    CHECK(department_name(department::at(department_count - 1)) == "Mayotte");
    CHECK(region_name(region::ile_de_france) == "Île-de-France");
    CHECK(region_name(region::la_reunion) == "La Réunion");
    CHECK(insee_code(region::ile_de_france) == "11");
    CHECK(insee_code(region::mayotte) == "06");
    CHECK(in_region(region::hauts_de_france, lang::fr) == "dans les Hauts-de-France");
    CHECK(in_region(region::bretagne, lang::en) == "in Bretagne");
    for (std::size_t i = 0; i < region_count; ++i) {
        CHECK(region_name(static_cast<region>(i)) != "?");
        CHECK(insee_code(static_cast<region>(i)).size() == 2);
    }
    CHECK(region_name(static_cast<region>(region_count)) == "?");
}

TEST_CASE("vehicle: CO2 cycle codes, and the parsers' errors say the code is unknown") {
    CHECK(parse_co2_cycle("WLTP") == co2_cycle::wltp);
    CHECK(parse_co2_cycle("nedc") == co2_cycle::nedc);
    CHECK(to_string(co2_cycle::wltp) == "wltp");
    const auto bad_cycle = parse_co2_cycle("epa");
    REQUIRE_FALSE(bad_cycle.has_value());
    CHECK(bad_cycle.error().code == errc::invalid_value);
    CHECK(bad_cycle.error().field == request_field::vehicle_cycle);
    CHECK(bad_cycle.error().reason == error_reason::unknown_code);
    CHECK(parse_genre("XX").error().reason == error_reason::unknown_code);
    CHECK(parse_energy("XX").error().reason == error_reason::unknown_code);
    CHECK(parse_procedure("sell").error().reason == error_reason::unknown_code);
    CHECK(parse_department("20").error().reason == error_reason::unknown_code);
    CHECK(parse_registration_system("abc").error().reason == error_reason::unknown_code);
    CHECK(to_string(static_cast<genre>(genre_count)) == "?");
    CHECK(to_string(static_cast<energy>(energy_count)) == "?");
    CHECK(to_string(static_cast<procedure>(procedure_count)) == "?");
    CHECK(vehicle_class_count == static_cast<std::size_t>(vehicle_class::trailer) + 1);
}
