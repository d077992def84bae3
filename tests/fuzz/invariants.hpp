// What every answer of quote() must satisfy, whatever the input: shared by the fuzz targets.
// A violation calls __builtin_trap(), which libFuzzer reports as a crash with the input that caused it.
#ifndef CARTEGRISE_FUZZ_INVARIANTS_HPP
#define CARTEGRISE_FUZZ_INVARIANTS_HPP

#include <cartegrise/cartegrise.hpp>
#include <cartegrise/text/error_messages.hpp>

#include <cstddef>
#include <string>

namespace fuzz {

using namespace cartegrise;

inline void require(bool ok) {
    if (!ok) __builtin_trap();
}

constexpr bool known_code(errc e) noexcept {
    return static_cast<int>(e) >= static_cast<int>(errc::invalid_value) &&
           static_cast<int>(e) <= static_cast<int>(errc::not_applicable);
}

// A field of the request (or of the documents and deadline functions, or the language), never none.
constexpr bool known_field(request_field f) noexcept {
    return f != request_field::none && static_cast<std::size_t>(f) < request_field_count;
}

// One message per reason: the text wing static_asserts that its table covers every error_reason.
constexpr bool known_reason(error_reason r) noexcept {
    return static_cast<std::size_t>(r) < sizeof(detail::text::reason_texts) / sizeof(detail::text::reason_texts[0]);
}

inline void check_error(const error& e) {
    require(known_code(e.code));
    require(known_field(e.field));
    require(to_string(e.field) != "?" && !to_string(e.field).empty());
    require(known_reason(e.reason));
    // The other missing fields are known fields, never the error's own field.
    require(!e.also_missing.contains(e.field) && !e.also_missing.contains(request_field::none));
    require(e.also_missing.empty() || e.code == errc::missing_field);
    // Said in both languages, every placeholder filled.
    for (const lang lg : {lang::fr, lang::en}) {
        const std::string m = message(e, lg);
        require(!m.empty());
        require(m.find("{}") == std::string::npos && m.find("[]") == std::string::npos && m.find("(())") == std::string::npos);
    }
}

inline void check_totals(const totals& b) {
    const money zero = money::zero();
    // Every line is an amount due: never negative.
    require(b.y1 >= zero && b.y1_idfm >= zero && b.y2 >= zero && b.y3 >= zero && b.y3_co2 >= zero &&
            b.y3_mass >= zero && b.y4 >= zero && b.y5 >= zero && b.y6 >= zero);
    require(b.y3 == b.y3_co2 + b.y3_mass);
    require(b.y1_idfm <= b.y1);
    // The total: Y.1+Y.2+Y.3+Y.4 rounded to the euro (CIBS L.131-2), plus Y.5.
    require(b.y6 == round_to_euro(b.y1 + b.y2 + b.y3 + b.y4) + b.y5);
    require(b.y6.in_cents() % 100 == b.y5.in_cents() % 100);
}

inline void check_breakdown(const breakdown& b) {
    check_totals(b);
    const money zero = money::zero();

    // The explanation is complete and says the same amounts as the lines.
    require(!b.steps.overflowed());
    require(b.steps.size() <= explanation::capacity);
    require(b.steps.count<steps::y1_amount>() <= 1 && b.steps.count<steps::y3_amount>() <= 1);
    if (const auto y1 = b.steps.find<steps::y1_amount>()) {
        require(y1->amount == b.y1);
        require(y1->idfm == b.y1_idfm);
    } else {
        require(b.y1 == zero && b.y1_idfm == zero);
    }
    if (const auto y3 = b.steps.find<steps::y3_amount>()) {
        require(y3->co2 == b.y3_co2);
        require(y3->mass == b.y3_mass);
        require(y3->amount() == b.y3);
    } else {
        require(b.y3 == zero);
    }
    require(b.steps.count<steps::subtotal>() == 1 && b.steps.count<steps::rounding>() == 1 && b.steps.count<steps::total>() == 1);
    const auto subtotal = b.steps.find<steps::subtotal>();
    require(subtotal.has_value() && subtotal->amount == b.y1 + b.y2 + b.y3 + b.y4);
    const auto rounding = b.steps.find<steps::rounding>();
    require(rounding.has_value() && rounding->before == subtotal->amount && rounding->after == round_to_euro(subtotal->amount));
    const auto total = b.steps.find<steps::total>();
    require(total.has_value() && total->amount == b.y6);
    require(b.after_data_vintage == b.steps.contains<steps::after_data_vintage>());
    // Every step has a known kind, a line, a name, and no source or one the tables and rules name.
    for (const step& s : b.steps) {
        require(s.index() < step_kind_count);
        require(static_cast<int>(s.line()) <= static_cast<int>(fee_line::y6));
        require(s.name() != "?" && !s.name().empty());
        require(!s.source() || find_source(s.source()->key) == s.source());
    }
}

inline void check_quote(const result<breakdown>& q) {
    if (q.has_value()) check_breakdown(*q);
    else check_error(q.error());
}

}  // namespace fuzz

#endif
