// expect: money cannot be scaled by floating point
#include <cartegrise/money.hpp>
int main() { return static_cast<int>((cartegrise::money::euros(10) * 0.5).in_cents()); }
