// The labels of the procedures wing, in French and English: documents, the conditions that make them
// required, the deadlines and the events they count from.
#ifndef CARTEGRISE_TEXT_PROCEDURE_LABELS_HPP
#define CARTEGRISE_TEXT_PROCEDURE_LABELS_HPP

#include <string_view>

#include "../deadline_kinds.hpp"
#include "../document_kinds.hpp"
#include "labels.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

namespace detail::text {
// clang-format off
inline constexpr label_pair document_labels[] = {
    {"Demande de certificat d'immatriculation (cerfa 13750), signée par le titulaire et chaque cotitulaire", "Application for a registration certificate (cerfa 13750), signed by the holder and each co-holder"},
    {"Demande d'immatriculation d'un véhicule neuf (cerfa 13749)", "Application for the registration of a new vehicle (cerfa 13749)"},
    {"Justificatif d'identité en cours de validité", "Valid proof of identity"},
    {"Justificatif de domicile de moins de 6 mois", "Proof of address less than 6 months old"},
    {"Permis de conduire de la catégorie du véhicule", "Driving licence for the vehicle's category"},
    {"Attestation d'assurance du véhicule", "Insurance certificate of the vehicle"},
    {"Ancien certificat d'immatriculation barré, avec la mention « vendu le » ou « cédé le », daté et signé par le vendeur", "Former registration certificate crossed out, marked \"sold on\" or \"transferred on\", dated and signed by the seller"},
    {"Déclaration de cession (cerfa 15776) originale, sans rature, signée du vendeur et de l'acheteur", "Original declaration of transfer (cerfa 15776), unaltered, signed by seller and buyer"},
    {"Procès-verbal de contrôle technique de moins de 6 mois (2 mois en cas de contre-visite)", "Technical inspection report less than 6 months old (2 months if a re-inspection was prescribed)"},
    {"Procès-verbal de contrôle technique en cours de validité", "Technical inspection report still valid"},
    {"Certificat de conformité européen (COC) ou procès-verbal de réception", "EC certificate of conformity (COC) or reception report"},
    {"Facture d'achat ou certificat de vente", "Purchase invoice or certificate of sale"},
    {"Certificat d'immatriculation étranger original", "Original foreign registration certificate"},
    {"Quitus fiscal délivré par le service des impôts", "Tax clearance certificate (quitus fiscal) from the tax office"},
    {"Certificat de dédouanement 846A délivré par la douane", "Customs clearance certificate 846A"},
    {"Mandat d'immatriculation (cerfa 13757) signé par le titulaire, et copie de sa pièce d'identité", "Registration mandate (cerfa 13757) signed by the holder, with a copy of the holder's identity document"},
    {"Justificatif d'identité du parent ou représentant légal, qui signe la demande", "Proof of identity of the parent or legal guardian, who signs the application"},
    {"Justificatif d'identité de chaque cotitulaire", "Proof of identity of each co-holder"},
    {"Mandat ou accord du loueur, titulaire du certificat (crédit-bail, LOA, LLD)", "Mandate or agreement of the lessor, who holds the certificate (lease, LOA, LLD)"},
    {"Déclaration de vol (cerfa 13753) visée par la police ou la gendarmerie", "Declaration of theft (cerfa 13753) stamped by the police or gendarmerie"},
    {"Déclaration de perte (cerfa 13753) complétée et signée", "Declaration of loss (cerfa 13753), filled in and signed"},
    {"Certificat d'immatriculation détérioré (original ou copie recto verso)", "Damaged registration certificate (original or two-sided copy)"},
    {"Certificat d'immatriculation actuel", "Current registration certificate"},
    {"Justificatif du changement d'état civil ou de dénomination (acte d'état civil, jugement, extrait Kbis)", "Proof of the change of civil status or company name (civil record, judgment, Kbis extract)"},
    {"Acte de mariage, livret de famille, attestation de PACS, jugement de divorce ou acte de décès", "Marriage record, family record book, PACS certificate, divorce judgment or death record"},
    {"Procès-verbal de réception à titre isolé (DREAL) ou attestation de conformité de la transformation", "Individual reception report (DREAL) or certificate of conformity of the transformation"},
    {"Attestation de véhicule de collection (FFVE ou constructeur)", "Collection-vehicle attestation (FFVE or manufacturer)"},
    {"Attestation du notaire, acte de notoriété ou certificat d'hérédité", "Notary's attestation, acte de notoriété or certificate of inheritance"},
    {"Récépissé de plainte pour usurpation du numéro et pièces la prouvant (avis de contravention)", "Receipt of the complaint for usurpation of the number, and evidence (fine notices)"},
    {"Pièce établissant la donnée exacte (certificat de conformité, acte d'état civil)", "Document establishing the correct value (certificate of conformity, civil record)"},
    {"Justificatif de la destruction du véhicule par une catastrophe naturelle (attestation de l'assureur)", "Proof that the vehicle was destroyed by a natural disaster (insurer's statement)"},
    {"Demande de certificat W garage (cerfa 13752)", "Application for a W garage certificate (cerfa 13752)"},
    {"Extrait Kbis ou inscription au répertoire des métiers", "Kbis extract or trade register entry"},
    {"Justificatif de l'activité de professionnel de l'automobile", "Proof of an automotive trade activity"},
};
// "si ..." / "if ..." clauses.
inline constexpr label_pair condition_labels[] = {
    {"dans tous les cas", "in every case"},
    {"si le véhicule a 4 ans ou plus et est soumis au contrôle technique", "if the vehicle is 4 years old or more and subject to technical inspection"},
    {"si le titulaire est mineur", "if the holder is a minor"},
    {"s'il y a un cotitulaire", "if there is a co-holder"},
    {"si le véhicule est loué (crédit-bail, LOA, LLD)", "if the vehicle is leased (lease, LOA, LLD)"},
    {"si un tiers fait la démarche", "if a third party files the application"},
    {"en cas de vol", "after a theft"},
    {"en cas de perte", "after a loss"},
    {"en cas de détérioration", "after damage"},
    {"si le véhicule vient d'un État de l'Union européenne", "if the vehicle comes from an EU member state"},
    {"si le véhicule vient d'un État hors Union européenne", "if the vehicle comes from outside the EU"},
    {"plus demandé", "no longer required"},
};
inline constexpr label_pair deadline_kind_labels[] = {
    {"Demande à déposer au plus tard le", "Application due by"},
    {"Déclaration de cession par le vendeur au plus tard le", "Seller's declaration of transfer due by"},
    {"Déclaration par le loueur au plus tard le", "Lessor's declaration due by"},
    {"Certificat provisoire (CPI) valable jusqu'au", "Provisional certificate (CPI) valid until"},
    {"Récépissé de déclaration valable jusqu'au", "Declaration receipt valid until"},
    {"Vente possible sans nouvelle immatriculation jusqu'au", "Sale without re-registration possible until"},
    {"Certificat W garage valable jusqu'au", "W garage certificate valid until"},
    {"Réception habituelle du certificat vers le", "Certificate usually delivered by"},
};
inline constexpr label_pair deadline_event_labels[] = {
    {"date de la cession", "date of the transfer"},
    {"date d'acquisition", "date of acquisition"},
    {"date du changement de domicile", "date of the move"},
    {"date de la transformation", "date of the transformation"},
    {"date de la déclaration", "date of the declaration"},
    {"réception de la déclaration du locataire", "receipt of the lessee's notice"},
    {"date de délivrance", "date of issuance"},
    {"date du décès", "date of death"},
    {"date de la demande", "date of the application"},
};
// clang-format on
static_assert(sizeof(document_labels) / sizeof(label_pair) == document_count &&
                  sizeof(condition_labels) / sizeof(label_pair) == document_condition_count &&
                  sizeof(deadline_kind_labels) / sizeof(label_pair) == deadline_kind_count &&
                  sizeof(deadline_event_labels) / sizeof(label_pair) == deadline_event_count,
              "cartegrise: one label per document, condition, deadline kind and event");
}  // namespace detail::text

constexpr std::string_view label(document d, lang lg) noexcept { return detail::text::label_of(detail::text::document_labels, d, lg); }
constexpr std::string_view label(document_condition c, lang lg) noexcept { return detail::text::label_of(detail::text::condition_labels, c, lg); }
constexpr std::string_view label(deadline_kind k, lang lg) noexcept { return detail::text::label_of(detail::text::deadline_kind_labels, k, lg); }
constexpr std::string_view label(deadline_event e, lang lg) noexcept { return detail::text::label_of(detail::text::deadline_event_labels, e, lg); }

CARTEGRISE_END_NAMESPACE

#endif
