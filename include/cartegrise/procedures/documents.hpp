// documents_for(): the documents a procedure needs, filtered by the situation of the applicant.
// Constexpr and allocation-free: the answer is a fixed-capacity list of rows of
// <cartegrise/data/procedure_documents.hpp>, each with its condition, form number and source.
#ifndef CARTEGRISE_DOCUMENTS_HPP
#define CARTEGRISE_DOCUMENTS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../data/procedure_documents.hpp"
#include "../date.hpp"
#include "../detail/fixed_list.hpp"
#include "../document_kinds.hpp"
#include "../maybe.hpp"
#include "../procedure.hpp"
#include "../result.hpp"
#include "../source.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

// The stable code of a document ("transfer-declaration") and of a condition ("inspection-due"), from the
// catalogue: what JSON and the command line print.
constexpr std::string_view to_string(document d) noexcept { return data::info(d).code; }
constexpr std::string_view to_string(document_condition c) noexcept { return detail::code_of(data::condition_codes, c); }

// The situation that decides which conditional documents apply. Unset facts are not guessed: a
// document whose condition depends on them is listed as conditional.
struct document_context {
    maybe<date> first_registration;   // B on the certificate: decides the technical inspection
    maybe<date> application_date;     // the day of the application; the newest rows when unset
    bool inspection_exempt = false;   // the vehicle is not subject to the periodic technical inspection
    bool minor_holder = false;
    bool co_holder = false;
    bool leased = false;              // crédit-bail, LOA, LLD of 2 years or more
    bool third_party = false;         // a professional or another person files for the holder
    duplicate_reason reason = duplicate_reason::none;   // duplicata only
    import_origin origin = import_origin::unknown;      // import only
};

// One document of a list.
struct listed_document {
    document doc = document::application_form;
    document_condition when = document_condition::always;
    // The context does not settle the condition (no first-registration date, no duplicate reason,
    // no import origin): the document is required only if the condition holds.
    bool conditional = false;
    source_ref source;  // what the row rests on: evidence, date, citation, notes (<cartegrise/source.hpp>)

    [[nodiscard]] constexpr std::string_view cerfa() const noexcept { return data::info(doc).cerfa; }

    friend constexpr bool operator==(const listed_document& a, const listed_document& b) noexcept {
        return a.doc == b.doc && a.when == b.when && a.conditional == b.conditional && a.source == b.source;
    }
    friend constexpr bool operator!=(const listed_document& a, const listed_document& b) noexcept { return !(a == b); }
};

// The documents of one procedure, in the order of the table (no heap).
class document_list : public detail::fixed_list<listed_document, data::max_documents_per_procedure> {
public:
    constexpr document_list() noexcept = default;
    constexpr explicit document_list(procedure p) noexcept : procedure_{p} {}

    [[nodiscard]] constexpr procedure for_procedure() const noexcept { return procedure_; }
    // The entry for `d`, if listed.
    [[nodiscard]] constexpr maybe<listed_document> find(document d) const noexcept {
        for (const auto& item : *this)
            if (item.doc == d) return item;
        return {};
    }
    [[nodiscard]] constexpr bool contains(document d) const noexcept { return find(d).has_value(); }
    // True when every listed document is required for sure (no conditional entry).
    [[nodiscard]] constexpr bool settled() const noexcept {
        for (const auto& item : *this)
            if (item.conditional) return false;
        return true;
    }

    // The same procedure and the same entries.
    friend constexpr bool operator==(const document_list& a, const document_list& b) noexcept {
        return a.procedure_ == b.procedure_ && static_cast<const base&>(a) == static_cast<const base&>(b);
    }
    friend constexpr bool operator!=(const document_list& a, const document_list& b) noexcept { return !(a == b); }

private:
    using base = detail::fixed_list<listed_document, data::max_documents_per_procedure>;
    procedure procedure_ = procedure::new_vehicle;
};

// A vehicle is due for its technical inspection at registration when it is 4 years old or more on the
// application date (service-public.fr F1707: "véhicule de plus de 4 ans"; C. route R.323-22 sets the
// first inspection in the 6 months before the 4th anniversary of the first registration). Years count
// as full_years_between(): 29 February is 28 February in a common year.
inline constexpr int inspection_age_years = 4;

constexpr bool inspection_due(date first_registration, date application) noexcept {
    return full_years_between(first_registration, application) >= inspection_age_years;
}

namespace detail {

enum class tristate : std::uint8_t { no, yes, unknown };

constexpr tristate holds(document_condition c, const document_context& x, date on) noexcept {
    const auto of = [](bool b) { return b ? tristate::yes : tristate::no; };
    switch (c) {
        case document_condition::always: return tristate::yes;
        case document_condition::inspection_due:
            if (x.inspection_exempt) return tristate::no;
            if (!x.first_registration) return tristate::unknown;
            return of(inspection_due(*x.first_registration, on));
        case document_condition::minor_holder: return of(x.minor_holder);
        case document_condition::co_holder: return of(x.co_holder);
        case document_condition::leased: return of(x.leased);
        case document_condition::third_party: return of(x.third_party);
        case document_condition::theft:
            return x.reason == duplicate_reason::none ? tristate::unknown : of(x.reason == duplicate_reason::theft);
        case document_condition::loss:
            return x.reason == duplicate_reason::none ? tristate::unknown : of(x.reason == duplicate_reason::loss);
        case document_condition::damage:
            return x.reason == duplicate_reason::none ? tristate::unknown : of(x.reason == duplicate_reason::damage);
        case document_condition::from_eu:
            return x.origin == import_origin::unknown ? tristate::unknown : of(x.origin == import_origin::eu);
        case document_condition::from_outside_eu:
            return x.origin == import_origin::unknown ? tristate::unknown : of(x.origin == import_origin::outside_eu);
        case document_condition::withdrawn: return tristate::no;
    }
    return tristate::no;
}

// The row of (procedure, document) in force on `d`: a row is replaced by a later row of the same pair.
constexpr const data::procedure_document_row* document_in_force(procedure p, document doc, date d) noexcept {
    return cartegrise::detail::in_force<data::procedure_documents, procedure_count>(
        p, d, [doc](const data::procedure_document_row& r) { return r.doc == doc; });
}

constexpr result<date> documents_date(const document_context& x) noexcept {
    if (x.first_registration && !x.first_registration->ok())
        return failure{errc::invalid_value, request_field::context_first_registration, error_reason::not_a_calendar_date};
    if (x.application_date && !x.application_date->ok())
        return failure{errc::invalid_value, request_field::context_application_date, error_reason::not_a_calendar_date};
    if (x.first_registration && !x.application_date)
        return failure{errc::missing_field, request_field::context_application_date, error_reason::age_needs_application_date};
    if (!x.application_date) return data::procedure_documents_vintage;
    if (*x.application_date < first_supported_date)
        return failure{errc::date_out_of_range, request_field::context_application_date, error_reason::before_first_supported_date};
    if (x.first_registration && *x.application_date < *x.first_registration)
        return failure{errc::date_out_of_range, request_field::context_first_registration, error_reason::after_application};
    return *x.application_date;
}

}  // namespace detail

// The documents of procedure `p` in the situation `context`: required ones, and conditional ones whose
// condition the context leaves open. Errors name the field: procedure, context.application_date,
// context.first_registration, context.reason (given for a procedure other than duplicate),
// context.origin (given for a procedure other than import).
constexpr result<document_list> documents_for(procedure p, const document_context& context) noexcept {
    const auto& x = context;
    if (static_cast<std::size_t>(p) >= procedure_count) return failure{errc::unknown_procedure, request_field::procedure, error_reason::unknown_code};
    if (x.reason != duplicate_reason::none && p != procedure::duplicate)
        return failure{errc::not_applicable, request_field::context_reason, error_reason::reason_only_for_duplicate};
    if (x.origin != import_origin::unknown && p != procedure::import)
        return failure{errc::not_applicable, request_field::context_origin, error_reason::origin_only_for_import};
    const auto on = detail::documents_date(x);
    if (!on) return failure{on.error()};
    const date d = *on;

    document_list out{p};
    for (const auto& r : cartegrise::detail::rows_of<data::procedure_documents, procedure_count>(p)) {
        if (d < r.since || detail::document_in_force(p, r.doc, d) != &r) continue;
        const auto h = detail::holds(r.when, x, d);
        if (h == detail::tristate::no) continue;
        detail::list_access::push_back(out, listed_document{r.doc, r.when, h == detail::tristate::unknown, r.source});
    }
    return out;
}

CARTEGRISE_END_NAMESPACE

#endif
