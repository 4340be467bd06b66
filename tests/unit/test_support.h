// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared test helpers: Catch2 with printers for Money, and the source tree's
// files and example plans (test_data.h).
#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "cofund/catalog.h"
#include "cofund/money.h"
#include "cofund/plan.h"
#include "cofund/rules.h"
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

/// A scratch directory of the system's temporary folder, created if missing.
inline std::string scratch_dir(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / name;
    std::filesystem::create_directories(dir);
    return dir.string();
}

/// Standard output of a shell command (tools such as pdftotext, qpdf, unzip); its exit status in `status`.
inline std::string run_command(const std::string& command, int* status = nullptr) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 4096> buf{};
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
    const int rc = pclose(pipe);
    if (status) *status = rc;
    return out;
}

/// The findings of one rule when the plan is checked against the built-in catalog.
inline std::vector<Finding> findings_of(const Plan& plan, const std::string& rule) {
    std::vector<Finding> out;
    for (auto& f : check_plan(plan, builtin_catalog()))
        if (f.rule == rule) out.push_back(f);
    return out;
}

inline void remove_indicator(Plan& plan, const std::string& id) {
    plan.indicators.erase(
        std::remove_if(plan.indicators.begin(), plan.indicators.end(), [&](const auto& p) { return p.first == id; }),
        plan.indicators.end());
}

/// Whether the text has Cyrillic letters (U+0400–U+04FF: UTF-8 lead bytes 0xD0–0xD3).
inline bool has_cyrillic(const std::string& s) {
    return std::any_of(s.begin(), s.end(), [](unsigned char ch) { return ch >= 0xD0 && ch <= 0xD3; });
}

}  // namespace cofund::test
