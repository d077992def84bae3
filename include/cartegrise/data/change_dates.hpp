// Every dated table and dated rule of the library in one list, so that next_fee_change() sees each
// date on which a fee can change. A new dated table is registered here: tests/unit/fee_change_test.cpp
// reads the data headers and fails when a table with `since` dates is missing from this list.
#ifndef CARTEGRISE_DATA_CHANGE_DATES_HPP
#define CARTEGRISE_DATA_CHANGE_DATES_HPP

#include "clean_vehicles.hpp"
#include "co2_malus.hpp"
#include "fiscal_power.hpp"
#include "fixed_fees.hpp"
#include "import_decote.hpp"
#include "mass_malus.hpp"
#include "procedure_fees.hpp"
#include "regional_rates.hpp"
#include "vehicle_classes.hpp"
#include "vintage.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace data {

// The names of the tables below, in the same order (the test compares them with the headers).
inline constexpr std::string_view dated_table_names[] = {
    "regional_rates", "idfm_surcharges", "alternative_fuel_reductions", "electric_regional_reductions", "fixed_fees",
    "procedure_fees", "vehicle_classes", "decote_rules", "co2_grids", "cv_grids", "mass_grids", "mass_abatements",
    "later_malus_rules", "mileage_rules", "fiscal_power_formulas",
};

// Calls f(table) for every dated table, in the order of dated_table_names.
template <class F>
constexpr void for_each_dated_table(F&& f) {
    f(regional_rates);
    f(idfm_surcharges);
    f(alternative_fuel_reductions);
    f(electric_regional_reductions);
    f(fixed_fees);
    f(procedure_fees);
    f(vehicle_classes);
    f(decote_rules);
    f(co2_grids);
    f(cv_grids);
    f(mass_grids);
    f(mass_abatements);
    f(later_malus_rules);
    f(mileage_rules);
    f(fiscal_power_formulas);
}

// Dates written in rules rather than in a table row.
inline constexpr date dated_rules[] = {electric_regional_choice_from, price_cap_end};

}  // namespace data
CARTEGRISE_END_NAMESPACE

#endif
