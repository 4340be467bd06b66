// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the fuzz targets: a failed expectation aborts, so libFuzzer keeps the input.
#include <cstdio>
#include <cstdlib>
#include <string_view>

#define FUZZ_EXPECT(cond)                                                                       \
    do {                                                                                        \
        if (!(cond)) {                                                                          \
            std::fprintf(stderr, "%s:%d: expectation failed: %s\n", __FILE__, __LINE__, #cond); \
            std::abort();                                                                       \
        }                                                                                       \
    } while (0)

namespace cofund::fuzz {

/// True when printed output carries a NaN or an infinity (as C++ or JSON would print them).
inline bool has_non_finite(std::string_view s) {
    for (std::string_view bad : {"nan", "NaN", "inf", "Inf", "INF"}) {
        for (std::size_t p = s.find(bad); p != std::string_view::npos; p = s.find(bad, p + 1)) {
            // "inf" inside a word (e.g. "infrastructure", "information") is text, not a number.
            bool word_before = p > 0 && ((s[p - 1] >= 'a' && s[p - 1] <= 'z') || (s[p - 1] >= 'A' && s[p - 1] <= 'Z'));
            std::size_t e = p + bad.size();
            bool word_after = e < s.size() && ((s[e] >= 'a' && s[e] <= 'z') || (s[e] >= 'A' && s[e] <= 'Z'));
            if (!word_before && !word_after) return true;
        }
    }
    return false;
}

}  // namespace cofund::fuzz
