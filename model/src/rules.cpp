// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/rules.h"

#include <fmt/format.h>

#include <algorithm>

#include "cofund/json_read.h"
#include "cofund/projection.h"

namespace cofund {

namespace {

using Out = std::vector<Finding>;

void add(Out& out, std::string rule, Severity sev, std::string clause, std::string path, std::string en,
         std::string zh, std::string ru, bool practice = false) {
    out.push_back(make_finding(std::move(rule), sev, std::move(clause), std::move(path), std::move(en), std::move(zh),
                               std::move(ru), practice));
}

}  // namespace

Finding make_finding(std::string rule, Severity sev, std::string clause, std::string path, std::string en,
                     std::string zh, std::string ru, bool practice) {
    return Finding{std::move(rule), sev, std::move(clause), std::move(path), practice,
                   Text{std::move(zh), std::move(en), std::move(ru)}};
}

namespace {

std::string class_en(ProjectClass c) { return c == ProjectClass::key ? "key-project" : "general-project"; }
std::string class_zh(const Catalog& cat, ProjectClass c) { return cat.klass(c).name.zh; }
// "для ключевого проекта": the class in the genitive.
const char* class_ru(ProjectClass c) { return c == ProjectClass::key ? "ключевого проекта" : "общего проекта"; }

// "fiscal" / "专项经费" for the special fund alone; "fiscal and other fiscal" / "财政经费" otherwise.
std::string side_en(const std::vector<Source>& side) {
    if (side.size() == 1 && side[0] == Source::fiscal) return "fiscal";
    if (side.size() == 1) return std::string(to_id(side[0]));
    return "fiscal";
}
std::string side_zh(const std::vector<Source>& side) {
    return side.size() == 1 && side[0] == Source::fiscal ? "专项经费" : "财政经费";
}
// The same in Russian, in the genitive: in full at its first mention in a message, short after.
bool special_fund_only(const std::vector<Source>& side) { return side.size() == 1 && side[0] == Source::fiscal; }
const char* side_ru_gen(const std::vector<Source>& side) {
    return special_fund_only(side) ? "бюджетного (фискального) финансирования" : "совокупного бюджетного финансирования";
}
const char* side_ru_short_gen(const std::vector<Source>& side) {
    return special_fund_only(side) ? "бюджетного финансирования" : "совокупного бюджетного финансирования";
}
const char* side_ru_short_acc(const std::vector<Source>& side) {
    return special_fund_only(side) ? "бюджетное финансирование" : "совокупное бюджетное финансирование";
}

// The Russian noun after a count: "1 год", "2 года", "5 лет".
const char* plural_ru(long n, const char* one, const char* few, const char* many) {
    n = n < 0 ? -n : n;
    if (n % 10 == 1 && n % 100 != 11) return one;
    if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) return few;
    return many;
}

std::string num(const Rational& v) {
    bool whole = is_whole(v);
    return format_grouped(v, whole ? 0 : 2);
}

// A value and its unit, "300 m²" / "300 平方米".
std::string with_unit(const Rational& v, const Indicator& ind, Lang lang) {
    const std::string& unit = ind.unit.in(lang);
    if (unit.empty()) return num(v);
    if (unit == "%") return num(v) + " %";
    return fmt::format("{} {}", num(v), unit);
}

// One side's indirect costs against the cap, from its sums.
IndirectView indirect_of(const Catalog& catalog, const Money& total, const Money& indirect, const Money& equipment) {
    Money base = total - indirect - equipment;
    if (base.is_negative()) base = Money();
    return {indirect, base, indirect_cap(catalog, base)};
}

const Annex* annex_of(const RuleInput& in) {
    const auto& p = in.plan.project;
    if (p.klass != ProjectClass::key || !p.annex) return nullptr;
    return in.catalog.annex(*p.annex);
}

// ---- period and budget lines ------------------------------------------------

void period_max_years(const RuleInput& in, Out& out) {
    const Project& p = in.plan.project;
    int max = in.catalog.max_years;
    if (p.years() <= max) return;
    int end = p.start_year + max - 1;
    add(out, "period.max_years", Severity::error, in.catalog.period_clause, "/project/end_year",
        fmt::format("the project period {}–{} is {} years; the call allows at most {} — end it in {}", p.start_year,
                    p.end_year, p.years(), max, end),
        fmt::format("项目实施期 {}–{} 年共 {} 年，超过指南规定的 {} 年，需在 {} 年结束", p.start_year, p.end_year,
                    p.years(), max, end),
        fmt::format("срок реализации проекта {}–{} составляет {} {}; условия конкурса допускают не более {} {} — "
                    "завершите проект в {} году",
                    p.start_year, p.end_year, p.years(), plural_ru(p.years(), "год", "года", "лет"), max,
                    plural_ru(max, "года", "лет", "лет"), end));
}

void budget_year(const RuleInput& in, Out& out) {
    const Project& p = in.plan.project;
    for (std::size_t i = 0; i < in.plan.budget.size(); ++i) {
        const BudgetLine& line = in.plan.budget[i];
        if (line.year >= p.start_year && line.year <= p.end_year) continue;
        const std::size_t n = i + 1;  // messages count lines from 1, as people do; pointers from 0
        add(out, "budget.year", Severity::error, "", fmt::format("/budget/{}/year", i),
            fmt::format("budget line {} ({} {} {}) is in {}, outside the project period {}–{}; move it into the period",
                        n, to_id(line.category), to_id(line.source), line.amount.grouped(), line.year, p.start_year,
                        p.end_year),
            fmt::format("第 {} 条预算（{}，{}，{} 元）的年度 {} 不在项目实施期 {}–{} 年内，需调整到实施期内", n,
                        in.catalog.category_name(line.category).zh, in.catalog.source_name(line.source).zh,
                        line.amount.grouped(), line.year, p.start_year, p.end_year),
            fmt::format("строка бюджета {} (статья «{}», источник «{}», {} юаней) относится к {} году, вне срока "
                        "реализации проекта {}–{}; перенесите её в пределы срока",
                        n, in.catalog.category_name(line.category).in(Lang::ru),
                        in.catalog.source_name(line.source).in(Lang::ru), line.amount.grouped(), line.year, p.start_year,
                        p.end_year));
    }
}

// ---- money --------------------------------------------------------------------

void support_range(const RuleInput& in, Out& out) {
    const ClassInfo& k = in.catalog.klass(in.plan.project.klass);
    Money fiscal = in.sums.all().of(Source::fiscal);
    ProjectClass c = in.plan.project.klass;
    if (fiscal > k.max_fiscal) {
        Money d = fiscal - k.max_fiscal;
        add(out, "support.range", Severity::error, k.clause, "/budget",
            fmt::format("fiscal {} exceeds the {} maximum {} by {}; cut fiscal by {}", fiscal.grouped(), class_en(c),
                        k.max_fiscal.grouped(), d.grouped(), d.grouped()),
            fmt::format("专项经费 {} 超过{}支持额度上限 {}，需减少专项经费 {} 元", fiscal.grouped(),
                        class_zh(in.catalog, c), k.max_fiscal.grouped(), d.grouped()),
            fmt::format("бюджетное (фискальное) финансирование {} превышает максимальный размер поддержки {} {} "
                        "на {}; сократите бюджетное финансирование на {} юаней",
                        fiscal.grouped(), class_ru(c), k.max_fiscal.grouped(), d.grouped(), d.grouped()));
    } else if (fiscal < k.min_fiscal) {
        Money d = k.min_fiscal - fiscal;
        add(out, "support.range", Severity::error, k.clause, "/budget",
            fmt::format("fiscal {} is below the {} minimum {} by {}; add {} fiscal", fiscal.grouped(), class_en(c),
                        k.min_fiscal.grouped(), d.grouped(), d.grouped()),
            fmt::format("专项经费 {} 低于{}支持额度下限 {}，需增加专项经费 {} 元", fiscal.grouped(),
                        class_zh(in.catalog, c), k.min_fiscal.grouped(), d.grouped()),
            fmt::format("бюджетное (фискальное) финансирование {} ниже минимального размера поддержки {} {} на "
                        "{}; увеличьте бюджетное финансирование на {} юаней",
                        fiscal.grouped(), class_ru(c), k.min_fiscal.grouped(), d.grouped(), d.grouped()));
    }
}

// ratio_view() from the sums of the check.
std::optional<RatioView> ratio_of(const RuleInput& in) { return ratio_view(in.plan, in.catalog, in.sums); }

void cofunding_ratio(const RuleInput& in, Out& out) {
    auto view = ratio_of(in);
    if (!view || view->met()) return;
    const RatioRule& r = *view->rule;
    Money add_self = view->required_self - view->self_side;
    // Smallest cut c with self ≥ multiple × (F − c): c = ceil(F − self / multiple).
    Money cut = Money::ceil_from(view->fiscal_side.to_rational() - view->self_side.to_rational() / r.multiple);
    const ClassInfo& k = in.catalog.klass(in.plan.project.klass);
    bool cut_possible = in.sums.all().of(Source::fiscal) - cut >= k.min_fiscal;
    std::string fix_en = cut_possible ? fmt::format("add {} self-raised or cut {} by {}", add_self.grouped(),
                                                    side_en(r.fiscal_side), cut.grouped())
                                      : fmt::format("add {} self-raised (cutting fiscal by {} would fall below the "
                                                    "{} minimum {})",
                                                    add_self.grouped(), cut.grouped(),
                                                    class_en(in.plan.project.klass), k.min_fiscal.grouped());
    std::string fix_zh = cut_possible ? fmt::format("需增加自筹 {} 元或减少{} {} 元", add_self.grouped(),
                                                    side_zh(r.fiscal_side), cut.grouped())
                                      : fmt::format("需增加自筹 {} 元（减少{} {} 元将低于支持额度下限 {}）",
                                                    add_self.grouped(), side_zh(r.fiscal_side), cut.grouped(),
                                                    k.min_fiscal.grouped());
    std::string fix_ru = cut_possible
                             ? fmt::format("увеличьте собственные средства на {} юаней или сократите {} на {} юаней",
                                           add_self.grouped(), side_ru_short_acc(r.fiscal_side), cut.grouped())
                             : fmt::format("увеличьте собственные средства на {} юаней (сокращение {} на {} юаней "
                                           "опустило бы его ниже минимального размера поддержки {} {})",
                                           add_self.grouped(), side_ru_short_gen(r.fiscal_side), cut.grouped(),
                                           class_ru(in.plan.project.klass), k.min_fiscal.grouped());
    add(out, "cofunding.ratio", Severity::error, r.clause, "/budget",
        fmt::format("self-raised {} is below {} × {} {}; {}", view->self_side.grouped(), r.multiple_text,
                    side_en(r.fiscal_side), view->fiscal_side.grouped(), fix_en),
        fmt::format("自筹 {} 低于{} {} 的 {} 倍，{}", view->self_side.grouped(), side_zh(r.fiscal_side),
                    view->fiscal_side.grouped(), r.multiple_text, fix_zh),
        fmt::format("собственные средства {} меньше {} × {} {}; {}", view->self_side.grouped(), r.multiple_text,
                    side_ru_gen(r.fiscal_side), view->fiscal_side.grouped(), fix_ru));
}

void cofunding_yearly(const RuleInput& in, Out& out) {
    auto view = ratio_of(in);
    if (!view || !view->met()) return;
    const RatioRule& r = *view->rule;
    // Cumulative sides year by year (money outside the period is in no year).
    const std::vector<Money> fiscal_run = in.sums.cumulative(r.fiscal_side);
    const std::vector<Money> self_run = in.sums.cumulative(r.self_side);
    for (std::size_t k = 0; k < fiscal_run.size(); ++k) {
        const int year = in.sums.years()[k];
        const Money& f = fiscal_run[k];
        const Money& s = self_run[k];
        Money required = ceil_times(f, r.multiple);
        if (s >= required) continue;
        Money lag = required - s;
        add(out, "cofunding.yearly", Severity::warning, r.clause, "/budget",
            fmt::format("by the end of {} cumulative self-raised {} is below {} × cumulative {} {}; bring {} of "
                        "self-raised money forward into {} or earlier",
                        year, s.grouped(), r.multiple_text, side_en(r.fiscal_side), f.grouped(), lag.grouped(), year),
            fmt::format("截至 {} 年累计自筹 {} 低于累计{} {} 的 {} 倍，需将 {} 元自筹提前到 {} 年或之前到位", year,
                        s.grouped(), side_zh(r.fiscal_side), f.grouped(), r.multiple_text, lag.grouped(), year),
            fmt::format("на конец {} года накопленные собственные средства {} меньше {} × накопленного {} {}; "
                        "перенесите {} юаней собственных средств на {} год или раньше",
                        year, s.grouped(), r.multiple_text, side_ru_gen(r.fiscal_side), f.grouped(), lag.grouped(),
                        year));
    }
}

// a ÷ b for b ≠ 0, exact (fen cancel).
Rational ratio(const Money& a, const Money& b) {
    BigInt n = to_big(a.fen()), d = to_big(b.fen());
    // Boost 1.74's rational refuses a negative denominator in its constructor.
    if (d.sign() < 0) n = -n, d = -d;
    return Rational(n, d);
}

void cofunding_leverage(const RuleInput& in, Out& out) {
    const Totals t = in.sums.all().totals();
    if (t.fiscal.is_zero()) return;
    Money other = t.total() - t.fiscal;
    // total ÷ fiscal − 1 = other ÷ fiscal: the two figures without rational arithmetic.
    // This finding fires for every plan with fiscal money: each figure is printed once for both languages.
    const std::string leverage = format_rounded(ratio(t.total(), t.fiscal), 2);
    const std::string brought = format_rounded(ratio(other, t.fiscal), 2);
    const std::string total = t.total().grouped(), fiscal = t.fiscal.grouped(), others = other.grouped();
    add(out, "cofunding.leverage", Severity::info, in.catalog.eligibility_clause("leverage_clause"), "/budget",
        fmt::format("leverage {}: total {} ÷ fiscal {}; every yuan of fiscal money brings {} yuan of other money "
                    "({} in all)",
                    leverage, total, fiscal, brought, others),
        fmt::format("杠杆率 {}：总投入 {} ÷ 专项经费 {}，每 1 元专项经费带动其他资金 {} 元（共 {} 元）", leverage,
                    total, fiscal, brought, others),
        fmt::format("финансовый рычаг {}: общий объём {} ÷ бюджетное (фискальное) финансирование {}; каждый юань "
                    "бюджетного финансирования привлекает {} юаня других средств (всего {} юаней)",
                    leverage, total, fiscal, brought, others));
}

// indirect_view() from the sums of the check.
IndirectView indirect_of(const Catalog& catalog, const Sums& sums, bool self_raised) {
    Money total;
    for (int c = 0; c < kCategoryCount; ++c) total += sums.side(static_cast<Category>(c), self_raised);
    return indirect_of(catalog, total, sums.side(Category::indirect, self_raised),
                       sums.side(Category::equipment, self_raised));
}
IndirectView indirect_of(const RuleInput& in, bool self_raised) { return indirect_of(in.catalog, in.sums.all(), self_raised); }

void indirect_cap_rule(const RuleInput& in, Out& out) {
    if (in.catalog.indirect_brackets.empty()) return;
    struct Side {
        const char* en;
        const char* zh;
        const char* ru;
        bool self;
    };
    for (Side side : {Side{"fiscal", "财政资金", "бюджетного (фискального) финансирования", false},
                      Side{"self-raised", "自筹资金", "собственных средств", true}}) {
        if (in.sums.all().side(Category::indirect, side.self).is_zero()) continue;
        auto [indirect, base, cap] = indirect_of(in, side.self);
        if (indirect <= cap) continue;
        Money excess = indirect - cap;
        add(out, "budget.indirect_cap", Severity::warning, "", "/budget",
            fmt::format("{} indirect costs {} exceed the practice cap {} on direct costs less equipment {} ({}); "
                        "cut them by {}",
                        side.en, indirect.grouped(), cap.grouped(), base.grouped(), in.catalog.indirect_source,
                        excess.grouped()),
            fmt::format("{}间接费用 {} 超过按直接费用扣除设备费后 {} 核定的上限 {}（{}），需减少 {} 元", side.zh,
                        indirect.grouped(), base.grouped(), cap.grouped(), in.catalog.indirect_source,
                        excess.grouped()),
            fmt::format("косвенные расходы за счёт {} {} превышают принятый на практике предел {}, исчисленный от "
                        "прямых расходов за вычетом оборудования {} ({}); сократите их на {} юаней",
                        side.ru, indirect.grouped(), cap.grouped(), base.grouped(), in.catalog.indirect_source,
                        excess.grouped()),
            true);
    }
}

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
        add(out, rule, sev, a->scope_clause, "/indicators",
            fmt::format("a subproject of annex {} states its share of at least one binding indicator; none is "
                        "stated — add e.g. \"{}\"",
                        a->number, a->indicators.front().id),
            fmt::format("附件{}的课题须承担至少一项约束性指标，当前未填写任何约束性指标，例如需填写 \"{}\"", a->number,
                        a->indicators.front().id),
            fmt::format("подпроект по приложению {} должен взять на себя долю хотя бы одного обязательного "
                        "показателя; ни один не указан — добавьте, например, \"{}\"",
                        a->number, a->indicators.front().id));
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
                            ind.id, ind.name.en, with_unit(ind.bound, ind, Lang::en).insert(0, std::string(to_symbol(ind.op)) + " ")),
                fmt::format("缺少{}指标 {}（{}），指南要求 {} {}，需在 indicators 中填写", kind_zh, ind.id, ind.name.zh,
                            to_symbol(ind.op), with_unit(ind.bound, ind, Lang::zh)),
                fmt::format("не указан {} показатель {} ({}); условия конкурса требуют {} {} — укажите его в "
                            "indicators",
                            kind_ru, ind.id, ind.name.in(Lang::ru), to_symbol(ind.op), with_unit(ind.bound, ind, Lang::ru)));
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
                fmt::format("{} indicator {} is {}{}, above the limit ≤ {}; lower it by {}", kind_en, ind.id,
                            with_unit(*v, ind, Lang::en), src_en, with_unit(ind.bound, ind, Lang::en), num(over)),
                fmt::format("{}指标 {}（{}）为 {}{}，超过上限 {}，需降低 {}", kind_zh, ind.id, ind.name.zh,
                            with_unit(*v, ind, Lang::zh), src_zh, with_unit(ind.bound, ind, Lang::zh), num(over)),
                fmt::format("{} показатель {} ({}) равен {}{}, что выше предела ≤ {}; снизьте его на {}", kind_ru,
                            ind.id, ind.name.in(Lang::ru), with_unit(*v, ind, Lang::ru), src_ru,
                            with_unit(ind.bound, ind, Lang::ru), num(over)));
        } else if (ind.op == Op::gt) {
            add(out, rule, sev, ind.clause, path,
                fmt::format("{} indicator {} is {}{}; the call asks for more than {} (突破) — raise it above {}",
                            kind_en, ind.id, with_unit(*v, ind, Lang::en), src_en, with_unit(ind.bound, ind, Lang::en),
                            num(ind.bound)),
                fmt::format("{}指标 {}（{}）为 {}{}，指南要求突破 {}，需提高到 {} 以上", kind_zh, ind.id, ind.name.zh,
                            with_unit(*v, ind, Lang::zh), src_zh, with_unit(ind.bound, ind, Lang::zh), num(ind.bound)),
                fmt::format("{} показатель {} ({}) равен {}{}; условия конкурса требуют превысить {} (突破) — "
                            "повысьте его выше {}",
                            kind_ru, ind.id, ind.name.in(Lang::ru), with_unit(*v, ind, Lang::ru), src_ru,
                            with_unit(ind.bound, ind, Lang::ru), num(ind.bound)));
        } else {
            Rational gap = ind.bound - *v;
            add(out, rule, sev, ind.clause, path,
                fmt::format("{} indicator {} is {}{}, below the target {} {}; raise it by {}", kind_en, ind.id,
                            with_unit(*v, ind, Lang::en), src_en, to_symbol(ind.op), with_unit(ind.bound, ind, Lang::en),
                            num(gap)),
                fmt::format("{}指标 {}（{}）为 {}{}，低于指南要求 {} {}，需提高 {}", kind_zh, ind.id, ind.name.zh,
                            with_unit(*v, ind, Lang::zh), src_zh, to_symbol(ind.op), with_unit(ind.bound, ind, Lang::zh),
                            num(gap)),
                fmt::format("{} показатель {} ({}) равен {}{}, что ниже требуемого значения {} {}; повысьте его на {}",
                            kind_ru, ind.id, ind.name.in(Lang::ru), with_unit(*v, ind, Lang::ru), src_ru, to_symbol(ind.op),
                            with_unit(ind.bound, ind, Lang::ru), num(gap)));
        }
    }
}

void indicator_binding(const RuleInput& in, Out& out) { indicator_targets(in, out, IndicatorKind::binding); }
void indicator_expected(const RuleInput& in, Out& out) { indicator_targets(in, out, IndicatorKind::expected); }

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
        std::string target_en = ind->op == Op::about
                                    ? std::string()
                                    : fmt::format("; the projection {} the target {} {}",
                                                  ind->meets(projected) ? "still meets" : "misses", to_symbol(ind->op),
                                                  with_unit(ind->bound, *ind, Lang::en));
        std::string target_zh = ind->op == Op::about
                                    ? std::string()
                                    : fmt::format("；预测值{}指南要求 {} {}", ind->meets(projected) ? "仍满足" : "未达到",
                                                  to_symbol(ind->op), with_unit(ind->bound, *ind, Lang::zh));
        std::string target_ru = ind->op == Op::about
                                    ? std::string()
                                    : fmt::format("; прогноз {} требованию {} {}",
                                                  ind->meets(projected) ? "всё же соответствует" : "не соответствует",
                                                  to_symbol(ind->op), with_unit(ind->bound, *ind, Lang::ru));
        add(out, "indicator.projection", Severity::warning, ind->clause, it->second.path,
            fmt::format("{} is stated as {}, but its projection gives {} (projected), {} {}{} — revise the "
                        "trajectory or state the projected value",
                        ind->id, with_unit(stated->value, *ind, Lang::en), with_unit(projected, *ind, Lang::en), num(by),
                        falling ? "more" : "short", target_en),
            fmt::format("{}（{}）填报值为 {}，但预测值为 {}（预测值），{} {}{}，需调整预测或按预测值填报", ind->id,
                        ind->name.zh, with_unit(stated->value, *ind, Lang::zh), with_unit(projected, *ind, Lang::zh),
                        falling ? "高出" : "相差", num(by), target_zh),
            fmt::format("{} ({}): заявлено {}, но прогноз даёт {}, на {} {}{} — скорректируйте траекторию или "
                        "укажите прогнозное значение",
                        ind->id, ind->name.in(Lang::ru), with_unit(stated->value, *ind, Lang::ru),
                        with_unit(projected, *ind, Lang::ru), num(by), falling ? "больше" : "меньше", target_ru));
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
                fmt::format("{} is {}, exactly the target of about {}", ind.id, with_unit(*v, ind, Lang::en),
                            with_unit(ind.bound, ind, Lang::en)),
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
            fmt::format("{} is {}, {} ({} %) {} the target of about {}", ind.id, with_unit(*v, ind, Lang::en),
                        num(abs_diff), format_rounded(abs_share, 1), dir_en, with_unit(ind.bound, ind, Lang::en)),
            fmt::format("{}（{}）为 {}，{}指南所述约 {} 达 {}（{} %）", ind.id, ind.name.zh, with_unit(*v, ind, Lang::zh),
                        dir_zh, with_unit(ind.bound, ind, Lang::zh), num(abs_diff), format_rounded(abs_share, 1)),
            fmt::format("{} ({}): {}, что на {} ({} %) {} ориентира «около {}»", ind.id, ind.name.in(Lang::ru),
                        with_unit(*v, ind, Lang::ru), num(abs_diff), format_rounded(abs_share, 1),
                        diff >= 0 ? "выше" : "ниже", with_unit(ind.bound, ind, Lang::ru)));
    }
}

void indicator_unknown(const RuleInput& in, Out& out) {
    const auto& applicable = in.indicators;
    auto report = [&](const std::string& id) {
        if (std::any_of(applicable.begin(), applicable.end(), [&](const Indicator* i) { return i->id == id; }))
            return;
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
        std::string hint_en = near.empty() ? "; see cofund catalog for the known ids"
                                           : fmt::format("; did you mean \"{}\"?", near);
        std::string hint_zh = near.empty() ? "，可用 cofund catalog 查看已知指标" : fmt::format("，是否应为 \"{}\"？", near);
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
    if (!any) {
        add(out, "indicator.patent", Severity::error, clause, "/indicators",
            "no patent indicator is stated; the call's expected indicators include the patents applied for or "
            "granted in the period — add e.g. \"patents_applied\": \"1\"",
            "未填写专利指标；指南要求预期指标包括实施期内申请或取得专利的情况，需填写例如 \"patents_applied\": \"1\"",
            "не указан ни один патентный показатель; по условиям конкурса ожидаемые показатели включают патенты, "
            "заявленные или полученные за срок реализации проекта, — добавьте, например, \"patents_applied\": \"1\"");
    } else if (!nonzero) {
        add(out, "indicator.patent", Severity::warning, clause, "/indicators",
            "every patent indicator stated is zero; the call expects patents applied for or granted in the period",
            "所填专利指标均为 0；指南要求预期指标包括实施期内申请或取得专利的情况",
            "все указанные патентные показатели равны нулю; условия конкурса предполагают патенты, заявленные или "
            "полученные за срок реализации проекта");
    }
}

void indicator_budget_backing(const RuleInput& in, Out& out) {
    for (const Indicator* i : in.indicators) {
        if (!i->backed_by) continue;
        const Decimal* d = in.plan.indicator(i->id);
        if (!d) continue;
        Money lines = in.sums.all().of(*i->backed_by);
        if (compare(lines, d->value) >= 0) continue;
        Money need = Money::ceil_from(d->value) - lines;
        add(out, "indicator.budget_backing", Severity::warning, "", "/indicators/" + pointer_escape(i->id),
            fmt::format("{} promises {} yuan, but the {} lines total {}; budget {} more {} or lower the indicator",
                        i->id, num(d->value), to_id(*i->backed_by), lines.grouped(), need.grouped(),
                        to_id(*i->backed_by)),
            fmt::format("{}（{}）承诺 {} 元，但{}预算合计仅 {}，需增加{} {} 元或调低该指标", i->id, i->name.zh,
                        num(d->value), in.catalog.category_name(*i->backed_by).zh, lines.grouped(),
                        in.catalog.category_name(*i->backed_by).zh, need.grouped()),
            fmt::format("{} ({}): обещано {} юаней, но строки по статье «{}» составляют в сумме лишь {}; увеличьте "
                        "статью «{}» на {} юаней или снизьте показатель",
                        i->id, i->name.in(Lang::ru), num(d->value), in.catalog.category_name(*i->backed_by).in(Lang::ru),
                        lines.grouped(), in.catalog.category_name(*i->backed_by).in(Lang::ru), need.grouped()),
            true);
    }
}

// ---- eligibility ----------------------------------------------------------------------

void eligibility_region(const RuleInput& in, Out& out) {
    if (in.plan.applicant.registered_in_region) return;
    add(out, "eligibility.region", Severity::error, in.catalog.eligibility_clause("region_clause"),
        "/applicant/registered_in_region",
        fmt::format("the applicant is not registered in the region ({}); only organisations registered there may "
                    "apply — apply through a registered partner",
                    in.catalog.region.en),
        fmt::format("申报单位不是{}境内注册的企事业单位，不能申报，需由区内注册单位牵头", in.catalog.region.zh),
        fmt::format("заявитель не зарегистрирован на территории региона ({}); подавать заявки могут только "
                    "зарегистрированные там организации — подайте заявку через зарегистрированного партнёра",
                    in.catalog.region.in(Lang::ru)));
}

void eligibility_unfinished(const RuleInput& in, Out& out) {
    int n = in.plan.applicant.unfinished_projects;
    if (n <= 0) return;
    add(out, "eligibility.unfinished", Severity::error, in.catalog.eligibility_clause("unfinished_clause"),
        "/applicant/unfinished_projects",
        fmt::format("the applicant has {} project(s) not yet accepted or closed; close them before applying", n),
        fmt::format("项目申请人有 {} 个已承担项目尚未验收或结题，不得再次申请，需先完成验收或结题", n),
        fmt::format("у заявителя есть проекты, не прошедшие приёмку или не закрытые: {}; завершите их приёмку или "
                    "закрытие до подачи заявки",
                    n));
}

void eligibility_agreement(const RuleInput& in, Out& out) {
    if (in.plan.applicant.cooperation_agreement) return;
    add(out, "eligibility.agreement", Severity::error, in.catalog.eligibility_clause("agreement_clause"),
        "/applicant/cooperation_agreement",
        "no cooperation agreement on this project; the call requires one — sign it with the partner before applying",
        "缺少针对项目申报内容的合作协议，需与合作方签订后再申报",
        "нет соглашения о сотрудничестве по этому проекту, а условия конкурса его требуют — подпишите его с "
        "партнёром до подачи заявки");
}

void eligibility_foreign_partner(const RuleInput& in, Out& out) {
    if (const Annex* a = annex_of(in)) {
        for (const auto& p : in.plan.partners)
            if (p.country == a->country) return;
        std::string clause = in.catalog.eligibility_clause("partner_clause");
        add(out, "eligibility.foreign_partner", Severity::error, clause, "/partners",
            fmt::format("annex {} needs a partner from {}; none of the {} partner(s) is — add one with country \"{}\"",
                        a->number, a->country, in.plan.partners.size(), a->country),
            fmt::format("附件{}须有来自 {} 的外方合作伙伴，当前 {} 个合作方均不是，需增加 country 为 \"{}\" 的合作方",
                        a->number, a->country, in.plan.partners.size(), a->country),
            fmt::format("по приложению {} нужен партнёр из {}; среди партнёров (всего {}) такого нет — добавьте "
                        "партнёра с country \"{}\"",
                        a->number, a->country, in.plan.partners.size(), a->country));
        return;
    }
    if (in.plan.project.klass != ProjectClass::general) return;
    for (const auto& p : in.plan.partners)
        if (p.country != "CN") return;
    std::string clause = in.catalog.eligibility_clause("partner_clause");
    add(out, "eligibility.foreign_partner", Severity::warning, clause, "/partners",
        "no foreign partner; the call is for international cooperation — add a partner from abroad",
        "没有外方合作伙伴；本专项支持国际科技合作，建议增加外方合作单位",
        "нет иностранного партнёра, а программа поддерживает международное научно-техническое сотрудничество — "
        "добавьте зарубежного партнёра");
}

// An organisation type in Russian, "научная организация (institute)": the name and the plan-file id.
std::string org_ru(OrgType t) {
    const char* name = t == OrgType::enterprise   ? "предприятие"
                       : t == OrgType::institute  ? "научная организация"
                       : t == OrgType::university ? "вуз"
                                                  : "иная организация";
    return fmt::format("{} ({})", name, to_id(t));
}

std::string type_list_ru(const std::vector<OrgType>& group) {
    std::string s;
    for (OrgType t : group) s += (s.empty() ? "" : " или ") + org_ru(t);
    return s;
}

void eligibility_enterprise_lead(const RuleInput& in, Out& out) {
    const Annex* a = annex_of(in);
    if (!a || !a->enterprise_lead || in.plan.applicant.type == OrgType::enterprise) return;
    add(out, "eligibility.enterprise_lead", Severity::error, *a->enterprise_lead, "/applicant/type",
        fmt::format("annex {} is led by an enterprise; the applicant is a(n) {} — let the enterprise partner apply",
                    a->number, to_id(in.plan.applicant.type)),
        fmt::format("附件{}须以企业为申报主体，当前申报单位类型为 {}，需由企业牵头申报", a->number,
                    to_id(in.plan.applicant.type)),
        fmt::format("по приложению {} заявителем должно быть предприятие, а заявитель — {}; заявку должен "
                    "подать партнёр-предприятие",
                    a->number, org_ru(in.plan.applicant.type)));
}

std::string type_list(const std::vector<OrgType>& group, const char* sep) {
    std::string s;
    for (OrgType t : group) s += (s.empty() ? "" : sep) + std::string(to_id(t));
    return s;
}


void eligibility_joint(const RuleInput& in, Out& out) {
    const Annex* a = annex_of(in);
    if (!a || !a->joint) return;
    const Plan& plan = in.plan;
    std::vector<std::string> missing, missing_ru;
    for (const auto& group : a->joint->groups) {
        auto in_group = [&](OrgType t) { return std::find(group.begin(), group.end(), t) != group.end(); };
        bool found = in_group(plan.applicant.type) ||
                     std::any_of(plan.partners.begin(), plan.partners.end(), [&](const Partner& p) { return in_group(p.type); });
        if (!found) {
            missing.push_back(type_list(group, " or "));
            missing_ru.push_back(type_list_ru(group));
        }
    }
    if (!a->joint->country.empty() &&
        std::none_of(plan.partners.begin(), plan.partners.end(),
                     [&](const Partner& p) { return p.country == a->joint->country; })) {
        missing.push_back("a participant from " + a->joint->country);
        missing_ru.push_back("участник из " + a->joint->country);
    }
    if (missing.empty()) return;
    std::string list, list_ru;
    for (const auto& m : missing) list += (list.empty() ? "" : "; ") + m;
    for (const auto& m : missing_ru) list_ru += (list_ru.empty() ? "" : "; ") + m;
    add(out, "eligibility.joint", Severity::error, a->joint->clause, "/partners",
        fmt::format("annex {} is a joint application of industry, universities and research; missing: {} — add such "
                    "a partner",
                    a->number, list),
        fmt::format("附件{}要求产学研联合申报，缺少：{}，需增加相应合作单位", a->number, list),
        fmt::format("по приложению {} требуется совместная заявка предприятий, вузов и научных организаций; не "
                    "хватает: {} — добавьте такого партнёра",
                    a->number, list_ru));
}

void eligibility_prior_cooperation(const RuleInput& in, Out& out) {
    const Annex* a = annex_of(in);
    if (!a || !a->prior_cooperation || in.plan.applicant.prior_cooperation) return;
    Severity sev = a->prior_cooperation->second == "error" ? Severity::error : Severity::warning;
    add(out, "eligibility.prior_cooperation", sev, a->prior_cooperation->first, "/applicant/prior_cooperation",
        fmt::format("annex {} builds on earlier cooperation with the {} partner; none is stated — describe it and set "
                    "prior_cooperation",
                    a->number, a->country),
        fmt::format("附件{}要求与{}合作方有前期合作基础，当前未说明，需补充并将 prior_cooperation 设为 true", a->number,
                    a->country),
        fmt::format("проект по приложению {} должен опираться на прежнее сотрудничество с партнёром из {}; оно не "
                    "указано — опишите его и задайте prior_cooperation = true",
                    a->number, a->country));
}

void eligibility_matching_proof(const RuleInput& in, Out& out) {
    const Annex* a = annex_of(in);
    if (!a || !a->matching_proof || in.plan.applicant.matching_funds_proof) return;
    const Plan& plan = in.plan;
    bool enterprise = plan.applicant.type == OrgType::enterprise ||
                      std::any_of(plan.partners.begin(), plan.partners.end(),
                                  [](const Partner& p) { return p.type == OrgType::enterprise; });
    if (!enterprise) return;
    add(out, "eligibility.matching_proof", Severity::error, *a->matching_proof, "/applicant/matching_funds_proof",
        fmt::format("an enterprise takes part in this annex {} project, so it must issue a proof of matching funds; "
                    "none is stated — obtain it and set matching_funds_proof",
                    a->number),
        "有企业参加的，企业须出具配套资金证明；当前未提供，需取得证明并将 matching_funds_proof 设为 true",
        fmt::format("в проекте по приложению {} участвует предприятие, поэтому оно должно представить подтверждение "
                    "средств софинансирования; его нет — получите его и задайте matching_funds_proof = true",
                    a->number));
}

template <class Check>
void producer_flag(const RuleInput& in, Out& out, const char* rule, Check check, const char* field,
                   const char* en, const char* zh, const char* ru) {
    const Annex* a = annex_of(in);
    if (!a || !a->producer || check(*a->producer, in.plan.applicant)) return;
    add(out, rule, Severity::error, a->producer->clause, std::string("/applicant/") + field,
        fmt::format("annex {}: {}", a->number, en), fmt::format("附件{}：{}", a->number, zh),
        fmt::format("приложение {}: {}", a->number, ru));
}

void eligibility_legal_person(const RuleInput& in, Out& out) {
    producer_flag(
        in, out, "eligibility.legal_person",
        [](const ProducerRequirement& r, const Applicant& a) { return !r.legal_person || a.legal_person; },
        "legal_person", "the applicant must be an independent legal person; it is not",
        "申报企业须具有独立法人资格，当前不具备",
        "заявитель должен быть самостоятельным юридическим лицом; он таковым не является");
}

void eligibility_production(const RuleInput& in, Out& out) {
    producer_flag(
        in, out, "eligibility.production",
        [](const ProducerRequirement& r, const Applicant& a) { return !r.production || a.production_enterprise; },
        "production_enterprise", "the applicant must be a production enterprise; it is not",
        "申报企业须为生产型企业，当前不是",
        "заявитель должен быть производственным предприятием; он таковым не является");
}

void eligibility_haccp(const RuleInput& in, Out& out) {
    producer_flag(
        in, out, "eligibility.haccp",
        [](const ProducerRequirement& r, const Applicant& a) { return !r.haccp || a.haccp_certified; },
        "haccp_certified", "the applicant must hold HACCP certification; it does not — certify before applying",
        "申报企业须取得 HACCP 体系认证，当前未取得",
        "заявитель должен иметь сертификат HACCP; сертификата нет — получите его до подачи заявки");
}

void eligibility_scale(const RuleInput& in, Out& out) {
    const Annex* a = annex_of(in);
    if (!a || !a->producer) return;
    const ProducerRequirement& r = *a->producer;
    const Applicant& app = in.plan.applicant;
    std::optional<Money> floor = app.south_xinjiang && r.south_revenue_floor ? r.south_revenue_floor : r.revenue_floor;
    if (!floor && !r.export_floor_usd) return;
    Money revenue = app.avg_revenue.value_or(Money());
    Money exports = app.avg_export_usd.value_or(Money());
    if ((floor && revenue >= *floor) || (r.export_floor_usd && exports >= *r.export_floor_usd)) return;
    std::string en, zh, ru;
    std::string region_en = app.south_xinjiang ? " (southern-prefecture floor)" : "";
    std::string region_zh = app.south_xinjiang ? "（南疆三地州标准）" : "";
    std::string region_ru = app.south_xinjiang ? " (порог для трёх округов Южного Синьцзяна)" : "";
    if (floor && r.export_floor_usd) {
        en = fmt::format("average revenue {} is below {}{} and average exports USD {} are below USD {}; one of the two "
                         "is needed — {} more revenue or USD {} more exports",
                         revenue.grouped(), floor->grouped(), region_en, exports.grouped(), r.export_floor_usd->grouped(),
                         (*floor - revenue).grouped(), (*r.export_floor_usd - exports).grouped());
        zh = fmt::format("近三年年均主营业务收入 {} 元低于 {} 元{}，且年均出口创汇 {} 美元低于 {} 美元；需满足其一，"
                         "即收入再增加 {} 元或出口再增加 {} 美元",
                         revenue.grouped(), floor->grouped(), region_zh, exports.grouped(), r.export_floor_usd->grouped(),
                         (*floor - revenue).grouped(), (*r.export_floor_usd - exports).grouped());
        ru = fmt::format("среднегодовая выручка за последние три года {} юаней ниже {} юаней{}, а среднегодовой "
                         "экспорт {} долл. США ниже {} долл. США; достаточно одного из двух — увеличить выручку на {} "
                         "юаней или экспорт на {} долл. США",
                         revenue.grouped(), floor->grouped(), region_ru, exports.grouped(), r.export_floor_usd->grouped(),
                         (*floor - revenue).grouped(), (*r.export_floor_usd - exports).grouped());
    } else if (floor) {
        en = fmt::format("average revenue {} is below {}{}; {} short", revenue.grouped(), floor->grouped(), region_en,
                         (*floor - revenue).grouped());
        zh = fmt::format("近三年年均主营业务收入 {} 元低于 {} 元{}，差 {} 元", revenue.grouped(), floor->grouped(),
                         region_zh, (*floor - revenue).grouped());
        ru = fmt::format("среднегодовая выручка за последние три года {} юаней ниже {} юаней{}; не хватает {} юаней",
                         revenue.grouped(), floor->grouped(), region_ru, (*floor - revenue).grouped());
    } else {
        en = fmt::format("average exports USD {} are below USD {}", exports.grouped(), r.export_floor_usd->grouped());
        zh = fmt::format("年均出口创汇 {} 美元低于 {} 美元", exports.grouped(), r.export_floor_usd->grouped());
        ru = fmt::format("среднегодовой экспорт {} долл. США ниже {} долл. США", exports.grouped(),
                         r.export_floor_usd->grouped());
    }
    add(out, "eligibility.scale", Severity::error, r.clause, "/applicant/avg_revenue", "annex " +
        std::to_string(a->number) + ": " + en, fmt::format("附件{}：{}", a->number, zh),
        fmt::format("приложение {}: {}", a->number, ru));
}

void project_annex(const RuleInput& in, Out& out) {
    const Project& p = in.plan.project;
    if (p.klass == ProjectClass::key && p.annex && !in.catalog.annex(*p.annex))
        add(out, "project.annex", Severity::error, "main.key", "/project/annex",
            fmt::format("call {} has no annex {}", in.catalog.id, *p.annex),
            fmt::format("指南 {} 没有附件{}", in.catalog.id, *p.annex),
            fmt::format("в конкурсе {} нет приложения {}", in.catalog.id, *p.annex));
    if (p.klass == ProjectClass::general && p.direction && !in.catalog.direction(*p.direction))
        add(out, "project.annex", Severity::error, "main.general", "/project/direction",
            fmt::format("call {} has no general direction {}", in.catalog.id, *p.direction),
            fmt::format("指南 {} 没有一般项目方向{}", in.catalog.id, *p.direction),
            fmt::format("в конкурсе {} нет направления общих проектов {}", in.catalog.id, *p.direction));
}

}  // namespace

std::string_view to_id(Severity s) {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::info: return "info";
    }
    return "";
}

const std::vector<RuleInfo>& all_rules() {
    static const std::vector<RuleInfo> rules = {
        {"project.annex", "error", false, "main.key / main.general", "the plan names an annex or direction the call does not have", project_annex},
        {"period.max_years", "error", false, "main.req.4", "the project period is longer than the call allows", period_max_years},
        {"budget.year", "error", false, "", "a budget line's year is outside the project period", budget_year},
        {"support.range", "error", false, "main.classes", "the fiscal total is outside the class's support range", support_range},
        {"cofunding.ratio", "error", false, "the annex's ratio clause (annex3.req.4, annex4.req.3, annex7.req.2)", "self-raised < required multiple × fiscal side", cofunding_ratio},
        {"cofunding.yearly", "warning", false, "the annex's ratio clause", "totals pass, but cumulative self-raised lags in some year", cofunding_yearly},
        {"cofunding.leverage", "info", false, "main.req.6", "always, where there is fiscal money: total ÷ fiscal", cofunding_leverage},
        {"scope.whole", "error", false, "the annex's scope clause, main.req.3 for general projects", "subproject anywhere but annex 4 (general projects included)", scope_whole},
        {"indicator.binding", "error", false, "the indicator's clause (annexN.ind.K); the scope clause for a subproject", "a binding indicator is missing or misses its target (whole scope)", indicator_binding},
        {"indicator.expected", "warning", false, "annexN.exp.K", "an expected indicator is missing or misses its target", indicator_expected},
        {"indicator.about", "info", false, "the indicator's clause", "distance to an \"about\" target", indicator_about},
        {"indicator.projection", "warning", false, "the indicator's clause", "a stated indicator value that its projection does not reach (by how much)", indicator_projection},
        {"projection.invalid", "error", false, "", "a projection that cannot be evaluated (unknown indicator, missing or extra years, zero baseline)", projection_invalid},
        {"indicator.unknown", "warning", false, "", "an indicator id the call does not know (with the nearest known id)", indicator_unknown},
        {"indicator.patent", "error / warning", false, "main.req.4", "no patent indicator stated / all stated are zero", indicator_patent},
        {"indicator.budget_backing", "warning", true, "", "a money indicator the project buys exceeds its equipment lines", indicator_budget_backing},
        {"eligibility.region", "error", false, "main.req.1", "applicant not registered in the region", eligibility_region},
        {"eligibility.unfinished", "error", false, "main.req.2", "applicant has unfinished projects", eligibility_unfinished},
        {"eligibility.agreement", "error", false, "main.req.5", "no cooperation agreement", eligibility_agreement},
        {"eligibility.foreign_partner", "error (key) / warning (general)", false, "main.req.5", "no partner from the annex's country / no foreign partner", eligibility_foreign_partner},
        {"eligibility.enterprise_lead", "error", false, "annex3.req.2, annex4.req.1", "the applicant is not an enterprise", eligibility_enterprise_lead},
        {"eligibility.joint", "error", false, "annex4.req.1, annex6.req.1, annex7.req.1", "the participants lack the required mix", eligibility_joint},
        {"eligibility.prior_cooperation", "error (annex 2) / warning (annex 5)", false, "annex2.req.1, annex5.req.1", "no prior cooperation stated", eligibility_prior_cooperation},
        {"eligibility.matching_proof", "error", false, "annex2.req.2", "an enterprise participates and no matching-funds proof", eligibility_matching_proof},
        {"eligibility.legal_person", "error", false, "annex3.req.3", "the applicant is not an independent legal person", eligibility_legal_person},
        {"eligibility.production", "error", false, "annex3.req.3", "not a production enterprise", eligibility_production},
        {"eligibility.haccp", "error", false, "annex3.req.3", "no HACCP certification", eligibility_haccp},
        {"eligibility.scale", "error", false, "annex3.req.3", "neither the revenue floor nor the export floor is met", eligibility_scale},
        {"budget.indirect_cap", "warning", true, "— (中办发〔2016〕50号)", "indirect costs above the practice cap", indirect_cap_rule},
        {"program.count", "error", false, "main.classes", "(portfolio) more key or general projects than the call funds", {}},
        {"program.budget", "error", false, "", "(portfolio, with --budget) the selection's fiscal total exceeds the program's fiscal envelope", {}},
    };
    return rules;
}

std::vector<Finding> check_plan(const Plan& plan, const Catalog& catalog, const ProjectedValues* projected) {
    RuleInput in{plan, catalog, projected};
    std::vector<Finding> out;
    for (const auto& rule : all_rules())
        if (rule.fn) rule.fn(in, out);
    std::stable_sort(out.begin(), out.end(),
                     [](const Finding& a, const Finding& b) { return a.severity < b.severity; });
    return out;
}

CheckSummary summarize(const std::vector<Finding>& findings) {
    CheckSummary s;
    for (const auto& f : findings) {
        if (f.severity == Severity::error) ++s.errors;
        else if (f.severity == Severity::warning) ++s.warnings;
        else ++s.infos;
    }
    return s;
}

IndirectView indirect_view(const Plan& plan, const Catalog& catalog, bool self_raised) {
    return indirect_of(catalog, BudgetSummary(plan).all(), self_raised);
}

Money indirect_cap(const Catalog& catalog, const Money& base) {
    // Σ part × rate over the brackets, exact: the parts are whole fen, so the
    // sum is kept as one fraction n ÷ d of fen and rounded down once.
    BigInt n = 0, d = 1;
    Money lower;
    for (const auto& bracket : catalog.indirect_brackets) {
        Money upper = bracket.up_to ? *bracket.up_to : base;
        if (base > lower) {
            Money part = (base < upper ? base : upper) - lower;
            if (part > Money()) {
                BigInt rd = mp::denominator(bracket.rate);
                n = n * rd + to_big(part.fen()) * mp::numerator(bracket.rate) * d;
                d *= rd;
            }
        }
        if (!bracket.up_to) break;
        lower = upper;
    }
    return floor_fen(n, d);
}

}  // namespace cofund
