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
#include "../request_fields.hpp"
#include "../result.hpp"
#include "../version.hpp"
#include "json.hpp"

CARTEGRISE_BEGIN_NAMESPACE

namespace detail::request_json {

// The keys are the fields' paths (request_fields.hpp): "vehicle.fiscal_cv" is the key "fiscal_cv" of the
// object "vehicle". Each descriptor is one bit of the keys seen, then the two objects.
static_assert(request_field_descriptor_count + 2 <= 32, "cartegrise: the keys seen are one bit each");
inline constexpr std::uint32_t vehicle_seen = std::uint32_t{1} << request_field_descriptor_count;
inline constexpr std::uint32_t holder_seen = vehicle_seen << 1;

// The descriptor of `key` inside the object `parent` ("" for the request, "vehicle.", "holder."), or null.
constexpr const field_descriptor* field_at(std::string_view parent, std::string_view key) noexcept {
    for (std::size_t i = 0; i < request_field_descriptor_count; ++i) {
        const field_descriptor& d = request_field_descriptors()[i];
        const std::string_view path = to_string(d.field);
        if (path.size() == parent.size() + key.size() && path.substr(0, parent.size()) == parent && path.substr(parent.size()) == key)
            return &d;
    }
    return nullptr;
}

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
        if (!object(r, {})) return failure{err_};
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
    bool code(request& r, const field_descriptor& d, const scalar& v, result<T> (*parse)(std::string_view) noexcept) {
        if (v.is == scalar::type::null) return d.set(r, {}), true;
        if (v.is != scalar::type::string) return fail(d.field, error_reason::wrong_json_type, v.text);
        const result<T> parsed = parse(v.text);
        if (!parsed) return fail(d.field, parsed.error().reason, v.text, parsed.error().code);
        d.set(r, field_value_of(*parsed));
        return true;
    }

    // The value of one field, by its kind: its JSON type, then the library's parser.
    bool assign(request& r, const field_descriptor& d, const scalar& v) {
        const bool null = v.is == scalar::type::null;
        switch (d.kind) {
            case field_kind::date: {
                if (null) return d.set(r, {}), true;
                const auto day = v.is == scalar::type::string ? parse_date(v.text) : std::nullopt;
                if (!day) return fail(d.field, v.is == scalar::type::string ? error_reason::not_a_calendar_date : error_reason::wrong_json_type, v.text);
                d.set(r, field_value_of(*day));
                return true;
            }
            case field_kind::department: return code(r, d, v, &parse_department);
            case field_kind::procedure: return code(r, d, v, &parse_procedure);
            case field_kind::genre: return code(r, d, v, &parse_genre);
            case field_kind::energy: return code(r, d, v, &parse_energy);
            case field_kind::cycle: return code(r, d, v, &parse_co2_cycle);
            case field_kind::register_system: return code(r, d, v, &parse_registration_system);
            case field_kind::integer:
            case field_kind::count:
                // A count is never unset (no children is 0).
                if (null && d.kind == field_kind::integer) return d.set(r, {}), true;
                if (v.is != scalar::type::integer) return fail(d.field, error_reason::wrong_json_type, v.text);
                if (v.overflow || v.n < std::numeric_limits<int>::min() || v.n > std::numeric_limits<int>::max()) return fail(d.field, error_reason::out_of_range, v.text);
                d.set(r, field_value{true, v.n});
                return true;
            case field_kind::cents:
                if (null) return d.set(r, {}), true;
                if (v.is != scalar::type::integer) return fail(d.field, error_reason::wrong_json_type, v.text);
                if (v.overflow) return fail(d.field, error_reason::out_of_range, v.text);
                d.set(r, field_value{true, v.n});
                return true;
            case field_kind::flag:
                if (v.is != scalar::type::boolean) return fail(d.field, error_reason::wrong_json_type, v.text);
                d.set(r, field_value{true, v.flag ? 1 : 0});
                return true;
        }
        return syntax();
    }

    // An object (the request, or its "vehicle." or "holder." part), from its opening brace: each key
    // once, each known.
    bool object(request& r, std::string_view parent) {
        if (!eat('{')) return syntax();
        if (eat('}')) return true;
        std::string key;
        for (;;) {
            if (!eat('"') || !string(key) || !eat(':')) return syntax();
            const bool nested = parent.empty() && (key == "vehicle" || key == "holder");
            const field_descriptor* d = nested ? nullptr : field_at(parent, key);
            if (!nested && d == nullptr) return fail(request_field::none, error_reason::unknown_key, std::string{parent} + key);
            const std::uint32_t bit = nested ? (key == "vehicle" ? vehicle_seen : holder_seen)
                                             : std::uint32_t{1} << static_cast<std::size_t>(d - request_field_descriptors());
            if ((seen_ & bit) != 0) return fail(nested ? request_field::none : d->field, error_reason::duplicate_key, key);
            seen_ |= bit;
            if (nested) {
                skip_space();
                if (at_ >= s_.size() || s_[at_] != '{') return fail(request_field::none, error_reason::wrong_json_type, key);
                if (!object(r, key == "vehicle" ? "vehicle." : "holder.")) return false;
            } else {
                scalar v;
                if (!value(v)) return syntax();
                if (v.is == scalar::type::object || v.is == scalar::type::array) return fail(d->field, error_reason::wrong_json_type, v.is == scalar::type::object ? "{...}" : "[...]");
                if (!assign(r, *d, v)) return false;
            }
            if (eat('}')) return true;
            if (!eat(',')) return syntax();
        }
    }

    std::string_view s_;
    std::size_t at_ = 0;
    error err_{};
    std::uint32_t seen_ = 0;  // a bit per key, whatever its object: a path is unique
    std::string* refused_ = nullptr;
};

}  // namespace detail::request_json

// The request of a JSON object shaped as write_request_json writes it; see the top of this file.
inline result<request> parse_request_json(std::string_view json, std::string* refused_value = nullptr) {
    return detail::request_json::reader{json}.run(refused_value);
}

CARTEGRISE_END_NAMESPACE

#endif
