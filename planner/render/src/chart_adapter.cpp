// SPDX-License-Identifier: GPL-3.0-or-later
// The only file that includes Qt Charts.
#include "cofund/render/chart_adapter.h"

#include <QApplication>
#include <QBuffer>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QSvgGenerator>
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

#include <cmath>
#include <set>

#include "cofund/planner/files.h"
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

// Our own value labels: Qt Charts can only show all or none of a series'
// labels, and cannot centre them in a stacked segment or drop those that do
// not fit. These items follow the plot area as it moves.
class LabelLayer : public QObject {
  public:
    LabelLayer(QChart* chart, QAbstractSeries* anchor, const Panel& panel)
        : QObject(chart),
          chart_(chart),
          anchor_(anchor),
          horizontal_(panel.horizontal),
          // Above a line's dot marker, not on it.
          lift_(panel.bars.empty() ? 8 : 5) {
        for (const auto& l : panel.labels) {
            auto* item = new QGraphicsSimpleTextItem(QString::fromStdString(l.text), chart);
            item->setFont(chart_font(12, !l.inside));
            item->setBrush(l.inside ? QColor(Qt::white) : color_of(l.color, "#222222"));
            item->setZValue(100);
            items_.push_back({item, l});
        }
        QObject::connect(chart, &QChart::plotAreaChanged, this, [this] { relayout(); });
    }
    void relayout() {
        if (!anchor_) return;
        for (auto& [item, l] : items_) {
            QPointF value = horizontal_ ? QPointF(l.y, l.x) : QPointF(l.x, l.y);
            QPointF pos = chart_->mapToPosition(value, anchor_);
            QRectF box = item->boundingRect();
            if (l.inside)
                item->setPos(pos.x() - box.width() / 2, pos.y() - box.height() / 2);
            else if (l.right)
                item->setPos(pos.x() + lift_ + 2, pos.y() - box.height() / 2);
            else if (horizontal_)
                item->setPos(pos.x() + 4, pos.y() - box.height() / 2);
            else
                item->setPos(pos.x() - box.width() / 2, pos.y() - box.height() - lift_);
        }
    }

  private:
    struct Item {
        QGraphicsSimpleTextItem* item;
        PointLabel label;
    };
    QChart* chart_;
    QPointer<QAbstractSeries> anchor_;
    bool horizontal_;
    double lift_;
    std::vector<Item> items_;
};

std::unique_ptr<QChart> panel_chart(const ChartModel& model, const Panel& panel, const std::string& title,
                                    bool title_big) {
    auto chart = std::make_unique<QChart>();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(locale_of(model.lang));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(8, 8, 8, 8));
    chart->setTitle(rich(title));
    chart->setTitleFont(chart_font(title_big ? 20 : 15, true));
    chart->setTitleBrush(QColor("#222222"));
    chart->legend()->setVisible(model.show_legend);
    chart->legend()->setFont(chart_font(13));
    chart->legend()->setAlignment(Qt::AlignBottom);

    QStringList categories;
    for (const auto& c : panel.categories) categories << rich(c);
    auto* cat_axis = new QBarCategoryAxis;
    cat_axis->append(categories);
    cat_axis->setLabelsFont(chart_font(13));
    cat_axis->setTitleFont(chart_font(13));
    if (!panel.category_title.empty()) cat_axis->setTitleText(rich(panel.category_title));
    cat_axis->setGridLineVisible(false);
    auto* val_axis = new QValueAxis;
    val_axis->setRange(panel.axis.min, panel.axis.max);
    val_axis->setTickCount(std::max(2, panel.axis.ticks));
    val_axis->setLabelFormat(QStringLiteral("%.%1f").arg(panel.axis.decimals));
    val_axis->setLabelsFont(chart_font(13));
    val_axis->setTitleFont(chart_font(13));
    val_axis->setTitleText(rich(panel.axis.title));
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
        auto* layer = new LabelLayer(chart.get(), anchor, panel);
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

}  // namespace

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
    QRectF area = rect;
    const double note_h = model.note.empty() ? 0 : 30;
    if (!model.note.empty()) {
        painter.setFont(chart_font(13));
        painter.setPen(QColor("#555555"));
        QRectF note_rect(rect.left() + 12, rect.bottom() - note_h, rect.width() - 24, note_h);
        painter.drawText(note_rect, Qt::AlignLeft | Qt::AlignVCenter, QString::fromStdString(model.note));
        area.setBottom(rect.bottom() - note_h);
    }
    auto charts = build_qcharts(model);
    if (charts.size() != 1) {
        painter.setFont(chart_font(20, true));
        painter.setPen(QColor("#222222"));
        QRectF title_rect(rect.left(), rect.top() + 6, rect.width(), 36);
        painter.drawText(title_rect, Qt::AlignCenter, QString::fromStdString(model.title));
        area.setTop(rect.top() + 44);
    }
    if (charts.empty()) {
        painter.restore();
        return;
    }
    int n = static_cast<int>(charts.size());
    if (n > 1) {
        // Small multiples share one legend under the grid, so entries are never cut to fit a panel.
        for (auto& c : charts) c->legend()->setVisible(false);
        struct Entry {
            QString name;
            QColor color;
            bool dashed;
        };
        std::vector<Entry> entries;
        std::set<std::string> seen;
        const Panel& first = model.panels.front();
        if (first.band && seen.insert(first.band->name).second)
            entries.push_back({QString::fromStdString(first.band->name), color_of(first.band->color), false});
        for (const auto& b : first.bars)
            if (seen.insert(b.name).second)
                entries.push_back({QString::fromStdString(b.name), color_of(b.color), false});
        for (const auto& l : first.lines)
            if (seen.insert(l.name).second)
                entries.push_back({QString::fromStdString(l.name), color_of(l.color), l.dashed});
        QFont f = chart_font(13);
        QFontMetricsF fm(f, painter.device());
        const double swatch = 22, spacing = 18, legend_h = 30;
        double total = 0;
        for (const auto& e : entries) total += swatch + 6 + fm.horizontalAdvance(e.name) + spacing;
        double x = area.left() + std::max(0.0, (area.width() - total) / 2);
        const double y = area.bottom() - legend_h / 2;
        painter.setFont(f);
        for (const auto& e : entries) {
            QPen pen(e.color, 3);
            if (e.dashed) pen.setStyle(Qt::DashLine);
            painter.setPen(pen);
            painter.drawLine(QPointF(x, y), QPointF(x + swatch, y));
            x += swatch + 6;
            painter.setPen(QColor("#222222"));
            double w = fm.horizontalAdvance(e.name);
            painter.drawText(QRectF(x, y - legend_h / 2, w + 2, legend_h), Qt::AlignLeft | Qt::AlignVCenter, e.name);
            x += w + spacing;
        }
        area.setBottom(area.bottom() - legend_h);
    }
    int cols = n <= 3 ? n : n == 4 ? 2 : 3;
    int rows = (n + cols - 1) / cols;
    double cw = area.width() / cols, ch = area.height() / rows;
    QGraphicsScene scene;
    for (int i = 0; i < n; ++i) {
        QChart* chart = charts[static_cast<size_t>(i)].get();
        scene.addItem(chart);
        QRectF cell(0, 0, cw, ch);
        lay_out(chart, cell);
        QRectF target(area.left() + (i % cols) * cw, area.top() + (i / cols) * ch, cw, ch);
        scene.setSceneRect(cell);
        scene.render(&painter, target, cell);
        scene.removeItem(chart);
    }
    painter.restore();
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
            pdf.setCreator(QStringLiteral("Cofund"));
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
