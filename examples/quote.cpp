// The plain quote: a used 7 CV petrol car bought in Paris on 1 June 2026.
#include <cartegrise/cartegrise.hpp>
#include <cartegrise/text/error_messages.hpp>

#include <cstdio>
#include <string_view>

int main() {
    using namespace cartegrise;
    request r;
    r.application_date = date{2026, 6, 1};
    r.holder_department = parse_department("75").value();
    r.procedure = procedure::used;
    r.vehicle.genre = genre::vp;                   // J.1
    r.vehicle.energy = energy::es;                 // P.3
    r.vehicle.fiscal_cv = 7;                       // P.6
    r.vehicle.first_registration = date{2019, 5, 3};  // B

    const result<breakdown> q = quote(r);
    if (!q) {
        // The error names the request field (its C++ path) and why; <cartegrise/text/error_messages.hpp>
        // says it in French or English.
        const std::string_view field = to_string(q.error().field);
        std::fprintf(stderr, "%.*s: %s\n", static_cast<int>(field.size()), field.data(), message(q.error(), lang::en).c_str());
        return 1;
    }
    // Amounts are integer cents; <cartegrise/text/format.hpp> formats them the French or English way.
    const auto line = [](const char* label, money m) {
        std::printf("%-24s %7lld,%02lld EUR\n", label, static_cast<long long>(m.whole_euros()),
                    static_cast<long long>(m.cents_part()));
    };
    line("Y.1 taxe regionale", q->y1);
    line("    of which IDFM", q->y1_idfm);
    line("Y.2 taxe transport", q->y2);
    line("Y.3 malus", q->y3);
    line("Y.4 taxe fixe", q->y4);
    line("Y.5 acheminement", q->y5);
    line("Y.6 total", q->y6);
    return q->y6 == money::cents(49676) ? 0 : 1;
}
