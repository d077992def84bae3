// "When does my fee change?" — for a used 6 CV car in Lille, first registered on 1 September 2016,
// quoted on 15 January 2026: the next dates on which the carte grise costs something else.
#include <cartegrise/cartegrise.hpp>
#include <cartegrise/fee_change.hpp>

#include <cstdio>

int main() {
    using namespace cartegrise;
    request r;
    r.application_date = date{2026, 1, 15};
    r.holder_department = parse_department("59").value();
    r.procedure = procedure::used;
    r.vehicle.genre = genre::vp;
    r.vehicle.energy = energy::es;
    r.vehicle.fiscal_cv = 6;
    r.vehicle.first_registration = date{2016, 9, 1};

    int changes = 0;
    for (;;) {
        const auto c = next_fee_change(r);
        if (!c) return 1;
        if (!c->found) break;
        std::printf("from %04d-%02d-%02d: %lld,%02lld EUR -> %lld,%02lld EUR\n", c->on.year(), c->on.month(), c->on.day(),
                    static_cast<long long>(c->before.whole_euros()), static_cast<long long>(c->before.cents_part()),
                    static_cast<long long>(c->after.whole_euros()), static_cast<long long>(c->after.cents_part()));
        r.application_date = c->on;
        ++changes;
    }
    // Hauts-de-France 43 EUR/CV on 2026-04-01, then the ten-year half rate on 2026-09-01.
    return changes == 2 ? 0 : 1;
}
