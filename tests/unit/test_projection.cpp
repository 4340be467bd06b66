// SPDX-License-Identifier: GPL-3.0-or-later
// The projection engine, the money metrics and the simulation: closed forms,
// reached_in, check with projected values, simulated against exact odds,
// thread independence, and every bad projection.
#include "test_support.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <functional>

#include "cofund/metrics.h"
#include "cofund/plan_io.h"
#include "cofund/projection.h"
#include "cofund/rules.h"
#include "cofund/simulation.h"

using namespace cofund;
using cofund::test::remove_indicator;
using cofund::test::example;
using cofund::test::line_sum;
using cofund::test::line_sum_of;
using cofund::test::line_totals;
using cofund::test::read_file;
using cofund::test::source_path;

namespace {

Rational R(const char* text) {
    return parse_decimal(text).value();
}
Decimal D(const char* text) {
    return Decimal{text, R(text)};
}

const Catalog& cat() {
    return builtin_catalog();
}

Projection growth(const char* indicator, const char* baseline, const char* rate, const char* low = nullptr,
                  const char* high = nullptr) {
    Projection p;
    p.indicator = indicator;
    p.baseline = D(baseline);
    Growth g;
    g.rate = D(rate);
    if (low) g.low = D(low);
    if (high) g.high = D(high);
    p.growth = g;
    return p;
}

Projection values(const char* indicator, const char* baseline, std::initializer_list<std::pair<int, const char*>> v) {
    Projection p;
    p.indicator = indicator;
    p.baseline = D(baseline);
    for (const auto& [year, text] : v) p.values.emplace(year, D(text));
    return p;
}

/// A plan of `annex`'s example with only the given projection, over start_year … end_year.
Plan with_projection(const std::string& name, Projection p, int end_year = 2020) {
    Plan plan = example(name);
    plan.project.end_year = end_year;
    plan.projections = {std::move(p)};
    return plan;
}

IndicatorProjection only(const Plan& plan) {
    auto r = project(plan, cat());
    INFO((r ? std::string() : r.error().describe()));
    REQUIRE(r.ok());
    REQUIRE(r->size() == 1);
    return r->front();
}

std::vector<Finding> findings_of(const std::vector<Finding>& all, const std::string& rule) {
    std::vector<Finding> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out), [&](const Finding& f) { return f.rule == rule; });
    return out;
}

// Triangular CDF with low a, mode b, high c.
double triangular_cdf(double x, double a, double b, double c) {
    if (x <= a) return 0;
    if (x <= b) return (x - a) * (x - a) / ((c - a) * (b - a));
    if (x < c) return 1 - (c - x) * (c - x) / ((c - a) * (c - b));
    return 1;
}

// The rate r* at which f(r) = target for an increasing f, by bisection.
template <class F>
double threshold(F f, double target, double lo, double hi) {
    for (int i = 0; i < 200; ++i) {
        double mid = (lo + hi) / 2;
        (f(mid) >= target ? hi : lo) = mid;
    }
    return hi;
}

}  // namespace

// ---- closed forms ------------------------------------------------------------------

TEST_CASE("compound growth over one, two and three years follows baseline × (1 + rate)^n", "[projection]") {
    // a3.terminal_sales_cans: cumulative, ≥ 30,000,000 cans.
    auto [end, yearly_last, value, reached] = GENERATE(table<int, const char*, const char*, int>({
        {2018, "9520000", "9520000", 0},
        {2019, "10662400", "20182400", 0},
        {2020, "11941888", "32124288", 2020},
    }));
    Plan plan =
        with_projection("annex3-fruit-veg-processing", growth("a3.terminal_sales_cans", "8500000", "0.12"), end);
    IndicatorProjection p = only(plan);
    CHECK(p.years.size() == std::size_t(end - 2018 + 1));
    CHECK(p.yearly.back() == R(yearly_last));
    CHECK(p.value == R(value));
    CHECK(p.to_date.back() == p.value);
    CHECK(p.meets == (reached != 0));
    if (reached) {
        CHECK(p.reached_in == reached);
        CHECK(p.gap == 0);
    } else {
        CHECK_FALSE(p.reached_in);
        CHECK(p.gap == R("30000000") - R(value));
    }
    CHECK(*p.share == R(value) / R("30000000"));
}

TEST_CASE("grown_value is exact for a rate with many decimals", "[projection]") {
    CHECK(grown_value(R("1000"), R("0.045"), 2) == R("1092.025"));
    CHECK(grown_value(R("7"), R("-0.5"), 3) == R("0.875"));
    CHECK(grown_value(R("7"), R("0.3"), 0) == R("7"));
}

TEST_CASE(
    "explicit values sum for a cumulative measure and the first year the running sum meets the target is "
    "reported",
    "[projection]") {
    // a3.export_usd: cumulative, ≥ 15,000,000 USD.
    SECTION("reached only in the last year") {
        IndicatorProjection p = only(with_projection(
            "annex3-fruit-veg-processing",
            values("a3.export_usd", "3200000", {{2018, "4000000"}, {2019, "5000000"}, {2020, "6500000"}})));
        CHECK(p.to_date == std::vector<Rational>{R("4000000"), R("9000000"), R("15500000")});
        CHECK(p.value == R("15500000"));
        CHECK(p.meets);
        CHECK(p.reached_in == 2020);
    }
    SECTION("reached early stays reached") {
        IndicatorProjection p = only(
            with_projection("annex3-fruit-veg-processing",
                            values("a3.export_usd", "3200000", {{2018, "8000000"}, {2019, "7000000"}, {2020, "1"}})));
        CHECK(p.reached_in == 2019);
        CHECK(p.value == R("15000001"));
    }
    SECTION("one fen of a USD short misses by exactly that") {
        IndicatorProjection p = only(with_projection(
            "annex3-fruit-veg-processing",
            values("a3.export_usd", "3200000", {{2018, "5000000"}, {2019, "5000000"}, {2020, "4999999.99"}})));
        CHECK_FALSE(p.meets);
        CHECK(p.gap == R("0.01"));
        CHECK_FALSE(p.reached_in);
    }
    SECTION("a one-year period") {
        IndicatorProjection p = only(
            with_projection("annex3-fruit-veg-processing", values("a3.export_usd", "0", {{2018, "15000000"}}), 2018));
        CHECK(p.value == R("15000000"));
        CHECK(p.reached_in == 2018);
    }
}

TEST_CASE("final takes the last year's value and reached_in the first year that would have met it as the last",
          "[projection]") {
    // a7.jobs: final, ≥ 120.
    IndicatorProjection p = only(with_projection(
        "annex7-ecommerce-platform", values("a7.jobs", "35", {{2018, "60"}, {2019, "125"}, {2020, "110"}})));
    CHECK(p.value == 110);
    CHECK_FALSE(p.meets);
    CHECK(p.gap == 10);
    CHECK(p.reached_in == 2019);
}

TEST_CASE("growth_pct is (final − baseline) ÷ baseline × 100 with compound growth", "[projection]") {
    // a7.benefit_growth_pct: ≥ 25 %. 1.09^3 = 1.295029.
    IndicatorProjection p =
        only(with_projection("annex7-ecommerce-platform", growth("a7.benefit_growth_pct", "30000000", "0.09")));
    CHECK(p.to_date == std::vector<Rational>{R("9"), R("18.81"), R("29.5029")});
    CHECK(p.meets);
    CHECK(p.reached_in == 2020);
    CHECK(*p.share == R("29.5029") / 25);
}

TEST_CASE("reduction_pct is (baseline − final) ÷ baseline × 100", "[projection]") {
    // a7.financing_cost_reduction_pct: ≥ 10 %.
    IndicatorProjection p =
        only(with_projection("annex7-ecommerce-platform", values("a7.financing_cost_reduction_pct", "8.5",
                                                                 {{2018, "8.2"}, {2019, "7.8"}, {2020, "7.4"}})));
    CHECK(p.value == R("1.1") / R("8.5") * 100);
    CHECK(p.to_date[1] == R("0.7") / R("8.5") * 100);
    CHECK(p.meets);
    CHECK(p.reached_in == 2020);
}

TEST_CASE("a ≤ target on a final measure meets when the last value is at or under the bound", "[projection]") {
    // a4.wool_diameter_um: final, ≤ 22 µm.
    auto [last, meets] = GENERATE(table<const char*, bool>({{"22", true}, {"22.01", false}, {"21.5", true}}));
    IndicatorProjection p =
        only(with_projection("annex4-livestock-center",
                             values("a4.wool_diameter_um", "23.8", {{2018, "23.2"}, {2019, "22.4"}, {2020, last}})));
    CHECK(p.meets == meets);
    CHECK(p.gap == (meets ? Rational(0) : R(last) - 22));
    CHECK(*p.share == 22 / R(last));
}

TEST_CASE("the annex 3 example projects all three indicators and they meet their targets", "[projection]") {
    auto r = project(example("annex3-fruit-veg-processing"), cat());
    REQUIRE(r.ok());
    REQUIRE(r->size() == 3);
    for (const auto& p : *r) {
        INFO(p.indicator->id);
        CHECK(p.meets);
        CHECK(p.stated);
    }
}

// ---- check with projections ---------------------------------------------------------

TEST_CASE("check judges an unstated indicator by its projection and says so", "[projection][check]") {
    Plan plan = example("annex3-fruit-veg-processing");
    remove_indicator(plan, "a3.terminal_sales_cans");
    SECTION("a projection that misses gives the expected-indicator warning at the projection, marked projected") {
        plan.projections[1] = growth("a3.terminal_sales_cans", "8500000", "0.05");
        ProjectedValues pv = projected_values(plan, cat());
        REQUIRE(pv.count("a3.terminal_sales_cans"));
        CHECK(pv.at("a3.terminal_sales_cans").value == R("28136062.5"));
        auto found = findings_of(check_plan(plan, cat(), &pv), "indicator.expected");
        REQUIRE(found.size() == 1);
        CHECK(found[0].path == "/projections/1");
        CHECK(found[0].text.en.find("(projected)") != std::string::npos);
        CHECK(found[0].text.en.find("1,863,937.50") != std::string::npos);
        CHECK(found[0].text.zh.find("预测值") != std::string::npos);
    }
    SECTION("a projection that meets satisfies the indicator") {
        ProjectedValues pv = projected_values(plan, cat());
        CHECK(findings_of(check_plan(plan, cat(), &pv), "indicator.expected").empty());
    }
    SECTION("without projected values the indicator is missing") {
        CHECK(findings_of(check_plan(plan, cat()), "indicator.expected").size() == 1);
    }
}

TEST_CASE("check warns when a stated value is more than its projection gives", "[projection][check]") {
    Plan plan = example("annex3-fruit-veg-processing");
    // Projected: 32,124,288 cans.
    auto& stated = std::find_if(plan.indicators.begin(), plan.indicators.end(), [](const auto& p) {
                       return p.first == "a3.terminal_sales_cans";
                   })->second;
    SECTION("stated at the projection: no warning") {
        stated = D("32124288");
        ProjectedValues pv = projected_values(plan, cat());
        CHECK(findings_of(check_plan(plan, cat(), &pv), "indicator.projection").empty());
    }
    SECTION("stated one can above: a warning with the shortfall") {
        stated = D("32124289");
        ProjectedValues pv = projected_values(plan, cat());
        auto found = findings_of(check_plan(plan, cat(), &pv), "indicator.projection");
        REQUIRE(found.size() == 1);
        CHECK(found[0].severity == Severity::warning);
        CHECK(found[0].path == "/projections/1");
        CHECK(found[0].text.en.find("1 short") != std::string::npos);
        CHECK(found[0].text.en.find("still meets") != std::string::npos);
    }
    SECTION("a stated value that meets while its projection misses says so") {
        stated = D("40000000");
        plan.projections[1] = growth("a3.terminal_sales_cans", "8500000", "0.05");
        ProjectedValues pv = projected_values(plan, cat());
        auto all = check_plan(plan, cat(), &pv);
        auto found = findings_of(all, "indicator.projection");
        REQUIRE(found.size() == 1);
        CHECK(found[0].text.en.find("11,863,937.50 short") != std::string::npos);
        CHECK(found[0].text.en.find("misses the target") != std::string::npos);
        // The stated value is judged, not the projection.
        CHECK(findings_of(all, "indicator.expected").empty());
    }
}

// ---- money metrics ---------------------------------------------------------------------

TEST_CASE("money metrics of the annex 3 example: shares, leverage, USD in CNY, present value", "[metrics]") {
    Plan plan = example("annex3-fruit-veg-processing");
    auto projections = project_valid(plan, cat());
    MoneyMetrics m = money_metrics(plan, cat(), projections);
    Totals t = line_totals(plan);
    CHECK(m.totals.total() == t.total());
    CHECK(*m.fiscal_share + *m.self_raised_share + t.other_fiscal.to_rational() / t.total().to_rational() == 1);
    CHECK(*m.leverage == t.total().to_rational() / t.fiscal.to_rational());
    REQUIRE(m.years.size() == 3);
    CHECK(m.years.back().cumulative.total() == t.total());
    REQUIRE(m.years.back().ratio);
    CHECK(m.years.back().ratio->met());
    REQUIRE(m.usd_indicators.size() == 1);
    CHECK(m.usd_indicators[0].usd == R("15500000"));
    CHECK_FALSE(m.usd_indicators[0].projected);  // stated in the plan
    CHECK(*m.usd_indicators[0].cny == R("102569700"));
    CHECK(*m.fiscal_per_export_usd == t.fiscal.to_rational() / R("15500000"));
    Rational pv = 0;
    Rational d = R("1.08");
    for (std::size_t k = 0; k < m.years.size(); ++k) {
        Rational f = 1;
        for (std::size_t i = 0; i < k; ++i) f *= d;
        pv += m.years[k].totals.total().to_rational() / f;
    }
    // Kept as the exact sum rounded to odd at 12 decimals: the same fen.
    CHECK(*m.present_value == round_to_odd(mp::numerator(pv), mp::denominator(pv), kKeptDecimals));
    CHECK(format_rounded(*m.present_value, 2) == format_rounded(pv, 2));
    CHECK(round_to_fen(R("0.005")) == Money::from_fen(1));
    CHECK(round_to_fen(R("0.00499")) == Money::from_fen(0));
}

// ---- simulation --------------------------------------------------------------------------

TEST_CASE("the simulated chance of meeting a cumulative target matches 1 − F(r*) within three standard errors",
          "[simulation]") {
    const double a = 0.05, b = 0.12, c = 0.20;
    auto base = GENERATE(7500000.0, 7800000.0, 8000000.0, 8500000.0);
    std::string base_text = fmt::format("{:.0f}", base);
    Plan plan = with_projection("annex3-fruit-veg-processing",
                                growth("a3.terminal_sales_cans", base_text.c_str(), "0.12", "0.05", "0.20"));
    auto projections = project(plan, cat());
    REQUIRE(projections.ok());
    SimulationOptions o;
    o.runs = 200'000;
    o.seed = 11;
    Simulation s = simulate(*projections, o);
    double r_star = threshold(
        [&](double r) {
            double g = 1 + r;
            return base * (g + g * g + g * g * g);
        },
        30e6, a, c);
    double exact = 1 - triangular_cdf(r_star, a, b, c);
    double p = to_double(s.indicators[0].p_meet());
    double se = std::sqrt(exact * (1 - exact) / double(o.runs));
    INFO("baseline " << base_text << ": exact " << exact << ", simulated " << p);
    CHECK(std::abs(p - exact) <= 3 * se);
    CHECK(s.indicators[0].random);
}

TEST_CASE("the simulated chance matches the exact one for several targets of one trajectory", "[simulation]") {
    // The same cans trajectory (8,500,000, triangular 5 % / 12 % / 20 %) against targets from 30 to 34 million.
    const double a = 0.05, b = 0.12, c = 0.20;
    auto target = GENERATE(30e6, 31e6, 32e6, 34e6);
    Catalog catalog = builtin_catalog();
    Indicator* cans = nullptr;
    for (auto& annex : catalog.annexes)
        for (auto& ind : annex.indicators)
            if (ind.id == "a3.terminal_sales_cans") cans = &ind;
    REQUIRE(cans);
    cans->bound = Rational(static_cast<long long>(target));
    Plan plan = with_projection("annex3-fruit-veg-processing",
                                growth("a3.terminal_sales_cans", "8500000", "0.12", "0.05", "0.20"));
    auto projections = project(plan, catalog);
    REQUIRE(projections.ok());
    SimulationOptions o;
    o.runs = 200'000;
    o.seed = 99;
    Simulation s = simulate(*projections, o);
    double r_star = threshold(
        [](double r) {
            double g = 1 + r;
            return 8.5e6 * (g + g * g + g * g * g);
        },
        target, a, c);
    double exact = 1 - triangular_cdf(r_star, a, b, c);
    double p = to_double(s.indicators[0].p_meet());
    INFO("target " << target << ": exact " << exact << ", simulated " << p);
    CHECK(exact > 0.02);
    CHECK(exact < 0.98);
    CHECK(std::abs(p - exact) <= 3 * std::sqrt(exact * (1 - exact) / double(o.runs)));
}

TEST_CASE("the simulated chance of meeting a reduction target matches F(r*) for a falling measure", "[simulation]") {
    // a7.financing_cost_reduction_pct ≥ 10 %: met when (1 + r)^3 ≤ 0.9.
    const double a = -0.08, b = -0.05, c = -0.01;
    Plan plan = with_projection("annex7-ecommerce-platform",
                                growth("a7.financing_cost_reduction_pct", "8.5", "-0.05", "-0.08", "-0.01"));
    auto projections = project(plan, cat());
    REQUIRE(projections.ok());
    SimulationOptions o;
    o.runs = 200'000;
    o.seed = 5;
    Simulation s = simulate(*projections, o);
    double r_star = std::cbrt(0.9) - 1;
    double exact = triangular_cdf(r_star, a, b, c);
    double p = to_double(s.indicators[0].p_meet());
    CHECK(std::abs(p - exact) <= 3 * std::sqrt(exact * (1 - exact) / double(o.runs)));
    // A falling measure: the value's P10 comes from the high rates, and P10 ≤ P50 ≤ P90 still.
    const auto& v = s.indicators[0].value;
    CHECK(v.p10 <= v.p50);
    CHECK(v.p50 <= v.p90);
    // Yearly values rise with the rate: their bands are ordered too.
    for (const auto& y : s.indicators[0].yearly) CHECK((y.p10 <= y.p50 && y.p50 <= y.p90));
}

TEST_CASE("the simulated median rate is near the triangular median", "[simulation]") {
    Plan plan = with_projection("annex3-fruit-veg-processing",
                                growth("a3.terminal_sales_cans", "8500000", "0.12", "0.05", "0.20"), 2018);
    auto projections = project(plan, cat());
    REQUIRE(projections.ok());
    SimulationOptions o;
    o.runs = 100'000;
    Simulation s = simulate(*projections, o);
    // One year: value = baseline × (1 + r). The median of triangular(0.05, 0.12, 0.20) solves F(m) = 1/2.
    double m = threshold([](double x) { return triangular_cdf(x, 0.05, 0.12, 0.20); }, 0.5, 0.05, 0.20);
    double p50_rate = to_double(s.indicators[0].value.p50) / 8500000 - 1;
    CHECK(std::abs(p50_rate - m) < 0.001);
    CHECK(s.indicators[0].yearly[0].p50 == s.indicators[0].value.p50);
}

TEST_CASE("a fixed seed gives identical figures on one, two and three threads", "[simulation]") {
    Plan plan = example("annex7-ecommerce-platform");
    plan.projections.push_back(growth("a7.partners", "20", "0.5", "0.3", "0.9"));
    plan.projections.erase(std::find_if(plan.projections.begin(), plan.projections.end(),
                                        [](const Projection& p) { return p.indicator == "a7.partners"; }));
    auto projections = project(plan, cat());
    REQUIRE(projections.ok());
    auto run = [&](unsigned threads) {
        SimulationOptions o;
        o.runs = 3 * kSimulationBlock + 7;
        o.seed = 42;
        o.threads = threads;
        return simulate(*projections, o);
    };
    Simulation one = run(1), two = run(2), three = run(3);
    for (const Simulation* other : {&two, &three}) {
        REQUIRE(other->indicators.size() == one.indicators.size());
        for (std::size_t i = 0; i < one.indicators.size(); ++i) {
            const auto& x = one.indicators[i];
            const auto& y = other->indicators[i];
            CHECK(x.met == y.met);
            CHECK(x.value.p10 == y.value.p10);
            CHECK(x.value.p50 == y.value.p50);
            CHECK(x.value.p90 == y.value.p90);
            for (std::size_t k = 0; k < x.yearly.size(); ++k) CHECK(x.yearly[k].p90 == y.yearly[k].p90);
        }
    }
    SimulationOptions other_seed;
    other_seed.runs = 3 * kSimulationBlock + 7;
    other_seed.seed = 43;
    CHECK(simulate(*projections, other_seed).indicators.back().value.p50 != one.indicators.back().value.p50);
}

TEST_CASE("explicit values and a fixed rate are certain in the simulation", "[simulation]") {
    Plan plan = example("annex3-fruit-veg-processing");
    plan.projections[1] = growth("a3.terminal_sales_cans", "8500000", "0.12");
    auto projections = project(plan, cat());
    REQUIRE(projections.ok());
    SimulationOptions o;
    o.runs = 1;
    Simulation s = simulate(*projections, o);
    for (std::size_t i = 0; i < s.indicators.size(); ++i) {
        CHECK_FALSE(s.indicators[i].random);
        CHECK(s.indicators[i].p_meet() == 1);
        CHECK(s.indicators[i].value.p50 == (*projections)[i].value);
    }
}

TEST_CASE("a run count of 0 or above ten million is refused", "[simulation][bad]") {
    auto runs = GENERATE(std::uint64_t(0), kMaxRuns + 1, std::uint64_t(-1));
    CHECK_FALSE(check_runs(runs).ok());
    CHECK(check_runs(runs).error().message.find("--simulate") != std::string::npos);
    SimulationOptions o;
    o.runs = runs;
    CHECK_THROWS_AS(simulate({}, o), std::invalid_argument);
    CHECK(check_runs(kMaxRuns).ok());
    CHECK(check_runs(1).ok());
}

// ---- bad projections ------------------------------------------------------------------------

namespace {

std::vector<ProjectionIssue> issues_of(const Plan& plan) {
    return projection_issues(plan, cat());
}

void require_one_issue(const Plan& plan, const std::string& path, const std::string& words) {
    auto issues = issues_of(plan);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].path == path);
    INFO(issues[0].text.en);
    CHECK(issues[0].text.en.find(words) != std::string::npos);
    CHECK_FALSE(issues[0].text.zh.empty());
    auto refused = project(plan, cat());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().place.pointer == path);
    // check reports it too, and the other projections still count.
    ProjectedValues pv = projected_values(plan, cat());
    auto found = findings_of(check_plan(plan, cat(), &pv), "projection.invalid");
    REQUIRE(found.size() == 1);
    CHECK(found[0].path == path);
    CHECK(found[0].severity == Severity::error);
}

std::string refusal(const std::function<void(nlohmann::json&)>& edit) {
    auto j = nlohmann::json::parse(read_file(source_path("examples/annex3-fruit-veg-processing.plan.json")));
    edit(j["projections"]);
    auto plan = read_plan(j.dump());
    REQUIRE_FALSE(plan.ok());
    return plan.error().describe();
}

}  // namespace

TEST_CASE("a projection of an indicator the call does not know is refused with the nearest id", "[projection][bad]") {
    Plan plan = example("annex3-fruit-veg-processing");
    plan.projections[0].indicator = "a3.export_usdd";
    require_one_issue(plan, "/projections/0/indicator", "did you mean a3.export_usd?");
}

TEST_CASE("a projection of another annex's indicator is refused", "[projection][bad]") {
    Plan plan = example("annex3-fruit-veg-processing");
    plan.projections[2].indicator = "a1.promotion_mu";
    require_one_issue(plan, "/projections/2/indicator", "annex 1");
}

TEST_CASE("a second projection of the same indicator is refused", "[projection][bad]") {
    Plan plan = example("annex3-fruit-veg-processing");
    plan.projections.push_back(plan.projections[0]);
    require_one_issue(plan, "/projections/3/indicator", "a second time");
}

TEST_CASE("values missing a project year are refused, naming the year", "[projection][bad]") {
    Plan plan = example("annex3-fruit-veg-processing");
    plan.projections[0].values.erase(2019);
    require_one_issue(plan, "/projections/0/values", "no value for 2019");
}

TEST_CASE("values naming a year outside the period are refused, naming the year", "[projection][bad]") {
    Plan plan = example("annex3-fruit-veg-processing");
    plan.projections[2].values.emplace(2021, D("1"));
    require_one_issue(plan, "/projections/2/values", "2021, outside the project period 2018–2020");
}

TEST_CASE("a zero baseline for growth_pct or reduction_pct is refused", "[projection][bad]") {
    Plan plan = example("annex7-ecommerce-platform");
    auto [indicator, index] = GENERATE(
        table<const char*, std::size_t>({{"a7.benefit_growth_pct", 4}, {"a7.financing_cost_reduction_pct", 3}}));
    REQUIRE(plan.projections[index].indicator == indicator);
    plan.projections[index].baseline = D("0");
    require_one_issue(plan, fmt::format("/projections/{}/baseline", index), "must be above zero");
}

TEST_CASE("the plan reader refuses rates at or below −100 % and low/high out of order", "[projection][bad]") {
    CHECK(refusal([](nlohmann::json& p) { p[1]["growth"]["rate"] = "-1"; }).find("/projections/1/growth/rate") !=
          std::string::npos);
    CHECK(refusal([](nlohmann::json& p) { p[1]["growth"]["low"] = "-1.5"; }).find("/projections/1/growth/") !=
          std::string::npos);
    CHECK(refusal([](nlohmann::json& p) { p[1]["growth"]["low"] = "0.13"; }).find("low 0.13 is above rate") !=
          std::string::npos);
    CHECK(refusal([](nlohmann::json& p) { p[1]["growth"]["high"] = "0.11"; }).find("high 0.11 is below rate") !=
          std::string::npos);
}

TEST_CASE("measure_value refuses what projection_issues reports first", "[projection][bad]") {
    CHECK_THROWS_AS(measure_value(Measure::growth_pct, 0, {R("1")}), std::invalid_argument);
    CHECK_THROWS_AS(measure_value(Measure::cumulative, 1, {}), std::invalid_argument);
}

TEST_CASE("projected_values gives project_valid's value and path for each indicator, broken projections skipped",
          "[projection]") {
    auto name = GENERATE(as<std::string>{}, "annex3-fruit-veg-processing", "annex7-ecommerce-platform",
                         "general3-altai-seabuckthorn", "failing/annex3-ratio-one-fen-short");
    CAPTURE(name);
    Plan plan = example(name);
    // A broken second projection of the first indicator, and a relative measure with a fractional growth.
    if (!plan.projections.empty()) plan.projections.push_back(plan.projections.front());
    const Catalog& catalog = builtin_catalog();
    auto full = project_valid(plan, catalog);
    auto values = projected_values(plan, catalog);
    REQUIRE(values.size() == full.size());
    for (const auto& p : full) {
        REQUIRE(values.count(p.indicator->id));
        CHECK(values.at(p.indicator->id).value == p.value);
        CHECK(values.at(p.indicator->id).path == p.path);
    }
}

TEST_CASE("a total of whole and fractional yearly values is exact", "[projection]") {
    std::vector<Rational> yearly = {Rational(3), Rational(1, 3), Rational(-7), Rational(2, 3), Rational(1000000)};
    CHECK(measure_value(Measure::total, 0, yearly) == Rational(999997));
    CHECK(measure_value(Measure::cumulative, 0, {Rational(1, 2)}) == Rational(1, 2));
    CHECK(measure_value(Measure::final_year, 0, yearly) == Rational(1000000));
}

TEST_CASE("a simulated run's figures print as the exact rational powers of its drawn rate over 101 years",
          "[simulation]") {
    // The simulation computed its quantiles as exact rational powers, a gcd of
    // thousands of digits per year: seconds on a 101-year plan. Its whole-number
    // path must still print every figure as the exact value does.
    const std::size_t years = 101;
    const Rational baseline = R("999999999999999999999999999999999999999999999999999999999999");
    for (double rate : {100.0, 0.12, -0.999999, 0.0731}) {
        INFO("rate " << rate);
        std::vector<Rational> exact;
        Rational v = baseline;
        const Rational factor = 1 + Rational(rate);
        for (std::size_t k = 0; k < years; ++k) exact.push_back(v *= factor);
        for (Measure m : {Measure::cumulative, Measure::final_year, Measure::growth_pct, Measure::reduction_pct}) {
            RunFigures run = run_figures(m, baseline, rate, years);
            REQUIRE(run.yearly.size() == years);
            const Rational value = measure_value(m, baseline, exact);
            for (int places : {0, 2, 6, 10}) CHECK(format_rounded(run.value, places) == format_rounded(value, places));
            CHECK(abs(run.value - value) < Rational(BigInt(1), BigInt("1000000000000")));
        }
        RunFigures run = run_figures(Measure::final_year, baseline, rate, years);
        for (std::size_t k = 0; k < years; k += 10) {
            CHECK(format_rounded(run.yearly[k], 6) == format_rounded(exact[k], 6));
            CHECK(format_rounded(run.yearly[k], 2) == format_rounded(exact[k], 2));
        }
    }
}

TEST_CASE("a run's value in double agrees with the exact value within 1e-12 on the 101-year plan", "[simulation]") {
    // The meet test inside a run is in double (docs/projections.md gives the
    // tolerance); every-field-at-maximum.plan.json has the longest period.
    auto plan = read_plan(read_file(source_path("tests/golden/hostile/every-field-at-maximum.plan.json")));
    REQUIRE(plan.ok());
    const std::vector<IndicatorProjection> projections = project_valid(*plan, cat());
    REQUIRE(projections.size() == 1);
    const IndicatorProjection& p = projections.front();
    REQUIRE(p.years.size() == 101);
    REQUIRE(p.growth);
    const double low = to_double(p.growth->low), high = to_double(p.growth->high);
    for (double rate : {low, 0.12, 1.0, 42.42, high}) {
        for (Measure m : {Measure::cumulative, Measure::final_year, Measure::growth_pct, Measure::reduction_pct}) {
            INFO("rate " << rate << ", measure " << int(m));
            const double fast = run_value(m, to_double(p.baseline), rate, int(p.years.size()));
            const double exact = to_double(run_figures(m, p.baseline, rate, p.years.size()).value);
            // Relative 1e-12; near zero (the lowest rate's final value is
            // 1e-546, 0 in double) the figure kept to 12 decimals is the limit.
            CHECK(std::abs(fast - exact) <= 1e-12 * std::abs(exact) + 2e-12);
        }
    }
    // At the plan's own rate, the exact projection and a run's figures are the same numbers.
    RunFigures at_rate = run_figures(p.indicator->measure, p.baseline, to_double(p.growth->rate), p.years.size());
    CHECK(at_rate.value == p.value);
    CHECK(at_rate.yearly == p.yearly);
}

TEST_CASE("the measure to date is each prefix's measure, for every measure", "[projection]") {
    std::vector<Rational> yearly = {Rational(3), Rational(1, 3), Rational(7, 2), Rational(1000000), Rational(1, 6)};
    for (Measure m :
         {Measure::total, Measure::cumulative, Measure::final_year, Measure::growth_pct, Measure::reduction_pct}) {
        auto to_date = measure_to_date(m, Rational(2), yearly);
        REQUIRE(to_date.size() == yearly.size());
        for (std::size_t k = 0; k < yearly.size(); ++k) {
            std::vector<Rational> prefix(yearly.begin(), yearly.begin() + std::ptrdiff_t(k) + 1);
            CHECK(to_date[k] == measure_value(m, Rational(2), prefix));
        }
    }
}
