// expect: list_index_past_the_end
// Indexing a list past its end in a constant expression is a compile error (at run time: std::abort()),
// never the first element or another one.
#include <cartegrise/explanation.hpp>
constexpr cartegrise::explanation empty{};
constexpr cartegrise::step first = empty[0];
int main() { return static_cast<int>(first.index()); }
