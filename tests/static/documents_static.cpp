// Compiling this file is the test: documents and deadlines in constant expressions.
#include <cartegrise/procedures/deadlines.hpp>
#include <cartegrise/procedures/documents.hpp>

namespace cg = cartegrise;
using cg::date;
using cg::document;
using cg::procedure;

namespace {
constexpr cg::document_context aged(date first, date on) {
    cg::document_context x;
    x.first_registration = first;
    x.application_date = on;
    return x;
}
constexpr cg::document_context with_reason(cg::duplicate_reason r) {
    cg::document_context x = aged(date{2024, 1, 1}, date{2026, 5, 1});
    x.reason = r;
    return x;
}
constexpr cg::document_context third_party() {
    cg::document_context x = aged(date{2024, 1, 1}, date{2026, 5, 1});
    x.third_party = true;
    return x;
}
constexpr bool every_procedure_listed() {
    for (std::size_t i = 0; i < cg::procedure_count; ++i) {
        const auto r = cg::documents_for(static_cast<procedure>(i), {});
        if (!r.has_value() || r->empty()) return false;
        const auto d = cg::deadlines_for(static_cast<procedure>(i), cg::event_dates::all_on(date{2026, 5, 1}));
        if (!d.has_value() || d->empty()) return false;
    }
    return true;
}
}  // namespace

static_assert(every_procedure_listed());

// Change of owner (R.322-5): declaration of transfer and crossed-out certificate; inspection at 4 years.
static_assert(cg::documents_for(procedure::used, {}).value().contains(document::transfer_declaration));
static_assert(cg::documents_for(procedure::used, {}).value().contains(document::crossed_out_certificate));
static_assert(cg::documents_for(procedure::used, aged(date{2022, 5, 1}, date{2026, 5, 1})).value().contains(document::technical_inspection));
static_assert(!cg::documents_for(procedure::used, aged(date{2022, 5, 2}, date{2026, 5, 1})).value().contains(document::technical_inspection));
static_assert(cg::documents_for(procedure::used, {}).value().find(document::technical_inspection)->conditional);
static_assert(cg::documents_for(procedure::used, third_party()).value().find(document::mandate)->cerfa() == "13757");
static_assert(!cg::documents_for(procedure::used, aged(date{2024, 1, 1}, date{2026, 5, 1})).value().contains(document::mandate));

// Duplicata (R.322-10): the reason's own declaration.
static_assert(cg::documents_for(procedure::duplicate, with_reason(cg::duplicate_reason::theft)).value().contains(document::theft_declaration));
static_assert(!cg::documents_for(procedure::duplicate, with_reason(cg::duplicate_reason::theft)).value().contains(document::loss_declaration));
static_assert(cg::documents_for(procedure::duplicate, with_reason(cg::duplicate_reason::loss)).value().contains(document::loss_declaration));
static_assert(cg::documents_for(procedure::duplicate, with_reason(cg::duplicate_reason::damage)).value().contains(document::damaged_certificate));
static_assert(cg::data::info(document::theft_declaration).cerfa == "13753");
static_assert(cg::data::info(document::transfer_declaration).cerfa == "15776");
static_assert(cg::data::info(document::application_form).cerfa == "13750");

// Errors name the field.
static_assert(cg::documents_for(procedure::used, with_reason(cg::duplicate_reason::loss)).error().field == cg::request_field::context_reason);
static_assert(cg::documents_for(procedure::used, aged(date{2026, 6, 1}, date{2026, 5, 1})).error().field == cg::request_field::context_first_registration);

// Deadlines: R.322-5 one month, R.322-4 fifteen days, month ends clamped, leap years.
static_assert(cg::deadline_for(procedure::used, cg::deadline_kind::registration, date{2026, 5, 1}) == date{2026, 6, 1});
static_assert(cg::deadline_for(procedure::used, cg::deadline_kind::seller_declaration, date{2026, 5, 1}) == date{2026, 5, 16});
static_assert(cg::deadline_for(procedure::used, cg::deadline_kind::registration, date{2026, 1, 31}) == date{2026, 2, 28});
static_assert(cg::deadline_for(procedure::used, cg::deadline_kind::registration, date{2028, 1, 31}) == date{2028, 2, 29});
static_assert(cg::deadline_for(procedure::address, cg::deadline_kind::registration, date{2026, 3, 31}) == date{2026, 4, 30});
static_assert(cg::deadline_for(procedure::used, cg::deadline_kind::delivery, date{2026, 5, 1}) == date{2026, 5, 12});
static_assert(cg::explain_deadline(procedure::used, cg::deadline_kind::registration, date{2026, 5, 1}).value().fine->standard_cents == 13500);
static_assert(!cg::deadline_for(procedure::new_vehicle, cg::deadline_kind::seller_declaration, date{2026, 5, 1}).has_value());
static_assert(cg::deadline_for(procedure::used, cg::deadline_kind::registration, date{2021, 1, 1}).error().field == cg::request_field::event_date);

// Each deadline counts from its own event; one whose event is not dated is listed uncounted.
constexpr cg::event_dates sold_then_issued() {
    cg::event_dates e;
    e.set(cg::deadline_event::transfer, date{2026, 5, 1});
    e.set(cg::deadline_event::issuance, date{2026, 5, 10});
    return e;
}
static_assert(cg::deadlines_for(procedure::used, sold_then_issued()).value().find(cg::deadline_kind::registration)->due == date{2026, 6, 1});
static_assert(cg::deadlines_for(procedure::used, sold_then_issued()).value().find(cg::deadline_kind::provisional_certificate)->due == date{2026, 6, 10});
static_assert(!cg::deadlines_for(procedure::used, sold_then_issued()).value().find(cg::deadline_kind::delivery)->counted);
static_assert(cg::deadlines_for(procedure::used, cg::event_dates::all_on(date{2021, 12, 31})).error().field == cg::request_field::events_transfer);
static_assert(cg::field_of(cg::deadline_event::application) == cg::request_field::events_application);
