// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/planner/suggest.h"

#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <functional>

#include "cofund/basis.h"
#include "cofund/format.h"
#include "cofund/plan_io.h"
#include "cofund/planner/check_report.h"
#include "cofund/planner/text.h"
#include "cofund/projection.h"
#include "cofund/targets.h"

namespace cofund::planner {

using ojson = nlohmann::ordered_json;

namespace {

const char* kNote = "cofund suggest";

using LinePred = LinePredicate;

bool in(const std::vector<Source>& side, Source s) {
    return std::find(side.begin(), side.end(), s) != side.end();
}

// The (category, source) a new amount of `side` money in `year` goes to: the
// year's largest such direct-cost line, else the plan's, else materials.
// The first direct category of the call that is not equipment (2018: materials).
Category fallback_category(const Catalog& cat) {
    for (const auto& c : cat.categories)
        if (!c.indirect && !c.equipment && c.forbidden.empty()) return c.category;
    return cat.categories.front().category;
}

std::pair<Category, Source> target_cell(const Plan& p, const Catalog& cat, int year, const std::vector<Source>& side) {
    const BudgetLine* best_year = nullptr;
    const BudgetLine* best_any = nullptr;
    for (const auto& line : p.budget) {
        if (!in(side, line.source) || cat.indirect(line.category)) continue;
        if (line.year == year && (!best_year || line.amount > best_year->amount)) best_year = &line;
        if (!best_any || line.amount > best_any->amount) best_any = &line;
    }
    if (best_year) return {best_year->category, best_year->source};
    if (best_any) return {best_any->category, best_any->source};
    return {fallback_category(cat), in(side, Source::self) ? Source::self : side.front()};
}

// Merges the changes of one kind, year and cell.
std::vector<MoneyChange> merged(const std::vector<MoneyChange>& changes) {
    std::vector<MoneyChange> out;
    for (const auto& c : changes) {
        auto it = std::find_if(out.begin(), out.end(), [&](const MoneyChange& o) {
            return o.kind == c.kind && o.year == c.year && o.from_year == c.from_year && o.category == c.category &&
                   o.source == c.source;
        });
        if (it == out.end())
            out.push_back(c);
        else
            it->amount += c.amount;
    }
    return out;
}

std::string side_en(Source s) {
    return is_self_raised(s) ? "self-raised" : s == Source::fiscal ? "fiscal" : "other fiscal";
}
std::string side_zh(Source s) {
    return is_self_raised(s) ? "自筹" : s == Source::fiscal ? "专项经费" : "其他财政资金";
}

// "собственных средств" / "бюджетного финансирования": the side in the genitive.
const char* side_ru_gen(Source s) {
    return is_self_raised(s)     ? "собственных средств"
           : s == Source::fiscal ? "бюджетного (фискального) финансирования"
                                 : "прочих бюджетных средств";
}

std::string change_ru(const MoneyChange& c, const Catalog& cat) {
    std::string cell = fmt::format("статья «{}», источник «{}»", cat.category_name(c.category).in(Lang::ru),
                                   cat.source_name(c.source).in(Lang::ru));
    switch (c.kind) {
        case MoneyChange::Kind::add:
            return fmt::format("в {} году добавьте {} юаней {} ({})", c.year, format_yuan(c.amount, Lang::ru),
                               side_ru_gen(c.source), cell);
        case MoneyChange::Kind::cut:
            return fmt::format("в {} году сократите объём {} на {} юаней ({})", c.year, side_ru_gen(c.source),
                               format_yuan(c.amount, Lang::ru), cell);
        case MoneyChange::Kind::move:
            return fmt::format("перенесите {} юаней {} с {} на {} год ({})", format_yuan(c.amount, Lang::ru),
                               side_ru_gen(c.source), c.from_year, c.year, cell);
    }
    return "";
}

std::string change_en(const MoneyChange& c) {
    std::string cell = fmt::format("{}, {}", to_id(c.category), to_id(c.source));
    switch (c.kind) {
        case MoneyChange::Kind::add:
            return fmt::format("add {} {} in {} ({})", c.amount.grouped(), side_en(c.source), c.year, cell);
        case MoneyChange::Kind::cut:
            return fmt::format("cut {} by {} in {} ({})", side_en(c.source), c.amount.grouped(), c.year, cell);
        case MoneyChange::Kind::move:
            return fmt::format("move {} {} from {} to {} ({})", c.amount.grouped(), side_en(c.source), c.from_year,
                               c.year, cell);
    }
    return "";
}

std::string change_zh(const MoneyChange& c, const Catalog& cat) {
    std::string cell = fmt::format("{}，{}", cat.category_name(c.category).zh, cat.source_name(c.source).zh);
    switch (c.kind) {
        case MoneyChange::Kind::add:
            return fmt::format("{} 年增加{} {} 元（{}）", c.year, side_zh(c.source), c.amount.grouped(), cell);
        case MoneyChange::Kind::cut:
            return fmt::format("{} 年减少{} {} 元（{}）", c.year, side_zh(c.source), c.amount.grouped(), cell);
        case MoneyChange::Kind::move:
            return fmt::format("将{} {} 元从 {} 年提前到 {} 年（{}）", side_zh(c.source), c.amount.grouped(),
                               c.from_year, c.year, cell);
    }
    return "";
}

void describe(Suggestion& s, const Catalog& cat, const std::string& tail_en = "", const std::string& tail_zh = "",
              const std::string& tail_ru = "") {
    s.changes = merged(s.changes);
    for (const auto& c : s.changes) {
        s.text.en += (s.text.en.empty() ? "" : ", ") + change_en(c);
        s.text.zh += (s.text.zh.empty() ? "" : "，") + change_zh(c, cat);
        s.text.ru += (s.text.ru.empty() ? "" : "; ") + change_ru(c, cat);
    }
    s.text.en += tail_en;
    s.text.zh += tail_zh;
    s.text.ru += tail_ru;
}

// ---- the fixes -------------------------------------------------------------------

// Each cap (kind "cap": budget.indirect_cap, budget.cap) a side exceeds: its
// capped money cut by the excess, latest year first. Where the capped money
// is part of the base (a cap of some direct costs on direct costs), the cut
// lowers the cap too, and the excess left is cut again until within.
void fix_caps(Plan& p, const Catalog& cat, std::vector<Suggestion>& out) {
    for (const CapRule& rule : cat.cap_rules) {
        if (!rule.when.holds(p)) continue;
        for (bool self : {false, true}) {
            if (!(self ? rule.self_side : rule.fiscal_side)) continue;
            auto capped = [&](const BudgetLine& l) {
                return rule.caps(l.category, cat) && is_self_raised(l.source) == self;
            };
            Suggestion s{std::string(rule.rule_id()), {}, {}, {}};
            // Each round leaves at most the share of what it cut over: a few rounds, a fen at the end.
            for (int round = 0; round < 10000; ++round) {
                auto [money, base, cap] = cap_view(p, BudgetSummary(p), cat, rule, self);
                if (money.is_zero() || money <= cap) break;
                Money left = money - cap;
                const Money before = left;
                for (int y = p.project.end_year; y >= p.project.start_year && !left.is_zero(); --y) {
                    auto pieces = take_from_year(p, y, capped, left);
                    for (const auto& c : pieces) left -= c.amount;
                    s.changes.insert(s.changes.end(), pieces.begin(), pieces.end());
                }
                // Capped lines outside the period (a budget.year error) are cut last.
                while (!left.is_zero()) {
                    auto it = std::find_if(p.budget.begin(), p.budget.end(),
                                           [&](const BudgetLine& l) { return capped(l) && !l.amount.is_zero(); });
                    if (it == p.budget.end()) break;
                    auto pieces = take_from_year(p, it->year, capped, left);
                    for (const auto& c : pieces) left -= c.amount;
                    s.changes.insert(s.changes.end(), pieces.begin(), pieces.end());
                }
                if (left == before) break;  // nothing left to cut
            }
            if (s.changes.empty()) continue;
            describe(s, cat);
            out.push_back(std::move(s));
        }
    }
}

// Each line whose basis is off: its amount set to the basis total, the
// first fix, so that the money fixes after it work on the justified amounts.
void fix_basis_sum(Plan& p, const Catalog& cat, std::vector<Suggestion>& out) {
    for (std::size_t i = 0; i < p.budget.size(); ++i) {
        auto change = set_amount_to_basis(p, i);
        if (!change) continue;
        const std::string total = p.budget[i].amount.grouped();
        Suggestion s{"basis.sum", {}, {*change}, {}};
        s.text.en =
            fmt::format("set the amount of budget line {} to the basis total {}: {}", i + 1, total, change_en(*change));
        s.text.zh =
            fmt::format("将第 {} 条预算的金额改为测算依据合计 {} 元：{}", i + 1, total, change_zh(*change, cat));
        s.text.ru = fmt::format("установите сумму строки бюджета {} равной итогу обоснования {}: {}", i + 1, total,
                                change_ru(*change, cat));
        out.push_back(std::move(s));
    }
}

// Each written result (an item's or a group's `stated`) that is not the exact
// figure: written anew as the exact figure, where that is a whole fen.
void fix_stated(Plan& p, std::vector<Suggestion>& out) {
    for (std::size_t i = 0; i < p.budget.size(); ++i) {
        each_basis_item(p.budget[i].basis, fmt::format("/budget/{}/basis", i),
                        [&](BasisItem& item, const std::string& n, const std::string& at) {
                            auto slip = stated_slip(item);
                            auto exact = item_money(item);
                            if (!slip || !exact) return;
                            const AmountUnit written = item.stated_unit.value_or(item.money_unit.value_or(p.unit));
                            item.stated = *exact;
                            const std::string was = slip->stated.grouped(), now = exact->grouped();
                            Suggestion s{item.is_group() ? "basis.subtotal" : "basis.item", {}, {}, {}, {}};
                            s.edits.push_back({at + "/stated", amount_text(*exact, written)});
                            s.text.en =
                                fmt::format("write the result of budget line {}, {} {} \"{}\" as {} instead of {}",
                                            i + 1, item.is_group() ? "group" : "item", n, item.item, now, was);
                            s.text.zh = fmt::format("将第 {} 条预算测算{} {}「{}」写明的结果由 {} 元改为 {} 元", i + 1,
                                                    item.is_group() ? "组" : "项", n, item.item, was, now);
                            s.text.ru = fmt::format("запишите итог строки бюджета {}, {} {} «{}», как {} вместо {}",
                                                    i + 1, item.is_group() ? "группа" : "позиция", n, item.item,
                                                    format_yuan(*exact, Lang::ru), format_yuan(slip->stated, Lang::ru));
                            out.push_back(std::move(s));
                        });
    }
}

// Each total of the form's table that its lines do not add up to: written
// anew as their sum (after the money fixes, so that it matches the corrected lines).
void fix_declared(Plan& p, std::vector<Suggestion>& out) {
    for (std::size_t k = 0; k < p.declared.size(); ++k) {
        DeclaredTotal& d = p.declared[k];
        const Money computed = declared_sum(p, d).computed;
        if (computed == d.amount) continue;
        const std::string was = d.amount.grouped(), now = computed.grouped();
        const Money old = d.amount;
        d.amount = computed;
        Suggestion s{"declared.sum", {}, {}, {}, {}};
        s.edits.push_back({fmt::format("/declared/{}/amount", k), amount_text(computed, p.unit)});
        s.text.en = fmt::format("write the form's \"{}\" as {} instead of {}, the sum of the lines under it", d.heading,
                                now, was);
        s.text.zh = fmt::format("将申报书表中「{}」由 {} 元改为其下各条预算的合计 {} 元", d.heading, was, now);
        s.text.ru = fmt::format("запишите в форме «{}» {} вместо {}: сумму строк под ней", d.heading,
                                format_yuan(computed, Lang::ru), format_yuan(old, Lang::ru));
        out.push_back(std::move(s));
    }
}

void fix_outside_period(Plan& p, const Catalog& cat, std::vector<Suggestion>& out) {
    Suggestion s{"budget.year", {}, move_into_period(p), {}};
    if (s.changes.empty()) return;
    describe(s, cat);
    out.push_back(std::move(s));
}

void fix_support_range(Plan& p, const Catalog& cat, std::vector<Suggestion>& out) {
    const ClassInfo& k = cat.klass(p.project.klass);
    Money fiscal = BudgetSummary(p).all().of(Source::fiscal);
    if (k.max_fiscal && fiscal > *k.max_fiscal) {
        Money left = fiscal - *k.max_fiscal;
        Suggestion s{"support.range", {}, {}, {}};
        auto direct = [&](const BudgetLine& l) { return l.source == Source::fiscal && !cat.indirect(l.category); };
        auto any = [](const BudgetLine& l) { return l.source == Source::fiscal; };
        for (const LinePred& pred : {LinePred(direct), LinePred(any)})
            for (int y = p.project.end_year; y >= p.project.start_year && !left.is_zero(); --y) {
                auto pieces = take_from_year(p, y, pred, left);
                for (const auto& c : pieces) left -= c.amount;
                s.changes.insert(s.changes.end(), pieces.begin(), pieces.end());
            }
        // Fiscal lines outside the period (a budget.year error) are cut last.
        while (!left.is_zero()) {
            auto it = std::find_if(p.budget.begin(), p.budget.end(), [](const BudgetLine& l) {
                return l.source == Source::fiscal && !l.amount.is_zero();
            });
            if (it == p.budget.end()) break;
            auto pieces = take_from_year(p, it->year, any, left);
            for (const auto& c : pieces) left -= c.amount;
            s.changes.insert(s.changes.end(), pieces.begin(), pieces.end());
        }
        describe(s, cat);
        out.push_back(std::move(s));
    } else if (k.min_fiscal && fiscal < *k.min_fiscal) {
        Money need = *k.min_fiscal - fiscal;
        int year = p.project.end_year;
        auto [c, src] = target_cell(p, cat, year, {Source::fiscal});
        add_to_cell(p, year, c, Source::fiscal, need, kNote);
        Suggestion s{"support.range", {}, {MoneyChange{MoneyChange::Kind::add, year, 0, c, Source::fiscal, need}}, {}};
        describe(s, cat);
        out.push_back(std::move(s));
    }
}

void fix_ratio(Plan& p, const Catalog& cat, std::vector<Suggestion>& out) {
    auto view = ratio_view(p, cat);
    if (!view) return;
    const RatioRule& r = *view->rule;
    const BudgetSummary sums(p);
    const std::vector<Money> fiscal = sums.cumulative(r.fiscal_side);
    const std::vector<Money> self = sums.cumulative(r.self_side);
    if (fiscal.empty()) return;
    const bool total_short = !view->met();

    // Target running totals: never below what the year requires; the last year
    // at least the requirement on the totals. D(y) = target − current ≥ 0.
    std::vector<int> years;
    std::vector<Money> delta;  // per-year change of the self-side amount
    Money prev_target, prev_self;
    for (std::size_t k = 0; k < fiscal.size(); ++k) {
        Money required = Money::ceil_from(fiscal[k].to_rational() * r.multiple);
        Money target = self[k] > required ? self[k] : required;
        years.push_back(sums.years()[k]);
        delta.push_back((target - prev_target) - (self[k] - prev_self));
        prev_target = target;
        prev_self = self[k];
    }
    // The totals may count lines outside the period; their shortfall goes to the last year.
    Money added;
    for (const auto& d : delta) added += d;
    Money total_short_by = view->required_self - (view->self_side + added);
    if (total_short_by > Money()) delta.back() += total_short_by;

    // Money leaving a year (negative delta) moves to the earliest years still
    // short; what no later year can give is added.
    Suggestion s{total_short ? "cofunding.ratio" : "cofunding.yearly", {}, {}, {}};
    std::deque<std::pair<std::size_t, Money>> wanting;
    std::vector<MoneyChange> changes;
    for (std::size_t i = 0; i < years.size(); ++i) {
        if (delta[i] > Money()) {
            wanting.emplace_back(i, delta[i]);
            continue;
        }
        Money give = -delta[i];
        while (!give.is_zero() && !wanting.empty()) {
            auto& [to, need] = wanting.front();
            Money m = need < give ? need : give;
            auto in_side = [&](const BudgetLine& l) { return in(r.self_side, l.source); };
            auto direct = [&](const BudgetLine& l) { return in_side(l) && !cat.indirect(l.category); };
            Money left = m;
            for (const LinePred& pred : {LinePred(direct), LinePred(in_side)}) {
                auto pieces = take_from_year(p, years[i], pred, left);
                for (auto& c : pieces) {
                    left -= c.amount;
                    add_to_cell(p, years[to], c.category, c.source, c.amount, kNote);
                    changes.push_back(
                        MoneyChange{MoneyChange::Kind::move, years[to], years[i], c.category, c.source, c.amount});
                }
            }
            need -= m;
            give -= m;
            if (need.is_zero()) wanting.pop_front();
        }
    }
    for (const auto& [i, need] : wanting) {
        if (need.is_zero()) continue;
        auto [c, src] = target_cell(p, cat, years[i], r.self_side);
        add_to_cell(p, years[i], c, src, need, kNote);
        changes.push_back(MoneyChange{MoneyChange::Kind::add, years[i], 0, c, src, need});
    }
    if (changes.empty()) return;
    // Moves first in time order, then additions.
    std::stable_sort(changes.begin(), changes.end(), [](const MoneyChange& a, const MoneyChange& b) {
        return std::tie(a.kind, a.year) < std::tie(b.kind, b.year);
    });
    s.changes = std::move(changes);
    std::string tail_en, tail_zh, tail_ru;
    if (total_short) {
        Money cut = Money::ceil_from(view->fiscal_side.to_rational() - view->self_side.to_rational() / r.multiple);
        if (BudgetSummary(p).all().of(Source::fiscal) - cut >= cat.klass(p.project.klass).min_fiscal.value_or(Money())) {
            tail_en = fmt::format(" (or instead cut fiscal by {})", cut.grouped());
            tail_zh = fmt::format("（或改为减少专项经费 {} 元）", cut.grouped());
            tail_ru = fmt::format(" (или вместо этого сократите бюджетное финансирование на {} юаней)",
                                  format_yuan(cut, Lang::ru));
        }
    }
    describe(s, cat, tail_en, tail_zh, tail_ru);
    out.push_back(std::move(s));
}

Rational meeting_value(const Indicator& ind) {
    if (ind.op != Op::gt) return ind.bound;
    return ind.bound == Rational(floor_of(ind.bound)) ? ind.bound + 1 : ind.bound + Rational(1, 100);
}

void set_indicator(Plan& p, const std::string& id, const Rational& v) {
    p.indicators_stated = true;
    for (auto& [key, value] : p.indicators)
        if (key == id) {
            value = Decimal::of(v);
            return;
        }
    p.indicators.emplace_back(id, Decimal::of(v));
}

void fix_indicators(Plan& p, const Catalog& cat, std::vector<Suggestion>& out) {
    if (p.project.annex && p.project.scope == Scope::whole) {
        if (const Annex* a = cat.annex(*p.project.annex)) {
            ProjectedValues projected = projected_values(p, cat);
            for (const auto& ind : a->indicators) {
                if (ind.kind == IndicatorKind::common || ind.op == Op::about) continue;
                const Decimal* stated = p.indicator(ind.id);
                std::optional<Rational> v;
                if (stated)
                    v = stated->value;
                else if (auto it = projected.find(ind.id); it != projected.end())
                    v = it->second.value;
                if (v && ind.meets(*v)) continue;
                Rational target = meeting_value(ind);
                std::string value = format_trimmed(target, 6);
                std::string unit_en = ind.unit.en.empty() ? "" : " " + ind.unit.en;
                std::string unit_zh = ind.unit.zh.empty() ? "" : " " + ind.unit.zh;
                std::string was_en = v ? fmt::format("{}{}", format_number(*v, Lang::en, 6), stated ? "" : " projected")
                                       : std::string("missing");
                std::string was_zh = v ? fmt::format("{}{}", format_number(*v, Lang::zh, 6), stated ? "" : "（预测值）")
                                       : std::string("未填写");
                std::string unit_ru = ind.unit.in(Lang::ru).empty() ? "" : " " + ind.unit.in(Lang::ru);
                std::string was_ru = v ? fmt::format("{}{}", format_number(*v, Lang::ru, 6), stated ? "" : " (прогноз)")
                                       : std::string("не указано");
                Suggestion s{
                    ind.kind == IndicatorKind::binding ? "indicator.binding" : "indicator.expected",
                    Text{fmt::format("填写 {}（{}）：\"{}\"{}（当前 {}；指南要求 {}）", ind.id, ind.name.zh, value,
                                     unit_zh, was_zh, ind.target_text()),
                         fmt::format("state {}: \"{}\"{} (now {}; the call asks for {})", ind.id, value, unit_en,
                                     was_en, ind.target_text()),
                         fmt::format("укажите {} ({}): \"{}\"{} (сейчас {}; условия конкурса требуют {})", ind.id,
                                     ind.name.in(Lang::ru), value, unit_ru, was_ru, ind.target_text(Lang::ru))},
                    {},
                    std::make_pair(ind.id, target)};
                set_indicator(p, ind.id, target);
                out.push_back(std::move(s));
            }
        }
    }
    // A patent indicator, where none is stated or all are zero.
    bool any = false, nonzero = false;
    const Indicator* first = nullptr;
    for (const Indicator* i : cat.indicators_for(p)) {
        if (!i->patent) continue;
        if (!first) first = i;
        if (const Decimal* d = p.indicator(i->id)) {
            any = true;
            if (d->value > 0) nonzero = true;
        }
    }
    if (first && !nonzero) {
        std::string id = first->id;
        if (any)
            for (const Indicator* i : cat.indicators_for(p))
                if (i->patent && p.indicator(i->id)) {
                    id = i->id;
                    break;
                }
        set_indicator(p, id, 1);
        out.push_back(
            Suggestion{"indicator.patent",
                       Text{fmt::format("填写 {}：\"1\"（指南要求实施期内申请或取得专利）", id),
                            fmt::format("state {}: \"1\" (the call expects patents applied for or granted)", id),
                            fmt::format("укажите {}: \"1\" (условия конкурса предполагают патенты, заявленные "
                                        "или полученные за срок реализации проекта)",
                                        id)},
                       {},
                       std::make_pair(id, Rational(1))});
    }
}

// Each first-year target below its share of the total (indicator.first_year),
// or missing where the call sets indicators by year (indicator.by_year): set to
// the least that meets every share the call asks (targets.h).
void fix_targets(Plan& p, const Catalog& cat, std::vector<Suggestion>& out) {
    const auto rules = cat.indicators_rules_for(p);
    const int first = p.project.start_year;
    for (std::size_t i = 0; i < p.targets.size(); ++i) {
        Target& t = p.targets[i];
        const IndicatorsRule* binding = nullptr;  // the rule with the largest minimum
        Rational least = 0;
        bool by_year = false;
        for (const IndicatorsRule* r : rules) {
            by_year = by_year || r->by_year;
            if (!r->first_year_share) continue;
            const Rational m = first_year_minimum(t, *r->first_year_share);
            if (!binding || m > least) {
                binding = r;
                least = m;
            }
        }
        if (!binding) continue;  // by_year alone: the value is the applicant's to choose
        const Decimal* stated = t.in_year(first);
        if (stated && stated->value >= least) continue;
        const std::string value = format_trimmed(least, 6);
        const Rational& share = *binding->first_year_share;
        auto pct = [&](Lang lang) { return format_number(share * 100, lang, 4) + " %"; };
        auto n = [&](const Rational& v, Lang lang) { return format_number(v, lang, 6); };
        const Rational exact = share * t.total.value;
        Suggestion s{stated || !by_year ? "indicator.first_year" : "indicator.by_year", {}, {}, {}, {}};
        s.edits.push_back({fmt::format("/targets/{}/years/{}", i, first), value});
        const std::string name_en = target_name(t, cat, Lang::en), name_zh = target_name(t, cat, Lang::zh),
                          name_ru = target_name(t, cat, Lang::ru);
        if (stated) {
            s.text.en =
                fmt::format("raise the {} target of {} ({}) from {} to {} ({} of its whole-period target {} is {})",
                            first, t.id, name_en, n(stated->value, Lang::en), n(least, Lang::en), pct(Lang::en),
                            n(t.total.value, Lang::en), n(exact, Lang::en));
            s.text.zh = fmt::format("将指标 {}（{}）{} 年目标由 {} 提高到 {}（总目标 {} 的 {} 为 {}）", t.id, name_zh,
                                    first, n(stated->value, Lang::zh), n(least, Lang::zh), n(t.total.value, Lang::zh),
                                    pct(Lang::zh), n(exact, Lang::zh));
            s.text.ru = fmt::format("повысьте цель показателя {} ({}) на {} год с {} до {} ({} общей цели {} — это {})",
                                    t.id, name_ru, first, n(stated->value, Lang::ru), n(least, Lang::ru), pct(Lang::ru),
                                    n(t.total.value, Lang::ru), n(exact, Lang::ru));
        } else {
            s.text.en = fmt::format("state the {} target of {} ({}) as {} ({} of its whole-period target {} is {})",
                                    first, t.id, name_en, n(least, Lang::en), pct(Lang::en), n(t.total.value, Lang::en),
                                    n(exact, Lang::en));
            s.text.zh = fmt::format("填写指标 {}（{}）{} 年目标为 {}（总目标 {} 的 {} 为 {}）", t.id, name_zh, first,
                                    n(least, Lang::zh), n(t.total.value, Lang::zh), pct(Lang::zh), n(exact, Lang::zh));
            s.text.ru =
                fmt::format("укажите цель показателя {} ({}) на {} год: {} ({} общей цели {} — это {})", t.id, name_ru,
                            first, n(least, Lang::ru), pct(Lang::ru), n(t.total.value, Lang::ru), n(exact, Lang::ru));
        }
        t.years[first] = Decimal{value, least};
        out.push_back(std::move(s));
    }
}

const char* kind_id(MoneyChange::Kind k) {
    return k == MoneyChange::Kind::add ? "add" : k == MoneyChange::Kind::cut ? "cut" : "move";
}

}  // namespace

SuggestResult suggest(const Plan& plan, const Catalog& catalog) {
    SuggestResult r;
    r.before = check("", plan, catalog).findings;
    r.corrected = plan;
    fix_basis_sum(r.corrected, catalog, r.suggestions);
    fix_outside_period(r.corrected, catalog, r.suggestions);
    fix_caps(r.corrected, catalog, r.suggestions);
    fix_support_range(r.corrected, catalog, r.suggestions);
    fix_ratio(r.corrected, catalog, r.suggestions);
    fix_indicators(r.corrected, catalog, r.suggestions);
    fix_targets(r.corrected, catalog, r.suggestions);
    fix_stated(r.corrected, r.suggestions);
    fix_declared(r.corrected, r.suggestions);
    r.after = check("", r.corrected, catalog).findings;
    return r;
}

ojson suggest_json(const SuggestResult& r, const std::string& file, Lang lang) {
    ojson o = ojson::object();
    o["file"] = file;
    ojson list = ojson::array();
    for (const auto& s : r.suggestions) {
        ojson x = ojson::object();
        x["rule"] = s.rule;
        x["message"] = s.message(lang);
        ojson changes = ojson::array();
        for (const auto& c : s.changes) {
            ojson y = ojson::object();
            y["action"] = kind_id(c.kind);
            y["year"] = c.year;
            if (c.kind == MoneyChange::Kind::move) y["from_year"] = c.from_year;
            y["category"] = std::string(to_id(c.category));
            y["source"] = std::string(to_id(c.source));
            y["amount"] = c.amount.str();
            changes.push_back(std::move(y));
        }
        x["changes"] = std::move(changes);
        if (!s.edits.empty()) {
            ojson edits = ojson::array();
            for (const auto& e : s.edits) edits.push_back(ojson{{"pointer", e.pointer}, {"value", e.value}});
            x["edits"] = std::move(edits);
        }
        if (s.indicator) {
            x["indicator"] = ojson::object();
            x["indicator"]["id"] = s.indicator->first;
            x["indicator"]["value"] = format_trimmed(s.indicator->second, 6);
        }
        list.push_back(std::move(x));
    }
    o["suggestions"] = std::move(list);
    CheckSummary after = summarize(r.after);
    ojson a = ojson::object();
    a["errors"] = after.errors;
    a["warnings"] = after.warnings;
    a["findings"] = ojson::array();
    for (const auto& f : r.after)
        if (f.severity != Severity::info) a["findings"].push_back(finding_json(f, lang));
    a["totals"] = totals_json(BudgetSummary(r.corrected).all().totals());
    o["after"] = std::move(a);
    return o;
}

std::string suggest_text(const SuggestResult& r, const std::string& file, Lang lang) {
    std::string out = fmt::format("{} — {}\n\n", file, r.corrected.project.title);
    CheckSummary before = summarize(r.before), after = summarize(r.after);
    if (r.suggestions.empty()) {
        out += fmt::format(
            "  {}\n", Text{"没有可通过调整资金或指标解决的问题", "nothing that money or an indicator value can fix",
                           "нет проблем, которые решаются изменением сумм или значений показателей"}
                          .in(lang));
    } else {
        out += lang == Lang::zh   ? fmt::format("  建议（{}）\n", r.suggestions.size())
               : lang == Lang::ru ? fmt::format("  Предложения ({})\n", r.suggestions.size())
                                  : fmt::format("  Suggestions ({})\n", r.suggestions.size());
        for (const auto& s : r.suggestions) out += fmt::format("    {}\n      {}\n", s.rule, s.message(lang));
    }
    out += "\n";
    const Totals a = BudgetSummary(r.corrected).all().totals();
    if (!r.suggestions.empty())
        out += lang == Lang::ru ? fmt::format(
                                      "  итого после изменений: бюджетное финансирование {}, собственные средства "
                                      "{}, всего {}\n",
                                      format_yuan(a.fiscal, Lang::ru), format_yuan(a.self_raised, Lang::ru),
                                      format_yuan(a.total(), Lang::ru))
               : lang == Lang::zh ? fmt::format("  修改后合计：专项经费 {}，自筹 {}，总计 {}\n", a.fiscal.grouped(),
                                                a.self_raised.grouped(), a.total().grouped())
                                  : fmt::format("  totals after: fiscal {}, self-raised {}, total {}\n",
                                                a.fiscal.grouped(), a.self_raised.grouped(), a.total().grouped());
    out += lang == Lang::ru ? fmt::format(
                                  "  до изменений: ошибок {}, предупреждений {}; после: ошибок {}, "
                                  "предупреждений {}\n",
                                  before.errors, before.warnings, after.errors, after.warnings)
           : lang == Lang::zh ? fmt::format("  修改前：{} 个错误，{} 个警告；修改后：{} 个错误，{} 个警告\n",
                                            before.errors, before.warnings, after.errors, after.warnings)
                              : fmt::format("  before: {} error(s), {} warning(s); after: {} error(s), {} warning(s)\n",
                                            before.errors, before.warnings, after.errors, after.warnings);
    bool header = false;
    for (const auto& f : r.after) {
        if (f.severity == Severity::info) continue;
        if (!header) {
            out +=
                fmt::format("  {}\n", Text{"仍需处理（资金无法解决）：",
                                           "still to fix (money cannot):", "остаётся исправить (суммами не решается):"}
                                          .in(lang));
            header = true;
        }
        out += fmt::format("    {} {}  {}\n      {}\n", to_id(f.severity), f.rule, f.path, f.message(lang));
    }
    return out;
}

}  // namespace cofund::planner
