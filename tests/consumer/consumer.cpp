// A consumer of the installed (or fetched) package: one quote, printed.
#include <cartegrise/cartegrise.hpp>

#include <cstdio>

int main() {
    using namespace cartegrise;
    request r;
    r.application_date = date{2026, 6, 1};
    r.holder_department = parse_department("75").value();
    r.procedure = procedure::used;
    r.vehicle.genre = genre::vp;
    r.vehicle.energy = energy::es;
    r.vehicle.fiscal_cv = 7;
    r.vehicle.first_registration = date{2019, 5, 3};
    const auto q = quote(r);
    if (!q) return 1;
    const auto y6 = q->y6.in_cents();
    std::printf("Y.6 = %lld,%02lld\n", static_cast<long long>(y6 / 100), static_cast<long long>(y6 % 100));
    return 0;
}
