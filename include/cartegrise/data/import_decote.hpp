// Y.3 — décote of the malus for vehicles first registered abroad (used imports), by application date.
// Until 2025-02-28: the malus is reduced by a tenth per started year since the first registration
// (CGI 1011 bis "d'un dixième par année entamée", carried into the CIBS in 2022).
// From 2025-03-01: CIBS L.421-7-2 (LF 2025, loi 2025-127 art. 29) — a flat décote by age in started
// months (BOFiP BOI-AIS-MOB-10-20-40 table), and no malus at all for a first registration before
// 2015-01-01.
#ifndef CARTEGRISE_DATA_IMPORT_DECOTE_HPP
#define CARTEGRISE_DATA_IMPORT_DECOTE_HPP

#include <cstddef>
#include <cstdint>

#include "../detail/lookup.hpp"
#include "../source.hpp"
#include "../maybe.hpp"
#include "vintage.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace data {

// The sources of the rows below: each row names one (src::key), several rows may share it.
namespace src {
// clang-format off
inline constexpr source decote_years{"decote_years", evidence::law, {2021, 12, 22}, "CGI, art. 1011 bis ; CIBS, art. L.421-59",
    "un dixième par année commencée",
    "a tenth per started year"};
inline constexpr source decote_months{"decote_months", evidence::official, {2025, 5, 28}, "CIBS, art. L.421-7-2 (LF 2025, art. 29)",
    "table du BOFiP BOI-AIS-MOB-10-20-40",
    "BOFiP BOI-AIS-MOB-10-20-40 table"};
inline constexpr source later_malus_2027{"later_malus_2027", evidence::press, {2026, 2, 19}, "CIBS, art. L.421-36, 2°, réécrit par la LF 2026 (amendement AN 3476)",
    "à partir du 2027-01-01, la première immatriculation qui rend la taxe non nulle pour un véhicule qui n'en a pas payé à sa première immatriculation en France (e-driver.fr 2025-11-17, quechoisir 2025-11)",
    "from 2027-01-01 the first registration that makes the tax non-nil for a vehicle that paid none at its first French registration (e-driver.fr 2025-11-17, quechoisir 2025-11)"};
inline constexpr source mileage_reduction_2027{"mileage_reduction_2027", evidence::press, {2025, 2, 14}, "CIBS, art. L.421-7-2",
    "à partir du 2027-01-01 : 1 % à 3,5 % de plus quand le kilométrage moyen dépasse 20 000 km par an (legifiscal, economiematin 2025-03-04) ; les tranches ne sont pas publiées dans ce qui a été lu",
    "from 2027-01-01: an extra 1 % to 3.5 % when the average mileage exceeds 20 000 km a year (legifiscal, economiematin 2025-03-04); the bands are not published in what was read"};
// clang-format on
}  // namespace src

// The months table: from `from_months` started months on, `percent` off.
struct decote_step {
    std::int32_t from_months;
    std::int32_t percent;
};
// clang-format off
inline constexpr decote_step decote_2025[] = {
    {1, 3}, {4, 6}, {7, 9}, {10, 12}, {13, 16}, {19, 20}, {25, 28}, {37, 33}, {49, 38}, {61, 43}, {73, 48},
    {85, 53}, {97, 58}, {109, 64}, {121, 70}, {133, 76}, {145, 82}, {157, 88}, {169, 94}, {181, 100},
};
// clang-format on

// From the first started month, increasing months and percents, up to 100 %.
constexpr bool decote_steps_ok() noexcept {
    for (std::size_t i = 1; i < cartegrise::detail::size_of(decote_2025); ++i)
        if (decote_2025[i].from_months <= decote_2025[i - 1].from_months || decote_2025[i].percent <= decote_2025[i - 1].percent) return false;
    return decote_2025[0].from_months == 1 && decote_2025[0].percent > 0 && decote_2025[cartegrise::detail::size_of(decote_2025) - 1].percent == 100;
}
static_assert(decote_steps_ok(), "cartegrise: décote: increasing months and percents, ending at 100 %");

enum class decote_method : unsigned char {
    tenth_per_started_year,  // 10 % per started 12-month period
    months_table,            // decote_2025
};

struct decote_rule {
    date since;               // application dates from this one
    decote_method method;
    maybe<date> no_malus_before;  // first registrations before this date pay no malus
    source_ref source;
};
// clang-format off
inline constexpr decote_rule decote_rules[] = {
    {{2022, 1, 1}, decote_method::tenth_per_started_year, std::nullopt,       src::decote_years},
    {{2025, 3, 1}, decote_method::months_table,           date{2015, 1, 1}, src::decote_months},
};
// clang-format on
static_assert(cartegrise::detail::dated_series_ok(decote_rules, [](const decote_rule& r) {
                  return !r.no_malus_before || r.no_malus_before->ok();
              }) && decote_rules[0].since == first_supported_date,
              "cartegrise: décote rules dated in order from 2022-01-01");


// From 2027-01-01 (CIBS L.421-36 2°, LF 2026): a vehicle that paid no malus (or a nil one) at its first
// registration in France pays it at the first later registration that makes it non-nil — a change of
// owner to a holder without the exemption — with the décote of L.421-7-2; first registrations from
// 2015-01-01 only.
struct later_malus_rule {
    date since;
    date first_registered_from;
    source_ref source;
};
inline constexpr later_malus_rule later_malus_rules[] = {
    {{2027, 1, 1}, {2015, 1, 1}, src::later_malus_2027},
};
static_assert(cartegrise::detail::dated_series_ok(later_malus_rules), "cartegrise: later malus rules dated in order");

// From 2027-01-01 the décote of L.421-7-2 gains an extra reduction when the average mileage exceeds
// 20 000 km a year (1 % to 3.5 % from 45 001 km): the bands between are not known to this version, so a
// mileage above the threshold is refused (errc::beyond_table) rather than guessed.
struct mileage_rule {
    date since;
    std::int32_t threshold_km_per_year;
    source_ref source;
};
inline constexpr mileage_rule mileage_rules[] = {
    {{2027, 1, 1}, 20000, src::mileage_reduction_2027},
};
static_assert(cartegrise::detail::dated_series_ok(mileage_rules, [](const mileage_rule& r) { return r.threshold_km_per_year > 0; }),
              "cartegrise: mileage rules dated in order, a positive threshold");

// The rule in force on the application date; the first one before it (the library quotes from its date).
constexpr const decote_rule& decote_rule_for(date application) noexcept {
    const decote_rule* r = cartegrise::detail::in_force<decote_rules>(application);
    return r != nullptr ? *r : decote_rules[0];
}
// nullptr before 2027-01-01.
constexpr const later_malus_rule* later_malus_rule_for(date application) noexcept {
    return cartegrise::detail::in_force<later_malus_rules>(application);
}
constexpr const mileage_rule* mileage_rule_for(date application) noexcept {
    return cartegrise::detail::in_force<mileage_rules>(application);
}
constexpr int decote_percent_for_months(int started_months) noexcept {
    int p = 0;
    for (const auto& s : decote_2025)
        if (s.from_months <= started_months) p = s.percent;
    return p;
}

}  // namespace data
CARTEGRISE_END_NAMESPACE

#endif
