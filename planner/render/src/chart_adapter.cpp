// SPDX-License-Identifier: GPL-3.0-or-later
// The only file that includes Qt Charts.
#include "cofund/render/chart_adapter.h"

#include <QApplication>
#include <QBuffer>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QSvgGenerator>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextOption>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <set>

#include "cofund/planner/files.h"
#include "cofund/version.h"
#include "pdf_text.h"
#include "tr.h"

namespace cofund::render {

namespace {
// While a PDF is drawn, Latin, Cyrillic and digits come from DejaVu Sans:
// Qt 6.4's PDF writer leaves digits shaped in a Latin run of Noto Sans CJK out
// of the ToUnicode map, so "268.50" would not be searchable or copyable.
thread_local bool pdf_fonts = false;
}  // namespace

QFont render_font() {
    QFont f(QString::fromLatin1(pdf_fonts ? "DejaVu Sans" : kChartFont));
    if (pdf_fonts)
        f.setFamilies({QStringLiteral("DejaVu Sans"), QString::fromLatin1(kChartFont)});
    else
        f.setFamilies({QString::fromLatin1(kChartFont)});
    // Qt 6.4 has no QFont::setFeature to turn ligatures off, but shapes without
    // them whenever letters are spaced: a 1/64 px spacing, too small to see,
    // keeps "fi" and "ff" two letters, so a PDF's text layer holds "fiscal",
    // not "ﬁscal", and a reader's search for it finds it.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return f;
}

PdfFonts::PdfFonts() : previous_(pdf_fonts) {
    pdf_fonts = true;
}
PdfFonts::~PdfFonts() {
    pdf_fonts = previous_;
}

namespace {

// Sizes in pixels: rendering maps one pixel to one device unit (PNG), or to
// 1/96 inch (SVG, PDF), so text and geometry scale together.
QFont chart_font(int pixels, bool bold = false) {
    QFont f = render_font();
    f.setPixelSize(pixels);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

// Qt Charts lays out titles, axis labels and legend entries as rich text:
// every text is escaped so that "<b>" or "&" in a name shows as written.
QString rich(const std::string& text) {
    return QString::fromStdString(text).toHtmlEscaped();
}

QColor color_of(const Color& c, const char* fallback = "#555555") {
    return QColor(QString::fromStdString(c.empty() ? std::string(fallback) : c));
}

QLocale locale_of(Lang lang) {
    switch (lang) {
        case Lang::zh:
            return QLocale(QLocale::Chinese, QLocale::China);
        case Lang::ru:
            return QLocale(QLocale::Russian, QLocale::Russia);
        case Lang::en:
            break;
    }
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

// Sizes of chart text scale with the chart, down to 80 % at 800×480 and below.
double text_scale(QSizeF size) {
    return std::clamp(std::min(size.width() / 1000.0, size.height() / 600.0), 0.8, 1.0);
}
int px(double v) {
    return std::max(9, static_cast<int>(std::lround(v)));
}

// Our own value labels: Qt Charts can only show all or none of a series'
// labels, and cannot centre them in a stacked segment or drop those that do
// not fit. These items follow the plot area as it moves. A label that would
// cover another is lifted above it with a leader line to its point; one that
// finds no free place, or a segment label taller or wider than its segment,
// is left out (the report's tables carry every value).
class LabelLayer : public QObject {
  public:
    LabelLayer(QChart* chart, QAbstractSeries* anchor, const Panel& panel, double scale)
        : QObject(chart),
          chart_(chart),
          anchor_(anchor),
          horizontal_(panel.horizontal),
          bar_width_(panel.stacked ? 0.6 : 0.5),
          // Above a line's dot marker, not on it.
          lift_(panel.bars.empty() ? 8 : 5),
          scale_(scale),
          on_bars_(!panel.bars.empty()) {
        for (const auto& l : panel.labels) {
            auto* item = new QGraphicsSimpleTextItem(QString::fromStdString(l.text), chart);
            item->setFont(chart_font(px(12 * scale), !l.inside));
            item->setBrush(l.inside ? QColor(Qt::white) : color_of(l.color, "#222222"));
            item->setZValue(100);
            auto* leader = new QGraphicsLineItem(chart);
            leader->setPen(QPen(color_of(l.color, "#777777"), 0.8));
            leader->setZValue(99);
            leader->hide();
            items_.push_back({item, leader, l});
        }
        for (const auto& l : panel.lines) lines_.push_back({l.x, l.y, l.markers});
        QObject::connect(chart, &QChart::plotAreaChanged, this, [this] { relayout(); });
    }
    // The lines' segments and dot markers as laid out, in the chart's coordinates: no label may cross them.
    std::vector<QLineF> segments() const {
        std::vector<QLineF> out;
        for (const auto& l : lines_)
            for (size_t i = 1; i < l.x.size() && i < l.y.size(); ++i)
                out.emplace_back(at(l.x[i - 1], l.y[i - 1]), at(l.x[i], l.y[i]));
        return out;
    }
    std::vector<QRectF> markers() const {
        std::vector<QRectF> out;
        for (const auto& l : lines_)
            for (size_t i = 0; l.markers && i < l.x.size() && i < l.y.size(); ++i) {
                const QPointF p = at(l.x[i], l.y[i]);
                out.emplace_back(p.x() - kMarker / 2, p.y() - kMarker / 2, kMarker, kMarker);
            }
        return out;
    }
    static constexpr double kMarker = 9;  // a dot of 7 px and its pen
    void relayout() {
        if (!anchor_) return;
        const QRectF bounds(QPointF(0, 0), chart_->size());
        std::vector<QRectF> placed;
        const std::vector<QLineF> segments = this->segments();
        const std::vector<QRectF> markers = this->markers();
        auto free = [&](const QRectF& r) {
            if (!bounds.contains(r)) return false;
            for (const QRectF& p : placed)
                if (p.adjusted(-1, -1, 1, 1).intersects(r)) return false;
            // Never on a line (a dashed requirement, a target, the projection) or a dot.
            for (const QRectF& m : markers)
                if (m.intersects(r)) return false;
            for (const QLineF& line : segments)
                if (crosses(line, r.adjusted(-1, -1, 1, 1))) return false;
            return true;
        };
        // Labels above or beside their point first (totals, shortfalls), then those inside segments.
        for (int pass = 0; pass < 2; ++pass)
            for (auto& [item, leader, l] : items_) {
                if (l.inside != (pass == 1)) continue;
                const QPointF pos = at(l.x, l.y);
                QSizeF box = item->boundingRect().size();
                auto place = [&](QPointF top_left) {
                    QRectF r(top_left, box);
                    // Kept inside the chart sideways: a label at the last point may not run off its edge.
                    if (r.right() > bounds.right()) r.moveRight(bounds.right());
                    if (r.left() < bounds.left()) r.moveLeft(bounds.left());
                    return r;
                };
                // Each try: where the label goes, and whether it has moved off its point (a leader shows whose
                // it is). One under its point stays inside the plot, clear of the category names.
                struct Try {
                    QRectF r;
                    bool moved = false;
                };
                std::vector<Try> tries;
                const double plot_bottom = chart_->plotArea().bottom() - 2;
                auto under = [&](QPointF top_left) {
                    const QRectF r = place(top_left);
                    if (r.bottom() <= plot_bottom) tries.push_back({r, false});
                };
                if (l.inside) {
                    const QPointF a = at(l.x - bar_width_ / 2, l.y - l.span / 2),
                                  b = at(l.x + bar_width_ / 2, l.y + l.span / 2);
                    const double across = horizontal_ ? std::abs(a.y() - b.y()) : std::abs(a.x() - b.x());
                    const double along = horizontal_ ? std::abs(a.x() - b.x()) : std::abs(a.y() - b.y());
                    // A segment narrower than the text at its size (a dock's narrow bars) gets it a little
                    // smaller, down to 9 px, before it goes without.
                    QFont font = chart_font(px(12 * scale_), false);
                    for (; font.pixelSize() >= 9; font.setPixelSize(font.pixelSize() - 1)) {
                        item->setFont(font);
                        box = item->boundingRect().size();
                        const bool fits = horizontal_ ? box.width() + 4 <= along && box.height() <= across
                                                      : box.width() + 4 <= across && box.height() + 1 <= along;
                        if (!fits) continue;
                        tries.push_back({place({pos.x() - box.width() / 2, pos.y() - box.height() / 2}), false});
                        break;
                    }
                } else if (l.right) {
                    // Right of its point; where the chart's edge or a line is in the way, left of it, above or below.
                    const double h = box.height();
                    tries.push_back({place({pos.x() + lift_ + 2, pos.y() - h / 2}), false});
                    tries.push_back({place({pos.x() - lift_ - 2 - box.width(), pos.y() - h / 2}), false});
                    tries.push_back({place({pos.x() - box.width() / 2, pos.y() - h - lift_}), false});
                    under({pos.x() - box.width() / 2, pos.y() + lift_});
                    for (int k : {1, -1, 2, -2})
                        tries.push_back({place({pos.x() + lift_ + 2, pos.y() - h / 2 + k * (h + 2)}), true});
                } else if (horizontal_) {
                    tries.push_back({place({pos.x() + 4, pos.y() - box.height() / 2}), false});
                } else {
                    const QPointF base(pos.x() - box.width() / 2, pos.y() - box.height() - lift_);
                    tries.push_back({place(base), false});
                    if (!on_bars_) {
                        // A point of a line: beside it above, or below it, where the line does not run.
                        const double side = box.width() / 2 + lift_ / 2;
                        tries.push_back({place(base + QPointF(side, 0)), false});
                        tries.push_back({place(base - QPointF(side, 0)), false});
                        under({base.x(), pos.y() + lift_});
                        under({base.x() + side, pos.y() + lift_});
                        under({base.x() - side, pos.y() + lift_});
                    }
                    for (int k = 1; k <= 6; ++k)
                        tries.push_back({place(base - QPointF(0, k * (box.height() + 2))), true});
                }
                item->hide();
                leader->hide();
                for (const auto& [r, moved] : tries) {
                    if (!free(r)) continue;
                    item->setPos(r.topLeft());
                    item->show();
                    placed.push_back(r);
                    if (moved) {  // moved off its point: a leader line shows whose it is
                        const QPointF end = l.right ? QPointF(r.left() - 1, r.center().y())
                                                    : QPointF(std::clamp(pos.x(), r.left(), r.right()), r.bottom());
                        leader->setLine(QLineF(QPointF(pos.x(), pos.y() - (l.right ? 0 : 2)), end));
                        leader->show();
                    }
                    break;
                }
            }
    }

  private:
    QPointF at(double x, double y) const {
        return chart_->mapToPosition(horizontal_ ? QPointF(y, x) : QPointF(x, y), anchor_);
    }
    // Whether a line segment runs through a rectangle.
    static bool crosses(const QLineF& line, const QRectF& r) {
        if (r.contains(line.p1()) || r.contains(line.p2())) return true;
        const QLineF edges[] = {{r.topLeft(), r.topRight()},
                                {r.topRight(), r.bottomRight()},
                                {r.bottomRight(), r.bottomLeft()},
                                {r.bottomLeft(), r.topLeft()}};
        for (const QLineF& e : edges)
            if (line.intersects(e, nullptr) == QLineF::BoundedIntersection) return true;
        return false;
    }
    struct Item {
        QGraphicsSimpleTextItem* item;
        QGraphicsLineItem* leader;
        PointLabel label;
    };
    struct LineGeometry {
        std::vector<double> x, y;
        bool markers;
    };
    QChart* chart_;
    QPointer<QAbstractSeries> anchor_;
    bool horizontal_;
    double bar_width_;
    double lift_;
    double scale_;
    bool on_bars_;
    std::vector<Item> items_;
    std::vector<LineGeometry> lines_;
};

// How a panel's chart is drawn: standalone (a live view in the desktop app:
// Qt Charts' own title, legend and axis titles) or framed by paint_chart,
// which writes the title, legend, unit and long category names itself, so
// that they wrap instead of being cut.
struct PanelStyle {
    bool framed = false;
    double scale = 1;
    double label_column = 0;  ///< framed horizontal panels: room left of the bars for the category names
    double label_row = 0;     ///< framed vertical panels: room under the bars for the category names
    double plot_height = 0;   ///< framed: about how tall the plot will be, to space the value ticks
};

std::unique_ptr<QChart> panel_chart(const ChartModel& model, const Panel& panel, const std::string& title,
                                    bool title_big, const PanelStyle& style = {}) {
    const double k = style.scale;
    auto chart = std::make_unique<QChart>();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(locale_of(model.lang));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(8 + static_cast<int>(style.label_column), style.framed ? 4 : 8, 8,
                               8 + static_cast<int>(style.label_row)));
    if (!style.framed) {
        chart->setTitle(rich(title));
        chart->setTitleFont(chart_font(title_big ? 20 : 15, true));
        chart->setTitleBrush(QColor("#222222"));
    }
    chart->legend()->setVisible(model.show_legend && !style.framed);
    chart->legend()->setFont(chart_font(13));
    chart->legend()->setAlignment(Qt::AlignBottom);

    QStringList categories;
    for (const auto& c : panel.categories) categories << rich(c);
    auto* cat_axis = new QBarCategoryAxis;
    cat_axis->append(categories);
    cat_axis->setLabelsFont(chart_font(px(13 * k)));
    cat_axis->setTitleFont(chart_font(px(13 * k)));
    // Framed, the category names are drawn by the scene, wrapped (and the years need no title).
    if (!panel.category_title.empty() && !style.framed) cat_axis->setTitleText(rich(panel.category_title));
    cat_axis->setGridLineVisible(false);
    if (style.framed) cat_axis->setLabelsVisible(false);
    auto* val_axis = new QValueAxis;
    ValueAxis axis = panel.axis;
    if (style.framed && style.plot_height > 0 && !panel.horizontal) {
        // Fewer ticks on a short plot: Qt Charts cuts tick labels closer than their height.
        const int fit = static_cast<int>((style.plot_height - 20) / (px(13 * k) * 2.5)) + 1;
        if (fit < axis.ticks) axis = nice_axis(axis.min, axis.max, axis.title, std::max(2, fit));
        // Too short for two tick labels: none (the points carry their values).
        if (fit < 2) val_axis->setLabelsVisible(false);
    }
    val_axis->setRange(axis.min, axis.max);
    val_axis->setTickCount(std::max(2, axis.ticks));
    val_axis->setLabelFormat(QStringLiteral("%.%1f").arg(axis.decimals));
    val_axis->setLabelsFont(chart_font(px(13 * k)));
    val_axis->setTitleFont(chart_font(13));
    if (!style.framed) val_axis->setTitleText(rich(panel.axis.title));
    val_axis->setGridLineColor(QColor("#dddddd"));
    chart->addAxis(cat_axis, panel.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(val_axis, panel.horizontal ? Qt::AlignBottom : Qt::AlignLeft);

    QAbstractSeries* anchor = nullptr;
    auto attach = [&](QAbstractSeries* series) {
        chart->addSeries(series);
        series->attachAxis(cat_axis);
        series->attachAxis(val_axis);
        if (!anchor) anchor = series;
    };

    if (!panel.bars.empty()) {
        QAbstractBarSeries* bars = nullptr;
        if (panel.horizontal)
            bars = panel.stacked ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries)
                                 : new QHorizontalBarSeries;
        else
            bars = panel.stacked ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries) : new QBarSeries;
        bars->setBarWidth(panel.stacked ? 0.6 : 0.5);
        for (const auto& b : panel.bars) {
            auto* set = new QBarSet(rich(b.name));
            for (double v : b.values) *set << v;
            set->setColor(color_of(b.color));
            set->setBorderColor(Qt::white);
            if (!b.highlighted.empty()) {
                set->setSelectedColor(color_of(b.highlight_color, "#d62728"));
                for (int i : b.highlighted) set->selectBar(i);
            }
            bars->append(set);
        }
        attach(bars);
    }
    if (panel.band) {
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        for (size_t i = 0; i < panel.band->x.size(); ++i) {
            upper->append(panel.band->x[i], panel.band->upper[i]);
            lower->append(panel.band->x[i], panel.band->lower[i]);
        }
        auto* area = new QAreaSeries(upper, lower);
        area->setName(rich(panel.band->name));
        QColor fill = color_of(panel.band->color);
        fill.setAlphaF(0.28);
        area->setBrush(fill);
        area->setPen(QPen(color_of(panel.band->color), 1));
        attach(area);
    }
    std::set<std::string> named;
    for (const auto& l : panel.lines) {
        auto* line = new QLineSeries;
        line->setName(rich(l.name));
        for (size_t i = 0; i < l.x.size() && i < l.y.size(); ++i) line->append(l.x[i], l.y[i]);
        QPen pen(color_of(l.color), 2.5);
        if (l.dashed) pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        line->setPointsVisible(l.markers);
        line->setMarkerSize(7);
        attach(line);
        // Segments of one line (e.g. a requirement per year) share one legend entry.
        if (!named.insert(l.name).second)
            for (auto* marker : chart->legend()->markers(line)) marker->setVisible(false);
    }
    if (anchor) {
        auto* layer = new LabelLayer(chart.get(), anchor, panel, k);
        (void)layer;
    }
    return chart;
}

void lay_out(QChart* chart, const QRectF& rect) {
    chart->setGeometry(rect);
    // Lay out now without running the event loop: paint_chart may be called
    // from a widget's paintEvent, where processEvents() would re-enter.
    if (chart->layout()) chart->layout()->activate();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    // The labels follow plotAreaChanged; place them once more in case it fired early.
    for (auto* child : chart->children())
        if (auto* layer = dynamic_cast<LabelLayer*>(child)) layer->relayout();
}

// A text that wraps within `width` (at spaces, or between any two characters
// in Chinese), never cut. Its top left at (x, y).
QGraphicsTextItem* add_text(QGraphicsScene& scene, const QString& text, const QFont& font, const QColor& color,
                            QPointF at, double width, Qt::Alignment align = Qt::AlignLeft) {
    auto* item = new QGraphicsTextItem;
    item->setFont(font);
    item->setDefaultTextColor(color);
    item->document()->setDocumentMargin(0);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    item->document()->setDefaultTextOption(option);
    item->setPlainText(text);
    item->setTextWidth(width);
    item->setPos(at);
    item->setZValue(10);  // over the charts' white backgrounds
    scene.addItem(item);
    return item;
}

// The width a text takes on one line, or `width` when it has to wrap.
double natural_width(const QString& text, const QFont& font, double width) {
    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setDefaultFont(font);
    doc.setPlainText(text);
    return std::min(width, std::ceil(doc.idealWidth()) + 1);
}

struct LegendEntry {
    QString name;
    QColor color;
    enum { box, line, band } swatch;
    bool dashed;
};

std::vector<LegendEntry> legend_entries(const ChartModel& model) {
    std::vector<LegendEntry> entries;
    std::set<std::string> seen;
    for (const Panel& p : model.panels) {
        if (p.band && seen.insert(p.band->name).second)
            entries.push_back(
                {QString::fromStdString(p.band->name), color_of(p.band->color), LegendEntry::band, false});
        for (const auto& b : p.bars)
            if (seen.insert(b.name).second)
                entries.push_back({QString::fromStdString(b.name), color_of(b.color), LegendEntry::box, false});
        for (const auto& l : p.lines)
            if (seen.insert(l.name).second)
                entries.push_back({QString::fromStdString(l.name), color_of(l.color), LegendEntry::line, l.dashed});
    }
    return entries;
}

// The legend in rows, each centred, from `bottom` upwards; returns its top.
double add_legend(QGraphicsScene& scene, const ChartModel& model, const QRectF& area, double k) {
    const auto entries = legend_entries(model);
    if (entries.empty() || !model.show_legend) return area.bottom();
    const QFont font = chart_font(px(13 * k));
    const double gap = 6, spacing = 18 * k, max_text = area.width() - 40;
    struct Placed {
        const LegendEntry* e;
        double swatch, text_w;
    };
    std::vector<std::vector<Placed>> rows(1);
    double row_w = 0;
    for (const auto& e : entries) {
        const double swatch = e.swatch == LegendEntry::line ? 22 : 12;
        const double text_w = natural_width(e.name, font, max_text);
        const double w = swatch + gap + text_w;
        if (!rows.back().empty() && row_w + spacing + w > area.width()) {
            rows.emplace_back();
            row_w = 0;
        }
        row_w += (rows.back().empty() ? 0 : spacing) + w;
        rows.back().push_back({&e, swatch, text_w});
    }
    // Laid out top-down below a provisional top, then moved up to end at the area's bottom.
    std::vector<QGraphicsItem*> made;
    double y = 0;
    for (const auto& row : rows) {
        double w = 0, h = 0;
        for (const auto& p : row) w += (w > 0 ? spacing : 0) + p.swatch + gap + p.text_w;
        double x = area.left() + std::max(0.0, (area.width() - w) / 2);
        std::vector<std::pair<QGraphicsTextItem*, const Placed*>> texts;
        for (const auto& p : row) {
            auto* t = add_text(scene, p.e->name, font, QColor("#222222"), QPointF(x + p.swatch + gap, y), p.text_w);
            texts.emplace_back(t, &p);
            h = std::max(h, t->boundingRect().height());
            made.push_back(t);
            x += p.swatch + gap + p.text_w + spacing;
        }
        for (auto& [t, p] : texts) {
            const double line_h = QFontMetricsF(font).height();
            const double cy = y + line_h / 2, sx = t->pos().x() - gap - p->swatch;
            QGraphicsItem* sw = nullptr;
            if (p->e->swatch == LegendEntry::line) {
                QPen pen(p->e->color, 3);
                if (p->e->dashed) pen.setStyle(Qt::DashLine);
                sw = scene.addLine(QLineF(sx, cy, sx + p->swatch, cy), pen);
            } else {
                QColor fill = p->e->color;
                if (p->e->swatch == LegendEntry::band) fill.setAlphaF(0.28);
                sw = scene.addRect(QRectF(sx, cy - 6, 12, 12), QPen(p->e->color, 1), fill);
            }
            made.push_back(sw);
        }
        y += h + 4;
    }
    const double top = area.bottom() - y;
    for (auto* item : made) item->moveBy(0, top);
    return top;
}

// A chart laid out as a scene of text items and Qt charts: the title and the
// legend wrap within the width, panels share the space left in a grid.
class ChartScene {
  public:
    ChartScene(const ChartModel& model, QSizeF size) {
        scene_.setSceneRect(QRectF(QPointF(0, 0), size));
        const double k = text_scale(size);
        QRectF area(8, 6, size.width() - 16, size.height() - 12);
        if (!model.title.empty()) {
            auto* t = add_text(scene_, QString::fromStdString(model.title), chart_font(px(20 * k), true),
                               QColor("#222222"), area.topLeft(), area.width(), Qt::AlignHCenter);
            area.setTop(area.top() + t->boundingRect().height() + 6);
        }
        if (!model.note.empty()) {
            auto* t = add_text(scene_, QString::fromStdString(model.note), chart_font(px(13 * k)), QColor("#555555"),
                               QPointF(area.left() + 4, 0), area.width() - 8);
            const double h = t->boundingRect().height();
            t->setY(area.bottom() - h);
            area.setBottom(area.bottom() - h - 6);
        }
        area.setBottom(add_legend(scene_, model, area, k) - 4);
        const int n = static_cast<int>(model.panels.size());
        if (n == 0) return;
        // Small multiples no narrower than 190 px, so that their years stay whole.
        const int cols = std::max(1, std::min(n <= 3 ? n : n == 4 ? 2 : 3, static_cast<int>(area.width() / 190)));
        const int rows = (n + cols - 1) / cols;
        const double cw = area.width() / cols, ch = area.height() / rows;
        for (int i = 0; i < n; ++i) {
            const Panel& panel = model.panels[static_cast<size_t>(i)];
            QRectF cell(area.left() + (i % cols) * cw, area.top() + (i / cols) * ch, cw, ch);
            if (n > 1 && !panel.title.empty()) {
                auto* t =
                    add_text(scene_, QString::fromStdString(panel.title), chart_font(px(15 * k), true),
                             QColor("#222222"), cell.topLeft() + QPointF(4, 0), cell.width() - 8, Qt::AlignHCenter);
                cell.setTop(cell.top() + t->boundingRect().height() + 2);
            }
            // The value axis' title (its unit) where it has the chart's width: above
            // the plot when values run up, under it when they run across.
            QGraphicsTextItem* unit = nullptr;
            if (!panel.axis.title.empty()) {
                unit = add_text(scene_, QString::fromStdString(panel.axis.title), chart_font(px(13 * k)),
                                QColor("#444444"), cell.topLeft() + QPointF(10, 0), cell.width() - 20,
                                panel.horizontal ? Qt::AlignHCenter : Qt::AlignLeft);
                const double h = unit->boundingRect().height();
                if (panel.horizontal) {
                    unit->setY(cell.bottom() - h);
                    cell.setBottom(cell.bottom() - h);
                } else {
                    cell.setTop(cell.top() + h);
                }
            }
            // Long category names (horizontal bars) wrap in a column left of the bars.
            PanelStyle style{true, k, 0, 0, 0};
            const QFont cat_font = chart_font(px(13 * k));
            const size_t n_cat = std::max<size_t>(1, panel.categories.size());
            // Category names under vertical bars wrap within their slot (about: the plot's width is not known yet).
            const double slot = (cell.width() - 70) / static_cast<double>(n_cat);
            std::vector<QGraphicsTextItem*> names;
            for (const auto& c : panel.categories) {
                QGraphicsTextItem* t =
                    panel.horizontal
                        ? add_text(scene_, QString::fromStdString(c), cat_font, QColor("#333333"), QPointF(),
                                   natural_width(QString::fromStdString(c), cat_font, cell.width() * 0.4),
                                   Qt::AlignRight)
                        : add_text(scene_, QString::fromStdString(c), cat_font, QColor("#333333"), QPointF(),
                                   std::max(20.0, slot - 4), Qt::AlignHCenter);
                names.push_back(t);
                if (panel.horizontal)
                    style.label_column = std::max(style.label_column, t->textWidth());
                else
                    style.label_row = std::max(style.label_row, t->boundingRect().height());
            }
            if (panel.horizontal)
                for (auto* t : names) t->setTextWidth(style.label_column);
            style.plot_height = cell.height() - style.label_row - (panel.horizontal ? 0 : 40);
            auto chart = panel_chart(model, panel, panel.title, false, style);
            QChart* c = chart.get();
            scene_.addItem(chart.release());  // the scene owns it now
            lay_out(c, cell);
            if (unit && !panel.horizontal && !c->series().isEmpty())  // over the tick labels, not the chart's edge
                unit->setX(std::max(cell.left() + 4, c->mapToScene(c->plotArea().topLeft()).x() - 30));
            if (c->series().isEmpty()) {
                for (auto* t : names) t->hide();
                continue;
            }
            // Names placed largest category first; one that would cover a name placed is left
            // out (a chart too small for them all: the report's tables name every category).
            std::vector<size_t> order(names.size());
            std::vector<double> totals(names.size(), 0);
            for (size_t ci = 0; ci < names.size(); ++ci) {
                order[ci] = ci;
                for (const auto& b : panel.bars)
                    if (ci < b.values.size()) totals[ci] += b.values[ci];
            }
            add_spots(c, panel, cell);
            for (auto* child : c->children())
                if (auto* layer = dynamic_cast<LabelLayer*>(child)) {
                    for (const QLineF& l : layer->segments())
                        marks_.segments.emplace_back(c->mapToScene(l.p1()), c->mapToScene(l.p2()));
                    for (const QRectF& r : layer->markers()) marks_.dots.push_back(c->mapRectToScene(r));
                }
            std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return totals[a] > totals[b]; });
            std::vector<QRectF> placed;
            for (size_t ci : order) {
                QGraphicsTextItem* t = names[ci];
                const QSizeF box = t->boundingRect().size();
                const QPointF p = category_at(c, panel, static_cast<double>(ci));
                if (panel.horizontal)
                    t->setPos(cell.left() + 8, p.y() - box.height() / 2);
                else
                    t->setPos(p.x() - box.width() / 2, p.y() + 6);
                const QRectF r(t->pos(), box);
                bool clash = false;
                for (const QRectF& q : placed) clash = clash || q.intersects(r);
                if (clash) {
                    t->hide();
                    continue;
                }
                placed.push_back(r);
            }
        }
    }
    void render(QPainter& painter, const QRectF& target) { scene_.render(&painter, target, scene_.sceneRect()); }

    const std::vector<ChartSpot>& spots() const { return spots_; }
    const ChartMarks& marks() const { return marks_; }

    std::vector<ChartText> texts() const {
        std::vector<ChartText> out;
        for (QGraphicsItem* item : scene_.items()) {
            if (!item->isVisible()) continue;
            if (auto* t = dynamic_cast<QGraphicsTextItem*>(item)) {
                const QString text = t->toPlainText();
                if (text.trimmed().isEmpty()) continue;
                // The inked lines, not the item's box (which has the document's margin around it).
                QRectF box;
                for (QTextBlock b = t->document()->begin(); b.isValid(); b = b.next()) {
                    const QTextLayout* layout = b.layout();
                    if (!layout) continue;
                    for (int l = 0; l < layout->lineCount(); ++l) {
                        const QTextLine line = layout->lineAt(l);
                        if (line.naturalTextWidth() <= 0) continue;
                        box |= line.naturalTextRect().translated(layout->position());
                    }
                }
                out.push_back({text.toStdString(), t->mapRectToScene(box)});
            } else if (auto* s = dynamic_cast<QGraphicsSimpleTextItem*>(item)) {
                if (s->text().trimmed().isEmpty()) continue;
                out.push_back({s->text().toStdString(), s->sceneBoundingRect()});
            }
        }
        return out;
    }

  private:
    // Where a category's bars stand on the value axis' zero, in the scene.
    static QPointF category_at(QChart* c, const Panel& panel, double ci) {
        return c->mapToScene(c->mapToPosition(
            panel.horizontal ? QPointF(panel.axis.min, ci) : QPointF(ci, panel.axis.min), c->series().first()));
    }

    // A band across the cell for each category with details, centred on where its bars stand
    // and as deep as the step between two categories.
    void add_spots(QChart* c, const Panel& panel, const QRectF& cell) {
        const size_t n = std::min(panel.categories.size(), panel.category_details.size());
        if (n == 0) return;
        const QPointF first = category_at(c, panel, 0), next = category_at(c, panel, 1);
        const double step = panel.horizontal ? std::abs(next.y() - first.y()) : std::abs(next.x() - first.x());
        for (size_t ci = 0; ci < n; ++ci) {
            const QPointF p = category_at(c, panel, static_cast<double>(ci));
            const QRectF box = panel.horizontal ? QRectF(cell.left(), p.y() - step / 2, cell.width(), step)
                                                : QRectF(p.x() - step / 2, cell.top(), step, cell.height());
            spots_.push_back({box, panel.category_details[ci]});
        }
    }

    QGraphicsScene scene_;
    std::vector<ChartSpot> spots_;
    ChartMarks marks_;
};

}  // namespace

ChartMarks chart_marks(const ChartModel& model, QSize size) {
    ChartScene scene(model, QSizeF(size));
    return scene.marks();
}

std::vector<ChartSpot> chart_spots(const ChartModel& model, QSize size) {
    ChartScene scene(model, QSizeF(size));
    return scene.spots();
}

QSize size_with_room_for_legend(const ChartModel& model, QSize size) {
    QGraphicsScene scene;
    const QRectF area(8, 6, size.width() - 16, size.height() - 12);
    const double legend = area.bottom() - add_legend(scene, model, area, text_scale(QSizeF(size)));
    const double room = size.height() * 0.25;
    if (legend <= room) return size;
    return QSize(size.width(), static_cast<int>(std::ceil(size.height() + legend - room)));
}

std::vector<std::unique_ptr<QChart>> build_qcharts(const ChartModel& model) {
    std::vector<std::unique_ptr<QChart>> charts;
    if (model.panels.size() == 1) {
        charts.push_back(panel_chart(model, model.panels[0], model.title, true));
        return charts;
    }
    for (const auto& p : model.panels) charts.push_back(panel_chart(model, p, p.title, false));
    return charts;
}

std::unique_ptr<QChart> build_qchart(const ChartModel& model) {
    auto charts = build_qcharts(model);
    if (charts.empty()) return nullptr;
    return std::move(charts.front());
}

void paint_chart(const ChartModel& model, QPainter& painter, const QRectF& rect) {
    painter.save();
    painter.fillRect(rect, Qt::white);
    ChartScene scene(model, rect.size());
    scene.render(painter, rect);
    painter.restore();
}

std::vector<ChartText> chart_texts(const ChartModel& model, QSize size) {
    ChartScene scene(model, QSizeF(size));
    return scene.texts();
}

Result<ImageFormat> image_format_for(const std::string& path) {
    auto dot = path.rfind('.');
    std::string ext = dot == std::string::npos ? "" : path.substr(dot + 1);
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == "png") return ImageFormat::png;
    if (ext == "svg") return ImageFormat::svg;
    if (ext == "pdf") return ImageFormat::pdf;
    return Error{"cannot tell the image format of \"" + path + "\": use a .png, .svg or .pdf name"};
}

namespace {

QByteArray render_bytes(const ChartModel& model, ImageFormat format, QSize size) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QRectF rect(0, 0, size.width(), size.height());
    switch (format) {
        case ImageFormat::png: {
            QImage image(size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            {
                QPainter painter(&image);
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setRenderHint(QPainter::TextAntialiasing);
                paint_chart(model, painter, rect);
            }
            image.save(&buffer, "PNG");
            break;
        }
        case ImageFormat::svg: {
            QSvgGenerator svg;
            svg.setOutputDevice(&buffer);
            svg.setSize(size);
            svg.setViewBox(rect);
            svg.setResolution(96);
            svg.setTitle(QString::fromStdString(model.title).toHtmlEscaped());  // written into <title> verbatim
            QPainter painter(&svg);
            paint_chart(model, painter, rect);
            break;
        }
        case ImageFormat::pdf: {
            PdfFonts fonts;
            QPdfWriter pdf(&buffer);
            pdf.setResolution(96);
            pdf.setPageSize(QPageSize(QSizeF(size.width() * 72.0 / 96.0, size.height() * 72.0 / 96.0), QPageSize::Point,
                                      QString(), QPageSize::ExactMatch));
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
            pdf.setTitle(QString::fromStdString(model.title));
            pdf.setCreator(QString::fromUtf8(kWrittenBy));
            QPainter painter(&pdf);
            paint_chart(model, painter, rect);
            break;
        }
    }
    return bytes;
}

}  // namespace

std::string chart_svg(const ChartModel& model, QSize size) {
    return render_bytes(model, ImageFormat::svg, size).toStdString();
}

Result<bool> render_chart(const ChartModel& model, const std::string& path, QSize size) {
    auto format = image_format_for(path);
    if (!format) return format.error();
    if (size.width() < 200 || size.height() < 150 || size.width() > 8000 || size.height() > 8000)
        return Error{"chart size " + std::to_string(size.width()) + "x" + std::to_string(size.height()) +
                     " is out of range: use 200x150 to 8000x8000"};
    QByteArray bytes = render_bytes(model, *format, size);
    if (*format == ImageFormat::pdf) bytes = fix_pdf_text(std::move(bytes));
    if (bytes.isEmpty()) return Error{"could not render the chart for " + path};
    return planner::write_output(path, std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())));
}

}  // namespace cofund::render
