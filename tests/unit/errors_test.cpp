// One check per row of docs/errors.md: each documented error is triggered, and its code, field and
// message are the documented ones. The row number (E1, E2, ...) is the one in docs/errors.md.
#include "../cases/published_cases.hpp"
#include "../../examples/cli/args.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace cartegrise;
using cases::used_vp;
using cases::vehicle_request;
using cases::with_malus;
using cases::with_ptac;

namespace {

template <class T>
void expect(const char* row, const result<T>& q, errc code, std::string_view field, std::string_view message) {
    INFO(row);
    REQUIRE_FALSE(q.has_value());
    CHECK(q.get_error().code == code);
    CHECK(q.get_error().field == field);
    CHECK(q.get_error().message == message);
}

request car() { return used_vp({2026, 6, 1}, "69", 5, {2020, 1, 1}); }
request new_car() { return with_malus(vehicle_request({2026, 6, 1}, "69", procedure::new_vehicle, genre::vp, energy::es, 5, {2026, 6, 1}), 150, 1500); }
request of_genre(genre g) { return vehicle_request({2026, 6, 1}, "69", procedure::used, g, energy::go, 8, {2020, 1, 1}); }

cli::parse_result cli_parse(std::vector<std::string_view> args) { return cli::parse_args(args, date{2026, 6, 1}); }

void expect_cli(const char* row, const cli::parse_result& p, cli::failure_kind kind, std::string_view field,
                std::string_view message_start, errc code = errc::invalid_value) {
    INFO(row);
    REQUIRE_FALSE(p.ok());
    CHECK(p.error->kind == kind);
    CHECK(p.error->exit_code() == (kind == cli::failure_kind::usage ? 2 : 1));
    CHECK(p.error->field == field);
    CHECK(p.error->message.substr(0, message_start.size()) == message_start);
    if (kind == cli::failure_kind::input) CHECK(p.error->code == code);
}

}  // namespace

TEST_CASE("errors of quote(): the request as a whole") {
    auto r = car();
    r.application_date.reset();
    expect("E1", quote(r), errc::missing_field, "date", "the application date is required");
    expect("E2", quote(used_vp({2026, 2, 29}, "69", 5, {2020, 1, 1})), errc::invalid_value, "date", "the application date is not a valid calendar date");
    expect("E3", quote(used_vp({2021, 12, 31}, "69", 5, {2020, 1, 1})), errc::date_out_of_range, "date", "applications before 2022-01-01 are outside the tables (CIBS in force from 2022)");
    r = car();
    r.holder_department.reset();
    expect("E4", quote(r), errc::missing_field, "department", "the department of the holder's address is required");
    r = car();
    r.holder_department = department::at(department_count);
    expect("E4b", quote(r), errc::unknown_department, "department", "unknown department");
    r = car();
    r.procedure.reset();
    expect("E5", quote(r), errc::missing_field, "procedure", "the procedure is required");
    r = car();
    r.procedure = static_cast<procedure>(procedure_count);
    expect("E6", quote(r), errc::unknown_procedure, "procedure", "unknown procedure");
    r = car();
    r.vehicle.genre = static_cast<genre>(genre_count);
    expect("E7", quote(r), errc::unknown_genre, "genre", "unknown genre code (J.1)");
    r = car();
    r.vehicle.energy = static_cast<energy>(energy_count);
    expect("E8", quote(r), errc::unknown_energy, "energy", "unknown energy code (P.3)");
    r = car();
    r.vehicle.cycle = static_cast<co2_cycle>(2);
    expect("E9", quote(r), errc::invalid_value, "cycle", "unknown CO2 test cycle (NEDC or WLTP)");
    r = car();
    r.vehicle.register_system = static_cast<registration_system>(2);
    expect("E10", quote(r), errc::invalid_value, "register", "unknown registration system (SIV or FNI)");
    r = car();
    r.vehicle.genre.reset();
    expect("E11", quote(r), errc::missing_field, "genre", "the genre (J.1) is required");
}

TEST_CASE("errors of quote(): numbers out of their range") {
    expect("E12", quote(used_vp({2026, 6, 1}, "69", 0, {2020, 1, 1})), errc::invalid_value, "cv", "the fiscal power (P.6) must be between 1 and 999 CV");
    expect("E12", quote(used_vp({2026, 6, 1}, "69", 1000, {2020, 1, 1})), errc::invalid_value, "cv", "the fiscal power (P.6) must be between 1 and 999 CV");
    auto r = car();
    r.vehicle.co2_g_km = -1;
    expect("E13", quote(r), errc::invalid_value, "co2", "CO2 (V.7) cannot be negative");
    r.vehicle.co2_g_km = 1000;
    expect("E14", quote(r), errc::beyond_table, "co2", "CO2 (V.7) above 999 g/km is beyond every grid");
    r = car();
    r.vehicle.mass_kg = 0;
    expect("E15", quote(r), errc::invalid_value, "mass", "the mass in running order (G.1) must be between 1 and 99 999 kg");
    r = car();
    r.vehicle.ptac_kg = 100000;
    expect("E16", quote(r), errc::invalid_value, "ptac", "the PTAC (F.2) must be between 1 and 99 999 kg");
    r = car();
    r.vehicle.cylinder_cm3 = -1;
    expect("E17", quote(r), errc::invalid_value, "cylinder", "the cylinder capacity (P.1) must be between 0 and 99 999 cm3");
    r = car();
    r.vehicle.seats = 100;
    expect("E18", quote(r), errc::invalid_value, "seats", "the number of seats (S.1) must be between 1 and 99");
    r = car();
    r.holder.dependent_children = 31;
    expect("E19", quote(r), errc::invalid_value, "children", "the number of dependent children must be between 0 and 30");
    r = car();
    r.purchase_price = money::cents(-1);
    expect("E20", quote(r), errc::invalid_value, "price", "the purchase price cannot be negative");
    r = car();
    r.address_change_rank = 0;
    expect("E21", quote(r), errc::invalid_value, "address-change", "the rank of the address change must be between 1 and 99");
    expect("E22", quote(used_vp({2026, 6, 1}, "69", 5, {2019, 13, 1})), errc::invalid_value, "first-registration", "the first registration date (B) is not a valid calendar date");
    expect("E23", quote(used_vp({2026, 6, 1}, "69", 5, {2026, 6, 2})), errc::date_out_of_range, "first-registration", "the first registration (B) is after the application date");
    auto early = new_car();
    early.vehicle.first_registration = date{2026, 5, 31};
    expect("E23b", quote(early), errc::not_applicable, "first-registration", "a new vehicle is first registered by this application: leave B unset or give the application date");
}

TEST_CASE("errors of quote(): genre and PTAC") {
    expect("E24", quote(of_genre(genre::vasp)), errc::missing_field, "ptac", "a VASP needs its PTAC (F.2): the rate differs above 3 500 kg");
    auto moped = of_genre(genre::cl);
    moped.vehicle.cylinder_cm3 = 51;
    expect("E25", quote(moped), errc::not_applicable, "cylinder", "a moped (CL, CYCL) has at most 50 cm3: check J.1 and P.1");
    expect("E26", quote(of_genre(genre::cam)), errc::missing_field, "ptac", "a truck (CAM) needs its PTAC (F.2) for the transport tax");
    expect("E27", quote(with_ptac(of_genre(genre::cam), 3500)), errc::not_applicable, "ptac", "a truck (CAM, N2/N3) has a PTAC above 3 500 kg; lighter goods vehicles are CTTE");
    expect("E28", quote(of_genre(genre::trr)), errc::missing_field, "ptac", "a road tractor (TRR) needs its PTAC (F.2): N1 and heavier tractors differ");
}

TEST_CASE("errors of quote(): procedures that need more, or do not combine") {
    auto r = car();
    r.procedure = procedure::collection;
    r.vehicle.first_registration.reset();
    expect("E29", quote(r), errc::missing_field, "first-registration", "a collection certificate needs the first registration date (B)");
    r.vehicle.first_registration = date{2000, 1, 1};
    expect("E30", quote(r), errc::not_applicable, "first-registration", "a collection certificate needs a vehicle of more than 30 years");
    r = car();
    r.procedure = procedure::duplicate;
    expect("E31", quote(r), errc::missing_field, "register", "say whether the number is SIV (AB-123-CD) or FNI (123 ABC 45)");
    r.vehicle.register_system = registration_system::fni;
    expect("E32", quote(r), errc::not_applicable, "register", "a vehicle first registered from 2009-04-15 has an SIV number, not an FNI one");
    r = car();
    r.procedure = procedure::address;
    r.vehicle.register_system = registration_system::siv;
    expect("E33", quote(r), errc::missing_field, "address-change", "on an SIV certificate the rank of the address change decides the fee (the first three give a sticker)");
    r = new_car();
    r.vehicle.register_system = registration_system::fni;
    expect("E34", quote(r), errc::not_applicable, "register", "a first registration in France is always in the SIV");
}

TEST_CASE("errors of quote(): the regional tax and the malus") {
    auto r = car();
    r.vehicle.fiscal_cv.reset();
    expect("E35", quote(r), errc::missing_field, "cv", "the fiscal power (P.6) is required for the regional tax");
    r = car();
    r.vehicle.energy.reset();
    expect("E36", quote(r), errc::missing_field, "energy", "the energy (P.3) is required: clean vehicles may be exempt");
    r = car();
    r.vehicle.first_registration.reset();
    expect("E37", quote(r), errc::missing_field, "first-registration", "the first registration date (B) is required: the rate is halved at 10 years");
    r = new_car();
    r.vehicle.eu_type_approval = false;
    expect("E38", quote(r), errc::beyond_table, "first-registration", "no power-based malus grid is known for that year (vehicles without EU type approval)");
    r = new_car();
    r.vehicle.co2_g_km.reset();
    expect("E39", quote(r), errc::missing_field, "co2", "CO2 (V.7) is required for the malus of a tourism vehicle");
    r = new_car();
    r.vehicle.cycle = co2_cycle::nedc;
    expect("E40", quote(r), errc::invalid_value, "cycle", "vehicles first registered from 2020-03-01 are taxed on their WLTP CO2");
    auto imp = with_malus(vehicle_request({2025, 6, 1}, "69", procedure::import, genre::vp, energy::es, 6, {2019, 6, 1}), 150, 1400);
    imp.vehicle.cycle = co2_cycle::wltp;
    expect("E41", quote(imp), errc::invalid_value, "cycle", "vehicles first registered before 2020-03-01 are taxed on their NEDC CO2");
    r = new_car();
    r.vehicle.mass_kg.reset();
    expect("E42", quote(r), errc::missing_field, "mass", "the mass in running order (G.1) is required for the mass malus (first registrations from 2022)");
    r = new_car();
    r.holder.dependent_children = 3;
    expect("E43", quote(r), errc::missing_field, "seats", "the large-family reduction needs the number of seats (S.1): at least 5");
    // next_fee_change() returns the error of the request (or of a later date) unchanged.
    expect("E44", next_fee_change(used_vp({2021, 12, 31}, "69", 5, {2020, 1, 1})), errc::date_out_of_range, "date", "applications before 2022-01-01 are outside the tables (CIBS in force from 2022)");
}

TEST_CASE("errors of the parsers") {
    expect("E45", parse_department("20"), errc::unknown_department, "department", "unknown department code (expected 01-95, 2A, 2B, 971-974 or 976)");
    expect("E46", parse_genre("CAR"), errc::unknown_genre, "genre", "unknown genre code (J.1), e.g. VP, CTTE, MTL, CL, CAM");
    expect("E47", parse_energy("XX"), errc::unknown_energy, "energy", "unknown energy code (P.3), e.g. ES, GO, EL, EH, GP, FE");
    expect("E48", parse_procedure("sell"), errc::unknown_procedure, "procedure", "unknown procedure (see 'cartegrise help')");
    expect("E49", parse_registration_system("abc"), errc::invalid_value, "register", "registration system must be 'siv' or 'fni'");
    expect("E50", parse_lang("de"), errc::invalid_value, "lang", "the language must be 'fr' or 'en'");
    CHECK_FALSE(parse_date("2026-13-01").has_value());  // E51: no error value; the CLI reports it (E63)
    CHECK_FALSE(parse_date("2026-02-30").has_value());
    CHECK_FALSE(parse_date("1/6/2026").has_value());
    expect("E52", parse_duplicate_reason("burnt"), errc::invalid_value, "reason", "duplicate reason must be 'theft', 'loss' or 'damage'");
    expect("E53", parse_import_origin("mars"), errc::invalid_value, "origin", "import origin must be 'eu' or 'outside-eu'");
    expect("E54", parse_deadline_kind("soon"), errc::invalid_value, "kind", "unknown deadline kind, e.g. registration, seller-declaration, provisional-certificate");
}

TEST_CASE("errors of documents_for() and the deadlines") {
    const auto bad = static_cast<procedure>(procedure_count);
    expect("E55", documents_for(bad, {}), errc::unknown_procedure, "procedure", "unknown procedure");
    document_context x;
    x.reason = duplicate_reason::theft;
    expect("E56", documents_for(procedure::used, x), errc::not_applicable, "reason", "a reason (theft, loss, damage) applies to a duplicate only");
    x = {};
    x.origin = import_origin::eu;
    expect("E57", documents_for(procedure::used, x), errc::not_applicable, "origin", "an origin (EU or not) applies to an imported vehicle only");
    x = {};
    x.first_registration = date{2020, 2, 30};
    expect("E58", documents_for(procedure::used, x), errc::invalid_value, "first-registration", "first registration is not a valid date");
    x = {};
    x.application_date = date{2026, 0, 1};
    expect("E58", documents_for(procedure::used, x), errc::invalid_value, "date", "application date is not a valid date");
    x = {};
    x.first_registration = date{2020, 1, 1};
    expect("E59", documents_for(procedure::used, x), errc::missing_field, "date", "the vehicle's age needs the application date as well as the first registration");
    x.application_date = date{2021, 12, 31};
    expect("E60", documents_for(procedure::used, x), errc::date_out_of_range, "date", "application date before 2022-01-01, the first date the tables cover");
    x.application_date = date{2026, 6, 1};
    x.first_registration = date{2026, 6, 2};
    expect("E60", documents_for(procedure::used, x), errc::date_out_of_range, "first-registration", "first registration after the application date");
    expect("E61", deadline_for(bad, deadline_kind::registration, {2026, 6, 1}), errc::unknown_procedure, "procedure", "unknown procedure");
    expect("E61", deadline_for(procedure::used, deadline_kind::registration, {2026, 2, 30}), errc::invalid_value, "event-date", "event date is not a valid date");
    expect("E61", deadlines_for(procedure::used, {2021, 12, 31}), errc::date_out_of_range, "event-date", "event date before 2022-01-01, the first date the tables cover");
    expect("E62", deadline_for(procedure::used, deadline_kind::w_garage_validity, {2026, 6, 1}), errc::not_applicable, "kind", "this procedure has no such deadline");
    expect("E62", deadline_for(procedure::used, deadline_kind::registration, {9999, 12, 31}), errc::date_out_of_range, "event-date", "the deadline falls after year 9999");
}

TEST_CASE("errors of the command line: input errors (exit 1) and usage errors (exit 2)") {
    using cli::failure_kind;
    expect_cli("E63", cli_parse({"quote", "--date", "2026-13-01"}), failure_kind::input, "date", "'2026-13-01' is not a date (YYYY-MM-DD)");
    expect_cli("E63", cli_parse({"quote", "--first-registration", "1/6/2026"}), failure_kind::input, "first-registration", "'1/6/2026' is not a date (YYYY-MM-DD)");
    expect_cli("E64", cli_parse({"quote", "--cycle", "epa"}), failure_kind::input, "cycle", "the CO2 test cycle must be 'wltp' or 'nedc'");
    expect_cli("E65", cli_parse({"quote", "--department", "20"}), failure_kind::input, "department", "unknown department code", errc::unknown_department);
    expect_cli("E66", cli_parse({}), failure_kind::usage, "", "no command (expected quote");
    expect_cli("E67", cli_parse({"qoute"}), failure_kind::usage, "", "unknown command 'qoute'");
    expect_cli("E68", cli_parse({"quote", "extra"}), failure_kind::usage, "", "unexpected argument 'extra'");
    expect_cli("E69", cli_parse({"quote", "--departement", "75"}), failure_kind::usage, "", "unknown option '--departement'");
    expect_cli("E69", cli_parse({"quote", "-x"}), failure_kind::usage, "", "unknown option '-x'");
    expect_cli("E70", cli_parse({"quote", "--cv", "5", "--cv", "6"}), failure_kind::usage, "cv", "option '--cv' given twice");
    expect_cli("E71", cli_parse({"quote", "--json=yes"}), failure_kind::usage, "json", "option '--json' takes no value");
    expect_cli("E72", cli_parse({"quote", "--cv"}), failure_kind::usage, "cv", "option '--cv' needs a value");
    expect_cli("E73", cli_parse({"quote", "--cv", "7x"}), failure_kind::usage, "cv", "--cv expects an integer, not '7x'");
    expect_cli("E74", cli_parse({"quote", "--price", "12.345"}), failure_kind::usage, "price", "--price expects euros with at most two decimals (35000 or 35000.50), not '12.345'");
}
