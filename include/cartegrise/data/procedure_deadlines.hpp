// Deadlines of each procedure and the fine for missing them.
// Law: Code de la route R.322-4 (seller: 15 days to declare the transfer), R.322-5 (buyer: one month from
// the transfer), R.322-7 I and II (address: one month; lessor: 10 days after the lessee's notice),
// R.322-8 (technical change: one month; provisional certificate one month from the declaration),
// R.322-1 VII (circulating without a certificate); each is "puni de l'amende prévue pour les
// contraventions de la quatrième classe". Fine amounts: Code de procédure pénale R.49 (forfait), R.49-9
// (minorée), R.49-7 (majorée); Code pénal 131-13 (maximum). Provisional certificate, W garage, delivery:
// service-public.fr F16542, F22637, R20907 (checked 2022-01-21 in the pages kept with the project).
// Counting: see <cartegrise/deadlines.hpp> (Code de procédure civile art. 641).
// Each row names its source (data::src below), dated by the library's floor (2022-01-01): the articles
// are older, the pages were checked on 2022-01-21.
#ifndef CARTEGRISE_DATA_PROCEDURE_DEADLINES_HPP
#define CARTEGRISE_DATA_PROCEDURE_DEADLINES_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../deadline_kinds.hpp"
#include "../detail/lookup.hpp"
#include "../detail/row_values.hpp"
#include "../procedure.hpp"
#include "../source.hpp"
#include "vintage.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

namespace data {

// The sources of the rows below: each row names one (src::key), several rows may share it.
namespace src {
// clang-format off
inline constexpr source sp_f16542_route_r322_1_vii{"sp_f16542_route_r322_1_vii", evidence::official, {2022, 1, 1}, "service-public.fr, fiche F16542 ; C. route, art. R.322-1 VII",
    "CPI valable un mois ; circuler sans certificat",
    "CPI valid one month; driving without a certificate"};
inline constexpr source sp_r20907{"sp_r20907", evidence::official, {2022, 1, 1}, "service-public.fr, fiche R20907",
    "environ 7 jours ouvrés ; une estimation",
    "about 7 working days; an estimate"};
inline constexpr source route_r322_5_i_one_month{"route_r322_5_i_one_month", evidence::law, {2022, 1, 1}, "C. route, art. R.322-5 I",
    "un mois à compter de la cession",
    "one month from the transfer"};
inline constexpr source route_r322_4{"route_r322_4", evidence::law, {2022, 1, 1}, "C. route, art. R.322-4",
    "quinze jours après la cession",
    "fifteen days after the transfer"};
inline constexpr source sp_f16542{"sp_f16542", evidence::official, {2022, 1, 1}, "service-public.fr, fiche F16542",
    "CPI valable un mois",
    "CPI valid one month"};
inline constexpr source import_pages_r322_1_vii{"import_pages_r322_1_vii", evidence::single_source, {2022, 1, 1}, "Pages de tiers ; C. route, art. R.322-1 VII",
    "un mois après l'acquisition",
    "one month after acquisition"};
inline constexpr source sp_f16542_import{"sp_f16542_import", evidence::official, {2022, 1, 1}, "service-public.fr, fiche F16542",
    "CPI d'un mois, dossier d'importation complet",
    "CPI for one month, complete import file"};
inline constexpr source sp_f16542_duplicata{"sp_f16542_duplicata", evidence::official, {2022, 1, 1}, "service-public.fr, fiche F16542",
    "CPI d'un mois après une demande de duplicata",
    "CPI for one month after a duplicate request"};
inline constexpr source duplicata_pages_2022_receipt{"duplicata_pages_2022_receipt", evidence::single_source, {2022, 1, 1}, "Pages « duplicata » conservées (2022)",
    "le cerfa 13753 visé permet de circuler un mois",
    "the stamped cerfa 13753 allows driving for one month"};
inline constexpr source route_r322_7_i_viii{"route_r322_7_i_viii", evidence::law, {2022, 1, 1}, "C. route, art. R.322-7 I et VIII",
    "dans le mois qui suit le déménagement",
    "in the month after the move"};
inline constexpr source route_r322_7_ii{"route_r322_7_ii", evidence::law, {2022, 1, 1}, "C. route, art. R.322-7 II",
    "locataire : un mois ; loueur : dix jours",
    "lessee: one month; lessor: ten days"};
inline constexpr source sp_r20907_address{"sp_r20907_address", evidence::official, {2022, 1, 1}, "service-public.fr, fiche R20907",
    "étiquette ou certificat ; une estimation",
    "label or certificate; an estimate"};
inline constexpr source route_r322_8_i_iii{"route_r322_8_i_iii", evidence::law, {2022, 1, 1}, "C. route, art. R.322-8 I et III",
    "dans le mois qui suit la transformation",
    "in the month after the transformation"};
inline constexpr source route_r322_8_i{"route_r322_8_i", evidence::law, {2022, 1, 1}, "C. route, art. R.322-8 I",
    "un mois à compter de la déclaration",
    "one month from the declaration"};
inline constexpr source sp_f16542_correction{"sp_f16542_correction", evidence::official, {2022, 1, 1}, "service-public.fr, fiche F16542",
    "CPI après correction d'une erreur de saisie",
    "CPI after correction of an input error"};
inline constexpr source sp_f22637{"sp_f22637", evidence::official, {2022, 1, 1}, "service-public.fr, fiche F22637",
    "valable pour l'année civile, renouvelé chaque année",
    "valid for the calendar year, renewed each year"};
inline constexpr source sp_f1480_sale{"sp_f1480_sale", evidence::official, {2022, 1, 1}, "service-public.fr, fiche F1480",
    "vente dans les 3 mois du décès : pas de nouveau certificat",
    "sale within 3 months of the death: no new certificate"};
inline constexpr source route_r322_5_i_change_of_owner{"route_r322_5_i_change_of_owner", evidence::law, {2022, 1, 1}, "C. route, art. R.322-5 I",
    "changement de propriétaire, délai d'un mois",
    "change of owner, one month"};
inline constexpr source route_r322_4_lessor{"route_r322_4_lessor", evidence::law, {2022, 1, 1}, "C. route, art. R.322-4",
    "le loueur déclare la cession dans les quinze jours",
    "the lessor declares the transfer within fifteen days"};
inline constexpr source route_r322_5_i_by_analogy{"route_r322_5_i_by_analogy", evidence::derived, {2022, 1, 1}, "C. route, art. R.322-5 I",
    "changement de titulaire, appliqué par analogie",
    "change of holder, applied by analogy"};
inline constexpr source sp_f16542_usurpation{"sp_f16542_usurpation", evidence::official, {2022, 1, 1}, "service-public.fr, fiche F16542",
    "CPI après usurpation du numéro",
    "CPI after usurpation of the number"};
inline constexpr source fine_class_4{"fine_class_4", evidence::law, {2022, 1, 1}, "C. proc. pén., art. R.49, R.49-9 et R.49-7 ; C. pén., art. 131-13, 4°",
    "amende de 4e classe : forfaitaire, minorée, majorée, maximale",
    "fourth-class fine: standard, reduced, increased, maximum"};
// clang-format on
}  // namespace src

inline constexpr std::string_view deadline_kind_codes[deadline_kind_count] = {
    "registration", "seller-declaration", "lessor-declaration", "provisional-certificate", "declaration-receipt", "heir-sale-window", "w-garage-validity", "delivery",
};
inline constexpr std::string_view deadline_event_codes[deadline_event_count] = {
    "transfer", "purchase", "move", "transformation", "declaration", "lessee-notice", "issuance", "death", "application",
};

// The contravention class a missed deadline is fined at (C. pén. R.610-1: classes 1 to 5), or `no_fine`
// where no fine attaches to the deadline (a delivery estimate, a window).
using fine_class = cartegrise::detail::value_or_tag<int, cartegrise::detail::no_fine_t>;
using cartegrise::detail::no_fine;

// A deadline of one procedure, in force from `since` (the library floor when the rule is older).
struct deadline_row {
    procedure key;
    deadline_kind kind;
    date since;
    duration_unit unit;
    int amount;
    deadline_event from;
    fine_class fine;
    source_ref source;
};

// clang-format off
inline constexpr deadline_row procedure_deadlines[] = {
    // procedure                         kind                                    since                 unit                          n  starts from                       fine        source
    {procedure::new_vehicle,             deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,             4, src::sp_f16542_route_r322_1_vii},
    {procedure::new_vehicle,             deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, src::sp_r20907},
    {procedure::used,                    deadline_kind::registration,            first_supported_date, duration_unit::months,        1, deadline_event::transfer,             4, src::route_r322_5_i_one_month},
    {procedure::used,                    deadline_kind::seller_declaration,      first_supported_date, duration_unit::days,         15, deadline_event::transfer,             4, src::route_r322_4},
    {procedure::used,                    deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,             4, src::sp_f16542},
    {procedure::used,                    deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, src::sp_r20907},
    {procedure::import,                  deadline_kind::registration,            first_supported_date, duration_unit::months,        1, deadline_event::purchase,             4, src::import_pages_r322_1_vii},
    {procedure::import,                  deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,             4, src::sp_f16542_import},
    {procedure::import,                  deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, src::sp_r20907},
    {procedure::duplicate,               deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,             4, src::sp_f16542_duplicata},
    {procedure::duplicate,               deadline_kind::declaration_receipt,     first_supported_date, duration_unit::months,        1, deadline_event::declaration,    no_fine, src::duplicata_pages_2022_receipt},
    {procedure::duplicate,               deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, src::sp_r20907},
    {procedure::address,                 deadline_kind::registration,            first_supported_date, duration_unit::months,        1, deadline_event::move,                 4, src::route_r322_7_i_viii},
    {procedure::address,                 deadline_kind::lessor_declaration,      first_supported_date, duration_unit::days,         10, deadline_event::lessee_notice,        4, src::route_r322_7_ii},
    {procedure::address,                 deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, src::sp_r20907_address},
    {procedure::civil_status,            deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,       no_fine, src::sp_f16542},
    {procedure::civil_status,            deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, src::sp_r20907},
    {procedure::spouse,                  deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,       no_fine, src::sp_f16542},
    {procedure::spouse,                  deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, src::sp_r20907},
    {procedure::technical,               deadline_kind::registration,            first_supported_date, duration_unit::months,        1, deadline_event::transformation,       4, src::route_r322_8_i_iii},
    {procedure::technical,               deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::declaration,          4, src::route_r322_8_i},
    {procedure::technical,               deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, src::sp_r20907},
    {procedure::correction,              deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,       no_fine, src::sp_f16542_correction},
    {procedure::correction,              deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, src::sp_r20907},
    {procedure::w_garage,                deadline_kind::w_garage_validity,       first_supported_date, duration_unit::calendar_year,  1, deadline_event::issuance,       no_fine, src::sp_f22637},
    {procedure::collection,              deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,       no_fine, src::sp_f16542},
    {procedure::collection,              deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, src::sp_r20907},
    {procedure::inheritance,             deadline_kind::heir_sale_window,        first_supported_date, duration_unit::months,        3, deadline_event::death,          no_fine, src::sp_f1480_sale},
    {procedure::inheritance,             deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,       no_fine, src::sp_f16542},
    {procedure::inheritance,             deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, src::sp_r20907},
    {procedure::lease_buyout,            deadline_kind::registration,            first_supported_date, duration_unit::months,        1, deadline_event::transfer,             4, src::route_r322_5_i_change_of_owner},
    {procedure::lease_buyout,            deadline_kind::seller_declaration,      first_supported_date, duration_unit::days,         15, deadline_event::transfer,             4, src::route_r322_4_lessor},
    {procedure::lease_buyout,            deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,             4, src::sp_f16542},
    {procedure::lease_buyout,            deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, src::sp_r20907},
    {procedure::co_owner,                deadline_kind::registration,            first_supported_date, duration_unit::months,        1, deadline_event::transfer,             4, src::route_r322_5_i_by_analogy},
    {procedure::co_owner,                deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,             4, src::sp_f16542},
    {procedure::co_owner,                deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, src::sp_r20907},
    {procedure::usurpation,              deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,       no_fine, src::sp_f16542_usurpation},
    {procedure::usurpation,              deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, src::sp_r20907},
    {procedure::inspection_boxes,        deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,       no_fine, src::sp_f16542},
    {procedure::inspection_boxes,        deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, src::sp_r20907},
    {procedure::disaster_replacement,    deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,             4, src::sp_f16542},
    {procedure::disaster_replacement,    deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, src::sp_r20907},
    {procedure::disaster_duplicate,      deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,             4, src::sp_f16542_duplicata},
    {procedure::disaster_duplicate,      deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, src::sp_r20907},
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
    source_ref source;
};
inline constexpr std::size_t fine_class_count = 6;  // contravention classes 1 to 5 (C. pén. R.610-1)
inline constexpr fine_row fines[] = {
    // class  since                 minorée forfait majorée maximum source
    {4,       first_supported_date,  9000,  13500,  37500,  75000,  src::fine_class_4},
};
// clang-format on

// The most deadlines one procedure has: the capacity of a deadline_list.
inline constexpr std::size_t max_deadlines_per_procedure = 8;

// Grouped by procedure; a (procedure, kind)'s rows in date order; sourced, from the floor, amounts in
// range, a fine class priced on the row's date; every procedure has deadlines, no more than a
// deadline_list holds.
static_assert(cartegrise::detail::twice_keyed_rows_ok<deadline_kind_count>(
                  procedure_deadlines, [](const deadline_row& r) { return r.kind; }, max_deadlines_per_procedure,
                  [](const deadline_row& r) {
                      return static_cast<bool>(r.source) && !(r.since < first_supported_date) && r.amount >= 1 &&
                             r.amount <= (r.unit == duration_unit::months ? 12 : 31) &&
                             static_cast<std::size_t>(r.from) < deadline_event_count &&
                             (!r.fine.has_value() || cartegrise::detail::in_force<fines, fine_class_count>(r.fine.value(), r.since) != nullptr);
                  }) && cartegrise::detail::every_key_present<procedure_deadlines, procedure_count>(),
              "cartegrise: procedure deadlines grouped by procedure, dated in order per kind, sourced, amounts in range, fines priced, within a deadline_list");
// reduced < standard < increased <= maximum, sourced, sorted by class then date.
static_assert(cartegrise::detail::dated_rows_ok(fines, [](const fine_row& f) {
                  return 0 < f.reduced_cents && f.reduced_cents < f.standard_cents && f.standard_cents < f.increased_cents &&
                         f.increased_cents <= f.maximum_cents && static_cast<bool>(f.source) && f.key > 0 &&
                         static_cast<std::size_t>(f.key) < fine_class_count;
              }), "cartegrise: fines: reduced < standard < increased <= maximum, sourced, sorted by class then date");

// The row of (p, k) in force on `d`, or nullptr.
constexpr const deadline_row* deadline_rule(procedure p, deadline_kind k, date d) noexcept {
    return cartegrise::detail::in_force<procedure_deadlines, procedure_count>(p, d, [k](const deadline_row& r) { return r.kind == k; });
}

// The fine of class `c` in force on `d`; nullptr for `no_fine`.
constexpr const fine_row* fine_in_force(fine_class c, date d) noexcept {
    return c.has_value() ? cartegrise::detail::in_force<fines, fine_class_count>(c.value(), d) : nullptr;
}

}  // namespace data

CARTEGRISE_END_NAMESPACE

#endif
