// The documents each procedure needs, with the condition that makes each one required.
// Law: Code de la route R.322-1 (first registration: identity, insurance, driving licence, address,
// conformity), R.322-4 (the seller's declaration of transfer), R.322-5 (change of owner: declaration of
// transfer, crossed-out certificate, technical inspection for vehicles subject to it), R.322-7 (address),
// R.322-8 (technical change), R.322-10 (duplicata); arrêté du 9 février 2009 (modalités d'immatriculation).
// Lists per procedure: service-public.fr fiches (F1707 used vehicle, F1726/F1050 duplicata, F1480
// inheritance, F22637 W garage, F16542 provisional certificate) and the 2022 pages kept with the project;
// rows whose only source is a third-party page say so ("weak").
// Form numbers are given without their version suffix ("13750", not "13750*07"): the suffix changes
// with each revision of the form, the number does not.
#ifndef CARTEGRISE_DATA_PROCEDURE_DOCUMENTS_HPP
#define CARTEGRISE_DATA_PROCEDURE_DOCUMENTS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../procedure.hpp"
#include "table.hpp"

namespace cartegrise {

// A document a file may need. The order is the order of the catalogue below.
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

namespace data {

struct document_info {
    document key;
    std::string_view cli_name;   // stable identifier for JSON and the CLI
    std::string_view cerfa;      // form number, empty when none
    std::string_view label_fr;
    std::string_view label_en;
};

// clang-format off
inline constexpr document_info documents[] = {
    {document::application_form,          "application-form",          "13750", "Demande de certificat d'immatriculation (cerfa 13750), signée par le titulaire et chaque cotitulaire", "Application for a registration certificate (cerfa 13750), signed by the holder and each co-holder"},
    {document::new_vehicle_application,   "new-vehicle-application",   "13749", "Demande d'immatriculation d'un véhicule neuf (cerfa 13749)", "Application for the registration of a new vehicle (cerfa 13749)"},
    {document::identity,                  "identity",                  "",      "Justificatif d'identité en cours de validité", "Valid proof of identity"},
    {document::proof_of_address,          "proof-of-address",          "",      "Justificatif de domicile de moins de 6 mois", "Proof of address less than 6 months old"},
    {document::driving_licence,           "driving-licence",           "",      "Permis de conduire de la catégorie du véhicule", "Driving licence for the vehicle's category"},
    {document::insurance,                 "insurance",                 "",      "Attestation d'assurance du véhicule", "Insurance certificate of the vehicle"},
    {document::crossed_out_certificate,   "crossed-out-certificate",   "",      "Ancien certificat d'immatriculation barré, avec la mention « vendu le » ou « cédé le », daté et signé par le vendeur", "Former registration certificate crossed out, marked \"sold on\" or \"transferred on\", dated and signed by the seller"},
    {document::transfer_declaration,      "transfer-declaration",      "15776", "Déclaration de cession (cerfa 15776) originale, sans rature, signée du vendeur et de l'acheteur", "Original declaration of transfer (cerfa 15776), unaltered, signed by seller and buyer"},
    {document::technical_inspection,      "technical-inspection",      "",      "Procès-verbal de contrôle technique de moins de 6 mois (2 mois en cas de contre-visite)", "Technical inspection report less than 6 months old (2 months if a re-inspection was prescribed)"},
    {document::valid_technical_inspection,"valid-technical-inspection","",      "Procès-verbal de contrôle technique en cours de validité", "Technical inspection report still valid"},
    {document::certificate_of_conformity, "certificate-of-conformity", "",      "Certificat de conformité européen (COC) ou procès-verbal de réception", "EC certificate of conformity (COC) or reception report"},
    {document::purchase_proof,            "purchase-proof",            "",      "Facture d'achat ou certificat de vente", "Purchase invoice or certificate of sale"},
    {document::foreign_certificate,       "foreign-certificate",       "",      "Certificat d'immatriculation étranger original", "Original foreign registration certificate"},
    {document::tax_clearance,             "tax-clearance",             "",      "Quitus fiscal délivré par le service des impôts", "Tax clearance certificate (quitus fiscal) from the tax office"},
    {document::customs_certificate,       "customs-certificate",       "846A",  "Certificat de dédouanement 846A délivré par la douane", "Customs clearance certificate 846A"},
    {document::mandate,                   "mandate",                   "13757", "Mandat d'immatriculation (cerfa 13757) signé par le titulaire, et copie de sa pièce d'identité", "Registration mandate (cerfa 13757) signed by the holder, with a copy of the holder's identity document"},
    {document::guardian_identity,         "guardian-identity",         "",      "Justificatif d'identité du parent ou représentant légal, qui signe la demande", "Proof of identity of the parent or legal guardian, who signs the application"},
    {document::co_holder_identity,        "co-holder-identity",        "",      "Justificatif d'identité de chaque cotitulaire", "Proof of identity of each co-holder"},
    {document::lessor_authorisation,      "lessor-authorisation",      "13757", "Mandat ou accord du loueur, titulaire du certificat (crédit-bail, LOA, LLD)", "Mandate or agreement of the lessor, who holds the certificate (lease, LOA, LLD)"},
    {document::theft_declaration,         "theft-declaration",         "13753", "Déclaration de vol (cerfa 13753) visée par la police ou la gendarmerie", "Declaration of theft (cerfa 13753) stamped by the police or gendarmerie"},
    {document::loss_declaration,          "loss-declaration",          "13753", "Déclaration de perte (cerfa 13753) complétée et signée", "Declaration of loss (cerfa 13753), filled in and signed"},
    {document::damaged_certificate,       "damaged-certificate",       "",      "Certificat d'immatriculation détérioré (original ou copie recto verso)", "Damaged registration certificate (original or two-sided copy)"},
    {document::current_certificate,       "current-certificate",       "",      "Certificat d'immatriculation actuel", "Current registration certificate"},
    {document::civil_status_proof,        "civil-status-proof",        "",      "Justificatif du changement d'état civil ou de dénomination (acte d'état civil, jugement, extrait Kbis)", "Proof of the change of civil status or company name (civil record, judgment, Kbis extract)"},
    {document::union_proof,               "union-proof",               "",      "Acte de mariage, livret de famille, attestation de PACS, jugement de divorce ou acte de décès", "Marriage record, family record book, PACS certificate, divorce judgment or death record"},
    {document::reception_report,          "reception-report",          "",      "Procès-verbal de réception à titre isolé (DREAL) ou attestation de conformité de la transformation", "Individual reception report (DREAL) or certificate of conformity of the transformation"},
    {document::collection_attestation,    "collection-attestation",    "",      "Attestation de véhicule de collection (FFVE ou constructeur)", "Collection-vehicle attestation (FFVE or manufacturer)"},
    {document::inheritance_proof,         "inheritance-proof",         "",      "Attestation du notaire, acte de notoriété ou certificat d'hérédité", "Notary's attestation, acte de notoriété or certificate of inheritance"},
    {document::usurpation_complaint,      "usurpation-complaint",      "",      "Récépissé de plainte pour usurpation du numéro et pièces la prouvant (avis de contravention)", "Receipt of the complaint for usurpation of the number, and evidence (fine notices)"},
    {document::correction_proof,          "correction-proof",          "",      "Pièce établissant la donnée exacte (certificat de conformité, acte d'état civil)", "Document establishing the correct value (certificate of conformity, civil record)"},
    {document::disaster_proof,            "disaster-proof",            "",      "Justificatif de la destruction du véhicule par une catastrophe naturelle (attestation de l'assureur)", "Proof that the vehicle was destroyed by a natural disaster (insurer's statement)"},
    {document::w_garage_form,             "w-garage-form",             "13752", "Demande de certificat W garage (cerfa 13752)", "Application for a W garage certificate (cerfa 13752)"},
    {document::business_registration,     "business-registration",     "",      "Extrait Kbis ou inscription au répertoire des métiers", "Kbis extract or trade register entry"},
    {document::automotive_activity_proof, "automotive-activity-proof", "",      "Justificatif de l'activité de professionnel de l'automobile", "Proof of an automotive trade activity"},
};

struct condition_info {
    document_condition key;
    std::string_view cli_name;
    std::string_view label_fr;   // "si ..." clause
    std::string_view label_en;   // "if ..." clause
};

inline constexpr condition_info conditions[] = {
    {document_condition::always,          "always",          "dans tous les cas",                                         "in every case"},
    {document_condition::inspection_due,  "inspection-due",  "si le véhicule a 4 ans ou plus et est soumis au contrôle technique", "if the vehicle is 4 years old or more and subject to technical inspection"},
    {document_condition::minor_holder,    "minor-holder",    "si le titulaire est mineur",                                "if the holder is a minor"},
    {document_condition::co_holder,       "co-holder",       "s'il y a un cotitulaire",                                   "if there is a co-holder"},
    {document_condition::leased,          "leased",          "si le véhicule est loué (crédit-bail, LOA, LLD)",           "if the vehicle is leased (lease, LOA, LLD)"},
    {document_condition::third_party,     "third-party",     "si un tiers fait la démarche",                              "if a third party files the application"},
    {document_condition::theft,           "theft",           "en cas de vol",                                              "after a theft"},
    {document_condition::loss,            "loss",            "en cas de perte",                                            "after a loss"},
    {document_condition::damage,          "damage",          "en cas de détérioration",                                    "after damage"},
    {document_condition::from_eu,         "from-eu",         "si le véhicule vient d'un État de l'Union européenne",       "if the vehicle comes from an EU member state"},
    {document_condition::from_outside_eu, "from-outside-eu", "si le véhicule vient d'un État hors Union européenne",       "if the vehicle comes from outside the EU"},
    {document_condition::withdrawn,       "withdrawn",       "plus demandé",                                               "no longer required"},
};

// One document of one procedure, in force from `since` (the library floor, 2022-01-01, when the rule is
// older): a later row for the same (procedure, document) replaces it.
struct procedure_document_row {
    procedure key;
    date since;
    document doc;
    document_condition when;
    std::string_view source;
};

// Abbreviations kept short so that one row stays one line.
namespace pd {
using d = document;
using c = document_condition;
using p = procedure;
inline constexpr date floor = first_supported_date;
}  // namespace pd

inline constexpr procedure_document_row procedure_documents[] = {
    // procedure                       since      document                          condition            source
    {pd::p::new_vehicle,               pd::floor, pd::d::new_vehicle_application,   pd::c::always,          "form per third-party pages (weak); R.322-1 I"},
    {pd::p::new_vehicle,               pd::floor, pd::d::identity,                  pd::c::always,          "C. route R.322-1 I"},
    {pd::p::new_vehicle,               pd::floor, pd::d::proof_of_address,          pd::c::always,          "C. route R.322-1 I 3°"},
    {pd::p::new_vehicle,               pd::floor, pd::d::driving_licence,           pd::c::always,          "C. route R.322-1 I 2°"},
    {pd::p::new_vehicle,               pd::floor, pd::d::insurance,                 pd::c::always,          "C. route R.322-1 I 1°"},
    {pd::p::new_vehicle,               pd::floor, pd::d::certificate_of_conformity, pd::c::always,          "C. route R.322-1 I 4°"},
    {pd::p::new_vehicle,               pd::floor, pd::d::purchase_proof,            pd::c::always,          "arrêté du 9 février 2009; service-public.fr"},
    {pd::p::new_vehicle,               pd::floor, pd::d::mandate,                   pd::c::third_party,     "cerfa 13757; R.322-1 I (filing through a professional)"},
    {pd::p::new_vehicle,               pd::floor, pd::d::guardian_identity,         pd::c::minor_holder,    "service-public.fr (minor holder)"},
    {pd::p::new_vehicle,               pd::floor, pd::d::co_holder_identity,        pd::c::co_holder,       "service-public.fr F1726 (one proof per co-holder)"},
    {pd::p::new_vehicle,               pd::floor, pd::d::lessor_authorisation,      pd::c::leased,          "C. route R.322-1 IV (the lessor holds the certificate)"},
    {pd::p::used,                      pd::floor, pd::d::application_form,          pd::c::always,          "C. route R.322-5 I; cerfa 13750"},
    {pd::p::used,                      pd::floor, pd::d::identity,                  pd::c::always,          "C. route R.322-5 I, R.322-1"},
    {pd::p::used,                      pd::floor, pd::d::proof_of_address,          pd::c::always,          "C. route R.322-5 I 4°"},
    {pd::p::used,                      pd::floor, pd::d::driving_licence,           pd::c::always,          "C. route R.322-5 I 3°"},
    {pd::p::used,                      pd::floor, pd::d::insurance,                 pd::c::always,          "C. route R.322-5 I 1°"},
    {pd::p::used,                      pd::floor, pd::d::crossed_out_certificate,   pd::c::always,          "C. route R.322-5 I 5°"},
    {pd::p::used,                      pd::floor, pd::d::transfer_declaration,      pd::c::always,          "C. route R.322-5 I 2°, R.322-4; cerfa 15776 (replaced 13754)"},
    {pd::p::used,                      pd::floor, pd::d::technical_inspection,      pd::c::inspection_due,  "C. route R.322-5 I 6°; service-public.fr F1707 (under 6 months)"},
    {pd::p::used,                      pd::floor, pd::d::mandate,                   pd::c::third_party,     "cerfa 13757"},
    {pd::p::used,                      pd::floor, pd::d::guardian_identity,         pd::c::minor_holder,    "service-public.fr (minor holder)"},
    {pd::p::used,                      pd::floor, pd::d::co_holder_identity,        pd::c::co_holder,       "service-public.fr F1726 (one proof per co-holder)"},
    {pd::p::used,                      pd::floor, pd::d::lessor_authorisation,      pd::c::leased,          "C. route R.322-1 IV"},
    {pd::p::import,                    pd::floor, pd::d::application_form,          pd::c::always,          "C. route R.322-1; cerfa 13750"},
    {pd::p::import,                    pd::floor, pd::d::identity,                  pd::c::always,          "C. route R.322-1 I"},
    {pd::p::import,                    pd::floor, pd::d::proof_of_address,          pd::c::always,          "C. route R.322-1 I 3°"},
    {pd::p::import,                    pd::floor, pd::d::driving_licence,           pd::c::always,          "C. route R.322-1 I 2°"},
    {pd::p::import,                    pd::floor, pd::d::insurance,                 pd::c::always,          "C. route R.322-1 I 1°"},
    {pd::p::import,                    pd::floor, pd::d::certificate_of_conformity, pd::c::always,          "C. route R.322-1 I 4°"},
    {pd::p::import,                    pd::floor, pd::d::foreign_certificate,       pd::c::always,          "service-public.fr (véhicule importé); third-party pages"},
    {pd::p::import,                    pd::floor, pd::d::purchase_proof,            pd::c::always,          "service-public.fr (véhicule importé)"},
    {pd::p::import,                    pd::floor, pd::d::tax_clearance,             pd::c::from_eu,         "CGI 298 sexies (quitus fiscal); service-public.fr"},
    {pd::p::import,                    pd::floor, pd::d::customs_certificate,       pd::c::from_outside_eu, "customs form 846A; service-public.fr"},
    {pd::p::import,                    pd::floor, pd::d::technical_inspection,      pd::c::inspection_due,  "service-public.fr (used vehicle over 4 years, under 6 months)"},
    {pd::p::import,                    pd::floor, pd::d::mandate,                   pd::c::third_party,     "cerfa 13757"},
    {pd::p::import,                    pd::floor, pd::d::guardian_identity,         pd::c::minor_holder,    "service-public.fr (minor holder)"},
    {pd::p::import,                    pd::floor, pd::d::co_holder_identity,        pd::c::co_holder,       "service-public.fr F1726 (one proof per co-holder)"},
    {pd::p::import,                    pd::floor, pd::d::lessor_authorisation,      pd::c::leased,          "C. route R.322-1 IV"},
    {pd::p::duplicate,                 pd::floor, pd::d::application_form,          pd::c::always,          "C. route R.322-10; cerfa 13750 (duplicata box)"},
    {pd::p::duplicate,                 pd::floor, pd::d::identity,                  pd::c::always,          "C. route R.322-10 (identity of the owner)"},
    {pd::p::duplicate,                 pd::floor, pd::d::proof_of_address,          pd::c::always,          "service-public.fr F1726"},
    {pd::p::duplicate,                 pd::floor, pd::d::valid_technical_inspection,pd::c::inspection_due,  "service-public.fr F1726 (inspection in force, vehicle over 4 years)"},
    {pd::p::duplicate,                 pd::floor, pd::d::theft_declaration,         pd::c::theft,           "service-public.fr F1726 (cerfa 13753 stamped by police/gendarmerie)"},
    {pd::p::duplicate,                 pd::floor, pd::d::loss_declaration,          pd::c::loss,            "2022 duplicata pages (signed cerfa 13753, no police stamp); weak"},
    {pd::p::duplicate,                 pd::floor, pd::d::damaged_certificate,       pd::c::damage,          "service-public.fr F1726 (the damaged certificate)"},
    {pd::p::duplicate,                 pd::floor, pd::d::mandate,                   pd::c::third_party,     "cerfa 13757"},
    {pd::p::duplicate,                 pd::floor, pd::d::guardian_identity,         pd::c::minor_holder,    "2022 duplicata pages (identity of minor and parent)"},
    {pd::p::duplicate,                 pd::floor, pd::d::co_holder_identity,        pd::c::co_holder,       "service-public.fr F1726 (one proof per co-holder)"},
    {pd::p::duplicate,                 pd::floor, pd::d::lessor_authorisation,      pd::c::leased,          "2022 duplicata pages (the lessor files or mandates)"},
    {pd::p::address,                   pd::floor, pd::d::application_form,          pd::c::always,          "C. route R.322-7 I; cerfa 13750 (change of address box)"},
    {pd::p::address,                   pd::floor, pd::d::identity,                  pd::c::always,          "service-public.fr (changement d'adresse)"},
    {pd::p::address,                   pd::floor, pd::d::proof_of_address,          pd::c::always,          "C. route R.322-7 I (justify the new address)"},
    {pd::p::address,                   pd::floor, pd::d::current_certificate,       pd::c::always,          "service-public.fr (changement d'adresse)"},
    {pd::p::address,                   pd::floor, pd::d::mandate,                   pd::c::third_party,     "cerfa 13757"},
    {pd::p::address,                   pd::floor, pd::d::guardian_identity,         pd::c::minor_holder,    "service-public.fr (minor holder)"},
    {pd::p::address,                   pd::floor, pd::d::co_holder_identity,        pd::c::co_holder,       "service-public.fr F1726 (one proof per co-holder)"},
    {pd::p::address,                   pd::floor, pd::d::lessor_authorisation,      pd::c::leased,          "C. route R.322-7 II (the lessee tells the lessor, who declares)"},
    {pd::p::civil_status,              pd::floor, pd::d::application_form,          pd::c::always,          "cerfa 13750"},
    {pd::p::civil_status,              pd::floor, pd::d::identity,                  pd::c::always,          "service-public.fr"},
    {pd::p::civil_status,              pd::floor, pd::d::proof_of_address,          pd::c::always,          "service-public.fr"},
    {pd::p::civil_status,              pd::floor, pd::d::current_certificate,       pd::c::always,          "service-public.fr"},
    {pd::p::civil_status,              pd::floor, pd::d::civil_status_proof,        pd::c::always,          "service-public.fr"},
    {pd::p::civil_status,              pd::floor, pd::d::valid_technical_inspection,pd::c::inspection_due,  "service-public.fr (weak: not re-checked)"},
    {pd::p::civil_status,              pd::floor, pd::d::mandate,                   pd::c::third_party,     "cerfa 13757"},
    {pd::p::civil_status,              pd::floor, pd::d::guardian_identity,         pd::c::minor_holder,    "service-public.fr (minor holder)"},
    {pd::p::civil_status,              pd::floor, pd::d::co_holder_identity,        pd::c::co_holder,       "service-public.fr F1726 (one proof per co-holder)"},
    {pd::p::civil_status,              pd::floor, pd::d::lessor_authorisation,      pd::c::leased,          "C. route R.322-1 IV"},
    {pd::p::spouse,                    pd::floor, pd::d::application_form,          pd::c::always,          "cerfa 13750, signed by both spouses or partners"},
    {pd::p::spouse,                    pd::floor, pd::d::identity,                  pd::c::always,          "service-public.fr"},
    {pd::p::spouse,                    pd::floor, pd::d::proof_of_address,          pd::c::always,          "service-public.fr"},
    {pd::p::spouse,                    pd::floor, pd::d::current_certificate,       pd::c::always,          "service-public.fr"},
    {pd::p::spouse,                    pd::floor, pd::d::union_proof,               pd::c::always,          "service-public.fr"},
    {pd::p::spouse,                    pd::floor, pd::d::valid_technical_inspection,pd::c::inspection_due,  "service-public.fr (weak: not re-checked)"},
    {pd::p::spouse,                    pd::floor, pd::d::mandate,                   pd::c::third_party,     "cerfa 13757"},
    {pd::p::spouse,                    pd::floor, pd::d::co_holder_identity,        pd::c::co_holder,       "service-public.fr F1726 (one proof per co-holder)"},
    {pd::p::technical,                 pd::floor, pd::d::application_form,          pd::c::always,          "C. route R.322-8 I; cerfa 13750"},
    {pd::p::technical,                 pd::floor, pd::d::identity,                  pd::c::always,          "service-public.fr"},
    {pd::p::technical,                 pd::floor, pd::d::proof_of_address,          pd::c::always,          "service-public.fr"},
    {pd::p::technical,                 pd::floor, pd::d::current_certificate,       pd::c::always,          "service-public.fr"},
    {pd::p::technical,                 pd::floor, pd::d::reception_report,          pd::c::always,          "C. route R.322-8 I, R.321-16 (notable transformation)"},
    {pd::p::technical,                 pd::floor, pd::d::mandate,                   pd::c::third_party,     "cerfa 13757"},
    {pd::p::technical,                 pd::floor, pd::d::guardian_identity,         pd::c::minor_holder,    "service-public.fr (minor holder)"},
    {pd::p::technical,                 pd::floor, pd::d::co_holder_identity,        pd::c::co_holder,       "service-public.fr F1726 (one proof per co-holder)"},
    {pd::p::technical,                 pd::floor, pd::d::lessor_authorisation,      pd::c::leased,          "C. route R.322-1 IV"},
    {pd::p::correction,                pd::floor, pd::d::application_form,          pd::c::always,          "cerfa 13750"},
    {pd::p::correction,                pd::floor, pd::d::identity,                  pd::c::always,          "service-public.fr"},
    {pd::p::correction,                pd::floor, pd::d::current_certificate,       pd::c::always,          "service-public.fr"},
    {pd::p::correction,                pd::floor, pd::d::correction_proof,          pd::c::always,          "ANTS (weak: not re-checked)"},
    {pd::p::correction,                pd::floor, pd::d::mandate,                   pd::c::third_party,     "cerfa 13757"},
    {pd::p::w_garage,                  pd::floor, pd::d::w_garage_form,             pd::c::always,          "arrêté du 9 février 2009 art. 9; cerfa 13752"},
    {pd::p::w_garage,                  pd::floor, pd::d::identity,                  pd::c::always,          "service-public.fr F22637 (representative of the business)"},
    {pd::p::w_garage,                  pd::floor, pd::d::business_registration,     pd::c::always,          "arrêté du 9 février 2009 art. 9"},
    {pd::p::w_garage,                  pd::floor, pd::d::automotive_activity_proof, pd::c::always,          "arrêté du 9 février 2009 art. 9"},
    {pd::p::w_garage,                  pd::floor, pd::d::insurance,                 pd::c::always,          "C. assurances L.211-1 (weak: list not re-checked)"},
    {pd::p::w_garage,                  pd::floor, pd::d::mandate,                   pd::c::third_party,     "cerfa 13757"},
    {pd::p::collection,                pd::floor, pd::d::application_form,          pd::c::always,          "cerfa 13750 (collection)"},
    {pd::p::collection,                pd::floor, pd::d::identity,                  pd::c::always,          "service-public.fr"},
    {pd::p::collection,                pd::floor, pd::d::proof_of_address,          pd::c::always,          "service-public.fr"},
    {pd::p::collection,                pd::floor, pd::d::current_certificate,       pd::c::always,          "certificate or proof of origin of ownership (FFVE notice)"},
    {pd::p::collection,                pd::floor, pd::d::collection_attestation,    pd::c::always,          "arrêté du 9 février 2009; FFVE attestation"},
    {pd::p::collection,                pd::floor, pd::d::valid_technical_inspection,pd::c::inspection_due,  "C. route R.323-22 (collection: every 5 years); weak"},
    {pd::p::collection,                pd::floor, pd::d::mandate,                   pd::c::third_party,     "cerfa 13757"},
    {pd::p::collection,                pd::floor, pd::d::guardian_identity,         pd::c::minor_holder,    "service-public.fr (minor holder)"},
    {pd::p::collection,                pd::floor, pd::d::co_holder_identity,        pd::c::co_holder,       "service-public.fr F1726 (one proof per co-holder)"},
    {pd::p::inheritance,               pd::floor, pd::d::application_form,          pd::c::always,          "service-public.fr F1480; cerfa 13750"},
    {pd::p::inheritance,               pd::floor, pd::d::identity,                  pd::c::always,          "service-public.fr F1480"},
    {pd::p::inheritance,               pd::floor, pd::d::proof_of_address,          pd::c::always,          "service-public.fr F1480"},
    {pd::p::inheritance,               pd::floor, pd::d::current_certificate,       pd::c::always,          "service-public.fr F1480 (if lost: cerfa 13753)"},
    {pd::p::inheritance,               pd::floor, pd::d::inheritance_proof,         pd::c::always,          "service-public.fr F1480"},
    {pd::p::inheritance,               pd::floor, pd::d::valid_technical_inspection,pd::c::inspection_due,  "service-public.fr F1480 (vehicle over 4 years)"},
    {pd::p::inheritance,               pd::floor, pd::d::mandate,                   pd::c::third_party,     "cerfa 13757"},
    {pd::p::inheritance,               pd::floor, pd::d::guardian_identity,         pd::c::minor_holder,    "service-public.fr (minor holder)"},
    {pd::p::inheritance,               pd::floor, pd::d::co_holder_identity,        pd::c::co_holder,       "service-public.fr F1480 (certificate in the name of several heirs)"},
    {pd::p::lease_buyout,              pd::floor, pd::d::application_form,          pd::c::always,          "C. route R.322-5 I (change of owner); cerfa 13750"},
    {pd::p::lease_buyout,              pd::floor, pd::d::identity,                  pd::c::always,          "C. route R.322-5 I"},
    {pd::p::lease_buyout,              pd::floor, pd::d::proof_of_address,          pd::c::always,          "C. route R.322-5 I 4°"},
    {pd::p::lease_buyout,              pd::floor, pd::d::driving_licence,           pd::c::always,          "C. route R.322-5 I 3°"},
    {pd::p::lease_buyout,              pd::floor, pd::d::insurance,                 pd::c::always,          "C. route R.322-5 I 1°"},
    {pd::p::lease_buyout,              pd::floor, pd::d::crossed_out_certificate,   pd::c::always,          "C. route R.322-5 I 5° (crossed out by the lessor)"},
    {pd::p::lease_buyout,              pd::floor, pd::d::transfer_declaration,      pd::c::always,          "C. route R.322-4, R.322-5 I 2° (the lessor declares the transfer)"},
    {pd::p::lease_buyout,              pd::floor, pd::d::technical_inspection,      pd::c::inspection_due,  "C. route R.322-5 I 6°"},
    {pd::p::lease_buyout,              pd::floor, pd::d::mandate,                   pd::c::third_party,     "cerfa 13757"},
    {pd::p::lease_buyout,              pd::floor, pd::d::co_holder_identity,        pd::c::co_holder,       "service-public.fr F1726 (one proof per co-holder)"},
    {pd::p::co_owner,                  pd::floor, pd::d::application_form,          pd::c::always,          "cerfa 13750, signed by every holder"},
    {pd::p::co_owner,                  pd::floor, pd::d::identity,                  pd::c::always,          "service-public.fr"},
    {pd::p::co_owner,                  pd::floor, pd::d::proof_of_address,          pd::c::always,          "service-public.fr"},
    {pd::p::co_owner,                  pd::floor, pd::d::current_certificate,       pd::c::always,          "service-public.fr"},
    {pd::p::co_owner,                  pd::floor, pd::d::co_holder_identity,        pd::c::always,          "the procedure adds or removes a co-holder"},
    {pd::p::co_owner,                  pd::floor, pd::d::technical_inspection,      pd::c::inspection_due,  "C. route R.322-5 I 6° (change of holder)"},
    {pd::p::co_owner,                  pd::floor, pd::d::mandate,                   pd::c::third_party,     "cerfa 13757"},
    {pd::p::co_owner,                  pd::floor, pd::d::guardian_identity,         pd::c::minor_holder,    "service-public.fr (minor holder)"},
    {pd::p::usurpation,                pd::floor, pd::d::application_form,          pd::c::always,          "cerfa 13750"},
    {pd::p::usurpation,                pd::floor, pd::d::identity,                  pd::c::always,          "service-public.fr"},
    {pd::p::usurpation,                pd::floor, pd::d::proof_of_address,          pd::c::always,          "service-public.fr"},
    {pd::p::usurpation,                pd::floor, pd::d::current_certificate,       pd::c::always,          "service-public.fr"},
    {pd::p::usurpation,                pd::floor, pd::d::usurpation_complaint,      pd::c::always,          "service-public.fr (plainte pour usurpation)"},
    {pd::p::usurpation,                pd::floor, pd::d::mandate,                   pd::c::third_party,     "cerfa 13757"},
    {pd::p::usurpation,                pd::floor, pd::d::guardian_identity,         pd::c::minor_holder,    "service-public.fr (minor holder)"},
    {pd::p::usurpation,                pd::floor, pd::d::co_holder_identity,        pd::c::co_holder,       "service-public.fr F1726 (one proof per co-holder)"},
    {pd::p::usurpation,                pd::floor, pd::d::lessor_authorisation,      pd::c::leased,          "C. route R.322-1 IV"},
    {pd::p::inspection_boxes,          pd::floor, pd::d::application_form,          pd::c::always,          "cerfa 13750"},
    {pd::p::inspection_boxes,          pd::floor, pd::d::identity,                  pd::c::always,          "service-public.fr"},
    {pd::p::inspection_boxes,          pd::floor, pd::d::proof_of_address,          pd::c::always,          "service-public.fr"},
    {pd::p::inspection_boxes,          pd::floor, pd::d::current_certificate,       pd::c::always,          "the certificate whose boxes are full"},
    {pd::p::inspection_boxes,          pd::floor, pd::d::valid_technical_inspection,pd::c::always,          "the inspection that no longer fits on the certificate"},
    {pd::p::inspection_boxes,          pd::floor, pd::d::mandate,                   pd::c::third_party,     "cerfa 13757"},
    {pd::p::inspection_boxes,          pd::floor, pd::d::co_holder_identity,        pd::c::co_holder,       "service-public.fr F1726 (one proof per co-holder)"},
    {pd::p::inspection_boxes,          pd::floor, pd::d::lessor_authorisation,      pd::c::leased,          "C. route R.322-1 IV"},
    {pd::p::disaster_replacement,      pd::floor, pd::d::application_form,          pd::c::always,          "cerfa 13750"},
    {pd::p::disaster_replacement,      pd::floor, pd::d::identity,                  pd::c::always,          "C. route R.322-1 I, R.322-5 I"},
    {pd::p::disaster_replacement,      pd::floor, pd::d::proof_of_address,          pd::c::always,          "C. route R.322-1 I 3°, R.322-5 I 4°"},
    {pd::p::disaster_replacement,      pd::floor, pd::d::driving_licence,           pd::c::always,          "C. route R.322-1 I 2°, R.322-5 I 3°"},
    {pd::p::disaster_replacement,      pd::floor, pd::d::insurance,                 pd::c::always,          "C. route R.322-1 I 1°, R.322-5 I 1°"},
    {pd::p::disaster_replacement,      pd::floor, pd::d::disaster_proof,            pd::c::always,          "official simulator data 2023 (procedure exists); documents weak"},
    {pd::p::disaster_replacement,      pd::floor, pd::d::technical_inspection,      pd::c::inspection_due,  "C. route R.322-5 I 6° (used replacement vehicle)"},
    {pd::p::disaster_replacement,      pd::floor, pd::d::mandate,                   pd::c::third_party,     "cerfa 13757"},
    {pd::p::disaster_replacement,      pd::floor, pd::d::guardian_identity,         pd::c::minor_holder,    "service-public.fr (minor holder)"},
    {pd::p::disaster_replacement,      pd::floor, pd::d::co_holder_identity,        pd::c::co_holder,       "service-public.fr F1726 (one proof per co-holder)"},
    {pd::p::disaster_duplicate,        pd::floor, pd::d::application_form,          pd::c::always,          "C. route R.322-10; cerfa 13750"},
    {pd::p::disaster_duplicate,        pd::floor, pd::d::identity,                  pd::c::always,          "C. route R.322-10"},
    {pd::p::disaster_duplicate,        pd::floor, pd::d::proof_of_address,          pd::c::always,          "service-public.fr F1726"},
    {pd::p::disaster_duplicate,        pd::floor, pd::d::disaster_proof,            pd::c::always,          "official simulator data 2023 (procedure exists); documents weak"},
    {pd::p::disaster_duplicate,        pd::floor, pd::d::valid_technical_inspection,pd::c::inspection_due,  "service-public.fr F1726 (as any duplicata)"},
    {pd::p::disaster_duplicate,        pd::floor, pd::d::mandate,                   pd::c::third_party,     "cerfa 13757"},
    {pd::p::disaster_duplicate,        pd::floor, pd::d::co_holder_identity,        pd::c::co_holder,       "service-public.fr F1726 (one proof per co-holder)"},
    {pd::p::disaster_duplicate,        pd::floor, pd::d::lessor_authorisation,      pd::c::leased,          "C. route R.322-1 IV"},
};
// clang-format on

inline constexpr std::size_t document_count = sizeof(documents) / sizeof(documents[0]);
inline constexpr std::size_t condition_count = sizeof(conditions) / sizeof(conditions[0]);

// The most documents a procedure lists: the capacity of a document_list.
inline constexpr std::size_t max_documents_per_procedure = 20;

namespace detail {
// Catalogue rows sit at the index of their enum value, every label and identifier is set.
constexpr bool documents_catalogue_dense() noexcept {
    for (std::size_t i = 0; i < document_count; ++i) {
        if (static_cast<std::size_t>(documents[i].key) != i) return false;
        if (documents[i].cli_name.empty() || documents[i].label_fr.empty() || documents[i].label_en.empty()) return false;
    }
    return true;
}
constexpr bool conditions_catalogue_dense() noexcept {
    for (std::size_t i = 0; i < condition_count; ++i)
        if (static_cast<std::size_t>(conditions[i].key) != i || conditions[i].label_en.empty()) return false;
    return true;
}
// Rows grouped by procedure in enum order; within a procedure, one row per (document, since).
constexpr bool procedure_documents_well_formed() noexcept {
    for (std::size_t i = 0; i < cartegrise::detail::size_of(procedure_documents); ++i) {
        const auto& r = procedure_documents[i];
        if (r.source.empty() || !r.since.ok() || r.since < first_supported_date) return false;
        if (static_cast<std::size_t>(r.doc) >= document_count) return false;
        if (i > 0 && r.key < procedure_documents[i - 1].key) return false;
        for (std::size_t j = 0; j < i; ++j) {
            const auto& o = procedure_documents[j];
            if (o.key == r.key && o.doc == r.doc && o.since == r.since) return false;
        }
    }
    return true;
}
// Every procedure lists at least one document in force from the floor date, and never more than a
// document_list holds.
constexpr bool every_procedure_listed() noexcept {
    for (std::size_t p = 0; p < procedure_count; ++p) {
        std::size_t n = 0;
        for (const auto& r : procedure_documents)
            if (static_cast<std::size_t>(r.key) == p && r.since == first_supported_date) ++n;
        if (n == 0 || n > max_documents_per_procedure) return false;
    }
    return true;
}
}  // namespace detail

static_assert(detail::documents_catalogue_dense(), "documents: one catalogue row per document, in enum order, labelled");
static_assert(detail::conditions_catalogue_dense(), "document conditions: one row per condition, in enum order");
static_assert(detail::procedure_documents_well_formed(), "procedure documents: grouped by procedure, sourced, dated from 2022-01-01 on, no duplicate row");
static_assert(detail::every_procedure_listed(), "procedure documents: every procedure has a list that fits a document_list");

// The newest start date of the table: the list used when the caller gives no application date.
inline constexpr date procedure_documents_vintage = cartegrise::detail::latest_since(procedure_documents);

constexpr const document_info& info(document d) noexcept { return cartegrise::detail::row_of(documents, d); }
constexpr const condition_info& info(document_condition c) noexcept { return cartegrise::detail::row_of(conditions, c); }

}  // namespace data

constexpr std::string_view to_string(document d) noexcept { return data::info(d).cli_name; }
constexpr std::string_view to_string(document_condition c) noexcept { return data::info(c).cli_name; }

}  // namespace cartegrise

#endif
