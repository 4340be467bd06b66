// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/render/report.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <fmt/format.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>

#include "cofund/basis.h"
#include "cofund/format.h"
#include "cofund/planner/check_report.h"
#include "cofund/planner/files.h"
#include "cofund/planner/spreadsheet.h"
#include "cofund/projection.h"
#include "cofund/render/app.h"
#include "cofund/render/chart_adapter.h"
#include "cofund/rules.h"
#include "cofund/simulation.h"
#include "cofund/targets.h"
#include "cofund/version.h"
#include "paginate.h"
#include "pdf_text.h"
#include "tr.h"

namespace cofund::render {

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 16);
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

namespace {

std::string e(std::string_view t) {
    return html_escape(t);
}
std::string E(const QString& t) {
    return html_escape(t.toStdString());
}

/// Rows of one rule listed in the findings table, partners listed in the
/// header (docs/charts-and-reports.md).
constexpr std::size_t kFindingsPerRule = 200;
constexpr std::size_t kPartnersListed = 100;
/// Budget lines listed with their notes.
constexpr std::size_t kNotesListed = 200;

// An amount cell: zero shows as a dash, so the eye finds the filled rows.
std::string amount_td(const Money& m, Lang lang, bool strong = false) {
    std::string v = m.is_zero() && !strong ? "—" : format_wan_exact(m, lang);
    return strong ? "<td class=\"num\" align=\"right\"><b>" + v + "</b></td>"
                  : "<td class=\"num\" align=\"right\">" + v + "</td>";
}

std::string unit_note() {
    return "<p class=\"unit\" align=\"right\">" + E(Cofund::tr("Unit: 10,000 yuan (万元)")) + "</p>\n";
}

std::string table_open(const char* cls = nullptr) {
    return std::string("<table") + (cls ? std::string(" class=\"") + cls + "\"" : "") +
           " border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n";
}

std::string header_block(const Plan& plan, const Catalog& catalog, Lang lang) {
    const Lang L = lang;
    std::string h = "<h1 align=\"center\">" + E(Cofund::tr("Project budget")) + "</h1>\n";
    h += "<p class=\"title\" align=\"center\"><b>" + e(plan.project.title) + "</b></p>\n";
    h += "<table class=\"head\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n";
    auto row = [&](const QString& label, const std::string& value_html) {
        h += "<tr><th align=\"left\" width=\"22%\">" + E(label) + "</th><td>" + value_html + "</td></tr>\n";
    };
    row(Cofund::tr("Project title"), e(plan.project.title));
    row(Cofund::tr("Call"), e(catalog.title.in(L)));
    std::string place = e(catalog.klass(plan.project.klass).name.in(L));
    if (plan.project.annex) {
        // "%1: %2" is each language's own: a full-width colon in Chinese only.
        QString annex = Cofund::tr("Annex %1").arg(*plan.project.annex);
        if (const Annex* a = catalog.annex(*plan.project.annex))
            annex = Cofund::tr("%1: %2").arg(annex, q(a->title.in(L)));
        place += " · " + E(annex);
    } else if (plan.project.direction) {
        QString direction = Cofund::tr("Direction %1").arg(*plan.project.direction);
        if (const Direction* d = catalog.direction(*plan.project.direction))
            direction = Cofund::tr("%1: %2").arg(direction, q(d->name.in(L)));
        place += " · " + E(direction);
    }
    row(Cofund::tr("Class and annex or direction"), place);
    row(Cofund::tr("Applicant"), e(plan.applicant.name) + " (" + e(org_type_text(plan.applicant.type).in(lang)) + ")");
    // At most kPartnersListed, then how many more: 40,000 partners in one cell
    // were laid out again for each page it spans (80 s for one report).
    std::string partners;
    for (std::size_t i = 0; i < plan.partners.size() && i < kPartnersListed; ++i) {
        const Partner& p = plan.partners[i];
        if (!partners.empty()) partners += "<br>";
        partners += e(p.name) + " (" + e(p.country) + ", " + e(org_type_text(p.type).in(lang)) + ")";
    }
    if (plan.partners.size() > kPartnersListed) {
        const Rational more(plan.partners.size() - kPartnersListed);
        partners +=
            "<br>" + E(Cofund::tr("and %1 more partners, listed in the plan file").arg(q(format_fixed(more, lang, 0))));
    }
    row(Cofund::tr("Partners"), partners.empty() ? "—" : partners);
    row(Cofund::tr("Period"), fmt::format("{}–{}", plan.project.start_year, plan.project.end_year));
    h += "</table>\n";
    return h;
}

std::string sources_table(const Plan& plan, const Catalog& catalog, const BudgetSummary& sums, Lang lang) {
    const auto cols = sums.columns();
    std::string h = "<h2>" + E(Cofund::tr("1. Sources of funds")) + "</h2>\n" + unit_note() + table_open();
    h += "<thead><tr><th align=\"left\">" + E(Cofund::tr("Source")) + "</th>";
    for (const auto& c : cols) h += "<th>" + e(column_label(c, lang)) + "</th>";
    h += "<th>" + E(Cofund::tr("Total")) + "</th><th>" + E(Cofund::tr("Share")) + "</th></tr></thead>\n";
    const Money grand = sums.all().of(kSources);
    auto share = [&](const Money& m) {
        if (grand.is_zero()) return std::string("—");
        return format_percent(m.to_rational() * 100 / grand.to_rational(), lang, 1);
    };
    auto row = [&](const std::string& label_html, std::span<const Source> srcs, bool strong, bool indent) {
        h += std::string("<tr") + (strong ? " class=\"sub\"" : "") + "><td" + (indent ? " class=\"indent\"" : "") +
             ">" + (indent ? "&nbsp;&nbsp;&nbsp;&nbsp;" : "") + label_html + "</td>";
        for (const auto& c : cols) h += amount_td(c.sums->of(srcs), lang, strong);
        const Money total = sums.all().of(srcs);
        h += amount_td(total, lang, true) + "<td class=\"num\" align=\"right\">" + share(total) + "</td></tr>\n";
    };
    const Source fiscal[] = {Source::fiscal}, other_fiscal[] = {Source::other_fiscal};
    row(e(catalog.source_name(Source::fiscal).in(lang)), fiscal, false, false);
    row(e(catalog.source_name(Source::other_fiscal).in(lang)), other_fiscal, false, false);
    row(E(Cofund::tr("Self-raised funds")), kSelfSide, true, false);
    for (const Source& src : kSelfSide)
        row(E(Cofund::tr("of which: %1").arg(q(catalog.source_name(src).in(lang)))), {&src, 1}, false, true);
    h += "<tr class=\"total\"><td><b>" + E(Cofund::tr("Total")) + "</b></td>";
    for (const auto& c : cols) h += amount_td(c.sums->of(kSources), lang, true);
    h += amount_td(grand, lang, true) + "<td class=\"num\" align=\"right\">" + (grand.is_zero() ? "—" : "100%") +
         "</td></tr>\n";
    h += "</table>\n";
    return h;
}

// "12. capital / site construction": a direct cost category numbered as table 2
// numbers it, in every section of the report (the justification numbered only the
// categories it listed, so 基本建设 was 10 there and 12 in the table); the indirect
// costs, table 2's "II.", have no number.
std::string numbered_category(const Catalog& catalog, Category cat, Lang lang) {
    const std::string name = e(catalog.category_name(cat).in(lang));
    if (catalog.indirect(cat)) return name;
    int n = 0;
    for (const CategoryInfo& c : catalog.categories) {
        if (!c.indirect) ++n;
        if (c.category == cat) return fmt::format("{}. {}", n, name);
    }
    return name;  // a category the call does not list
}

std::string expenditure_table(const Plan& plan, const Catalog& catalog, const BudgetSummary& sums, Lang lang) {
    const auto cols = sums.columns();
    // Four column groups (money outside the period) get a smaller type, so every amount stays on one line.
    std::string h = "<h2>" + E(Cofund::tr("2. Expenditure by category")) + "</h2>\n" + unit_note() +
                    table_open(cols.size() > 3 ? "wide" : nullptr);
    h += "<thead><tr><th rowspan=\"2\" align=\"left\" width=\"20%\">" + E(Cofund::tr("Category")) + "</th>";
    for (const auto& c : cols) h += "<th colspan=\"2\">" + e(column_label(c, lang)) + "</th>";
    h += "<th colspan=\"3\">" + E(Cofund::tr("Total")) + "</th></tr>\n<tr>";
    for (size_t i = 0; i < cols.size(); ++i)
        h += "<th>" + E(Cofund::tr("Fiscal")) + "</th><th>" + E(Cofund::tr("Self-raised")) + "</th>";
    h += "<th>" + E(Cofund::tr("Fiscal")) + "</th><th>" + E(Cofund::tr("Self-raised")) + "</th><th>" +
         E(Cofund::tr("Sum")) + "</th></tr></thead>\n";
    // A row's figure on one side of one column: read from the summary (direct costs
    // and the total included), never summed here.
    using Figure = std::function<Money(const Sums&, std::span<const Source>)>;
    auto row = [&](const std::string& label_html, const Figure& side, bool strong) {
        h += std::string("<tr") + (strong ? " class=\"sub\"" : "") + "><td>" + label_html + "</td>";
        for (const auto& c : cols) {
            h += amount_td(side(*c.sums, kFiscalSide), lang, strong);
            h += amount_td(side(*c.sums, kSelfSide), lang, strong);
        }
        const Money f = side(sums.all(), kFiscalSide), sr = side(sums.all(), kSelfSide);
        h += amount_td(f, lang, strong) + amount_td(sr, lang, strong) + amount_td(f + sr, lang, true) + "</tr>\n";
    };
    auto of = [](Category c) { return [c](const Sums& s, std::span<const Source> srcs) { return s.of(c, srcs); }; };
    row(
        "<b>" + E(Cofund::tr("I. Direct costs")) + "</b>",
        [&](const Sums& s, std::span<const Source> srcs) { return s.direct(srcs, catalog); }, true);
    // "of which: equipment purchase" (其中：购置设备费, the 2021 table's row) under
    // each category whose lines or basis items are of kind purchase, where the call has equipment.
    const std::vector<Category> with_purchase = purchase_row_categories(plan, catalog);
    const EquipmentSums purchase = equipment_sums(plan, sums, EquipmentKind::purchase);
    std::map<const Sums*, const Sums*> purchase_of = {{&sums.all(), &purchase.all}};
    for (std::size_t i = 0; i < cols.size(); ++i) purchase_of[cols[i].sums] = &purchase.by_column[i];
    auto purchase_row = [&](Category cat) {
        if (std::find(with_purchase.begin(), with_purchase.end(), cat) != with_purchase.end())
            row(
                "&nbsp;&nbsp;&nbsp;&nbsp;" + e(purchase_row_name().in(lang)),
                [&, cat](const Sums& s, std::span<const Source> srcs) { return purchase_of.at(&s)->of(cat, srcs); },
                false);
    };
    const auto cats = catalog.table_categories(sums.all());
    std::vector<Category> direct;
    for (const CategoryInfo* c : cats) {
        if (c->indirect) continue;
        row("&nbsp;&nbsp;" + numbered_category(catalog, c->category, lang), of(c->category), false);
        purchase_row(c->category);
        direct.push_back(c->category);
    }
    // II. Indirect costs, where the call has them: one row, or the sum of the call's indirect categories.
    std::vector<Category> indirect;
    for (const CategoryInfo* c : cats)
        if (c->indirect) indirect.push_back(c->category);
    if (!indirect.empty())
        row(
            "<b>" + E(Cofund::tr("II. Indirect costs")) + "</b>",
            [&](const Sums& s, std::span<const Source> srcs) {
                Money m;
                for (Category c : indirect) m += s.of(c, srcs);
                return m;
            },
            true);
    for (Category cat : with_purchase)  // under the indirect costs: a purchase line of no direct category
        if (std::find(direct.begin(), direct.end(), cat) == direct.end()) purchase_row(cat);
    row(
        "<b>" + E(Cofund::tr("Total")) + "</b>", [](const Sums& s, std::span<const Source> srcs) { return s.of(srcs); },
        true);
    h += "</table>\n";
    return h;
}

// The totals the applicant typed into the form's budget table (declared[]),
// each beside what the lines under its heading add up to (declared_sum, the
// rule declared.sum's figure) and the difference, red where not zero.
std::string declared_table(const Plan& plan, const Catalog& catalog, Lang lang) {
    if (plan.declared.empty()) return {};
    std::string h = "<h3>" + E(Cofund::tr("Totals as declared in the form")) + "</h3>\n" + unit_note() + table_open();
    h += "<thead><tr><th align=\"left\">" + E(Cofund::tr("Heading in the form")) + "</th><th align=\"left\">" +
         E(Cofund::tr("Lines it covers")) + "</th><th width=\"13%\">" + E(Cofund::tr("Declared")) +
         "</th><th width=\"13%\">" + E(Cofund::tr("Computed")) + "</th><th width=\"15%\">" +
         E(Cofund::tr("Declared − computed")) + "</th></tr></thead>\n";
    const std::string list_sep = s(Cofund::tr(", "));
    for (const DeclaredTotal& d : plan.declared) {
        std::string covers;
        for (Category c : d.categories) covers += (covers.empty() ? "" : list_sep) + catalog.category_name(c).in(lang);
        if (d.categories.empty()) covers = s(Cofund::tr("every category"));
        std::string sources;
        for (Source src : d.sources) sources += (sources.empty() ? "" : list_sep) + catalog.source_name(src).in(lang);
        covers += " · " + (d.sources.empty() ? s(Cofund::tr("every source")) : sources);
        if (d.equipment)
            covers +=
                " · " + s(Cofund::tr("equipment: %1").arg(q(planner::equipment_kind_name(*d.equipment).in(lang))));
        const Money computed = declared_sum(plan, d).computed;
        const Money gap = d.amount - computed;
        std::string gap_text = format_wan_exact(gap, lang);
        if (gap > Money()) gap_text = "+" + gap_text;
        h += "<tr><td>" + e(d.heading) + "</td><td>" + e(covers) + "</td>" + amount_td(d.amount, lang, true) +
             amount_td(computed, lang, true) + "<td class=\"num\" align=\"right\">" +
             (gap.is_zero() ? e(gap_text) : "<span class=\"bad\"><b>" + e(gap_text) + "</b></span>") + "</td></tr>\n";
    }
    h += "</table>\n";
    return h;
}

// The notes applicants write on budget lines ("等压杀菌设备", "农行项目贷款"), with
// their lines, under the expenditure table; at most kNotesListed, then how many more.
std::string line_notes_table(const Plan& plan, const Catalog& catalog, Lang lang) {
    std::size_t noted = 0;
    for (const auto& line : plan.budget) noted += line.note.empty() ? 0 : 1;
    if (noted == 0) return {};
    std::string h = "<h3>" + E(Cofund::tr("Notes on budget lines")) + "</h3>\n" + unit_note() + table_open();
    h += "<thead><tr><th>" + E(Cofund::tr("Year")) + "</th><th align=\"left\">" + E(Cofund::tr("Category")) +
         "</th><th align=\"left\">" + E(Cofund::tr("Source")) + "</th><th>" + E(Cofund::tr("Amount")) +
         "</th><th align=\"left\">" + E(Cofund::tr("Note")) + "</th></tr></thead>\n";
    std::size_t shown = 0;
    for (const auto& line : plan.budget) {
        if (line.note.empty()) continue;
        if (shown++ == kNotesListed) break;
        h += "<tr><td align=\"center\">" + std::to_string(line.year) + "</td><td>" +
             e(catalog.category_name(line.category).in(lang)) + "</td><td>" +
             e(catalog.source_name(line.source).in(lang)) + "</td>" + amount_td(line.amount, lang) + "<td>" +
             e(line.note) + "</td></tr>\n";
    }
    if (noted > kNotesListed)
        h += "<tr><td colspan=\"5\">" +
             E(Cofund::tr("%1 more notes are not listed here; cofund export lists every line with its note.")
                   .arg(q(format_fixed(Rational(noted - kNotesListed), lang, 0)))) +
             "</td></tr>\n";
    h += "</table>\n";
    return h;
}

std::string cofunding_section(const Plan& plan, const Catalog& catalog, const BudgetSummary& sums, Lang lang) {
    std::string h = "<h2>" + E(Cofund::tr("3. Co-funding check")) + "</h2>\n" + unit_note() + table_open();
    auto row = [&](const QString& label, const std::string& value_html) {
        h += "<tr><th align=\"left\" width=\"45%\">" + E(label) + "</th><td class=\"num\" align=\"right\">" +
             value_html + "</td></tr>\n";
    };
    const Totals t = sums.all().totals();
    if (auto v = ratio_view(plan, catalog, sums)) {
        row(Cofund::tr("Fiscal side (the ratio's base)"), format_wan_exact(v->fiscal_side, lang));
        row(Cofund::tr("Self-raised side"), format_wan_exact(v->self_side, lang));
        row(Cofund::tr("Required ratio, fiscal : self-raised (clause %1)").arg(q(v->rule->clause)),
            e(localize_ratio(required_ratio_text(*v->rule), lang)));
        row(Cofund::tr("Required self-raised"), format_wan_exact(v->required_self, lang));
        row(Cofund::tr("Ratio achieved, fiscal : self-raised"),
            e(localize_ratio(ratio_text(v->fiscal_side, v->self_side), lang)));
        if (v->met())
            row(Cofund::tr("Result"),
                "<span class=\"ok\">" +
                    E(Cofund::tr("met, %1 to spare").arg(q(format_wan_exact(v->self_side - v->required_self, lang)))) +
                    "</span>");
        else
            row(Cofund::tr("Result"), "<span class=\"bad\">" +
                                          E(Cofund::tr("short by %1 (yuan %2)")
                                                .arg(q(format_wan_exact(v->required_self - v->self_side, lang)),
                                                     q(format_yuan(v->required_self - v->self_side, lang)))) +
                                          "</span>");
    } else {
        row(Cofund::tr("Required multiple"), e(planner::no_ratio_words().in(lang)));
    }
    row(Cofund::tr("Leverage (total ÷ special fund)"), localize_ratio(leverage_text(t), lang));
    h += "</table>\n";
    return h;
}

// The plan's own indicators with their targets by year (targets[]), under what
// the call's rules of kind `indicators` ask; "" where the plan states none and
// the call asks for none (the 2018 call).
std::string targets_table(const Plan& plan, const Catalog& catalog, Lang lang) {
    const auto rules = catalog.indicators_rules_for(plan);
    if (plan.targets.empty() && rules.empty()) return {};
    std::string h = "<h3>" + E(Cofund::tr("Indicators with targets by year")) + "</h3>\n";
    const std::string count = format_number(Rational(static_cast<long>(plan.targets.size())), lang, 0);
    for (const IndicatorsRule* r : rules) {
        std::string asks;
        if (r->min_count > 0)
            asks += s(Cofund::tr("At least %1 indicators (clause %2); the plan states %3.")
                          .arg(q(format_number(Rational(r->min_count), lang, 0)), q(r->clause), q(count))) +
                    (lang == Lang::zh ? "" : " ");
        if (r->first_year_share)
            asks +=
                s(Cofund::tr("Each first-year target at least %1 of the indicator's whole-period target (clause %2).")
                      .arg(q(format_number(*r->first_year_share * 100, lang, 4) + " %"), q(r->clause)));
        else if (r->by_year)
            asks += s(Cofund::tr("Targets set by year (clause %1).").arg(q(r->clause)));
        h += "<p>" + e(asks) + "</p>\n";
    }
    if (plan.targets.empty())
        return h + "<p>" + E(Cofund::tr("The plan states no indicators with targets by year.")) + "</p>\n";
    const Project& p = plan.project;
    h += table_open(p.years() > 3 ? "wide" : nullptr);
    h += "<thead><tr><th align=\"left\">" + E(Cofund::tr("Indicator")) + "</th><th>" + E(Cofund::tr("Unit")) +
         "</th><th>" + E(Cofund::tr("Total")) + "</th>";
    for (int y = p.start_year; y <= p.end_year; ++y) h += "<th>" + std::to_string(y) + "</th>";
    h += "<th>" + E(Cofund::tr("First-year share")) + "</th>";
    if (!rules.empty()) h += "<th>" + E(Cofund::tr("Status")) + "</th>";
    h += "</tr></thead>\n";
    for (const Target& t : plan.targets) {
        h += "<tr><td>" + e(target_name(t, catalog, lang)) + "</td><td align=\"center\">" +
             e(target_unit(t, catalog, lang)) + "</td><td class=\"num\" align=\"right\">" +
             e(format_number(t.total.value, lang, 6)) + "</td>";
        for (int y = p.start_year; y <= p.end_year; ++y) {
            const Decimal* v = t.in_year(y);
            h += "<td class=\"num\" align=\"right\">" + (v ? e(format_number(v->value, lang, 6)) : "—") + "</td>";
        }
        const Decimal* first = t.in_year(p.start_year);
        h += "<td class=\"num\" align=\"right\">" +
             (first && t.total.value > 0 ? e(format_percent(first->value / t.total.value * 100, lang, 1)) : "—") +
             "</td>";
        if (rules.empty()) {
            h += "</tr>\n";
            continue;
        }
        // The first rule the target misses, as the rules indicator.by_year and indicator.first_year judge it.
        std::string status = "<span class=\"ok\">" +
                             e(planner::indicator_status_name(planner::IndicatorStatus::meets).in(lang)) + "</span>";
        for (const IndicatorsRule* r : rules) {
            if (!first && (r->by_year || r->first_year_share)) {
                status = "<span class=\"bad\">" + E(Cofund::tr("no first-year target")) + "</span>";
                break;
            }
            if (r->first_year_share && first->value < first_year_minimum(t, *r->first_year_share)) {
                status = "<span class=\"bad\">" +
                         E(Cofund::tr("first year below %1, at least %2")
                               .arg(q(format_number(*r->first_year_share * 100, lang, 4) + " %"),
                                    q(format_number(first_year_minimum(t, *r->first_year_share), lang, 6)))) +
                         "</span>";
                break;
            }
        }
        h += "<td align=\"center\">" + status + "</td></tr>\n";
    }
    h += "</table>\n";
    return h;
}

std::string indicators_table(const Plan& plan, const Catalog& catalog, Lang lang) {
    const Lang L = lang;
    std::string h = "<h2>" + E(Cofund::tr("4. Indicators")) + "</h2>\n";
    if (catalog.indicators_for(plan).empty() && plan.indicators.empty()) {
        if (plan.targets.empty() && catalog.indicators_rules_for(plan).empty())
            return h + "<p>" + E(Cofund::tr("The call lists no indicators; the plan states none.")) + "</p>\n";
        return h + targets_table(plan, catalog, lang);
    }
    h += table_open();
    h += "<thead><tr><th>" + E(Cofund::tr("Kind")) + "</th><th align=\"left\">" + E(Cofund::tr("Indicator")) +
         "</th><th>" + E(Cofund::tr("Unit")) + "</th><th>" + E(Cofund::tr("Target")) + "</th><th>" +
         E(Cofund::tr("Planned")) + "</th><th>" + E(Cofund::tr("Projected")) + "</th><th>" + E(Cofund::tr("P(meet)")) +
         "</th><th>" + E(Cofund::tr("Status")) + "</th></tr></thead>\n";
    // Projected values and, for uncertain growth, the simulated chance of meeting the target.
    auto projections = project_valid(plan, catalog);
    Simulation sim = simulate(projections, SimulationOptions{});
    std::map<std::string, std::pair<const IndicatorProjection*, const IndicatorSimulation*>> by_id;
    for (size_t i = 0; i < projections.size(); ++i)
        by_id[projections[i].indicator->id] = {&projections[i],
                                               i < sim.indicators.size() ? &sim.indicators[i] : nullptr};
    for (const Indicator* ind : catalog.indicators_for(plan)) {
        std::string projected = "—", chance = "—";
        const IndicatorProjection* pr = nullptr;
        if (auto it = by_id.find(ind->id); it != by_id.end()) {
            pr = it->second.first;
            projected = pr->value < 1000 && !ind->counted() ? format_number(pr->value, lang, 2)
                                                            : format_fixed(pr->value, lang, 0);
            if (it->second.second && it->second.second->random)
                chance = format_percent(it->second.second->p_meet() * 100, lang, 1);
        }
        std::string kind = planner::indicator_kind_name(ind->kind).in(lang);
        std::string target = std::string(to_symbol(ind->op)) + " " + format_number(ind->bound, lang);
        const Decimal* planned = plan.indicator(ind->id);
        std::string planned_text = planned ? format_number(planned->value, lang) : "—";
        const auto span = [&](planner::IndicatorStatus st) {
            return std::string("<span class=\"") + (st == planner::IndicatorStatus::meets ? "ok" : "bad") + "\">" +
                   e(planner::indicator_status_name(st).in(lang)) + "</span>";
        };
        std::string status;
        if (!planned && pr)
            status = pr->meets ? "<span class=\"ok\">" + E(Cofund::tr("meets (projected)")) + "</span>"
                               : "<span class=\"bad\">" + E(Cofund::tr("below target (projected)")) + "</span>";
        else
            status = span(planner::indicator_status(*ind, planned));
        h += "<tr><td align=\"center\">" + e(kind) + "</td><td>" + e(ind->name.in(L)) + "</td><td align=\"center\">" +
             e(ind->unit.in(L)) + "</td><td class=\"num\" align=\"right\">" + e(target) +
             "</td><td class=\"num\" align=\"right\">" + e(planned_text) + "</td><td class=\"num\" align=\"right\">" +
             e(projected) + "</td><td class=\"num\" align=\"right\">" + e(chance) + "</td><td align=\"center\">" +
             status + "</td></tr>\n";
    }
    h += "</table>\n";
    return h + targets_table(plan, catalog, lang);
}

// Each task of the annex: the call's words, what the project does, who leads
// it and its money by side (from the summary's by-task sums); a task the plan
// does not cover is flagged, as is an id the annex does not have.
std::string tasks_section(const Plan& plan, const Catalog& catalog, const BudgetSummary& sums, Lang lang) {
    std::string h = "<h2>" + E(Cofund::tr("5. Tasks and budget")) + "</h2>\n";
    const Annex* a =
        plan.project.annex ? catalog.annex(*plan.project.annex) : nullptr;
    if (!a)
        return h + "<p>" +
               E(catalog.klass(plan.project.klass).track == Track::direction
                     ? Cofund::tr("The call lists no tasks for general projects.")
                     : Cofund::tr("The call lists no tasks for this class of project.")) +
               "</p>\n";
    if (a->tasks.empty()) return h + "<p>" + E(Cofund::tr("The catalog lists no tasks for this annex.")) + "</p>\n";
    const bool by_task = !sums.by_task().empty();
    const bool subproject = plan.project.scope == Scope::subproject && a->allows(Scope::subproject);
    auto sums_of = [&](const std::string& id) -> const Sums* {
        for (const auto& t : sums.by_task())
            if (t.task == id) return &t.sums;
        return nullptr;
    };
    auto listed = [&](const std::string& id) -> const PlanTask* {
        for (const auto& t : plan.tasks)
            if (t.id == id) return &t;
        return nullptr;
    };
    if (by_task) h += unit_note();
    h += table_open();
    h += "<thead><tr><th align=\"left\">" + E(Cofund::tr("Task")) + "</th><th align=\"left\" width=\"16%\">" +
         E(Cofund::tr("Lead")) + "</th><th width=\"10%\">" + E(Cofund::tr("Fiscal")) + "</th><th width=\"10%\">" +
         E(Cofund::tr("Self-raised")) + "</th><th width=\"10%\">" + E(Cofund::tr("Sum")) + "</th></tr></thead>\n";
    auto money = [&](const Sums* in, bool strong) {
        if (!by_task || !in)  // not split by task, or a task not covered
            return std::string("<td align=\"center\">—</td><td align=\"center\">—</td><td align=\"center\">—</td>");
        const Money f = in ? in->of(kFiscalSide) : Money(), sr = in ? in->of(kSelfSide) : Money();
        return amount_td(f, lang, strong) + amount_td(sr, lang, strong) + amount_td(f + sr, lang, true);
    };
    for (const Task& t : a->tasks) {
        const PlanTask* mine = listed(t.id);
        std::string cell = "<b>" + e(t.id) + " " + e(t.name.in(lang)) + "</b>";
        if (!mine)
            cell += subproject ? " <span class=\"quiet\">(" + E(Cofund::tr("not in this subproject")) + ")</span>"
                               : " <span class=\"bad\"><b>(" + E(Cofund::tr("not covered")) + ")</b></span>";
        cell += "<br><span class=\"quiet\">" + E(Cofund::tr("The call: %1").arg(q(t.words))) + "</span>";
        if (mine && !mine->summary.empty()) cell += "<br>" + E(Cofund::tr("The project: %1").arg(q(mine->summary)));
        const std::string lead = mine && !mine->lead.empty() ? e(mine->lead) : "—";
        h +=
            "<tr><td>" + cell + "</td><td>" + lead + "</td>" + money(mine ? sums_of(t.id) : nullptr, false) + "</tr>\n";
    }
    // Ids the annex does not have (task.unknown names them): listed, or named by lines.
    for (const auto& t : sums.by_task())
        if (!t.task.empty() && !a->task(t.task)) {
            const PlanTask* mine = listed(t.task);
            h += "<tr><td><b>" + e(t.task) + "</b> <span class=\"bad\">(" +
                 E(Cofund::tr("not a task of annex %1").arg(a->number)) + ")</span></td><td>" +
                 (mine && !mine->lead.empty() ? e(mine->lead) : std::string("—")) + "</td>" + money(&t.sums, false) +
                 "</tr>\n";
        }
    if (by_task) {
        h += "<tr class=\"sub\"><td>" + e(planner::lines_without_task_words().in(lang)) + "</td><td></td>" +
             money(sums_of(""), false) + "</tr>\n";
        h += "<tr class=\"total\"><td><b>" + E(Cofund::tr("Total")) + "</b></td><td></td>" + money(&sums.all(), true) +
             "</tr>\n";
    }
    h += "</table>\n";
    if (!by_task)
        h += "<p class=\"unit\">" + E(Cofund::tr("No budget line names a task, so the budget is not split by task.")) +
             "</p>\n";
    return h;
}

// The forms' table by participating unit (承担单位、合作单位经费预算明细表):
// unit, type, task share, lead, total, fiscal, self-raised, from the summary's
// by-unit sums; then the fiscal money transferred to the partners. Only for a
// plan whose lines name units.
std::string units_table(const Plan& plan, const BudgetSummary& sums, Lang lang) {
    if (sums.by_unit().empty()) return {};
    std::string h = "<h3>" + E(Cofund::tr("Budget by participating unit")) + "</h3>\n" + unit_note();
    h += table_open();
    h += "<thead><tr><th align=\"left\">" + E(Cofund::tr("Participating unit")) + "</th><th align=\"left\">" +
         E(Cofund::tr("Type")) + "</th><th align=\"left\">" + E(Cofund::tr("Task share")) +
         "</th><th align=\"left\">" + E(Cofund::tr("Leads")) + "</th><th width=\"10%\">" + E(Cofund::tr("Sum")) +
         "</th><th width=\"10%\">" + E(Cofund::tr("Fiscal")) + "</th><th width=\"10%\">" +
         E(Cofund::tr("Self-raised")) + "</th></tr></thead>\n";
    for (const auto& u : sums.by_unit()) {
        // Its task share: the tasks its lines name, in the plan's order of first naming.
        std::vector<std::string> share;
        for (const auto& line : plan.budget)
            if ((u.applicant() ? plan.partner(line.unit) == nullptr : line.unit == u.id) && !line.task.empty() &&
                std::find(share.begin(), share.end(), line.task) == share.end())
                share.push_back(line.task);
        if (share.empty()) share = u.leads;  // no line names a task: its share is what it leads
        auto list = [](const std::vector<std::string>& ids) {
            std::string out;
            for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
            return out.empty() ? std::string("—") : out;
        };
        const std::string name = (u.id.empty() ? "" : u.id + " ") + unit_name(plan, u.partner);
        const Money f = u.sums.of(kFiscalSide), sr = u.sums.of(kSelfSide);
        h += "<tr><td>" + e(name) + "</td><td>" + e(org_type_text(unit_type(plan, u.partner)).in(lang)) + "</td><td>" +
             e(list(share)) + "</td><td>" + e(list(u.leads)) + "</td>" + amount_td(f + sr, lang, true) +
             amount_td(f, lang) + amount_td(sr, lang) + "</tr>\n";
    }
    const Money f = sums.all().of(kFiscalSide), sr = sums.all().of(kSelfSide);
    h += "<tr class=\"total\"><td><b>" + E(Cofund::tr("Total")) + "</b></td><td></td><td></td><td></td>" +
         amount_td(f + sr, lang, true) + amount_td(f, lang, true) + amount_td(sr, lang, true) + "</tr>\n";
    h += "</table>\n";
    h += "<p>" +
         E(Cofund::tr("Special fund transferred to the partners (外拨): %1 万元, of which abroad: %2 万元.")
               .arg(q(format_wan_exact(sums.transferred(), lang)))
               .arg(q(format_wan_exact(sums.transferred_abroad(), lang)))) +
         "</p>\n";
    return h;
}

// The money of each partner by category, as the national fund's form asks the
// money transferred to a partner to be justified: for each partner with money,
// its fiscal and self-raised money in each category it has, and its total, read
// from the summary's by-unit sums (categories in the call's order and table 2's
// numbering). Nothing for a plan whose lines name no unit.
std::string partner_categories_table(const Plan& plan, const Catalog& catalog, const BudgetSummary& sums, Lang lang) {
    std::string h;
    for (const auto& u : sums.by_unit()) {
        if (u.applicant()) continue;
        const Money f = u.sums.of(kFiscalSide), sr = u.sums.of(kSelfSide);
        if ((f + sr).is_zero()) continue;
        if (h.empty()) h = "<h3>" + E(Cofund::tr("Money of each partner by category")) + "</h3>\n" + unit_note();
        const Partner& p = plan.partners.at(static_cast<std::size_t>(u.partner));
        const std::string name = (u.id.empty() ? "" : u.id + " ") + p.name;
        // The partner in the table's first header row, so that it repeats on a page the table continues on
        // and the section's heading stays with the first table.
        h += table_open();
        h += "<thead><tr><th colspan=\"4\" align=\"left\"><b>" + e(name) + "</b> (" + e(p.country) + ", " +
             e(org_type_text(p.type).in(lang)) + ")</th></tr>\n";
        h += "<tr><th align=\"left\">" + E(Cofund::tr("Category")) + "</th><th width=\"14%\">" +
             E(Cofund::tr("Fiscal")) + "</th><th width=\"14%\">" + E(Cofund::tr("Self-raised")) +
             "</th><th width=\"14%\">" + E(Cofund::tr("Sum")) + "</th></tr></thead>\n";
        for (const CategoryInfo& info : catalog.categories) {
            const auto cat = category_from_id(info.id);
            if (!cat) continue;
            const Money cf = u.sums.of(*cat, kFiscalSide), cs = u.sums.of(*cat, kSelfSide);
            if ((cf + cs).is_zero()) continue;
            h += "<tr><td>" + numbered_category(catalog, *cat, lang) + "</td>" + amount_td(cf, lang) +
                 amount_td(cs, lang) + amount_td(cf + cs, lang, true) + "</tr>\n";
        }
        h += "<tr class=\"total\"><td><b>" + E(Cofund::tr("Total")) + "</b></td>" + amount_td(f, lang, true) +
             amount_td(sr, lang, true) + amount_td(f + sr, lang, true) + "</tr>\n";
        h += "</table>\n";
    }
    return h;
}

std::string findings_section(const Plan& plan, const Catalog& catalog, const BudgetSummary& sums, Lang lang) {
    ProjectedValues projected = projected_values(plan, catalog);
    auto findings = check_plan(plan, catalog, sums, &projected);
    std::string h = "<h2>" + E(Cofund::tr("6. Findings")) + "</h2>\n";
    if (findings.empty())
        return h + "<p>" + E(Cofund::tr("No findings: the plan meets every rule checked.")) + "</p>\n";
    h += table_open();
    h += "<thead><tr><th>" + E(Cofund::tr("Severity")) + "</th><th>" + E(Cofund::tr("Rule")) + "</th><th>" +
         E(Cofund::tr("Clause")) + "</th><th align=\"left\">" + E(Cofund::tr("Finding")) + "</th></tr></thead>\n";
    // At most kFindingsPerRule rows of one rule, then one row saying how many
    // more: 10,000 unknown indicators made a table that Qt lays out once per
    // page, 30 s for one report. `cofund check` lists every finding.
    std::map<std::string, std::size_t> shown, left_out;
    for (const auto& f : findings) {
        if (shown[f.rule] >= kFindingsPerRule) {
            ++left_out[f.rule];
            continue;
        }
        ++shown[f.rule];
        std::string sev = planner::severity_name(f.severity).in(lang);
        if (f.practice) sev += " · " + s(Cofund::tr("practice"));
        const char* cls = f.severity == Severity::error ? "bad" : f.severity == Severity::warning ? "warn" : "quiet";
        std::string clause = f.clause.empty() ? "—" : e(f.clause);
        h += "<tr><td align=\"center\"><span class=\"" + std::string(cls) + "\">" + e(sev) + "</span></td><td><code>" +
             e(f.rule) + "</code></td><td>" + clause + "</td><td>" + e(f.message(lang)) + "</td></tr>\n";
    }
    for (const auto& [rule, n] : left_out)
        h += "<tr><td></td><td><code>" + e(rule) + "</code></td><td></td><td>" +
             E(Cofund::tr("%1 more findings of this rule are not listed here; cofund check lists every one.")
                   .arg(q(format_fixed(Rational(n), lang, 0)))) +
             "</td></tr>\n";
    h += "</table>\n";
    return h;
}

// 预算说明: category by category in the call's order, each line with its
// basis table, and for the exempt categories the sentence why.

// The rows of a basis, groups first with their subtotal and then their items
// indented under them; a lump sum says so; a written result that differs from
// the exact figure is shown beside it.
void basis_rows(std::string& h, const std::vector<BasisItem>& items, Lang lang, bool numbered) {
    each_basis_item(items, "", [&](const BasisItem& item, const std::string& n, const std::string&) {
        const auto depth = std::count(n.begin(), n.end(), '.');
        std::string factors;
        for (const BasisFactor& f : item.factors) {
            if (!factors.empty()) factors += " × ";
            factors += e(localize_number(f.value.text, lang));
            if (!f.unit.empty()) factors += "&nbsp;" + e(f.unit);
        }
        std::string price;
        if (item.is_lump())
            price = "<span class=\"quiet\">" + E(Cofund::tr("lump sum")) + "</span>";
        else if (!item.is_group()) {
            price = e(format_yuan(item.unit_price, lang));
            if (!item.price_unit.empty()) price += " " + e(item.price_unit);
        }
        auto money = item_money(item);
        std::string amount = money ? e(format_yuan(*money, lang))
                                   : "<span class=\"bad\">" +
                                         e(localize_number(exact_yuan_text(item_amount(item)), lang)) + "</span>";
        if (auto slip = stated_slip(item))
            amount += "<br><span class=\"bad\">" +
                      E(Cofund::tr("written: %1").arg(q(format_yuan(slip->stated, lang)))) + "</span>";
        std::string name = numbered ? e(n) + "&nbsp;" + e(item.item) : e(item.item);
        if (item.is_group()) name = "<b>" + name + "</b>";
        const std::string indent =
            depth > 0 ? " style=\"padding-left:" + std::to_string(depth * 12) + "px\"" : std::string();
        h += "<tr><td" + indent + ">" + name + "</td><td>" + factors + "</td><td class=\"num\" align=\"right\">" +
             price + "</td><td class=\"num\" align=\"right\">" + (item.is_group() ? "<b>" + amount + "</b>" : amount) +
             "</td></tr>\n";
    });
}

std::string justification_section(const Plan& plan, const Catalog& catalog, const BudgetSummary& sums, Lang lang) {
    const auto exemption = basis_exemption(catalog, sums);
    std::string h = "<h2>" + E(Cofund::tr("7. Budget justification")) + "</h2>\n";
    if (!has_any_basis(plan))
        return h + "<p>" + E(Cofund::tr("No budget line carries a basis (quantities × unit price) yet.")) + "</p>\n";
    h += "<p>" +
         E(Cofund::tr("Each line with its year, source and note, and its basis: quantities × unit price = "
                      "amount, in yuan. Category totals in 10,000 yuan (万元).")) +
         "</p>\n";
    // In table 2's order and numbering.
    for (const CategoryInfo& info : catalog.categories) {
        const Category cat = info.category;
        std::vector<std::size_t> lines;
        for (std::size_t i = 0; i < plan.budget.size(); ++i)
            if (plan.budget[i].category == cat) lines.push_back(i);
        if (lines.empty()) continue;
        // The total inside the heading, so that a page never ends between them.
        // The total and the exemption inside the heading, so that a page never ends between them and the lines.
        h += "<h3>" + numbered_category(catalog, cat, lang) + "<br><span class=\"total\">" +
             E(Cofund::tr("Total: fiscal %1, self-raised %2 (10,000 yuan)")
                   .arg(q(format_wan(sums.all().of(cat, kFiscalSide), lang)),
                        q(format_wan(sums.all().of(cat, kSelfSide), lang)))) +
             "</span>";
        if (exemption && catalog.basis->exempts(cat)) {
            const std::string why = exemption_text(catalog, *exemption).in(lang);
            h += "<br><span class=\"total\"><span class=\"" + std::string(exemption->exempt ? "ok" : "quiet") + "\">" +
                 e(why) + "</span></span>";
        }
        h += "</h3>\n";
        for (std::size_t i : lines) {
            const BudgetLine& line = plan.budget[i];
            std::string head = fmt::format("{} · {} · {}", line.year, e(catalog.source_name(line.source).in(lang)),
                                           E(Cofund::tr("%1 yuan").arg(q(format_yuan(line.amount, lang)))));
            if (!line.note.empty()) head += " · " + e(line.note);
            // A line without a basis says so in its own paragraph's last words.
            std::string missing;
            if (line.basis.empty())
                missing = basis_expected(catalog, exemption, line)
                              ? " · <span class=\"warn\">" +
                                    E(Cofund::tr("No basis given; reviewers expect one for this line.")) + "</span>"
                              : " · <span class=\"quiet\">" + E(Cofund::tr("No basis given.")) + "</span>";
            h += "<p class=\"line\"><b>" + E(Cofund::tr("Line %1").arg(i + 1)) + "</b> " + head + missing + "</p>\n";
            if (line.basis.empty()) continue;
            h += table_open("basis");
            h += "<thead><tr><th align=\"left\" width=\"36%\">" + E(Cofund::tr("Item")) +
                 "</th><th align=\"left\" width=\"26%\">" + E(Cofund::tr("Quantities")) + "</th><th width=\"22%\">" +
                 E(Cofund::tr("Unit price")) + "</th><th width=\"16%\">" + E(Cofund::tr("Amount (yuan)")) +
                 "</th></tr></thead>\n";
            // Numbered ("2.3") where there are groups, as findings name them.
            const bool grouped = std::any_of(line.basis.begin(), line.basis.end(),
                                             [](const BasisItem& item) { return item.is_group(); });
            basis_rows(h, line.basis, lang, grouped);
            auto total = basis_money(line);
            h += "<tr class=\"sub\"><td colspan=\"3\"><b>" + E(Cofund::tr("Basis total")) +
                 "</b></td><td class=\"num\" align=\"right\"><b>" +
                 (total ? e(format_yuan(*total, lang)) : std::string("—")) + "</b></td></tr>\n";
            if (total && *total != line.amount) {
                const Money diff = *total > line.amount ? *total - line.amount : line.amount - *total;
                h += "<tr><td colspan=\"3\"><span class=\"bad\">" +
                     E(*total > line.amount ? Cofund::tr("Basis above the line's amount by")
                                            : Cofund::tr("Basis below the line's amount by")) +
                     "</span></td><td class=\"num\" align=\"right\"><span class=\"bad\">" + e(format_yuan(diff, lang)) +
                     "</span></td></tr>\n";
            }
            h += "</table>\n";
        }
    }
    return h;
}

const char* kCss =
    R"(body{font-family:"Noto Sans CJK SC","Noto Sans",sans-serif;color:#222;max-width:1100px;margin:24px auto;padding:0 16px;font-size:14px}
h1{font-size:24px;text-align:center;margin:8px 0}
h2{font-size:17px;border-bottom:2px solid #4e79a7;padding-bottom:3px;margin-top:28px}
h3{font-size:14px;margin:14px 0 2px}
p.title{text-align:center;font-size:16px}
p.unit{text-align:right;color:#555;margin:2px 0;font-size:12px}
table{border-collapse:collapse;width:100%;margin:6px 0}
th,td{border:1px solid #999;padding:4px 6px;vertical-align:top}
th{background:#eef2f7;font-weight:600}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
table.wide{font-size:12px}
tr.sub td{background:#f7f7f7}
tr.total td{background:#eef2f7}
h3{font-size:15px;margin:16px 0 4px}
h3 span.total{font-size:13px;font-weight:normal}
p.line{margin:8px 0 2px}
table.basis{font-size:13px}
.chart{margin:12px 0;text-align:center}
.chart svg{max-width:100%;height:auto}
footer{color:#777;font-size:12px;margin-top:24px}
.ok{color:#2e7d32}
.bad{color:#d62728}
.warn{color:#b26a00}
.quiet{color:#555}
)";

std::vector<ChartKind> report_chart_kinds(const Plan& plan) {
    std::vector<ChartKind> kinds = {ChartKind::spend, ChartKind::categories, ChartKind::ratio};
    if (!plan.projections.empty()) kinds.push_back(ChartKind::indicators);
    for (const auto& pr : plan.projections)
        if (pr.growth && pr.growth->low && pr.growth->high && pr.growth->low->value < pr.growth->high->value) {
            kinds.push_back(ChartKind::risk);
            break;
        }
    return kinds;
}

// `sums`: the plan summed once, for every section, the rules and the charts.
std::string tables_html(const Plan& plan, const Catalog& catalog, const BudgetSummary& sums, Lang lang) {
    return header_block(plan, catalog, lang) + sources_table(plan, catalog, sums, lang) +
           expenditure_table(plan, catalog, sums, lang) + declared_table(plan, catalog, lang) +
           line_notes_table(plan, catalog, lang) + cofunding_section(plan, catalog, sums, lang) +
           indicators_table(plan, catalog, lang) + tasks_section(plan, catalog, sums, lang) +
           units_table(plan, sums, lang) + partner_categories_table(plan, catalog, sums, lang) +
           findings_section(plan, catalog, sums, lang) + justification_section(plan, catalog, sums, lang);
}

// The tables are written once, in the HTML subset Qt's rich text lays out for
// the PDF (presentational attributes: align, width, cellpadding, ...). The HTML
// file gets the same markup with those attributes moved into CSS, as HTML5
// wants them: align and valign become text-align and vertical-align, width a
// CSS width, a table's border, cellspacing and cellpadding are left to the
// style sheet, and <font color> becomes <span style="color">.
std::string html5_markup(std::string_view rich) {
    std::string out;
    out.reserve(rich.size());
    std::size_t at = 0;
    while (at < rich.size()) {
        const std::size_t open = rich.find('<', at);
        if (open == std::string_view::npos) {
            out.append(rich.substr(at));
            break;
        }
        out.append(rich.substr(at, open - at));
        const std::size_t close = rich.find('>', open);
        if (close == std::string_view::npos) {
            out.append(rich.substr(open));
            break;
        }
        // Text from the plan is escaped, so every '<' here opens one of our tags.
        std::string_view tag = rich.substr(open + 1, close - open - 1);
        at = close + 1;
        const bool end_tag = !tag.empty() && tag.front() == '/';
        std::size_t name_end = end_tag ? 1 : 0;
        while (name_end < tag.size() && std::isalnum(static_cast<unsigned char>(tag[name_end]))) ++name_end;
        std::string name(tag.substr(end_tag ? 1 : 0, name_end - (end_tag ? 1 : 0)));
        for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (name == "font") name = "span";
        if (end_tag) {
            out += "</" + name + ">";
            continue;
        }
        std::string kept, style;
        std::size_t i = name_end;
        while (i < tag.size()) {
            while (i < tag.size() && tag[i] == ' ') ++i;
            std::size_t key_end = i;
            while (key_end < tag.size() && tag[key_end] != '=' && tag[key_end] != ' ') ++key_end;
            if (key_end == i) break;
            std::string key(tag.substr(i, key_end - i)), value;
            i = key_end;
            if (i + 1 < tag.size() && tag[i] == '=' && tag[i + 1] == '"') {
                const std::size_t value_end = tag.find('"', i + 2);
                value = std::string(tag.substr(i + 2, value_end - i - 2));
                i = value_end == std::string_view::npos ? tag.size() : value_end + 1;
            }
            const bool cell = name == "td" || name == "th";
            if (key == "align")
                style += "text-align:" + value + ";";
            else if (key == "valign")
                style += "vertical-align:" + value + ";";
            else if (key == "width" && (cell || name == "table"))
                style += "width:" + value + (value.find('%') == std::string::npos ? "px;" : ";");
            else if (key == "color" && name == "span")
                style += "color:" + value + ";";
            else if (key == "bgcolor")
                style += "background-color:" + value + ";";
            else if (name == "table" && (key == "border" || key == "cellspacing" || key == "cellpadding"))
                continue;
            else if (key == "style")
                style += value + (value.empty() || value.back() == ';' ? "" : ";");
            else
                kept += " " + key + (value.empty() && tag.substr(key_end, 1) != "=" ? "" : "=\"" + value + "\"");
        }
        out += "<" + name + kept + (style.empty() ? "" : " style=\"" + style + "\"") + ">";
    }
    return out;
}

// An SVG document from chart_svg() made fit to sit inside the HTML: its ids
// (Qt writes "gradient1" in every chart) prefixed so that each is unique in
// the page, with the references to them; SVG Tiny's version attributes dropped.
std::string inline_svg(std::string svg, const std::string& prefix) {
    auto replace_all = [&](const std::string& from, const std::string& to) {
        for (auto at = svg.find(from); at != std::string::npos; at = svg.find(from, at + to.size()))
            svg.replace(at, from.size(), to);
    };
    replace_all(" id=\"", " id=\"" + prefix);
    replace_all("url(#", "url(#" + prefix);
    replace_all("href=\"#", "href=\"#" + prefix);
    // Qt gives the size in millimetres, which HTML's inline SVG does not take: in CSS pixels instead.
    const std::size_t root_end = svg.find('>');
    for (const char* attr : {" width=\"", " height=\""}) {
        const std::size_t at = svg.find(attr);
        if (at == std::string::npos || at > root_end) continue;
        const std::size_t value = at + std::strlen(attr), end = svg.find('"', value);
        const double mm = std::atof(svg.substr(value, end - value).c_str());
        svg.replace(value, end - value, std::to_string(static_cast<int>(std::lround(mm / 25.4 * 96))));
    }
    replace_all(" version=\"1.2\"", "");
    replace_all(" baseProfile=\"tiny\"", "");
    return svg;
}

std::string html_lang(Lang lang) {
    return lang == Lang::zh ? "zh-CN" : std::string(to_id(lang));
}

}  // namespace

std::string report_html(const Plan& plan, const Catalog& catalog, Lang lang) {
    use_language(lang);
    std::string h = "<!DOCTYPE html>\n<html lang=\"" + html_lang(lang) +
                    "\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    "<meta name=\"generator\" content=\"" + kWrittenBy + "\">\n<title>" +
                    E(Cofund::tr("Project budget")) + " — " + e(plan.project.title) + "</title>\n<style>\n" + kCss +
                    "</style>\n</head>\n<body>\n";
    const BudgetSummary sums(plan);
    h += html5_markup(tables_html(plan, catalog, sums, lang));
    h += "<h2>" + E(Cofund::tr("8. Charts")) + "</h2>\n";
    for (ChartKind k : report_chart_kinds(plan)) {
        std::string svg = chart_svg(make_chart(k, plan, catalog, sums, lang));
        auto start = svg.find("<svg");
        if (start != std::string::npos) svg.erase(0, start);
        svg = inline_svg(svg, "chart-" + std::string(to_id(k)) + "-");
        h += "<div class=\"chart\" id=\"chart-" + std::string(to_id(k)) + "\">\n" + svg + "\n</div>\n";
    }
    h += "<footer>" +
         E(Cofund::tr(
             "Made with Cofund. Amounts are exact to the fen, in 10,000 yuan: two decimals, up to six where an amount has yuan below a hundred; the charts round to two.")) +
         "</footer>\n</body>\n</html>\n";
    return h;
}

namespace {

QByteArray report_pdf(const Plan& plan, const Catalog& catalog, Lang lang) {
    use_language(lang);
    PdfFonts pdf_fonts;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(96);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(QString::fromStdString(s(Cofund::tr("Project budget")) + " — " + plan.project.title));
    pdf.setCreator(QString::fromUtf8(kWrittenBy));

    const QRectF page(0, 0, pdf.width(), pdf.height());
    const double margin = 54, footer = 28;
    const QRectF body(margin, margin, page.width() - 2 * margin, page.height() - 2 * margin - footer);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&pdf);
    QFont font = render_font();
    font.setPixelSize(11);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setDefaultStyleSheet(QStringLiteral(
        "h1{font-size:20px;} h2{font-size:15px;color:#1f3f66;margin-top:14px;} h3{font-size:12px;margin-top:8px;} "
        "th{background-color:#eef2f7;}"
        "table{border-collapse:collapse;border-color:#999999;} tr.sub td{background-color:#f7f7f7;}"
        "tr.total td{background-color:#eef2f7;} p.unit{color:#555555;font-size:10px;} table.wide{font-size:9px;} "
        "code{font-family:'Noto Sans Mono CJK SC';} h3{font-size:13px;margin-top:10px;} "
        "span.total{font-size:11px;font-weight:normal;} table.basis{font-size:10px;} .ok{color:#2e7d32;} "
        ".bad{color:#d62728;} .warn{color:#b26a00;} .quiet{color:#555555;}"));
    // Laid out as one long page, then cut between rows and lines (paginate.h):
    // Qt's own page breaks would cut a row whose text wraps. A table's <thead>
    // rows (Qt keeps them as its header row count) repeat on every page it continues on.
    doc.setTextWidth(body.width());
    const BudgetSummary sums(plan);
    doc.setHtml(QString::fromStdString(tables_html(plan, catalog, sums, lang)));
    const std::vector<TextPage> text = paginate(doc, body.height());

    auto kinds = report_chart_kinds(plan);
    const int text_pages = static_cast<int>(text.size());
    // Charts flow after the tables: on the last table page where they fit, then
    // two to a page. Laid out first, so the footer knows the page count.
    const double chart_h = body.width() * 0.62, heading_h = 32, gap = 20;
    const double used = text.back().height();
    int page_no = text_pages - 1;
    double cursor = used + 16;
    if (cursor + heading_h + chart_h > body.height()) {
        ++page_no;
        cursor = 0;
    }
    const int heading_page = page_no;
    const double heading_y = cursor;
    cursor += heading_h;
    std::vector<std::pair<int, double>> chart_at;  // page, y within the body
    for (size_t i = 0; i < kinds.size(); ++i) {
        if (cursor + chart_h > body.height()) {
            ++page_no;
            cursor = 0;
        }
        chart_at.emplace_back(page_no, cursor);
        cursor += chart_h + gap;
    }
    const int pages = page_no + 1;

    QPainter painter(&pdf);
    painter.setRenderHint(QPainter::Antialiasing);
    auto draw_footer = [&](int number) {
        painter.save();
        QFont f = font;
        f.setPixelSize(10);
        painter.setFont(f);
        painter.setPen(QColor("#666666"));
        QRectF r(margin, page.height() - margin - footer + 8, body.width(), footer);
        painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, QString::fromStdString(plan.project.title).left(60));
        painter.drawText(r, Qt::AlignRight | Qt::AlignVCenter, Cofund::tr("Page %1 of %2").arg(number).arg(pages));
        painter.setPen(QPen(QColor("#bbbbbb"), 0.8));
        painter.drawLine(QPointF(margin, r.top()), QPointF(margin + body.width(), r.top()));
        painter.restore();
    };
    for (int p = 0; p < pages; ++p) {
        if (p > 0) pdf.newPage();
        if (p < text_pages) {
            painter.save();
            painter.translate(body.topLeft());
            draw_text_page(doc, text[p], body.width(), painter);
            painter.restore();
        }
        if (p == heading_page) {
            painter.save();
            QFont h = font;
            h.setPixelSize(15);
            h.setBold(true);
            painter.setFont(h);
            painter.setPen(QColor("#1f3f66"));
            painter.drawText(QRectF(body.left(), body.top() + heading_y, body.width(), 24),
                             Qt::AlignLeft | Qt::AlignVCenter, Cofund::tr("8. Charts"));
            painter.restore();
        }
        // Charts as vectors, so their text stays text; laid out 820 px wide and
        // scaled onto the page, so their text stays readable.
        for (size_t i = 0; i < kinds.size(); ++i) {
            if (chart_at[i].first != p) continue;
            QRectF target(body.left(), body.top() + chart_at[i].second, body.width(), chart_h);
            const double scale = target.width() / 820.0;
            painter.save();
            painter.translate(target.topLeft());
            painter.scale(scale, scale);
            paint_chart(make_chart(kinds[i], plan, catalog, sums, lang), painter, QRectF(0, 0, 820, chart_h / scale));
            painter.restore();
        }
        draw_footer(p + 1);
    }
    painter.end();
    buffer.close();
    return fix_pdf_text(std::move(bytes));
}

}  // namespace

Result<bool> write_report(const Plan& plan, const Catalog& catalog, Lang lang, const std::string& path) {
    auto dot = path.rfind('.');
    std::string ext = dot == std::string::npos ? "" : path.substr(dot + 1);
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == "html" || ext == "htm") return planner::write_output(path, report_html(plan, catalog, lang));
    if (ext == "pdf") {
        QByteArray bytes = report_pdf(plan, catalog, lang);
        if (bytes.isEmpty()) return Error{"could not render the report for " + path};
        return planner::write_output(path, std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())));
    }
    return Error{"cannot tell the report format of \"" + path + "\": use a .pdf or .html name"};
}

}  // namespace cofund::render
