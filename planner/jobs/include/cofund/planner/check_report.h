// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The outputs of a plan's check: one JSON object (cli.md) or the terminal text.

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "cofund/catalog.h"
#include "cofund/plan.h"
#include "cofund/result.h"
#include "cofund/rules.h"

namespace cofund {
class BudgetSummary;
}

namespace cofund::planner {

/// A plan checked: its findings against the catalog (projections included).
struct CheckedPlan {
    std::string file;
    Plan plan;
    std::vector<Finding> findings;
    CheckSummary summary;
    BudgetSummary sums;  ///< BudgetSummary(plan), summed once: the rules, the text and the JSON read it
    const Catalog* catalog = nullptr;  ///< the call it was checked against (its categories name the sums)
};

/// Checks a plan that has been read.
CheckedPlan check(std::string file, Plan plan, const Catalog& catalog);

/// One finding as cli.md's JSON object: rule, severity, clause (null when none), path, practice, message.
nlohmann::ordered_json finding_json(const Finding& f, Lang lang);
/// The JSON object of cli.md's `check -O json` for one plan.
nlohmann::ordered_json check_json(const CheckedPlan& c, Lang lang, bool strict);
/// The JSON object for a file that could not be read.
nlohmann::ordered_json unreadable_json(const std::string& file, const Error& error);
/// "fiscal"/"other_fiscal"/"self_raised"/"total" → strings in yuan.
nlohmann::ordered_json totals_json(const Totals& t);
/// cli.md's `totals.by_unit`: {units: [...], transferred, transferred_abroad} (a plan whose lines name units).
nlohmann::ordered_json by_unit_json(const Plan& plan, const Catalog& catalog, const BudgetSummary& sums);

/// A finding's severity as a word for people: 错误 / error / ошибка, 警告 / warning / предупреждение,
/// 提示 / info / сведения (to_id(Severity) is the id for files and JSON).
const Text& severity_name(Severity);

/// "no co-funding ratio applies to this plan" (本项目无配套比例要求): what `check`'s text and the
/// report say where no ratio rule of the call holds for the plan.
const Text& no_ratio_words();

/// The terminal text: header, totals by year, ratio and leverage, findings by severity, verdict.
std::string check_text(const CheckedPlan& c, const Catalog& catalog, Lang lang, bool strict);

/// One line naming the project: "key project, annex 3 — 中-哈果蔬加工联合研究中心建设".
std::string project_line(const Plan& plan, const Catalog& catalog, Lang lang);

}  // namespace cofund::planner
