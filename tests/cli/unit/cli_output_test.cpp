// What the `cartegrise` tool prints: the JSON and text reports, errors in both languages, help per
// subcommand, rates, coming changes, version. Every JSON output is checked to parse.
#include <cartegrise_cli/args.hpp>
#include <cartegrise_cli/messages.hpp>
#include <cartegrise_cli/report.hpp>

#include <cartegrise/text/format.hpp>
#include <cartegrise/text/places.hpp>

#include "../../cases/json_check.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

using namespace cartegrise;

namespace {

cli::options parsed(std::vector<std::string_view> args) {
    const auto r = cli::parse_args(args, date{2026, 11, 25});
    REQUIRE(r.ok());
    return r.opts;
}

cli::options paris_used() {
    return parsed({"quote", "--department", "75", "--date", "2026-06-01", "--procedure", "used", "--genre", "VP", "--energy", "ES",
                   "--cv", "7", "--first-registration", "2019-05-03"});
}

bool contains(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

}  // namespace

TEST_CASE("cli output: the JSON report holds the library, the inputs, integer cents and every named step") {
    const auto o = paris_used();
    const auto q = quote(o.req);
    REQUIRE(q.has_value());
    const std::string j = cli::json_report(o, *q);
    CHECK(json_check::valid(j));
    CHECK(j.back() == '\n');
    CHECK(contains(j, "\"version\": \"" CARTEGRISE_VERSION_STRING "\""));
    CHECK(contains(j, "\"data_vintage\": \"" + format_iso_date(data_vintage) + "\""));
    CHECK(contains(j, "\"holder_department\": \"75\""));
    CHECK(contains(j, "\"fiscal_cv\": 7"));
    CHECK(contains(j, "\"co2_g_km\": null"));
    CHECK(contains(j, "\"y6\": 49676"));
    CHECK(contains(j, "\"kind\": \"regional_rate\""));
    CHECK(contains(j, "\"per_cv\": 5495"));
    CHECK(contains(j, "\"region\": \"11\""));
    CHECK(contains(j, "\"since\": \"2024-01-01\""));
    CHECK(contains(j, "\"id\": \"idfm_2026_03\""));
    CHECK(contains(j, "\"Y.1\": \"press\""));  // the IDF rate of 2024 rests on press sources
    CHECK_FALSE(contains(j, "\"a\":"));         // no anonymous fields any more
}

TEST_CASE("cli output: the text report, in French and English") {
    auto o = paris_used();
    const auto q = quote(o.req);
    REQUIRE(q.has_value());
    const std::string fr = cli::text_report(o, *q);
    CHECK(contains(fr, "Paris (75), 1er juin 2026 — Véhicule d'occasion : changement de titulaire\n"));
    CHECK(contains(fr, "Y.6  Total"));
    CHECK(contains(fr, "496,76\u00A0€\n"));
    CHECK_FALSE(contains(fr, "Explication"));
    o.language = lang::en;
    o.explain = true;
    const std::string en = cli::text_report(o, *q);
    CHECK(contains(en, "€496.76\n"));
    CHECK(contains(en, "\nExplanation:\nY.1 — Regional rate in Île-de-France"));
    CHECK(contains(en, "Documents to bring: cartegrise documents --procedure used; deadlines: cartegrise deadline --procedure used\n"));
}

TEST_CASE("cli output: every missing field at once, under its option, in both languages") {
    const auto o = parsed({"quote", "--date", "2026-06-01"});
    const auto q = quote(o.req);
    REQUIRE_FALSE(q.has_value());
    cli::cli_error e;
    e.kind = cli::failure_kind::input;
    e.what = cli::problem::refused;
    e.refusal = q.error();
    e.option = std::string{cli::option_for(e.refusal.field)};
    CHECK(cli::error_line(e, lang::fr) ==
          "cartegrise: --department: il manque le département du titulaire (il manque aussi : --procedure, --genre, --energy, --cv, "
          "--first-registration)\n");
    CHECK(cli::error_line(e, lang::en) ==
          "cartegrise: --department: the holder's department is required (also missing: --procedure, --genre, --energy, --cv, "
          "--first-registration)\n");
    const std::string j = cli::json_error(e, lang::en);
    CHECK(json_check::valid(j));
    CHECK(contains(j, "\"field\":\"holder_department\",\"option\":\"department\""));
    CHECK(contains(j, "{\"field\":\"vehicle.fiscal_cv\",\"option\":\"cv\"}"));
}

TEST_CASE("cli output: usage errors suggest the nearest option, command or code") {
    const auto bad_option = cli::parse_args({"quote", "--frist-registration", "2019-05-03"}, date{2026, 1, 1});
    REQUIRE_FALSE(bad_option.ok());
    CHECK(cli::describe(*bad_option.error, lang::en) == "unknown option '--frist-registration'; did you mean '--first-registration'?");
    const auto bad_code = cli::parse_args({"quote", "--procedure", "usd"}, date{2026, 1, 1});
    REQUIRE_FALSE(bad_code.ok());
    CHECK(bad_code.error->suggestion == "used");
    CHECK(contains(cli::describe(*bad_code.error, lang::fr), "vouliez-vous dire « used » ?"));
    const auto far = cli::parse_args({"quote", "--genre", "zzzzzz"}, date{2026, 1, 1});
    REQUIRE_FALSE(far.ok());
    CHECK(far.error->suggestion.empty());  // nothing close: no guess
    const auto bad_lang = cli::parse_args({"quote", "--lang", "EN_gb"}, date{2026, 1, 1});
    REQUIRE_FALSE(bad_lang.ok());
    CHECK(bad_lang.error->exit_code() == 2);
    const std::string j = cli::json_error(*bad_lang.error, lang::fr);
    CHECK(json_check::valid(j));
    CHECK(contains(j, "\"kind\":\"usage\""));
}

TEST_CASE("cli output: help for each subcommand, and the whole help") {
    const std::string all = cli::help_text(cli::command::help, lang::fr);
    for (const auto c : {"quote", "batch", "rates", "next-change", "documents", "deadline"}) CHECK(contains(all, std::string{"Options de "} + c));
    for (std::size_t i = 0; i < procedure_count; ++i) CHECK(contains(all, to_string(static_cast<procedure>(i))));
    for (std::size_t i = 0; i < genre_count; ++i) CHECK(contains(all, "  " + std::string{to_string(static_cast<genre>(i))} + " "));
    for (std::size_t i = 0; i < energy_count; ++i) CHECK(contains(all, "  " + std::string{to_string(static_cast<energy>(i))} + " "));
    const std::string quote_help = cli::help_text(cli::command::quote, lang::en);
    CHECK(contains(quote_help, "Options of quote:"));
    CHECK_FALSE(contains(quote_help, "Options of documents"));
    CHECK(contains(quote_help, "--first-registration YYYY-MM-DD"));
    const std::string deadline_help = cli::help_text(cli::command::deadline, lang::fr);
    CHECK(contains(deadline_help, "--transfer-date AAAA-MM-JJ"));
    CHECK(contains(deadline_help, "seller-declaration"));
    CHECK_FALSE(contains(deadline_help, "Genres (--genre"));
    // `cartegrise help quote` and `cartegrise quote --help` ask the same help.
    CHECK(cli::parse_args({"help", "quote"}, date{2026, 1, 1}).opts.help_topic == cli::command::quote);
    CHECK(cli::parse_args({"quote", "--help"}, date{2026, 1, 1}).opts.help_topic == cli::command::quote);
}

TEST_CASE("cli output: rates on a date, every region, with date, source and evidence") {
    const auto o = parsed({"rates", "--date", "2027-01-15", "--json"});
    std::vector<rates_in_force> all;
    for (std::size_t i = 0; i < region_count; ++i) all.push_back(*rates_on(static_cast<region>(i), *o.req.application_date));
    const std::string j = cli::rates_report(o, all);
    CHECK(json_check::valid(j));
    CHECK(contains(j, "\"date\":\"2027-01-15\""));
    std::size_t regions = 0;
    for (std::size_t at = j.find("\"cents_per_cv\":", 0); at != std::string::npos; at = j.find("\"region\":", at + 1)) ++regions;
    CHECK(regions >= region_count);
    CHECK(contains(j, "\"region\":\"Île-de-France\",\"insee\":\"11\",\"cents_per_cv\":5495,\"surcharge_cents_per_cv\":1200"));
    auto text = o;
    text.json = false;
    const std::string t = cli::rates_report(text, all);
    CHECK(contains(t, "En vigueur le 15 janvier 2027\n"));
    CHECK(contains(t, "\nMayotte (06) : 30,00\u00A0€ par CV\n"));
}

TEST_CASE("cli output: coming changes of an import's fee (the décote months table)") {
    const auto o = parsed({"next-change", "--department", "13", "--date", "2026-12-01", "--procedure", "import", "--genre", "VP", "--energy",
                           "GO", "--cv", "8", "--co2", "150", "--cycle", "wltp", "--mass", "1900", "--first-registration", "2021-06-10",
                           "--until", "2027-12-31", "--json"});
    const auto c = next_fee_change(o.req, *o.until);
    REQUIRE(c.has_value());
    REQUIRE(c->found);
    const std::string j = cli::changes_report(o, c->before, {*c});
    CHECK(json_check::valid(j));
    CHECK(contains(j, "\"y6\":80176,\"changes\":[{\"date\":\"2027-06-10\",\"y6_before\":80176,\"y6_after\":77476}]"));
}

TEST_CASE("cli output: version and documents, deadlines with one trailing newline") {
    CHECK(cli::version_text() == std::string{"cartegrise "} + CARTEGRISE_VERSION_STRING + "\ndata: vintage " + format_iso_date(data_vintage) +
                                     ", tables known until " + format_iso_date(data_valid_until) + "\n");
    auto o = parsed({"documents", "--procedure", "used", "--date", "2026-06-01"});
    const auto l = documents_for(*o.req.procedure, o.context);
    REQUIRE(l.has_value());
    const std::string text = cli::documents_report(o, *l);
    CHECK(text.back() == '\n');
    CHECK(text[text.size() - 2] != '\n');
    o.json = true;
    const std::string json = cli::documents_report(o, *l);
    CHECK(json_check::valid(json));
    auto d = parsed({"deadline", "--procedure", "used", "--transfer-date", "2026-05-01", "--json"});
    const auto list = deadlines_for(*d.req.procedure, d.events);
    REQUIRE(list.has_value());
    const std::string dj = cli::deadlines_report(d, *list);
    CHECK(json_check::valid(dj));
    CHECK(contains(dj, "\"kind\":\"registration\",\"counted\":true,\"event\":\"transfer\",\"event_date\":\"2026-05-01\",\"due\":\"2026-06-01\""));
    CHECK(contains(dj, "\"kind\":\"provisional-certificate\",\"counted\":false,\"event\":\"issuance\",\"event_date\":null,\"due\":null"));
}

TEST_CASE("cli output: place names take a language like every label, and are the same in both") {
    const department paris = parse_department("75").value();
    static_assert(department_name(department::at(0), lang::en) == department_name(department::at(0)));
    CHECK(department_name(paris, lang::en) == "Paris");
    CHECK(department_name(paris, lang::fr) == department_name(paris));
    CHECK(region_name(region::ile_de_france, lang::en) == region_name(region::ile_de_france));
}

TEST_CASE("cli output: help and rates keep every column apart, in both languages") {
    for (const lang lg : {lang::fr, lang::en}) {
        for (const cli::command c : cli::all_commands) {
            const std::string h = cli::help_text(c, lg);
            // An option's text starts two blanks after its spelling, at least.
            for (const auto& row : cli::option_table) {
                if ((row.used_by & cli::bit(c)) == 0 || row.id == cli::opt::help || row.id == cli::opt::version) continue;
                const std::string_view text = lg == lang::en ? row.help_en : row.help_fr;
                const auto at = h.find(std::string{text});
                if (at == std::string::npos) continue;  // a help shared by two options
                CAPTURE(row.name);
                CHECK(h.substr(at - 2, 2) == "  ");
            }
            if (lg == lang::en) {
                CHECK(h.find("AAAA") == std::string::npos);
                CHECK(h.find(" NOM") == std::string::npos);
                CHECK(h.find("FICHIER") == std::string::npos);
                CHECK(h.find("options de") == std::string::npos);
            }
        }
        CHECK(json_check::valid(cli::help_json(cli::command::help, lg)));
    }
    CHECK(json_check::valid(cli::version_json()));
}
