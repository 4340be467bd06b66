// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What changed between two versions of a plan: budget lines (summed by year,
// category and source), indicators, applicant and partners, projections and
// every other field; the totals' deltas; the findings that appear or disappear.

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

#include "cofund/catalog.h"
#include "cofund/planner/check_report.h"

namespace cofund::planner {

/// A (year, category, source) cell whose sum differs. Amounts in yuan; a cell
/// absent from one version counts as 0.00 there.
struct LineDelta {
    int year = 0;
    Category category;
    Source source = Source::fiscal;
    Money before, after;
    Money change() const { return after - before; }
};

/// A field that differs, named by its JSON pointer in the plan file.
struct FieldChange {
    std::string section;  ///< project, applicant, partners, budget, indicators, projections, assumptions, other
    std::string path;     ///< e.g. "/applicant/name", "/indicators/a3.lactic_strains"
    std::string before;   ///< the value as text; empty when absent in A
    std::string after;    ///< the value as text; empty when absent in B
};

/// A budget line whose participating unit (its `unit`) changed. Lines are
/// paired by id; a line of B whose id A does not have (or that has none) is
/// paired with A's line at the same place when that one has no id (a writer
/// gave ids to a file that had none).
struct UnitChange {
    std::string line;  ///< B's line id, or "#N" (its number in B, from 1) without one
    int year = 0;      ///< B's line's year, category, source and amount
    Category category{};
    Source source = Source::fiscal;
    Money amount;
    std::string before, after;            ///< the unit ids; "" for the applicant
    std::string before_name, after_name;  ///< the units' names in A and B; "" for an id no partner has
};

struct PlanDiff {
    std::string file_a, file_b;
    std::vector<LineDelta> budget;    ///< by year, then category, then source
    std::vector<FieldChange> fields;  ///< in section order, then file order
    std::vector<UnitChange> units;    ///< in B's line order
    Totals before, after;
    std::map<int, std::pair<Totals, Totals>> by_year;  ///< every project year of either version
    std::pair<Totals, Totals> outside_period;          ///< lines outside each version's period
    /// Errors and warnings (info findings excluded: they restate figures) that
    /// only B has (appeared) or only A has (disappeared); a finding whose
    /// message changes counts as one of each.
    std::vector<Finding> appeared, disappeared;

    bool identical() const {
        return budget.empty() && fields.empty() && units.empty() && appeared.empty() && disappeared.empty();
    }
};

/// Compares two checked plans, A (before) and B (after).
PlanDiff diff_plans(const CheckedPlan& a, const CheckedPlan& b);

/// {"a", "b", "identical", "budget": [...], "changes": [...], "units": [...], "totals": {...}, "findings":
/// {"appeared", "disappeared"}}.
nlohmann::ordered_json diff_json(const PlanDiff& d, Lang lang);
/// The terminal text.
std::string diff_text(const PlanDiff& d, const Catalog& catalog, Lang lang);

/// "+1,000.00", "-0.01", "0.00": a signed amount for deltas.
std::string signed_amount(const Money& m);

}  // namespace cofund::planner
