// explain(): a breakdown's steps as French (default) or English sentences, one line each, with the
// source of every dated figure in brackets and, when that source is weaker than the law's text or an
// official page, what it rests on ("repose sur une seule source"). Allocates (std::string); not pulled
// by <cartegrise/cartegrise.hpp>.
#ifndef CARTEGRISE_TEXT_EXPLAIN_HPP
#define CARTEGRISE_TEXT_EXPLAIN_HPP

#include <string>
#include <type_traits>

#include "../breakdown.hpp"
#include "../detail/compiled.hpp"
#include "../source.hpp"
#include "lang.hpp"
#include "source_json.hpp"
#if !CARTEGRISE_TEXT_DECLARED_ONLY
#include "sentences_fees.hpp"
#include "sentences_y1.hpp"
#include "sentences_y3.hpp"
#endif
#include "../version.hpp"

CARTEGRISE_BEGIN_NAMESPACE

#if CARTEGRISE_TEXT_DECLARED_ONLY
// The compiled mode (detail/compiled.hpp): the sentences are compiled once, in the library.
std::string explain_step(const step& s, lang lg = lang::fr);
std::string explain(const breakdown& b, lang lg = lang::fr);
#else

namespace detail::text {
// Every step kind has a French and an English sentence: adding a kind to step_types without them stops here.
template <class Step, class = void>
struct has_sentences : std::false_type {};
template <class Step>
struct has_sentences<Step, std::void_t<decltype(sentence<Step>::fr(std::declval<const Step&>(), std::declval<const std::string&>())),
                                       decltype(sentence<Step>::en(std::declval<const Step&>(), std::declval<const std::string&>()))>>
    : std::true_type {};
template <class List>
struct all_have_sentences;
template <class... T>
struct all_have_sentences<type_list<T...>> : std::bool_constant<(has_sentences<T>::value && ...)> {};
static_assert(all_have_sentences<step_types>::value,
              "cartegrise: every step kind needs sentence<T>::fr and sentence<T>::en (text/sentences_*.hpp)");
}  // namespace detail::text

// One step as one full sentence (ending with a period), in the language asked.
CARTEGRISE_TEXT_INLINE std::string explain_step(const step& s, lang lg = lang::fr) {
    const std::string src = source_note(s.source(), lg);
    return visit(s, [&](const auto& typed) {
        using T = std::remove_cv_t<std::remove_reference_t<decltype(typed)>>;
        return lg == lang::en ? detail::text::sentence<T>::en(typed, src) : detail::text::sentence<T>::fr(typed, src);
    });
}

// The whole trail, one step a line: "Y.1 — <sentence>\n".
CARTEGRISE_TEXT_INLINE std::string explain(const breakdown& b, lang lg = lang::fr) {
    std::string out;
    for (const step& s : b.steps) {
        out += to_string(s.line());
        out += " — ";
        out += explain_step(s, lg);
        out += '\n';
    }
    if (b.steps.overflowed())
        out += lg == lang::en ? "(some steps were not recorded: the trail is full)\n" : "(certaines étapes n'ont pas été enregistrées : la liste est pleine)\n";
    return out;
}
#endif

CARTEGRISE_END_NAMESPACE

#endif
