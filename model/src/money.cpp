// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/money.h"

#include <fmt/format.h>

#include <cstdint>
#include <limits>
#include <numeric>
#include <stdexcept>

#include "cofund/format.h"
#include "cofund/text.h"
#include "cofund/text_format.h"

namespace cofund {

Error Error::said(Text text, Place place) {
    std::string en = text.en;
    return Error{std::move(en), std::move(place), std::move(text)};
}

Text Error::words() const {
    return text.en.empty() ? Text{message, message, message} : text;
}

const std::string& Error::in(Lang lang) const {
    return text.en.empty() ? message : text.in(lang);
}

std::string Error::describe() const {
    return describe(Lang::en);
}

std::string Error::describe(Lang lang) const {
    const bool zh = lang == Lang::zh, ru = lang == Lang::ru;
    std::string where;
    if (place.line) {
        where = zh ? fmt::format("第 {} 行", *place.line)
                   : fmt::format(fmt::runtime(ru ? "строка {}" : "line {}"), *place.line);
        if (place.column)
            where += zh ? fmt::format("第 {} 列", *place.column)
                        : fmt::format(fmt::runtime(ru ? ", столбец {}" : ", column {}"), *place.column);
    }
    if (place.pointer) {
        std::string pointer = place.pointer->empty() ? std::string("/") : *place.pointer;
        where = where.empty() ? pointer : fmt::format(fmt::runtime(zh ? "{}（{}）" : "{} ({})"), where, pointer);
    }
    const std::string& said = in(lang);
    if (where.empty()) return said;
    return where + (zh ? "：" : ": ") + said;
}

namespace {

// Digits, optional point, up to max_decimals decimals → integer scaled by 10^max_decimals.
// At most max_whole digits before the point: 20 for yuan, 16 for 万元, so that
// every amount read in either unit can be written in both (fuzz_money found a
// 17-digit 万元 amount whose yuan text parse_yuan refused).
Result<Int> parse_fixed(std::string_view text, int max_decimals, int max_whole, const Text& what) {
    // Messages quote at most 40 bytes: a 10,000-digit amount was echoed whole.
    // (Made only for a message: printable() on every amount cost 2 % of reading a plan.)
    auto shown = [&] { return printable(text, 40); };
    if (text.empty())
        return Error::said(say("{}为空；应为数字，如 \"1500000.00\"",
                               "empty {}; expected digits such as \"1500000.00\"",
                               "пустая {}; ожидаются цифры, например \"1500000.00\"", what));
    if (text.front() == '-')
        return Error::said(say("负{} \"{}\"；金额不得为负", "negative {} \"{}\"; amounts are never negative",
                               "отрицательная {} \"{}\"; суммы не бывают отрицательными", what, shown()));
    std::size_t point = text.find('.');
    std::string_view whole = text.substr(0, point);
    std::string_view frac = point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
    auto all_digits = [](std::string_view s) {
        for (char c : s)
            if (!is_ascii_digit(c)) return false;
        return true;
    };
    if (whole.empty() || !all_digits(whole) || !all_digits(frac) || (point != std::string_view::npos && frac.empty()))
        return Error::said(say("{} \"{}\" 格式有误；应为数字，可带小数点和小数，不带符号、指数或分隔符",
                               "malformed {} \"{}\"; expected digits, an optional point and decimals, no sign, "
                               "exponent or separators",
                               "неверная {} \"{}\"; ожидаются цифры, необязательная точка и дробная часть, без "
                               "знака, порядка и разделителей",
                               what, shown()));
    if (static_cast<int>(frac.size()) > max_decimals)
        return Error::said(say("{} \"{}\" 有 {} 位小数；最多 {} 位", "{} \"{}\" has {} decimals; at most {} allowed",
                               "{} \"{}\": знаков после точки {}; допускается не больше {}", what, shown(), frac.size(),
                               max_decimals));
    std::size_t first = whole.find_first_not_of('0');
    std::size_t significant = first == std::string_view::npos ? 0 : whole.size() - first;
    if (significant > static_cast<std::size_t>(max_whole))
        return Error::said(
            say("{}整数部分 {} 位，过大；最多 {} 位", "{} with {} digits before the point is too large; at most {}",
                "{} с {} цифрами до точки слишком велика; допускается не больше {}", what, significant, max_whole));
    if (whole.size() + static_cast<std::size_t>(max_decimals) <= 18) {  // fits 64 bits: no checked steps
        std::int64_t small = 0;
        for (char c : whole) small = small * 10 + (c - '0');
        for (char c : frac) small = small * 10 + (c - '0');
        for (int i = static_cast<int>(frac.size()); i < max_decimals; ++i) small *= 10;
        return Int(small);
    }
    Int value = 0;
    for (char c : whole) value = value * 10 + (c - '0');
    for (char c : frac) value = value * 10 + (c - '0');
    for (int i = static_cast<int>(frac.size()); i < max_decimals; ++i) value *= 10;
    return value;
}

BigInt pow10(int n) {
    BigInt r = 1;
    for (int i = 0; i < n; ++i) r *= 10;
    return r;
}

// |value| scaled and split into sign, integer digits and `places` decimal digits.
struct Split {
    bool negative;
    std::string whole;
    std::string frac;
};

Split split_rounded(const Rational& value, int places) {
    // |n ÷ d| × 10^places rounded half away from zero is ⌊(2|n|·10^places + d) ÷ 2d⌋:
    // one integer division instead of a rational product, its gcd and floor_of.
    BigInt n = mp::numerator(value), d = mp::denominator(value);
    bool negative = n.sign() < 0;
    if (negative) n = -n;
    BigInt scaled = (2 * n * pow10(places) + d) / (2 * d);
    std::string digits = scaled.str();
    if (static_cast<int>(digits.size()) <= places) digits = std::string(places + 1 - digits.size(), '0') + digits;
    std::string whole = digits.substr(0, digits.size() - places);
    std::string frac = digits.substr(digits.size() - places);
    return {negative && scaled != 0, whole, frac};
}

}  // namespace

Result<Money> Money::parse_yuan(std::string_view text) {
    static const Text amount{"金额", "amount", "сумма"};
    auto fen = parse_fixed(text, 2, 20, amount);
    if (!fen) return fen.error();
    return Money(*fen);
}

Result<Money> Money::parse_wan(std::string_view text) {
    static const Text amount_wan{"万元金额", "amount in 万元", "сумма в 万元"};
    auto millionths = parse_fixed(text, 6, 16, amount_wan);
    if (!millionths) return millionths.error();
    // 1 万元 = 10,000 yuan = 1,000,000 fen: six decimals of 万元 are whole fen.
    return Money(*millionths);
}

Rational Money::to_rational() const {
    BigInt fen = to_big(fen_), yuan, rest;
    divide_qr(fen, BigInt(100), yuan, rest);
    // Whole yuan (most amounts) need no gcd.
    return rest.is_zero() ? Rational(yuan) : Rational(fen, BigInt(100));
}

namespace {

// |fen| in decimal. Amounts below 2^64 fen (all but absurd ones) skip cpp_int's
// conversion, a division per digit group.
std::string magnitude_digits(const Int& fen) {
    static const Int max64(std::numeric_limits<unsigned long long>::max());
    Int magnitude = fen < 0 ? Int(-fen) : fen;
    return magnitude <= max64 ? std::to_string(magnitude.convert_to<unsigned long long>()) : magnitude.str();
}

}  // namespace

std::string Money::str() const {
    bool negative = fen_ < 0;
    std::string digits = magnitude_digits(fen_);
    if (digits.size() < 3) digits = std::string(3 - digits.size(), '0') + digits;
    return (negative ? "-" : "") + digits.substr(0, digits.size() - 2) + "." + digits.substr(digits.size() - 2);
}

std::string Money::grouped() const {
    return format_yuan(*this, Lang::en);
}

std::string Money::wan_exact() const {
    // fen / 1,000,000 = 万元: six decimals hold every fen exactly.
    std::string s = format_rounded(Rational(to_big(fen_), BigInt(1000000)), 6);
    while (s.size() > 3 && s.back() == '0' && s[s.size() - 3] != '.') s.pop_back();
    return s;
}

namespace {

// ⌊n ÷ d⌋ for d > 0, with one division.
BigInt floor_div(const BigInt& n, const BigInt& d) {
    if (d == 1) return n;
    BigInt q, r;
    divide_qr(n, d, q, r);  // truncates toward zero
    if (!r.is_zero() && n.sign() < 0) q -= 1;
    return q;
}

// An amount of fen as Money. Beyond Int's range the conversion goes through
// text, as it always did, so that it throws the same std::overflow_error.
Money fen_of(const BigInt& fen) {
    static const BigInt max(std::numeric_limits<Int>::max()), min(std::numeric_limits<Int>::min());
    return Money::from_fen(fen >= min && fen <= max ? Int(fen) : Int(fen.str()));
}

}  // namespace

// yuan × 100 = n·100 ÷ d fen: the rational product and its gcd are not needed.
Money Money::ceil_from(const Rational& yuan) {
    return fen_of(-floor_div(-mp::numerator(yuan) * 100, mp::denominator(yuan)));
}
Money Money::floor_from(const Rational& yuan) {
    return fen_of(floor_div(mp::numerator(yuan) * 100, mp::denominator(yuan)));
}

Money floor_fen(const BigInt& numerator, const BigInt& denominator) {
    return fen_of(floor_div(numerator, denominator));
}

Money ceil_times(const Money& amount, const Rational& factor) {
    return fen_of(-floor_div(-to_big(amount.fen()) * mp::numerator(factor), mp::denominator(factor)));
}
Money floor_times(const Money& amount, const Rational& factor) {
    return fen_of(floor_div(to_big(amount.fen()) * mp::numerator(factor), mp::denominator(factor)));
}

Rational round_to_odd(const BigInt& numerator, const BigInt& denominator, int places) {
    const BigInt scale = pow10(places);
    const bool negative = numerator.sign() < 0;
    BigInt q, r;
    divide_qr(BigInt((negative ? BigInt(-numerator) : numerator) * scale), denominator, q, r);
    if (!r.is_zero() && !bit_test(q, 0)) q += 1;
    return Rational(negative ? BigInt(-q) : q, scale);
}

BigInt floor_of(const Rational& value) {
    return floor_div(mp::numerator(value), mp::denominator(value));
}

BigInt ceil_of(const Rational& value) {
    return -floor_div(-mp::numerator(value), mp::denominator(value));
}

BigInt round_half_away(const Rational& value) {
    // |n ÷ d| + ½ rounded down is ⌊(2|n| + d) ÷ 2d⌋.
    BigInt n = mp::numerator(value), d = mp::denominator(value);
    bool negative = n.sign() < 0;
    if (negative) n = -n;
    BigInt q = (2 * n + d) / (2 * d);
    return negative ? BigInt(-q) : q;
}

BigInt to_big(const Int& value) {
    return BigInt(value);
}

bool is_whole(const Rational& value) {
    return mp::denominator(value) == 1;
}

std::strong_ordering compare(const Rational& a, const Rational& b) {
    int sa = a.sign(), sb = b.sign();
    if (sa != sb || sa == 0) return sa <=> sb;
    BigInt ad = mp::denominator(a), bd = mp::denominator(b);
    int c = ad == bd ? mp::numerator(a).compare(mp::numerator(b))
                     : BigInt(mp::numerator(a) * bd).compare(BigInt(mp::numerator(b) * ad));
    return c <=> 0;
}

std::strong_ordering compare(const Money& amount, const Rational& yuan) {
    // fen ÷ 100 against n ÷ d, d > 0: fen × d against n × 100.
    int c = BigInt(to_big(amount.fen()) * mp::denominator(yuan)).compare(BigInt(mp::numerator(yuan) * 100));
    return c <=> 0;
}

Result<Rational> parse_decimal(std::string_view text) {
    std::string_view s = text;
    auto refuse = [&] {
        std::string shown = printable(text, 40);
        return Error::said(say("数字 \"{}\" 格式有误；应为十进制数，如 \"12.5\"",
                               "malformed number \"{}\"; expected a decimal such as \"12.5\"",
                               "неверное число \"{}\"; ожидается десятичное, например \"12.5\"", shown));
    };
    if (s.empty())
        return Error::said({"数字为空；应为十进制数，如 \"12.5\"", "empty number; expected a decimal such as \"12.5\"",
                            "пустое число; ожидается десятичное, например \"12.5\""});
    bool negative = false;
    if (s.front() == '-' || s.front() == '+') {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    int exponent = 0;
    std::size_t e = s.find_first_of("eE");
    if (e != std::string_view::npos) {
        std::string_view es = s.substr(e + 1);
        s = s.substr(0, e);
        bool eneg = false;
        if (!es.empty() && (es.front() == '-' || es.front() == '+')) {
            eneg = es.front() == '-';
            es.remove_prefix(1);
        }
        if (es.empty() || es.size() > 3) return refuse();
        for (char c : es) {
            if (!is_ascii_digit(c)) return refuse();
            exponent = exponent * 10 + (c - '0');
        }
        if (exponent > 60)
            return Error::said(say("数字 \"{}\" 超出范围（指数大于 60）",
                                   "number \"{}\" is out of range (exponent above 60)",
                                   "число \"{}\" вне диапазона (порядок больше 60)", printable(text, 40)));
        if (eneg) exponent = -exponent;
    }
    std::size_t point = s.find('.');
    std::string_view whole = s.substr(0, point);
    std::string_view frac = point == std::string_view::npos ? std::string_view{} : s.substr(point + 1);
    if (whole.empty() && frac.empty()) return refuse();
    if (point != std::string_view::npos && (whole.empty() || frac.empty())) return refuse();
    for (char c : whole)
        if (!is_ascii_digit(c)) return refuse();
    for (char c : frac)
        if (!is_ascii_digit(c)) return refuse();
    if (whole.size() + frac.size() > 60)
        return Error::said(say("数字有 {} 位，过长；最多 60 位", "number with {} digits is too long; at most 60 digits",
                               "число из {} цифр слишком длинное; допускается не больше 60",
                               whole.size() + frac.size()));
    int scale = exponent - static_cast<int>(frac.size());
    // Most decimals in a plan ("300", "0.12", "15000000") have at most 18
    // digits and a small scale: 64-bit arithmetic and one gcd make the exact
    // value without cpp_int's divisions (a third of reading a plan).
    if (whole.size() + frac.size() <= 18 && scale >= -18 && scale <= 0) {
        std::int64_t n = 0;
        for (char c : whole) n = n * 10 + (c - '0');
        for (char c : frac) n = n * 10 + (c - '0');
        std::int64_t d = 1;
        for (int i = 0; i < -scale; ++i) d *= 10;
        std::int64_t g = std::gcd(n, d);
        if (g > 1) {
            n /= g;
            d /= g;
        }
        if (negative) n = -n;
        if (d == 1) return Rational(n);
        return Rational(BigInt(n), BigInt(d));
    }
    BigInt n = 0;
    for (char c : whole) n = n * 10 + (c - '0');
    for (char c : frac) n = n * 10 + (c - '0');
    Rational r(n);
    if (scale >= 0)
        r *= Rational(pow10(scale));
    else
        r /= Rational(pow10(-scale));
    return negative ? Rational(-r) : r;
}

std::string format_rounded(const Rational& value, int places) {
    Split s = split_rounded(value, places);
    return (s.negative ? "-" : "") + s.whole + (places > 0 ? "." + s.frac : "");
}

std::string format_grouped(const Rational& value, int places) {
    return format_fixed(value, Lang::en, places);
}

std::string format_trimmed(const Rational& value, int max_places) {
    std::string s = format_rounded(value, max_places);
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    if (s == "-0") s = "0";
    return s;
}

double to_double(const Rational& value) {
    return value.convert_to<double>();
}

Result<Money> parse_typed_amount(std::string_view text, bool in_wan) {
    std::string t(text);
    auto strip_suffix = [&](std::string_view suffix) {
        while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.pop_back();
        if (t.size() >= suffix.size() && t.compare(t.size() - suffix.size(), suffix.size(), suffix) == 0) {
            t.resize(t.size() - suffix.size());
            return true;
        }
        return false;
    };
    bool wan = in_wan;
    if (strip_suffix("万元") || strip_suffix("万"))
        wan = true;
    else
        strip_suffix("元");
    std::string kept;
    kept.reserve(t.size());
    static constexpr std::string_view kJunk[] = {"¥", "￥", "，", "\u00a0", "\u202f", "\u2009", "\u3000"};
    for (std::size_t i = 0; i < t.size();) {
        const char c = t[i];
        if (c == ',' || c == ' ' || c == '\'' || c == '\t' || c == '\r' || c == '\n') {
            ++i;
            continue;
        }
        bool skipped = false;
        for (std::string_view j : kJunk)
            if (std::string_view(t).substr(i, j.size()) == j) {
                i += j.size();
                skipped = true;
                break;
            }
        if (!skipped) kept += t[i++];
    }
    if (kept.empty()) return Money{};
    return wan ? Money::parse_wan(kept) : Money::parse_yuan(kept);
}

}  // namespace cofund
