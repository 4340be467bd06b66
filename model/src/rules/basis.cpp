// SPDX-License-Identifier: GPL-3.0-or-later
// The budget justification rules (basis.*): each line's basis adds up to its
// amount, each item to a whole fen, and the lines reviewers expect to be
// justified are.
#include "cofund/basis.h"
#include "cofund/json_read.h"
#include "common.h"

namespace cofund::rules {

namespace {

// "3 (2019 international fiscal)": a line as messages name it, counted from 1.
struct LineName {
    std::string en, zh, ru;
};
LineName line_name(const RuleInput& in, std::size_t i) {
    const BudgetLine& l = in.plan.budget[i];
    const Catalog& c = in.catalog;
    return {fmt::format("budget line {} ({} {} {})", i + 1, l.year, to_id(l.category), to_id(l.source)),
            fmt::format("第 {} 条预算（{} 年，{}，{}）", i + 1, l.year, c.category_name(l.category).zh,
                        c.source_name(l.source).zh),
            fmt::format("строка бюджета {} ({} год, статья «{}», источник «{}»)", i + 1, l.year,
                        c.category_name(l.category).in(Lang::ru), c.source_name(l.source).in(Lang::ru))};
}

}  // namespace

void basis_sum(const RuleInput& in, Out& out) {
    for (std::size_t i = 0; i < in.plan.budget.size(); ++i) {
        const BudgetLine& line = in.plan.budget[i];
        if (line.basis.empty()) continue;
        auto total = basis_money(line);
        if (!total || *total == line.amount) continue;  // an item off the fen is basis.item's
        Money diff = *total > line.amount ? *total - line.amount : line.amount - *total;
        bool more = *total > line.amount;
        LineName n = line_name(in, i);
        add(out, "basis.sum", Severity::error, "", fmt::format("/budget/{}/amount", i),
            fmt::format("{}: the basis adds up to {} but the amount is {}, {} {}; set the amount to {}, or change "
                        "an item by {}",
                        n.en, total->grouped(), line.amount.grouped(), diff.grouped(), more ? "more" : "less",
                        total->grouped(), diff.grouped()),
            fmt::format(
                "{}测算依据合计 {} 元，预算金额为 {} 元，测算依据{} {} 元；将金额改为 {} 元，或将测算项{} {} 元", n.zh,
                total->grouped(), line.amount.grouped(), more ? "多" : "少", diff.grouped(), total->grouped(),
                more ? "减少" : "增加", diff.grouped()),
            fmt::format("{}: обоснование в сумме даёт {}, а сумма строки {}, на {} {}; установите сумму строки {} "
                        "или {} одну из позиций на {}",
                        n.ru, format_yuan(*total, Lang::ru), format_yuan(line.amount, Lang::ru),
                        format_yuan(diff, Lang::ru), more ? "больше" : "меньше", format_yuan(*total, Lang::ru),
                        more ? "уменьшите" : "увеличьте", format_yuan(diff, Lang::ru)));
    }
}

void basis_item(const RuleInput& in, Out& out) {
    for (std::size_t i = 0; i < in.plan.budget.size(); ++i) {
        const BudgetLine& line = in.plan.budget[i];
        for (std::size_t k = 0; k < line.basis.size(); ++k) {
            const BasisItem& item = line.basis[k];
            LineName n = line_name(in, i);
            std::string name = printable(item.item, 60);
            std::string product = fmt::format("{} × {}", factors_text(item), item.unit_price.grouped());
            for (std::size_t j = 0; j < item.factors.size(); ++j) {
                if (!item.factors[j].value.value.is_zero()) continue;
                add(out, "basis.item", Severity::error, "",
                    fmt::format("/budget/{}/basis/{}/factors/{}/value", i, k, j),
                    fmt::format("{}, item {} \"{}\": factor {} is zero, so the item comes to 0.00; give the quantity "
                                "or remove the item",
                                n.en, k + 1, name, j + 1),
                    fmt::format("{}测算项 {}「{}」：第 {} 个数量为零，该项金额为 0.00 元；请填写数量或删除该项", n.zh,
                                k + 1, name, j + 1),
                    fmt::format("{}, позиция {} «{}»: множитель {} равен нулю, позиция даёт 0.00; укажите количество "
                                "или удалите позицию",
                                n.ru, k + 1, name, j + 1));
                break;
            }
            if (item_money(item)) continue;
            Rational exact = item_amount(item);
            std::string exact_text = exact_yuan_text(exact);
            std::string lo = Money::floor_from(exact).grouped(), hi = Money::ceil_from(exact).grouped();
            add(out, "basis.item", Severity::error, "", fmt::format("/budget/{}/basis/{}", i, k),
                fmt::format("{}, item {} \"{}\": {} = {} yuan, not a whole fen; change a factor or the unit price so "
                            "that it comes to a whole fen, e.g. {} or {}",
                            n.en, k + 1, name, product, exact_text, lo, hi),
                fmt::format("{}测算项 {}「{}」：{} = {} 元，不是整分；请调整数量或单价，使金额为整分（如 {} 或 {} 元）",
                            n.zh, k + 1, name, product, exact_text, lo, hi),
                fmt::format("{}, позиция {} «{}»: {} = {} юаней, не целое число фэней; измените количество или "
                            "цену так, чтобы получилось целое число фэней, например {} или {}",
                            n.ru, k + 1, name, product, exact_text, lo, hi));
        }
    }
}

void basis_missing(const RuleInput& in, Out& out) {
    // Only plans that keep their justification in the file: one without any
    // basis writes it elsewhere, and every line would warn.
    if (!in.catalog.basis || !has_any_basis(in.plan)) return;
    const BasisPractice& p = *in.catalog.basis;
    auto exemption = basis_exemption(in.catalog, in.sums);
    for (std::size_t i = 0; i < in.plan.budget.size(); ++i) {
        const BudgetLine& line = in.plan.budget[i];
        if (!line.basis.empty() || !basis_expected(in.catalog, exemption, line)) continue;
        LineName n = line_name(in, i);
        const Text& cat = in.catalog.category_name(line.category);
        Text why;
        if (p.exempts(line.category) && exemption) {
            Text t = exemption_text(in.catalog, *exemption);
            why = Text{"；" + t.zh, "; " + t.en, "; " + t.ru};
        }
        add(out, "basis.missing", Severity::warning, "", fmt::format("/budget/{}", i),
            fmt::format("{} of {} has no basis; reviewers expect the quantities and unit prices behind {} ({}){}", n.en,
                        line.amount.grouped(), cat.en, p.source, why.en),
            fmt::format("{}{} 元没有测算依据；评审要求列明{}的数量和单价（{}）{}", n.zh, line.amount.grouped(), cat.zh,
                        p.source, why.zh),
            fmt::format("{} на {} не имеет обоснования; эксперты ожидают количества и цены по статье «{}» ({}){}", n.ru,
                        format_yuan(line.amount, Lang::ru), cat.in(Lang::ru), p.source, why.ru),
            true);
    }
}

}  // namespace cofund::rules
