// breakdown: the fee line by line (boxes Y.1 … Y.6 of the certificate) and the steps that led there.
// Steps are codes and numbers, not prose, so a breakdown stays constexpr and allocation-free;
// <cartegrise/render.hpp> turns them into French or English sentences.
#ifndef CARTEGRISE_BREAKDOWN_HPP
#define CARTEGRISE_BREAKDOWN_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "date.hpp"
#include "money.hpp"

namespace cartegrise {

enum class fee_line : std::uint8_t { y1, y2, y3, y4, y5, y6 };

constexpr std::string_view to_string(fee_line l) noexcept {
    constexpr std::string_view n[] = {"Y.1", "Y.2", "Y.3", "Y.4", "Y.5", "Y.6"};
    return n[static_cast<std::size_t>(l) < 6 ? static_cast<std::size_t>(l) : 5];
}

// What one explanation step says. The meaning of the numeric fields a, b, c is given per kind.
enum class step_kind : std::uint8_t {
    // Y.1
    regional_rate,        // a = cents per CV, b = region (enum value); row: since, source
    idfm_surcharge,       // a = cents per CV added for Île-de-France Mobilités; row: since, source
    fiscal_power,         // a = CV used
    fiscal_power_forced,  // a = 1: W garage certificates are charged one unit rate (CV forced to 1)
    genre_coefficient,    // a/b = coefficient for the genre (1/2 for motorcycles, heavy vehicles...), c = vehicle class (data::vehicle_class)
    age_half_rate,        // a = full years since first registration (>= 10): rate halved
    clean_energy,         // a = percent off the regional tax, b = energy family, c = region; row: since, source
    moped_nil_rate,       // cyclomoteur <= 50 cm3 (L1e, L2e): nil regional rate
    agricultural_nil_rate,// agricultural / forestry vehicles and trailers: no regional tax
    not_change_of_owner,  // the procedure is not a change of owner: no Y.1, Y.2, Y.3
    y1_amount,            // a = Y.1 in cents, b = IDFM part in cents
    // Y.2
    transport_tax,        // a = amount in cents, b = PTAC kg (0 if not needed); row: since, source
    transport_tax_none,   // vehicle outside the transport tax (not N / M2 / M3, or VASP)
    // Y.3
    malus_not_due,        // a = reason (malus_reason)
    co2_grid,             // a = grid year, b = grams used (after reductions), c = amount in cents; row
    co2_power_grid,       // a = grid year, b = CV, c = amount in cents; row
    co2_e85_reduction,    // a = percent of the CO2 figure kept (E85 abatement), b = grams before
    co2_family_reduction, // a = grams removed (20 g per child), b = children
    mass_grid,            // a = grid year, b = taxable mass in kg, c = amount in cents; row
    mass_abatement,       // a = kg removed, b = reason (mass_abatement_reason)
    mass_not_due,         // a = reason (malus_reason)
    combined_cap,         // a = cap in cents (max CO2 malus of the grid year), b = mass malus before cap
    price_cap,            // a = cap in cents (50 % of the price), b = malus before the cap
    price_cap_unchecked,  // 2022–2023 cap not checked: purchase price unknown
    import_decote,        // a = percent off, b = months (started) or years, c = 1 if months table, 0 if years
    y3_amount,            // a = Y.3 in cents, b = CO2 part, c = mass part
    // Y.4 / Y.5
    fixed_tax,            // a = cents; row: since, source
    fixed_tax_exempt,     // a = reason (fee_exemption), b = 1 for an FNI duplicata (conversion to the SIV)
    delivery_fee,         // a = cents; row
    delivery_fee_exempt,  // a = reason (fee_exemption)
    address_sticker,      // a = rank of the change: a sticker, no new certificate, nothing due
    // Total
    subtotal,             // a = Y.1+Y.2+Y.3+Y.4 in cents before rounding
    rounding,             // a = before (cents), b = after (cents, whole euros)
    total,                // a = Y.6 in cents
    after_data_vintage,   // the application date is after the latest known change: latest tables used
};

enum class malus_reason : std::uint8_t {
    not_first_registration_as_vp,  // only a first registration in France as a tourism vehicle pays Y.3
    not_tourism_vehicle,
    electric_or_hydrogen,
    invalidity,
    wheelchair,
    before_2022_mass,              // first registered before 2022-01-01: no mass malus
    import_too_old,                // import first registered before the cut-off date: no malus
    full_decote,                   // the décote reaches 100 %
    below_threshold,
    plugin_hybrid_exempt,          // plug-in hybrids: no mass malus 2022–2024
};
enum class mass_abatement_reason : std::uint8_t { large_family, many_seats_or_legal_person, plugin_hybrid, hybrid };
enum class fee_exemption : std::uint8_t { procedure, moped, address_first_changes };

struct explanation_step {
    step_kind kind{};
    fee_line line{};
    std::int64_t a = 0;
    std::int64_t b = 0;
    std::int64_t c = 0;
    date since{};                // effective date of the table row used (when the step reads a table)
    std::string_view source;     // legal source of that row, or of the rule
};

// A fixed-capacity list of steps: no heap, constexpr.
class explanation {
public:
    // The longest trail the rules write is about 25 steps (tests and fuzzers check it never overflows).
    static constexpr std::size_t capacity = 32;

    constexpr void push(const explanation_step& s) noexcept {
        if (size_ < capacity) steps_[size_++] = s;
        else overflow_ = true;
    }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
    [[nodiscard]] constexpr bool overflowed() const noexcept { return overflow_; }
    [[nodiscard]] constexpr const explanation_step& operator[](std::size_t i) const noexcept {
        return steps_[i < size_ ? i : 0];
    }
    [[nodiscard]] constexpr const explanation_step* begin() const noexcept { return steps_; }
    [[nodiscard]] constexpr const explanation_step* end() const noexcept { return steps_ + size_; }
    // The first step of a kind, or nullptr.
    [[nodiscard]] constexpr const explanation_step* find(step_kind k) const noexcept {
        for (std::size_t i = 0; i < size_; ++i)
            if (steps_[i].kind == k) return &steps_[i];
        return nullptr;
    }
    [[nodiscard]] constexpr bool contains(step_kind k) const noexcept { return find(k) != nullptr; }

private:
    explanation_step steps_[capacity]{};
    std::size_t size_ = 0;
    bool overflow_ = false;
};

struct breakdown {
    money y1;        // taxe régionale, including the IDFM part
    money y1_idfm;   // of which: Île-de-France Mobilités surcharge (CIBS L.421-54-1)
    money y2;        // taxe sur les véhicules de transport (formation professionnelle)
    money y3;        // malus: CO2 part + mass part
    money y3_co2;
    money y3_mass;
    money y4;        // taxe fixe
    money y5;        // redevance d'acheminement
    money y6;        // total = round_to_euro(Y.1 + Y.2 + Y.3 + Y.4) + Y.5
    bool after_data_vintage = false;  // quoted with the latest known tables, for a date beyond them
    explanation steps;
};

}  // namespace cartegrise

#endif
