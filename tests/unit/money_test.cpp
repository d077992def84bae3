#include <cartegrise/money.hpp>

#include <doctest/doctest.h>

#include <type_traits>

using cartegrise::money;

TEST_CASE("money: factories, arithmetic and comparison in cents") {
    CHECK(money::euros(12).in_cents() == 1200);
    CHECK(money::cents(276).whole_euros() == 2);
    CHECK(money::cents(276).cents_part() == 76);
    CHECK(money::euros(11) + money::cents(276) == money::cents(1376));
    CHECK(money::euros(11) - money::cents(276) == money::cents(824));
    CHECK(money::cents(4300) * 7 == money::cents(30100));
    CHECK(3 * money::cents(5) == money::cents(15));
    CHECK(money::cents(1) < money::cents(2));
    CHECK(money::zero() == money{});
}

TEST_CASE("money: no construction from floating point") {
    static_assert(!std::is_constructible_v<money, double>);
    static_assert(!std::is_constructible_v<money, float>);
    static_assert(!std::is_convertible_v<double, money>);
    static_assert(!std::is_constructible_v<money, std::int64_t>, "only the named factories build money");
}

TEST_CASE("money: ratio rounds once, half away from zero") {
    using cartegrise::percent_of;
    using cartegrise::ratio;
    CHECK(ratio(money::cents(5495 * 7), 1, 2) == money::cents(19233));  // 192,325 -> 192,33
    CHECK(ratio(money::cents(-5), 1, 2) == money::cents(-3));
    CHECK(percent_of(money::euros(400), 50) == money::euros(200));
    CHECK(percent_of(money::cents(101), 50) == money::cents(51));
    CHECK(percent_of(money::cents(99), 50) == money::cents(50));
}

TEST_CASE("money: round_to_euro at x.49 / x.50 / x.51 (CIBS L.131-2: a half counts as one)") {
    using cartegrise::round_to_euro;
    CHECK(round_to_euro(money::cents(1249)) == money::euros(12));
    CHECK(round_to_euro(money::cents(1250)) == money::euros(13));
    CHECK(round_to_euro(money::cents(1251)) == money::euros(13));
    CHECK(round_to_euro(money::cents(230750)) == money::euros(2308));  // observed on the official simulator
    CHECK(round_to_euro(money::cents(1200)) == money::euros(12));
    CHECK(round_to_euro(money::cents(-1250)) == money::euros(-13));
    CHECK(round_to_euro(money::cents(-1249)) == money::euros(-12));
    CHECK(round_to_euro(money::cents(0)) == money::zero());
}
