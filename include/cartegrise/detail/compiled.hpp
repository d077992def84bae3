// The compiled mode (docs/performance.md): built with CARTEGRISE_COMPILED and linked to the
// cartegrise::compiled library, a program runs quote(), quote_totals(), the explanations and the quote's
// JSON from that library, compiled once (src/cartegrise.cpp), instead of optimising them in every TU.
// The library's own TU also defines CARTEGRISE_COMPILED_SOURCE: there the text wing's bodies are compiled.
#ifndef CARTEGRISE_DETAIL_COMPILED_HPP
#define CARTEGRISE_DETAIL_COMPILED_HPP

#include "../version.hpp"

// The text wing's out-of-line functions: only declared in a TU of the compiled mode (and the sentences
// not included), defined `inline` header-only, defined once, not inline, in the library's TU.
#if defined(CARTEGRISE_COMPILED) && !defined(CARTEGRISE_COMPILED_SOURCE)
#define CARTEGRISE_TEXT_DECLARED_ONLY 1
#else
#define CARTEGRISE_TEXT_DECLARED_ONLY 0
#endif
#ifdef CARTEGRISE_COMPILED_SOURCE
#define CARTEGRISE_TEXT_INLINE
#else
#define CARTEGRISE_TEXT_INLINE inline
#endif

// Whether the caller is being constant-evaluated, as the builtin itself and not through a function (as
// detail::constant_evaluated() in step_codec.hpp is): g++ folds the builtin while it lowers the caller,
// so the engine in the branch not taken is never compiled, where through a function it is compiled,
// optimised, then thrown away (measured: 0.5 s of a 1.9 s TU, docs/performance.md). Without the builtin,
// the inline engine runs everywhere.
#if defined(__GNUC__) || defined(__clang__) || (defined(_MSC_VER) && _MSC_VER >= 1925)
#define CARTEGRISE_CONSTANT_EVALUATED() __builtin_is_constant_evaluated()
#else
#define CARTEGRISE_CONSTANT_EVALUATED() true
#endif

CARTEGRISE_BEGIN_NAMESPACE
namespace detail {
#ifdef CARTEGRISE_COMPILED
inline constexpr bool compiled_mode = true;
#else
inline constexpr bool compiled_mode = false;
#endif
}  // namespace detail
CARTEGRISE_END_NAMESPACE

#endif
