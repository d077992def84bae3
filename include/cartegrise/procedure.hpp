// procedure: the démarche filed with the ANTS, as the official cost simulator lists them
// (baremeDemarche.csv, 2023), plus the W garage / WW certificates. Stable codes only ("used",
// "w-garage"); the French and English names live in <cartegrise/text/labels.hpp>.
#ifndef CARTEGRISE_PROCEDURE_HPP
#define CARTEGRISE_PROCEDURE_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "detail/code_table.hpp"
#include "result.hpp"
#include "version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

enum class procedure : std::uint8_t {
    new_vehicle,           // first registration in France of a new vehicle
    used,                  // change of owner of a vehicle already registered in France
    import,                // first French registration of a vehicle registered abroad (new or used)
    duplicate,             // duplicata after loss, theft or damage (FNI or SIV: see registration_system)
    address,               // change of address
    civil_status,          // change of civil status, name, or company name
    spouse,                // adding / removing a spouse or partner (marriage, PACS, divorce, widowhood)
    technical,             // change of technical characteristics (incl. energy, genre)
    correction,            // correction of an input error made by the administration
    w_garage,              // W garage or WW provisional certificate
    collection,            // conversion to "véhicule de collection"
    inheritance,           // inheritance, except by the surviving spouse
    lease_buyout,          // purchase by the lessee after crédit-bail / LOA / LLD
    co_owner,              // adding or removing a co-owner other than the spouse
    usurpation,            // new number after usurpation of the registration number
    inspection_boxes,      // all the boxes for technical inspections are used
    disaster_replacement,  // vehicle bought to replace one destroyed by a natural disaster
    disaster_duplicate,    // duplicata of a certificate destroyed by a natural disaster
};

// The registration system of the vehicle's current number: FNI (old "123 ABC 45", before 2009)
// or SIV ("AB-123-CD"). It changes what a duplicata and an address change cost.
enum class registration_system : std::uint8_t { siv, fni };

namespace detail {
// The stable code of each procedure (JSON, files, the command line).
inline constexpr std::string_view procedure_codes[] = {
    "new", "used", "import", "duplicate", "address", "civil-status",
    "spouse", "technical", "correction", "w-garage", "collection", "inheritance",
    "lease-buyout", "co-owner", "usurpation", "inspection-boxes", "disaster-replacement", "disaster-duplicate",
};
inline constexpr std::string_view registration_system_codes[] = {"siv", "fni"};
}  // namespace detail

inline constexpr std::size_t procedure_count = sizeof(detail::procedure_codes) / sizeof(detail::procedure_codes[0]);
static_assert(procedure_count == static_cast<std::size_t>(procedure::disaster_duplicate) + 1, "cartegrise: one code per procedure");

constexpr std::string_view to_string(procedure p) noexcept { return detail::code_of(detail::procedure_codes, p); }
constexpr std::string_view to_string(registration_system r) noexcept {
    return detail::code_of(detail::registration_system_codes, r);
}

// Case-insensitive parse of a procedure code ("used", "w-garage").
constexpr result<procedure> parse_procedure(std::string_view s) noexcept {
    return detail::parse_code<procedure>(detail::procedure_codes, s, errc::unknown_procedure, request_field::procedure);
}
// "siv" or "fni", case-insensitive.
constexpr result<registration_system> parse_registration_system(std::string_view s) noexcept {
    return detail::parse_code<registration_system>(detail::registration_system_codes, s, errc::invalid_value, request_field::vehicle_register_system);
}

CARTEGRISE_END_NAMESPACE

#endif
