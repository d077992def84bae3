// expect: throw_bad_result_access
#include <cartegrise/territory.hpp>
// Taking the value of an error in a constant expression is a compile error.
constexpr auto d = cartegrise::parse_department("99").value();
int main() { return static_cast<int>(d.index()); }
