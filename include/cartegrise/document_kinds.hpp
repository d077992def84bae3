// The vocabulary of the documents a procedure needs: which document, the condition that makes it
// required, and the facts of the applicant's situation that settle a condition (why a duplicata, where an
// import comes from). The catalogue (stable codes, form numbers) and the lists per procedure are data
// (<cartegrise/data/procedure_documents.hpp>); documents_for() is in <cartegrise/procedures/documents.hpp>.
#ifndef CARTEGRISE_DOCUMENT_KINDS_HPP
#define CARTEGRISE_DOCUMENT_KINDS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "detail/code_table.hpp"
#include "result.hpp"
#include "version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

// A document a file may need, in the order of the catalogue (data/procedure_documents.hpp).
enum class document : std::uint8_t {
    application_form,             // cerfa 13750, demande de certificat d'immatriculation
    new_vehicle_application,      // cerfa 13749, demande d'immatriculation d'un véhicule neuf
    identity,                     // proof of identity of the holder
    proof_of_address,             // proof of address under 6 months
    driving_licence,              // R.322-1 I 2°, R.322-5 3°
    insurance,                    // R.322-1 I 1°, R.322-5 1°
    crossed_out_certificate,      // the former certificate, "vendu le / cédé le", signed (R.322-5 5°)
    transfer_declaration,         // cerfa 15776, déclaration de cession (R.322-4, R.322-5 2°)
    technical_inspection,         // contrôle technique under 6 months (R.322-5 6°)
    valid_technical_inspection,   // contrôle technique still valid (duplicata, other changes)
    certificate_of_conformity,    // EC certificate of conformity or reception report (R.322-1 I 4°)
    purchase_proof,               // invoice or certificate of sale
    foreign_certificate,          // the foreign registration certificate
    tax_clearance,                // quitus fiscal (vehicle from the EU)
    customs_certificate,          // certificat de dédouanement 846A (vehicle from outside the EU)
    mandate,                      // cerfa 13757, mandat d'immatriculation
    guardian_identity,            // identity of the legal guardian of a minor holder
    co_holder_identity,           // identity of each co-holder
    lessor_authorisation,         // the lessor's agreement or mandate (the lessor is the holder)
    theft_declaration,            // cerfa 13753 stamped by the police or gendarmerie
    loss_declaration,             // cerfa 13753 filled and signed by the holder
    damaged_certificate,          // the damaged certificate
    current_certificate,          // the certificate in force
    civil_status_proof,           // marriage / name-change record, Kbis for a company name
    union_proof,                  // marriage, PACS, divorce or death record
    reception_report,             // procès-verbal de réception à titre isolé (DREAL) after a transformation
    collection_attestation,       // FFVE or manufacturer attestation
    inheritance_proof,            // notarial attestation, acte de notoriété or certificat d'hérédité
    usurpation_complaint,         // receipt of the complaint for usurpation of the number
    correction_proof,             // a document showing the right value
    disaster_proof,               // proof of destruction by a natural disaster
    w_garage_form,                // cerfa 13752, demande de certificat W garage
    business_registration,        // Kbis or trade register extract
    automotive_activity_proof,    // proof of an automotive trade (fiscal or professional document)
};

// What makes a listed document required.
enum class document_condition : std::uint8_t {
    always,
    inspection_due,      // vehicle 4 years old or more on the application date, and subject to the inspection
    minor_holder,        // the holder is a minor
    co_holder,           // the certificate has a co-holder
    leased,              // crédit-bail, LOA or LLD of 2 years or more: the lessor holds the certificate
    third_party,         // a professional or another person files for the holder
    theft,               // duplicata after theft
    loss,                // duplicata after loss
    damage,              // duplicata after damage
    from_eu,             // imported from a member state of the EU
    from_outside_eu,     // imported from outside the EU
    withdrawn,           // a later row that takes the document off the list
};

// How many documents and conditions there are (the catalogue, the codes and the labels count on it).
inline constexpr std::size_t document_count = static_cast<std::size_t>(document::automotive_activity_proof) + 1;
inline constexpr std::size_t document_condition_count = static_cast<std::size_t>(document_condition::withdrawn) + 1;

// Why a duplicata is requested (R.322-10): each reason brings its own document.
enum class duplicate_reason : std::uint8_t { none, theft, loss, damage };

// Where an imported vehicle comes from: the quitus fiscal (EU) or the customs certificate 846A.
enum class import_origin : std::uint8_t { unknown, eu, outside_eu };

namespace detail {
inline constexpr std::string_view duplicate_reason_codes[] = {"none", "theft", "loss", "damage"};
inline constexpr std::string_view import_origin_codes[] = {"unknown", "eu", "outside-eu"};
}  // namespace detail

constexpr std::string_view to_string(duplicate_reason r) noexcept { return detail::code_of(detail::duplicate_reason_codes, r); }
constexpr std::string_view to_string(import_origin o) noexcept { return detail::code_of(detail::import_origin_codes, o); }

// Case-insensitive parse of a reason: "theft", "loss" or "damage".
constexpr result<duplicate_reason> parse_duplicate_reason(std::string_view s) noexcept {
    return detail::parse_code<duplicate_reason>(detail::duplicate_reason_codes, s, errc::invalid_value, request_field::context_reason, 1);
}
// Case-insensitive parse of an origin: "eu" or "outside-eu".
constexpr result<import_origin> parse_import_origin(std::string_view s) noexcept {
    return detail::parse_code<import_origin>(detail::import_origin_codes, s, errc::invalid_value, request_field::context_origin, 1);
}

CARTEGRISE_END_NAMESPACE

#endif
