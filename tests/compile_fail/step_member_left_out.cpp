// expect: members\(\) leaves out a member of the aggregate
// A step whose members() forgets one of its members (as if `since` were dropped from
// regional_rate's list) does not compile: the library checks the list against the aggregate.
#include <cartegrise/detail/members.hpp>
#include <cartegrise/money.hpp>
#include <cartegrise/date.hpp>
struct rate_without_since {
    cartegrise::money per_cv;
    cartegrise::date since;
    template <class V> static constexpr void members(V& v) { v("per_cv", &rate_without_since::per_cv); }
};
static_assert(cartegrise::detail::checked_members<rate_without_since>::value);
int main() { return 0; }
