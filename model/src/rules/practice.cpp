// SPDX-License-Identifier: GPL-3.0-or-later
// Caps (kind "cap": the 2018 practice cap on indirect costs, a call's own caps) and budget backing.
#include <algorithm>

#include "cofund/basis.h"
#include "cofund/json_read.h"
#include "cofund/projection.h"
#include "common.h"

namespace cofund {

using namespace rules;

namespace {

// A cap's words: what it caps, its base, and whose cap it is, as messages say them.
struct CapWords {
    Text what;  ///< "indirect costs", "间接费用", "косвенные расходы"
    Text base;  ///< "direct costs less equipment", "直接费用扣除设备费后", "прямых расходов за вычетом оборудования"
    Text cap;   ///< "the practice cap", "上限", "принятый на практике предел"
};

CapWords cap_words(const Catalog& catalog, const CapRule& rule) {
    CapWords w;
    if (rule.of_indirect) {
        w.what = Text{"间接费用", "indirect costs", "косвенные расходы"};
    } else {
        std::string zh, en, ru;
        for (Category c : rule.of) {
            const Text& name = catalog.category_name(c);
            zh += (zh.empty() ? "" : "、") + name.zh;
            en += (en.empty() ? "" : ", ") + name.en;
            ru += (ru.empty() ? "«" : "», «") + name.in(Lang::ru);
        }
        w.what = Text{zh, "costs of " + en, "расходы по статьям " + ru + "»"};
    }
    switch (rule.base) {
        case CapBase::total:
            w.base = Text{"经费总额", "total costs", "всех расходов"};
            break;
        case CapBase::direct:
            w.base = Text{"直接费用", "direct costs", "прямых расходов"};
            break;
        case CapBase::direct_less_equipment:
            w.base =
                Text{"直接费用扣除设备费后", "direct costs less equipment", "прямых расходов за вычетом оборудования"};
            break;
        case CapBase::direct_less_equipment_purchase:
            w.base = Text{"直接费用扣除购置设备费后", "direct costs less equipment purchase",
                          "прямых расходов за вычетом закупки оборудования"};
            break;
    }
    w.cap = rule.clause.empty() ? Text{"上限", "the practice cap", "принятый на практике предел"}
                                : Text{"上限", "the call's cap", "установленный условиями конкурса предел"};
    return w;
}

// The caps of the indirect mark (budget.indirect_cap) or of named categories (budget.cap), each side on its own.
void caps(const RuleInput& in, Out& out, bool of_indirect) {
    struct Side {
        const char* en;
        const char* zh;
        const char* ru;
        bool self;
    };
    for (const CapRule& rule : in.catalog.cap_rules) {
        if (rule.of_indirect != of_indirect || !rule.when.holds(in.plan)) continue;
        const CapWords w = cap_words(in.catalog, rule);
        const std::string source_en = rule.source.empty() ? "" : " (" + rule.source + ")";
        const std::string source_zh = rule.source.empty() ? "" : "（" + rule.source + "）";
        for (Side side : {Side{"fiscal", "财政资金", "бюджетного (фискального) финансирования", false},
                          Side{"self-raised", "自筹资金", "собственных средств", true}}) {
            if (!(side.self ? rule.self_side : rule.fiscal_side)) continue;
            auto [capped, base, cap] = cap_view(in.plan, in.sums, in.catalog, rule, side.self);
            if (capped.is_zero()) continue;
            if (capped <= cap) continue;
            Money excess = capped - cap;
            add(out, std::string(rule.rule_id()), rule.clause.empty() ? Severity::warning : Severity::error,
                rule.clause, "/budget",
                fmt::format("{} {} {} exceed {} {} on {} {}{}; cut them by {}", side.en, w.what.en, capped.grouped(),
                            w.cap.en, cap.grouped(), w.base.en, base.grouped(), source_en, excess.grouped()),
                fmt::format("{}{} {} 超过按{} {} 核定的{} {}{}，需减少 {} 元", side.zh, w.what.zh, capped.grouped(),
                            w.base.zh, base.grouped(), w.cap.zh, cap.grouped(), source_zh, excess.grouped()),
                fmt::format("{} за счёт {} {} превышают {} {}, исчисленный от {} {}{}; сократите их на {} юаней",
                            w.what.ru, side.ru, format_yuan(capped, Lang::ru), w.cap.ru, format_yuan(cap, Lang::ru),
                            w.base.ru, format_yuan(base, Lang::ru), source_en, format_yuan(excess, Lang::ru)),
                rule.clause.empty());
        }
    }
}

}  // namespace

CapView cap_view(const Plan& plan, const BudgetSummary& sums, const Catalog& catalog, const CapRule& rule,
                 bool self_raised) {
    const Sums& all = sums.all();
    Money capped, total, direct, equipment;
    for (std::size_t c = 0; c < all.cells.size(); ++c) {
        const Category cat = Category::from_index(static_cast<int>(c));
        const Money m = all.side(cat, self_raised);
        total += m;
        const CategoryInfo* info = catalog.category(cat);
        if (!(info && info->indirect)) direct += m;
        if (info && info->equipment) equipment += m;
        if (rule.caps(cat, catalog)) capped += m;
    }
    Money base;
    switch (rule.base) {
        case CapBase::total:
            base = total;
            break;
        case CapBase::direct:
            base = direct;
            break;
        case CapBase::direct_less_equipment:
            base = direct - equipment;
            break;
        case CapBase::direct_less_equipment_purchase: {
            // The money the plan marks purchase (the table's 其中：购置设备费), of the direct costs.
            const Sums purchase = equipment_sums(plan, sums, EquipmentKind::purchase).all;
            Money bought;
            for (std::size_t c = 0; c < purchase.cells.size(); ++c) {
                const Category cat = Category::from_index(static_cast<int>(c));
                if (!catalog.indirect(cat)) bought += purchase.side(cat, self_raised);
            }
            base = direct - bought;
            break;
        }
    }
    if (base.is_negative()) base = Money();
    return {capped, base, rule.cap(base)};
}

namespace rules {

void indirect_cap_rule(const RuleInput& in, Out& out) {
    caps(in, out, true);
}

void cap_rule(const RuleInput& in, Out& out) {
    caps(in, out, false);
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
                        i->id, i->name.in(Lang::ru), num(d->value, Lang::ru),
                        in.catalog.category_name(*i->backed_by).in(Lang::ru), format_yuan(lines, Lang::ru),
                        in.catalog.category_name(*i->backed_by).in(Lang::ru), format_yuan(need, Lang::ru)),
            true);
    }
}

}  // namespace rules

}  // namespace cofund
