// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Monte Carlo over the growth projections: each run draws every uncertain
// growth rate from a triangular distribution (low, rate, high), independently
// per projection and run, and evaluates the indicators. See docs/projections.md.
//
// Determinism: runs are cut into fixed blocks of kSimulationBlock runs; each
// block has its own boost::random::mt19937_64 seeded from (seed, block index)
// through splitmix64, and Boost.Random's triangle_distribution (the same on
// every standard library). Workers only decide which blocks they compute, so
// the figures are identical for any number of threads.
//
// Quantiles: nearest rank — Pq is the ⌈q·N⌉-th smallest of the N simulated
// values. Every simulated value is a monotone function of its projection's
// rate, so the engine finds the rate's order statistics exactly (two passes,
// a histogram then the one bin that holds the rank; memory bounded whatever N)
// and evaluates the value exactly at that rate.
//
// Numbers: double only for the draws and the meet test inside a run. A
// quantile is the exact value at the rank's rate (a double's value is a
// rational), rounded to odd at kKeptDecimals (12) decimals (money.h): any rounding
// of it to 10 decimals or fewer (every figure printed) is the
// rounding of the exact value. Never NaN/Inf. Cost per project year is flat:
// no rational of thousands of digits is kept (docs/projections.md).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cofund/money.h"
#include "cofund/projection.h"

namespace cofund {

inline constexpr std::uint64_t kMinRuns = 1;
inline constexpr std::uint64_t kMaxRuns = 10'000'000;
inline constexpr std::uint64_t kSimulationBlock = 4096;

struct SimulationOptions {
    std::uint64_t runs = 10'000;  ///< kMinRuns … kMaxRuns
    std::uint64_t seed = 2018;
    unsigned threads = 2;  ///< 1 or more; the figures do not depend on it
};

/// P10, P50, P90 (nearest rank) of a simulated quantity, in the indicator's unit.
struct Quantiles {
    Rational p10, p50, p90;
};

struct IndicatorSimulation {
    const IndicatorProjection* projection = nullptr;  ///< the exact projection it varies
    std::uint64_t runs = 0;
    std::uint64_t met = 0;  ///< runs whose value meets the target
    bool random = false;    ///< false: explicit values or a fixed rate (low = rate = high)
    Rational p_meet() const { return runs ? Rational(met) / Rational(runs) : Rational(0); }
    Quantiles value;                ///< of the measure over the period
    std::vector<Quantiles> yearly;  ///< per project year, parallel to projection->years
};

struct Simulation {
    std::uint64_t runs = 0, seed = 0;
    std::vector<IndicatorSimulation> indicators;  ///< parallel to the projections given
};

/// The measure of one run at growth rate `rate` over `years` years, in double:
/// the meet test inside a run (value(k) = baseline × (1 + rate)^k, then the
/// measure). Agrees with the exact value within a relative 1e-12 (an absolute
/// 1e-12 near zero) over the longest period, 101 years (docs/projections.md);
/// a run that close to the bound may count either way.
double run_value(Measure, double baseline, double rate, int years);

/// The figures of one run at a drawn rate (a double, whose value is exact):
/// each year's value and the measure, computed exactly in whole numbers over
/// powers of two and rounded to odd at kKeptDecimals decimals (money.h).
/// Throws std::invalid_argument for zero years.
struct RunFigures {
    std::vector<Rational> yearly;  ///< value(k) for k = 1 … years
    Rational value;                ///< the measure over the period
};
RunFigures run_figures(Measure, const Rational& baseline, double rate, std::size_t years);

/// Checks the run count: an Error naming --simulate unless kMinRuns ≤ runs ≤ kMaxRuns.
Result<std::uint64_t> check_runs(std::uint64_t runs);

/// Simulates the projections (as returned by project()). The projections must
/// outlive the result. Throws std::invalid_argument when options.runs is out of
/// range or options.threads is 0.
Simulation simulate(const std::vector<IndicatorProjection>&, const SimulationOptions&);

}  // namespace cofund
