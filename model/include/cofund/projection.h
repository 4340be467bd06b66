// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The projection engine: a plan's projections[] (plan-format.md) year by year,
// the catalog's measure applied to them, and the comparison with the target.
// See docs/projections.md for every formula with a worked example.
//
// Units: a projected value is in the indicator's unit as the catalog names it
// (cans, USD, mu, %, …). USD indicators stay in USD here; metrics.h converts.
// Arithmetic: exact rationals throughout. Nothing is rounded here; callers
// round only when they print (format_rounded / format_trimmed in money.h).
// Errors: a projection that cannot be evaluated is a ProjectionIssue naming
// "/projections/N" (never an exception); project() refuses the plan when any
// exists, projected_values() skips the broken ones.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "cofund/catalog.h"
#include "cofund/money.h"
#include "cofund/plan.h"
#include "cofund/result.h"
#include "cofund/rules.h"

namespace cofund {

/// A projection that cannot be evaluated, with the place and the fix.
struct ProjectionIssue {
    std::string path;  ///< JSON pointer, "/projections/N" or a field below it
    Text text;         ///< what is wrong and the fix
};

/// Every defect of the plan's projections that the reader cannot see alone:
/// an indicator the call does not know or that is not the plan's annex's, a
/// second projection of the same indicator, `values` missing a project year or
/// naming a year outside the period, a zero baseline for growth_pct or
/// reduction_pct. (Rates at or below −100 %, low > rate > high and negative
/// values are refused by the plan reader already.)
std::vector<ProjectionIssue> projection_issues(const Plan&, const Catalog&);

/// The growth assumption of a projection, exact; low and high default to rate.
struct RateRange {
    Rational rate, low, high;
    bool uncertain() const { return low < high; }
};

/// value(year) = baseline × (1 + rate)^(year − start_year + 1), exact.
Rational grown_value(const Rational& baseline, const Rational& rate, int years_after_baseline);

/// The catalog's measure applied to yearly values (in year order):
/// total and cumulative — the sum; final — the last value;
/// growth_pct — (final − baseline) ÷ baseline × 100;
/// reduction_pct — (baseline − final) ÷ baseline × 100.
/// Throws std::invalid_argument for an empty `yearly`, or a zero baseline with
/// growth_pct / reduction_pct (projection_issues() reports those first).
Rational measure_value(Measure, const Rational& baseline, const std::vector<Rational>& yearly);

/// measure_value() of each prefix of `yearly` (the measure as if each year
/// were the last), in one pass: a running sum for total and cumulative.
std::vector<Rational> measure_to_date(Measure, const Rational& baseline, const std::vector<Rational>& yearly);

/// One indicator's projection, evaluated.
struct IndicatorProjection {
    const Indicator* indicator = nullptr;  ///< into the catalog; never null
    std::size_t index = 0;                 ///< position in plan.projections
    std::string path;                      ///< "/projections/N"
    Rational baseline;
    std::optional<RateRange> growth;  ///< with `growth`; empty with explicit `values`
    std::vector<int> years;           ///< start_year … end_year
    std::vector<Rational> yearly;     ///< the value in each of `years`
    /// The measure as if each year were the last: running sum for
    /// total/cumulative, that year's value for final, the growth or reduction
    /// from the baseline to that year. The last entry equals `value`.
    std::vector<Rational> to_date;
    Rational value;                  ///< the measure over the whole period
    std::optional<Rational> stated;  ///< the plan's stated value, if any
    bool meets = false;              ///< Indicator::meets(value)
    /// How far the value is from meeting the target, ≥ 0 and 0 when met:
    /// bound − value for ≥ / > / = targets, value − bound for ≤ targets,
    /// |value − bound| for ≈ targets (which always "meet").
    Rational gap;
    /// Share of the target reached: value ÷ bound (≥, >, =, ≈), bound ÷ value
    /// (≤; 1 when value is 0). Empty when the bound is 0. Not capped at 1.
    std::optional<Rational> share;
    /// The first project year whose to_date value meets the target.
    std::optional<int> reached_in;
};

/// Evaluates every projection, in plan order. Refuses (Error naming
/// "/projections/N") when projection_issues() finds anything.
Result<std::vector<IndicatorProjection>> project(const Plan&, const Catalog&);

/// Evaluates the projections that have no issue; broken ones are skipped.
std::vector<IndicatorProjection> project_valid(const Plan&, const Catalog&);

/// The projected value of every validly projected indicator, for check_plan().
ProjectedValues projected_values(const Plan&, const Catalog&);

}  // namespace cofund
