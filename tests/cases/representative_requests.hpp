// The representative requests of the benchmarks (bench/bench_quote.cpp) and of the allocation test
// (tests/unit/allocation_test.cpp): a used car, a new car with CO2 and mass malus, an import with the
// months décote, a duplicata, a moped and a truck with Y.2 — all on 2026-06-01.
#ifndef CARTEGRISE_TESTS_REPRESENTATIVE_REQUESTS_HPP
#define CARTEGRISE_TESTS_REPRESENTATIVE_REQUESTS_HPP

#include <cartegrise/cartegrise.hpp>

#include <string_view>

namespace representative {

using namespace cartegrise;

inline constexpr date on{2026, 6, 1};

constexpr request base(std::string_view dept, procedure p, genre g, energy e, int cv, date first) {
    request r;
    r.application_date = on;
    r.holder_department = parse_department(dept).value();
    r.procedure = p;
    r.vehicle.genre = g;
    r.vehicle.energy = e;
    r.vehicle.fiscal_cv = cv;
    r.vehicle.first_registration = first;
    return r;
}

constexpr request used_vp() { return base("69", procedure::used, genre::vp, energy::es, 7, {2019, 5, 3}); }
constexpr request new_vp_malus() {  // CO2 and mass malus, 2026 grids
    request r = base("33", procedure::new_vehicle, genre::vp, energy::go, 9, on);
    r.vehicle.co2_g_km = 160;
    r.vehicle.mass_kg = 1950;
    return r;
}
constexpr request import_decote() {  // used import: décote by started months (from 2025-03-01)
    request r = base("67", procedure::import, genre::vp, energy::es, 8, {2023, 9, 15});
    r.vehicle.co2_g_km = 150;
    r.vehicle.mass_kg = 1950;
    r.vehicle.cycle = co2_cycle::wltp;
    return r;
}
constexpr request duplicata() {
    request r = base("75", procedure::duplicate, genre::vp, energy::es, 6, {2018, 2, 1});
    r.vehicle.register_system = registration_system::siv;
    return r;
}
constexpr request moped() {
    request r = base("13", procedure::used, genre::cl, energy::es, 1, {2020, 4, 1});
    r.vehicle.cylinder_cm3 = 49;
    return r;
}
constexpr request truck() {  // Y.2 for PTAC >= 11 t
    request r = base("59", procedure::used, genre::cam, energy::go, 12, {2021, 3, 1});
    r.vehicle.ptac_kg = 19000;
    return r;
}

}  // namespace representative

#endif
