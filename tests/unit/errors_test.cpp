// One check per row of docs/errors.md: each documented error is triggered, and its code, field and
// reason are the documented ones, with a message in French and in English. The row number (E1, E2, ...)
// is the one in docs/errors.md. The command-line rows (E63 and after) are checked beside the tool
// (tests/cli/unit/cli_args_test.cpp).
#include "../cases/published_cases.hpp"

#include <cartegrise/text/error_messages.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace cartegrise;
using cases::used_vp;
using cases::vehicle_request;
using cases::with_malus;
using cases::with_ptac;
using rf = request_field;
using why = error_reason;

namespace {

bool has_placeholder(const std::string& m) {
    return m.find("{}") != std::string::npos || m.find("[]") != std::string::npos || m.find("(())") != std::string::npos;
}

template <class T>
void expect(const char* row, const result<T>& q, errc code, request_field field, error_reason reason) {
    INFO(row);
    REQUIRE_FALSE(q.has_value());
    CHECK(q.error().code == code);
    CHECK(q.error().field == field);
    CHECK(q.error().reason == reason);
    const std::string fr = message(q.error(), lang::fr);
    const std::string en = message(q.error(), lang::en);
    CAPTURE(fr);
    CAPTURE(en);
    CHECK_FALSE(fr.empty());
    CHECK_FALSE(en.empty());
    CHECK(fr != en);
    CHECK_FALSE(has_placeholder(fr));
    CHECK_FALSE(has_placeholder(en));
}

request car() { return used_vp({2026, 6, 1}, "69", 5, {2020, 1, 1}); }
request new_car() { return with_malus(vehicle_request({2026, 6, 1}, "69", procedure::new_vehicle, genre::vp, energy::es, 5, {2026, 6, 1}), 150, 1500); }
request of_genre(genre g) { return vehicle_request({2026, 6, 1}, "69", procedure::used, g, energy::go, 8, {2020, 1, 1}); }

}  // namespace

TEST_CASE("errors of quote(): the request as a whole") {
    auto r = car();
    r.application_date.reset();
    expect("E1", quote(r), errc::missing_field, rf::application_date, why::required);
    expect("E2", quote(used_vp(date::unchecked(2026, 2, 29), "69", 5, {2020, 1, 1})), errc::invalid_value, rf::application_date, why::not_a_calendar_date);
    expect("E3", quote(used_vp({2021, 12, 31}, "69", 5, {2020, 1, 1})), errc::date_out_of_range, rf::application_date, why::before_first_supported_date);
    r = car();
    r.holder_department.reset();
    expect("E4", quote(r), errc::missing_field, rf::holder_department, why::required);
    r = car();
    r.holder_department = department::at(department_count);
    expect("E4b", quote(r), errc::unknown_department, rf::holder_department, why::unknown_code);
    r = car();
    r.holder_department = department{};  // a default department is no department, never Ain
    expect("E4b", quote(r), errc::unknown_department, rf::holder_department, why::unknown_code);
    expect("E4b", quote_totals(r), errc::unknown_department, rf::holder_department, why::unknown_code);
    r = car();
    r.procedure.reset();
    expect("E5", quote(r), errc::missing_field, rf::procedure, why::required);
    r = car();
    r.procedure = static_cast<procedure>(procedure_count);
    expect("E6", quote(r), errc::unknown_procedure, rf::procedure, why::unknown_code);
    r = car();
    r.vehicle.genre = static_cast<genre>(genre_count);
    expect("E7", quote(r), errc::unknown_genre, rf::vehicle_genre, why::unknown_code);
    r = car();
    r.vehicle.energy = static_cast<energy>(energy_count);
    expect("E8", quote(r), errc::unknown_energy, rf::vehicle_energy, why::unknown_code);
    r = car();
    r.vehicle.cycle = static_cast<co2_cycle>(2);
    expect("E9", quote(r), errc::invalid_value, rf::vehicle_cycle, why::unknown_code);
    r = car();
    r.vehicle.register_system = static_cast<registration_system>(2);
    expect("E10", quote(r), errc::invalid_value, rf::vehicle_register_system, why::unknown_code);
    r = car();
    r.vehicle.genre.reset();
    expect("E11", quote(r), errc::missing_field, rf::vehicle_genre, why::required);
}

TEST_CASE("errors of quote(): numbers out of their range") {
    expect("E12", quote(used_vp({2026, 6, 1}, "69", 0, {2020, 1, 1})), errc::invalid_value, rf::vehicle_fiscal_cv, why::out_of_range);
    expect("E12", quote(used_vp({2026, 6, 1}, "69", 1000, {2020, 1, 1})), errc::invalid_value, rf::vehicle_fiscal_cv, why::out_of_range);
    auto r = car();
    r.vehicle.co2_g_km = -1;
    expect("E13", quote(r), errc::invalid_value, rf::vehicle_co2_g_km, why::negative);
    r.vehicle.co2_g_km = 1000;
    expect("E14", quote(r), errc::beyond_table, rf::vehicle_co2_g_km, why::co2_beyond_grids);
    r = car();
    r.vehicle.mass_kg = 0;
    expect("E15", quote(r), errc::invalid_value, rf::vehicle_mass_kg, why::out_of_range);
    r = car();
    r.vehicle.ptac_kg = 100000;
    expect("E16", quote(r), errc::invalid_value, rf::vehicle_ptac_kg, why::out_of_range);
    r = car();
    r.vehicle.cylinder_cm3 = -1;
    expect("E17", quote(r), errc::invalid_value, rf::vehicle_cylinder_cm3, why::out_of_range);
    r = car();
    r.vehicle.seats = 100;
    expect("E18", quote(r), errc::invalid_value, rf::vehicle_seats, why::out_of_range);
    r = car();
    r.holder.dependent_children = 31;
    expect("E19", quote(r), errc::invalid_value, rf::holder_dependent_children, why::out_of_range);
    r = car();
    r.purchase_price = money::cents(-1);
    expect("E20", quote(r), errc::invalid_value, rf::purchase_price, why::negative);
    r = car();
    r.address_change_rank = 0;
    expect("E21", quote(r), errc::invalid_value, rf::address_change_rank, why::out_of_range);
    expect("E22", quote(used_vp({2026, 6, 1}, "69", 5, date::unchecked(2019, 13, 1))), errc::invalid_value, rf::vehicle_first_registration, why::not_a_calendar_date);
    expect("E23", quote(used_vp({2026, 6, 1}, "69", 5, {2026, 6, 2})), errc::date_out_of_range, rf::vehicle_first_registration, why::after_application);
    auto early = new_car();
    early.vehicle.first_registration = date{2026, 5, 31};
    expect("E23b", quote(early), errc::not_applicable, rf::vehicle_first_registration, why::new_vehicle_first_registration);
}

TEST_CASE("errors of quote(): genre and PTAC") {
    expect("E24", quote(of_genre(genre::vasp)), errc::missing_field, rf::vehicle_ptac_kg, why::ptac_needed_vasp);
    auto moped = of_genre(genre::cl);
    moped.vehicle.cylinder_cm3 = 51;
    expect("E25", quote(moped), errc::not_applicable, rf::vehicle_cylinder_cm3, why::moped_over_50_cm3);
    expect("E26", quote(of_genre(genre::cam)), errc::missing_field, rf::vehicle_ptac_kg, why::ptac_needed_truck);
    expect("E27", quote(with_ptac(of_genre(genre::cam), 3500)), errc::not_applicable, rf::vehicle_ptac_kg, why::truck_too_light);
    expect("E28", quote(of_genre(genre::trr)), errc::missing_field, rf::vehicle_ptac_kg, why::ptac_needed_tractor);
}

TEST_CASE("errors of quote(): procedures that need more, or do not combine") {
    auto r = car();
    r.procedure = procedure::collection;
    r.vehicle.first_registration.reset();
    expect("E29", quote(r), errc::missing_field, rf::vehicle_first_registration, why::collection_needs_age);
    r.vehicle.first_registration = date{2000, 1, 1};
    expect("E30", quote(r), errc::not_applicable, rf::vehicle_first_registration, why::collection_needs_age);
    r = car();
    r.procedure = procedure::duplicate;
    expect("E31", quote(r), errc::missing_field, rf::vehicle_register_system, why::register_needed);
    r.vehicle.register_system = registration_system::fni;
    expect("E32", quote(r), errc::not_applicable, rf::vehicle_register_system, why::fni_after_siv_start);
    r = car();
    r.procedure = procedure::address;
    r.vehicle.register_system = registration_system::siv;
    expect("E33", quote(r), errc::missing_field, rf::address_change_rank, why::address_rank_needed);
    r = new_car();
    r.vehicle.register_system = registration_system::fni;
    expect("E34", quote(r), errc::not_applicable, rf::vehicle_register_system, why::first_registration_in_siv);
}

TEST_CASE("errors of quote(): the regional tax and the malus") {
    auto r = car();
    r.vehicle.fiscal_cv.reset();
    expect("E35", quote(r), errc::missing_field, rf::vehicle_fiscal_cv, why::cv_needed_regional_tax);
    r = car();
    r.vehicle.energy.reset();
    expect("E36", quote(r), errc::missing_field, rf::vehicle_energy, why::energy_needed_clean_vehicle);
    r = car();
    r.vehicle.first_registration.reset();
    expect("E37", quote(r), errc::missing_field, rf::vehicle_first_registration, why::first_registration_needed_age);
    r = new_car();
    r.vehicle.without_eu_type_approval = true;
    expect("E38", quote(r), errc::beyond_table, rf::vehicle_first_registration, why::power_grid_unknown);
    r = new_car();
    r.vehicle.co2_g_km.reset();
    expect("E39", quote(r), errc::missing_field, rf::vehicle_co2_g_km, why::co2_needed_malus);
    r = new_car();
    r.vehicle.cycle = co2_cycle::nedc;
    expect("E40", quote(r), errc::invalid_value, rf::vehicle_cycle, why::cycle_must_be_wltp);
    auto imp = with_malus(vehicle_request({2025, 6, 1}, "69", procedure::import, genre::vp, energy::es, 6, {2019, 6, 1}), 150, 1400);
    imp.vehicle.cycle = co2_cycle::wltp;
    expect("E41", quote(imp), errc::invalid_value, rf::vehicle_cycle, why::cycle_must_be_nedc);
    r = new_car();
    r.vehicle.mass_kg.reset();
    expect("E42", quote(r), errc::missing_field, rf::vehicle_mass_kg, why::mass_needed_malus);
    r = new_car();
    r.holder.dependent_children = 3;
    expect("E43", quote(r), errc::missing_field, rf::vehicle_seats, why::seats_needed_large_family);
    // The fiscal power of an import (fiscal_power.hpp).
    r = car();
    r.vehicle.fiscal_cv.reset();
    r.vehicle.max_net_power_kw = 90;
    expect("E83", quote(r), errc::not_applicable, rf::vehicle_max_net_power_kw, why::fiscal_power_only_for_import);
    vehicle_data v;
    v.genre = genre::vp;
    v.energy = energy::es;
    expect("E84", fiscal_power(v, {2026, 6, 1}), errc::missing_field, rf::vehicle_max_net_power_kw, why::power_needed_fiscal_power);
    v.max_net_power_kw = 90;
    vehicle_data moto = v;
    moto.genre = genre::mtt2;
    expect("E85", fiscal_power(moto, {2026, 6, 1}), errc::not_applicable, rf::vehicle_genre, why::fiscal_power_genre_not_encoded);
    expect("E86", fiscal_power(v, {1998, 6, 30}), errc::date_out_of_range, rf::application_date, why::fiscal_power_before_1998);
    expect("E87", fiscal_power(v, {2020, 6, 1}), errc::not_applicable, rf::application_date, why::fiscal_power_type_approval);
    vehicle_data ev = v;
    ev.energy = energy::el;
    expect("E88", fiscal_power(ev, {2015, 6, 1}), errc::not_applicable, rf::vehicle_energy, why::fiscal_power_electric_before_2021);
    expect("E89", fiscal_power(v, {2015, 6, 1}), errc::missing_field, rf::vehicle_co2_g_km, why::co2_needed_fiscal_power);
    // next_fee_change() returns the error of the request (or of a later date) unchanged.
    expect("E44", next_fee_change(used_vp({2021, 12, 31}, "69", 5, {2020, 1, 1})), errc::date_out_of_range, rf::application_date, why::before_first_supported_date);
}

TEST_CASE("errors of the parsers") {
    expect("E45", parse_department("20"), errc::unknown_department, rf::holder_department, why::unknown_code);
    expect("E46", parse_genre("CAR"), errc::unknown_genre, rf::vehicle_genre, why::unknown_code);
    expect("E47", parse_energy("XX"), errc::unknown_energy, rf::vehicle_energy, why::unknown_code);
    expect("E48", parse_procedure("sell"), errc::unknown_procedure, rf::procedure, why::unknown_code);
    expect("E49", parse_registration_system("abc"), errc::invalid_value, rf::vehicle_register_system, why::unknown_code);
    expect("E50", parse_lang("de"), errc::invalid_value, rf::language, why::unknown_code);
    CHECK_FALSE(parse_date("2026-13-01").has_value());  // E51: no error value; the CLI reports it (E63)
    CHECK_FALSE(parse_date("2026-02-30").has_value());
    CHECK_FALSE(parse_date("1/6/2026").has_value());
    expect("E52", parse_duplicate_reason("burnt"), errc::invalid_value, rf::context_reason, why::unknown_code);
    expect("E53", parse_import_origin("mars"), errc::invalid_value, rf::context_origin, why::unknown_code);
    expect("E54", parse_deadline_kind("soon"), errc::invalid_value, rf::deadline_kind, why::unknown_code);
}

TEST_CASE("errors of documents_for() and the deadlines") {
    const auto bad = static_cast<procedure>(procedure_count);
    expect("E55", documents_for(bad, {}), errc::unknown_procedure, rf::procedure, why::unknown_code);
    document_context x;
    x.reason = duplicate_reason::theft;
    expect("E56", documents_for(procedure::used, x), errc::not_applicable, rf::context_reason, why::reason_only_for_duplicate);
    x = {};
    x.origin = import_origin::eu;
    expect("E57", documents_for(procedure::used, x), errc::not_applicable, rf::context_origin, why::origin_only_for_import);
    x = {};
    x.first_registration = date::unchecked(2020, 2, 30);
    expect("E58", documents_for(procedure::used, x), errc::invalid_value, rf::context_first_registration, why::not_a_calendar_date);
    x = {};
    x.application_date = date::unchecked(2026, 0, 1);
    expect("E58", documents_for(procedure::used, x), errc::invalid_value, rf::context_application_date, why::not_a_calendar_date);
    x = {};
    x.first_registration = date{2020, 1, 1};
    expect("E59", documents_for(procedure::used, x), errc::missing_field, rf::context_application_date, why::age_needs_application_date);
    x.application_date = date{2021, 12, 31};
    expect("E60", documents_for(procedure::used, x), errc::date_out_of_range, rf::context_application_date, why::before_first_supported_date);
    x.application_date = date{2026, 6, 1};
    x.first_registration = date{2026, 6, 2};
    expect("E60", documents_for(procedure::used, x), errc::date_out_of_range, rf::context_first_registration, why::after_application);
    expect("E61", deadline_for(bad, deadline_kind::registration, {2026, 6, 1}), errc::unknown_procedure, rf::procedure, why::unknown_code);
    expect("E61", deadline_for(procedure::used, deadline_kind::registration, date::unchecked(2026, 2, 30)), errc::invalid_value, rf::event_date, why::not_a_calendar_date);
    expect("E61", deadlines_for(procedure::used, event_dates::all_on({2021, 12, 31})), errc::date_out_of_range, rf::events_transfer, why::before_first_supported_date);
    expect("E62", deadline_for(procedure::used, deadline_kind::w_garage_validity, {2026, 6, 1}), errc::not_applicable, rf::deadline_kind, why::deadline_not_of_procedure);
    expect("E62", deadline_for(procedure::used, deadline_kind::registration, {9999, 12, 31}), errc::date_out_of_range, rf::event_date, why::deadline_after_9999);
}
