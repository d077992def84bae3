// procedure: the démarche filed with the ANTS, as the official cost simulator lists them
// (baremeDemarche.csv, 2023), plus the W garage / WW certificates.
#ifndef CARTEGRISE_PROCEDURE_HPP
#define CARTEGRISE_PROCEDURE_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "result.hpp"
#include "vehicle.hpp"

namespace cartegrise {

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
struct procedure_row {
    std::string_view cli_name;  // what a user types
    std::string_view label_fr;
    std::string_view label_en;
};
inline constexpr procedure_row procedures[] = {
    {"new", "Première immatriculation en France d'un véhicule neuf", "First registration in France of a new vehicle"},
    {"used", "Véhicule d'occasion : changement de titulaire", "Used vehicle: change of owner"},
    {"import", "Première immatriculation en France d'un véhicule immatriculé à l'étranger", "First French registration of a vehicle registered abroad"},
    {"duplicate", "Duplicata (perte, vol, détérioration)", "Duplicate (loss, theft, damage)"},
    {"address", "Changement d'adresse", "Change of address"},
    {"civil-status", "Changement d'état civil ou de dénomination sociale", "Change of civil status or company name"},
    {"spouse", "Ajout ou suppression du nom d'un époux ou partenaire", "Adding or removing a spouse or partner"},
    {"technical", "Modification des caractéristiques techniques", "Change of technical characteristics"},
    {"correction", "Correction d'une erreur de saisie de l'administration", "Correction of an administration input error"},
    {"w-garage", "Certificat W garage ou WW", "W garage or WW certificate"},
    {"collection", "Passage en véhicule de collection", "Conversion to collection vehicle"},
    {"inheritance", "Héritage (hors conjoint survivant)", "Inheritance (other than the surviving spouse)"},
    {"lease-buyout", "Achat par le locataire (crédit-bail, LOA, LLD)", "Purchase by the lessee (lease buy-out)"},
    {"co-owner", "Ajout ou suppression d'un cotitulaire (hors conjoint)", "Adding or removing a co-owner (other than a spouse)"},
    {"usurpation", "Usurpation du numéro d'immatriculation", "Usurpation of the registration number"},
    {"inspection-boxes", "Cases du contrôle technique toutes utilisées", "All technical-inspection boxes used"},
    {"disaster-replacement", "Véhicule acquis en remplacement d'un véhicule détruit par une catastrophe naturelle", "Vehicle replacing one destroyed by a natural disaster"},
    {"disaster-duplicate", "Duplicata d'un certificat détruit par une catastrophe naturelle", "Duplicate of a certificate destroyed by a natural disaster"},
};
}  // namespace detail

inline constexpr std::size_t procedure_count = sizeof(detail::procedures) / sizeof(detail::procedures[0]);

constexpr std::string_view to_string(procedure p) noexcept {
    const auto i = static_cast<std::size_t>(p);
    return i < procedure_count ? detail::procedures[i].cli_name : std::string_view{"?"};
}
constexpr std::string_view label_fr(procedure p) noexcept {
    const auto i = static_cast<std::size_t>(p);
    return i < procedure_count ? detail::procedures[i].label_fr : std::string_view{"?"};
}
constexpr std::string_view label_en(procedure p) noexcept {
    const auto i = static_cast<std::size_t>(p);
    return i < procedure_count ? detail::procedures[i].label_en : std::string_view{"?"};
}
constexpr std::string_view to_string(registration_system r) noexcept {
    return r == registration_system::fni ? "fni" : "siv";
}

// Case-insensitive parse of a CLI procedure name ("used", "w-garage").
constexpr result<procedure> parse_procedure(std::string_view s) noexcept {
    for (std::size_t i = 0; i < procedure_count; ++i)
        if (detail::iequal(s, detail::procedures[i].cli_name)) return static_cast<procedure>(i);
    return failure{errc::unknown_procedure, "procedure", "unknown procedure (see 'cartegrise help')"};
}
constexpr result<registration_system> parse_registration_system(std::string_view s) noexcept {
    if (detail::iequal(s, "siv")) return registration_system::siv;
    if (detail::iequal(s, "fni")) return registration_system::fni;
    return failure{errc::invalid_value, "register", "registration system must be 'siv' or 'fni'"};
}

}  // namespace cartegrise

#endif
