// Regressions found by the fuzz targets (tests/fuzz), and the extreme inputs they start from: each
// input answered by an error naming its field, never by a guessed value.
#include "../cases/published_cases.hpp"

#include <cartegrise/text/places.hpp>

#include <doctest/doctest.h>

#include "quote_checks.hpp"

#include <cstdint>
#include <limits>

using namespace cartegrise;
using quote_checks::check_error;
using cases::used_vp;

// Found by quote_fuzzer: co2_cycle and registration_system have a fixed underlying type, so any byte is
// a value of them. A cycle outside NEDC/WLTP was ignored where no CO2 grid is read (a used car), and a
// registration system outside SIV/FNI was read as SIV: a quote instead of an error.
TEST_CASE("an enumerator outside co2_cycle or registration_system is refused, not read as a valid one") {
    auto r = used_vp({2026, 6, 1}, "75", 7, {2019, 5, 3});
    REQUIRE(quote(r).has_value());
    r.vehicle.cycle = static_cast<co2_cycle>(2);
    check_error(r, errc::invalid_value, request_field::vehicle_cycle);
    r.vehicle.cycle = static_cast<co2_cycle>(255);
    check_error(r, errc::invalid_value, request_field::vehicle_cycle);
    r.vehicle.cycle.reset();
    r.vehicle.register_system = static_cast<registration_system>(2);
    check_error(r, errc::invalid_value, request_field::vehicle_register_system);
    // Where the register decides the fee (a duplicata): no longer charged as an SIV duplicata.
    r.procedure = procedure::duplicate;
    check_error(r, errc::invalid_value, request_field::vehicle_register_system);
    r.vehicle.register_system = registration_system::siv;
    CHECK(quote(r).has_value());
}

TEST_CASE("out-of-range genre, energy and procedure bytes are errors") {
    auto r = used_vp({2026, 6, 1}, "75", 7, {2019, 5, 3});
    r.procedure = static_cast<procedure>(procedure_count);
    check_error(r, errc::unknown_procedure, request_field::procedure);
    r = used_vp({2026, 6, 1}, "75", 7, {2019, 5, 3});
    r.vehicle.genre = static_cast<genre>(genre_count);
    check_error(r, errc::unknown_genre, request_field::vehicle_genre);
    r.vehicle.genre = static_cast<genre>(255);
    check_error(r, errc::unknown_genre, request_field::vehicle_genre);
    r = used_vp({2026, 6, 1}, "75", 7, {2019, 5, 3});
    r.vehicle.energy = static_cast<energy>(energy_count);
    check_error(r, errc::unknown_energy, request_field::vehicle_energy);
}

TEST_CASE("extreme numbers and dates: errors, no overflow") {
    constexpr int int_max = std::numeric_limits<int>::max();
    constexpr int int_min = std::numeric_limits<int>::min();
    check_error(used_vp(date::unchecked(int_max, 1, 1), "75", 5, {2020, 1, 1}), errc::invalid_value, request_field::application_date);
    check_error(used_vp(date::unchecked(int_min, int_min, int_min), "75", 5, {2020, 1, 1}), errc::invalid_value, request_field::application_date);
    check_error(used_vp(date::unchecked(0, 6, 1), "75", 5, {2020, 1, 1}), errc::invalid_value, request_field::application_date);
    check_error(used_vp({2026, 6, 1}, "75", 5, date::unchecked(int_max, 12, 31)), errc::invalid_value, request_field::vehicle_first_registration);
    check_error(used_vp({2026, 6, 1}, "75", int_max, {2020, 1, 1}), errc::invalid_value, request_field::vehicle_fiscal_cv);
    check_error(used_vp({2026, 6, 1}, "75", int_min, {2020, 1, 1}), errc::invalid_value, request_field::vehicle_fiscal_cv);
    auto r = used_vp({2026, 6, 1}, "75", 5, {2020, 1, 1});
    r.holder.dependent_children = int_min;
    check_error(r, errc::invalid_value, request_field::holder_dependent_children);
    r = used_vp({2026, 6, 1}, "75", 5, {2020, 1, 1});
    r.address_change_rank = int_max;
    check_error(r, errc::invalid_value, request_field::address_change_rank);
    // The last day a certificate can print, both as the application and the first registration.
    const auto last = quote(used_vp({9999, 12, 31}, "75", 999, {9999, 12, 31}));
    REQUIRE(last.has_value());
    CHECK(last->after_data_vintage);
    CHECK(last->y6 == round_to_euro(last->y1 + last->y2 + last->y3 + last->y4) + last->y5);
    // A purchase price at the top of int64: the 50 % cap is computed without overflow.
    auto priced = cases::with_malus(cases::vehicle_request({2023, 6, 1}, "69", procedure::new_vehicle, genre::vp, energy::es, 5, {2023, 6, 1}), 200, 1000);
    priced.purchase_price = money::cents(std::numeric_limits<std::int64_t>::max());
    CHECK(quote(priced)->y3 == money::euros(21966));
}

TEST_CASE("department::at() beyond the list is not ok() and quote() refuses it; parse_department refuses") {
    for (const std::size_t i : {department_count, department_count + 1, std::numeric_limits<std::size_t>::max()}) {
        const auto d = department::at(i);
        CHECK_FALSE(d.ok());
        CHECK(d.code() == "?");
        CHECK(department_name(d) == "?");
        CHECK(region_name(d.region()) == "?");
        CHECK(insee_code(d.region()) == "?");
        auto r = cases::used_vp({2026, 6, 1}, "75", 5, {2020, 1, 1});
        r.holder_department = d;
        const auto q = quote(r);
        REQUIRE_FALSE(q.has_value());
        CHECK(q.error().code == errc::unknown_department);
        CHECK(q.error().field == request_field::holder_department);
    }
    CHECK(department::at(department_count - 1).ok());
    CHECK_FALSE(parse_department("").has_value());
    CHECK_FALSE(parse_department("   ").has_value());
    CHECK_FALSE(parse_department("0").has_value());
    CHECK_FALSE(parse_department("2c").has_value());
    CHECK_FALSE(parse_department("9740").has_value());
    CHECK(parse_department("\t2b ").value().code() == "2B");
}
