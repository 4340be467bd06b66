// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fix suggestions: for each finding that money can fix, the smallest change
// that fixes it, spread over the years so that the yearly ratio holds too;
// for each indicator shortfall, the value that meets the target. Every amount
// is exact to the fen.
//
// The fixes, in the order they are made (a later one sees the earlier ones):
//  0. basis.sum — set each line whose basis items add up to another amount to
//     its basis total (budget.year's move into the period comes next);
//  1. budget.indirect_cap / budget.cap — cut the side's capped money (indirect
//     costs, or the cap's categories) by the excess, latest year first, again
//     while the cut lowers the cap's base (basis.threshold asks for words, not money: no fix);
//  2. support.range — cut fiscal by the excess, latest year first (direct
//     costs, largest line first), or add the shortfall to fiscal in the last year;
//  3. cofunding.ratio / cofunding.yearly — bring self-raised money forward
//     where a year's running total lags, and add only what the totals lack
//     (the least money added: required − self-raised), in the years that need it;
//  4. indicator.binding / indicator.expected / indicator.patent — state the
//     value that meets the target (a "more than" target: the bound plus 1, or
//     plus 0.01 for a fractional bound);
//  5. indicator.first_year / indicator.by_year — set a first-year target below
//     the call's share of its total (or missing) to the least that meets it.
//     A missing indicator (indicator.count) is the applicant's to write.

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "cofund/catalog.h"
#include "cofund/plan.h"
#include "cofund/plan_edit.h"
#include "cofund/rules.h"

namespace cofund::planner {

/// A value of the plan file set anew (a written result, a form's total): the
/// JSON pointer of the value and its new text, in the file's units.
struct FieldEdit {
    std::string pointer;  ///< "/budget/3/basis/1/stated"
    std::string value;    ///< "18000.00"
};

struct Suggestion {
    std::string rule;  ///< the finding it fixes, e.g. "cofunding.ratio"
    Text text;         ///< the fix in words, with amounts and years
    std::vector<MoneyChange> changes;
    std::optional<std::pair<std::string, Rational>> indicator;  ///< indicator id → value to state
    std::vector<FieldEdit> edits;  ///< written figures set to the exact ones (basis.item, basis.subtotal, declared.sum)

    const std::string& message(Lang lang) const { return text.in(lang); }
};

struct SuggestResult {
    std::vector<Suggestion> suggestions;
    Plan corrected;               ///< the plan with every suggestion applied
    std::vector<Finding> before;  ///< the check of the plan as given
    std::vector<Finding> after;   ///< the check of the corrected plan
};

/// Computes the suggestions and the corrected plan (unknown fields kept).
SuggestResult suggest(const Plan& plan, const Catalog& catalog);

/// {"file", "suggestions": [{"rule", "message", "changes": [...], "indicator"?}], "after": {...}}.
nlohmann::ordered_json suggest_json(const SuggestResult& r, const std::string& file, Lang lang);
/// The terminal text: each suggestion, then what check says of the corrected plan.
std::string suggest_text(const SuggestResult& r, const std::string& file, Lang lang);

}  // namespace cofund::planner
