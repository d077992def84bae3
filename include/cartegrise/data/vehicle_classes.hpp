// Y.1 genre coefficients and Y.2 (taxe sur les véhicules de transport) by vehicle class.
// Law: CIBS L.421-45 (rate halved at 10 years, unless a special rate already applies), L.421-46 (nil
// rate for L1e/L2e mopeds, half rate for L3e/L4e motorcycles), L.421-47 (half rate for N1 road tractors
// and M2, M3, N2, N3), L.421-30 2° (only motor vehicles), L.421-55 to L.421-57 (Y.2 for N, M2, M3 other
// than VASP). Amounts and coefficients: official simulator data (baremeVehicule.csv, 2023).
// History before our 2022 floor, kept for the record: motorcycles of 10 years or more paid a quarter rate
// until 2020-12-31 (0.5 × 0.5); since 2021-01-01 the halvings no longer stack (LF 2020 art. 69).
#ifndef CARTEGRISE_DATA_VEHICLE_CLASSES_HPP
#define CARTEGRISE_DATA_VEHICLE_CLASSES_HPP

#include <cstdint>
#include <string_view>

#include "../vehicle.hpp"
#include "table.hpp"

namespace cartegrise::data {

// Classes the fee rules distinguish; a genre (and for some, the PTAC) decides the class.
enum class vehicle_class : std::uint8_t {
    tourism,            // VP (M1)
    light_utility,      // CTTE (N1)
    vasp_light,         // VASP, PTAC <= 3.5 t (motorhomes...)
    vasp_heavy,         // VASP, PTAC > 3.5 t
    motorcycle,         // MTL, MTT1, MTT2, MTTE, MOTO (L3e, L4e)
    tricycle,           // TM (L5e)
    quadricycle,        // QM (L6e, L7e)
    moped,              // CL, CYCL (L1e, L2e, <= 50 cm3)
    truck_light,        // CAM, 3.5 t < PTAC < 6 t
    truck_medium,       // CAM, 6 t <= PTAC < 11 t
    truck_heavy,        // CAM, PTAC >= 11 t
    bus,                // TCP (M2, M3)
    road_tractor_light, // TRR, PTAC <= 3.5 t (N1)
    road_tractor_heavy, // TRR, PTAC > 3.5 t
    agricultural,       // TRA, MAGA, MIAR
    trailer,            // REM, SREM, RESP, SRSP, RETC, SRTC, SRAT, REA, SREA (not motor vehicles)
};
inline constexpr std::size_t vehicle_class_count = 16;

struct vehicle_class_row {
    vehicle_class key;
    date since;
    int coef_num;           // Y.1 coefficient under 10 years: coef_num / coef_den
    int coef_den;
    bool halved_at_ten;     // CIBS L.421-45: half rate at 10 years, unless a special rate applies
    std::int64_t y2_euros;  // Y.2 on a change of owner
    std::string_view label;
    std::string_view source;
};

// clang-format off
inline constexpr vehicle_class_row vehicle_classes[] = {
    // class                           since       coef  10y    Y.2  label                                 source
    {vehicle_class::tourism,           {2022,1,1}, 1, 1, true,    0, "tourism vehicle (VP, M1)",            "CIBS L.421-45"},
    {vehicle_class::light_utility,     {2022,1,1}, 1, 1, true,   34, "light utility (CTTE, N1)",            "CIBS L.421-45; Y.2: L.421-57"},
    {vehicle_class::vasp_light,        {2022,1,1}, 1, 1, true,    0, "special-purpose vehicle <= 3.5 t",    "CIBS L.421-45; VASP outside Y.2: L.421-30 3°"},
    {vehicle_class::vasp_heavy,        {2022,1,1}, 1, 2, false,   0, "special-purpose vehicle > 3.5 t",     "CIBS L.421-47; VASP outside Y.2: L.421-30 3°"},
    {vehicle_class::motorcycle,        {2022,1,1}, 1, 2, false,   0, "motorcycle (L3e, L4e)",               "CIBS L.421-46 2°"},
    {vehicle_class::tricycle,          {2022,1,1}, 1, 1, true,    0, "motor tricycle (TM, L5e)",            "CIBS L.421-45"},
    {vehicle_class::quadricycle,       {2022,1,1}, 1, 1, true,    0, "quadricycle (QM, L6e, L7e)",          "CIBS L.421-45"},
    {vehicle_class::moped,             {2022,1,1}, 0, 1, false,   0, "moped <= 50 cm3 (CL, CYCL)",          "CIBS L.421-46 1°"},
    {vehicle_class::truck_light,       {2022,1,1}, 1, 2, false, 127, "truck 3.5 t < PTAC < 6 t",            "CIBS L.421-47; Y.2: L.421-57"},
    {vehicle_class::truck_medium,      {2022,1,1}, 1, 2, false, 189, "truck 6 t <= PTAC < 11 t",            "CIBS L.421-47; Y.2: L.421-57"},
    {vehicle_class::truck_heavy,       {2022,1,1}, 1, 2, false, 285, "truck PTAC >= 11 t",                  "CIBS L.421-47; Y.2: L.421-57"},
    {vehicle_class::bus,               {2022,1,1}, 1, 2, false, 285, "bus or coach (TCP, M2, M3)",          "CIBS L.421-47; Y.2: L.421-57"},
    {vehicle_class::road_tractor_light,{2022,1,1}, 1, 2, false,  34, "road tractor <= 3.5 t (N1)",          "CIBS L.421-47 1°; Y.2: L.421-57"},
    {vehicle_class::road_tractor_heavy,{2022,1,1}, 1, 2, false, 285, "road tractor > 3.5 t",                "CIBS L.421-47; Y.2: L.421-57"},
    {vehicle_class::agricultural,      {2022,1,1}, 0, 1, false,   0, "agricultural or forestry vehicle",    "official simulator data 2023 (nil coefficient)"},
    {vehicle_class::trailer,           {2022,1,1}, 0, 1, false,   0, "trailer, semi-trailer or caravan",    "CIBS L.421-30 2°: not a motor vehicle"},
};
// clang-format on

static_assert(cartegrise::detail::sorted_by_key_then_date(vehicle_classes), "vehicle classes: sorted");
static_assert(cartegrise::detail::every_key_covered_from<vehicle_class>(vehicle_classes, vehicle_class_count, first_supported_date),
              "vehicle classes: every class from 2022-01-01");

constexpr const vehicle_class_row* vehicle_class_rules(vehicle_class c, date d) noexcept {
    return cartegrise::detail::find_in_force(vehicle_classes, c, d);
}

// PTAC limits of the Y.2 brackets (CIBS L.421-57): 3.5 t, 6 t, 11 t.
inline constexpr int ptac_light_limit_kg = 3500;
inline constexpr int ptac_medium_from_kg = 6000;
inline constexpr int ptac_heavy_from_kg = 11000;
// Mopeds (L1e, L2e): at most 50 cm3 (regulation (EU) 168/2013, annex I).
inline constexpr int moped_max_cylinder_cm3 = 50;

}  // namespace cartegrise::data

#endif
