// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How numbers are written for people: the one formatter every view calls (the
// terminal, the findings, the report, the charts, the workbook's labels, the
// desktop app), so that a number reads the same in each.
//
// Chinese and English group thousands with ',' and write a decimal point
// ("1,500,000.00", "1 : 1.9999"); Russian groups with a no-break space
// (U+00A0), writes a decimal comma and a minus sign U+2212 ("1 500 000,00",
// "1 : 1,9999", "−0,01"). Amounts are exact unless a function's name says it
// rounds and to how many places. Machine formats (JSON, CSV numbers, plan files)
// never come here: they write Money::str() and format_trimmed(), locale-free.

#include <string>
#include <string_view>

#include "cofund/money.h"
#include "cofund/text.h"

namespace cofund {

/// A plain decimal as Money::str(), format_rounded() or format_trimmed() write it
/// ("-1234567.5"; ',' thousands separators already in it are dropped) written as
/// `lang` writes numbers: "-1,234,567.5" in zh and en, "−1 234 567,5" in ru.
/// Anything else ("—") is returned unchanged. The one place digits are grouped.
std::string localize_number(std::string_view plain, Lang lang);

/// An amount, exact, two decimals: "1,500,000.00" (ru "1 500 000,00"); yuan, or
/// USD for the export figures, which are spelled alike.
std::string format_yuan(const Money& amount, Lang lang);
/// 万元, exact: two decimals, more (up to six) only where the amount has yuan or
/// fen below 100 yuan ("150.00", "149.999999"); what tables show, so that every
/// row and column adds up to its total to the fen.
std::string format_wan_exact(const Money& amount, Lang lang);
/// 万元 rounded half away from zero to `places` decimals ("1,234.57"): only for
/// a view that states its precision (a chart's bar label, a rounded summary).
std::string format_wan(const Money& amount, Lang lang, int places = 2);

/// A number with at most `max_places` decimals, trailing zeros dropped, grouped
/// ("12.5", "1,234", ru "1 234"); rounded half away from zero beyond max_places.
std::string format_number(const Rational& value, Lang lang, int max_places = 6);
/// A number rounded half away from zero to exactly `places` decimals, grouped
/// ("3.00", "12,345.7").
std::string format_fixed(const Rational& value, Lang lang, int places);
/// A percentage (value already in percent) rounded to `places` decimals with its
/// sign attached as the report writes it: "12.5%" (ru "12,5%").
std::string format_percent(const Rational& percent, Lang lang, int places);
/// A ratio as ratio_text() and required_ratio_text() write it ("1 : 1.9999",
/// "—") with the language's decimal sign: ru "1 : 1,9999".
std::string localize_ratio(std::string_view ratio, Lang lang);

}  // namespace cofund
