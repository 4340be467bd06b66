// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared test helpers: Catch2 with printers for Money, and the source tree's
// files and example plans (test_data.h).
#include <catch2/catch.hpp>

#include <string>

#include "cofund/money.h"
#include "line_sums.h"
#include "test_data.h"

namespace Catch {
template <>
struct StringMaker<cofund::Money> {
    static std::string convert(const cofund::Money& m) { return m.grouped(); }
};
template <>
struct StringMaker<cofund::Rational> {
    static std::string convert(const cofund::Rational& r) { return r.str(); }
};
}  // namespace Catch

namespace cofund::test {

inline Money yuan(const char* text) {
    return Money::parse_yuan(text).value();
}

}  // namespace cofund::test
