// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes into the catalog loader: a catalog or a refusal naming the place,
// never a crash. An accepted catalog then checks the built-in example plan
// (its call id rewritten to the catalog's) without an exception escaping.
#include <cstdint>
#include <string_view>

#include "cofund/catalog.h"
#include "cofund/plan_io.h"
#include "cofund/planner/check_report.h"
#include "cofund/planner/templates.h"
#include "fuzz_support.h"

using namespace cofund;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto catalog = read_catalog(text);
    if (!catalog) {
        FUZZ_EXPECT(!catalog.error().message.empty());
        return 0;
    }
    static const Plan example = read_plan(planner::builtin_example_text()).value();
    Plan plan = example;
    plan.call = catalog->id;
    planner::CheckedPlan c = planner::check("fuzz.plan.json", std::move(plan), *catalog);
    // The catalog's own words (a clause that says "INF") and the example plan's are text.
    fuzz::NonFinite non_finite(text);
    non_finite.learn(planner::builtin_example_text());
    for (Lang lang : kLangs) {
        FUZZ_EXPECT(!non_finite.in_json(planner::check_json(c, lang, false)));
        (void)planner::check_text(c, *catalog, lang, false);
    }
    return 0;
}
