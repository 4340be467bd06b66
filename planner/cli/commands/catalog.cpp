// SPDX-License-Identifier: GPL-3.0-or-later
// `cofund catalog`: what the program knows of the call.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "cofund/cli/command.h"
#include "cofund/format.h"
#include "cofund/planner/files.h"
#include "cofund/planner/json_out.h"
#include "cofund/planner/text.h"

namespace cofund::planner {

namespace {

// A refusal of a call file as compilers say it: FILE:LINE:COLUMN: what (at /pointer).
std::string located(const std::string& path, const Error& e) {
    std::string what = e.message.starts_with("catalog: ") ? e.message.substr(9) : e.message;
    return fmt::format("{}:{}:{}: {}{}", path, e.place.line.value_or(1), e.place.column.value_or(1), what,
                       e.place.pointer ? fmt::format(" (at {})", *e.place.pointer) : "");
}

std::string type_ids(const std::vector<OrgType>& types) {
    std::string out;
    for (OrgType t : types) out += (out.empty() ? "" : ", ") + std::string(to_id(t));
    return out;
}

// "(class key, annex 3, applicant enterprise)": a rule's condition for people; "" when it always holds.
std::string when_text(const Condition& w, Lang lang) {
    std::vector<std::string> parts;
    if (!w.classes.empty()) {
        std::string list;
        for (const std::string& k : w.classes) list += (list.empty() ? "" : ", ") + k;
        parts.push_back(fmt::format("{} {}", tr(lang, "class", "类别", "класс"), list));
    }
    if (!w.annexes.empty()) {
        std::string list;
        for (int a : w.annexes) list += (list.empty() ? "" : ", ") + std::to_string(a);
        parts.push_back(fmt::format("{} {}", tr(lang, "annex", "附件", "приложение"), list));
    }
    if (!w.applicant.empty())
        parts.push_back(fmt::format("{} {}", tr(lang, "applicant", "申报单位", "заявитель"), type_ids(w.applicant)));
    if (!w.any_participant.empty())
        parts.push_back(fmt::format("{} {}", tr(lang, "a participant", "参与单位有", "участник"),
                                    type_ids(w.any_participant)));
    if (parts.empty()) return "";
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : "; ") + p;
    return " (" + out + ")";
}

// Every rule of the call's /rules, one line each, with its condition and clause.
std::string rules_text(const Catalog& c, Lang lang) {
    std::string out;
    auto line = [&](const std::string& what, const Condition& w, const std::string& clause) {
        out += fmt::format("  - {}{} [{}]\n", what, when_text(w, lang), clause);
    };
    for (const auto& r : c.ratio_rules) {
        std::string f, s;
        for (Source x : r.fiscal_side) f += (f.empty() ? "" : "+") + std::string(to_id(x));
        for (Source x : r.self_side) s += (s.empty() ? "" : "+") + std::string(to_id(x));
        std::string what = fmt::format("{}: {} ≥ {} × {}", tr(lang, "co-funding", "配套比例", "софинансирование"), s,
                                       r.multiple_text, f);
        if (!r.exempt_all.empty())
            what += fmt::format(", {} {}", tr(lang, "none when the applicant and every partner are",
                                              "申报单位与合作单位均为以下类型时不要求：", "не требуется, если заявитель и все партнёры —"),
                                r.exempt_names.in(lang));
        line(what, r.when, r.clause);
    }
    for (const auto& r : c.period_rules)
        line(fmt::format("{} {} {}", tr(lang, "period: at most", "实施期：不超过", "срок: не более"), r.max_years,
                         tr(lang, "years", "年", "лет")),
             r.when, r.clause);
    for (const auto& r : c.date_rules)
        line(fmt::format("{}: {} {} {}", tr(lang, "date", "日期", "дата"), to_id(r.fact),
                         r.on_or_before ? tr(lang, "on or before", "不晚于", "не позднее")
                                        : tr(lang, "on or after", "不早于", "не ранее"),
                         r.limit),
             r.when, r.clause);
    for (const auto& r : c.declaration_rules)
        line(fmt::format("{}: {} — {}", tr(lang, "declaration", "声明", "заявление"), r.id, r.name.in(lang)), r.when,
             r.clause);
    for (const auto& r : c.applicant_type_rules)
        line(fmt::format("{}: {} {}", tr(lang, "applicant type", "申报单位类型", "тип заявителя"),
                         r.must ? tr(lang, "must be", "须为", "должен быть") : tr(lang, "must not be", "不得为", "не может быть"),
                         r.types_text),
             r.when, r.clause);
    for (const auto& r : c.partner_rules) {
        std::string what = tr(lang, "partners", "合作单位", "партнёры");
        if (!r.regions.empty()) {
            std::string list;
            for (const auto& g : r.regions) list += (list.empty() ? "" : ", ") + g.name.in(lang) + " (" + g.id + ")";
            what += fmt::format(": {} {}", tr(lang, "registered in", "注册于", "зарегистрированы в"), list);
        }
        if (!r.some_partner.empty())
            what += fmt::format("{} {} {}", r.regions.empty() ? ":" : ";",
                                tr(lang, "one of type", "须有类型为", "один из них типа"), r.some_partner_text);
        line(what, r.when, r.clause);
    }
    return out;
}

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
    for (const RatioRule* r : c.ratio_rules_of_annex(a.number)) {
        std::string f, s;
        for (Source x : r->fiscal_side) f += (f.empty() ? "" : "+") + std::string(to_id(x));
        for (Source x : r->self_side) s += (s.empty() ? "" : "+") + std::string(to_id(x));
        std::string who;
        if (r->when.applicant == std::vector<OrgType>{OrgType::enterprise})
            who = tr(lang, " (enterprise applicants)", "（企业申报）", " (для заявителей-предприятий)");
        else if (!r->when.applicant.empty())
            who = fmt::format(" ({} {})", tr(lang, "applicants:", "申报单位：", "заявители:"), type_ids(r->when.applicant));
        if (!r->exempt_all.empty())
            who += fmt::format(" ({} {})",
                               tr(lang, "none when the applicant and every partner are", "申报单位与合作单位均为以下类型时不要求：",
                                  "не требуется, если заявитель и все партнёры —"),
                               r->exempt_names.in(lang));
        line(r->clause, fmt::format("{}: {} ≥ {} × {}{}", tr(lang, "co-funding", "配套比例", "софинансирование"), s,
                                    localize_number(r->multiple_text, lang), f, who));
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
        app.add_flag("--list", list_, "list the calls Cofund knows: --catalog, the built-in one, the call folders");
        validate_ = app.add_subcommand("validate", "check a call file; a refusal names its line, column and place");
        validate_->add_option("FILE", validate_file_, "the call file (JSON, docs/catalog-format.md)")->required();
        add_format_option(app, format_, {"txt", "json"}, "txt or json");
        add_lang_option(app, lang_, "language of the names and labels");
        app.footer(
            "Indicators marked * count as patents (main.req.4). The catalog is data: see docs/catalog-format.md.");
    }
    int run(Context& ctx) override {
        if (validate_->parsed()) return validate(ctx);
        if (list_) return list(ctx);
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
            // A number the call does not state is said so, never invented.
            const std::string not_stated = tr(lang_, "not stated", "未说明", "не указано");
            auto money = [&](const std::optional<Money>& m) { return m ? format_yuan(*m, lang_) : not_stated; };
            for (const ClassInfo& k : c.classes)
                ctx.out << fmt::format("  {}: {} {}, {} {}–{} [{}]\n", k.name.in(lang_),
                                       tr(lang_, "at most", "不超过", "не более"),
                                       k.max_projects ? std::to_string(*k.max_projects) : not_stated,
                                       tr(lang_, "fiscal support", "支持额度", "бюджетная поддержка"),
                                       money(k.min_fiscal), money(k.max_fiscal), k.clause);
            ctx.out << "\n" << tr(lang_, "Sources", "资金来源", "Источники") << "\n";
            for (const auto& s : c.sources)
                ctx.out << fmt::format("  {:<13} {:<8} {}\n", s.id, s.kind, s.name.in(lang_));
            ctx.out << "\n" << tr(lang_, "Budget categories", "预算科目", "Статьи бюджета") << "\n";
            for (const auto& k : c.categories) {
                std::string flags;
                if (k.indirect) flags += tr(lang_, "  (indirect costs)", "（间接费用）", "  (косвенные расходы)");
                if (!k.forbidden.empty())
                    flags += fmt::format("{} [{}]", tr(lang_, "  not allowed", "（不得列支）", "  не допускается"),
                                         k.forbidden);
                ctx.out << fmt::format("  {:<15} {}{}\n", k.id, k.name.in(lang_), flags);
            }
            if (!c.directions.empty()) {
                ctx.out << "\n"
                        << tr(lang_, "General-project directions", "一般项目方向", "Направления общих проектов") << "\n";
                for (const auto& d : c.directions) ctx.out << fmt::format("  {}. {}\n", d.number, d.name.in(lang_));
            }
            ctx.out << "\n"
                    << tr(lang_, "Indicators any project may state", "通用指标", "Показатели для любого проекта")
                    << "\n";
            ctx.out << indicators_text(c.common_indicators, lang_);
            ctx.out << "\n" << tr(lang_, "Rules", "规则", "Правила") << "\n" << rules_text(c, lang_);
            if (!c.by_hand.empty()) {
                ctx.out << "\n"
                        << tr(lang_, "To be checked by hand (the program cannot see it in a plan)",
                              "需人工核查（无法从申报书数据中检查）", "Проверяется вручную (по данным заявки не проверить)")
                        << "\n";
                for (const auto& b : c.by_hand) {
                    ctx.out << fmt::format("  - {} [{}]\n", b.what.in(lang_), b.clause);
                    if (const Text* t = c.clause(b.clause)) ctx.out << fmt::format("    {}\n", t->zh);
                }
            }
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
    // `cofund catalog validate FILE`: the call's id and title, or each refusal as FILE:LINE:COLUMN: what.
    int validate(Context& ctx) {
        auto text = read_input(validate_file_);
        if (!text) {
            ctx.err << fmt::format("cofund catalog validate: {}: {}\n", validate_file_, text.error().describe());
            return kUsage;
        }
        auto c = read_catalog(*text);
        if (!c) {
            ctx.err << located(validate_file_, c.error()) << "\n";
            return kFindings;
        }
        std::size_t rules = c->ratio_rules.size() + c->date_rules.size() + c->declaration_rules.size() +
                            c->applicant_type_rules.size() + c->partner_rules.size();
        ctx.out << fmt::format("{}: call {} — {}\n", validate_file_, c->id, c->title.in(lang_));
        ctx.out << fmt::format("  {} {}, {} {}, {} {}, {} {}, {} {}: {}\n", c->annexes.size(),
                               tr(lang_, "annexes", "个附件", "приложений"), c->directions.size(),
                               tr(lang_, "directions", "个方向", "направлений"), rules,
                               tr(lang_, "rules", "条规则", "правил"),
                               c->clauses.size(), tr(lang_, "clauses", "条条款", "пунктов"), c->by_hand.size(),
                               tr(lang_, "to be checked by hand", "条需人工核查", "проверяются вручную"),
                               tr(lang_, "valid", "有效", "корректен"));
        return kOk;
    }

    // `cofund catalog --list`: every call known, then the call files refused.
    int list(Context& ctx) {
        for (const auto& e : ctx.calls.list())
            ctx.out << fmt::format("{}  {}\n  {}\n", e.id, e.title.in(lang_), e.source);
        for (const auto& p : ctx.calls.problems())
            ctx.err << fmt::format("cofund catalog: {} ({})\n", located(p.path, p.error),
                                   tr(lang_, "not read", "未读入", "не прочитан"));
        return kOk;
    }

    CLI::App* validate_ = nullptr;
    std::string validate_file_;
    bool list_ = false;
    std::optional<int> annex_;
    std::string format_ = "txt";
    Lang lang_ = Lang::en;
};

}  // namespace

std::unique_ptr<Command> make_catalog() {
    return std::make_unique<CatalogCmd>();
}

}  // namespace cofund::planner
