// render: a breakdown's explanation steps as French (default) or English sentences, and money, dates and
// counts printed the way each language prints them. Outside the constexpr core: it allocates (std::string)
// and is not pulled by <cartegrise/cartegrise.hpp>.
//
// Money. French: "1 873,20 €" — U+00A0 NO-BREAK SPACE as the thousands separator and before the euro sign.
// (Typographers and CLDR prefer U+202F NARROW NO-BREAK SPACE for thousands; U+00A0 renders in every
// terminal font and is what the ANTS and service-public pages print.) English: "€1,873.20". A negative
// amount starts with '-': "-1 873,20 €", "-€1,873.20". Every byte is pinned by tests/unit/render_test.cpp.
#ifndef CARTEGRISE_RENDER_HPP
#define CARTEGRISE_RENDER_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "breakdown.hpp"
#include "data/co2_malus.hpp"
#include "data/import_decote.hpp"
#include "data/vehicle_classes.hpp"
#include "date.hpp"
#include "money.hpp"
#include "result.hpp"
#include "territory.hpp"
#include "vehicle.hpp"

namespace cartegrise {

enum class lang : std::uint8_t { fr, en };

constexpr std::string_view to_string(lang l) noexcept { return l == lang::en ? "en" : "fr"; }

// "fr" or "en", case-insensitive.
constexpr result<lang> parse_lang(std::string_view s) noexcept {
    if (detail::iequal(s, "fr")) return lang::fr;
    if (detail::iequal(s, "en")) return lang::en;
    return failure{errc::invalid_value, "lang", "the language must be 'fr' or 'en'"};
}

// Every step kind, in declaration order: the renderer has a sentence for each, in each language (tested).
inline constexpr step_kind all_step_kinds[] = {
    step_kind::regional_rate,      step_kind::idfm_surcharge,        step_kind::fiscal_power,
    step_kind::fiscal_power_forced, step_kind::genre_coefficient,    step_kind::age_half_rate,
    step_kind::clean_energy,       step_kind::moped_nil_rate,        step_kind::agricultural_nil_rate,
    step_kind::not_change_of_owner, step_kind::y1_amount,            step_kind::transport_tax,
    step_kind::transport_tax_none, step_kind::malus_not_due,         step_kind::co2_grid,
    step_kind::co2_power_grid,     step_kind::co2_e85_reduction,     step_kind::co2_family_reduction,
    step_kind::mass_grid,          step_kind::mass_abatement,        step_kind::mass_not_due,
    step_kind::combined_cap,       step_kind::price_cap,             step_kind::price_cap_unchecked,
    step_kind::import_decote,      step_kind::y3_amount,             step_kind::fixed_tax,
    step_kind::fixed_tax_exempt,   step_kind::delivery_fee,          step_kind::delivery_fee_exempt,
    step_kind::address_sticker,    step_kind::subtotal,              step_kind::rounding,
    step_kind::total,              step_kind::after_data_vintage,
};
namespace detail {
constexpr bool step_kinds_complete() noexcept {
    for (std::size_t i = 0; i < sizeof(all_step_kinds) / sizeof(all_step_kinds[0]); ++i)
        if (static_cast<std::size_t>(all_step_kinds[i]) != i) return false;
    return true;
}
}  // namespace detail
static_assert(detail::step_kinds_complete() &&
                  sizeof(all_step_kinds) / sizeof(all_step_kinds[0]) == static_cast<std::size_t>(step_kind::after_data_vintage) + 1,
              "cartegrise: a step_kind was added: list it in all_step_kinds and give it a sentence in render.hpp");

// Stable snake_case name of a step kind (the enumerator's name), for JSON and logs.
constexpr std::string_view step_kind_name(step_kind k) noexcept {
    switch (k) {
        case step_kind::regional_rate: return "regional_rate";
        case step_kind::idfm_surcharge: return "idfm_surcharge";
        case step_kind::fiscal_power: return "fiscal_power";
        case step_kind::fiscal_power_forced: return "fiscal_power_forced";
        case step_kind::genre_coefficient: return "genre_coefficient";
        case step_kind::age_half_rate: return "age_half_rate";
        case step_kind::clean_energy: return "clean_energy";
        case step_kind::moped_nil_rate: return "moped_nil_rate";
        case step_kind::agricultural_nil_rate: return "agricultural_nil_rate";
        case step_kind::not_change_of_owner: return "not_change_of_owner";
        case step_kind::y1_amount: return "y1_amount";
        case step_kind::transport_tax: return "transport_tax";
        case step_kind::transport_tax_none: return "transport_tax_none";
        case step_kind::malus_not_due: return "malus_not_due";
        case step_kind::co2_grid: return "co2_grid";
        case step_kind::co2_power_grid: return "co2_power_grid";
        case step_kind::co2_e85_reduction: return "co2_e85_reduction";
        case step_kind::co2_family_reduction: return "co2_family_reduction";
        case step_kind::mass_grid: return "mass_grid";
        case step_kind::mass_abatement: return "mass_abatement";
        case step_kind::mass_not_due: return "mass_not_due";
        case step_kind::combined_cap: return "combined_cap";
        case step_kind::price_cap: return "price_cap";
        case step_kind::price_cap_unchecked: return "price_cap_unchecked";
        case step_kind::import_decote: return "import_decote";
        case step_kind::y3_amount: return "y3_amount";
        case step_kind::fixed_tax: return "fixed_tax";
        case step_kind::fixed_tax_exempt: return "fixed_tax_exempt";
        case step_kind::delivery_fee: return "delivery_fee";
        case step_kind::delivery_fee_exempt: return "delivery_fee_exempt";
        case step_kind::address_sticker: return "address_sticker";
        case step_kind::subtotal: return "subtotal";
        case step_kind::rounding: return "rounding";
        case step_kind::total: return "total";
        case step_kind::after_data_vintage: return "after_data_vintage";
    }
    return "unknown";
}

// The name of a box of the certificate, as the form prints it (French) or translated (English).
constexpr std::string_view line_label(fee_line l, lang lg) noexcept {
    constexpr std::string_view fr[] = {"Taxe régionale", "Taxe sur les véhicules de transport", "Malus (CO2 et masse)",
                                       "Taxe fixe", "Redevance d'acheminement", "Total"};
    constexpr std::string_view en[] = {"Regional tax", "Transport vehicle tax", "Malus (CO2 and mass)",
                                       "Fixed tax", "Delivery fee", "Total"};
    const auto i = static_cast<std::size_t>(l) < 6 ? static_cast<std::size_t>(l) : 5;
    return lg == lang::en ? en[i] : fr[i];
}

namespace detail::render {

inline constexpr std::string_view nbsp = "\u00A0";

// Digits of |v| grouped by three with `sep`. Works for INT64_MIN (magnitude taken as unsigned).
inline std::string grouped(std::uint64_t v, std::string_view sep) {
    std::string digits = std::to_string(v);
    std::string out;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0) out += sep;
        out += digits[i];
    }
    return out;
}
inline std::uint64_t magnitude(std::int64_t v) noexcept {
    return v < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
}
inline std::string two_digits(std::uint64_t v) {
    std::string s = std::to_string(v % 100);
    return s.size() < 2 ? "0" + s : s;
}

// French prepositions before a region's name: "en Bretagne", "dans les Hauts-de-France", "à La Réunion".
constexpr std::string_view in_region_fr(region r) noexcept {
    constexpr std::string_view p[region_count] = {
        "en Auvergne-Rhône-Alpes", "en Bourgogne-Franche-Comté", "en Bretagne", "dans le Centre-Val de Loire",
        "en Corse", "dans le Grand Est", "dans les Hauts-de-France", "en Île-de-France", "en Normandie",
        "en Nouvelle-Aquitaine", "en Occitanie", "dans les Pays de la Loire", "en Provence-Alpes-Côte d'Azur",
        "en Guadeloupe", "en Martinique", "en Guyane", "à La Réunion", "à Mayotte"};
    const auto i = static_cast<std::size_t>(r);
    return i < region_count ? p[i] : std::string_view{"dans cette région"};
}

// An energy family with its article: "a plug-in hybrid", "un véhicule au GPL".
constexpr std::string_view family_label(energy_family f, lang lg) noexcept {
    const bool en = lg == lang::en;
    switch (f) {
        case energy_family::conventional: return en ? "a conventional-fuel vehicle" : "un véhicule à carburant conventionnel";
        case energy_family::electric_or_hydrogen: return en ? "an electric or hydrogen vehicle" : "un véhicule électrique ou à hydrogène";
        case energy_family::plugin_hybrid: return en ? "a plug-in hybrid" : "un hybride rechargeable";
        case energy_family::hybrid: return en ? "a non-plug-in hybrid" : "un hybride non rechargeable";
        case energy_family::lpg: return en ? "an LPG vehicle" : "un véhicule au GPL";
        case energy_family::natural_gas: return en ? "a natural gas vehicle" : "un véhicule au gaz naturel";
        case energy_family::e85: return en ? "an E85 superethanol vehicle" : "un véhicule au superéthanol E85";
    }
    return en ? "a vehicle" : "un véhicule";
}

// The vehicle classes of data/vehicle_classes.hpp, with the article French needs.
constexpr std::string_view class_label(std::int64_t c, lang lg) noexcept {
    using vc = data::vehicle_class;
    const bool en = lg == lang::en;
    switch (static_cast<vc>(c)) {
        case vc::tourism: return en ? "a passenger car (VP, M1)" : "une voiture particulière (VP, M1)";
        case vc::light_utility: return en ? "a light commercial vehicle (CTTE, N1)" : "une camionnette (CTTE, N1)";
        case vc::vasp_light: return en ? "a special-purpose vehicle (VASP) of 3.5 t or less" : "un véhicule automoteur spécialisé (VASP) de 3,5 t au plus";
        case vc::vasp_heavy: return en ? "a special-purpose vehicle (VASP) over 3.5 t" : "un véhicule automoteur spécialisé (VASP) de plus de 3,5 t";
        case vc::motorcycle: return en ? "a motorcycle (L3e, L4e)" : "une motocyclette (L3e, L4e)";
        case vc::tricycle: return en ? "a motor tricycle (TM, L5e)" : "un tricycle à moteur (TM, L5e)";
        case vc::quadricycle: return en ? "a quadricycle (QM, L6e, L7e)" : "un quadricycle à moteur (QM, L6e, L7e)";
        case vc::moped: return en ? "a moped of 50 cm³ or less (CL, CYCL)" : "un cyclomoteur de 50 cm³ au plus (CL, CYCL)";
        case vc::truck_light: return en ? "a truck of more than 3.5 t and less than 6 t GVW" : "un camion de PTAC supérieur à 3,5 t et inférieur à 6 t";
        case vc::truck_medium: return en ? "a truck of 6 t to less than 11 t GVW" : "un camion de PTAC de 6 t à moins de 11 t";
        case vc::truck_heavy: return en ? "a truck of 11 t GVW or more" : "un camion de PTAC de 11 t ou plus";
        case vc::bus: return en ? "a bus or coach (TCP, M2, M3)" : "un autobus ou autocar (TCP, M2, M3)";
        case vc::road_tractor_light: return en ? "a road tractor of 3.5 t or less (N1)" : "un tracteur routier de 3,5 t au plus (N1)";
        case vc::road_tractor_heavy: return en ? "a road tractor over 3.5 t" : "un tracteur routier de plus de 3,5 t";
        case vc::agricultural: return en ? "an agricultural or forestry vehicle" : "un véhicule agricole ou forestier";
        case vc::trailer: return en ? "a trailer, semi-trailer or caravan" : "une remorque, semi-remorque ou caravane";
    }
    return en ? "this kind of vehicle" : "ce genre de véhicule";
}

inline std::string ordinal(std::int64_t n, lang lg) {
    std::string s = std::to_string(n);
    if (lg == lang::fr) return s + (n == 1 ? "er" : "e");
    const std::int64_t tens = (n < 0 ? -n : n) % 100;
    const std::int64_t units = tens % 10;
    if (tens >= 11 && tens <= 13) return s + "th";
    return s + (units == 1 ? "st" : units == 2 ? "nd" : units == 3 ? "rd" : "th");
}

}  // namespace detail::render

// An amount in euros: "1 873,20 €" (French; U+00A0 before € and between thousands) or "€1,873.20" (English).
inline std::string format_money(money m, lang lg = lang::fr) {
    const std::int64_t c = m.in_cents();
    const std::uint64_t mag = detail::render::magnitude(c);
    const std::string sign = c < 0 ? "-" : "";
    if (lg == lang::en)
        return sign + "€" + detail::render::grouped(mag / 100, ",") + "." + detail::render::two_digits(mag);
    return sign + detail::render::grouped(mag / 100, detail::render::nbsp) + "," + detail::render::two_digits(mag) +
           std::string{detail::render::nbsp} + "€";
}

// A count with thousands grouped the same way: "12 000" (U+00A0) or "12,000".
inline std::string format_count(std::int64_t n, lang lg = lang::fr) {
    return std::string{n < 0 ? "-" : ""} +
           detail::render::grouped(detail::render::magnitude(n), lg == lang::en ? std::string_view{","} : detail::render::nbsp);
}

// A date in words: "1er mars 2026", "3 mai 2019" (French) or "1 March 2026" (English). An invalid date
// prints as its raw fields, "YYYY-MM-DD".
inline std::string format_date(date d, lang lg = lang::fr) {
    constexpr std::string_view fr[] = {"janvier", "février", "mars", "avril", "mai", "juin",
                                       "juillet", "août", "septembre", "octobre", "novembre", "décembre"};
    constexpr std::string_view en[] = {"January", "February", "March", "April", "May", "June",
                                       "July", "August", "September", "October", "November", "December"};
    if (!d.ok()) {
        std::string s = std::to_string(d.year()) + "-" + std::to_string(d.month()) + "-" + std::to_string(d.day());
        return s;
    }
    const auto m = static_cast<std::size_t>(d.month() - 1);
    if (lg == lang::en) return std::to_string(d.day()) + " " + std::string{en[m]} + " " + std::to_string(d.year());
    return (d.day() == 1 ? std::string{"1er"} : std::to_string(d.day())) + " " + std::string{fr[m]} + " " + std::to_string(d.year());
}

// "2026-03-01": the ISO form, for JSON.
inline std::string format_iso_date(date d) {
    const auto pad = [](int v, std::size_t w) {
        std::string s = std::to_string(v < 0 ? -v : v);
        while (s.size() < w) s.insert(s.begin(), '0');
        return s;
    };
    return pad(d.year(), 4) + "-" + pad(d.month(), 2) + "-" + pad(d.day(), 2);
}

// One step as one full sentence (ending with a period), in the language asked.
inline std::string explain_step(const explanation_step& s, lang lg = lang::fr) {
    namespace r = detail::render;
    const bool en = lg == lang::en;
    const auto eur = [lg](std::int64_t cents) { return format_money(money::cents(cents), lg); };
    const auto num = [lg](std::int64_t n) { return format_count(n, lg); };
    const auto when = [lg](date d) { return format_date(d, lg); };
    // The source in brackets: sources carry their own parentheses ("CIBS L.421-54-1 (LF 2026)").
    const std::string src = s.source.empty() ? std::string{} : " [" + std::string{s.source} + "]";
    const auto reg = [](std::int64_t v) { return static_cast<region>(v); };
    const auto region_in = [&](std::int64_t v) {
        return en ? "in " + std::string{to_string(reg(v))} : std::string{r::in_region_fr(reg(v))};
    };

    switch (s.kind) {
        case step_kind::regional_rate:
            return en ? "Regional rate " + region_in(s.b) + ": " + eur(s.a) + " per fiscal horsepower (CV), in force since " + when(s.since) + src + "."
                      : "Tarif régional " + region_in(s.b) + " : " + eur(s.a) + " par cheval fiscal (CV), en vigueur depuis le " + when(s.since) + src + ".";
        case step_kind::idfm_surcharge:
            return en ? "Île-de-France Mobilités surcharge: " + eur(s.a) + " per CV added to the regional rate since " + when(s.since) + ", outside the 60 € cap and reduced like the rate" + src + "."
                      : "Majoration Île-de-France Mobilités : " + eur(s.a) + " par CV ajoutés au tarif régional depuis le " + when(s.since) + ", hors plafond de 60 € et réduits comme le tarif" + src + ".";
        case step_kind::fiscal_power:
            return en ? "The rate is multiplied by the fiscal power (P.6): " + num(s.a) + " CV."
                      : "Le tarif est multiplié par la puissance fiscale (P.6) : " + num(s.a) + " CV.";
        case step_kind::fiscal_power_forced:
            return en ? "W garage or WW certificate: the rate is charged for " + num(s.a) + " CV, whatever the vehicle's power" + src + "."
                      : "Certificat W garage ou WW : le tarif est dû pour " + num(s.a) + " CV, quelle que soit la puissance du véhicule" + src + ".";
        case step_kind::genre_coefficient: {
            const std::string frac = std::to_string(s.a) + "/" + std::to_string(s.b);
            return en ? "Coefficient " + frac + " for " + std::string{r::class_label(s.c, lg)} + ": the rate is multiplied by " + frac + src + "."
                      : "Coefficient " + frac + " pour " + std::string{r::class_label(s.c, lg)} + " : le tarif est multiplié par " + frac + src + ".";
        }
        case step_kind::age_half_rate:
            return en ? "The vehicle is " + num(s.a) + " years old (first registered at least ten years before the application): the rate is halved" + src + "."
                      : "Le véhicule a " + num(s.a) + " ans (première immatriculation au moins dix ans avant la demande) : le tarif est réduit de moitié" + src + ".";
        case step_kind::clean_energy: {
            const std::string fam{r::family_label(static_cast<energy_family>(s.b), lg)};
            if (s.a == 0)
                return en ? "No exemption for " + fam + " " + region_in(s.c) + " since " + when(s.since) + ": the regional tax is due in full" + src + "."
                          : "Aucune exonération pour " + fam + " " + region_in(s.c) + " depuis le " + when(s.since) + " : la taxe régionale est due en entier" + src + ".";
            if (s.a >= 100)
                return en ? "Full exemption (100 %) from the regional tax for " + fam + " " + region_in(s.c) + " since " + when(s.since) + src + "."
                          : "Exonération totale (100 %) de la taxe régionale pour " + fam + " " + region_in(s.c) + " depuis le " + when(s.since) + src + ".";
            return en ? "Exemption of " + num(s.a) + " % of the regional tax for " + fam + " " + region_in(s.c) + " since " + when(s.since) + src + "."
                      : "Exonération de " + num(s.a) + " % de la taxe régionale pour " + fam + " " + region_in(s.c) + " depuis le " + when(s.since) + src + ".";
        }
        case step_kind::moped_nil_rate:
            return en ? "A moped of 50 cm³ or less (L1e, L2e) has a nil regional rate: no regional tax" + src + "."
                      : "Un cyclomoteur de 50 cm³ au plus (L1e, L2e) a un tarif régional nul : pas de taxe régionale" + src + ".";
        case step_kind::agricultural_nil_rate:
            return en ? "Agricultural or forestry vehicles and trailers pay no regional tax" + src + "."
                      : "Les véhicules agricoles ou forestiers et les remorques ne paient pas de taxe régionale" + src + ".";
        case step_kind::not_change_of_owner:
            return en ? "This procedure is not a change of owner: no regional tax (Y.1), no transport vehicle tax (Y.2) and no malus (Y.3)" + src + "."
                      : "Cette démarche n'est pas un changement de titulaire : ni taxe régionale (Y.1), ni taxe sur les véhicules de transport (Y.2), ni malus (Y.3)" + src + ".";
        case step_kind::y1_amount:
            if (s.b != 0)
                return en ? "Regional tax (Y.1): " + eur(s.a) + ", of which " + eur(s.b) + " for Île-de-France Mobilités."
                          : "Taxe régionale (Y.1) : " + eur(s.a) + ", dont " + eur(s.b) + " pour Île-de-France Mobilités.";
            return en ? "Regional tax (Y.1): " + eur(s.a) + "." : "Taxe régionale (Y.1) : " + eur(s.a) + ".";
        case step_kind::transport_tax: {
            const std::string ptac = s.b > 0 ? (en ? " (GVW, box F.2: " : " (PTAC, case F.2 : ") + num(s.b) + " kg)" : std::string{};
            return en ? "Transport vehicle tax (Y.2): " + eur(s.a) + " for " + std::string{r::class_label(s.c, lg)} + ptac + src + "."
                      : "Taxe sur les véhicules de transport (Y.2) : " + eur(s.a) + " pour " + std::string{r::class_label(s.c, lg)} + ptac + src + ".";
        }
        case step_kind::transport_tax_none:
            return en ? "No transport vehicle tax (Y.2): it applies only to goods vehicles, buses and coaches (N, M2, M3) other than special-purpose vehicles" + src + "."
                      : "Pas de taxe sur les véhicules de transport (Y.2) : elle ne vise que les véhicules de marchandises et de transport en commun (N, M2, M3) autres que les VASP" + src + ".";
        case step_kind::malus_not_due:
        case step_kind::mass_not_due: {
            const bool mass = s.kind == step_kind::mass_not_due;
            std::string why;
            switch (static_cast<malus_reason>(s.a)) {
                case malus_reason::not_first_registration_as_vp:
                    why = en ? "only a first registration in France as a passenger car pays it" : "seule une première immatriculation en France comme voiture particulière y est soumise";
                    break;
                case malus_reason::not_tourism_vehicle:
                    why = en ? "only passenger cars (VP, M1) pay it" : "il ne concerne que les voitures particulières (VP, M1)";
                    break;
                case malus_reason::electric_or_hydrogen:
                    why = en ? "electric and hydrogen vehicles are exempt" : "les véhicules électriques ou à hydrogène en sont exonérés";
                    break;
                case malus_reason::invalidity:
                    why = en ? "holders of an invalidity card (CMI invalidité or military invalidity card) are exempt"
                             : "les titulaires d'une carte d'invalidité (CMI invalidité ou carte d'invalidité militaire) en sont exonérés";
                    break;
                case malus_reason::wheelchair:
                    why = en ? "vehicles fitted for a wheelchair are exempt" : "les véhicules aménagés pour le transport d'un fauteuil roulant en sont exonérés";
                    break;
                case malus_reason::before_2022_mass:
                    why = en ? "the vehicle was first registered before 1 January 2022" : "le véhicule a été immatriculé pour la première fois avant le 1er janvier 2022";
                    break;
                case malus_reason::import_too_old: {
                    date cutoff{};
                    for (const auto& rule : data::decote_rules)
                        if (rule.source == s.source && rule.no_malus_before.ok()) cutoff = rule.no_malus_before;
                    if (cutoff.ok())
                        why = en ? "the imported vehicle was first registered before " + when(cutoff)
                                 : "le véhicule importé a été immatriculé pour la première fois avant le " + when(cutoff);
                    else
                        why = en ? "the imported vehicle was first registered before the legal cut-off date"
                                 : "le véhicule importé a été immatriculé pour la première fois avant la date limite légale";
                    break;
                }
                case malus_reason::full_decote:
                    why = en ? "the décote for the imported vehicle's age reaches 100 %" : "la décote pour l'âge du véhicule importé atteint 100 %";
                    break;
                case malus_reason::below_threshold:
                    why = en ? "the vehicle is below the taxable threshold" : "le véhicule est sous le seuil de taxation";
                    break;
                case malus_reason::plugin_hybrid_exempt:
                    why = en ? "plug-in hybrids first registered before 2025 are exempt" : "les hybrides rechargeables immatriculés pour la première fois avant 2025 en sont exonérés";
                    break;
                default:
                    why = en ? "the rules exempt this vehicle" : "les règles exonèrent ce véhicule";
                    break;
            }
            if (mass) return (en ? "No mass malus: " : "Pas de malus au poids : ") + why + src + ".";
            return (en ? "No malus (Y.3): " : "Pas de malus (Y.3) : ") + why + src + ".";
        }
        case step_kind::co2_grid: {
            std::string cycle;
            if (const auto* g = data::co2_grid_for(s.since); g != nullptr && g->since == s.since)
                cycle = g->cycle == co2_cycle::wltp ? " WLTP" : " NEDC";
            return en ? "CO2 malus from the " + std::to_string(s.a) + cycle + " grid (first registrations from " + when(s.since) + "): " + num(s.b) + " g/km gives " + eur(s.c) + src + "."
                      : "Malus CO2 selon la grille " + std::to_string(s.a) + cycle + " (premières immatriculations à partir du " + when(s.since) + ") : " + num(s.b) + " g/km donnent " + eur(s.c) + src + ".";
        }
        case step_kind::co2_power_grid:
            return en ? "No EU type approval: the malus follows the " + std::to_string(s.a) + " fiscal-power grid: " + num(s.b) + " CV gives " + eur(s.c) + src + "."
                      : "Pas de réception communautaire : le malus suit la grille " + std::to_string(s.a) + " en puissance fiscale : " + num(s.b) + " CV donnent " + eur(s.c) + src + ".";
        case step_kind::co2_e85_reduction: {
            const std::int64_t after = s.b * s.a / 100;
            return en ? "E85 superethanol: only " + num(s.a) + " % of the CO2 figure is taxed, " + num(s.b) + " g/km becomes " + num(after) + " g/km" + src + "."
                      : "Superéthanol E85 : seuls " + num(s.a) + " % du taux de CO2 sont retenus, " + num(s.b) + " g/km deviennent " + num(after) + " g/km" + src + ".";
        }
        case step_kind::co2_family_reduction:
            return en ? "Large family (" + num(s.b) + " dependent children): " + num(s.a) + " g/km taken off the CO2 figure, 20 g/km per child" + src + "."
                      : "Famille nombreuse (" + num(s.b) + " enfants à charge) : " + num(s.a) + " g/km retirés du taux de CO2, 20 g/km par enfant" + src + ".";
        case step_kind::mass_grid:
            return en ? "Mass malus from the " + std::to_string(s.a) + " grid (first registrations from " + when(s.since) + "): a taxable mass of " + num(s.b) + " kg gives " + eur(s.c) + src + "."
                      : "Malus au poids selon la grille " + std::to_string(s.a) + " (premières immatriculations à partir du " + when(s.since) + ") : une masse taxable de " + num(s.b) + " kg donne " + eur(s.c) + src + ".";
        case step_kind::mass_abatement: {
            std::string who;
            switch (static_cast<mass_abatement_reason>(s.b)) {
                case mass_abatement_reason::large_family:
                    who = en ? "Large family (" + num(s.c) + " dependent children)" : "Famille nombreuse (" + num(s.c) + " enfants à charge)";
                    break;
                case mass_abatement_reason::many_seats_or_legal_person:
                    who = en ? "Vehicle of at least 8 seats acquired by a legal person" : "Véhicule d'au moins 8 places acquis par une personne morale";
                    break;
                case mass_abatement_reason::plugin_hybrid: who = en ? "Plug-in hybrid" : "Hybride rechargeable"; break;
                case mass_abatement_reason::hybrid: who = en ? "Non-plug-in hybrid" : "Hybride non rechargeable"; break;
                default: who = en ? "Abatement" : "Abattement"; break;
            }
            return en ? who + ": " + num(s.a) + " kg taken off the mass" + src + "."
                      : who + " : " + num(s.a) + " kg retirés de la masse" + src + ".";
        }
        case step_kind::combined_cap:
            return en ? "CO2 and mass malus together may not exceed " + eur(s.a) + ", the top of that year's CO2 grid: the mass malus of " + eur(s.b) + " is cut to what is left under the cap" + src + "."
                      : "Le malus CO2 et le malus au poids réunis ne peuvent dépasser " + eur(s.a) + ", le maximum de la grille CO2 de l'année : le malus au poids de " + eur(s.b) + " est ramené à ce qui reste sous ce plafond" + src + ".";
        case step_kind::price_cap:
            return en ? "The malus may not exceed 50 % of the purchase price including VAT: " + eur(s.b) + " is capped at " + eur(s.a) + src + "."
                      : "Le malus ne peut dépasser 50 % du prix d'achat TTC : " + eur(s.b) + " sont ramenés à " + eur(s.a) + src + ".";
        case step_kind::price_cap_unchecked:
            return en ? "In 2022 and 2023 the malus may not exceed 50 % of the purchase price including VAT; the price was not given, so the cap was not checked" + src + "."
                      : "En 2022 et 2023 le malus ne peut dépasser 50 % du prix d'achat TTC ; le prix n'a pas été indiqué, le plafond n'a pas été vérifié" + src + ".";
        case step_kind::import_decote: {
            const bool months = s.c == 1;
            std::string age;
            if (months)
                age = en ? num(s.b) + (s.b == 1 ? " started month" : " started months") : num(s.b) + (s.b == 1 ? " mois entamé" : " mois entamés");
            else
                age = en ? num(s.b) + (s.b == 1 ? " started year" : " started years") : num(s.b) + (s.b == 1 ? " année entamée" : " années entamées");
            return en ? "Vehicle first registered abroad: the malus is reduced by " + num(s.a) + " % for " + age + " since its first registration" + src + "."
                      : "Véhicule immatriculé d'abord à l'étranger : le malus est réduit de " + num(s.a) + " % pour " + age + " depuis sa première immatriculation" + src + ".";
        }
        case step_kind::y3_amount:
            return en ? "Malus (Y.3): " + eur(s.a) + ", of which " + eur(s.b) + " for CO2 and " + eur(s.c) + " for mass."
                      : "Malus (Y.3) : " + eur(s.a) + ", dont " + eur(s.b) + " de malus CO2 et " + eur(s.c) + " de malus au poids.";
        case step_kind::fixed_tax:
            return en ? "Fixed tax (Y.4): " + eur(s.a) + " for any certificate issued, since " + when(s.since) + src + "."
                      : "Taxe fixe (Y.4) : " + eur(s.a) + " pour toute délivrance d'un certificat, depuis le " + when(s.since) + src + ".";
        case step_kind::fixed_tax_exempt:
            if (s.b == 1)
                return en ? "Duplicate of an FNI certificate: the new certificate converts the vehicle to the SIV, and a conversion pays no fixed tax (Y.4)" + src + "."
                          : "Duplicata d'un certificat FNI : le nouveau certificat fait passer le véhicule au SIV, et ce passage ne paie pas la taxe fixe (Y.4)" + src + ".";
            switch (static_cast<fee_exemption>(s.a)) {
                case fee_exemption::moped:
                    return en ? "No fixed tax (Y.4) for a moped" + src + "." : "Pas de taxe fixe (Y.4) pour un cyclomoteur" + src + ".";
                case fee_exemption::address_first_changes:
                    return en ? "No fixed tax (Y.4) for the first three changes of address" + src + "."
                              : "Pas de taxe fixe (Y.4) pour les trois premiers changements d'adresse" + src + ".";
                case fee_exemption::procedure:
                default:
                    return en ? "No fixed tax (Y.4) for this procedure" + src + "." : "Pas de taxe fixe (Y.4) pour cette démarche" + src + ".";
            }
        case step_kind::delivery_fee:
            return en ? "Delivery fee (Y.5): " + eur(s.a) + " for posting the certificate" + src + "."
                      : "Redevance d'acheminement (Y.5) : " + eur(s.a) + " pour l'envoi du certificat" + src + ".";
        case step_kind::delivery_fee_exempt:
            switch (static_cast<fee_exemption>(s.a)) {
                case fee_exemption::moped:
                    return en ? "No delivery fee (Y.5) for a moped" + src + "." : "Pas de redevance d'acheminement (Y.5) pour un cyclomoteur" + src + ".";
                case fee_exemption::address_first_changes:
                    return en ? "No delivery fee (Y.5): the first three changes of address get a sticker, not a new certificate" + src + "."
                              : "Pas de redevance d'acheminement (Y.5) : les trois premiers changements d'adresse donnent une étiquette, pas un nouveau certificat" + src + ".";
                case fee_exemption::procedure:
                default:
                    return en ? "No delivery fee (Y.5) for this procedure" + src + "." : "Pas de redevance d'acheminement (Y.5) pour cette démarche" + src + ".";
            }
        case step_kind::address_sticker:
            return en ? r::ordinal(s.a, lg) + " change of address on an SIV certificate: a sticker is posted, no new certificate is issued and nothing is due" + src + "."
                      : r::ordinal(s.a, lg) + " changement d'adresse sur un certificat SIV : une étiquette est envoyée, aucun nouveau certificat n'est émis et rien n'est dû" + src + ".";
        case step_kind::subtotal:
            return en ? "Subtotal Y.1 + Y.2 + Y.3 + Y.4: " + eur(s.a) + "." : "Sous-total Y.1 + Y.2 + Y.3 + Y.4 : " + eur(s.a) + ".";
        case step_kind::rounding:
            if (s.a == s.b)
                return en ? "The subtotal is a whole number of euros: " + eur(s.b) + ", no rounding needed" + src + "."
                          : "Le sous-total est un nombre entier d'euros : " + eur(s.b) + ", sans arrondi" + src + ".";
            return en ? "The subtotal is rounded to the nearest euro, a half counting as one: " + eur(s.a) + " becomes " + eur(s.b) + src + "."
                      : "Le sous-total est arrondi à l'euro le plus proche, la moitié comptant pour un : " + eur(s.a) + " deviennent " + eur(s.b) + src + ".";
        case step_kind::total:
            return en ? "Total due (Y.6): " + eur(s.a) + ", the rounded subtotal plus the delivery fee (Y.5)."
                      : "Montant total à payer (Y.6) : " + eur(s.a) + ", sous-total arrondi plus la redevance d'acheminement (Y.5).";
        case step_kind::after_data_vintage:
            return en ? "Warning: the application date is beyond the tariffs this version knows (latest change on " + when(s.since) + "); the latest known tariffs were used and a later vote may change the amount."
                      : "Attention : la date de la demande dépasse les tarifs connus de cette version (dernier changement le " + when(s.since) + ") ; les derniers tarifs connus ont été appliqués et un vote ultérieur peut changer le montant.";
    }
    return en ? "Unknown step." : "Étape inconnue.";
}

// The whole trail, one step a line: "Y.1 — <sentence>\n".
inline std::string explain(const breakdown& b, lang lg = lang::fr) {
    std::string out;
    for (const auto& s : b.steps) {
        out += to_string(s.line);
        out += " — ";
        out += explain_step(s, lg);
        out += '\n';
    }
    if (b.steps.overflowed())
        out += lg == lang::en ? "(some steps were not recorded: the trail is full)\n" : "(certaines étapes n'ont pas été enregistrées : la liste est pleine)\n";
    return out;
}

}  // namespace cartegrise

#endif
