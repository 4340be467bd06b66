// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The chart adapter: the only place that knows Qt Charts. It turns a
// ChartModel (chart_model.h) into QChart objects for the desktop app's live
// views, and renders a model to PNG, SVG or PDF. Replacing Qt Charts by Qt
// Graphs later means rewriting this file's .cpp only.
//
// Needs a QApplication (render/app.h: ensure_application()).

#include <QFont>
#include <QLineF>
#include <QRectF>
#include <QSize>
#include <QString>

#include <memory>
#include <string>
#include <vector>

#include "cofund/render/chart_model.h"
#include "cofund/result.h"

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
QT_END_NAMESPACE

namespace cofund::render {

/// The font family of every chart text (titles, legends, axes, labels).
inline constexpr const char* kChartFont = "Noto Sans CJK SC";
/// The default size of a rendered chart, in pixels (PNG) or points (SVG, PDF).
inline constexpr QSize kDefaultChartSize{1000, 600};

/// The font of chart and report text, with kChartFont set explicitly (the
/// caller sets the size). Inside a PdfFonts scope, DejaVu Sans comes first for
/// Latin, Cyrillic and digits and Noto Sans CJK SC serves the Chinese text.
QFont render_font();
/// Marks the drawing of a PDF for render_font() while it lives.
class PdfFonts {
  public:
    PdfFonts();
    ~PdfFonts();
    PdfFonts(const PdfFonts&) = delete;
    PdfFonts& operator=(const PdfFonts&) = delete;

  private:
    bool previous_;
};

/// One QChart per panel of the model; the caller owns them. A model with one
/// panel gives one chart carrying the model's title.
std::vector<std::unique_ptr<QChart>> build_qcharts(const ChartModel& model);
/// The chart of a one-panel model (the first panel of a multi-panel one).
std::unique_ptr<QChart> build_qchart(const ChartModel& model);

/// Paints the whole model (title, panels in a grid, note) into `rect` of a painter.
void paint_chart(const ChartModel& model, QPainter& painter, const QRectF& rect);

/// One text a chart draws and the box its ink takes, in the pixels of the chart's size.
struct ChartText {
    std::string text;
    QRectF box;
};
/// Every visible text of the chart laid out at `size`, as paint_chart and
/// render_chart draw it: titles, legend entries, axis labels, value labels,
/// the note. For tests: no two boxes may intersect, no text may be cut.
std::vector<ChartText> chart_texts(const ChartModel& model, QSize size = kDefaultChartSize);

/// The lines (a requirement per year, a target, a projection) and their dots of the chart
/// laid out at `size`, in the pixels of the chart's size. For tests: no value label may
/// lie on one.
struct ChartMarks {
    std::vector<QLineF> segments;
    std::vector<QRectF> dots;
};
ChartMarks chart_marks(const ChartModel& model, QSize size = kDefaultChartSize);

/// A place on the chart and what it shows: a category's row (bars across) or column
/// (bars up) of a panel, with the panel's `category_details` for it.
struct ChartSpot {
    QRectF box;
    std::string text;
};
/// The spots of the chart laid out at `size`, as paint_chart draws it, for a pointer's
/// tooltip in the live panel. Empty where the model gives no details.
std::vector<ChartSpot> chart_spots(const ChartModel& model, QSize size);

/// `size`, taller where the legend's rows would take more than a quarter of it (the
/// program chart of many projects): the legend keeps every entry whole and the plot
/// keeps three quarters of the height it had.
QSize size_with_room_for_legend(const ChartModel& model, QSize size = kDefaultChartSize);

enum class ImageFormat { png, svg, pdf };
/// The format a path's extension names (.png, .svg, .pdf), case-insensitive.
Result<ImageFormat> image_format_for(const std::string& path);

/// Renders the model to a file, written atomically. A refusal names the path.
Result<bool> render_chart(const ChartModel& model, const std::string& path, QSize size = kDefaultChartSize);
/// The model as an SVG document (for inlining in HTML).
std::string chart_svg(const ChartModel& model, QSize size = kDefaultChartSize);

}  // namespace cofund::render
