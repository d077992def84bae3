// Deadlines of each procedure and the fine for missing them.
// Law: Code de la route R.322-4 (seller: 15 days to declare the transfer), R.322-5 (buyer: one month from
// the transfer), R.322-7 I and II (address: one month; lessor: 10 days after the lessee's notice),
// R.322-8 (technical change: one month; provisional certificate one month from the declaration),
// R.322-1 VII (circulating without a certificate); each is "puni de l'amende prévue pour les
// contraventions de la quatrième classe". Fine amounts: Code de procédure pénale R.49 (forfait), R.49-9
// (minorée), R.49-7 (majorée); Code pénal 131-13 (maximum). Provisional certificate, W garage, delivery:
// service-public.fr F16542, F22637, R20907 (checked 2022-01-21 in the pages kept with the project).
// Counting: see <cartegrise/deadlines.hpp> (Code de procédure civile art. 641).
#ifndef CARTEGRISE_DATA_PROCEDURE_DEADLINES_HPP
#define CARTEGRISE_DATA_PROCEDURE_DEADLINES_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../procedure.hpp"
#include "table.hpp"

namespace cartegrise {

enum class deadline_kind : std::uint8_t {
    registration,             // the holder files the application (or the declaration) by this date
    seller_declaration,       // the seller declares the transfer by this date
    lessor_declaration,       // leased vehicle: the lessor declares the lessee's change by this date
    provisional_certificate,  // the provisional certificate (CPI) is valid until this date
    declaration_receipt,      // the stamped declaration of theft / loss lets one drive until this date
    heir_sale_window,         // heirs may sell without re-registering until this date
    w_garage_validity,        // the W garage certificate is valid until this date
    delivery,                 // the certificate usually arrives by this date (an estimate, not a rule)
};

// What starts the clock.
enum class deadline_event : std::uint8_t {
    transfer,        // date of the cession (sale or gift)
    purchase,        // acquisition of the imported vehicle
    move,            // change of address
    transformation,  // transformation of the vehicle
    declaration,     // declaration or application filed with the administration
    lessee_notice,   // the lessee's notice to the lessor
    issuance,        // issuance of the provisional certificate or receipt
    death,           // death of the holder
    application,     // application filed
};

enum class duration_unit : std::uint8_t {
    days,           // calendar days, the day of the event not counted
    months,         // months "de quantième à quantième", clamped to the month's end
    working_days,   // Monday to Friday, public holidays not deducted
    calendar_year,  // until 31 December of the event's year
};

namespace data {

struct deadline_kind_info {
    deadline_kind key;
    std::string_view cli_name;
    std::string_view label_fr;
    std::string_view label_en;
};
// clang-format off
inline constexpr deadline_kind_info deadline_kinds[] = {
    {deadline_kind::registration,            "registration",            "Demande à déposer au plus tard le",                  "Application due by"},
    {deadline_kind::seller_declaration,      "seller-declaration",      "Déclaration de cession par le vendeur au plus tard le", "Seller's declaration of transfer due by"},
    {deadline_kind::lessor_declaration,      "lessor-declaration",      "Déclaration par le loueur au plus tard le",          "Lessor's declaration due by"},
    {deadline_kind::provisional_certificate, "provisional-certificate", "Certificat provisoire (CPI) valable jusqu'au",        "Provisional certificate (CPI) valid until"},
    {deadline_kind::declaration_receipt,     "declaration-receipt",     "Récépissé de déclaration valable jusqu'au",          "Declaration receipt valid until"},
    {deadline_kind::heir_sale_window,        "heir-sale-window",        "Vente possible sans nouvelle immatriculation jusqu'au", "Sale without re-registration possible until"},
    {deadline_kind::w_garage_validity,       "w-garage-validity",       "Certificat W garage valable jusqu'au",               "W garage certificate valid until"},
    {deadline_kind::delivery,                "delivery",                "Réception habituelle du certificat vers le",         "Certificate usually delivered by"},
};

struct deadline_event_info {
    deadline_event key;
    std::string_view cli_name;
    std::string_view label_fr;
    std::string_view label_en;
};
inline constexpr deadline_event_info deadline_events[] = {
    {deadline_event::transfer,       "transfer",       "date de la cession",                  "date of the transfer"},
    {deadline_event::purchase,       "purchase",       "date d'acquisition",                  "date of acquisition"},
    {deadline_event::move,           "move",           "date du changement de domicile",      "date of the move"},
    {deadline_event::transformation, "transformation", "date de la transformation",           "date of the transformation"},
    {deadline_event::declaration,    "declaration",    "date de la déclaration",              "date of the declaration"},
    {deadline_event::lessee_notice,  "lessee-notice",  "réception de la déclaration du locataire", "receipt of the lessee's notice"},
    {deadline_event::issuance,       "issuance",       "date de délivrance",                  "date of issuance"},
    {deadline_event::death,          "death",          "date du décès",                       "date of death"},
    {deadline_event::application,    "application",    "date de la demande",                  "date of the application"},
};
// clang-format on

// A deadline of one procedure, in force from `since` (the library floor when the rule is older).
// fine_class: the contravention class for missing it (0: no fine attached to this deadline).
struct deadline_row {
    procedure key;
    deadline_kind kind;
    date since;
    duration_unit unit;
    int amount;
    deadline_event from;
    int fine_class;
    std::string_view source;
};

namespace pdl {
using p = procedure;
using k = deadline_kind;
using u = duration_unit;
using e = deadline_event;
inline constexpr date floor = first_supported_date;
}  // namespace pdl

// clang-format off
inline constexpr deadline_row procedure_deadlines[] = {
    // procedure                    kind                               since       unit                 n   starts from                fine  source
    {pdl::p::new_vehicle,           pdl::k::provisional_certificate,   pdl::floor, pdl::u::months,       1, pdl::e::issuance,          4, "service-public.fr F16542 (CPI 1 month); R.322-1 VII (circulating without a certificate)"},
    {pdl::p::new_vehicle,           pdl::k::delivery,                  pdl::floor, pdl::u::working_days, 7, pdl::e::application,       0, "service-public.fr R20907 (about 7 working days; an estimate)"},
    {pdl::p::used,                  pdl::k::registration,              pdl::floor, pdl::u::months,       1, pdl::e::transfer,          4, "C. route R.322-5 I (one month from the transfer)"},
    {pdl::p::used,                  pdl::k::seller_declaration,        pdl::floor, pdl::u::days,        15, pdl::e::transfer,          4, "C. route R.322-4 (fifteen days after the transfer)"},
    {pdl::p::used,                  pdl::k::provisional_certificate,   pdl::floor, pdl::u::months,       1, pdl::e::issuance,          4, "service-public.fr F16542 (CPI 1 month)"},
    {pdl::p::used,                  pdl::k::delivery,                  pdl::floor, pdl::u::working_days, 7, pdl::e::application,       0, "service-public.fr R20907 (about 7 working days; an estimate)"},
    {pdl::p::import,                pdl::k::registration,              pdl::floor, pdl::u::months,       1, pdl::e::purchase,          4, "third-party pages (one month after acquisition; weak); R.322-1 VII"},
    {pdl::p::import,                pdl::k::provisional_certificate,   pdl::floor, pdl::u::months,       1, pdl::e::issuance,          4, "service-public.fr F16542 (CPI 1 month, complete import file)"},
    {pdl::p::import,                pdl::k::delivery,                  pdl::floor, pdl::u::working_days, 7, pdl::e::application,       0, "service-public.fr R20907 (about 7 working days; an estimate)"},
    {pdl::p::duplicate,             pdl::k::provisional_certificate,   pdl::floor, pdl::u::months,       1, pdl::e::issuance,          4, "service-public.fr F16542 (CPI 1 month after a duplicata request)"},
    {pdl::p::duplicate,             pdl::k::declaration_receipt,       pdl::floor, pdl::u::months,       1, pdl::e::declaration,       0, "2022 duplicata pages: the stamped cerfa 13753 allows driving 1 month (weak)"},
    {pdl::p::duplicate,             pdl::k::delivery,                  pdl::floor, pdl::u::working_days, 7, pdl::e::application,       0, "service-public.fr R20907 (about 7 working days; an estimate)"},
    {pdl::p::address,               pdl::k::registration,              pdl::floor, pdl::u::months,       1, pdl::e::move,              4, "C. route R.322-7 I (in the month after the move); R.322-7 VIII"},
    {pdl::p::address,               pdl::k::lessor_declaration,        pdl::floor, pdl::u::days,        10, pdl::e::lessee_notice,     4, "C. route R.322-7 II (lessee: one month; lessor: ten days)"},
    {pdl::p::address,               pdl::k::delivery,                  pdl::floor, pdl::u::working_days, 7, pdl::e::application,       0, "service-public.fr R20907 (label or certificate; an estimate)"},
    {pdl::p::civil_status,          pdl::k::provisional_certificate,   pdl::floor, pdl::u::months,       1, pdl::e::issuance,          0, "service-public.fr F16542 (CPI 1 month)"},
    {pdl::p::civil_status,          pdl::k::delivery,                  pdl::floor, pdl::u::working_days, 7, pdl::e::application,       0, "service-public.fr R20907 (about 7 working days; an estimate)"},
    {pdl::p::spouse,                pdl::k::provisional_certificate,   pdl::floor, pdl::u::months,       1, pdl::e::issuance,          0, "service-public.fr F16542 (CPI 1 month)"},
    {pdl::p::spouse,                pdl::k::delivery,                  pdl::floor, pdl::u::working_days, 7, pdl::e::application,       0, "service-public.fr R20907 (about 7 working days; an estimate)"},
    {pdl::p::technical,             pdl::k::registration,              pdl::floor, pdl::u::months,       1, pdl::e::transformation,    4, "C. route R.322-8 I and III (in the month after the transformation)"},
    {pdl::p::technical,             pdl::k::provisional_certificate,   pdl::floor, pdl::u::months,       1, pdl::e::declaration,       4, "C. route R.322-8 I (one month from the declaration)"},
    {pdl::p::technical,             pdl::k::delivery,                  pdl::floor, pdl::u::working_days, 7, pdl::e::application,       0, "service-public.fr R20907 (about 7 working days; an estimate)"},
    {pdl::p::correction,            pdl::k::provisional_certificate,   pdl::floor, pdl::u::months,       1, pdl::e::issuance,          0, "service-public.fr F16542 (CPI after correction of an input error)"},
    {pdl::p::correction,            pdl::k::delivery,                  pdl::floor, pdl::u::working_days, 7, pdl::e::application,       0, "service-public.fr R20907 (about 7 working days; an estimate)"},
    {pdl::p::w_garage,              pdl::k::w_garage_validity,         pdl::floor, pdl::u::calendar_year,1, pdl::e::issuance,          0, "service-public.fr F22637 (valid for the calendar year, renewed each year)"},
    {pdl::p::collection,            pdl::k::provisional_certificate,   pdl::floor, pdl::u::months,       1, pdl::e::issuance,          0, "service-public.fr F16542 (CPI 1 month)"},
    {pdl::p::collection,            pdl::k::delivery,                  pdl::floor, pdl::u::working_days, 7, pdl::e::application,       0, "service-public.fr R20907 (about 7 working days; an estimate)"},
    {pdl::p::inheritance,           pdl::k::heir_sale_window,          pdl::floor, pdl::u::months,       3, pdl::e::death,             0, "service-public.fr F1480 (sale within 3 months of the death: no new certificate)"},
    {pdl::p::inheritance,           pdl::k::provisional_certificate,   pdl::floor, pdl::u::months,       1, pdl::e::issuance,          0, "service-public.fr F16542 (CPI 1 month)"},
    {pdl::p::inheritance,           pdl::k::delivery,                  pdl::floor, pdl::u::working_days, 7, pdl::e::application,       0, "service-public.fr R20907 (about 7 working days; an estimate)"},
    {pdl::p::lease_buyout,          pdl::k::registration,              pdl::floor, pdl::u::months,       1, pdl::e::transfer,          4, "C. route R.322-5 I (change of owner)"},
    {pdl::p::lease_buyout,          pdl::k::seller_declaration,        pdl::floor, pdl::u::days,        15, pdl::e::transfer,          4, "C. route R.322-4 (the lessor declares the transfer)"},
    {pdl::p::lease_buyout,          pdl::k::provisional_certificate,   pdl::floor, pdl::u::months,       1, pdl::e::issuance,          4, "service-public.fr F16542 (CPI 1 month)"},
    {pdl::p::lease_buyout,          pdl::k::delivery,                  pdl::floor, pdl::u::working_days, 7, pdl::e::application,       0, "service-public.fr R20907 (about 7 working days; an estimate)"},
    {pdl::p::co_owner,              pdl::k::registration,              pdl::floor, pdl::u::months,       1, pdl::e::transfer,          4, "C. route R.322-5 I (change of holder; weak: applied by analogy)"},
    {pdl::p::co_owner,              pdl::k::provisional_certificate,   pdl::floor, pdl::u::months,       1, pdl::e::issuance,          4, "service-public.fr F16542 (CPI 1 month)"},
    {pdl::p::co_owner,              pdl::k::delivery,                  pdl::floor, pdl::u::working_days, 7, pdl::e::application,       0, "service-public.fr R20907 (about 7 working days; an estimate)"},
    {pdl::p::usurpation,            pdl::k::provisional_certificate,   pdl::floor, pdl::u::months,       1, pdl::e::issuance,          0, "service-public.fr F16542 (CPI after usurpation of the number)"},
    {pdl::p::usurpation,            pdl::k::delivery,                  pdl::floor, pdl::u::working_days, 7, pdl::e::application,       0, "service-public.fr R20907 (about 7 working days; an estimate)"},
    {pdl::p::inspection_boxes,      pdl::k::provisional_certificate,   pdl::floor, pdl::u::months,       1, pdl::e::issuance,          0, "service-public.fr F16542 (CPI 1 month)"},
    {pdl::p::inspection_boxes,      pdl::k::delivery,                  pdl::floor, pdl::u::working_days, 7, pdl::e::application,       0, "service-public.fr R20907 (about 7 working days; an estimate)"},
    {pdl::p::disaster_replacement,  pdl::k::provisional_certificate,   pdl::floor, pdl::u::months,       1, pdl::e::issuance,          4, "service-public.fr F16542 (CPI 1 month)"},
    {pdl::p::disaster_replacement,  pdl::k::delivery,                  pdl::floor, pdl::u::working_days, 7, pdl::e::application,       0, "service-public.fr R20907 (about 7 working days; an estimate)"},
    {pdl::p::disaster_duplicate,    pdl::k::provisional_certificate,   pdl::floor, pdl::u::months,       1, pdl::e::issuance,          4, "service-public.fr F16542 (CPI 1 month after a duplicata request)"},
    {pdl::p::disaster_duplicate,    pdl::k::delivery,                  pdl::floor, pdl::u::working_days, 7, pdl::e::application,       0, "service-public.fr R20907 (about 7 working days; an estimate)"},
};

// The forfeit fines of a contravention class, in cents. Fourth class: 135 € (90 € if paid within
// 3 days of being handed the notice or 15 days of its sending; 375 € after 45 days); a court may
// impose up to 750 €.
struct fine_row {
    int key;            // contravention class
    date since;
    std::int64_t reduced_cents;
    std::int64_t standard_cents;
    std::int64_t increased_cents;
    std::int64_t maximum_cents;
    std::string_view source;
};
inline constexpr fine_row fines[] = {
    // class  since       minorée  forfait  majorée  maximum  source
    {4,       pdl::floor,  9000,   13500,   37500,   75000,   "C. proc. pén. R.49, R.49-9, R.49-7; C. pén. 131-13 4°"},
};
// clang-format on

inline constexpr std::size_t deadline_kind_count = sizeof(deadline_kinds) / sizeof(deadline_kinds[0]);
inline constexpr std::size_t deadline_event_count = sizeof(deadline_events) / sizeof(deadline_events[0]);

// The most deadlines one procedure has: the capacity of a deadline_list.
inline constexpr std::size_t max_deadlines_per_procedure = 8;

namespace detail {
constexpr bool deadline_catalogues_dense() noexcept {
    for (std::size_t i = 0; i < deadline_kind_count; ++i)
        if (static_cast<std::size_t>(deadline_kinds[i].key) != i || deadline_kinds[i].label_en.empty()) return false;
    for (std::size_t i = 0; i < deadline_event_count; ++i)
        if (static_cast<std::size_t>(deadline_events[i].key) != i || deadline_events[i].label_en.empty()) return false;
    return true;
}
// Sorted by (procedure, kind, since), strictly increasing dates within a (procedure, kind); amounts
// positive and sensible; every fine class used has its amounts; every row sourced.
constexpr bool deadlines_well_formed() noexcept {
    const std::size_t n = cartegrise::detail::size_of(procedure_deadlines);
    for (std::size_t i = 0; i < n; ++i) {
        const auto& r = procedure_deadlines[i];
        if (r.source.empty() || !r.since.ok() || r.since < first_supported_date) return false;
        if (r.amount < 1 || r.amount > (r.unit == duration_unit::months ? 12 : 31)) return false;
        if (r.fine_class != 0) {
            bool priced = false;
            for (const auto& f : fines) priced = priced || f.key == r.fine_class;
            if (!priced) return false;
        }
        if (i == 0) continue;
        const auto& q = procedure_deadlines[i - 1];
        if (r.key < q.key) return false;
        if (r.key == q.key && r.kind == q.kind && !(q.since < r.since)) return false;
    }
    return true;
}
constexpr bool every_procedure_has_deadline() noexcept {
    for (std::size_t p = 0; p < procedure_count; ++p) {
        std::size_t kinds = 0;
        for (std::size_t k = 0; k < deadline_kind_count; ++k) {
            for (const auto& r : procedure_deadlines) {
                if (static_cast<std::size_t>(r.key) == p && static_cast<std::size_t>(r.kind) == k) {
                    ++kinds;
                    break;
                }
            }
        }
        if (kinds == 0 || kinds > max_deadlines_per_procedure) return false;
    }
    return true;
}
constexpr bool fines_ordered() noexcept {
    for (const auto& f : fines)
        if (!(0 < f.reduced_cents && f.reduced_cents < f.standard_cents && f.standard_cents < f.increased_cents &&
              f.increased_cents <= f.maximum_cents))
            return false;
    return true;
}
}  // namespace detail

static_assert(detail::deadline_catalogues_dense(), "deadline kinds and events: one row per enum value, in order");
static_assert(detail::deadlines_well_formed(), "procedure deadlines: sorted by procedure, sourced, amounts in range, fines priced");
static_assert(detail::every_procedure_has_deadline(), "procedure deadlines: every procedure has at least one deadline");
static_assert(detail::fines_ordered(), "fines: reduced < standard < increased <= maximum");

// The row of (p, k) in force on `d`, or nullptr.
constexpr const deadline_row* deadline_rule(procedure p, deadline_kind k, date d) noexcept {
    const deadline_row* found = nullptr;
    for (const auto& r : procedure_deadlines)
        if (r.key == p && r.kind == k && r.since <= d) found = &r;
    return found;
}

// The fine of class `c` in force on `d`, or nullptr.
constexpr const fine_row* fine(int c, date d) noexcept {
    return c == 0 ? nullptr : cartegrise::detail::find_in_force(fines, c, d);
}

constexpr const deadline_kind_info& info(deadline_kind k) noexcept { return cartegrise::detail::row_of(deadline_kinds, k); }
constexpr const deadline_event_info& info(deadline_event e) noexcept { return cartegrise::detail::row_of(deadline_events, e); }

}  // namespace data

constexpr std::string_view to_string(deadline_kind k) noexcept { return data::info(k).cli_name; }
constexpr std::string_view to_string(deadline_event e) noexcept { return data::info(e).cli_name; }

}  // namespace cartegrise

#endif
