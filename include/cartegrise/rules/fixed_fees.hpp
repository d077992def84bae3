// Y.4 taxe fixe and Y.5 redevance d'acheminement, with the exemptions of the procedure, of mopeds, of
// FNI conversions and of the first address changes (project decisions 9, 10, 11: docs/rules.md).
#ifndef CARTEGRISE_RULES_FIXED_FEES_HPP
#define CARTEGRISE_RULES_FIXED_FEES_HPP

#include "../data/fixed_fees.hpp"
#include "../data/rule_sources.hpp"
#include "context.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace detail {

template <class Trail>
constexpr void fixed_fees(const quote_context& c, totals& t, Trail& trail) noexcept {
    const auto& v = c.req->vehicle;
    const bool fni = v.register_system && *v.register_system == registration_system::fni;
    // Address change on an SIV certificate, 1st to 3rd: a sticker, no certificate, nothing due.
    if (c.proc == procedure::address && !fni && *c.req->address_change_rank <= data::address_changes_with_sticker) {
        trail.add(steps::address_sticker{*c.req->address_change_rank, data::src::address_sticker});
        return;
    }
    // FNI duplicata: the new certificate converts the vehicle to the SIV; a conversion pays no taxe fixe.
    const bool fni_conversion = c.proc == procedure::duplicate && fni;
    if (c.fees->y4 && !fni_conversion) {
        const auto* row = data::fixed_fee_in_force(data::fixed_fee::taxe_fixe, c.on);
        t.y4 = money::cents(row->cents);
        trail.add(steps::fixed_tax{t.y4, row->since, row->source});
    } else if (fni_conversion) {
        trail.add(steps::fixed_tax_exempt{fee_exemption::fni_conversion, data::src::fni_conversion});
    } else {
        trail.add(steps::fixed_tax_exempt{fee_exemption::procedure, c.fees->source});
    }
    const bool moped = c.has_class && c.vclass == vehicle_class::moped;
    if (c.fees->y5 && !moped) {
        const auto* row = data::fixed_fee_in_force(data::fixed_fee::redevance_acheminement, c.on);
        t.y5 = money::cents(row->cents);
        trail.add(steps::delivery_fee{t.y5, row->since, row->source});
    } else if (moped) {
        trail.add(steps::delivery_fee_exempt{fee_exemption::moped, data::src::moped_no_delivery_fee});
    } else {
        trail.add(steps::delivery_fee_exempt{fee_exemption::procedure, c.fees->source});
    }
}

}  // namespace detail
CARTEGRISE_END_NAMESPACE

#endif
