// What every sentence of an explanation step is made of: the template each step kind specialises with
// its French and its English sentence, and the short helpers they share.
#ifndef CARTEGRISE_TEXT_SENTENCE_BASE_HPP
#define CARTEGRISE_TEXT_SENTENCE_BASE_HPP

#include <cstdint>
#include <string>

#include "../steps.hpp"
#include "format.hpp"
#include "labels.hpp"
#include "places.hpp"
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE
namespace detail::text {

// sentence<T>::fr(step, src) and sentence<T>::en(step, src): one full sentence ending with a period;
// `src` is the bracketed source (" [CIBS L.421-45]"), empty when the step reads no table.
template <class Step>
struct sentence;

inline std::string eur(money m, lang lg) { return format_money(m, lg); }
inline std::string num(std::int64_t n, lang lg) { return format_count(n, lg); }
inline std::string when(date d, lang lg) { return format_date(d, lg); }
inline std::string str(std::string_view s) { return std::string{s}; }

}  // namespace detail::text
CARTEGRISE_END_NAMESPACE

#endif
