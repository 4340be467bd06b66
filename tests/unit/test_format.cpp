// SPDX-License-Identifier: GPL-3.0-or-later
// The one formatter (format.h): how each language writes numbers.
#include <catch2/catch.hpp>

#include "cofund/format.h"
#include "test_support.h"

using namespace cofund;

TEST_CASE("numbers are grouped as each language writes them", "[format]") {
    Money m = Money::parse_yuan("12345678.90").value();
    CHECK(format_wan(m, Lang::en) == "1,234.57");
    CHECK(format_wan(m, Lang::zh) == "1,234.57");
    CHECK(format_wan(m, Lang::ru) == "1\u00A0234,57");
    CHECK(format_yuan(m, Lang::en) == "12,345,678.90");
    CHECK(format_yuan(m, Lang::zh) == "12,345,678.90");
    CHECK(format_yuan(m, Lang::ru) == "12\u00A0345\u00A0678,90");
    CHECK(m.grouped() == format_yuan(m, Lang::en));
    CHECK(localize_number("-1234.5", Lang::en) == "-1,234.5");
    CHECK(localize_number("-1234.5", Lang::ru) == "\u22121\u00A0234,5");
    CHECK(localize_number("1,234,567", Lang::ru) == "1\u00A0234\u00A0567");
    CHECK(localize_number("999.99", Lang::ru) == "999,99");
    CHECK(localize_number("0", Lang::en) == "0");
}

TEST_CASE("万元 in tables is exact to the fen in every language", "[format]") {
    Money m = Money::parse_yuan("1499999.99").value();
    CHECK(format_wan_exact(m, Lang::en) == "149.999999");
    CHECK(format_wan_exact(m, Lang::ru) == "149,999999");
    CHECK(format_wan_exact(Money::parse_yuan("12345678.90").value(), Lang::ru) == "1\u00A0234,56789");
    // Rounding only where the caller asks for it by name.
    CHECK(format_wan(m, Lang::en, 2) == "150.00");
}

TEST_CASE("numbers, percentages and ratios read with the language's decimal sign", "[format]") {
    CHECK(format_number(Rational(25, 2), Lang::en) == "12.5");
    CHECK(format_number(Rational(25, 2), Lang::ru) == "12,5");
    CHECK(format_number(Rational(1234), Lang::ru) == "1\u00A0234");
    CHECK(format_fixed(Rational(3), Lang::zh, 2) == "3.00");
    CHECK(format_fixed(Rational(3), Lang::ru, 2) == "3,00");
    CHECK(format_percent(Rational(1, 8) * 100, Lang::ru, 1) == "12,5%");
    CHECK(localize_ratio("1 : 1.9999", Lang::ru) == "1 : 1,9999");
    CHECK(localize_ratio("1 : 1.9999", Lang::zh) == "1 : 1.9999");
    CHECK(localize_ratio("—", Lang::ru) == "—");
}
