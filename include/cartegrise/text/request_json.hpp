// A request read from JSON: the exact inverse of its echo (write_request_json in quote_json.hpp), with the
// same keys. A key left out is unset (a flag false, no children); null unsets an optional field. Every
// value is checked for its JSON type and read with the library's own parsers (parse_date,
// parse_department, parse_genre...); the ranges are quote()'s business (rules/validate.hpp), so that a
// request echoes back exactly as it was read. Refused, never guessed: an unknown or repeated key, a
// string where a number is expected, a fraction, a number beyond int, text after the object. The error
// names the field (request_field) and the reason (error_reason), kind invalid_value unless the library's
// parser says otherwise (unknown_department...); `refused_value`, when given, receives the text refused
// (the value, or the key for unknown_key) so that a message can quote it.
//
//     const auto r = parse_request_json(R"({"application_date": "2026-06-01", "holder_department": "75",
//         "procedure": "used", "vehicle": {"genre": "VP", "energy": "ES", "fiscal_cv": 7,
//         "first_registration": "2019-05-03"}})");
#ifndef CARTEGRISE_TEXT_REQUEST_JSON_HPP
#define CARTEGRISE_TEXT_REQUEST_JSON_HPP

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include "../error.hpp"
#include "../request.hpp"
#include "../result.hpp"
#include "../version.hpp"
#include "json.hpp"

CARTEGRISE_BEGIN_NAMESPACE

namespace detail::request_json {

enum class kind : std::uint8_t { date, department, procedure, genre, energy, cycle, register_system, integer, cents, flag, object };
enum class scope : std::uint8_t { request, vehicle, holder };

// One row per key of the echo, in its order; `field` says which member the value sets.
struct key_row {
    scope in;
    std::string_view key;
    request_field field;
    kind type;
};
// clang-format off
inline constexpr key_row key_rows[] = {
    {scope::request, "application_date", request_field::application_date, kind::date},
    {scope::request, "holder_department", request_field::holder_department, kind::department},
    {scope::request, "procedure", request_field::procedure, kind::procedure},
    {scope::request, "vehicle", request_field::none, kind::object},
    {scope::vehicle, "genre", request_field::vehicle_genre, kind::genre},
    {scope::vehicle, "energy", request_field::vehicle_energy, kind::energy},
    {scope::vehicle, "fiscal_cv", request_field::vehicle_fiscal_cv, kind::integer},
    {scope::vehicle, "first_registration", request_field::vehicle_first_registration, kind::date},
    {scope::vehicle, "co2_g_km", request_field::vehicle_co2_g_km, kind::integer},
    {scope::vehicle, "cycle", request_field::vehicle_cycle, kind::cycle},
    {scope::vehicle, "mass_kg", request_field::vehicle_mass_kg, kind::integer},
    {scope::vehicle, "ptac_kg", request_field::vehicle_ptac_kg, kind::integer},
    {scope::vehicle, "cylinder_cm3", request_field::vehicle_cylinder_cm3, kind::integer},
    {scope::vehicle, "seats", request_field::vehicle_seats, kind::integer},
    {scope::vehicle, "register_system", request_field::vehicle_register_system, kind::register_system},
    {scope::vehicle, "electric_power_kw", request_field::vehicle_electric_power_kw, kind::integer},
    {scope::vehicle, "odometer_km", request_field::vehicle_odometer_km, kind::integer},
    {scope::vehicle, "max_net_power_kw", request_field::vehicle_max_net_power_kw, kind::integer},
    {scope::vehicle, "without_eu_type_approval", request_field::vehicle_without_eu_type_approval, kind::flag},
    {scope::vehicle, "wheelchair_accessible", request_field::vehicle_wheelchair_accessible, kind::flag},
    {scope::vehicle, "no_malus_at_first_registration", request_field::vehicle_no_malus_at_first_registration, kind::flag},
    {scope::request, "holder", request_field::none, kind::object},
    {scope::holder, "invalidity_card", request_field::holder_invalidity_card, kind::flag},
    {scope::holder, "dependent_children", request_field::holder_dependent_children, kind::integer},
    {scope::holder, "legal_person", request_field::holder_legal_person, kind::flag},
    {scope::request, "purchase_price", request_field::purchase_price, kind::cents},
    {scope::request, "address_change_rank", request_field::address_change_rank, kind::integer},
};
// clang-format on
inline constexpr std::size_t key_count = sizeof(key_rows) / sizeof(key_rows[0]);
static_assert(key_count <= 32, "cartegrise: the keys seen are one bit each");

// One JSON value as read: null, a boolean, an integer (no fraction, no exponent) or a string, decoded.
struct scalar {
    enum class type : std::uint8_t { null, boolean, integer, number, string, object, array } is = type::null;
    bool flag = false;
    std::int64_t n = 0;
    bool overflow = false;  // an integer beyond int64
    std::string text;       // a string decoded, or the number's token
};

class reader {
public:
    explicit reader(std::string_view s) noexcept : s_{s} {}

    result<request> run(std::string* refused_value) {
        refused_ = refused_value;
        request r;
        skip_space();
        if (!object(r, scope::request)) return failure{err_};
        skip_space();
        if (at_ != s_.size()) return refuse(request_field::none, error_reason::not_json, {});
        return r;
    }

private:
    failure refuse(request_field f, error_reason why, std::string_view value, errc code = errc::invalid_value) {
        err_ = error{code, f, why, {}};
        if (refused_ != nullptr) *refused_ = std::string{value};
        return failure{err_};
    }
    bool fail(request_field f, error_reason why, std::string_view value, errc code = errc::invalid_value) {
        refuse(f, why, value, code);
        return false;
    }
    bool syntax() { return fail(request_field::none, error_reason::not_json, {}); }

    void skip_space() noexcept {
        while (at_ < s_.size() && (s_[at_] == ' ' || s_[at_] == '\t' || s_[at_] == '\n' || s_[at_] == '\r')) ++at_;
    }
    bool eat(char c) noexcept {
        skip_space();
        if (at_ < s_.size() && s_[at_] == c) {
            ++at_;
            return true;
        }
        return false;
    }
    bool word(std::string_view w) noexcept {
        if (s_.substr(at_, w.size()) != w) return false;
        at_ += w.size();
        return true;
    }

    // A string after its opening quote, escapes decoded (a lone surrogate is refused).
    bool string(std::string& out) {
        out.clear();
        return read_json_string(s_, at_, out);
    }
    // A number token (JSON grammar); an integer when it has no fraction and no exponent.
    bool number(scalar& v) {
        const std::size_t start = at_;
        const bool negative = at_ < s_.size() && s_[at_] == '-';
        if (negative) ++at_;
        const auto digits = [&] {
            const std::size_t from = at_;
            while (at_ < s_.size() && s_[at_] >= '0' && s_[at_] <= '9') ++at_;
            return at_ - from;
        };
        const std::size_t int_start = at_;
        const std::size_t n_int = digits();
        if (n_int == 0 || (n_int > 1 && s_[int_start] == '0')) return false;
        bool integral = true;
        if (at_ < s_.size() && s_[at_] == '.') {
            ++at_;
            if (digits() == 0) return false;
            integral = false;
        }
        if (at_ < s_.size() && (s_[at_] == 'e' || s_[at_] == 'E')) {
            ++at_;
            if (at_ < s_.size() && (s_[at_] == '+' || s_[at_] == '-')) ++at_;
            if (digits() == 0) return false;
            integral = false;
        }
        v.text = std::string{s_.substr(start, at_ - start)};
        v.is = integral ? scalar::type::integer : scalar::type::number;
        if (!integral) return true;
        std::uint64_t magnitude = 0;
        const std::uint64_t limit = negative ? std::uint64_t{1} << 63 : (std::uint64_t{1} << 63) - 1;
        for (std::size_t k = int_start; k < int_start + n_int; ++k) {
            const auto d = static_cast<std::uint64_t>(s_[k] - '0');
            if (magnitude > (limit - d) / 10) {
                v.overflow = true;
                return true;
            }
            magnitude = magnitude * 10 + d;
        }
        v.n = negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude);
        return true;
    }
    // A value that is not an object; arrays and objects are reported as such (never a scalar here).
    bool value(scalar& v) {
        skip_space();
        if (at_ >= s_.size()) return false;
        const char c = s_[at_];
        if (c == '"') {
            ++at_;
            v.is = scalar::type::string;
            return string(v.text);
        }
        if (c == '{' || c == '[') {
            v.is = c == '{' ? scalar::type::object : scalar::type::array;
            return true;
        }
        if (word("null")) return true;
        if (word("true") || word("false")) {
            v.is = scalar::type::boolean;
            v.flag = s_[at_ - 1] == 'e' && s_[at_ - 2] == 'u';  // "true", not "false"
            v.text = v.flag ? "true" : "false";
            return true;
        }
        return number(v);
    }

    template <class T>
    bool code(maybe<T>& target, const scalar& v, const key_row& row, result<T> (*parse)(std::string_view) noexcept) {
        if (v.is == scalar::type::null) return target.reset(), true;
        if (v.is != scalar::type::string) return fail(row.field, error_reason::wrong_json_type, v.text);
        const result<T> r = parse(v.text);
        if (!r) return fail(row.field, r.error().reason, v.text, r.error().code);
        target = *r;
        return true;
    }
    bool integer(maybe<int>& target, const scalar& v, const key_row& row) {
        if (v.is == scalar::type::null) return target.reset(), true;
        if (v.is != scalar::type::integer) return fail(row.field, error_reason::wrong_json_type, v.text);
        if (v.overflow || v.n < std::numeric_limits<int>::min() || v.n > std::numeric_limits<int>::max()) return fail(row.field, error_reason::out_of_range, v.text);
        target = static_cast<int>(v.n);
        return true;
    }
    bool flag(bool& target, const scalar& v, const key_row& row) {
        if (v.is != scalar::type::boolean) return fail(row.field, error_reason::wrong_json_type, v.text);
        target = v.flag;
        return true;
    }

    bool assign(request& r, const key_row& row, const scalar& v) {
        auto& veh = r.vehicle;
        using rf = request_field;
        switch (row.field) {
            case rf::application_date:
            case rf::vehicle_first_registration: {
                maybe<date>& target = row.field == rf::application_date ? r.application_date : veh.first_registration;
                if (v.is == scalar::type::null) return target.reset(), true;
                const auto d = v.is == scalar::type::string ? parse_date(v.text) : std::nullopt;
                if (!d) return fail(row.field, v.is == scalar::type::string ? error_reason::not_a_calendar_date : error_reason::wrong_json_type, v.text);
                target = *d;
                return true;
            }
            case rf::holder_department: return code(r.holder_department, v, row, &parse_department);
            case rf::procedure: return code(r.procedure, v, row, &parse_procedure);
            case rf::vehicle_genre: return code(veh.genre, v, row, &parse_genre);
            case rf::vehicle_energy: return code(veh.energy, v, row, &parse_energy);
            case rf::vehicle_cycle: return code(veh.cycle, v, row, &parse_co2_cycle);
            case rf::vehicle_register_system: return code(veh.register_system, v, row, &parse_registration_system);
            case rf::vehicle_fiscal_cv: return integer(veh.fiscal_cv, v, row);
            case rf::vehicle_co2_g_km: return integer(veh.co2_g_km, v, row);
            case rf::vehicle_mass_kg: return integer(veh.mass_kg, v, row);
            case rf::vehicle_ptac_kg: return integer(veh.ptac_kg, v, row);
            case rf::vehicle_cylinder_cm3: return integer(veh.cylinder_cm3, v, row);
            case rf::vehicle_seats: return integer(veh.seats, v, row);
            case rf::vehicle_electric_power_kw: return integer(veh.electric_power_kw, v, row);
            case rf::vehicle_odometer_km: return integer(veh.odometer_km, v, row);
            case rf::vehicle_max_net_power_kw: return integer(veh.max_net_power_kw, v, row);
            case rf::address_change_rank: return integer(r.address_change_rank, v, row);
            case rf::holder_dependent_children: {
                maybe<int> n;
                if (v.is == scalar::type::null) return fail(row.field, error_reason::wrong_json_type, v.text);
                if (!integer(n, v, row)) return false;
                r.holder.dependent_children = *n;
                return true;
            }
            case rf::purchase_price:
                if (v.is == scalar::type::null) return r.purchase_price.reset(), true;
                if (v.is != scalar::type::integer) return fail(row.field, error_reason::wrong_json_type, v.text);
                if (v.overflow) return fail(row.field, error_reason::out_of_range, v.text);
                r.purchase_price = money::cents(v.n);
                return true;
            case rf::vehicle_without_eu_type_approval: return flag(veh.without_eu_type_approval, v, row);
            case rf::vehicle_wheelchair_accessible: return flag(veh.wheelchair_accessible, v, row);
            case rf::vehicle_no_malus_at_first_registration: return flag(veh.no_malus_at_first_registration, v, row);
            case rf::holder_invalidity_card: return flag(r.holder.invalidity_card, v, row);
            case rf::holder_legal_person: return flag(r.holder.legal_person, v, row);
            default: return syntax();
        }
    }

    // An object of `in`, from its opening brace: each key once, each known.
    bool object(request& r, scope in) {
        if (!eat('{')) return syntax();
        std::uint32_t seen = 0;
        if (eat('}')) return true;
        std::string key;
        for (;;) {
            if (!eat('"') || !string(key) || !eat(':')) return syntax();
            std::size_t i = 0;
            while (i < key_count && !(key_rows[i].in == in && key_rows[i].key == key)) ++i;
            if (i == key_count) {
                const std::string_view parent = in == scope::vehicle ? "vehicle." : in == scope::holder ? "holder." : "";
                return fail(request_field::none, error_reason::unknown_key, std::string{parent} + key);
            }
            const key_row& row = key_rows[i];
            if ((seen & (std::uint32_t{1} << i)) != 0) return fail(row.field, error_reason::duplicate_key, key);
            seen |= std::uint32_t{1} << i;
            if (row.type == kind::object) {
                skip_space();
                if (at_ >= s_.size() || s_[at_] != '{') return fail(request_field::none, error_reason::wrong_json_type, key);
                if (!object(r, key == "vehicle" ? scope::vehicle : scope::holder)) return false;
            } else {
                scalar v;
                if (!value(v)) return syntax();
                if (v.is == scalar::type::object || v.is == scalar::type::array) return fail(row.field, error_reason::wrong_json_type, v.is == scalar::type::object ? "{...}" : "[...]");
                if (!assign(r, row, v)) return false;
            }
            if (eat('}')) return true;
            if (!eat(',')) return syntax();
        }
    }

    std::string_view s_;
    std::size_t at_ = 0;
    error err_{};
    std::string* refused_ = nullptr;
};

}  // namespace detail::request_json

// The request of a JSON object shaped as write_request_json writes it; see the top of this file.
inline result<request> parse_request_json(std::string_view json, std::string* refused_value = nullptr) {
    return detail::request_json::reader{json}.run(refused_value);
}

CARTEGRISE_END_NAMESPACE

#endif
