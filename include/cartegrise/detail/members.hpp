// The members of an aggregate, listed once. A type lists them in declaration order in a static function
//
//     template <class V> static constexpr void members(V& v) { v("per_cv", &regional_rate::per_cv); ... }
//
// (a name and a member pointer each), and everything that walks the members derives from that list:
// the compact storage of a step, its equality, its JSON, for_each_field(). The list is checked to
// cover the aggregate: it has as many entries as the aggregate has members (counted the way Boost.PFR
// counts them: the longest brace initialiser the type accepts), so a member left out of the list is a
// compile error, not a value silently read back as its default. The check of the 38 step kinds costs
// about 1.6 % of the compiler's instructions for a TU with <cartegrise/quote.hpp> and one quote (g++ 12,
// -O2, callgrind: 66 M of 4.13 G).
#ifndef CARTEGRISE_DETAIL_MEMBERS_HPP
#define CARTEGRISE_DETAIL_MEMBERS_HPP

#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace detail {

// Converts to any member type; only named in unevaluated operands.
struct any_member {
    template <class U>
    constexpr operator U() const noexcept;  // NOLINT: implicit on purpose
};

template <class T, class Seq, class = void>
struct brace_initialisable : std::false_type {};
template <class T, std::size_t... I>
struct brace_initialisable<T, std::index_sequence<I...>, std::void_t<decltype(T{(void(I), any_member{})...})>>
    : std::true_type {};

// How many members the aggregate T has (its members are not aggregates themselves: money, dates,
// integers, enums).
template <class T, std::size_t N = 0>
constexpr std::size_t aggregate_arity() noexcept {
    if constexpr (brace_initialisable<T, std::make_index_sequence<N + 1>>::value) return aggregate_arity<T, N + 1>();
    else return N;
}

struct member_counter {
    std::size_t n = 0;
    template <class S, class M>
    constexpr void operator()(std::string_view, M S::*) noexcept { ++n; }
};

// How many entries T::members() lists.
template <class T>
constexpr std::size_t listed_members() noexcept {
    member_counter c;
    T::members(c);
    return c.n;
}

// True when T::members() lists every member of T: with n the entries of the list, T accepts n
// initialisers and refuses n + 1 (two probes, not a count from zero: every step header pays this).
// Instantiating checked_members<T> makes a list that leaves a member out a compile error.
template <class T, std::size_t N = listed_members<T>()>
inline constexpr bool members_cover = std::is_aggregate_v<T> && brace_initialisable<T, std::make_index_sequence<N>>::value &&
                                      !brace_initialisable<T, std::make_index_sequence<N + 1>>::value;
template <class T>
struct checked_members {
    static_assert(members_cover<T>, "cartegrise: members() leaves out a member of the aggregate");
    static constexpr bool value = true;
};

// Calls f(name, value) for each listed member of `s` (a const or mutable reference as `s` is).
template <class S, class F>
struct member_values {
    S* s;
    F* f;
    template <class T, class M>
    constexpr void operator()(std::string_view name, M T::*p) const {
        (*f)(name, s->*p);
    }
};
template <class S, class F>
constexpr void for_each_member(S& s, F& f) {
    member_values<S, F> v{&s, &f};
    std::remove_const_t<S>::members(v);
}

// Every listed member equal.
template <class T>
struct members_equal_visitor {
    const T* a;
    const T* b;
    bool equal = true;
    template <class M>
    constexpr void operator()(std::string_view, M T::*p) noexcept {
        equal = equal && a->*p == b->*p;
    }
};
template <class T>
constexpr bool members_equal(const T& a, const T& b) noexcept {
    members_equal_visitor<T> v{&a, &b};
    T::members(v);
    return v.equal;
}

}  // namespace detail
CARTEGRISE_END_NAMESPACE

#endif
