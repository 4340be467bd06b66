// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/plan_edit.h"

#include <set>

#include "cofund/basis.h"

#include <algorithm>

namespace cofund {

void set_cell(Plan& plan, int year, Category category, Source source, const Money& amount) {
    std::vector<std::size_t> lines;
    Money current;
    for (std::size_t i = 0; i < plan.budget.size(); ++i) {
        const BudgetLine& l = plan.budget[i];
        if (l.year == year && l.category == category && l.source == source) {
            lines.push_back(i);
            current += l.amount;
        }
    }
    if (current == amount) return;
    if (lines.empty()) {
        // Keep the file ordered by year: after the last line of this year or an earlier one.
        auto pos = plan.budget.begin();
        for (auto it = plan.budget.begin(); it != plan.budget.end(); ++it)
            if (it->year <= year) pos = it + 1;
        BudgetLine line;
        line.year = year;
        line.category = category;
        line.source = source;
        line.amount = amount;
        plan.budget.insert(pos, std::move(line));
        return;
    }
    if (lines.size() == 1) {
        plan.budget[lines[0]].amount = amount;
        return;
    }
    const Money delta = amount - current;
    BudgetLine& last = plan.budget[lines.back()];
    if (!(last.amount + delta).is_negative()) {
        last.amount += delta;
        return;
    }
    plan.budget[lines.front()].amount = amount;
    for (auto it = lines.rbegin(); it != lines.rend() - 1; ++it)
        plan.budget.erase(plan.budget.begin() + static_cast<std::ptrdiff_t>(*it));
}

bool set_outside_cell(Plan& plan, Category category, Source source, const Money& amount) {
    const Project& p = plan.project;
    std::vector<std::size_t> lines;
    for (std::size_t i = 0; i < plan.budget.size(); ++i) {
        const BudgetLine& l = plan.budget[i];
        if ((l.year < p.start_year || l.year > p.end_year) && l.category == category && l.source == source)
            lines.push_back(i);
    }
    if (lines.empty()) return amount.is_zero();
    std::size_t keep = lines.size();
    if (!amount.is_zero()) {
        plan.budget[lines.front()].amount = amount;
        keep = 0;
    }
    for (std::size_t k = lines.size(); k-- > 0;)
        if (k != keep) plan.budget.erase(plan.budget.begin() + static_cast<std::ptrdiff_t>(lines[k]));
    return true;
}

void add_to_cell(Plan& plan, int year, Category c, Source s, const Money& amount, const std::string& note) {
    for (auto& line : plan.budget)
        if (line.year == year && line.category == c && line.source == s) {
            line.amount += amount;
            return;
        }
    BudgetLine line;
    line.year = year;
    line.category = c;
    line.source = s;
    line.amount = amount;
    line.note = note;
    plan.budget.push_back(std::move(line));
}

std::vector<MoneyChange> take_from_year(Plan& p, int year, const LinePredicate& match, Money amount) {
    std::vector<std::size_t> idx;
    for (std::size_t i = 0; i < p.budget.size(); ++i)
        if (p.budget[i].year == year && match(p.budget[i]) && !p.budget[i].amount.is_zero()) idx.push_back(i);
    std::stable_sort(idx.begin(), idx.end(),
                     [&](std::size_t a, std::size_t b) { return p.budget[a].amount > p.budget[b].amount; });
    std::vector<MoneyChange> out;
    std::vector<std::size_t> emptied;
    for (std::size_t i : idx) {
        if (amount.is_zero()) break;
        BudgetLine& line = p.budget[i];
        Money t = line.amount < amount ? line.amount : amount;
        line.amount -= t;
        amount -= t;
        out.push_back(MoneyChange{MoneyChange::Kind::cut, year, 0, line.category, line.source, t});
        if (line.amount.is_zero()) emptied.push_back(i);
    }
    std::sort(emptied.rbegin(), emptied.rend());
    for (std::size_t i : emptied) p.budget.erase(p.budget.begin() + static_cast<std::ptrdiff_t>(i));
    return out;
}

int nearest_project_year(const Project& p, int year) {
    return std::clamp(year, p.start_year, p.end_year);
}

std::vector<MoneyChange> move_into_period(Plan& plan) {
    std::vector<MoneyChange> out;
    const Project& p = plan.project;
    if (p.end_year < p.start_year || p.years() > kMaxPeriodYears) return out;
    for (BudgetLine& line : plan.budget) {
        if (line.year >= p.start_year && line.year <= p.end_year) continue;
        const int to = nearest_project_year(p, line.year);
        out.push_back(MoneyChange{MoneyChange::Kind::move, to, line.year, line.category, line.source, line.amount});
        line.year = to;
    }
    return out;
}

std::optional<MoneyChange> set_amount_to_basis(Plan& plan, std::size_t index) {
    if (index >= plan.budget.size()) return std::nullopt;
    BudgetLine& line = plan.budget[index];
    if (line.basis.empty()) return std::nullopt;
    auto total = basis_money(line);
    if (!total || *total == line.amount) return std::nullopt;
    MoneyChange c;
    c.kind = *total > line.amount ? MoneyChange::Kind::add : MoneyChange::Kind::cut;
    c.year = line.year;
    c.category = line.category;
    c.source = line.source;
    c.amount = *total > line.amount ? *total - line.amount : line.amount - *total;
    line.amount = *total;
    return c;
}

namespace {

// Gives each item without an id the next free "<prefix><n>", counting on after
// the highest such id in use, so that an id once given and then deleted is not
// given again to another item in the same run; items with an id keep it.
template <class Items>
std::size_t assign_ids(Items& items, char prefix) {
    unsigned long long next = 1;
    std::set<std::string_view> used;
    for (const auto& item : items) {
        if (item.id.empty()) continue;
        used.insert(item.id);
        if (item.id.size() > 1 && item.id.size() < 18 && item.id[0] == prefix &&
            std::all_of(item.id.begin() + 1, item.id.end(), is_ascii_digit))
            next = std::max(next, std::stoull(item.id.substr(1)) + 1);
    }
    std::size_t given = 0;
    for (auto& item : items) {
        if (!item.id.empty()) continue;
        std::string id;
        do id = prefix + std::to_string(next++);
        while (used.count(id));
        item.id = std::move(id);
        ++given;
    }
    return given;
}

}  // namespace

std::size_t assign_line_ids(Plan& plan) {
    return assign_ids(plan.budget, 'L');
}

std::size_t assign_partner_ids(Plan& plan) {
    return assign_ids(plan.partners, 'P');
}

std::size_t give_ids(Plan& plan) {
    return assign_line_ids(plan) + assign_partner_ids(plan);
}

}  // namespace cofund
