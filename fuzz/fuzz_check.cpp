// SPDX-License-Identifier: GPL-3.0-or-later
// Accepted plans through the whole check and projection, as `cofund check`
// and `cofund project --simulate` run them: no exception escapes, no NaN or
// Infinity where the outputs write numbers (fuzz::NonFinite), and the totals agree whichever way they are summed
// (by source, by category, by year).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "cofund/catalog.h"
#include "cofund/planner/check_report.h"
#include "cofund/planner/files.h"
#include "cofund/planner/project_report.h"
#include "cofund/rules.h"
#include "fuzz_support.h"

using namespace cofund;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    const Catalog& catalog = builtin_catalog();
    auto plan = planner::parse_plan(text, catalog);
    if (!plan) return 0;
    // The plan's own words ("INF" in a name) are text, not numbers.
    const fuzz::NonFinite non_finite(text);

    // Totals whichever way they are summed.
    const Plan& p = *plan;
    const BudgetSummary sums(p);
    Totals t = sums.all().totals();
    Money by_source, by_category, by_line, in_period, outside;
    for (Source s : kSources) by_source += sums.all().of(s);
    for (const CategoryInfo& c : catalog.categories) by_category += sums.all().of(c.category);
    for (const auto& line : p.budget) {
        by_line += line.amount;
        if (line.year < p.project.start_year || line.year > p.project.end_year) outside += line.amount;
    }
    for (int year : sums.years()) {
        FUZZ_EXPECT(year >= p.project.start_year && year <= p.project.end_year);
        in_period += sums.year(year).totals().total();
    }
    FUZZ_EXPECT(sums.outside().totals().total() == outside);
    FUZZ_EXPECT(t.total() == by_line);
    FUZZ_EXPECT(by_source == by_line);
    FUZZ_EXPECT(by_category == by_line);
    FUZZ_EXPECT(in_period + outside == by_line);
    FUZZ_EXPECT(static_cast<int>(sums.years().size()) == p.project.years());

    // The check, its JSON and its text, in both languages.
    planner::CheckedPlan c = planner::check("fuzz.plan.json", std::move(plan).value(), catalog);
    FUZZ_EXPECT(c.summary.errors + c.summary.warnings + c.summary.infos == static_cast<int>(c.findings.size()));
    for (const auto& f : c.findings) {
        FUZZ_EXPECT(!f.rule.empty());
        FUZZ_EXPECT(!f.text.en.empty() && !f.text.zh.empty());
        FUZZ_EXPECT(!non_finite.in_text(f.text.en));
    }
    for (Lang lang : kLangs) {
        FUZZ_EXPECT(!non_finite.in_json(planner::check_json(c, lang, false)));
        FUZZ_EXPECT(!non_finite.in_text(planner::check_text(c, catalog, lang, true)));
    }

    // The projection, its money metrics and a small simulation, in every output format.
    SimulationOptions sim;
    sim.runs = 64;
    sim.seed = size;
    sim.threads = 1;
    auto report = planner::make_project_report("fuzz.plan.json", std::move(c.plan), catalog, sim);
    if (!report) {
        FUZZ_EXPECT(!report.error().message.empty());
        return 0;
    }
    FUZZ_EXPECT(report->money.totals.total() == by_line);
    Money metric_years;
    for (const auto& y : report->money.years) metric_years += y.totals.total();
    FUZZ_EXPECT(metric_years == in_period);
    if (!report->money.years.empty()) FUZZ_EXPECT(report->money.years.back().cumulative.total() == in_period);
    for (Lang lang : kLangs) {
        FUZZ_EXPECT(!non_finite.in_json(planner::project_json(*report, lang)));
        FUZZ_EXPECT(!non_finite.in_text(planner::project_text(*report, catalog, lang)));
        FUZZ_EXPECT(!non_finite.in_text(planner::project_csv(*report, lang)));
    }
    return 0;
}
