// SPDX-License-Identifier: GPL-3.0-or-later
// The annexes' tasks in a plan: the three task rules at their boundaries, and
// the budget by task the summary makes.
#include "categories.h"
#include "test_support.h"

#include <algorithm>

#include "cofund/plan_io.h"
#include "cofund/rules.h"
#include "cofund/summary.h"

using namespace cofund;
using cofund::test::example;
using cofund::test::findings_of;
using cofund::test::yuan;

namespace {

void set_tasks(Plan& plan, std::initializer_list<const char*> ids) {
    plan.tasks.clear();
    plan.tasks_stated = true;
    for (const char* id : ids) plan.tasks.push_back(PlanTask{id, "", "", Extra::object()});
}

void clear_line_tasks(Plan& plan) {
    for (auto& l : plan.budget) l.task.clear();
}

// Every finding in three languages: Russian in Cyrillic, each carrying the task ids the English one names.
void check_languages(const std::vector<Finding>& fs) {
    for (const auto& f : fs) {
        INFO(f.rule << ": " << f.text.en);
        CHECK_FALSE(f.text.zh.empty());
        CHECK_FALSE(f.text.ru.empty());
        CHECK(f.text.ru != f.text.en);
        for (std::size_t at = f.text.en.find(".t"); at != std::string::npos; at = f.text.en.find(".t", at + 1)) {
            std::size_t from = f.text.en.rfind('a', at);
            std::string id = f.text.en.substr(from, at + 3 - from);
            CHECK(f.text.zh.find(id) != std::string::npos);
            CHECK(f.text.ru.find(id) != std::string::npos);
        }
    }
}

}  // namespace

TEST_CASE("task.coverage: a whole key project lists all of its annex's tasks, or each missing one is an error",
          "[rules][task.coverage]") {
    Plan plan = example("annex3-fruit-veg-processing");
    clear_line_tasks(plan);
    SECTION("all three tasks: no finding") {
        set_tasks(plan, {"a3.t1", "a3.t2", "a3.t3"});
        CHECK(findings_of(plan, "task.coverage").empty());
    }
    SECTION("in any order: no finding") {
        set_tasks(plan, {"a3.t3", "a3.t1", "a3.t2"});
        CHECK(findings_of(plan, "task.coverage").empty());
    }
    SECTION("one missing: one error naming it with the call's words") {
        set_tasks(plan, {"a3.t1", "a3.t3"});
        auto f = findings_of(plan, "task.coverage");
        REQUIRE(f.size() == 1);
        CHECK(f[0].severity == Severity::error);
        CHECK(f[0].clause == "main.req.3");
        CHECK(f[0].path == "/tasks");
        CHECK_THAT(f[0].text.en, Catch::Contains("task a3.t2 of annex 3"));
        CHECK_THAT(f[0].text.en, Catch::Contains("集成发酵、低温加工和等压杀菌等技术"));
        CHECK_THAT(f[0].text.zh, Catch::Contains("未覆盖附件3的任务2（a3.t2"));
        CHECK_THAT(f[0].text.ru, Catch::Contains("задача a3.t2 приложения 3"));
        CHECK_THAT(f[0].text.ru, Catch::Contains("все 3 задачи"));
        check_languages(f);
    }
    SECTION("an empty list: an error for each task") {
        set_tasks(plan, {});
        auto f = findings_of(plan, "task.coverage");
        REQUIRE(f.size() == 3);
        CHECK(std::all_of(f.begin(), f.end(), [](const Finding& x) { return x.severity == Severity::error; }));
        CHECK(summarize(check_plan(plan, builtin_catalog())).errors >= 3);
    }
    SECTION("another annex's tasks do not stand in for the annex's own") {
        set_tasks(plan, {"a4.t1", "a4.t2", "a4.t3"});
        CHECK(findings_of(plan, "task.coverage").size() == 3);
    }
    SECTION("no tasks member at all: a warning only, naming the annex's three tasks") {
        plan.tasks.clear();
        plan.tasks_stated = false;
        auto f = findings_of(plan, "task.coverage");
        REQUIRE(f.size() == 1);
        CHECK(f[0].severity == Severity::warning);
        CHECK(f[0].text.en ==
              "this plan does not say which of annex 3's 3 tasks it covers; a key project must cover all of them — "
              "list them in tasks: a3.t1, a3.t2, a3.t3");
        check_languages(f);
        CHECK(summarize(check_plan(plan, builtin_catalog())).errors == 0);
    }
}

TEST_CASE("task.coverage: each annex's whole project needs its own number of tasks (3 or 4)",
          "[rules][task.coverage]") {
    auto [name, count] = GENERATE(table<std::string, std::size_t>({{"annex1-agri-center", 3},
                                                                   {"annex2-agri-research-center", 3},
                                                                   {"annex3-fruit-veg-processing", 3},
                                                                   {"annex4-livestock-center", 3},
                                                                   {"annex5-remote-sensing", 4},
                                                                   {"annex6-digital-tourism", 3},
                                                                   {"annex7-ecommerce-platform", 4}}));
    Plan plan = example(name);
    clear_line_tasks(plan);
    const Annex* a = builtin_catalog().annex(*plan.project.annex);
    REQUIRE(a->tasks.size() == count);
    plan.tasks.clear();
    plan.tasks_stated = true;
    for (const auto& t : a->tasks) plan.tasks.push_back(PlanTask{t.id, "", "", Extra::object()});
    CHECK(findings_of(plan, "task.coverage").empty());
    plan.tasks.pop_back();  // the last one missing
    auto f = findings_of(plan, "task.coverage");
    REQUIRE(f.size() == 1);
    CHECK_THAT(f[0].text.en, Catch::Contains(a->tasks.back().id));
    CHECK_THAT(f[0].text.en, Catch::Contains(a->tasks.back().words));
    check_languages(f);
}

TEST_CASE("task.coverage: an annex 4 subproject lists at least one of its tasks and is not held to the rest",
          "[rules][task.coverage]") {
    Plan plan = example("annex4-livestock-center");
    clear_line_tasks(plan);
    plan.project.scope = Scope::subproject;
    plan.project.scope_stated = true;
    SECTION("one task: no finding") {
        set_tasks(plan, {"a4.t2"});
        CHECK(findings_of(plan, "task.coverage").empty());
    }
    SECTION("none: an error") {
        set_tasks(plan, {});
        auto f = findings_of(plan, "task.coverage");
        REQUIRE(f.size() == 1);
        CHECK(f[0].severity == Severity::error);
        CHECK(f[0].clause == "main.req.3");
        CHECK_THAT(f[0].text.en, Catch::Contains("a subproject of annex 4 covers at least one of its 3 tasks"));
        check_languages(f);
    }
    SECTION("only another annex's task: an error, and task.unknown names it") {
        set_tasks(plan, {"a3.t1"});
        CHECK(findings_of(plan, "task.coverage").size() == 1);
        CHECK(findings_of(plan, "task.unknown").size() == 1);
    }
    SECTION("no tasks member: a warning only") {
        plan.tasks.clear();
        plan.tasks_stated = false;
        auto f = findings_of(plan, "task.coverage");
        REQUIRE(f.size() == 1);
        CHECK(f[0].severity == Severity::warning);
        CHECK_THAT(f[0].text.en, Catch::Contains("this subproject does not say which of annex 4's 3 tasks"));
        check_languages(f);
    }
}

TEST_CASE("task.coverage does not apply to general projects", "[rules][task.coverage]") {
    Plan plan = example("general1-solar-om-training");
    CHECK(findings_of(plan, "task.coverage").empty());
}

TEST_CASE("task.unknown: an id the annex lacks gets the nearest id, another annex's id gets its annex",
          "[rules][task.unknown]") {
    Plan plan = example("annex3-fruit-veg-processing");
    clear_line_tasks(plan);
    set_tasks(plan, {"a3.t1", "a3.t2", "a3.t3"});
    CHECK(findings_of(plan, "task.unknown").empty());
    SECTION("a typo in tasks") {
        set_tasks(plan, {"a3.t1", "a3.t2", "a3.t3", "a3.t7"});
        auto f = findings_of(plan, "task.unknown");
        REQUIRE(f.size() == 1);
        CHECK(f[0].severity == Severity::warning);
        CHECK(f[0].path == "/tasks/3/id");
        CHECK(f[0].text.en == "tasks entry 4: unknown task \"a3.t7\"; did you mean \"a3.t3\"?");
        check_languages(f);
    }
    SECTION("another annex's id on a budget line") {
        plan.budget[1].task = "a7.t4";
        auto f = findings_of(plan, "task.unknown");
        REQUIRE(f.size() == 1);
        CHECK(f[0].path == "/budget/1/task");
        CHECK(f[0].text.en ==
              "budget line 2: task a7.t4 belongs to annex 7, not to this plan's annex 3; use one of annex 3's tasks: "
              "a3.t1, a3.t2, a3.t3");
        check_languages(f);
    }
    SECTION("nothing near: the annex's ids are listed") {
        plan.budget[0].task = "processing";
        auto f = findings_of(plan, "task.unknown");
        REQUIRE(f.size() == 1);
        CHECK(f[0].text.en == "budget line 1: unknown task \"processing\"; annex 3's tasks are a3.t1, a3.t2, a3.t3");
    }
    SECTION("the annex's task on a line, but not in the plan's tasks") {
        set_tasks(plan, {"a3.t1", "a3.t2"});
        plan.budget[0].task = "a3.t3";
        auto f = findings_of(plan, "task.unknown");
        REQUIRE(f.size() == 1);
        CHECK(f[0].path == "/budget/0/task");
        CHECK_THAT(f[0].text.en, Catch::Contains("task a3.t3 is not in the plan's tasks"));
        check_languages(f);
    }
    SECTION("a line's task with no tasks member: only task.coverage's warning") {
        plan.tasks.clear();
        plan.tasks_stated = false;
        plan.budget[0].task = "a3.t3";
        CHECK(findings_of(plan, "task.unknown").empty());
    }
}

TEST_CASE("task.unknown: a general project has no tasks in the call", "[rules][task.unknown]") {
    Plan plan = example("general1-solar-om-training");
    CHECK(findings_of(plan, "task.unknown").empty());
    SECTION("a tasks member") {
        set_tasks(plan, {"a1.t1"});
        auto f = findings_of(plan, "task.unknown");
        REQUIRE(f.size() == 1);
        CHECK(f[0].path == "/tasks");
        CHECK_THAT(f[0].text.en, Catch::Contains("general projects have no tasks in the call"));
        check_languages(f);
    }
    SECTION("a line's task only") {
        plan.budget[2].task = "a1.t1";
        auto f = findings_of(plan, "task.unknown");
        REQUIRE(f.size() == 1);
        CHECK(f[0].path == "/budget/2/task");
    }
}

TEST_CASE("task.budget: once lines name tasks, a listed task without a line is a warning", "[rules][task.budget]") {
    Plan plan = example("annex3-fruit-veg-processing");
    clear_line_tasks(plan);
    set_tasks(plan, {"a3.t1", "a3.t2", "a3.t3"});
    REQUIRE(plan.budget.size() >= 3);
    SECTION("no line names a task: no finding") {
        CHECK(findings_of(plan, "task.budget").empty());
    }
    SECTION("every listed task has a line: no finding") {
        plan.budget[0].task = "a3.t1";
        plan.budget[1].task = "a3.t2";
        plan.budget[2].task = "a3.t3";
        CHECK(findings_of(plan, "task.budget").empty());
    }
    SECTION("one listed task without a line: one warning at its entry") {
        plan.budget[0].task = "a3.t1";
        plan.budget[1].task = "a3.t1";
        plan.budget[2].task = "a3.t2";
        auto f = findings_of(plan, "task.budget");
        REQUIRE(f.size() == 1);
        CHECK(f[0].severity == Severity::warning);
        CHECK(f[0].path == "/tasks/2");
        CHECK(f[0].text.en ==
              "task a3.t3 (industrial demonstration of deep processing) has no budget line: 3 line(s) name tasks, "
              "none of them a3.t3; give it its lines (\"task\": \"a3.t3\") or take it out of tasks");
        CHECK_THAT(f[0].text.ru, Catch::Contains("в 3 строках бюджета"));
        check_languages(f);
    }
}

TEST_CASE("the budget by task adds up to the whole plan, lines without a task in their own entry", "[summary][tasks]") {
    Plan plan = example("annex3-fruit-veg-processing");
    clear_line_tasks(plan);
    set_tasks(plan, {"a3.t1", "a3.t2", "a3.t3"});
    CHECK(BudgetSummary(plan).by_task().empty());
    plan.budget[0].task = "a3.t2";
    plan.budget[1].task = "a9.t9";
    const BudgetSummary s(plan);
    const auto& by = s.by_task();
    REQUIRE(by.size() == 5);  // the three listed, the unknown one a line names, then the lines without a task
    CHECK(by[0].task == "a3.t1");
    CHECK(by[0].sums.totals().total().is_zero());
    CHECK(by[1].task == "a3.t2");
    CHECK(by[1].sums.totals().total() == plan.budget[0].amount);
    CHECK(by[3].task == "a9.t9");
    CHECK(by[3].sums.totals().total() == plan.budget[1].amount);
    CHECK(by[4].task.empty());
    Totals sum;
    for (const auto& t : by) sum += t.sums.totals();
    CHECK(sum.fiscal == s.all().totals().fiscal);
    CHECK(sum.other_fiscal == s.all().totals().other_fiscal);
    CHECK(sum.self_raised == s.all().totals().self_raised);
}

TEST_CASE("direct costs are every category but indirect costs, on the sides asked for", "[summary]") {
    Plan plan = example("annex3-fruit-veg-processing");
    plan.budget.clear();
    auto line = [&](Category c, Source s, const char* amount) {
        BudgetLine l;
        l.year = 2018;
        l.category = c;
        l.source = s;
        l.amount = yuan(amount);
        plan.budget.push_back(l);
    };
    line(Cat::equipment, Source::fiscal, "100000.01");
    line(Cat::labor, Source::other_fiscal, "200.00");
    line(Cat::travel, Source::self, "3000.00");
    line(Cat::indirect, Source::fiscal, "999.99");
    line(Cat::indirect, Source::loan, "0.01");
    const BudgetSummary summary(plan);
    const Sums& s = summary.all();
    CHECK(s.direct(kFiscalSide, builtin_catalog()) == yuan("100200.01"));
    CHECK(s.direct(kSelfSide, builtin_catalog()) == yuan("3000.00"));
    CHECK(s.direct(kSources, builtin_catalog()) == yuan("103200.01"));
    // Direct and indirect make the whole, to the fen.
    CHECK(s.direct(kSources, builtin_catalog()) + s.of(Cat::indirect) == s.totals().total());
}
