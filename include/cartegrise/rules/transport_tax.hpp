// Y.2 — taxe sur les véhicules de transport (formerly the professional-training tax), CIBS L.421-55
// to L.421-57: due with the regional tax by N, M2, M3 vehicles other than VASP, by PTAC bracket.
#ifndef CARTEGRISE_RULES_TRANSPORT_TAX_HPP
#define CARTEGRISE_RULES_TRANSPORT_TAX_HPP

#include "context.hpp"

namespace cartegrise::detail {

constexpr void transport_tax(const quote_context& c, breakdown& b) noexcept {
    if (!c.fees->y2 || !c.has_class) return;
    const auto& cls = *c.class_rules;
    if (cls.y2_euros == 0) {
        add_step(b, step_kind::transport_tax_none, fee_line::y2, 0, 0, 0, cls.since, "CIBS L.421-30 3°");
        return;
    }
    b.y2 = money::euros(cls.y2_euros);
    add_step(b, step_kind::transport_tax, fee_line::y2, b.y2.in_cents(), c.req->vehicle.ptac_kg.value_or(0),
             static_cast<std::int64_t>(c.vclass), cls.since, cls.source);
}

}  // namespace cartegrise::detail

#endif
