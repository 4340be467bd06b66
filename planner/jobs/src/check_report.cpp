// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/planner/check_report.h"

#include <fmt/format.h>

#include "cofund/basis.h"
#include "cofund/format.h"
#include "cofund/planner/text.h"
#include "cofund/projection.h"
#include "cofund/summary.h"

namespace cofund::planner {

using ojson = nlohmann::ordered_json;

CheckedPlan check(std::string file, Plan plan, const Catalog& catalog) {
    BudgetSummary sums(plan);
    CheckedPlan c{std::move(file), std::move(plan), {}, {}, std::move(sums), &catalog};
    ProjectedValues projected = projected_values(c.plan, catalog);
    c.findings = check_plan(c.plan, catalog, c.sums, &projected);
    c.summary = summarize(c.findings);
    return c;
}

ojson totals_json(const Totals& t) {
    ojson o = ojson::object();
    o["fiscal"] = t.fiscal.str();
    o["other_fiscal"] = t.other_fiscal.str();
    o["self_raised"] = t.self_raised.str();
    o["total"] = t.total().str();
    return o;
}

namespace {

// One category's money by source kind.
Totals category_totals(const Sums& s, Category cat) {
    Totals t;
    t.fiscal = s.at(cat, Source::fiscal);
    t.other_fiscal = s.at(cat, Source::other_fiscal);
    t.self_raised = s.side(cat, true);
    return t;
}

}  // namespace

ojson by_unit_json(const Plan& plan, const Catalog& catalog, const BudgetSummary& sums) {
    ojson units = ojson::array();
    const auto columns = sums.columns();
    for (const auto& u : sums.by_unit()) {
        ojson o = totals_json(u.sums.totals());
        o["unit"] = u.id;
        o["name"] = unit_name(plan, u.partner);
        o["type"] = std::string(to_id(unit_type(plan, u.partner)));
        o["country"] = u.applicant() ? std::string("CN") : plan.partners[static_cast<std::size_t>(u.partner)].country;
        ojson by_year = ojson::object();
        for (std::size_t k = 0; k < columns.size(); ++k)
            by_year[columns[k].year ? std::to_string(*columns[k].year) : std::string("outside_period")] =
                totals_json(u.by_column[k]);
        o["by_year"] = std::move(by_year);
        ojson by_category = ojson::object();  // the categories where the unit has money
        for (const CategoryInfo& info : catalog.categories) {
            const Category cat = info.category;
            if (u.sums.of(cat).is_zero()) continue;
            by_category[std::string(to_id(cat))] = totals_json(category_totals(u.sums, cat));
        }
        o["by_category"] = std::move(by_category);
        o["leads"] = u.leads;
        units.push_back(std::move(o));
    }
    ojson out = ojson::object();
    out["units"] = std::move(units);
    out["transferred"] = sums.transferred().str();
    out["transferred_abroad"] = sums.transferred_abroad().str();
    return out;
}

ojson finding_json(const Finding& f, Lang lang) {
    ojson o = ojson::object();
    o["rule"] = f.rule;
    o["severity"] = std::string(to_id(f.severity));
    o["clause"] = f.clause.empty() ? ojson(nullptr) : ojson(f.clause);
    o["path"] = f.path;
    o["practice"] = f.practice;
    o["message"] = f.message(lang);
    return o;
}

ojson check_json(const CheckedPlan& c, Lang lang, bool strict) {
    ojson o = ojson::object();
    o["file"] = c.file;
    o["call"] = c.plan.call;
    o["ok"] = c.summary.ok(strict);
    o["errors"] = c.summary.errors;
    o["warnings"] = c.summary.warnings;
    ojson findings = ojson::array();
    for (const auto& f : c.findings) findings.push_back(finding_json(f, lang));
    o["findings"] = std::move(findings);
    const BudgetSummary& sums = c.sums;
    ojson totals = totals_json(sums.all().totals());
    ojson by_year = ojson::object();
    for (int year : sums.years()) by_year[std::to_string(year)] = totals_json(sums.year(year).totals());
    totals["by_year"] = std::move(by_year);
    totals["outside_period"] = totals_json(sums.outside().totals());
    // The budget table's "of which: equipment purchase" (其中：购置设备费), where the call's table has it
    // and the plan states a purchase: as the report shows it.
    if (const auto cats = purchase_row_categories(c.plan, *c.catalog); !cats.empty()) {
        const EquipmentSums purchase = equipment_sums(c.plan, sums, EquipmentKind::purchase);
        Totals t;
        for (Category cat : cats) t += category_totals(purchase.all, cat);
        totals["equipment_purchase"] = totals_json(t);
    }
    if (!sums.by_task().empty()) {
        ojson by_task = ojson::object();  // "" holds the lines that name no task
        for (const auto& t : sums.by_task()) by_task[t.task] = totals_json(t.sums.totals());
        totals["by_task"] = std::move(by_task);
    }
    if (!sums.by_unit().empty()) totals["by_unit"] = by_unit_json(c.plan, *c.catalog, sums);
    o["totals"] = std::move(totals);
    return o;
}

ojson unreadable_json(const std::string& file, const Error& error) {
    ojson o = ojson::object();
    o["file"] = file;
    o["ok"] = false;
    ojson e = ojson::object();
    e["message"] = error.message;
    if (error.place.line) e["line"] = *error.place.line;
    if (error.place.column) e["column"] = *error.place.column;
    if (error.place.pointer) e["pointer"] = *error.place.pointer;
    o["error"] = std::move(e);
    return o;
}

const Text& no_ratio_words() {
    static const Text words{"本项目无配套比例要求", "no co-funding ratio applies to this plan",
                            "к этому плану требование софинансирования не применяется"};
    return words;
}

const Text& severity_name(Severity s) {
    static const Text error{"错误", "error", "ошибка"}, warning{"警告", "warning", "предупреждение"},
        info{"提示", "note", "примечание"};  // as check names its section (Notes, Примечания) and the app its severity
    return s == Severity::error ? error : s == Severity::warning ? warning : info;
}

std::string project_line(const Plan& plan, const Catalog& catalog, Lang lang) {
    const Project& p = plan.project;
    if (p.annex) {
        const Annex* a = catalog.annex(*p.annex);
        std::string title = a ? a->title.in(lang) : "?";
        return lang == Lang::zh ? fmt::format("重点项目 · 附件{} {}", *p.annex, title)
               : lang == Lang::ru ? fmt::format("ключевой проект · приложение {} {}", *p.annex, title)
                                  : fmt::format("key project · annex {} {}", *p.annex, title);
    }
    if (!p.direction) {  // a class whose projects name neither annex nor direction: its name
        const ClassInfo* k = catalog.find_class(p.klass);
        return k ? k->name.in(lang) : p.klass;
    }
    const Direction* d = p.direction ? catalog.direction(*p.direction) : nullptr;
    // The direction's whole name: terminal views wrap it (wrapped_text), never cut it.
    const std::string name = d ? d->name.in(lang) : "?";
    return lang == Lang::zh ? fmt::format("一般项目 · 方向{} {}", p.direction.value_or(0), name)
           : lang == Lang::ru ? fmt::format("общий проект · направление {} {}", p.direction.value_or(0), name)
                              : fmt::format("general project · direction {} {}", p.direction.value_or(0), name);
}


std::string check_text(const CheckedPlan& c, const Catalog& catalog, Lang lang, bool strict) {
    const Plan& plan = c.plan;
    const Project& p = plan.project;
    std::string out;
    out += fmt::format("{} — {}\n", c.file, p.title);
    out += wrapped_text(project_line(plan, catalog, lang), 100, "  ", "    ");
    out += fmt::format("  {} {}–{} · {} {}\n\n", Text{"实施期", "period", "срок"}.in(lang), p.start_year, p.end_year,
                       Text{"申报单位", "applicant", "заявитель"}.in(lang), plan.applicant.name);

    const BudgetSummary& sums = c.sums;
    TextTable table = totals_table(lang, Text{"合计（万元）", "total (万元)", "итого (10 тыс. юаней)"}.in(lang));
    for (const auto& col : sums.columns()) {
        const Totals t = col.sums->totals();
        std::string label = column_label(col, lang);
        if (!col.year) {
            std::string years;
            for (int y : sums.outside_years()) years += (years.empty() ? "" : ", ") + std::to_string(y);
            label += lang == Lang::zh ? "（" + years + "）" : " (" + years + ")";
        }
        table.add({label, format_yuan(t.fiscal, lang), format_yuan(t.other_fiscal, lang),
                   format_yuan(t.self_raised, lang), format_yuan(t.total(), lang), format_wan_exact(t.total(), lang)});
    }
    const Totals all = sums.all().totals();
    table.add_rule();
    table.add({Text{"合计", "total", "итого"}.in(lang), format_yuan(all.fiscal, lang),
               format_yuan(all.other_fiscal, lang), format_yuan(all.self_raised, lang), format_yuan(all.total(), lang),
               format_wan_exact(all.total(), lang)});
    out += table.render();
    // Under the totals, each category with its "of which: equipment purchase" (其中：购置设备费),
    // where the call's table has that row and the plan states a purchase, as the report shows it.
    if (const auto cats = purchase_row_categories(plan, catalog); !cats.empty()) {
        const EquipmentSums purchase = equipment_sums(plan, sums, EquipmentKind::purchase);
        for (Category cat : cats)
            out += fmt::format("  {} {}  ({} {})\n", catalog.category_name(cat).in(lang),
                               format_yuan(sums.all().of(cat), lang), purchase_row_name().in(lang),
                               format_yuan(purchase.all.of(cat), lang));
    }
    out += "\n";
    if (!sums.by_task().empty()) {
        TextTable by_task(
            {Text{"任务", "task", "задача"}.in(lang), "", Text{"专项经费", "fiscal", "бюджетное"}.in(lang),
             Text{"其他财政", "other fiscal", "прочее бюджетное"}.in(lang),
             Text{"自筹", "self-raised", "собственные"}.in(lang), Text{"合计", "total", "итого"}.in(lang)},
            {false, false, true, true, true, true});
        by_task.wrap(0, 12);  // long ids and names wrap in their column, never cut
        by_task.wrap(1, 44);
        const Annex* a = p.annex ? catalog.annex(*p.annex) : nullptr;
        for (const auto& t : sums.by_task()) {
            const Task* known = a ? a->task(t.task) : nullptr;
            std::string name = t.task.empty() ? Text{"（未指明任务）", "(no task)", "(без задачи)"}.in(lang)
                               : known        ? known->name.in(lang)
                                              : "?";
            const Totals x = t.sums.totals();
            by_task.add({t.task.empty() ? "—" : t.task, name, format_yuan(x.fiscal, lang),
                         format_yuan(x.other_fiscal, lang), format_yuan(x.self_raised, lang),
                         format_yuan(x.total(), lang)});
        }
        out += by_task.render();
        out += "\n";
    }
    if (!sums.by_unit().empty()) {
        TextTable by_unit(
            {Text{"单位", "unit", "участник"}.in(lang), Text{"类型", "type", "тип"}.in(lang),
             Text{"专项经费", "fiscal", "бюджетное"}.in(lang), Text{"自筹", "self-raised", "собственные"}.in(lang),
             Text{"合计", "total", "итого"}.in(lang)},
            {false, false, true, true, true});
        by_unit.wrap(0, 44);
        for (const auto& u : sums.by_unit()) {
            const Totals x = u.sums.totals();
            by_unit.add({(u.id.empty() ? "" : u.id + " ") + unit_name(plan, u.partner),
                         org_type_text(unit_type(plan, u.partner)).in(lang), (x.fiscal + x.other_fiscal).grouped(),
                         x.self_raised.grouped(), x.total().grouped()});
        }
        out += by_unit.render();
        out +=
            fmt::format("  {} {}  ({} {})\n\n", Text{"外拨专项经费", "transferred out", "передано участникам"}.in(lang),
                        sums.transferred().grouped(), Text{"其中境外", "abroad", "за рубеж"}.in(lang),
                        sums.transferred_abroad().grouped());
    }

    if (auto view = ratio_view(plan, catalog, sums)) {
        const RatioRule& r = *view->rule;
        out += fmt::format(
            "  {:<10} {} {} {} {} × {} = {}  ({} {}, {} {}) [{}] {}\n", Text{"配套比例", "ratio", "софинанс."}.in(lang),
            Text{"自筹", "self-raised", "собственные"}.in(lang), format_yuan(view->self_side, lang), view->met() ? "≥" : "<",
            localize_number(r.multiple_text, lang), format_yuan(view->fiscal_side, lang),
            format_yuan(view->required_self, lang), Text{"实际", "actual", "факт."}.in(lang),
            localize_ratio(ratio_text(view->fiscal_side, view->self_side), lang), Text{"要求", "required", "треб."}.in(lang),
            localize_ratio(required_ratio_text(r), lang), r.clause, view->met() ? "✓" : "✗");
    } else if (const RatioRule* exempting = catalog.ratio_exempting(plan)) {
        out += fmt::format("  {:<10} {}{} [{}]\n", Text{"配套比例", "ratio", "софинанс."}.in(lang),
                           Text{"不要求自筹资金：申报单位与合作单位均为", "none required: the applicant and every partner are of type: ", "собственные средства не требуются: заявитель и все партнёры — "}.in(lang),
                           exempting->exempt_names.in(lang), exempting->clause);
    } else {
        out += fmt::format("  {:<10} {}\n", Text{"配套比例", "ratio", "софинанс."}.in(lang), no_ratio_words().in(lang));
    }
    if (!all.fiscal.is_zero())
        out += fmt::format("  {:<10} {}  ({} {} ÷ {} {})\n", Text{"杠杆率", "leverage", "рычаг"}.in(lang),
                           localize_number(leverage_text(all), lang), Text{"总投入", "total", "всего"}.in(lang),
                           format_yuan(all.total(), lang), Text{"专项经费", "fiscal", "бюджетное"}.in(lang),
                           format_yuan(all.fiscal, lang));
    out += "\n";

    for (Severity sev : {Severity::error, Severity::warning, Severity::info}) {
        std::vector<const Finding*> group;
        for (const auto& f : c.findings)
            if (f.severity == sev) group.push_back(&f);
        if (group.empty()) continue;
        const std::string title = sev == Severity::error     ? Text{"错误", "Errors", "Ошибки"}.in(lang)
                            : sev == Severity::warning ? Text{"警告", "Warnings", "Предупреждения"}.in(lang)
                                                       : Text{"提示", "Notes", "Примечания"}.in(lang);
        out += fmt::format("  {} ({})\n", title, group.size());
        for (const Finding* f : group) {
            std::string clause = f->clause.empty() ? std::string() : " [" + f->clause + "]";
            std::string practice =
                f->practice ? std::string(Text{"（惯例）", " (practice)", " (практика)"}.in(lang)) : "";
            out += fmt::format("    {}{}{}  {}\n      {}\n", f->rule, clause, practice, f->path, f->message(lang));
            if (!f->clause.empty())
                if (const Text* t = catalog.clause(f->clause))
                    out += fmt::format("      {} {}\n", Text{"指南：", "call:", "условия конкурса:"}.in(lang), t->zh);
        }
        out += "\n";
    }
    bool ok = c.summary.ok(strict);
    if (lang == Lang::ru) {
        out += fmt::format("  итог: {} — ошибок: {}, предупреждений: {}\n", ok ? "ПРОЙДЕНО" : "НЕ ПРОЙДЕНО",
                           c.summary.errors, c.summary.warnings);
        return out;
    }
    out += fmt::format("  {}: {} — {} {}, {} {}\n", Text{"结论", "verdict", "итог"}.in(lang),
                       ok ? Text{"通过", "PASS", "ПРОЙДЕНО"}.in(lang) : Text{"不通过", "FAIL", "НЕ ПРОЙДЕНО"}.in(lang),
                       c.summary.errors, Text{"个错误", "error(s)", "ошибок"}.in(lang), c.summary.warnings,
                       Text{"个警告", "warning(s)", "предупреждений"}.in(lang));
    return out;
}

}  // namespace cofund::planner
