// SPDX-License-Identifier: GPL-3.0-or-later
// The money rules: period, budget years, support range, co-funding ratio and leverage.
#include <algorithm>

#include "cofund/json_read.h"
#include "cofund/projection.h"
#include "common.h"

namespace cofund::rules {

// ---- period and budget lines ------------------------------------------------

void period_start_year(const RuleInput& in, Out& out) {
    const Project& p = in.plan.project;
    const int year = in.catalog.year;
    if (year == 0 || p.start_year >= year) return;
    add(out, "period.start_year", Severity::error, in.catalog.year_clause, "/project/start_year",
        fmt::format("the project starts in {}, before the call's year {}; the call funds projects from {} — start it "
                    "in {} or later",
                    p.start_year, year, year, year),
        fmt::format("项目起始年度 {} 年早于指南年度 {} 年，指南支持 {} 年起实施的项目，需从 {} 年或之后开始",
                    p.start_year, year, year, year),
        fmt::format("проект начинается в {} году, раньше года конкурса ({}); конкурс финансирует проекты с {} года "
                    "— начните проект в {} году или позже",
                    p.start_year, year, year, year));
}

void period_max_years(const RuleInput& in, Out& out) {
    const Project& p = in.plan.project;
    const auto [max, clause] = in.catalog.period_for(in.plan);
    if (p.years() <= max) return;
    int end = p.start_year + max - 1;
    add(out, "period.max_years", Severity::error, clause, "/project/end_year",
        fmt::format("the project period {}–{} is {} years; the call allows at most {} — end it in {}", p.start_year,
                    p.end_year, p.years(), max, end),
        fmt::format("项目实施期 {}–{} 年共 {} 年，超过指南规定的 {} 年，需在 {} 年结束", p.start_year, p.end_year,
                    p.years(), max, end),
        fmt::format("срок реализации проекта {}–{} составляет {} {}; условия конкурса допускают не более {} {} — "
                    "завершите проект в {} году",
                    p.start_year, p.end_year, p.years(), plural_ru(p.years(), "год", "года", "лет"), max,
                    plural_ru(max, "года", "лет", "лет"), end));
}

// A category the call lists as forbidden (its `forbidden` clause): every line with money there.
// Its money is the line's exact yuan, spelled as budget.year spells it, whatever unit the plan is written in.
void budget_forbidden(const RuleInput& in, Out& out) {
    for (std::size_t i = 0; i < in.plan.budget.size(); ++i) {
        const BudgetLine& line = in.plan.budget[i];
        const CategoryInfo* c = in.catalog.category(line.category);
        if (!c || c->forbidden.empty() || line.amount.is_zero()) continue;
        const std::size_t n = i + 1;
        add(out, "budget.forbidden", Severity::error, c->forbidden, fmt::format("/budget/{}/category", i),
            fmt::format("budget line {} puts {} yuan in {}, which the call does not allow; remove it or move the money "
                        "to an allowed category",
                        n, format_yuan(line.amount, Lang::en), c->name.en),
            fmt::format("第 {} 条预算在“{}”列支 {} 元，指南不允许列支该科目，需删除或调整到允许的科目", n, c->name.zh,
                        format_yuan(line.amount, Lang::zh)),
            fmt::format("строка бюджета {}: {} юаней по статье «{}», которую конкурс не допускает; удалите её или "
                        "перенесите средства в допустимую статью",
                        n, format_yuan(line.amount, Lang::ru), c->name.in(Lang::ru)));
    }
}

void budget_year(const RuleInput& in, Out& out) {
    const Project& p = in.plan.project;
    for (std::size_t i = 0; i < in.plan.budget.size(); ++i) {
        const BudgetLine& line = in.plan.budget[i];
        if (line.year >= p.start_year && line.year <= p.end_year) continue;
        const std::size_t n = i + 1;  // messages count lines from 1, as people do; pointers from 0
        add(out, "budget.year", Severity::error, "", fmt::format("/budget/{}/year", i),
            fmt::format("budget line {} ({} · {} · {} yuan) is in {}, outside the project period {}–{}; move it into "
                        "the period",
                        n, in.catalog.category_name(line.category).en, in.catalog.source_name(line.source).en,
                        format_yuan(line.amount, Lang::en), line.year, p.start_year, p.end_year),
            fmt::format("第 {} 条预算（{}，{}，{} 元）的年度 {} 不在项目实施期 {}–{} 年内，需调整到实施期内", n,
                        in.catalog.category_name(line.category).zh, in.catalog.source_name(line.source).zh,
                        format_yuan(line.amount, Lang::zh), line.year, p.start_year, p.end_year),
            fmt::format("строка бюджета {} (статья «{}», источник «{}», {} юаней) относится к {} году, вне срока "
                        "реализации проекта {}–{}; перенесите её в пределы срока",
                        n, in.catalog.category_name(line.category).in(Lang::ru),
                        in.catalog.source_name(line.source).in(Lang::ru), format_yuan(line.amount, Lang::ru), line.year,
                        p.start_year, p.end_year));
    }
}

// ---- money --------------------------------------------------------------------

void support_range(const RuleInput& in, Out& out) {
    const ClassInfo& k = in.catalog.klass(in.plan.project.klass);
    Money fiscal = in.sums.all().of(Source::fiscal);
    const std::string& c = in.plan.project.klass;
    if (k.max_fiscal && fiscal > *k.max_fiscal) {
        Money d = fiscal - *k.max_fiscal;
        add(out, "support.range", Severity::error, k.clause, "/budget",
            fmt::format("fiscal {} exceeds the {} maximum {} by {}; cut fiscal by {}", fiscal.grouped(), class_phrase(in.catalog, c, Lang::en),
                        k.max_fiscal->grouped(), d.grouped(), d.grouped()),
            fmt::format("专项经费 {} 超过{}支持额度上限 {}，需减少专项经费 {} 元", fiscal.grouped(),
                        class_phrase(in.catalog, c, Lang::zh), k.max_fiscal->grouped(), d.grouped()),
            fmt::format("бюджетное (фискальное) финансирование {} превышает максимальный размер поддержки {} {} "
                        "на {}; сократите бюджетное финансирование на {} юаней",
                        format_yuan(fiscal, Lang::ru), class_phrase(in.catalog, c, Lang::ru), format_yuan(*k.max_fiscal, Lang::ru),
                        format_yuan(d, Lang::ru), format_yuan(d, Lang::ru)));
    } else if (k.min_fiscal && fiscal < *k.min_fiscal) {
        Money d = *k.min_fiscal - fiscal;
        add(out, "support.range", Severity::error, k.clause, "/budget",
            fmt::format("fiscal {} is below the {} minimum {} by {}; add {} fiscal", fiscal.grouped(), class_phrase(in.catalog, c, Lang::en),
                        k.min_fiscal->grouped(), d.grouped(), d.grouped()),
            fmt::format("专项经费 {} 低于{}支持额度下限 {}，需增加专项经费 {} 元", fiscal.grouped(),
                        class_phrase(in.catalog, c, Lang::zh), k.min_fiscal->grouped(), d.grouped()),
            fmt::format("бюджетное (фискальное) финансирование {} ниже минимального размера поддержки {} {} на "
                        "{}; увеличьте бюджетное финансирование на {} юаней",
                        format_yuan(fiscal, Lang::ru), class_phrase(in.catalog, c, Lang::ru), format_yuan(*k.min_fiscal, Lang::ru),
                        format_yuan(d, Lang::ru), format_yuan(d, Lang::ru)));
    }
}

// ratio_view() from the sums of the check.
std::optional<RatioView> ratio_of(const RuleInput& in) {
    return ratio_view(in.plan, in.catalog, in.sums);
}

void cofunding_ratio(const RuleInput& in, Out& out) {
    auto view = ratio_of(in);
    if (!view || view->met()) return;
    const RatioRule& r = *view->rule;
    Money add_self = view->required_self - view->self_side;
    // Smallest cut c with self ≥ multiple × (F − c): c = ceil(F − self / multiple).
    Money cut = Money::ceil_from(view->fiscal_side.to_rational() - view->self_side.to_rational() / r.multiple);
    const ClassInfo& k = in.catalog.klass(in.plan.project.klass);
    bool cut_possible = !k.min_fiscal || in.sums.all().of(Source::fiscal) - cut >= *k.min_fiscal;
    std::string fix_en =
        cut_possible ? fmt::format("add {} self-raised or cut {} by {}", add_self.grouped(), side_en(r.fiscal_side),
                                   cut.grouped())
                     : fmt::format(
                           "add {} self-raised (cutting fiscal by {} would fall below the "
                           "{} minimum {})",
                           add_self.grouped(), cut.grouped(), class_phrase(in.catalog, in.plan.project.klass, Lang::en), k.min_fiscal->grouped());
    std::string fix_zh =
        cut_possible
            ? fmt::format("需增加自筹 {} 元或减少{} {} 元", add_self.grouped(), side_zh(r.fiscal_side), cut.grouped())
            : fmt::format("需增加自筹 {} 元（减少{} {} 元将低于支持额度下限 {}）", add_self.grouped(),
                          side_zh(r.fiscal_side), cut.grouped(), k.min_fiscal->grouped());
    std::string fix_ru =
        cut_possible
            ? fmt::format("увеличьте собственные средства на {} юаней или сократите {} на {} юаней",
                          format_yuan(add_self, Lang::ru), side_ru_short_acc(r.fiscal_side), format_yuan(cut, Lang::ru))
            : fmt::format(
                  "увеличьте собственные средства на {} юаней (сокращение {} на {} юаней "
                  "опустило бы его ниже минимального размера поддержки {} {})",
                  format_yuan(add_self, Lang::ru), side_ru_short_gen(r.fiscal_side), format_yuan(cut, Lang::ru),
                  class_phrase(in.catalog, in.plan.project.klass, Lang::ru), format_yuan(*k.min_fiscal, Lang::ru));
    add(out, "cofunding.ratio", Severity::error, r.clause, "/budget",
        fmt::format("self-raised {} is below {} × {} {}; {}", view->self_side.grouped(), r.multiple_text,
                    side_en(r.fiscal_side), view->fiscal_side.grouped(), fix_en),
        fmt::format("自筹 {} 低于{} {} 的 {} 倍，{}", view->self_side.grouped(), side_zh(r.fiscal_side),
                    view->fiscal_side.grouped(), r.multiple_text, fix_zh),
        fmt::format("собственные средства {} меньше {} × {} {}; {}", format_yuan(view->self_side, Lang::ru),
                    localize_number(r.multiple_text, Lang::ru), side_ru_gen(r.fiscal_side),
                    format_yuan(view->fiscal_side, Lang::ru), fix_ru));
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
                        year, format_yuan(s, Lang::ru), localize_number(r.multiple_text, Lang::ru),
                        side_ru_gen(r.fiscal_side), format_yuan(f, Lang::ru), format_yuan(lag, Lang::ru), year));
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
    // This finding fires for every plan with fiscal money: each figure is computed once, spelled per language.
    const Rational leverage = ratio(t.total(), t.fiscal), brought = ratio(other, t.fiscal);
    const std::string total = t.total().grouped(), fiscal = t.fiscal.grouped(), others = other.grouped();
    const std::string lev = format_rounded(leverage, 2), bro = format_rounded(brought, 2);
    add(out, "cofunding.leverage", Severity::info, in.catalog.eligibility_clause("leverage_clause"), "/budget",
        fmt::format("leverage {}: total {} ÷ fiscal {}; every yuan of fiscal money brings {} yuan of other money "
                    "({} in all)",
                    lev, total, fiscal, bro, others),
        fmt::format("杠杆率 {}：总投入 {} ÷ 专项经费 {}，每 1 元专项经费带动其他资金 {} 元（共 {} 元）", lev, total,
                    fiscal, bro, others),
        fmt::format("финансовый рычаг {}: общий объём {} ÷ бюджетное (фискальное) финансирование {}; каждый юань "
                    "бюджетного финансирования привлекает {} юаня других средств (всего {} юаней)",
                    localize_number(lev, Lang::ru), format_yuan(t.total(), Lang::ru), format_yuan(t.fiscal, Lang::ru),
                    localize_number(bro, Lang::ru), format_yuan(other, Lang::ru)));
}

}  // namespace cofund::rules
