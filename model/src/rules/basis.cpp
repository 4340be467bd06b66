// SPDX-License-Identifier: GPL-3.0-or-later
// The budget justification rules (basis.*): each line's basis adds up to its
// amount, each item to a whole fen, and the lines reviewers expect to be
// justified are.
#include "cofund/basis.h"
#include "cofund/json_read.h"
#include "common.h"

namespace cofund::rules {

namespace {

// "budget line 3 (2019 · international cooperation and exchange · regional fiscal special fund)":
// a line as messages name it, counted from 1, its category and source by name.
struct LineName {
    std::string en, zh, ru;
};
LineName line_name(const RuleInput& in, std::size_t i) {
    const BudgetLine& l = in.plan.budget[i];
    const Catalog& c = in.catalog;
    return {fmt::format("budget line {} ({} · {} · {})", i + 1, l.year, c.category_name(l.category).en,
                        c.source_name(l.source).en),
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
            fmt::format("{}: the basis adds up to {} yuan but the amount is {} yuan, {} {}; set the amount to {}, "
                        "or change an item by {}",
                        n.en, total->grouped(), line.amount.grouped(), diff.grouped(), more ? "more" : "less",
                        total->grouped(), diff.grouped()),
            fmt::format(
                "{}测算依据合计 {} 元，预算金额为 {} 元，测算依据{} {} 元；将金额改为 {} 元，或将测算项{} {} 元", n.zh,
                total->grouped(), line.amount.grouped(), more ? "多" : "少", diff.grouped(), total->grouped(),
                more ? "减少" : "增加", diff.grouped()),
            fmt::format("{}: обоснование в сумме даёт {} юаней, а сумма строки — {} юаней, на {} {}; установите "
                        "сумму строки {} или {} одну из позиций на {}",
                        n.ru, format_yuan(*total, Lang::ru), format_yuan(line.amount, Lang::ru),
                        format_yuan(diff, Lang::ru), more ? "больше" : "меньше", format_yuan(*total, Lang::ru),
                        more ? "уменьшите" : "увеличьте", format_yuan(diff, Lang::ru)));
    }
}

namespace {

// "3 人 × 2 次 × 3,200.00" with the numbers as `lang` writes them.
std::string product_text(const BasisItem& item, Lang lang) {
    std::string out;
    for (const auto& f : item.factors) {
        if (!out.empty()) out += " × ";
        out += localize_number(f.value.text, lang);
        if (!f.unit.empty()) out += " " + f.unit;
    }
    return out + " × " + format_yuan(item.unit_price, lang);
}

// Every item of every line's basis, groups and their items alike, with the
// line's name, the item's number ("2.3") and its JSON pointer.
template <class Visit>
void each_line_item(const RuleInput& in, const Visit& visit) {
    for (std::size_t i = 0; i < in.plan.budget.size(); ++i) {
        const BudgetLine& line = in.plan.budget[i];
        if (line.basis.empty()) continue;
        const LineName n = line_name(in, i);
        each_basis_item(line.basis, fmt::format("/budget/{}/basis", i),
                        [&](const BasisItem& item, const std::string& number, const std::string& pointer) {
                            visit(n, item, number, pointer);
                        });
    }
}

// "the exact figure is the larger by 6,000.00" and its Chinese and Russian, with
// the hint of a 元/万元 slip where the two differ by a factor of 10,000.
struct SlipWords {
    std::string en, zh, ru;
};
SlipWords slip_words(const StatedSlip& s) {
    SlipWords w;
    if (s.unit_slip) {
        w.en = "; the two differ by a factor of 10,000: 元 written for 万元, or the other way round?";
        w.zh = "；两者相差一万倍，是否将万元误写为元（或将元误写为万元）？";
        w.ru = "; они различаются в 10 000 раз: не перепутаны ли юани (元) и десятки тысяч юаней (万元)?";
    }
    return w;
}

}  // namespace

void basis_item(const RuleInput& in, Out& out) {
    each_line_item(in, [&](const LineName& n, const BasisItem& item, const std::string& number,
                           const std::string& pointer) {
        if (item.is_group()) return;  // a group's written subtotal is basis.subtotal's
        std::string name = printable(item.item, 60);
        for (std::size_t j = 0; j < item.factors.size() && !item.is_lump(); ++j) {
            if (!item.factors[j].value.value.is_zero()) continue;
            add(out, "basis.item", Severity::error, "", fmt::format("{}/factors/{}/value", pointer, j),
                fmt::format("{}, item {} \"{}\": factor {} is zero, so the item comes to 0.00; give the quantity "
                            "or remove the item",
                            n.en, number, name, j + 1),
                fmt::format("{}测算项 {}「{}」：第 {} 个数量为零，该项金额为 0.00 元；请填写数量或删除该项", n.zh,
                            number, name, j + 1),
                fmt::format("{}, позиция {} «{}»: множитель {} равен нулю, позиция даёт 0.00; укажите количество "
                            "или удалите позицию",
                            n.ru, number, name, j + 1));
            break;
        }
        std::string product =
            item.is_lump() ? std::string() : fmt::format("{} × {}", factors_text(item), item.unit_price.grouped());
        if (!item_money(item)) {
            Rational exact = item_amount(item);
            std::string exact_text = exact_yuan_text(exact);
            std::string lo = Money::floor_from(exact).grouped(), hi = Money::ceil_from(exact).grouped();
            add(out, "basis.item", Severity::error, "", pointer,
                fmt::format("{}, item {} \"{}\": {} = {} yuan, not a whole fen; change a factor or the unit "
                            "price so that it comes to a whole fen, e.g. {} or {}",
                            n.en, number, name, product, exact_text, lo, hi),
                fmt::format("{}测算项 {}「{}」：{} = {} 元，不是整分；请调整数量或单价，使金额为整分（如 {} 或 {} 元）",
                            n.zh, number, name, product, exact_text, lo, hi),
                fmt::format("{}, позиция {} «{}»: {} = {} юаней, не целое число фэней; измените количество или "
                            "цену так, чтобы получилось целое число фэней, например {} или {}",
                            n.ru, number, name, product_text(item, Lang::ru), localize_number(exact_text, Lang::ru),
                            format_yuan(Money::floor_from(exact), Lang::ru),
                            format_yuan(Money::ceil_from(exact), Lang::ru)));
            return;
        }
        auto slip = stated_slip(item);
        if (!slip) return;
        SlipWords w = slip_words(*slip);
        std::string exact = exact_yuan_text(slip->exact), stated = slip->stated.grouped(),
                    diff = exact_yuan_text(slip->difference);
        const std::string exact_ru = localize_number(exact, Lang::ru), stated_ru = format_yuan(slip->stated, Lang::ru),
                          diff_ru = localize_number(diff, Lang::ru);
        if (item.is_lump())
            add(out, "basis.item", Severity::error, "", pointer + "/stated",
                fmt::format("{}, item {} \"{}\": the lump sum is {} yuan but the written result is {}, {} {}; "
                            "write {} or correct the amount{}",
                            n.en, number, name, exact, stated, diff, slip->exact_more ? "less" : "more", exact, w.en),
                fmt::format("{}测算项 {}「{}」：金额为 {} 元，写明的结果为 {} 元，{} {} 元；请写为 {} 元或更正金额{}",
                            n.zh, number, name, exact, stated, slip->exact_more ? "少" : "多", diff, exact, w.zh),
                fmt::format("{}, позиция {} «{}»: единовременная сумма {} юаней, а записанный итог {}, на {} {}; "
                            "запишите {} или исправьте сумму{}",
                            n.ru, number, name, exact_ru, stated_ru, diff_ru, slip->exact_more ? "меньше" : "больше",
                            exact_ru, w.ru));
        else
            add(out, "basis.item", Severity::error, "", pointer + "/stated",
                fmt::format("{}, item {} \"{}\": {} = {} yuan, but the written result is {}, {} {}; write {} "
                            "or change a factor or the unit price{}",
                            n.en, number, name, product, exact, stated, diff, slip->exact_more ? "less" : "more", exact,
                            w.en),
                fmt::format(
                    "{}测算项 {}「{}」：{} = {} 元，写明的结果为 {} 元，{} {} 元；请写为 {} 元或调整数量、单价{}", n.zh,
                    number, name, product, exact, stated, slip->exact_more ? "少" : "多", diff, exact, w.zh),
                fmt::format("{}, позиция {} «{}»: {} = {} юаней, а записанный итог {}, на {} {}; запишите {} "
                            "или измените количество или цену{}",
                            n.ru, number, name, product_text(item, Lang::ru), exact_ru, stated_ru, diff_ru,
                            slip->exact_more ? "меньше" : "больше", exact_ru, w.ru));
    });
}

void basis_subtotal(const RuleInput& in, Out& out) {
    each_line_item(in, [&](const LineName& n, const BasisItem& item, const std::string& number,
                           const std::string& pointer) {
        if (!item.is_group()) return;
        auto slip = stated_slip(item);
        if (!slip) return;
        SlipWords w = slip_words(*slip);
        std::string name = printable(item.item, 60);
        std::string exact = exact_yuan_text(slip->exact), stated = slip->stated.grouped(),
                    diff = exact_yuan_text(slip->difference);
        const std::string exact_ru = localize_number(exact, Lang::ru), stated_ru = format_yuan(slip->stated, Lang::ru),
                          diff_ru = localize_number(diff, Lang::ru);
        const std::size_t count = item.items.size();
        add(out, "basis.subtotal", Severity::error, "", pointer + "/stated",
            fmt::format("{}, group {} \"{}\": its {} items add up to {} yuan, but the written subtotal is {}, "
                        "{} {}; write {} as the subtotal or correct an item{}",
                        n.en, number, name, count, exact, stated, diff, slip->exact_more ? "less" : "more", exact,
                        w.en),
            fmt::format("{}测算组 {}「{}」：其 {} 项合计 {} 元，写明的小计为 {} 元，{} {} 元；请将小计写为 {} "
                        "元或更正其中的测算项{}",
                        n.zh, number, name, count, exact, stated, slip->exact_more ? "少" : "多", diff, exact, w.zh),
            fmt::format("{}, группа {} «{}»: её позиции ({}) в сумме дают {} юаней, а записанный подытог {}, на "
                        "{} {}; запишите подытог {} или исправьте позицию{}",
                        n.ru, number, name, count, exact_ru, stated_ru, diff_ru, slip->exact_more ? "меньше" : "больше",
                        exact_ru, w.ru));
    });
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
            fmt::format("{} of {} yuan has no basis; reviewers expect the quantities and unit prices behind {} ({}){}",
                        n.en, line.amount.grouped(), cat.en, p.source, why.en),
            fmt::format("{}{} 元没有测算依据；评审要求列明{}的数量和单价（{}）{}", n.zh, line.amount.grouped(), cat.zh,
                        p.source, why.zh),
            fmt::format("{} на {} юаней не имеет обоснования; эксперты ожидают количества и цены по статье «{}» ({}){}",
                        n.ru, format_yuan(line.amount, Lang::ru), cat.in(Lang::ru), p.source, why.ru),
            true);
    }
}

namespace {

// The statements of a rule joined as each language lists them: "use, performance figures and technical
// parameters", "用途、主要性能指标、技术参数", "назначение, характеристики и параметры".
Text statements_text(const std::vector<const ItemStatement*>& states) {
    Text t;
    for (std::size_t k = 0; k < states.size(); ++k) {
        const bool last = k + 1 == states.size() && k > 0;
        t.zh += (k ? (last ? "和" : "、") : "") + states[k]->name.zh;
        t.en += (k ? (last ? " and " : ", ") : "") + states[k]->name.en;
        t.ru += (k ? (last ? " и " : ", ") : "") + states[k]->name.in(Lang::ru);
    }
    return t;
}

// Whether a basis item states a detail: a string under its details that is not blank (docs/plan-format.md).
bool states_detail(const BasisItem& item, const std::string& id) {
    if (!item.extra.is_object()) return false;
    auto details = item.extra.find("details");
    if (details == item.extra.end() || !details->is_object()) return false;
    auto it = details->find(id);
    return it != details->end() && it->is_string() &&
           it->get_ref<const std::string&>().find_first_not_of(" \t\r\n") != std::string::npos;
}

}  // namespace

void basis_threshold(const RuleInput& in, Out& out) {
    for (const ItemThresholdRule& rule : in.catalog.item_threshold_rules) {
        if (!rule.when.holds(in.plan)) continue;
        std::vector<const ItemStatement*> all;
        for (const auto& st : rule.states) all.push_back(&st);
        const Text every = statements_text(all);
        const Money& at_least = rule.unit_price_at_least;
        const std::string threshold = at_least.grouped(), threshold_ru = format_yuan(at_least, Lang::ru);
        for (std::size_t i = 0; i < in.plan.budget.size(); ++i) {
            const BudgetLine& line = in.plan.budget[i];
            if (!rule.covers(line.category, in.catalog)) continue;
            const LineName n = line_name(in, i);
            if (line.basis.empty()) {
                // No basis: nothing shows that the line holds no item at or above the threshold.
                if (line.amount < at_least) continue;
                add(out, "basis.threshold", Severity::error, rule.clause, fmt::format("/budget/{}", i),
                    fmt::format("{} of {} yuan has no basis, so it may hold an item of unit price {} or more, of "
                                "which the call asks the {}; list its items in a basis, with these details for "
                                "each at or above {}",
                                n.en, line.amount.grouped(), threshold, every.en, threshold),
                    fmt::format("{}{} 元没有测算依据，可能含单价 {} 元以上的设备，指南要求说明其{}；请在测算依据中"
                                "列出各项，并为单价 {} 元以上的逐项说明",
                                n.zh, line.amount.grouped(), threshold, every.zh, threshold),
                    fmt::format("{} на {} юаней не имеет обоснования и может включать позицию ценой от {} юаней, "
                                "для которой условия конкурса требуют указать {}; перечислите позиции в "
                                "обосновании и укажите это для каждой ценой от {}",
                                n.ru, format_yuan(line.amount, Lang::ru), threshold_ru, every.ru, threshold_ru));
                continue;
            }
            each_basis_item(
                line.basis, fmt::format("/budget/{}/basis", i),
                [&](const BasisItem& item, const std::string& number, const std::string& pointer) {
                    // A lump sum states no unit price: at or above the threshold, it may be one such item.
                    if (item.is_group()) return;
                    const Money& price = item.is_lump() ? *item.lump : item.unit_price;
                    if (price < at_least) return;
                    std::vector<const ItemStatement*> missing;
                    std::string ids;
                    for (const auto& st : rule.states)
                        if (!states_detail(item, st.id)) {
                            missing.push_back(&st);
                            ids += (ids.empty() ? "\"" : ", \"") + st.id + "\": \"…\"";
                        }
                    if (missing.empty()) return;
                    const Text what = statements_text(missing);
                    const std::string name = printable(item.item, 60);
                    const std::string amount = price.grouped(), amount_ru = format_yuan(price, Lang::ru);
                    if (item.is_lump())
                        add(out, "basis.threshold", Severity::error, rule.clause, pointer,
                            fmt::format("{}, item {} \"{}\": a lump sum of {}, at or above {}, may be "
                                        "one such item, of which the call asks the {}; state them: "
                                        "\"details\": {{{}}}, or give its quantity × unit price",
                                        n.en, number, name, amount, threshold, what.en, ids),
                            fmt::format("{}测算项 {}「{}」：总额 {} 元，不低于 {} 元，可能为单价达到该标准的"
                                        "设备，指南要求说明其{}；请填写 \"details\": {{{}}}，或写明数量 × "
                                        "单价",
                                        n.zh, number, name, amount, threshold, what.zh, ids),
                            fmt::format("{}, позиция {} «{}»: единовременная сумма {} не ниже {} и может "
                                        "быть одной такой позицией, для которой условия конкурса требуют "
                                        "указать {}; укажите: \"details\": {{{}}} или дайте количество × "
                                        "цену",
                                        n.ru, number, name, amount_ru, threshold_ru, what.ru, ids));
                    else
                        add(out, "basis.threshold", Severity::error, rule.clause, pointer,
                            fmt::format("{}, item {} \"{}\": its unit price {} is at or above {}, and "
                                        "the call asks the {} of such an item; state them: "
                                        "\"details\": {{{}}}",
                                        n.en, number, name, amount, threshold, what.en, ids),
                            fmt::format("{}测算项 {}「{}」：单价 {} 元，不低于 {} 元，指南要求说明其{}；"
                                        "请填写 \"details\": {{{}}}",
                                        n.zh, number, name, amount, threshold, what.zh, ids),
                            fmt::format("{}, позиция {} «{}»: цена за единицу {} не ниже {}, и условия "
                                        "конкурса требуют указать {}; укажите: \"details\": {{{}}}",
                                        n.ru, number, name, amount_ru, threshold_ru, what.ru, ids));
                });
        }
    }
}

void declared_sum_rule(const RuleInput& in, Out& out) {
    for (std::size_t k = 0; k < in.plan.declared.size(); ++k) {
        const DeclaredTotal& d = in.plan.declared[k];
        DeclaredSum sum = declared_sum(in.plan, d);
        if (sum.computed == d.amount) continue;
        const bool more = sum.computed > d.amount;
        const Money diff = more ? sum.computed - d.amount : d.amount - sum.computed;
        // Which lines the heading covers, as people count them, the first dozen.
        std::string lines;
        for (std::size_t j = 0; j < sum.lines.size() && j < 12; ++j)
            lines += (j ? ", " : "") + std::to_string(sum.lines[j] + 1);
        if (sum.lines.size() > 12) lines += ", …";
        const std::string heading = printable(d.heading, 60);
        const std::string form = d.amount.grouped(), computed = sum.computed.grouped(), gap = diff.grouped();
        const std::size_t n = sum.lines.size();
        std::string en = n == 0 ? std::string("no budget line falls under it")
                                : fmt::format("budget line{} {}", n == 1 ? "" : "s", lines);
        std::string zh = n == 0 ? std::string("没有预算条目属于该栏") : fmt::format("第 {} 条预算", lines);
        std::string ru = n == 0 ? std::string("ни одна строка бюджета не относится к ней")
                                : fmt::format("строк{} бюджета {}", n == 1 ? "а" : "и", lines);
        add(out, "declared.sum", Severity::error, "", fmt::format("/declared/{}/amount", k),
            fmt::format("the form's \"{}\" says {} but the lines under it add up to {}, {} {} ({}); correct the "
                        "form's figure to {}, or change the lines by {}",
                        heading, form, computed, gap, more ? "more" : "less", en, computed, gap),
            fmt::format("申报书表中「{}」填写 {} 元，其下各条预算合计 {} 元，{} {} 元（{}）；请将表中数字改为 {} 元，"
                        "或将预算调整 {} 元",
                        heading, form, computed, more ? "多" : "少", gap, zh, computed, gap),
            fmt::format("в форме «{}» указано {}, а строки под ней в сумме дают {}, на {} {} ({}); исправьте "
                        "цифру формы на {} или измените строки на {}",
                        heading, format_yuan(d.amount, Lang::ru), format_yuan(sum.computed, Lang::ru),
                        format_yuan(diff, Lang::ru), more ? "больше" : "меньше", ru,
                        format_yuan(sum.computed, Lang::ru), format_yuan(diff, Lang::ru)));
    }
}

}  // namespace cofund::rules
