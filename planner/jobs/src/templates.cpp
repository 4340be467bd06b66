// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/planner/templates.h"

#include <fmt/format.h>

namespace cofund::embedded {
std::string_view example_annex3();
}

namespace cofund::planner {

std::string_view builtin_example_text() {
    return embedded::example_annex3();
}

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
                plan.budget.push_back(std::move(line));
            }
    plan.indicators_stated = true;
    for (const Indicator* i : catalog.indicators_for(plan)) plan.indicators.emplace_back(i->id, Decimal{"0", 0});
    plan.projections_stated = true;
    return plan;
}

}  // namespace cofund::planner
