// What the same car costs in every department on one date: a used 6 CV hybrid (EH), 3 years old,
// on 1 June 2026. Sorted from the cheapest to the dearest.
#include <cartegrise/cartegrise.hpp>
#include <cartegrise/text/places.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <string_view>

int main() {
    using namespace cartegrise;
    struct row {
        department dept;
        money total;
    };
    std::array<row, department_count> rows{};
    for (std::size_t i = 0; i < department_count; ++i) {
        request r;
        r.application_date = date{2026, 6, 1};
        r.holder_department = department::at(i);
        r.procedure = procedure::used;
        r.vehicle.genre = genre::vp;
        r.vehicle.energy = energy::eh;
        r.vehicle.fiscal_cv = 6;
        r.vehicle.first_registration = date{2023, 6, 1};
        const auto q = quote(r);
        if (!q) return 1;
        rows[i] = {department::at(i), q->y6};
    }
    std::stable_sort(rows.begin(), rows.end(), [](const row& a, const row& b) { return a.total < b.total; });
    for (const auto& x : rows) {
        const std::string_view name = department_name(x.dept);
        const std::string_view reg = region_name(x.dept.region());
        std::printf("%-4.*s %-26.*s %-28.*s %6lld,%02lld EUR\n", static_cast<int>(x.dept.code().size()), x.dept.code().data(),
                    static_cast<int>(name.size()), name.data(), static_cast<int>(reg.size()), reg.data(),
                    static_cast<long long>(x.total.whole_euros()), static_cast<long long>(x.total.cents_part()));
    }
    // Corse keeps its hybrid exemption: the cheapest; Île-de-France (68,95 EUR/CV) the dearest.
    return rows.front().dept.region() == region::corse && rows.back().dept.region() == region::ile_de_france ? 0 : 1;
}
