// The fiscal power of fiscal_power.hpp as text and JSON: one sentence (the same as the step a quote of an
// import records), and the object `cartegrise fiscal-power --json` prints:
//   {"library": {...}, "lang": "fr", "request": {"genre", "energy", "max_net_power_kw", "co2_g_km",
//    "registered_in_france"}, "fiscal_cv": 3, "formula": "power_2021", "since": "2021-01-01",
//    "source": {"id", "citation", "note", "evidence", "dated"}, "evidence": "press", "sentence": "..."}
#ifndef CARTEGRISE_TEXT_FISCAL_POWER_JSON_HPP
#define CARTEGRISE_TEXT_FISCAL_POWER_JSON_HPP

#include <string>

#include "../fiscal_power.hpp"
#include "quote_json.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

// The step a quote records for a computed P.6, from the answer of fiscal_power().
constexpr steps::fiscal_power_computed as_step(const fiscal_power_answer& a, int max_net_power_kw) noexcept {
    return steps::fiscal_power_computed{a.fiscal_cv, max_net_power_kw, a.formula, a.since, a.source};
}

// "Puissance fiscale (P.6) calculée à partir de la puissance nette maximale (P.2) de 29 kW … : 3 CV [source]."
inline std::string explain(const fiscal_power_answer& a, int max_net_power_kw, lang lg = lang::fr) {
    return explain_step(step{as_step(a, max_net_power_kw)}, lg);
}

inline void write_fiscal_power_json(json_writer& w, const vehicle_data& v, date registered_in_france,
                                    const fiscal_power_answer& a, lang lg) {
    namespace t = detail::text;
    w.begin_object();
    w.key("library");
    write_library_json(w);
    w.key("lang").value(to_string(lg));
    w.key("request").begin_object();
    request r{};
    r.vehicle = v;
    for (const request_field f : {request_field::vehicle_genre, request_field::vehicle_energy, request_field::vehicle_max_net_power_kw,
                                  request_field::vehicle_co2_g_km})
        t::field_json(w, *descriptor_of(f), r);
    w.key("registered_in_france").value(format_iso_date(registered_in_france));
    w.end_object();
    w.key("fiscal_cv").value(a.fiscal_cv);
    w.key("formula").value(to_string(a.formula));
    w.key("since").value(format_iso_date(a.since));
    w.key("source");
    write_source_json(w, a.source, lg);
    w.key("evidence").value(a.source ? to_string(a.source->basis) : to_string(evidence::derived));
    w.key("sentence").value(explain(a, v.max_net_power_kw ? *v.max_net_power_kw : 0, lg));
    w.end_object();
}

CARTEGRISE_END_NAMESPACE

#endif
