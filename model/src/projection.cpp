// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/projection.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <stdexcept>

namespace cofund {

namespace {

bool is_relative(Measure m) {
    return m == Measure::growth_pct || m == Measure::reduction_pct;
}

// The first of catalog.indicators_for(plan) with this id, without building that list.
const Indicator* plan_indicator(const Plan& plan, const Catalog& catalog, const std::string& id) {
    if (plan.project.annex)
        if (const Annex* a = catalog.annex(*plan.project.annex))
            for (const auto& ind : a->indicators)
                if (ind.id == id) return &ind;
    for (const auto& ind : catalog.common_indicators)
        if (ind.id == id) return &ind;
    return nullptr;
}

// The sum of the values; whole numbers (most projections) add as integers,
// without a gcd per step. Exact either way.
Rational sum(const std::vector<Rational>& values) {
    BigInt whole = 0;
    Rational rest = 0;
    for (const auto& v : values) {
        if (is_whole(v))
            whole += mp::numerator(v);
        else
            rest += v;
    }
    return rest + Rational(whole);
}

std::string year_list(const std::vector<int>& years) {
    std::string s;
    for (int y : years) s += (s.empty() ? "" : ", ") + std::to_string(y);
    return s;
}

// The nearest known id for a "did you mean" hint: the longest common prefix wins.
std::string nearest_id(const Catalog& catalog, const std::string& id) {
    std::string best;
    std::size_t best_len = 0;
    for (const auto& known : catalog.indicator_ids()) {
        std::size_t n = 0;
        while (n < known.size() && n < id.size() && known[n] == id[n]) ++n;
        if (n > best_len) best_len = n, best = known;
    }
    return best_len >= 3 ? best : std::string();
}

}  // namespace

Rational grown_value(const Rational& baseline, const Rational& rate, int years_after_baseline) {
    Rational factor = 1 + rate;
    Rational v = baseline;
    for (int k = 0; k < years_after_baseline; ++k) v *= factor;
    return v;
}

Rational measure_value(Measure m, const Rational& baseline, const std::vector<Rational>& yearly) {
    if (yearly.empty()) throw std::invalid_argument("measure_value: no yearly values");
    switch (m) {
        case Measure::total:
        case Measure::cumulative:
            return sum(yearly);
        case Measure::final_year:
            return yearly.back();
        case Measure::growth_pct:
        case Measure::reduction_pct: {
            if (baseline.is_zero()) throw std::invalid_argument("measure_value: zero baseline for a relative measure");
            Rational change = m == Measure::growth_pct ? yearly.back() - baseline : baseline - yearly.back();
            return change / baseline * 100;
        }
    }
    throw std::logic_error("measure_value: unknown measure");
}

std::vector<Rational> measure_to_date(Measure m, const Rational& baseline, const std::vector<Rational>& yearly) {
    std::vector<Rational> out;
    out.reserve(yearly.size());
    if (m != Measure::total && m != Measure::cumulative) {
        for (const auto& v : yearly) out.push_back(measure_value(m, baseline, {v}));
        return out;
    }
    // A running sum: one addition a year (the sum of each prefix made the
    // horizon's cost quadratic). Whole numbers add as integers, as in sum().
    BigInt whole = 0;
    Rational rest = 0;
    for (const auto& v : yearly) {
        if (is_whole(v))
            whole += mp::numerator(v);
        else
            rest += v;
        out.push_back(rest + Rational(whole));
    }
    return out;
}

std::vector<ProjectionIssue> projection_issues(const Plan& plan, const Catalog& catalog) {
    std::vector<ProjectionIssue> issues;
    auto add = [&](std::string path, std::string en, std::string zh, std::string ru) {
        issues.push_back({std::move(path), Text{std::move(zh), std::move(en), std::move(ru)}});
    };
    const Project& p = plan.project;
    // An id names one catalog indicator: the pointers tell repeated ids apart.
    std::vector<const Indicator*> seen;
    for (std::size_t i = 0; i < plan.projections.size(); ++i) {
        const Projection& pr = plan.projections[i];
        // The path is made only for an issue: most projections have none.
        auto pointer = [i] { return fmt::format("/projections/{}", i); };
        const std::size_t n = i + 1;  // messages count projections from 1, as people do; pointers from 0
        const Indicator* ind = plan_indicator(plan, catalog, pr.indicator);
        if (!ind) {
            if (const Indicator* other = catalog.indicator(pr.indicator)) {
                add(pointer() + "/indicator",
                    fmt::format("projection {} is of {}, an indicator of annex {}, not of this plan; project one of "
                                "the plan's own indicators",
                                n, pr.indicator, other->annex),
                    fmt::format("第 {} 个预测的指标 {} 属于附件{}，不属于本项目，需改为本项目的指标", n, pr.indicator,
                                other->annex),
                    fmt::format("прогноз {} относится к {} — показателю приложения {}, а не этого плана; "
                                "прогнозируйте один из показателей этого плана",
                                n, pr.indicator, other->annex));
            } else {
                std::string hint = nearest_id(catalog, pr.indicator);
                add(pointer() + "/indicator",
                    fmt::format("projection {} names {}, an indicator the call {} does not know{}", n, pr.indicator,
                                catalog.id, hint.empty() ? "" : fmt::format(" — did you mean {}?", hint)),
                    fmt::format("第 {} 个预测的指标 {} 不是指南 {} 的指标{}", n, pr.indicator, catalog.id,
                                hint.empty() ? "" : fmt::format("，是否应为 {}？", hint)),
                    fmt::format("в прогнозе {} указан показатель {}, которого нет в конкурсе {}{}", n, pr.indicator,
                                catalog.id, hint.empty() ? "" : fmt::format("; возможно, имелся в виду {}", hint)));
            }
            continue;
        }
        if (std::find(seen.begin(), seen.end(), ind) != seen.end()) {
            add(pointer() + "/indicator",
                fmt::format("projection {} projects {} a second time; keep one projection per indicator", n,
                            pr.indicator),
                fmt::format("第 {} 个预测重复预测指标 {}，每个指标只能有一个预测", n, pr.indicator),
                fmt::format("прогноз {} повторно прогнозирует {}; оставьте один прогноз на показатель", n,
                            pr.indicator));
            continue;
        }
        seen.push_back(ind);
        if (!pr.growth) {
            std::vector<int> missing, outside;
            for (int y = p.start_year; y <= p.end_year; ++y)
                if (!pr.values.count(y)) missing.push_back(y);
            for (const auto& [y, v] : pr.values)
                if (y < p.start_year || y > p.end_year) outside.push_back(y);
            if (!outside.empty())
                add(pointer() + "/values",
                    fmt::format("projection {} ({}) gives values for {}, outside the project period {}–{}; remove "
                                "them",
                                n, pr.indicator, year_list(outside), p.start_year, p.end_year),
                    fmt::format("第 {} 个预测（{}）给出了项目实施期 {}–{} 年以外的年度 {}，需删除", n, pr.indicator,
                                p.start_year, p.end_year, year_list(outside)),
                    fmt::format("прогноз {} ({}) содержит значения за {} — вне срока реализации проекта {}–{}; "
                                "удалите их",
                                n, pr.indicator, year_list(outside), p.start_year, p.end_year));
            if (!missing.empty())
                add(pointer() + "/values",
                    fmt::format("projection {} ({}) has no value for {}; give a value for every project year {}–{}", n,
                                pr.indicator, year_list(missing), p.start_year, p.end_year),
                    fmt::format("第 {} 个预测（{}）缺少 {} 年的值，需给出项目实施期 {}–{} 年每年的值", n, pr.indicator,
                                year_list(missing), p.start_year, p.end_year),
                    fmt::format("в прогнозе {} ({}) нет значения за {}; укажите значение за каждый год реализации "
                                "проекта {}–{}",
                                n, pr.indicator, year_list(missing), p.start_year, p.end_year));
        }
        if (is_relative(ind->measure) && pr.baseline.value.sign() <= 0)
            add(pointer() + "/baseline",
                fmt::format("projection {} ({}) has baseline {}; {} divides by the baseline, so it must be above "
                            "zero — state the {} value",
                            n, pr.indicator, pr.baseline.text, to_id(ind->measure), p.start_year - 1),
                fmt::format("第 {} 个预测（{}）的基期值为 {}；{} 以基期值为分母，基期值须大于零，需填写 {} 年的实际值",
                            n, pr.indicator, pr.baseline.text, to_id(ind->measure), p.start_year - 1),
                fmt::format("в прогнозе {} ({}) базовое значение равно {}; {} делит на базовое значение, поэтому оно "
                            "должно быть больше нуля — укажите значение за {} год",
                            n, pr.indicator, pr.baseline.text, to_id(ind->measure), p.start_year - 1));
    }
    return issues;
}

namespace {

// The value of each project year: baseline × (1 + rate)^k with growth, else the stated values.
std::vector<Rational> yearly_values(const Plan& plan, const Projection& pr) {
    const Project& p = plan.project;
    std::vector<Rational> yearly;
    Rational factor = pr.growth ? 1 + pr.growth->rate.value : Rational(0);
    Rational grown = pr.baseline.value;
    for (int y = p.start_year; y <= p.end_year; ++y) {
        if (pr.growth) {
            grown *= factor;
            yearly.push_back(grown);
        } else {
            yearly.push_back(pr.values.at(y).value);
        }
    }
    return yearly;
}

IndicatorProjection evaluate(const Plan& plan, const Indicator& ind, std::size_t index) {
    const Projection& pr = plan.projections[index];
    const Project& p = plan.project;
    IndicatorProjection out;
    out.indicator = &ind;
    out.index = index;
    out.path = fmt::format("/projections/{}", index);
    out.baseline = pr.baseline.value;
    if (pr.growth) {
        RateRange r;
        r.rate = pr.growth->rate.value;
        r.low = pr.growth->low ? pr.growth->low->value : r.rate;
        r.high = pr.growth->high ? pr.growth->high->value : r.rate;
        out.growth = r;
    }
    for (int y = p.start_year; y <= p.end_year; ++y) out.years.push_back(y);
    out.yearly = yearly_values(plan, pr);
    out.to_date = measure_to_date(ind.measure, out.baseline, out.yearly);
    out.value = out.to_date.back();
    if (const Decimal* d = plan.indicator(ind.id)) out.stated = d->value;
    out.meets = ind.meets(out.value);
    switch (ind.op) {
        case Op::le:
            out.gap = out.meets ? Rational(0) : out.value - ind.bound;
            break;
        case Op::about:
            out.gap = abs(out.value - ind.bound);
            break;
        default:
            out.gap = out.meets ? Rational(0) : ind.bound - out.value;
            break;
    }
    if (ind.bound != 0) {
        if (ind.op == Op::le)
            out.share = out.value == 0 ? Rational(1) : ind.bound / out.value;
        else
            out.share = out.value / ind.bound;
    }
    for (std::size_t k = 0; k < out.years.size(); ++k) {
        if (ind.op != Op::about && ind.meets(out.to_date[k])) {
            out.reached_in = out.years[k];
            break;
        }
    }
    return out;
}

}  // namespace

Result<std::vector<IndicatorProjection>> project(const Plan& plan, const Catalog& catalog) {
    auto issues = projection_issues(plan, catalog);
    if (!issues.empty()) {
        std::string msg = issues.front().text.en;
        if (issues.size() > 1)
            msg += fmt::format(" (and {} more projection problem{})", issues.size() - 1, issues.size() > 2 ? "s" : "");
        return Error{msg, Place{{}, {}, issues.front().path}};
    }
    return project_valid(plan, catalog);
}

namespace {

// The indexes of the projections that have an issue.
std::set<std::size_t> broken_projections(const Plan& plan, const Catalog& catalog) {
    std::set<std::size_t> broken;
    for (const auto& issue : projection_issues(plan, catalog)) {
        // "/projections/N…" → N
        std::size_t start = std::string("/projections/").size();
        std::size_t end = issue.path.find('/', start);
        broken.insert(std::stoul(issue.path.substr(start, end - start)));
    }
    return broken;
}

}  // namespace

std::vector<IndicatorProjection> project_valid(const Plan& plan, const Catalog& catalog) {
    auto broken = broken_projections(plan, catalog);
    std::vector<IndicatorProjection> out;
    for (std::size_t i = 0; i < plan.projections.size(); ++i) {
        if (broken.count(i)) continue;
        const Indicator* ind = plan_indicator(plan, catalog, plan.projections[i].indicator);
        if (!ind) continue;
        out.push_back(evaluate(plan, *ind, i));
    }
    return out;
}

ProjectedValues projected_values(const Plan& plan, const Catalog& catalog) {
    // project_valid()'s values without what only reports read (to_date, gap,
    // share, reached_in): the measure over the yearly values, computed once.
    auto broken = broken_projections(plan, catalog);
    ProjectedValues out;
    for (std::size_t i = 0; i < plan.projections.size(); ++i) {
        if (broken.count(i)) continue;
        const Projection& pr = plan.projections[i];
        const Indicator* ind = plan_indicator(plan, catalog, pr.indicator);
        if (!ind) continue;
        auto values = yearly_values(plan, pr);
        out.emplace(ind->id, ProjectedValue{measure_value(ind->measure, pr.baseline.value, values),
                                            fmt::format("/projections/{}", i)});
    }
    return out;
}

}  // namespace cofund
