// A quote with its explanation, in French and in English: a new 8 CV petrol car (140 g/km WLTP,
// 1 950 kg) registered in Lyon on 1 June 2026 — regional tax, CO2 malus and mass malus.
#include <cartegrise/cartegrise.hpp>
#include <cartegrise/text.hpp>

#include <cstdio>

int main() {
    using namespace cartegrise;
    request r;
    r.application_date = date{2026, 6, 1};
    r.holder_department = parse_department("69").value();
    r.procedure = procedure::new_vehicle;
    r.vehicle.genre = genre::vp;
    r.vehicle.energy = energy::es;
    r.vehicle.fiscal_cv = 8;
    r.vehicle.co2_g_km = 140;
    r.vehicle.mass_kg = 1950;

    const auto q = quote(r);
    if (!q) return 1;
    for (const lang lg : {lang::fr, lang::en}) {
        std::printf("Total: %s\n%s\n", format_money(q->y6, lg).c_str(), explain(*q, lg).c_str());
    }
    return q->y6 == money::cents(933776) ? 0 : 1;
}
