// SPDX-License-Identifier: GPL-3.0-or-later
// The call's program limits over a selection (kind "program_limit", issue 24):
// per enterprise, per leader, per person, at the limit and one over.
#include "test_support.h"

#include <algorithm>

#include "cofund/plan_io.h"
#include "cofund/rules.h"

using namespace cofund;

namespace {

const Catalog& hebei() {
    static const Catalog c = [] {
        auto r = read_catalog(test::read_file(test::source_path("data/hb-zyyd-2026.json")));
        REQUIRE(r.ok());
        return std::move(r).value();
    }();
    return c;
}

// A passing Hebei example, with the applicant, leader and members given.
Plan plan(const std::string& example, const std::string& applicant, const std::string& leader,
          std::vector<std::string> members = {}) {
    auto r = read_plan(test::read_file(test::source_path("examples/hb-zyyd-2026/" + example + ".plan.json")), hebei());
    REQUIRE(r.ok());
    Plan p = std::move(r).value();
    p.applicant.name = applicant;
    p.project.leader = leader;
    p.project.members = std::move(members);
    return p;
}

std::vector<Finding> limits(const std::vector<Plan>& plans) {
    std::vector<NamedPlan> named;
    for (std::size_t i = 0; i < plans.size(); ++i) named.push_back({"p" + std::to_string(i + 1), &plans[i]});
    return program_limits(named, hebei());
}

int errors(const std::vector<Finding>& fs, const std::string& words) {
    return static_cast<int>(std::count_if(fs.begin(), fs.end(), [&](const Finding& f) {
        return f.rule == "program.limit" && f.severity == Severity::error && f.text.en.find(words) != std::string::npos;
    }));
}

}  // namespace

TEST_CASE("the Hebei call states its program limits as rules of kind program_limit", "[program]") {
    const auto& r = hebei().program_limit_rules;
    REQUIRE(r.size() == 3);
    CHECK(r[0].per == LimitPer::enterprise);
    CHECK(r[0].max == 1);
    CHECK(r[1].per == LimitPer::leader);
    CHECK(r[1].max == 1);
    CHECK(r[2].per == LimitPer::person);
    CHECK(r[2].max == 2);
    CHECK(r[2].clause == "hb.all.person_limit");
}

TEST_CASE("one project per enterprise passes and a second one by the same enterprise is refused", "[program]") {
    std::vector<Plan> one{plan("base-enterprise-1to2", "甲公司", "张三"), plan("transfer-enterprise-1to3", "乙公司", "李四")};
    CHECK(limits(one).empty());
    // The same name with spaces around it is the same enterprise.
    std::vector<Plan> two{plan("base-enterprise-1to2", "甲公司", "张三"), plan("transfer-enterprise-1to3", " 甲公司 ", "李四")};
    auto f = limits(two);
    REQUIRE(f.size() == 1);
    CHECK(f[0].clause == "hb.all.enterprise_limit");
    CHECK(f[0].text.en ==
          "the enterprise 甲公司 applies for 2 projects in the selection (p1, p2); the call allows at most 1 per "
          "enterprise — drop 1");
    CHECK(f[0].text.zh == "企业 甲公司 在所选项目中申报 2 项（p1、p2），指南每个企业最多申报 1 项，需减少 1 项");
    CHECK(f[0].text.ru ==
          "предприятие 甲公司 подаёт 2 заявки в отборе (p1, p2); конкурс допускает не более 1 на предприятие — "
          "исключите 1");
}

TEST_CASE("a basic research project is outside the enterprise and person limits", "[program]") {
    // basic research aside (hb.all.enterprise_limit); the university applicant is no enterprise either way.
    Plan basic = plan("basic-university-3-years", "甲公司", "张三");
    basic.applicant.type = OrgType::enterprise;
    std::vector<Plan> plans{plan("base-enterprise-1to2", "甲公司", "张三"), basic};
    CHECK(limits(plans).empty());
}

TEST_CASE("a public institution's projects do not count towards the enterprise limit", "[program]") {
    std::vector<Plan> plans{plan("base-university-with-enterprise-1to1", "丙大学", "张三"),
                            plan("regional-all-public-no-self", "丙大学", "李四")};
    CHECK(limits(plans).empty());
}

TEST_CASE("one project as leader passes; a second as leader is refused", "[program]") {
    std::vector<Plan> at{plan("base-enterprise-1to2", "甲公司", "张三"), plan("transfer-enterprise-1to3", "乙公司", "李四", {"张三"})};
    CHECK(limits(at).empty());
    std::vector<Plan> over{plan("base-enterprise-1to2", "甲公司", "张三"), plan("transfer-enterprise-1to3", "乙公司", "张三")};
    auto f = limits(over);
    CHECK(errors(f, "张三 leads 2 projects in the selection (p1, p2); the call allows at most 1 as leader — drop 1") == 1);
    CHECK(f.size() == 1);
}

TEST_CASE("two projects per person pass; a third as a member is refused, and a name twice in one plan counts once",
          "[program]") {
    std::vector<Plan> two{plan("base-enterprise-1to2", "甲公司", "张三", {"王五"}),
                          plan("transfer-enterprise-1to3", "乙公司", "李四", {"王五", "王五"})};
    CHECK(limits(two).empty());
    std::vector<Plan> three{plan("base-enterprise-1to2", "甲公司", "张三", {"王五"}),
                            plan("transfer-enterprise-1to3", "乙公司", "李四", {"王五"}),
                            plan("regional-enterprise-1to1", "丁公司", "王五")};
    auto f = limits(three);
    CHECK(errors(f, "王五 takes part in 3 projects in the selection as leader or member (p1, p2, p3); the call allows "
                    "at most 2 per person — drop 1") == 1);
    CHECK(f.size() == 1);
}

TEST_CASE("plans that name no leader are one warning per clause, listing at most five of them", "[program]") {
    std::vector<Plan> plans;
    const char* examples[] = {"base-enterprise-1to2", "transfer-enterprise-1to3", "regional-enterprise-1to1"};
    for (int i = 0; i < 7; ++i) plans.push_back(plan(examples[i % 3], "公司" + std::to_string(i), ""));
    auto f = limits(plans);
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::warning);
    CHECK(f[0].text.en ==
          "7 plans name no project leader (p1, p2, p3, p4, p5 and 2 more); the limit per person cannot be checked "
          "for them — state project.leader");
    CHECK(f[0].text.ru.find("в 7 планах не указан руководитель проекта") == 0);
}

TEST_CASE("a project's leader and members round-trip through the plan writer and bad ones are refused in place",
          "[program]") {
    Plan p = plan("base-enterprise-1to2", "甲公司", "张三", {"王五", "赵六"});
    auto again = read_plan(write_plan(p), hebei());
    REQUIRE(again.ok());
    CHECK(again->project.leader == "张三");
    CHECK(again->project.members == std::vector<std::string>{"王五", "赵六"});
    std::string text = write_plan(p);
    auto at = text.find("\"赵六\"");
    REQUIRE(at != std::string::npos);
    auto bad = read_plan(text.substr(0, at) + "7" + text.substr(at + std::string("\"赵六\"").size()), hebei());
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().place.pointer == "/project/members/1");
    auto blank = text.find("\"张三\"");
    auto empty = read_plan(text.substr(0, blank) + "\" \"" + text.substr(blank + std::string("\"张三\"").size()), hebei());
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().place.pointer == "/project/leader");
}
