// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The budget justification (预算说明 / 测算依据): the amount of a basis item,
// a line's basis total, and the exemption of travel, meetings and
// international cooperation (docs/rules.md, basis.*). Every figure is exact:
// factor values are decimals, their product times the unit price a rational
// number of yuan; nothing rounds.

#include <optional>
#include <string>
#include <vector>

#include "cofund/catalog.h"
#include "cofund/money.h"
#include "cofund/plan.h"
#include "cofund/summary.h"

namespace cofund {

/// An item's exact amount in yuan: Π factor values × unit price for a
/// product, the amount of a lump sum, the sum of a group's items (to any depth).
Rational item_amount(const BasisItem&);
/// The item's amount where it is a whole fen, else nullopt (the rule basis.item).
/// The reader refuses items above a line's limit, so this never overflows for a read plan.
std::optional<Money> item_money(const BasisItem&);
/// The sum of a line's item amounts where every one is a whole fen, else nullopt.
std::optional<Money> basis_money(const BudgetLine&);
/// A written result (`stated`) that differs from the exact figure by a fen or more.
struct StatedSlip {
    Rational exact;       ///< the item's exact amount, in yuan
    Money stated;         ///< what the applicant wrote, in yuan
    Rational difference;  ///< |exact − stated|, ≥ 0.01
    bool exact_more = false;  ///< the exact figure is the larger
    bool unit_slip = false;   ///< stated × 10,000 = exact or exact × 10,000 = stated: 元 written for 万元 or back
};
/// nullopt where the item states no result or its result is exact to under a fen.
std::optional<StatedSlip> stated_slip(const BasisItem&);
/// Visits every item of a basis, each group before its items, to any depth:
/// visit(item, number, pointer) with the item's number as people read it
/// ("2", "2.3") and its JSON pointer below `pointer` ("/budget/0/basis/1/items/2").
/// `items` may be const or not (a visitor may change an item, not the lists).
template <class Items, class Visit>
void each_basis_item(Items& items, const std::string& pointer, const Visit& visit, const std::string& number = {}) {
    for (std::size_t k = 0; k < items.size(); ++k) {
        const std::string n = number.empty() ? std::to_string(k + 1) : number + "." + std::to_string(k + 1);
        const std::string p = pointer + "/" + std::to_string(k);
        visit(items[k], n, p);
        if (items[k].is_group()) each_basis_item(items[k].items, p + "/items", visit, n);
    }
}

/// Whether a product item has a factor of zero (lumps and groups never do).
bool has_zero_factor(const BasisItem&);

/// The exemption of the catalog's basis practice on a plan: the exempt
/// categories' lines of the covered sources against the same sources' direct
/// costs (every category but indirect).
struct BasisExemption {
    Money exempt_sum;     ///< the exempt categories, covered sources
    Money direct;         ///< direct costs, covered sources
    bool exempt = false;  ///< exempt_sum ≤ max_share × direct, exactly (zero direct costs: exempt)
    /// exempt_sum ÷ direct in per cent, rounded half away from zero to 2 decimals ("8.25"); "0.00" with no direct
    /// costs.
    std::string share_percent;
};
/// nullopt where the catalog has no basis practice.
std::optional<BasisExemption> basis_exemption(const Catalog&, const BudgetSummary&);

/// Whether reviewers expect `line` to carry a basis (catalog categories and
/// sources, a non-zero amount, not exempt), whether or not it has one.
bool basis_expected(const Catalog&, const std::optional<BasisExemption>&, const BudgetLine&);

/// The factors as people read them: "3 人 × 2 次 × 0.5 月" (values as written).
std::string factors_text(const BasisItem&);
/// An exact amount in yuan as a decimal, grouped, at least two decimals ("1,234.50", "49.995").
std::string exact_yuan_text(const Rational& yuan);

/// Why the exempt categories need no basis, in three languages and 万元:
/// "差旅费、会议费、国际合作与交流费合计 1.2 万元，占直接费用 3.10%，未超过10%".
/// Each language's figures are written by format.h (ru "1,2", "3,10").
Text exemption_text(const Catalog&, const BasisExemption&);

/// A total of the form's budget table (`declared[]`) against the lines it covers.
struct DeclaredSum {
    Money computed;                  ///< what the covered lines add up to
    std::vector<std::size_t> lines;  ///< the covered lines (indexes into the budget), in order
};
/// The lines of the heading's categories and sources (all where it names none);
/// with an equipment kind, a line's equipment_money() of that kind.
DeclaredSum declared_sum(const Plan&, const DeclaredTotal&);

/// A line's money of one equipment kind: the whole line where the line is of
/// that kind, else the items of that kind in its basis (a matched group counted
/// whole, an item off the fen not at all: basis.item reports it).
Money equipment_money(const BudgetLine&, EquipmentKind);
/// Whether the line, or any item of its basis, is of that equipment kind: the
/// budget table's "of which: purchase" row (其中：购置设备费) is shown under the
/// categories of such lines.
bool has_equipment_kind(const BudgetLine&, EquipmentKind);
/// The money of one equipment kind (equipment_money of every line) summed as
/// the summary sums the lines: by the columns of BudgetSummary::columns() (the
/// project years, then outside the period where the summary has that column)
/// and whole, each a Sums by category and source.
struct EquipmentSums {
    std::vector<Sums> by_column;
    Sums all;
};
EquipmentSums equipment_sums(const Plan&, const BudgetSummary&, EquipmentKind);
/// The categories under which the budget table has the row "of which: equipment
/// purchase" (其中：购置设备费): where the call's table has equipment (a category
/// with CategoryInfo::equipment), each category with a line or basis item of
/// kind purchase, in the call's order; empty for a plan that states no
/// purchase. The report and `cofund check` show the row there, its figures
/// from equipment_sums().
std::vector<Category> purchase_row_categories(const Plan&, const Catalog&);
/// The row's name: 其中：购置设备费, "of which: equipment purchase".
const Text& purchase_row_name();

/// Whether any line of the plan carries a basis: basis.missing looks only at
/// plans that keep their justification in the file.
bool has_any_basis(const Plan&);

}  // namespace cofund
