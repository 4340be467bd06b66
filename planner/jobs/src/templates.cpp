// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/planner/templates.h"

#include <fmt/format.h>

#include <algorithm>

#include "cofund/plan_edit.h"

namespace cofund::embedded {
std::string_view example_annex3();
}

namespace cofund::planner {

std::string_view builtin_example_text() {
    return embedded::example_annex3();
}

namespace {

// An example basis for a category reviewers expect one for: the call file's
// placeholder item (the category's `new.item`, `units`, `price_unit`) with its
// factors at zero, so that the line stays 0.00 and check asks for the
// quantities (basis.item) until they are filled in.
std::vector<BasisItem> example_basis(const CategoryInfo& c) {
    BasisItem item;
    item.item = c.example.item.empty() ? "（支出内容）" : c.example.item;
    std::vector<std::string> units = c.example.units;
    if (units.empty()) units = {"项"};
    for (const auto& u : units) item.factors.push_back(BasisFactor{Decimal{"0", 0}, u, Extra::object()});
    item.price_unit = c.example.price_unit.empty() ? "元/" + units.front() : c.example.price_unit;
    return {item};
}

}  // namespace

Result<Plan> make_template(const Catalog& catalog, std::optional<int> annex, std::optional<int> direction,
                           int start_year) {
    return make_template(catalog, std::nullopt, annex, direction, start_year);
}

Result<Plan> make_template(const Catalog& catalog, std::optional<std::string> klass, std::optional<int> annex,
                           std::optional<int> direction, int start_year) {
    Plan plan;
    plan.call = catalog.id;
    plan.unit_stated = true;
    Project& p = plan.project;
    p.start_year = start_year;
    p.end_year = start_year + catalog.max_years - 1;
    p.scope_stated = true;
    // The class: the one asked for, else the first whose projects name what was given.
    const ClassInfo* k = nullptr;
    if (klass) {
        k = catalog.find_class(*klass);
        if (!k) {
            std::string ids;
            for (const auto& c : catalog.classes) ids += (ids.empty() ? "" : ", ") + c.id;
            return Error{fmt::format("call {} has no class \"{}\"; its classes are {}", catalog.id, *klass, ids)};
        }
    } else {
        const Track want = annex ? Track::annex : direction ? Track::direction : Track::none;
        for (const auto& c : catalog.classes)
            if (c.track == want) {
                k = &c;
                break;
            }
        if (!k) return Error{fmt::format("call {} has no class of projects that name {}", catalog.id,
                                         annex ? "an annex" : direction ? "a direction" : "neither annex nor direction")};
    }
    p.klass = k->id;
    if (k->track == Track::annex) {
        if (!annex) return Error{fmt::format("a {} names its annex: give one", k->name.en)};
        const Annex* a = catalog.annex(*annex);
        if (!a) return Error{fmt::format("call {} has no annex {}", catalog.id, *annex)};
        p.annex = *annex;
        p.title = a->title.zh;
    } else if (k->track == Track::direction) {
        const Direction* d = direction ? catalog.direction(*direction) : nullptr;
        if (!d) return Error{fmt::format("call {} has no direction {}", catalog.id, direction.value_or(0))};
        p.direction = *direction;
        p.title = "（项目名称）";
    } else {
        if (annex || direction)
            return Error{fmt::format("a {} names neither annex nor direction", k->name.en)};
        p.title = "（项目名称）";
    }
    if (const auto [years, clause] = catalog.period_for(plan); years > 0) p.end_year = start_year + years - 1;
    Applicant& app = plan.applicant;
    app.name = "（申报单位名称）";
    app.type = OrgType::enterprise;
    app.registered_in_region = true;
    app.cooperation_agreement = false;  // to be signed: check lists it
    plan.partners_stated = true;
    if (p.annex) {
        // Every task of the annex (a whole key project covers them all), its work and lead to be written.
        plan.tasks_stated = true;
        for (const Task& t : catalog.annex(*annex)->tasks)
            plan.tasks.push_back(
                PlanTask{t.id, fmt::format("（{}：本项目的工作）", t.name.zh), "（牵头单位）", Extra::object()});
    }
    for (int y = p.start_year; y <= p.end_year; ++y)
        for (const CategoryInfo& c : catalog.categories) {
            if (!c.in_template) continue;
            for (Source s : {Source::fiscal, Source::self}) {
                BudgetLine line;
                line.year = y;
                line.category = c.category;
                line.source = s;
                // One example basis a category, on its first fiscal line.
                if (y == p.start_year && catalog.basis && catalog.basis->covers(s) && catalog.basis->expects(c.category))
                    line.basis = example_basis(c);
                plan.budget.push_back(std::move(line));
            }
        }
    plan.indicators_stated = true;
    for (const Indicator* i : catalog.indicators_for(plan)) plan.indicators.emplace_back(i->id, Decimal{"0", 0});
    // A call that leaves the indicators to the applicant (rules of kind
    // `indicators`): as many placeholders as it asks for, each at zero for the
    // whole period and for every year, to be named and filled in.
    const auto asks = catalog.indicators_rules_for(plan);
    if (!asks.empty()) {
        int wanted = 1;
        for (const IndicatorsRule* r : asks) wanted = std::max(wanted, r->min_count);
        plan.targets_stated = true;
        for (int i = 1; i <= wanted; ++i) {
            Target t;
            t.id = fmt::format("t{}", i);
            t.name = fmt::format("（绩效指标{}）", i);
            t.unit = "（单位）";
            t.total = Decimal{"0", 0};
            for (int y = p.start_year; y <= p.end_year; ++y) t.years.emplace(y, Decimal{"0", 0});
            plan.targets.push_back(std::move(t));
        }
    }
    plan.projections_stated = true;
    // Ids from the first file on, so that import --base and diff pair its lines.
    give_ids(plan);
    return plan;
}

}  // namespace cofund::planner
