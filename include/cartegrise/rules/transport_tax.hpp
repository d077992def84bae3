// Y.2 — taxe sur les véhicules de transport (formerly the professional-training tax), CIBS L.421-55
// to L.421-57: due with the regional tax by N, M2, M3 vehicles other than VASP, by PTAC bracket.
#ifndef CARTEGRISE_RULES_TRANSPORT_TAX_HPP
#define CARTEGRISE_RULES_TRANSPORT_TAX_HPP

#include "../data/rule_sources.hpp"
#include "context.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace detail {

template <class Trail>
constexpr void transport_tax(const quote_context& c, totals& t, Trail& trail) noexcept {
    if (!c.fees->y2 || !c.has_class) return;
    const auto& cls = *c.class_rules;
    if (cls.y2_euros == 0) {
        trail.add(steps::transport_tax_none{c.vclass, data::src::cibs_l421_30_3});
        return;
    }
    t.y2 = money::euros(cls.y2_euros);
    trail.add(steps::transport_tax{t.y2, c.req->vehicle.ptac_kg.value_or(0), c.vclass, cls.source});
}

}  // namespace detail
CARTEGRISE_END_NAMESPACE

#endif
