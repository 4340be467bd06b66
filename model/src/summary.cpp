// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/summary.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <stdexcept>

#include "cofund/catalog.h"

namespace cofund {

void Sums::add(const BudgetLine& line) {
    if (!line.category.valid()) throw std::logic_error("a budget line without a category");
    const auto i = static_cast<std::size_t>(line.category.index());
    if (cells.size() <= i) cells.resize(i + 1);
    cells[i][static_cast<int>(line.source)] += line.amount;
}

Sums& Sums::operator+=(const Sums& o) {
    if (cells.size() < o.cells.size()) cells.resize(o.cells.size());
    for (std::size_t c = 0; c < o.cells.size(); ++c)
        for (int s = 0; s < kSourceCount; ++s) cells[c][s] += o.cells[c][s];
    return *this;
}

Money Sums::of(Source s) const {
    Money m;
    for (const auto& row : cells) m += row[static_cast<int>(s)];
    return m;
}

Money Sums::of(std::span<const Source> sources) const {
    Money m;
    for (Source s : kSources)
        if (std::find(sources.begin(), sources.end(), s) != sources.end()) m += of(s);
    return m;
}

Money Sums::of(Category c) const {
    Money m;
    for (Source s : kSources) m += at(c, s);
    return m;
}

Money Sums::of(Category c, std::span<const Source> sources) const {
    Money m;
    for (Source s : kSources)
        if (std::find(sources.begin(), sources.end(), s) != sources.end()) m += at(c, s);
    return m;
}

Money Sums::side(Category c, bool self_raised) const {
    Money m;
    for (Source s : kSources)
        if (is_self_raised(s) == self_raised) m += at(c, s);
    return m;
}

Money Sums::direct(std::span<const Source> sources, const Catalog& catalog) const {
    Money m;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        const Category cat = Category::from_index(static_cast<int>(c));
        if (!catalog.indirect(cat)) m += of(cat, sources);
    }
    return m;
}

Totals Sums::totals() const {
    Totals t;
    for (const auto& row : cells)
        for (Source s : kSources) {
            const Money& v = row[static_cast<int>(s)];
            if (s == Source::fiscal)
                t.fiscal += v;
            else if (s == Source::other_fiscal)
                t.other_fiscal += v;
            else
                t.self_raised += v;
        }
    return t;
}

std::optional<int> unit_of_lead(const Plan& plan, std::string_view lead) {
    if (lead.empty()) return std::nullopt;
    for (std::size_t i = 0; i < plan.partners.size(); ++i)
        if (plan.partners[i].id == lead) return static_cast<int>(i);
    for (std::size_t i = 0; i < plan.partners.size(); ++i)
        if (plan.partners[i].name == lead) return static_cast<int>(i);
    if (plan.applicant.name == lead) return -1;
    return std::nullopt;
}

const std::string& unit_name(const Plan& plan, int partner) {
    return partner < 0 ? plan.applicant.name : plan.partners.at(static_cast<std::size_t>(partner)).name;
}

OrgType unit_type(const Plan& plan, int partner) {
    return partner < 0 ? plan.applicant.type : plan.partners.at(static_cast<std::size_t>(partner)).type;
}

const Text& org_type_text(OrgType t) {
    static const Text enterprise{"企业", "enterprise", "предприятие"},
        institute{"科研院所", "research institute", "научная организация"}, university{"高校", "university", "вуз"},
        other{"其他单位", "other organisation", "иная организация"};
    switch (t) {
        case OrgType::enterprise:
            return enterprise;
        case OrgType::institute:
            return institute;
        case OrgType::university:
            return university;
        case OrgType::other:
            break;
    }
    return other;
}

namespace {
std::atomic<std::uint64_t> g_built{0};  // a portfolio sums on several threads
}  // namespace

std::uint64_t BudgetSummary::built() {
    return g_built.load(std::memory_order_relaxed);
}

BudgetSummary::BudgetSummary(const Plan& plan) {
    g_built.fetch_add(1, std::memory_order_relaxed);
    const Project& p = plan.project;
    // The reader allows 2000–2100: up to 101 years.
    if (p.end_year >= p.start_year && p.years() <= kMaxPeriodYears) {
        years_.reserve(p.years());
        for (int y = p.start_year; y <= p.end_year; ++y) years_.push_back(y);
    }
    by_year_.resize(years_.size());
    for (const auto& line : plan.budget) {
        all_.add(line);
        const long k = static_cast<long>(line.year) - p.start_year;
        if (k >= 0 && k < static_cast<long>(by_year_.size())) {
            by_year_[k].add(line);
        } else {
            outside_.add(line);
            outside_years_.push_back(line.year);
        }
    }
    if (std::any_of(plan.budget.begin(), plan.budget.end(), [](const BudgetLine& l) { return !l.task.empty(); })) {
        std::map<std::string, std::size_t> at;
        auto column = [&](const std::string& task) -> Sums& {
            auto [it, added] = at.emplace(task, by_task_.size());
            if (added) by_task_.push_back({task, {}});
            return by_task_[it->second].sums;
        };
        for (const auto& t : plan.tasks)
            if (!t.id.empty()) column(t.id);
        for (const auto& line : plan.budget)
            if (!line.task.empty()) column(line.task).add(line);
        Sums& none = column("");
        for (const auto& line : plan.budget)
            if (line.task.empty()) none.add(line);
    }
    std::sort(outside_years_.begin(), outside_years_.end());
    outside_years_.erase(std::unique(outside_years_.begin(), outside_years_.end()), outside_years_.end());
    if (std::any_of(plan.budget.begin(), plan.budget.end(), [](const BudgetLine& l) { return !l.unit.empty(); })) {
        const std::size_t ncols = years_.size() + (has_outside() ? 1 : 0);
        by_unit_.resize(plan.partners.size() + 1);
        std::map<std::string_view, std::size_t> at;  // partner id → entry
        for (std::size_t i = 0; i < plan.partners.size(); ++i) {
            UnitColumn& u = by_unit_[i + 1];
            u.partner = static_cast<int>(i);
            u.id = plan.partners[i].id;
            if (!u.id.empty()) at.emplace(plan.partners[i].id, i + 1);
        }
        for (auto& u : by_unit_) u.by_column.resize(ncols);
        for (const auto& line : plan.budget) {
            auto it = line.unit.empty() ? at.end() : at.find(line.unit);
            // A unit no partner has (a plan built in code, not read) counts as the applicant's.
            UnitColumn& u = by_unit_[it == at.end() ? 0 : it->second];
            u.sums.add(line);
            const long k = static_cast<long>(line.year) - p.start_year;
            const std::size_t col = k >= 0 && k < static_cast<long>(years_.size()) ? static_cast<std::size_t>(k)
                                                                                   : years_.size();
            Totals& t = u.by_column[col];
            if (line.source == Source::fiscal)
                t.fiscal += line.amount;
            else if (line.source == Source::other_fiscal)
                t.other_fiscal += line.amount;
            else
                t.self_raised += line.amount;
        }
        for (const auto& t : plan.tasks)
            if (auto who = unit_of_lead(plan, t.lead)) by_unit_[static_cast<std::size_t>(*who + 1)].leads.push_back(t.id);
        for (const auto& u : by_unit_) {
            if (u.applicant()) continue;
            const Money f = u.sums.of(Source::fiscal);
            transferred_ += f;
            if (plan.partners[static_cast<std::size_t>(u.partner)].country != "CN") transferred_abroad_ += f;
        }
    }
}

const Sums& BudgetSummary::year(int y) const& {
    if (years_.empty() || y < years_.front() || y > years_.back()) return zero_;
    return by_year_[y - years_.front()];
}

std::vector<BudgetSummary::Column> BudgetSummary::columns() const {
    std::vector<Column> cols;
    cols.reserve(years_.size() + 1);
    for (std::size_t i = 0; i < years_.size(); ++i) cols.push_back({years_[i], &by_year_[i]});
    if (has_outside()) cols.push_back({std::nullopt, &outside_});
    return cols;
}

std::vector<Money> BudgetSummary::cumulative(std::span<const Source> sources) const {
    std::vector<Money> out;
    out.reserve(by_year_.size());
    Money running;
    for (const Sums& s : by_year_) {
        running += s.of(sources);
        out.push_back(running);
    }
    return out;
}

const Text& outside_period_name() {
    static const Text t{"期外", "outside the period", "вне срока"};
    return t;
}

std::string column_label(const BudgetSummary::Column& c, Lang lang) {
    return c.year ? std::to_string(*c.year) : outside_period_name().in(lang);
}

std::optional<RatioView> ratio_view(const Plan& plan, const Catalog& catalog, const BudgetSummary& summary) {
    const RatioRule* rule = catalog.ratio_for(plan);
    if (!rule) return std::nullopt;
    const RatioRule& r = *rule;
    RatioView v;
    v.rule = &r;
    v.fiscal_side = summary.all().of(r.fiscal_side);
    v.self_side = summary.all().of(r.self_side);
    v.required_self = ceil_times(v.fiscal_side, r.multiple);
    return v;
}

std::optional<RatioView> ratio_view(const Plan& plan, const Catalog& catalog) {
    return ratio_view(plan, catalog, BudgetSummary(plan));
}

std::string ratio_text(const Money& fiscal_side, const Money& self_side) {
    if (fiscal_side.is_zero()) return "—";
    const Rational r = self_side.to_rational() / fiscal_side.to_rational();
    return "1 : " + format_trimmed(Rational(floor_of(r * 10000)) / 10000, 4);
}

std::string required_ratio_text(const RatioRule& r) {
    return "1 : " + r.multiple_text;
}

std::string leverage_text(const Totals& t) {
    if (t.fiscal.is_zero()) return "—";
    return format_rounded(t.total().to_rational() / t.fiscal.to_rational(), 2);
}

}  // namespace cofund
