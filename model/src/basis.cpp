// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/basis.h"

#include <fmt/format.h>

#include <algorithm>

#include "cofund/format.h"

namespace cofund {

Rational item_amount(const BasisItem& item) {
    if (item.is_group()) {
        Rational sum;
        for (const auto& child : item.items) sum += item_amount(child);
        return sum;
    }
    if (item.is_lump()) return item.lump->to_rational();
    Rational product = item.unit_price.to_rational();
    for (const auto& f : item.factors) product *= f.value.value;
    return product;
}

std::optional<Money> item_money(const BasisItem& item) {
    if (item.is_group()) {
        Money sum;
        for (const auto& child : item.items) {
            auto m = item_money(child);
            if (!m) return std::nullopt;
            sum += *m;
        }
        return sum;
    }
    if (item.is_lump()) return *item.lump;
    Rational exact = item_amount(item);
    if (!is_whole(exact * 100)) return std::nullopt;
    return Money::floor_from(exact);
}

std::optional<Money> basis_money(const BudgetLine& line) {
    Money total;
    for (const auto& item : line.basis) {
        auto m = item_money(item);
        if (!m) return std::nullopt;
        total += *m;
    }
    return total;
}

std::optional<StatedSlip> stated_slip(const BasisItem& item) {
    if (!item.stated) return std::nullopt;
    Rational exact = item_amount(item);
    Rational diff = exact - item.stated->to_rational();
    Rational gap = diff.sign() < 0 ? Rational(-diff) : diff;
    if (compare(gap, Rational(1, 100)) < 0) return std::nullopt;
    StatedSlip slip{exact, *item.stated, gap, diff.sign() > 0, false};
    // A result written in 元 where 万元 was meant, or the other way round.
    const Rational ten_thousand(10000);
    Rational stated = item.stated->to_rational();
    slip.unit_slip = !stated.is_zero() && (compare(stated * ten_thousand, exact) == 0 ||
                                           compare(stated, exact * ten_thousand) == 0);
    return slip;
}

bool has_zero_factor(const BasisItem& item) {
    if (item.is_group() || item.is_lump()) return false;
    return std::any_of(item.factors.begin(), item.factors.end(),
                       [](const BasisFactor& f) { return f.value.value.is_zero(); });
}

bool BasisPractice::expects(Category c) const {
    return std::find(categories.begin(), categories.end(), c) != categories.end();
}
bool BasisPractice::covers(Source s) const {
    return std::find(sources.begin(), sources.end(), s) != sources.end();
}
bool BasisPractice::exempts(Category c) const {
    return std::find(exempt_categories.begin(), exempt_categories.end(), c) != exempt_categories.end();
}

std::optional<BasisExemption> basis_exemption(const Catalog& catalog, const BudgetSummary& summary) {
    if (!catalog.basis) return std::nullopt;
    const BasisPractice& p = *catalog.basis;
    const Sums& all = summary.all();
    BasisExemption e;
    for (const CategoryInfo& info : catalog.categories) {
        const Category cat = info.category;
        if (info.indirect) continue;
        Money m = all.of(cat, p.sources);
        e.direct += m;
        if (p.exempts(cat)) e.exempt_sum += m;
    }
    e.exempt = compare(e.exempt_sum, e.direct.to_rational() * p.exempt_max_share) <= 0;
    e.share_percent =
        e.direct.is_zero() ? "0.00" : format_rounded(e.exempt_sum.to_rational() * 100 / e.direct.to_rational(), 2);
    return e;
}

bool basis_expected(const Catalog& catalog, const std::optional<BasisExemption>& exemption, const BudgetLine& line) {
    if (!catalog.basis || line.amount.is_zero()) return false;
    const BasisPractice& p = *catalog.basis;
    if (!p.covers(line.source) || !p.expects(line.category)) return false;
    return !(p.exempts(line.category) && exemption && exemption->exempt);
}

std::string factors_text(const BasisItem& item) {
    std::string out;
    if (item.is_group()) return out;
    for (const auto& f : item.factors) {
        if (!out.empty()) out += " × ";
        out += f.value.text;
        if (!f.unit.empty()) out += " " + f.unit;
    }
    return out;
}

std::string exact_yuan_text(const Rational& yuan) {
    // A product of decimals ends; 60 places hold any the reader lets through in practice.
    std::string t = format_trimmed(yuan, 60);
    auto point = t.find('.');
    if (point == std::string::npos) return format_grouped(yuan, 2);
    std::size_t decimals = t.size() - point - 1;
    return format_grouped(yuan, static_cast<int>(std::max<std::size_t>(decimals, 2)));
}

Text exemption_text(const Catalog& catalog, const BasisExemption& e) {
    const BasisPractice& p = *catalog.basis;
    std::string zh, en, ru;
    for (Category c : p.exempt_categories) {
        zh += (zh.empty() ? "" : "、") + catalog.category_name(c).zh;
        en += (en.empty() ? "" : ", ") + catalog.category_name(c).en;
        ru += (ru.empty() ? "«" : "», «") + catalog.category_name(c).in(Lang::ru);
    }
    ru += "»";
    // Each language's figures, as format.h writes them.
    struct Figures {
        std::string max, sum, direct, share;
    };
    auto figures = [&](Lang lang) {
        return Figures{format_number(p.exempt_max_share * 100, lang, 4), format_wan(e.exempt_sum, lang, 2),
                       format_wan(e.direct, lang, 2), localize_number(e.share_percent, lang)};
    };
    const Figures z = figures(Lang::zh), r = figures(Lang::ru);  // English writes numbers as Chinese does
    if (e.exempt)
        return Text{
            fmt::format("{}合计 {} 万元，占直接费用 {} 万元的 {}%，未超过{}%，不需要提供测算依据（{}）", zh, z.sum,
                        z.direct, z.share, z.max, p.exempt_source),
            fmt::format("{} together come to {} ten-thousand yuan (万元), {} % of direct costs {}, within {} %: they "
                        "need no calculation basis ({})",
                        en, z.sum, z.share, z.direct, z.max, p.exempt_source),
            fmt::format("{} в сумме составляют {} десятков тысяч юаней (万元), {} % прямых расходов {}, не более {} %: "
                        "расчётное обоснование для них не требуется ({})",
                        ru, r.sum, r.share, r.direct, r.max, p.exempt_source)};
    return Text{
        fmt::format("{}合计 {} 万元，占直接费用 {} 万元的 {}%，超过{}%，需提供测算依据（{}）", zh, z.sum, z.direct,
                    z.share, z.max, p.exempt_source),
        fmt::format("{} together come to {} ten-thousand yuan (万元), {} % of direct costs {}, above {} %: they need "
                    "a calculation basis ({})",
                    en, z.sum, z.share, z.direct, z.max, p.exempt_source),
        fmt::format("{} в сумме составляют {} десятков тысяч юаней (万元), {} % прямых расходов {}, более {} %: "
                    "расчётное обоснование для них требуется ({})",
                    ru, r.sum, r.share, r.direct, r.max, p.exempt_source)};
}

namespace {

// The money of the items of one equipment kind, a matched group counted whole.
Money equipment_items(const std::vector<BasisItem>& items, EquipmentKind kind) {
    Money sum;
    for (const auto& item : items) {
        if (item.equipment == kind) {
            if (auto m = item_money(item)) sum += *m;  // an item off the fen is basis.item's
        } else if (item.is_group()) {
            sum += equipment_items(item.items, kind);
        }
    }
    return sum;
}

}  // namespace

DeclaredSum declared_sum(const Plan& plan, const DeclaredTotal& d) {
    DeclaredSum out;
    for (std::size_t i = 0; i < plan.budget.size(); ++i) {
        const BudgetLine& line = plan.budget[i];
        if (!d.categories.empty() &&
            std::find(d.categories.begin(), d.categories.end(), line.category) == d.categories.end())
            continue;
        if (!d.sources.empty() && std::find(d.sources.begin(), d.sources.end(), line.source) == d.sources.end())
            continue;
        Money share = line.amount;
        if (d.equipment && line.equipment != d.equipment) {
            share = equipment_money(line, *d.equipment);
            if (share.is_zero()) continue;
        }
        out.computed += share;
        out.lines.push_back(i);
    }
    return out;
}

Money equipment_money(const BudgetLine& line, EquipmentKind kind) {
    return line.equipment == kind ? line.amount : equipment_items(line.basis, kind);
}

bool has_equipment_kind(const BudgetLine& line, EquipmentKind kind) {
    bool found = line.equipment == kind;
    each_basis_item(line.basis, "", [&](const BasisItem& item, const std::string&, const std::string&) {
        found = found || item.equipment == kind;
    });
    return found;
}

EquipmentSums equipment_sums(const Plan& plan, const BudgetSummary& sums, EquipmentKind kind) {
    EquipmentSums out;
    const std::vector<int>& years = sums.years();
    out.by_column.resize(years.size() + (sums.has_outside() ? 1 : 0));
    for (const auto& line : plan.budget) {
        const Money share = equipment_money(line, kind);
        if (share.is_zero()) continue;
        // The share as a line of its own, so that Sums places it as the summary places the line.
        BudgetLine part;
        part.year = line.year;
        part.category = line.category;
        part.source = line.source;
        part.amount = share;
        out.all.add(part);
        const auto at = std::find(years.begin(), years.end(), line.year);
        out.by_column[at != years.end() ? static_cast<std::size_t>(at - years.begin()) : years.size()].add(part);
    }
    return out;
}

std::vector<Category> purchase_row_categories(const Plan& plan, const Catalog& catalog) {
    std::vector<Category> out;
    if (std::none_of(catalog.categories.begin(), catalog.categories.end(),
                     [](const CategoryInfo& ci) { return ci.equipment; }))
        return out;  // the call's table has no equipment, so no such row
    for (const CategoryInfo& ci : catalog.categories)
        if (std::any_of(plan.budget.begin(), plan.budget.end(), [&](const BudgetLine& l) {
                return l.category == ci.category && has_equipment_kind(l, EquipmentKind::purchase);
            }))
            out.push_back(ci.category);
    return out;
}

const Text& purchase_row_name() {
    static const Text name{"其中：购置设备费", "of which: equipment purchase", "в т. ч.: покупка оборудования"};
    return name;
}

bool has_any_basis(const Plan& plan) {
    return std::any_of(plan.budget.begin(), plan.budget.end(), [](const BudgetLine& l) { return !l.basis.empty(); });
}

}  // namespace cofund
