// Error messages in French and English: the field an error names, and why it was refused, as one
// sentence without a final period ("la puissance fiscale (P.6) doit être entre 1 et 999 CV").
#ifndef CARTEGRISE_TEXT_ERROR_MESSAGES_HPP
#define CARTEGRISE_TEXT_ERROR_MESSAGES_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "../error.hpp"
#include "../request_fields.hpp"
#include "../reason_figures.hpp"
#include "format.hpp"
#include "labels.hpp"
#include "lang.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

namespace detail::text {
// clang-format off
// The fields, as a message names them (in the order of request_field).
inline constexpr label_pair field_labels[] = {
    {"la demande", "the request"},
    {"la date de la demande", "the application date"},
    {"le département du titulaire", "the holder's department"},
    {"la démarche", "the procedure"},
    {"le genre (J.1)", "the genre (J.1)"},
    {"l'énergie (P.3)", "the energy (P.3)"},
    {"la puissance fiscale (P.6)", "the fiscal power (P.6)"},
    {"la date de première immatriculation (B)", "the date of first registration (B)"},
    {"le taux de CO2 (V.7)", "the CO2 figure (V.7)"},
    {"le cycle de mesure du CO2", "the CO2 test cycle"},
    {"la masse en ordre de marche (G.1)", "the mass in running order (G.1)"},
    {"le PTAC (F.2)", "the GVW (F.2)"},
    {"la cylindrée (P.1)", "the cylinder capacity (P.1)"},
    {"le nombre de places assises (S.1)", "the number of seats (S.1)"},
    {"le système d'immatriculation", "the registration system"},
    {"la puissance du moteur électrique", "the power of the electric motor"},
    {"le kilométrage", "the mileage"},
    {"la puissance nette maximale (P.2)", "the maximum net power (P.2)"},
    {"« pas de malus à la première immatriculation »", "\"no malus at first registration\""},
    {"le nombre d'enfants à charge", "the number of dependent children"},
    {"le prix d'achat", "the purchase price"},
    {"le rang du changement d'adresse", "the rank of the change of address"},
    {"la date de la demande", "the application date"},
    {"la date de première immatriculation (B)", "the date of first registration (B)"},
    {"le motif du duplicata", "the reason for the duplicate"},
    {"la provenance du véhicule importé", "the origin of the imported vehicle"},
    {"le délai demandé", "the deadline asked for"},
    {"la date de l'événement", "the date of the event"},
    {"la date de la cession", "the date of the transfer"},
    {"la date d'acquisition", "the date of acquisition"},
    {"la date du changement de domicile", "the date of the move"},
    {"la date de la transformation", "the date of the transformation"},
    {"la date de la déclaration", "the date of the declaration"},
    {"la date de réception de la déclaration du locataire", "the date the lessee's notice was received"},
    {"la date de délivrance", "the date of issuance"},
    {"la date du décès", "the date of death"},
    {"la date de la demande", "the date of the application"},
    {"la langue", "the language"},
    {"« sans réception communautaire »", "\"without EU type approval\""},
    {"« aménagé pour un fauteuil roulant »", "\"fitted for a wheelchair\""},
    {"« carte d'invalidité »", "\"invalidity card\""},
    {"« personne morale »", "\"legal person\""},
};
// What a field accepts, for the generic reasons (unknown_code, out_of_range), in request_field order.
// Empty for a number with bounds: its domain is written from its descriptor ("entre 1 et 999 CV",
// request_fields.hpp). "<date>" stands for the first date the tables cover.
inline constexpr label_pair field_domains[] = {
    {"", ""},
    {"AAAA-MM-JJ, à partir du <date>", "YYYY-MM-DD, from <date>"},
    {"01 à 95, 2A, 2B, 971 à 974 ou 976", "01 to 95, 2A, 2B, 971 to 974 or 976"},
    {"par exemple used, new, import, duplicate, address, w-garage", "e.g. used, new, import, duplicate, address, w-garage"},
    {"par exemple VP, CTTE, MTL, CL, CAM", "e.g. VP, CTTE, MTL, CL, CAM"},
    {"par exemple ES, GO, EL, EH, GP, FE", "e.g. ES, GO, EL, EH, GP, FE"},
    {},
    {"AAAA-MM-JJ", "YYYY-MM-DD"},
    {},
    {"wltp ou nedc", "wltp or nedc"},
    {},
    {},
    {},
    {},
    {"siv ou fni", "siv or fni"},
    {},
    {},
    {},
    {"true ou false", "true or false"},
    {},
    {"positif, en euros et centimes", "positive, in euros and cents"},
    {},
    {"AAAA-MM-JJ, à partir du <date>", "YYYY-MM-DD, from <date>"},
    {"AAAA-MM-JJ", "YYYY-MM-DD"},
    {"theft, loss ou damage", "theft, loss or damage"},
    {"eu ou outside-eu", "eu or outside-eu"},
    {"par exemple registration, seller-declaration, provisional-certificate", "e.g. registration, seller-declaration, provisional-certificate"},
    {"AAAA-MM-JJ, à partir du <date>", "YYYY-MM-DD, from <date>"},
    {"AAAA-MM-JJ", "YYYY-MM-DD"}, {"AAAA-MM-JJ", "YYYY-MM-DD"}, {"AAAA-MM-JJ", "YYYY-MM-DD"}, {"AAAA-MM-JJ", "YYYY-MM-DD"},
    {"AAAA-MM-JJ", "YYYY-MM-DD"}, {"AAAA-MM-JJ", "YYYY-MM-DD"}, {"AAAA-MM-JJ", "YYYY-MM-DD"}, {"AAAA-MM-JJ", "YYYY-MM-DD"},
    {"AAAA-MM-JJ", "YYYY-MM-DD"},
    {"fr ou en", "fr or en"},
    {"true ou false", "true or false"}, {"true ou false", "true or false"}, {"true ou false", "true or false"}, {"true ou false", "true or false"},
};
// The reasons, in the order of error_reason. "{}" stands for the field's label, "[]" for its domain,
// "(())" for its domain in brackets; the reason's figures (figure_of, reason_figures.hpp): "<>" and
// "<2>" its numbers with their units, "<date>" and "<date2>" its dates, "<year>" the first date's year.
inline constexpr label_pair reason_texts[] = {
    {"il manque {}", "{} is required"},
    {"{} n'est pas une date du calendrier (())", "{} is not a calendar date (())"},
    {"{} est antérieure au <date>, première date des tables (CIBS en vigueur)", "{} is before <date>, the first date the tables cover (CIBS in force)"},
    {"code inconnu pour {} (())", "unknown code for {} (())"},
    {"{} doit être []", "{} must be []"},
    {"{} ne peut pas être négatif", "{} cannot be negative"},
    {"un taux de CO2 de plus de <> dépasse toutes les grilles", "a CO2 figure above <> is beyond every grid"},
    {"la première immatriculation (B) est postérieure à la date de la demande", "the first registration (B) is after the application date"},
    {"un véhicule neuf est immatriculé pour la première fois par cette demande : laissez B vide ou donnez la date de la demande", "a new vehicle is first registered by this application: leave B unset or give the application date"},
    {"un VASP doit indiquer son PTAC (F.2) : le tarif change au-delà de <>", "a VASP needs its GVW (F.2): the rate differs above <>"},
    {"un camion (CAM) doit indiquer son PTAC (F.2) pour la taxe sur les véhicules de transport", "a truck (CAM) needs its GVW (F.2) for the transport vehicle tax"},
    {"un tracteur routier (TRR) doit indiquer son PTAC (F.2) : les tracteurs N1 et plus lourds diffèrent", "a road tractor (TRR) needs its GVW (F.2): N1 and heavier tractors differ"},
    {"un camion (CAM, N2/N3) a un PTAC de plus de <> ; les véhicules de marchandises plus légers sont des CTTE", "a truck (CAM, N2/N3) has a GVW above <>; lighter goods vehicles are CTTE"},
    {"un cyclomoteur (CL, CYCL) a au plus <> : vérifiez J.1 et P.1", "a moped (CL, CYCL) has at most <>: check J.1 and P.1"},
    {"un certificat de collection demande la date B d'un véhicule de plus de <> ans", "a collection certificate needs the date B of a vehicle of more than <> years"},
    {"indiquez si le numéro est SIV (AB-123-CD) ou FNI (123 ABC 45)", "say whether the number is SIV (AB-123-CD) or FNI (123 ABC 45)"},
    {"un véhicule immatriculé pour la première fois à partir du <date> a un numéro SIV, pas FNI", "a vehicle first registered from <date> has an SIV number, not an FNI one"},
    {"une première immatriculation en France se fait toujours dans le SIV", "a first registration in France is always in the SIV"},
    {"sur un certificat SIV le rang du changement d'adresse décide du coût (les <> premiers donnent une étiquette)", "on an SIV certificate the rank of the change of address decides the fee (the first <> give a sticker)"},
    {"la taxe régionale se calcule par cheval fiscal : il manque la puissance fiscale (P.6)", "the regional tax is per fiscal horsepower: the fiscal power (P.6) is required"},
    {"il manque l'énergie (P.3) : les véhicules propres peuvent être exonérés", "the energy (P.3) is required: clean vehicles may be exempt"},
    {"il manque la date de première immatriculation (B) : le tarif est réduit de moitié à <> ans", "the date of first registration (B) is required: the rate is halved at <> years"},
    {"il manque l'énergie (P.3) : les véhicules électriques ne paient pas de malus", "the energy (P.3) is required: electric vehicles pay no malus"},
    {"il manque la date de première immatriculation (B) : elle choisit la grille du malus", "the date of first registration (B) is required: it chooses the malus grid"},
    {"il manque le taux de CO2 (V.7) pour le malus d'une voiture particulière", "the CO2 figure (V.7) is required for the malus of a passenger car"},
    {"un véhicule immatriculé à partir du <date> est taxé sur son CO2 WLTP", "a vehicle first registered from <date> is taxed on its WLTP CO2"},
    {"un véhicule immatriculé avant le <date> est taxé sur son CO2 NEDC", "a vehicle first registered before <date> is taxed on its NEDC CO2"},
    {"sans réception communautaire le malus suit la puissance fiscale : il manque P.6", "without EU type approval the malus follows the fiscal power: P.6 is required"},
    {"aucune grille en puissance fiscale n'est connue pour cette année (véhicules sans réception communautaire)", "no power-based malus grid is known for that year (vehicles without EU type approval)"},
    {"il manque la masse en ordre de marche (G.1) pour le malus au poids", "the mass in running order (G.1) is required for the mass malus"},
    {"la réduction famille nombreuse demande le nombre de places assises (S.1) : au moins <>", "the large-family reduction needs the number of seats (S.1): at least <>"},
    {"un motif (theft, loss, damage) ne vaut que pour un duplicata", "a reason (theft, loss, damage) applies to a duplicate only"},
    {"une provenance (UE ou non) ne vaut que pour un véhicule importé", "an origin (EU or not) applies to an imported vehicle only"},
    {"l'âge du véhicule demande la date de la demande en plus de la première immatriculation", "the vehicle's age needs the application date as well as the first registration"},
    {"cette démarche n'a pas ce délai", "this procedure has no such deadline"},
    {"le délai tombe après le <date>", "the deadline falls after <date>"},
    {"à partir de <year> l'abattement de <2> d'un hybride non rechargeable dépend de la puissance de son moteur électrique (plus de <>) : il manque cette puissance", "from <year> the <2> abatement of a non-plug-in hybrid depends on the power of its electric motor (more than <>): that power is required"},
    {"à partir de <year> un kilométrage moyen de plus de <> par an réduit la décote selon des tranches que cette version ne connaît pas", "from <year> an average mileage above <> a year reduces the décote by bands this version does not know"},
    {"« pas de malus à la première immatriculation » vaut pour une immatriculation ultérieure, pas pour une première immatriculation en France", "\"no malus at first registration\" applies to a later registration, not to a first registration in France"},
    {"la puissance fiscale (P.6) se calcule à partir de la puissance nette maximale (P.2) : il manque celle-ci", "the fiscal power (P.6) is computed from the maximum net power (P.2): that power is required"},
    {"la formule de <year> ajoute le CO2 divisé par 45 : il manque le taux de CO2 (V.7)", "the <year> formula adds the CO2 divided by 45: the CO2 figure (V.7) is required"},
    {"seules les formules de puissance fiscale des voitures particulières (VP) sont connues de cette version", "only the fiscal power formulas of passenger cars (VP) are known to this version"},
    {"avant le <date> la puissance fiscale suit les formules de 1956 et 1978 (alésage, course, rapports de boîte), que cette version ne calcule pas", "before <date> the fiscal power follows the 1956 and 1978 formulas (bore, stroke, gearing), which this version does not compute"},
    {"du <date> au <date2> la formule dépend de la date de réception du type du véhicule : reprenez la puissance fiscale (P.6) du certificat", "from <date> to <date2> the formula depends on the date the vehicle's type was approved: take the fiscal power (P.6) from the certificate"},
    {"la puissance fiscale d'une voiture électrique immatriculée en France avant <year> suit une formule que cette version ne calcule pas : reprenez P.6 du certificat", "the fiscal power of an electric car first registered in France before <year> follows a formula this version does not compute: take P.6 from the certificate"},
    {"la puissance fiscale (P.6) figure sur le certificat : elle n'est calculée que pour un véhicule importé", "the fiscal power (P.6) is on the certificate: it is computed for an imported vehicle only"},
    {"la demande n'est pas un objet JSON bien formé", "the request is not a well-formed JSON object"},
    {"la demande contient une clé inconnue", "the request has an unknown key"},
    {"{} est donné deux fois", "{} is given twice"},
    {"{} n'a pas le type JSON attendu (())", "{} does not have the expected JSON type (())"},
};
// clang-format on
static_assert(sizeof(field_labels) / sizeof(label_pair) == request_field_count && sizeof(field_domains) / sizeof(label_pair) == request_field_count,
              "cartegrise: every request field has a label and a domain in French and English");
static_assert(sizeof(reason_texts) / sizeof(label_pair) == static_cast<std::size_t>(error_reason::wrong_json_type) + 1,
              "cartegrise: every error reason has a French and an English message");

// Only the numbers without a written domain have one from their bounds.
constexpr bool domains_said_once() noexcept {
    for (std::size_t i = 1; i < request_field_count; ++i) {  // 0: none, the request as a whole
        const field_descriptor* d = descriptor_of(static_cast<request_field>(i));
        if ((d != nullptr && d->has_max()) != field_domains[i].fr.empty()) return false;
    }
    return true;
}
static_assert(domains_said_once(), "cartegrise: a bounded field's domain comes from its descriptor, every other field has one written");

inline std::string replace_all(std::string s, std::string_view what, std::string_view with) {
    for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + with.size())) s.replace(at, what.size(), with);
    return s;
}

inline std::string format_number(std::int64_t n, std::string_view unit, lang lg) {
    return format_count(n, lg) + (unit.empty() ? "" : " " + std::string{unit});
}
inline std::string with_figures(std::string s, const reason_figure& f, lang lg) {
    s = replace_all(s, "<>", format_number(f.n, f.unit, lg));
    s = replace_all(s, "<2>", format_number(f.n2, f.unit2, lg));
    s = replace_all(s, "<date2>", format_date(f.day2, lg));
    s = replace_all(s, "<date>", format_date(f.day, lg));
    return replace_all(s, "<year>", std::to_string(f.day.year()));
}
}  // namespace detail::text

// The field as a message names it: "la puissance fiscale (P.6)", "the fiscal power (P.6)".
constexpr std::string_view label(request_field f, lang lg) noexcept { return detail::text::label_of(detail::text::field_labels, f, lg); }

// What a field accepts: "entre 1 et 999 CV" (from its bounds), "AAAA-MM-JJ, à partir du 2022-01-01".
inline std::string domain(request_field f, lang lg = lang::fr) {
    namespace t = detail::text;
    const field_descriptor* d = descriptor_of(f);
    if (d != nullptr && d->has_max()) {
        const std::string unit = d->unit.empty() ? "" : " " + std::string{d->unit};
        const std::string lo = format_count(d->min, lg);
        const std::string hi = format_count(d->max, lg) + unit;
        return lg == lang::en ? "between " + lo + " and " + hi : "entre " + lo + " et " + hi;
    }
    const std::string first = format_iso_date(figure_of(error_reason::before_first_supported_date).day);
    return t::replace_all(std::string{t::label_of(t::field_domains, f, lg)}, "<date>", first);
}

// One sentence in lower case, no final period: why the field was refused ("il manque le genre (J.1)").
inline std::string message(const error& e, lang lg = lang::fr) {
    namespace t = detail::text;
    std::string s{t::label_of(t::reason_texts, e.reason, lg)};
    s = t::replace_all(s, "{}", label(e.field, lg));
    const std::string dom = domain(e.field, lg);
    s = t::replace_all(s, "(())", "(" + dom + ")");
    s = t::replace_all(s, "[]", dom);
    return t::with_figures(s, figure_of(e.reason), lg);
}

CARTEGRISE_END_NAMESPACE

#endif
