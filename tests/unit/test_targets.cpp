// SPDX-License-Identifier: GPL-3.0-or-later
// A plan's indicators with targets by year (`targets`) and the rule kind
// `indicators` of a call (Hebei 2026's hb.all.indicators): the reader, the
// writer, the catalog's refusals and the rules' boundaries.
#include <fmt/format.h>

#include <filesystem>
#include <set>

#include "cofund/plan_io.h"
#include "cofund/targets.h"
#include "test_support.h"

using namespace cofund;
using cofund::test::read_file;
using cofund::test::source_path;

namespace {

const std::string kHebeiPath = "data/hb-zyyd-2026.json";

const Catalog& hebei() {
    static const Catalog c = [] {
        auto read = read_catalog(read_file(source_path(kHebeiPath)));
        if (!read) throw std::runtime_error("data/hb-zyyd-2026.json does not read: " + read.error().describe());
        return std::move(read).value();
    }();
    return c;
}

// A Hebei plan (2026–2027) with these targets, the rest of a passing base plan.
std::string hebei_plan(const std::string& targets, int end_year = 2027) {
    return R"({
  "format": "cofund-plan/1",
  "call": "hb-zyyd-2026",
  "project": {"title": "测试", "class": "base", "start_year": 2026, "end_year": )" +
           std::to_string(end_year) + R"(},
  "applicant": {"name": "河北某公司", "type": "enterprise", "registered_in_region": true,
                "cooperation_agreement": true},
  "budget": [{"year": 2026, "category": "business", "source": "fiscal", "amount": "100.00"}],
  "targets": )" +
           targets + "\n}";
}

Plan read_hebei(const std::string& text) {
    auto plan = read_plan(text, hebei());
    INFO((plan.ok() ? std::string() : plan.error().describe()));
    REQUIRE(plan.ok());
    return std::move(plan).value();
}

Error hebei_refusal(const std::string& targets) {
    auto plan = read_plan(hebei_plan(targets), hebei());
    REQUIRE_FALSE(plan.ok());
    return plan.error();
}

std::vector<Finding> targets_findings(const Plan& plan, const std::string& rule) {
    std::vector<Finding> out;
    for (auto& f : check_plan(plan, hebei()))
        if (f.rule == rule) out.push_back(f);
    return out;
}

// `n` indicators of total 2, each 1 a year: they meet the rule.
std::string passing_targets(int n) {
    std::string s = "[";
    for (int i = 1; i <= n; ++i)
        s += (i > 1 ? ", " : "") + std::string(R"({"id": "i)") + std::to_string(i) +
             R"(", "name": "指标", "total": "2", "years": {"2026": "1", "2027": "1"}})";
    return s + "]";
}

// Four passing indicators and, first, the one under test.
std::string with_first(const std::string& target) {
    return "[" + target + ", " + passing_targets(4).substr(1);
}

}  // namespace

TEST_CASE("targets read with their yearly values, exactly, and write back unchanged", "[targets][reader]") {
    const std::string text = hebei_plan(
        R"([{"id": "papers", "name": "发表论文", "unit": "篇", "total": "6", "years": {"2026": "3", "2027": 3}, "x-keep": [1]},
  {"id": "water", "name": "亩均节水", "total": 37.5, "years": {"2027": "18.70", "2026": "18.8"}}])");
    Plan plan = read_hebei(text);
    REQUIRE(plan.targets_stated);
    REQUIRE(plan.targets.size() == 2);
    CHECK(plan.targets[0].unit == "篇");
    CHECK(plan.targets[0].total.value == 6);
    CHECK(plan.targets[0].in_year(2027)->text == "3");
    CHECK(plan.targets[1].total.text == "37.5");
    CHECK(plan.targets[1].in_year(2027)->value == Rational(187, 10));
    CHECK(plan.targets[1].in_year(2027)->text == "18.70");  // as written
    CHECK(plan.targets[1].in_year(2028) == nullptr);
    const std::string written = write_plan(plan);
    CHECK_THAT(written, Catch::Contains(R"("x-keep": [)"));
    Plan again = read_hebei(written);
    CHECK(write_plan(again) == written);
    // Years are written in year order.
    CHECK(written.find("\"2026\": \"18.8\"") < written.find("\"2027\": \"18.70\""));
}

TEST_CASE("a plan without targets reads and writes as before, and an empty list stays empty", "[targets][reader]") {
    Plan plain = test::example();
    CHECK_FALSE(plain.targets_stated);
    CHECK(write_plan(plain).find("\"targets\"") == std::string::npos);
    Plan empty = read_hebei(hebei_plan("[]"));
    CHECK(empty.targets_stated);
    CHECK(write_plan(empty).find("\"targets\": []") != std::string::npos);
}

TEST_CASE("every Hebei example's targets write back as written, and the plan reads back the same",
          "[targets][reader][examples]") {
    for (const auto& dir : {"examples/hb-zyyd-2026", "examples/hb-zyyd-2026/failing"})
        for (const auto& entry : std::filesystem::directory_iterator(source_path(dir))) {
            if (entry.path().extension() != ".json") continue;
            INFO(entry.path().string());
            const std::string text = read_file(entry.path().string());
            Plan plan = read_hebei(text);
            CHECK(plan.targets.size() >= 4);
            const std::string written = write_plan(plan);
            CHECK(nlohmann::ordered_json::parse(written)["targets"] == nlohmann::ordered_json::parse(text)["targets"]);
            CHECK(write_plan(read_hebei(written)) == written);
        }
}

TEST_CASE("a call's own indicator may have yearly targets without a name, and its total is its stated value",
          "[targets][reader]") {
    // The 2018 call's a3.lactic_strains brings its name and unit.
    std::string text = read_file(source_path("examples/annex3-fruit-veg-processing.plan.json"));
    const auto at = text.find("\"budget\"");
    REQUIRE(at != std::string::npos);
    text.insert(at, R"("targets": [{"id": "a3.lactic_strains", "total": "2", "years": {"2018": "1", "2020": "1"}}], )");
    auto plan = read_plan(text);
    REQUIRE(plan.ok());
    REQUIRE(plan->targets.size() == 1);
    CHECK(plan->targets[0].name.empty());
    CHECK(target_name(plan->targets[0], builtin_catalog(), Lang::zh) ==
          builtin_catalog().indicator("a3.lactic_strains")->name.zh);
    CHECK_FALSE(target_unit(plan->targets[0], builtin_catalog(), Lang::en).empty());
    // The 2018 call has no rule of kind indicators: the targets change no verdict.
    auto before = check_plan(test::example(), builtin_catalog());
    auto after = check_plan(*plan, builtin_catalog());
    CHECK(after.size() == before.size());
    // Stated only as a target, the indicator's value is the target's total.
    test::remove_indicator(*plan, "a3.lactic_strains");
    REQUIRE(plan->indicator("a3.lactic_strains") == &plan->targets[0].total);
    CHECK(test::findings_of(*plan, "indicator.binding").empty());
    plan->targets[0].total = Decimal{"0", 0};
    auto missed = test::findings_of(*plan, "indicator.binding");
    REQUIRE(missed.size() == 1);
    CHECK(missed[0].path == "/targets/0/total");
}

TEST_CASE("bad targets are refused at their line, column and pointer", "[targets][reader]") {
    struct Case {
        std::string targets, pointer, words;
    };
    const Case cases[] = {
        {R"({"id": "x"})", "/targets", "expected an array, found an object"},
        {R"(["papers"])", "/targets/0", "expected an object, found a string"},
        {R"([{"name": "论文", "total": "1"}])", "/targets/0", "missing required field \"id\""},
        {R"([{"id": "发表论文", "name": "论文", "total": "1"}])", "/targets/0/id", "1 to 32 Latin letters"},
        {R"([{"id": "papers", "total": "1"}])", "/targets/0", "missing required field \"name\""},
        {R"([{"id": "papers", "name": " ", "total": "1"}])", "/targets/0/name", "must not be empty"},
        {R"([{"id": "papers", "name": "论文"}])", "/targets/0", "missing required field \"total\""},
        {R"([{"id": "papers", "name": "论文", "total": "six"}])", "/targets/0/total", "malformed number \"six\""},
        {R"([{"id": "papers", "name": "论文", "total": true}])", "/targets/0/total", "expected a decimal string"},
        {R"([{"id": "papers", "name": "论文", "total": "-1"}])", "/targets/0/total", "a target is never negative"},
        {R"([{"id": "papers", "name": "论文", "total": "6", "years": {"2026": "-0.5"}}])", "/targets/0/years/2026",
         "a target is never negative"},
        {R"([{"id": "papers", "name": "论文", "total": "6", "years": {"2026": "三"}}])", "/targets/0/years/2026",
         "malformed number"},
        {R"([{"id": "papers", "name": "论文", "total": "6", "years": {"26": "3"}}])", "/targets/0/years/26",
         "is not a year 2000–2100"},
        {R"([{"id": "papers", "name": "论文", "total": "6", "years": {"02026": "3"}}])", "/targets/0/years/02026",
         "is not a year"},
        {R"([{"id": "papers", "name": "论文", "total": "6", "years": {"1999": "3"}}])", "/targets/0/years/1999",
         "is not a year 2000–2100"},
        {R"([{"id": "papers", "name": "论文", "total": "6", "years": ["3", "3"]}])", "/targets/0/years",
         "expected an object, found an array"},
        {R"([{"id": "papers", "name": "论文", "total": "1"}, {"id": "patents", "name": "专利", "total": "1"},
              {"id": "papers", "name": "论文", "total": "2"}])",
         "/targets/2/id", "indicator id \"papers\" is already the id of /targets/0"},
    };
    for (const auto& c : cases) {
        INFO(c.targets);
        Error e = hebei_refusal(c.targets);
        CHECK(e.place.pointer == c.pointer);
        CHECK(e.place.line.has_value());
        CHECK_THAT(e.message, Catch::Contains(c.words));
    }
    // In three languages.
    Error dup = hebei_refusal(R"([{"id": "a", "name": "x", "total": "1"}, {"id": "a", "name": "y", "total": "1"}])");
    CHECK_THAT(dup.words().zh, Catch::Contains("已是 /targets/0 的 id"));
    CHECK(test::has_cyrillic(dup.words().ru));
}

TEST_CASE("the first-year share binds at exactly 50 %, exact to the indicator's decimals", "[targets][rules]") {
    struct Case {
        std::string total, first, second;
        bool meets;
        std::string least;  // the fix's "at least", as people read it (en)
    };
    const Case cases[] = {
        {"6", "3", "3", true, ""},                  // exactly 50 %
        {"6", "2", "4", false, "3"},                // below
        {"6", "2.999999", "3.000001", false, "3"},  // a hair under, at six decimals
        {"6", "3.000001", "2.999999", true, ""},    // a hair over
        {"5", "2.5", "2.5", true, ""},              // 2.5 written: exactly half
        {"5", "2", "3", false, "3"},                // 2.5 rounded up to whole papers
        {"37.5", "18.8", "18.7", true, ""},         // 18.75 → at least 18.8 at one decimal
        {"37.5", "18.7", "18.8", false, "18.8"},
        {"37.50", "18.75", "18.75", true, ""},  // written to two decimals, 18.75 meets
        {"7.25", "3.63", "3.62", true, ""},     // 3.625 → 3.63
        {"7.25", "3.62", "3.63", false, "3.63"},
        {"0", "0", "0", true, ""},  // a zero target asks nothing of the first year
        {"1", "1", "0", true, ""},  // all in the first year
    };
    for (const auto& c : cases) {
        INFO("total " << c.total << ", first year " << c.first);
        Plan plan = read_hebei(
            hebei_plan(with_first(R"({"id": "papers", "name": "发表论文", "unit": "篇", "total": ")" + c.total +
                                  R"(", "years": {"2026": ")" + c.first + R"(", "2027": ")" + c.second + R"("}})")));
        auto found = targets_findings(plan, "indicator.first_year");
        CHECK(found.empty() == c.meets);
        CHECK(targets_findings(plan, "indicator.count").empty());
        CHECK(targets_findings(plan, "indicator.by_year").empty());
        if (c.meets) continue;
        REQUIRE(found.size() == 1);
        CHECK(found[0].severity == Severity::error);
        CHECK(found[0].clause == "hb.all.indicators");
        CHECK(found[0].path == "/targets/0/years/2026");
        CHECK_THAT(found[0].message(Lang::en),
                   Catch::EndsWith("raise the 2026 target from " + c.first + " to at least " + c.least));
        CHECK_THAT(found[0].message(Lang::zh), Catch::Contains("提高到不低于 " + c.least));
        CHECK(test::has_cyrillic(found[0].message(Lang::ru)));
        // The fix meets the rule.
        const Rational least = first_year_minimum(plan.targets[0], *hebei().indicators_rules[0].first_year_share);
        plan.targets[0].years[2026] = Decimal::of(least);
        CHECK(targets_findings(plan, "indicator.first_year").empty());
    }
}

TEST_CASE("the example's fix reads as the issue states it: from 2 to at least 3 papers", "[targets][rules]") {
    Plan plan = read_hebei(hebei_plan(with_first(
        R"({"id": "papers", "name": "发表论文", "unit": "篇", "total": "5", "years": {"2026": "2", "2027": "3"}})")));
    auto f = targets_findings(plan, "indicator.first_year");
    REQUIRE(f.size() == 1);
    CHECK(f[0].message(Lang::en) ==
          "indicator papers (发表论文): the 2026 target 2 篇 is below 50 % of the whole-period target 5 篇 (2.5 篇); "
          "raise the 2026 target from 2 to at least 3");
    CHECK(f[0].message(Lang::zh) ==
          "指标 papers（发表论文）：2026 年目标为 2 篇，低于总目标 5 篇 的 50 %（2.5 篇），需将 2026 年目标由 2 "
          "提高到不低于 3");
}

TEST_CASE("at least 5 indicators: 4 is one short, 5 meets it", "[targets][rules]") {
    auto n = GENERATE(0, 1, 4, 5, 6);
    Plan plan = read_hebei(hebei_plan(passing_targets(n)));
    auto f = targets_findings(plan, "indicator.count");
    if (n >= 5) {
        CHECK(f.empty());
        return;
    }
    REQUIRE(f.size() == 1);
    CHECK(f[0].path == "/targets");
    CHECK(f[0].clause == "hb.all.indicators");
    CHECK_THAT(f[0].message(Lang::en), Catch::Contains(fmt::format("at least 5 — add {} more", 5 - n)));
    CHECK_THAT(f[0].message(Lang::zh), Catch::Contains(fmt::format("再增加 {} 项", 5 - n)));
    CHECK_THAT(f[0].message(Lang::ru), Catch::Contains(fmt::format("ещё {}", 5 - n)));
}

TEST_CASE("an indicator without a first-year target is found by by_year alone", "[targets][rules]") {
    SECTION("no 2026 value") {
        Plan plan = read_hebei(
            hebei_plan(with_first(R"({"id": "papers", "name": "发表论文", "total": "6", "years": {"2027": "6"}})")));
        auto f = targets_findings(plan, "indicator.by_year");
        REQUIRE(f.size() == 1);
        CHECK(f[0].path == "/targets/0/years");
        CHECK_THAT(f[0].message(Lang::en), Catch::Contains("no target for 2026, the project's first year"));
        CHECK_THAT(f[0].message(Lang::en), Catch::Contains("state years.2026 of at least 3 (50 %"));
        CHECK(targets_findings(plan, "indicator.first_year").empty());
    }
    SECTION("no years at all") {
        Plan plan = read_hebei(hebei_plan(with_first(R"({"id": "papers", "name": "发表论文", "total": "6"})")));
        auto f = targets_findings(plan, "indicator.by_year");
        REQUIRE(f.size() == 1);
        CHECK(f[0].path == "/targets/0");
    }
    SECTION("a whole-period value in indicators counts as an indicator without yearly targets") {
        std::string text = hebei_plan(passing_targets(4));
        text.insert(text.rfind('}'), R"(, "indicators": {"patents": "2"})");
        Plan plan = read_hebei(text);
        CHECK(targets_findings(plan, "indicator.count").empty());  // 4 targets + 1
        auto f = targets_findings(plan, "indicator.by_year");
        REQUIRE(f.size() == 1);
        CHECK(f[0].path == "/indicators/patents");
    }
}

TEST_CASE("a target's year outside the project period is found, not refused", "[targets][rules]") {
    Plan plan = read_hebei(hebei_plan(
        with_first(R"({"id": "papers", "name": "发表论文", "total": "6", "years": {"2026": "3", "2028": "3"}})")));
    auto f = targets_findings(plan, "indicator.year");
    REQUIRE(f.size() == 1);
    CHECK(f[0].path == "/targets/0/years/2028");
    CHECK(f[0].severity == Severity::error);
    CHECK_THAT(f[0].message(Lang::en), Catch::Contains("outside the project period 2026–2027"));
}

TEST_CASE("a rule of kind indicators applies only where its condition holds", "[targets][rules]") {
    std::string text = read_file(source_path(kHebeiPath));
    const std::string from = R"("kind": "indicators",)";
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.insert(at + from.size(), R"( "when": {"class": ["basic"]},)");
    auto only_basic = read_catalog(text);
    REQUIRE(only_basic.ok());
    Plan plan = read_hebei(hebei_plan(passing_targets(2)));  // a base plan
    bool count = false;
    for (const auto& f : check_plan(plan, *only_basic)) count = count || f.rule == "indicator.count";
    CHECK_FALSE(count);
    CHECK(targets_findings(plan, "indicator.count").size() == 1);
}

TEST_CASE("a call file's bad indicators rule is refused at its place", "[targets][catalog]") {
    const std::string good = read_file(source_path(kHebeiPath));
    const std::string rule = R"("min_count": 5,
      "by_year": true,
      "first_year_share": "0.50")";
    REQUIRE(good.find(rule) != std::string::npos);
    auto with_rule = [&](const std::string& members) {
        std::string s = good;
        return read_catalog(s.replace(s.find(rule), rule.size(), members));
    };
    struct Case {
        std::string members, pointer, words;
    };
    const Case cases[] = {
        {R"("first_year_share": "0")", "/first_year_share", "outside (0, 1]"},
        {R"("first_year_share": "-0.5")", "/first_year_share", "outside (0, 1]"},
        {R"("first_year_share": "1.01")", "/first_year_share", "outside (0, 1]"},
        {R"("first_year_share": "half")", "/first_year_share", "malformed number"},
        {R"("min_count": 0)", "/min_count", "expected an integer 1–1000"},
        {R"("min_count": "5")", "/min_count", "expected an integer 1–1000"},
        {R"("by_year": "yes")", "/by_year", "expected true or false"},
        {R"("by_year": false)", "", "states min_count, by_year or first_year_share"},
    };
    for (const auto& c : cases) {
        INFO(c.members);
        auto read = with_rule(c.members);
        REQUIRE_FALSE(read.ok());
        CHECK_THAT(read.error().place.pointer.value_or(""), Catch::Matches("/rules/[0-9]+" + c.pointer));
        CHECK(read.error().place.line.has_value());
        CHECK_THAT(read.error().message, Catch::Contains(c.words));
    }
    auto whole = with_rule(R"("first_year_share": 1)");
    REQUIRE(whole.ok());
    CHECK(*whole->indicators_rules[0].first_year_share == 1);
    CHECK(whole->indicators_rules[0].min_count == 0);
}

TEST_CASE("every Hebei example keeps its verdict: passing ones pass, each failing one fails one rule",
          "[targets][examples]") {
    for (const bool failing : {false, true}) {
        const std::string dir = failing ? "examples/hb-zyyd-2026/failing" : "examples/hb-zyyd-2026";
        for (const auto& entry : std::filesystem::directory_iterator(source_path(dir))) {
            if (entry.path().extension() != ".json") continue;
            INFO(entry.path().filename().string());
            std::set<std::string> rules;
            for (const auto& f : check_plan(read_hebei(read_file(entry.path().string())), hebei()))
                if (f.severity == Severity::error) rules.insert(f.rule);
            CHECK(rules.size() == (failing ? 1u : 0u));
        }
    }
}
