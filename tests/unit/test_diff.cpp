// SPDX-License-Identifier: GPL-3.0-or-later
#include "program_fixtures.h"

#include <algorithm>

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
