// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one summary of a plan's budget that every view reads: the check's text
// and JSON, the report's tables, the workbook, the charts and the desktop app.
// Totals, the co-funding ratio and the leverage are computed here and nowhere
// else, so the views cannot disagree.
//
// Columns: each year of the project period, then — only when some line lies
// there — everything outside the period (the `budget.year` error names such
// lines). Money outside the period is shown in its own column and counts in
// every whole-plan total, in the co-funding ratio and in the support range:
// it is money the application asks for or promises, wherever it was put
// (docs/rules.md, "Money outside the period").

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "cofund/money.h"
#include "cofund/plan.h"
#include "cofund/text.h"

namespace cofund {

struct RatioRule;
struct Catalog;

/// The sources of the fiscal side (the special fund and other fiscal money) and
/// of the self-raised side of a budget, in plan-file order.
inline constexpr std::array<Source, 2> kFiscalSide = {Source::fiscal, Source::other_fiscal};
inline constexpr std::array<Source, 4> kSelfSide = {Source::self, Source::loan, Source::partner, Source::other};

/// Exact sums of a set of budget lines by category and source, in yuan.
struct Sums {
    /// By Category::index() (only up to the highest category met), then by source.
    std::vector<std::array<Money, kSourceCount>> cells;

    void add(const BudgetLine&);
    Sums& operator+=(const Sums&);

    Money at(Category c, Source s) const {
        const auto i = static_cast<std::size_t>(c.index());
        return c.valid() && i < cells.size() ? cells[i][static_cast<int>(s)] : Money();
    }
    /// Every line of a source.
    Money of(Source) const;
    /// Every line whose source is one of `sources` (each source counted once).
    Money of(std::span<const Source> sources) const;
    /// Every line of a category.
    Money of(Category) const;
    /// The lines of a category whose source is one of `sources`.
    Money of(Category, std::span<const Source> sources) const;
    /// The lines of a category on one side: self-raised or not.
    Money side(Category, bool self_raised) const;
    /// The direct costs (一、直接费用 of the call's budget table): the lines of
    /// every category the call does not mark indirect whose source is one of `sources`.
    Money direct(std::span<const Source> sources, const Catalog&) const;
    /// Fiscal, other fiscal and self-raised.
    Totals totals() const;
};

/// A plan's budget summed once: by project year, outside the period, and whole.
class BudgetSummary {
  public:
    explicit BudgetSummary(const Plan&);
    /// How many summaries this process has built: the app's tests check that
    /// one edit sums the plan once (docs/gui.md#performance).
    static std::uint64_t built();

    /// The project years in order; empty when the period is not a valid one
    /// (end before start, or longer than the reader allows).
    const std::vector<int>& years() const { return years_; }
    // The accessors of a temporary (`BudgetSummary(plan).all()`) return copies,
    // so `const Sums& s = BudgetSummary(plan).all();` cannot dangle (ASan found
    // one such in a test).

    /// The sums of one project year (zero for a year outside the period).
    const Sums& year(int y) const&;
    Sums year(int y) && { return year(y); }
    /// The sums of the lines outside the period.
    const Sums& outside() const& { return outside_; }
    Sums outside() && { return std::move(outside_); }
    /// The distinct years of the lines outside the period, ascending.
    const std::vector<int>& outside_years() const { return outside_years_; }
    /// Whether any line lies outside the period (even one of 0.00).
    bool has_outside() const { return !outside_years_.empty(); }
    /// The whole plan: every project year plus outside the period.
    const Sums& all() const& { return all_; }
    Sums all() && { return std::move(all_); }

    /// A table's columns: the project years, then outside the period when any line is there.
    struct Column {
        std::optional<int> year;  ///< nullopt: outside the period
        const Sums* sums = nullptr;
    };
    std::vector<Column> columns() const;

    /// The whole plan's sums by the task its lines name (docs/plan-format.md):
    /// each task of the plan's `tasks` in its order, then each other id lines
    /// name in the order first named, then `task` "" for the lines naming none.
    /// Empty when no line names a task. The entries add up to all().
    struct TaskColumn {
        std::string task;  ///< "" for the lines without a task
        Sums sums;
    };
    const std::vector<TaskColumn>& by_task() const& { return by_task_; }
    std::vector<TaskColumn> by_task() && { return std::move(by_task_); }

    /// The whole plan's money by participating unit (docs/plan-format.md,
    /// "Units"): the applicant first, then each partner in the plan's order,
    /// with or without money. Empty when no line names a unit: then all the
    /// money is the applicant's. The entries add up to all().
    struct UnitColumn {
        int partner = -1;  ///< the index in plan.partners; -1 for the applicant
        std::string id;    ///< the partner's id; "" for the applicant (or a partner without one)
        Sums sums;
        /// Per column of columns(): the project years, then outside the period when any line is there.
        std::vector<Totals> by_column;
        /// The ids of the tasks the unit leads (tasks[].lead, unit_of_lead), in the plan's order.
        std::vector<std::string> leads;
        bool applicant() const { return partner < 0; }
    };
    const std::vector<UnitColumn>& by_unit() const& { return by_unit_; }
    std::vector<UnitColumn> by_unit() && { return std::move(by_unit_); }
    /// The special fund (source `fiscal`) of the partners' lines: the money
    /// transferred out of the applicant (外拨), and the part of it going to
    /// partners whose country is not CN. Zero when no line names a unit.
    const Money& transferred() const { return transferred_; }
    const Money& transferred_abroad() const { return transferred_abroad_; }

    /// Running totals of the given sources up to and including each project year
    /// (the lines outside the period are not in any running total).
    std::vector<Money> cumulative(std::span<const Source> sources) const;

  private:
    std::vector<int> years_;
    std::vector<Sums> by_year_;
    Sums outside_, all_, zero_;
    std::vector<int> outside_years_;
    std::vector<TaskColumn> by_task_;
    std::vector<UnitColumn> by_unit_;
    Money transferred_, transferred_abroad_;
};

/// The unit a task's `lead` names: a partner's id, else a partner's name, else
/// the applicant's name (-1); nullopt when it names none of them (or is empty).
std::optional<int> unit_of_lead(const Plan&, std::string_view lead);
/// A unit's name: the applicant's (partner -1) or the partner's.
const std::string& unit_name(const Plan&, int partner);
/// A unit's type: the applicant's (partner -1) or the partner's.
OrgType unit_type(const Plan&, int partner);
/// An organisation type's name: 企业 / enterprise / предприятие, ….
const Text& org_type_text(OrgType);

/// The name of the column of money outside the period: 期外 / outside the period / вне срока.
const Text& outside_period_name();
/// A column's label: its year, or outside_period_name() in the language.
std::string column_label(const BudgetSummary::Column&, Lang);

/// The co-funding ratio of a plan's annex, where it applies.
struct RatioView {
    const RatioRule* rule = nullptr;
    Money fiscal_side;    ///< sum of the rule's fiscal-side sources
    Money self_side;      ///< sum of the rule's self-side sources
    Money required_self;  ///< multiple × fiscal side, rounded up to the fen
    bool met() const { return self_side >= required_self; }
};
/// The ratio of the plan's annex over the whole plan, or nullopt where none applies.
std::optional<RatioView> ratio_view(const Plan&, const Catalog&, const BudgetSummary&);
std::optional<RatioView> ratio_view(const Plan&, const Catalog&);

/// A ratio as the call writes it, fiscal first: "1 : 1.9999". The self-raised
/// multiple of the fiscal side is cut (never rounded up) to four decimals and
/// trailing zeros are dropped ("1 : 2", "1 : 2.5"), so a ratio just under a
/// requirement never reads as meeting it. "—" when the fiscal side is zero.
std::string ratio_text(const Money& fiscal_side, const Money& self_side);
/// The requirement of a ratio rule in the same form: "1 : 2".
std::string required_ratio_text(const RatioRule&);
/// Total ÷ special fund, rounded half away from zero to two decimals ("3.00");
/// "—" when the special fund is zero.
std::string leverage_text(const Totals&);

}  // namespace cofund
