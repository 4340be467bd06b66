// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/planner/portfolio.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <thread>

#include "cofund/format.h"
#include "cofund/planner/csv.h"
#include "cofund/planner/files.h"
#include "cofund/planner/text.h"
#include "cofund/projection.h"
#include "cofund/simulation.h"

namespace cofund::planner {

using ojson = nlohmann::ordered_json;
namespace fs = std::filesystem;

namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The group a plan belongs to: (0, annex) for a class whose projects name an
// annex, (1, direction) for one whose projects name a direction, (2, the
// class's place in the call from 1) for the others.
std::pair<int, int> group_of(const Plan& plan, const Catalog& catalog) {
    if (plan.project.annex) return {0, *plan.project.annex};
    if (plan.project.direction) return {1, *plan.project.direction};
    for (std::size_t i = 0; i < catalog.classes.size(); ++i)
        if (catalog.classes[i].id == plan.project.klass) return {2, static_cast<int>(i) + 1};
    return {2, 0};
}

std::string group_id(std::pair<int, int> g, const Catalog& catalog) {
    if (g.first == 2)
        return g.second > 0 ? catalog.classes[static_cast<std::size_t>(g.second - 1)].id : std::string("class");
    return fmt::format("{}{}", g.first == 0 ? "annex" : "direction", g.second);
}

void count_indicators(PortfolioEntry& e, const Catalog& catalog) {
    const Plan& plan = e.checked->plan;
    if (!plan.project.annex) return;
    const Annex* a = catalog.annex(*plan.project.annex);
    if (!a) return;
    for (const auto& ind : a->indicators) {
        if (ind.kind == IndicatorKind::common || ind.op == Op::about) continue;
        ++e.indicators_total;
        if (const Decimal* d = plan.indicator(ind.id); d && ind.meets(d->value)) ++e.indicators_met;
    }
}

std::optional<Rational> expected_chance(const Plan& plan, const Catalog& catalog, const PortfolioOptions& options) {
    std::vector<IndicatorProjection> expected;
    for (auto& proj : project_valid(plan, catalog))
        if (proj.indicator->kind == IndicatorKind::expected && proj.indicator->op != Op::about)
            expected.push_back(std::move(proj));
    if (expected.empty()) return std::nullopt;
    SimulationOptions sim;
    sim.runs = options.simulate_runs;
    sim.seed = options.seed;
    sim.threads = 1;  // the plans already run in parallel
    Simulation result = simulate(expected, sim);
    Rational p = 1;
    for (const auto& s : result.indicators) p *= s.p_meet();
    return p;
}

std::string percent_text(const std::optional<Rational>& p, Lang lang) {
    return p ? format_fixed(*p * 100, lang, 0) + " %" : std::string("—");
}

std::string base_name(const std::string& file) {
    auto slash = file.find_last_of('/');
    return slash == std::string::npos ? file : file.substr(slash + 1);
}

// The file name without its folder and the usual suffix, for narrow tables.
std::string display_name(const std::string& file) {
    std::string name = base_name(file);
    if (ends_with(name, ".plan.json")) name.resize(name.size() - std::string_view(".plan.json").size());
    return name;
}

}  // namespace

Result<std::vector<std::string>> collect_plan_files(const std::vector<std::string>& inputs) {
    std::vector<std::string> files;
    for (const auto& input : inputs) {
        std::error_code ec;
        if (input == "-" || !fs::is_directory(input, ec)) {
            files.push_back(input);  // a missing or unreadable file is reported when it is read
            continue;
        }
        std::vector<std::string> found;
        fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec), end;
        if (ec) return Error{fmt::format("{}: cannot be searched: {}", input, ec.message())};
        for (; it != end; it.increment(ec)) {
            if (ec) return Error{fmt::format("{}: cannot be searched: {}", input, ec.message())};
            std::error_code fec;
            if (!it->is_regular_file(fec) || fec) continue;
            std::string path = it->path().string();
            if (ends_with(it->path().filename().string(), ".plan.json")) found.push_back(path);
        }
        if (ec) return Error{fmt::format("{}: cannot be searched: {}", input, ec.message())};
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

std::vector<Finding> program_findings(const std::vector<NamedPlan>& plans, const Catalog& catalog,
                                      const Money& fiscal, const std::optional<Money>& budget) {
    std::vector<Finding> out;
    std::map<std::string, int> per_class;
    std::map<int, int> per_annex;
    std::string annex_clause;  // the clause of the class whose projects name an annex
    for (const NamedPlan& np : plans) {
        const Plan* p = np.plan;
        ++per_class[p->project.klass];
        if (p->project.annex) {
            ++per_annex[*p->project.annex];
            annex_clause = catalog.klass(p->project.klass).clause;
        }
    }
    for (const ClassInfo& k : catalog.classes) {
        const int n = per_class[k.id];
        if (!k.max_projects || n <= *k.max_projects) continue;
        const int max = *k.max_projects;
        out.push_back(make_finding(
            "program.count", Severity::error, k.clause, "",
            fmt::format("the selection has {} {} projects; the call funds at most {} — drop {}", n, k.counted.en, max,
                        n - max),
            fmt::format("入选{}共 {} 项，指南最多支持 {} 项，需减少 {} 项", k.counted.zh, n, max, n - max),
            fmt::format("отобрано {}: {}; конкурс финансирует не более {} — исключите {}", k.counted.in(Lang::ru), n,
                        max, n - max)));
    }
    for (const auto& [annex, n] : per_annex) {
        if (n <= 1) continue;
        out.push_back(make_finding(
            "program.count", Severity::error, annex_clause, "",
            fmt::format("annex {} has {} key projects in the selection; the call names one project per annex — "
                        "keep one",
                        annex, n),
            fmt::format("附件{}入选重点项目 {} 项，指南每个附件支持 1 项，需只保留 1 项", annex, n),
            fmt::format("по приложению {} отобрано ключевых проектов: {}; конкурс предусматривает один проект на "
                        "приложение — оставьте один",
                        annex, n)));
    }
    for (auto& f : program_limits(plans, catalog)) out.push_back(std::move(f));
    if (budget && fiscal > *budget) {
        Money over = fiscal - *budget;
        out.push_back(make_finding(
            "program.budget", Severity::error, "", "",
            fmt::format("the selection's fiscal total {} exceeds the program's fiscal envelope {} by {}; drop "
                        "projects or cut fiscal by {}",
                        fiscal.grouped(), budget->grouped(), over.grouped(), over.grouped()),
            fmt::format("入选项目专项经费合计 {} 超过专项经费总额 {}，超出 {} 元，需减少项目或减少专项经费 {} 元",
                        fiscal.grouped(), budget->grouped(), over.grouped(), over.grouped()),
            fmt::format("бюджетное (фискальное) финансирование отобранных проектов {} превышает бюджетный лимит "
                        "программы {} на {}; исключите проекты или сократите бюджетное финансирование на {} юаней",
                        format_yuan(fiscal, Lang::ru), format_yuan(*budget, Lang::ru), format_yuan(over, Lang::ru),
                        format_yuan(over, Lang::ru))));
    }
    return out;
}

Portfolio build_portfolio(const std::vector<std::string>& files, const Catalog& catalog,
                          const PortfolioOptions& options) {
    const std::optional<Money>& budget = options.budget;
    Portfolio p;
    p.budget = budget;
    p.entries.resize(files.size());
    // Each plan is read and checked on its own; the entries keep the input order.
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < files.size(); i = next++) {
            PortfolioEntry& e = p.entries[i];
            e.file = files[i];
            // An exception must not escape a worker thread (that would end the
            // program); a plan that breaks an engine invariant is listed instead.
            try {
                // A plan of another call is left out, not read under this one.
                auto text = read_input(files[i]);
                if (!text) {
                    e.error = text.error();
                    continue;
                }
                auto plan = read_plan(*text, [&](const std::string& id) -> Result<const Catalog*> {
                    if (id == catalog.id) return &catalog;
                    e.other_call = id;
                    return Error{fmt::format("a plan of call \"{}\", not \"{}\"", printable(id, 60), catalog.id),
                                 Place{std::nullopt, std::nullopt, "/call"}};
                });
                if (!plan) {
                    e.error = plan.error();
                    continue;
                }
                e.checked = check(files[i], std::move(plan).value(), catalog);
                count_indicators(e, catalog);
                if (options.simulate_runs > 0) e.p_expected = expected_chance(e.checked->plan, catalog, options);
            } catch (const std::exception& ex) {
                e.checked.reset();
                e.error = Error{fmt::format("cannot be checked: {}", ex.what())};
            }
        }
    };
    unsigned threads = std::min<unsigned>(std::max(1u, std::thread::hardware_concurrency()), 8);
    bool stdin_used = std::find(files.begin(), files.end(), "-") != files.end();
    if (files.size() < 16 || stdin_used) threads = 1;
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    std::erase_if(p.entries, [&](const PortfolioEntry& e) {
        if (e.other_call.empty()) return false;
        p.other_calls.emplace_back(e.file, e.other_call);
        return true;
    });

    std::vector<NamedPlan> selection;
    std::map<std::pair<int, int>, GroupTotals> groups;
    for (const auto& id : org_type_ids()) p.by_unit_type.emplace_back(*org_type_from_id(id), Totals{});
    auto unit_type_totals = [&](OrgType type) -> Totals& {
        return std::find_if(p.by_unit_type.begin(), p.by_unit_type.end(),
                            [&](const auto& t) { return t.first == type; })
            ->second;
    };
    for (const auto& e : p.entries) {
        if (!e.checked) {
            ++p.unreadable;
            continue;
        }
        const Plan& plan = e.checked->plan;
        selection.push_back(NamedPlan{display_name(e.file), &plan});
        if (plan.project.annex) ++p.key;
        else if (plan.project.direction) ++p.general;
        ++p.by_class[plan.project.klass];
        bool pass = e.checked->summary.errors == 0;
        const BudgetSummary& sums = e.checked->sums;
        const Totals t = sums.all().totals();
        for (GroupTotals* g : {&p.all, &groups[group_of(plan, catalog)]}) {
            ++g->plans;
            if (pass) ++g->passing;
            g->totals += t;
        }
        for (int year : sums.years()) p.by_year[year] += sums.year(year).totals();
        p.outside_period += sums.outside().totals();
        if (sums.by_unit().empty())
            unit_type_totals(plan.applicant.type) += t;
        else
            for (const auto& u : sums.by_unit()) unit_type_totals(unit_type(plan, u.partner)) += u.sums.totals();
    }
    for (auto& [g, totals] : groups) p.by_annex.emplace_back(group_id(g, catalog), totals);
    p.findings = program_findings(selection, catalog, p.all.totals.fiscal, budget);
    return p;
}

int portfolio_status(const Portfolio& p, bool strict) {
    if (p.unreadable > 0) return 2;
    bool fail = false;
    for (const auto& f : p.findings)
        if (f.severity == Severity::error || (strict && f.severity == Severity::warning)) fail = true;
    for (const auto& e : p.entries)
        if (e.checked && !e.checked->summary.ok(strict)) fail = true;
    return fail ? 1 : 0;
}

ojson portfolio_json(const Portfolio& p, Lang lang, bool strict) {
    ojson plans = ojson::array();
    for (const auto& e : p.entries)
        plans.push_back(e.checked ? check_json(*e.checked, lang, strict) : unreadable_json(e.file, *e.error));

    ojson findings = ojson::array();
    for (const auto& f : p.findings) findings.push_back(finding_json(f, lang));

    int failing = 0;
    for (const auto& e : p.entries)
        if (e.checked && !e.checked->summary.ok(strict)) ++failing;
    ojson totals = ojson::object();
    totals["plans"] = p.entries.size();
    totals["unreadable"] = p.unreadable;
    totals["key"] = p.key;
    totals["general"] = p.general;
    totals["passing"] = p.all.plans - failing;
    totals["failing"] = failing;
    ojson money = totals_json(p.all.totals);  // kept alive: items() refers to it
    for (auto& [k, v] : money.items()) totals[k] = v;
    totals["leverage"] = p.all.totals.fiscal.is_zero() ? ojson(nullptr) : ojson(leverage_text(p.all.totals));
    if (p.budget) {
        totals["budget"] = p.budget->str();
        totals["budget_left"] = (*p.budget - p.all.totals.fiscal).str();
    }

    ojson by_year = ojson::object();
    for (const auto& [year, t] : p.by_year) by_year[std::to_string(year)] = totals_json(t);

    ojson by_annex = ojson::object();
    for (const auto& [id, g] : p.by_annex) {
        ojson o = ojson::object();
        o["plans"] = g.plans;
        o["passing"] = g.passing;
        ojson money = totals_json(g.totals);
        for (auto& [k, v] : money.items()) o[k] = v;
        o["leverage"] = g.totals.fiscal.is_zero() ? ojson(nullptr) : ojson(leverage_text(g.totals));
        by_annex[id] = std::move(o);
    }

    ojson program = ojson::object();
    program["findings"] = std::move(findings);
    program["totals"] = std::move(totals);
    program["by_year"] = std::move(by_year);
    program["outside_period"] = totals_json(p.outside_period);
    program["by_annex"] = std::move(by_annex);
    ojson by_unit_type = ojson::object();
    for (const auto& [type, t] : p.by_unit_type) by_unit_type[std::string(to_id(type))] = totals_json(t);
    program["by_unit_type"] = std::move(by_unit_type);
    ojson out = ojson::object();
    out["plans"] = std::move(plans);
    out["program"] = std::move(program);
    return out;
}

std::string portfolio_text(const Portfolio& p, const Catalog& catalog, Lang lang, bool strict) {
    std::string out;
    int readable = static_cast<int>(p.entries.size()) - p.unreadable;
    out += lang == Lang::zh
               ? fmt::format("项目组合 — {} 个计划（重点项目 {} 项，一般项目 {} 项，无法读取 {} 个）· 指南 {}\n\n",
                             p.entries.size(), p.key, p.general, p.unreadable, catalog.id)
           : lang == Lang::ru
               ? fmt::format("Портфель — планов: {} (ключевых: {}, общих: {}, нечитаемых: {}) · конкурс {}\n\n",
                             p.entries.size(), p.key, p.general, p.unreadable, catalog.id)
               : fmt::format("Portfolio — {} plan(s): {} key, {} general, {} unreadable · call {}\n\n",
                             p.entries.size(), p.key, p.general, p.unreadable, catalog.id);

    // One table per annex and direction: the competing applications side by side.
    std::map<std::pair<int, int>, std::vector<const PortfolioEntry*>> groups;
    for (const auto& e : p.entries)
        if (e.checked) groups[group_of(e.checked->plan, catalog)].push_back(&e);
    int failing = 0;
    for (const auto& [g, entries] : groups) {
        const Plan& first = entries.front()->checked->plan;
        // The project line wrapped at 100 columns, never cut (the lines after the first
        // indented), the count of applications after its last line.
        const auto lines = wrap_display(project_line(first, catalog, lang), 98);
        for (std::size_t i = 0; i + 1 < lines.size(); ++i) out += (i ? "  " : "") + lines[i] + "\n";
        const std::string last = (lines.size() > 1 ? "  " : "") + lines.back();
        out += lang == Lang::zh   ? fmt::format("{}（{} 份申报）\n", last, entries.size())
               : lang == Lang::ru ? fmt::format("{}  (заявок: {})\n", last, entries.size())
                                  : fmt::format("{}  ({} {})\n", last, entries.size(),
                                                entries.size() == 1 ? "application" : "applications");
        TextTable table(
            {Text{"文件", "file", "файл"}.in(lang), Text{"申报单位", "applicant", "заявитель"}.in(lang),
             Text{"专项经费", "fiscal", "бюджетное"}.in(lang), Text{"自筹", "self-raised", "собственные"}.in(lang),
             Text{"杠杆率", "lev.", "рычаг"}.in(lang), Text{"指标达标", "met", "выполн."}.in(lang),
             Text{"预期概率", "P(exp)", "P(ожид.)"}.in(lang), Text{"错误", "err", "ошиб."}.in(lang),
             Text{"警告", "warn", "пред."}.in(lang), Text{"结论", "verdict", "итог"}.in(lang)},
            {false, false, true, true, true, true, true, true, true, false});
        table.wrap(0, 30);
        table.wrap(1, 24);
        for (const PortfolioEntry* e : entries) {
            const CheckedPlan& c = *e->checked;
            const Totals t = c.sums.all().totals();
            bool ok = c.summary.ok(strict);
            if (!ok) ++failing;
            std::string met = e->indicators_total == 0 ? std::string("—")
                                                       : fmt::format("{}/{}", e->indicators_met, e->indicators_total);
            table.add(
                {display_name(e->file), c.plan.applicant.name, format_yuan(t.fiscal, lang),
                 format_yuan(t.self_raised, lang), localize_number(leverage_text(t), lang), met,
                 percent_text(e->p_expected, lang), std::to_string(c.summary.errors),
                 std::to_string(c.summary.warnings),
                 ok ? Text{"通过", "PASS", "ПРОЙДЕНО"}.in(lang) : Text{"不通过", "FAIL", "НЕ ПРОЙДЕНО"}.in(lang)});
        }
        out += table.render();
        out += "\n";
    }

    if (p.unreadable > 0) {
        out += fmt::format("{} ({})\n", Text{"无法读取的计划", "Unreadable plans", "Нечитаемые планы"}.in(lang),
                           p.unreadable);
        for (const auto& e : p.entries)
            if (e.error) out += fmt::format("  {}: {}\n", e.file, e.error->describe(lang));
        out += "\n";
    }

    out += fmt::format("{}\n", Text{"专项汇总", "Program", "Программа"}.in(lang));
    if (p.by_year.empty())
        out += fmt::format("  {}\n", Text{"没有可读取的计划", "no readable plan", "нет читаемых планов"}.in(lang));
    TextTable table = totals_table(lang, Text{"合计（万元）", "total (万元)", "итого (10 тыс. юаней)"}.in(lang));
    for (const auto& [year, t] : p.by_year)
        table.add(totals_row(lang, std::to_string(year), t, format_wan_exact(t.total(), lang)));
    if (!p.outside_period.total().is_zero())
        table.add(totals_row(lang, outside_period_name().in(lang), p.outside_period,
                             format_wan_exact(p.outside_period.total(), lang)));
    const Totals& all = p.all.totals;
    table.add_rule();
    table.add(totals_row(lang, Text{"合计", "total", "итого"}.in(lang), all, format_wan_exact(all.total(), lang)));
    if (!p.by_year.empty()) out += table.render();
    out += "\n";
    if (!all.fiscal.is_zero())
        out += fmt::format("  {} {}  ({} {} ÷ {} {})\n", pad(Text{"杠杆率", "leverage", "рычаг"}.in(lang), 10),
                           localize_number(leverage_text(all), lang), Text{"总投入", "total", "всего"}.in(lang),
                           format_yuan(all.total(), lang), Text{"专项经费", "fiscal", "бюджетное"}.in(lang),
                           format_yuan(all.fiscal, lang));
    {
        // Each class of the call: its count in the selection, and the most the call funds ("—": not stated).
        std::string counts;
        for (const ClassInfo& k : catalog.classes) {
            auto it = p.by_class.find(k.id);
            counts += fmt::format("{}{} {} / {}", counts.empty() ? "" : Text{"，", ", ", ", "}.in(lang), k.short_name.in(lang),
                                  it == p.by_class.end() ? 0 : it->second,
                                  k.max_projects ? std::to_string(*k.max_projects) : std::string("—"));
        }
        out += fmt::format("  {} {}\n", pad(Text{"入选数量", "selection", "отбор"}.in(lang), 10), counts);
    }
    if (p.budget) {
        Money left = *p.budget - all.fiscal;
        out += fmt::format("  {} {}{}{} {}\n", pad(Text{"经费总额", "envelope", "лимит"}.in(lang), 10),
                           format_yuan(*p.budget, lang), Text{"，", ", ", ", "}.in(lang),
                           left.is_negative() ? Text{"超出", "over by", "превышение"}.in(lang)
                                              : Text{"剩余", "left", "остаток"}.in(lang),
                           format_yuan(left.is_negative() ? -left : left, lang));
    }
    out += "\n";
    // The money by the type of the unit whose money it is, every type listed.
    if (!p.by_year.empty()) {
        TextTable types = totals_table(lang, Text{"合计（万元）", "total (万元)", "итого (10 тыс. юаней)"}.in(lang),
                                       Text{"单位类型", "unit type", "тип участника"}.in(lang));
        for (const auto& [type, t] : p.by_unit_type)
            types.add(totals_row(lang, org_type_text(type).in(lang), t, format_wan_exact(t.total(), lang)));
        types.add_rule();
        types.add(totals_row(lang, Text{"合计", "total", "итого"}.in(lang), all, format_wan_exact(all.total(), lang)));
        out +=
            fmt::format("{}\n", Text{"按单位类型", "By unit type", "По типам участников"}.in(lang)) + types.render() + "\n";
    }

    const auto program_errors = static_cast<std::size_t>(std::count_if(
        p.findings.begin(), p.findings.end(), [](const Finding& f) { return f.severity == Severity::error; }));
    const std::size_t program_warnings = p.findings.size() - program_errors;
    if (!p.findings.empty()) {
        out += program_warnings == 0
                   ? fmt::format(fmt::runtime(Text{"  专项错误（{}）\n", "  Program errors ({})\n",
                                                   "  Ошибки программы ({})\n"}.in(lang)),
                                 program_errors)
                   : fmt::format(fmt::runtime(Text{"  专项问题（{}）\n", "  Program findings ({})\n",
                                                   "  Замечания по программе ({})\n"}.in(lang)),
                                 p.findings.size());
        for (const auto& f : p.findings) {
            std::string clause = f.clause.empty() ? std::string() : " [" + f.clause + "]";
            std::string mark = f.severity == Severity::warning
                                   ? " " + Text{"（警告）", "(warning)", "(предупреждение)"}.in(lang)
                                   : std::string();
            out += fmt::format("    {}{}{}\n      {}\n", f.rule, clause, mark, f.message(lang));
        }
        out += "\n";
    }

    int status = portfolio_status(p, strict);
    const std::string verdict =
        status == 0 ? Text{"通过", "PASS", "ПРОЙДЕНО"}.in(lang) : Text{"不通过", "FAIL", "НЕ ПРОЙДЕНО"}.in(lang);
    const std::string warned =
        program_warnings == 0
            ? std::string()
            : fmt::format(fmt::runtime(Text{"，{} 个专项警告", ", {} program warning(s)",
                                            ", предупреждений программы: {}"}.in(lang)),
                          program_warnings);
    if (lang == Lang::ru) {
        out += fmt::format("  итог: {} — пройдено: {}, не пройдено: {}, нечитаемых: {}, ошибок программы: {}{}\n",
                           verdict, readable - failing, failing, p.unreadable, program_errors, warned);
        return out;
    }
    out += lang == Lang::zh
               ? fmt::format("  结论：{} — {} 个通过，{} 个不通过，{} 个无法读取，{} 个专项错误{}\n", verdict,
                             readable - failing, failing, p.unreadable, program_errors, warned)
               : fmt::format("  verdict: {} — {} passing, {} failing, {} unreadable, {} program error(s){}\n", verdict,
                             readable - failing, failing, p.unreadable, program_errors, warned);
    return out;
}

std::string portfolio_csv(const Portfolio& p, bool strict) {
    CsvWriter csv;
    for (const char* h : {"file", "status", "class", "annex", "direction", "applicant", "title", "fiscal",
                          "other_fiscal", "self_raised", "total", "leverage", "indicators_met", "indicators_total",
                          "p_expected", "errors", "warnings", "verdict", "message"})
        csv.text(h);
    csv.end_row();
    for (const auto& e : p.entries) {
        if (!e.checked) {
            csv.text(e.file).text("unreadable");
            for (int i = 0; i < 5; ++i) csv.text("");
            for (int i = 0; i < 10; ++i) csv.number("");
            csv.text("").text(e.error->describe()).end_row();
            continue;
        }
        const Plan& plan = e.checked->plan;
        const Totals t = BudgetSummary(plan).all().totals();
        auto opt = [](const std::optional<int>& v) { return v ? std::to_string(*v) : std::string(); };
        csv.text(e.file)
            .text("read")
            .text(plan.project.klass)
            .number(opt(plan.project.annex))
            .number(opt(plan.project.direction))
            .text(plan.applicant.name)
            .text(plan.project.title)
            .number(t.fiscal.str())
            .number(t.other_fiscal.str())
            .number(t.self_raised.str())
            .number(t.total().str())
            .number(t.fiscal.is_zero() ? std::string() : leverage_text(t))
            .number(std::to_string(e.indicators_met))
            .number(std::to_string(e.indicators_total))
            .number(e.p_expected ? format_rounded(*e.p_expected, 4) : std::string())
            .number(std::to_string(e.checked->summary.errors))
            .number(std::to_string(e.checked->summary.warnings))
            .text(e.checked->summary.ok(strict) ? "pass" : "fail")
            .text("")
            .end_row();
    }
    return csv.str();
}

ProgramChart program_chart(const Portfolio& p, Lang lang) {
    ProgramChart chart;
    for (const auto& [year, t] : p.by_year) chart.years.push_back(year);
    for (const auto& e : p.entries) {
        if (!e.checked) continue;
        const Plan& plan = e.checked->plan;
        const Project& pr = plan.project;
        std::string tag = pr.annex ? fmt::format("{}{}", Text{"附件", "A", "Прил. "}.in(lang), *pr.annex)
                          : pr.direction ? fmt::format("{}{}", Text{"方向", "D", "Напр. "}.in(lang), *pr.direction)
                                         : pr.klass;
        // The applicant's whole name: the chart wraps it, never cuts it.
        ProgramChart::Series s{fmt::format("{} {}", tag, plan.applicant.name), e.file, {}};
        const BudgetSummary& sums = e.checked->sums;
        for (int year : chart.years) s.fiscal.push_back(sums.year(year).of(Source::fiscal));
        chart.series.push_back(std::move(s));
    }
    // Two plans of one annex and applicant (a project and its subproject) would share a
    // label, and so one legend entry: each of them gets its file's name as well.
    // Plans of one name in two folders get their whole path.
    for (bool whole_path : {false, true}) {
        std::vector<std::string> labels;
        for (const auto& s : chart.series) labels.push_back(s.label);
        for (size_t i = 0; i < chart.series.size(); ++i) {
            if (std::count(labels.begin(), labels.end(), labels[i]) < 2) continue;
            std::string name = whole_path ? chart.series[i].file : fs::path(chart.series[i].file).filename().string();
            if (ends_with(name, ".plan.json")) name.resize(name.size() - std::string_view(".plan.json").size());
            chart.series[i].label += fmt::format(" ({})", name);
        }
    }
    chart.fiscal = p.all.totals.fiscal;
    chart.total = p.all.totals.total();
    if (!chart.fiscal.is_zero()) chart.leverage = chart.total.to_rational() / chart.fiscal.to_rational();
    return chart;
}

}  // namespace cofund::planner
