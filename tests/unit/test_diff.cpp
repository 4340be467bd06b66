// SPDX-License-Identifier: GPL-3.0-or-later
#include "program_fixtures.h"

#include <algorithm>

#include "cofund/plan_edit.h"
#include "cofund/planner/check_report.h"
#include "cofund/planner/diff.h"

using namespace cofund;
using namespace cofund::planner;
using namespace cofund::test;

namespace {

CheckedPlan checked(const Plan& plan, const std::string& name = "x.plan.json") {
    return check(name, plan, builtin_catalog());
}

const FieldChange* field(const PlanDiff& d, const std::string& path) {
    auto it = std::find_if(d.fields.begin(), d.fields.end(), [&](const FieldChange& f) { return f.path == path; });
    return it == d.fields.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("a plan compared with itself has no changes", "[diff]") {
    std::string name = GENERATE(from_range(annex_examples()));
    Plan plan = example(name);
    PlanDiff d = diff_plans(checked(plan), checked(plan));
    CHECK(d.identical());
    CHECK(d.budget.empty());
    CHECK(d.fields.empty());
    CHECK(diff_json(d, Lang::en)["identical"] == true);
    CHECK(diff_text(d, builtin_catalog(), Lang::en).find("no changes") != std::string::npos);
}

TEST_CASE("a plan and its rewrite in the other unit differ only in the unit field", "[diff]") {
    Plan a = example("annex3-fruit-veg-processing.plan.json");
    Plan b = a;
    b.unit = AmountUnit::wan;
    b.unit_stated = true;
    PlanDiff d = diff_plans(checked(a), checked(b));
    CHECK(d.budget.empty());
    REQUIRE(d.fields.size() == 1);
    CHECK(d.fields[0].path == "/unit");
}

TEST_CASE("two revisions: budget cells, totals' deltas and the finding that appears", "[diff]") {
    Plan a = example("annex3-fruit-veg-processing.plan.json");
    Plan b = example("failing/annex3-ratio-one-fen-short.plan.json");
    PlanDiff d = diff_plans(checked(a, "a"), checked(b, "b"));
    CHECK_FALSE(d.identical());
    CHECK_FALSE(d.budget.empty());
    Money change;
    for (const auto& l : d.budget) change += l.change();
    CHECK(change == d.after.total() - d.before.total());
    CHECK(d.after.self_raised - d.before.self_raised == yuan("600000.01") * -1);
    REQUIRE(d.appeared.size() == 1);
    CHECK(d.appeared[0].rule == "cofunding.ratio");
    CHECK(d.disappeared.empty());
    // The other way round, the error disappears.
    PlanDiff back = diff_plans(checked(b, "b"), checked(a, "a"));
    REQUIRE(back.disappeared.size() == 1);
    CHECK(back.disappeared[0].rule == "cofunding.ratio");
    auto j = diff_json(d, Lang::en);
    CHECK(j["totals"]["change"]["self_raised"] == "-600000.01");
    CHECK(j["findings"]["appeared"][0]["rule"] == "cofunding.ratio");
}

TEST_CASE("a revision of the applicant, a partner, an indicator and a line", "[diff]") {
    Plan a = example("annex3-fruit-veg-processing.plan.json");
    Plan b = a;
    b.applicant.name = "新疆某果蔬食品股份有限公司";
    b.partners.push_back(Partner{"Tashkent Institute", "UZ", OrgType::university, Extra::object()});
    REQUIRE(!b.indicators.empty());
    std::string id = b.indicators[0].first;
    b.indicators[0].second = Decimal::of(b.indicators[0].second.value + 1);
    b.budget[0].amount += Money::from_fen(1);
    PlanDiff d = diff_plans(checked(a), checked(b));

    const FieldChange* name = field(d, "/applicant/name");
    REQUIRE(name);
    CHECK(name->after == "新疆某果蔬食品股份有限公司");
    const FieldChange* partner = field(d, "/partners/Tashkent Institute");
    REQUIRE(partner);
    CHECK(partner->before.empty());
    REQUIRE(field(d, "/indicators/" + id));
    REQUIRE(d.budget.size() == 1);
    CHECK(d.budget[0].change() == Money::from_fen(1));
    CHECK(d.after.total() - d.before.total() == Money::from_fen(1));
}

TEST_CASE("indicators compare by value, so 1 and 1.0 are the same promise", "[diff]") {
    Plan a = example("annex3-fruit-veg-processing.plan.json");
    Plan b = a;
    b.indicators[0].second.text += b.indicators[0].second.text.find('.') == std::string::npos ? ".0" : "0";
    PlanDiff d = diff_plans(checked(a), checked(b));
    CHECK(d.identical());
}

TEST_CASE("a changed projection and assumption are listed by path", "[diff]") {
    Plan a = example("annex3-fruit-veg-processing.plan.json");
    Plan b = a;
    REQUIRE(!b.projections.empty());
    REQUIRE(b.assumptions.has_value());
    b.projections[0].baseline = Decimal::of(b.projections[0].baseline.value + 1);
    b.assumptions->usd_cny = Decimal::of(Rational(7));
    PlanDiff d = diff_plans(checked(a), checked(b));
    CHECK(field(d, "/projections/" + a.projections[0].indicator + "/baseline"));
    const FieldChange* rate = field(d, "/assumptions/usd_cny");
    REQUIRE(rate);
    CHECK(rate->after == "7");
}

TEST_CASE("a line whose unit changed is named with both units, its lines paired by id whatever their order",
          "[diff][units]") {
    Plan a = example("annex2-units-enterprise-matching.plan.json");
    assign_line_ids(a);
    Plan b = a;
    // L3 (2018 materials, the applicant's) goes to P2, L2 (P1's construction) back to the applicant;
    // B lists its lines in another order, which is no change.
    b.budget[2].unit = "P2";
    b.budget[1].unit = "";
    std::reverse(b.budget.begin(), b.budget.end());
    PlanDiff d = diff_plans(checked(a), checked(b));
    CHECK_FALSE(d.identical());
    REQUIRE(d.units.size() == 2);
    const UnitChange& to_p2 = d.units[0].line == "L3" ? d.units[0] : d.units[1];
    const UnitChange& back = d.units[0].line == "L3" ? d.units[1] : d.units[0];
    CHECK(to_p2.before.empty());
    CHECK(to_p2.after == "P2");
    CHECK(to_p2.before_name == a.applicant.name);
    CHECK(to_p2.after_name == "新疆某种苗科技有限公司");
    CHECK(to_p2.amount == yuan("60000.00"));
    CHECK(back.line == "L2");
    CHECK(back.before == "P1");
    CHECK(back.after.empty());

    const std::string en = diff_text(d, builtin_catalog(), Lang::en);
    CHECK(en.find("Units of budget lines (2)") != std::string::npos);
    CHECK(en.find("  ~ line L3 (2018, materials, ") != std::string::npos);
    CHECK(en.find(", 60,000.00)\n      unit: applicant " + a.applicant.name + " → P2 新疆某种苗科技有限公司\n") !=
          std::string::npos);
    CHECK(en.find("2 line unit(s) changed") != std::string::npos);
    const std::string zh = diff_text(d, builtin_catalog(), Lang::zh);
    CHECK(zh.find("预算条目的承担单位（2）") != std::string::npos);
    CHECK(zh.find("  ~ 条目 L3（2018，") != std::string::npos);
    CHECK(zh.find("      承担单位：申报单位 " + a.applicant.name + " → P2 新疆某种苗科技有限公司\n") !=
          std::string::npos);
    const std::string ru = diff_text(d, builtin_catalog(), Lang::ru);
    CHECK(ru.find("Участники по строкам бюджета (2)") != std::string::npos);
    CHECK(ru.find("60\u00a0000,00)\n      участник: заявитель " + a.applicant.name) != std::string::npos);

    const auto j = diff_json(d, Lang::en);
    REQUIRE(j["units"].size() == 2);
    CHECK(j["identical"] == false);
}

TEST_CASE("lines without ids are paired by place, and a plan with the same units has no unit change", "[diff][units]") {
    Plan a = example("annex2-units-enterprise-matching.plan.json");
    REQUIRE(a.budget[0].id.empty());
    PlanDiff same = diff_plans(checked(a), checked(a));
    CHECK(same.units.empty());
    CHECK(same.identical());
    Plan b = a;
    b.budget[0].unit = "P1";
    PlanDiff d = diff_plans(checked(a), checked(b));
    REQUIRE(d.units.size() == 1);
    CHECK(d.units[0].line == "#1");
    CHECK(d.units[0].after_name == b.partners[0].name);
    // A writer gave every line and partner an id: no change in itself, and the unit change is still found.
    a.partners.push_back(Partner{"Extra partner", "CN", OrgType::university});  // without an id
    Plan c = a;
    REQUIRE(give_ids(c) == c.budget.size() + 1);
    CHECK(c.partners[2].id == "P3");
    CHECK(diff_plans(checked(a), checked(c)).identical());
    c.budget[0].unit = "P1";
    PlanDiff given = diff_plans(checked(a), checked(c));
    REQUIRE(given.units.size() == 1);
    CHECK(given.units[0].line == "L1");
    CHECK(given.fields.empty());
}
