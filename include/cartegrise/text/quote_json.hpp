// A quote as JSON: the library version and data vintage, the inputs, the lines Y.1 … Y.6 in cents with
// what each rests on, and every step with its named fields, its source and its sentence. The format is
// documented in docs/json.md and checked against docs/quote.schema.json by the tests.
#ifndef CARTEGRISE_TEXT_QUOTE_JSON_HPP
#define CARTEGRISE_TEXT_QUOTE_JSON_HPP

#include <string>
#include <string_view>
#include <type_traits>

#include "../breakdown.hpp"
#include "../request.hpp"
#include "../request_fields.hpp"
#include "../source.hpp"
#include "../version.hpp"
#include "../vintage.hpp"
#include "error_messages.hpp"
#include "explain.hpp"
#include "format.hpp"
#include "json.hpp"
#include "labels.hpp"
#include "places.hpp"
#include "source_json.hpp"

CARTEGRISE_BEGIN_NAMESPACE

namespace detail::text {
// clang-format off
inline constexpr std::string_view vehicle_class_codes[] = {"tourism", "light_utility", "vasp_light", "vasp_heavy", "motorcycle", "tricycle", "quadricycle", "moped", "truck_light", "truck_medium", "truck_heavy", "bus", "road_tractor_light", "road_tractor_heavy", "agricultural", "trailer"};
inline constexpr std::string_view energy_family_codes[] = {"conventional", "electric_or_hydrogen", "plugin_hybrid", "hybrid", "lpg", "natural_gas", "e85"};
inline constexpr std::string_view malus_reason_codes[] = {"not_first_registration_as_vp", "not_tourism_vehicle", "electric_or_hydrogen", "invalidity", "wheelchair", "before_2022_mass", "import_too_old", "full_decote", "plugin_hybrid_exempt"};
inline constexpr std::string_view mass_abatement_reason_codes[] = {"large_family", "many_seats_or_legal_person", "plugin_hybrid", "hybrid"};
inline constexpr std::string_view fee_exemption_codes[] = {"procedure", "moped", "fni_conversion"};
inline constexpr std::string_view decote_unit_codes[] = {"started_years", "started_months"};
// clang-format on

// Writes each field of a step as "name": value (money in cents, dates ISO, enums as codes).
struct json_fields {
    json_writer* w;
    void operator()(std::string_view name, money m) const { w->key(name).value(m.in_cents()); }
    void operator()(std::string_view name, date d) const {
        w->key(name);
        if (d.ok()) w->value(format_iso_date(d));
        else w->null();
    }
    void operator()(std::string_view name, int n) const { w->key(name).value(n); }
    void operator()(std::string_view name, region r) const { w->key(name).value(insee_code(r)); }
    void operator()(std::string_view name, co2_cycle c) const { w->key(name).value(to_string(c)); }
    void operator()(std::string_view name, procedure p) const { w->key(name).value(to_string(p)); }
    void operator()(std::string_view name, vehicle_class c) const { w->key(name).value(code_of(vehicle_class_codes, c)); }
    void operator()(std::string_view name, energy_family f) const { w->key(name).value(code_of(energy_family_codes, f)); }
    void operator()(std::string_view name, malus_reason r) const { w->key(name).value(code_of(malus_reason_codes, r)); }
    void operator()(std::string_view name, mass_abatement_reason r) const { w->key(name).value(code_of(mass_abatement_reason_codes, r)); }
    void operator()(std::string_view name, fee_exemption e) const { w->key(name).value(code_of(fee_exemption_codes, e)); }
    void operator()(std::string_view name, decote_unit u) const { w->key(name).value(code_of(decote_unit_codes, u)); }
    void operator()(std::string_view name, fiscal_power_formula f) const { w->key(name).value(to_string(f)); }
};

// One field's value as the JSON reader reads it back (text/request_json.hpp); null when unset.
inline void field_json(json_writer& w, const field_descriptor& d, const request& r) {
    const field_value v = d.get(r);
    w.key(to_string(d.field).substr(to_string(d.field).find('.') + 1));
    if (!v.set) {
        w.null();
        return;
    }
    switch (d.kind) {
        case field_kind::date: w.value(format_iso_date(field_value_as<date>(v))); return;
        case field_kind::department: w.value(field_value_as<department>(v).code()); return;
        case field_kind::procedure: w.value(to_string(field_value_as<procedure>(v))); return;
        case field_kind::genre: w.value(to_string(field_value_as<genre>(v))); return;
        case field_kind::energy: w.value(to_string(field_value_as<energy>(v))); return;
        case field_kind::cycle: w.value(to_string(field_value_as<co2_cycle>(v))); return;
        case field_kind::register_system: w.value(to_string(field_value_as<registration_system>(v))); return;
        case field_kind::flag: w.value(v.n != 0); return;
        case field_kind::integer: case field_kind::count: case field_kind::cents: w.value(v.n); return;
    }
}

// The weakest evidence among the sourced steps of one line (law when none).
inline evidence line_evidence(const breakdown& b, fee_line l) {
    evidence weakest = evidence::law;
    for (const step& s : b.steps)
        if (s.line() == l && s.source() && s.source()->basis > weakest) weakest = s.source()->basis;
    return weakest;
}
}  // namespace detail::text

// {"name": "cartegrise", "version": "1.0.0", "data_vintage": "...", "data_valid_until": "..."}
inline void write_library_json(json_writer& w) {
    w.begin_object()
        .key("name").value("cartegrise")
        .key("version").value(CARTEGRISE_VERSION_STRING)
        .key("data_vintage").value(format_iso_date(data_vintage))
        .key("data_valid_until").value(format_iso_date(data_valid_until))
        .end_object();
}

// Every field of a request, null when unset, in the order of its descriptors: the vehicle's and the
// holder's in their own objects.
inline void write_request_json(json_writer& w, const request& r) {
    std::string_view open;  // the object being written inside the request: "", "vehicle", "holder"
    w.begin_object();
    for (std::size_t i = 0; i < request_field_descriptor_count; ++i) {
        const field_descriptor& d = request_field_descriptors()[i];
        const std::string_view path = to_string(d.field);
        const std::size_t dot = path.find('.');
        const std::string_view part = dot == std::string_view::npos ? std::string_view{} : path.substr(0, dot);
        if (part != open) {
            if (!open.empty()) w.end_object();
            if (!part.empty()) w.key(part).begin_object();
            open = part;
        }
        detail::text::field_json(w, d, r);
    }
    if (!open.empty()) w.end_object();
    w.end_object();
}

#if CARTEGRISE_TEXT_DECLARED_ONLY
// The compiled mode (detail/compiled.hpp): a step's fields and sentence are written by the library.
void write_step_json(json_writer& w, const step& s, lang lg);
void write_quote_json(json_writer& w, const request& r, const breakdown& b, lang lg);
#else
// One step: {"kind", "line", "fields": {...}, "source": {...} | null, "sentence"}.
CARTEGRISE_TEXT_INLINE void write_step_json(json_writer& w, const step& s, lang lg) {
    w.begin_object().key("kind").value(s.name()).key("line").value(to_string(s.line()));
    w.key("fields").begin_object();
    visit(s, [&](const auto& typed) {
        for_each_field(typed, detail::text::json_fields{&w});
        return 0;
    });
    w.end_object();
    w.key("source");
    write_source_json(w, s.source(), lg);
    w.key("sentence").value(explain_step(s, lg)).end_object();
}

// The whole quote, for `r` as it was asked.
CARTEGRISE_TEXT_INLINE void write_quote_json(json_writer& w, const request& r, const breakdown& b, lang lg) {
    const auto cents = [&](std::string_view k, money m) { w.key(k).value(m.in_cents()); };
    w.begin_object();
    w.key("library");
    write_library_json(w);
    w.key("lang").value(to_string(lg));
    w.key("request");
    write_request_json(w, r);
    cents("y1", b.y1);
    cents("y1_idfm", b.y1_idfm);
    cents("y2", b.y2);
    cents("y3", b.y3);
    cents("y3_co2", b.y3_co2);
    cents("y3_mass", b.y3_mass);
    cents("y4", b.y4);
    cents("y5", b.y5);
    cents("y6", b.y6);
    w.key("after_data_vintage").value(b.after_data_vintage);
    w.key("evidence").begin_object();
    for (int l = 0; l <= static_cast<int>(fee_line::y6); ++l) {
        const auto line = static_cast<fee_line>(l);
        w.key(to_string(line)).value(to_string(detail::text::line_evidence(b, line)));
    }
    w.end_object();
    w.key("steps").begin_array();
    for (const step& s : b.steps) write_step_json(w, s, lg);
    w.end_array().end_object();
}
#endif

// {"code": "missing_field", "field": "vehicle.co2_g_km", "reason": "co2_needed_malus", "message": "...",
//  "also_missing": ["vehicle.mass_kg", ...]}
inline void write_error_json(json_writer& w, const error& e, lang lg) {
    w.begin_object().key("code").value(to_string(e.code)).key("field").value(to_string(e.field));
    w.key("reason").value(to_string(e.reason));
    w.key("message").value(message(e, lg));
    w.key("also_missing").begin_array();
    for (std::size_t i = 0; i < request_field_count; ++i)
        if (e.also_missing.contains(static_cast<request_field>(i))) w.value(to_string(static_cast<request_field>(i)));
    w.end_array().end_object();
}

CARTEGRISE_END_NAMESPACE

#endif
