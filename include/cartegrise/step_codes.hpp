// The codes an explanation step carries besides amounts and dates: the box it explains (fee_line) and
// why a rule took a turn (no malus, an abatement, an exemption, the décote's unit). Their stable names
// for JSON are in the text wing (quote_json.hpp); steps.hpp holds the steps themselves.
#ifndef CARTEGRISE_STEP_CODES_HPP
#define CARTEGRISE_STEP_CODES_HPP

#include <cstdint>
#include <string_view>

#include "detail/code_table.hpp"
#include "version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

// The boxes of the certificate.
enum class fee_line : std::uint8_t { y1, y2, y3, y4, y5, y6 };

constexpr std::string_view to_string(fee_line l) noexcept {
    constexpr std::string_view n[] = {"Y.1", "Y.2", "Y.3", "Y.4", "Y.5", "Y.6"};
    return detail::code_of(n, l);
}

enum class malus_reason : std::uint8_t {
    not_first_registration_as_vp,  // only a first registration in France as a tourism vehicle pays Y.3
    not_tourism_vehicle,
    electric_or_hydrogen,
    invalidity,
    wheelchair,
    before_2022_mass,              // first registered before 2022-01-01: no mass malus
    import_too_old,                // import first registered before the cut-off date: no malus
    full_decote,                   // the décote reaches 100 %
    plugin_hybrid_exempt,          // plug-in hybrids: no mass malus 2022–2024
};
enum class mass_abatement_reason : std::uint8_t { large_family, many_seats_or_legal_person, plugin_hybrid, hybrid };
enum class fee_exemption : std::uint8_t { procedure, moped, fni_conversion };
enum class decote_unit : std::uint8_t { started_years, started_months };

CARTEGRISE_END_NAMESPACE

#endif
