// The checked facts of one request, shared by the rules of each line (built by validate()), and the two
// trails a rule writes its steps to: the explanation of quote(), or nothing for quote_totals().
#ifndef CARTEGRISE_RULES_CONTEXT_HPP
#define CARTEGRISE_RULES_CONTEXT_HPP

#include "../breakdown.hpp"
#include "../data/procedure_fees.hpp"
#include "../data/vehicle_classes.hpp"
#include "../request.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace detail {

struct quote_context {
    const request* req = nullptr;
    date on;                                   // application date
    department dept = department::at(0);  // set by validate(); index 0 keeps the context zero-initialised
    cartegrise::procedure proc = procedure::used;
    const data::procedure_fee_row* fees = nullptr;
    bool has_class = false;                    // false only for a W garage filed without a genre
    vehicle_class vclass = vehicle_class::tourism;
    const data::vehicle_class_row* class_rules = nullptr;
    bool has_first_registration = false;
    date first_registration;
};

// quote(): every step is kept.
class to_explanation {
public:
    constexpr explicit to_explanation(explanation& e) noexcept : steps_{&e} {}
    // Appends the typed step, written in place; nothing (and overflowed()) when the list is full.
    template <class Step>
    constexpr void add(const Step& s) noexcept {
        if (step* slot = list_access::append_slot(*steps_)) slot->assign(s);
    }

private:
    explanation* steps_;
};

// quote_totals(): the steps are not built (the compiler drops them).
struct no_trail {
    template <class Step>
    constexpr void add(const Step&) noexcept {}
};

// The regional rate halves at ten years (CIBS L.421-45).
inline constexpr int half_rate_years = 10;

// Ten years, as CIBS L.421-45 counts them: the first registration is on or before the application
// date minus ten calendar years; a 29 February registration is ten years old on 28 February.
constexpr bool at_least_ten_years_old(date first_registration, date on) noexcept {
    const int years = on.year() - first_registration.year();
    if (years != half_rate_years) return years > half_rate_years;  // most vehicles: no calendar arithmetic
    return first_registration.add_years(half_rate_years) <= on;
}

}  // namespace detail
CARTEGRISE_END_NAMESPACE

#endif
