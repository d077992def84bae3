// What the `cartegrise` tool prints: see report.hpp.
#include <cartegrise_cli/report.hpp>

#include <cartegrise/text.hpp>

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace cartegrise::cli {

namespace {

// The npm module answers JSON only (packaging/npm/CMakeLists.txt defines CARTEGRISE_CLI_JSON_ONLY): the
// text of its reports is left out of it, which keeps the module within its size (tests/wasm/size.test.mjs).
#if defined(CARTEGRISE_CLI_JSON_ONLY)
constexpr bool json_only = true;
#else
constexpr bool json_only = false;
#endif
bool as_json(const options& o) noexcept { return json_only || o.json; }

// Columns of a UTF-8 string for alignment: one per code point (no wide characters in our labels).
std::size_t display_width(std::string_view s) noexcept {
    std::size_t n = 0;
    for (const char ch : s)
        if ((static_cast<unsigned char>(ch) & 0xc0u) != 0x80u) ++n;
    return n;
}
std::string pad_right(std::string s, std::size_t width) {
    for (std::size_t w = display_width(s); w < width; ++w) s += ' ';
    return s;
}
std::string pad_left(const std::string& s, std::size_t width) {
    std::string out;
    for (std::size_t w = display_width(s); w < width; ++w) out += ' ';
    return out + s;
}
constexpr std::size_t label_width = 40;
constexpr std::size_t amount_width = 14;

std::string report_line(std::string_view tag, std::string_view text, money m, lang lg) {
    return pad_right(std::string{tag}, 5) + pad_right(std::string{text}, label_width) + pad_left(format_money(m, lg), amount_width) + "\n";
}

std::string with_newline(std::string s) { return s + "\n"; }

// The figure, its date and its source (key, citation, note in the language asked, evidence).
void write_dated(json_writer& w, std::string_view value_key, const dated_figure& f, lang lg) {
    w.begin_object().key(value_key).value(static_cast<std::int64_t>(f.value)).key("since").value(format_iso_date(f.since));
    if (!f.source) {
        w.key("source").value("").key("source_citation").value("").key("source_note").value("").key("evidence").value(to_string(evidence::derived)).end_object();
        return;
    }
    const source& src = *f.source;
    w.key("source").value(src.key).key("source_citation").value(src.citation).key("source_note").value(source_note_text(src, lg));
    w.key("evidence").value(to_string(src.basis)).end_object();
}

}  // namespace

std::string text_report(const options& o, const breakdown& b) {
    const lang lg = o.language;
    const bool en = lg == lang::en;
    std::string out;
    const auto& r = o.req;
    if (r.holder_department && r.application_date && r.procedure)
        out += std::string{department_name(*r.holder_department)} + " (" + std::string{r.holder_department->code()} + "), " +
               format_date(*r.application_date, lg) + " — " + std::string{label(*r.procedure, lg)} + "\n";
    out += report_line("Y.1", label(fee_line::y1, lg), b.y1, lg);
    if (b.y1_idfm != money::zero()) out += report_line("", en ? "  of which Île-de-France Mobilités" : "  dont Île-de-France Mobilités", b.y1_idfm, lg);
    out += report_line("Y.2", label(fee_line::y2, lg), b.y2, lg);
    out += report_line("Y.3", label(fee_line::y3, lg), b.y3, lg);
    if (b.y3_co2 != money::zero()) out += report_line("", en ? "  of which CO2 malus" : "  dont malus CO2", b.y3_co2, lg);
    if (b.y3_mass != money::zero()) out += report_line("", en ? "  of which mass malus" : "  dont malus au poids", b.y3_mass, lg);
    out += report_line("Y.4", label(fee_line::y4, lg), b.y4, lg);
    out += report_line("Y.5", label(fee_line::y5, lg), b.y5, lg);
    out += report_line("Y.6", label(fee_line::y6, lg), b.y6, lg);
    for (const step& s : b.steps)
        if (s.is<steps::after_data_vintage>()) out += explain_step(s, lg) + "\n";
    if (o.explain) {
        out += en ? "\nExplanation:\n" : "\nExplication :\n";
        out += explain(b, lg);
        if (r.procedure) {
            const std::string p{to_string(*r.procedure)};
            out += en ? "Documents to bring: cartegrise documents --procedure " + p + "; deadlines: cartegrise deadline --procedure " + p + "\n"
                      : "Pièces à fournir : cartegrise documents --procedure " + p + " ; délais : cartegrise deadline --procedure " + p + "\n";
        }
    }
    return out;
}

std::string json_report(const options& o, const breakdown& b) {
    json_writer w{json_writer::style::pretty};
    write_quote_json(w, o.req, b, o.language);
    return w.str() + "\n";
}

std::string fiscal_power_report(const options& o, const vehicle_data& v, date registered_in_france, const fiscal_power_answer& a) {
    if (as_json(o)) {
        json_writer w{json_writer::style::pretty};
        write_fiscal_power_json(w, v, registered_in_france, a, o.language);
        return w.str() + "\n";
    }
    const bool en = o.language == lang::en;
    return std::string{en ? "Fiscal power (P.6): " : "Puissance fiscale (P.6) : "} + std::to_string(a.fiscal_cv) + " CV\n" +
           explain(a, v.max_net_power_kw ? *v.max_net_power_kw : 0, o.language) + "\n";
}

cli_error refusal(const options& o, const error& err) {
    cli_error e;
    e.kind = failure_kind::input;
    e.what = problem::refused;
    e.refusal = err;
    e.option = std::string{option_for(err.field)};
    const auto first = static_cast<std::size_t>(request_field::events_transfer);
    const auto f = static_cast<std::size_t>(err.field);
    if (o.event_date && f >= first && f < first + deadline_event_count && (o.own_event_dates & (1u << (f - first))) == 0)
        e.option = "event-date";
    return e;
}

command_answer fiscal_power_command(const options& o) {
    vehicle_data v = o.req.vehicle;
    if (!v.genre) v.genre = genre::vp;
    const bool own_date = v.first_registration.has_value();
    const date in_france = own_date ? *v.first_registration : *o.req.application_date;
    const auto p = fiscal_power(v, in_france);
    if (p) return {fiscal_power_report(o, v, in_france, *p), {}};
    cli_error e = refusal(o, p.error());
    if (own_date && e.refusal.field == request_field::application_date) {  // the date came from --first-registration
        e.refusal.field = request_field::vehicle_first_registration;
        e.option = "first-registration";
    }
    return {{}, e};
}

command_answer rates_command(const options& o) {
    std::vector<rates_in_force> all;
    for (std::size_t i = 0; i < region_count; ++i) {
        const auto r = rates_on(static_cast<region>(i), *o.req.application_date);
        if (!r) return {{}, refusal(o, r.error())};
        all.push_back(*r);
    }
    return {rates_report(o, all), {}};
}

command_answer next_change_command(const options& o) {
    const auto now = quote_totals(o.req);
    if (!now) return {{}, refusal(o, now.error())};
    const date until = o.until ? *o.until : o.req.application_date->add_years(5);
    std::vector<fee_change> changes;
    request r = o.req;
    const bool new_vehicle = r.procedure && *r.procedure == procedure::new_vehicle;
    for (int i = 0; i < 100; ++i) {
        const auto c = next_fee_change(r, until);
        if (!c) return {{}, refusal(o, c.error())};
        if (!c->found) break;
        changes.push_back(*c);
        r.application_date = c->on;
        if (new_vehicle && r.vehicle.first_registration) r.vehicle.first_registration = c->on;
    }
    return {changes_report(o, now->y6, changes), {}};
}

command_answer documents_command(const options& o) {
    const auto l = documents_for(*o.req.procedure, o.context);
    if (!l) return {{}, refusal(o, l.error())};
    return {documents_report(o, *l), {}};
}

command_answer deadline_command(const options& o) {
    const auto all = deadlines_for(*o.req.procedure, o.events);
    if (!all) return {{}, refusal(o, all.error())};
    if (!o.kind) return {deadlines_report(o, *all), {}};
    // One deadline: it counts from its own event, so that event's date (or --event-date) is needed.
    const auto d = all->find(*o.kind);
    if (!d) return {{}, refusal(o, error{errc::not_applicable, request_field::deadline_kind, error_reason::deadline_not_of_procedure, {}})};
    if (!d->counted) {
        cli_error e;
        e.what = problem::command_needs_option;
        e.cmd = command::deadline;
        e.option = std::string{option_for(field_of(d->from))};
        return {{}, e};
    }
    return {deadline_report(o, *d), {}};
}

std::string documents_report(const options& o, const document_list& l) {
    return as_json(o) ? with_newline(documents_json(l, o.language)) : documents_text(l, o.language);
}
std::string deadline_report(const options& o, const deadline& d) {
    return with_newline(as_json(o) ? deadline_json(d, o.language) : deadline_text(d, o.language));
}
std::string deadlines_report(const options& o, const deadline_list& l) {
    return as_json(o) ? with_newline(deadlines_json(l, o.language)) : deadlines_text(l, o.language);
}

std::string rates_report(const options& o, const std::vector<rates_in_force>& regions) {
    const lang lg = o.language;
    const bool en = lg == lang::en;
    const date on = *o.req.application_date;
    if (as_json(o)) {
        json_writer w;
        w.begin_object().key("library");
        write_library_json(w);
        w.key("date").value(format_iso_date(on)).key("after_data_vintage").value(data_valid_until < on).key("regions").begin_array();
        for (const auto& r : regions) {
            w.begin_object().key("region").value(region_name(r.region)).key("insee").value(insee_code(r.region));
            w.key("cents_per_cv").value(static_cast<std::int64_t>(r.rate.value));
            w.key("surcharge_cents_per_cv").value(static_cast<std::int64_t>(r.surcharge ? r.surcharge->value : 0));
            w.key("rate");
            write_dated(w, "cents_per_cv", r.rate, lg);
            w.key("surcharge");
            if (r.surcharge) write_dated(w, "cents_per_cv", *r.surcharge, lg);
            else w.null();
            w.key("alternative_fuels");
            write_dated(w, "percent_off", r.alternative_fuels, lg);
            w.key("electric");
            write_dated(w, "percent_off", r.electric, lg);
            w.end_object();
        }
        w.end_array().end_object();
        return w.str() + "\n";
    }
    std::string out = (en ? "In force on " : "En vigueur le ") + format_date(on, lg) + "\n";
    // Beyond the tables: the latest known rates, said as quote says it.
    if (data_valid_until < on) out += explain_step(step{steps::after_data_vintage{data_vintage, data_valid_until}}, lg) + "\n";
    // Columns as wide as their longest label and value, two blanks apart, in either language.
    const std::string_view labels[] = {en ? "regional rate" : "tarif régional", en ? "IDFM surcharge" : "majoration IDFM",
                                       en ? "hybrids, LPG, gas, E85" : "hybrides, GPL, GNV, E85", en ? "electric, hydrogen" : "électrique, hydrogène"};
    const auto percent = [&](int v) { return format_count(v, lg) + (en ? " % off" : " % d'exo."); };
    std::size_t label_w = 0;
    std::size_t value_w = 0;
    for (const auto l : labels) label_w = std::max(label_w, display_width(l));
    for (const auto& r : regions) {
        value_w = std::max({value_w, display_width(format_money(money::cents(r.rate.value), lg)), display_width(percent(r.alternative_fuels.value)),
                            display_width(percent(r.electric.value))});
        if (r.surcharge) value_w = std::max(value_w, display_width(format_money(money::cents(r.surcharge->value), lg)));
    }
    for (const auto& r : regions) {
        const money total = money::cents(r.rate.value + (r.surcharge ? r.surcharge->value : 0));
        out += "\n" + std::string{region_name(r.region)} + " (" + std::string{insee_code(r.region)} + ")" + (en ? ": " : " : ") +
               format_money(total, lg) + (en ? " per CV\n" : " par CV\n");
        const auto line = [&](std::string_view what, std::string value, const dated_figure& f) {
            out += "  " + pad_right(std::string{what}, label_w + 2) + pad_right(value, value_w) + (en ? "  since " : "  depuis le ") + format_date(f.since, lg) +
                   source_note(f.source, lg) + "\n";
        };
        line(labels[0], format_money(money::cents(r.rate.value), lg), r.rate);
        if (r.surcharge && r.surcharge->value != 0) line(labels[1], format_money(money::cents(r.surcharge->value), lg), *r.surcharge);
        line(labels[2], percent(r.alternative_fuels.value), r.alternative_fuels);
        line(labels[3], percent(r.electric.value), r.electric);
    }
    return out;
}

std::string changes_report(const options& o, money today, const std::vector<fee_change>& changes) {
    const lang lg = o.language;
    if (as_json(o)) {
        json_writer w;
        w.begin_object().key("library");
        write_library_json(w);
        w.key("request");
        write_request_json(w, o.req);
        w.key("y6").value(today.in_cents()).key("changes").begin_array();
        for (const auto& c : changes)
            w.begin_object().key("date").value(format_iso_date(c.on)).key("y6_before").value(c.before.in_cents()).key("y6_after").value(c.after.in_cents()).end_object();
        w.end_array().end_object();
        return w.str() + "\n";
    }
    const bool en = lg == lang::en;
    std::string out = (en ? "Fee on " : "Coût le ") + format_date(*o.req.application_date, lg) + (en ? ": " : " : ") + format_money(today, lg) + "\n";
    if (changes.empty()) out += en ? "No change known to the tables in the period.\n" : "Aucun changement connu des tables sur la période.\n";
    for (const auto& c : changes)
        out += (en ? "From " : "À partir du ") + format_date(c.on, lg) + (en ? ": " : " : ") + format_money(c.before, lg) + " → " + format_money(c.after, lg) + "\n";
    return out;
}

std::string version_json() {
    json_writer w;
    w.begin_object().key("library");
    write_library_json(w);
    w.end_object();
    return w.str() + "\n";
}

std::string version_text() {
    return std::string{"cartegrise "} + CARTEGRISE_VERSION_STRING + "\ndata: vintage " + format_iso_date(data_vintage) + ", tables known until " +
           format_iso_date(data_valid_until) + "\n";
}

}  // namespace cartegrise::cli
