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

#include "data/procedure_deadlines.hpp"
#include "date.hpp"
#include "procedure.hpp"
#include "result.hpp"

namespace cartegrise {

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

// One computed deadline, with the rule and the fine it comes from.
struct deadline {
    procedure proc = procedure::new_vehicle;
    deadline_kind kind = deadline_kind::registration;
    date event;
    date due;
    const data::deadline_row* rule = nullptr;  // never null in a result holding a value
    const data::fine_row* fine = nullptr;      // null when no fine attaches to this deadline

    friend constexpr bool operator==(const deadline& a, const deadline& b) noexcept {
        return a.proc == b.proc && a.kind == b.kind && a.event == b.event && a.due == b.due;
    }
    friend constexpr bool operator!=(const deadline& a, const deadline& b) noexcept { return !(a == b); }
};

// The deadlines of one procedure, in the order of deadline_kind (no heap).
class deadline_list {
public:
    static constexpr std::size_t capacity = data::max_deadlines_per_procedure;

    constexpr deadline_list() noexcept = default;
    constexpr explicit deadline_list(procedure p) noexcept : procedure_{p} {}

    [[nodiscard]] constexpr procedure for_procedure() const noexcept { return procedure_; }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
    [[nodiscard]] constexpr const deadline& operator[](std::size_t i) const noexcept { return items_[i]; }
    [[nodiscard]] constexpr const deadline* begin() const noexcept { return items_; }
    [[nodiscard]] constexpr const deadline* end() const noexcept { return items_ + size_; }
    [[nodiscard]] constexpr const deadline* find(deadline_kind k) const noexcept {
        for (std::size_t i = 0; i < size_; ++i)
            if (items_[i].kind == k) return &items_[i];
        return nullptr;
    }
    constexpr bool push_back(const deadline& d) noexcept {
        if (size_ == capacity) return false;
        items_[size_++] = d;
        return true;
    }

private:
    deadline items_[capacity]{};
    std::size_t size_ = 0;
    procedure procedure_ = procedure::new_vehicle;
};

// Case-insensitive parse of a CLI deadline kind ("registration", "seller-declaration", ...).
constexpr result<deadline_kind> parse_deadline_kind(std::string_view s) noexcept {
    for (std::size_t i = 0; i < data::deadline_kind_count; ++i)
        if (detail::iequal(s, data::deadline_kinds[i].cli_name)) return static_cast<deadline_kind>(i);
    return failure{errc::invalid_value, "kind", "unknown deadline kind, e.g. registration, seller-declaration, provisional-certificate"};
}

namespace detail {
// The due date of rule `r` for an event on `e` (see the counting rules above).
constexpr result<date> due_date(const data::deadline_row& r, date e) noexcept {
    date due = e;
    switch (r.unit) {
        case duration_unit::days: due = e.add_days(r.amount); break;
        case duration_unit::months: due = e.add_months(r.amount); break;
        case duration_unit::working_days: due = add_working_days(e, r.amount); break;
        case duration_unit::calendar_year: due = date{e.year() + r.amount - 1, 12, 31}; break;
    }
    if (!due.ok()) return failure{errc::date_out_of_range, "event-date", "the deadline falls after year 9999"};
    return due;
}

constexpr result<date> check_event(procedure p, date e) noexcept {
    if (static_cast<std::size_t>(p) >= procedure_count)
        return failure{errc::unknown_procedure, "procedure", "unknown procedure"};
    if (!e.ok()) return failure{errc::invalid_value, "event-date", "event date is not a valid date"};
    if (e < first_supported_date)
        return failure{errc::date_out_of_range, "event-date", "event date before 2022-01-01, the first date the tables cover"};
    return e;
}
}  // namespace detail

// The deadline `k` of procedure `p` for an event on `event`, with its rule and fine. Errors name the
// field: "procedure", "event-date" (invalid, before 2022-01-01, or a due date past 9999), "kind" (this
// procedure has no such deadline: errc::not_applicable).
constexpr result<deadline> explain_deadline(procedure p, deadline_kind k, date event) noexcept {
    const auto e = detail::check_event(p, event);
    if (!e) return failure{e.get_error()};
    const data::deadline_row* r = data::deadline_rule(p, k, event);
    if (r == nullptr) return failure{errc::not_applicable, "kind", "this procedure has no such deadline"};
    const auto due = detail::due_date(*r, event);
    if (!due) return failure{due.get_error()};
    return deadline{p, k, event, *due, r, data::fine(r->fine_class, event)};
}

// The last day on which step `k` of procedure `p` is on time, for an event on `event`.
constexpr result<date> deadline_for(procedure p, deadline_kind k, date event) noexcept {
    const auto d = explain_deadline(p, k, event);
    if (!d) return failure{d.get_error()};
    return d->due;
}

// Every deadline of procedure `p`, each counted from `event` (read each one's `rule->from` to know
// which event it expects).
constexpr result<deadline_list> deadlines_for(procedure p, date event) noexcept {
    const auto e = detail::check_event(p, event);
    if (!e) return failure{e.get_error()};
    deadline_list out{p};
    for (std::size_t k = 0; k < data::deadline_kind_count; ++k) {
        const auto d = explain_deadline(p, static_cast<deadline_kind>(k), event);
        if (d) {
            out.push_back(*d);
        } else if (d.get_error().code != errc::not_applicable) {
            return failure{d.get_error()};
        }
    }
    return out;
}

}  // namespace cartegrise

#endif
