// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading and writing plan files (cofund-plan/1), beside the Plan type.

#include <functional>
#include <string>
#include <string_view>

#include "cofund/plan.h"
#include "cofund/result.h"

namespace cofund {

struct Catalog;

/// Finds the call a plan names (its `call`): the call's catalog, or a refusal
/// that the reader returns as it is.
using CallFinder = std::function<Result<const Catalog*>(const std::string& call)>;

/// Reads a plan from the file's text. The plan's call says which classes,
/// annexes, directions and categories it may name: `find` gives the call. A
/// refusal names the place (line and column for syntax; for content, the JSON
/// pointer and the line and column where the value it names starts) and, where
/// it can, the nearest known name ("unknown source \"fiscall\"; did you mean
/// \"fiscal\"?").
Result<Plan> read_plan(std::string_view text, const CallFinder& find);
/// Reads a plan under this catalog whatever call it names (the caller checks the id).
Result<Plan> read_plan(std::string_view text, const Catalog& catalog);
/// Reads a plan under the built-in call (builtin_catalog()).
Result<Plan> read_plan(std::string_view text);

/// The plan as JSON: known fields in the format's order, then every unknown
/// field as read. Amounts are strings in the plan's unit.
nlohmann::ordered_json plan_to_json(const Plan& plan);
/// plan_to_json, indented by two spaces, with a final newline.
std::string write_plan(const Plan& plan);

/// An amount as the plan's unit writes it ("1500000.00" or "150.5").
std::string amount_text(const Money& amount, AmountUnit unit);

}  // namespace cofund
