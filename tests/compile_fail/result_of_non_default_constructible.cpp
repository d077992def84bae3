// expect: T must be default constructible
#include <cartegrise/result.hpp>
struct no_default { explicit no_default(int) {} };
int main() { cartegrise::result<no_default> r{no_default{1}}; return r.has_value() ? 0 : 1; }
