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

#include "../deadline_kinds.hpp"
#include "../detail/lookup.hpp"
#include "../detail/row_values.hpp"
#include "../detail/static_text.hpp"
#include "../procedure.hpp"
#include "../source.hpp"
#include "vintage.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

namespace data {

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
    evidence basis;
    cartegrise::detail::static_text source;
};

// clang-format off
inline constexpr deadline_row procedure_deadlines[] = {
    // procedure                         kind                                    since                 unit                          n  starts from                       fine        evidence                 source
    {procedure::new_vehicle,             deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,             4, evidence::official,      "service-public.fr F16542 (CPI 1 month); R.322-1 VII (circulating without a certificate)"},
    {procedure::new_vehicle,             deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, evidence::official,      "service-public.fr R20907 (about 7 working days; an estimate)"},
    {procedure::used,                    deadline_kind::registration,            first_supported_date, duration_unit::months,        1, deadline_event::transfer,             4, evidence::law,           "C. route R.322-5 I (one month from the transfer)"},
    {procedure::used,                    deadline_kind::seller_declaration,      first_supported_date, duration_unit::days,         15, deadline_event::transfer,             4, evidence::law,           "C. route R.322-4 (fifteen days after the transfer)"},
    {procedure::used,                    deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,             4, evidence::official,      "service-public.fr F16542 (CPI 1 month)"},
    {procedure::used,                    deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, evidence::official,      "service-public.fr R20907 (about 7 working days; an estimate)"},
    {procedure::import,                  deadline_kind::registration,            first_supported_date, duration_unit::months,        1, deadline_event::purchase,             4, evidence::single_source, "third-party pages (one month after acquisition; weak); R.322-1 VII"},
    {procedure::import,                  deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,             4, evidence::official,      "service-public.fr F16542 (CPI 1 month, complete import file)"},
    {procedure::import,                  deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, evidence::official,      "service-public.fr R20907 (about 7 working days; an estimate)"},
    {procedure::duplicate,               deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,             4, evidence::official,      "service-public.fr F16542 (CPI 1 month after a duplicata request)"},
    {procedure::duplicate,               deadline_kind::declaration_receipt,     first_supported_date, duration_unit::months,        1, deadline_event::declaration,    no_fine, evidence::single_source, "2022 duplicata pages: the stamped cerfa 13753 allows driving 1 month (weak)"},
    {procedure::duplicate,               deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, evidence::official,      "service-public.fr R20907 (about 7 working days; an estimate)"},
    {procedure::address,                 deadline_kind::registration,            first_supported_date, duration_unit::months,        1, deadline_event::move,                 4, evidence::law,           "C. route R.322-7 I (in the month after the move); R.322-7 VIII"},
    {procedure::address,                 deadline_kind::lessor_declaration,      first_supported_date, duration_unit::days,         10, deadline_event::lessee_notice,        4, evidence::law,           "C. route R.322-7 II (lessee: one month; lessor: ten days)"},
    {procedure::address,                 deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, evidence::official,      "service-public.fr R20907 (label or certificate; an estimate)"},
    {procedure::civil_status,            deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,       no_fine, evidence::official,      "service-public.fr F16542 (CPI 1 month)"},
    {procedure::civil_status,            deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, evidence::official,      "service-public.fr R20907 (about 7 working days; an estimate)"},
    {procedure::spouse,                  deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,       no_fine, evidence::official,      "service-public.fr F16542 (CPI 1 month)"},
    {procedure::spouse,                  deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, evidence::official,      "service-public.fr R20907 (about 7 working days; an estimate)"},
    {procedure::technical,               deadline_kind::registration,            first_supported_date, duration_unit::months,        1, deadline_event::transformation,       4, evidence::law,           "C. route R.322-8 I and III (in the month after the transformation)"},
    {procedure::technical,               deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::declaration,          4, evidence::law,           "C. route R.322-8 I (one month from the declaration)"},
    {procedure::technical,               deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, evidence::official,      "service-public.fr R20907 (about 7 working days; an estimate)"},
    {procedure::correction,              deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,       no_fine, evidence::official,      "service-public.fr F16542 (CPI after correction of an input error)"},
    {procedure::correction,              deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, evidence::official,      "service-public.fr R20907 (about 7 working days; an estimate)"},
    {procedure::w_garage,                deadline_kind::w_garage_validity,       first_supported_date, duration_unit::calendar_year,  1, deadline_event::issuance,       no_fine, evidence::official,      "service-public.fr F22637 (valid for the calendar year, renewed each year)"},
    {procedure::collection,              deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,       no_fine, evidence::official,      "service-public.fr F16542 (CPI 1 month)"},
    {procedure::collection,              deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, evidence::official,      "service-public.fr R20907 (about 7 working days; an estimate)"},
    {procedure::inheritance,             deadline_kind::heir_sale_window,        first_supported_date, duration_unit::months,        3, deadline_event::death,          no_fine, evidence::official,      "service-public.fr F1480 (sale within 3 months of the death: no new certificate)"},
    {procedure::inheritance,             deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,       no_fine, evidence::official,      "service-public.fr F16542 (CPI 1 month)"},
    {procedure::inheritance,             deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, evidence::official,      "service-public.fr R20907 (about 7 working days; an estimate)"},
    {procedure::lease_buyout,            deadline_kind::registration,            first_supported_date, duration_unit::months,        1, deadline_event::transfer,             4, evidence::law,           "C. route R.322-5 I (change of owner)"},
    {procedure::lease_buyout,            deadline_kind::seller_declaration,      first_supported_date, duration_unit::days,         15, deadline_event::transfer,             4, evidence::law,           "C. route R.322-4 (the lessor declares the transfer)"},
    {procedure::lease_buyout,            deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,             4, evidence::official,      "service-public.fr F16542 (CPI 1 month)"},
    {procedure::lease_buyout,            deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, evidence::official,      "service-public.fr R20907 (about 7 working days; an estimate)"},
    {procedure::co_owner,                deadline_kind::registration,            first_supported_date, duration_unit::months,        1, deadline_event::transfer,             4, evidence::derived,       "C. route R.322-5 I (change of holder; weak: applied by analogy)"},
    {procedure::co_owner,                deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,             4, evidence::official,      "service-public.fr F16542 (CPI 1 month)"},
    {procedure::co_owner,                deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, evidence::official,      "service-public.fr R20907 (about 7 working days; an estimate)"},
    {procedure::usurpation,              deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,       no_fine, evidence::official,      "service-public.fr F16542 (CPI after usurpation of the number)"},
    {procedure::usurpation,              deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, evidence::official,      "service-public.fr R20907 (about 7 working days; an estimate)"},
    {procedure::inspection_boxes,        deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,       no_fine, evidence::official,      "service-public.fr F16542 (CPI 1 month)"},
    {procedure::inspection_boxes,        deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, evidence::official,      "service-public.fr R20907 (about 7 working days; an estimate)"},
    {procedure::disaster_replacement,    deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,             4, evidence::official,      "service-public.fr F16542 (CPI 1 month)"},
    {procedure::disaster_replacement,    deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, evidence::official,      "service-public.fr R20907 (about 7 working days; an estimate)"},
    {procedure::disaster_duplicate,      deadline_kind::provisional_certificate, first_supported_date, duration_unit::months,        1, deadline_event::issuance,             4, evidence::official,      "service-public.fr F16542 (CPI 1 month after a duplicata request)"},
    {procedure::disaster_duplicate,      deadline_kind::delivery,                first_supported_date, duration_unit::working_days,  7, deadline_event::application,    no_fine, evidence::official,      "service-public.fr R20907 (about 7 working days; an estimate)"},
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
    evidence basis;
    cartegrise::detail::static_text source;
};
inline constexpr std::size_t fine_class_count = 6;  // contravention classes 1 to 5 (C. pén. R.610-1)
inline constexpr fine_row fines[] = {
    // class  since                 minorée forfait majorée maximum evidence       source
    {4,       first_supported_date,  9000,  13500,  37500,  75000,  evidence::law, "C. proc. pén. R.49, R.49-9, R.49-7; C. pén. 131-13 4°"},
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
                      return !r.source.empty() && !(r.since < first_supported_date) && r.amount >= 1 &&
                             r.amount <= (r.unit == duration_unit::months ? 12 : 31) &&
                             static_cast<std::size_t>(r.from) < deadline_event_count &&
                             (!r.fine.has_value() || cartegrise::detail::in_force<fines, fine_class_count>(r.fine.value(), r.since) != nullptr);
                  }) && cartegrise::detail::every_key_present<procedure_deadlines, procedure_count>(),
              "cartegrise: procedure deadlines grouped by procedure, dated in order per kind, sourced, amounts in range, fines priced, within a deadline_list");
// reduced < standard < increased <= maximum, sourced, sorted by class then date.
static_assert(cartegrise::detail::dated_rows_ok(fines, [](const fine_row& f) {
                  return 0 < f.reduced_cents && f.reduced_cents < f.standard_cents && f.standard_cents < f.increased_cents &&
                         f.increased_cents <= f.maximum_cents && !f.source.empty() && f.key > 0 &&
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
