// expect: invalid_date_in_constant_expression
#include <cartegrise/date.hpp>
// Day and year swapped (date{y, m, d} is ISO order): in a constant expression, not a date, not compiled.
constexpr cartegrise::date d{1, 6, 2026};
int main() { return d.day(); }
