// Compiling is the test: the layout of an explanation step. A step is 24 bytes; every kind of
// step_types, built with non-trivial values (negative amounts beyond 32 bits, dates at the ends of the
// calendar, the last enumerators, a source), reads back as itself through step{typed}.get<T>(); the
// kind, name, line and source of a step are its type's; an explanation finds, counts and caps its steps.
#include <cartegrise/explanation.hpp>
#include <cartegrise/sources.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

namespace {
using namespace cartegrise;

static_assert(sizeof(step) == 24 + sizeof(void*), "a step is 24 bytes and its source's pointer");
static_assert(step::size_bytes == 24 && step::fields_offset == 1);
static_assert(std::is_trivially_copyable_v<step>);
static_assert(sizeof(date) == 4, "a date is 4 bytes");
static_assert(step_kind_count == step_types::size);

// The fields of a typed step, in order, as numbers computed here (not by the library's codec).
struct field_values {
    std::int64_t v[16]{};
    std::string_view names[16]{};
    std::size_t n = 0;
    constexpr void put(std::string_view name, std::int64_t x) {
        names[n] = name;
        v[n++] = x;
    }
    constexpr void operator()(std::string_view name, const money& m) { put(name, m.in_cents()); }
    constexpr void operator()(std::string_view name, const date& d) { put(name, d.year() * 10000 + d.month() * 100 + d.day()); }
    constexpr void operator()(std::string_view name, const bool& b) { put(name, b ? 1 : 2); }
    template <class U>
    constexpr void operator()(std::string_view name, const U& x) {
        static_assert(std::is_integral_v<U> || std::is_enum_v<U>);
        put(name, static_cast<std::int64_t>(x));
    }
};
template <class T>
constexpr field_values values_of(const T& t) {
    field_values out{};
    for_each_field(t, out);
    return out;
}

template <class T>
constexpr auto source_of_step(const T& t, int) -> decltype(t.source) { return t.source; }
template <class T>
constexpr source_ref source_of_step(const T&, long) { return source_ref{}; }

// step{t}.get<T>() == t, field by field, and the step says t's kind, name, line and source.
template <class T>
constexpr bool round_trip(const T& t) {
    const step s{t};
    if (!s.get<T>().has_value()) return false;
    const T back = *s.get<T>();
    if (!(back == t) || back != t) return false;
    const field_values a = values_of(t);
    const field_values b = values_of(back);
    if (a.n != b.n) return false;
    for (std::size_t i = 0; i < a.n; ++i)
        if (a.v[i] != b.v[i] || a.names[i] != b.names[i] || a.names[i].empty()) return false;
    if (source_of_step(back, 0) != source_of_step(t, 0)) return false;
    if (s.source() != source_of_step(t, 0)) return false;
    if (s.index() != detail::index_in<T, step_types>::value || !s.is<T>()) return false;
    if (s.name() != T::name || s.line() != T::line) return false;
    // Read back through visit(): the same typed step.
    const bool visited = visit(s, [&](const auto& typed) {
        using U = std::remove_cv_t<std::remove_reference_t<decltype(typed)>>;
        if constexpr (std::is_same_v<U, T>) {
            const field_values c = values_of(typed);
            for (std::size_t i = 0; i < a.n; ++i)
                if (c.v[i] != a.v[i]) return false;
            return c.n == a.n;
        } else {
            return false;
        }
    });
    return visited && step{back} == s;
}

constexpr money big_negative = money::cents(-9'000'000'000'123);  // beyond 32 bits
constexpr money big_positive = money::cents(std::numeric_limits<std::int64_t>::max());
constexpr date last_day{9999, 12, 31};
constexpr date leap_day{2024, 2, 29};
constexpr int int_max = std::numeric_limits<int>::max();
constexpr int int_min = std::numeric_limits<int>::min();
constexpr source_ref last_source = data::src::fiscal_power_1998;

// One of each kind, in the order of step_types.
constexpr auto one_of_each = std::make_tuple(
    steps::regional_rate{big_negative, region::mayotte, leap_day, find_source("idf_2024")},
    steps::idfm_surcharge{money::cents(-1400), last_day, find_source("idfm_2026_03")},
    steps::fiscal_power{int_max},
    steps::fiscal_power_computed{int_min, int_max, fiscal_power_formula::by_type_approval, last_day, data::src::fiscal_power_1998},
    steps::fiscal_power_forced{-1, data::src::proc_w_garage},
    steps::genre_coefficient{-3, int_max, vehicle_class::trailer, data::src::class_trailer},
    steps::age_half_rate{int_min, data::src::cibs_l421_45},
    steps::clean_energy{-50, energy_family::e85, region::la_reunion, date{1, 1, 1}, last_source},
    steps::moped_nil_rate{data::src::class_moped},
    steps::agricultural_nil_rate{vehicle_class::agricultural, data::src::class_agricultural},
    steps::not_change_of_owner{procedure::disaster_duplicate, data::src::proc_disaster_duplicate},
    steps::y1_amount{big_negative, big_positive},
    steps::transport_tax{money::cents(-28500), 99999, vehicle_class::road_tractor_heavy, data::src::class_l421_47_57},
    steps::transport_tax_none{vehicle_class::bus, data::src::cibs_l421_30_3},
    steps::malus_not_due{malus_reason::plugin_hybrid_exempt, date{2015, 1, 1}, data::src::decote_months},
    steps::co2_grid{2027, co2_cycle::wltp, -1, big_negative, date{2027, 1, 1}, data::src::co2_grid_2027},
    steps::co2_power_grid{2008, -8, money::cents(-600000), date{2008, 1, 1}, data::src::power_grid},
    steps::co2_e85_reduction{60, int_max, int_min, data::src::e85_abatement},
    steps::co2_family_reduction{-60, 30, 20, data::src::cibs_l421_67},
    steps::mass_grid{2026, 99999, money::cents(-677500), date{2026, 1, 1}, data::src::mass_grid_2026},
    steps::mass_abatement{-600, mass_abatement_reason::hybrid, 30, leap_day, data::src::mass_hybrid_2024},
    steps::hybrid_abatement_refused{-29, int_max, date{2027, 1, 1}, data::src::mass_hybrid_2027},
    steps::mass_not_due{malus_reason::full_decote, data::src::cibs_l421_71},
    steps::combined_cap{big_negative, money::cents(-1), data::src::cibs_l421_74},
    steps::price_cap{money::cents(-1500000), big_positive, data::src::cibs_l421_61},
    steps::price_cap_unchecked{data::src::cibs_l421_61},
    steps::import_decote{100, 181, decote_unit::started_months, false, date{2025, 3, 1}, data::src::decote_months},
    steps::later_malus{date{2015, 1, 1}, date{2027, 1, 1}, data::src::later_malus_2027},
    steps::mileage_reduction{-1, 20000, last_day, data::src::mileage_reduction_2027},
    steps::y3_amount{big_negative, money::cents(-677500)},
    steps::fixed_tax{money::cents(-1100), date{2021, 1, 1}, data::src::taxe_fixe_2021},
    steps::fixed_tax_exempt{fee_exemption::fni_conversion, data::src::fni_conversion},
    steps::delivery_fee{money::cents(-276), date{2015, 10, 1}, data::src::redevance_2015},
    steps::delivery_fee_exempt{fee_exemption::moped, data::src::moped_no_delivery_fee},
    steps::address_sticker{-3, data::src::address_sticker},
    steps::subtotal{big_negative},
    steps::rounding{money::cents(-49350), money::cents(-49400), data::src::cibs_l131_2},
    steps::total{big_positive},
    steps::after_data_vintage{date{2026, 4, 1}, last_day});

// Every kind is there, once, in the order of step_types.
template <std::size_t... I>
constexpr bool in_order(std::index_sequence<I...>) {
    return ((detail::index_in<std::tuple_element_t<I, std::remove_const_t<decltype(one_of_each)>>, step_types>::value == I) && ...);
}
static_assert(std::tuple_size_v<std::remove_const_t<decltype(one_of_each)>> == step_kind_count,
              "steps_static.cpp: a step kind was added to step_types; add one of it here");
static_assert(in_order(std::make_index_sequence<step_kind_count>{}), "steps_static.cpp: one of each kind, in the order of step_types");

template <std::size_t... I>
constexpr bool all_round_trip(std::index_sequence<I...>) {
    return (round_trip(std::get<I>(one_of_each)) && ...);
}
static_assert(all_round_trip(std::make_index_sequence<step_kind_count>{}), "a step kind does not read back as itself");

// Each kind's fields fit the 23 bytes after the kind (the source is kept beside them).
template <std::size_t... I>
constexpr bool all_fit(std::index_sequence<I...>) {
    return ((detail::payload_size<typename detail::type_at<I, step_types>::type, source_ref>() <= step::size_bytes - step::fields_offset) && ...);
}
static_assert(all_fit(std::make_index_sequence<step_kind_count>{}));

// A step of another kind: get<T>() is empty, never a default T taken for a value.
constexpr step a_rate{steps::regional_rate{money::cents(4300), region::bretagne, date{2022, 1, 1}, find_source("bretagne_2022")}};
static_assert(!a_rate.is<steps::total>() && !a_rate.get<steps::total>().has_value());
static_assert(a_rate.get<steps::regional_rate>()->region == region::bretagne);
static_assert(a_rate.get<steps::regional_rate>()->since == date{2022, 1, 1}, "since is stored and read back");
static_assert(a_rate != step{steps::regional_rate{money::cents(4300), region::bretagne, date{2022, 1, 1}, find_source("bretagne_2025_02")}});
static_assert(step{}.index() == 0 && step{}.source() == source_ref{});
static_assert(step{steps::fiscal_power{7}}.source() == source_ref{}, "a step that reads no table has no source");
static_assert(step{steps::y3_amount{money::euros(2205), money::euros(6775)}}.get<steps::y3_amount>()->amount() == money::euros(8980));

// Step equality compares every listed member, the source included.
constexpr steps::regional_rate brittany{money::cents(4300), region::bretagne, date{2022, 1, 1}, find_source("bretagne_2022")};
static_assert(brittany == brittany);
static_assert(brittany != steps::regional_rate{money::cents(4300), region::bretagne, date{2022, 1, 2}, find_source("bretagne_2022")});
static_assert(brittany != steps::regional_rate{money::cents(4300), region::bretagne, date{2022, 1, 1}, find_source("bretagne_2025_02")});

// Each step lists all its members: the check counts the aggregate's members and the entries of the
// list, so a list without one of them (here b, as if `since` were dropped from regional_rate's) is
// refused (tests/compile_fail/step_member_left_out.cpp: the library's static_assert fires).
struct listed_all {
    int a = 0;
    date b;
    source_ref c{};
    template <class V> static constexpr void members(V& v) { v("a", &listed_all::a); v("b", &listed_all::b); v("c", &listed_all::c); }
};
struct left_one_out {
    int a = 0;
    date b;
    source_ref c{};
    template <class V> static constexpr void members(V& v) { v("a", &left_one_out::a); v("c", &left_one_out::c); }
};
static_assert(detail::aggregate_arity<listed_all>() == 3 && detail::listed_members<listed_all>() == 3);
static_assert(detail::members_cover<listed_all>);
static_assert(!detail::members_cover<left_one_out>, "a member left out of the list is caught");
template <std::size_t... I>
constexpr bool every_kind_lists_all(std::index_sequence<I...>) {
    return (detail::members_cover<typename detail::type_at<I, step_types>::type> && ...);
}
static_assert(every_kind_lists_all(std::make_index_sequence<step_kind_count>{}));

// An explanation: the first step of a kind, how many, and at most 32 steps (a push beyond is refused
// and flagged). Only the library appends (detail::list_access); its users read.
using detail::list_access;
constexpr explanation three_steps() {
    explanation e;
    list_access::push_back(e, step{steps::fiscal_power{7}});
    list_access::push_back(e, step{steps::mass_abatement{200, mass_abatement_reason::plugin_hybrid, 0, date{2025, 1, 1}, data::src::mass_plugin_2025}});
    list_access::push_back(e, step{steps::mass_abatement{600, mass_abatement_reason::large_family, 3, date{2022, 1, 1}, data::src::mass_per_child}});
    return e;
}
static_assert(three_steps().size() == 3 && !three_steps().overflowed());
static_assert(three_steps().count<steps::mass_abatement>() == 2 && three_steps().contains<steps::fiscal_power>());
static_assert(three_steps().find<steps::mass_abatement>()->kg == 200, "find<T>() is the first step of kind T");
static_assert(!three_steps().find<steps::total>().has_value() && !three_steps().contains<steps::total>());
static_assert(three_steps()[1].get<steps::mass_abatement>()->source == data::src::mass_plugin_2025);
static_assert(three_steps().at(2).has_value() && *three_steps().at(2) == three_steps()[2]);
static_assert(!three_steps().at(3).has_value() && !three_steps().at(99).has_value(), "past the end: nothing, never another step");
// three_steps()[3] does not compile (tests/compile_fail/list_subscript_past_the_end.cpp).

// Two explanations are equal when they hold the same steps in the same order.
constexpr explanation two_steps() {
    explanation e;
    list_access::push_back(e, step{steps::fiscal_power{7}});
    list_access::push_back(e, step{steps::mass_abatement{200, mass_abatement_reason::plugin_hybrid, 0, date{2025, 1, 1}, data::src::mass_plugin_2025}});
    return e;
}
static_assert(three_steps() == three_steps() && two_steps() != three_steps() && explanation{} != two_steps());

constexpr explanation full_list() {
    explanation e;
    for (int i = 0; i < 33; ++i) list_access::push_back(e, step{steps::fiscal_power{i}});
    return e;
}
constexpr explanation full_list_of_32() {
    explanation e;
    for (int i = 0; i < 32; ++i) list_access::push_back(e, step{steps::fiscal_power{i}});
    return e;
}
static_assert(explanation::capacity == 32);
static_assert(full_list().size() == 32 && full_list().overflowed() && full_list()[31].get<steps::fiscal_power>()->cv == 31);
static_assert(full_list() != full_list_of_32(), "the overflow flag is part of the value");
}  // namespace
