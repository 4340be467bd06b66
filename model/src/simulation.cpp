// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/simulation.h"

#include <fmt/format.h>
#include <boost/random/mersenne_twister.hpp>
#include <boost/random/triangle_distribution.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <thread>

namespace cofund {

namespace {

constexpr std::size_t kBins = 16384;

std::uint64_t splitmix64(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

/// The engine of one block of runs: depends on the seed and the block index only.
boost::random::mt19937_64 block_engine(std::uint64_t seed, std::uint64_t block) {
    return boost::random::mt19937_64(splitmix64(splitmix64(seed) ^ splitmix64(block)));
}

/// One uncertain growth projection, in doubles for the runs.
struct Varied {
    std::size_t slot = 0;  ///< index into the projections
    double low = 0, mode = 0, high = 0;
    double baseline = 0, bound = 0;
    int years = 0;
    Measure measure = Measure::cumulative;
    Op op = Op::ge;

    std::size_t bin(double r) const {
        double x = (r - low) / (high - low) * double(kBins);
        if (!(x > 0)) return 0;
        if (x >= double(kBins)) return kBins - 1;
        return std::size_t(x);
    }

    bool meets(double r) const {
        double value = run_value(measure, baseline, r, years);
        switch (op) {
            case Op::ge:
            case Op::eq:
                return value >= bound;
            case Op::gt:
                return value > bound;
            case Op::le:
                return value <= bound;
            case Op::about:
                return true;
        }
        return false;
    }
};

/// Runs the blocks b ≡ worker (mod workers) and hands each draw to `visit(j, rate)`.
template <class Visit>
void run_blocks(const std::vector<Varied>& varied, std::uint64_t runs, std::uint64_t seed, unsigned worker,
                unsigned workers, Visit&& visit) {
    std::vector<boost::random::triangle_distribution<double>> dists;
    for (const auto& v : varied) dists.emplace_back(v.low, v.mode, v.high);
    std::uint64_t blocks = (runs + kSimulationBlock - 1) / kSimulationBlock;
    for (std::uint64_t b = worker; b < blocks; b += workers) {
        auto engine = block_engine(seed, b);
        std::uint64_t first = b * kSimulationBlock;
        std::uint64_t last = std::min(runs, first + kSimulationBlock);
        for (std::uint64_t run = first; run < last; ++run)
            for (std::size_t j = 0; j < varied.size(); ++j) visit(j, dists[j](engine));
    }
}

template <class Work>
void in_parallel(unsigned workers, Work&& work) {
    std::vector<std::thread> threads;
    for (unsigned w = 1; w < workers; ++w) threads.emplace_back([&work, w] { work(w); });
    work(0);
    for (auto& t : threads) t.join();
}

/// ⌈q·N⌉ for q = num/10, at least 1.
std::uint64_t nearest_rank(std::uint64_t runs, std::uint64_t tenths) {
    return std::max<std::uint64_t>(1, (runs * tenths + 9) / 10);
}

Quantiles constant(const Rational& v) {
    return Quantiles{v, v, v};
}

/// 1 + r for a double r, exactly, as a ÷ 2^s (a > 0 when r > −1).
struct BinaryFactor {
    BigInt a;
    unsigned s = 0;
};

BinaryFactor one_plus(double r) {
    int e = 0;
    double f = std::frexp(r, &e);  // r = f × 2^e, ½ ≤ |f| < 1 (or r = 0)
    // r = m × 2^(e − 53) with m a whole number of at most 53 bits: exact.
    auto m = static_cast<std::int64_t>(std::ldexp(f, 53));
    e -= 53;
    while (m != 0 && m % 2 == 0 && e < 0) m /= 2, ++e;
    BinaryFactor out;
    if (m == 0) {
        out.a = 1;
    } else if (e >= 0) {
        out.a = BigInt(1) + (BigInt(m) << e);
    } else {
        out.s = unsigned(-e);
        out.a = (BigInt(1) << out.s) + BigInt(m);
    }
    return out;
}

/// A figure of a run: the exact num ÷ den rounded to odd (money.h), so that
/// every printed rounding of it is the exact value's.
Rational kept(const BigInt& num, const BigInt& den) {
    return round_to_odd(num, den, kKeptDecimals);
}

}  // namespace

double run_value(Measure measure, double baseline, double rate, int years) {
    double v = baseline, sum = 0;
    for (int k = 0; k < years; ++k) {
        v *= 1 + rate;
        sum += v;
    }
    switch (measure) {
        case Measure::total:
        case Measure::cumulative:
            return sum;
        case Measure::final_year:
            return v;
        case Measure::growth_pct:
            return (v - baseline) / baseline * 100;
        case Measure::reduction_pct:
            return (baseline - v) / baseline * 100;
    }
    return 0;
}

RunFigures run_figures(Measure measure, const Rational& baseline, double rate, std::size_t years) {
    if (years == 0) throw std::invalid_argument("run_figures: no project year");
    const BinaryFactor f = one_plus(rate);
    const BigInt bn = mp::numerator(baseline), bd = mp::denominator(baseline);
    RunFigures out;
    BigInt power = 1;  // a^k
    BigInt sum = 0;    // Σ_{j ≤ k} a^j × 2^(s(k − j)): the sum of the values to year k over 2^(sk) ÷ baseline
    for (std::size_t k = 1; k <= years; ++k) {
        power *= f.a;
        sum = (sum << f.s) + power;
        out.yearly.push_back(kept(bn * power, bd << unsigned(f.s * k)));
    }
    const unsigned shift = unsigned(f.s * years);
    switch (measure) {
        case Measure::total:
        case Measure::cumulative:
            out.value = kept(bn * sum, bd << shift);
            break;
        case Measure::final_year:
            out.value = out.yearly.back();
            break;
        // (baseline × a^n ÷ 2^(sn) − baseline) ÷ baseline × 100: the baseline cancels.
        case Measure::growth_pct:
            out.value = kept((power - (BigInt(1) << shift)) * 100, BigInt(1) << shift);
            break;
        case Measure::reduction_pct:
            out.value = kept(((BigInt(1) << shift) - power) * 100, BigInt(1) << shift);
            break;
    }
    return out;
}

Result<std::uint64_t> check_runs(std::uint64_t runs) {
    if (runs < kMinRuns || runs > kMaxRuns)
        return Error{fmt::format("--simulate {} is out of range; give a number of runs from {} to {}", runs, kMinRuns,
                                 kMaxRuns)};
    return runs;
}

Simulation simulate(const std::vector<IndicatorProjection>& projections, const SimulationOptions& options) {
    if (!check_runs(options.runs)) throw std::invalid_argument(check_runs(options.runs).error().message);
    if (options.threads == 0) throw std::invalid_argument("simulate: zero threads");
    const std::uint64_t runs = options.runs;

    Simulation sim;
    sim.runs = runs;
    sim.seed = options.seed;
    std::vector<Varied> varied;
    for (std::size_t i = 0; i < projections.size(); ++i) {
        const IndicatorProjection& p = projections[i];
        IndicatorSimulation s;
        s.projection = &p;
        s.runs = runs;
        if (p.growth && p.growth->uncertain()) {
            s.random = true;
            Varied v;
            v.slot = i;
            v.low = to_double(p.growth->low);
            v.mode = to_double(p.growth->rate);
            v.high = to_double(p.growth->high);
            v.baseline = to_double(p.baseline);
            v.bound = to_double(p.indicator->bound);
            v.years = int(p.years.size());
            v.measure = p.indicator->measure;
            v.op = p.indicator->op;
            varied.push_back(v);
        } else {
            s.met = p.meets ? runs : 0;
            s.value = constant(p.value);
            for (const auto& y : p.yearly) s.yearly.push_back(constant(y));
        }
        sim.indicators.push_back(std::move(s));
    }
    if (varied.empty()) return sim;

    const unsigned workers = options.threads;
    const std::size_t nv = varied.size();

    // Pass 1: per worker, a histogram of each rate and the runs that meet.
    struct Tally {
        std::vector<std::vector<std::uint64_t>> bins;
        std::vector<std::uint64_t> met;
    };
    std::vector<Tally> tallies(workers);
    in_parallel(workers, [&](unsigned w) {
        Tally& t = tallies[w];
        t.bins.assign(nv, std::vector<std::uint64_t>(kBins, 0));
        t.met.assign(nv, 0);
        run_blocks(varied, runs, options.seed, w, workers, [&](std::size_t j, double r) {
            ++t.bins[j][varied[j].bin(r)];
            if (varied[j].meets(r)) ++t.met[j];
        });
    });
    std::vector<std::vector<std::uint64_t>> bins(nv, std::vector<std::uint64_t>(kBins, 0));
    std::vector<std::uint64_t> met(nv, 0);
    for (const auto& t : tallies) {
        for (std::size_t j = 0; j < nv; ++j) {
            met[j] += t.met[j];
            for (std::size_t b = 0; b < kBins; ++b) bins[j][b] += t.bins[j][b];
        }
    }
    tallies.clear();

    // The ranks wanted: P10, P50, P90 and their mirrors (for falling measures).
    std::vector<std::uint64_t> ranks;
    for (std::uint64_t tenths : {1, 5, 9}) {
        std::uint64_t k = nearest_rank(runs, tenths);
        ranks.push_back(k);
        ranks.push_back(runs + 1 - k);
    }
    // rank → (bin, rank within the bin, 1-based), per varied projection.
    std::vector<std::map<std::uint64_t, std::pair<std::size_t, std::uint64_t>>> where(nv);
    std::vector<std::map<std::size_t, bool>> wanted_bins(nv);
    for (std::size_t j = 0; j < nv; ++j) {
        for (std::uint64_t k : ranks) {
            std::uint64_t below = 0;
            std::size_t b = 0;
            while (below + bins[j][b] < k) below += bins[j][b++];
            where[j][k] = {b, k - below};
            wanted_bins[j][b] = true;
        }
    }
    bins.clear();

    // Pass 2: the same draws again, keeping only the rates in the wanted bins.
    using Kept = std::vector<std::map<std::size_t, std::vector<double>>>;
    std::vector<Kept> kept(workers, Kept(nv));
    in_parallel(workers, [&](unsigned w) {
        Kept& mine = kept[w];
        run_blocks(varied, runs, options.seed, w, workers, [&](std::size_t j, double r) {
            std::size_t b = varied[j].bin(r);
            if (wanted_bins[j].count(b)) mine[j][b].push_back(r);
        });
    });

    for (std::size_t j = 0; j < nv; ++j) {
        std::map<std::size_t, std::vector<double>> in_bin;
        for (auto& k : kept) {
            for (auto& [b, values] : k[j]) {
                auto& all = in_bin[b];
                all.insert(all.end(), values.begin(), values.end());
            }
        }
        // The rate at each rank, exactly (a double is a rational).
        std::map<std::uint64_t, double> rate_at;
        for (const auto& [k, pos] : where[j]) {
            auto& values = in_bin[pos.first];
            auto nth = values.begin() + std::ptrdiff_t(pos.second - 1);
            std::nth_element(values.begin(), nth, values.end());
            rate_at[k] = *nth;
        }
        IndicatorSimulation& s = sim.indicators[varied[j].slot];
        const IndicatorProjection& p = *s.projection;
        s.met = met[j];
        bool falling = p.indicator->measure == Measure::reduction_pct;
        // One trajectory per distinct rate wanted (at most six ranks, often fewer rates).
        std::map<std::uint64_t, RunFigures> at_rank;
        auto run_at = [&](std::uint64_t rank) -> const RunFigures& {
            auto it = at_rank.find(rank);
            if (it == at_rank.end())
                it = at_rank.emplace(rank, run_figures(p.indicator->measure, p.baseline, rate_at[rank], p.years.size()))
                         .first;
            return it->second;
        };
        std::uint64_t k10 = nearest_rank(runs, 1), k50 = nearest_rank(runs, 5), k90 = nearest_rank(runs, 9);
        const RunFigures &rising10 = run_at(k10), &rising50 = run_at(k50), &rising90 = run_at(k90);
        for (std::size_t k = 0; k < p.years.size(); ++k)
            s.yearly.push_back(Quantiles{rising10.yearly[k], rising50.yearly[k], rising90.yearly[k]});
        auto value_at = [&](std::uint64_t rank) { return run_at(falling ? runs + 1 - rank : rank).value; };
        s.value = Quantiles{value_at(k10), value_at(k50), value_at(k90)};
    }
    return sim;
}

}  // namespace cofund
