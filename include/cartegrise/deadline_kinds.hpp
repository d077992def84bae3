// The vocabulary of deadlines: which deadline of a procedure, the event its clock starts from, and how its
// length counts. The rules per procedure and the fines are data (<cartegrise/data/procedure_deadlines.hpp>);
// deadline_for() and deadlines_for() are in <cartegrise/procedures/deadlines.hpp>.
#ifndef CARTEGRISE_DEADLINE_KINDS_HPP
#define CARTEGRISE_DEADLINE_KINDS_HPP

#include <cstddef>
#include <cstdint>

#include "version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

// Which deadline of a procedure.
enum class deadline_kind : std::uint8_t {
    registration,             // the holder files the application (or the declaration) by this date
    seller_declaration,       // the seller declares the transfer by this date
    lessor_declaration,       // leased vehicle: the lessor declares the lessee's change by this date
    provisional_certificate,  // the provisional certificate (CPI) is valid until this date
    declaration_receipt,      // the stamped declaration of theft / loss lets one drive until this date
    heir_sale_window,         // heirs may sell without re-registering until this date
    w_garage_validity,        // the W garage certificate is valid until this date
    delivery,                 // the certificate usually arrives by this date (an estimate, not a rule)
};

// What starts the clock.
enum class deadline_event : std::uint8_t {
    transfer,        // date of the cession (sale or gift)
    purchase,        // acquisition of the imported vehicle
    move,            // change of address
    transformation,  // transformation of the vehicle
    declaration,     // declaration or application filed with the administration
    lessee_notice,   // the lessee's notice to the lessor
    issuance,        // issuance of the provisional certificate or receipt
    death,           // death of the holder
    application,     // application filed
};

// How a deadline's length counts (see <cartegrise/procedures/deadlines.hpp>).
enum class duration_unit : std::uint8_t {
    days,           // calendar days, the day of the event not counted
    months,         // months "de quantième à quantième", clamped to the month's end
    working_days,   // Monday to Friday, public holidays not deducted
    calendar_year,  // until 31 December of the event's year
};

// How many deadline kinds and events there are (the codes, the labels and event_dates count on it).
inline constexpr std::size_t deadline_kind_count = static_cast<std::size_t>(deadline_kind::delivery) + 1;
inline constexpr std::size_t deadline_event_count = static_cast<std::size_t>(deadline_event::application) + 1;

CARTEGRISE_END_NAMESPACE

#endif
