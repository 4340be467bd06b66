// SPDX-License-Identifier: GPL-3.0-or-later
// Properties of the engine on generated plans: each TEST_CASE runs on plans made
// by a small deterministic generator (seeded std::mt19937, the seed is printed
// on failure), starting from every shipped example and replacing its budget.
#include "categories.h"
#include "test_support.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <random>
#include <set>

#include "cofund/catalog.h"
#include "cofund/plan_io.h"
#include "cofund/rules.h"

using namespace cofund;
using cofund::test::line_sum;
using cofund::test::line_sum_of;
using cofund::test::line_totals;

namespace {

const std::vector<Plan>& example_plans() {
    static const std::vector<Plan> plans = [] {
        std::vector<std::string> paths;
        for (const char* dir : {"examples", "examples/failing"})
            for (const auto& e : std::filesystem::directory_iterator(test::source_path(dir)))
                if (e.path().string().ends_with(".plan.json")) paths.push_back(e.path().string());
        std::sort(paths.begin(), paths.end());
        std::vector<Plan> out;
        for (const auto& p : paths) out.push_back(read_plan(test::read_file(p)).value());
        return out;
    }();
    return plans;
}

// Amounts as plans carry them: mostly round figures, some to the fen, a few huge.
Money random_amount(std::mt19937& rng) {
    std::uniform_int_distribution<int> kind(0, 9);
    switch (kind(rng)) {
        case 0:
            return Money::from_fen(Int(std::uniform_int_distribution<long long>(0, 99)(rng)));
        case 1:
            return Money::from_fen(Int(std::uniform_int_distribution<long long>(0, 99999999999999LL)(rng)));
        case 2:
        case 3:
            return Money::from_fen(Int(std::uniform_int_distribution<long long>(0, 500000000LL)(rng)));
        default:
            return Money::from_yuan(std::uniform_int_distribution<long long>(0, 300)(rng) * 10000);
    }
}

// An example plan with a fresh random budget: 0–40 lines, mostly inside the
// project period, any category and source, in yuan or 万元.
Plan generate_plan(std::uint32_t seed) {
    std::mt19937 rng(seed);
    const auto& bases = example_plans();
    Plan plan = bases[std::uniform_int_distribution<std::size_t>(0, bases.size() - 1)(rng)];
    plan.unit = std::bernoulli_distribution(0.3)(rng) ? AmountUnit::wan : AmountUnit::yuan;
    plan.unit_stated = plan.unit == AmountUnit::wan;
    plan.budget.clear();
    int lines = std::uniform_int_distribution<int>(0, 40)(rng);
    const Project& p = plan.project;
    for (int i = 0; i < lines; ++i) {
        BudgetLine line;
        line.year = std::bernoulli_distribution(0.05)(rng)
                        ? std::uniform_int_distribution<int>(2000, 2100)(rng)
                        : std::uniform_int_distribution<int>(p.start_year, p.end_year)(rng);
        line.category = category_at(std::uniform_int_distribution<int>(0, kCategoryCount - 1)(rng));
        line.source = kSources[std::uniform_int_distribution<int>(0, kSourceCount - 1)(rng)];
        line.amount = random_amount(rng);
        if (std::bernoulli_distribution(0.2)(rng)) line.note = "设备 " + std::to_string(i);
        plan.budget.push_back(std::move(line));
    }
    return plan;
}

// A plan whose budget is in the range where the ratio rules are interesting:
// fiscal inside the class's support range, self-raised around the multiple.
Plan generate_fundable_plan(std::uint32_t seed) {
    Plan plan = generate_plan(seed);
    std::mt19937 rng(seed * 7919u + 1);
    const ClassInfo& k = builtin_catalog().klass(plan.project.klass);
    plan.budget.clear();
    Int lo = k.min_fiscal->fen(), hi = k.max_fiscal->fen();
    Int fiscal = lo + Int(std::uniform_int_distribution<long long>(0, 1000)(rng)) * (hi - lo) / 1000;
    Int self =
        fiscal * std::uniform_int_distribution<int>(0, 400)(rng) / 100 + std::uniform_int_distribution<int>(-2, 2)(rng);
    if (self < 0) self = 0;
    int years = plan.project.years();
    for (int y = 0; y < years; ++y) {
        Int f = fiscal / years + (y == 0 ? fiscal % years : Int(0));
        Int s = self / years + (y == 0 ? self % years : Int(0));
        plan.budget.push_back({plan.project.start_year + y, Cat::equipment, Source::fiscal, Money::from_fen(f)});
        plan.budget.push_back({plan.project.start_year + y, Cat::construction, Source::self, Money::from_fen(s)});
    }
    return plan;
}

std::multiset<std::string> verdict(const Plan& plan) {
    std::multiset<std::string> out;
    for (const auto& f : check_plan(plan, builtin_catalog()))
        if (f.severity != Severity::info) out.insert(f.rule + "/" + std::string(to_id(f.severity)));
    return out;
}

bool has_ratio_error(const Plan& plan) {
    for (const auto& f : check_plan(plan, builtin_catalog()))
        if (f.rule == "cofunding.ratio" && f.severity == Severity::error) return true;
    return false;
}

}  // namespace

TEST_CASE("totals by year, by source and by category agree with the sum of the lines", "[properties]") {
    auto seed = GENERATE(range(1u, 301u));
    CAPTURE(seed);
    Plan plan = generate_plan(seed);
    Money lines, outside;
    for (const auto& l : plan.budget) {
        lines += l.amount;
        if (l.year < plan.project.start_year || l.year > plan.project.end_year) outside += l.amount;
    }
    Money by_source, by_category, by_year, by_year_and_source;
    for (Source s : kSources) by_source += line_sum(plan, std::nullopt, std::nullopt, s);
    for (int c = 0; c < kCategoryCount; ++c)
        by_category += line_sum(plan, std::nullopt, category_at(c), std::nullopt);
    const BudgetSummary summary(plan);
    for (int year : summary.years()) {
        by_year += summary.year(year).totals().total();
        for (Source s : kSources) by_year_and_source += line_sum(plan, year, std::nullopt, s);
    }
    Totals t = line_totals(plan);
    CHECK(t.total() == lines);
    CHECK(by_source == lines);
    CHECK(by_category == lines);
    CHECK(by_year + outside == lines);
    CHECK(by_year_and_source == by_year);
    CHECK(t.fiscal == line_sum(plan, std::nullopt, std::nullopt, Source::fiscal));
    CHECK(t.self_raised == line_sum_of(plan, {Source::self, Source::loan, Source::partner, Source::other}));
    CHECK(static_cast<int>(summary.years().size()) == plan.project.years());
    CHECK(summary.outside().totals().total() == outside);
    CHECK(summary.all().totals().total() == lines);
}

TEST_CASE("a written plan reads back as the same plan", "[properties]") {
    auto seed = GENERATE(range(1u, 301u));
    CAPTURE(seed);
    Plan plan = generate_plan(seed);
    std::string written = write_plan(plan);
    auto back = read_plan(written);
    REQUIRE(back.ok());
    CHECK(write_plan(*back) == written);
    CHECK(line_totals(*back).total() == line_totals(plan).total());
    REQUIRE(back->budget.size() == plan.budget.size());
    for (std::size_t i = 0; i < plan.budget.size(); ++i) CHECK(back->budget[i].amount == plan.budget[i].amount);
}

TEST_CASE("yuan and 万元 convert exactly both ways, to the fen", "[properties][long]") {
    auto seed = GENERATE(range(1u, 1001u));
    CAPTURE(seed);
    std::mt19937 rng(seed);
    Money m = random_amount(rng);
    CAPTURE(m);
    auto via_wan = Money::parse_wan(m.wan_exact());
    REQUIRE(via_wan.ok());
    CHECK(*via_wan == m);
    auto via_yuan = Money::parse_yuan(m.str());
    REQUIRE(via_yuan.ok());
    CHECK(*via_yuan == m);
    CHECK(m.to_rational() * 100 == Rational(BigInt(m.fen().str())));
    // A plan in 万元 written and read keeps every line to the fen.
    Plan plan = generate_plan(seed);
    plan.unit = AmountUnit::wan;
    plan.unit_stated = true;
    plan.budget.push_back({plan.project.start_year, Cat::materials, Source::self, m});
    auto back = read_plan(write_plan(plan));
    REQUIRE(back.ok());
    CHECK(back->budget.back().amount == m);
    CHECK(line_totals(*back).total() == line_totals(plan).total());
}

TEST_CASE("the verdict does not depend on the order of the budget lines", "[properties]") {
    auto seed = GENERATE(range(1u, 201u));
    CAPTURE(seed);
    Plan plan = seed % 2 ? generate_plan(seed) : generate_fundable_plan(seed);
    auto before = verdict(plan);
    auto summary = summarize(check_plan(plan, builtin_catalog()));
    std::mt19937 rng(seed);
    std::shuffle(plan.budget.begin(), plan.budget.end(), rng);
    CHECK(verdict(plan) == before);
    auto after = summarize(check_plan(plan, builtin_catalog()));
    CHECK(after.errors == summary.errors);
    CHECK(after.warnings == summary.warnings);
}

TEST_CASE("adding self-raised money never creates a co-funding ratio error", "[properties]") {
    auto seed = GENERATE(range(1u, 201u));
    CAPTURE(seed);
    Plan plan = seed % 2 ? generate_plan(seed) : generate_fundable_plan(seed);
    if (has_ratio_error(plan)) return;  // the property is about plans that pass
    std::mt19937 rng(seed);
    for (Source s : {Source::self, Source::loan, Source::partner, Source::other}) {
        Plan more = plan;
        more.budget.push_back({plan.project.start_year, Cat::materials, s, random_amount(rng)});
        CAPTURE(to_id(s));
        CHECK_FALSE(has_ratio_error(more));
    }
}

TEST_CASE("cutting fiscal money inside the support range never creates a co-funding ratio error", "[properties]") {
    auto seed = GENERATE(range(1u, 201u));
    CAPTURE(seed);
    Plan plan = generate_fundable_plan(seed);
    if (has_ratio_error(plan)) return;
    const ClassInfo& k = builtin_catalog().klass(plan.project.klass);
    Money fiscal = line_sum(plan, std::nullopt, std::nullopt, Source::fiscal);
    REQUIRE(fiscal >= *k.min_fiscal);
    std::mt19937 rng(seed);
    // Cut up to the room above the minimum, from one fiscal line.
    Int room = (fiscal - *k.min_fiscal).fen();
    for (auto& line : plan.budget) {
        if (line.source != Source::fiscal || line.amount.is_zero()) continue;
        Int most = std::min(room, line.amount.fen());
        Int cut = most * std::uniform_int_distribution<int>(0, 1000)(rng) / 1000;
        line.amount -= Money::from_fen(cut);
        break;
    }
    CHECK(line_sum(plan, std::nullopt, std::nullopt, Source::fiscal) >= *k.min_fiscal);
    CHECK_FALSE(has_ratio_error(plan));
}

TEST_CASE("an amount in 万元 too large to write in yuan is refused", "[properties][regression]") {
    // Regression (found by fuzz_money): parse_wan took 20 digits before the point,
    // so "051110510051110510.01" 万元 read fine but its yuan text (21 digits) did
    // not; every amount read in one unit must be writable and readable in both.
    CHECK_FALSE(Money::parse_wan("051110510051110510.01").ok());
    CHECK_FALSE(Money::parse_wan("12345678901234567").ok());
    auto largest = Money::parse_wan("9999999999999999.999999");
    REQUIRE(largest.ok());
    auto as_yuan = Money::parse_yuan(largest->str());
    REQUIRE(as_yuan.ok());
    CHECK(*as_yuan == *largest);
    CHECK(Money::parse_wan(largest->wan_exact()).value() == *largest);
}

TEST_CASE("a plan over the longest period, 2000–2100, has totals for every year", "[properties][regression]") {
    // Regression (found by fuzz_check): the yearly totals and the running totals gave
    // nothing for periods longer than 100 years, but the reader allows
    // 2000–2100, 101 years; every line of such a plan fell out of the yearly totals.
    Plan plan = example_plans().front();
    plan.project.start_year = 2000;
    plan.project.end_year = 2100;
    plan.budget = {{2000, Cat::equipment, Source::fiscal, Money::from_yuan(1)},
                   {2100, Cat::construction, Source::self, Money::from_yuan(2)}};
    const BudgetSummary summary(plan);
    REQUIRE(summary.years().size() == 101);
    CHECK(summary.year(2000).totals().fiscal == Money::from_yuan(1));
    CHECK(summary.year(2100).totals().self_raised == Money::from_yuan(2));
    const Source self[] = {Source::self};
    auto cumulative = summary.cumulative(self);
    REQUIRE(cumulative.size() == 101);
    CHECK(cumulative.back() == Money::from_yuan(2));
    CHECK(!summary.has_outside());
}

TEST_CASE("a projection year with a leading zero is refused, so that written plans read back",
          "[properties][regression]") {
    // Regression (found by fuzz_plan_reader): "0068" passed as a four-digit year,
    // was stored as 68 and written back as "68", which the reader refuses, so a
    // plan it had accepted could not be saved and opened again.
    std::string text = test::read_file(test::source_path("examples/annex3-fruit-veg-processing.plan.json"));
    auto at = text.find("\"values\": {\"2018\"");
    REQUIRE(at != std::string::npos);
    text.replace(at + 12, 4, "0068");
    auto plan = read_plan(text);
    REQUIRE_FALSE(plan.ok());
    CHECK_THAT(plan.error().message, Catch::Contains("\"0068\" is not a year"));
    CHECK(plan.error().place.pointer == "/projections/0/values/0068");
}
