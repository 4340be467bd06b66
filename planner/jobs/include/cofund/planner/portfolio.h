// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The portfolio: many plans checked together and treated as the proposed
// funding selection of a program office (program.count, program.budget).
// Outputs: JSON (docs/portfolio.md), terminal text, CSV, and the program
// chart's data (Qt-free; the chart adapter draws it).

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cofund/catalog.h"
#include "cofund/planner/check_report.h"
#include "cofund/result.h"
#include "cofund/rules.h"

namespace cofund::planner {

/// One input of a portfolio: a plan that was read and checked, or the refusal
/// of a file that could not be read as a plan.
struct PortfolioEntry {
    std::string file;
    std::optional<CheckedPlan> checked;  ///< set when the file was read
    std::optional<Error> error;          ///< set when it was not
    std::string other_call;              ///< the call a plan of another call names (it is left out)
    int indicators_met = 0;              ///< the annex's binding and expected targets met (stated values)
    int indicators_total = 0;            ///< the annex's binding and expected targets ("about" ones excluded)
    /// The chance that every simulated projection of an expected indicator meets
    /// its target: the product of their simulated shares (the simulation draws
    /// them independently). Empty when no expected indicator is projected or
    /// simulation is off.
    std::optional<Rational> p_expected;
};

/// The money of a group of plans (an annex, a direction, the whole selection).
struct GroupTotals {
    int plans = 0;    ///< readable plans in the group
    int passing = 0;  ///< plans without errors
    Totals totals;
};

struct Portfolio {
    std::vector<PortfolioEntry> entries;  ///< in the order of the inputs, directories expanded and sorted
    /// The plans of other calls, left out (file, call): a portfolio is one call's plans.
    std::vector<std::pair<std::string, std::string>> other_calls;
    std::vector<Finding> findings;        ///< program-wide findings (program.count, program.budget)
    std::optional<Money> budget;          ///< the fiscal envelope given with --budget
    GroupTotals all;                      ///< every readable plan
    int key = 0, general = 0, unreadable = 0;  ///< key: plans naming an annex; general: naming a direction
    std::map<std::string, int> by_class;       ///< plans per class id
    std::map<int, Totals> by_year;  ///< every readable plan's project years, summed
    Totals outside_period;          ///< every readable plan's lines outside its period, summed
    /// "annex1" … "annex7", "direction1" … "direction4" (others as "annexN"); sorted key first.
    std::vector<std::pair<std::string, GroupTotals>> by_annex;
    /// The selection's money by the type of the unit whose money it is (the
    /// summary's by-unit sums; a plan whose lines name no unit is all its
    /// applicant's): every type of org_type_ids(), in that order. Adds up to all.totals.
    std::vector<std::pair<OrgType, Totals>> by_unit_type;
};

/// Expands the inputs: a file is kept as given; a directory is searched
/// recursively for regular files named *.plan.json, sorted by path. A missing
/// input gives a refusal naming it.
Result<std::vector<std::string>> collect_plan_files(const std::vector<std::string>& inputs);

/// The program-wide rules over a selection of readable plans: more key or general
/// projects than the call funds, two key projects for one annex (program.count),
/// the call's program limits (program.limit), and with a budget, the selection's
/// fiscal total (`fiscal`, from the plans' summaries) above it (program.budget).
std::vector<Finding> program_findings(const std::vector<NamedPlan>& plans, const Catalog& catalog,
                                      const Money& fiscal, const std::optional<Money>& budget);

struct PortfolioOptions {
    std::optional<Money> budget;         ///< the program's fiscal envelope (--budget)
    std::uint64_t simulate_runs = 2000;  ///< Monte Carlo runs per plan for p_expected; 0: off
    std::uint64_t seed = 2018;
};

/// Reads and checks every file (in parallel; the result does not depend on it),
/// then sums the selection and runs the program rules.
Portfolio build_portfolio(const std::vector<std::string>& files, const Catalog& catalog,
                          const PortfolioOptions& options = {});

/// Whether the portfolio fails: an unreadable plan (2), an error in a plan or the
/// program, or with `strict` a warning (1), else 0.
int portfolio_status(const Portfolio& p, bool strict);

/// {"plans": [check objects as `check -O json`], "program": {"findings", "totals", "by_year", "by_annex"}}.
nlohmann::ordered_json portfolio_json(const Portfolio& p, Lang lang, bool strict);
/// The terminal report: a table per annex and direction, program findings, totals per year.
std::string portfolio_text(const Portfolio& p, const Catalog& catalog, Lang lang, bool strict);
/// One row per input (a header row first); money in yuan with two decimals.
std::string portfolio_csv(const Portfolio& p, bool strict);

/// The program chart's data: fiscal spend per year stacked by project, and the leverage.
struct ProgramChart {
    std::vector<int> years;  ///< every year any plan spends in, ascending
    struct Series {
        /// Annex or direction and the applicant's whole name, unique in the chart: a plan
        /// that would share it with another gets its file's name too.
        std::string label;
        std::string file;
        std::vector<Money> fiscal;  ///< fiscal per year, aligned with `years`
    };
    std::vector<Series> series;        ///< one per readable plan, in portfolio order
    Money fiscal, total;               ///< the selection's fiscal and overall total
    std::optional<Rational> leverage;  ///< total ÷ fiscal; empty without fiscal money
};
ProgramChart program_chart(const Portfolio& p, Lang lang = Lang::en);

}  // namespace cofund::planner
