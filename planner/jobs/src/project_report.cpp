// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/planner/project_report.h"

#include "cofund/planner/csv.h"

#include <fmt/format.h>

#include "cofund/format.h"
#include "cofund/planner/check_report.h"
#include "cofund/planner/text.h"
#include "cofund/rules.h"

namespace cofund::planner {

using ojson = nlohmann::ordered_json;

namespace {

/// A decimal string for JSON and CSV: exact to 6 decimals, trailing zeros dropped.
std::string dec(const Rational& v) {
    return format_trimmed(v, 6);
}

/// An indicator's value for people: a counted one (cans, persons) in whole
/// units, rounded half away from zero; others whole without decimals, else with two.
std::string num(const Rational& v, const Indicator& ind, Lang lang) {
    return format_fixed(v, lang, ind.counted() || is_whole(v) ? 0 : 2);
}

/// An amount (yuan or USD) to the fen, half away from zero: "102569700.00" and
/// "102,569,700.00". Rational, not Money: a projected amount may exceed Money's range.
std::string fen_str(const Rational& v) {
    return format_rounded(v, 2);
}
std::string fen_grouped(const Rational& v, Lang lang) {
    return format_fixed(v, lang, 2);
}

/// A share as a percentage with one decimal: "103.3 %".
std::string pct(const Rational& share, Lang lang) {
    return format_fixed(share * 100, lang, 1) + " %";
}

/// A growth rate as a percentage, exact to 4 decimals: "12 %", "-99.9999 %".
std::string rate_pct(const Rational& rate, Lang lang) {
    return format_number(rate * 100, lang, 4) + " %";
}

/// The JSON target op; "=" in the call is a yes/no promise met by at least the bound.
std::string_view json_op(Op op) {
    switch (op) {
        case Op::ge:
        case Op::eq:
            return ">=";
        case Op::gt:
            return ">";
        case Op::le:
            return "<=";
        case Op::about:
            return "about";
    }
    return ">=";
}

std::string measure_name(Measure m, Lang lang) {
    switch (m) {
        case Measure::total:
            return Text{"期内合计", "total", "итого"}.in(lang);
        case Measure::cumulative:
            return Text{"累计", "cumulative", "нарастающим итогом"}.in(lang);
        case Measure::final_year:
            return Text{"末年值", "final year", "последний год"}.in(lang);
        case Measure::growth_pct:
            return Text{"较基期增长", "growth over the baseline", "рост к базовому году"}.in(lang);
        case Measure::reduction_pct:
            return Text{"较基期下降", "reduction from the baseline", "снижение к базовому году"}.in(lang);
    }
    return "";
}

std::string with_unit(const std::string& number, const Indicator& ind, Lang lang) {
    const std::string& unit = ind.unit.in(lang);
    if (unit.empty()) return number;
    return number + " " + unit;
}

ojson quantiles_json(const Quantiles& q) {
    ojson o = ojson::object();
    o["p10"] = dec(q.p10);
    o["p50"] = dec(q.p50);
    o["p90"] = dec(q.p90);
    return o;
}

ojson opt(const std::optional<Rational>& v) {
    return v ? ojson(dec(*v)) : ojson(nullptr);
}

}  // namespace

Result<ProjectReport> make_project_report(std::string file, Plan plan, const Catalog& catalog,
                                          std::optional<SimulationOptions> simulation) {
    auto issues = projection_issues(plan, catalog);
    if (!issues.empty()) {
        std::string message;
        for (std::size_t i = 0; i < issues.size(); ++i)
            message += (i ? "\n" : "") + (i ? issues[i].path + ": " : std::string()) + issues[i].text.en;
        return Error{message, Place{{}, {}, issues.front().path}};
    }
    ProjectReport r;
    r.file = std::move(file);
    r.plan = std::move(plan);
    r.projections = project_valid(r.plan, catalog);
    r.money = money_metrics(r.plan, catalog, r.projections);
    if (simulation) r.simulation = simulate(r.projections, *simulation);
    return r;
}

// ---- JSON ----------------------------------------------------------------------

namespace {

ojson money_json(const ProjectReport& r) {
    const MoneyMetrics& m = r.money;
    ojson o = ojson::object();
    o["totals"] = totals_json(m.totals);
    o["fiscal_share"] = opt(m.fiscal_share);
    o["self_raised_share"] = opt(m.self_raised_share);
    o["leverage"] = opt(m.leverage);
    if (m.ratio) {
        ojson ratio = ojson::object();
        ratio["clause"] = m.ratio->clause;
        ratio["multiple"] = dec(m.ratio->multiple);
        o["ratio"] = std::move(ratio);
    } else {
        o["ratio"] = nullptr;
    }
    ojson by_year = ojson::object();
    for (const auto& ym : m.years) {
        ojson y = totals_json(ym.totals);
        y["cumulative"] = totals_json(ym.cumulative);
        if (ym.ratio) {
            ojson ratio = ojson::object();
            ratio["fiscal_side"] = ym.ratio->fiscal_side.str();
            ratio["self_side"] = ym.ratio->self_side.str();
            ratio["required_self"] = ym.ratio->required_self.str();
            ratio["multiple"] = opt(ym.ratio->multiple);
            ratio["met"] = ym.ratio->met();
            y["ratio"] = std::move(ratio);
        }
        by_year[std::to_string(ym.year)] = std::move(y);
    }
    o["by_year"] = std::move(by_year);
    o["outside_period"] = totals_json(m.outside_period.value_or(Totals{}));
    o["usd_cny"] = opt(m.usd_cny);
    ojson usd = ojson::array();
    for (const auto& u : m.usd_indicators) {
        ojson uo = ojson::object();
        uo["id"] = u.indicator->id;
        uo["usd"] = fen_str(u.usd);
        uo["cny"] = u.cny ? ojson(fen_str(*u.cny)) : ojson(nullptr);
        uo["projected"] = u.projected;
        usd.push_back(std::move(uo));
    }
    o["usd_indicators"] = std::move(usd);
    o["fiscal_per_export_usd"] = opt(m.fiscal_per_export_usd);
    o["discount_rate"] = opt(m.discount_rate);
    o["present_value"] = m.present_value ? ojson(fen_str(*m.present_value)) : ojson(nullptr);
    return o;
}

}  // namespace

ojson project_json(const ProjectReport& r, Lang lang) {
    ojson o = ojson::object();
    o["file"] = r.file;
    o["start_year"] = std::to_string(r.plan.project.start_year);
    o["end_year"] = std::to_string(r.plan.project.end_year);
    ojson indicators = ojson::array();
    for (std::size_t i = 0; i < r.projections.size(); ++i) {
        const IndicatorProjection& p = r.projections[i];
        const Indicator& ind = *p.indicator;
        ojson io = ojson::object();
        io["id"] = ind.id;
        io["name"] = ind.name.in(lang);
        io["measure"] = std::string(to_id(ind.measure));
        io["unit"] = ind.unit.in(lang);
        ojson target = ojson::object();
        target["op"] = std::string(json_op(ind.op));
        target["bound"] = dec(ind.bound);
        io["target"] = std::move(target);
        io["baseline"] = dec(p.baseline);
        ojson yearly = ojson::object();
        for (std::size_t k = 0; k < p.years.size(); ++k) yearly[std::to_string(p.years[k])] = dec(p.yearly[k]);
        io["yearly"] = std::move(yearly);
        io["value"] = dec(p.value);
        if (p.stated) io["stated"] = dec(*p.stated);
        io["meets"] = p.meets;
        io["gap"] = dec(p.gap);
        if (p.reached_in) io["reached_in"] = std::to_string(*p.reached_in);
        if (r.simulation) {
            const IndicatorSimulation& s = r.simulation->indicators[i];
            ojson so = ojson::object();
            so["runs"] = std::to_string(r.simulation->runs);
            so["seed"] = std::to_string(r.simulation->seed);
            so["p_meet"] = dec(s.p_meet());
            so["p10"] = dec(s.value.p10);
            so["p50"] = dec(s.value.p50);
            so["p90"] = dec(s.value.p90);
            ojson sy = ojson::object();
            for (std::size_t k = 0; k < p.years.size(); ++k)
                sy[std::to_string(p.years[k])] = quantiles_json(s.yearly[k]);
            so["yearly"] = std::move(sy);
            io["simulation"] = std::move(so);
        }
        indicators.push_back(std::move(io));
    }
    o["indicators"] = std::move(indicators);
    o["money"] = money_json(r);
    return o;
}

// ---- text -----------------------------------------------------------------------

namespace {

std::string indicator_text(const ProjectReport& r, std::size_t i, Lang lang) {
    const IndicatorProjection& p = r.projections[i];
    const Indicator& ind = *p.indicator;
    const IndicatorSimulation* s = r.simulation ? &r.simulation->indicators[i] : nullptr;
    std::string out;
    out += fmt::format("  {} · {} · {} · {} {}\n", ind.id, ind.name.in(lang), measure_name(ind.measure, lang),
                       Text{"目标", "target", "цель"}.in(lang), with_unit(ind.target_text(lang), ind, lang));
    if (p.growth) {
        const RateRange& g = *p.growth;
        std::string range =
            g.uncertain() ? fmt::format(" ({} … {})", rate_pct(g.low, lang), rate_pct(g.high, lang)) : std::string();
        out += fmt::format("    {} {}{}\n", Text{"年增长率", "growth a year", "рост в год"}.in(lang),
                           rate_pct(g.rate, lang), range);
    }
    bool bands = s && s->random;
    // USD indicators also in CNY, year by year, at the plan's rate.
    const std::optional<Rational>& usd_cny = r.money.usd_cny;
    bool cny = ind.money == "usd" && usd_cny.has_value();
    std::vector<std::string> header = {Text{"年度", "year", "год"}.in(lang),
                                       Text{"当年值", "value", "значение"}.in(lang),
                                       Text{"截至当年", "measure to date", "показатель на дату"}.in(lang)};
    std::vector<bool> right = {false, true, true};
    if (cny) {
        header.push_back(Text{"折合人民币", "value in CNY", "в юанях"}.in(lang));
        right.push_back(true);
    }
    if (bands) {
        for (const char* h : {"P10", "P50", "P90"}) header.push_back(h);
        right.insert(right.end(), {true, true, true});
    }
    TextTable table(header, right);
    std::vector<std::string> base = {
        fmt::format("{} {}", p.years.front() - 1, Text{"（基期）", "(baseline)", "(базовый год)"}.in(lang)),
        num(p.baseline, ind, lang), ""};
    if (cny) base.push_back(fen_grouped(p.baseline * *usd_cny, lang));
    if (bands) base.insert(base.end(), {"", "", ""});
    table.add(base);
    for (std::size_t k = 0; k < p.years.size(); ++k) {
        std::string mark = ind.op != Op::about && ind.meets(p.to_date[k]) ? " ✓" : "";
        std::vector<std::string> row = {std::to_string(p.years[k]), num(p.yearly[k], ind, lang),
                                        num(p.to_date[k], ind, lang) + mark};
        if (cny) row.push_back(fen_grouped(p.yearly[k] * *usd_cny, lang));
        if (bands)
            row.insert(row.end(), {num(s->yearly[k].p10, ind, lang), num(s->yearly[k].p50, ind, lang),
                                   num(s->yearly[k].p90, ind, lang)});
        table.add(row);
    }
    out += table.render("    ");
    std::string status;
    if (ind.op == Op::about)
        status = fmt::format("{} {}", Text{"与目标相差", "off the target by", "отклонение от цели"}.in(lang),
                             num(p.gap, ind, lang));
    else if (p.meets)
        status = Text{"达到目标", "meets the target", "цель достигнута"}.in(lang);
    else
        status = fmt::format("{} {}", Text{"未达目标，差", "misses the target by", "до цели не хватает"}.in(lang),
                             with_unit(num(p.gap, ind, lang), ind, lang));
    out += fmt::format("    {} {}", Text{"指标值", "value", "значение"}.in(lang),
                       with_unit(num(p.value, ind, lang), ind, lang));
    if (p.stated)
        out += fmt::format(" ({} {})", Text{"填报", "stated", "заявлено"}.in(lang), num(*p.stated, ind, lang));
    out += " · " + status;
    if (p.share)
        out += fmt::format(" · {} {}", pct(*p.share, lang), Text{"完成率", "of the target", "от цели"}.in(lang));
    if (p.reached_in)
        out += fmt::format(" · {} {}", Text{"达标年度", "reached in", "достигается в"}.in(lang), *p.reached_in);
    out += "\n";
    if (cny)
        out +=
            fmt::format("    {} CNY {} {} {}\n", Text{"预测值折合", "projected value", "прогнозное значение"}.in(lang),
                        fen_grouped(p.value * *usd_cny, lang), Text{"汇率", "at", "по курсу"}.in(lang),
                        format_number(*usd_cny, lang));
    if (s) {
        out += fmt::format("    {} ({} {}, {} {}): P({}) {}", Text{"模拟", "simulation", "моделирование"}.in(lang),
                           format_fixed(Rational(r.simulation->runs), lang, 0), Text{"次", "runs", "прогонов"}.in(lang),
                           Text{"种子", "seed", "зерно"}.in(lang), r.simulation->seed,
                           Text{"达标", "meet", "достижения"}.in(lang), pct(s->p_meet(), lang));
        if (s->random)
            out += fmt::format(" · P10 {} · P50 {} · P90 {}", num(s->value.p10, ind, lang),
                               num(s->value.p50, ind, lang), num(s->value.p90, ind, lang));
        else
            out += Text{"（无不确定增长率，指标值确定）", " (no uncertain rate: the value is fixed)",
                        " (темп роста без неопределённости: значение фиксировано)"}
                       .in(lang);
        out += "\n";
    }
    return out;
}

std::string money_text(const ProjectReport& r, Lang lang) {
    const MoneyMetrics& m = r.money;
    std::string out = fmt::format("{}\n", Text{"资金（元）", "Money (yuan)", "Средства (юани)"}.in(lang));
    TextTable table = totals_table(lang, Text{"累计", "cumulative", "нарастающим итогом"}.in(lang));
    for (const auto& ym : m.years)
        table.add(totals_row(lang, std::to_string(ym.year), ym.totals, format_yuan(ym.cumulative.total(), lang)));
    if (m.outside_period) table.add(totals_row(lang, outside_period_name().in(lang), *m.outside_period, ""));
    table.add_rule();
    table.add(totals_row(lang, Text{"合计", "total", "итого"}.in(lang), m.totals, ""));
    out += table.render();
    if (m.ratio) {
        out += fmt::format(
            "\n  {} [{}]: {} ≥ {} × {}\n",
            Text{"逐年累计配套", "co-funding by year, cumulative", "софинансирование по годам, нарастающим итогом"}.in(
                lang),
            m.ratio->clause, Text{"自筹", "self-raised", "собственные"}.in(lang),
            localize_number(m.ratio->multiple_text, lang), Text{"财政侧", "fiscal side", "бюджетная сторона"}.in(lang));
        TextTable ratio(
            {Text{"年度", "year", "год"}.in(lang), Text{"财政侧", "fiscal side", "бюджетная сторона"}.in(lang),
             Text{"自筹侧", "self side", "собственная сторона"}.in(lang),
             Text{"应配套", "required", "требуется"}.in(lang), Text{"倍数", "multiple", "кратность"}.in(lang)},
            {false, true, true, true, true});
        for (const auto& ym : m.years) {
            const YearRatio& y = *ym.ratio;
            std::string multiple = y.multiple ? format_fixed(*y.multiple, lang, 2) : std::string("—");
            ratio.add({std::to_string(ym.year), format_yuan(y.fiscal_side, lang), format_yuan(y.self_side, lang),
                       format_yuan(y.required_self, lang), multiple + (y.met() ? " ✓" : " ✗")});
        }
        out += ratio.render();
    }
    out += "\n";
    if (m.fiscal_share && m.self_raised_share)
        out +=
            fmt::format("  {} {} · {} {}\n", Text{"专项经费占比", "fiscal share", "доля бюджетного"}.in(lang),
                        pct(*m.fiscal_share, lang), Text{"自筹占比", "self-raised share", "доля собственных"}.in(lang),
                        pct(*m.self_raised_share, lang));
    if (m.leverage)
        out += fmt::format("  {} {} ({} ÷ {})\n", Text{"杠杆率", "leverage", "рычаг"}.in(lang),
                           format_fixed(*m.leverage, lang, 2), Text{"总投入", "total", "итого"}.in(lang),
                           Text{"专项经费", "fiscal", "бюджетное"}.in(lang));
    for (const auto& u : m.usd_indicators) {
        std::string src = u.projected ? Text{"（预测值）", " (projected)", " (прогноз)"}.in(lang) : "";
        if (u.cny)
            out += fmt::format("  {} USD {}{} = CNY {} {} {}\n", u.indicator->id, fen_grouped(u.usd, lang), src,
                               fen_grouped(*u.cny, lang), Text{"汇率", "at", "по курсу"}.in(lang),
                               format_number(*m.usd_cny, lang));
        else
            out += fmt::format("  {} USD {}{} ({})\n", u.indicator->id, fen_grouped(u.usd, lang), src,
                               Text{"未给出 usd_cny 汇率，无人民币折算", "no usd_cny in assumptions: no CNY figure",
                                    "в assumptions нет usd_cny: пересчёта в юани нет"}
                                   .in(lang));
    }
    if (m.fiscal_per_export_usd)
        out += fmt::format("  {} {}\n",
                           Text{"每美元预测出口所用专项经费（元）", "fiscal yuan per projected USD of exports",
                                "бюджетных юаней на прогнозный доллар экспорта"}
                               .in(lang),
                           format_fixed(*m.fiscal_per_export_usd, lang, 4));
    if (m.present_value)
        out += fmt::format("  {} {}: {} ({} {})\n",
                           Text{"年度投入现值，折现率", "present value of the yearly spend at",
                                "приведённая стоимость годовых расходов при ставке"}
                               .in(lang),
                           rate_pct(*m.discount_rate, lang), fen_grouped(*m.present_value, lang),
                           Text{"元，折算至", "yuan of", "юаней в ценах"}.in(lang), r.plan.project.start_year);
    return out;
}

}  // namespace

std::string project_text(const ProjectReport& r, const Catalog& catalog, Lang lang) {
    const Project& p = r.plan.project;
    std::string out;
    out += fmt::format("{} — {}\n", r.file, p.title);
    out += wrapped_text(project_line(r.plan, catalog, lang), 100, "  ", "    ");
    out += fmt::format("  {} {}–{}\n\n", Text{"实施期", "period", "срок"}.in(lang), p.start_year, p.end_year);
    if (r.projections.empty())
        out += fmt::format("  {}\n\n",
                           Text{"本计划没有指标预测", "no projections in this plan", "в плане нет прогнозов"}.in(lang));
    for (std::size_t i = 0; i < r.projections.size(); ++i) out += indicator_text(r, i, lang) + "\n";
    out += money_text(r, lang);
    return out;
}

std::string project_csv(const ProjectReport& r, Lang lang) {
    CsvWriter csv;
    for (const char* h : {"indicator", "name", "measure", "unit", "target_op", "target_bound", "year", "value",
                          "to_date", "meets_to_date", "p10", "p50", "p90"})
        csv.text(h);
    csv.end_row();
    for (std::size_t i = 0; i < r.projections.size(); ++i) {
        const IndicatorProjection& p = r.projections[i];
        const Indicator& ind = *p.indicator;
        const IndicatorSimulation* s = r.simulation ? &r.simulation->indicators[i] : nullptr;
        for (std::size_t k = 0; k < p.years.size(); ++k)
            csv.text(ind.id)
                .text(ind.name.in(lang))
                .text(to_id(ind.measure))
                .text(ind.unit.in(lang))
                .text(json_op(ind.op))
                .number(dec(ind.bound))
                .number(std::to_string(p.years[k]))
                .number(dec(p.yearly[k]))
                .number(dec(p.to_date[k]))
                .text(ind.meets(p.to_date[k]) ? "true" : "false")
                .number(s ? dec(s->yearly[k].p10) : "")
                .number(s ? dec(s->yearly[k].p50) : "")
                .number(s ? dec(s->yearly[k].p90) : "")
                .end_row();
    }
    return csv.str();
}

}  // namespace cofund::planner
