// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/targets.h"

#include "cofund/format.h"

namespace cofund {

namespace {

// The decimals `v` needs to be written exactly, at most `cap` (values read
// from decimal text always end; a value past the cap counts as the cap).
int places_of(const Rational& v, int cap) {
    Rational scaled = v;
    for (int k = 0; k <= cap; ++k) {
        if (mp::denominator(scaled) == 1) return k;
        scaled *= 10;
    }
    return cap;
}

}  // namespace

std::string target_name(const Target& t, const Catalog& catalog, Lang lang) {
    if (!t.name.empty()) return t.name;
    if (const Indicator* ind = catalog.indicator(t.id)) return ind->name.in(lang);
    return t.id;
}

std::string target_unit(const Target& t, const Catalog& catalog, Lang lang) {
    if (!t.unit.empty()) return t.unit;
    if (const Indicator* ind = catalog.indicator(t.id)) return ind->unit.in(lang);
    return {};
}

std::string target_value_text(const Rational& v, const Target& t, const Catalog& catalog, Lang lang) {
    std::string unit = target_unit(t, catalog, lang);
    return format_number(v, lang, 6) + (unit.empty() ? "" : " " + unit);
}

int target_places(const Target& t) {
    constexpr int kCap = 6;
    int places = places_of(t.total.value, kCap);
    for (const auto& [year, value] : t.years) places = std::max(places, places_of(value.value, kCap));
    return places;
}

Rational first_year_minimum(const Target& t, const Rational& share) {
    BigInt scale = 1;
    for (int k = target_places(t); k > 0; --k) scale *= 10;
    const Rational exact = share * t.total.value;
    return Rational(ceil_of(exact * scale), scale);
}

}  // namespace cofund
