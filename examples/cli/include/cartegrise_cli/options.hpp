// The options of the `cartegrise` command, in one table: each option's name, the subcommands it belongs
// to, whether it takes a value, the request field it sets (so that a library error is reported under
// the option the user typed) and its help in French and English. An option that sets a request field
// takes its name from the field's descriptor.
#ifndef CARTEGRISE_CLI_OPTIONS_HPP
#define CARTEGRISE_CLI_OPTIONS_HPP

#include <cartegrise/error.hpp>
#include <cartegrise/request_fields.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace cartegrise::cli {

// New subcommands go at the end.
enum class command : std::uint8_t { quote, help, version, documents, deadline, batch, rates, next_change, fiscal_power };

// What an option does; every option that sets a field of the request is `field` (its row names the field).
enum class opt : std::uint8_t {
    field,
    explain, json, lang, help, version,
    reason, origin, third_party, minor, co_holder, leased, inspection_exempt,
    event_date, kind, transfer_date, purchase_date, move_date, transformation_date, declaration_date,
    lessee_notice_date, issuance_date, death_date, application_date,
    until, input, format, output, pass_through,
};

// The subcommands an option belongs to, a bit each.
using command_set = std::uint16_t;
constexpr command_set bit(command c) noexcept { return static_cast<command_set>(1u << static_cast<unsigned>(c)); }
inline constexpr command_set for_fee = bit(command::quote) | bit(command::next_change);  // a request's fields
inline constexpr command_set for_power = bit(command::fiscal_power);  // what P.6 is computed from
inline constexpr command_set everywhere = 0xffff;

// A sentence of the help. The JSON-only build (the npm module, CARTEGRISE_CLI_JSON_ONLY) prints no help:
// there it keeps none of the sentences, which the table would otherwise carry into the module (6.6 KiB).
#ifdef CARTEGRISE_CLI_JSON_ONLY
struct help_sentence {
    // NOLINTBEGIN(google-explicit-constructor): rows of literals
    template <std::size_t N> constexpr help_sentence(const char (&)[N]) noexcept {}
    constexpr help_sentence(std::string_view) noexcept {}
    // NOLINTEND(google-explicit-constructor)
};
#else
using help_sentence = std::string_view;
#endif

struct option_row {
    std::string_view name;   // without "--"
    opt id;
    bool takes_value;
    command_set used_by;
    request_field field;     // the field it sets, or none
    help_sentence value_fr;  // placeholder in the help ("DATE"), empty for a flag
    help_sentence help_fr;
    help_sentence help_en;
};

// An option that sets a field of the request: its name (also its batch column) and whether it takes a
// value come from the field's descriptor (<cartegrise/request_fields.hpp>).
constexpr option_row field_option(request_field f, command_set used_by, std::string_view value_fr, std::string_view help_fr,
                                  std::string_view help_en) noexcept {
    const field_descriptor* d = descriptor_of(f);
    return option_row{d != nullptr ? d->option : std::string_view{}, opt::field, d != nullptr && d->kind != field_kind::flag, used_by, f,
                      value_fr, help_fr, help_en};
}

// clang-format off
inline constexpr option_row option_table[] = {
    field_option(request_field::holder_department, for_fee, "CODE", "département de l'adresse du titulaire (75, 2A, 974)", "department of the holder's address (75, 2A, 974)"),
    field_option(request_field::application_date, for_fee | bit(command::documents) | bit(command::rates) | for_power, "AAAA-MM-JJ", "date de la demande (par défaut : aujourd'hui)", "application date (default: today)"),
    field_option(request_field::procedure, for_fee | bit(command::documents) | bit(command::deadline), "NOM", "démarche (liste ci-dessous)", "procedure (list below)"),
    field_option(request_field::vehicle_genre, for_fee | for_power, "CODE", "genre national, case J.1 (liste ci-dessous)", "genre, box J.1 (list below)"),
    field_option(request_field::vehicle_energy, for_fee | for_power, "CODE", "énergie, case P.3 (liste ci-dessous)", "energy, box P.3 (list below)"),
    field_option(request_field::vehicle_fiscal_cv, for_fee, "N", "puissance fiscale, case P.6", "fiscal power, box P.6"),
    field_option(request_field::vehicle_first_registration, for_fee | bit(command::documents) | for_power, "AAAA-MM-JJ", "date de première immatriculation, case B", "date of first registration, box B"),
    field_option(request_field::vehicle_co2_g_km, for_fee | for_power, "N", "CO2 en g/km, case V.7", "CO2 in g/km, box V.7"),
    field_option(request_field::vehicle_cycle, for_fee, "wltp|nedc", "cycle de mesure du CO2 (par défaut : celui de la date B)", "CO2 test cycle (default: the one in force on date B)"),
    field_option(request_field::vehicle_mass_kg, for_fee, "N", "masse en ordre de marche en kg, case G.1", "mass in running order in kg, box G.1"),
    field_option(request_field::vehicle_ptac_kg, for_fee, "N", "PTAC en kg, case F.2", "gross vehicle weight in kg, box F.2"),
    field_option(request_field::vehicle_cylinder_cm3, for_fee, "N", "cylindrée en cm³, case P.1", "cylinder capacity in cm³, box P.1"),
    field_option(request_field::vehicle_seats, for_fee, "N", "nombre de places assises, case S.1", "seating positions, box S.1"),
    field_option(request_field::vehicle_register_system, for_fee, "siv|fni", "numéro SIV (AB-123-CD) ou FNI (123 ABC 45)", "SIV (AB-123-CD) or FNI (123 ABC 45) number"),
    field_option(request_field::address_change_rank, for_fee, "N", "rang du changement d'adresse (1 pour le premier)", "rank of the change of address (1 for the first)"),
    field_option(request_field::purchase_price, for_fee, "EUROS", "prix d'achat TTC, deux décimales au plus (plafond 2022-2023)", "purchase price incl. VAT, at most two decimals (2022-2023 cap)"),
    field_option(request_field::holder_dependent_children, for_fee, "N", "nombre d'enfants à charge", "number of dependent children"),
    field_option(request_field::vehicle_max_net_power_kw, for_fee | for_power, "N", "puissance nette maximale en kW, case P.2 (30 minutes pour un électrique) : la puissance fiscale d'un import sans P.6 en est calculée", "maximum net power in kW, box P.2 (30 minutes for an electric vehicle): an import without P.6 has its fiscal power computed from it"),
    field_option(request_field::vehicle_electric_power_kw, for_fee, "N", "puissance du moteur électrique d'un hybride en kW (abattement de masse, 2027)", "power of a hybrid's electric motor in kW (mass abatement, 2027)"),
    field_option(request_field::vehicle_odometer_km, for_fee, "N", "kilométrage (réduction de la décote, 2027)", "mileage in km (décote reduction, 2027)"),
    field_option(request_field::vehicle_no_malus_at_first_registration, for_fee, "", "véhicule exonéré de malus à sa première immatriculation en France (malus dû à la revente, 2027)", "vehicle exempt from the malus at its first French registration (due when sold, 2027)"),
    field_option(request_field::vehicle_without_eu_type_approval, for_fee, "", "véhicule sans réception communautaire", "vehicle without EU type approval"),
    field_option(request_field::vehicle_wheelchair_accessible, for_fee, "", "véhicule aménagé pour un fauteuil roulant", "vehicle fitted for a wheelchair"),
    field_option(request_field::holder_invalidity_card, for_fee, "", "titulaire d'une carte d'invalidité", "holder of an invalidity card"),
    field_option(request_field::holder_legal_person, for_fee, "", "titulaire personne morale", "the holder is a company or association"),
    {"explain", opt::explain, false, bit(command::quote), request_field::none, "", "ajoute l'explication de chaque montant", "adds the explanation of every amount"},
    {"reason", opt::reason, true, bit(command::documents), request_field::context_reason, "theft|loss|damage", "duplicata : vol, perte ou détérioration", "duplicate: theft, loss or damage"},
    {"origin", opt::origin, true, bit(command::documents), request_field::context_origin, "eu|outside-eu", "import : depuis l'UE ou hors UE", "import: from the EU or from outside it"},
    {"third-party", opt::third_party, false, bit(command::documents), request_field::none, "", "un professionnel ou un tiers dépose la demande (mandat)", "a professional or another person files (mandate)"},
    {"minor", opt::minor, false, bit(command::documents), request_field::none, "", "titulaire mineur", "the holder is a minor"},
    {"co-holder", opt::co_holder, false, bit(command::documents), request_field::none, "", "certificat avec cotitulaire", "the certificate has a co-holder"},
    {"leased", opt::leased, false, bit(command::documents), request_field::none, "", "véhicule loué (crédit-bail, LOA, LLD de 2 ans ou plus)", "leased vehicle (lease, LOA, LLD of 2 years or more)"},
    {"inspection-exempt", opt::inspection_exempt, false, bit(command::documents), request_field::none, "", "véhicule non soumis au contrôle technique", "vehicle not subject to the technical inspection"},
    {"event-date", opt::event_date, true, bit(command::deadline), request_field::event_date, "AAAA-MM-JJ", "date de chaque événement (cession, déménagement…) à défaut d'une date propre", "date of every event (transfer, move…) unless given its own"},
    {"kind", opt::kind, true, bit(command::deadline), request_field::deadline_kind, "NOM", "un seul délai (liste ci-dessous) ; par défaut tous", "one deadline (list below); all by default"},
    {"transfer-date", opt::transfer_date, true, bit(command::deadline), request_field::events_transfer, "AAAA-MM-JJ", "date de la cession (vente ou don)", "date of the transfer (sale or gift)"},
    {"purchase-date", opt::purchase_date, true, bit(command::deadline), request_field::events_purchase, "AAAA-MM-JJ", "date d'acquisition du véhicule importé", "date the imported vehicle was acquired"},
    {"move-date", opt::move_date, true, bit(command::deadline), request_field::events_move, "AAAA-MM-JJ", "date du changement de domicile", "date of the move"},
    {"transformation-date", opt::transformation_date, true, bit(command::deadline), request_field::events_transformation, "AAAA-MM-JJ", "date de la transformation du véhicule", "date of the transformation"},
    {"declaration-date", opt::declaration_date, true, bit(command::deadline), request_field::events_declaration, "AAAA-MM-JJ", "date de la déclaration (vol, perte, transformation)", "date of the declaration (theft, loss, transformation)"},
    {"lessee-notice-date", opt::lessee_notice_date, true, bit(command::deadline), request_field::events_lessee_notice, "AAAA-MM-JJ", "réception de la déclaration du locataire", "receipt of the lessee's notice"},
    {"issuance-date", opt::issuance_date, true, bit(command::deadline), request_field::events_issuance, "AAAA-MM-JJ", "délivrance du certificat provisoire", "issuance of the provisional certificate"},
    {"death-date", opt::death_date, true, bit(command::deadline), request_field::events_death, "AAAA-MM-JJ", "date du décès du titulaire", "date of the holder's death"},
    {"application-date", opt::application_date, true, bit(command::deadline), request_field::events_application, "AAAA-MM-JJ", "date de la demande", "date of the application"},
    {"until", opt::until, true, bit(command::next_change), request_field::none, "AAAA-MM-JJ", "dernière date examinée (par défaut : 5 ans après la date)", "last date looked at (default: 5 years after the date)"},
    {"input", opt::input, true, bit(command::batch), request_field::none, "FICHIER|-", "fichier CSV ou JSON lines (par défaut : l'entrée standard)", "CSV or JSON lines file (default: standard input)"},
    {"format", opt::format, true, bit(command::batch), request_field::none, "jsonl|csv", "format de sortie (par défaut : jsonl)", "output format (default: jsonl)"},
    {"output", opt::output, true, bit(command::batch), request_field::none, "FICHIER|-", "fichier de sortie, écrit en entier ou pas du tout (par défaut : la sortie standard)", "output file, written whole or not at all (default: standard output)"},
    {"pass-through", opt::pass_through, false, bit(command::batch), request_field::none, "", "recopie les colonnes inconnues dans les réponses au lieu de refuser l'en-tête", "copies unknown columns into the answers instead of refusing the header"},
    {"lang", opt::lang, true, everywhere, request_field::language, "fr|en", "langue de la sortie et des erreurs (par défaut : fr)", "language of the output and the errors (default: fr)"},
    {"json", opt::json, false, everywhere & ~bit(command::batch), request_field::none, "", "un objet JSON, montants en centimes", "one JSON object, amounts in cents"},
    {"help", opt::help, false, everywhere, request_field::none, "", "cette aide", "this help"},
    {"version", opt::version, false, everywhere, request_field::none, "", "version de la bibliothèque et des données", "version of the library and of the data"},
};
// clang-format on
inline constexpr std::size_t option_count = sizeof(option_table) / sizeof(option_table[0]);

// The stable name of a subcommand as typed ("next-change").
constexpr std::string_view command_name(command c) noexcept {
    constexpr std::string_view names[] = {"quote", "help", "version", "documents", "deadline", "batch", "rates", "next-change", "fiscal-power"};
    const auto i = static_cast<std::size_t>(c);
    return i < sizeof(names) / sizeof(names[0]) ? names[i] : std::string_view{"?"};
}
inline constexpr command all_commands[] = {command::quote,    command::batch,        command::rates,
                                           command::next_change, command::fiscal_power, command::documents,
                                           command::deadline, command::help,        command::version};

// The option a user types for a field ("cv" for vehicle.fiscal_cv); empty when none.
constexpr std::string_view option_for(request_field f) noexcept {
    if (f == request_field::none) return {};
    for (const auto& row : option_table)
        if (row.field == f) return row.name;
    // Fields of document_context that share an option with the request.
    if (f == request_field::context_application_date) return "date";
    if (f == request_field::context_first_registration) return "first-registration";
    return {};
}

constexpr const option_row* find_option(std::string_view name) noexcept {
    for (const auto& row : option_table)
        if (row.name == name) return &row;
    return nullptr;
}

}  // namespace cartegrise::cli

#endif
