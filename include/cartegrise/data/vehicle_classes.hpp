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

#include "../detail/lookup.hpp"
#include "../vehicle.hpp"
#include "../source.hpp"
#include "vintage.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace data {

// The sources of the rows below: each row names one (src::key), several rows may share it.
namespace src {
// clang-format off
inline constexpr source class_l421_45{"class_l421_45", evidence::law, {2021, 12, 22}, "CIBS, art. L.421-45",
    "tarif plein, réduit de moitié à dix ans",
    "full rate, halved at ten years"};
inline constexpr source class_l421_45_57{"class_l421_45_57", evidence::official, {2023, 12, 1}, "CIBS, art. L.421-45 ; Y.2 : art. L.421-57",
    "montant de Y.2 d'après les données du simulateur officiel 2023",
    "Y.2 amount from the official simulator data 2023"};
inline constexpr source class_vasp_light{"class_vasp_light", evidence::law, {2021, 12, 22}, "CIBS, art. L.421-45 ; art. L.421-30, 3°",
    "VASP hors du champ de Y.2",
    "VASP outside Y.2"};
inline constexpr source class_vasp_heavy{"class_vasp_heavy", evidence::law, {2021, 12, 22}, "CIBS, art. L.421-47 ; art. L.421-30, 3°",
    "VASP hors du champ de Y.2",
    "VASP outside Y.2"};
inline constexpr source class_motorcycle{"class_motorcycle", evidence::law, {2021, 12, 22}, "CIBS, art. L.421-46, 2°",
    "demi-tarif pour les motocyclettes (L3e, L4e)",
    "half rate for motorcycles (L3e, L4e)"};
inline constexpr source class_moped{"class_moped", evidence::law, {2021, 12, 22}, "CIBS, art. L.421-46, 1°",
    "tarif nul pour les cyclomoteurs (L1e, L2e)",
    "nil rate for mopeds (L1e, L2e)"};
inline constexpr source class_l421_47_57{"class_l421_47_57", evidence::official, {2023, 12, 1}, "CIBS, art. L.421-47 ; Y.2 : art. L.421-57",
    "montant de Y.2 d'après les données du simulateur officiel 2023",
    "Y.2 amount from the official simulator data 2023"};
inline constexpr source class_tractor_light{"class_tractor_light", evidence::official, {2023, 12, 1}, "CIBS, art. L.421-47, 1° ; Y.2 : art. L.421-57",
    "montant de Y.2 d'après les données du simulateur officiel 2023",
    "Y.2 amount from the official simulator data 2023"};
inline constexpr source class_agricultural{"class_agricultural", evidence::official, {2023, 12, 1}, "Données du simulateur officiel 2023",
    "coefficient nul",
    "nil coefficient"};
inline constexpr source class_trailer{"class_trailer", evidence::law, {2021, 12, 22}, "CIBS, art. L.421-30, 2°",
    "une remorque n'est pas un véhicule à moteur",
    "not a motor vehicle"};
// clang-format on
}  // namespace src

struct vehicle_class_row {
    vehicle_class key;
    date since;
    std::int32_t coef_num;  // Y.1 coefficient under 10 years: coef_num / coef_den
    std::int32_t coef_den;
    bool halved_at_ten;     // CIBS L.421-45: half rate at 10 years, unless a special rate applies
    std::int32_t y2_euros;  // Y.2 on a change of owner
    source_ref source;
};

// clang-format off
inline constexpr vehicle_class_row vehicle_classes[] = {
    // class                           since        coef  10y    Y.2  source
    {vehicle_class::tourism,            {2022, 1, 1}, 1, 1, true,   0, src::class_l421_45},
    {vehicle_class::light_utility,      {2022, 1, 1}, 1, 1, true,  34, src::class_l421_45_57},
    {vehicle_class::vasp_light,         {2022, 1, 1}, 1, 1, true,   0, src::class_vasp_light},
    {vehicle_class::vasp_heavy,         {2022, 1, 1}, 1, 2, false,   0, src::class_vasp_heavy},
    {vehicle_class::motorcycle,         {2022, 1, 1}, 1, 2, false,   0, src::class_motorcycle},
    {vehicle_class::tricycle,           {2022, 1, 1}, 1, 1, true,   0, src::class_l421_45},
    {vehicle_class::quadricycle,        {2022, 1, 1}, 1, 1, true,   0, src::class_l421_45},
    {vehicle_class::moped,              {2022, 1, 1}, 0, 1, false,   0, src::class_moped},
    {vehicle_class::truck_light,        {2022, 1, 1}, 1, 2, false, 127, src::class_l421_47_57},
    {vehicle_class::truck_medium,       {2022, 1, 1}, 1, 2, false, 189, src::class_l421_47_57},
    {vehicle_class::truck_heavy,        {2022, 1, 1}, 1, 2, false, 285, src::class_l421_47_57},
    {vehicle_class::bus,                {2022, 1, 1}, 1, 2, false, 285, src::class_l421_47_57},
    {vehicle_class::road_tractor_light, {2022, 1, 1}, 1, 2, false,  34, src::class_tractor_light},
    {vehicle_class::road_tractor_heavy, {2022, 1, 1}, 1, 2, false, 285, src::class_l421_47_57},
    {vehicle_class::agricultural,       {2022, 1, 1}, 0, 1, false,   0, src::class_agricultural},
    {vehicle_class::trailer,            {2022, 1, 1}, 0, 1, false,   0, src::class_trailer},
};
// clang-format on
static_assert(cartegrise::detail::dated_rows_ok(vehicle_classes, [](const vehicle_class_row& r) {
                  return r.coef_num >= 0 && r.coef_den > 0 && r.y2_euros >= 0;
              }) && cartegrise::detail::every_key_covered_from<vehicle_classes, vehicle_class_count>(first_supported_date),
              "cartegrise: vehicle classes sorted, coefficients and Y.2 in range, every class from 2022-01-01");

constexpr const vehicle_class_row* vehicle_class_rules(vehicle_class c, date d) noexcept {
    return cartegrise::detail::in_force<vehicle_classes, vehicle_class_count>(c, d);
}

// PTAC limits of the Y.2 brackets (CIBS L.421-57): 3.5 t, 6 t, 11 t.
inline constexpr int ptac_light_limit_kg = 3500;
inline constexpr int ptac_medium_from_kg = 6000;
inline constexpr int ptac_heavy_from_kg = 11000;
// Mopeds (L1e, L2e): at most 50 cm3 (regulation (EU) 168/2013, annex I).
inline constexpr int moped_max_cylinder_cm3 = 50;

}  // namespace data
CARTEGRISE_END_NAMESPACE

#endif
