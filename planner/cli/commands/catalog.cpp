// SPDX-License-Identifier: GPL-3.0-or-later
// `cofund catalog`: what the program knows of the call.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "cofund/cli/command.h"
#include "cofund/format.h"
#include "cofund/planner/json_out.h"
#include "cofund/planner/text.h"

namespace cofund::planner {

namespace {

std::string requirements_text(const Annex& a, const Catalog& c, Lang lang) {
    std::string out;
    auto line = [&](const std::string& clause, const std::string& what) {
        out += fmt::format("    - {} [{}]\n", what, clause);
        if (const Text* t = c.clause(clause)) out += fmt::format("      {}\n", t->zh);
    };
    line(a.scope_clause,
         a.allows(Scope::subproject)
             ? tr(lang, "scope: whole project or subproject", "整体或课题申报", "проект целиком или подпроект")
             : tr(lang, "scope: whole project only", "只接受项目整体申报", "только проект целиком"));
    if (a.enterprise_lead)
        line(*a.enterprise_lead, tr(lang, "an enterprise applies", "企业为申报主体", "заявитель — предприятие"));
    if (a.joint) {
        std::string groups;
        for (const auto& g : a.joint->groups) {
            std::string names;
            for (OrgType t : g) names += (names.empty() ? "" : "/") + std::string(to_id(t));
            groups += (groups.empty() ? "" : " + ") + names;
        }
        if (!a.joint->country.empty()) groups += " + " + a.joint->country;
        line(a.joint->clause,
             fmt::format("{}: {}", tr(lang, "joint application", "联合申报", "совместная заявка"), groups));
    }
    if (a.prior_cooperation)
        line(a.prior_cooperation->first,
             fmt::format("{} ({})", tr(lang, "prior cooperation", "前期合作基础", "предшествующее сотрудничество"),
                         a.prior_cooperation->second));
    if (a.matching_proof)
        line(*a.matching_proof, tr(lang, "enterprises prove matching funds", "企业出具配套资金证明",
                                   "предприятия подтверждают софинансирование"));
    if (a.producer) {
        const auto& p = *a.producer;
        std::string what = tr(lang, "producer:", "生产型企业：", "производитель:");
        if (p.legal_person) what += tr(lang, " legal person,", " 独立法人，", " юридическое лицо,");
        if (p.production) what += tr(lang, " production enterprise,", " 生产型，", " производственное предприятие,");
        if (p.haccp) what += " HACCP,";
        if (p.revenue_floor)
            what +=
                fmt::format(" {} ≥ {}", tr(lang, "revenue", "收入", "выручка"), format_yuan(*p.revenue_floor, lang));
        if (p.south_revenue_floor)
            what += fmt::format(" ({} {})", tr(lang, "south Xinjiang", "南疆三地州", "юг Синьцзяна"),
                                format_yuan(*p.south_revenue_floor, lang));
        if (p.export_floor_usd)
            what += fmt::format(" {} USD {}", tr(lang, "or exports ≥", "或出口 ≥", "или экспорт ≥"),
                                format_yuan(*p.export_floor_usd, lang));
        line(p.clause, what);
    }
    if (a.ratio) {
        std::string f, s;
        for (Source x : a.ratio->fiscal_side) f += (f.empty() ? "" : "+") + std::string(to_id(x));
        for (Source x : a.ratio->self_side) s += (s.empty() ? "" : "+") + std::string(to_id(x));
        line(a.ratio->clause, fmt::format("{}: {} ≥ {} × {}{}", tr(lang, "co-funding", "配套比例", "софинансирование"),
                                          s, localize_number(a.ratio->multiple_text, lang), f,
                                          a.ratio->enterprise_only ? tr(lang, " (enterprise applicants)",
                                                                        "（企业申报）", " (для заявителей-предприятий)")
                                                                   : ""));
    }
    return out;
}

// The annex's tasks: id and short name, then the call's own words, as the clauses above.
std::string tasks_text(const Annex& a, const Catalog& c, Lang lang) {
    if (a.tasks.empty()) return {};
    std::string clause = c.eligibility_clause("scope_clause");
    std::string out = fmt::format(
        "    {} ({}) [{}]\n", tr(lang, "Tasks", "项目任务", "Задачи"),
        tr(lang, "a whole key project covers every one", "重点项目须覆盖全部任务", "проект в целом охватывает все"),
        clause);
    for (const auto& t : a.tasks) {
        out += fmt::format("    - {}  {}\n", t.id, t.name.in(lang));
        out += fmt::format("      {}\n", t.words);
    }
    return out;
}

std::string indicators_text(const std::vector<Indicator>& inds, Lang lang) {
    TextTable t({"id", tr(lang, "kind", "类型", "вид"), tr(lang, "indicator", "指标", "показатель"),
                 tr(lang, "target", "目标", "цель"), tr(lang, "measure", "口径", "мера"),
                 tr(lang, "clause", "条款", "пункт")});
    t.wrap(2, 44);  // long names wrap in their column, never cut
    for (const auto& i : inds) {
        std::string target = i.target_text(lang) + " " + i.unit.in(lang);
        if (i.band) target += fmt::format(" ({}–{})", i.band->first, i.band->second);
        t.add({i.id + (i.patent ? " *" : ""), std::string(to_id(i.kind)), i.name.in(lang), target,
               std::string(to_id(i.measure)), i.clause});
    }
    return t.render("    ");
}

class CatalogCmd : public Command {
  public:
    std::string name() const override { return "catalog"; }
    std::string summary() const override { return "what the program knows of the call: classes, rules, indicators"; }
    void setup(CLI::App& app) override {
        // Which annexes exist is the catalog's to say: run() refuses one it lacks.
        app.add_option("--annex", annex_, "show annex N only (the built-in 2018 call has annexes 1 to 7)")
            ->type_name("N");
        add_format_option(app, format_, {"txt", "json"}, "txt or json");
        add_lang_option(app, lang_, "language of the names and labels");
        app.footer(
            "Indicators marked * count as patents (main.req.4). The catalog is data: see docs/catalog-format.md.");
    }
    int run(Context& ctx) override {
        const Catalog& c = ctx.catalog;
        if (annex_ && !c.annex(*annex_)) {
            ctx.err << fmt::format("cofund catalog: call {} has no annex {}\n", c.id, *annex_);
            return kUsage;
        }
        if (format_ == "json") {
            auto doc = nlohmann::ordered_json::parse(ctx.catalog_text);
            if (annex_) {
                for (const auto& a : doc["annexes"])
                    if (a["number"] == *annex_) ctx.out << json_text(a, 2) << "\n";
            } else {
                ctx.out << json_text(doc, 2) << "\n";
            }
            return kOk;
        }
        if (!annex_) {
            ctx.out << fmt::format("{} — {}\n{}\n\n", c.id, c.title.zh, c.title.en);
            ctx.out << fmt::format("{} {} {}\n",
                                   tr(lang_, "Project period: at most", "实施年限：不超过", "Срок проекта: не более"),
                                   c.max_years, tr(lang_, "years", "年", "лет"));
            for (const ClassInfo* k : {&c.key, &c.general})
                ctx.out << fmt::format("  {}: {} {}, {} {}–{} [{}]\n", k->name.in(lang_),
                                       tr(lang_, "at most", "不超过", "не более"), k->max_projects,
                                       tr(lang_, "fiscal support", "支持额度", "бюджетная поддержка"),
                                       format_yuan(k->min_fiscal, lang_), format_yuan(k->max_fiscal, lang_), k->clause);
            ctx.out << "\n" << tr(lang_, "Sources", "资金来源", "Источники") << "\n";
            for (const auto& s : c.sources)
                ctx.out << fmt::format("  {:<13} {:<8} {}\n", s.id, s.kind, s.name.in(lang_));
            ctx.out << "\n"
                    << tr(lang_, "General-project directions", "一般项目方向", "Направления общих проектов") << "\n";
            for (const auto& d : c.directions) ctx.out << fmt::format("  {}. {}\n", d.number, d.name.in(lang_));
            ctx.out << "\n"
                    << tr(lang_, "Indicators any project may state", "通用指标", "Показатели для любого проекта")
                    << "\n";
            ctx.out << indicators_text(c.common_indicators, lang_);
        }
        for (const auto& a : c.annexes) {
            if (annex_ && a.number != *annex_) continue;
            ctx.out << fmt::format("\n{} {} — {} ({}, {})\n", tr(lang_, "Annex", "附件", "Приложение"), a.number,
                                   a.title.in(lang_), a.country, a.location.in(lang_));
            ctx.out << requirements_text(a, c, lang_);
            ctx.out << tasks_text(a, c, lang_);
            ctx.out << indicators_text(a.indicators, lang_);
        }
        return kOk;
    }

  private:
    std::optional<int> annex_;
    std::string format_ = "txt";
    Lang lang_ = Lang::en;
};

}  // namespace

std::unique_ptr<Command> make_catalog() {
    return std::make_unique<CatalogCmd>();
}

}  // namespace cofund::planner
