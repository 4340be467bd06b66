// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The charts beside the editors: the same charts as `cofund chart`, built by
// the render library's adapter (cofund/render/chart_adapter.h) and rebuilt
// after every edit.

#include <QPointer>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;

namespace cofund::ui {

class ChartCanvas;
class Document;

class ChartPanel : public QWidget {
    Q_OBJECT
  public:
    explicit ChartPanel(Document* doc, QWidget* parent = nullptr);
    /// Shows a chart kind by its id ("spend", "categories", "ratio", "indicators", "risk").
    void setKind(const QString& id);
    /// Rebuilds the chart shown from the plan as it is now.
    void refresh();
    /// Writes the chart shown to PNG or SVG (by the extension); returns an error text or empty.
    QString exportTo(const QString& path);
    /// How much the painted chart (small multiples, bars across) is scaled to the panel: 1 unless it is under 400 px wide.
    double canvasScale() const;

  public slots:
    void exportChart();

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();

    QPointer<Document> doc_;
    QComboBox* kind_ = nullptr;
    QPushButton* export_ = nullptr;
    QLabel* title_ = nullptr;        ///< their title, wrapped (Qt Charts' own would elide)
    QChartView* view_ = nullptr;     ///< one-panel charts
    QLabel* legend_ = nullptr;       ///< their legend, wrapped (Qt Charts' own would elide)
    ChartCanvas* canvas_ = nullptr;  ///< the adapter's painting, for small multiples and notes
};

}  // namespace cofund::ui
