// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared test helpers: Catch2 with printers for Money, and plan loading.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "cofund/money.h"
#include "line_sums.h"

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

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// A path inside the source tree, e.g. source_path("examples/x.plan.json").
inline std::string source_path(const std::string& relative) { return std::string(COFUND_SOURCE_DIR) + "/" + relative; }

inline Money yuan(const char* text) { return Money::parse_yuan(text).value(); }

}  // namespace cofund::test
