// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_panel.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QToolTip>
#include <QVBoxLayout>

#include "app_language.h"
#include "budget_view.h"
#include "document.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>

#include "cofund/render/chart_adapter.h"
#include "cofund/render/chart_model.h"

namespace cofund::ui {

// Small multiples, bars across and empty charts (with their note) are painted
// whole by the adapter, exactly as `cofund chart` renders them.
class ChartCanvas : public QWidget {
  public:
    using QWidget::QWidget;
    void setModel(render::ChartModel model) {
        model_ = std::move(model);
        update();
    }

  protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const double k = scale();
        painter.scale(k, k);
        render::paint_chart(model_, painter, QRectF(0, 0, width() / k, height() / k));
    }

    // A pointer resting on a category shows its name and exact amounts: a chart this
    // small may leave some names out.
    bool event(QEvent* e) override {
        if (e->type() != QEvent::ToolTip) return QWidget::event(e);
        const auto* help = static_cast<QHelpEvent*>(e);
        const double k = scale();
        const QPointF at = help->pos() / k;
        for (const render::ChartSpot& spot :
             render::chart_spots(model_, QSize(qRound(width() / k), qRound(height() / k)))) {
            if (!spot.box.contains(at)) continue;
            const QRect box(QPointF(spot.box.topLeft() * k).toPoint(), QPointF(spot.box.bottomRight() * k).toPoint());
            QToolTip::showText(help->globalPos(), QString::fromStdString(spot.text), this, box);
            return true;
        }
        QToolTip::hideText();
        e->ignore();
        return true;
    }

    // Laid out for the panel's own size (the scene puts the small multiples in as
    // many columns as fit, 190 px each); scaled down only below 400 px, the
    // smallest size the charts are checked at. Painted 860 px wide and scaled to
    // the dock, their text was about 5 px tall (issue 29, item 16).
  public:
    double scale() const { return model_.panels.size() > 1 ? std::min(1.0, width() / 400.0) : 1.0; }

  private:

    render::ChartModel model_;
};

namespace {
// Qt Charts lays its legend out on one row and elides the names that do not
// fit: in the panel beside the editors, Russian gave "Спецфонд бюджета СУ…" at
// 1366×768. The panel hides that legend and shows the same entries in a label
// below the chart, each name whole, wrapping between entries, never inside one.
QString legendHtml(const QChart& chart) {
    QStringList entries;
    for (QLegendMarker* marker : chart.legend()->markers()) {
        if (!marker->isVisible()) continue;
        const QColor colour =
            marker->type() == QLegendMarker::LegendMarkerTypeXY ? marker->pen().color() : marker->brush().color();
        QString name = marker->label();  // escaped already: the adapter's texts are rich text
        name.replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
        // Chinese breaks between any two characters ("合 / 作单位出资", "要求：累计财政经 / 费"): a
        // word joiner beside each ideograph and full-width sign keeps an entry on one line, so the
        // legend wraps between entries only. (Never inside an entity: "&", ";" are not CJK.)
        auto cjk = [](QChar c) {
            return c.script() == QChar::Script_Han || (c.unicode() >= 0x3000 && c.unicode() <= 0x303F) ||
                   (c.unicode() >= 0xFF00 && c.unicode() <= 0xFFEF);
        };
        QString joined;
        for (qsizetype i = 0; i < name.size(); ++i) {
            if (i > 0 && (cjk(name.at(i - 1)) || cjk(name.at(i)))) joined += QChar(0x2060);
            joined += name.at(i);
        }
        entries << QStringLiteral("<span style=\"color:%1\">\u25A0</span>&nbsp;%2").arg(colour.name(), joined);
    }
    return entries.join(QStringLiteral("&nbsp;&nbsp;&nbsp; "));
}
// A label's text set again, even unchanged, lays the panel out again, and its wrapped
// labels' heights are measured anew: 5 ms of an edit's refresh.
void setTextIfChanged(QLabel* label, const QString& text) {
    if (label->text() != text) label->setText(text);
}
}  // namespace

ChartPanel::ChartPanel(Document* doc, QWidget* parent) : QWidget(parent), doc_(doc) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* bar = new QHBoxLayout;
    kind_ = new ElidingComboBox(this);
    export_ = new QPushButton(this);
    export_->setObjectName(QStringLiteral("exportChart"));
    bar->addWidget(kind_, 1);
    bar->addWidget(export_);
    layout->addLayout(bar);
    title_ = new QLabel(this);
    title_->setObjectName(QStringLiteral("chartTitle"));
    title_->setTextFormat(Qt::PlainText);
    title_->setWordWrap(true);
    title_->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    QFont titleFont = title_->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() + 1);
    title_->setFont(titleFont);
    title_->hide();
    layout->addWidget(title_);
    view_ = new QChartView(this);
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setMinimumHeight(220);
    layout->addWidget(view_, 1);
    legend_ = new QLabel(this);
    legend_->setObjectName(QStringLiteral("chartLegend"));
    legend_->setTextFormat(Qt::RichText);
    legend_->setWordWrap(true);
    legend_->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    legend_->hide();
    layout->addWidget(legend_);
    canvas_ = new ChartCanvas(this);
    canvas_->setObjectName(QStringLiteral("chartCanvas"));
    canvas_->setMinimumHeight(220);
    canvas_->hide();
    layout->addWidget(canvas_, 1);
    connect(kind_, &QComboBox::currentIndexChanged, this, &ChartPanel::refresh);
    connect(doc, &Document::planChanged, this, &ChartPanel::refresh);
    connect(export_, &QPushButton::clicked, this, &ChartPanel::exportChart);
    retranslate();
}

void ChartPanel::retranslate() {
    const int current = std::max(0, kind_->currentIndex());
    const QSignalBlocker block(kind_);
    kind_->clear();
    kind_->addItem(tr("Spending by year and source"), QStringLiteral("spend"));
    kind_->addItem(tr("Spending by category"), QStringLiteral("categories"));
    kind_->addItem(tr("Co-funding ratio"), QStringLiteral("ratio"));
    kind_->addItem(tr("Indicators against targets"), QStringLiteral("indicators"));
    kind_->addItem(tr("Projection risk"), QStringLiteral("risk"));
    kind_->setCurrentIndex(current);
    export_->setText(tr("Export…"));
    export_->setToolTip(tr("Save this chart as PNG or SVG"));
    refresh();
}

void ChartPanel::setKind(const QString& id) {
    const int i = kind_->findData(id);
    if (i >= 0) kind_->setCurrentIndex(i);
}

void ChartPanel::refresh() {
    if (!doc_) return;
    auto kind = render::chart_kind_from_id(kind_->currentData().toString().toStdString());
    if (!kind) return;
    render::ChartModel model = render::make_chart(*kind, doc_->plan(), doc_->catalog(), doc_->summary(), lang());
    // Bars across (the categories) are painted too: their names wrap in a column left of the
    // bars, where Qt Charts' axis elides each to "…" in a panel this size.
    if (model.panels.size() != 1 || model.panels.front().horizontal) {
        canvas_->setModel(std::move(model));
        view_->hide();
        title_->hide();
        legend_->hide();
        canvas_->show();
        return;
    }
    canvas_->hide();
    view_->show();
    // The title as a wrapping label above the chart: Qt Charts elides a long one
    // ("Co-funding, fiscal : self-raised 1 : 1.1827 (require…" at 1366×768).
    // A ratio's "1 : 1.1827" stays on one line.
    setTextIfChanged(
        title_, QString::fromStdString(model.title).replace(QStringLiteral(" : "), QStringLiteral("\u00A0:\u00A0")));
    title_->setVisible(!model.title.empty());
    model.title.clear();
    std::unique_ptr<QChart> chart = render::build_qchart(model);
    if (!chart) return;
    chart->setMargins(QMargins(4, 4, 4, 4));
    QChart* old = view_->chart();
    view_->setChart(chart.release());
    delete old;
    // The legend as a wrapping label below the chart (legendHtml), a little smaller than a rendered chart's;
    // read once the chart is in its view, which makes the legend's markers.
    QLegend* legend = view_->chart()->legend();
    if (legend && model.show_legend) {
        QFont f = legend->font();
        f.setPointSizeF(std::max(7.0, f.pointSizeF() - 1.5));
        if (legend_->font() != f) legend_->setFont(f);  // a font set again lays the panel out again
        setTextIfChanged(legend_, legendHtml(*view_->chart()));
        legend->setVisible(false);
    } else {
        legend_->clear();
    }
    legend_->setVisible(!legend_->text().isEmpty());
}

double ChartPanel::canvasScale() const {
    return canvas_ && canvas_->isVisible() ? canvas_->scale() : 1.0;
}

QString ChartPanel::exportTo(const QString& path) {
    auto kind = render::chart_kind_from_id(kind_->currentData().toString().toStdString());
    if (!kind) return tr("no chart chosen");
    render::ChartModel model = render::make_chart(*kind, doc_->plan(), doc_->catalog(), doc_->summary(), lang());
    Result<bool> r = render::render_chart(model, path.toStdString());
    return r ? QString() : describe(r.error());
}

void ChartPanel::exportChart() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export chart"), QString(), tr("PNG image (*.png);;SVG image (*.svg)"));
    if (path.isEmpty()) return;
    const QString error = exportTo(path);
    if (!error.isEmpty()) QMessageBox::warning(this, tr("Export chart"), error);
}

void ChartPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace cofund::ui
