// What every answer of quote() must satisfy, whatever the input: shared by the fuzz targets.
// A violation calls __builtin_trap(), which libFuzzer reports as a crash with the input that caused it.
#ifndef CARTEGRISE_FUZZ_INVARIANTS_HPP
#define CARTEGRISE_FUZZ_INVARIANTS_HPP

#include <cartegrise/cartegrise.hpp>

#include <string_view>

namespace fuzz {

using namespace cartegrise;

inline void require(bool ok) {
    if (!ok) __builtin_trap();
}

// The fields an error may name: the request fields as the command-line options spell them, and those
// of the documents and deadlines commands (docs/errors.md lists which error names which field).
constexpr bool known_field(std::string_view f) noexcept {
    constexpr std::string_view fields[] = {"date", "department", "procedure", "genre", "energy", "cv",
                                           "first-registration", "co2", "cycle", "mass", "ptac", "cylinder",
                                           "seats", "register", "address-change", "price", "children", "lang",
                                           "reason", "origin", "kind", "event-date"};
    for (const auto k : fields)
        if (k == f) return true;
    return false;
}

constexpr bool known_code(errc e) noexcept {
    return static_cast<int>(e) >= static_cast<int>(errc::invalid_value) &&
           static_cast<int>(e) <= static_cast<int>(errc::not_applicable);
}

inline void check_error(const error& e) {
    require(known_code(e.code));
    require(!e.field.empty());
    require(known_field(e.field));
    require(!e.message.empty());
}

inline void check_breakdown(const breakdown& b) {
    const money zero = money::zero();
    // Every line is an amount due: never negative.
    require(b.y1 >= zero && b.y1_idfm >= zero && b.y2 >= zero && b.y3 >= zero && b.y3_co2 >= zero &&
            b.y3_mass >= zero && b.y4 >= zero && b.y5 >= zero && b.y6 >= zero);
    require(b.y3 == b.y3_co2 + b.y3_mass);
    require(b.y1_idfm <= b.y1);
    // The total: Y.1+Y.2+Y.3+Y.4 rounded to the euro (CIBS L.131-2), plus Y.5.
    require(b.y6 == round_to_euro(b.y1 + b.y2 + b.y3 + b.y4) + b.y5);
    require(b.y6.in_cents() % 100 == b.y5.in_cents() % 100);

    // The explanation is complete and says the same amounts as the lines.
    require(!b.steps.overflowed());
    require(b.steps.size() <= explanation::capacity);
    const auto* y1 = b.steps.find(step_kind::y1_amount);
    if (y1 != nullptr) {
        require(y1->a == b.y1.in_cents());
        require(y1->b == b.y1_idfm.in_cents());
    } else {
        require(b.y1 == zero && b.y1_idfm == zero);
    }
    const auto* y3 = b.steps.find(step_kind::y3_amount);
    if (y3 != nullptr) {
        require(y3->a == b.y3.in_cents());
        require(y3->b == b.y3_co2.in_cents());
        require(y3->c == b.y3_mass.in_cents());
    } else {
        require(b.y3 == zero);
    }
    const auto* subtotal = b.steps.find(step_kind::subtotal);
    require(subtotal != nullptr && subtotal->a == (b.y1 + b.y2 + b.y3 + b.y4).in_cents());
    const auto* rounding = b.steps.find(step_kind::rounding);
    require(rounding != nullptr && rounding->a == subtotal->a &&
            rounding->b == round_to_euro(b.y1 + b.y2 + b.y3 + b.y4).in_cents());
    const auto* total = b.steps.find(step_kind::total);
    require(total != nullptr && total->a == b.y6.in_cents());
    require(b.after_data_vintage == b.steps.contains(step_kind::after_data_vintage));
    // Every step belongs to a line and has a known kind.
    for (const auto& s : b.steps) {
        require(static_cast<int>(s.line) <= static_cast<int>(fee_line::y6));
        require(static_cast<int>(s.kind) <= static_cast<int>(step_kind::after_data_vintage));
    }
}

inline void check_quote(const result<breakdown>& q) {
    if (q.has_value()) check_breakdown(*q);
    else check_error(q.get_error());
}

}  // namespace fuzz

#endif
