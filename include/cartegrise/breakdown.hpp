// totals and breakdown: the fee line by line (boxes Y.1 … Y.6 of the certificate), alone (totals, from
// quote_totals()) or with the steps that led there (breakdown, from quote()).
#ifndef CARTEGRISE_BREAKDOWN_HPP
#define CARTEGRISE_BREAKDOWN_HPP

#include "explanation.hpp"
#include "money.hpp"
#include "version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

struct totals {
    money y1;        // taxe régionale, including the IDFM part
    money y1_idfm;   // of which: Île-de-France Mobilités surcharge (CIBS L.421-54-1)
    money y2;        // taxe sur les véhicules de transport
    money y3;        // malus: CO2 part + mass part
    money y3_co2;
    money y3_mass;
    money y4;        // taxe fixe
    money y5;        // redevance d'acheminement
    money y6;        // total = round_to_euro(Y.1 + Y.2 + Y.3 + Y.4) + Y.5
    bool after_data_vintage = false;  // quoted with the latest known tables, for a date beyond them

    friend constexpr bool operator==(const totals& a, const totals& b) noexcept {
        return a.y1 == b.y1 && a.y1_idfm == b.y1_idfm && a.y2 == b.y2 && a.y3 == b.y3 && a.y3_co2 == b.y3_co2 &&
               a.y3_mass == b.y3_mass && a.y4 == b.y4 && a.y5 == b.y5 && a.y6 == b.y6 &&
               a.after_data_vintage == b.after_data_vintage;
    }
    friend constexpr bool operator!=(const totals& a, const totals& b) noexcept { return !(a == b); }
};

struct breakdown : totals {
    explanation steps;

    // The lines and the steps. A breakdown and a totals do not compare: compare the totals part,
    // static_cast<const totals&>(b) == t, to say that only the lines are meant.
    friend constexpr bool operator==(const breakdown& a, const breakdown& b) noexcept {
        return static_cast<const totals&>(a) == static_cast<const totals&>(b) && a.steps == b.steps;
    }
    friend constexpr bool operator!=(const breakdown& a, const breakdown& b) noexcept { return !(a == b); }
    friend bool operator==(const breakdown&, const totals&) = delete;
    friend bool operator==(const totals&, const breakdown&) = delete;
    friend bool operator!=(const breakdown&, const totals&) = delete;
    friend bool operator!=(const totals&, const breakdown&) = delete;
};

CARTEGRISE_END_NAMESPACE

#endif
