// The command line of the `cartegrise` tool: parse_args() is pure, so every path is checked here,
// and a seeded random pass checks it never misbehaves on arbitrary input.
#include <cartegrise_cli/args.hpp>
#include <cartegrise_cli/messages.hpp>
#include <cartegrise_cli/report.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <initializer_list>
#include <random>
#include <string>
#include <string_view>
#include <vector>

using namespace cartegrise;
using cartegrise::cli::failure_kind;
using cartegrise::cli::parse_args;

namespace {

constexpr date today{2026, 11, 25};

cli::parse_result parse(std::initializer_list<std::string_view> args) {
    return parse_args(std::vector<std::string_view>(args), today);
}

void check_usage(std::initializer_list<std::string_view> args) {
    const auto r = parse(args);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error->kind == failure_kind::usage);
    CHECK(r.error->exit_code() == 2);
    CHECK(cli::describe(*r.error, lang::fr).find('\n') == std::string::npos);
    CHECK(cli::describe(*r.error, lang::en).find('\n') == std::string::npos);
}

void check_input(std::initializer_list<std::string_view> args, errc code, std::string_view field) {
    const auto r = parse(args);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error->kind == failure_kind::input);
    CHECK(r.error->exit_code() == 1);
    CHECK(r.error->refusal.code == code);
    CHECK(r.error->option == field);
    CHECK_FALSE(cli::describe(*r.error, lang::fr).empty());
}

}  // namespace

TEST_CASE("cli args: a full quote line fills the request") {
    const auto r = parse({"quote", "--department", "75", "--date", "2026-06-01", "--procedure", "used", "--genre", "VP",
                          "--energy", "ES", "--cv", "7", "--first-registration", "2019-05-03", "--co2", "120", "--cycle", "wltp",
                          "--mass", "1400", "--ptac", "1900", "--cylinder", "125", "--seats", "5", "--register", "siv",
                          "--address-change", "2", "--price", "35000.50", "--no-eu-approval",
                          "--wheelchair", "--invalidity", "--children", "3", "--legal-person", "--explain", "--lang", "en", "--json"});
    REQUIRE(r.ok());
    const auto& o = r.opts;
    CHECK(o.cmd == cli::command::quote);
    CHECK(o.date_given);
    CHECK(o.explain);
    CHECK(o.json);
    CHECK(o.language == lang::en);
    const auto& q = o.req;
    CHECK(*q.application_date == date{2026, 6, 1});
    CHECK(q.holder_department->code() == "75");
    CHECK(*q.procedure == procedure::used);
    CHECK(*q.vehicle.genre == genre::vp);
    CHECK(*q.vehicle.energy == energy::es);
    CHECK(*q.vehicle.fiscal_cv == 7);
    CHECK(*q.vehicle.first_registration == date{2019, 5, 3});
    CHECK(*q.vehicle.co2_g_km == 120);
    CHECK(*q.vehicle.cycle == co2_cycle::wltp);
    CHECK(*q.vehicle.mass_kg == 1400);
    CHECK(*q.vehicle.ptac_kg == 1900);
    CHECK(*q.vehicle.cylinder_cm3 == 125);
    CHECK(*q.vehicle.seats == 5);
    CHECK(*q.vehicle.register_system == registration_system::siv);
    CHECK(*q.address_change_rank == 2);
    CHECK(*q.purchase_price == money::cents(3500050));
    CHECK(q.vehicle.without_eu_type_approval);
    CHECK(q.vehicle.wheelchair_accessible);
    CHECK(q.holder.invalidity_card);
    CHECK(q.holder.dependent_children == 3);
    CHECK(q.holder.legal_person);
}

TEST_CASE("cli args: defaults — today's date, French, text, nothing guessed") {
    const auto r = parse({"quote", "--department=2a", "--procedure=w-garage"});
    REQUIRE(r.ok());
    CHECK_FALSE(r.opts.date_given);
    CHECK(*r.opts.req.application_date == today);
    CHECK(r.opts.language == lang::fr);
    CHECK_FALSE(r.opts.json);
    CHECK_FALSE(r.opts.explain);
    CHECK(r.opts.req.holder_department->code() == "2A");
    CHECK_FALSE(r.opts.req.vehicle.genre.has_value());
    CHECK_FALSE(r.opts.req.vehicle.fiscal_cv.has_value());
    CHECK_FALSE(r.opts.req.vehicle.co2_g_km.has_value());
    CHECK_FALSE(r.opts.req.purchase_price.has_value());
    CHECK_FALSE(r.opts.req.vehicle.without_eu_type_approval);
}

TEST_CASE("cli args: help and version") {
    CHECK(parse({"help"}).opts.cmd == cli::command::help);
    CHECK(parse({"--help"}).opts.cmd == cli::command::help);
    CHECK(parse({"-h"}).opts.cmd == cli::command::help);
    CHECK(parse({"help", "--lang", "en"}).opts.language == lang::en);
    CHECK(parse({"--version"}).opts.cmd == cli::command::version);
    CHECK(parse({"version"}).opts.cmd == cli::command::version);
    CHECK(parse({"quote", "--help"}).opts.cmd == cli::command::help);
    CHECK(parse({"--version"}).ok());
}

TEST_CASE("cli args: usage errors exit 2") {
    check_usage({});
    check_usage({"price"});
    check_usage({"--department", "75"});  // no command
    check_usage({"quote", "--departement", "75"});
    check_usage({"quote", "-d", "75"});
    check_usage({"quote", "--department"});
    check_usage({"quote", "--json=yes"});
    check_usage({"quote", "--cv", "7", "--cv", "8"});
    check_usage({"quote", "extra"});
    check_usage({"quote", "quote"});
    check_usage({"quote", "--"});
}

TEST_CASE("cli args: a value the tool cannot read is an input error (exit 1) on its field, like a refused one") {
    const struct {
        std::initializer_list<std::string_view> args;
        std::string_view option;
        request_field field;
        cli::problem what;
    } rows[] = {
        {{"quote", "--cv", "7x"}, "cv", request_field::vehicle_fiscal_cv, cli::problem::not_an_integer},
        {{"quote", "--cv", ""}, "cv", request_field::vehicle_fiscal_cv, cli::problem::not_an_integer},
        {{"quote", "--cv="}, "cv", request_field::vehicle_fiscal_cv, cli::problem::not_an_integer},
        {{"quote", "--cv", "99999999999"}, "cv", request_field::vehicle_fiscal_cv, cli::problem::not_an_integer},
        {{"quote", "--cv", "+7"}, "cv", request_field::vehicle_fiscal_cv, cli::problem::not_an_integer},
        {{"quote", "--cv", " 7"}, "cv", request_field::vehicle_fiscal_cv, cli::problem::not_an_integer},
        {{"quote", "--cv", "7.0"}, "cv", request_field::vehicle_fiscal_cv, cli::problem::not_an_integer},
        {{"quote", "--cv", "7.5"}, "cv", request_field::vehicle_fiscal_cv, cli::problem::not_an_integer},
        {{"quote", "--cv", "0x10"}, "cv", request_field::vehicle_fiscal_cv, cli::problem::not_an_integer},
        {{"quote", "--children", "three"}, "children", request_field::holder_dependent_children, cli::problem::not_an_integer},
        {{"quote", "--address-change", "1st"}, "address-change", request_field::address_change_rank, cli::problem::not_an_integer},
        {{"quote", "--price", "12.345"}, "price", request_field::purchase_price, cli::problem::not_euros},
        {{"quote", "--price", "12."}, "price", request_field::purchase_price, cli::problem::not_euros},
        {{"quote", "--price", ".5"}, "price", request_field::purchase_price, cli::problem::not_euros},
        {{"quote", "--price", "1e3"}, "price", request_field::purchase_price, cli::problem::not_euros},
        {{"quote", "--price", "1 000"}, "price", request_field::purchase_price, cli::problem::not_euros},
        {{"quote", "--price", "12345678901234567"}, "price", request_field::purchase_price, cli::problem::not_euros},
        // One decimal after a comma may be a thousands separator: refused, never read as 1,50 €.
        {{"quote", "--price", "1,5"}, "price", request_field::purchase_price, cli::problem::not_euros},
        // A price of 0 would cap the 2022-2023 malus at 0.
        {{"quote", "--price", "0"}, "price", request_field::purchase_price, cli::problem::zero_price},
        {{"quote", "--price", "0.00"}, "price", request_field::purchase_price, cli::problem::zero_price},
        {{"next-change", "--until", "2026-13-01"}, "until", request_field::none, cli::problem::not_a_date},
        {{"next-change", "--date", "2026-06-01", "--until", "2026-05-31"}, "until", request_field::none, cli::problem::until_before_date},
    };
    for (const auto& row : rows) {
        const auto r = parse(row.args);
        CAPTURE(*(row.args.begin() + 1));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error->kind == failure_kind::input);
        CHECK(r.error->exit_code() == 1);
        CHECK(r.error->what == row.what);
        CHECK(r.error->option == row.option);
        CHECK(r.error->refusal.field == row.field);
        CHECK(cli::error_line(*r.error, lang::en).rfind("cartegrise: --" + std::string{row.option} + ": ", 0) == 0);
        const std::string j = cli::json_error(*r.error, lang::fr);
        CHECK(j.find("\"kind\":\"input\",\"code\":\"invalid_value\",\"reason\":\"" + std::string{cli::problem_name(row.what)} + "\"") != std::string::npos);
    }
    // --until the day of --date is fine.
    CHECK(parse({"next-change", "--date", "2026-06-01", "--until", "2026-06-01"}).ok());
}

TEST_CASE("cli args: a value-taking option never swallows the next option") {
    const auto r = parse({"quote", "--cv", "--lang", "en"});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error->what == cli::problem::missing_value);
    CHECK(r.error->option == "cv");
    CHECK(r.opts.language == lang::en);  // --lang was read as an option
    CHECK(cli::describe(*r.error, r.opts.language) == "option '--cv' needs a value");
    // A value that starts with "--" is given with '='; a negative number is a value.
    CHECK(*parse({"quote", "--price", "-1"}).opts.req.purchase_price == money::cents(-100));
}

TEST_CASE("cli args: every input error names its option, the malus flag too") {
    cli::options o;
    const auto* row = cli::find_option("no-malus-at-first-registration");
    REQUIRE(row != nullptr);
    CHECK(cli::option_for(request_field::vehicle_no_malus_at_first_registration) == "no-malus-at-first-registration");
    // Every request field a quote can refuse has an option to name.
    for (const auto f : {request_field::application_date, request_field::holder_department, request_field::procedure, request_field::vehicle_genre,
                         request_field::vehicle_energy, request_field::vehicle_fiscal_cv, request_field::vehicle_first_registration,
                         request_field::vehicle_co2_g_km, request_field::vehicle_cycle, request_field::vehicle_mass_kg, request_field::vehicle_ptac_kg,
                         request_field::vehicle_cylinder_cm3, request_field::vehicle_seats, request_field::vehicle_register_system,
                         request_field::vehicle_electric_power_kw, request_field::vehicle_odometer_km,
                         request_field::vehicle_no_malus_at_first_registration, request_field::holder_dependent_children,
                         request_field::purchase_price, request_field::address_change_rank}) {
        CAPTURE(to_string(f));
        CHECK_FALSE(cli::option_for(f).empty());
    }
}

TEST_CASE("cli args: a huge value is refused at once, named, without a guess") {
    const std::string huge(10u << 20, '7');
    const auto r = parse_args(std::vector<std::string_view>{"quote", "--department", huge}, today);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error->what == cli::problem::too_long);
    CHECK(r.error->option == "department");
    CHECK(r.error->refusal.field == request_field::holder_department);
    // nearest() does not compare a word far longer than every candidate letter by letter.
    CHECK(cli::nearest(huge, cli::codes_of(request_field::holder_department)).empty());
    const std::string long_option = "--" + std::string(10u << 20, 'x');
    CHECK(parse_args(std::vector<std::string_view>{"quote", long_option}, today).error->what == cli::problem::unknown_option);
}

TEST_CASE("cli args: invalid UTF-8 is never echoed raw") {
    const auto r = parse({"quote", "--department", "7\xff\xc3"});
    REQUIRE_FALSE(r.ok());
    const std::string line = cli::error_line(*r.error, lang::en);
    CHECK(line.find("\xff") == std::string::npos);
    CHECK(line.find("7\xEF\xBF\xBD\xEF\xBF\xBD'") != std::string::npos);  // U+FFFD twice
    // A value cut at 40 code points keeps its last letter whole.
    const auto e = parse({"quote", "--department", "ééééééééééééééééééééééééééééééééééééééééé"});
    CHECK(cli::error_line(*e.error, lang::en).find("\xEF\xBF\xBD") == std::string::npos);
}

TEST_CASE("cli args: usage errors name the option") {
    const auto r = parse({"quote", "--cv", "7x"});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error->option == "cv");
    CHECK(cli::error_line(*r.error, lang::en) == "cartegrise: --cv: expects an integer, not '7x'\n");
    CHECK(cli::error_line(*r.error, lang::fr) == "cartegrise: --cv: attend un nombre entier, pas '7x'\n");
    const auto m = parse({"quote", "--mass"});
    CHECK(cli::describe(*m.error, lang::en) == "option '--mass' needs a value");
    const auto u = parse({"quote", "--foo=1"});
    CHECK(cli::describe(*u.error, lang::en) == "unknown option '--foo'");
    // A near miss suggests the option.
    const auto near = parse({"quote", "--energie", "ES"});
    CHECK(near.error->suggestion == "--energy");
    CHECK(cli::describe(*near.error, lang::en) == "unknown option '--energie'; did you mean '--energy'?");
    // A value is shown on one line, cut at 40 bytes.
    const auto nl = parse({"quote", "--cv", "7\n8"});
    CHECK(cli::describe(*nl.error, lang::en) == "expects an integer, not '7?8'");
    const auto longv = parse({"quote", "--cv", "1234567890123456789012345678901234567890123"});
    CHECK(cli::describe(*longv.error, lang::en) == "expects an integer, not '1234567890123456789012345678901234567890...'");
}

TEST_CASE("cli args: values the library refuses are input errors (exit 1) naming the field") {
    check_input({"quote", "--department", "99"}, errc::unknown_department, "department");
    check_input({"quote", "--procedure", "sell"}, errc::unknown_procedure, "procedure");
    check_input({"quote", "--genre", "XX"}, errc::unknown_genre, "genre");
    check_input({"quote", "--energy", "diesel"}, errc::unknown_energy, "energy");
    check_input({"quote", "--date", "2026-02-30"}, errc::invalid_value, "date");
    check_input({"quote", "--date", "1/6/2026"}, errc::invalid_value, "date");
    check_input({"quote", "--first-registration", "2019-13-01"}, errc::invalid_value, "first-registration");
    check_input({"quote", "--cycle", "wlpt"}, errc::invalid_value, "cycle");
    check_input({"quote", "--register", "abc"}, errc::invalid_value, "register");
    check_usage({"quote", "--lang", "de"});  // an unknown language is a usage error everywhere
    // The first refused value is reported.
    check_input({"quote", "--genre", "XX", "--department", "99"}, errc::unknown_genre, "genre");
}

TEST_CASE("cli args: a usage error wins over an input error, in any order") {
    check_usage({"quote", "--department", "99", "--cv", "7", "--cv", "8"});
    check_usage({"quote", "--cv", "x", "--department", "99", "--bogus"});
    check_usage({"quote", "--department", "99", "--bogus"});
}

TEST_CASE("cli args: --json is known even when the error comes first") {
    const auto r = parse({"quote", "--department", "99", "--json"});
    REQUIRE_FALSE(r.ok());
    CHECK(r.opts.json);
}

TEST_CASE("cli args: documents fills the situation") {
    const auto r = parse({"documents", "--procedure", "duplicate", "--date", "2026-06-01", "--first-registration", "2019-05-03",
                          "--third-party", "--minor", "--co-holder", "--leased", "--inspection-exempt", "--reason", "Theft",
                          "--lang", "en", "--json"});
    REQUIRE(r.ok());
    const auto& o = r.opts;
    CHECK(o.cmd == cli::command::documents);
    CHECK(*o.req.procedure == procedure::duplicate);
    CHECK(o.json);
    CHECK(o.language == lang::en);
    const auto& x = o.context;
    CHECK(*x.application_date == date{2026, 6, 1});
    CHECK(*x.first_registration == date{2019, 5, 3});
    CHECK(x.third_party);
    CHECK(x.minor_holder);
    CHECK(x.co_holder);
    CHECK(x.leased);
    CHECK(x.inspection_exempt);
    CHECK(x.reason == duplicate_reason::theft);
    CHECK(x.origin == import_origin::unknown);
    // What parses is what documents_for() accepts.
    const auto l = documents_for(*o.req.procedure, x);
    REQUIRE(l.has_value());
    CHECK(l->contains(document::theft_declaration));
    CHECK_FALSE(l->contains(document::loss_declaration));
}

TEST_CASE("cli args: documents defaults — today, nothing assumed about the applicant") {
    const auto r = parse({"documents", "--procedure=import", "--origin=outside-eu"});
    REQUIRE(r.ok());
    const auto& x = r.opts.context;
    CHECK_FALSE(r.opts.date_given);
    CHECK(*x.application_date == today);
    CHECK_FALSE(x.first_registration.has_value());
    CHECK_FALSE(x.third_party);
    CHECK_FALSE(x.minor_holder);
    CHECK_FALSE(x.co_holder);
    CHECK_FALSE(x.leased);
    CHECK_FALSE(x.inspection_exempt);
    CHECK(x.reason == duplicate_reason::none);
    CHECK(x.origin == import_origin::outside_eu);
    CHECK(parse({"documents", "--procedure", "import", "--origin", "EU"}).opts.context.origin == import_origin::eu);
    CHECK(parse({"documents", "--procedure", "duplicate", "--reason", "loss"}).opts.context.reason == duplicate_reason::loss);
    CHECK(parse({"documents", "--procedure", "duplicate", "--reason", "damage"}).opts.context.reason == duplicate_reason::damage);
    // The options may come before the subcommand, as for quote.
    const auto before = parse({"--procedure", "used", "--minor", "documents"});
    REQUIRE(before.ok());
    CHECK(before.opts.cmd == cli::command::documents);
    CHECK(before.opts.context.minor_holder);
}

TEST_CASE("cli args: deadline, with and without --kind") {
    const auto all = parse({"deadline", "--procedure", "used", "--event-date", "2026-05-01"});
    REQUIRE(all.ok());
    CHECK(all.opts.cmd == cli::command::deadline);
    CHECK(*all.opts.req.procedure == procedure::used);
    CHECK(*all.opts.event_date == date{2026, 5, 1});
    CHECK_FALSE(all.opts.kind.has_value());
    const auto one = parse({"deadline", "--procedure", "used", "--event-date=2026-05-01", "--kind", "Seller-Declaration", "--json",
                            "--lang", "en"});
    REQUIRE(one.ok());
    CHECK(*one.opts.kind == deadline_kind::seller_declaration);
    CHECK(one.opts.json);
    CHECK(one.opts.language == lang::en);
    CHECK(deadline_for(*one.opts.req.procedure, *one.opts.kind, *one.opts.event_date) == date{2026, 5, 16});
    for (std::size_t k = 0; k < deadline_kind_count; ++k) {
        const auto name = to_string(static_cast<deadline_kind>(k));
        CAPTURE(name);
        const auto r = parse({"deadline", "--procedure", "w-garage", "--event-date", "2026-05-01", "--kind", name});
        REQUIRE(r.ok());
        CHECK(*r.opts.kind == static_cast<deadline_kind>(k));
    }
}

TEST_CASE("cli args: documents and deadline refuse values naming the field (exit 1)") {
    check_input({"documents", "--procedure", "sell"}, errc::unknown_procedure, "procedure");
    check_input({"documents", "--procedure", "used", "--date", "2026-02-30"}, errc::invalid_value, "date");
    check_input({"documents", "--procedure", "used", "--first-registration", "2019-13-01"}, errc::invalid_value, "first-registration");
    check_input({"documents", "--procedure", "duplicate", "--reason", "stolen"}, errc::invalid_value, "reason");
    check_input({"documents", "--procedure", "duplicate", "--reason", ""}, errc::invalid_value, "reason");
    check_input({"documents", "--procedure", "import", "--origin", "outside"}, errc::invalid_value, "origin");
    check_usage({"documents", "--procedure", "used", "--lang", "de"});
    check_usage({"help", "--lang", "de"});
    check_input({"deadline", "--procedure", "sell", "--event-date", "2026-05-01"}, errc::unknown_procedure, "procedure");
    check_input({"deadline", "--procedure", "used", "--event-date", "2026-02-29"}, errc::invalid_value, "event-date");
    check_input({"deadline", "--procedure", "used", "--event-date", "1/5/2026"}, errc::invalid_value, "event-date");
    check_input({"deadline", "--procedure", "used", "--event-date", "2026-05-01", "--kind", "soon"}, errc::invalid_value, "kind");
    // A refused --procedure is given: not a missing option (exit 1, not 2).
    check_input({"deadline", "--procedure", "sell", "--event-date", "2026-13-01"}, errc::unknown_procedure, "procedure");
    // The library's own refusals (a reason for a used vehicle, a kind the procedure lacks) come after
    // parsing: the line parses, documents_for() / explain_deadline() answer with the field.
    const auto reason = parse({"documents", "--procedure", "used", "--reason", "theft"});
    REQUIRE(reason.ok());
    const auto l = documents_for(*reason.opts.req.procedure, reason.opts.context);
    REQUIRE_FALSE(l.has_value());
    CHECK(l.error().field == request_field::context_reason);
    const auto kind = parse({"deadline", "--procedure", "used", "--event-date", "2026-05-01", "--kind", "w-garage-validity"});
    REQUIRE(kind.ok());
    const auto d = explain_deadline(*kind.opts.req.procedure, *kind.opts.kind, *kind.opts.event_date);
    REQUIRE_FALSE(d.has_value());
    CHECK(d.error().code == errc::not_applicable);
    CHECK(d.error().field == request_field::deadline_kind);
}

TEST_CASE("cli args: documents and deadline usage errors (exit 2)") {
    check_usage({"documents"});
    check_usage({"documents", "--date", "2026-06-01"});
    check_usage({"deadline", "--event-date", "2026-05-01"});
    // Without --kind, deadlines without their event date are listed uncounted: the line parses.
    CHECK(parse({"deadline", "--procedure", "used"}).ok());
    CHECK(parse({"deadline", "--procedure", "used", "--kind", "registration"}).ok());
    check_usage({"documents", "--procedure", "used", "--department", "75"});
    check_usage({"documents", "--procedure", "used", "--explain"});
    check_usage({"documents", "--procedure", "used", "--kind", "registration"});
    check_usage({"documents", "--procedure", "used", "--event-date", "2026-05-01"});
    check_usage({"deadline", "--procedure", "used", "--event-date", "2026-05-01", "--date", "2026-06-01"});
    check_usage({"deadline", "--procedure", "used", "--event-date", "2026-05-01", "--first-registration", "2019-05-03"});
    check_usage({"deadline", "--procedure", "used", "--event-date", "2026-05-01", "--minor"});
    check_usage({"quote", "--department", "75", "--reason", "theft"});
    check_usage({"quote", "--department", "75", "--third-party"});
    check_usage({"quote", "--department", "75", "--event-date", "2026-05-01"});
    check_usage({"documents", "--procedure", "duplicate", "--reason"});
    check_usage({"deadline", "--procedure", "used", "--event-date"});
    check_usage({"deadline", "--procedure", "used", "--event-date", "2026-05-01", "--kind"});
    check_usage({"documents", "--procedure", "used", "--minor=yes"});
    check_usage({"documents", "--procedure", "used", "--stolen"});
    check_usage({"documents", "--procedure", "used", "--minor", "--minor"});
    check_usage({"documents", "--procedure", "used", "deadline"});
    check_usage({"documents", "quote", "--procedure", "used"});
    // Usage wins over a refused value, whatever the order.
    check_usage({"documents", "--procedure", "sell", "--cv", "7"});
    // An unknown kind is a refused value (exit 1): deadline needs no other option.
    check_input({"deadline", "--kind", "soon", "--procedure", "used"}, errc::invalid_value, "kind");
}

TEST_CASE("cli args: documents and deadline usage errors name the option") {
    const auto missing = parse({"documents", "--lang", "en"});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error->option == "procedure");
    CHECK(cli::describe(*missing.error, lang::en) == "documents needs option '--procedure'");
    CHECK(cli::describe(*missing.error, lang::fr) == "documents a besoin de l'option '--procedure'");
    const auto other = parse({"deadline", "--procedure", "used", "--event-date", "2026-05-01", "--reason", "theft"});
    REQUIRE_FALSE(other.ok());
    CHECK(other.error->option == "reason");
    CHECK(cli::describe(*other.error, lang::en) == "option '--reason' does not apply to deadline");
    const auto quote_opt = parse({"quote", "--department", "75", "--co-holder"});
    REQUIRE_FALSE(quote_opt.ok());
    CHECK(cli::describe(*quote_opt.error, lang::en) == "option '--co-holder' does not apply to quote");
}

TEST_CASE("cli args: help and version take any option") {
    CHECK(parse({"documents", "--procedure", "used", "--help"}).opts.cmd == cli::command::help);
    CHECK(parse({"deadline", "--help"}).ok());
    CHECK(parse({"help", "--reason", "theft", "--department", "75"}).ok());
    CHECK(parse({"--version", "--kind", "soon"}).ok());
}

TEST_CASE("cli args: every option belongs to a subcommand") {
    for (const auto& row : cli::option_table) {
        CAPTURE(row.name);
        CHECK(row.used_by != 0);
        CHECK_FALSE(row.help_fr.empty());
        CHECK_FALSE(row.help_en.empty());
        // An option that sets a request field is the one a library error about that field names.
        if (row.field != request_field::none && row.field != request_field::language) CHECK(cli::option_for(row.field) == row.name);
    }
}

TEST_CASE("cli args: strict integers") {
    using cli::parse_int;
    CHECK(parse_int("0") == 0);
    CHECK(parse_int("007") == 7);
    CHECK(parse_int("-3") == -3);
    CHECK(parse_int("-0") == 0);
    CHECK(parse_int("2147483647") == 2147483647);
    CHECK(parse_int("-2147483648") == std::numeric_limits<int>::min());
    CHECK_FALSE(parse_int("2147483648").has_value());
    CHECK_FALSE(parse_int("-2147483649").has_value());
    CHECK_FALSE(parse_int("99999999999999999999999").has_value());
    for (const char* bad : {"", "-", "+1", " 1", "1 ", "1x", "x1", "1.0", "1e3", "0x1", "--1", "١"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse_int(bad).has_value());
    }
}

TEST_CASE("cli args: prices parse to integer cents, never through floating point") {
    using cli::parse_euros;
    CHECK(parse_euros("35000") == money::cents(3500000));
    CHECK(parse_euros("35000.00") == money::cents(3500000));
    CHECK(parse_euros("35000,50") == money::cents(3500050));
    CHECK(parse_euros("0.01") == money::cents(1));
    CHECK(parse_euros("0.10") == money::cents(10));
    CHECK(parse_euros("-3.10") == money::cents(-310));
    // 0.29 is not representable in binary floating point; integer parsing keeps it exact.
    CHECK(parse_euros("1234567.29") == money::cents(123456729));
    CHECK(parse_euros("999999999999999.99") == money::cents(99999999999999999));
    for (const char* bad : {"", "-", ".", "1.", ".1", "1,5", "0.1", "35000.5", "1.234", "1.2.3", "1,2,3", "1e2", "1 000", "€1", "1€", "+1", "0x10",
                            "1000000000000000"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse_euros(bad).has_value());
    }
}

TEST_CASE("cli args: argc/argv entry point skips the program name") {
    const char* argv[] = {"cartegrise", "quote", "--department", "75", "--procedure", "used"};
    const auto r = parse_args(6, argv, today);
    REQUIRE(r.ok());
    CHECK(r.opts.req.holder_department->code() == "75");
}

TEST_CASE("cli args: random command lines never break the parser (seeded fuzz)") {
    std::mt19937 rng{20260601u};
    const std::vector<std::string> words = {"quote", "help", "--version", "--department", "75", "2A", "--date", "2026-06-01",
                                            "--procedure", "used", "--genre", "VP", "--energy", "EL", "--cv", "7", "--json",
                                            "--explain", "--lang", "en", "--price", "12.50", "--children", "-1", "--cv=3", "=",
                                            "--", "-", "", "\xff\xfe", "--co2", "999999999999", "documents", "deadline",
                                            "--reason", "theft", "--origin", "eu", "--event-date", "9999-12-31", "--kind",
                                            "registration", "--minor", "--first-registration", "2019-05-03", "duplicate"};
    for (int iter = 0; iter < 3000; ++iter) {
        std::vector<std::string> storage;
        const auto n = std::uniform_int_distribution<int>{0, 8}(rng);
        for (int i = 0; i < n; ++i) {
            if (std::uniform_int_distribution<int>{0, 3}(rng) == 0) {
                std::string junk;
                const auto len = std::uniform_int_distribution<int>{0, 12}(rng);
                for (int k = 0; k < len; ++k) junk += static_cast<char>(std::uniform_int_distribution<int>{0, 255}(rng));
                storage.push_back(junk);
            } else {
                storage.push_back(words[std::uniform_int_distribution<std::size_t>{0, words.size() - 1}(rng)]);
            }
        }
        const std::vector<std::string_view> args(storage.begin(), storage.end());
        const auto r = parse_args(args, today);
        if (!r.ok()) {
            CHECK((r.error->exit_code() == 1 || r.error->exit_code() == 2));
            CHECK(cli::describe(*r.error, lang::fr).find('\n') == std::string::npos);
            CHECK_FALSE(cli::describe(*r.error, lang::en).empty());
        } else if (r.opts.cmd == cli::command::quote) {
            // What parses is handed to quote(), which answers with a value or a typed error, never a crash.
            const auto q = quote(r.opts.req);
            if (!q) CHECK(q.error().field != request_field::none);
        } else if (r.opts.cmd == cli::command::documents) {
            REQUIRE(r.opts.req.procedure.has_value());
            const auto l = documents_for(*r.opts.req.procedure, r.opts.context);
            if (!l) CHECK(l.error().field != request_field::none);
        } else if (r.opts.cmd == cli::command::deadline) {
            REQUIRE(r.opts.req.procedure.has_value());
            if (r.opts.kind && r.opts.event_date) {
                const auto d = explain_deadline(*r.opts.req.procedure, *r.opts.kind, *r.opts.event_date);
                if (!d) CHECK(d.error().field != request_field::none);
            }
            const auto l = deadlines_for(*r.opts.req.procedure, r.opts.events);
            if (!l) CHECK(l.error().field != request_field::none);
        }
    }
}

TEST_CASE("cli: every field of the request has its option, named by its descriptor, listed in the help, setting that field") {
    for (std::size_t i = 0; i < request_field_descriptor_count; ++i) {
        const field_descriptor& d = request_field_descriptors()[i];
        CAPTURE(to_string(d.field));
        const cli::option_row* row = cli::find_option(d.option);
        REQUIRE(row != nullptr);
        CHECK(row->field == d.field);
        CHECK(cli::option_for(d.field) == d.option);
        CHECK(row->takes_value == (d.kind != field_kind::flag));
        CHECK((row->used_by & cli::bit(cli::command::quote)) != 0);
        for (const lang lg : {lang::fr, lang::en}) CHECK(cli::help_text(cli::command::quote, lg).find("--" + std::string{d.option}) != std::string::npos);
        if (d.kind == field_kind::flag) {
            const auto r = parse({"quote", "--" + std::string{d.option}});
            CHECK(d.get(r.opts.req).n == 1);
        } else if (d.kind == field_kind::integer || d.kind == field_kind::count) {
            // One past the bound: the command line reads it, quote() refuses it (request_fields_test.cpp).
            const std::string value = std::to_string(d.max + 1);
            const auto r = parse({"quote", "--" + std::string{d.option}, value});
            CHECK(d.get(r.opts.req).set);
            CHECK(d.get(r.opts.req).n == d.max + 1);
        }
    }
}
