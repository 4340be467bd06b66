// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Exact money and decimal numbers.
//
// Money is a whole number of fen (0.01 yuan, or 0.01 USD for USD figures) in a
// checked 128-bit integer: arithmetic that would overflow throws
// std::overflow_error, it never wraps. Money never passes through binary
// floating point. Rounding happens only in the functions whose name says so.

#include <boost/multiprecision/cpp_int.hpp>

#include <compare>
#include <string>
#include <string_view>

#include "cofund/result.h"

namespace cofund {

namespace mp = boost::multiprecision;

/// '0'–'9' only, whatever the locale: the digits of amounts, decimals and JSON numbers.
constexpr bool is_ascii_digit(char c) {
    return c >= '0' && c <= '9';
}

/// Checked signed 128-bit integer: overflow throws std::overflow_error.
using Int = mp::checked_int128_t;
/// Arbitrary-precision integer without expression templates.
using BigInt = mp::number<mp::cpp_int_backend<>, mp::et_off>;
/// Exact rational without expression templates (safe with `auto`).
using Rational = mp::number<mp::cpp_rational_backend, mp::et_off>;

/// An exact amount of money in fen (hundredths of the currency unit).
class Money {
  public:
    constexpr Money() = default;
    static Money from_fen(Int fen) { return Money(fen); }
    static Money from_yuan(long long yuan) { return Money(Int(yuan) * 100); }

    /// Parses yuan: digits (at most 20 before the point, leading zeros aside), an
    /// optional point and at most 2 decimals; no sign, exponent or separators
    /// ("1500000.00", "150", "0.5").
    static Result<Money> parse_yuan(std::string_view text);
    /// Parses 万元 (10,000 yuan): digits (at most 16 before the point, so that
    /// the amount also fits parse_yuan), an optional point and at most 6
    /// decimals, which is exactly one fen ("150.5" is 1,505,000.00 yuan).
    static Result<Money> parse_wan(std::string_view text);

    const Int& fen() const { return fen_; }
    bool is_zero() const { return fen_ == 0; }
    bool is_negative() const { return fen_ < 0; }

    /// The exact value in yuan as a rational.
    Rational to_rational() const;

    /// "1500000.00": plain yuan with two decimals, as plan files and JSON output carry it.
    std::string str() const;
    /// "1,500,000.00": format_yuan(*this, Lang::en), the Chinese and English
    /// spelling (format.h writes every language's).
    std::string grouped() const;
    /// The exact value in 万元 with up to 6 decimals, trailing zeros dropped but
    /// at least two decimals ("150.00", "150.000001").
    std::string wan_exact() const;

    Money operator-() const { return Money(-fen_); }
    Money& operator+=(const Money& o) {
        fen_ += o.fen_;
        return *this;
    }
    Money& operator-=(const Money& o) {
        fen_ -= o.fen_;
        return *this;
    }
    friend Money operator+(Money a, const Money& b) { return a += b; }
    friend Money operator-(Money a, const Money& b) { return a -= b; }
    friend Money operator*(Money a, long long k) {
        a.fen_ *= k;
        return a;
    }
    friend bool operator==(const Money&, const Money&) = default;
    friend std::strong_ordering operator<=>(const Money& a, const Money& b) {
        return a.fen_ < b.fen_    ? std::strong_ordering::less
               : a.fen_ == b.fen_ ? std::strong_ordering::equal
                                  : std::strong_ordering::greater;
    }

    /// The smallest amount m with m ≥ value (value in yuan), i.e. rounded up to the fen.
    static Money ceil_from(const Rational& yuan);
    /// The largest amount m with m ≤ value, i.e. rounded down to the fen.
    static Money floor_from(const Rational& yuan);

  private:
    explicit Money(Int fen) : fen_(fen) {}
    Int fen_ = 0;
};

/// amount × factor rounded up (ceil_times) or down (floor_times) to the fen,
/// exactly: the same as ceil_from(amount.to_rational() × factor) without the
/// rational product. Throws std::overflow_error beyond Money's range.
Money ceil_times(const Money& amount, const Rational& factor);
Money floor_times(const Money& amount, const Rational& factor);
/// ⌊numerator ÷ denominator⌋ fen, for denominator > 0. Throws std::overflow_error
/// beyond Money's range.
Money floor_fen(const BigInt& numerator, const BigInt& denominator);

/// Parses an amount as people type or paste it (a grid cell, a spreadsheet's
/// text cell): surrounding blanks, thousands separators (",", "，", "'", spaces,
/// no-break and thin spaces), "¥"/"￥" and a trailing "元" are ignored; a
/// trailing "万" or "万元" means 万元 whatever `in_wan` says; otherwise the
/// amount is in 万元 when `in_wan`, else in yuan. The rest goes to parse_yuan or
/// parse_wan. Blank text is zero. "1,234.56", "¥1,234.56" and "12.5万" read
/// as 1,234.56, 1,234.56 and 125,000.00 yuan. The desktop app's grid and
/// `cofund import` both read amounts through this one function.
Result<Money> parse_typed_amount(std::string_view text, bool in_wan);

/// Parses a decimal number: optional '-', digits, optional point and decimals,
/// optional exponent (e/E, at most ±60). At most 60 digits in all.
/// Used for indicator values, baselines, rates and exchange rates.
Result<Rational> parse_decimal(std::string_view text);

/// Rounds half away from zero to `places` decimals and prints it ("12.35").
std::string format_rounded(const Rational& value, int places);
/// Like format_rounded, then drops trailing zeros after the point ("12.5", "3").
std::string format_trimmed(const Rational& value, int max_places = 6);
/// Like format_rounded with thousands separators in the integer part: the
/// Chinese and English spelling of format_fixed() (format.h).
std::string format_grouped(const Rational& value, int places);

/// numerator ÷ denominator (denominator > 0) rounded to odd at `places`
/// decimals: truncated toward zero, and when anything was cut the last decimal
/// made odd (away from zero). Rounding the result again, half away from zero,
/// to `places` − 2 decimals or fewer gives exactly the rounding of the exact
/// quotient (such a midpoint ends in 0 at `places` decimals, and an odd last
/// digit is never one), and comparisons with numbers of `places` − 1 decimals
/// keep their outcome. For values whose exact form would need thousands of
/// digits (powers over a long horizon); one division, no gcd of the operands.
Rational round_to_odd(const BigInt& numerator, const BigInt& denominator, int places);
/// The decimals kept of a figure rounded to odd (simulated quantiles, present
/// value): printed to at most 6 decimals, compared with bounds of a few.
inline constexpr int kKeptDecimals = 12;

/// Rounding half away from zero of value to an integer.
BigInt round_half_away(const Rational& value);
/// floor and ceil of a rational.
BigInt floor_of(const Rational& value);
BigInt ceil_of(const Rational& value);

/// The exact order of two rationals. Boost 1.74's own operator< walks a
/// continued fraction with a cpp_int division per step; this compares signs,
/// then numerators (equal denominators) or cross products in BigInt, which
/// never overflow.
std::strong_ordering compare(const Rational& a, const Rational& b);
/// The exact order of an amount and a value in yuan (fen × denominator against
/// numerator × 100, in BigInt).
std::strong_ordering compare(const Money& amount, const Rational& yuan);
/// Whether a rational is a whole number (its denominator is 1).
bool is_whole(const Rational& value);
/// An Int as a BigInt, without passing through text.
BigInt to_big(const Int& value);

/// Converts a rational to double, only for charts and simulation, never money.
double to_double(const Rational& value);

}  // namespace cofund
