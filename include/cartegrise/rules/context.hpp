// The checked facts of one request, shared by the rules of each line. Built by validate().
#ifndef CARTEGRISE_RULES_CONTEXT_HPP
#define CARTEGRISE_RULES_CONTEXT_HPP

#include "../breakdown.hpp"
#include "../data/procedure_fees.hpp"
#include "../data/vehicle_classes.hpp"
#include "../request.hpp"

namespace cartegrise::detail {

struct quote_context {
    const request* req = nullptr;
    date on;                                   // application date
    department dept;
    enum procedure proc = procedure::used;
    const data::procedure_fee_row* fees = nullptr;
    bool has_class = false;                    // false only for a W garage filed without a genre
    data::vehicle_class vclass = data::vehicle_class::tourism;
    const data::vehicle_class_row* class_rules = nullptr;
    bool has_first_registration = false;
    date first_registration;
};

constexpr void add_step(breakdown& b, step_kind k, fee_line l, std::int64_t a = 0, std::int64_t bb = 0,
                        std::int64_t c = 0, date since = {}, std::string_view source = {}) noexcept {
    b.steps.push(explanation_step{k, l, a, bb, c, since, source});
}

// Ten years, as CIBS L.421-45 counts them: the first registration is on or before the application
// date minus ten calendar years; a 29 February registration is ten years old on 28 February.
constexpr bool at_least_ten_years_old(date first_registration, date on) noexcept {
    return first_registration.add_years(10) <= on;
}

}  // namespace cartegrise::detail

#endif
