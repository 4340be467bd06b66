// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Plan templates and the built-in example plans.

#include <optional>
#include <string>
#include <string_view>

#include "cofund/catalog.h"
#include "cofund/plan.h"

namespace cofund::planner {

/// A fresh plan for an annex (key) or a direction (general): every task of the
/// annex listed, every indicator at zero (and, where the call's rules of kind
/// `indicators` ask the applicant for their own, as many placeholder targets
/// as they ask, at zero for every year), a zero line per year for the usual
/// categories and sources, and on the first year's line of each category the
/// catalog expects a basis for, an example basis whose quantities are zero
/// (check asks for them: basis.item).
Result<Plan> make_template(const Catalog& catalog, std::optional<int> annex, std::optional<int> direction,
                           int start_year = 2018);
/// The same for a class of the call by its id (nullopt: the first class whose
/// projects name what is given: an annex, a direction, or neither). The
/// period is the longest the call allows the class.
Result<Plan> make_template(const Catalog& catalog, std::optional<std::string> klass, std::optional<int> annex,
                           std::optional<int> direction, int start_year);

/// The built-in annex 3 example (examples/annex3-fruit-veg-processing.plan.json).
std::string_view builtin_example_text();
inline constexpr std::string_view kBuiltinExampleName = "annex3-fruit-veg-processing.plan.json";

}  // namespace cofund::planner
