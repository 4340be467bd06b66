// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/format.h"

namespace cofund {

namespace {

// "-?[0-9,]+(\.[0-9]*)?": what localize_number() regroups; anything else ("—") passes unchanged.
bool is_plain_number(std::string_view s) {
    if (!s.empty() && s.front() == '-') s.remove_prefix(1);
    const std::size_t point = s.find('.');
    const std::string_view whole = s.substr(0, point);
    if (whole.empty()) return false;
    for (char c : whole)
        if (!is_ascii_digit(c) && c != ',') return false;
    if (point != std::string_view::npos)
        for (char c : s.substr(point + 1))
            if (!is_ascii_digit(c)) return false;
    return true;
}

}  // namespace

std::string localize_number(std::string_view plain, Lang lang) {
    if (!is_plain_number(plain)) return std::string(plain);
    const bool ru = lang == Lang::ru;
    std::string out;
    out.reserve(plain.size() + plain.size() / 3 + 4);
    if (!plain.empty() && plain.front() == '-') {
        out += ru ? "\u2212" : "-";
        plain.remove_prefix(1);
    }
    const std::size_t point = plain.find('.');
    const std::string_view whole = plain.substr(0, point);
    std::size_t digits = 0;
    for (char c : whole) digits += c != ',';
    for (char c : whole) {
        if (c == ',') continue;
        out += c;
        if (--digits > 0 && digits % 3 == 0) out += ru ? "\u00A0" : ",";
    }
    if (point != std::string_view::npos) {
        out += ru ? ',' : '.';
        out += plain.substr(point + 1);
    }
    return out;
}

std::string format_yuan(const Money& amount, Lang lang) {
    return localize_number(amount.str(), lang);
}

std::string format_wan_exact(const Money& amount, Lang lang) {
    return localize_number(amount.wan_exact(), lang);
}

std::string format_wan(const Money& amount, Lang lang, int places) {
    return localize_number(format_rounded(Rational(to_big(amount.fen()), BigInt(1000000)), places), lang);
}

std::string format_number(const Rational& value, Lang lang, int max_places) {
    return localize_number(format_trimmed(value, max_places), lang);
}

std::string format_fixed(const Rational& value, Lang lang, int places) {
    return localize_number(format_rounded(value, places), lang);
}

std::string format_percent(const Rational& percent, Lang lang, int places) {
    return format_fixed(percent, lang, places) + "%";
}

std::string localize_ratio(std::string_view ratio, Lang lang) {
    std::string out(ratio);
    if (lang == Lang::ru)
        for (char& c : out)
            if (c == '.') c = ',';
    return out;
}

}  // namespace cofund
