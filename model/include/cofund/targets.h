// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A plan's indicators with targets by year (Plan::targets, docs/plan-format.md)
// as people read them, and the first-year minimum a rule of kind `indicators`
// asks (catalog.h): the one place the rules, the report and `suggest` take them from.

#include <string>

#include "cofund/catalog.h"
#include "cofund/plan.h"
#include "cofund/text.h"

namespace cofund {

/// The target's name in `lang`: the plan's words, else the name of the call's
/// indicator of that id, else the id.
std::string target_name(const Target& t, const Catalog& catalog, Lang lang);
/// The target's unit in `lang`: the plan's, else the call's indicator's; "" when neither says.
std::string target_unit(const Target& t, const Catalog& catalog, Lang lang);
/// "3 篇", "2.5": a target value with the target's unit, as `lang` writes numbers
/// (every decimal the value has, trailing zeros dropped).
std::string target_value_text(const Rational& v, const Target& t, const Catalog& catalog, Lang lang);

/// The decimals the target is written to: the most any of its values (total
/// and years) needs to be written exactly, at most 6. "6" and "3": 0; "7.5": 1.
int target_places(const Target& t);

/// The least first-year target that meets `share` (0 < share ≤ 1) of the
/// target's total: share × total rounded up to the target's places, exact
/// ("6" × 0.5 = 3; "5" × 0.5 = 2.5, rounded up to 3; "7.5" × 0.5 = 3.75, to 3.8).
/// A first-year value written to those places meets the share exactly when it
/// is at least this.
Rational first_year_minimum(const Target& t, const Rational& share);

}  // namespace cofund
