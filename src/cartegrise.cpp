// The compiled mode's one TU (docs/performance.md, "The compiled mode"): the engine and the text wing
// compiled once into the cartegrise::compiled library. A program linked to it and built with
// CARTEGRISE_COMPILED (the target defines it) calls these instead of optimising the engine in each of
// its own TUs; constant expressions still run the inline engine.
#ifndef CARTEGRISE_COMPILED
#error "cartegrise: src/cartegrise.cpp is built with CARTEGRISE_COMPILED (the cartegrise::compiled target)"
#endif

// Here the text wing's bodies are compiled, not inline (detail/compiled.hpp).
#define CARTEGRISE_COMPILED_SOURCE 1

#include <cartegrise/quote.hpp>
#include <cartegrise/text.hpp>

CARTEGRISE_BEGIN_NAMESPACE
namespace detail {
result<breakdown> quote_compiled(const request& r) noexcept { return quote_inline(r); }
result<totals> quote_totals_compiled(const request& r) noexcept { return quote_totals_inline(r); }
}  // namespace detail
CARTEGRISE_END_NAMESPACE
