// The documents each procedure needs, with the condition that makes each one required.
// Law: Code de la route R.322-1 (first registration: identity, insurance, driving licence, address,
// conformity), R.322-4 (the seller's declaration of transfer), R.322-5 (change of owner: declaration of
// transfer, crossed-out certificate, technical inspection for vehicles subject to it), R.322-7 (address),
// R.322-8 (technical change), R.322-10 (duplicata); arrêté du 9 février 2009 (modalités d'immatriculation).
// Lists per procedure: service-public.fr fiches (F1707 used vehicle, F1726/F1050 duplicata, F1480
// inheritance, F22637 W garage, F16542 provisional certificate) and the 2022 pages kept with the project;
// each row names its source (data::src below: its evidence, a citation as written, a note in French and in
// English); rows whose only source is a third-party page say so. A source is dated by its text when the
// text has a date (the arrêté of 9 February 2009, the simulator data of 2023), otherwise by the library's
// floor (2022-01-01): the pages were read in 2022.
// Form numbers are given without their version suffix ("13750", not "13750*07"): the suffix changes
// with each revision of the form, the number does not.
#ifndef CARTEGRISE_DATA_PROCEDURE_DOCUMENTS_HPP
#define CARTEGRISE_DATA_PROCEDURE_DOCUMENTS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../detail/lookup.hpp"
#include "../document_kinds.hpp"
#include "../procedure.hpp"
#include "../source.hpp"
#include "vintage.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

namespace data {

// The sources of the rows below: each row names one (src::key), several rows may share it.
namespace src {
// clang-format off
inline constexpr source route_r322_1_form_pages{"route_r322_1_form_pages", evidence::single_source, {2022, 1, 1}, "C. route, art. R.322-1 I",
    "formulaire selon des pages de tiers",
    "form per third-party pages"};
inline constexpr source route_r322_1_i{"route_r322_1_i", evidence::law, {2022, 1, 1}, "C. route, art. R.322-1 I",
    "première immatriculation : pièces à fournir",
    "first registration: documents to provide"};
inline constexpr source route_r322_1_i_3{"route_r322_1_i_3", evidence::law, {2022, 1, 1}, "C. route, art. R.322-1 I, 3°",
    "justificatif de domicile à la première immatriculation",
    "proof of address at first registration"};
inline constexpr source route_r322_1_i_2{"route_r322_1_i_2", evidence::law, {2022, 1, 1}, "C. route, art. R.322-1 I, 2°",
    "permis de conduire à la première immatriculation",
    "driving licence at first registration"};
inline constexpr source route_r322_1_i_1{"route_r322_1_i_1", evidence::law, {2022, 1, 1}, "C. route, art. R.322-1 I, 1°",
    "attestation d'assurance à la première immatriculation",
    "proof of insurance at first registration"};
inline constexpr source route_r322_1_i_4{"route_r322_1_i_4", evidence::law, {2022, 1, 1}, "C. route, art. R.322-1 I, 4°",
    "certificat de conformité à la première immatriculation",
    "certificate of conformity at first registration"};
inline constexpr source arrete_2009_purchase{"arrete_2009_purchase", evidence::law, {2009, 2, 9}, "Arrêté du 9 février 2009 ; service-public.fr",
    "justificatif d'achat du véhicule neuf",
    "proof of purchase of the new vehicle"};
inline constexpr source cerfa_13757_professional{"cerfa_13757_professional", evidence::official, {2022, 1, 1}, "Cerfa 13757 ; C. route, art. R.322-1 I",
    "dépôt par un professionnel",
    "filing through a professional"};
inline constexpr source sp_minor_holder{"sp_minor_holder", evidence::official, {2022, 1, 1}, "service-public.fr",
    "titulaire mineur",
    "minor holder"};
inline constexpr source sp_f1726_co_holder{"sp_f1726_co_holder", evidence::official, {2022, 1, 1}, "service-public.fr, fiche F1726",
    "un justificatif par cotitulaire",
    "one proof per co-holder"};
inline constexpr source route_r322_1_iv_lessor{"route_r322_1_iv_lessor", evidence::law, {2022, 1, 1}, "C. route, art. R.322-1 IV",
    "le loueur est titulaire du certificat",
    "the lessor holds the certificate"};
inline constexpr source route_r322_5_i_cerfa_13750{"route_r322_5_i_cerfa_13750", evidence::law, {2022, 1, 1}, "C. route, art. R.322-5 I ; cerfa 13750",
    "formulaire de demande d'immatriculation",
    "application form for registration"};
inline constexpr source route_r322_5_i_r322_1{"route_r322_5_i_r322_1", evidence::law, {2022, 1, 1}, "C. route, art. R.322-5 I et R.322-1",
    "pièce d'identité au changement de propriétaire",
    "identity on a change of owner"};
inline constexpr source route_r322_5_i_4{"route_r322_5_i_4", evidence::law, {2022, 1, 1}, "C. route, art. R.322-5 I, 4°",
    "justificatif de domicile au changement de propriétaire",
    "proof of address on a change of owner"};
inline constexpr source route_r322_5_i_3{"route_r322_5_i_3", evidence::law, {2022, 1, 1}, "C. route, art. R.322-5 I, 3°",
    "permis de conduire au changement de propriétaire",
    "driving licence on a change of owner"};
inline constexpr source route_r322_5_i_1{"route_r322_5_i_1", evidence::law, {2022, 1, 1}, "C. route, art. R.322-5 I, 1°",
    "attestation d'assurance au changement de propriétaire",
    "proof of insurance on a change of owner"};
inline constexpr source route_r322_5_i_5{"route_r322_5_i_5", evidence::law, {2022, 1, 1}, "C. route, art. R.322-5 I, 5°",
    "certificat barré au changement de propriétaire",
    "crossed-out certificate on a change of owner"};
inline constexpr source route_r322_5_i_2_cerfa_15776{"route_r322_5_i_2_cerfa_15776", evidence::law, {2022, 1, 1}, "C. route, art. R.322-5 I, 2°, et R.322-4 ; cerfa 15776",
    "déclaration de cession ; le cerfa 15776 remplace le 13754",
    "declaration of transfer; cerfa 15776 replaced 13754"};
inline constexpr source route_r322_5_i_6_sp_f1707{"route_r322_5_i_6_sp_f1707", evidence::law, {2022, 1, 1}, "C. route, art. R.322-5 I, 6° ; service-public.fr, fiche F1707",
    "contrôle technique de moins de 6 mois",
    "technical inspection under 6 months"};
inline constexpr source cerfa_13757{"cerfa_13757", evidence::official, {2022, 1, 1}, "Cerfa 13757",
    "mandat d'immatriculation",
    "registration mandate"};
inline constexpr source route_r322_1_iv{"route_r322_1_iv", evidence::law, {2022, 1, 1}, "C. route, art. R.322-1 IV",
    "véhicule loué : accord du loueur",
    "leased vehicle: the lessor's consent"};
inline constexpr source route_r322_1_cerfa_13750{"route_r322_1_cerfa_13750", evidence::law, {2022, 1, 1}, "C. route, art. R.322-1 ; cerfa 13750",
    "demande d'immatriculation d'un véhicule importé",
    "application to register an imported vehicle"};
inline constexpr source sp_import_third_party{"sp_import_third_party", evidence::official, {2022, 1, 1}, "service-public.fr ; pages de tiers",
    "véhicule importé ; confirmé par des pages de tiers",
    "imported vehicle; confirmed by third-party pages"};
inline constexpr source sp_import{"sp_import", evidence::official, {2022, 1, 1}, "service-public.fr",
    "véhicule importé",
    "imported vehicle"};
inline constexpr source cgi_298_sexies{"cgi_298_sexies", evidence::law, {2022, 1, 1}, "CGI, art. 298 sexies ; service-public.fr",
    "quitus fiscal d'un véhicule venu de l'Union européenne",
    "tax clearance of a vehicle from the European Union"};
inline constexpr source customs_846a{"customs_846a", evidence::official, {2022, 1, 1}, "Formulaire des douanes 846 A ; service-public.fr",
    "certificat de dédouanement",
    "customs clearance certificate"};
inline constexpr source sp_import_inspection{"sp_import_inspection", evidence::official, {2022, 1, 1}, "service-public.fr",
    "véhicule d'occasion de plus de 4 ans, contrôle de moins de 6 mois",
    "used vehicle over 4 years, inspection under 6 months"};
inline constexpr source route_r322_10_cerfa_13750_box{"route_r322_10_cerfa_13750_box", evidence::law, {2022, 1, 1}, "C. route, art. R.322-10 ; cerfa 13750",
    "case duplicata",
    "duplicate box"};
inline constexpr source route_r322_10_owner{"route_r322_10_owner", evidence::law, {2022, 1, 1}, "C. route, art. R.322-10",
    "identité du propriétaire",
    "identity of the owner"};
inline constexpr source sp_f1726{"sp_f1726", evidence::official, {2022, 1, 1}, "service-public.fr, fiche F1726",
    "duplicata du certificat",
    "duplicate of the certificate"};
inline constexpr source sp_f1726_inspection{"sp_f1726_inspection", evidence::official, {2022, 1, 1}, "service-public.fr, fiche F1726",
    "contrôle technique en cours de validité, véhicule de plus de 4 ans",
    "inspection in force, vehicle over 4 years"};
inline constexpr source sp_f1726_theft{"sp_f1726_theft", evidence::official, {2022, 1, 1}, "service-public.fr, fiche F1726",
    "cerfa 13753 visé par la police ou la gendarmerie",
    "cerfa 13753 stamped by the police or gendarmerie"};
inline constexpr source duplicata_pages_2022_loss{"duplicata_pages_2022_loss", evidence::single_source, {2022, 1, 1}, "Pages « duplicata » conservées (2022)",
    "cerfa 13753 signé, sans visa de la police",
    "signed cerfa 13753, no police stamp"};
inline constexpr source sp_f1726_damaged{"sp_f1726_damaged", evidence::official, {2022, 1, 1}, "service-public.fr, fiche F1726",
    "le certificat détérioré",
    "the damaged certificate"};
inline constexpr source duplicata_pages_2022_minor{"duplicata_pages_2022_minor", evidence::official, {2022, 1, 1}, "Pages « duplicata » conservées (2022)",
    "identité du mineur et du parent",
    "identity of the minor and the parent"};
inline constexpr source duplicata_pages_2022_lessor{"duplicata_pages_2022_lessor", evidence::official, {2022, 1, 1}, "Pages « duplicata » conservées (2022)",
    "le loueur dépose la demande ou donne mandat",
    "the lessor files or mandates"};
inline constexpr source route_r322_7_i_cerfa_13750{"route_r322_7_i_cerfa_13750", evidence::law, {2022, 1, 1}, "C. route, art. R.322-7 I ; cerfa 13750",
    "case changement d'adresse",
    "change of address box"};
inline constexpr source sp_address{"sp_address", evidence::official, {2022, 1, 1}, "service-public.fr",
    "changement d'adresse",
    "change of address"};
inline constexpr source route_r322_7_i_address{"route_r322_7_i_address", evidence::law, {2022, 1, 1}, "C. route, art. R.322-7 I",
    "justifier de la nouvelle adresse",
    "proof of the new address"};
inline constexpr source route_r322_7_ii_lessor{"route_r322_7_ii_lessor", evidence::law, {2022, 1, 1}, "C. route, art. R.322-7 II",
    "le locataire informe le loueur, qui déclare",
    "the lessee tells the lessor, who declares"};
inline constexpr source cerfa_13750{"cerfa_13750", evidence::official, {2022, 1, 1}, "Cerfa 13750",
    "demande de certificat d'immatriculation",
    "application for a registration certificate"};
inline constexpr source service_public{"service_public", evidence::official, {2022, 1, 1}, "service-public.fr",
    "fiche de la démarche",
    "the procedure's page"};
inline constexpr source sp_not_rechecked{"sp_not_rechecked", evidence::single_source, {2022, 1, 1}, "service-public.fr",
    "non revérifié",
    "not re-checked"};
inline constexpr source cerfa_13750_spouses{"cerfa_13750_spouses", evidence::official, {2022, 1, 1}, "Cerfa 13750",
    "signé par les deux époux ou partenaires",
    "signed by both spouses or partners"};
inline constexpr source route_r322_8_i_cerfa_13750{"route_r322_8_i_cerfa_13750", evidence::law, {2022, 1, 1}, "C. route, art. R.322-8 I ; cerfa 13750",
    "demande après une modification technique",
    "application after a technical change"};
inline constexpr source route_r322_8_i_r321_16{"route_r322_8_i_r321_16", evidence::law, {2022, 1, 1}, "C. route, art. R.322-8 I et R.321-16",
    "transformation notable",
    "notable transformation"};
inline constexpr source ants_correction{"ants_correction", evidence::single_source, {2022, 1, 1}, "ANTS",
    "justificatif de la correction, non revérifié",
    "proof of the correction, not re-checked"};
inline constexpr source arrete_2009_art9_cerfa_13752{"arrete_2009_art9_cerfa_13752", evidence::law, {2009, 2, 9}, "Arrêté du 9 février 2009, art. 9 ; cerfa 13752",
    "demande de certificat W garage",
    "W garage certificate application"};
inline constexpr source sp_f22637_representative{"sp_f22637_representative", evidence::official, {2022, 1, 1}, "service-public.fr, fiche F22637",
    "représentant de l'entreprise",
    "representative of the business"};
inline constexpr source arrete_2009_art9{"arrete_2009_art9", evidence::law, {2009, 2, 9}, "Arrêté du 9 février 2009, art. 9",
    "pièces du professionnel de l'automobile",
    "documents of the motor trade business"};
inline constexpr source assurances_l211_1{"assurances_l211_1", evidence::single_source, {2022, 1, 1}, "C. assurances, art. L.211-1",
    "liste non revérifiée",
    "list not re-checked"};
inline constexpr source cerfa_13750_collection{"cerfa_13750_collection", evidence::official, {2022, 1, 1}, "Cerfa 13750",
    "véhicule de collection",
    "collection vehicle"};
inline constexpr source ffve_notice_ownership{"ffve_notice_ownership", evidence::official, {2022, 1, 1}, "Notice de la FFVE",
    "certificat ou justificatif de l'origine de propriété",
    "certificate or proof of origin of ownership"};
inline constexpr source arrete_2009_ffve{"arrete_2009_ffve", evidence::law, {2009, 2, 9}, "Arrêté du 9 février 2009 ; attestation de la FFVE",
    "attestation de véhicule de collection",
    "collection vehicle attestation"};
inline constexpr source route_r323_22_collection{"route_r323_22_collection", evidence::single_source, {2022, 1, 1}, "C. route, art. R.323-22",
    "collection : tous les 5 ans",
    "collection: every 5 years"};
inline constexpr source sp_f1480_cerfa_13750{"sp_f1480_cerfa_13750", evidence::official, {2022, 1, 1}, "service-public.fr, fiche F1480 ; cerfa 13750",
    "succession : demande d'immatriculation",
    "inheritance: application for registration"};
inline constexpr source sp_f1480{"sp_f1480", evidence::official, {2022, 1, 1}, "service-public.fr, fiche F1480",
    "immatriculation après un décès",
    "registration after a death"};
inline constexpr source sp_f1480_lost{"sp_f1480_lost", evidence::official, {2022, 1, 1}, "service-public.fr, fiche F1480",
    "en cas de perte : cerfa 13753",
    "if lost: cerfa 13753"};
inline constexpr source sp_f1480_inspection{"sp_f1480_inspection", evidence::official, {2022, 1, 1}, "service-public.fr, fiche F1480",
    "véhicule de plus de 4 ans",
    "vehicle over 4 years"};
inline constexpr source sp_f1480_heirs{"sp_f1480_heirs", evidence::official, {2022, 1, 1}, "service-public.fr, fiche F1480",
    "certificat au nom de plusieurs héritiers",
    "certificate in the name of several heirs"};
inline constexpr source route_r322_5_i_owner_cerfa_13750{"route_r322_5_i_owner_cerfa_13750", evidence::law, {2022, 1, 1}, "C. route, art. R.322-5 I ; cerfa 13750",
    "changement de propriétaire",
    "change of owner"};
inline constexpr source route_r322_5_i{"route_r322_5_i", evidence::law, {2022, 1, 1}, "C. route, art. R.322-5 I",
    "changement de propriétaire : pièces à fournir",
    "change of owner: documents to provide"};
inline constexpr source route_r322_5_i_5_lessor{"route_r322_5_i_5_lessor", evidence::law, {2022, 1, 1}, "C. route, art. R.322-5 I, 5°",
    "barré par le loueur",
    "crossed out by the lessor"};
inline constexpr source route_r322_4_r322_5_i_2_lessor{"route_r322_4_r322_5_i_2_lessor", evidence::law, {2022, 1, 1}, "C. route, art. R.322-4 et R.322-5 I, 2°",
    "le loueur déclare la cession",
    "the lessor declares the transfer"};
inline constexpr source route_r322_5_i_6{"route_r322_5_i_6", evidence::law, {2022, 1, 1}, "C. route, art. R.322-5 I, 6°",
    "contrôle technique au changement de propriétaire",
    "technical inspection on a change of owner"};
inline constexpr source cerfa_13750_every_holder{"cerfa_13750_every_holder", evidence::official, {2022, 1, 1}, "Cerfa 13750",
    "signé par chaque titulaire",
    "signed by every holder"};
inline constexpr source co_holder_change{"co_holder_change", evidence::official, {2022, 1, 1}, "service-public.fr, fiche F10613",
    "ajout ou retrait d'un cotitulaire : la pièce d'identité de chaque cotitulaire",
    "adding or removing a co-holder: the identity of each co-holder"};
inline constexpr source route_r322_5_i_6_holder{"route_r322_5_i_6_holder", evidence::law, {2022, 1, 1}, "C. route, art. R.322-5 I, 6°",
    "changement de titulaire",
    "change of holder"};
inline constexpr source sp_usurpation_complaint{"sp_usurpation_complaint", evidence::official, {2022, 1, 1}, "service-public.fr",
    "plainte pour usurpation",
    "complaint for usurpation"};
inline constexpr source inspection_boxes_certificate{"inspection_boxes_certificate", evidence::official, {2022, 1, 1}, "service-public.fr, question-réponse F19707",
    "plus de case libre pour la vignette du contrôle technique : le certificat est réimprimé (SIV) ou réédité (FNI)",
    "no box left for the inspection sticker: the certificate is reprinted (SIV) or re-issued (FNI)"};
inline constexpr source inspection_boxes_inspection{"inspection_boxes_inspection", evidence::official, {2022, 1, 1}, "service-public.fr, question-réponse F19707",
    "le contrôle technique en cours de validité, dont la vignette ne tient plus sur le certificat",
    "the valid technical inspection, whose sticker no longer fits on the certificate"};
inline constexpr source route_r322_1_i_r322_5_i{"route_r322_1_i_r322_5_i", evidence::law, {2022, 1, 1}, "C. route, art. R.322-1 I et R.322-5 I",
    "véhicule de remplacement neuf ou d'occasion",
    "new or used replacement vehicle"};
inline constexpr source route_r322_1_i_3_r322_5_i_4{"route_r322_1_i_3_r322_5_i_4", evidence::law, {2022, 1, 1}, "C. route, art. R.322-1 I, 3°, et R.322-5 I, 4°",
    "justificatif de domicile, véhicule de remplacement",
    "proof of address, replacement vehicle"};
inline constexpr source route_r322_1_i_2_r322_5_i_3{"route_r322_1_i_2_r322_5_i_3", evidence::law, {2022, 1, 1}, "C. route, art. R.322-1 I, 2°, et R.322-5 I, 3°",
    "permis de conduire, véhicule de remplacement",
    "driving licence, replacement vehicle"};
inline constexpr source route_r322_1_i_1_r322_5_i_1{"route_r322_1_i_1_r322_5_i_1", evidence::law, {2022, 1, 1}, "C. route, art. R.322-1 I, 1°, et R.322-5 I, 1°",
    "attestation d'assurance, véhicule de remplacement",
    "proof of insurance, replacement vehicle"};
inline constexpr source simulator_2023_disaster{"simulator_2023_disaster", evidence::single_source, {2023, 12, 1}, "Données du simulateur officiel 2023",
    "la démarche existe ; pièces non confirmées",
    "the procedure exists; documents not confirmed"};
inline constexpr source route_r322_5_i_6_replacement{"route_r322_5_i_6_replacement", evidence::law, {2022, 1, 1}, "C. route, art. R.322-5 I, 6°",
    "véhicule de remplacement d'occasion",
    "used replacement vehicle"};
inline constexpr source route_r322_10_cerfa_13750{"route_r322_10_cerfa_13750", evidence::law, {2022, 1, 1}, "C. route, art. R.322-10 ; cerfa 13750",
    "demande de duplicata",
    "application for a duplicate"};
inline constexpr source route_r322_10{"route_r322_10", evidence::law, {2022, 1, 1}, "C. route, art. R.322-10",
    "duplicata : pièces à fournir",
    "duplicate: documents to provide"};
inline constexpr source sp_f1726_any_duplicata{"sp_f1726_any_duplicata", evidence::official, {2022, 1, 1}, "service-public.fr, fiche F1726",
    "comme tout duplicata",
    "as any duplicate"};
// clang-format on
}  // namespace src

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
// older): a later row for the same (procedure, document) replaces it. `source` says what the row rests on
// (its evidence, date, citation and notes: one of the sources above).
struct procedure_document_row {
    procedure key;
    date since;
    document doc;
    document_condition when;
    source_ref source;
};

inline constexpr procedure_document_row procedure_documents[] = {
    // procedure                              since                 document                              condition                            source
    {procedure::new_vehicle,               first_supported_date, document::new_vehicle_application,    document_condition::always,          src::route_r322_1_form_pages},
    {procedure::new_vehicle,               first_supported_date, document::identity,                   document_condition::always,          src::route_r322_1_i},
    {procedure::new_vehicle,               first_supported_date, document::proof_of_address,           document_condition::always,          src::route_r322_1_i_3},
    {procedure::new_vehicle,               first_supported_date, document::driving_licence,            document_condition::always,          src::route_r322_1_i_2},
    {procedure::new_vehicle,               first_supported_date, document::insurance,                  document_condition::always,          src::route_r322_1_i_1},
    {procedure::new_vehicle,               first_supported_date, document::certificate_of_conformity,  document_condition::always,          src::route_r322_1_i_4},
    {procedure::new_vehicle,               first_supported_date, document::purchase_proof,             document_condition::always,          src::arrete_2009_purchase},
    {procedure::new_vehicle,               first_supported_date, document::mandate,                    document_condition::third_party,     src::cerfa_13757_professional},
    {procedure::new_vehicle,               first_supported_date, document::guardian_identity,          document_condition::minor_holder,    src::sp_minor_holder},
    {procedure::new_vehicle,               first_supported_date, document::co_holder_identity,         document_condition::co_holder,       src::sp_f1726_co_holder},
    {procedure::new_vehicle,               first_supported_date, document::lessor_authorisation,       document_condition::leased,          src::route_r322_1_iv_lessor},
    {procedure::used,                      first_supported_date, document::application_form,           document_condition::always,          src::route_r322_5_i_cerfa_13750},
    {procedure::used,                      first_supported_date, document::identity,                   document_condition::always,          src::route_r322_5_i_r322_1},
    {procedure::used,                      first_supported_date, document::proof_of_address,           document_condition::always,          src::route_r322_5_i_4},
    {procedure::used,                      first_supported_date, document::driving_licence,            document_condition::always,          src::route_r322_5_i_3},
    {procedure::used,                      first_supported_date, document::insurance,                  document_condition::always,          src::route_r322_5_i_1},
    {procedure::used,                      first_supported_date, document::crossed_out_certificate,    document_condition::always,          src::route_r322_5_i_5},
    {procedure::used,                      first_supported_date, document::transfer_declaration,       document_condition::always,          src::route_r322_5_i_2_cerfa_15776},
    {procedure::used,                      first_supported_date, document::technical_inspection,       document_condition::inspection_due,  src::route_r322_5_i_6_sp_f1707},
    {procedure::used,                      first_supported_date, document::mandate,                    document_condition::third_party,     src::cerfa_13757},
    {procedure::used,                      first_supported_date, document::guardian_identity,          document_condition::minor_holder,    src::sp_minor_holder},
    {procedure::used,                      first_supported_date, document::co_holder_identity,         document_condition::co_holder,       src::sp_f1726_co_holder},
    {procedure::used,                      first_supported_date, document::lessor_authorisation,       document_condition::leased,          src::route_r322_1_iv},
    {procedure::import,                    first_supported_date, document::application_form,           document_condition::always,          src::route_r322_1_cerfa_13750},
    {procedure::import,                    first_supported_date, document::identity,                   document_condition::always,          src::route_r322_1_i},
    {procedure::import,                    first_supported_date, document::proof_of_address,           document_condition::always,          src::route_r322_1_i_3},
    {procedure::import,                    first_supported_date, document::driving_licence,            document_condition::always,          src::route_r322_1_i_2},
    {procedure::import,                    first_supported_date, document::insurance,                  document_condition::always,          src::route_r322_1_i_1},
    {procedure::import,                    first_supported_date, document::certificate_of_conformity,  document_condition::always,          src::route_r322_1_i_4},
    {procedure::import,                    first_supported_date, document::foreign_certificate,        document_condition::always,          src::sp_import_third_party},
    {procedure::import,                    first_supported_date, document::purchase_proof,             document_condition::always,          src::sp_import},
    {procedure::import,                    first_supported_date, document::tax_clearance,              document_condition::from_eu,         src::cgi_298_sexies},
    {procedure::import,                    first_supported_date, document::customs_certificate,        document_condition::from_outside_eu, src::customs_846a},
    {procedure::import,                    first_supported_date, document::technical_inspection,       document_condition::inspection_due,  src::sp_import_inspection},
    {procedure::import,                    first_supported_date, document::mandate,                    document_condition::third_party,     src::cerfa_13757},
    {procedure::import,                    first_supported_date, document::guardian_identity,          document_condition::minor_holder,    src::sp_minor_holder},
    {procedure::import,                    first_supported_date, document::co_holder_identity,         document_condition::co_holder,       src::sp_f1726_co_holder},
    {procedure::import,                    first_supported_date, document::lessor_authorisation,       document_condition::leased,          src::route_r322_1_iv},
    {procedure::duplicate,                 first_supported_date, document::application_form,           document_condition::always,          src::route_r322_10_cerfa_13750_box},
    {procedure::duplicate,                 first_supported_date, document::identity,                   document_condition::always,          src::route_r322_10_owner},
    {procedure::duplicate,                 first_supported_date, document::proof_of_address,           document_condition::always,          src::sp_f1726},
    {procedure::duplicate,                 first_supported_date, document::valid_technical_inspection, document_condition::inspection_due,  src::sp_f1726_inspection},
    {procedure::duplicate,                 first_supported_date, document::theft_declaration,          document_condition::theft,           src::sp_f1726_theft},
    {procedure::duplicate,                 first_supported_date, document::loss_declaration,           document_condition::loss,            src::duplicata_pages_2022_loss},
    {procedure::duplicate,                 first_supported_date, document::damaged_certificate,        document_condition::damage,          src::sp_f1726_damaged},
    {procedure::duplicate,                 first_supported_date, document::mandate,                    document_condition::third_party,     src::cerfa_13757},
    {procedure::duplicate,                 first_supported_date, document::guardian_identity,          document_condition::minor_holder,    src::duplicata_pages_2022_minor},
    {procedure::duplicate,                 first_supported_date, document::co_holder_identity,         document_condition::co_holder,       src::sp_f1726_co_holder},
    {procedure::duplicate,                 first_supported_date, document::lessor_authorisation,       document_condition::leased,          src::duplicata_pages_2022_lessor},
    {procedure::address,                   first_supported_date, document::application_form,           document_condition::always,          src::route_r322_7_i_cerfa_13750},
    {procedure::address,                   first_supported_date, document::identity,                   document_condition::always,          src::sp_address},
    {procedure::address,                   first_supported_date, document::proof_of_address,           document_condition::always,          src::route_r322_7_i_address},
    {procedure::address,                   first_supported_date, document::current_certificate,        document_condition::always,          src::sp_address},
    {procedure::address,                   first_supported_date, document::mandate,                    document_condition::third_party,     src::cerfa_13757},
    {procedure::address,                   first_supported_date, document::guardian_identity,          document_condition::minor_holder,    src::sp_minor_holder},
    {procedure::address,                   first_supported_date, document::co_holder_identity,         document_condition::co_holder,       src::sp_f1726_co_holder},
    {procedure::address,                   first_supported_date, document::lessor_authorisation,       document_condition::leased,          src::route_r322_7_ii_lessor},
    {procedure::civil_status,              first_supported_date, document::application_form,           document_condition::always,          src::cerfa_13750},
    {procedure::civil_status,              first_supported_date, document::identity,                   document_condition::always,          src::service_public},
    {procedure::civil_status,              first_supported_date, document::proof_of_address,           document_condition::always,          src::service_public},
    {procedure::civil_status,              first_supported_date, document::current_certificate,        document_condition::always,          src::service_public},
    {procedure::civil_status,              first_supported_date, document::civil_status_proof,         document_condition::always,          src::service_public},
    {procedure::civil_status,              first_supported_date, document::valid_technical_inspection, document_condition::inspection_due,  src::sp_not_rechecked},
    {procedure::civil_status,              first_supported_date, document::mandate,                    document_condition::third_party,     src::cerfa_13757},
    {procedure::civil_status,              first_supported_date, document::guardian_identity,          document_condition::minor_holder,    src::sp_minor_holder},
    {procedure::civil_status,              first_supported_date, document::co_holder_identity,         document_condition::co_holder,       src::sp_f1726_co_holder},
    {procedure::civil_status,              first_supported_date, document::lessor_authorisation,       document_condition::leased,          src::route_r322_1_iv},
    {procedure::spouse,                    first_supported_date, document::application_form,           document_condition::always,          src::cerfa_13750_spouses},
    {procedure::spouse,                    first_supported_date, document::identity,                   document_condition::always,          src::service_public},
    {procedure::spouse,                    first_supported_date, document::proof_of_address,           document_condition::always,          src::service_public},
    {procedure::spouse,                    first_supported_date, document::current_certificate,        document_condition::always,          src::service_public},
    {procedure::spouse,                    first_supported_date, document::union_proof,                document_condition::always,          src::service_public},
    {procedure::spouse,                    first_supported_date, document::valid_technical_inspection, document_condition::inspection_due,  src::sp_not_rechecked},
    {procedure::spouse,                    first_supported_date, document::mandate,                    document_condition::third_party,     src::cerfa_13757},
    {procedure::spouse,                    first_supported_date, document::co_holder_identity,         document_condition::co_holder,       src::sp_f1726_co_holder},
    {procedure::technical,                 first_supported_date, document::application_form,           document_condition::always,          src::route_r322_8_i_cerfa_13750},
    {procedure::technical,                 first_supported_date, document::identity,                   document_condition::always,          src::service_public},
    {procedure::technical,                 first_supported_date, document::proof_of_address,           document_condition::always,          src::service_public},
    {procedure::technical,                 first_supported_date, document::current_certificate,        document_condition::always,          src::service_public},
    {procedure::technical,                 first_supported_date, document::reception_report,           document_condition::always,          src::route_r322_8_i_r321_16},
    {procedure::technical,                 first_supported_date, document::mandate,                    document_condition::third_party,     src::cerfa_13757},
    {procedure::technical,                 first_supported_date, document::guardian_identity,          document_condition::minor_holder,    src::sp_minor_holder},
    {procedure::technical,                 first_supported_date, document::co_holder_identity,         document_condition::co_holder,       src::sp_f1726_co_holder},
    {procedure::technical,                 first_supported_date, document::lessor_authorisation,       document_condition::leased,          src::route_r322_1_iv},
    {procedure::correction,                first_supported_date, document::application_form,           document_condition::always,          src::cerfa_13750},
    {procedure::correction,                first_supported_date, document::identity,                   document_condition::always,          src::service_public},
    {procedure::correction,                first_supported_date, document::current_certificate,        document_condition::always,          src::service_public},
    {procedure::correction,                first_supported_date, document::correction_proof,           document_condition::always,          src::ants_correction},
    {procedure::correction,                first_supported_date, document::mandate,                    document_condition::third_party,     src::cerfa_13757},
    {procedure::w_garage,                  first_supported_date, document::w_garage_form,              document_condition::always,          src::arrete_2009_art9_cerfa_13752},
    {procedure::w_garage,                  first_supported_date, document::identity,                   document_condition::always,          src::sp_f22637_representative},
    {procedure::w_garage,                  first_supported_date, document::business_registration,      document_condition::always,          src::arrete_2009_art9},
    {procedure::w_garage,                  first_supported_date, document::automotive_activity_proof,  document_condition::always,          src::arrete_2009_art9},
    {procedure::w_garage,                  first_supported_date, document::insurance,                  document_condition::always,          src::assurances_l211_1},
    {procedure::w_garage,                  first_supported_date, document::mandate,                    document_condition::third_party,     src::cerfa_13757},
    {procedure::collection,                first_supported_date, document::application_form,           document_condition::always,          src::cerfa_13750_collection},
    {procedure::collection,                first_supported_date, document::identity,                   document_condition::always,          src::service_public},
    {procedure::collection,                first_supported_date, document::proof_of_address,           document_condition::always,          src::service_public},
    {procedure::collection,                first_supported_date, document::current_certificate,        document_condition::always,          src::ffve_notice_ownership},
    {procedure::collection,                first_supported_date, document::collection_attestation,     document_condition::always,          src::arrete_2009_ffve},
    {procedure::collection,                first_supported_date, document::valid_technical_inspection, document_condition::inspection_due,  src::route_r323_22_collection},
    {procedure::collection,                first_supported_date, document::mandate,                    document_condition::third_party,     src::cerfa_13757},
    {procedure::collection,                first_supported_date, document::guardian_identity,          document_condition::minor_holder,    src::sp_minor_holder},
    {procedure::collection,                first_supported_date, document::co_holder_identity,         document_condition::co_holder,       src::sp_f1726_co_holder},
    {procedure::inheritance,               first_supported_date, document::application_form,           document_condition::always,          src::sp_f1480_cerfa_13750},
    {procedure::inheritance,               first_supported_date, document::identity,                   document_condition::always,          src::sp_f1480},
    {procedure::inheritance,               first_supported_date, document::proof_of_address,           document_condition::always,          src::sp_f1480},
    {procedure::inheritance,               first_supported_date, document::current_certificate,        document_condition::always,          src::sp_f1480_lost},
    {procedure::inheritance,               first_supported_date, document::inheritance_proof,          document_condition::always,          src::sp_f1480},
    {procedure::inheritance,               first_supported_date, document::valid_technical_inspection, document_condition::inspection_due,  src::sp_f1480_inspection},
    {procedure::inheritance,               first_supported_date, document::mandate,                    document_condition::third_party,     src::cerfa_13757},
    {procedure::inheritance,               first_supported_date, document::guardian_identity,          document_condition::minor_holder,    src::sp_minor_holder},
    {procedure::inheritance,               first_supported_date, document::co_holder_identity,         document_condition::co_holder,       src::sp_f1480_heirs},
    {procedure::lease_buyout,              first_supported_date, document::application_form,           document_condition::always,          src::route_r322_5_i_owner_cerfa_13750},
    {procedure::lease_buyout,              first_supported_date, document::identity,                   document_condition::always,          src::route_r322_5_i},
    {procedure::lease_buyout,              first_supported_date, document::proof_of_address,           document_condition::always,          src::route_r322_5_i_4},
    {procedure::lease_buyout,              first_supported_date, document::driving_licence,            document_condition::always,          src::route_r322_5_i_3},
    {procedure::lease_buyout,              first_supported_date, document::insurance,                  document_condition::always,          src::route_r322_5_i_1},
    {procedure::lease_buyout,              first_supported_date, document::crossed_out_certificate,    document_condition::always,          src::route_r322_5_i_5_lessor},
    {procedure::lease_buyout,              first_supported_date, document::transfer_declaration,       document_condition::always,          src::route_r322_4_r322_5_i_2_lessor},
    {procedure::lease_buyout,              first_supported_date, document::technical_inspection,       document_condition::inspection_due,  src::route_r322_5_i_6},
    {procedure::lease_buyout,              first_supported_date, document::mandate,                    document_condition::third_party,     src::cerfa_13757},
    {procedure::lease_buyout,              first_supported_date, document::co_holder_identity,         document_condition::co_holder,       src::sp_f1726_co_holder},
    {procedure::co_owner,                  first_supported_date, document::application_form,           document_condition::always,          src::cerfa_13750_every_holder},
    {procedure::co_owner,                  first_supported_date, document::identity,                   document_condition::always,          src::service_public},
    {procedure::co_owner,                  first_supported_date, document::proof_of_address,           document_condition::always,          src::service_public},
    {procedure::co_owner,                  first_supported_date, document::current_certificate,        document_condition::always,          src::service_public},
    {procedure::co_owner,                  first_supported_date, document::co_holder_identity,         document_condition::always,          src::co_holder_change},
    {procedure::co_owner,                  first_supported_date, document::technical_inspection,       document_condition::inspection_due,  src::route_r322_5_i_6_holder},
    {procedure::co_owner,                  first_supported_date, document::mandate,                    document_condition::third_party,     src::cerfa_13757},
    {procedure::co_owner,                  first_supported_date, document::guardian_identity,          document_condition::minor_holder,    src::sp_minor_holder},
    {procedure::usurpation,                first_supported_date, document::application_form,           document_condition::always,          src::cerfa_13750},
    {procedure::usurpation,                first_supported_date, document::identity,                   document_condition::always,          src::service_public},
    {procedure::usurpation,                first_supported_date, document::proof_of_address,           document_condition::always,          src::service_public},
    {procedure::usurpation,                first_supported_date, document::current_certificate,        document_condition::always,          src::service_public},
    {procedure::usurpation,                first_supported_date, document::usurpation_complaint,       document_condition::always,          src::sp_usurpation_complaint},
    {procedure::usurpation,                first_supported_date, document::mandate,                    document_condition::third_party,     src::cerfa_13757},
    {procedure::usurpation,                first_supported_date, document::guardian_identity,          document_condition::minor_holder,    src::sp_minor_holder},
    {procedure::usurpation,                first_supported_date, document::co_holder_identity,         document_condition::co_holder,       src::sp_f1726_co_holder},
    {procedure::usurpation,                first_supported_date, document::lessor_authorisation,       document_condition::leased,          src::route_r322_1_iv},
    {procedure::inspection_boxes,          first_supported_date, document::application_form,           document_condition::always,          src::cerfa_13750},
    {procedure::inspection_boxes,          first_supported_date, document::identity,                   document_condition::always,          src::service_public},
    {procedure::inspection_boxes,          first_supported_date, document::proof_of_address,           document_condition::always,          src::service_public},
    {procedure::inspection_boxes,          first_supported_date, document::current_certificate,        document_condition::always,          src::inspection_boxes_certificate},
    {procedure::inspection_boxes,          first_supported_date, document::valid_technical_inspection, document_condition::always,          src::inspection_boxes_inspection},
    {procedure::inspection_boxes,          first_supported_date, document::mandate,                    document_condition::third_party,     src::cerfa_13757},
    {procedure::inspection_boxes,          first_supported_date, document::co_holder_identity,         document_condition::co_holder,       src::sp_f1726_co_holder},
    {procedure::inspection_boxes,          first_supported_date, document::lessor_authorisation,       document_condition::leased,          src::route_r322_1_iv},
    {procedure::disaster_replacement,      first_supported_date, document::application_form,           document_condition::always,          src::cerfa_13750},
    {procedure::disaster_replacement,      first_supported_date, document::identity,                   document_condition::always,          src::route_r322_1_i_r322_5_i},
    {procedure::disaster_replacement,      first_supported_date, document::proof_of_address,           document_condition::always,          src::route_r322_1_i_3_r322_5_i_4},
    {procedure::disaster_replacement,      first_supported_date, document::driving_licence,            document_condition::always,          src::route_r322_1_i_2_r322_5_i_3},
    {procedure::disaster_replacement,      first_supported_date, document::insurance,                  document_condition::always,          src::route_r322_1_i_1_r322_5_i_1},
    {procedure::disaster_replacement,      first_supported_date, document::disaster_proof,             document_condition::always,          src::simulator_2023_disaster},
    {procedure::disaster_replacement,      first_supported_date, document::technical_inspection,       document_condition::inspection_due,  src::route_r322_5_i_6_replacement},
    {procedure::disaster_replacement,      first_supported_date, document::mandate,                    document_condition::third_party,     src::cerfa_13757},
    {procedure::disaster_replacement,      first_supported_date, document::guardian_identity,          document_condition::minor_holder,    src::sp_minor_holder},
    {procedure::disaster_replacement,      first_supported_date, document::co_holder_identity,         document_condition::co_holder,       src::sp_f1726_co_holder},
    {procedure::disaster_duplicate,        first_supported_date, document::application_form,           document_condition::always,          src::route_r322_10_cerfa_13750},
    {procedure::disaster_duplicate,        first_supported_date, document::identity,                   document_condition::always,          src::route_r322_10},
    {procedure::disaster_duplicate,        first_supported_date, document::proof_of_address,           document_condition::always,          src::sp_f1726},
    {procedure::disaster_duplicate,        first_supported_date, document::disaster_proof,             document_condition::always,          src::simulator_2023_disaster},
    {procedure::disaster_duplicate,        first_supported_date, document::valid_technical_inspection, document_condition::inspection_due,  src::sp_f1726_any_duplicata},
    {procedure::disaster_duplicate,        first_supported_date, document::mandate,                    document_condition::third_party,     src::cerfa_13757},
    {procedure::disaster_duplicate,        first_supported_date, document::co_holder_identity,         document_condition::co_holder,       src::sp_f1726_co_holder},
    {procedure::disaster_duplicate,        first_supported_date, document::lessor_authorisation,       document_condition::leased,          src::route_r322_1_iv},
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
                      return static_cast<bool>(r.source) && !(r.since < first_supported_date) &&
                             static_cast<std::size_t>(r.when) < condition_count;
                  }) && cartegrise::detail::every_key_present<procedure_documents, procedure_count>(),
              "cartegrise: procedure documents grouped by procedure, dated in order per document, sourced, within a document_list");

// The newest start date of the table: the list used when the caller gives no application date.
inline constexpr date procedure_documents_vintage = cartegrise::detail::latest_since(procedure_documents);

constexpr const document_info& info(document d) noexcept { return cartegrise::detail::row_of(documents, d); }

}  // namespace data

CARTEGRISE_END_NAMESPACE

#endif
