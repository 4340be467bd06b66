// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Chart models: what a chart shows, as plain data (no Qt). make_chart() builds
// one from a plan; chart_adapter.h turns a model into a Qt chart or a file.
// Keeping the models Qt-free lets the tests check every bar and line, and keeps
// a later switch from Qt Charts to Qt Graphs local to the adapter.
//
// Amounts in a model are in 万元 (10,000 yuan) as doubles: converted from the
// exact Money only for drawing, never computed with.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cofund/catalog.h"
#include "cofund/plan.h"
#include "cofund/planner/portfolio.h"
#include "cofund/summary.h"
#include "cofund/text.h"

namespace cofund::render {

/// Money in 万元 as a double, for drawing only.
double wan_double(const Money& amount);

enum class ChartKind { spend, categories, ratio, indicators, risk };
std::string_view to_id(ChartKind);
std::optional<ChartKind> chart_kind_from_id(std::string_view);
/// Every kind, in the order the docs list them.
const std::vector<ChartKind>& all_chart_kinds();

/// A colour as "#rrggbb".
using Color = std::string;
/// The colour of a source; the same in every chart.
Color source_color(Source);
/// Colours of the fiscal side and the self-raised side taken together.
Color fiscal_side_color();
Color self_raised_color();
/// The colour that marks a shortfall (a lag against a requirement).
Color lag_color();
/// The colour of the i-th of many series (the program chart's projects): Tableau 20,
/// then hues spread around the circle; no two i give the same colour, none is the
/// shortfall red.
Color series_color(std::size_t i);

/// A label drawn at a point of the plot (x: category index, y: value).
struct PointLabel {
    double x = 0, y = 0;
    std::string text;
    bool inside = false;  ///< drawn on a coloured segment (light text) rather than above it
    Color color;          ///< the text's colour; empty for the default
    bool right = false;   ///< drawn right of the point, vertically centred, instead of above it
    double span = 0;  ///< inside labels: the segment's length in axis units (the label is left out if it does not fit)
};

/// One set of bars: one value per category (0 draws nothing).
struct BarSet {
    std::string name;
    Color color;
    std::vector<double> values;
    /// Indices of bars drawn in `highlight_color` instead (e.g. a lag in red).
    std::vector<int> highlighted;
    Color highlight_color;
};

/// A line over the categories (x is the category index, fractional allowed).
struct Line {
    std::string name;
    Color color;
    std::vector<double> x, y;
    bool dashed = false;
    bool markers = false;  ///< draw the points as dots
};

/// A filled band between two lines (e.g. P10–P90).
struct Band {
    std::string name;
    Color color;
    std::vector<double> x, lower, upper;
};

/// A value axis: its title (with the unit) and range.
struct ValueAxis {
    std::string title;
    double min = 0, max = 1;
    int ticks = 6;     ///< tick count including both ends
    int decimals = 0;  ///< of the tick labels
};

/// One chart panel.
struct Panel {
    std::string title;
    std::vector<std::string> categories;  ///< the category axis (years, cost categories)
    /// Per category, where given: its name and every bar's exact amount there, for a
    /// pointer resting on it (the live panel's tooltip; a small chart leaves names out).
    std::vector<std::string> category_details;
    std::string category_title;  ///< e.g. "year"
    bool horizontal = false;     ///< bars run left to right, categories down the side
    bool stacked = false;
    std::vector<BarSet> bars;
    std::vector<Line> lines;
    std::optional<Band> band;
    std::vector<PointLabel> labels;
    ValueAxis axis;
};

/// A chart: a title and one panel, or several panels as small multiples.
struct ChartModel {
    ChartKind kind = ChartKind::spend;
    Lang lang = Lang::en;
    std::string title;
    std::string note;  ///< a line under the chart (e.g. what was not drawn and why)
    std::vector<Panel> panels;
    bool show_legend = true;
};

/// Builds the model of a chart kind for a plan, in a language. Titles and
/// labels come through the translation files (render/app.h installs them);
/// names of sources and categories come from the catalog.
/// Kinds that need projections give a model with no panels and a note when the
/// plan has none.
ChartModel make_chart(ChartKind kind, const Plan& plan, const Catalog& catalog, Lang lang);
/// The same from the plan's summary, already summed (the app's Document holds one per plan version).
ChartModel make_chart(ChartKind kind, const Plan& plan, const Catalog& catalog, const BudgetSummary& sums, Lang lang);

/// The program chart (`cofund chart --kind program`): each project's fiscal spend per
/// year stacked, a legend entry and a colour of its own per project, each year's total
/// above its bar, the leverage in the title.
ChartModel program_chart_model(const planner::ProgramChart& data, Lang lang);

/// A "nice" axis from 0 (or min) to at least max: steps of 1, 2, 2.5 or 5 × 10^k.
ValueAxis nice_axis(double min, double max, std::string title, int target_ticks = 6);

}  // namespace cofund::render
