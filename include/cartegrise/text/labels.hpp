// Labels of the vocabulary, in French and English: genres, energies, procedures, the boxes of the
// certificate, the vehicle classes and energy families of the rules, and what a figure rests on.
#ifndef CARTEGRISE_TEXT_LABELS_HPP
#define CARTEGRISE_TEXT_LABELS_HPP

#include <cstddef>
#include <string_view>

#include "../source.hpp"
#include "../procedure.hpp"
#include "../steps.hpp"
#include "../vehicle.hpp"
#include "lang.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

namespace detail::text {
struct label_pair {
    std::string_view fr;
    std::string_view en;
    [[nodiscard]] constexpr std::string_view in(lang lg) const noexcept { return lg == lang::en ? en : fr; }
};
template <class Enum, std::size_t N>
constexpr std::string_view label_of(const label_pair (&labels)[N], Enum value, lang lg) noexcept {
    const auto i = static_cast<std::size_t>(value);
    return i < N ? labels[i].in(lg) : std::string_view{"?"};
}

// clang-format off
inline constexpr label_pair genre_labels[] = {
    {"voiture particulière (M1)", "passenger car (M1)"},
    {"camionnette (N1)", "light commercial vehicle (N1)"},
    {"véhicule automoteur spécialisé", "special-purpose vehicle"},
    {"motocyclette légère ≤ 125 cm³ (L3e, L4e)", "light motorcycle ≤ 125 cm³ (L3e, L4e)"},
    {"motocyclette > 125 cm³, ≤ 25 kW", "motorcycle > 125 cm³, ≤ 25 kW"},
    {"motocyclette > 25 kW", "motorcycle > 25 kW"},
    {"motocyclette électrique", "electric motorcycle"},
    {"motocyclette (ancien genre)", "motorcycle (former genre)"},
    {"cyclomoteur ≤ 50 cm³ (L1e, L2e)", "moped ≤ 50 cm³ (L1e, L2e)"},
    {"cyclomoteur à trois roues (L2e)", "three-wheeled moped (L2e)"},
    {"tricycle à moteur (L5e)", "motor tricycle (L5e)"},
    {"quadricycle à moteur (L6e, L7e)", "motor quadricycle (L6e, L7e)"},
    {"camion (N2, N3)", "truck (N2, N3)"},
    {"transport en commun de personnes (M2, M3)", "bus or coach (M2, M3)"},
    {"tracteur routier", "road tractor"},
    {"tracteur agricole (T)", "agricultural tractor (T)"},
    {"machine agricole automotrice (C)", "self-propelled agricultural machine (C)"},
    {"machine ou instrument agricole remorqué", "towed agricultural machine or implement"},
    {"remorque agricole", "agricultural trailer"},
    {"semi-remorque agricole", "agricultural semi-trailer"},
    {"remorque", "trailer"},
    {"semi-remorque", "semi-trailer"},
    {"remorque spécialisée (caravane)", "special trailer (caravan)"},
    {"semi-remorque spécialisée", "special semi-trailer"},
    {"remorque pour transport combiné", "combined-transport trailer"},
    {"semi-remorque pour transport combiné", "combined-transport semi-trailer"},
    {"semi-remorque avant-train", "semi-trailer with front axle"},
};
inline constexpr label_pair energy_labels[] = {
    {"essence", "petrol"},
    {"gazole", "diesel"},
    {"électricité", "electricity"},
    {"hydrogène", "hydrogen"},
    {"hydrogène-électricité rechargeable", "hydrogen-electric, plug-in"},
    {"hydrogène-électricité non rechargeable", "hydrogen-electric, not plug-in"},
    {"essence-électricité rechargeable", "petrol-electric, plug-in"},
    {"essence-électricité non rechargeable", "petrol-electric, not plug-in"},
    {"gazole-électricité rechargeable", "diesel-electric, plug-in"},
    {"gazole-électricité non rechargeable", "diesel-electric, not plug-in"},
    {"GPL", "LPG"},
    {"bicarburation essence-GPL", "petrol-LPG bi-fuel"},
    {"essence-GPL-électricité rechargeable", "petrol-LPG-electric, plug-in"},
    {"essence-GPL-électricité non rechargeable", "petrol-LPG-electric, not plug-in"},
    {"gazole-GPL", "diesel-LPG"},
    {"GPL-électricité rechargeable", "LPG-electric, plug-in"},
    {"GPL-électricité non rechargeable", "LPG-electric, not plug-in"},
    {"gaz naturel", "natural gas"},
    {"bicarburation essence-gaz naturel", "petrol-natural gas bi-fuel"},
    {"gazole-gaz naturel (dual fuel)", "diesel-natural gas (dual fuel)"},
    {"gaz naturel (autre)", "natural gas (other)"},
    {"essence-gaz naturel-électricité rechargeable", "petrol-natural gas-electric, plug-in"},
    {"essence-gaz naturel-électricité non rechargeable", "petrol-natural gas-electric, not plug-in"},
    {"gazole-gaz naturel-électricité rechargeable", "diesel-natural gas-electric, plug-in"},
    {"gazole-gaz naturel-électricité non rechargeable", "diesel-natural gas-electric, not plug-in"},
    {"gaz naturel-électricité rechargeable", "natural gas-electric, plug-in"},
    {"gaz naturel-électricité non rechargeable", "natural gas-electric, not plug-in"},
    {"superéthanol E85", "E85 superethanol"},
    {"essence-superéthanol", "petrol-superethanol"},
    {"superéthanol-gaz naturel", "superethanol-natural gas"},
    {"superéthanol-électricité rechargeable", "superethanol-electric, plug-in"},
    {"superéthanol-électricité non rechargeable", "superethanol-electric, not plug-in"},
    {"éthanol", "ethanol"},
    {"gazogène", "producer gas"},
    {"autres hydrocarbures gazeux comprimés", "other compressed gaseous hydrocarbons"},
    {"gazogène-gazole", "producer gas-diesel"},
    {"gazogène-essence", "producer gas-petrol"},
    {"pétrole lampant", "kerosene"},
    {"air comprimé", "compressed air"},
};
inline constexpr label_pair procedure_labels[] = {
    {"Première immatriculation en France d'un véhicule neuf", "First registration in France of a new vehicle"},
    {"Véhicule d'occasion : changement de titulaire", "Used vehicle: change of owner"},
    {"Première immatriculation en France d'un véhicule immatriculé à l'étranger", "First French registration of a vehicle registered abroad"},
    {"Duplicata (perte, vol, détérioration)", "Duplicate (loss, theft, damage)"},
    {"Changement d'adresse", "Change of address"},
    {"Changement d'état civil ou de dénomination sociale", "Change of civil status or company name"},
    {"Ajout ou suppression du nom d'un époux ou partenaire", "Adding or removing a spouse or partner"},
    {"Modification des caractéristiques techniques", "Change of technical characteristics"},
    {"Correction d'une erreur de saisie de l'administration", "Correction of an administration input error"},
    {"Certificat W garage ou WW", "W garage or WW certificate"},
    {"Passage en véhicule de collection", "Conversion to collection vehicle"},
    {"Héritage (hors conjoint survivant)", "Inheritance (other than the surviving spouse)"},
    {"Achat par le locataire (crédit-bail, LOA, LLD)", "Purchase by the lessee (lease buy-out)"},
    {"Ajout ou suppression d'un cotitulaire (hors conjoint)", "Adding or removing a co-owner (other than a spouse)"},
    {"Usurpation du numéro d'immatriculation", "Usurpation of the registration number"},
    {"Cases du contrôle technique toutes utilisées", "All technical-inspection boxes used"},
    {"Véhicule acquis en remplacement d'un véhicule détruit par une catastrophe naturelle", "Vehicle replacing one destroyed by a natural disaster"},
    {"Duplicata d'un certificat détruit par une catastrophe naturelle", "Duplicate of a certificate destroyed by a natural disaster"},
};
inline constexpr label_pair fee_line_labels[] = {
    {"Taxe régionale", "Regional tax"},
    {"Taxe sur les véhicules de transport", "Transport vehicle tax"},
    {"Malus (CO2 et masse)", "Malus (CO2 and mass)"},
    {"Taxe fixe", "Fixed tax"},
    {"Redevance d'acheminement", "Delivery fee"},
    {"Total", "Total"},
};
// The classes of vehicle_class, with the article a sentence needs.
inline constexpr label_pair vehicle_class_labels[] = {
    {"une voiture particulière (VP, M1)", "a passenger car (VP, M1)"},
    {"une camionnette (CTTE, N1)", "a light commercial vehicle (CTTE, N1)"},
    {"un véhicule automoteur spécialisé (VASP) de 3,5 t au plus", "a special-purpose vehicle (VASP) of 3.5 t or less"},
    {"un véhicule automoteur spécialisé (VASP) de plus de 3,5 t", "a special-purpose vehicle (VASP) over 3.5 t"},
    {"une motocyclette (L3e, L4e)", "a motorcycle (L3e, L4e)"},
    {"un tricycle à moteur (TM, L5e)", "a motor tricycle (TM, L5e)"},
    {"un quadricycle à moteur (QM, L6e, L7e)", "a quadricycle (QM, L6e, L7e)"},
    {"un cyclomoteur de 50 cm³ au plus (CL, CYCL)", "a moped of 50 cm³ or less (CL, CYCL)"},
    {"un camion de PTAC supérieur à 3,5 t et inférieur à 6 t", "a truck of more than 3.5 t and less than 6 t GVW"},
    {"un camion de PTAC de 6 t à moins de 11 t", "a truck of 6 t to less than 11 t GVW"},
    {"un camion de PTAC de 11 t ou plus", "a truck of 11 t GVW or more"},
    {"un autobus ou autocar (TCP, M2, M3)", "a bus or coach (TCP, M2, M3)"},
    {"un tracteur routier de 3,5 t au plus (N1)", "a road tractor of 3.5 t or less (N1)"},
    {"un tracteur routier de plus de 3,5 t", "a road tractor over 3.5 t"},
    {"un véhicule agricole ou forestier", "an agricultural or forestry vehicle"},
    {"une remorque, semi-remorque ou caravane", "a trailer, semi-trailer or caravan"},
};
// The energy families of the clean-vehicle rules, with their article.
inline constexpr label_pair energy_family_labels[] = {
    {"un véhicule à carburant conventionnel", "a conventional-fuel vehicle"},
    {"un véhicule électrique ou à hydrogène", "an electric or hydrogen vehicle"},
    {"un hybride rechargeable", "a plug-in hybrid"},
    {"un hybride non rechargeable", "a non-plug-in hybrid"},
    {"un véhicule au GPL", "an LPG vehicle"},
    {"un véhicule au gaz naturel", "a natural gas vehicle"},
    {"un véhicule au superéthanol E85", "an E85 superethanol vehicle"},
};
// What a figure rests on, as the explanation says it after a weak source.
inline constexpr label_pair evidence_labels[] = {
    {"texte de loi", "the law's text"},
    {"source officielle", "an official source"},
    {"repose sur plusieurs sources secondaires concordantes", "rests on several agreeing secondary sources"},
    {"repose sur une seule source", "rests on a single source"},
    {"valeur déduite, non lue dans un texte", "a derived value, not read in a text"},
};
// clang-format on
static_assert(sizeof(genre_labels) / sizeof(label_pair) == genre_count && sizeof(energy_labels) / sizeof(label_pair) == energy_count &&
                  sizeof(procedure_labels) / sizeof(label_pair) == procedure_count &&
                  sizeof(vehicle_class_labels) / sizeof(label_pair) == vehicle_class_count,
              "cartegrise: one label per genre, energy, procedure and vehicle class");
}  // namespace detail::text

constexpr std::string_view label(genre g, lang lg) noexcept { return detail::text::label_of(detail::text::genre_labels, g, lg); }
constexpr std::string_view label(energy e, lang lg) noexcept { return detail::text::label_of(detail::text::energy_labels, e, lg); }
constexpr std::string_view label(procedure p, lang lg) noexcept { return detail::text::label_of(detail::text::procedure_labels, p, lg); }
constexpr std::string_view label(fee_line l, lang lg) noexcept { return detail::text::label_of(detail::text::fee_line_labels, l, lg); }
constexpr std::string_view label(vehicle_class c, lang lg) noexcept { return detail::text::label_of(detail::text::vehicle_class_labels, c, lg); }
constexpr std::string_view label(energy_family f, lang lg) noexcept { return detail::text::label_of(detail::text::energy_family_labels, f, lg); }
constexpr std::string_view label(evidence e, lang lg) noexcept { return detail::text::label_of(detail::text::evidence_labels, e, lg); }

CARTEGRISE_END_NAMESPACE

#endif
