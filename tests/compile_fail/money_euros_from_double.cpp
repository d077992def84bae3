// expect: money cannot be built from floating point
#include <cartegrise/money.hpp>
int main() { return static_cast<int>(cartegrise::money::euros(0.1f).in_cents()); }
