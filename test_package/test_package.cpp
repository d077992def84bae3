// Packaging smoke test: one published case quoted through the installed headers.
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
    if (!q) {
        std::printf("cartegrise %s: quote failed\n", CARTEGRISE_VERSION_STRING);
        return 1;
    }
    const auto y6 = q->y6.in_cents();
    std::printf("cartegrise %s: used 7 CV car, Paris, 2026-06-01: Y.6 = %lld,%02lld EUR\n", CARTEGRISE_VERSION_STRING,
                static_cast<long long>(y6 / 100), static_cast<long long>(y6 % 100));
    // The same published case and amount as tests/consumer.
    return y6 == 49676 ? 0 : 1;
}
