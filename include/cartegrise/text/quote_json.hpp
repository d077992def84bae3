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
#include "../sources.hpp"
#include "../version.hpp"
#include "../vintage.hpp"
#include "error_messages.hpp"
#include "explain.hpp"
#include "format.hpp"
#include "json.hpp"
#include "labels.hpp"
#include "places.hpp"

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

template <class T>
void optional_value(json_writer& w, std::string_view name, const maybe<T>& v) {
    w.key(name);
    if (!v) w.null();
    else if constexpr (std::is_same_v<T, int>) w.value(*v);
    else if constexpr (std::is_same_v<T, date>) w.value(format_iso_date(*v));
    else if constexpr (std::is_same_v<T, money>) w.value(v->in_cents());
    else if constexpr (std::is_same_v<T, department>) w.value(v->code());
    else w.value(to_string(*v));
}

// The weakest evidence among the sourced steps of one line (law when none).
inline evidence line_evidence(const breakdown& b, fee_line l) {
    evidence weakest = evidence::law;
    for (const step& s : b.steps)
        if (s.line() == l && s.source() != source_id::none && source_of(s.source()).basis > weakest) weakest = source_of(s.source()).basis;
    return weakest;
}
}  // namespace detail::text

// {"name": "cartegrise", "version": "0.2.0", "data_vintage": "...", "data_valid_until": "..."}
inline void write_library_json(json_writer& w) {
    w.begin_object()
        .key("name").value("cartegrise")
        .key("version").value(CARTEGRISE_VERSION_STRING)
        .key("data_vintage").value(format_iso_date(data_vintage))
        .key("data_valid_until").value(format_iso_date(data_valid_until))
        .end_object();
}

// Every field of a request, null when unset.
inline void write_request_json(json_writer& w, const request& r) {
    namespace t = detail::text;
    const auto& v = r.vehicle;
    w.begin_object();
    t::optional_value(w, "application_date", r.application_date);
    t::optional_value(w, "holder_department", r.holder_department);
    t::optional_value(w, "procedure", r.procedure);
    w.key("vehicle").begin_object();
    t::optional_value(w, "genre", v.genre);
    t::optional_value(w, "energy", v.energy);
    t::optional_value(w, "fiscal_cv", v.fiscal_cv);
    t::optional_value(w, "first_registration", v.first_registration);
    t::optional_value(w, "co2_g_km", v.co2_g_km);
    t::optional_value(w, "cycle", v.cycle);
    t::optional_value(w, "mass_kg", v.mass_kg);
    t::optional_value(w, "ptac_kg", v.ptac_kg);
    t::optional_value(w, "cylinder_cm3", v.cylinder_cm3);
    t::optional_value(w, "seats", v.seats);
    t::optional_value(w, "register_system", v.register_system);
    t::optional_value(w, "electric_power_kw", v.electric_power_kw);
    t::optional_value(w, "odometer_km", v.odometer_km);
    t::optional_value(w, "max_net_power_kw", v.max_net_power_kw);
    w.key("without_eu_type_approval").value(v.without_eu_type_approval);
    w.key("wheelchair_accessible").value(v.wheelchair_accessible);
    w.key("no_malus_at_first_registration").value(v.no_malus_at_first_registration);
    w.end_object();
    w.key("holder").begin_object();
    w.key("invalidity_card").value(r.holder.invalidity_card);
    w.key("dependent_children").value(r.holder.dependent_children);
    w.key("legal_person").value(r.holder.legal_person);
    w.end_object();
    t::optional_value(w, "purchase_price", r.purchase_price);
    t::optional_value(w, "address_change_rank", r.address_change_rank);
    w.end_object();
}

// A source: {"id", "text", "evidence", "dated"}, or null for none.
inline void write_source_json(json_writer& w, source_id id) {
    if (id == source_id::none) {
        w.null();
        return;
    }
    const source_row& src = source_of(id);
    w.begin_object().key("id").value(src.name).key("text").value(src.text).key("evidence").value(to_string(src.basis));
    w.key("dated").value(format_iso_date(src.dated)).end_object();
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
    write_source_json(w, s.source());
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
