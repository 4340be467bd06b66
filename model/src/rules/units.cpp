// SPDX-License-Identifier: GPL-3.0-or-later
// The unit rules (docs/plan-format.md, "Units"): the forms' table by unit asks
// each unit's task share (任务分工), so a partner that carries money takes a
// task; a task's lead names a unit.
#include "cofund/json_read.h"
#include "cofund/summary.h"
#include "common.h"

namespace cofund::rules {

void unit_task(const RuleInput& in, Out& out) {
    const Plan& plan = in.plan;
    for (const auto& u : in.sums.by_unit()) {
        if (u.applicant() || !u.leads.empty()) continue;
        const Totals t = u.sums.totals();
        if (t.total().is_zero()) continue;
        bool has_task = false;
        for (const auto& line : plan.budget)
            if (line.unit == u.id && !line.task.empty()) has_task = true;
        if (has_task) continue;
        const Partner& p = plan.partners[static_cast<std::size_t>(u.partner)];
        add(out, "unit.task", Severity::warning, "", fmt::format("/partners/{}", u.partner),
            fmt::format("partner {} \"{}\" carries {} yuan but leads no task and none of its lines names one; the "
                        "form asks each unit's task share — make it a task's lead (\"lead\": \"{}\") or give its "
                        "lines their task",
                        p.id, p.name, t.total().grouped(), p.id),
            fmt::format("合作单位 {}“{}”承担经费 {} 元，但未牵头任何任务，其预算也未指明任务；预算表须写明各单位的任务分工——"
                        "需将其设为某任务的牵头单位（\"lead\": \"{}\"）或为其预算指明任务",
                        p.id, p.name, t.total().grouped(), p.id),
            fmt::format("партнёр {} «{}» получает {} юаней, но не возглавляет ни одной задачи и ни одна его строка не "
                        "указывает задачу; форма требует распределения задач между участниками — сделайте его "
                        "руководителем задачи (\"lead\": \"{}\") или укажите задачу в его строках",
                        p.id, p.name, t.total().grouped(), p.id));
    }
}

void unit_lead(const RuleInput& in, Out& out) {
    const Plan& plan = in.plan;
    std::vector<std::string> names;
    for (const auto& p : plan.partners) {
        if (!p.id.empty()) names.push_back(p.id);
        names.push_back(p.name);
    }
    names.push_back(plan.applicant.name);
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        const PlanTask& t = plan.tasks[i];
        if (t.lead.empty() || unit_of_lead(plan, t.lead)) continue;
        const std::string near = nearest_name(t.lead, names);
        const std::string en_near = near.empty() ? "" : fmt::format(" (did you mean \"{}\"?)", near);
        const std::string zh_near = near.empty() ? "" : fmt::format("（是否为“{}”？）", near);
        const std::string ru_near = near.empty() ? "" : fmt::format(" (возможно, «{}»?)", near);
        add(out, "unit.lead", Severity::warning, "", fmt::format("/tasks/{}/lead", i),
            fmt::format("task {}: lead \"{}\" is neither a partner's id nor the applicant's or a partner's name{}; "
                        "name the unit that leads it",
                        t.id, printable(t.lead, 60), en_near),
            fmt::format("任务 {} 的牵头单位“{}”既不是合作单位的 id，也不是申报单位或合作单位的名称{}；需写明牵头单位",
                        t.id, printable(t.lead, 60), zh_near),
            fmt::format("задача {}: руководитель «{}» не является ни id партнёра, ни названием заявителя или "
                        "партнёра{}; укажите участника, который её возглавляет",
                        t.id, printable(t.lead, 60), ru_near));
    }
}

}  // namespace cofund::rules
