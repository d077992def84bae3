// Worked cases with their expected lines, shared by the doctest suite (tests/unit/quote_published_test.cpp)
// and the compile-time suite (tests/static/quote_published_static.cpp). Each case says where its figures
// come from: a published example (seed documents of the project, service-public.fr, BOFiP) or a derivation
// by hand from the rules and tables of its date (written out in the comment, so it can be checked).
#ifndef CARTEGRISE_TESTS_PUBLISHED_CASES_HPP
#define CARTEGRISE_TESTS_PUBLISHED_CASES_HPP

#include <cartegrise/cartegrise.hpp>

#include <cstdint>
#include <string_view>

namespace cases {

using namespace cartegrise;

struct expected {
    std::int64_t y1, y1_idfm, y2, y3, y4, y5, y6;  // cents
};

struct published_case {
    std::string_view name;
    request req;
    expected want;
};

constexpr department dep(std::string_view code) { return parse_department(code).value(); }

constexpr request vehicle_request(date on, std::string_view dept, procedure p, genre g, energy e, int cv, date first) {
    request r;
    r.application_date = on;
    r.holder_department = dep(dept);
    r.procedure = p;
    r.vehicle.genre = g;
    r.vehicle.energy = e;
    r.vehicle.fiscal_cv = cv;
    r.vehicle.first_registration = first;
    return r;
}
constexpr request used_vp(date on, std::string_view dept, int cv, date first, energy e = energy::es) {
    return vehicle_request(on, dept, procedure::used, genre::vp, e, cv, first);
}
constexpr request with_ptac(request r, int ptac) { r.vehicle.ptac_kg = ptac; return r; }
constexpr request with_register(request r, registration_system s) { r.vehicle.register_system = s; return r; }
constexpr request with_address_rank(request r, int rank) { r.address_change_rank = rank; return r; }
constexpr request with_malus(request r, int co2, int mass) {
    r.vehicle.co2_g_km = co2;
    r.vehicle.mass_kg = mass;
    return r;
}

// clang-format off
inline constexpr published_case published_cases[] = {
    // Seed "prix et formalités" 2022: "10 cv fiscaux … Grand-Est … 10 x 48 € = 480 €". 480 + 11 = 491; + 2,76.
    {"seed 2022: 10 CV in Grand Est = 480 EUR", used_vp({2022, 6, 1}, "67", 10, {2018, 1, 1}), {48000, 0, 0, 0, 1100, 276, 49376}},
    // The day before the 48 EUR rate (2022-02-01): 42 x 10.
    {"Grand Est 2022-01-31 still 42 EUR/CV", used_vp({2022, 1, 31}, "67", 10, {2018, 1, 1}), {42000, 0, 0, 0, 1100, 276, 43376}},
    // Paris 2026 after the IDFM surcharge: (54,95 + 14) x 7 = 482,65 (of which 98 IDFM); 493,65 -> 494; + 2,76.
    {"Paris 2026-06-01, 7 CV used VP (68,95 EUR/CV)", used_vp({2026, 6, 1}, "75", 7, {2019, 5, 3}), {48265, 9800, 0, 0, 1100, 276, 49676}},
    // The day before the surcharge: 54,95 x 7 = 384,65; 395,65 -> 396; + 2,76.
    {"Paris 2026-02-28, before IDFM", used_vp({2026, 2, 28}, "75", 7, {2019, 5, 3}), {38465, 0, 0, 0, 1100, 276, 39876}},
    // Ten years exactly: half rate. 54,95 x 7 / 2 = 192,325 -> 192,33; 14 x 7 / 2 = 49; 252,33 -> 252; + 2,76.
    {"ten years to the day: half rate", used_vp({2026, 6, 1}, "75", 7, {2016, 6, 1}), {24133, 4900, 0, 0, 1100, 276, 25476}},
    {"one day short of ten years: full rate", used_vp({2026, 6, 1}, "75", 7, {2016, 6, 2}), {48265, 9800, 0, 0, 1100, 276, 49676}},
    // 29 February: ten years on 28 February of a common year (decision 3). 384,65 / 2 -> 192,33; 203,33 -> 203.
    {"29 February registration, 10 years on 28 February", used_vp({2026, 2, 28}, "75", 7, {2016, 2, 29}), {19233, 0, 0, 0, 1100, 276, 20576}},
    {"29 February registration, 27 February: full rate", used_vp({2026, 2, 27}, "75", 7, {2016, 2, 29}), {38465, 0, 0, 0, 1100, 276, 39876}},
    // Rounding: 68,95 x 10 = 689,50; 700,50 rounds up to 701 (CIBS L.131-2); + 2,76.
    {"rounding: x,50 goes up", used_vp({2026, 6, 1}, "75", 10, {2019, 5, 3}), {68950, 14000, 0, 0, 1100, 276, 70376}},
    // Occitanie 47 -> 54,50 on 2024-10-01. 54,50 x 5 = 272,50; 283,50 -> 284 (a half counts as one).
    {"Occitanie 2024-09-30: 47 EUR/CV", used_vp({2024, 9, 30}, "31", 5, {2020, 1, 1}), {23500, 0, 0, 0, 1100, 276, 24876}},
    {"Occitanie 2024-10-01: 54,50 EUR/CV", used_vp({2024, 10, 1}, "31", 5, {2020, 1, 1}), {27250, 0, 0, 0, 1100, 276, 28676}},
    // Duplicata (decision 9): SIV Y.4 + Y.5 = 13,76; FNI (conversion to SIV) Y.5 only = 2,76 (seed duplicata guides).
    {"SIV duplicata = 13,76", with_register(vehicle_request({2026, 6, 1}, "75", procedure::duplicate, genre::vp, energy::es, 7, {2015, 3, 1}), registration_system::siv), {0, 0, 0, 0, 1100, 276, 1376}},
    {"FNI duplicata = 2,76", with_register(vehicle_request({2026, 6, 1}, "75", procedure::duplicate, genre::vp, energy::es, 7, {2005, 3, 1}), registration_system::fni), {0, 0, 0, 0, 0, 276, 276}},
    // Moped (decision 10): Y.1 nil, Y.5 not due, Y.4 due: 11 EUR.
    {"moped change of owner = 11", vehicle_request({2026, 6, 1}, "13", procedure::used, genre::cl, energy::es, 1, {2021, 4, 1}), {0, 0, 0, 0, 1100, 0, 1100}},
    // Address changes (decision 11): SIV 1st-3rd sticker = 0; 4th = 2,76; FNI = 2,76.
    {"SIV address change, 1st: sticker", with_address_rank(with_register(vehicle_request({2026, 6, 1}, "33", procedure::address, genre::vp, energy::es, 5, {2018, 1, 1}), registration_system::siv), 1), {0, 0, 0, 0, 0, 0, 0}},
    {"SIV address change, 3rd: sticker", with_address_rank(with_register(vehicle_request({2026, 6, 1}, "33", procedure::address, genre::vp, energy::es, 5, {2018, 1, 1}), registration_system::siv), 3), {0, 0, 0, 0, 0, 0, 0}},
    {"SIV address change, 4th: new certificate = 2,76", with_address_rank(with_register(vehicle_request({2026, 6, 1}, "33", procedure::address, genre::vp, energy::es, 5, {2018, 1, 1}), registration_system::siv), 4), {0, 0, 0, 0, 0, 276, 276}},
    {"FNI address change = 2,76", with_register(vehicle_request({2026, 6, 1}, "33", procedure::address, genre::vp, energy::es, 5, {2006, 1, 1}), registration_system::fni), {0, 0, 0, 0, 0, 276, 276}},
    // Correction of an administration error: nothing due.
    {"correction = 0", vehicle_request({2026, 6, 1}, "33", procedure::correction, genre::vp, energy::es, 5, {2018, 1, 1}), {0, 0, 0, 0, 0, 0, 0}},
    // W garage in Normandie 2025: one unit rate 60 + 11 + 2,76 = 73,76 (research notes §8).
    {"W garage, Normandie 2025 = 73,76", vehicle_request({2025, 6, 1}, "14", procedure::w_garage, genre::vp, energy::es, 9, {2025, 6, 1}), {6000, 0, 0, 0, 1100, 276, 7376}},
    // Electric (decision 5): nil everywhere until 2025-04-30; from 2025-05-01 only Hauts-de-France.
    {"EV Bretagne 2025-04-30: 13,76", used_vp({2025, 4, 30}, "35", 5, {2023, 1, 1}, energy::el), {0, 0, 0, 0, 1100, 276, 1376}},
    {"EV Bretagne 2025-05-01: 60 x 5 = 300", used_vp({2025, 5, 1}, "35", 5, {2023, 1, 1}, energy::el), {30000, 0, 0, 0, 1100, 276, 31376}},
    {"EV Hauts-de-France 2025-06-01: still exempt", used_vp({2025, 6, 1}, "59", 5, {2023, 1, 1}, energy::el), {0, 0, 0, 0, 1100, 276, 1376}},
    // Hauts-de-France from 2026-04-01 (decision 5 as revised): half its 43 EUR rate. 43 x 5 / 2 = 107,50;
    // + 11 = 118,50 -> 119; + 2,76 = 121,76 (the day before: 42 EUR, still exempt: 13,76).
    {"EV Hauts-de-France 2026-03-31: exempt", used_vp({2026, 3, 31}, "59", 5, {2023, 1, 1}, energy::el), {0, 0, 0, 0, 1100, 276, 1376}},
    {"EV Hauts-de-France 2026-04-01: 50 % of 43 x 5", used_vp({2026, 4, 1}, "59", 5, {2023, 1, 1}, energy::el), {10750, 0, 0, 0, 1100, 276, 12176}},
    {"hydrogen Hauts-de-France 2026-12-01: 50 % of 43 x 8", used_vp({2026, 12, 1}, "62", 8, {2024, 5, 1}, energy::h2), {17200, 0, 0, 0, 1100, 276, 18576}},
    // Hybrid in Hauts-de-France 2024 (50 %): 36,20 x 6 / 2 = 108,60; 119,60 -> 120.
    {"hybrid HdF 2024: 50 % off", used_vp({2024, 6, 1}, "59", 6, {2022, 1, 1}, energy::eh), {10860, 0, 0, 0, 1100, 276, 12276}},
    // Truck 7,5 t in ARA 2026: 43 x 10 / 2 = 215; Y.2 189; 415; + 2,76.
    {"truck 7.5 t, ARA 2026: Y.2 = 189", with_ptac(vehicle_request({2026, 6, 1}, "69", procedure::used, genre::cam, energy::go, 10, {2020, 1, 1}), 7500), {21500, 0, 18900, 0, 1100, 276, 41776}},
    // Light utility in ARA 2026: 43 x 6 = 258; Y.2 34; 303; + 2,76.
    {"CTTE ARA 2026: Y.2 = 34", with_ptac(vehicle_request({2026, 6, 1}, "69", procedure::used, genre::ctte, energy::go, 6, {2020, 1, 1}), 2800), {25800, 0, 3400, 0, 1100, 276, 30576}},
    // New VP 2026, ARA: 43 x 8 = 344; CO2 2026 grid 140 g = 2 205; mass 2026 1 950 kg =
    // 200x10 + 100x15 + 100x20 + 51x25 = 6 775 (latribuneauto 2026); 344 + 8 980 + 11 = 9 335; + 2,76.
    {"new VP 2026: CO2 140 g + 1 950 kg", with_malus(vehicle_request({2026, 6, 1}, "69", procedure::new_vehicle, genre::vp, energy::es, 8, {2026, 6, 1}), 140, 1950), {34400, 0, 0, 898000, 1100, 276, 933776}},
    // New VP 2024, mass 1 950 kg, CO2 below the grid: service-public F35950 "4 520 EUR".  43 x 5 = 215.
    {"new VP 2024: 1 950 kg = 4 520 (service-public)", with_malus(vehicle_request({2024, 3, 1}, "69", procedure::new_vehicle, genre::vp, energy::es, 5, {2024, 3, 1}), 100, 1950), {21500, 0, 0, 452000, 1100, 276, 474876}},
    // New VP 2024, 1 849 kg: BOFiP BOI-AIS-MOB-10-20-40 "2 750 EUR".
    {"new VP 2024: 1 849 kg = 2 750 (BOFiP)", with_malus(vehicle_request({2024, 3, 1}, "69", procedure::new_vehicle, genre::vp, energy::es, 5, {2024, 3, 1}), 100, 1849), {21500, 0, 0, 275000, 1100, 276, 297876}},
    // New VP 2022: 1 810 kg -> (1 810 - 1 800) x 10 = 100; CO2 2022 grid 160 g = 2 205 (BOFiP point). 43 x 7 = 301.
    {"new VP 2022: 160 g + 1 810 kg", with_malus(vehicle_request({2022, 6, 1}, "69", procedure::new_vehicle, genre::vp, energy::es, 7, {2022, 6, 1}), 160, 1810), {30100, 0, 0, 230500, 1100, 276, 261976}},
    // Import 2025-09-13 of a VP first registered 2018-09-13: 85 started months -> 53 % (official simulator
    // count); 2018 NEDC grid at 150 g = 2 300 (official sample) -> 1 081; no mass malus (before 2022).
    // 43 x 6 = 258; 258 + 1 081 + 11 = 1 350; + 2,76.
    {"import 2025: 85 started months, 53 % off", with_malus(vehicle_request({2025, 9, 13}, "69", procedure::import, genre::vp, energy::es, 6, {2018, 9, 13}), 150, 1400), {25800, 0, 0, 108100, 1100, 276, 135276}},
    // Import 2024-06-01 of a VP first registered 2018-01-15: 7 started years -> 70 % off; 2 300 -> 690.
    {"import 2024: 7 started years, 70 % off", with_malus(vehicle_request({2024, 6, 1}, "69", procedure::import, genre::vp, energy::es, 6, {2018, 1, 15}), 150, 1400), {25800, 0, 0, 69000, 1100, 276, 96176}},
    // Import 2025-06-01 of a VP first registered 2014-12-31: before 2015-01-01, no malus. 43 x 6 / 2 (>= 10 years).
    {"import 2025 of a 2014 car: no malus", with_malus(vehicle_request({2025, 6, 1}, "69", procedure::import, genre::vp, energy::es, 6, {2014, 12, 31}), 250, 1900), {12900, 0, 0, 0, 1100, 276, 14276}},
};
// clang-format on

}  // namespace cases

#endif
