// SPDX-License-Identifier: GPL-3.0-or-later
// Money and decimal parsing and printing: any text is parsed or refused; a
// parsed amount printed and parsed again is the same amount, in yuan and 万元.
#include <cstdint>
#include <string>
#include <string_view>

#include "cofund/format.h"
#include "cofund/money.h"
#include "fuzz_support.h"

using cofund::Money;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);

    for (bool wan : {false, true}) {
        auto m = wan ? Money::parse_wan(text) : Money::parse_yuan(text);
        if (!m) continue;
        FUZZ_EXPECT(!m->is_negative());
        auto from_yuan = Money::parse_yuan(m->str());
        FUZZ_EXPECT(from_yuan.ok() && *from_yuan == *m);
        auto from_wan = Money::parse_wan(m->wan_exact());
        FUZZ_EXPECT(from_wan.ok() && *from_wan == *m);
        // Printing for people never throws, and rounding stays within half a unit.
        (void)m->grouped();
        for (cofund::Lang lang : cofund::kLangs)
            (void)cofund::format_wan(*m, lang, 2), (void)cofund::format_wan_exact(*m, lang);
        FUZZ_EXPECT(Money::ceil_from(m->to_rational()) == *m);
        FUZZ_EXPECT(Money::floor_from(m->to_rational()) == *m);
        FUZZ_EXPECT((*m + *m) - *m == *m);
    }

    auto d = cofund::parse_decimal(text);
    if (d) {
        // Twelve decimals are exact for every value with at most 12 decimals; the
        // trimmed text of a rounded value parses back to that rounded value.
        std::string t = cofund::format_trimmed(*d, 12);
        auto back = cofund::parse_decimal(t);
        if (back) {
            FUZZ_EXPECT(cofund::format_trimmed(*back, 12) == t);
        } else {
            // Only values with more than 60 digits may not come back.
            FUZZ_EXPECT(t.size() > 60);
        }
        std::string g = cofund::format_grouped(*d, 2);
        FUZZ_EXPECT(!cofund::fuzz::has_non_finite(g));
        (void)cofund::to_double(*d);
    }
    return 0;
}
