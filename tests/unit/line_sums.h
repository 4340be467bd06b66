// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A test oracle for the plan's sums, written apart from cofund::BudgetSummary:
// the plain sum of the budget lines that match, line by line. Tests compare the
// summary (and every view built on it) against these.

#include <optional>
#include <vector>

#include "cofund/plan.h"

namespace cofund::test {

/// The lines matching every given filter, summed.
inline Money line_sum(const Plan& plan, std::optional<int> year, std::optional<Category> category,
                      std::optional<Source> source) {
    Money m;
    for (const auto& line : plan.budget)
        if ((!year || line.year == *year) && (!category || line.category == *category) &&
            (!source || line.source == *source))
            m += line.amount;
    return m;
}

/// The lines of the given sources (in any year, or in one), summed.
inline Money line_sum_of(const Plan& plan, const std::vector<Source>& sources, std::optional<int> year = {}) {
    Money m;
    for (Source s : sources) m += line_sum(plan, year, std::nullopt, s);
    return m;
}

/// Fiscal, other fiscal and self-raised over every line (any year).
inline Totals line_totals(const Plan& plan) {
    Totals t;
    for (const auto& line : plan.budget)
        (line.source == Source::fiscal         ? t.fiscal
         : line.source == Source::other_fiscal ? t.other_fiscal
                                               : t.self_raised) += line.amount;
    return t;
}

}  // namespace cofund::test
