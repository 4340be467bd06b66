// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/planner/templates.h"

#include <fmt/format.h>

#include "cofund/plan_edit.h"

namespace cofund::embedded {
std::string_view example_annex3();
}

namespace cofund::planner {

std::string_view builtin_example_text() {
    return embedded::example_annex3();
}

namespace {

// An example basis for a category reviewers expect one for: a placeholder item
// with its usual factors at zero, so that the line stays 0.00 and check asks
// for the quantities (basis.item) until they are filled in.
std::vector<BasisItem> example_basis(Category c) {
    struct Example {
        const char* item;
        std::vector<const char*> units;
        const char* price_unit;
    };
    Example e{};
    switch (c) {
        case Category::equipment:
            e = {"（设备名称、型号）", {"台"}, "元/台"};
            break;
        case Category::materials:
            e = {"（材料、试剂名称）", {"批"}, "元/批"};
            break;
        case Category::testing:
            e = {"（测试化验项目）", {"样"}, "元/样"};
            break;
        case Category::fuel_power:
            e = {"（燃料、动力）", {"kW·h"}, "元/kW·h"};
            break;
        case Category::travel:
            e = {"（出差任务、往返城市）", {"人", "次"}, "元/人·次"};
            break;
        case Category::meetings:
            e = {"（会议名称）", {"人", "天"}, "元/人·天"};
            break;
        case Category::international:
            e = {"（出访或来访任务）", {"人", "次"}, "元/人·次"};
            break;
        case Category::labor:
            e = {"（聘用人员劳务）", {"人", "月"}, "元/人·月"};
            break;
        case Category::experts:
            e = {"（专家咨询）", {"人", "次"}, "元/人·次"};
            break;
        default:
            e = {"（支出内容）", {"项"}, "元/项"};
            break;
    }
    BasisItem item;
    item.item = e.item;
    for (const char* u : e.units) item.factors.push_back(BasisFactor{Decimal{"0", 0}, u, Extra::object()});
    item.price_unit = e.price_unit;
    return {item};
}

}  // namespace

Result<Plan> make_template(const Catalog& catalog, std::optional<int> annex, std::optional<int> direction,
                           int start_year) {
    Plan plan;
    plan.call = catalog.id;
    plan.unit_stated = true;
    Project& p = plan.project;
    p.start_year = start_year;
    p.end_year = start_year + catalog.max_years - 1;
    p.scope_stated = true;
    if (annex) {
        const Annex* a = catalog.annex(*annex);
        if (!a) return Error{fmt::format("call {} has no annex {}", catalog.id, *annex)};
        p.klass = ProjectClass::key;
        p.annex = *annex;
        p.title = a->title.zh;
    } else {
        const Direction* d = direction ? catalog.direction(*direction) : nullptr;
        if (!d) return Error{fmt::format("call {} has no direction {}", catalog.id, direction.value_or(0))};
        p.klass = ProjectClass::general;
        p.direction = *direction;
        p.title = "（项目名称）";
    }
    Applicant& app = plan.applicant;
    app.name = "（申报单位名称）";
    app.type = OrgType::enterprise;
    app.registered_in_region = true;
    app.cooperation_agreement = false;  // to be signed: check lists it
    plan.partners_stated = true;
    if (annex) {
        // Every task of the annex (a whole key project covers them all), its work and lead to be written.
        plan.tasks_stated = true;
        for (const Task& t : catalog.annex(*annex)->tasks)
            plan.tasks.push_back(
                PlanTask{t.id, fmt::format("（{}：本项目的工作）", t.name.zh), "（牵头单位）", Extra::object()});
    }
    for (int y = p.start_year; y <= p.end_year; ++y)
        for (Category c : {Category::equipment, Category::materials, Category::testing, Category::travel,
                           Category::international, Category::labor, Category::experts, Category::indirect})
            for (Source s : {Source::fiscal, Source::self}) {
                BudgetLine line;
                line.year = y;
                line.category = c;
                line.source = s;
                // One example basis a category, on its first fiscal line.
                if (y == p.start_year && catalog.basis && catalog.basis->covers(s) && catalog.basis->expects(c))
                    line.basis = example_basis(c);
                plan.budget.push_back(std::move(line));
            }
    plan.indicators_stated = true;
    for (const Indicator* i : catalog.indicators_for(plan)) plan.indicators.emplace_back(i->id, Decimal{"0", 0});
    plan.projections_stated = true;
    // Ids from the first file on, so that import --base and diff pair its lines.
    give_ids(plan);
    return plan;
}

}  // namespace cofund::planner
