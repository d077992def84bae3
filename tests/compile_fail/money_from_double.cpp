// expect: money cannot be built from floating point
#include <cartegrise/money.hpp>
int main() { return static_cast<int>(cartegrise::money::cents(12.5).in_cents()); }
