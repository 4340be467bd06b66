// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/render/chart_model.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "cofund/format.h"
#include "cofund/planner/spreadsheet.h"
#include "cofund/planner/text.h"
#include "cofund/projection.h"
#include "cofund/render/app.h"
#include "cofund/rules.h"
#include "cofund/simulation.h"
#include "tr.h"

namespace cofund::render {

double wan_double(const Money& amount) {
    return to_double(amount.to_rational() / 10000);
}

std::string_view to_id(ChartKind k) {
    switch (k) {
        case ChartKind::spend:
            return "spend";
        case ChartKind::categories:
            return "categories";
        case ChartKind::ratio:
            return "ratio";
        case ChartKind::indicators:
            return "indicators";
        case ChartKind::risk:
            return "risk";
    }
    return "spend";
}

std::optional<ChartKind> chart_kind_from_id(std::string_view id) {
    for (ChartKind k : all_chart_kinds())
        if (to_id(k) == id) return k;
    return std::nullopt;
}

const std::vector<ChartKind>& all_chart_kinds() {
    static const std::vector<ChartKind> kinds = {ChartKind::spend, ChartKind::categories, ChartKind::ratio,
                                                 ChartKind::indicators, ChartKind::risk};
    return kinds;
}

// Tableau 10: distinct under common colour-vision deficiencies; red is kept
// for shortfalls only.
Color source_color(Source s) {
    switch (s) {
        case Source::fiscal:
            return "#4e79a7";
        case Source::other_fiscal:
            return "#76b7b2";
        case Source::self:
            return "#f28e2b";
        case Source::loan:
            return "#b07aa1";
        case Source::partner:
            return "#59a14f";
        case Source::other:
            return "#9c755f";
    }
    return "#bab0ac";
}
Color fiscal_side_color() {
    return "#4e79a7";
}
Color self_raised_color() {
    return "#d4a017";
}
Color lag_color() {
    return "#d62728";
}

Color series_color(std::size_t i) {
    static const char* tableau20[] = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
                                      "#ff9da7", "#9c755f", "#bab0ac", "#a0cbe8", "#ffbe7d", "#8cd17d", "#b6992d",
                                      "#499894", "#86bcb6", "#79706e", "#d37295", "#d4a6c8", "#d7b5a6"};
    constexpr std::size_t n = sizeof tableau20 / sizeof *tableau20;
    if (i < n) return tableau20[i];
    // Beyond them, hues a golden angle apart at three lightnesses: never the same twice.
    const std::size_t k = i - n;
    const double hue = std::fmod(20.0 + static_cast<double>(k) * 137.50776, 360.0);
    const double light = (k % 3 == 0) ? 0.42 : (k % 3 == 1) ? 0.62 : 0.52, amp = 0.5 * std::min(light, 1 - light);
    auto channel = [&](double offset) {  // HSL to RGB, one channel
        const double h = std::fmod(offset + hue / 30, 12.0);
        return static_cast<int>(std::lround((light - amp * std::max(-1.0, std::min({h - 3, 9 - h, 1.0}))) * 255));
    };
    return fmt::format("#{:02x}{:02x}{:02x}", channel(0), channel(8), channel(4));
}

namespace {

// Mixes a colour with white: t = 0 keeps it, t = 1 gives white.
Color lighten(const Color& c, double t) {
    auto channel = [&](int i) {
        int v = std::stoi(c.substr(static_cast<size_t>(1 + 2 * i), 2), nullptr, 16);
        return static_cast<int>(std::lround(v + (255 - v) * t));
    };
    return fmt::format("#{:02x}{:02x}{:02x}", channel(0), channel(1), channel(2));
}

std::string amount_axis_title() {
    return s(Cofund::tr("Amount (10,000 yuan)"));
}

ChartModel spend_chart(const Plan& plan, const Catalog& catalog, const BudgetSummary& sums, Lang lang) {
    ChartModel m;
    m.kind = ChartKind::spend;
    m.lang = lang;
    m.title = s(Cofund::tr("Spending by year and source"));
    Panel p;
    p.stacked = true;
    p.category_title = s(Cofund::tr("Year"));
    const auto years = sums.columns();
    for (const auto& c : years) p.categories.push_back(column_label(c, lang));
    std::vector<Money> totals(years.size());
    std::vector<std::vector<Money>> amounts;  // per bar set drawn, the exact amounts its labels write
    for (Source src : kSources) {
        BarSet set;
        set.name = catalog.source_name(src).in(lang);
        set.color = source_color(src);
        bool any = false;
        std::vector<Money> exact;
        for (size_t i = 0; i < years.size(); ++i) {
            Money v = years[i].sums->of(src);
            totals[i] += v;
            any = any || !v.is_zero();
            set.values.push_back(wan_double(v));
            exact.push_back(v);
        }
        if (any) {
            p.bars.push_back(std::move(set));
            amounts.push_back(std::move(exact));
        }
    }
    double top = 0;
    for (const auto& t : totals) top = std::max(top, wan_double(t));
    p.axis = nice_axis(0, top > 0 ? top * 1.12 : 1, amount_axis_title());
    // A segment gets its value printed only where the text fits inside it.
    const double min_labelled = (p.axis.max - p.axis.min) * 0.055;
    // Beyond six bars (a period longer than the call allows) labels would collide: the axis alone reads.
    for (size_t i = 0; i < years.size() && years.size() <= 6; ++i) {
        double base = 0;
        for (size_t b = 0; b < p.bars.size(); ++b) {
            double v = p.bars[b].values[i];
            if (v >= min_labelled)
                p.labels.push_back(
                    {static_cast<double>(i), base + v / 2, format_wan(amounts[b][i], lang), true, "", false, v});
            base += v;
        }
        p.labels.push_back({static_cast<double>(i), wan_double(totals[i]),
                            s(Cofund::tr("Total %1").arg(q(format_wan(totals[i], lang)))), false, ""});
    }
    m.panels.push_back(std::move(p));
    return m;
}

ChartModel categories_chart(const Plan& plan, const Catalog& catalog, const BudgetSummary& sums, Lang lang) {
    ChartModel m;
    m.kind = ChartKind::categories;
    m.lang = lang;
    m.title = s(Cofund::tr("Spending by category, year and side"));
    Panel p;
    p.horizontal = true;
    p.stacked = true;
    const auto years = sums.columns();
    std::vector<Category> cats;
    for (const CategoryInfo& c : catalog.categories)
        if (!sums.all().of(c.category).is_zero()) cats.push_back(c.category);
    // Horizontal bars run from the bottom up: reverse so the table order reads top down.
    std::reverse(cats.begin(), cats.end());
    std::vector<Money> cat_totals(cats.size());
    std::vector<std::string> details(cats.size());
    for (int side = 0; side < 2; ++side) {
        for (size_t yi = 0; yi < years.size(); ++yi) {
            BarSet set;
            set.name = fmt::format("{} {}", column_label(years[yi], lang),
                                   planner::side_name(side == 0 ? Source::fiscal : Source::self).in(lang));
            double shade =
                years.size() > 1 ? 0.55 * static_cast<double>(yi) / static_cast<double>(years.size() - 1) : 0;
            set.color = lighten(side == 0 ? fiscal_side_color() : self_raised_color(), shade);
            bool any = false;
            for (size_t ci = 0; ci < cats.size(); ++ci) {
                Money v = years[yi].sums->of(
                    cats[ci], side == 0 ? std::span<const Source>(kFiscalSide) : std::span<const Source>(kSelfSide));
                cat_totals[ci] += v;
                if (!v.is_zero()) details[ci] += fmt::format("\n{}: {}", set.name, format_wan_exact(v, lang));
                any = any || !v.is_zero();
                set.values.push_back(wan_double(v));
            }
            if (any) p.bars.push_back(std::move(set));
        }
    }
    double top = 0;
    for (size_t ci = 0; ci < cats.size(); ++ci) {
        top = std::max(top, wan_double(cat_totals[ci]));
        // Long names (Russian) wrap onto a second line; the total stays with the name's last word.
        p.categories.push_back(fmt::format("{}\u00A0\u00A0{}", catalog.category_name(cats[ci]).in(lang),
                                           format_wan(cat_totals[ci], lang)));
        p.category_details.push_back(
            s(Cofund::tr("%1: %2 (10,000 yuan)")
                  .arg(q(catalog.category_name(cats[ci]).in(lang)), q(format_wan_exact(cat_totals[ci], lang)))) +
            details[ci]);
    }
    p.axis = nice_axis(0, top > 0 ? top * 1.05 : 1, amount_axis_title());
    m.panels.push_back(std::move(p));
    return m;
}

ChartModel ratio_chart(const Plan& plan, const Catalog& catalog, const BudgetSummary& sums, Lang lang) {
    ChartModel m;
    m.kind = ChartKind::ratio;
    m.lang = lang;
    Panel p;
    p.category_title = s(Cofund::tr("Year"));
    const std::vector<int>& years = sums.years();
    for (int y : years) p.categories.push_back(std::to_string(y));
    auto view = ratio_view(plan, catalog, sums);
    std::vector<Source> fiscal_side(kFiscalSide.begin(), kFiscalSide.end());
    std::vector<Source> self_side(kSelfSide.begin(), kSelfSide.end());
    Rational multiple = 0;
    if (view && view->rule) {
        fiscal_side = view->rule->fiscal_side;
        self_side = view->rule->self_side;
        multiple = view->rule->multiple;
    }
    const std::vector<Money> cum_fiscal = sums.cumulative(fiscal_side);
    const std::vector<Money> cum_self = sums.cumulative(self_side);
    BarSet fset{s(Cofund::tr("Cumulative fiscal")), fiscal_side_color(), {}, {}, ""};
    BarSet sset{s(Cofund::tr("Cumulative self-raised")), self_raised_color(), {}, {}, lag_color()};
    double top = 0;
    std::vector<Money> required(years.size());
    for (size_t i = 0; i < years.size(); ++i) {
        const Money& f = cum_fiscal[i];
        const Money& sr = cum_self[i];
        fset.values.push_back(wan_double(f));
        sset.values.push_back(wan_double(sr));
        top = std::max({top, wan_double(f), wan_double(sr)});
        if (view) {
            required[i] = Money::ceil_from(multiple * f.to_rational());
            top = std::max(top, wan_double(required[i]));
            if (sr < required[i]) sset.highlighted.push_back(static_cast<int>(i));
        }
    }
    p.axis = nice_axis(0, top > 0 ? top * 1.15 : 1, amount_axis_title());
    // With two bar sets a bar is a quarter of a category wide, centred ±1/8 off the middle.
    for (size_t i = 0; i < years.size() && years.size() <= 6; ++i) {
        double x = static_cast<double>(i);
        p.labels.push_back({x - 0.125, fset.values[i], format_wan(cum_fiscal[i], lang), false, ""});
        bool lag =
            std::find(sset.highlighted.begin(), sset.highlighted.end(), static_cast<int>(i)) != sset.highlighted.end();
        std::string text = format_wan(cum_self[i], lang);
        if (lag) {
            Money gap = required[i] - cum_self[i];
            // A gap that rounds to 0.00 万元 is given in yuan, so it never reads as none.
            text = gap < Money::from_yuan(100)
                       ? s(Cofund::tr("%1 (short %2 yuan)").arg(q(text), q(format_yuan(gap, lang))))
                       : s(Cofund::tr("%1 (short %2)").arg(q(text), q(format_wan(gap, lang))));
        }
        p.labels.push_back({x + 0.125, std::max(sset.values[i], view ? wan_double(required[i]) : 0.0), text, false,
                            lag ? lag_color() : ""});
    }
    p.bars.push_back(std::move(fset));
    p.bars.push_back(std::move(sset));
    if (view) {
        std::string mult = view->rule->multiple_text;
        for (size_t i = 0; i < years.size(); ++i) {
            Line l;
            l.name = s(Cofund::tr("Required: %1 × cumulative fiscal").arg(q(mult)));
            l.color = "#333333";
            l.dashed = true;
            double x = static_cast<double>(i);
            double y = wan_double(required[i]);
            l.x = {x - 0.4, x + 0.4};
            l.y = {y, y};
            p.lines.push_back(std::move(l));
        }
        m.title = s(Cofund::tr("Co-funding, fiscal : self-raised %1 (required %2)")
                        .arg(q(localize_ratio(ratio_text(view->fiscal_side, view->self_side), lang)),
                             q(localize_ratio(required_ratio_text(*view->rule), lang))));
    } else {
        m.title = s(Cofund::tr("Co-funding: cumulative fiscal and self-raised"));
        m.note = s(Cofund::tr("No co-funding ratio applies to this plan."));
    }
    m.panels.push_back(std::move(p));
    return m;
}

// Large indicator values are drawn in thousands or millions so tick labels stay short.
struct Scale {
    double div = 1;
    std::string title;
};

Scale scale_for(double top, const std::string& unit) {
    QString u = q(unit);
    if (top >= 1e6) return {1e6, s(Cofund::tr("%1, millions").arg(u))};
    if (top >= 1e4) return {1e3, s(Cofund::tr("%1, thousands").arg(u))};
    return {1, unit};
}

// `whole`: a counted indicator in its own unit (not thousands or millions), shown in whole units.
std::string short_number(double v, Lang lang, bool whole = false) {
    double a = std::abs(v);
    int places = whole || a >= 100 ? 0 : a >= 10 ? 1 : 2;
    std::string t = fmt::format("{:.{}f}", v, places);
    if (places > 0) {  // drop trailing zeros: "12.50" → "12.5", "3.00" → "3"
        while (t.back() == '0') t.pop_back();
        if (t.back() == '.') t.pop_back();
    }
    return localize_number(t, lang);
}

std::string indicator_title(const Indicator& ind, Lang lang) {
    return ind.name.in(lang);
}

// The measure to date at each year, from yearly values: comparable with the target.
std::vector<double> to_date_of(Measure m, const Rational& baseline, const std::vector<Rational>& yearly) {
    std::vector<double> out;
    for (const auto& v : measure_to_date(m, baseline, yearly)) out.push_back(to_double(v));
    return out;
}

std::string target_text(const Indicator& ind, Lang lang) {
    return s(Cofund::tr("Target %1 %2").arg(q(std::string(to_symbol(ind.op))), q(format_number(ind.bound, lang))));
}

Line target_line(const Indicator& ind, size_t years, double div, Lang lang, bool short_name = false) {
    Line t;
    t.name = short_name ? s(Cofund::tr("Target")) : target_text(ind, lang);
    t.color = "#333333";
    t.dashed = true;
    double y = to_double(ind.bound) / div;
    t.x = {-0.4, static_cast<double>(years) - 0.6};
    t.y = {y, y};
    return t;
}

ChartModel indicators_chart(const Plan& plan, const Catalog& catalog, Lang lang) {
    ChartModel m;
    m.kind = ChartKind::indicators;
    m.lang = lang;
    m.title = s(Cofund::tr("Projected indicators against their targets"));
    for (const auto& pr : project_valid(plan, catalog)) {
        const Indicator& ind = *pr.indicator;
        Panel p;
        p.title = indicator_title(ind, lang);
        for (int y : pr.years) p.categories.push_back(std::to_string(y));
        auto to_date = [&] {
            std::vector<double> v;
            for (const auto& r : pr.to_date) v.push_back(to_double(r));
            return v;
        }();
        double top = to_double(ind.bound);
        for (double v : to_date) top = std::max(top, v);
        if (pr.stated) top = std::max(top, to_double(*pr.stated));
        Scale sc = scale_for(top, ind.unit.in(lang));
        Line proj;
        proj.name = s(Cofund::tr("Projected"));
        proj.color = "#2f4b7c";
        proj.markers = true;
        for (size_t i = 0; i < to_date.size(); ++i) {
            proj.x.push_back(static_cast<double>(i));
            proj.y.push_back(to_date[i] / sc.div);
            p.labels.push_back({static_cast<double>(i), to_date[i] / sc.div,
                                short_number(to_date[i] / sc.div, lang, ind.counted() && sc.div == 1), false,
                                pr.meets || i + 1 < to_date.size() ? "" : lag_color()});
        }
        p.lines.push_back(std::move(proj));
        // Small multiples keep legend entries short; the target's value is written on its line.
        p.lines.push_back(target_line(ind, pr.years.size(), sc.div, lang, true));
        p.labels.push_back({0.5, to_double(ind.bound) / sc.div, target_text(ind, lang), false, "#333333"});
        if (pr.stated) {
            Line st;
            st.name = s(Cofund::tr("Stated value"));
            st.color = "#e15759";
            st.markers = true;
            double x = static_cast<double>(pr.years.size()) - 1 + 0.18;
            st.x = {x};
            st.y = {to_double(*pr.stated) / sc.div};
            p.lines.push_back(std::move(st));
        }
        p.axis = nice_axis(0, top / sc.div * 1.15, sc.title, 5);
        m.panels.push_back(std::move(p));
    }
    if (m.panels.empty()) m.note = s(Cofund::tr("The plan has no projections to draw."));
    return m;
}

ChartModel risk_chart(const Plan& plan, const Catalog& catalog, Lang lang) {
    ChartModel m;
    m.kind = ChartKind::risk;
    m.lang = lang;
    m.title = s(Cofund::tr("Risk: P10–P90 of the simulated indicators"));
    auto projections = project_valid(plan, catalog);
    Simulation sim = simulate(projections, SimulationOptions{});
    int random = 0;
    for (const auto& is : sim.indicators) {
        if (!is.random || !is.projection) continue;
        ++random;
        const IndicatorProjection& pr = *is.projection;
        const Indicator& ind = *pr.indicator;
        std::vector<Rational> lo, mid, hi;
        for (const auto& qy : is.yearly) {
            lo.push_back(qy.p10);
            mid.push_back(qy.p50);
            hi.push_back(qy.p90);
        }
        // Every year of a run grows at the one drawn rate, so the quantiles of the
        // measure to date are the measure of the yearly quantiles.
        auto p10 = to_date_of(ind.measure, pr.baseline, lo);
        auto p50 = to_date_of(ind.measure, pr.baseline, mid);
        auto p90 = to_date_of(ind.measure, pr.baseline, hi);
        double top = std::max(to_double(ind.bound), p90.empty() ? 0.0 : *std::max_element(p90.begin(), p90.end()));
        Scale sc = scale_for(top, ind.unit.in(lang));
        Panel p;
        std::string pct = format_fixed(is.p_meet() * 100, lang, 1);
        p.title = s(Cofund::tr("%1: P(meet target) = %2%").arg(q(indicator_title(ind, lang)), q(pct)));
        for (int y : pr.years) p.categories.push_back(std::to_string(y));
        Band band;
        band.name = s(Cofund::tr("P10–P90"));
        band.color = "#6baed6";
        Line median;
        median.name = s(Cofund::tr("P50"));
        median.color = "#08519c";
        median.markers = true;
        for (size_t i = 0; i < p50.size(); ++i) {
            double x = static_cast<double>(i);
            band.x.push_back(x);
            band.lower.push_back(p10[i] / sc.div);
            band.upper.push_back(p90[i] / sc.div);
            median.x.push_back(x);
            median.y.push_back(p50[i] / sc.div);
        }
        if (!p50.empty()) {
            size_t last = p50.size() - 1;
            p.labels.push_back(
                {static_cast<double>(last), p90[last] / sc.div,
                 s(Cofund::tr("P90 %1").arg(q(short_number(p90[last] / sc.div, lang, ind.counted() && sc.div == 1)))),
                 false, ""});
            p.labels.push_back(
                {static_cast<double>(last), p50[last] / sc.div,
                 s(Cofund::tr("P50 %1").arg(q(short_number(p50[last] / sc.div, lang, ind.counted() && sc.div == 1)))),
                 false, "", true});
        }
        p.band = std::move(band);
        p.lines.push_back(std::move(median));
        p.lines.push_back(target_line(ind, pr.years.size(), sc.div, lang));
        p.axis = nice_axis(0, top / sc.div * 1.15, sc.title, 5);
        m.panels.push_back(std::move(p));
    }
    if (random == 1) {
        m.title = m.panels[0].title;
        m.panels[0].title.clear();
    }
    if (m.panels.empty())
        m.note = s(Cofund::tr("No projection has an uncertain growth rate (low < rate < high) to simulate."));
    return m;
}

}  // namespace

ChartModel program_chart_model(const planner::ProgramChart& c, Lang lang) {
    use_language(lang);
    ChartModel m;
    m.lang = lang;
    const std::string leverage = c.leverage ? format_fixed(*c.leverage, lang, 2) : std::string("—");
    m.title = s(Cofund::tr("Program fiscal spend by year and project · leverage %1").arg(q(leverage)));
    m.note = s(Cofund::tr("Projects: %1; fiscal %2 (10,000 yuan), total %3; leverage = total ÷ fiscal")
                   .arg(c.series.size())
                   .arg(q(format_wan(c.fiscal, lang)), q(format_wan(c.total, lang))));
    Panel p;
    p.stacked = true;
    p.category_title = s(Cofund::tr("Year"));
    for (int y : c.years) p.categories.push_back(std::to_string(y));
    std::vector<Money> totals(c.years.size());
    for (std::size_t i = 0; i < c.series.size(); ++i) {
        BarSet set;
        set.name = c.series[i].label;
        set.color = series_color(i);
        for (std::size_t y = 0; y < c.years.size(); ++y) {
            set.values.push_back(wan_double(c.series[i].fiscal[y]));
            totals[y] += c.series[i].fiscal[y];
        }
        p.bars.push_back(std::move(set));
    }
    double top = 0;
    for (std::size_t y = 0; y < totals.size(); ++y) {
        top = std::max(top, wan_double(totals[y]));
        p.labels.push_back({static_cast<double>(y), wan_double(totals[y]), format_wan(totals[y], lang), false, ""});
    }
    p.axis = nice_axis(0, top > 0 ? top * 1.12 : 1, s(Cofund::tr("Fiscal (10,000 yuan)")));
    m.panels.push_back(std::move(p));
    // Every project its legend entry: the legend wraps onto as many rows as it needs.
    m.show_legend = true;
    return m;
}

ValueAxis nice_axis(double min, double max, std::string title, int target_ticks) {
    ValueAxis a;
    a.title = std::move(title);
    if (!(max > min)) max = min + 1;
    double span = max - min;
    double raw = span / std::max(1, target_ticks - 1);
    double mag = std::pow(10.0, std::floor(std::log10(raw)));
    double step = mag;
    for (double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = f * mag;
        if (step >= raw) break;
    }
    a.min = std::floor(min / step) * step;
    int n = static_cast<int>(std::ceil((max - a.min) / step - 1e-9));
    a.max = a.min + n * step;
    a.ticks = n + 1;
    a.decimals =
        step >= 1 ? 0
                  : static_cast<int>(std::ceil(-std::log10(step) - 1e-9)) + (std::fmod(step / mag, 1.0) != 0 ? 1 : 0);
    return a;
}

ChartModel make_chart(ChartKind kind, const Plan& plan, const Catalog& catalog, Lang lang) {
    return make_chart(kind, plan, catalog, BudgetSummary(plan), lang);
}

ChartModel make_chart(ChartKind kind, const Plan& plan, const Catalog& catalog, const BudgetSummary& sums, Lang lang) {
    use_language(lang);
    switch (kind) {
        case ChartKind::spend:
            return spend_chart(plan, catalog, sums, lang);
        case ChartKind::categories:
            return categories_chart(plan, catalog, sums, lang);
        case ChartKind::ratio:
            return ratio_chart(plan, catalog, sums, lang);
        case ChartKind::indicators:
            return indicators_chart(plan, catalog, lang);
        case ChartKind::risk:
            return risk_chart(plan, catalog, lang);
    }
    return spend_chart(plan, catalog, sums, lang);
}

}  // namespace cofund::render
