// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Money metrics of a plan (docs/projections.md): totals per year and
// cumulative, shares, leverage, the yearly co-funding multiple against the
// ratio rule, USD indicators in CNY, fiscal yuan per projected USD of exports,
// and the present value of the yearly spend. Exact: Money for amounts,
// Rational for ratios; rounding only when printed.

#include <optional>
#include <string>
#include <vector>

#include "cofund/catalog.h"
#include "cofund/money.h"
#include "cofund/plan.h"
#include "cofund/projection.h"

namespace cofund {

/// The ratio rule's sides, cumulative up to the end of a year.
struct YearRatio {
    Money fiscal_side;                 ///< cumulative fiscal-side sources
    Money self_side;                   ///< cumulative self-side sources
    Money required_self;               ///< multiple × fiscal_side, rounded up to the fen
    std::optional<Rational> multiple;  ///< self_side ÷ fiscal_side; empty when fiscal_side is 0
    bool met() const { return self_side >= required_self; }
};

struct YearMoney {
    int year = 0;
    Totals totals;                   ///< the year's lines
    Totals cumulative;               ///< from start_year to this year
    std::optional<YearRatio> ratio;  ///< where the annex has a ratio rule that applies
};

/// An indicator counted in USD, also in CNY.
struct UsdIndicator {
    const Indicator* indicator = nullptr;
    Rational usd;
    bool projected = false;       ///< the value comes from the projection (no stated value)
    std::optional<Rational> cny;  ///< usd × usd_cny; empty without assumptions.usd_cny
};

struct MoneyMetrics {
    Totals totals;                              ///< the whole plan, outside the period included
    std::vector<YearMoney> years;               ///< every project year
    std::optional<Totals> outside_period;       ///< lines outside the period, when there are any
    std::optional<Rational> fiscal_share;       ///< fiscal ÷ total; empty when total is 0
    std::optional<Rational> self_raised_share;  ///< self-raised ÷ total
    std::optional<Rational> leverage;           ///< total ÷ fiscal; empty when fiscal is 0
    const RatioRule* ratio = nullptr;           ///< the rule behind YearMoney::ratio
    std::optional<Rational> usd_cny;            ///< assumptions.usd_cny
    std::vector<UsdIndicator> usd_indicators;   ///< stated or projected USD indicators
    /// Fiscal yuan per projected USD of exports: fiscal ÷ the projected value of
    /// the USD indicators that have a projection; empty without one or when it is 0.
    std::optional<Rational> fiscal_per_export_usd;
    std::optional<Rational> discount_rate;  ///< assumptions.discount_rate
    /// Σ spend(y) ÷ (1 + d)^(y − start_year): the yearly spend in start-year yuan,
    /// computed exactly and rounded to odd at kKeptDecimals decimals (money.h),
    /// so its rounding to the fen is the exact value's; empty without a
    /// discount rate.
    std::optional<Rational> present_value;
};

/// The money metrics; `projections` (from project_valid) supply projected USD values.
MoneyMetrics money_metrics(const Plan&, const Catalog&, const std::vector<IndicatorProjection>& projections);

/// A Rational amount of yuan rounded half away from zero to the fen. Throws
/// std::overflow_error beyond Money's range (reports print Rationals instead).
Money round_to_fen(const Rational& yuan);

}  // namespace cofund
