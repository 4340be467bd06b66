// SPDX-License-Identifier: GPL-3.0-or-later
// The call's program limits (kind "program_limit"): rules over a selection of
// plans, not one plan — projects per enterprise, per leader, per person.
#include <algorithm>
#include <map>
#include <set>

#include "common.h"
#include "cofund/text_format.h"

namespace cofund {

namespace {

// A name as the limits compare it: without the spaces around it.
std::string person_key(const std::string& name) {
    const auto b = name.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return "";
    const auto e = name.find_last_not_of(" \t\r\n");
    return name.substr(b, e - b + 1);
}

// The keys a plan counts for under a limit, each once.
std::set<std::string> counted_for(const Plan& plan, LimitPer per) {
    std::set<std::string> keys;
    auto put = [&](const std::string& name) {
        if (std::string k = person_key(name); !k.empty()) keys.insert(std::move(k));
    };
    switch (per) {
        case LimitPer::enterprise:
            if (plan.applicant.type == OrgType::enterprise) put(plan.applicant.name);
            break;
        case LimitPer::leader:
            put(plan.project.leader);
            break;
        case LimitPer::person:
            put(plan.project.leader);
            for (const auto& m : plan.project.members) put(m);
            break;
    }
    return keys;
}

// At most five names, then how many more: a message stays short for a large selection.
Text name_list(const std::vector<std::string>& names) {
    std::string zh, en;
    const std::size_t shown = std::min<std::size_t>(names.size(), 5);
    for (std::size_t i = 0; i < shown; ++i) {
        zh += (i ? "、" : "") + names[i];
        en += (i ? ", " : "") + names[i];
    }
    if (names.size() == shown) return Text{zh, en, en};
    const std::size_t more = names.size() - shown;
    return say("{0}等 {1} 项", "{0} and {2} more", "{0} и ещё {2}", Text{zh, en, en}, names.size(), more);
}

}  // namespace

std::vector<Finding> program_limits(const std::vector<NamedPlan>& plans, const Catalog& catalog) {
    std::vector<Finding> out;
    std::set<std::string> unnamed_reported;  // one warning per clause for plans that name no leader
    for (const ProgramLimitRule& r : catalog.program_limit_rules) {
        // key → the plans it counts in, in the selection's order.
        std::map<std::string, std::vector<std::string>> count;
        std::vector<std::string> no_leader;
        for (const NamedPlan& np : plans) {
            if (!r.when.holds(*np.plan)) continue;
            if (r.per != LimitPer::enterprise && person_key(np.plan->project.leader).empty())
                no_leader.push_back(np.name);
            for (const auto& k : counted_for(*np.plan, r.per)) count[k].push_back(np.name);
        }
        for (const auto& [who, names] : count) {
            const int n = static_cast<int>(names.size());
            if (n <= r.max) continue;
            const Text list = name_list(names);
            const int drop = n - r.max;
            Text text;
            if (r.per == LimitPer::enterprise)
                text = say("企业 {} 在所选项目中申报 {} {}（{}），指南每个企业最多申报 {} 项，需减少 {} 项",
                           "the enterprise {} applies for {} {} in the selection ({}); the call allows at most {} per "
                           "enterprise — drop {}",
                           "предприятие {} подаёт {} {} в отборе ({}); конкурс допускает не более {} на предприятие "
                           "— исключите {}",
                           who, n, Text{"项", "projects", rules::plural_ru(n, "заявку", "заявки", "заявок")}, list,
                           r.max, drop);
            else if (r.per == LimitPer::leader)
                text = say("{} 在所选项目中作为负责人 {} 项（{}），指南每人作为负责人最多 {} 项，需减少 {} 项",
                           "{} leads {} projects in the selection ({}); the call allows at most {} as leader — drop {}",
                           "{} руководит {} проектами в отборе ({}); конкурс допускает не более {} в роли "
                           "руководителя — исключите {}",
                           who, n, list, r.max, drop);
            else
                text = say("{} 在所选项目中参与 {} 项（负责人或成员：{}），指南每人最多 {} 项，需减少 {} 项",
                           "{} takes part in {} projects in the selection as leader or member ({}); the call allows "
                           "at most {} per person — drop {}",
                           "{} участвует в {} проектах отбора как руководитель или участник ({}); конкурс допускает "
                           "не более {} на человека — исключите {}",
                           who, n, list, r.max, drop);
            Finding f;
            f.rule = "program.limit";
            f.severity = Severity::error;
            f.clause = r.clause;
            f.text = std::move(text);
            out.push_back(std::move(f));
        }
        if (!no_leader.empty() && unnamed_reported.insert(r.clause).second) {
            Finding f;
            f.rule = "program.limit";
            f.severity = Severity::warning;
            f.clause = r.clause;
            const long k = static_cast<long>(no_leader.size());
            f.text = say("{} 项未写项目负责人（{}），无法核对每人申报数量限制，需填写 project.leader",
                         "{} {} no project leader ({}); the limit per person cannot be checked for {} — "
                         "state project.leader",
                         "в {} {} не указан руководитель проекта ({}); ограничение на человека для {} не "
                         "проверить — укажите project.leader",
                         k, Text{"", k == 1 ? "plan names" : "plans name", rules::plural_ru(k, "плане", "планах", "планах")},
                         name_list(no_leader), Text{"", k == 1 ? "it" : "them", k == 1 ? "него" : "них"});
            out.push_back(std::move(f));
        }
    }
    return out;
}

}  // namespace cofund
