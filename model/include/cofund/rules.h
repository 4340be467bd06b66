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
#include "cofund/summary.h"
#include "cofund/text.h"

namespace cofund {

enum class Severity { error, warning, info };
std::string_view to_id(Severity);

struct Finding {
    std::string rule;  ///< stable id, e.g. "cofunding.ratio"
    Severity severity = Severity::error;
    std::string clause;     ///< clause id of the call, "" for rules outside the call
    std::string path;       ///< JSON pointer into the plan, e.g. "/budget/3/year"
    bool practice = false;  ///< from budgeting practice, not from the call
    Text text;              ///< the message, with numbers and fix

    const std::string& message(Lang lang) const { return text.in(lang); }
};

/// A finding with its message written, as the rules write it, in English, Chinese and Russian.
Finding make_finding(std::string rule, Severity, std::string clause, std::string path, std::string en, std::string zh,
                     std::string ru, bool practice = false);

/// An indicator value the plan does not state but its projection gives
/// (filled by the projection engine; see projection.h).
struct ProjectedValue {
    Rational value;
    std::string path;  ///< "/projections/N"
};
using ProjectedValues = std::map<std::string, ProjectedValue>;

/// Everything a rule may read.
struct RuleInput {
    RuleInput(const Plan& p, const Catalog& c, const BudgetSummary& s, const ProjectedValues* pv = nullptr)
        : plan(p), catalog(c), projected(pv), sums(s), indicators(c.indicators_for(p)) {}
    const Plan& plan;
    const Catalog& catalog;
    const ProjectedValues* projected = nullptr;
    const BudgetSummary& sums;                 ///< BudgetSummary(plan): the plan version's one sum
    std::vector<const Indicator*> indicators;  ///< catalog.indicators_for(plan), listed once
};

using RuleFn = std::function<void(const RuleInput&, std::vector<Finding>&)>;

struct RuleInfo {
    std::string id;
    std::string severity;  ///< as documented: "error", "warning", "error / warning", …
    bool practice = false;
    std::string clause;   ///< as documented: "main.req.4", "the annex's ratio clause", …
    std::string summary;  ///< when it fires
    RuleFn fn;            ///< empty for rules that run elsewhere (program.count)
};

/// Every rule, in the order they run and are documented.
const std::vector<RuleInfo>& all_rules();

/// Runs every rule. Findings come sorted: errors, warnings, infos, each in rule order.
std::vector<Finding> check_plan(const Plan&, const Catalog&, const ProjectedValues* projected = nullptr);
/// The same over the plan's summary, BudgetSummary(plan), where the caller keeps it
/// for its own output (cofund check's text and JSON): the plan is summed once.
std::vector<Finding> check_plan(const Plan&, const Catalog&, const BudgetSummary& sums,
                                const ProjectedValues* projected = nullptr);

/// A plan of a selection, named as messages name it (its file's name).
struct NamedPlan {
    std::string name;
    const Plan* plan = nullptr;
};
/// The call's program limits (kind "program_limit") over a selection, in the
/// call's order: program.limit errors, and a warning per clause for plans that
/// name no leader where a limit counts persons.
std::vector<Finding> program_limits(const std::vector<NamedPlan>&, const Catalog&);

struct CheckSummary {
    int errors = 0, warnings = 0, infos = 0;
    bool ok(bool strict) const { return errors == 0 && (!strict || warnings == 0); }
};
CheckSummary summarize(const std::vector<Finding>&);

/// One side of the money under a cap (kind "cap"): the money of its
/// categories, the base the cap is a share of, and the cap.
struct CapView {
    Money capped;  ///< the side's money in the rule's categories
    Money base;    ///< the side's base (the rule's `base`), at least zero
    Money cap;     ///< rule.cap(base)
};
/// A cap on one side of a plan: the self-raised side (self, loan, partner,
/// other), else the fiscal side (fiscal, other fiscal). `sums` is BudgetSummary(plan).
CapView cap_view(const Plan&, const BudgetSummary& sums, const Catalog&, const CapRule&, bool self_raised);

}  // namespace cofund
