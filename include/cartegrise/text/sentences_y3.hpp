// The sentences of the Y.3 steps (CO2 malus, mass malus, import décote, caps).
#ifndef CARTEGRISE_TEXT_SENTENCES_Y3_HPP
#define CARTEGRISE_TEXT_SENTENCES_Y3_HPP

#include <string>

#include "sentence_base.hpp"
#include "sentences_y1.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace detail::text {

// Why no malus (or no mass malus) is due, as a clause.
inline std::string malus_reason_words(const steps::malus_not_due& s, lang lg) {
    const bool e = lg == lang::en;
    switch (s.reason) {
        case malus_reason::not_first_registration_as_vp:
            return e ? "only a first registration in France as a passenger car pays it" : "seule une première immatriculation en France comme voiture particulière y est soumise";
        case malus_reason::not_tourism_vehicle: return e ? "only passenger cars (VP, M1) pay it" : "il ne concerne que les voitures particulières (VP, M1)";
        case malus_reason::electric_or_hydrogen: return e ? "electric and hydrogen vehicles are exempt" : "les véhicules électriques ou à hydrogène en sont exonérés";
        case malus_reason::invalidity:
            return e ? "holders of an invalidity card (CMI invalidité or military invalidity card) are exempt"
                     : "les titulaires d'une carte d'invalidité (CMI invalidité ou carte d'invalidité militaire) en sont exonérés";
        case malus_reason::wheelchair: return e ? "vehicles fitted for a wheelchair are exempt" : "les véhicules aménagés pour le transport d'un fauteuil roulant en sont exonérés";
        case malus_reason::before_2022_mass:
            return e ? "the vehicle was first registered before 1 January 2022" : "le véhicule a été immatriculé pour la première fois avant le 1er janvier 2022";
        case malus_reason::import_too_old:
            return e ? "the imported vehicle was first registered before " + when(s.cutoff, lg)
                     : "le véhicule importé a été immatriculé pour la première fois avant le " + when(s.cutoff, lg);
        case malus_reason::full_decote: return e ? "the décote for the imported vehicle's age reaches 100 %" : "la décote pour l'âge du véhicule importé atteint 100 %";
        case malus_reason::plugin_hybrid_exempt:
            return e ? "plug-in hybrids first registered before 2025 are exempt" : "les hybrides rechargeables immatriculés pour la première fois avant 2025 en sont exonérés";
    }
    return e ? "the rules exempt this vehicle" : "les règles exonèrent ce véhicule";
}

template <>
struct sentence<steps::malus_not_due> {
    static std::string fr(const steps::malus_not_due& s, const std::string& src) { return "Pas de malus (Y.3) : " + malus_reason_words(s, text::fr) + src + "."; }
    static std::string en(const steps::malus_not_due& s, const std::string& src) { return "No malus (Y.3): " + malus_reason_words(s, text::en) + src + "."; }
};
template <>
struct sentence<steps::mass_not_due> {
    static std::string words(const steps::mass_not_due& s, lang lg) { return malus_reason_words(steps::malus_not_due{s.reason, {}, s.source}, lg); }
    static std::string fr(const steps::mass_not_due& s, const std::string& src) { return "Pas de malus au poids : " + words(s, text::fr) + src + "."; }
    static std::string en(const steps::mass_not_due& s, const std::string& src) { return "No mass malus: " + words(s, text::en) + src + "."; }
};
template <>
struct sentence<steps::co2_grid> {
    static std::string grid(const steps::co2_grid& s) { return std::to_string(s.year) + (s.cycle == co2_cycle::wltp ? " WLTP" : " NEDC"); }
    static std::string fr(const steps::co2_grid& s, const std::string& src) {
        return "Malus CO2 selon la grille " + grid(s) + " (premières immatriculations à partir du " + when(s.since, text::fr) + ") : " +
               num(s.grams, text::fr) + " g/km donnent " + eur(s.amount, text::fr) + src + ".";
    }
    static std::string en(const steps::co2_grid& s, const std::string& src) {
        return "CO2 malus from the " + grid(s) + " grid (first registrations from " + when(s.since, text::en) + "): " + num(s.grams, text::en) +
               " g/km gives " + eur(s.amount, text::en) + src + ".";
    }
};
template <>
struct sentence<steps::co2_power_grid> {
    static std::string fr(const steps::co2_power_grid& s, const std::string& src) {
        return "Pas de réception communautaire : le malus suit la grille " + std::to_string(s.year) + " en puissance fiscale : " + num(s.cv, text::fr) +
               " CV donnent " + eur(s.amount, text::fr) + src + ".";
    }
    static std::string en(const steps::co2_power_grid& s, const std::string& src) {
        return "No EU type approval: the malus follows the " + std::to_string(s.year) + " fiscal-power grid: " + num(s.cv, text::en) + " CV gives " +
               eur(s.amount, text::en) + src + ".";
    }
};
template <>
struct sentence<steps::co2_e85_reduction> {
    static std::string fr(const steps::co2_e85_reduction& s, const std::string& src) {
        return "Superéthanol E85 : seuls " + num(s.percent_kept, text::fr) + " % du taux de CO2 sont retenus, " + num(s.grams_before, text::fr) +
               " g/km deviennent " + num(s.grams_after, text::fr) + " g/km" + src + ".";
    }
    static std::string en(const steps::co2_e85_reduction& s, const std::string& src) {
        return "E85 superethanol: only " + num(s.percent_kept, text::en) + " % of the CO2 figure is taxed, " + num(s.grams_before, text::en) +
               " g/km becomes " + num(s.grams_after, text::en) + " g/km" + src + ".";
    }
};
template <>
struct sentence<steps::co2_family_reduction> {
    static std::string fr(const steps::co2_family_reduction& s, const std::string& src) {
        return "Famille nombreuse (" + num(s.children, text::fr) + " enfants à charge) : " + num(s.grams_removed, text::fr) + " g/km retirés du taux de CO2, " +
               num(s.grams_per_child, text::fr) + " g/km par enfant" + src + ".";
    }
    static std::string en(const steps::co2_family_reduction& s, const std::string& src) {
        return "Large family (" + num(s.children, text::en) + " dependent children): " + num(s.grams_removed, text::en) + " g/km taken off the CO2 figure, " +
               num(s.grams_per_child, text::en) + " g/km per child" + src + ".";
    }
};
template <>
struct sentence<steps::mass_grid> {
    static std::string fr(const steps::mass_grid& s, const std::string& src) {
        return "Malus au poids selon la grille " + std::to_string(s.year) + " (premières immatriculations à partir du " + when(s.since, text::fr) +
               ") : une masse taxable de " + num(s.taxable_kg, text::fr) + " kg donne " + eur(s.amount, text::fr) + src + ".";
    }
    static std::string en(const steps::mass_grid& s, const std::string& src) {
        return "Mass malus from the " + std::to_string(s.year) + " grid (first registrations from " + when(s.since, text::en) + "): a taxable mass of " +
               num(s.taxable_kg, text::en) + " kg gives " + eur(s.amount, text::en) + src + ".";
    }
};
template <>
struct sentence<steps::mass_abatement> {
    static std::string who(const steps::mass_abatement& s, lang lg) {
        const bool e = lg == lang::en;
        switch (s.reason) {
            case mass_abatement_reason::large_family:
                return e ? "Large family (" + num(s.children, lg) + " dependent children)" : "Famille nombreuse (" + num(s.children, lg) + " enfants à charge)";
            case mass_abatement_reason::many_seats_or_legal_person:
                return e ? "Vehicle of at least 8 seats acquired by a legal person" : "Véhicule d'au moins 8 places acquis par une personne morale";
            case mass_abatement_reason::plugin_hybrid: return e ? "Plug-in hybrid" : "Hybride rechargeable";
            case mass_abatement_reason::hybrid: return e ? "Non-plug-in hybrid" : "Hybride non rechargeable";
        }
        return e ? "Abatement" : "Abattement";
    }
    static std::string fr(const steps::mass_abatement& s, const std::string& src) {
        return who(s, text::fr) + " : " + num(s.kg, text::fr) + " kg retirés de la masse" + src + ".";
    }
    static std::string en(const steps::mass_abatement& s, const std::string& src) {
        return who(s, text::en) + ": " + num(s.kg, text::en) + " kg taken off the mass" + src + ".";
    }
};
template <>
struct sentence<steps::hybrid_abatement_refused> {
    static std::string fr(const steps::hybrid_abatement_refused& s, const std::string& src) {
        return "Hybride non rechargeable dont le moteur électrique fait " + num(s.electric_kw, text::fr) + " kW : depuis le " + when(s.since, text::fr) +
               " l'abattement de masse demande plus de " + num(s.above_kw, text::fr) + " kW, il ne s'applique pas" + src + ".";
    }
    static std::string en(const steps::hybrid_abatement_refused& s, const std::string& src) {
        return "Non-plug-in hybrid with an electric motor of " + num(s.electric_kw, text::en) + " kW: since " + when(s.since, text::en) +
               " the mass abatement needs more than " + num(s.above_kw, text::en) + " kW, so it does not apply" + src + ".";
    }
};
template <>
struct sentence<steps::later_malus> {
    static std::string fr(const steps::later_malus& s, const std::string& src) {
        return "Véhicule qui n'a pas payé de malus à sa première immatriculation en France (exonération) : depuis le " + when(s.since, text::fr) +
               ", la première immatriculation ultérieure qui le rend dû le paie, pour les véhicules immatriculés à partir du " +
               when(s.first_registered_from, text::fr) + ", avec la décote selon l'âge" + src + ".";
    }
    static std::string en(const steps::later_malus& s, const std::string& src) {
        return "Vehicle that paid no malus at its first registration in France (an exemption): since " + when(s.since, text::en) +
               ", the first later registration that makes it due pays it, for vehicles first registered from " + when(s.first_registered_from, text::en) +
               ", with the décote for age" + src + ".";
    }
};
template <>
struct sentence<steps::mileage_reduction> {
    static std::string fr(const steps::mileage_reduction& s, const std::string& src) {
        if (s.average_km_per_year < 0)
            return "Depuis le " + when(s.since, text::fr) + ", un kilométrage moyen de plus de " + num(s.threshold_km_per_year, text::fr) +
                   " km par an réduit encore la décote ; le kilométrage n'a pas été indiqué, cette réduction n'a pas été vérifiée" + src + ".";
        return "Kilométrage moyen de " + num(s.average_km_per_year, text::fr) + " km par an, au plus " + num(s.threshold_km_per_year, text::fr) +
               " : pas de réduction kilométrique de la décote" + src + ".";
    }
    static std::string en(const steps::mileage_reduction& s, const std::string& src) {
        if (s.average_km_per_year < 0)
            return "Since " + when(s.since, text::en) + ", an average mileage above " + num(s.threshold_km_per_year, text::en) +
                   " km a year reduces the décote further; the mileage was not given, so this reduction was not checked" + src + ".";
        return "Average mileage of " + num(s.average_km_per_year, text::en) + " km a year, at most " + num(s.threshold_km_per_year, text::en) +
               ": no mileage reduction of the décote" + src + ".";
    }
};
template <>
struct sentence<steps::combined_cap> {
    static std::string fr(const steps::combined_cap& s, const std::string& src) {
        return "Le malus CO2 et le malus au poids réunis ne peuvent dépasser " + eur(s.cap, text::fr) +
               ", le maximum de la grille CO2 de l'année : le malus au poids de " + eur(s.mass_before, text::fr) +
               " est ramené à ce qui reste sous ce plafond" + src + ".";
    }
    static std::string en(const steps::combined_cap& s, const std::string& src) {
        return "CO2 and mass malus together may not exceed " + eur(s.cap, text::en) + ", the top of that year's CO2 grid: the mass malus of " +
               eur(s.mass_before, text::en) + " is cut to what is left under the cap" + src + ".";
    }
};
template <>
struct sentence<steps::price_cap> {
    static std::string fr(const steps::price_cap& s, const std::string& src) {
        return "Le malus ne peut dépasser 50 % du prix d'achat TTC : " + eur(s.before, text::fr) + " sont ramenés à " + eur(s.cap, text::fr) + src + ".";
    }
    static std::string en(const steps::price_cap& s, const std::string& src) {
        return "The malus may not exceed 50 % of the purchase price including VAT: " + eur(s.before, text::en) + " is capped at " + eur(s.cap, text::en) + src + ".";
    }
};
template <>
struct sentence<steps::price_cap_unchecked> {
    static std::string fr(const steps::price_cap_unchecked&, const std::string& src) {
        return "En 2022 et 2023 le malus ne peut dépasser 50 % du prix d'achat TTC ; le prix n'a pas été indiqué, le plafond n'a pas été vérifié" + src + ".";
    }
    static std::string en(const steps::price_cap_unchecked&, const std::string& src) {
        return "In 2022 and 2023 the malus may not exceed 50 % of the purchase price including VAT; the price was not given, so the cap was not checked" + src + ".";
    }
};
template <>
struct sentence<steps::import_decote> {
    static std::string age(const steps::import_decote& s, lang lg) {
        const bool one = s.age == 1;
        const bool months = s.unit == decote_unit::started_months;
        if (lg == lang::en) return num(s.age, lg) + (months ? (one ? " started month" : " started months") : (one ? " started year" : " started years"));
        return num(s.age, lg) + (months ? (one ? " mois entamé" : " mois entamés") : (one ? " année entamée" : " années entamées"));
    }
    static std::string fr(const steps::import_decote& s, const std::string& src) {
        return std::string{s.first_registered_abroad ? "Véhicule immatriculé d'abord à l'étranger" : "Décote selon l'âge du véhicule"} +
               " : le malus est réduit de " + num(s.percent, text::fr) + " % pour " + age(s, text::fr) + " depuis sa première immatriculation" + src + ".";
    }
    static std::string en(const steps::import_decote& s, const std::string& src) {
        return std::string{s.first_registered_abroad ? "Vehicle first registered abroad" : "Décote for the vehicle's age"} + ": the malus is reduced by " +
               num(s.percent, text::en) + " % for " + age(s, text::en) + " since its first registration" + src + ".";
    }
};
template <>
struct sentence<steps::y3_amount> {
    static std::string fr(const steps::y3_amount& s, const std::string&) {
        return "Malus (Y.3) : " + eur(s.amount(), text::fr) + ", dont " + eur(s.co2, text::fr) + " de malus CO2 et " + eur(s.mass, text::fr) + " de malus au poids.";
    }
    static std::string en(const steps::y3_amount& s, const std::string&) {
        return "Malus (Y.3): " + eur(s.amount(), text::en) + ", of which " + eur(s.co2, text::en) + " for CO2 and " + eur(s.mass, text::en) + " for mass.";
    }
};

}  // namespace detail::text
CARTEGRISE_END_NAMESPACE

#endif
