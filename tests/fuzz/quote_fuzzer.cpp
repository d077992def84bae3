// libFuzzer target: arbitrary bytes become a request — every field set or unset, dates valid or not
// (month 13, day 0, year 0, huge years), CV / CO2 / masses at, around and far beyond the ends of the
// tables, every genre, energy and procedure plus out-of-range enumerator values, every department
// index and arbitrary department strings — and quote() must answer with a breakdown that satisfies
// the invariants of invariants.hpp, or with an error that names its field; quote_totals() answers the
// same. Never UB: ASan and UBSan watch every run. Some inputs also go through next_fee_change(), the
// French and English sentences and the JSON of the text wing.
#include "invariants.hpp"

#include <cartegrise/text.hpp>

#include "../cases/json_check.hpp"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>

namespace {

using namespace cartegrise;

// Reads the input front to back; past the end every read is 0, so short inputs still make requests.
class bytes {
public:
    bytes(const std::uint8_t* data, std::size_t size) noexcept : data_{data}, size_{size} {}

    std::uint8_t u8() noexcept { return pos_ < size_ ? data_[pos_++] : std::uint8_t{0}; }
    std::uint16_t u16() noexcept { return static_cast<std::uint16_t>(u8() | (u8() << 8)); }
    std::uint32_t u32() noexcept { return static_cast<std::uint32_t>(u16()) | (static_cast<std::uint32_t>(u16()) << 16); }
    std::int32_t i32() noexcept {
        const std::uint32_t u = u32();
        std::int32_t v = 0;
        std::memcpy(&v, &u, sizeof v);
        return v;
    }
    std::int64_t i64() noexcept {
        const std::uint64_t u = static_cast<std::uint64_t>(u32()) | (static_cast<std::uint64_t>(u32()) << 32);
        std::int64_t v = 0;
        std::memcpy(&v, &u, sizeof v);
        return v;
    }
    bool bit() noexcept { return (u8() & 1U) != 0; }
    // Up to max_len bytes, as a string view into the input.
    std::string_view text(std::size_t max_len) noexcept {
        const std::size_t want = u8() % (max_len + 1);
        const std::size_t n = want < size_ - pos_ ? want : size_ - pos_;
        const std::string_view s{reinterpret_cast<const char*>(data_ + pos_), n};
        pos_ += n;
        return s;
    }

private:
    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t pos_ = 0;
};

// An enumerator from one byte: mostly a valid value (count + 1 slots, so the first invalid one is hit
// often), sometimes any byte at all. The enums have a fixed underlying type: every byte is a value.
template <class E>
E enumerator(bytes& in, std::size_t count) noexcept {
    const std::uint8_t b = in.u8();
    const std::uint8_t v = (b & 0x80U) != 0 ? b : static_cast<std::uint8_t>(b % (count + 1));
    return static_cast<E>(v);
}

// Dates: a day in 1900-2040 (valid), raw fields near the calendar (month 0/13, day 0/32, year 0), any
// 32-bit numbers, or any 4 bytes read as a date's packed form.
date any_date(bytes& in) noexcept {
    switch (in.u8() % 5) {
        case 0:
        case 1: {
            const date origin{1900, 1, 1};
            return origin.add_days(in.u16() % 51500);
        }
        case 2: {
            const int y = static_cast<int>(in.u16() % 10002);  // 0 .. 10001
            const int m = static_cast<int>(in.u8() % 15);      // 0 .. 14
            const int d = static_cast<int>(in.u8() % 33);      // 0 .. 32
            return date::unchecked(y, m, d);
        }
        case 3: return date::unchecked(in.i32(), in.i32(), in.i32());
        default: return date::from_packed(in.u32());
    }
}

// The ends of the tables and of the validation ranges, and their neighbours.
constexpr int interesting[] = {
    std::numeric_limits<int>::min(), -100000, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 16, 17, 18,
    20, 25, 28, 29, 30, 31, 49, 50, 51, 99, 100, 107, 108, 117, 118, 123, 127, 128, 191, 192, 223, 224,
    225, 226, 250, 251, 999, 1000, 1499, 1500, 1599, 1600, 1800, 1801, 1900, 2000, 2100, 3500, 3501, 5999,
    6000, 10999, 11000, 99999, 100000, std::numeric_limits<int>::max(),
};

int any_int(bytes& in) noexcept {
    const std::uint8_t mode = in.u8();
    switch (mode % 4) {
        case 0: return interesting[in.u8() % (sizeof interesting / sizeof interesting[0])];
        case 1: return static_cast<int>(in.u8());                 // 0 .. 255: CV, CO2, children
        case 2: return static_cast<int>(in.u16());                // 0 .. 65535: masses
        default: return in.i32();
    }
}

template <class T, class F>
void maybe_set(bytes& in, maybe<T>& field, F make) {
    if (in.bit()) field = make();
}

request make_request(bytes& in) {
    request r;
    maybe_set(in, r.application_date, [&] { return any_date(in); });
    if (in.bit()) {
        if (in.bit()) {
            r.holder_department = department::at(in.u8());  // every index, and beyond (clamped by at())
        } else if (const auto d = parse_department(in.text(5)); d.has_value()) {
            r.holder_department = *d;
        } else {
            fuzz::check_error(d.error());
        }
    }
    maybe_set(in, r.procedure, [&] { return enumerator<procedure>(in, procedure_count); });
    auto& v = r.vehicle;
    maybe_set(in, v.genre, [&] { return enumerator<genre>(in, genre_count); });
    maybe_set(in, v.energy, [&] { return enumerator<energy>(in, energy_count); });
    maybe_set(in, v.fiscal_cv, [&] { return any_int(in); });
    maybe_set(in, v.first_registration, [&] { return any_date(in); });
    maybe_set(in, v.co2_g_km, [&] { return any_int(in); });
    maybe_set(in, v.cycle, [&] { return enumerator<co2_cycle>(in, 2); });
    maybe_set(in, v.mass_kg, [&] { return any_int(in); });
    maybe_set(in, v.ptac_kg, [&] { return any_int(in); });
    maybe_set(in, v.cylinder_cm3, [&] { return any_int(in); });
    maybe_set(in, v.seats, [&] { return any_int(in); });
    maybe_set(in, v.register_system, [&] { return enumerator<registration_system>(in, 2); });
    const std::uint8_t flags = in.u8();
    v.without_eu_type_approval = (flags & 0x01U) != 0;
    v.no_malus_at_first_registration = (flags & 0x02U) != 0;
    // 0x04: unused (it was the 0.1 `demonstration` flag, which no rule read)
    v.wheelchair_accessible = (flags & 0x08U) != 0;
    r.holder.invalidity_card = (flags & 0x10U) != 0;
    r.holder.legal_person = (flags & 0x20U) != 0;
    if ((flags & 0x40U) != 0) r.holder.dependent_children = any_int(in);
    maybe_set(in, r.purchase_price, [&] {
        return in.bit() ? money::cents(in.i64()) : money::euros(static_cast<std::int64_t>(in.u32() % 200000));
    });
    maybe_set(in, r.address_change_rank, [&] { return any_int(in); });
    // Fields of the 2027 rules, last: the seeds written before them keep their meaning.
    maybe_set(in, v.electric_power_kw, [&] { return any_int(in); });
    maybe_set(in, v.odometer_km, [&] { return any_int(in); });
    return r;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    bytes in{data, size};
    const std::uint8_t extras = in.u8();
    const request r = make_request(in);
    const auto q = quote(r);
    fuzz::check_quote(q);
    // An enumerator outside its enumeration is refused, never read as some valid value.
    const auto& v = r.vehicle;
    const bool bad_enum = (r.procedure && static_cast<std::size_t>(*r.procedure) >= procedure_count) ||
                          (v.genre && static_cast<std::size_t>(*v.genre) >= genre_count) ||
                          (v.energy && static_cast<std::size_t>(*v.energy) >= energy_count) ||
                          (v.cycle && *v.cycle != co2_cycle::nedc && *v.cycle != co2_cycle::wltp) ||
                          (v.register_system && *v.register_system != registration_system::siv &&
                           *v.register_system != registration_system::fni);
    if (bad_enum) fuzz::require(!q.has_value());

    // The same request quoted twice gives the same answer (no hidden state).
    const auto again = quote(r);
    fuzz::require(again.has_value() == q.has_value());
    if (q.has_value()) fuzz::require(again->y6 == q->y6 && again->steps.size() == q->steps.size());
    else fuzz::require(again.error() == q.error());

    // quote_totals(): the same lines without the steps, or the same error.
    const auto t = quote_totals(r);
    fuzz::require(t.has_value() == q.has_value());
    if (t.has_value()) {
        fuzz::check_totals(*t);
        fuzz::require(static_cast<const totals&>(*q) == *t);
    } else {
        fuzz::require(t.error() == q.error() && t.error().also_missing == q.error().also_missing);
    }

    if ((extras & 0x01U) != 0) {
        const auto change = next_fee_change(r);
        // A request refused today is refused by the search; one quoted today may still be refused on a
        // later date that needs another field (a new plug-in hybrid needs its mass from 2025).
        if (!q.has_value()) fuzz::require(!change.has_value() && change.error() == q.error());
        if (change.has_value()) {
            fuzz::require(change->before == q->y6);
            if (change->found) {
                fuzz::require(*r.application_date < change->on);
                fuzz::require(change->after != change->before);
            }
        } else {
            fuzz::check_error(change.error());
        }
    }
    if ((extras & 0x02U) != 0 && q.has_value()) {
        // Every step says a sentence in both languages, and the quote is valid JSON.
        for (const step& s : q->steps) {
            const std::string fr = explain_step(s, lang::fr);
            const std::string en = explain_step(s, lang::en);
            fuzz::require(!fr.empty() && fr.back() == '.' && !en.empty() && en.back() == '.' && fr != en);
        }
        fuzz::require(!explain(*q, lang::fr).empty());
        fuzz::require(!explain(*q, lang::en).empty());
        json_writer w;
        write_quote_json(w, r, *q, (extras & 0x04U) != 0 ? lang::en : lang::fr);
        fuzz::require(json_check::valid(w.str()));
    }
    if ((extras & 0x02U) != 0 && !q.has_value()) {
        json_writer w;
        write_error_json(w, q.error(), lang::fr);
        fuzz::require(json_check::valid(w.str()));
    }
    return 0;
}
