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

namespace {
Rational rat(const char* text) {
    return parse_decimal(text).value();
}
}  // namespace

TEST_CASE("exact comparison of rationals agrees with Boost's at every boundary", "[money]") {
    auto [a, b] = GENERATE(table<std::string, std::string>({
        {"3", "3"},
        {"3", "2"},
        {"-3", "2"},
        {"0", "0"},
        {"0", "-0.001"},
        {"1.12", "1.12"},
        {"2999999.99", "3000000"},
        {"3000000.01", "3000000"},
        {"-2999999.99", "-3000000"},
        {"0.333333333333333333333333333333", "0.333333333333333333333333333334"},
        // cross products beyond 128 bits: 10^40-ish numerators times 10^20-ish denominators
        {"123456789012345678901234567890123456789.5", "123456789012345678901234567890123456789.50000000000000000001"},
        {"-1e60", "1e-60"},
        {"1e59", "99999999999999999999999999999999999999999999999999999999999.9"},
    }));
    const Rational x = rat(a.c_str()), y = rat(b.c_str());
    CAPTURE(a, b);
    CHECK((compare(x, y) < 0) == (x < y));
    CHECK((compare(x, y) == 0) == (x == y));
    CHECK((compare(x, y) > 0) == (x > y));
    CHECK((compare(y, x) < 0) == (y < x));
}

TEST_CASE("an amount compares exactly with a value in yuan: at it, one fen under and one fen over", "[money]") {
    const Money m = yuan("1500000.00");
    CHECK(std::is_eq(compare(m, rat("1500000"))));
    CHECK(std::is_lt(compare(m, rat("1500000.01"))));
    CHECK(std::is_gt(compare(m, rat("1499999.99"))));
    CHECK(std::is_lt(compare(m, rat("1500000.001"))));  // a tenth of a fen still counts
    CHECK(std::is_gt(compare(m, rat("1499999.999"))));
    CHECK(std::is_eq(compare(-m, rat("-1500000"))));
    CHECK(std::is_gt(compare(Money(), rat("-0.001"))));
    const Money huge = Money::from_fen(Int("170141183460469231731687303715884105727"));  // 2^127 − 1 fen
    CHECK(std::is_eq(compare(huge, rat("1701411834604692317316873037158841057.27"))));
    CHECK(std::is_lt(compare(huge, rat("1701411834604692317316873037158841057.2701"))));
}

TEST_CASE("amounts become the same rationals as through their text", "[money]") {
    auto text = GENERATE(as<std::string>{}, "0.00", "0.01", "0.10", "1.00", "1500000.00", "2999999.99",
                         "12345678901234567.89", "99999999999999999999.99");
    const Money m = yuan(text.c_str());
    CHECK(m.to_rational() == rat(text.c_str()));
    CHECK((-m).to_rational() == -rat(text.c_str()));
}

TEST_CASE("a whole rational has denominator 1", "[money]") {
    CHECK(is_whole(rat("300")));
    CHECK(is_whole(rat("-7")));
    CHECK(is_whole(rat("1.50e1")));
    CHECK_FALSE(is_whole(rat("0.5")));
    CHECK_FALSE(is_whole(rat("-1.000000000000000000000000000001")));
}

TEST_CASE("an amount times a rational rounds up or down to the fen like ceil_from and floor_from", "[money]") {
    auto [amount, factor] = GENERATE(table<std::string, std::string>({
        {"1500000.00", "2"},
        {"1500000.01", "0.5"},
        {"0.01", "0.333"},
        {"2999999.99", "1"},
        {"12345678901234567.89", "0.13"},
        {"0.00", "7"},
        {"100.00", "-0.5"},
        {"99.99", "-0.333"},
    }));
    CAPTURE(amount, factor);
    const Money m = yuan(amount.c_str());
    const Rational k = rat(factor.c_str());
    CHECK(ceil_times(m, k) == Money::ceil_from(m.to_rational() * k));
    CHECK(floor_times(m, k) == Money::floor_from(m.to_rational() * k));
    CHECK(ceil_times(-m, k) == Money::ceil_from((-m).to_rational() * k));
}

TEST_CASE("a product beyond Money's range throws instead of wrapping", "[money]") {
    const Money big = Money::from_fen(Int("100000000000000000000000000000000000000"));  // 10^38 fen
    CHECK_THROWS_AS(ceil_times(big, rat("10")), std::overflow_error);
    CHECK_THROWS_AS(floor_fen(BigInt("1000000000000000000000000000000000000000"), BigInt(1)), std::overflow_error);
    CHECK(floor_fen(BigInt(-7), BigInt(2)) == Money::from_fen(-4));
}

TEST_CASE("rounding half away from zero at the half, just under it and for negative values", "[money]") {
    auto [value, places, text] = GENERATE(table<std::string, int, std::string>({
        {"0.005", 2, "0.01"},
        {"-0.005", 2, "-0.01"},
        {"0.0049999", 2, "0.00"},
        {"-0.0049999", 2, "0.00"},  // rounds to zero: no sign
        {"2.675", 2, "2.68"},       // exact, not the double 2.67499…
        {"2.5", 0, "3"},
        {"-2.5", 0, "-3"},
        {"3.4", 0, "3"},
        {"1234567.125", 2, "1234567.13"},
        {"0.333333333333333333333333333333", 6, "0.333333"},
    }));
    CAPTURE(value, places);
    const Rational r = rat(value.c_str());
    CHECK(format_rounded(r, places) == text);
    CHECK(round_half_away(r) == (r < 0 ? BigInt(-floor_of(-r + Rational(1, 2))) : floor_of(r + Rational(1, 2))));
}

TEST_CASE("amounts print the same on either side of 2^64 fen", "[money]") {
    CHECK(Money::from_fen(Int("18446744073709551615")).str() == "184467440737095516.15");
    CHECK(Money::from_fen(Int("18446744073709551616")).str() == "184467440737095516.16");
    CHECK(Money::from_fen(Int("-18446744073709551616")).grouped() == "-184,467,440,737,095,516.16");
    CHECK(Money::from_fen(Int("-18446744073709551615")).grouped() == "-184,467,440,737,095,516.15");
    CHECK(Money::from_fen(-5).str() == "-0.05");
}

TEST_CASE("a quotient rounded to odd prints, to 10 decimals or fewer, as the exact quotient does", "[money]") {
    // Midpoints of the printed precision and values a hair either side of
    // them: where rounding the exact value and a truncation of it differ.
    const BigInt big = BigInt(1) << 200;  // a denominator no decimal divides
    std::vector<std::pair<BigInt, BigInt>> cases = {
        {BigInt(1), BigInt(3)},    {BigInt(2), BigInt(3)},     {BigInt(-2), BigInt(3)},
        {BigInt(5), BigInt(1000)}, {BigInt(-5), BigInt(1000)}, {BigInt(12345), BigInt(100)},
        {BigInt(0), BigInt(7)},    {BigInt(1), big},           {BigInt(big / 2 + 1), big},
    };
    for (int places = 0; places <= 10; ++places) {
        // x = 0.5 × 10^-places, and x ± 1 ÷ 2^200: the exact value decides the rounding.
        BigInt p10 = 1;
        for (int i = 0; i < places; ++i) p10 *= 10;
        cases.push_back({BigInt(big), BigInt(2 * p10 * big)});
        cases.push_back({BigInt(big + 1), BigInt(2 * p10 * big)});
        cases.push_back({BigInt(big - 1), BigInt(2 * p10 * big)});
        cases.push_back({BigInt(-(big - 1)), BigInt(2 * p10 * big)});
    }
    for (const auto& [n, d] : cases) {
        const Rational exact(n, d);
        const Rational kept = round_to_odd(n, d, kKeptDecimals);
        INFO(exact.str() << " kept as " << kept.str());
        CHECK(abs(kept - exact) < Rational(BigInt(1), BigInt("1000000000000")));
        for (int places = 0; places <= kKeptDecimals - 2; ++places)
            CHECK(format_rounded(kept, places) == format_rounded(exact, places));
        // Comparisons with numbers of 11 decimals or fewer keep their outcome.
        for (const Rational& bound : {Rational(0), Rational(1, 2), Rational(BigInt(5), BigInt("100000000000"))})
            CHECK(compare(kept, bound) == compare(exact, bound));
    }
}

TEST_CASE("a quotient with 12 decimals or fewer is kept exactly", "[money]") {
    const BigInt e12("1000000000000"), e13("10000000000000");
    CHECK(round_to_odd(BigInt(3), BigInt(8), kKeptDecimals) == Rational(3, 8));
    CHECK(round_to_odd(BigInt(-1), e12, kKeptDecimals) == Rational(BigInt(-1), e12));
    // One digit more is cut, and its last kept digit made odd (away from zero).
    CHECK(round_to_odd(BigInt(1), e13, kKeptDecimals) == Rational(BigInt(1), e12));
    CHECK(round_to_odd(BigInt(21), e13, kKeptDecimals) == Rational(BigInt(3), e12));
    CHECK(round_to_odd(BigInt(-21), e13, kKeptDecimals) == Rational(BigInt(-3), e12));
}
