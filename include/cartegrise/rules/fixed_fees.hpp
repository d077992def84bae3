// Y.4 taxe fixe and Y.5 redevance d'acheminement, with the exemptions of the procedure, of mopeds, of
// FNI conversions and of the first address changes (project decisions 9, 10, 11: docs/rules.md).
#ifndef CARTEGRISE_RULES_FIXED_FEES_HPP
#define CARTEGRISE_RULES_FIXED_FEES_HPP

#include "../data/fixed_fees.hpp"
#include "context.hpp"

namespace cartegrise::detail {

constexpr void fixed_fees(const quote_context& c, breakdown& b) noexcept {
    const auto& v = c.req->vehicle;
    const bool fni = v.register_system && *v.register_system == registration_system::fni;
    // Address change on an SIV certificate, 1st to 3rd: a sticker, no certificate, nothing due.
    if (c.proc == procedure::address && !fni && *c.req->address_change_rank <= data::address_changes_with_sticker) {
        add_step(b, step_kind::address_sticker, fee_line::y4, *c.req->address_change_rank, 0, 0, {}, "ANTS: sticker for the first three address changes (SIV)");
        return;
    }
    bool y4 = c.fees->y4;
    // FNI duplicata: the new certificate converts the vehicle to the SIV; a conversion pays no taxe fixe.
    const bool fni_conversion = c.proc == procedure::duplicate && fni;
    if (y4 && !fni_conversion) {
        const auto* row = data::fixed_fee_in_force(data::fixed_fee::taxe_fixe, c.on);
        b.y4 = money::cents(row->cents);
        add_step(b, step_kind::fixed_tax, fee_line::y4, row->cents, 0, 0, row->since, row->source);
    } else {
        add_step(b, step_kind::fixed_tax_exempt, fee_line::y4, static_cast<std::int64_t>(fee_exemption::procedure),
                 fni_conversion ? 1 : 0, 0, c.fees->since, fni_conversion ? "FNI to SIV conversion: taxe fixe not due" : c.fees->source);
    }
    const bool moped = c.has_class && c.vclass == data::vehicle_class::moped;
    if (c.fees->y5 && !moped) {
        const auto* row = data::fixed_fee_in_force(data::fixed_fee::redevance_acheminement, c.on);
        b.y5 = money::cents(row->cents);
        add_step(b, step_kind::delivery_fee, fee_line::y5, row->cents, 0, 0, row->since, row->source);
    } else {
        add_step(b, step_kind::delivery_fee_exempt, fee_line::y5,
                 static_cast<std::int64_t>(moped ? fee_exemption::moped : fee_exemption::procedure), 0, 0, {},
                 moped ? "redevance d'acheminement: not due for a cyclomoteur" : c.fees->source);
    }
}

}  // namespace cartegrise::detail

#endif
