// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The rules: each a named function of (plan, catalog) → findings. A finding
// names its rule id and the call's clause, points into the plan, and says the
// numbers and the exact fix, in Chinese, English and Russian.

#include <array>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cofund/catalog.h"
#include "cofund/plan.h"

namespace cofund {

enum class Severity { error, warning, info };
std::string_view to_id(Severity);

struct Finding {
    std::string rule;      ///< stable id, e.g. "cofunding.ratio"
    Severity severity = Severity::error;
    std::string clause;    ///< clause id of the call, "" for rules outside the call
    std::string path;      ///< JSON pointer into the plan, e.g. "/budget/3/year"
    bool practice = false; ///< from budgeting practice, not from the call
    std::string en, zh;    ///< the message, with numbers and fix
    std::string ru;        ///< the same in Russian ("" shows English)

    /// The message in "zh", "ru" or else English (also for "ru" when there is no Russian one).
    const std::string& message(std::string_view lang) const {
        return lang == "zh" ? zh : lang == "ru" && !ru.empty() ? ru : en;
    }
};

/// An indicator value the plan does not state but its projection gives
/// (filled by the projection engine; see projection.h).
struct ProjectedValue {
    Rational value;
    std::string path;  ///< "/projections/N"
};
using ProjectedValues = std::map<std::string, ProjectedValue>;

/// The budget summed once for every rule of a check: one pass over the lines.
struct BudgetSums {
    explicit BudgetSums(const Plan&);
    /// by_source[source]: every line of that source.
    std::array<Money, kSourceCount> by_source{};
    /// by_category[category][source]: the lines of that category and source, any year.
    std::array<std::array<Money, kSourceCount>, kCategoryCount> by_category{};
    /// by_year[year − start_year][source]: the lines of each project year, as
    /// Plan::cumulative counts them (empty when the period is not a valid one).
    std::vector<std::array<Money, kSourceCount>> by_year;

    /// Every line of a source.
    Money of(Source) const;
    /// Every line whose source is one of `sources` (each counted once), like Plan::sum_of.
    Money of(const std::vector<Source>& sources) const;
    /// The lines of a category whose source is self-raised (or not).
    Money of(Category, bool self_raised) const;
};

/// Everything a rule may read.
struct RuleInput {
    RuleInput(const Plan& p, const Catalog& c, const ProjectedValues* pv = nullptr)
        : plan(p), catalog(c), projected(pv), sums(p), indicators(c.indicators_for(p)) {}
    const Plan& plan;
    const Catalog& catalog;
    const ProjectedValues* projected = nullptr;
    BudgetSums sums;                           ///< plan's budget, summed once
    std::vector<const Indicator*> indicators;  ///< catalog.indicators_for(plan), listed once
};

using RuleFn = std::function<void(const RuleInput&, std::vector<Finding>&)>;

struct RuleInfo {
    std::string id;
    std::string severity;  ///< as documented: "error", "warning", "error / warning", …
    bool practice = false;
    std::string clause;    ///< as documented: "main.req.4", "the annex's ratio clause", …
    std::string summary;   ///< when it fires
    RuleFn fn;             ///< empty for rules that run elsewhere (program.count)
};

/// Every rule, in the order they run and are documented.
const std::vector<RuleInfo>& all_rules();

/// Runs every rule. Findings come sorted: errors, warnings, infos, each in rule order.
std::vector<Finding> check_plan(const Plan&, const Catalog&, const ProjectedValues* projected = nullptr);

struct CheckSummary {
    int errors = 0, warnings = 0, infos = 0;
    bool ok(bool strict) const { return errors == 0 && (!strict || warnings == 0); }
};
CheckSummary summarize(const std::vector<Finding>&);

/// The co-funding ratio of a plan's annex, where it applies.
struct RatioView {
    const RatioRule* rule = nullptr;
    Money fiscal_side;    ///< sum of the rule's fiscal-side sources
    Money self_side;      ///< sum of the rule's self-side sources
    Money required_self;  ///< multiple × fiscal side, rounded up to the fen
    bool met() const { return self_side >= required_self; }
};
std::optional<RatioView> ratio_view(const Plan&, const Catalog&);

/// The practice cap on indirect costs for a base (direct costs less equipment),
/// rounded down to the fen.
Money indirect_cap(const Catalog&, const Money& base);

/// Indirect costs of one side of the money (fiscal, or self-raised) against the practice cap.
struct IndirectView {
    Money indirect;  ///< the side's `indirect` lines
    Money base;      ///< the side's direct costs less equipment, at least zero
    Money cap;       ///< indirect_cap(base)
};
IndirectView indirect_view(const Plan&, const Catalog&, bool self_raised);

}  // namespace cofund
