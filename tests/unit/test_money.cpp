// SPDX-License-Identifier: GPL-3.0-or-later
#include "test_support.h"

using namespace cofund;
using cofund::test::yuan;

TEST_CASE("yuan amounts round-trip through text exactly", "[money]") {
    auto text = GENERATE(as<std::string>{}, "0.00", "0.01", "1.00", "1500000.00", "2999999.99", "999999999999.99",
                         "12345678901234567.89");
    CHECK(Money::parse_yuan(text)->str() == text);
}

TEST_CASE("yuan amounts accept whole numbers and one decimal", "[money]") {
    CHECK(yuan("150").str() == "150.00");
    CHECK(yuan("0.5").str() == "0.50");
    CHECK(yuan("007").str() == "7.00");
}

TEST_CASE("malformed yuan amounts are refused with a reason", "[money]") {
    auto [text, reason] = GENERATE(table<std::string, std::string>({
        {"", "empty"},
        {"-1.00", "negative"},
        {"1.005", "3 decimals"},
        {"1e5", "malformed"},
        {"1,000.00", "malformed"},
        {".5", "malformed"},
        {"5.", "malformed"},
        {" 5", "malformed"},
        {"123456789012345678901.00", "too large"},
    }));
    auto m = Money::parse_yuan(text);
    REQUIRE_FALSE(m.ok());
    CHECK_THAT(m.error().message, Catch::Contains(reason));
}

TEST_CASE("万元 with six decimals is exactly one fen", "[money]") {
    CHECK(Money::parse_wan("0.000001")->fen() == 1);
    CHECK(Money::parse_wan("150")->str() == "1500000.00");
    CHECK(Money::parse_wan("150.5")->str() == "1505000.00");
    CHECK_FALSE(Money::parse_wan("1.0000001").ok());
}

TEST_CASE("yuan to 万元 and back is the identity", "[money]") {
    auto text = GENERATE(as<std::string>{}, "0.01", "1.00", "12345.67", "2999999.99", "999999999999.99");
    Money m = yuan(text.c_str());
    CHECK(*Money::parse_wan(m.wan_exact()) == m);
}

TEST_CASE("amounts print with thousands separators for people", "[money]") {
    CHECK(yuan("1500000").grouped() == "1,500,000.00");
    CHECK(yuan("999.99").grouped() == "999.99");
    CHECK(yuan("1000").grouped() == "1,000.00");
    CHECK((yuan("0") - yuan("1234.5")).grouped() == "-1,234.50");
    CHECK(yuan("1500000").wan_rounded() == "150.00");
    CHECK(yuan("12345678.90").wan_rounded() == "1,234.57");
    CHECK(yuan("0.01").wan_exact() == "0.000001");
}

TEST_CASE("rounding happens only in named functions and goes half away from zero", "[money]") {
    CHECK(format_rounded(Rational(5, 1000), 2) == "0.01");
    CHECK(format_rounded(Rational(-5, 1000), 2) == "-0.01");
    CHECK(format_rounded(Rational(4999, 1000000), 2) == "0.00");
    CHECK(Money::ceil_from(Rational(1, 1000)).fen() == 1);
    CHECK(Money::floor_from(Rational(1999, 1000)).fen() == 199);
    CHECK(format_trimmed(Rational(15, 3)) == "5");
}

TEST_CASE("overflowing money arithmetic throws instead of wrapping", "[money]") {
    Money big = Money::from_fen(Int("340282366920938463463374607431768211455"));
    CHECK_THROWS_AS(big + Money::from_fen(1), std::overflow_error);
    CHECK_THROWS_AS(big * 2, std::overflow_error);
}

TEST_CASE("decimals parse exactly, exponents included, and absurd ones are refused", "[money]") {
    CHECK(*parse_decimal("0.1") == Rational(1, 10));
    CHECK(*parse_decimal("-0.05") == Rational(-1, 20));
    CHECK(*parse_decimal("1.5e3") == Rational(1500));
    CHECK(*parse_decimal("15E-1") == Rational(3, 2));
    CHECK_FALSE(parse_decimal("1e999").ok());
    CHECK_FALSE(parse_decimal(std::string(10000, '9')).ok());
    CHECK_FALSE(parse_decimal("NaN").ok());
    CHECK_FALSE(parse_decimal("1.2.3").ok());
}
