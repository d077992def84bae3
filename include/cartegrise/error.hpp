// error: what went wrong, as a value: a category (errc), the input field it is about (request_field,
// spelled as the C++ path: "vehicle.fiscal_cv"), and the precise reason (error_reason). No prose here:
// <cartegrise/text/error_messages.hpp> says each reason in French and English.
#ifndef CARTEGRISE_ERROR_HPP
#define CARTEGRISE_ERROR_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

enum class errc : std::uint8_t {
    invalid_value,         // a field is malformed or out of its range (CV 0, date 2026-02-30, ...)
    unknown_department,    // not a French department code
    unknown_genre,         // not a J.1 genre code
    unknown_energy,        // not a P.3 energy code
    unknown_procedure,     // not a procedure this library knows
    missing_field,         // a field the rules need for this request is unset
    date_out_of_range,     // before the first table row (2022-01-01), or first registration after the application
    beyond_table,          // a value beyond what the tables define (CO2 or mass out of the grid's domain)
    not_applicable,        // this genre / procedure / situation does not combine
};

// Stable identifier of an error code, for JSON and logs.
constexpr std::string_view to_string(errc e) noexcept {
    constexpr std::string_view names[] = {"invalid_value", "unknown_department", "unknown_genre", "unknown_energy",
                                          "unknown_procedure", "missing_field", "date_out_of_range", "beyond_table",
                                          "not_applicable"};
    const auto i = static_cast<std::size_t>(e);
    return i < sizeof(names) / sizeof(names[0]) ? names[i] : std::string_view{"unknown"};
}

// The input an error is about: a field of cartegrise::request, of cartegrise::document_context, an
// argument of the deadline functions, or the language of the text wing.
enum class request_field : std::uint8_t {
    none,
    application_date,
    holder_department,
    procedure,
    vehicle_genre,
    vehicle_energy,
    vehicle_fiscal_cv,
    vehicle_first_registration,
    vehicle_co2_g_km,
    vehicle_cycle,
    vehicle_mass_kg,
    vehicle_ptac_kg,
    vehicle_cylinder_cm3,
    vehicle_seats,
    vehicle_register_system,
    vehicle_electric_power_kw,
    vehicle_odometer_km,
    vehicle_max_net_power_kw,
    vehicle_no_malus_at_first_registration,
    holder_dependent_children,
    purchase_price,
    address_change_rank,
    context_application_date,    // document_context::application_date
    context_first_registration,  // document_context::first_registration
    context_reason,              // document_context::reason
    context_origin,              // document_context::origin
    deadline_kind,               // the deadline asked for
    event_date,                  // the date of the event a deadline counts from
    events_transfer,             // event_dates: one field per deadline_event, in its order
    events_purchase,
    events_move,
    events_transformation,
    events_declaration,
    events_lessee_notice,
    events_issuance,
    events_death,
    events_application,
    language,                    // text wing: the output language
    // The flags of a request, named when a request read from JSON gives them a value that is not a boolean.
    vehicle_without_eu_type_approval,
    vehicle_wheelchair_accessible,
    holder_invalidity_card,
    holder_legal_person,
};
inline constexpr std::size_t request_field_count = static_cast<std::size_t>(request_field::holder_legal_person) + 1;

// The C++ path of a field, as a user writes it: "vehicle.fiscal_cv", "holder_department".
constexpr std::string_view to_string(request_field f) noexcept {
    constexpr std::string_view paths[request_field_count] = {
        "",
        "application_date",
        "holder_department",
        "procedure",
        "vehicle.genre",
        "vehicle.energy",
        "vehicle.fiscal_cv",
        "vehicle.first_registration",
        "vehicle.co2_g_km",
        "vehicle.cycle",
        "vehicle.mass_kg",
        "vehicle.ptac_kg",
        "vehicle.cylinder_cm3",
        "vehicle.seats",
        "vehicle.register_system",
        "vehicle.electric_power_kw",
        "vehicle.odometer_km",
        "vehicle.max_net_power_kw",
        "vehicle.no_malus_at_first_registration",
        "holder.dependent_children",
        "purchase_price",
        "address_change_rank",
        "context.application_date",
        "context.first_registration",
        "context.reason",
        "context.origin",
        "kind",
        "event_date",
        "events.transfer",
        "events.purchase",
        "events.move",
        "events.transformation",
        "events.declaration",
        "events.lessee_notice",
        "events.issuance",
        "events.death",
        "events.application",
        "language",
        "vehicle.without_eu_type_approval",
        "vehicle.wheelchair_accessible",
        "holder.invalidity_card",
        "holder.legal_person",
    };
    const auto i = static_cast<std::size_t>(f);
    return i < request_field_count ? paths[i] : std::string_view{"?"};
}

// Why a value was refused: one reason per rule that can refuse, so that a message can say why.
enum class error_reason : std::uint8_t {
    required,                       // the field is needed by every request of this kind
    not_a_calendar_date,            // 2026-02-30, a default date
    before_first_supported_date,    // before 2022-01-01 (the CIBS)
    unknown_code,                   // not one of the codes of this field
    out_of_range,                   // a number outside the field's plausible bounds (request_limits)
    negative,                       // a CO2 figure or a price below zero
    co2_beyond_grids,               // above the last gram of every grid
    after_application,              // the first registration is after the application
    new_vehicle_first_registration, // a new vehicle's B is the application date itself
    ptac_needed_vasp,               // a VASP's rate differs above 3.5 t
    ptac_needed_truck,              // a truck's transport tax follows its PTAC
    ptac_needed_tractor,            // N1 and heavier road tractors differ
    truck_too_light,                // a CAM is above 3.5 t; lighter goods vehicles are CTTE
    moped_over_50_cm3,              // a CL / CYCL has at most 50 cm3
    collection_needs_age,           // a collection certificate needs B and more than 30 years
    register_needed,                // duplicata and address changes depend on SIV or FNI
    fni_after_siv_start,            // registered from 2009-04-15: an SIV number
    first_registration_in_siv,      // a first registration in France is always in the SIV
    address_rank_needed,            // on an SIV certificate the rank decides (sticker or not)
    cv_needed_regional_tax,         // Y.1 is per CV
    energy_needed_clean_vehicle,    // clean vehicles may be exempt
    first_registration_needed_age,  // the rate halves at ten years
    energy_needed_malus,            // electric vehicles pay no malus
    first_registration_needed_grid, // B chooses the malus grid
    co2_needed_malus,               // the CO2 grid needs V.7
    cycle_must_be_wltp,             // registered from 2020-03-01: WLTP
    cycle_must_be_nedc,             // registered before 2020-03-01: NEDC
    cv_needed_power_grid,           // without EU type approval the malus follows the CV
    power_grid_unknown,             // no power-based grid is known for that year
    mass_needed_malus,              // the mass malus needs G.1
    seats_needed_large_family,      // the large-family reduction needs >= 5 seats
    reason_only_for_duplicate,      // a duplicate reason given for another procedure
    origin_only_for_import,         // an import origin given for another procedure
    age_needs_application_date,     // the inspection rule needs both dates
    deadline_not_of_procedure,      // this procedure has no such deadline
    deadline_after_9999,            // the due date falls after year 9999
    electric_power_needed,          // from 2027 the hybrid abatement depends on the electric motor's power
    mileage_bands_unknown,          // from 2027 a high mileage reduces the décote by bands not yet known
    later_malus_not_first,          // "no malus at first registration" given for a first registration
    power_needed_fiscal_power,      // P.6 is computed from P.2, the maximum net power
    co2_needed_fiscal_power,        // the 1998 formula adds CO2 / 45
    fiscal_power_genre_not_encoded, // only a tourism vehicle's (VP) formulas are encoded
    fiscal_power_before_1998,       // the 1956 and 1978 formulas (bore, stroke, gearing) are not encoded
    fiscal_power_type_approval,     // 2019-11-01 → 2020-12-31: the type's approval date chooses the formula
    fiscal_power_electric_before_2021, // an electric car first registered in France before 2021 (A.421-23)
    fiscal_power_only_for_import,   // P.6 is on the certificate; it is computed for an import only
    // A request read from JSON (<cartegrise/text/request_json.hpp>):
    not_json,                       // not one JSON object (syntax), or text after it
    unknown_key,                    // a key the request does not have
    duplicate_key,                  // a key given twice
    wrong_json_type,                // a string where a number is expected, a fraction, a number for a date...
};

inline constexpr std::size_t error_reason_count = static_cast<std::size_t>(error_reason::wrong_json_type) + 1;

// Stable identifier of a reason, for JSON and logs: the enumerator's name.
constexpr std::string_view to_string(error_reason r) noexcept {
    constexpr std::string_view names[] = {
        "required", "not_a_calendar_date", "before_first_supported_date", "unknown_code", "out_of_range", "negative",
        "co2_beyond_grids", "after_application", "new_vehicle_first_registration", "ptac_needed_vasp", "ptac_needed_truck",
        "ptac_needed_tractor", "truck_too_light", "moped_over_50_cm3", "collection_needs_age", "register_needed",
        "fni_after_siv_start", "first_registration_in_siv", "address_rank_needed", "cv_needed_regional_tax",
        "energy_needed_clean_vehicle", "first_registration_needed_age", "energy_needed_malus", "first_registration_needed_grid",
        "co2_needed_malus", "cycle_must_be_wltp", "cycle_must_be_nedc", "cv_needed_power_grid", "power_grid_unknown",
        "mass_needed_malus", "seats_needed_large_family", "reason_only_for_duplicate", "origin_only_for_import",
        "age_needs_application_date", "deadline_not_of_procedure", "deadline_after_9999", "electric_power_needed",
        "mileage_bands_unknown", "later_malus_not_first", "power_needed_fiscal_power", "co2_needed_fiscal_power",
        "fiscal_power_genre_not_encoded", "fiscal_power_before_1998", "fiscal_power_type_approval",
        "fiscal_power_electric_before_2021", "fiscal_power_only_for_import", "not_json", "unknown_key", "duplicate_key",
        "wrong_json_type"};
    static_assert(sizeof(names) / sizeof(names[0]) == error_reason_count, "cartegrise: one name per error reason");
    const auto i = static_cast<std::size_t>(r);
    return i < sizeof(names) / sizeof(names[0]) ? names[i] : std::string_view{"unknown"};
}

// A set of request fields (the others that are missing when a request lacks several).
class field_set {
public:
    constexpr field_set() noexcept = default;
    constexpr void add(request_field f) noexcept { bits_ |= bit(f); }
    [[nodiscard]] constexpr bool contains(request_field f) const noexcept { return (bits_ & bit(f)) != 0; }
    [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
    [[nodiscard]] constexpr std::size_t size() const noexcept {
        std::size_t n = 0;
        for (std::uint64_t b = bits_; b != 0; b &= b - 1) ++n;
        return n;
    }
    friend constexpr bool operator==(field_set a, field_set b) noexcept { return a.bits_ == b.bits_; }
    friend constexpr bool operator!=(field_set a, field_set b) noexcept { return a.bits_ != b.bits_; }

private:
    static constexpr std::uint64_t bit(request_field f) noexcept {
        const auto i = static_cast<std::size_t>(f);
        return i < 64 ? std::uint64_t{1} << i : 0;
    }
    std::uint64_t bits_ = 0;
};
static_assert(request_field_count <= 64, "cartegrise: field_set holds 64 fields");

struct error {
    errc code = errc::invalid_value;
    request_field field = request_field::none;
    error_reason reason = error_reason::required;
    // When a request lacks several fields: the others (the first one is `field`).
    field_set also_missing;

    // Every member, the other missing fields included.
    friend constexpr bool operator==(const error& a, const error& b) noexcept {
        return a.code == b.code && a.field == b.field && a.reason == b.reason && a.also_missing == b.also_missing;
    }
    friend constexpr bool operator!=(const error& a, const error& b) noexcept { return !(a == b); }
};

CARTEGRISE_END_NAMESPACE

#endif
