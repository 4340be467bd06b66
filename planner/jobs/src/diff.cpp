// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/planner/diff.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "cofund/format.h"
#include "cofund/json_read.h"
#include "cofund/plan_io.h"
#include "cofund/planner/text.h"

namespace cofund::planner {

using ojson = nlohmann::ordered_json;

namespace {

// Two bases alike in every field, groups compared to any depth.
bool same_basis(const std::vector<BasisItem>& a, const std::vector<BasisItem>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const BasisItem& x, const BasisItem& y) {
        return x.item == y.item && x.unit_price == y.unit_price && x.price_unit == y.price_unit && x.lump == y.lump &&
               x.stated == y.stated && x.money_unit == y.money_unit && x.stated_unit == y.stated_unit &&
               x.extra == y.extra && same_basis(x.items, y.items) &&
               std::equal(x.factors.begin(), x.factors.end(), y.factors.begin(), y.factors.end(),
                          [](const BasisFactor& f, const BasisFactor& g) {
                              return f.value.text == g.value.text && f.unit == g.unit && f.extra == g.extra;
                          });
    });
}

using Cell = std::tuple<int, int, int>;  // year, category, source

std::map<Cell, Money> cells(const Plan& plan) {
    std::map<Cell, Money> out;
    for (const auto& line : plan.budget)
        out[{line.year, line.category.index(), static_cast<int>(line.source)}] += line.amount;
    return out;
}

std::string value_text(const ojson& v) {
    return v.is_string() ? v.get<std::string>() : v.dump(-1, ' ', false);
}

// Leaf-by-leaf differences of two JSON values; objects are walked, anything else compared whole.
void walk(const ojson* a, const ojson* b, const std::string& path, const std::string& section,
          std::vector<FieldChange>& out) {
    if (!a && !b) return;
    if (a && b && a->is_object() && b->is_object()) {
        for (auto it = a->begin(); it != a->end(); ++it) {
            auto other = b->find(it.key());
            walk(&it.value(), other == b->end() ? nullptr : &other.value(), path + "/" + pointer_escape(it.key()),
                 section, out);
        }
        for (auto it = b->begin(); it != b->end(); ++it)
            if (!a->contains(it.key())) walk(nullptr, &it.value(), path + "/" + pointer_escape(it.key()), section, out);
        return;
    }
    if (a && b && *a == *b) return;
    out.push_back(FieldChange{section, path, a ? value_text(*a) : "", b ? value_text(*b) : ""});
}

const ojson* member(const ojson& o, const char* key) {
    auto it = o.find(key);
    return it == o.end() ? nullptr : &it.value();
}

// A finding's identity for appear/disappear: the same rule at the same place saying the same thing.
std::string finding_key(const Finding& f) {
    return fmt::format("{}\x1f{}\x1f{}\x1f{}", to_id(f.severity), f.rule, f.path, f.text.en);
}

void flips(const std::vector<Finding>& from, const std::vector<Finding>& to, std::vector<Finding>& out) {
    std::multiset<std::string> there;
    for (const auto& f : to)
        if (f.severity != Severity::info) there.insert(finding_key(f));
    for (const auto& f : from) {
        if (f.severity == Severity::info) continue;
        auto it = there.find(finding_key(f));
        if (it == there.end())
            out.push_back(f);
        else
            there.erase(it);
    }
}

ojson totals_change_json(const Totals& a, const Totals& b) {
    ojson o = ojson::object();
    o["fiscal"] = (b.fiscal - a.fiscal).str();
    o["other_fiscal"] = (b.other_fiscal - a.other_fiscal).str();
    o["self_raised"] = (b.self_raised - a.self_raised).str();
    o["total"] = (b.total() - a.total()).str();
    return o;
}

bool same_totals(const Totals& a, const Totals& b) {
    return a.fiscal == b.fiscal && a.other_fiscal == b.other_fiscal && a.self_raised == b.self_raised;
}

}  // namespace

// "Title (3)" / "标题（3）".
std::string heading(Lang lang, const char* en, const char* zh, const char* ru, std::size_t n) {
    return lang == Lang::zh ? fmt::format("{}（{}）\n", zh, n)
                            : fmt::format("{} ({})\n", lang == Lang::ru ? ru : en, n);
}

std::string signed_amount(const Money& m, Lang lang) {
    if (m.is_zero()) return format_yuan(m, lang);
    return m.is_negative() ? format_yuan(m, lang) : "+" + format_yuan(m, lang);
}

PlanDiff diff_plans(const CheckedPlan& a, const CheckedPlan& b) {
    PlanDiff d;
    d.file_a = a.file;
    d.file_b = b.file;
    const Plan& pa = a.plan;
    const Plan& pb = b.plan;

    auto ca = cells(pa), cb = cells(pb);
    std::set<Cell> keys;
    for (const auto& [k, v] : ca) keys.insert(k);
    for (const auto& [k, v] : cb) keys.insert(k);
    for (const Cell& k : keys) {
        Money before = ca.count(k) ? ca[k] : Money(), after = cb.count(k) ? cb[k] : Money();
        if (before == after) continue;
        d.budget.push_back(LineDelta{std::get<0>(k), Category::from_index(std::get<1>(k)),
                                     static_cast<Source>(std::get<2>(k)), before, after});
    }

    ojson ja = plan_to_json(pa), jb = plan_to_json(pb);
    auto section = [&](const char* key, const char* name) {
        walk(member(ja, key), member(jb, key), std::string("/") + key, name, d.fields);
    };
    for (const char* key : {"format", "call", "unit"}) section(key, "other");
    section("project", "project");
    section("applicant", "applicant");

    // Partners are matched by name: reordering them is no change.
    {
        std::vector<const Partner*> gone;
        for (const auto& p : pa.partners) {
            auto it = std::find_if(pb.partners.begin(), pb.partners.end(),
                                   [&](const Partner& q) { return q.name == p.name; });
            std::string path = "/partners/" + pointer_escape(p.name);
            if (it == pb.partners.end()) {
                d.fields.push_back(
                    {"partners", path, fmt::format("{} ({}, {})", p.name, p.country, to_id(p.type)), ""});
                continue;
            }
            if (it->country != p.country) d.fields.push_back({"partners", path + "/country", p.country, it->country});
            if (it->type != p.type)
                d.fields.push_back(
                    {"partners", path + "/type", std::string(to_id(p.type)), std::string(to_id(it->type))});
            // An id given where there was none is no change: every writer gives ids (give_ids).
            if (it->id != p.id && !p.id.empty()) d.fields.push_back({"partners", path + "/id", p.id, it->id});
            if (it->region != p.region) d.fields.push_back({"partners", path + "/region", p.region, it->region});
            if (it->matching_funds_proof != p.matching_funds_proof) {
                auto text = [](const std::optional<bool>& b) { return b ? std::string(*b ? "true" : "false") : ""; };
                d.fields.push_back({"partners", path + "/matching_funds_proof", text(p.matching_funds_proof),
                                    text(it->matching_funds_proof)});
            }
            walk(&p.extra, &it->extra, path, "partners", d.fields);
        }
        for (const auto& q : pb.partners)
            if (std::none_of(pa.partners.begin(), pa.partners.end(),
                             [&](const Partner& p) { return p.name == q.name; }))
                d.fields.push_back({"partners", "/partners/" + pointer_escape(q.name), "",
                                    fmt::format("{} ({}, {})", q.name, q.country, to_id(q.type))});
    }

    // Budget lines whose sums agree but whose notes, bases or grouping differ.
    if (d.budget.empty()) {
        const ojson* ba = member(ja, "budget");
        const ojson* bb = member(jb, "budget");
        bool same_lines = pa.budget.size() == pb.budget.size();
        for (std::size_t i = 0; same_lines && i < pa.budget.size(); ++i) {
            const BudgetLine &x = pa.budget[i], &y = pb.budget[i];
            same_lines = x.year == y.year && x.category == y.category && x.source == y.source && x.amount == y.amount &&
                         x.note == y.note && x.task == y.task && x.extra == y.extra &&
                         same_basis(x.basis, y.basis);
        }
        if (!same_lines && ba && bb)
            d.fields.push_back(
                {"budget", "/budget", fmt::format("{} line(s)", pa.budget.size()),
                 fmt::format("{} line(s), same sums; notes, bases or grouping differ", pb.budget.size())});
    }

    // Lines whose unit changed: paired by id, else by place where A's line has none.
    {
        std::map<std::string, std::size_t> by_id;
        for (std::size_t i = 0; i < pa.budget.size(); ++i)
            if (!pa.budget[i].id.empty()) by_id.emplace(pa.budget[i].id, i);
        auto name = [](const Plan& plan, const std::string& unit) {
            if (unit.empty()) return plan.applicant.name;
            const Partner* p = plan.partner(unit);
            return p ? p->name : std::string();
        };
        for (std::size_t j = 0; j < pb.budget.size(); ++j) {
            const BudgetLine& y = pb.budget[j];
            const BudgetLine* x = nullptr;
            if (auto it = y.id.empty() ? by_id.end() : by_id.find(y.id); it != by_id.end())
                x = &pa.budget[it->second];
            else if (j < pa.budget.size() && pa.budget[j].id.empty())  // A's line had no id (B may have given one)
                x = &pa.budget[j];
            if (!x || x->unit == y.unit) continue;
            d.units.push_back(UnitChange{y.id.empty() ? fmt::format("#{}", j + 1) : y.id, y.year, y.category, y.source,
                                         y.amount, x->unit, y.unit, name(pa, x->unit), name(pb, y.unit)});
        }
    }

    // Indicators compare by value: "1" and "1.0" are the same promise.
    for (const auto& [id, v] : pa.indicators) {
        const Decimal* w = pb.indicator(id);
        std::string path = "/indicators/" + pointer_escape(id);
        if (!w)
            d.fields.push_back({"indicators", path, v.text, ""});
        else if (w->value != v.value)
            d.fields.push_back({"indicators", path, v.text, w->text});
    }
    for (const auto& [id, w] : pb.indicators)
        if (!pa.indicator(id)) d.fields.push_back({"indicators", "/indicators/" + pointer_escape(id), "", w.text});

    // Projections are matched by indicator id (and order among the same id).
    {
        const ojson* xa = member(ja, "projections");
        const ojson* xb = member(jb, "projections");
        std::map<std::string, std::vector<const ojson*>> ma, mb;
        std::vector<std::string> order;
        auto index = [&](const ojson* arr, std::map<std::string, std::vector<const ojson*>>& m) {
            if (!arr) return;
            for (const auto& p : *arr) {
                std::string id = p.value("indicator", "");
                if (!ma.count(id) && !mb.count(id)) order.push_back(id);
                m[id].push_back(&p);
            }
        };
        index(xa, ma);
        index(xb, mb);
        for (const auto& id : order) {
            const auto &va = ma[id], &vb = mb[id];
            for (std::size_t i = 0; i < std::max(va.size(), vb.size()); ++i) {
                std::string path = "/projections/" + pointer_escape(id) + (i ? fmt::format("#{}", i + 1) : "");
                walk(i < va.size() ? va[i] : nullptr, i < vb.size() ? vb[i] : nullptr, path, "projections", d.fields);
            }
        }
    }
    // Targets by year are matched by their id: each changed total, year or name on its own line.
    {
        const ojson* ta = member(ja, "targets");
        const ojson* tb = member(jb, "targets");
        std::vector<std::string> order;
        std::map<std::string, const ojson*> ma, mb;
        for (auto [arr, m] : {std::pair{ta, &ma}, std::pair{tb, &mb}}) {
            if (!arr) continue;
            for (const auto& t : *arr) {
                std::string id = t.value("id", "");
                if (!ma.count(id) && !mb.count(id)) order.push_back(id);
                (*m)[id] = &t;
            }
        }
        for (const auto& id : order)
            walk(ma.count(id) ? ma[id] : nullptr, mb.count(id) ? mb[id] : nullptr, "/targets/" + pointer_escape(id),
                 "targets", d.fields);
    }
    section("assumptions", "assumptions");

    // Unknown top-level fields, kept by the reader.
    {
        static const std::set<std::string> known = {"format",     "call",        "unit",       "project",
                                                    "applicant",  "partners",    "budget",     "indicators",
                                                    "targets",    "projections", "assumptions"};
        ojson ea = ojson::object(), eb = ojson::object();
        for (auto it = ja.begin(); it != ja.end(); ++it)
            if (!known.count(it.key())) ea[it.key()] = it.value();
        for (auto it = jb.begin(); it != jb.end(); ++it)
            if (!known.count(it.key())) eb[it.key()] = it.value();
        walk(&ea, &eb, "", "other", d.fields);
    }

    const BudgetSummary sa(pa), sb(pb);
    d.before = sa.all().totals();
    d.after = sb.all().totals();
    for (int year : sa.years()) d.by_year[year].first = sa.year(year).totals();
    for (int year : sb.years()) d.by_year[year].second = sb.year(year).totals();
    d.outside_period = {sa.outside().totals(), sb.outside().totals()};

    flips(b.findings, a.findings, d.appeared);
    flips(a.findings, b.findings, d.disappeared);
    return d;
}

ojson diff_json(const PlanDiff& d, Lang lang) {
    ojson o = ojson::object();
    o["a"] = d.file_a;
    o["b"] = d.file_b;
    o["identical"] = d.identical();
    ojson budget = ojson::array();
    for (const auto& l : d.budget) {
        ojson x = ojson::object();
        x["year"] = l.year;
        x["category"] = std::string(to_id(l.category));
        x["source"] = std::string(to_id(l.source));
        x["before"] = l.before.str();
        x["after"] = l.after.str();
        x["change"] = l.change().str();
        budget.push_back(std::move(x));
    }
    o["budget"] = std::move(budget);
    ojson changes = ojson::array();
    for (const auto& f : d.fields) {
        ojson x = ojson::object();
        x["section"] = f.section;
        x["path"] = f.path;
        x["before"] = f.before.empty() ? ojson(nullptr) : ojson(f.before);
        x["after"] = f.after.empty() ? ojson(nullptr) : ojson(f.after);
        changes.push_back(std::move(x));
    }
    o["changes"] = std::move(changes);
    ojson units = ojson::array();
    for (const auto& u : d.units) {
        ojson x = ojson::object();
        x["line"] = u.line;
        x["year"] = u.year;
        x["category"] = std::string(to_id(u.category));
        x["source"] = std::string(to_id(u.source));
        x["amount"] = u.amount.str();
        x["before"] = u.before;
        x["after"] = u.after;
        x["before_name"] = u.before_name;
        x["after_name"] = u.after_name;
        units.push_back(std::move(x));
    }
    o["units"] = std::move(units);
    ojson totals = ojson::object();
    totals["before"] = totals_json(d.before);
    totals["after"] = totals_json(d.after);
    totals["change"] = totals_change_json(d.before, d.after);
    ojson by_year = ojson::object();
    for (const auto& [year, t] : d.by_year) {
        ojson y = ojson::object();
        y["before"] = totals_json(t.first);
        y["after"] = totals_json(t.second);
        y["change"] = totals_change_json(t.first, t.second);
        by_year[std::to_string(year)] = std::move(y);
    }
    totals["by_year"] = std::move(by_year);
    ojson outside = ojson::object();
    outside["before"] = totals_json(d.outside_period.first);
    outside["after"] = totals_json(d.outside_period.second);
    outside["change"] = totals_change_json(d.outside_period.first, d.outside_period.second);
    totals["outside_period"] = std::move(outside);
    o["totals"] = std::move(totals);
    ojson findings = ojson::object();
    findings["appeared"] = ojson::array();
    findings["disappeared"] = ojson::array();
    for (const auto& f : d.appeared) findings["appeared"].push_back(finding_json(f, lang));
    for (const auto& f : d.disappeared) findings["disappeared"].push_back(finding_json(f, lang));
    o["findings"] = std::move(findings);
    return o;
}

std::string diff_text(const PlanDiff& d, const Catalog& catalog, Lang lang) {
    std::string out = fmt::format("{} → {}\n", d.file_a, d.file_b);
    if (d.identical()) {
        out += fmt::format("  {}\n",
                           Text{"无变化：预算、字段和检查结果均相同", "no changes: same budget, fields and findings",
                                "изменений нет: тот же бюджет, те же поля и замечания"}
                               .in(lang));
        return out;
    }
    out += "\n";
    if (!d.budget.empty()) {
        out += heading(lang, "Budget lines", "预算明细", "Строки бюджета", d.budget.size());
        TextTable t({Text{"年度", "year", "год"}.in(lang), Text{"科目", "category", "статья"}.in(lang),
                     Text{"来源", "source", "источник"}.in(lang), Text{"修改前", "before", "до"}.in(lang),
                     Text{"修改后", "after", "после"}.in(lang), Text{"变化", "change", "изменение"}.in(lang)},
                    {false, false, false, true, true, true});
        for (const auto& l : d.budget) {
            t.add({std::to_string(l.year), catalog.category_name(l.category).in(lang),
                   catalog.source_name(l.source).in(lang), format_yuan(l.before, lang), format_yuan(l.after, lang),
                   signed_amount(l.change(), lang)});
        }
        out += t.render() + "\n";
    }
    if (!same_totals(d.before, d.after) || !d.budget.empty()) {
        out += fmt::format("{}\n", Text{"合计", "Totals", "Итоги"}.in(lang));
        TextTable t = totals_table(lang, Text{"修改后合计", "total after", "итого после"}.in(lang));
        auto row = [&](const std::string& label, const Totals& a, const Totals& b) {
            t.add({label, signed_amount(b.fiscal - a.fiscal, lang),
                   signed_amount(b.other_fiscal - a.other_fiscal, lang),
                   signed_amount(b.self_raised - a.self_raised, lang), signed_amount(b.total() - a.total(), lang),
                   format_yuan(b.total(), lang)});
        };
        for (const auto& [year, ab] : d.by_year)
            if (!same_totals(ab.first, ab.second)) row(std::to_string(year), ab.first, ab.second);
        if (!same_totals(d.outside_period.first, d.outside_period.second))
            row(outside_period_name().in(lang), d.outside_period.first, d.outside_period.second);
        t.add_rule();
        row(Text{"合计", "total", "итого"}.in(lang), d.before, d.after);
        out += t.render() + "\n";
    }
    struct Section {
        const char *id, *en, *zh, *ru;
    };
    static const Section sections[] = {{"project", "Project", "项目", "Проект"},
                                       {"applicant", "Applicant", "申报单位", "Заявитель"},
                                       {"partners", "Partners", "合作单位", "Партнёры"},
                                       {"budget", "Budget", "预算", "Бюджет"},
                                       {"indicators", "Indicators", "指标", "Показатели"},
                                       {"targets", "Targets by year", "分年度绩效指标", "Цели по годам"},
                                       {"projections", "Projections", "预测", "Прогнозы"},
                                       {"assumptions", "Assumptions", "假设", "Допущения"},
                                       {"other", "Other fields", "其他字段", "Прочие поля"}};
    for (const Section& section : sections) {
        std::vector<const FieldChange*> group;
        for (const auto& f : d.fields)
            if (f.section == section.id) group.push_back(&f);
        if (group.empty()) continue;
        out += heading(lang, section.en, section.zh, section.ru, group.size());
        // A long value wraps at 100 columns under its path, never cut.
        auto change = [&](const char* mark, const std::string& path, const std::string& value) {
            const auto lines = wrap_display(value, 94);
            std::string text = fmt::format("  {} {}:", mark, path);
            if (display_width(text) + 1 + display_width(lines.front()) <= 100 && lines.size() == 1)
                return text + " " + lines.front() + "\n";
            for (const auto& l : lines) text += "\n      " + l;
            return text + "\n";
        };
        for (const FieldChange* f : group) {
            if (f->before.empty())
                out += change("+", f->path, f->after);
            else if (f->after.empty())
                out += change("-", f->path, f->before);
            else
                out += change("~", f->path, f->before + " → " + f->after);
        }
        out += "\n";
    }
    if (!d.units.empty()) {
        out += heading(lang, "Units of budget lines", "预算条目的承担单位", "Участники по строкам бюджета",
                       d.units.size());
        // "P2 name", the applicant as such: the unit before and after, as people read it.
        auto unit = [&](const std::string& id, const std::string& name) {
            if (id.empty()) return fmt::format("{} {}", Text{"申报单位", "applicant", "заявитель"}.in(lang), name);
            return name.empty() ? id : id + " " + name;
        };
        for (const auto& u : d.units) {
            const std::string what = fmt::format("{}{}{}{}{}{}{}", u.year, Text{"，", ", ", ", "}.in(lang),
                                                 catalog.category_name(u.category).in(lang), Text{"，", ", ", ", "}.in(lang),
                                                 catalog.source_name(u.source).in(lang), Text{"，", ", ", ", "}.in(lang),
                                                 format_yuan(u.amount, lang));
            out += lang == Lang::zh   ? fmt::format("  ~ 条目 {}（{}）\n", u.line, what)
                   : lang == Lang::ru ? fmt::format("  ~ строка {} ({})\n", u.line, what)
                                      : fmt::format("  ~ line {} ({})\n", u.line, what);
            // The units on a line of their own, wrapped under it where long, never cut.
            out += wrapped_text(fmt::format("{}{} → {}", Text{"承担单位：", "unit: ", "участник: "}.in(lang),
                                            unit(u.before, u.before_name), unit(u.after, u.after_name)),
                                100, "      ", "        ");
        }
        out += "\n";
    }
    auto list = [&](const std::vector<Finding>& fs, const char* en, const char* zh, const char* ru, const char* mark) {
        if (fs.empty()) return;
        out += heading(lang, en, zh, ru, fs.size());
        for (const auto& f : fs)
            out += fmt::format("  {} {} {} {}\n      {}\n", mark, severity_name(f.severity).in(lang), f.rule, f.path,
                               f.message(lang));
        out += "\n";
    };
    list(d.disappeared, "Findings gone", "消除的问题", "Снятые замечания", "-");
    list(d.appeared, "Findings new", "新增的问题", "Новые замечания", "+");
    // The count of lines whose unit changed, only where there are any (earlier outputs unchanged).
    const std::string units = d.units.empty()    ? std::string()
                              : lang == Lang::zh ? fmt::format("，{} 个条目的承担单位变化", d.units.size())
                              : lang == Lang::ru ? fmt::format("; строк со сменой участника: {}", d.units.size())
                                                 : fmt::format(", {} line unit(s) changed", d.units.size());
    if (lang == Lang::ru) {
        out += fmt::format("  итог: изменено ячеек бюджета: {}, полей: {}; замечаний снято: {}, новых: {}{}\n",
                           d.budget.size(), d.fields.size(), d.disappeared.size(), d.appeared.size(), units);
        return out;
    }
    out += lang == Lang::zh
               ? fmt::format("  小结：{} 项预算变化，{} 个字段变化，{} 个问题消除，{} 个新增问题{}\n", d.budget.size(),
                             d.fields.size(), d.disappeared.size(), d.appeared.size(), units)
               : fmt::format(
                     "  summary: {} budget cell(s) changed, {} field(s) changed, {} finding(s) gone, "
                     "{} new{}\n",
                     d.budget.size(), d.fields.size(), d.disappeared.size(), d.appeared.size(), units);
    return out;
}

}  // namespace cofund::planner
