// SPDX-License-Identifier: GPL-3.0-or-later
// The scope and indicator rules: binding and expected targets, projections, patents.
#include <algorithm>

#include "cofund/json_read.h"
#include "cofund/projection.h"
#include "cofund/targets.h"
#include "common.h"

namespace cofund::rules {

// ---- scope and indicators ----------------------------------------------------------

void scope_whole(const RuleInput& in, Out& out) {
    const Project& p = in.plan.project;
    if (p.scope != Scope::subproject) return;
    const Annex* a = annex_of(in);
    if (a && a->allows(Scope::subproject)) return;
    std::string clause = a ? a->scope_clause : in.catalog.eligibility_clause("scope_clause");
    std::string where_en = a ? fmt::format("annex {}", a->number) : std::string("a general project");
    std::string where_zh = a ? fmt::format("附件{}", a->number) : std::string("一般项目");
    add(out, "scope.whole", Severity::error, clause, "/project/scope",
        fmt::format("{} accepts whole-project applications only; set scope to \"whole\" and cover every binding "
                    "indicator",
                    where_en),
        fmt::format("{}只接受项目整体申报，需将 scope 改为 \"whole\" 并覆盖全部约束性指标", where_zh),
        a ? fmt::format("по приложению {} принимаются только заявки на проект в целом; установите scope \"whole\" и "
                        "охватите все обязательные показатели",
                        a->number)
          : std::string("по общим проектам принимаются только заявки на проект в целом; установите scope \"whole\" "
                        "и охватите все обязательные показатели"));
}

// The value the rules judge: stated, else projected, else none (value null).
struct JudgedValue {
    const Rational* value = nullptr;
    const ProjectedValue* projection = nullptr;  ///< set when the value is projected
    int target = -1;                             ///< the index in targets[] when the value is a target's total

    bool projected() const { return projection != nullptr; }
    // Made only for a finding: most values meet their target.
    std::string path(const Indicator& ind) const {
        if (projection) return projection->path;
        if (target >= 0) return fmt::format("/targets/{}/total", target);
        return value ? "/indicators/" + pointer_escape(ind.id) : std::string("/indicators");
    }
};

JudgedValue value_of(const RuleInput& in, const Indicator& ind) {
    if (const Decimal* d = in.plan.indicator(ind.id)) {
        int target = -1;  // stated as a target's total (Plan::indicator), not in indicators
        for (std::size_t i = 0; i < in.plan.targets.size(); ++i)
            if (&in.plan.targets[i].total == d) target = static_cast<int>(i);
        return {&d->value, nullptr, target};
    }
    if (in.projected) {
        auto it = in.projected->find(ind.id);
        if (it != in.projected->end()) return {&it->second.value, &it->second};
    }
    return {};
}

void indicator_targets(const RuleInput& in, Out& out, IndicatorKind kind) {
    const Annex* a = annex_of(in);
    if (!a) return;
    const bool binding = kind == IndicatorKind::binding;
    const char* rule = binding ? "indicator.binding" : "indicator.expected";
    const Severity sev = binding ? Severity::error : Severity::warning;
    if (in.plan.project.scope == Scope::subproject && a->allows(Scope::subproject)) {
        // A subproject states its share of some binding indicators; targets do not bind it.
        if (!binding) return;
        for (const auto& ind : a->indicators)
            if (ind.kind == IndicatorKind::binding && in.plan.indicator(ind.id)) return;
        const Indicator& first = a->indicators.front();
        add(out, rule, sev, a->scope_clause, "/indicators",
            fmt::format("a subproject of annex {} states its share of at least one binding indicator; none is "
                        "stated — state e.g. its share of {} ({})",
                        a->number, first.name.en, first.id),
            fmt::format("附件{}的课题须承担至少一项约束性指标，当前未填写任何约束性指标，例如需填写所承担的{}（{}）",
                        a->number, first.name.zh, first.id),
            fmt::format("подпроект по приложению {} должен взять на себя долю хотя бы одного обязательного "
                        "показателя; ни один не указан — укажите, например, свою долю показателя «{}» ({})",
                        a->number, first.name.in(Lang::ru), first.id));
        return;
    }
    for (const auto& ind : a->indicators) {
        if (ind.kind != kind) continue;
        JudgedValue judged = value_of(in, ind);
        const Rational* v = judged.value;
        const char* kind_en = binding ? "binding" : "expected";
        const char* kind_zh = binding ? "约束性" : "预期性";
        const char* kind_ru = binding ? "обязательный" : "ожидаемый";
        if (!v) {
            add(out, rule, sev, ind.clause, "/indicators",
                fmt::format("{} indicator {} ({}) is missing; the call asks for {} — state it in indicators", kind_en,
                            ind.id, ind.name.en,
                            with_unit(ind.bound, ind, Lang::en).insert(0, std::string(to_symbol(ind.op)) + " ")),
                fmt::format("缺少{}指标 {}（{}），指南要求 {} {}，需在 indicators 中填写", kind_zh, ind.id, ind.name.zh,
                            to_symbol(ind.op), with_unit(ind.bound, ind, Lang::zh)),
                fmt::format("не указан {} показатель {} ({}); условия конкурса требуют {} {} — укажите его в "
                            "indicators",
                            kind_ru, ind.id, ind.name.in(Lang::ru), to_symbol(ind.op),
                            with_unit(ind.bound, ind, Lang::ru)));
            continue;
        }
        if (ind.op == Op::about || ind.meets(*v)) continue;
        const std::string path = judged.path(ind);
        const char* src_en = judged.projected() ? " (projected)" : "";
        const char* src_zh = judged.projected() ? "（预测值）" : "";
        const char* src_ru = judged.projected() ? " (прогноз)" : "";
        if (ind.op == Op::le) {
            Rational over = *v - ind.bound;
            add(out, rule, sev, ind.clause, path,
                fmt::format("{} indicator {} ({}) is {}{}, above the limit ≤ {}; lower it by {}", kind_en, ind.id,
                            ind.name.en, with_unit(*v, ind, Lang::en), src_en, with_unit(ind.bound, ind, Lang::en),
                            num(over)),
                fmt::format("{}指标 {}（{}）为 {}{}，超过上限 {}，需降低 {}", kind_zh, ind.id, ind.name.zh,
                            with_unit(*v, ind, Lang::zh), src_zh, with_unit(ind.bound, ind, Lang::zh), num(over)),
                fmt::format("{} показатель {} ({}) равен {}{}, что выше предела ≤ {}; снизьте его на {}", kind_ru,
                            ind.id, ind.name.in(Lang::ru), with_unit(*v, ind, Lang::ru), src_ru,
                            with_unit(ind.bound, ind, Lang::ru), num(over, Lang::ru)));
        } else if (ind.op == Op::gt) {
            add(out, rule, sev, ind.clause, path,
                fmt::format("{} indicator {} ({}) is {}{}; the call asks for more than {} — raise it above {}", kind_en,
                            ind.id, ind.name.en, with_unit(*v, ind, Lang::en), src_en,
                            with_unit(ind.bound, ind, Lang::en), num(ind.bound)),
                fmt::format("{}指标 {}（{}）为 {}{}，指南要求突破 {}，需提高到 {} 以上", kind_zh, ind.id, ind.name.zh,
                            with_unit(*v, ind, Lang::zh), src_zh, with_unit(ind.bound, ind, Lang::zh), num(ind.bound)),
                fmt::format("{} показатель {} ({}) равен {}{}; условия конкурса требуют превысить {} — "
                            "повысьте его выше {}",
                            kind_ru, ind.id, ind.name.in(Lang::ru), with_unit(*v, ind, Lang::ru), src_ru,
                            with_unit(ind.bound, ind, Lang::ru), num(ind.bound, Lang::ru)));
        } else if (ind.op == Op::eq) {
            add(out, rule, sev, ind.clause, path,
                fmt::format("{} indicator {} ({}) is {}{}; the call asks for exactly {} — set it to {}", kind_en,
                            ind.id, ind.name.en, with_unit(*v, ind, Lang::en), src_en,
                            with_unit(ind.bound, ind, Lang::en), num(ind.bound)),
                fmt::format("{}指标 {}（{}）为 {}{}，指南要求为 {}，需调整为 {}", kind_zh, ind.id, ind.name.zh,
                            with_unit(*v, ind, Lang::zh), src_zh, with_unit(ind.bound, ind, Lang::zh), num(ind.bound)),
                fmt::format("{} показатель {} ({}) равен {}{}; условия конкурса требуют ровно {} — установите {}",
                            kind_ru, ind.id, ind.name.in(Lang::ru), with_unit(*v, ind, Lang::ru), src_ru,
                            with_unit(ind.bound, ind, Lang::ru), num(ind.bound, Lang::ru)));
        } else {
            Rational gap = ind.bound - *v;
            add(out, rule, sev, ind.clause, path,
                fmt::format("{} indicator {} ({}) is {}{}, below the target {} {}; raise it by {}", kind_en, ind.id,
                            ind.name.en, with_unit(*v, ind, Lang::en), src_en, to_symbol(ind.op),
                            with_unit(ind.bound, ind, Lang::en), num(gap)),
                fmt::format("{}指标 {}（{}）为 {}{}，低于指南要求 {} {}，需提高 {}", kind_zh, ind.id, ind.name.zh,
                            with_unit(*v, ind, Lang::zh), src_zh, to_symbol(ind.op),
                            with_unit(ind.bound, ind, Lang::zh), num(gap)),
                fmt::format("{} показатель {} ({}) равен {}{}, что ниже требуемого значения {} {}; повысьте его на {}",
                            kind_ru, ind.id, ind.name.in(Lang::ru), with_unit(*v, ind, Lang::ru), src_ru,
                            to_symbol(ind.op), with_unit(ind.bound, ind, Lang::ru), num(gap, Lang::ru)));
        }
    }
}

void indicator_binding(const RuleInput& in, Out& out) {
    indicator_targets(in, out, IndicatorKind::binding);
}
void indicator_expected(const RuleInput& in, Out& out) {
    indicator_targets(in, out, IndicatorKind::expected);
}

// Where the plan states a value and projects it too, the projection should reach the statement.
void indicator_projection(const RuleInput& in, Out& out) {
    if (!in.projected) return;
    for (const Indicator* ind : in.indicators) {
        const Decimal* stated = in.plan.indicator(ind->id);
        auto it = in.projected->find(ind->id);
        if (!stated || it == in.projected->end()) continue;
        const Rational& projected = it->second.value;
        const bool falling = ind->op == Op::le;
        const auto order = compare(projected, stated->value);
        if (falling ? order <= 0 : order >= 0) continue;
        Rational by = falling ? Rational(projected - stated->value) : Rational(stated->value - projected);
        std::string target_en =
            ind->op == Op::about
                ? std::string()
                : fmt::format("; the projection {} the target {} {}", ind->meets(projected) ? "still meets" : "misses",
                              to_symbol(ind->op), with_unit(ind->bound, *ind, Lang::en));
        std::string target_zh =
            ind->op == Op::about ? std::string()
                                 : fmt::format("；预测值{}指南要求 {} {}", ind->meets(projected) ? "仍满足" : "未达到",
                                               to_symbol(ind->op), with_unit(ind->bound, *ind, Lang::zh));
        std::string target_ru = ind->op == Op::about
                                    ? std::string()
                                    : fmt::format("; прогноз {} требованию {} {}",
                                                  ind->meets(projected) ? "всё же соответствует" : "не соответствует",
                                                  to_symbol(ind->op), with_unit(ind->bound, *ind, Lang::ru));
        add(out, "indicator.projection", Severity::warning, ind->clause, it->second.path,
            fmt::format("{} ({}) is stated as {}, but its projection gives {} (projected), {} {}{} — revise the "
                        "trajectory or state the projected value",
                        ind->id, ind->name.en, with_unit(stated->value, *ind, Lang::en),
                        with_unit(projected, *ind, Lang::en), num(by), falling ? "more" : "short", target_en),
            fmt::format("{}（{}）填报值为 {}，但预测值为 {}（预测值），{} {}{}，需调整预测或按预测值填报", ind->id,
                        ind->name.zh, with_unit(stated->value, *ind, Lang::zh), with_unit(projected, *ind, Lang::zh),
                        falling ? "高出" : "相差", num(by), target_zh),
            fmt::format("{} ({}): заявлено {}, но прогноз даёт {}, на {} {}{} — скорректируйте траекторию или "
                        "укажите прогнозное значение",
                        ind->id, ind->name.in(Lang::ru), with_unit(stated->value, *ind, Lang::ru),
                        with_unit(projected, *ind, Lang::ru), num(by, Lang::ru), falling ? "больше" : "меньше",
                        target_ru));
    }
}

// A projection the engine cannot evaluate (see projection.h).
void projection_invalid(const RuleInput& in, Out& out) {
    for (auto& issue : projection_issues(in.plan, in.catalog))
        add(out, "projection.invalid", Severity::error, "", issue.path, issue.text.en, issue.text.zh, issue.text.ru);
}

void indicator_about(const RuleInput& in, Out& out) {
    const Annex* a = annex_of(in);
    if (!a) return;
    for (const auto& ind : a->indicators) {
        if (ind.op != Op::about) continue;
        JudgedValue judged = value_of(in, ind);
        const Rational* v = judged.value;
        if (!v) continue;
        const std::string path = judged.path(ind);
        Rational diff = *v - ind.bound;
        if (diff == 0) {
            add(out, "indicator.about", Severity::info, ind.clause, path,
                fmt::format("{} ({}) is {}, exactly the target of about {}", ind.id, ind.name.en,
                            with_unit(*v, ind, Lang::en), with_unit(ind.bound, ind, Lang::en)),
                fmt::format("{}（{}）为 {}，与指南所述约 {} 一致", ind.id, ind.name.zh, with_unit(*v, ind, Lang::zh),
                            with_unit(ind.bound, ind, Lang::zh)),
                fmt::format("{} ({}): {} — ровно ориентир «около {}»", ind.id, ind.name.in(Lang::ru),
                            with_unit(*v, ind, Lang::ru), with_unit(ind.bound, ind, Lang::ru)));
            continue;
        }
        Rational share = ind.bound == 0 ? Rational(0) : diff / ind.bound * 100;
        std::string dir_en = diff >= 0 ? "above" : "below";
        std::string dir_zh = diff >= 0 ? "高于" : "低于";
        Rational abs_diff = diff >= 0 ? diff : Rational(-diff);
        Rational abs_share = share >= 0 ? share : Rational(-share);
        add(out, "indicator.about", Severity::info, ind.clause, path,
            fmt::format("{} ({}) is {}, {} ({} %) {} the target of about {}", ind.id, ind.name.en,
                        with_unit(*v, ind, Lang::en), num(abs_diff), format_rounded(abs_share, 1), dir_en,
                        with_unit(ind.bound, ind, Lang::en)),
            fmt::format("{}（{}）为 {}，{}指南所述约 {} 达 {}（{} %）", ind.id, ind.name.zh,
                        with_unit(*v, ind, Lang::zh), dir_zh, with_unit(ind.bound, ind, Lang::zh), num(abs_diff),
                        format_rounded(abs_share, 1)),
            fmt::format("{} ({}): {}, что на {} ({} %) {} ориентира «около {}»", ind.id, ind.name.in(Lang::ru),
                        with_unit(*v, ind, Lang::ru), num(abs_diff, Lang::ru), format_fixed(abs_share, Lang::ru, 1),
                        diff >= 0 ? "выше" : "ниже", with_unit(ind.bound, ind, Lang::ru)));
    }
}

void indicator_unknown(const RuleInput& in, Out& out) {
    const auto& applicable = in.indicators;
    auto report = [&](const std::string& id) {
        if (std::any_of(applicable.begin(), applicable.end(), [&](const Indicator* i) { return i->id == id; })) return;
        const std::string path = "/indicators/" + pointer_escape(id);
        const Indicator* elsewhere = in.catalog.indicator(id);
        if (elsewhere) {
            add(out, "indicator.unknown", Severity::warning, "", path,
                fmt::format("indicator {} belongs to annex {}, not to this plan; remove it or use this plan's "
                            "indicators (cofund catalog --annex {})",
                            id, elsewhere->annex, in.plan.project.annex.value_or(elsewhere->annex)),
                fmt::format("指标 {} 属于附件{}，不适用于本项目，需删除或改用本项目的指标", id, elsewhere->annex),
                fmt::format("показатель {} относится к приложению {}, а не к этому плану; удалите его или используйте "
                            "показатели этого плана (cofund catalog --annex {})",
                            id, elsewhere->annex, in.plan.project.annex.value_or(elsewhere->annex)));
            return;
        }
        std::vector<std::string> names;
        for (const Indicator* i : applicable) names.push_back(i->id);
        std::string near = nearest_name(id, names);
        std::string hint_en =
            near.empty() ? "; see cofund catalog for the known ids" : fmt::format("; did you mean \"{}\"?", near);
        std::string hint_zh =
            near.empty() ? "，可用 cofund catalog 查看已知指标" : fmt::format("，是否应为 \"{}\"？", near);
        std::string hint_ru = near.empty() ? "; известные показатели — в выводе cofund catalog"
                                           : fmt::format("; возможно, имелся в виду \"{}\"", near);
        add(out, "indicator.unknown", Severity::warning, "", path,
            fmt::format("unknown indicator \"{}\"{}", printable(id, 60), hint_en),
            fmt::format("未知指标 \"{}\"{}", printable(id, 60), hint_zh),
            fmt::format("неизвестный показатель \"{}\"{}", printable(id, 60), hint_ru));
    };
    for (const auto& [id, value] : in.plan.indicators) report(id);
}

void indicator_patent(const RuleInput& in, Out& out) {
    bool any = false, nonzero = false;
    for (const Indicator* i : in.indicators) {
        if (!i->patent) continue;
        if (const Decimal* d = in.plan.indicator(i->id)) {
            any = true;
            if (d->value.sign() > 0) nonzero = true;
        }
    }
    std::string clause = in.catalog.eligibility_clause("patent_clause");
    if (clause.empty()) return;  // the call asks for no patent indicator
    if (!any) {
        // Named in words, not as the plan file's JSON: the desktop app shows this too.
        const Indicator* first = nullptr;
        for (const Indicator* i : in.indicators)
            if (i->patent && !first) first = i;
        const std::string en = first ? fmt::format(" — state e.g. {} ({}) as 1", first->name.en, first->id) : "";
        const std::string zh = first ? fmt::format("，需填写例如{}（{}）为 1", first->name.zh, first->id) : "";
        const std::string ru =
            first ? fmt::format(", — укажите, например, «{}» ({}): 1", first->name.in(Lang::ru), first->id) : "";
        add(out, "indicator.patent", Severity::error, clause, "/indicators",
            "no patent indicator is stated; the call's expected indicators include the patents applied for or "
            "granted in the period" +
                en,
            "未填写专利指标；指南要求预期指标包括实施期内申请或取得专利的情况" + zh,
            "не указан ни один патентный показатель; по условиям конкурса ожидаемые показатели включают патенты, "
            "заявленные или полученные за срок реализации проекта" +
                ru);
    } else if (!nonzero) {
        add(out, "indicator.patent", Severity::warning, clause, "/indicators",
            "every patent indicator stated is zero; the call expects patents applied for or granted in the period",
            "所填专利指标均为 0；指南要求预期指标包括实施期内申请或取得专利的情况",
            "все указанные патентные показатели равны нулю; условия конкурса предполагают патенты, заявленные или "
            "полученные за срок реализации проекта");
    }
}

// ---- the plan's own indicators with targets by year (kind "indicators") ---------------

namespace {

// "papers (发表论文)": the id and the name, as the messages name a target.
std::string target_label(const RuleInput& in, const Target& t, Lang lang) {
    const std::string name = target_name(t, in.catalog, lang);
    if (name == t.id) return t.id;
    return lang == Lang::zh ? fmt::format("{}（{}）", t.id, name) : fmt::format("{} ({})", t.id, name);
}

std::string share_percent(const Rational& share, Lang lang) {
    return format_number(share * 100, lang, 4) + " %";
}

// The plan's indicators as a rule of kind `indicators` counts them: its targets,
// and the whole-period values of `indicators` that no target names.
std::vector<std::string> untargeted_indicators(const Plan& plan) {
    std::vector<std::string> out;
    for (const auto& stated : plan.indicators) {
        const std::string& id = stated.first;  // a name, not a structured binding: clang's lambdas cannot capture those
        if (std::none_of(plan.targets.begin(), plan.targets.end(), [&](const Target& t) { return t.id == id; }))
            out.push_back(id);
    }
    return out;
}

}  // namespace

void indicator_year(const RuleInput& in, Out& out) {
    const Project& p = in.plan.project;
    for (std::size_t i = 0; i < in.plan.targets.size(); ++i) {
        const Target& t = in.plan.targets[i];
        for (const auto& [year, value] : t.years) {
            if (year >= p.start_year && year <= p.end_year) continue;
            add(out, "indicator.year", Severity::error, "", fmt::format("/targets/{}/years/{}", i, year),
                fmt::format("indicator {} has a target for {}, outside the project period {}–{}; move it into the "
                            "period or remove it",
                            target_label(in, t, Lang::en), year, p.start_year, p.end_year),
                fmt::format("指标 {}：{} 年目标不在项目实施期 {}–{} 内，需移入实施期或删除",
                            target_label(in, t, Lang::zh), year, p.start_year, p.end_year),
                fmt::format("у показателя {} есть цель на {} год — вне срока проекта {}–{}; перенесите её в срок "
                            "проекта или удалите",
                            target_label(in, t, Lang::ru), year, p.start_year, p.end_year));
        }
    }
}

void indicator_count(const RuleInput& in, Out& out) {
    for (const IndicatorsRule* r : in.catalog.indicators_rules_for(in.plan)) {
        const long n = static_cast<long>(in.plan.targets.size() + untargeted_indicators(in.plan).size());
        if (r->min_count == 0 || n >= r->min_count) continue;
        const long more = r->min_count - n;
        add(out, "indicator.count", Severity::error, r->clause, "/targets",
            fmt::format("the plan states {} indicator{}; the call asks for at least {} — add {} more to targets, each "
                        "with its {}",
                        n, n == 1 ? "" : "s", r->min_count, more,
                        r->by_year ? "targets by year" : "whole-period target"),
            fmt::format("计划填写了 {} 项绩效指标，指南要求不少于 {} 项，需在 targets 中再增加 {} 项（{}）", n,
                        r->min_count, more, r->by_year ? "分年度填写目标" : "填写总目标"),
            fmt::format("в плане {} {}; по условиям конкурса нужно не менее {} — добавьте в targets ещё {} ({})", n,
                        plural_ru(n, "показатель", "показателя", "показателей"), r->min_count, more,
                        r->by_year ? "с целями по годам" : "с общей целью"));
    }
}

void indicator_by_year(const RuleInput& in, Out& out) {
    const int first = in.plan.project.start_year;
    for (const IndicatorsRule* r : in.catalog.indicators_rules_for(in.plan)) {
        if (!r->by_year) continue;
        for (std::size_t i = 0; i < in.plan.targets.size(); ++i) {
            const Target& t = in.plan.targets[i];
            if (t.in_year(first)) continue;
            std::string least_en, least_zh, least_ru;
            if (r->first_year_share) {
                const Rational least = first_year_minimum(t, *r->first_year_share);
                least_en = fmt::format(" of at least {} ({} of the whole-period target {})",
                                       target_value_text(least, t, in.catalog, Lang::en),
                                       share_percent(*r->first_year_share, Lang::en),
                                       target_value_text(t.total.value, t, in.catalog, Lang::en));
                least_zh =
                    fmt::format("，不低于 {}（总目标 {} 的 {}）", target_value_text(least, t, in.catalog, Lang::zh),
                                target_value_text(t.total.value, t, in.catalog, Lang::zh),
                                share_percent(*r->first_year_share, Lang::zh));
                least_ru =
                    fmt::format(" не менее {} ({} общей цели {})", target_value_text(least, t, in.catalog, Lang::ru),
                                share_percent(*r->first_year_share, Lang::ru),
                                target_value_text(t.total.value, t, in.catalog, Lang::ru));
            }
            add(out, "indicator.by_year", Severity::error, r->clause,
                t.years.empty() ? fmt::format("/targets/{}", i) : fmt::format("/targets/{}/years", i),
                fmt::format("indicator {} has no target for {}, the project's first year; the call sets indicators "
                            "by year — state years.{}{}",
                            target_label(in, t, Lang::en), first, first, least_en),
                fmt::format("指标 {}：未填写项目第一年（{} 年）的目标；指南要求分年度确定绩效指标，需填写 years.{}{}",
                            target_label(in, t, Lang::zh), first, first, least_zh),
                fmt::format("у показателя {} нет цели на {} год — первый год проекта; по условиям конкурса "
                            "показатели задаются по годам — укажите years.{}{}",
                            target_label(in, t, Lang::ru), first, first, least_ru));
        }
        for (const std::string& id : untargeted_indicators(in.plan))
            add(out, "indicator.by_year", Severity::error, r->clause, "/indicators/" + pointer_escape(id),
                fmt::format("indicator {} is stated for the whole period only; the call sets indicators by year — "
                            "state it in targets with its target for each year from {}",
                            printable(id, 60), first),
                fmt::format("指标 {} 仅填写了实施期总值；指南要求分年度确定绩效指标，需在 targets 中填写其自 {} "
                            "年起各年度的目标",
                            printable(id, 60), first),
                fmt::format("показатель {} указан только за весь срок; по условиям конкурса показатели задаются по "
                            "годам — укажите его в targets с целями на каждый год начиная с {}",
                            printable(id, 60), first));
    }
}

void indicator_first_year(const RuleInput& in, Out& out) {
    const int first = in.plan.project.start_year;
    for (const IndicatorsRule* r : in.catalog.indicators_rules_for(in.plan)) {
        if (!r->first_year_share) continue;
        const Rational& share = *r->first_year_share;
        for (std::size_t i = 0; i < in.plan.targets.size(); ++i) {
            const Target& t = in.plan.targets[i];
            const Decimal* stated = t.in_year(first);
            if (!stated && r->by_year) continue;  // indicator.by_year says it
            const Rational least = first_year_minimum(t, share);
            const Rational have = stated ? stated->value : Rational(0);
            if (have >= least) continue;
            auto v = [&](const Rational& x, Lang lang) { return target_value_text(x, t, in.catalog, lang); };
            const Rational exact = share * t.total.value;
            if (!stated) {
                add(out, "indicator.first_year", Severity::error, r->clause, fmt::format("/targets/{}", i),
                    fmt::format("indicator {} has no target for {}, the project's first year; the call asks for at "
                                "least {} of the whole-period target {} ({}) — state years.{} of at least {}",
                                target_label(in, t, Lang::en), first, share_percent(share, Lang::en),
                                v(t.total.value, Lang::en), v(exact, Lang::en), first, format_number(least, Lang::en)),
                    fmt::format("指标 {}：未填写第一年（{} 年）目标；指南要求不低于总目标 {} 的 {}（{}），需填写 "
                                "years.{}，不低于 {}",
                                target_label(in, t, Lang::zh), first, v(t.total.value, Lang::zh),
                                share_percent(share, Lang::zh), v(exact, Lang::zh), first,
                                format_number(least, Lang::zh)),
                    fmt::format("у показателя {} нет цели на {} год — первый год проекта; по условиям конкурса нужно "
                                "не менее {} общей цели {} ({}) — укажите years.{} не менее {}",
                                target_label(in, t, Lang::ru), first, share_percent(share, Lang::ru),
                                v(t.total.value, Lang::ru), v(exact, Lang::ru), first, format_number(least, Lang::ru)));
                continue;
            }
            add(out, "indicator.first_year", Severity::error, r->clause, fmt::format("/targets/{}/years/{}", i, first),
                fmt::format("indicator {}: the {} target {} is below {} of the whole-period target {} ({}); raise the "
                            "{} target from {} to at least {}",
                            target_label(in, t, Lang::en), first, v(have, Lang::en), share_percent(share, Lang::en),
                            v(t.total.value, Lang::en), v(exact, Lang::en), first, format_number(have, Lang::en),
                            format_number(least, Lang::en)),
                fmt::format("指标 {}：{} 年目标为 {}，低于总目标 {} 的 {}（{}），需将 {} 年目标由 {} 提高到不低于 {}",
                            target_label(in, t, Lang::zh), first, v(have, Lang::zh), v(t.total.value, Lang::zh),
                            share_percent(share, Lang::zh), v(exact, Lang::zh), first, format_number(have, Lang::zh),
                            format_number(least, Lang::zh)),
                fmt::format("показатель {}: цель на {} год {} ниже {} общей цели {} ({}); повысьте цель на {} год с "
                            "{} до не менее {}",
                            target_label(in, t, Lang::ru), first, v(have, Lang::ru), share_percent(share, Lang::ru),
                            v(t.total.value, Lang::ru), v(exact, Lang::ru), first, format_number(have, Lang::ru),
                            format_number(least, Lang::ru)));
        }
    }
}

}  // namespace cofund::rules
