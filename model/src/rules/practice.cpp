// SPDX-License-Identifier: GPL-3.0-or-later
// The rules from budgeting practice, not from the call: the indirect-cost cap and budget backing.
#include <algorithm>

#include "cofund/json_read.h"
#include "cofund/projection.h"
#include "common.h"

namespace cofund::rules {

// indirect_view() from the sums of the check.
// The base leaves out the categories the call marks indirect and equipment.
IndirectView indirect_of(const Catalog& catalog, const Sums& sums, bool self_raised) {
    Money total, indirect, equipment;
    for (std::size_t c = 0; c < sums.cells.size(); ++c) {
        const Category cat = Category::from_index(static_cast<int>(c));
        const Money m = sums.side(cat, self_raised);
        total += m;
        if (const CategoryInfo* info = catalog.category(cat)) {
            if (info->indirect) indirect += m;
            if (info->equipment) equipment += m;
        }
    }
    return indirect_of(catalog, total, indirect, equipment);
}
IndirectView indirect_of(const RuleInput& in, bool self_raised) {
    return indirect_of(in.catalog, in.sums.all(), self_raised);
}

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
        auto [indirect, base, cap] = indirect_of(in, side.self);
        if (indirect.is_zero()) continue;
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
                        side.ru, format_yuan(indirect, Lang::ru), format_yuan(cap, Lang::ru),
                        format_yuan(base, Lang::ru), in.catalog.indirect_source, format_yuan(excess, Lang::ru)),
            true);
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
                        i->id, i->name.in(Lang::ru), num(d->value, Lang::ru),
                        in.catalog.category_name(*i->backed_by).in(Lang::ru), format_yuan(lines, Lang::ru),
                        in.catalog.category_name(*i->backed_by).in(Lang::ru), format_yuan(need, Lang::ru)),
            true);
    }
}

}  // namespace cofund::rules
