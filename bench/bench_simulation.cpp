// SPDX-License-Identifier: GPL-3.0-or-later
// The Monte Carlo of `cofund project --simulate`: 100,000 runs of a plan with
// five uncertain growth projections (the annex 7 example, every projection
// turned into growth with a low–high range). Figures: docs/performance.md.
#include <benchmark/benchmark.h>

#include "cofund/catalog.h"
#include "cofund/plan_io.h"
#include "cofund/projection.h"
#include "cofund/simulation.h"
#include "test_data.h"

namespace {

using namespace cofund;

Decimal dec(const char* text) {
    return Decimal{text, parse_decimal(text).value()};
}

Projection growth(const char* indicator, const char* baseline, const char* low, const char* rate, const char* high) {
    Projection p;
    p.indicator = indicator;
    p.baseline = dec(baseline);
    Growth g;
    g.rate = dec(rate);
    g.low = dec(low);
    g.high = dec(high);
    p.growth = g;
    return p;
}

const std::vector<IndicatorProjection>& five_projections() {
    static const Plan plan = [] {
        Plan plan = test::example("annex7-ecommerce-platform.plan.json");
        plan.projections = {
            growth("a7.transaction_cny", "60000000", "0.5", "0.7", "1.0"),
            growth("a7.jobs", "35", "0.3", "0.5", "0.6"),
            growth("a7.partners", "20", "0.5", "0.75", "0.9"),
            growth("a7.financing_cost_reduction_pct", "8.5", "-0.08", "-0.05", "-0.01"),
            growth("a7.benefit_growth_pct", "30000000", "0.05", "0.09", "0.12"),
        };
        return plan;
    }();
    static const std::vector<IndicatorProjection> projections = [] {
        auto r = project(plan, builtin_catalog());
        if (!r) throw std::runtime_error(r.error().describe());
        return std::move(r).value();
    }();
    return projections;
}

void BM_simulate_five_projections(benchmark::State& state) {
    const auto& projections = five_projections();
    SimulationOptions o;
    o.runs = std::uint64_t(state.range(0));
    o.seed = 2018;
    o.threads = unsigned(state.range(1));
    for (auto _ : state) {
        Simulation s = simulate(projections, o);
        benchmark::DoNotOptimize(s.indicators.front().met);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_simulate_five_projections)
    ->Args({100'000, 1})
    ->Args({100'000, 2})
    ->Args({1'000'000, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
