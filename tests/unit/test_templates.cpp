// SPDX-License-Identifier: GPL-3.0-or-later
#include "test_support.h"

#include <algorithm>
#include <set>

#include "cofund/plan_edit.h"
#include "cofund/plan_io.h"
#include "cofund/planner/files.h"
#include "cofund/planner/templates.h"
#include "cofund/rules.h"

using namespace cofund;
using namespace cofund::planner;

namespace {
bool has(const std::vector<Finding>& f, const std::string& rule) {
    return std::any_of(f.begin(), f.end(), [&](const Finding& x) { return x.rule == rule; });
}
}  // namespace

TEST_CASE("a fresh template for every annex loads and checks as the applicant's to-do list", "[templates]") {
    int annex = GENERATE(range(1, 8));
    auto plan = make_template(builtin_catalog(), annex, std::nullopt);
    REQUIRE(plan.ok());
    auto again = parse_plan(write_plan(*plan), builtin_catalog());
    REQUIRE(again.ok());
    CHECK(write_plan(*again) == write_plan(*plan));
    for (const auto& ind : builtin_catalog().annex(annex)->indicators) CHECK(again->indicator(ind.id) != nullptr);
    // Every task of the annex, in the call's order, so task.coverage is met from the start.
    const auto& tasks = builtin_catalog().annex(annex)->tasks;
    REQUIRE(again->tasks.size() == tasks.size());
    for (std::size_t k = 0; k < tasks.size(); ++k) CHECK(again->tasks[k].id == tasks[k].id);
    auto f = check_plan(*again, builtin_catalog());
    CHECK(has(f, "support.range"));
    CHECK(has(f, "eligibility.agreement"));
    CHECK(has(f, "eligibility.foreign_partner"));
    CHECK(has(f, "indicator.binding"));
    CHECK(has(f, "indicator.patent"));
    CHECK_FALSE(has(f, "task.coverage"));
    CHECK_FALSE(has(f, "task.unknown"));
    // An example basis for each category reviewers expect one for, quantities at zero: basis.item asks for them.
    int examples = 0;
    for (const auto& line : again->budget)
        if (!line.basis.empty()) {
            ++examples;
            CHECK(line.year == again->project.start_year);
            CHECK(line.source == Source::fiscal);
            CHECK(builtin_catalog().basis->expects(line.category));
            CHECK(line.amount.is_zero());
        }
    CHECK(examples == 7);  // equipment, materials, testing, travel, international, labor, experts
    CHECK(has(f, "basis.item"));
    CHECK_FALSE(has(f, "basis.sum"));
    CHECK_FALSE(has(f, "basis.missing"));
}

TEST_CASE("a fresh template for every general direction loads", "[templates]") {
    int direction = GENERATE(range(1, 5));
    auto plan = make_template(builtin_catalog(), std::nullopt, direction);
    REQUIRE(plan.ok());
    auto again = parse_plan(write_plan(*plan), builtin_catalog());
    REQUIRE(again.ok());
    CHECK(again->project.direction == direction);
    CHECK_FALSE(again->tasks_stated);
    CHECK(again->budget.size() == 3u * 8u * 2u);
}

TEST_CASE("a template for an annex the call does not have is refused", "[templates]") {
    CHECK_FALSE(make_template(builtin_catalog(), 8, std::nullopt).ok());
    CHECK_FALSE(make_template(builtin_catalog(), std::nullopt, 5).ok());
}

TEST_CASE("the built-in example is the annex 3 example and passes", "[templates]") {
    auto plan = parse_plan(builtin_example_text(), builtin_catalog());
    REQUIRE(plan.ok());
    CHECK(plan->project.annex == 3);
    CHECK(summarize(check_plan(*plan, builtin_catalog())).ok(true));
}

TEST_CASE("a fresh template gives every line an id of its own, so the plan's ids are stable from its first file",
          "[templates][ids]") {
    for (int annex : {1, 3, 7}) {
        CAPTURE(annex);
        Plan plan = planner::make_template(builtin_catalog(), annex, std::nullopt, 2018).value();
        std::set<std::string> ids;
        for (const auto& line : plan.budget) {
            CHECK(is_short_id(line.id));
            ids.insert(line.id);
        }
        CHECK(ids.size() == plan.budget.size());
        CHECK(plan.budget.front().id == "L1");
        // Read back, the ids are kept, and giving ids again gives none.
        Plan back = read_plan(write_plan(plan)).value();
        CHECK(back.budget.back().id == plan.budget.back().id);
        CHECK(give_ids(back) == 0);
    }
}

TEST_CASE("a fresh Hebei template asks for its five indicators by year as zero placeholders", "[templates][targets]") {
    const Catalog hebei = read_catalog(test::read_file(test::source_path("data/hb-zyyd-2026.json"))).value();
    for (const char* klass : {"regional", "base", "transfer", "basic"}) {
        CAPTURE(klass);
        Plan plan = make_template(hebei, std::string(klass), std::nullopt, std::nullopt, 2026).value();
        REQUIRE(plan.targets.size() == 5);  // hb.all.indicators: at least 5
        for (const Target& t : plan.targets) {
            CHECK(t.total.value == 0);
            CHECK(static_cast<int>(t.years.size()) == plan.project.years());
            CHECK(t.in_year(plan.project.start_year) != nullptr);
            CHECK_FALSE(t.name.empty());
        }
        auto again = parse_plan(write_plan(plan), hebei);
        REQUIRE(again.ok());
        CHECK(write_plan(*again) == write_plan(plan));
        auto f = check_plan(*again, hebei);
        CHECK_FALSE(has(f, "indicator.count"));
        CHECK_FALSE(has(f, "indicator.by_year"));
        CHECK_FALSE(has(f, "indicator.year"));
    }
    // The 2018 call asks for no targets: its templates write none.
    CHECK(make_template(builtin_catalog(), 3, std::nullopt).value().targets.empty());
}
