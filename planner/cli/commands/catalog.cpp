// SPDX-License-Identifier: GPL-3.0-or-later
// `cofund catalog`: what the program knows of the call.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "cofund/cli/command.h"
#include "cofund/format.h"
#include "cofund/planner/files.h"
#include "cofund/planner/json_out.h"
#include "cofund/planner/text.h"
#include "cofund/text_format.h"

namespace cofund::planner {

namespace {

// A refusal of a call file as compilers say it: FILE:LINE:COLUMN: what (at /pointer), in `lang`.
std::string located(const std::string& path, const Error& e, Lang lang) {
    std::string what = e.in(lang);
    if (const std::string head = Text{"目录：", "catalog: ", "каталог: "}.in(lang); what.starts_with(head))
        what.erase(0, head.size());
    return fmt::format("{}:{}:{}: {}{}", path, e.place.line.value_or(1), e.place.column.value_or(1), what,
                       e.place.pointer ? say("（位于 {}）", " (at {})", " (в {})", *e.place.pointer).in(lang) : "");
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
        parts.push_back(fmt::format("{} {}", Text{"类别", "class", "класс"}.in(lang), list));
    }
    if (!w.annexes.empty()) {
        std::string list;
        for (int a : w.annexes) list += (list.empty() ? "" : ", ") + std::to_string(a);
        parts.push_back(fmt::format("{} {}", Text{"附件", "annex", "приложение"}.in(lang), list));
    }
    if (!w.applicant.empty())
        parts.push_back(
            fmt::format("{} {}", Text{"申报单位", "applicant", "заявитель"}.in(lang), type_ids(w.applicant)));
    if (!w.any_participant.empty())
        parts.push_back(fmt::format("{} {}", Text{"参与单位有", "a participant", "участник"}.in(lang),
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
        std::string what = fmt::format("{}: {} ≥ {} × {}", Text{"配套比例", "co-funding", "софинансирование"}.in(lang),
                                       s, r.multiple_text, f);
        if (!r.exempt_all.empty())
            what += fmt::format(", {} {}", Text{"申报单位与合作单位均为以下类型时不要求：", "none when the applicant and every partner are", "не требуется, если заявитель и все партнёры —"}.in(lang),
                                r.exempt_names.in(lang));
        line(what, r.when, r.clause);
    }
    for (const auto& r : c.period_rules)
        line(fmt::format("{} {} {}", Text{"实施期：不超过", "period: at most", "срок: не более"}.in(lang), r.max_years,
                         Text{"年", "years", "лет"}.in(lang)),
             r.when, r.clause);
    for (const auto& r : c.date_rules)
        line(fmt::format("{}: {} {} {}", Text{"日期", "date", "дата"}.in(lang), to_id(r.fact),
                         r.on_or_before ? Text{"不晚于", "on or before", "не позднее"}.in(lang)
                                        : Text{"不早于", "on or after", "не ранее"}.in(lang),
                         r.limit),
             r.when, r.clause);
    for (const auto& r : c.declaration_rules)
        line(fmt::format("{}: {} — {}", Text{"声明", "declaration", "заявление"}.in(lang), r.id, r.name.in(lang)),
             r.when, r.clause);
    for (const auto& r : c.applicant_type_rules)
        line(fmt::format("{}: {} {}", Text{"申报单位类型", "applicant type", "тип заявителя"}.in(lang),
                         r.must ? Text{"须为", "must be", "должен быть"}.in(lang)
                                : Text{"不得为", "must not be", "не может быть"}.in(lang),
                         r.types_text),
             r.when, r.clause);
    for (const auto& r : c.partner_rules) {
        std::string what = Text{"合作单位", "partners", "партнёры"}.in(lang);
        if (!r.regions.empty()) {
            std::string list;
            for (const auto& g : r.regions) list += (list.empty() ? "" : ", ") + g.name.in(lang) + " (" + g.id + ")";
            what += fmt::format(": {} {}", Text{"注册于", "registered in", "зарегистрированы в"}.in(lang), list);
        }
        if (!r.some_partner.empty())
            what += fmt::format("{} {} {}", r.regions.empty() ? ":" : ";",
                                Text{"须有类型为", "one of type", "один из них типа"}.in(lang), r.some_partner_text);
        line(what, r.when, r.clause);
    }
    for (const auto& r : c.program_limit_rules) {
        const Text per = r.per == LimitPer::enterprise ? Text{"每个企业", "per enterprise", "на предприятие"}
                         : r.per == LimitPer::leader   ? Text{"每人作为负责人", "per person as leader", "на руководителя"}
                                                       : Text{"每人（负责人或成员）", "per person (leader or member)",
                                                              "на человека (руководитель или участник)"};
        line(fmt::format("{}: {} {} {}", Text{"专项限额（portfolio）", "program limit (portfolio)", "предел программы (portfolio)"}.in(lang),
                         per.in(lang), Text{"最多", "at most", "не более"}.in(lang), r.max),
             r.when, r.clause);
    }
    for (const auto& r : c.cap_rules) {
        std::string of = r.of_indirect ? std::string("indirect") : std::string();
        for (Category k : r.of) of += (of.empty() ? "" : "+") + std::string(k.id());
        std::string shares;
        for (const auto& b : r.brackets)
            shares += (shares.empty() ? "" : ", ") +
                      (b.up_to ? fmt::format("{} {} {}", localize_number(b.share_text, lang),
                                             Text{"至", "up to", "до"}.in(lang), format_yuan(*b.up_to, lang))
                               : fmt::format("{} {}", localize_number(b.share_text, lang),
                                             Text{"以上", "above", "свыше"}.in(lang)));
        std::string sides = r.fiscal_side && r.self_side
                                ? Text{"财政、自筹分别", "each side", "каждая сторона"}.in(lang)
                            : r.fiscal_side ? Text{"财政资金", "fiscal side", "бюджетная сторона"}.in(lang)
                                            : Text{"自筹资金", "self-raised side", "собственная сторона"}.in(lang);
        line(fmt::format("{}: {} ≤ {} × {} ({}{})", Text{"上限", "cap", "предел"}.in(lang), of, to_id(r.base), shares,
                         sides, r.source.empty() ? "" : "; " + r.source),
             r.when, r.clause.empty() ? std::string("—") : r.clause);
    }
    for (const auto& r : c.item_threshold_rules) {
        std::string of = r.of_equipment ? std::string("equipment") : std::string();
        for (Category k : r.of) of += (of.empty() ? "" : "+") + std::string(k.id());
        std::string states;
        for (const auto& st : r.states)
            states += (states.empty() ? "" : lang == Lang::zh ? "、" : ", ") + st.name.in(lang) + " (" + st.id + ")";
        line(fmt::format("{}: {} {} ≥ {} {}: {}", Text{"单价门槛", "item threshold", "порог цены"}.in(lang), of,
                         Text{"单价", "unit price", "цена за единицу"}.in(lang),
                         format_yuan(r.unit_price_at_least, lang), Text{"须说明", "states", "указывает"}.in(lang),
                         states),
             r.when, r.clause);
    }
    for (const auto& r : c.indicators_rules) {
        std::vector<std::string> parts;
        if (r.min_count > 0)
            parts.push_back(lang == Lang::zh   ? fmt::format("不少于 {} 项", r.min_count)
                            : lang == Lang::ru ? fmt::format("не менее {}", r.min_count)
                                               : fmt::format("at least {}", r.min_count));
        if (r.by_year) parts.push_back(Text{"分年度确定", "set by year", "по годам"}.in(lang));
        if (r.first_year_share) {
            const std::string pct = format_number(*r.first_year_share * 100, lang, 4) + " %";
            parts.push_back(lang == Lang::zh ? fmt::format("第一年度目标不低于总目标的 {}", pct)
                            : lang == Lang::ru
                                ? fmt::format("цель первого года не менее {} общей цели", pct)
                                : fmt::format("first-year target at least {} of the whole-period target", pct));
        }
        std::string what = Text{"绩效指标", "indicators", "показатели"}.in(lang);
        for (std::size_t i = 0; i < parts.size(); ++i) what += (i == 0 ? ": " : "; ") + parts[i];
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
             ? Text{"整体或课题申报", "scope: whole project or subproject", "проект целиком или подпроект"}.in(lang)
             : Text{"只接受项目整体申报", "scope: whole project only", "только проект целиком"}.in(lang));
    if (a.enterprise_lead)
        line(*a.enterprise_lead, Text{"企业为申报主体", "an enterprise applies", "заявитель — предприятие"}.in(lang));
    if (a.joint) {
        std::string groups;
        for (const auto& g : a.joint->groups) {
            std::string names;
            for (OrgType t : g) names += (names.empty() ? "" : "/") + std::string(to_id(t));
            groups += (groups.empty() ? "" : " + ") + names;
        }
        if (!a.joint->country.empty()) groups += " + " + a.joint->country;
        line(a.joint->clause,
             fmt::format("{}: {}", Text{"联合申报", "joint application", "совместная заявка"}.in(lang), groups));
    }
    if (a.prior_cooperation)
        line(a.prior_cooperation->first,
             fmt::format("{} ({})", Text{"前期合作基础", "prior cooperation", "предшествующее сотрудничество"}.in(lang),
                         a.prior_cooperation->second));
    if (a.matching_proof)
        line(*a.matching_proof, Text{"企业出具配套资金证明", "enterprises prove matching funds",
                                     "предприятия подтверждают софинансирование"}
                                    .in(lang));
    if (a.producer) {
        const auto& p = *a.producer;
        std::string what = Text{"生产型企业：", "producer:", "производитель:"}.in(lang);
        if (p.legal_person) what += Text{" 独立法人，", " legal person,", " юридическое лицо,"}.in(lang);
        if (p.production)
            what += Text{" 生产型，", " production enterprise,", " производственное предприятие,"}.in(lang);
        if (p.haccp) what += " HACCP,";
        if (p.revenue_floor)
            what += fmt::format(" {} ≥ {}", Text{"收入", "revenue", "выручка"}.in(lang),
                                format_yuan(*p.revenue_floor, lang));
        if (p.south_revenue_floor)
            what += fmt::format(" ({} {})", Text{"南疆三地州", "south Xinjiang", "юг Синьцзяна"}.in(lang),
                                format_yuan(*p.south_revenue_floor, lang));
        if (p.export_floor_usd)
            what += fmt::format(" {} USD {}", Text{"或出口 ≥", "or exports ≥", "или экспорт ≥"}.in(lang),
                                format_yuan(*p.export_floor_usd, lang));
        line(p.clause, what);
    }
    for (const RatioRule* r : c.ratio_rules_of_annex(a.number)) {
        std::string f, s;
        for (Source x : r->fiscal_side) f += (f.empty() ? "" : "+") + std::string(to_id(x));
        for (Source x : r->self_side) s += (s.empty() ? "" : "+") + std::string(to_id(x));
        std::string who;
        if (r->when.applicant == std::vector<OrgType>{OrgType::enterprise})
            who = Text{"（企业申报）", " (enterprise applicants)", " (для заявителей-предприятий)"}.in(lang);
        else if (!r->when.applicant.empty())
            who = fmt::format(" ({} {})", Text{"申报单位：", "applicants:", "заявители:"}.in(lang),
                              type_ids(r->when.applicant));
        if (!r->exempt_all.empty())
            who += fmt::format(" ({} {})",
                               Text{"申报单位与合作单位均为以下类型时不要求：", "none when the applicant and every partner are", "не требуется, если заявитель и все партнёры —"}.in(lang),
                               r->exempt_names.in(lang));
        line(r->clause, fmt::format("{}: {} ≥ {} × {}{}", Text{"配套比例", "co-funding", "софинансирование"}.in(lang), s,
                                    localize_number(r->multiple_text, lang), f, who));
    }
    return out;
}

// The annex's tasks: id and short name, then the call's own words, as the clauses above.
std::string tasks_text(const Annex& a, const Catalog& c, Lang lang) {
    if (a.tasks.empty()) return {};
    std::string clause = c.eligibility_clause("scope_clause");
    std::string out = fmt::format(
        "    {} ({}) [{}]\n", Text{"项目任务", "Tasks", "Задачи"}.in(lang),
        Text{"重点项目须覆盖全部任务", "a whole key project covers every one", "проект в целом охватывает все"}.in(
            lang),
        clause);
    for (const auto& t : a.tasks) {
        out += fmt::format("    - {}  {}\n", t.id, t.name.in(lang));
        out += fmt::format("      {}\n", t.words);
    }
    return out;
}

std::string indicators_text(const std::vector<Indicator>& inds, Lang lang) {
    TextTable t({"id", Text{"类型", "kind", "вид"}.in(lang), Text{"指标", "indicator", "показатель"}.in(lang),
                 Text{"目标", "target", "цель"}.in(lang), Text{"口径", "measure", "мера"}.in(lang),
                 Text{"条款", "clause", "пункт"}.in(lang)});
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
                                   Text{"实施年限：不超过", "Project period: at most", "Срок проекта: не более"}.in(lang_),
                                   c.max_years, Text{"年", "years", "лет"}.in(lang_));
            // A number the call does not state is said so, never invented.
            const std::string not_stated = Text{"未说明", "not stated", "не указано"}.in(lang_);
            auto money = [&](const std::optional<Money>& m) { return m ? format_yuan(*m, lang_) : not_stated; };
            for (const ClassInfo& k : c.classes)
                ctx.out << fmt::format("  {}: {} {}, {} {}–{} [{}]\n", k.name.in(lang_),
                                       Text{"不超过", "at most", "не более"}.in(lang_),
                                       k.max_projects ? std::to_string(*k.max_projects) : not_stated,
                                       Text{"支持额度", "fiscal support", "бюджетная поддержка"}.in(lang_),
                                       money(k.min_fiscal), money(k.max_fiscal), k.clause);
            ctx.out << "\n" << Text{"资金来源", "Sources", "Источники"}.in(lang_) << "\n";
            for (const auto& s : c.sources)
                ctx.out << fmt::format("  {:<13} {:<8} {}\n", s.id, s.kind, s.name.in(lang_));
            ctx.out << "\n" << Text{"预算科目", "Budget categories", "Статьи бюджета"}.in(lang_) << "\n";
            for (const auto& k : c.categories) {
                std::string flags;
                if (k.indirect) flags += Text{"（间接费用）", "  (indirect costs)", "  (косвенные расходы)"}.in(lang_);
                if (!k.forbidden.empty())
                    flags += fmt::format("{} [{}]", Text{"（不得列支）", "  not allowed", "  не допускается"}.in(lang_),
                                         k.forbidden);
                ctx.out << fmt::format("  {:<15} {}{}\n", k.id, k.name.in(lang_), flags);
            }
            if (!c.directions.empty()) {
                ctx.out << "\n"
                        << Text{"一般项目方向", "General-project directions", "Направления общих проектов"}.in(lang_) << "\n";
                for (const auto& d : c.directions) ctx.out << fmt::format("  {}. {}\n", d.number, d.name.in(lang_));
            }
            ctx.out << "\n"
                    << Text{"通用指标", "Indicators any project may state", "Показатели для любого проекта"}.in(lang_)
                    << "\n";
            if (c.common_indicators.empty() && !c.indicators_rules.empty())
                ctx.out << "  "
                        << Text{"指南未列出指标：申报书自拟绩效指标并分年度填写目标（计划的 targets，见下方规则）",
                                "the call lists none: a plan states its own, with targets by year (the plan's "
                                "targets; see the rules below)",
                                "конкурс их не перечисляет: план задаёт свои, с целями по годам (targets плана; "
                                "см. правила ниже)"}
                               .in(lang_)
                        << "\n";
            else
                ctx.out << indicators_text(c.common_indicators, lang_);
            ctx.out << "\n" << Text{"规则", "Rules", "Правила"}.in(lang_) << "\n" << rules_text(c, lang_);
            if (!c.by_hand.empty()) {
                ctx.out << "\n"
                        << Text{"需人工核查（无法从申报书数据中检查）",
                                "To be checked by hand (the program cannot see it in a plan)",
                                "Проверяется вручную (по данным заявки не проверить)"}
                               .in(lang_)
                        << "\n";
                for (const auto& b : c.by_hand) {
                    ctx.out << fmt::format("  - {} [{}]\n", b.what.in(lang_), b.clause);
                    if (const Text* t = c.clause(b.clause)) ctx.out << fmt::format("    {}\n", t->zh);
                }
            }
        }
        for (const auto& a : c.annexes) {
            if (annex_ && a.number != *annex_) continue;
            ctx.out << fmt::format("\n{} {} — {} ({}, {})\n", Text{"附件", "Annex", "Приложение"}.in(lang_), a.number,
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
            ctx.err << fmt::format("cofund catalog validate: {}: {}\n", validate_file_, text.error().describe(lang_));
            return kUsage;
        }
        auto c = read_catalog(*text);
        if (!c) {
            ctx.err << located(validate_file_, c.error(), lang_) << "\n";
            return kFindings;
        }
        std::size_t rules = c->ratio_rules.size() + c->date_rules.size() + c->declaration_rules.size() +
                            c->applicant_type_rules.size() + c->partner_rules.size() +
                            c->program_limit_rules.size() + c->cap_rules.size() + c->item_threshold_rules.size() +
                            c->indicators_rules.size();
        ctx.out << fmt::format("{}: call {} — {}\n", validate_file_, c->id, c->title.in(lang_));
        ctx.out << fmt::format("  {} {}, {} {}, {} {}, {} {}, {} {}: {}\n", c->annexes.size(),
                               Text{"个附件", "annexes", "приложений"}.in(lang_), c->directions.size(),
                               Text{"个方向", "directions", "направлений"}.in(lang_), rules,
                               Text{"条规则", "rules", "правил"}.in(lang_), c->clauses.size(),
                               Text{"条条款", "clauses", "пунктов"}.in(lang_), c->by_hand.size(),
                               Text{"条需人工核查", "to be checked by hand", "проверяются вручную"}.in(lang_),
                               Text{"有效", "valid", "корректен"}.in(lang_));
        return kOk;
    }

    // `cofund catalog --list`: every call known, then the call files refused.
    int list(Context& ctx) {
        for (const auto& e : ctx.calls.list())
            ctx.out << fmt::format("{}  {}\n  {}\n", e.id, e.title.in(lang_), e.source);
        for (const auto& p : ctx.calls.problems())
            ctx.err << fmt::format("cofund catalog: {} ({})\n", located(p.path, p.error, lang_),
                                   Text{"未读入", "not read", "не прочитан"}.in(lang_));
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
