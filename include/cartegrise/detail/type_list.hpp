// A list of types and the two questions asked of it: the position of a type, the type at a position.
#ifndef CARTEGRISE_DETAIL_TYPE_LIST_HPP
#define CARTEGRISE_DETAIL_TYPE_LIST_HPP

#include <cstddef>
#include <type_traits>

#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace detail {

template <class... T>
struct type_list {
    static constexpr std::size_t size = sizeof...(T);
};

template <class T, class List>
struct index_in;
template <class T, class... U>
struct index_in<T, type_list<T, U...>> : std::integral_constant<std::size_t, 0> {};
template <class T, class V, class... U>
struct index_in<T, type_list<V, U...>> : std::integral_constant<std::size_t, 1 + index_in<T, type_list<U...>>::value> {};

template <class T, class List>
struct in_list;
template <class T, class... U>
struct in_list<T, type_list<U...>> : std::bool_constant<(std::is_same_v<T, U> || ...)> {};

template <std::size_t I, class List>
struct type_at;
template <class T, class... U>
struct type_at<0, type_list<T, U...>> {
    using type = T;
};
template <std::size_t I, class T, class... U>
struct type_at<I, type_list<T, U...>> : type_at<I - 1, type_list<U...>> {};

}  // namespace detail
CARTEGRISE_END_NAMESPACE

#endif
