// The documents each procedure needs, with the condition that makes each one required.
// Law: Code de la route R.322-1 (first registration: identity, insurance, driving licence, address,
// conformity), R.322-4 (the seller's declaration of transfer), R.322-5 (change of owner: declaration of
// transfer, crossed-out certificate, technical inspection for vehicles subject to it), R.322-7 (address),
// R.322-8 (technical change), R.322-10 (duplicata); arrêté du 9 février 2009 (modalités d'immatriculation).
// Lists per procedure: service-public.fr fiches (F1707 used vehicle, F1726/F1050 duplicata, F1480
// inheritance, F22637 W garage, F16542 provisional certificate) and the 2022 pages kept with the project;
// each row says what it rests on (evidence); rows whose only source is a third-party page say so.
// Form numbers are given without their version suffix ("13750", not "13750*07"): the suffix changes
// with each revision of the form, the number does not.
#ifndef CARTEGRISE_DATA_PROCEDURE_DOCUMENTS_HPP
#define CARTEGRISE_DATA_PROCEDURE_DOCUMENTS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../detail/lookup.hpp"
#include "../detail/static_text.hpp"
#include "../document_kinds.hpp"
#include "../procedure.hpp"
#include "../source.hpp"
#include "vintage.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

namespace data {

struct document_info {
    document key;
    std::string_view code;   // stable identifier for JSON and files: "transfer-declaration"
    std::string_view cerfa;  // form number, empty when none
};

// clang-format off
inline constexpr document_info documents[] = {
    {document::application_form,           "application-form",            "13750"},
    {document::new_vehicle_application,    "new-vehicle-application",     "13749"},
    {document::identity,                   "identity",                    ""},
    {document::proof_of_address,           "proof-of-address",            ""},
    {document::driving_licence,            "driving-licence",             ""},
    {document::insurance,                  "insurance",                   ""},
    {document::crossed_out_certificate,    "crossed-out-certificate",     ""},
    {document::transfer_declaration,       "transfer-declaration",        "15776"},
    {document::technical_inspection,       "technical-inspection",        ""},
    {document::valid_technical_inspection, "valid-technical-inspection",  ""},
    {document::certificate_of_conformity,  "certificate-of-conformity",   ""},
    {document::purchase_proof,             "purchase-proof",              ""},
    {document::foreign_certificate,        "foreign-certificate",         ""},
    {document::tax_clearance,              "tax-clearance",               ""},
    {document::customs_certificate,        "customs-certificate",         "846A"},
    {document::mandate,                    "mandate",                     "13757"},
    {document::guardian_identity,          "guardian-identity",           ""},
    {document::co_holder_identity,         "co-holder-identity",          ""},
    {document::lessor_authorisation,       "lessor-authorisation",        "13757"},
    {document::theft_declaration,          "theft-declaration",           "13753"},
    {document::loss_declaration,           "loss-declaration",            "13753"},
    {document::damaged_certificate,        "damaged-certificate",         ""},
    {document::current_certificate,        "current-certificate",         ""},
    {document::civil_status_proof,         "civil-status-proof",          ""},
    {document::union_proof,                "union-proof",                 ""},
    {document::reception_report,           "reception-report",            ""},
    {document::collection_attestation,     "collection-attestation",      ""},
    {document::inheritance_proof,          "inheritance-proof",           ""},
    {document::usurpation_complaint,       "usurpation-complaint",        ""},
    {document::correction_proof,           "correction-proof",            ""},
    {document::disaster_proof,             "disaster-proof",              ""},
    {document::w_garage_form,              "w-garage-form",               "13752"},
    {document::business_registration,      "business-registration",       ""},
    {document::automotive_activity_proof,  "automotive-activity-proof",   ""},
};

inline constexpr std::string_view condition_codes[document_condition_count] = {
    "always", "inspection-due", "minor-holder", "co-holder", "leased", "third-party", "theft", "loss", "damage", "from-eu", "from-outside-eu", "withdrawn",
};

// One document of one procedure, in force from `since` (the library floor, 2022-01-01, when the rule is
// older): a later row for the same (procedure, document) replaces it. `basis` says what the row rests on.
struct procedure_document_row {
    procedure key;
    date since;
    document doc;
    document_condition when;
    evidence basis;
    cartegrise::detail::static_text source;
};

inline constexpr procedure_document_row procedure_documents[] = {
    // procedure                              since                 document                              condition                            evidence                  source
    {procedure::new_vehicle,               first_supported_date, document::new_vehicle_application,    document_condition::always,          evidence::single_source, "form per third-party pages (weak); R.322-1 I"},
    {procedure::new_vehicle,               first_supported_date, document::identity,                   document_condition::always,          evidence::law,           "C. route R.322-1 I"},
    {procedure::new_vehicle,               first_supported_date, document::proof_of_address,           document_condition::always,          evidence::law,           "C. route R.322-1 I 3°"},
    {procedure::new_vehicle,               first_supported_date, document::driving_licence,            document_condition::always,          evidence::law,           "C. route R.322-1 I 2°"},
    {procedure::new_vehicle,               first_supported_date, document::insurance,                  document_condition::always,          evidence::law,           "C. route R.322-1 I 1°"},
    {procedure::new_vehicle,               first_supported_date, document::certificate_of_conformity,  document_condition::always,          evidence::law,           "C. route R.322-1 I 4°"},
    {procedure::new_vehicle,               first_supported_date, document::purchase_proof,             document_condition::always,          evidence::law,           "arrêté du 9 février 2009; service-public.fr"},
    {procedure::new_vehicle,               first_supported_date, document::mandate,                    document_condition::third_party,     evidence::official,      "cerfa 13757; R.322-1 I (filing through a professional)"},
    {procedure::new_vehicle,               first_supported_date, document::guardian_identity,          document_condition::minor_holder,    evidence::official,      "service-public.fr (minor holder)"},
    {procedure::new_vehicle,               first_supported_date, document::co_holder_identity,         document_condition::co_holder,       evidence::official,      "service-public.fr F1726 (one proof per co-holder)"},
    {procedure::new_vehicle,               first_supported_date, document::lessor_authorisation,       document_condition::leased,          evidence::law,           "C. route R.322-1 IV (the lessor holds the certificate)"},
    {procedure::used,                      first_supported_date, document::application_form,           document_condition::always,          evidence::law,           "C. route R.322-5 I; cerfa 13750"},
    {procedure::used,                      first_supported_date, document::identity,                   document_condition::always,          evidence::law,           "C. route R.322-5 I, R.322-1"},
    {procedure::used,                      first_supported_date, document::proof_of_address,           document_condition::always,          evidence::law,           "C. route R.322-5 I 4°"},
    {procedure::used,                      first_supported_date, document::driving_licence,            document_condition::always,          evidence::law,           "C. route R.322-5 I 3°"},
    {procedure::used,                      first_supported_date, document::insurance,                  document_condition::always,          evidence::law,           "C. route R.322-5 I 1°"},
    {procedure::used,                      first_supported_date, document::crossed_out_certificate,    document_condition::always,          evidence::law,           "C. route R.322-5 I 5°"},
    {procedure::used,                      first_supported_date, document::transfer_declaration,       document_condition::always,          evidence::law,           "C. route R.322-5 I 2°, R.322-4; cerfa 15776 (replaced 13754)"},
    {procedure::used,                      first_supported_date, document::technical_inspection,       document_condition::inspection_due,  evidence::law,           "C. route R.322-5 I 6°; service-public.fr F1707 (under 6 months)"},
    {procedure::used,                      first_supported_date, document::mandate,                    document_condition::third_party,     evidence::official,      "cerfa 13757"},
    {procedure::used,                      first_supported_date, document::guardian_identity,          document_condition::minor_holder,    evidence::official,      "service-public.fr (minor holder)"},
    {procedure::used,                      first_supported_date, document::co_holder_identity,         document_condition::co_holder,       evidence::official,      "service-public.fr F1726 (one proof per co-holder)"},
    {procedure::used,                      first_supported_date, document::lessor_authorisation,       document_condition::leased,          evidence::law,           "C. route R.322-1 IV"},
    {procedure::import,                    first_supported_date, document::application_form,           document_condition::always,          evidence::law,           "C. route R.322-1; cerfa 13750"},
    {procedure::import,                    first_supported_date, document::identity,                   document_condition::always,          evidence::law,           "C. route R.322-1 I"},
    {procedure::import,                    first_supported_date, document::proof_of_address,           document_condition::always,          evidence::law,           "C. route R.322-1 I 3°"},
    {procedure::import,                    first_supported_date, document::driving_licence,            document_condition::always,          evidence::law,           "C. route R.322-1 I 2°"},
    {procedure::import,                    first_supported_date, document::insurance,                  document_condition::always,          evidence::law,           "C. route R.322-1 I 1°"},
    {procedure::import,                    first_supported_date, document::certificate_of_conformity,  document_condition::always,          evidence::law,           "C. route R.322-1 I 4°"},
    {procedure::import,                    first_supported_date, document::foreign_certificate,        document_condition::always,          evidence::official,      "service-public.fr (véhicule importé); third-party pages"},
    {procedure::import,                    first_supported_date, document::purchase_proof,             document_condition::always,          evidence::official,      "service-public.fr (véhicule importé)"},
    {procedure::import,                    first_supported_date, document::tax_clearance,              document_condition::from_eu,         evidence::law,           "CGI 298 sexies (quitus fiscal); service-public.fr"},
    {procedure::import,                    first_supported_date, document::customs_certificate,        document_condition::from_outside_eu, evidence::official,      "customs form 846A; service-public.fr"},
    {procedure::import,                    first_supported_date, document::technical_inspection,       document_condition::inspection_due,  evidence::official,      "service-public.fr (used vehicle over 4 years, under 6 months)"},
    {procedure::import,                    first_supported_date, document::mandate,                    document_condition::third_party,     evidence::official,      "cerfa 13757"},
    {procedure::import,                    first_supported_date, document::guardian_identity,          document_condition::minor_holder,    evidence::official,      "service-public.fr (minor holder)"},
    {procedure::import,                    first_supported_date, document::co_holder_identity,         document_condition::co_holder,       evidence::official,      "service-public.fr F1726 (one proof per co-holder)"},
    {procedure::import,                    first_supported_date, document::lessor_authorisation,       document_condition::leased,          evidence::law,           "C. route R.322-1 IV"},
    {procedure::duplicate,                 first_supported_date, document::application_form,           document_condition::always,          evidence::law,           "C. route R.322-10; cerfa 13750 (duplicata box)"},
    {procedure::duplicate,                 first_supported_date, document::identity,                   document_condition::always,          evidence::law,           "C. route R.322-10 (identity of the owner)"},
    {procedure::duplicate,                 first_supported_date, document::proof_of_address,           document_condition::always,          evidence::official,      "service-public.fr F1726"},
    {procedure::duplicate,                 first_supported_date, document::valid_technical_inspection, document_condition::inspection_due,  evidence::official,      "service-public.fr F1726 (inspection in force, vehicle over 4 years)"},
    {procedure::duplicate,                 first_supported_date, document::theft_declaration,          document_condition::theft,           evidence::official,      "service-public.fr F1726 (cerfa 13753 stamped by police/gendarmerie)"},
    {procedure::duplicate,                 first_supported_date, document::loss_declaration,           document_condition::loss,            evidence::single_source, "2022 duplicata pages (signed cerfa 13753, no police stamp); weak"},
    {procedure::duplicate,                 first_supported_date, document::damaged_certificate,        document_condition::damage,          evidence::official,      "service-public.fr F1726 (the damaged certificate)"},
    {procedure::duplicate,                 first_supported_date, document::mandate,                    document_condition::third_party,     evidence::official,      "cerfa 13757"},
    {procedure::duplicate,                 first_supported_date, document::guardian_identity,          document_condition::minor_holder,    evidence::official,      "2022 duplicata pages (identity of minor and parent)"},
    {procedure::duplicate,                 first_supported_date, document::co_holder_identity,         document_condition::co_holder,       evidence::official,      "service-public.fr F1726 (one proof per co-holder)"},
    {procedure::duplicate,                 first_supported_date, document::lessor_authorisation,       document_condition::leased,          evidence::official,      "2022 duplicata pages (the lessor files or mandates)"},
    {procedure::address,                   first_supported_date, document::application_form,           document_condition::always,          evidence::law,           "C. route R.322-7 I; cerfa 13750 (change of address box)"},
    {procedure::address,                   first_supported_date, document::identity,                   document_condition::always,          evidence::official,      "service-public.fr (changement d'adresse)"},
    {procedure::address,                   first_supported_date, document::proof_of_address,           document_condition::always,          evidence::law,           "C. route R.322-7 I (justify the new address)"},
    {procedure::address,                   first_supported_date, document::current_certificate,        document_condition::always,          evidence::official,      "service-public.fr (changement d'adresse)"},
    {procedure::address,                   first_supported_date, document::mandate,                    document_condition::third_party,     evidence::official,      "cerfa 13757"},
    {procedure::address,                   first_supported_date, document::guardian_identity,          document_condition::minor_holder,    evidence::official,      "service-public.fr (minor holder)"},
    {procedure::address,                   first_supported_date, document::co_holder_identity,         document_condition::co_holder,       evidence::official,      "service-public.fr F1726 (one proof per co-holder)"},
    {procedure::address,                   first_supported_date, document::lessor_authorisation,       document_condition::leased,          evidence::law,           "C. route R.322-7 II (the lessee tells the lessor, who declares)"},
    {procedure::civil_status,              first_supported_date, document::application_form,           document_condition::always,          evidence::official,      "cerfa 13750"},
    {procedure::civil_status,              first_supported_date, document::identity,                   document_condition::always,          evidence::official,      "service-public.fr"},
    {procedure::civil_status,              first_supported_date, document::proof_of_address,           document_condition::always,          evidence::official,      "service-public.fr"},
    {procedure::civil_status,              first_supported_date, document::current_certificate,        document_condition::always,          evidence::official,      "service-public.fr"},
    {procedure::civil_status,              first_supported_date, document::civil_status_proof,         document_condition::always,          evidence::official,      "service-public.fr"},
    {procedure::civil_status,              first_supported_date, document::valid_technical_inspection, document_condition::inspection_due,  evidence::single_source, "service-public.fr (weak: not re-checked)"},
    {procedure::civil_status,              first_supported_date, document::mandate,                    document_condition::third_party,     evidence::official,      "cerfa 13757"},
    {procedure::civil_status,              first_supported_date, document::guardian_identity,          document_condition::minor_holder,    evidence::official,      "service-public.fr (minor holder)"},
    {procedure::civil_status,              first_supported_date, document::co_holder_identity,         document_condition::co_holder,       evidence::official,      "service-public.fr F1726 (one proof per co-holder)"},
    {procedure::civil_status,              first_supported_date, document::lessor_authorisation,       document_condition::leased,          evidence::law,           "C. route R.322-1 IV"},
    {procedure::spouse,                    first_supported_date, document::application_form,           document_condition::always,          evidence::official,      "cerfa 13750, signed by both spouses or partners"},
    {procedure::spouse,                    first_supported_date, document::identity,                   document_condition::always,          evidence::official,      "service-public.fr"},
    {procedure::spouse,                    first_supported_date, document::proof_of_address,           document_condition::always,          evidence::official,      "service-public.fr"},
    {procedure::spouse,                    first_supported_date, document::current_certificate,        document_condition::always,          evidence::official,      "service-public.fr"},
    {procedure::spouse,                    first_supported_date, document::union_proof,                document_condition::always,          evidence::official,      "service-public.fr"},
    {procedure::spouse,                    first_supported_date, document::valid_technical_inspection, document_condition::inspection_due,  evidence::single_source, "service-public.fr (weak: not re-checked)"},
    {procedure::spouse,                    first_supported_date, document::mandate,                    document_condition::third_party,     evidence::official,      "cerfa 13757"},
    {procedure::spouse,                    first_supported_date, document::co_holder_identity,         document_condition::co_holder,       evidence::official,      "service-public.fr F1726 (one proof per co-holder)"},
    {procedure::technical,                 first_supported_date, document::application_form,           document_condition::always,          evidence::law,           "C. route R.322-8 I; cerfa 13750"},
    {procedure::technical,                 first_supported_date, document::identity,                   document_condition::always,          evidence::official,      "service-public.fr"},
    {procedure::technical,                 first_supported_date, document::proof_of_address,           document_condition::always,          evidence::official,      "service-public.fr"},
    {procedure::technical,                 first_supported_date, document::current_certificate,        document_condition::always,          evidence::official,      "service-public.fr"},
    {procedure::technical,                 first_supported_date, document::reception_report,           document_condition::always,          evidence::law,           "C. route R.322-8 I, R.321-16 (notable transformation)"},
    {procedure::technical,                 first_supported_date, document::mandate,                    document_condition::third_party,     evidence::official,      "cerfa 13757"},
    {procedure::technical,                 first_supported_date, document::guardian_identity,          document_condition::minor_holder,    evidence::official,      "service-public.fr (minor holder)"},
    {procedure::technical,                 first_supported_date, document::co_holder_identity,         document_condition::co_holder,       evidence::official,      "service-public.fr F1726 (one proof per co-holder)"},
    {procedure::technical,                 first_supported_date, document::lessor_authorisation,       document_condition::leased,          evidence::law,           "C. route R.322-1 IV"},
    {procedure::correction,                first_supported_date, document::application_form,           document_condition::always,          evidence::official,      "cerfa 13750"},
    {procedure::correction,                first_supported_date, document::identity,                   document_condition::always,          evidence::official,      "service-public.fr"},
    {procedure::correction,                first_supported_date, document::current_certificate,        document_condition::always,          evidence::official,      "service-public.fr"},
    {procedure::correction,                first_supported_date, document::correction_proof,           document_condition::always,          evidence::single_source, "ANTS (weak: not re-checked)"},
    {procedure::correction,                first_supported_date, document::mandate,                    document_condition::third_party,     evidence::official,      "cerfa 13757"},
    {procedure::w_garage,                  first_supported_date, document::w_garage_form,              document_condition::always,          evidence::law,           "arrêté du 9 février 2009 art. 9; cerfa 13752"},
    {procedure::w_garage,                  first_supported_date, document::identity,                   document_condition::always,          evidence::official,      "service-public.fr F22637 (representative of the business)"},
    {procedure::w_garage,                  first_supported_date, document::business_registration,      document_condition::always,          evidence::law,           "arrêté du 9 février 2009 art. 9"},
    {procedure::w_garage,                  first_supported_date, document::automotive_activity_proof,  document_condition::always,          evidence::law,           "arrêté du 9 février 2009 art. 9"},
    {procedure::w_garage,                  first_supported_date, document::insurance,                  document_condition::always,          evidence::single_source, "C. assurances L.211-1 (weak: list not re-checked)"},
    {procedure::w_garage,                  first_supported_date, document::mandate,                    document_condition::third_party,     evidence::official,      "cerfa 13757"},
    {procedure::collection,                first_supported_date, document::application_form,           document_condition::always,          evidence::official,      "cerfa 13750 (collection)"},
    {procedure::collection,                first_supported_date, document::identity,                   document_condition::always,          evidence::official,      "service-public.fr"},
    {procedure::collection,                first_supported_date, document::proof_of_address,           document_condition::always,          evidence::official,      "service-public.fr"},
    {procedure::collection,                first_supported_date, document::current_certificate,        document_condition::always,          evidence::official,      "certificate or proof of origin of ownership (FFVE notice)"},
    {procedure::collection,                first_supported_date, document::collection_attestation,     document_condition::always,          evidence::law,           "arrêté du 9 février 2009; FFVE attestation"},
    {procedure::collection,                first_supported_date, document::valid_technical_inspection, document_condition::inspection_due,  evidence::single_source, "C. route R.323-22 (collection: every 5 years); weak"},
    {procedure::collection,                first_supported_date, document::mandate,                    document_condition::third_party,     evidence::official,      "cerfa 13757"},
    {procedure::collection,                first_supported_date, document::guardian_identity,          document_condition::minor_holder,    evidence::official,      "service-public.fr (minor holder)"},
    {procedure::collection,                first_supported_date, document::co_holder_identity,         document_condition::co_holder,       evidence::official,      "service-public.fr F1726 (one proof per co-holder)"},
    {procedure::inheritance,               first_supported_date, document::application_form,           document_condition::always,          evidence::official,      "service-public.fr F1480; cerfa 13750"},
    {procedure::inheritance,               first_supported_date, document::identity,                   document_condition::always,          evidence::official,      "service-public.fr F1480"},
    {procedure::inheritance,               first_supported_date, document::proof_of_address,           document_condition::always,          evidence::official,      "service-public.fr F1480"},
    {procedure::inheritance,               first_supported_date, document::current_certificate,        document_condition::always,          evidence::official,      "service-public.fr F1480 (if lost: cerfa 13753)"},
    {procedure::inheritance,               first_supported_date, document::inheritance_proof,          document_condition::always,          evidence::official,      "service-public.fr F1480"},
    {procedure::inheritance,               first_supported_date, document::valid_technical_inspection, document_condition::inspection_due,  evidence::official,      "service-public.fr F1480 (vehicle over 4 years)"},
    {procedure::inheritance,               first_supported_date, document::mandate,                    document_condition::third_party,     evidence::official,      "cerfa 13757"},
    {procedure::inheritance,               first_supported_date, document::guardian_identity,          document_condition::minor_holder,    evidence::official,      "service-public.fr (minor holder)"},
    {procedure::inheritance,               first_supported_date, document::co_holder_identity,         document_condition::co_holder,       evidence::official,      "service-public.fr F1480 (certificate in the name of several heirs)"},
    {procedure::lease_buyout,              first_supported_date, document::application_form,           document_condition::always,          evidence::law,           "C. route R.322-5 I (change of owner); cerfa 13750"},
    {procedure::lease_buyout,              first_supported_date, document::identity,                   document_condition::always,          evidence::law,           "C. route R.322-5 I"},
    {procedure::lease_buyout,              first_supported_date, document::proof_of_address,           document_condition::always,          evidence::law,           "C. route R.322-5 I 4°"},
    {procedure::lease_buyout,              first_supported_date, document::driving_licence,            document_condition::always,          evidence::law,           "C. route R.322-5 I 3°"},
    {procedure::lease_buyout,              first_supported_date, document::insurance,                  document_condition::always,          evidence::law,           "C. route R.322-5 I 1°"},
    {procedure::lease_buyout,              first_supported_date, document::crossed_out_certificate,    document_condition::always,          evidence::law,           "C. route R.322-5 I 5° (crossed out by the lessor)"},
    {procedure::lease_buyout,              first_supported_date, document::transfer_declaration,       document_condition::always,          evidence::law,           "C. route R.322-4, R.322-5 I 2° (the lessor declares the transfer)"},
    {procedure::lease_buyout,              first_supported_date, document::technical_inspection,       document_condition::inspection_due,  evidence::law,           "C. route R.322-5 I 6°"},
    {procedure::lease_buyout,              first_supported_date, document::mandate,                    document_condition::third_party,     evidence::official,      "cerfa 13757"},
    {procedure::lease_buyout,              first_supported_date, document::co_holder_identity,         document_condition::co_holder,       evidence::official,      "service-public.fr F1726 (one proof per co-holder)"},
    {procedure::co_owner,                  first_supported_date, document::application_form,           document_condition::always,          evidence::official,      "cerfa 13750, signed by every holder"},
    {procedure::co_owner,                  first_supported_date, document::identity,                   document_condition::always,          evidence::official,      "service-public.fr"},
    {procedure::co_owner,                  first_supported_date, document::proof_of_address,           document_condition::always,          evidence::official,      "service-public.fr"},
    {procedure::co_owner,                  first_supported_date, document::current_certificate,        document_condition::always,          evidence::official,      "service-public.fr"},
    {procedure::co_owner,                  first_supported_date, document::co_holder_identity,         document_condition::always,          evidence::official,      "the procedure adds or removes a co-holder"},
    {procedure::co_owner,                  first_supported_date, document::technical_inspection,       document_condition::inspection_due,  evidence::law,           "C. route R.322-5 I 6° (change of holder)"},
    {procedure::co_owner,                  first_supported_date, document::mandate,                    document_condition::third_party,     evidence::official,      "cerfa 13757"},
    {procedure::co_owner,                  first_supported_date, document::guardian_identity,          document_condition::minor_holder,    evidence::official,      "service-public.fr (minor holder)"},
    {procedure::usurpation,                first_supported_date, document::application_form,           document_condition::always,          evidence::official,      "cerfa 13750"},
    {procedure::usurpation,                first_supported_date, document::identity,                   document_condition::always,          evidence::official,      "service-public.fr"},
    {procedure::usurpation,                first_supported_date, document::proof_of_address,           document_condition::always,          evidence::official,      "service-public.fr"},
    {procedure::usurpation,                first_supported_date, document::current_certificate,        document_condition::always,          evidence::official,      "service-public.fr"},
    {procedure::usurpation,                first_supported_date, document::usurpation_complaint,       document_condition::always,          evidence::official,      "service-public.fr (plainte pour usurpation)"},
    {procedure::usurpation,                first_supported_date, document::mandate,                    document_condition::third_party,     evidence::official,      "cerfa 13757"},
    {procedure::usurpation,                first_supported_date, document::guardian_identity,          document_condition::minor_holder,    evidence::official,      "service-public.fr (minor holder)"},
    {procedure::usurpation,                first_supported_date, document::co_holder_identity,         document_condition::co_holder,       evidence::official,      "service-public.fr F1726 (one proof per co-holder)"},
    {procedure::usurpation,                first_supported_date, document::lessor_authorisation,       document_condition::leased,          evidence::law,           "C. route R.322-1 IV"},
    {procedure::inspection_boxes,          first_supported_date, document::application_form,           document_condition::always,          evidence::official,      "cerfa 13750"},
    {procedure::inspection_boxes,          first_supported_date, document::identity,                   document_condition::always,          evidence::official,      "service-public.fr"},
    {procedure::inspection_boxes,          first_supported_date, document::proof_of_address,           document_condition::always,          evidence::official,      "service-public.fr"},
    {procedure::inspection_boxes,          first_supported_date, document::current_certificate,        document_condition::always,          evidence::official,      "the certificate whose boxes are full"},
    {procedure::inspection_boxes,          first_supported_date, document::valid_technical_inspection, document_condition::always,          evidence::official,      "the inspection that no longer fits on the certificate"},
    {procedure::inspection_boxes,          first_supported_date, document::mandate,                    document_condition::third_party,     evidence::official,      "cerfa 13757"},
    {procedure::inspection_boxes,          first_supported_date, document::co_holder_identity,         document_condition::co_holder,       evidence::official,      "service-public.fr F1726 (one proof per co-holder)"},
    {procedure::inspection_boxes,          first_supported_date, document::lessor_authorisation,       document_condition::leased,          evidence::law,           "C. route R.322-1 IV"},
    {procedure::disaster_replacement,      first_supported_date, document::application_form,           document_condition::always,          evidence::official,      "cerfa 13750"},
    {procedure::disaster_replacement,      first_supported_date, document::identity,                   document_condition::always,          evidence::law,           "C. route R.322-1 I, R.322-5 I"},
    {procedure::disaster_replacement,      first_supported_date, document::proof_of_address,           document_condition::always,          evidence::law,           "C. route R.322-1 I 3°, R.322-5 I 4°"},
    {procedure::disaster_replacement,      first_supported_date, document::driving_licence,            document_condition::always,          evidence::law,           "C. route R.322-1 I 2°, R.322-5 I 3°"},
    {procedure::disaster_replacement,      first_supported_date, document::insurance,                  document_condition::always,          evidence::law,           "C. route R.322-1 I 1°, R.322-5 I 1°"},
    {procedure::disaster_replacement,      first_supported_date, document::disaster_proof,             document_condition::always,          evidence::single_source, "official simulator data 2023 (procedure exists); documents weak"},
    {procedure::disaster_replacement,      first_supported_date, document::technical_inspection,       document_condition::inspection_due,  evidence::law,           "C. route R.322-5 I 6° (used replacement vehicle)"},
    {procedure::disaster_replacement,      first_supported_date, document::mandate,                    document_condition::third_party,     evidence::official,      "cerfa 13757"},
    {procedure::disaster_replacement,      first_supported_date, document::guardian_identity,          document_condition::minor_holder,    evidence::official,      "service-public.fr (minor holder)"},
    {procedure::disaster_replacement,      first_supported_date, document::co_holder_identity,         document_condition::co_holder,       evidence::official,      "service-public.fr F1726 (one proof per co-holder)"},
    {procedure::disaster_duplicate,        first_supported_date, document::application_form,           document_condition::always,          evidence::law,           "C. route R.322-10; cerfa 13750"},
    {procedure::disaster_duplicate,        first_supported_date, document::identity,                   document_condition::always,          evidence::law,           "C. route R.322-10"},
    {procedure::disaster_duplicate,        first_supported_date, document::proof_of_address,           document_condition::always,          evidence::official,      "service-public.fr F1726"},
    {procedure::disaster_duplicate,        first_supported_date, document::disaster_proof,             document_condition::always,          evidence::single_source, "official simulator data 2023 (procedure exists); documents weak"},
    {procedure::disaster_duplicate,        first_supported_date, document::valid_technical_inspection, document_condition::inspection_due,  evidence::official,      "service-public.fr F1726 (as any duplicata)"},
    {procedure::disaster_duplicate,        first_supported_date, document::mandate,                    document_condition::third_party,     evidence::official,      "cerfa 13757"},
    {procedure::disaster_duplicate,        first_supported_date, document::co_holder_identity,         document_condition::co_holder,       evidence::official,      "service-public.fr F1726 (one proof per co-holder)"},
    {procedure::disaster_duplicate,        first_supported_date, document::lessor_authorisation,       document_condition::leased,          evidence::law,           "C. route R.322-1 IV"},
};
// clang-format on

inline constexpr std::size_t condition_count = sizeof(condition_codes) / sizeof(condition_codes[0]);

// The most documents a procedure lists: the capacity of a document_list.
inline constexpr std::size_t max_documents_per_procedure = 20;

// Grouped by procedure; a (procedure, document)'s rows in date order (a later row replaces an earlier
// one); sourced, from the floor; every procedure has documents, no more than a document_list holds.
static_assert(cartegrise::detail::twice_keyed_rows_ok<document_count>(
                  procedure_documents, [](const procedure_document_row& r) { return r.doc; }, max_documents_per_procedure,
                  [](const procedure_document_row& r) {
                      return !r.source.empty() && !(r.since < first_supported_date) &&
                             static_cast<std::size_t>(r.when) < condition_count;
                  }) && cartegrise::detail::every_key_present<procedure_documents, procedure_count>(),
              "cartegrise: procedure documents grouped by procedure, dated in order per document, sourced, within a document_list");

// The newest start date of the table: the list used when the caller gives no application date.
inline constexpr date procedure_documents_vintage = cartegrise::detail::latest_since(procedure_documents);

constexpr const document_info& info(document d) noexcept { return cartegrise::detail::row_of(documents, d); }

}  // namespace data

CARTEGRISE_END_NAMESPACE

#endif
