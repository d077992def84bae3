// Y.1 — the reduction of the regional tax an electric or hydrogen vehicle gets: nil rate by law until
// 2025-04-30 (CIBS L.421-49 v1), then the region's own deliberation, or none (L.421-49 v2, LF 2025
// art. 119). A rule, not a table: the table of the regions' choices is data/clean_vehicles.hpp.
#ifndef CARTEGRISE_RULES_CLEAN_VEHICLES_HPP
#define CARTEGRISE_RULES_CLEAN_VEHICLES_HPP

#include "../data/clean_vehicles.hpp"
#include "../data/rule_sources.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace detail {

constexpr data::clean_reduction_row electric_reduction(region r, date d) noexcept {
    if (d < data::electric_regional_choice_from) return {r, first_supported_date, 100, data::src::ev_law_v1};
    if (const auto* row = data::electric_regional_reduction(r, d)) return *row;
    return {r, data::electric_regional_choice_from, 0, data::src::ev_law_v2_none};
}

}  // namespace detail
CARTEGRISE_END_NAMESPACE

#endif
