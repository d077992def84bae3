// The sentences of the Y.4, Y.5 and Y.6 steps (fixed tax, delivery fee, rounding and total).
#ifndef CARTEGRISE_TEXT_SENTENCES_FEES_HPP
#define CARTEGRISE_TEXT_SENTENCES_FEES_HPP

#include <string>

#include "sentence_base.hpp"
#include "sentences_y1.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace detail::text {

template <>
struct sentence<steps::fixed_tax> {
    static std::string fr(const steps::fixed_tax& s, const std::string& src) {
        return "Taxe fixe (Y.4) : " + eur(s.amount, text::fr) + " pour toute délivrance d'un certificat, depuis le " + when(s.since, text::fr) + src + ".";
    }
    static std::string en(const steps::fixed_tax& s, const std::string& src) {
        return "Fixed tax (Y.4): " + eur(s.amount, text::en) + " for any certificate issued, since " + when(s.since, text::en) + src + ".";
    }
};
template <>
struct sentence<steps::fixed_tax_exempt> {
    static std::string fr(const steps::fixed_tax_exempt& s, const std::string& src) {
        switch (s.reason) {
            case fee_exemption::fni_conversion:
                return "Duplicata d'un certificat FNI : le nouveau certificat fait passer le véhicule au SIV, et ce passage ne paie pas la taxe fixe (Y.4)" + src + ".";
            case fee_exemption::moped: return "Pas de taxe fixe (Y.4) pour un cyclomoteur" + src + ".";
            case fee_exemption::procedure: break;
        }
        return "Pas de taxe fixe (Y.4) pour cette démarche" + src + ".";
    }
    static std::string en(const steps::fixed_tax_exempt& s, const std::string& src) {
        switch (s.reason) {
            case fee_exemption::fni_conversion:
                return "Duplicate of an FNI certificate: the new certificate converts the vehicle to the SIV, and a conversion pays no fixed tax (Y.4)" + src + ".";
            case fee_exemption::moped: return "No fixed tax (Y.4) for a moped" + src + ".";
            case fee_exemption::procedure: break;
        }
        return "No fixed tax (Y.4) for this procedure" + src + ".";
    }
};
template <>
struct sentence<steps::delivery_fee> {
    static std::string fr(const steps::delivery_fee& s, const std::string& src) {
        return "Redevance d'acheminement (Y.5) : " + eur(s.amount, text::fr) + " pour l'envoi du certificat" + src + ".";
    }
    static std::string en(const steps::delivery_fee& s, const std::string& src) {
        return "Delivery fee (Y.5): " + eur(s.amount, text::en) + " for posting the certificate" + src + ".";
    }
};
template <>
struct sentence<steps::delivery_fee_exempt> {
    static std::string fr(const steps::delivery_fee_exempt& s, const std::string& src) {
        if (s.reason == fee_exemption::moped) return "Pas de redevance d'acheminement (Y.5) pour un cyclomoteur" + src + ".";
        return "Pas de redevance d'acheminement (Y.5) pour cette démarche" + src + ".";
    }
    static std::string en(const steps::delivery_fee_exempt& s, const std::string& src) {
        if (s.reason == fee_exemption::moped) return "No delivery fee (Y.5) for a moped" + src + ".";
        return "No delivery fee (Y.5) for this procedure" + src + ".";
    }
};
template <>
struct sentence<steps::address_sticker> {
    static std::string fr(const steps::address_sticker& s, const std::string& src) {
        return format_ordinal(s.rank, text::fr) +
               " changement d'adresse sur un certificat SIV : une étiquette est envoyée, aucun nouveau certificat n'est émis et rien n'est dû" + src + ".";
    }
    static std::string en(const steps::address_sticker& s, const std::string& src) {
        return format_ordinal(s.rank, text::en) +
               " change of address on an SIV certificate: a sticker is posted, no new certificate is issued and nothing is due" + src + ".";
    }
};
template <>
struct sentence<steps::subtotal> {
    static std::string fr(const steps::subtotal& s, const std::string&) { return "Sous-total Y.1 + Y.2 + Y.3 + Y.4 : " + eur(s.amount, text::fr) + "."; }
    static std::string en(const steps::subtotal& s, const std::string&) { return "Subtotal Y.1 + Y.2 + Y.3 + Y.4: " + eur(s.amount, text::en) + "."; }
};
template <>
struct sentence<steps::rounding> {
    static std::string fr(const steps::rounding& s, const std::string& src) {
        if (s.before == s.after) return "Le sous-total est un nombre entier d'euros : " + eur(s.after, text::fr) + ", sans arrondi" + src + ".";
        return "Le sous-total est arrondi à l'euro le plus proche, la moitié comptant pour un : " + eur(s.before, text::fr) + " deviennent " +
               eur(s.after, text::fr) + src + ".";
    }
    static std::string en(const steps::rounding& s, const std::string& src) {
        if (s.before == s.after) return "The subtotal is a whole number of euros: " + eur(s.after, text::en) + ", no rounding needed" + src + ".";
        return "The subtotal is rounded to the nearest euro, a half counting as one: " + eur(s.before, text::en) + " becomes " + eur(s.after, text::en) + src + ".";
    }
};
template <>
struct sentence<steps::total> {
    static std::string fr(const steps::total& s, const std::string&) {
        return "Montant total à payer (Y.6) : " + eur(s.amount, text::fr) + ", sous-total arrondi plus la redevance d'acheminement (Y.5).";
    }
    static std::string en(const steps::total& s, const std::string&) {
        return "Total due (Y.6): " + eur(s.amount, text::en) + ", the rounded subtotal plus the delivery fee (Y.5).";
    }
};
template <>
struct sentence<steps::after_data_vintage> {
    static std::string fr(const steps::after_data_vintage& s, const std::string&) {
        return "Attention : la date de la demande dépasse les tarifs connus de cette version (connus jusqu'au " + when(s.valid_until, text::fr) +
               ", dernier changement le " + when(s.vintage, text::fr) +
               ") ; les derniers tarifs connus ont été appliqués et un vote ultérieur peut changer le montant.";
    }
    static std::string en(const steps::after_data_vintage& s, const std::string&) {
        return "Warning: the application date is beyond the tariffs this version knows (known until " + when(s.valid_until, text::en) +
               ", latest change on " + when(s.vintage, text::en) + "); the latest known tariffs were used and a later vote may change the amount.";
    }
};

}  // namespace detail::text
CARTEGRISE_END_NAMESPACE

#endif
