// request_fields: one descriptor per field of cartegrise::request, the one place that says what a field
// is beyond its C++ member: its kind, its plausible bounds, the stand-in used to look for the other
// missing fields, its command-line option and its unit. Validation (rules/validate.hpp), the stand-ins
// (quote.hpp), the error messages' domains (text/error_messages.hpp), the JSON reader and echo
// (text/request_json.hpp, text/quote_json.hpp), the command line's options and batch columns and the JSON
// schema (checked by tests/unit/request_fields_test.cpp) all read these rows. The field's path
// ("vehicle.fiscal_cv", also its JSON path) is to_string(request_field), in error.hpp. No prose here: the
// French and English labels live in text/error_messages.hpp, keyed by the field.
//
// Adding a member to vehicle_data, holder_data or request means adding its row here (a static_assert
// counts the members), then its request_field enumerator and its label.
#ifndef CARTEGRISE_REQUEST_FIELDS_HPP
#define CARTEGRISE_REQUEST_FIELDS_HPP

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>
#include <type_traits>

#include "detail/members.hpp"
#include "error.hpp"
#include "request.hpp"
#include "version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

// What a field holds, hence how it is read, checked and written.
enum class field_kind : std::uint8_t {
    date,             // maybe<date>
    department,       // maybe<department>
    procedure,        // maybe<procedure>
    genre,            // maybe<genre>
    energy,           // maybe<energy>
    cycle,            // maybe<co2_cycle>
    register_system,  // maybe<registration_system>
    integer,          // maybe<int>, within [min, max]
    count,            // int, never unset, within [min, max]
    cents,            // maybe<money>, at least min
    flag,             // bool
};

// A field's value as one integer, whatever its type: a date packed, an enum or a department as its index,
// money in cents, a flag as 0 or 1; `set` false for an unset optional field.
struct field_value {
    bool set = false;
    std::int64_t n = 0;
};

namespace detail::fields {
constexpr std::int64_t encode(int v) noexcept { return v; }
constexpr std::int64_t encode(bool v) noexcept { return v ? 1 : 0; }
constexpr std::int64_t encode(date d) noexcept { return d.packed(); }
constexpr std::int64_t encode(money m) noexcept { return m.in_cents(); }
constexpr std::int64_t encode(department d) noexcept { return static_cast<std::int64_t>(d.index()); }
template <class E, std::enable_if_t<std::is_enum_v<E>, int> = 0>
constexpr std::int64_t encode(E e) noexcept { return static_cast<std::int64_t>(e); }

template <class T>
constexpr T decode(std::int64_t n) noexcept {
    if constexpr (std::is_same_v<T, int>) return static_cast<int>(n);
    else if constexpr (std::is_same_v<T, bool>) return n != 0;
    else if constexpr (std::is_same_v<T, date>) return date::from_packed(static_cast<std::uint32_t>(n));
    else if constexpr (std::is_same_v<T, money>) return money::cents(n);
    else if constexpr (std::is_same_v<T, department>) return department::at(static_cast<std::size_t>(n));
    else return static_cast<T>(static_cast<std::underlying_type_t<T>>(n));
}

template <class T> constexpr field_value read(const maybe<T>& m) noexcept { return m ? field_value{true, encode(*m)} : field_value{}; }
template <class T> constexpr field_value read(const T& v) noexcept { return field_value{true, encode(v)}; }
template <class T> constexpr void write(maybe<T>& m, field_value v) noexcept {
    if (v.set) m = decode<T>(v.n);
    else m.reset();
}
template <class T> constexpr void write(T& m, field_value v) noexcept { m = v.set ? decode<T>(v.n) : T{}; }

constexpr const request& part(const request& r, const request*) noexcept { return r; }
constexpr const vehicle_data& part(const request& r, const vehicle_data*) noexcept { return r.vehicle; }
constexpr const holder_data& part(const request& r, const holder_data*) noexcept { return r.holder; }
constexpr request& part(request& r, const request*) noexcept { return r; }
constexpr vehicle_data& part(request& r, const vehicle_data*) noexcept { return r.vehicle; }
constexpr holder_data& part(request& r, const holder_data*) noexcept { return r.holder; }

template <class P> struct owner_of;
template <class C, class M> struct owner_of<M C::*> { using type = C; };

template <auto P>
constexpr field_value get(const request& r) noexcept {
    using owner = typename owner_of<decltype(P)>::type;
    return read(part(r, static_cast<const owner*>(nullptr)).*P);
}
template <auto P>
constexpr void set(request& r, field_value v) noexcept {
    using owner = typename owner_of<decltype(P)>::type;
    write(part(r, static_cast<const owner*>(nullptr)).*P, v);
}
}  // namespace detail::fields

// A value as a field holds it, and back: field_value_of(genre::vp), field_value_as<genre>(v).
template <class T>
constexpr field_value field_value_of(T v) noexcept { return field_value{true, detail::fields::encode(v)}; }
template <class T>
constexpr T field_value_as(field_value v) noexcept { return detail::fields::decode<T>(v.n); }

struct field_descriptor {
    request_field field = request_field::none;  // its path is to_string(field): "vehicle.fiscal_cv"
    field_kind kind = field_kind::flag;
    // Plausible bounds (integer, count, cents): beyond them the input is a typo, not a vehicle.
    std::int64_t min = 0;
    std::int64_t max = 0;
    // Why a value below min or above max is refused: out_of_range unless the rule says more (a negative
    // CO2 figure, a CO2 figure beyond every grid).
    error_reason below = error_reason::out_of_range;
    error_reason above = error_reason::out_of_range;
    // The value a missing field takes while the rules are asked which other fields they need (never for
    // an amount); unset: the field has none. A date's stand-in is the application date (quote.hpp).
    maybe<std::int64_t> stand_in{};
    std::string_view option{};  // the command line's option and batch column, without "--"
    std::string_view unit{};    // of a number: "kg", "CV"; a symbol, the same in every language
    field_value (*get)(const request&) noexcept = nullptr;
    void (*set)(request&, field_value) noexcept = nullptr;

    [[nodiscard]] constexpr bool bounded() const noexcept {
        return kind == field_kind::integer || kind == field_kind::count || kind == field_kind::cents;
    }
    [[nodiscard]] constexpr bool has_max() const noexcept { return bounded() && max != no_max; }
    static constexpr std::int64_t no_max = std::numeric_limits<std::int64_t>::max();
};

namespace detail::fields {
template <auto P>
constexpr field_descriptor row(request_field f, field_kind k, std::string_view option, maybe<std::int64_t> stand_in = {}) noexcept {
    field_descriptor d{};
    d.field = f;
    d.kind = k;
    d.option = option;
    d.stand_in = stand_in;
    d.get = &get<P>;
    d.set = &set<P>;
    return d;
}
template <auto P>
constexpr field_descriptor number(request_field f, field_kind k, std::int64_t lo, std::int64_t hi, std::string_view unit,
                                  std::string_view option, maybe<std::int64_t> stand_in = {}) noexcept {
    field_descriptor d = row<P>(f, k, option, stand_in);
    d.min = lo;
    d.max = hi;
    d.unit = unit;
    return d;
}
constexpr field_descriptor with_reasons(field_descriptor d, error_reason below, error_reason above) noexcept {
    d.below = below;
    d.above = above;
    return d;
}

using rf = request_field;
using fk = field_kind;
using lim = request_limits;
using V = vehicle_data;
using H = holder_data;
using R = request;
constexpr std::int64_t any_date = 0;  // a date's stand-in is the application date: see field_descriptor

// In the order of the JSON echo: the request's own fields, the vehicle's, the holder's, then the last two.
// clang-format off
inline constexpr field_descriptor rows[] = {
    row<&R::application_date>(rf::application_date, fk::date, "date", any_date),
    row<&R::holder_department>(rf::holder_department, fk::department, "department", 0),
    row<&R::procedure>(rf::procedure, fk::procedure, "procedure", encode(procedure::used)),
    row<&V::genre>(rf::vehicle_genre, fk::genre, "genre", encode(genre::vp)),
    row<&V::energy>(rf::vehicle_energy, fk::energy, "energy", encode(energy::es)),
    number<&V::fiscal_cv>(rf::vehicle_fiscal_cv, fk::integer, 1, lim::max_fiscal_cv, "CV", "cv", 1),
    row<&V::first_registration>(rf::vehicle_first_registration, fk::date, "first-registration", any_date),
    with_reasons(number<&V::co2_g_km>(rf::vehicle_co2_g_km, fk::integer, 0, lim::max_co2_g_km, "g/km", "co2", 0),
                 error_reason::negative, error_reason::co2_beyond_grids),
    row<&V::cycle>(rf::vehicle_cycle, fk::cycle, "cycle"),
    number<&V::mass_kg>(rf::vehicle_mass_kg, fk::integer, 1, lim::max_mass_kg, "kg", "mass", 1),
    // Above every class's threshold: the request asks for the rest of a heavy vehicle's fields.
    number<&V::ptac_kg>(rf::vehicle_ptac_kg, fk::integer, 1, lim::max_mass_kg, "kg", "ptac", 12000),
    number<&V::cylinder_cm3>(rf::vehicle_cylinder_cm3, fk::integer, 0, lim::max_cylinder_cm3, "cm³", "cylinder"),
    number<&V::seats>(rf::vehicle_seats, fk::integer, 1, lim::max_seats, "", "seats", 5),
    row<&V::register_system>(rf::vehicle_register_system, fk::register_system, "register", encode(registration_system::siv)),
    number<&V::electric_power_kw>(rf::vehicle_electric_power_kw, fk::integer, 0, lim::max_electric_power_kw, "kW", "electric-kw", 30),
    number<&V::odometer_km>(rf::vehicle_odometer_km, fk::integer, 0, lim::max_odometer_km, "km", "odometer"),
    number<&V::max_net_power_kw>(rf::vehicle_max_net_power_kw, fk::integer, 1, lim::max_net_power_kw, "kW", "kw", 100),
    row<&V::without_eu_type_approval>(rf::vehicle_without_eu_type_approval, fk::flag, "no-eu-approval"),
    row<&V::wheelchair_accessible>(rf::vehicle_wheelchair_accessible, fk::flag, "wheelchair"),
    row<&V::no_malus_at_first_registration>(rf::vehicle_no_malus_at_first_registration, fk::flag, "no-malus-at-first-registration"),
    row<&H::invalidity_card>(rf::holder_invalidity_card, fk::flag, "invalidity"),
    number<&H::dependent_children>(rf::holder_dependent_children, fk::count, 0, lim::max_children, "", "children"),
    row<&H::legal_person>(rf::holder_legal_person, fk::flag, "legal-person"),
    with_reasons(number<&R::purchase_price>(rf::purchase_price, fk::cents, 0, field_descriptor::no_max, "", "price"),
                 error_reason::negative, error_reason::out_of_range),
    // The fourth change of an SIV certificate: past the three with a sticker, the request asks for no more.
    number<&R::address_change_rank>(rf::address_change_rank, fk::integer, 1, lim::max_address_change_rank, "", "address-change", 4),
};
// clang-format on
}  // namespace detail::fields

// Every field of a request, in the order of its JSON echo.
inline constexpr std::size_t request_field_descriptor_count = sizeof(detail::fields::rows) / sizeof(detail::fields::rows[0]);
constexpr const field_descriptor* request_field_descriptors() noexcept { return detail::fields::rows; }

// The descriptor of a field of cartegrise::request; nullptr for the other fields (document_context's,
// the deadline's arguments, the language).
constexpr const field_descriptor* descriptor_of(request_field f) noexcept {
    for (const auto& d : detail::fields::rows)
        if (d.field == f) return &d;
    return nullptr;
}

// A member of vehicle_data, holder_data or request without its row is a compile error: vehicle and
// holder are two members of request that hold the others.
static_assert(request_field_descriptor_count ==
                  detail::aggregate_arity<request>() - 2 + detail::aggregate_arity<vehicle_data>() + detail::aggregate_arity<holder_data>(),
              "cartegrise: every member of request, vehicle_data and holder_data has a row in request_fields.hpp");

CARTEGRISE_END_NAMESPACE

#endif
