// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app's refresh after one edit of a budget cell: the undo command,
// the findings (every rule, projections included), the tables,
// the status bar and the live chart — everything Document::planChanged drives.
// Target: 16 ms, one frame (issue 14): the Budget tab with the basis editor
// showing the edited cell's justification, and the Summary tab in front. Runs offscreen.

#include <benchmark/benchmark.h>

#include <QApplication>

#include <cstdlib>

#include "app_language.h"
#include "basis_editor.h"
#include "budget_view.h"
#include "chart_panel.h"
#include "document.h"
#include "main_window.h"
#include "models.h"
#include "test_data.h"

namespace {

using namespace cofund;
using namespace cofund::ui;

// The whole window: models, findings panel, status bar and charts refresh, and
// the basis editor below the grid shows the edited cell's items.
void BM_EditRefreshWindow(benchmark::State& state) {
    MainWindow window;
    window.openExample();
    window.resize(1400, 900);
    BudgetModel* model = window.budgetModel();
    const QModelIndex cell = model->indexOf(2019, Category::of("materials"), Source::fiscal);
    window.budgetView()->setCurrentIndex(cell);
    window.show();
    QApplication::processEvents();
    if (window.basisEditor()->model()->rowCount() == 0) state.SkipWithError("the basis editor shows no items");
    int i = 0;
    for (auto _ : state) {
        model->setData(cell, QString::number(10 + (i++ % 50)));
        QApplication::processEvents();  // repaint of the views
    }
    state.counters["findings"] = static_cast<double>(window.document()->findings().size());
}
BENCHMARK(BM_EditRefreshWindow)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The same edit with the Summary tab in front: its two tables refresh and
// repaint (the basis editor, on the Budget tab, is hidden then).
void BM_EditRefreshSummaryTab(benchmark::State& state) {
    MainWindow window;
    window.openExample();
    window.resize(1400, 900);
    BudgetModel* model = window.budgetModel();
    const QModelIndex cell = model->indexOf(2019, Category::of("materials"), Source::fiscal);
    window.budgetView()->setCurrentIndex(cell);
    window.showTab(MainWindow::SummaryTab);
    window.show();
    QApplication::processEvents();
    int i = 0;
    for (auto _ : state) {
        model->setData(cell, QString::number(10 + (i++ % 50)));
        QApplication::processEvents();  // repaint of the summary and the docks
    }
}
BENCHMARK(BM_EditRefreshSummaryTab)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The Budget tab's edit with each chart kind in the panel: spend, ratio and risk are
// Qt charts; categories and indicators are painted by the adapter (names wrapped,
// small multiples), which lays the whole chart out again on every paint.
void BM_EditRefreshChart(benchmark::State& state) {
    static const char* const kinds[] = {"spend", "categories", "ratio", "indicators", "risk"};
    const char* kind = kinds[state.range(0)];
    state.SetLabel(kind);
    MainWindow window;
    window.openExample();
    window.resize(1400, 900);
    window.chartPanel()->setKind(QString::fromLatin1(kind));
    BudgetModel* model = window.budgetModel();
    const QModelIndex cell = model->indexOf(2019, Category::of("materials"), Source::fiscal);
    window.budgetView()->setCurrentIndex(cell);
    window.show();
    QApplication::processEvents();
    int i = 0;
    for (auto _ : state) {
        model->setData(cell, QString::number(10 + (i++ % 50)));
        QApplication::processEvents();
    }
}
BENCHMARK(BM_EditRefreshChart)->DenseRange(0, 4)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The document alone: one edit and its findings.
void BM_EditAndFindings(benchmark::State& state) {
    Document doc;
    doc.reset(test::example(), {});
    BudgetModel model(&doc);
    const QModelIndex cell = model.indexOf(2019, Category::of("materials"), Source::fiscal);
    int i = 0;
    for (auto _ : state) {
        model.setData(cell, QString::number(10 + (i++ % 50)));
        benchmark::DoNotOptimize(doc.findings().size());
    }
}
BENCHMARK(BM_EditAndFindings)->Unit(benchmark::kMicrosecond);

// Pasting a 13 × 6 block (a year of every category and source) as one command.
void BM_PasteBlock(benchmark::State& state) {
    Document doc;
    doc.reset(test::example(), {});
    BudgetModel model(&doc);
    QString block;
    for (int r = 0; r < model.totalRow(); ++r) {
        for (int c = 0; c < kSourceCount; ++c)
            block += QString::number(r + c + 1) + (c + 1 < kSourceCount ? "\t" : "\n");
    }
    int i = 0;
    for (auto _ : state) {
        model.pasteTsv(model.index(0, (i++ % 3) * BudgetModel::GroupColumnCount), block);
        benchmark::DoNotOptimize(doc.findings().size());
    }
}
BENCHMARK(BM_PasteBlock)->Unit(benchmark::kMicrosecond);

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cofund-gui-bench"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
