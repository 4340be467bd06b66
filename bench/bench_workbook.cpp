// SPDX-License-Identifier: GPL-3.0-or-later
// The workbook both ways (docs/performance.md, "The workbook both ways"):
// `export` writes the XLSX workbook of a plan of N budget lines (the annex 3
// example's lines repeated, amounts varied) and `import` reads it back with the
// plan as base. The counter per_line is the time divided by the lines: it
// should stay flat as the plan grows.
//   BM_export_xlsx/N   planner::write_xlsx of N lines, to a file in /tmp
//   BM_import_xlsx/N   import_spreadsheet of that workbook's bytes
#include <benchmark/benchmark.h>

#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "cofund/catalog.h"
#include "cofund/plan_io.h"
#include "cofund/planner/export.h"
#include "cofund/planner/spreadsheet.h"

using namespace cofund;

namespace {

Plan with_lines(long n) {
    std::ifstream in(std::string(COFUND_SOURCE_DIR) + "/examples/annex3-fruit-veg-processing.plan.json",
                     std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    auto read = read_plan(ss.str());
    if (!read) throw std::runtime_error(read.error().describe());
    Plan plan = std::move(read).value();
    const Plan small = plan;
    plan.budget.clear();
    for (long i = 0; i < n; ++i) {
        BudgetLine l = small.budget[static_cast<std::size_t>(i) % small.budget.size()];
        l.amount = Money::from_fen(Int(i % 100000));
        plan.budget.push_back(std::move(l));
    }
    return plan;
}

std::string book_path() {
    return (std::filesystem::temp_directory_path() / ("cofund-bench-" + std::to_string(::getpid()) + ".xlsx")).string();
}

void BM_export_xlsx(benchmark::State& state) {
    const Plan plan = with_lines(state.range(0));
    const std::string path = book_path();
    for (auto _ : state)
        if (!planner::write_xlsx(plan, builtin_catalog(), Lang::zh, path).ok()) state.SkipWithError("export failed");
    std::filesystem::remove(path);
    state.counters["per_line"] =
        benchmark::Counter(static_cast<double>(state.range(0)),
                           benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void BM_import_xlsx(benchmark::State& state) {
    const Plan plan = with_lines(state.range(0));
    const std::string path = book_path();
    if (!planner::write_xlsx(plan, builtin_catalog(), Lang::zh, path).ok()) throw std::runtime_error("export failed");
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string bytes = ss.str();
    std::filesystem::remove(path);
    for (auto _ : state) {
        auto got = planner::import_spreadsheet(bytes, planner::SheetFormat::xlsx, "book", builtin_catalog(), &plan);
        if (!got.plan || got.plan->budget.size() != plan.budget.size()) state.SkipWithError("import failed");
        benchmark::DoNotOptimize(got);
    }
    state.counters["per_line"] =
        benchmark::Counter(static_cast<double>(state.range(0)),
                           benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

}  // namespace

BENCHMARK(BM_export_xlsx)->Arg(10'000)->Arg(100'000)->Arg(400'000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_import_xlsx)->Arg(10'000)->Arg(100'000)->Arg(400'000)->Unit(benchmark::kMillisecond)->Iterations(1);

BENCHMARK_MAIN();
