// The sentences of the Y.1 and Y.2 steps (regional tax, transport vehicle tax).
#ifndef CARTEGRISE_TEXT_SENTENCES_Y1_HPP
#define CARTEGRISE_TEXT_SENTENCES_Y1_HPP

#include <string>

#include "sentence_base.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace detail::text {

constexpr lang fr = lang::fr;
constexpr lang en = lang::en;

template <>
struct sentence<steps::regional_rate> {
    static std::string fr(const steps::regional_rate& s, const std::string& src) {
        return "Tarif régional " + in_region(s.region, text::fr) + " : " + eur(s.per_cv, text::fr) +
               " par cheval fiscal (CV), en vigueur depuis le " + when(s.since, text::fr) + src + ".";
    }
    static std::string en(const steps::regional_rate& s, const std::string& src) {
        return "Regional rate " + in_region(s.region, text::en) + ": " + eur(s.per_cv, text::en) +
               " per fiscal horsepower (CV), in force since " + when(s.since, text::en) + src + ".";
    }
};
template <>
struct sentence<steps::idfm_surcharge> {
    static std::string fr(const steps::idfm_surcharge& s, const std::string& src) {
        return "Majoration Île-de-France Mobilités : " + eur(s.per_cv, text::fr) + " par CV ajoutés au tarif régional depuis le " +
               when(s.since, text::fr) + ", hors plafond de 60 € et réduits comme le tarif" + src + ".";
    }
    static std::string en(const steps::idfm_surcharge& s, const std::string& src) {
        return "Île-de-France Mobilités surcharge: " + eur(s.per_cv, text::en) + " per CV added to the regional rate since " +
               when(s.since, text::en) + ", outside the 60 € cap and reduced like the rate" + src + ".";
    }
};
template <>
struct sentence<steps::fiscal_power> {
    static std::string fr(const steps::fiscal_power& s, const std::string&) {
        return "Le tarif est multiplié par la puissance fiscale (P.6) : " + num(s.cv, text::fr) + " CV.";
    }
    static std::string en(const steps::fiscal_power& s, const std::string&) {
        return "The rate is multiplied by the fiscal power (P.6): " + num(s.cv, text::en) + " CV.";
    }
};
template <>
struct sentence<steps::fiscal_power_computed> {
    static std::string formula(const steps::fiscal_power_computed& s) {
        return s.formula == fiscal_power_formula::co2_and_power_1998 ? "CO2/45 + (P/40)^1,6" : "0,00018 × P² + 0,0387 × P + 1,34";
    }
    static std::string fr(const steps::fiscal_power_computed& s, const std::string& src) {
        return "Puissance fiscale (P.6) calculée à partir de la puissance nette maximale (P.2) de " +
               num(s.max_net_power_kw, text::fr) + " kW par la formule " + formula(s) + " en vigueur depuis le " + when(s.since, text::fr) +
               ", arrondie à l'unité : " + num(s.cv, text::fr) + " CV" + src + ".";
    }
    static std::string en(const steps::fiscal_power_computed& s, const std::string& src) {
        std::string f = formula(s);
        for (auto& c : f) if (c == ',') c = '.';
        return "Fiscal power (P.6) computed from the maximum net power (P.2) of " +
               num(s.max_net_power_kw, text::en) + " kW by the formula " + f + " in force since " + when(s.since, text::en) +
               ", rounded to the unit: " + num(s.cv, text::en) + " CV" + src + ".";
    }
};
template <>
struct sentence<steps::fiscal_power_forced> {
    static std::string fr(const steps::fiscal_power_forced& s, const std::string& src) {
        return "Certificat W garage ou WW : le tarif est dû pour " + num(s.cv, text::fr) + " CV, quelle que soit la puissance du véhicule" + src + ".";
    }
    static std::string en(const steps::fiscal_power_forced& s, const std::string& src) {
        return "W garage or WW certificate: the rate is charged for " + num(s.cv, text::en) + " CV, whatever the vehicle's power" + src + ".";
    }
};
template <>
struct sentence<steps::genre_coefficient> {
    static std::string fraction(const steps::genre_coefficient& s) { return std::to_string(s.num) + "/" + std::to_string(s.den); }
    static std::string fr(const steps::genre_coefficient& s, const std::string& src) {
        return "Coefficient " + fraction(s) + " pour " + str(label(s.vclass, text::fr)) + " : le tarif est multiplié par " + fraction(s) + src + ".";
    }
    static std::string en(const steps::genre_coefficient& s, const std::string& src) {
        return "Coefficient " + fraction(s) + " for " + str(label(s.vclass, text::en)) + ": the rate is multiplied by " + fraction(s) + src + ".";
    }
};
template <>
struct sentence<steps::age_half_rate> {
    static std::string fr(const steps::age_half_rate& s, const std::string& src) {
        return "Le véhicule a " + num(s.years, text::fr) +
               " ans (première immatriculation au moins dix ans avant la demande) : le tarif est réduit de moitié" + src + ".";
    }
    static std::string en(const steps::age_half_rate& s, const std::string& src) {
        return "The vehicle is " + num(s.years, text::en) +
               " years old (first registered at least ten years before the application): the rate is halved" + src + ".";
    }
};
template <>
struct sentence<steps::clean_energy> {
    static std::string fr(const steps::clean_energy& s, const std::string& src) {
        const std::string who = str(label(s.family, text::fr)) + " " + in_region(s.region, text::fr) + " depuis le " + when(s.since, text::fr);
        if (s.percent_off == 0) return "Aucune exonération pour " + who + " : la taxe régionale est due en entier" + src + ".";
        if (s.percent_off >= 100) return "Exonération totale (100 %) de la taxe régionale pour " + who + src + ".";
        return "Exonération de " + num(s.percent_off, text::fr) + " % de la taxe régionale pour " + who + src + ".";
    }
    static std::string en(const steps::clean_energy& s, const std::string& src) {
        const std::string who = str(label(s.family, text::en)) + " " + in_region(s.region, text::en) + " since " + when(s.since, text::en);
        if (s.percent_off == 0) return "No exemption for " + who + ": the regional tax is due in full" + src + ".";
        if (s.percent_off >= 100) return "Full exemption (100 %) from the regional tax for " + who + src + ".";
        return "Exemption of " + num(s.percent_off, text::en) + " % of the regional tax for " + who + src + ".";
    }
};
template <>
struct sentence<steps::moped_nil_rate> {
    static std::string fr(const steps::moped_nil_rate&, const std::string& src) {
        return "Un cyclomoteur de 50 cm³ au plus (L1e, L2e) a un tarif régional nul : pas de taxe régionale" + src + ".";
    }
    static std::string en(const steps::moped_nil_rate&, const std::string& src) {
        return "A moped of 50 cm³ or less (L1e, L2e) has a nil regional rate: no regional tax" + src + ".";
    }
};
template <>
struct sentence<steps::agricultural_nil_rate> {
    static std::string fr(const steps::agricultural_nil_rate&, const std::string& src) {
        return "Les véhicules agricoles ou forestiers et les remorques ne paient pas de taxe régionale" + src + ".";
    }
    static std::string en(const steps::agricultural_nil_rate&, const std::string& src) {
        return "Agricultural or forestry vehicles and trailers pay no regional tax" + src + ".";
    }
};
template <>
struct sentence<steps::not_change_of_owner> {
    static std::string fr(const steps::not_change_of_owner&, const std::string& src) {
        return "Cette démarche n'est pas un changement de titulaire : ni taxe régionale (Y.1), ni taxe sur les véhicules de transport (Y.2), ni malus (Y.3)" + src + ".";
    }
    static std::string en(const steps::not_change_of_owner&, const std::string& src) {
        return "This procedure is not a change of owner: no regional tax (Y.1), no transport vehicle tax (Y.2) and no malus (Y.3)" + src + ".";
    }
};
template <>
struct sentence<steps::y1_amount> {
    static std::string fr(const steps::y1_amount& s, const std::string&) {
        if (s.idfm != money::zero()) return "Taxe régionale (Y.1) : " + eur(s.amount, text::fr) + ", dont " + eur(s.idfm, text::fr) + " pour Île-de-France Mobilités.";
        return "Taxe régionale (Y.1) : " + eur(s.amount, text::fr) + ".";
    }
    static std::string en(const steps::y1_amount& s, const std::string&) {
        if (s.idfm != money::zero()) return "Regional tax (Y.1): " + eur(s.amount, text::en) + ", of which " + eur(s.idfm, text::en) + " for Île-de-France Mobilités.";
        return "Regional tax (Y.1): " + eur(s.amount, text::en) + ".";
    }
};
template <>
struct sentence<steps::transport_tax> {
    static std::string fr(const steps::transport_tax& s, const std::string& src) {
        const std::string ptac = s.ptac_kg > 0 ? " (PTAC, case F.2 : " + num(s.ptac_kg, text::fr) + " kg)" : std::string{};
        return "Taxe sur les véhicules de transport (Y.2) : " + eur(s.amount, text::fr) + " pour " + str(label(s.vclass, text::fr)) + ptac + src + ".";
    }
    static std::string en(const steps::transport_tax& s, const std::string& src) {
        const std::string ptac = s.ptac_kg > 0 ? " (GVW, box F.2: " + num(s.ptac_kg, text::en) + " kg)" : std::string{};
        return "Transport vehicle tax (Y.2): " + eur(s.amount, text::en) + " for " + str(label(s.vclass, text::en)) + ptac + src + ".";
    }
};
template <>
struct sentence<steps::transport_tax_none> {
    static std::string fr(const steps::transport_tax_none&, const std::string& src) {
        return "Pas de taxe sur les véhicules de transport (Y.2) : elle ne vise que les véhicules de marchandises et de transport en commun (N, M2, M3) autres que les VASP" + src + ".";
    }
    static std::string en(const steps::transport_tax_none&, const std::string& src) {
        return "No transport vehicle tax (Y.2): it applies only to goods vehicles, buses and coaches (N, M2, M3) other than special-purpose vehicles" + src + ".";
    }
};

}  // namespace detail::text
CARTEGRISE_END_NAMESPACE

#endif
