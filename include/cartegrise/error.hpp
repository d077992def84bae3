// error: what went wrong, as a value. Every error names the request field it is about.
#ifndef CARTEGRISE_ERROR_HPP
#define CARTEGRISE_ERROR_HPP

#include <string_view>

namespace cartegrise {

enum class errc {
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
    switch (e) {
        case errc::invalid_value: return "invalid_value";
        case errc::unknown_department: return "unknown_department";
        case errc::unknown_genre: return "unknown_genre";
        case errc::unknown_energy: return "unknown_energy";
        case errc::unknown_procedure: return "unknown_procedure";
        case errc::missing_field: return "missing_field";
        case errc::date_out_of_range: return "date_out_of_range";
        case errc::beyond_table: return "beyond_table";
        case errc::not_applicable: return "not_applicable";
    }
    return "unknown";
}

struct error {
    errc code = errc::invalid_value;
    std::string_view field;    // the request field, as the CLI option spells it: "department", "co2", ...
    std::string_view message;  // one English sentence, static storage

    friend constexpr bool operator==(const error& a, const error& b) noexcept {
        return a.code == b.code && a.field == b.field;
    }
    friend constexpr bool operator!=(const error& a, const error& b) noexcept { return !(a == b); }
};

}  // namespace cartegrise

#endif
