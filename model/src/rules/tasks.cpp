// SPDX-License-Identifier: GPL-3.0-or-later
// The task rules: a whole key project covers every task of its annex
// (main.req.3), names only its annex's tasks, and gives money to each task it
// lists once its budget is by task.
#include <algorithm>
#include <set>

#include "cofund/json_read.h"
#include "common.h"

namespace cofund::rules {

namespace {

// "a3.t1, a3.t2, a3.t3" / "a3.t1、a3.t2、a3.t3".
std::string task_ids(const Annex& a, const char* sep) {
    std::string out;
    for (const auto& t : a.tasks) out += (out.empty() ? "" : sep) + t.id;
    return out;
}

// The ids the plan lists in `tasks`, looked up once per line (a plan may have many).
std::set<std::string_view> listed_ids(const Plan& plan) {
    std::set<std::string_view> ids;
    for (const auto& t : plan.tasks) ids.insert(t.id);
    return ids;
}

// The call's words without their closing "。", before a "；" of the message.
std::string without_full_stop(const std::string& words) {
    const std::string stop = "。";
    if (words.size() >= stop.size() && words.compare(words.size() - stop.size(), stop.size(), stop) == 0)
        return words.substr(0, words.size() - stop.size());
    return words;
}

bool names_a_task(const Plan& plan) {
    return std::any_of(plan.budget.begin(), plan.budget.end(), [](const BudgetLine& l) { return !l.task.empty(); });
}

// Where an id stands, for the message: a tasks entry or a budget line, counted from 1.
struct Where {
    std::string en, zh, ru, path;
};
Where tasks_entry(std::size_t i) {
    return {fmt::format("tasks entry {}", i + 1), fmt::format("tasks 第{}项", i + 1),
            fmt::format("элемент tasks {}", i + 1), fmt::format("/tasks/{}/id", i)};
}
Where budget_line(std::size_t i) {
    return {fmt::format("budget line {}", i + 1), fmt::format("第{}条预算", i + 1),
            fmt::format("строка бюджета {}", i + 1), fmt::format("/budget/{}/task", i)};
}

// The annex's task nearest to an id it lacks: by number for "a3.t7" (a3.t3, the
// last), else by spelling ("a3t2", "a3.2" → a3.t2); "" when nothing is near.
std::string nearest_task(const std::string& id, const Annex& a, const std::vector<std::string>& ids) {
    const std::string prefix = fmt::format("a{}.t", a.number);
    if (!a.tasks.empty() && id.size() > prefix.size() && id.size() <= prefix.size() + 4 && id.rfind(prefix, 0) == 0 &&
        std::all_of(id.begin() + static_cast<std::ptrdiff_t>(prefix.size()), id.end(),
                    [](char c) { return c >= '0' && c <= '9'; })) {
        const auto k = static_cast<std::size_t>(std::stoi(id.substr(prefix.size())));  // at most four digits
        if (k >= 1 && k <= a.tasks.size()) return a.tasks[k - 1].id;                   // "a3.t02"
        return k < 1 ? a.tasks.front().id : a.tasks.back().id;
    }
    return nearest_name(id, ids);
}

}  // namespace

void task_coverage(const RuleInput& in, Out& out) {
    const Annex* a = annex_of(in);
    if (!a || a->tasks.empty()) return;
    const Plan& plan = in.plan;
    const std::string clause = in.catalog.eligibility_clause("scope_clause");
    const int n = a->number;
    const long count = static_cast<long>(a->tasks.size());
    const bool subproject = plan.project.scope == Scope::subproject && a->allows(Scope::subproject);
    if (!plan.tasks_stated) {
        // Files written before plans named tasks keep their verdict: a warning only.
        if (subproject)
            add(out, "task.coverage", Severity::warning, clause, "/tasks",
                fmt::format("this subproject does not say which of annex {}'s {} tasks it covers; list at least one "
                            "in tasks ({})",
                            n, count, task_ids(*a, ", ")),
                fmt::format("本课题未说明承担附件{}的{}项任务中的哪些，需在 tasks 中至少列出一项（{}）", n, count,
                            task_ids(*a, "、")),
                fmt::format("подпроект не указывает, какие из {} задач приложения {} он охватывает; перечислите в "
                            "tasks хотя бы одну ({})",
                            count, n, task_ids(*a, ", ")));
        else
            add(out, "task.coverage", Severity::warning, clause, "/tasks",
                fmt::format("this plan does not say which of annex {}'s {} tasks it covers; a key project must cover "
                            "all of them — list them in tasks: {}",
                            n, count, task_ids(*a, ", ")),
                fmt::format("本计划未说明覆盖附件{}的{}项任务中的哪些；重点项目须覆盖全部任务，需在 tasks 中列出 {}", n,
                            count, task_ids(*a, "、")),
                fmt::format("план не указывает, какие из {} задач приложения {} он охватывает; ключевой проект должен "
                            "охватить их все — перечислите их в tasks: {}",
                            count, n, task_ids(*a, ", ")));
        return;
    }
    const auto listed = listed_ids(plan);
    if (subproject) {
        // A subproject (课题) takes part of the annex: one of its tasks at least, not the rest.
        for (const auto& t : a->tasks)
            if (listed.count(t.id)) return;
        add(out, "task.coverage", Severity::error, clause, "/tasks",
            fmt::format("a subproject of annex {} covers at least one of its {} tasks; tasks lists none of them — add "
                        "e.g. {{\"id\": \"{}\"}}",
                        n, count, a->tasks.front().id),
            fmt::format("附件{}的课题须承担至少一项任务，tasks 中未列出本附件的任何任务，例如需加入 {{\"id\": \"{}\"}}",
                        n, a->tasks.front().id),
            fmt::format("подпроект по приложению {} охватывает хотя бы одну из его {} задач; в tasks нет ни одной — "
                        "добавьте, например, {{\"id\": \"{}\"}}",
                        n, count, a->tasks.front().id));
        return;
    }
    for (std::size_t k = 0; k < a->tasks.size(); ++k) {
        const Task& t = a->tasks[k];
        if (listed.count(t.id)) continue;
        add(out, "task.coverage", Severity::error, clause, "/tasks",
            fmt::format("task {} of annex {} ({}) is not covered; a key project covers all {} tasks of its annex — "
                        "add {{\"id\": \"{}\"}} to tasks. The call: {}",
                        t.id, n, t.name.en, count, t.id, t.words),
            fmt::format("未覆盖附件{}的任务{}（{}，{}）：{}；重点项目须覆盖本附件全部{}项任务，需在 tasks 中加入 "
                        "{{\"id\": \"{}\"}}",
                        n, k + 1, t.id, t.name.zh, without_full_stop(t.words), count, t.id),
            fmt::format("задача {} приложения {} («{}») не охвачена; ключевой проект охватывает все {} {} своего "
                        "приложения — добавьте {{\"id\": \"{}\"}} в tasks. Текст конкурса: {}",
                        t.id, n, t.name.in(Lang::ru), count, plural_ru(count, "задачу", "задачи", "задач"), t.id,
                        t.words));
    }
}

void task_unknown(const RuleInput& in, Out& out) {
    const Plan& plan = in.plan;
    if (!plan.project.annex) {
        if (!plan.tasks_stated && !names_a_task(plan)) return;
        std::string path = "/tasks";
        if (!plan.tasks_stated)
            for (std::size_t i = 0; i < plan.budget.size(); ++i)
                if (!plan.budget[i].task.empty()) {
                    path = budget_line(i).path;
                    break;
                }
        add(out, "task.unknown", Severity::warning, "", path,
            "general projects have no tasks in the call (only the key projects' annexes list tasks); remove tasks "
            "and the budget lines' task",
            "指南未给一般项目规定任务（仅重点项目的附件列有任务），需删除 tasks 及预算行的 task",
            "для общих проектов конкурс задач не устанавливает (задачи перечислены только в приложениях ключевых "
            "проектов); удалите tasks и поле task в строках бюджета");
        return;
    }
    const Annex* a = annex_of(in);
    if (!a) return;
    const int n = a->number;
    std::vector<std::string> ids;
    for (const auto& t : a->tasks) ids.push_back(t.id);
    auto report = [&](const std::string& id, const Where& where) {
        if (a->task(id)) return false;
        const Task* elsewhere = in.catalog.task(id);
        int other = 0;
        if (elsewhere)
            for (const auto& x : in.catalog.annexes)
                if (x.task(id)) other = x.number;
        if (elsewhere) {
            add(out, "task.unknown", Severity::warning, "", where.path,
                fmt::format("{}: task {} belongs to annex {}, not to this plan's annex {}; use one of annex {}'s "
                            "tasks: {}",
                            where.en, id, other, n, n, task_ids(*a, ", ")),
                fmt::format("{}：任务 {} 属于附件{}，不属于本项目的附件{}，需改用附件{}的任务：{}", where.zh, id, other,
                            n, n, task_ids(*a, "、")),
                fmt::format("{}: задача {} относится к приложению {}, а не к приложению {} этого плана; используйте "
                            "задачи приложения {}: {}",
                            where.ru, id, other, n, n, task_ids(*a, ", ")));
            return true;
        }
        const std::string near = nearest_task(id, *a, ids);
        const std::string shown = printable(id, 60);
        if (!near.empty())
            add(out, "task.unknown", Severity::warning, "", where.path,
                fmt::format("{}: unknown task \"{}\"; did you mean \"{}\"?", where.en, shown, near),
                fmt::format("{}：未知任务 \"{}\"，是否应为 \"{}\"？", where.zh, shown, near),
                fmt::format("{}: неизвестная задача \"{}\"; возможно, имелась в виду \"{}\"", where.ru, shown, near));
        else if (!ids.empty())
            add(out, "task.unknown", Severity::warning, "", where.path,
                fmt::format("{}: unknown task \"{}\"; annex {}'s tasks are {}", where.en, shown, n, task_ids(*a, ", ")),
                fmt::format("{}：未知任务 \"{}\"，附件{}的任务为 {}", where.zh, shown, n, task_ids(*a, "、")),
                fmt::format("{}: неизвестная задача \"{}\"; задачи приложения {}: {}", where.ru, shown, n,
                            task_ids(*a, ", ")));
        else
            add(out, "task.unknown", Severity::warning, "", where.path,
                fmt::format("{}: unknown task \"{}\"; the catalog lists no tasks for annex {}", where.en, shown, n),
                fmt::format("{}：未知任务 \"{}\"，目录中附件{}未列任务", where.zh, shown, n),
                fmt::format("{}: неизвестная задача \"{}\"; в каталоге у приложения {} задач нет", where.ru, shown, n));
        return true;
    };
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) report(plan.tasks[i].id, tasks_entry(i));
    const auto listed = listed_ids(plan);
    for (std::size_t i = 0; i < plan.budget.size(); ++i) {
        const std::string& id = plan.budget[i].task;
        if (id.empty()) continue;
        Where where = budget_line(i);
        if (report(id, where) || !plan.tasks_stated || listed.count(id)) continue;
        // The annex's task, but not one the plan says it covers.
        add(out, "task.unknown", Severity::warning, "", where.path,
            fmt::format("{}: task {} is not in the plan's tasks; add {{\"id\": \"{}\"}} to tasks or name a listed task",
                        where.en, id, id),
            fmt::format("{}的任务 {} 未列入 tasks，需将 {{\"id\": \"{}\"}} 加入 tasks 或改为已列出的任务", where.zh, id,
                        id),
            fmt::format("{}: задачи {} нет в tasks плана; добавьте {{\"id\": \"{}\"}} в tasks или укажите задачу из "
                        "списка",
                        where.ru, id, id));
    }
}

void task_budget(const RuleInput& in, Out& out) {
    const Plan& plan = in.plan;
    const Annex* a = annex_of(in);
    if (!a) return;
    long naming = 0;
    std::set<std::string_view> named;
    for (const auto& line : plan.budget)
        if (!line.task.empty()) {
            ++naming;
            named.insert(line.task);
        }
    if (naming == 0) return;
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        const Task* t = a->task(plan.tasks[i].id);
        if (!t) continue;  // task.unknown names it
        if (named.count(t->id)) continue;
        add(out, "task.budget", Severity::warning, "", fmt::format("/tasks/{}", i),
            fmt::format("task {} ({}) has no budget line: {} line(s) name tasks, none of them {}; give it its lines "
                        "(\"task\": \"{}\") or take it out of tasks",
                        t->id, t->name.en, naming, t->id, t->id),
            fmt::format("任务 {}（{}）没有预算：已有 {} 条预算指明任务，但没有一条属于 {}，需为其编列预算（\"task\": "
                        "\"{}\"）或将其移出 tasks",
                        t->id, t->name.zh, naming, t->id, t->id),
            fmt::format("у задачи {} («{}») нет строк бюджета: задачи указаны в {} {} бюджета, но ни в одной — {}; "
                        "выделите ей строки (\"task\": \"{}\") или уберите её из tasks",
                        t->id, t->name.in(Lang::ru), naming, plural_ru(naming, "строке", "строках", "строках"), t->id,
                        t->id));
    }
}

}  // namespace cofund::rules
