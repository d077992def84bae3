// fiscal_power() in constant expressions: the published e-Niro example, both formulas, a refusal, and an
// import quoted from its maximum net power at compile time.
#include <cartegrise/cartegrise.hpp>

namespace {
using namespace cartegrise;

constexpr vehicle_data car(energy e, int kw, maybe<int> co2 = {}) {
    vehicle_data v;
    v.genre = genre::vp;
    v.energy = e;
    v.max_net_power_kw = kw;
    v.co2_g_km = co2;
    return v;
}

static_assert(fiscal_power(car(energy::el, 29), date{2026, 6, 1}).value().fiscal_cv == 3, "e-Niro, 29 kW: 2,61 -> 3 CV");
static_assert(fiscal_power(car(energy::es, 92, 120), date{2015, 6, 1}).value().fiscal_cv == 6, "1998: 2,667 + 3,791 -> 6 CV");
static_assert(fiscal_power(car(energy::es, 92, 120), date{2015, 6, 1}).value().formula == fiscal_power_formula::co2_and_power_1998);
static_assert(fiscal_power(car(energy::es, 92), date{2020, 6, 1}).error().reason == error_reason::fiscal_power_type_approval);
static_assert(detail::fiscal_power_1998(0, 1280) == 256, "(1280/40)^1.6 = 2^8 exactly");
static_assert(detail::fiscal_power_2021(9999) == 18385);

constexpr request import_by_power() {
    request r;
    r.application_date = date{2026, 6, 1};
    r.holder_department = parse_department("35").value();
    r.procedure = procedure::import;
    r.vehicle = car(energy::el, 100);
    r.vehicle.first_registration = date{2023, 3, 1};
    return r;
}
static_assert(quote_totals(import_by_power()).value().y6 == money::cents(43376), "7 CV computed: 60 x 7 + 11 + 2,76");
static_assert(quote(import_by_power()).value().steps.contains<steps::fiscal_power_computed>());
}  // namespace
