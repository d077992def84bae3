// Links the two sides of two_vintages.cmake and prints the name each gives to cartegrise::breakdown;
// both quote the same request to the same amount.
#include <cstdio>

const char* type_name_a();
const char* type_name_b();
long long y6_a();
long long y6_b();

int main() {
    std::printf("a: %s\nb: %s\n", type_name_a(), type_name_b());
    return y6_a() == y6_b() && y6_a() > 0 ? 0 : 1;
}
