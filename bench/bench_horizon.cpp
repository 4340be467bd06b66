// SPDX-License-Identifier: GPL-3.0-or-later
// Cost against the project period: `cofund project --simulate 100000` (read,
// project, money metrics, simulate, JSON) on plans of 3, 10, 30 and 101 years,
// made here from two shipped plans (docs/performance.md, "Cost against the
// project period"). The counter per_year is the time divided by the years: it
// should stay flat as the period grows.
//   BM_project_simulate_hostile/N   every-field-at-maximum.plan.json cut to N
//                                   years: 60-digit baseline, a rate drawn
//                                   from −99.9999 % to 10,000 %, 60-digit
//                                   discount rate, 156 budget lines
//   BM_project_simulate_annex3/N    the annex 3 example stretched to N years:
//                                   its 2018 budget every year, its growth of
//                                   5–20 %, explicit values rising each year
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "cofund/catalog.h"
#include "cofund/plan_io.h"
#include "cofund/planner/project_report.h"

using namespace cofund;

namespace {

Plan read_source_plan(const std::string& relative) {
    std::ifstream in(std::string(COFUND_SOURCE_DIR) + "/" + relative, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    auto plan = read_plan(ss.str());
    if (!plan) throw std::runtime_error(relative + ": " + plan.error().describe());
    return std::move(plan).value();
}

// The hostile plan over start_year … start_year + years − 1, lines after it dropped.
Plan hostile(int years) {
    Plan plan = read_source_plan("tests/golden/hostile/every-field-at-maximum.plan.json");
    plan.project.end_year = plan.project.start_year + years - 1;
    std::erase_if(plan.budget, [&](const BudgetLine& l) { return l.year > plan.project.end_year; });
    return plan;
}

// The annex 3 example over `years` years: the first year's lines repeated each
// year, explicit projections rising by 100,000 a year.
Plan annex3(int years) {
    Plan plan = read_source_plan("examples/annex3-fruit-veg-processing.plan.json");
    const int start = plan.project.start_year;
    plan.project.end_year = start + years - 1;
    std::vector<BudgetLine> first;
    for (const auto& l : plan.budget)
        if (l.year == start) first.push_back(l);
    plan.budget.clear();
    for (int y = start; y <= plan.project.end_year; ++y)
        for (BudgetLine l : first) {
            l.year = y;
            plan.budget.push_back(std::move(l));
        }
    for (auto& pr : plan.projections) {
        if (pr.growth) continue;
        const Rational first_value = pr.values.at(start).value;
        pr.values.clear();
        for (int y = start; y <= plan.project.end_year; ++y)
            pr.values[y] = Decimal::of(first_value + 100000 * (y - start));
    }
    return plan;
}

void run(benchmark::State& state, const Plan& plan) {
    SimulationOptions o;
    o.runs = 100'000;
    o.threads = 2;
    for (auto _ : state) {
        auto report = planner::make_project_report("plan", plan, builtin_catalog(), o);
        if (!report) throw std::runtime_error(report.error().describe());
        std::string json = planner::project_json(*report, Lang::en).dump();
        benchmark::DoNotOptimize(json.data());
    }
    const double years = double(plan.project.years());
    state.counters["years"] = years;
    state.counters["per_year"] =
        benchmark::Counter(years, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void BM_project_simulate_hostile(benchmark::State& state) {
    run(state, hostile(int(state.range(0))));
}
void BM_project_simulate_annex3(benchmark::State& state) {
    run(state, annex3(int(state.range(0))));
}

BENCHMARK(BM_project_simulate_hostile)
    ->Arg(3)
    ->Arg(10)
    ->Arg(30)
    ->Arg(101)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_project_simulate_annex3)->Arg(3)->Arg(10)->Arg(30)->Arg(101)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
