// SPDX-License-Identifier: GPL-3.0-or-later
// The scope and indicator rules: binding and expected targets, projections, patents.
#include <algorithm>

#include "cofund/json_read.h"
#include "cofund/projection.h"
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

    bool projected() const { return projection != nullptr; }
    // Made only for a finding: most values meet their target.
    std::string path(const Indicator& ind) const {
        if (projection) return projection->path;
        return value ? "/indicators/" + pointer_escape(ind.id) : std::string("/indicators");
    }
};

JudgedValue value_of(const RuleInput& in, const Indicator& ind) {
    if (const Decimal* d = in.plan.indicator(ind.id)) return {&d->value, nullptr};
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

}  // namespace cofund::rules
