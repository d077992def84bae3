// A compile-time sweep of quote(): every department × the 1st of every quarter 2022-2026 × three
// procedures, the genre and the fiscal power turning with the department and the date so that every
// department meets every genre and every power. Each quote is evaluated in a constant expression, where
// the compiler rejects any undefined behaviour it meets (overflow, out-of-bounds read, null dereference);
// and each answer is checked against the invariants the fuzz targets check at run time. One constant
// expression per department keeps each within the default limits of g++ and clang++.
#include <cartegrise/cartegrise.hpp>

#include <cstddef>
#include <cstdint>
#include <utility>

namespace sweep {

using namespace cartegrise;

inline constexpr genre genres[] = {genre::vp, genre::ctte, genre::mtl, genre::cam, genre::tcp, genre::cl, genre::qm};
inline constexpr int powers[] = {1, 4, 7, 11, 999};
inline constexpr procedure procedures[] = {procedure::used, procedure::new_vehicle, procedure::duplicate};
inline constexpr std::size_t quarters = 20;  // 2022-01-01 … 2026-10-01

constexpr date quarter(std::size_t q) noexcept {
    return date{2022 + static_cast<int>(q / 4), 1 + 3 * static_cast<int>(q % 4), 1};
}

constexpr bool lines_consistent(const breakdown& b, std::int64_t cv) noexcept {
    const money zero = money::zero();
    if (b.y1 < zero || b.y1_idfm < zero || b.y2 < zero || b.y3 < zero || b.y4 < zero || b.y5 < zero) return false;
    if (b.y3 != b.y3_co2 + b.y3_mass || b.y1 < b.y1_idfm) return false;
    if (b.y6 != round_to_euro(b.y1 + b.y2 + b.y3 + b.y4) + b.y5) return false;
    // Y.1 never exceeds the legal cap of the regional rate (60 EUR/CV) plus the IDFM part (14 EUR/CV).
    if (b.y1 > money::cents((data::regional_rate_cap_cents + 1400) * cv)) return false;
    return !b.steps.overflowed();
}

constexpr bool department_ok(std::size_t d) noexcept {
    for (std::size_t q = 0; q < quarters; ++q) {
        for (std::size_t p = 0; p < std::size(procedures); ++p) {
            const std::size_t turn = d + q + p;
            request r;
            r.application_date = quarter(q);
            r.holder_department = department::at(d);
            r.procedure = procedures[p];
            r.vehicle.genre = genres[turn % std::size(genres)];
            r.vehicle.energy = (turn % 3 == 0) ? energy::eh : energy::es;
            const int cv = powers[(d + 2 * q) % std::size(powers)];
            r.vehicle.fiscal_cv = cv;
            // Ten years old from 2025-07-01: the half rate appears half-way through the sweep.
            if (procedures[p] != procedure::new_vehicle) r.vehicle.first_registration = date{2015, 7, 1};
            r.vehicle.co2_g_km = 150;
            r.vehicle.mass_kg = 1900;
            r.vehicle.ptac_kg = 12000;
            r.vehicle.register_system = registration_system::siv;
            const auto res = quote(r);
            if (!res.has_value()) return false;
            if (!lines_consistent(*res, cv)) return false;
        }
    }
    // The day before the first table row is an error naming the date, in every department.
    request early;
    early.application_date = date{2021, 12, 31};
    early.holder_department = department::at(d);
    early.procedure = procedure::used;
    const auto e = quote(early);
    return !e.has_value() && e.error().code == errc::date_out_of_range && e.error().field == request_field::application_date;
}

// One static_assert per department: each is its own constant expression, with its own step budget.
template <std::size_t D>
struct department_sweep {
    static constexpr bool ok = department_ok(D);
    static_assert(ok, "quote() broke an invariant in the compile-time sweep (department index D)");
};

template <std::size_t... D>
constexpr bool all_departments(std::index_sequence<D...>) noexcept {
    return (department_sweep<D>::ok && ...);
}

}  // namespace sweep

static_assert(sweep::all_departments(std::make_index_sequence<cartegrise::department_count>{}),
              "compile-time sweep of quote() over every department");
// 101 departments × 20 quarters × 3 procedures = 6 060 quotes, plus 101 refusals.
static_assert(cartegrise::department_count * sweep::quarters * std::size(sweep::procedures) == 6060);
