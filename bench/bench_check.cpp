// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and checking plans, as `cofund check` does it (docs/performance.md).
//   BM_ReadCheckTypical   one typical plan (the annex 3 example): read, check, JSON line
//   BM_CheckJsonJob       `check -O json` over 10,000 plans in one process (texts in memory)
//   BM_ReadPlan / BM_CheckPlan / BM_CheckJson   the three steps apart, to see what bounds the first
//   BM_Check              planner::check: the projections and every rule (the plan copied in, as a caller passes it)
//   BM_Summary            BudgetSummary of the typical plan: the one sum a checked plan carries (issue 27)
//   BM_ReadCatalog/0, /1  reading a call file: the 2018 call, the Hebei 2026 call (issue 24: under 5 ms)
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>
#include <vector>

#include "cofund/catalog.h"
#include "cofund/plan_io.h"
#include "cofund/planner/check_report.h"
#include "cofund/planner/files.h"
#include "cofund/rules.h"
#include "cofund/summary.h"
#include "test_data.h"

using namespace cofund;

namespace {

const std::string& typical_text() {
    static const std::string text = test::example_text();
    return text;
}

// Every shipped example, passing and failing: the mix a program office gets.
const std::vector<std::string>& example_texts() {
    static const std::vector<std::string> texts = [] {
        std::vector<std::string> out;
        for (const char* dir : {"/examples", "/examples/failing"})
            for (const auto& e : std::filesystem::directory_iterator(std::string(COFUND_SOURCE_DIR) + dir))
                if (e.path().string().ends_with(".plan.json")) out.push_back(test::read_file(e.path().string()));
        return out;
    }();
    return texts;
}

// One file's work in `cofund check -O json`: parse, check, one JSON line.
std::size_t check_json_line(std::string_view text, const Catalog& catalog) {
    auto plan = planner::parse_plan(text, catalog);
    if (!plan) return planner::unreadable_json("x.plan.json", plan.error()).dump().size();
    planner::CheckedPlan c = planner::check("x.plan.json", std::move(plan).value(), catalog);
    return planner::check_json(c, Lang::en, false).dump(-1, ' ', false).size() + 1;
}

void BM_ReadCheckTypical(benchmark::State& state) {
    const Catalog& catalog = builtin_catalog();
    const std::string& text = typical_text();
    for (auto _ : state) benchmark::DoNotOptimize(check_json_line(text, catalog));
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * static_cast<long>(text.size()));
}
BENCHMARK(BM_ReadCheckTypical)->Unit(benchmark::kMicrosecond);

void BM_ReadPlan(benchmark::State& state) {
    const std::string& text = typical_text();
    for (auto _ : state) benchmark::DoNotOptimize(read_plan(text));
}
BENCHMARK(BM_ReadPlan)->Unit(benchmark::kMicrosecond);

void BM_CheckPlan(benchmark::State& state) {
    const Catalog& catalog = builtin_catalog();
    Plan plan = read_plan(typical_text()).value();
    for (auto _ : state) benchmark::DoNotOptimize(check_plan(plan, catalog));
}
BENCHMARK(BM_CheckPlan)->Unit(benchmark::kMicrosecond);

// What check_text and check_json no longer add up again after the rules did (issue 27).
void BM_Summary(benchmark::State& state) {
    const Plan plan = read_plan(typical_text()).value();
    for (auto _ : state) benchmark::DoNotOptimize(BudgetSummary(plan));
}
BENCHMARK(BM_Summary)->Unit(benchmark::kMicrosecond);

void BM_Check(benchmark::State& state) {
    const Catalog& catalog = builtin_catalog();
    Plan plan = read_plan(typical_text()).value();
    for (auto _ : state) benchmark::DoNotOptimize(planner::check("x.plan.json", plan, catalog));
}
BENCHMARK(BM_Check)->Unit(benchmark::kMicrosecond);

void BM_CheckJson(benchmark::State& state) {
    const Catalog& catalog = builtin_catalog();
    planner::CheckedPlan c = planner::check("x.plan.json", read_plan(typical_text()).value(), catalog);
    for (auto _ : state) benchmark::DoNotOptimize(planner::check_json(c, Lang::en, false).dump(-1, ' ', false));
}
BENCHMARK(BM_CheckJson)->Unit(benchmark::kMicrosecond);

void BM_CheckJsonJob(benchmark::State& state) {
    const Catalog& catalog = builtin_catalog();
    const auto& texts = example_texts();
    const int plans = static_cast<int>(state.range(0));
    for (auto _ : state) {
        std::size_t bytes = 0;
        for (int i = 0; i < plans; ++i) bytes += check_json_line(texts[i % texts.size()], catalog);
        benchmark::DoNotOptimize(bytes);
    }
    state.SetItemsProcessed(state.iterations() * plans);  // items/s = plans per second
}
BENCHMARK(BM_CheckJsonJob)->Arg(10000)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

}  // namespace

// Reading and validating a whole call file, as the CLI and the app do once per call.
void BM_ReadCatalog(benchmark::State& state) {
    const std::string text = state.range(0) == 0
                                 ? std::string(builtin_catalog_text())
                                 : test::read_file(std::string(COFUND_SOURCE_DIR) + "/data/hb-zyyd-2026.json");
    for (auto _ : state) {
        auto c = read_catalog(text);
        if (!c) state.SkipWithError(c.error().message.c_str());
        benchmark::DoNotOptimize(c);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<long>(text.size()));
}
BENCHMARK(BM_ReadCatalog)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
