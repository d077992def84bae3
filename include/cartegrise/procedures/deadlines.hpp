// deadline_for(): the date by which a procedure's step is due, from the date of the event that
// starts the clock; and the fine for missing it. Constexpr and allocation-free.
//
// Counting. The Code de la route gives its delays in days ("dans les quinze jours suivant la
// cession", R.322-4) and months ("dans un délai d'un mois à compter de la date de la cession",
// R.322-5) without a counting rule of its own; the general rule of French law is the one of the Code de
// procédure civile, art. 641, applied here:
//  - in days, the day of the event does not count: 15 days from 1 March end on 16 March;
//  - in months, the delay ends on the day of the last month that bears the same number as the event
//    (1 May -> 1 June); when that month has no such day, on its last day (31 January -> 28 or 29
//    February): date::add_months() clamps exactly so.
// The returned date is the last day on which the step is still on time. The extension of art. 642 (a
// delay ending on a Saturday, Sunday or public holiday runs to the next working day) is a rule of
// court procedure and is not applied. Working days (the delivery estimate) skip Saturdays and Sundays
// only: public holidays are not deducted.
#ifndef CARTEGRISE_DEADLINES_HPP
#define CARTEGRISE_DEADLINES_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../data/procedure_deadlines.hpp"
#include "../date.hpp"
#include "../deadline_kinds.hpp"
#include "../detail/fixed_list.hpp"
#include "../maybe.hpp"
#include "../procedure.hpp"
#include "../result.hpp"
#include "../source.hpp"
#include "../version.hpp"
#include "../vintage.hpp"

CARTEGRISE_BEGIN_NAMESPACE

// The stable code of a deadline kind ("seller-declaration") and of an event ("lessee-notice"): what JSON
// and the command line print.
constexpr std::string_view to_string(deadline_kind k) noexcept { return detail::code_of(data::deadline_kind_codes, k); }
constexpr std::string_view to_string(deadline_event e) noexcept { return detail::code_of(data::deadline_event_codes, e); }

// Day of the week, Monday = 0 ... Sunday = 6 (1970-01-01 was a Thursday).
constexpr int weekday_index(date d) noexcept {
    const std::int64_t z = d.days_since_epoch();
    const std::int64_t w = (z % 7 + 7 + 3) % 7;
    return static_cast<int>(w);
}

// `n` working days after `d` (Monday to Friday; public holidays not deducted), the day of `d` not counted.
constexpr date add_working_days(date d, int n) noexcept {
    date x = d;
    while (n > 0) {
        x = x.add_days(1);
        if (weekday_index(x) < 5) --n;
    }
    return x;
}

// The dates of the events deadlines count from (the sale, the move, the death, ...): one per
// deadline_event, unset when not known.
class event_dates {
public:
    constexpr event_dates() noexcept = default;
    // Every event on the same day (a quick estimate).
    [[nodiscard]] static constexpr event_dates all_on(date d) noexcept {
        event_dates e;
        for (auto& slot : e.dates_) slot = d;
        return e;
    }
    constexpr event_dates& set(deadline_event e, date d) noexcept {
        const auto i = static_cast<std::size_t>(e);
        if (i < deadline_event_count) dates_[i] = d;
        return *this;
    }
    [[nodiscard]] constexpr maybe<date> get(deadline_event e) const noexcept {
        const auto i = static_cast<std::size_t>(e);
        return i < deadline_event_count ? dates_[i] : maybe<date>{};
    }

private:
    maybe<date> dates_[deadline_event_count]{};
};

// The field of an event in an error: events.transfer, events.move, ...
constexpr request_field field_of(deadline_event e) noexcept {
    return static_cast<request_field>(static_cast<std::size_t>(request_field::events_transfer) + static_cast<std::size_t>(e));
}
static_assert(static_cast<std::size_t>(request_field::events_application) - static_cast<std::size_t>(request_field::events_transfer) + 1 ==
                  deadline_event_count,
              "cartegrise: one error field per deadline event");

// How long a deadline runs: 15 days (R.322-4), 1 month (R.322-5), 7 working days, the calendar year.
struct deadline_duration {
    int amount = 0;
    duration_unit unit = duration_unit::days;

    friend constexpr bool operator==(const deadline_duration& a, const deadline_duration& b) noexcept {
        return a.amount == b.amount && a.unit == b.unit;
    }
    friend constexpr bool operator!=(const deadline_duration& a, const deadline_duration& b) noexcept { return !(a == b); }
};

// The fine for missing a deadline: the forfeit amounts of its contravention class, in cents (C. proc.
// pén. R.49 forfait, R.49-9 minorée, R.49-7 majorée; C. pén. 131-13 the maximum a court may impose).
struct contravention_fine {
    int contravention_class = 0;
    std::int64_t reduced_cents = 0;
    std::int64_t standard_cents = 0;
    std::int64_t increased_cents = 0;
    std::int64_t maximum_cents = 0;
    source_ref source;  // the articles that set the amounts

    friend constexpr bool operator==(const contravention_fine& a, const contravention_fine& b) noexcept {
        return a.contravention_class == b.contravention_class && a.reduced_cents == b.reduced_cents && a.standard_cents == b.standard_cents &&
               a.increased_cents == b.increased_cents && a.maximum_cents == b.maximum_cents && a.source == b.source;
    }
    friend constexpr bool operator!=(const contravention_fine& a, const contravention_fine& b) noexcept { return !(a == b); }
};

// One deadline of a procedure, with the rule and the fine it comes from. `counted` is false when the
// date of its event was not given: `due` is then unset and `from` says which event it awaits.
struct deadline {
    procedure proc = procedure::new_vehicle;
    deadline_kind kind = deadline_kind::registration;
    bool counted = false;
    date event;
    date due;
    deadline_event from = deadline_event::transfer;  // the event the clock starts from
    deadline_duration duration;
    maybe<contravention_fine> fine;                  // unset when no fine attaches to this deadline
    source_ref source;                               // what the rule rests on; empty only in a default deadline

    friend constexpr bool operator==(const deadline& a, const deadline& b) noexcept {
        return a.proc == b.proc && a.kind == b.kind && a.counted == b.counted && a.event == b.event && a.due == b.due &&
               a.from == b.from && a.duration == b.duration && a.fine == b.fine && a.source == b.source;
    }
    friend constexpr bool operator!=(const deadline& a, const deadline& b) noexcept { return !(a == b); }
};

namespace detail {
// A deadline from its rule and fine (the rows of data/procedure_deadlines.hpp); `fine` may be null.
constexpr deadline make_deadline(procedure p, deadline_kind k, bool counted, date event, date due, const data::deadline_row& rule,
                                 const data::fine_row* fine) noexcept {
    deadline d{p, k, counted, event, due, rule.from, {rule.amount, rule.unit}, {}, rule.source};
    if (fine != nullptr)
        d.fine = contravention_fine{fine->key, fine->reduced_cents, fine->standard_cents, fine->increased_cents, fine->maximum_cents, fine->source};
    return d;
}
}  // namespace detail

// The deadlines of one procedure, in the order of deadline_kind (no heap).
class deadline_list : public detail::fixed_list<deadline, data::max_deadlines_per_procedure> {
public:
    constexpr deadline_list() noexcept = default;
    constexpr explicit deadline_list(procedure p) noexcept : procedure_{p} {}

    [[nodiscard]] constexpr procedure for_procedure() const noexcept { return procedure_; }
    [[nodiscard]] constexpr maybe<deadline> find(deadline_kind k) const noexcept {
        for (const auto& d : *this)
            if (d.kind == k) return d;
        return {};
    }

    // The same procedure and the same deadlines.
    friend constexpr bool operator==(const deadline_list& a, const deadline_list& b) noexcept {
        return a.procedure_ == b.procedure_ && static_cast<const base&>(a) == static_cast<const base&>(b);
    }
    friend constexpr bool operator!=(const deadline_list& a, const deadline_list& b) noexcept { return !(a == b); }

private:
    using base = detail::fixed_list<deadline, data::max_deadlines_per_procedure>;
    procedure procedure_ = procedure::new_vehicle;
};

// Case-insensitive parse of a deadline kind ("registration", "seller-declaration", ...).
constexpr result<deadline_kind> parse_deadline_kind(std::string_view s) noexcept {
    return detail::parse_code<deadline_kind>(data::deadline_kind_codes, s, errc::invalid_value, request_field::deadline_kind);
}

namespace detail {
// The due date of rule `r` for an event on `e` (see the counting rules above).
constexpr result<date> due_date(const data::deadline_row& r, date e, request_field field) noexcept {
    date due = e;
    switch (r.unit) {
        case duration_unit::days: due = e.add_days(r.amount); break;
        case duration_unit::months: due = e.add_months(r.amount); break;
        case duration_unit::working_days: due = add_working_days(e, r.amount); break;
        case duration_unit::calendar_year: due = date::unchecked(e.year() + r.amount - 1, 12, 31); break;
    }
    if (!due.ok()) return failure{errc::date_out_of_range, field, error_reason::deadline_after_9999};
    return due;
}

constexpr result<bool> check_event(date e, request_field field) noexcept {
    if (!e.ok()) return failure{errc::invalid_value, field, error_reason::not_a_calendar_date};
    if (e < first_supported_date) return failure{errc::date_out_of_range, field, error_reason::before_first_supported_date};
    return true;
}

constexpr result<deadline> counted_deadline(procedure p, const data::deadline_row& r, date event, request_field field) noexcept {
    if (const auto ok = check_event(event, field); !ok) return failure{ok.error()};
    const auto due = due_date(r, event, field);
    if (!due) return failure{due.error()};
    return make_deadline(p, r.kind, true, event, *due, r, data::fine_in_force(r.fine, event));
}
}  // namespace detail

// The deadline `k` of procedure `p` for an event on `event`, with its rule and fine. Errors name the
// field: procedure, event_date (invalid, before 2022-01-01, or a due date past 9999), kind (this
// procedure has no such deadline: errc::not_applicable).
constexpr result<deadline> explain_deadline(procedure p, deadline_kind k, date event) noexcept {
    if (static_cast<std::size_t>(p) >= procedure_count) return failure{errc::unknown_procedure, request_field::procedure, error_reason::unknown_code};
    if (const auto ok = detail::check_event(event, request_field::event_date); !ok) return failure{ok.error()};
    const data::deadline_row* r = data::deadline_rule(p, k, event);
    if (r == nullptr) return failure{errc::not_applicable, request_field::deadline_kind, error_reason::deadline_not_of_procedure};
    return detail::counted_deadline(p, *r, event, request_field::event_date);
}

// The last day on which step `k` of procedure `p` is on time, for an event on `event`.
constexpr result<date> deadline_for(procedure p, deadline_kind k, date event) noexcept {
    const auto d = explain_deadline(p, k, event);
    if (!d) return failure{d.error()};
    return d->due;
}

// Every deadline of procedure `p`, each counted from the date of its own event (the sale for the
// registration of a used vehicle, the move for an address change, ...). A deadline whose event date
// is not given is listed uncounted. Errors name the event's field (events.transfer, ...).
constexpr result<deadline_list> deadlines_for(procedure p, const event_dates& events) noexcept {
    if (static_cast<std::size_t>(p) >= procedure_count) return failure{errc::unknown_procedure, request_field::procedure, error_reason::unknown_code};
    deadline_list out{p};
    for (std::size_t k = 0; k < deadline_kind_count; ++k) {
        const auto kind = static_cast<deadline_kind>(k);
        // The rule in force on the event's date; the newest one when the event is not dated.
        const auto event = [&]() -> maybe<date> {
            for (const auto& r : data::procedure_deadlines)
                if (r.key == p && r.kind == kind) return events.get(r.from);
            return {};
        }();
        if (event) {
            const auto ok = detail::check_event(*event, [&] {
                for (const auto& r : data::procedure_deadlines)
                    if (r.key == p && r.kind == kind) return field_of(r.from);
                return request_field::event_date;
            }());
            if (!ok) return failure{ok.error()};
        }
        const data::deadline_row* r = data::deadline_rule(p, kind, event ? *event : date::last());
        if (r == nullptr) continue;
        if (!event) {
            detail::list_access::push_back(out, detail::make_deadline(p, kind, false, {}, {}, *r, data::fine_in_force(r->fine, data_vintage)));
            continue;
        }
        const auto d = detail::counted_deadline(p, *r, *event, field_of(r->from));
        if (!d) return failure{d.error()};
        detail::list_access::push_back(out, *d);
    }
    return out;
}

CARTEGRISE_END_NAMESPACE

#endif
