// The explanation steps, one small struct per kind: what a rule found, as typed values (money, dates,
// counts, the region, the dated row's source). Each step carries everything its sentence needs, so the
// text wing reads the step alone, never a table. `step_types` is the one list of kinds: a kind's
// position there is its index, `name` is its stable identifier (JSON), `line` the box it explains, and
// `members` lists its members once, with their names, in declaration order (<cartegrise/detail/members.hpp>):
// the compact storage of <cartegrise/explanation.hpp>, equality, for_each_field() and the JSON of the
// text wing derive from that list, and a list that leaves a member out does not compile.
#ifndef CARTEGRISE_STEPS_HPP
#define CARTEGRISE_STEPS_HPP

#include <cstdint>
#include <string_view>
#include <type_traits>

#include "source.hpp"
#include "date.hpp"
#include "detail/code_table.hpp"
#include "detail/members.hpp"
#include "detail/type_list.hpp"
#include "money.hpp"
#include "procedure.hpp"
#include "step_codes.hpp"
#include "territory.hpp"
#include "vehicle.hpp"
#include "version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

namespace steps {

// ---- Y.1 ------------------------------------------------------------------------------------------
struct regional_rate {  // the rate per CV voted by the region, in force since `since`
    static constexpr std::string_view name = "regional_rate";
    static constexpr fee_line line = fee_line::y1;
    money per_cv;
    cartegrise::region region{};
    date since;
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("per_cv", &regional_rate::per_cv); v("region", &regional_rate::region); v("since", &regional_rate::since); v("source", &regional_rate::source); }
};
struct idfm_surcharge {  // the Île-de-France Mobilités surcharge per CV (CIBS L.421-54-1)
    static constexpr std::string_view name = "idfm_surcharge";
    static constexpr fee_line line = fee_line::y1;
    money per_cv;
    date since;
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("per_cv", &idfm_surcharge::per_cv); v("since", &idfm_surcharge::since); v("source", &idfm_surcharge::source); }
};
struct fiscal_power {  // the CV the rate is multiplied by
    static constexpr std::string_view name = "fiscal_power";
    static constexpr fee_line line = fee_line::y1;
    int cv = 0;
    template <class V> static constexpr void members(V& v) { v("cv", &fiscal_power::cv); }
};
struct fiscal_power_computed {  // an import's P.6, computed from P.2 (fiscal_power.hpp)
    static constexpr std::string_view name = "fiscal_power_computed";
    static constexpr fee_line line = fee_line::y1;
    int cv = 0;
    int max_net_power_kw = 0;
    fiscal_power_formula formula{};
    date since;
    source_ref source{};
    template <class V> static constexpr void members(V& v) {
        v("cv", &fiscal_power_computed::cv); v("max_net_power_kw", &fiscal_power_computed::max_net_power_kw);
        v("formula", &fiscal_power_computed::formula); v("since", &fiscal_power_computed::since);
        v("source", &fiscal_power_computed::source);
    }
};
struct fiscal_power_forced {  // W garage: one unit rate whatever the vehicle
    static constexpr std::string_view name = "fiscal_power_forced";
    static constexpr fee_line line = fee_line::y1;
    int cv = 0;
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("cv", &fiscal_power_forced::cv); v("source", &fiscal_power_forced::source); }
};
struct genre_coefficient {  // num/den for the class (1/2 for motorcycles, heavy vehicles...)
    static constexpr std::string_view name = "genre_coefficient";
    static constexpr fee_line line = fee_line::y1;
    int num = 1;
    int den = 1;
    vehicle_class vclass{};
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("num", &genre_coefficient::num); v("den", &genre_coefficient::den); v("vclass", &genre_coefficient::vclass); v("source", &genre_coefficient::source); }
};
struct age_half_rate {  // ten years or more since B: rate halved
    static constexpr std::string_view name = "age_half_rate";
    static constexpr fee_line line = fee_line::y1;
    int years = 0;
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("years", &age_half_rate::years); v("source", &age_half_rate::source); }
};
struct clean_energy {  // the region's reduction for this energy family, in force since `since`
    static constexpr std::string_view name = "clean_energy";
    static constexpr fee_line line = fee_line::y1;
    int percent_off = 0;
    energy_family family{};
    cartegrise::region region{};
    date since;
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("percent_off", &clean_energy::percent_off); v("family", &clean_energy::family); v("region", &clean_energy::region); v("since", &clean_energy::since); v("source", &clean_energy::source); }
};
struct moped_nil_rate {  // L1e, L2e: nil rate
    static constexpr std::string_view name = "moped_nil_rate";
    static constexpr fee_line line = fee_line::y1;
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("source", &moped_nil_rate::source); }
};
struct agricultural_nil_rate {  // agricultural vehicles and trailers: no regional tax
    static constexpr std::string_view name = "agricultural_nil_rate";
    static constexpr fee_line line = fee_line::y1;
    vehicle_class vclass{};
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("vclass", &agricultural_nil_rate::vclass); v("source", &agricultural_nil_rate::source); }
};
struct not_change_of_owner {  // the procedure pays no Y.1, Y.2, Y.3
    static constexpr std::string_view name = "not_change_of_owner";
    static constexpr fee_line line = fee_line::y1;
    cartegrise::procedure procedure{};
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("procedure", &not_change_of_owner::procedure); v("source", &not_change_of_owner::source); }
};
struct y1_amount {
    static constexpr std::string_view name = "y1_amount";
    static constexpr fee_line line = fee_line::y1;
    money amount;
    money idfm;  // of which the Île-de-France Mobilités part
    template <class V> static constexpr void members(V& v) { v("amount", &y1_amount::amount); v("idfm", &y1_amount::idfm); }
};

// ---- Y.2 ------------------------------------------------------------------------------------------
struct transport_tax {
    static constexpr std::string_view name = "transport_tax";
    static constexpr fee_line line = fee_line::y2;
    money amount;
    int ptac_kg = 0;  // 0 when the class does not depend on it
    vehicle_class vclass{};
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("amount", &transport_tax::amount); v("ptac_kg", &transport_tax::ptac_kg); v("vclass", &transport_tax::vclass); v("source", &transport_tax::source); }
};
struct transport_tax_none {  // not N, M2, M3, or a VASP
    static constexpr std::string_view name = "transport_tax_none";
    static constexpr fee_line line = fee_line::y2;
    vehicle_class vclass{};
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("vclass", &transport_tax_none::vclass); v("source", &transport_tax_none::source); }
};

// ---- Y.3 ------------------------------------------------------------------------------------------
struct malus_not_due {
    static constexpr std::string_view name = "malus_not_due";
    static constexpr fee_line line = fee_line::y3;
    malus_reason reason{};
    date cutoff;  // import_too_old: the first registrations before it pay no malus
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("reason", &malus_not_due::reason); v("cutoff", &malus_not_due::cutoff); v("source", &malus_not_due::source); }
};
struct co2_grid {  // the grid of the year of B: `grams` give `amount`
    static constexpr std::string_view name = "co2_grid";
    static constexpr fee_line line = fee_line::y3;
    int year = 0;
    co2_cycle cycle{};
    int grams = 0;
    money amount;
    date since;
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("year", &co2_grid::year); v("cycle", &co2_grid::cycle); v("grams", &co2_grid::grams); v("amount", &co2_grid::amount); v("since", &co2_grid::since); v("source", &co2_grid::source); }
};
struct co2_power_grid {  // no EU type approval: the grid in CV of the year of B
    static constexpr std::string_view name = "co2_power_grid";
    static constexpr fee_line line = fee_line::y3;
    int year = 0;
    int cv = 0;
    money amount;
    date since;
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("year", &co2_power_grid::year); v("cv", &co2_power_grid::cv); v("amount", &co2_power_grid::amount); v("since", &co2_power_grid::since); v("source", &co2_power_grid::source); }
};
struct co2_e85_reduction {  // E85: a share of the grams is taxed
    static constexpr std::string_view name = "co2_e85_reduction";
    static constexpr fee_line line = fee_line::y3;
    int percent_kept = 0;
    int grams_before = 0;
    int grams_after = 0;
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("percent_kept", &co2_e85_reduction::percent_kept); v("grams_before", &co2_e85_reduction::grams_before); v("grams_after", &co2_e85_reduction::grams_after); v("source", &co2_e85_reduction::source); }
};
struct co2_family_reduction {  // large families: grams off per child
    static constexpr std::string_view name = "co2_family_reduction";
    static constexpr fee_line line = fee_line::y3;
    int grams_removed = 0;
    int children = 0;
    int grams_per_child = 0;
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("grams_removed", &co2_family_reduction::grams_removed); v("children", &co2_family_reduction::children); v("grams_per_child", &co2_family_reduction::grams_per_child); v("source", &co2_family_reduction::source); }
};
struct mass_grid {  // the mass grid of the year of B: `taxable_kg` give `amount`
    static constexpr std::string_view name = "mass_grid";
    static constexpr fee_line line = fee_line::y3;
    int year = 0;
    int taxable_kg = 0;
    money amount;
    date since;
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("year", &mass_grid::year); v("taxable_kg", &mass_grid::taxable_kg); v("amount", &mass_grid::amount); v("since", &mass_grid::since); v("source", &mass_grid::source); }
};
struct mass_abatement {  // kg taken off the mass
    static constexpr std::string_view name = "mass_abatement";
    static constexpr fee_line line = fee_line::y3;
    int kg = 0;
    mass_abatement_reason reason{};
    int children = 0;  // large_family only
    date since;
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("kg", &mass_abatement::kg); v("reason", &mass_abatement::reason); v("children", &mass_abatement::children); v("since", &mass_abatement::since); v("source", &mass_abatement::source); }
};
struct hybrid_abatement_refused {  // from 2027: an electric motor not above the power the abatement needs
    static constexpr std::string_view name = "hybrid_abatement_refused";
    static constexpr fee_line line = fee_line::y3;
    int electric_kw = 0;
    int above_kw = 0;  // the abatement needs more than this
    date since;
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("electric_kw", &hybrid_abatement_refused::electric_kw); v("above_kw", &hybrid_abatement_refused::above_kw); v("since", &hybrid_abatement_refused::since); v("source", &hybrid_abatement_refused::source); }
};
struct mass_not_due {
    static constexpr std::string_view name = "mass_not_due";
    static constexpr fee_line line = fee_line::y3;
    malus_reason reason{};
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("reason", &mass_not_due::reason); v("source", &mass_not_due::source); }
};
struct combined_cap {  // CO2 + mass capped at the top of the year's CO2 grid
    static constexpr std::string_view name = "combined_cap";
    static constexpr fee_line line = fee_line::y3;
    money cap;
    money mass_before;
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("cap", &combined_cap::cap); v("mass_before", &combined_cap::mass_before); v("source", &combined_cap::source); }
};
struct price_cap {  // 2022–2023: at most 50 % of the price
    static constexpr std::string_view name = "price_cap";
    static constexpr fee_line line = fee_line::y3;
    money cap;
    money before;
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("cap", &price_cap::cap); v("before", &price_cap::before); v("source", &price_cap::source); }
};
struct price_cap_unchecked {  // 2022–2023 cap not checked: no purchase price
    static constexpr std::string_view name = "price_cap_unchecked";
    static constexpr fee_line line = fee_line::y3;
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("source", &price_cap_unchecked::source); }
};
struct import_decote {  // the malus reduced by `percent` for `age` started years or months
    static constexpr std::string_view name = "import_decote";
    static constexpr fee_line line = fee_line::y3;
    int percent = 0;
    int age = 0;
    decote_unit unit{};
    bool first_registered_abroad = true;  // false: a vehicle that escaped the malus (later_malus)
    date since;
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("percent", &import_decote::percent); v("age", &import_decote::age); v("unit", &import_decote::unit); v("first_registered_abroad", &import_decote::first_registered_abroad); v("since", &import_decote::since); v("source", &import_decote::source); }
};
struct later_malus {  // from 2027: a used vehicle that paid no malus at its first French registration pays it now
    static constexpr std::string_view name = "later_malus";
    static constexpr fee_line line = fee_line::y3;
    date first_registered_from;
    date since;
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("first_registered_from", &later_malus::first_registered_from); v("since", &later_malus::since); v("source", &later_malus::source); }
};
struct mileage_reduction {  // from 2027: the décote's mileage reduction (none at or under the threshold)
    static constexpr std::string_view name = "mileage_reduction";
    static constexpr fee_line line = fee_line::y3;
    int average_km_per_year = -1;  // -1: the mileage was not given, the reduction was not checked
    int threshold_km_per_year = 0;
    date since;
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("average_km_per_year", &mileage_reduction::average_km_per_year); v("threshold_km_per_year", &mileage_reduction::threshold_km_per_year); v("since", &mileage_reduction::since); v("source", &mileage_reduction::source); }
};
struct y3_amount {
    static constexpr std::string_view name = "y3_amount";
    static constexpr fee_line line = fee_line::y3;
    money co2;
    money mass;
    [[nodiscard]] constexpr money amount() const noexcept { return co2 + mass; }
    template <class V> static constexpr void members(V& v) { v("co2", &y3_amount::co2); v("mass", &y3_amount::mass); }
};

// ---- Y.4, Y.5 -------------------------------------------------------------------------------------
struct fixed_tax {
    static constexpr std::string_view name = "fixed_tax";
    static constexpr fee_line line = fee_line::y4;
    money amount;
    date since;
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("amount", &fixed_tax::amount); v("since", &fixed_tax::since); v("source", &fixed_tax::source); }
};
struct fixed_tax_exempt {
    static constexpr std::string_view name = "fixed_tax_exempt";
    static constexpr fee_line line = fee_line::y4;
    fee_exemption reason{};
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("reason", &fixed_tax_exempt::reason); v("source", &fixed_tax_exempt::source); }
};
struct delivery_fee {
    static constexpr std::string_view name = "delivery_fee";
    static constexpr fee_line line = fee_line::y5;
    money amount;
    date since;
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("amount", &delivery_fee::amount); v("since", &delivery_fee::since); v("source", &delivery_fee::source); }
};
struct delivery_fee_exempt {
    static constexpr std::string_view name = "delivery_fee_exempt";
    static constexpr fee_line line = fee_line::y5;
    fee_exemption reason{};
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("reason", &delivery_fee_exempt::reason); v("source", &delivery_fee_exempt::source); }
};
struct address_sticker {  // 1st to 3rd change of address (SIV): a sticker, nothing due
    static constexpr std::string_view name = "address_sticker";
    static constexpr fee_line line = fee_line::y4;
    int rank = 0;
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("rank", &address_sticker::rank); v("source", &address_sticker::source); }
};

// ---- Y.6 ------------------------------------------------------------------------------------------
struct subtotal {  // Y.1 + Y.2 + Y.3 + Y.4 before rounding
    static constexpr std::string_view name = "subtotal";
    static constexpr fee_line line = fee_line::y6;
    money amount;
    template <class V> static constexpr void members(V& v) { v("amount", &subtotal::amount); }
};
struct rounding {  // to the nearest euro, a half counting as one
    static constexpr std::string_view name = "rounding";
    static constexpr fee_line line = fee_line::y6;
    money before;
    money after;
    source_ref source{};
    template <class V> static constexpr void members(V& v) { v("before", &rounding::before); v("after", &rounding::after); v("source", &rounding::source); }
};
struct total {  // Y.6: the rounded subtotal plus Y.5
    static constexpr std::string_view name = "total";
    static constexpr fee_line line = fee_line::y6;
    money amount;
    template <class V> static constexpr void members(V& v) { v("amount", &total::amount); }
};
struct after_data_vintage {  // the date is beyond the tables: the latest ones were used
    static constexpr std::string_view name = "after_data_vintage";
    static constexpr fee_line line = fee_line::y6;
    date vintage;
    date valid_until;
    template <class V> static constexpr void members(V& v) { v("vintage", &after_data_vintage::vintage); v("valid_until", &after_data_vintage::valid_until); }
};

}  // namespace steps

// The one list of step kinds: the position of a type is its index.
using step_types = detail::type_list<
    steps::regional_rate, steps::idfm_surcharge, steps::fiscal_power, steps::fiscal_power_computed, steps::fiscal_power_forced,
    steps::genre_coefficient, steps::age_half_rate, steps::clean_energy, steps::moped_nil_rate,
    steps::agricultural_nil_rate, steps::not_change_of_owner, steps::y1_amount, steps::transport_tax,
    steps::transport_tax_none, steps::malus_not_due, steps::co2_grid, steps::co2_power_grid,
    steps::co2_e85_reduction, steps::co2_family_reduction, steps::mass_grid, steps::mass_abatement,
    steps::hybrid_abatement_refused, steps::mass_not_due, steps::combined_cap, steps::price_cap, steps::price_cap_unchecked,
    steps::import_decote, steps::later_malus, steps::mileage_reduction, steps::y3_amount, steps::fixed_tax, steps::fixed_tax_exempt, steps::delivery_fee,
    steps::delivery_fee_exempt, steps::address_sticker, steps::subtotal, steps::rounding, steps::total,
    steps::after_data_vintage>;
inline constexpr std::size_t step_kind_count = step_types::size;

namespace detail {
template <class... T>
constexpr bool all_members_listed(type_list<T...>) noexcept {
    return (checked_members<T>::value && ...);
}
template <class T>
using if_step = std::enable_if_t<in_list<T, step_types>::value, int>;
}  // namespace detail
static_assert(detail::all_members_listed(step_types{}), "cartegrise: every step lists all its members");

namespace steps {
// Two steps of one kind are equal when every member is (the list in members(), the source included).
template <class T, detail::if_step<T> = 0>
constexpr bool operator==(const T& a, const T& b) noexcept {
    return detail::members_equal(a, b);
}
template <class T, detail::if_step<T> = 0>
constexpr bool operator!=(const T& a, const T& b) noexcept {
    return !detail::members_equal(a, b);
}
}  // namespace steps

// Calls f(name, value) for each member of a typed step but its source (step::source(), and "source"
// beside "fields" in the JSON): the fields as the JSON names them, in declaration order.
template <class Step, class F, detail::if_step<Step> = 0>
constexpr void for_each_field(const Step& s, F&& f) {
    auto but_source = [&f]([[maybe_unused]] std::string_view name, [[maybe_unused]] const auto& value) {
        if constexpr (!std::is_same_v<std::decay_t<decltype(value)>, source_ref>) f(name, value);
    };
    detail::for_each_member(s, but_source);
}

CARTEGRISE_END_NAMESPACE

#endif
