// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QToolButton>
#include <QUndoView>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

#include "app_language.h"
#include "basis_editor.h"
#include "budget_task_bar.h"
#include "budget_view.h"
#include "chart_panel.h"
#include "cofund/planner/about.h"
#include "cofund/format.h"
#include "cofund/planner/files.h"
#include "cofund/planner/templates.h"
#include "cofund/rules.h"
#include "cofund/version.h"
#include "document.h"
#include "lines_view.h"
#include "models.h"
#include "project_form.h"
#include "recovery.h"
#include "spreadsheet_io.h"
#include "summary_view.h"
#include "targets_view.h"
#include "tasks_view.h"

#include "cofund/planner/export.h"
#include "cofund/render/app.h"
#include "cofund/render/report.h"

namespace cofund::ui {

namespace {
constexpr int kMaxRecent = 8;

QTableView* makeTable(QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->setWordWrap(false);
    return view;
}

// A catalog text as a menu entry's: '&' doubled, so it shows instead of marking a key.
QString menuText(QString s) {
    return s.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QString jsonUnescape(QString s) {
    return s.replace("~1", "/").replace("~0", "~");
}

// The About box's second half, the same facts as `cofund --version`: version
// and commit, the calls found (planner/about.h) and the libraries linked.
QString aboutBuild() {
    const QString commit = QString::fromUtf8(build_commit());
    QString html = QStringLiteral("<p>") +
                   MainWindow::tr("Version %1 (%2)")
                       .arg(QString::fromUtf8(kVersion), commit.isEmpty() ? MainWindow::tr("unknown commit")
                                                                          : MainWindow::tr("commit %1").arg(commit)) +
                   QStringLiteral("</p><p>") + MainWindow::tr("Calls:");
    for (const planner::KnownCall& call : planner::known_calls(planner::call_dirs())) {
        html += QStringLiteral("<br>") + QString::fromStdString(call.id + " " + call.version + " — ").toHtmlEscaped();
        html +=
            call.where == "built in" ? MainWindow::tr("built in") : QString::fromStdString(call.where).toHtmlEscaped();
        if (!call.problem.empty()) html += QStringLiteral(" ✗");
    }
    std::vector<planner::Component> libraries = render::render_libraries();
    for (planner::Component& c : planner::engine_libraries()) libraries.push_back(std::move(c));
    QStringList names;
    for (const planner::Component& c : libraries) names << QString::fromStdString(c.name + " " + c.version);
    return html + QStringLiteral("</p><p>") +
           MainWindow::tr("Libraries: %1").arg(names.join(QStringLiteral(", ")).toHtmlEscaped()) +
           QStringLiteral("</p>");
}
}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName("MainWindow");
    setAcceptDrops(true);
    doc_ = new Document(this);

    budgetModel_ = new BudgetModel(doc_, this);
    partnersModel_ = new PartnersModel(doc_, this);
    indicatorsModel_ = new IndicatorsModel(doc_, this);
    projectionsModel_ = new ProjectionsModel(doc_, this);
    findingsModel_ = new FindingsModel(doc_, this);

    tabs_ = new QTabWidget(this);
    tabs_->setDocumentMode(true);
    form_ = new ProjectForm(doc_, tabs_);
    tabs_->addTab(form_, QString());
    tabs_->addTab(createBudgetTab(), QString());
    summary_ = new SummaryView(doc_, tabs_);
    tabs_->addTab(summary_, QString());
    tabs_->addTab(createPartnersTab(), QString());
    tabs_->addTab(createIndicatorsTab(), QString());
    tabs_->addTab(createProjectionsTab(), QString());
    tasksView_ = new TasksView(doc_, tabs_);
    tabs_->addTab(tasksView_, QString());
    tabs_->setCurrentIndex(1);
    // Above the tabs while the built-in example is open: its numbers are not the user's.
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    exampleBanner_ = new QLabel(central);
    exampleBanner_->setObjectName(QStringLiteral("exampleBanner"));
    exampleBanner_->setWordWrap(true);
    exampleBanner_->setTextFormat(Qt::RichText);
    exampleBanner_->setContentsMargins(8, 4, 8, 4);
    exampleBanner_->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; }"));
    exampleBanner_->hide();
    connect(exampleBanner_, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("new")) fileMenu_->popup(mapToGlobal(QPoint(0, menuBar()->height())));
        if (link == QLatin1String("help")) showGettingStarted();
    });
    centralLayout->addWidget(exampleBanner_);
    centralLayout->addWidget(tabs_, 1);
    setCentralWidget(central);

    // Beside the editors: charts on top, findings and history below.
    charts_ = new ChartPanel(doc_, this);
    chartsDock_ = new QDockWidget(this);
    chartsDock_->setObjectName("charts");
    chartsDock_->setWidget(charts_);
    addDockWidget(Qt::RightDockWidgetArea, chartsDock_);

    auto* findingsBox = new QWidget(this);
    auto* fl = new QVBoxLayout(findingsBox);
    fl->setContentsMargins(4, 4, 4, 4);
    findingsSummary_ = new QLabel(findingsBox);
    findingsSummary_->setWordWrap(true);
    fl->addWidget(findingsSummary_);
    findingsView_ = makeTable(findingsBox);
    findingsView_->setModel(findingsModel_);
    findingsView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    findingsView_->setWordWrap(true);
    findingsView_->setTextElideMode(Qt::ElideNone);
    findingsView_->verticalHeader()->hide();
    findingsView_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    findingsView_->horizontalHeader()->setSectionResizeMode(FindingsModel::SeverityColumn,
                                                            QHeaderView::ResizeToContents);
    findingsView_->horizontalHeader()->setSectionResizeMode(FindingsModel::Message, QHeaderView::Stretch);
    findingsView_->setColumnHidden(FindingsModel::Rule, true);
    fl->addWidget(findingsView_, 1);
    findingsDock_ = new QDockWidget(this);
    findingsDock_->setObjectName("findings");
    findingsDock_->setWidget(findingsBox);
    addDockWidget(Qt::RightDockWidgetArea, findingsDock_);
    auto goToFinding = [this](const QModelIndex& i) {
        showFinding(i.siblingAtColumn(FindingsModel::Rule).data(IdRole).toString(), i.data(PointerRole).toString());
    };
    connect(findingsView_, &QTableView::activated, this, goToFinding);
    connect(findingsView_, &QTableView::clicked, this, goToFinding);

    history_ = new QUndoView(doc_->undoStack(), this);
    history_->setObjectName(QStringLiteral("history"));
    history_->setWordWrap(true);
    // Entries written again (language or unit switched): the view reads them anew.
    connect(doc_, &Document::historyRetranslated, this, [this] {
        history_->setStack(nullptr);
        history_->setStack(doc_->undoStack());
    });
    historyDock_ = new QDockWidget(this);
    historyDock_->setObjectName("history");
    historyDock_->setWidget(history_);
    addDockWidget(Qt::RightDockWidgetArea, historyDock_);
    tabifyDockWidget(findingsDock_, historyDock_);
    findingsDock_->raise();
    // The docks' sizes are set by restoreLayout(), for the window's size.

    // Status bar: the co-funding figures and the verdict.
    fiscalLabel_ = new QLabel(this);
    selfLabel_ = new QLabel(this);
    ratioLabel_ = new QLabel(this);
    verdictLabel_ = new QLabel(this);
    fiscalLabel_->setObjectName(QStringLiteral("fiscal"));
    selfLabel_->setObjectName(QStringLiteral("selfRaised"));
    ratioLabel_->setObjectName(QStringLiteral("ratio"));
    verdictLabel_->setObjectName(QStringLiteral("verdict"));
    for (QLabel* l : {fiscalLabel_, selfLabel_, ratioLabel_, verdictLabel_}) {
        l->setContentsMargins(6, 0, 6, 0);
        statusBar()->addPermanentWidget(l);
    }

    createActions();
    createMenus();

    recovery_ = new Recovery(doc_, 5000, this);
    connect(doc_, &Document::planChanged, this, &MainWindow::updateStatus);
    connect(doc_, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(doc_, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(doc_, &Document::filePathChanged, this, [this](const QString& p) {
        if (!p.isEmpty()) addRecent(p);
    });
    connect(budgetModel_, &BudgetModel::inputRejected, this, &MainWindow::showMessage);
    connect(indicatorsModel_, &IndicatorsModel::inputRejected, this, &MainWindow::showMessage);
    connect(projectionsModel_, &ProjectionsModel::inputRejected, this, &MainWindow::showMessage);
    connect(form_, &ProjectForm::inputRejected, this, &MainWindow::showMessage);

    // The plan starts empty: main() opens FILE or the example, so that a FILE
    // that cannot be read never leaves the example's realistic numbers on screen.
    retranslate();
    // Until restoreLayout() or the caller sizes it: as large as the screen allows.
    restoreLayout();
}

bool MainWindow::restoreLayout() {
    QSettings settings;
    const QByteArray geometry = settings.value("window/geometry").toByteArray();
    const QByteArray state = settings.value("window/state").toByteArray();
    if (!geometry.isEmpty() && restoreGeometry(geometry)) {
        if (!state.isEmpty()) restoreState(state);
        return true;
    }
    // At most 1400×900, and never larger than the screen's free area (a
    // 1366×768 laptop without its panel is about 1366×730).
    QSize size(1400, 900);
    if (const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen()) {
        const QRect free = screen->availableGeometry();
        size = size.boundedTo(free.size() - QSize(0, 32));  // the window manager's title bar
        resize(size);
        move(free.topLeft() + QPoint((free.width() - width()) / 2, 0));
    } else {
        resize(size);
    }
    fitDocks();
    return false;
}

void MainWindow::fitDocks() {
    // The charts take about two fifths of the width, never less than 380 pixels;
    // the findings and history get a little less than half the height.
    const int w = std::max(380, std::min(540, width() * 2 / 5));
    resizeDocks({chartsDock_}, {w}, Qt::Horizontal);
    const int h = std::max(200, height() - 120);
    resizeDocks({chartsDock_, findingsDock_}, {h * 11 / 20, h * 9 / 20}, Qt::Vertical);
}

void MainWindow::saveLayout() const {
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::createBudgetTab() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* bar = new QHBoxLayout;
    budgetView_ = new BudgetView(page);  // laid out below the bar; the task bar acts on it
    unitYuan_ = new QRadioButton(page);
    unitYuan_->setObjectName(QStringLiteral("unitYuan"));
    unitWan_ = new QRadioButton(page);
    unitWan_->setObjectName(QStringLiteral("unitWan"));
    unitWan_->setChecked(true);
    hideEmpty_ = new QCheckBox(page);
    budgetHint_ = new QLabel(page);
    budgetHint_->setObjectName(QStringLiteral("budgetHint"));
    budgetHint_->setStyleSheet(QStringLiteral("color: #555;"));
    budgetHint_->setWordWrap(true);
    // Collapsing sources or years, so that three years fit on a laptop's screen.
    sourceColumnsLabel_ = new QLabel(page);
    sourceColumns_ = new QComboBox(page);
    sourceColumns_->setObjectName(QStringLiteral("sourceColumns"));
    sourceColumns_->addItem(QString(), int(BudgetView::SourceColumns::Fit));
    sourceColumns_->addItem(QString(), int(BudgetView::SourceColumns::All));
    sourceColumns_->addItem(QString(), int(BudgetView::SourceColumns::Sides));
    sourceColumnsLabel_->setBuddy(sourceColumns_);
    shownYearLabel_ = new QLabel(page);
    shownYear_ = new QComboBox(page);
    shownYear_->setObjectName(QStringLiteral("shownYear"));
    shownYearLabel_->setBuddy(shownYear_);
    // As wide as their longest entry in the language of the moment, never cut.
    for (QComboBox* box : {sourceColumns_, shownYear_}) box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(unitWan_);
    bar->addWidget(unitYuan_);
    bar->addSpacing(12);
    bar->addWidget(sourceColumnsLabel_);
    bar->addWidget(sourceColumns_);
    bar->addSpacing(8);
    bar->addWidget(shownYearLabel_);
    bar->addWidget(shownYear_);
    bar->addSpacing(12);
    bar->addWidget(hideEmpty_);
    bar->addStretch(1);
    layout->addLayout(bar);
    // The lines' task on a row of its own, beside the hint: the first row is full in Russian.
    auto* taskRow = new QHBoxLayout;
    taskBar_ = new BudgetTaskBar(doc_, budgetModel_, budgetView_, page);
    // The lines one by one (issue 26): whose money each is, its task and equipment kind.
    linesToggle_ = new QToolButton(page);
    linesToggle_->setObjectName(QStringLiteral("linesToggle"));
    linesToggle_->setCheckable(true);
    linesToggle_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(linesToggle_, &QToolButton::toggled, this, &MainWindow::showLines);
    taskRow->addWidget(linesToggle_);
    taskRow->addSpacing(8);
    taskRow->addWidget(taskBar_);
    taskRow->addStretch(0);  // the room the hint leaves, or the bar's: the bar keeps its width
    layout->addLayout(taskRow);
    // The hint beside the Lines button, or on a row of its own below the task bar: beside
    // it the hint was a column of five lines in Chinese (75 px) and four in Russian.
    auto* hintRow = new QHBoxLayout;
    layout->addLayout(hintRow);
    auto placeHint = [taskRow, hintRow, this](bool taskBarShown) {
        taskRow->removeWidget(budgetHint_);
        hintRow->removeWidget(budgetHint_);
        if (taskBarShown)
            hintRow->addWidget(budgetHint_, 1);
        else
            taskRow->insertWidget(taskRow->count() - 1, budgetHint_, 1);
    };
    placeHint(taskBar_->offered());
    connect(taskBar_, &BudgetTaskBar::shownChanged, this, placeHint);
    budgetView_->setBudgetModel(budgetModel_);
    // Below the grid, on the Budget tab only (the Summary keeps the whole height):
    // the basis of the current cell's line.
    auto* split = new QSplitter(Qt::Vertical, page);
    split->setObjectName(QStringLiteral("budgetSplit"));
    split->setChildrenCollapsible(false);
    basisEditor_ = new BasisEditor(doc_, budgetView_, budgetModel_, split);
    budgetStack_ = new QStackedWidget(split);
    budgetStack_->setObjectName(QStringLiteral("budgetStack"));
    budgetStack_->addWidget(budgetView_);
    linesView_ = new LinesView(
        new LinesModel(doc_, budgetModel_, this), [this] { return taskBar_->tasks(); }, budgetStack_);
    budgetStack_->addWidget(linesView_);
    // A line chosen in the list: its cell current in the grid, the line in the basis editor.
    connect(linesView_, &LinesView::lineSelected, this, [this](std::size_t n) {
        const Plan& plan = doc_->plan();
        if (n >= plan.budget.size()) return;
        const BudgetLine& l = plan.budget[n];
        const QModelIndex cell = budgetModel_->indexOf(l.year, l.category, l.source);
        if (cell.isValid()) budgetView_->setCurrentIndex(cell);
        // The line among its cell's, with the editor folded or open as it is.
        const auto& lines = basisEditor_->lines();
        const auto at = std::find(lines.begin(), lines.end(), n);
        if (at != lines.end()) basisEditor_->lineChoice()->setCurrentIndex(int(at - lines.begin()));
    });
    split->addWidget(budgetStack_);
    split->addWidget(basisEditor_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    auto applyUnit = [this] {
        const MoneyUnit unit = unitYuan_->isChecked() ? MoneyUnit::yuan : MoneyUnit::wan;
        budgetModel_->setUnit(unit);
        summary_->setUnit(unit);
        findingsModel_->setUnit(unit);
        fitColumns(budgetView_);
        doc_->retranslateHistory();  // "6.00 → 8.00 万元" becomes "60,000.00 → 80,000.00 yuan"
        retranslate();
    };
    // The unit, the hidden sources and the collapsed columns are remembered
    // (read before the signals are connected).
    if (QSettings().value("budget/unit").toString() == "yuan") {
        unitYuan_->setChecked(true);
        budgetModel_->setUnit(MoneyUnit::yuan);
        findingsModel_->setUnit(MoneyUnit::yuan);
    }
    // By default every source where the years fit, else the compact sides (issue 29:
    // at 1366×768 every source showed 2018 and half of 2019).
    static const QStringList kColumnModes{QStringLiteral("fit"), QStringLiteral("all"), QStringLiteral("sides")};
    const int mode = std::max(0, int(kColumnModes.indexOf(QSettings().value("budget/sourceColumns").toString())));
    sourceColumns_->setCurrentIndex(mode);
    budgetView_->setSourceColumns(BudgetView::SourceColumns(sourceColumns_->itemData(mode).toInt()));
    connect(sourceColumns_, &QComboBox::currentIndexChanged, this, [this](int i) {
        budgetView_->setSourceColumns(BudgetView::SourceColumns(sourceColumns_->itemData(i).toInt()));
        QSettings().setValue("budget/sourceColumns", kColumnModes.value(i));
    });
    // The basis editor folds to one row; unless the user chose, it is folded on a
    // screen too low for it and every row of the grid (see resizeEvent()).
    const QVariant basisOpen = QSettings().value("budget/basisOpen");
    if (basisOpen.isValid()) basisEditor_->setCollapsed(!basisOpen.toBool());
    connect(basisEditor_, &BasisEditor::collapsedByUser, this,
            [](bool collapsed) { QSettings().setValue("budget/basisOpen", !collapsed); });
    connect(shownYear_, &QComboBox::activated, this, [this](int i) {
        const QVariant y = shownYear_->itemData(i);
        budgetView_->setShownYear(y.toInt() > 0 ? std::optional<int>(y.toInt()) : std::nullopt);
    });
    connect(doc_, &Document::planChanged, this, &MainWindow::fillYears);
    hideEmpty_->setChecked(QSettings().value("budget/hideUnusedSources", false).toBool());
    budgetView_->setHideEmptySources(hideEmpty_->isChecked());
    connect(unitYuan_, &QRadioButton::toggled, this, applyUnit);
    connect(hideEmpty_, &QCheckBox::toggled, budgetView_, &BudgetView::setHideEmptySources);
    connect(unitYuan_, &QRadioButton::toggled, this,
            [](bool yuan) { QSettings().setValue("budget/unit", yuan ? "yuan" : "wan"); });
    connect(hideEmpty_, &QCheckBox::toggled, this,
            [](bool hide) { QSettings().setValue("budget/hideUnusedSources", hide); });
    setTabOrder(unitWan_, unitYuan_);
    setTabOrder(unitYuan_, sourceColumns_);
    setTabOrder(sourceColumns_, shownYear_);
    setTabOrder(shownYear_, hideEmpty_);
    // Through the task bar to the grid (Tab skipped "Show task" and "Set task…").
    setTabOrder(hideEmpty_, taskBar_->filter());
    setTabOrder(taskBar_->filter(), taskBar_->assignButton());
    setTabOrder(taskBar_->assignButton(), budgetView_);
    return page;
}

void MainWindow::fillYears() {
    const QVariant current = shownYear_->currentData();
    const BudgetSummary& sums = doc_->summary();
    QList<int> years(sums.years().begin(), sums.years().end());
    // Rebuilt only when the period changed: a rebuild on every edit would close the popup.
    QList<int> shown;
    for (int i = 1; i < shownYear_->count(); ++i) shown << shownYear_->itemData(i).toInt();
    if (shown == years && shownYear_->count() > 0) return;
    shownYear_->clear();
    shownYear_->addItem(tr("All years"), 0);
    for (int y : years) shownYear_->addItem(QString::number(y), y);
    const int i = shownYear_->findData(current);
    shownYear_->setCurrentIndex(std::max(0, i));
    budgetView_->setShownYear(i > 0 ? std::optional<int>(current.toInt()) : std::nullopt);
}

QWidget* MainWindow::createPartnersTab() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    partnersView_ = makeTable(page);
    partnersView_->setModel(partnersModel_);
    partnersView_->setSelectionBehavior(QAbstractItemView::SelectItems);
    partnersView_->horizontalHeader()->setSectionResizeMode(PartnersModel::Name, QHeaderView::Stretch);
    partnersView_->horizontalHeader()->setSectionResizeMode(PartnersModel::Country, QHeaderView::ResizeToContents);
    partnersView_->setColumnWidth(PartnersModel::Type, 200);
    partnersView_->setItemDelegateForColumn(
        PartnersModel::Type,
        new ComboDelegate(
            [] {
                QList<QPair<QString, QString>> out;
                for (OrgType t : {OrgType::enterprise, OrgType::institute, OrgType::university, OrgType::other})
                    out.append({QString::fromStdString(std::string(to_id(t))), orgTypeName(t)});
                return out;
            },
            partnersView_));
    layout->addWidget(partnersView_, 1);
    partnersButtons_ = new QWidget(page);
    auto* buttons = new QHBoxLayout(partnersButtons_);
    buttons->setContentsMargins(0, 0, 0, 0);
    auto* add = new QPushButton(partnersButtons_);
    add->setObjectName("add");
    auto* remove = new QPushButton(partnersButtons_);
    remove->setObjectName("remove");
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addWidget(partnersButtons_);
    connect(add, &QPushButton::clicked, this, [this] {
        partnersModel_->addPartner();
        const QModelIndex i = partnersModel_->index(partnersModel_->rowCount() - 1, PartnersModel::Name);
        partnersView_->setCurrentIndex(i);
        partnersView_->edit(i);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex i = partnersView_->currentIndex();
        if (i.isValid()) partnersModel_->removePartner(i.row());
    });
    return page;
}

QWidget* MainWindow::createIndicatorsTab() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    indicatorsView_ = makeTable(page);
    indicatorsView_->setModel(indicatorsModel_);
    indicatorsView_->setSelectionBehavior(QAbstractItemView::SelectItems);
    auto* h = indicatorsView_->horizontalHeader();
    h->setSectionResizeMode(IndicatorsModel::Name, QHeaderView::Stretch);
    // All but the name sized to their contents while the tab is shown (every edit changes them).
    fitToContentsWhenShown(indicatorsView_, {IndicatorsModel::Name}, true);
    // A long name wraps, its row grows: at 1366 px the Russian "Штаммы молочнокислых
    // бактерий для ферментации фруктов и овощей (шт.)" was elided (issue 14).
    indicatorsView_->setWordWrap(true);
    indicatorsView_->setTextElideMode(Qt::ElideNone);
    layout->addWidget(indicatorsView_, 1);
    // The plan's own indicators with targets by year (a call with a rule of kind
    // `indicators`, Hebei 2026); the call's indicator table only where it lists some.
    targetsView_ = new TargetsView(doc_, page);
    layout->addWidget(targetsView_, 1);
    connect(targetsView_, &TargetsView::inputRejected, this, &MainWindow::showMessage);
    auto show = [this] {
        const bool targets = TargetsView::wanted(doc_);
        targetsView_->setVisible(targets);
        indicatorsView_->setVisible(!targets || indicatorsModel_->rowCount() > 0);
    };
    connect(doc_, &Document::planChanged, page, show);
    show();
    return page;
}

QWidget* MainWindow::createProjectionsTab() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    projectionsView_ = makeTable(page);
    projectionsView_->setModel(projectionsModel_);
    projectionsView_->setSelectionBehavior(QAbstractItemView::SelectItems);
    projectionsView_->horizontalHeader()->setSectionResizeMode(ProjectionsModel::Indicator, QHeaderView::Stretch);
    fitToContentsWhenShown(projectionsView_, {ProjectionsModel::Indicator}, false);
    projectionsView_->horizontalHeader()->setMinimumSectionSize(60);
    layout->addWidget(projectionsView_, 1);
    projectionsButtons_ = new QWidget(page);
    auto* buttons = new QHBoxLayout(projectionsButtons_);
    buttons->setContentsMargins(0, 0, 0, 0);
    auto* which = new QComboBox(projectionsButtons_);
    which->setObjectName("indicator");
    which->setMinimumContentsLength(30);
    which->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* add = new QPushButton(projectionsButtons_);
    add->setObjectName("add");
    auto* remove = new QPushButton(projectionsButtons_);
    remove->setObjectName("remove");
    // The indicator's name takes the row's width: at 1366 px the Russian names were
    // cut at 30 letters beside 300 empty pixels (issue 14); whole in the tooltip.
    which->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(which, &QComboBox::currentTextChanged, which, &QComboBox::setToolTip);
    buttons->addWidget(which, 1);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    layout->addWidget(projectionsButtons_);
    auto fill = [this, which] {
        const QString current = which->currentData().toString();
        which->clear();
        for (const Indicator* ind : doc_->catalog().indicators_for(doc_->plan())) {
            const bool projected = std::any_of(doc_->plan().projections.begin(), doc_->plan().projections.end(),
                                               [&](const Projection& p) { return p.indicator == ind->id; });
            if (!projected) which->addItem(text(ind->name), QString::fromStdString(ind->id));
        }
        which->setCurrentIndex(std::max(0, which->findData(current)));
    };
    connect(doc_, &Document::planChanged, which, fill);
    connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, which, fill);
    connect(add, &QPushButton::clicked, this, [this, which] {
        if (which->currentIndex() >= 0) projectionsModel_->addProjection(which->currentData().toString().toStdString());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex i = projectionsView_->currentIndex();
        if (i.isValid()) projectionsModel_->removeProjection(i.row());
    });
    return page;
}

void MainWindow::createActions() {
    newExampleAct_ = new QAction(this);
    connect(newExampleAct_, &QAction::triggered, this, [this] {
        if (maybeSave()) openExample();
    });
    openAct_ = new QAction(this);
    openAct_->setShortcut(QKeySequence::Open);
    connect(openAct_, &QAction::triggered, this, &MainWindow::open);
    saveAct_ = new QAction(this);
    saveAct_->setShortcut(QKeySequence::Save);
    connect(saveAct_, &QAction::triggered, this, &MainWindow::save);
    saveAsAct_ = new QAction(this);
    // Spelled out: QKeySequence::SaveAs is empty on some platforms (the menu showed no key).
    saveAsAct_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(saveAsAct_, &QAction::triggered, this, &MainWindow::saveAs);
    exportReportAct_ = new QAction(this);
    exportReportAct_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(exportReportAct_, &QAction::triggered, this, &MainWindow::exportReport);
    exportSheetAct_ = new QAction(this);
    exportSheetAct_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    importSheetAct_ = new QAction(this);
    importSheetAct_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(importSheetAct_, &QAction::triggered, this, &MainWindow::importSpreadsheet);
    connect(exportSheetAct_, &QAction::triggered, this, &MainWindow::exportSpreadsheet);
    exportChartAct_ = new QAction(this);
    connect(exportChartAct_, &QAction::triggered, charts_, &ChartPanel::exportChart);
    quitAct_ = new QAction(this);
    quitAct_->setShortcut(QKeySequence::Quit);
    quitAct_->setMenuRole(QAction::QuitRole);
    connect(quitAct_, &QAction::triggered, this, &QWidget::close);

    undoAct_ = doc_->undoStack()->createUndoAction(this);
    undoAct_->setShortcut(QKeySequence::Undo);
    redoAct_ = doc_->undoStack()->createRedoAction(this);
    // Ctrl+Y beside the platform's redo (Ctrl+Shift+Z on Linux), as in office programs.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& k : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(k)) redoKeys << k;
    redoAct_->setShortcuts(redoKeys);
    copyAct_ = new QAction(this);
    copyAct_->setShortcut(QKeySequence::Copy);
    copyAct_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAct_, &QAction::triggered, budgetView_, &BudgetView::copySelection);
    pasteAct_ = new QAction(this);
    pasteAct_->setShortcut(QKeySequence::Paste);
    pasteAct_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(pasteAct_, &QAction::triggered, budgetView_, &BudgetView::paste);
    deleteAct_ = new QAction(this);
    deleteAct_->setShortcut(QKeySequence::Delete);
    deleteAct_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(deleteAct_, &QAction::triggered, budgetView_, &BudgetView::clearSelection);
    // The grid handles these keys itself; the menu entries act on it too.
    budgetView_->addActions({copyAct_, pasteAct_, deleteAct_});

    // F6 / Ctrl+Tab go to the next pane (the tab's editor, the basis, the charts,
    // the findings, the history), Shift+F6 / Ctrl+Shift+Tab back: Tab itself
    // moves between the grid's cells. In the grid Ctrl+Tab moved the current cell
    // without its highlight, so a typed amount went into an unseen cell.
    for (const QKeySequence& key : {QKeySequence(Qt::Key_F6), QKeySequence(Qt::CTRL | Qt::Key_Tab)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, [this] { focusPane(+1); });
    for (const QKeySequence& key :
         {QKeySequence(Qt::SHIFT | Qt::Key_F6), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
          QKeySequence(Qt::CTRL | Qt::Key_Backtab)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, [this] { focusPane(-1); });

    unitGroup_ = new QActionGroup(this);
    wanAct_ = new QAction(unitGroup_);
    wanAct_->setCheckable(true);
    wanAct_->setChecked(true);
    yuanAct_ = new QAction(unitGroup_);
    yuanAct_->setCheckable(true);
    wanAct_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    yuanAct_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    connect(wanAct_, &QAction::triggered, unitWan_, [this] { unitWan_->setChecked(true); });
    connect(yuanAct_, &QAction::triggered, unitYuan_, [this] { unitYuan_->setChecked(true); });
    connect(unitYuan_, &QRadioButton::toggled, yuanAct_, &QAction::setChecked);
    connect(unitWan_, &QRadioButton::toggled, wanAct_, &QAction::setChecked);
    hideEmptyAct_ = new QAction(this);
    hideEmptyAct_->setCheckable(true);
    connect(hideEmptyAct_, &QAction::toggled, hideEmpty_, &QCheckBox::setChecked);
    connect(hideEmpty_, &QCheckBox::toggled, hideEmptyAct_, &QAction::setChecked);
    yuanAct_->setChecked(unitYuan_->isChecked());
    wanAct_->setChecked(!unitYuan_->isChecked());
    hideEmptyAct_->setChecked(hideEmpty_->isChecked());

    languageGroup_ = new QActionGroup(this);
    for (const QString& code : availableLanguages()) {
        auto* a = new QAction(languageGroup_);
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == language());
        // Each language names itself, so it can be found whatever is shown now.
        a->setText(code == "zh"   ? QStringLiteral("中文")
                   : code == "ru" ? QStringLiteral("Русский")
                                  : QStringLiteral("English"));
        connect(a, &QAction::triggered, this, [this, code] { switchLanguage(code); });
    }
    gettingStartedAct_ = new QAction(this);
    gettingStartedAct_->setObjectName(QStringLiteral("gettingStarted"));
    gettingStartedAct_->setShortcut(QKeySequence(Qt::Key_F1));
    connect(gettingStartedAct_, &QAction::triggered, this, &MainWindow::showGettingStarted);
    manualsAct_ = new QAction(this);
    manualsAct_->setObjectName(QStringLiteral("manuals"));
    connect(manualsAct_, &QAction::triggered, this, [this] {
        const QString dir = manualsDir();
        if (dir.isEmpty())
            QMessageBox::information(this, tr("Manuals"),
                                     tr("The manuals are not installed with this copy of Cofund."));
        else
            QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
    });
    aboutAct_ = new QAction(this);
    aboutAct_->setMenuRole(QAction::AboutRole);
    connect(aboutAct_, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Cofund"),
                           tr("<b>Cofund</b> — budget and co-funding planner for science-partnership funding "
                              "calls."
                              "<p>Amounts are exact to the fen. Every edit can be undone; unsaved changes are "
                              "kept in a recovery file until you save.</p>") +
                               aboutBuild());
    });
}

QList<QWidget*> MainWindow::panes() const {
    QList<QWidget*> out;
    QWidget* page = tabs_->currentWidget();
    out << (tabs_->currentIndex() == BudgetTab ? budgetStack_->currentWidget() : page);
    if (tabs_->currentIndex() == BudgetTab)
        out << (basisEditor_->isCollapsed() ? static_cast<QWidget*>(basisEditor_->toggle()) : basisEditor_->table());
    if (chartsDock_->isVisible()) out << charts_;
    if (findingsDock_->isVisible() && !findingsDock_->visibleRegion().isEmpty()) out << findingsView_;
    if (historyDock_->isVisible() && !historyDock_->visibleRegion().isEmpty()) out << history_;
    return out;
}

void MainWindow::focusPane(int step) {
    commitPendingEdit();
    const QList<QWidget*> all = panes();
    if (all.isEmpty()) return;
    int at = -1;
    for (QWidget* f = QApplication::focusWidget(); f && at < 0; f = f->parentWidget()) at = int(all.indexOf(f));
    // A pane's own widget, or the first that takes the keyboard inside it (a tab's page, the chart panel).
    const int next = at < 0 ? (step > 0 ? 0 : int(all.size()) - 1) : int((at + step + all.size()) % all.size());
    QWidget* pane = all[next];
    QWidget* target = pane;
    if (pane->focusPolicy() == Qt::NoFocus) {
        target = nullptr;
        const QList<QWidget*> inside = pane->findChildren<QWidget*>();
        for (QWidget* w = pane->nextInFocusChain(); w && w != pane && !target; w = w->nextInFocusChain())
            if (inside.contains(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) target = w;
        if (!target) target = pane;
    }
    // A tabbed dock behind another comes to the front.
    for (QDockWidget* dock : {findingsDock_, historyDock_})
        if (dock->isAncestorOf(target)) dock->raise();
    target->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::updateLatinKeys() {
    // A translated mnemonic (Alt+Б in Russian) answers only in that keyboard
    // layout; the English letter works too wherever the translation moved it,
    // and the tab's tooltip names it.
    for (LatinKey& k : latinKeys_) {
        const QString shown = k.shown();
        const QKeySequence translated = QKeySequence::mnemonic(shown);
        const bool own = translated != k.shortcut->key();
        k.shortcut->setEnabled(own);
        if (k.tab >= 0)
            tabs_->setTabToolTip(k.tab, own ? tr("%1 (%2)").arg(QString(shown).remove(QLatin1Char('&')),
                                                                k.shortcut->key().toString(QKeySequence::NativeText))
                                            : QString());
    }
}

void MainWindow::addLatinKey(const char* english, int tab, std::function<QString()> shown, std::function<void()> act) {
    auto* shortcut = new QShortcut(QKeySequence::mnemonic(QString::fromLatin1(english)), this);
    shortcut->setObjectName(QStringLiteral("latinKey"));
    connect(shortcut, &QShortcut::activated, this, std::move(act));
    latinKeys_.push_back({shortcut, tab, std::move(shown)});
}

void MainWindow::createMenus() {
    fileMenu_ = menuBar()->addMenu(QString());
    newMenu_ = fileMenu_->addMenu(QString());
    const Catalog& cat = doc_->catalog();
    for (const Annex& a : cat.annexes) {
        auto* act = newMenu_->addAction(QString());
        act->setData(a.number);
        connect(act, &QAction::triggered, this, [this, n = a.number] { newFromTemplate(n, 0); });
    }
    newMenu_->addSeparator();
    for (const Direction& d : cat.directions) {
        auto* act = newMenu_->addAction(QString());
        act->setData(-d.number);
        connect(act, &QAction::triggered, this, [this, n = d.number] { newFromTemplate(0, n); });
    }
    // The other calls the app knows (the call folders' files): a submenu each, an entry per class.
    newMenu_->addSeparator();
    for (const planner::Calls::Entry& e : doc_->calls().list()) {
        if (e.id == builtin_catalog().id) continue;
        const Catalog* c = doc_->calls().find(e.id);
        if (!c) continue;
        QMenu* m = newMenu_->addMenu(QString());
        m->setObjectName(QString::fromStdString("call:" + e.id));
        for (const ClassInfo& k : c->classes) {
            auto add = [&](std::optional<int> annex, std::optional<int> direction) {
                QAction* act = m->addAction(QString());
                act->setData(QString::fromStdString(k.id));
                connect(act, &QAction::triggered, this, [this, call = e.id, klass = k.id, annex, direction] {
                    newFromCall(call, klass, annex, direction);
                });
            };
            if (k.track == Track::annex)
                for (const Annex& a : c->annexes) add(a.number, std::nullopt);
            else if (k.track == Track::direction)
                for (const Direction& d : c->directions) add(std::nullopt, d.number);
            else
                add(std::nullopt, std::nullopt);
        }
        otherCallMenus_.push_back(m);
    }
    newMenu_->addSeparator();
    newMenu_->addAction(newExampleAct_);
    fileMenu_->addAction(openAct_);
    recentMenu_ = fileMenu_->addMenu(QString());
    fileMenu_->addSeparator();
    fileMenu_->addAction(saveAct_);
    fileMenu_->addAction(saveAsAct_);
    fileMenu_->addSeparator();
    fileMenu_->addAction(importSheetAct_);
    fileMenu_->addSeparator();
    fileMenu_->addAction(exportReportAct_);
    fileMenu_->addAction(exportSheetAct_);
    fileMenu_->addAction(exportChartAct_);
    fileMenu_->addSeparator();
    fileMenu_->addAction(quitAct_);

    editMenu_ = menuBar()->addMenu(QString());
    editMenu_->addAction(undoAct_);
    editMenu_->addAction(redoAct_);
    editMenu_->addSeparator();
    editMenu_->addAction(copyAct_);
    editMenu_->addAction(pasteAct_);
    editMenu_->addAction(deleteAct_);

    viewMenu_ = menuBar()->addMenu(QString());
    viewMenu_->addAction(wanAct_);
    viewMenu_->addAction(yuanAct_);
    viewMenu_->addAction(hideEmptyAct_);
    viewMenu_->addSeparator();
    viewMenu_->addAction(chartsDock_->toggleViewAction());
    viewMenu_->addAction(findingsDock_->toggleViewAction());
    viewMenu_->addAction(historyDock_->toggleViewAction());
    viewMenu_->addSeparator();
    languageMenu_ = viewMenu_->addMenu(QString());
    languageMenu_->addActions(languageGroup_->actions());

    helpMenu_ = menuBar()->addMenu(QString());
    helpMenu_->addAction(gettingStartedAct_);
    helpMenu_->addAction(manualsAct_);
    helpMenu_->addSeparator();
    helpMenu_->addAction(aboutAct_);
    updateRecentMenu();

    // The English letters of the tabs and menus, also where a translation has its own (see updateLatinKeys()).
    static const char* const kTabKeys[] = {"Pro&ject",    "&Budget",      "S&ummary", "Pa&rtners",
                                           "&Indicators", "Projec&tions", "Tas&ks"};
    for (int i = 0; i < int(std::size(kTabKeys)); ++i)
        addLatinKey(
            kTabKeys[i], i, [this, i] { return tabs_->tabText(i); }, [this, i] { showTab(i); });
    const std::pair<const char*, QMenu*> menus[] = {
        {"&File", fileMenu_}, {"&Edit", editMenu_}, {"&View", viewMenu_}, {"&Help", helpMenu_}};
    for (const auto& [english, menu] : menus)
        addLatinKey(
            english, -1, [menu] { return menu->title(); },
            [this, menu] { menuBar()->setActiveAction(menu->menuAction()); });
}

void MainWindow::retranslate() {
    const Catalog& cat = doc_->catalog();
    tabs_->setTabText(0, tr("Pro&ject"));
    tabs_->setTabText(BudgetTab, tr("&Budget"));
    tabs_->setTabText(SummaryTab, tr("S&ummary"));
    tabs_->setTabText(PartnersTab, tr("Pa&rtners"));
    tabs_->setTabText(IndicatorsTab, tr("&Indicators"));
    tabs_->setTabText(ProjectionsTab, tr("Projec&tions"));
    tabs_->setTabText(TasksTab, tr("Tas&ks"));
    sourceColumnsLabel_->setText(tr("&Columns:"));
    sourceColumns_->setItemText(0, tr("Fit the window"));
    sourceColumns_->setItemText(1, tr("Every source"));
    sourceColumns_->setItemText(2, tr("Fiscal · self-raised · total"));
    shownYearLabel_->setText(tr("&Years:"));
    if (shownYear_->count() > 0) shownYear_->setItemText(0, tr("All years"));
    chartsDock_->setWindowTitle(tr("Charts"));
    findingsDock_->setWindowTitle(tr("Findings"));
    historyDock_->setWindowTitle(tr("History"));
    history_->setEmptyLabel(tr("<opened>"));
    unitWan_->setText(tr("万元 (10,000 yuan)"));
    unitYuan_->setText(tr("Yuan"));
    hideEmpty_->setText(tr("Hide unused sources"));
    linesToggle_->setText(tr("Lin&es"));
    linesToggle_->setToolTip(
        tr("Shows the budget lines one by one instead of the grid: whose money each line is "
           "(its unit), its task and an equipment line's kind, each editable"));
    budgetHint_->setText(budgetModel_->unit() == MoneyUnit::wan
                             ? tr("Amounts in 万元, exact to the fen. Ctrl+V pastes a block from a spreadsheet.")
                             : tr("Amounts in yuan, exact to the fen. Ctrl+V pastes a block from a spreadsheet."));
    budgetHint_->setToolTip(budgetHint_->text());
    partnersButtons_->findChild<QPushButton*>("add")->setText(tr("Add partner"));
    partnersButtons_->findChild<QPushButton*>("remove")->setText(tr("Remove partner"));
    projectionsButtons_->findChild<QPushButton*>("add")->setText(tr("Add projection"));
    projectionsButtons_->findChild<QPushButton*>("remove")->setText(tr("Remove projection"));

    fileMenu_->setTitle(tr("&File"));
    newMenu_->setTitle(tr("&New"));
    for (QAction* a : newMenu_->actions()) {
        const int n = a->data().toInt();
        if (n > 0) {
            // "S&T" shown as written: a lone '&' would underline the T.
            if (const Annex* an = cat.annex(n))
                a->setText(tr("Key project, annex %1 — %2").arg(n).arg(menuText(text(an->title))));
        } else if (n < 0) {
            // Whole: a menu is as wide as its longest entry (a cut name hid which direction it was).
            if (const Direction* d = cat.direction(-n))
                a->setText(tr("General project, direction %1 — %2").arg(-n).arg(menuText(text(d->name))));
        }
    }
    for (QMenu* m : otherCallMenus_) {
        const std::string id = m->objectName().toStdString().substr(5);
        const Catalog* c = doc_->calls().find(id);
        if (!c) continue;
        m->setTitle(menuText(text(c->title)));
        int i = 0;
        std::vector<std::pair<const ClassInfo*, QString>> entries;
        for (const ClassInfo& k : c->classes) {
            if (k.track == Track::annex)
                for (const Annex& a : c->annexes)
                    entries.emplace_back(&k, tr("%1, annex %2 — %3").arg(text(k.name)).arg(a.number).arg(text(a.title)));
            else if (k.track == Track::direction)
                for (const Direction& d : c->directions)
                    entries.emplace_back(&k, tr("%1, direction %2 — %3").arg(text(k.name)).arg(d.number).arg(text(d.name)));
            else
                entries.emplace_back(&k, text(k.name));
        }
        for (QAction* a : m->actions())
            if (i < static_cast<int>(entries.size())) a->setText(menuText(entries[static_cast<std::size_t>(i++)].second));
    }
    newExampleAct_->setText(tr("The built-in &example (annex 3)"));
    openAct_->setText(tr("&Open…"));
    recentMenu_->setTitle(tr("Open &Recent"));
    saveAct_->setText(tr("&Save"));
    saveAsAct_->setText(tr("Save &As…"));
    exportReportAct_->setText(tr("Export &Report (PDF)…"));
    exportSheetAct_->setText(tr("Export Spread&sheet (XLSX, CSV)…"));
    importSheetAct_->setText(tr("&Import from Spreadsheet (XLSX, CSV)…"));
    exportChartAct_->setText(tr("Export &Chart (PNG, SVG)…"));
    quitAct_->setText(tr("&Quit"));
    undoAct_->setText(tr("&Undo"));
    redoAct_->setText(tr("&Redo"));
    editMenu_->setTitle(tr("&Edit"));
    copyAct_->setText(tr("&Copy cells"));
    pasteAct_->setText(tr("&Paste cells"));
    deleteAct_->setText(tr("C&lear cells"));
    viewMenu_->setTitle(tr("&View"));
    wanAct_->setText(tr("Amounts in &万元"));
    yuanAct_->setText(tr("Amounts in &yuan"));
    hideEmptyAct_->setText(tr("&Hide unused sources"));
    languageMenu_->setTitle(tr("&Language"));
    helpMenu_->setTitle(tr("&Help"));
    aboutAct_->setText(tr("&About Cofund"));
    gettingStartedAct_->setText(tr("&Getting started"));
    manualsAct_->setText(tr("&Manuals"));
    updateRecentMenu();
    updateLatinKeys();
    updateTitle();
    updateStatus();
}

void MainWindow::updateTitle() {
    exampleBanner_->setText(
        tr("<b>Example — not your plan.</b> These are the built-in example's numbers (annex 3). "
           "Start your own with <a href=\"new\">File › New</a>, or see <a href=\"help\">Getting started</a>."));
    exampleBanner_->setVisible(doc_->isExample());
    setWindowTitle(QStringLiteral("%1[*] — Cofund").arg(doc_->displayName()));
    setWindowModified(doc_->isModified());
    setWindowFilePath(doc_->filePath());
}

void MainWindow::updateStatus() {
    const Plan& plan = doc_->plan();
    const Catalog& cat = doc_->catalog();
    const BudgetSummary& sums = doc_->summary();
    const Totals t = sums.all().totals();
    const MoneyUnit unit = budgetModel_->unit();
    const QString u = unit == MoneyUnit::wan ? tr("万元") : tr("yuan");
    fiscalLabel_->setText(tr("Special fund: %1 %2").arg(formatMoney(t.fiscal, unit), u));
    selfLabel_->setText(tr("Self-raised: %1 %2").arg(formatMoney(t.self_raised, unit), u));
    if (auto rv = ratio_view(plan, cat, sums)) {
        ratioLabel_->setText(tr("Ratio fiscal : self-raised %1 (required %2)")
                                 .arg(qs(localize_ratio(ratio_text(rv->fiscal_side, rv->self_side), lang())),
                                      qs(localize_ratio(required_ratio_text(*rv->rule), lang()))));
        ratioLabel_->setStyleSheet(rv->met() ? QStringLiteral("color: #1b7f3b;") : QStringLiteral("color: #b01c1c;"));
        ratioLabel_->setToolTip(tr("Self-raised side %1, required at least %2")
                                    .arg(formatMoney(rv->self_side, unit), formatMoney(rv->required_self, unit)));
    } else if (const RatioRule* exempting = cat.ratio_exempting(plan)) {
        // The call's exemption (Hebei R4): say so, and which types free the plan.
        ratioLabel_->setText(tr("No self-raised money required (%1)").arg(qs(exempting->clause)));
        ratioLabel_->setStyleSheet(QStringLiteral("color: #1b7f3b;"));
        ratioLabel_->setToolTip(tr("The applicant and every partner are of type: %1").arg(text(exempting->exempt_names)));
    } else {
        ratioLabel_->setText(tr("No co-funding ratio applies"));
        ratioLabel_->setStyleSheet(QString());
        ratioLabel_->setToolTip(QString());
    }
    const CheckSummary s = summarize(doc_->findings());
    const bool zh = language() == "zh";
    const QString comma = zh ? QStringLiteral("，") : QStringLiteral(", ");
    const QString stop = zh ? QStringLiteral("。") : QStringLiteral(". ");
    if (s.errors > 0) {
        verdictLabel_->setText(tr("✗ %n error(s)", nullptr, s.errors) + comma +
                               tr("%n warning(s)", nullptr, s.warnings));
        verdictLabel_->setStyleSheet(QStringLiteral("color: #b01c1c; font-weight: bold;"));
    } else {
        verdictLabel_->setText(tr("✓ Meets the call's rules") +
                               (s.warnings ? (zh ? QStringLiteral("（") : QStringLiteral(" (")) +
                                                 tr("%n warning(s)", nullptr, s.warnings) +
                                                 (zh ? QStringLiteral("）") : QStringLiteral(")"))
                                           : QString()));
        verdictLabel_->setStyleSheet(QStringLiteral("color: #1b7f3b; font-weight: bold;"));
    }
    findingsSummary_->setText(
        s.errors + s.warnings + s.infos == 0
            ? tr("No findings: the plan meets every rule of the call.")
            : tr("%n error(s)", nullptr, s.errors) + comma + tr("%n warning(s)", nullptr, s.warnings) + comma +
                  tr("%n note(s)", nullptr, s.infos) + stop + tr("Click a finding to go to its place."));
}

void MainWindow::showMessage(const QString& message) {
    statusBar()->showMessage(message, 8000);
}

void MainWindow::showTab(int index) {
    tabs_->setCurrentIndex(index);
}

void MainWindow::showLines(bool lines) {
    if (linesToggle_->isChecked() != lines) linesToggle_->setChecked(lines);  // comes back here
    budgetStack_->setCurrentWidget(lines ? static_cast<QWidget*>(linesView_) : budgetView_);
    // The line of the grid's current cell, current in the list.
    if (lines && basisEditor_->model()->line()) {
        const int row = linesView_->linesModel()->rowOfLine(*basisEditor_->model()->line());
        if (row >= 0) linesView_->setCurrentIndex(linesView_->model()->index(row, LinesModel::Unit));
    }
}

void MainWindow::selectInBudget(const QModelIndexList& cells) {
    tabs_->setCurrentIndex(BudgetTab);
    showLines(false);  // a cell is shown in the grid
    // A year shown alone that hides a cell to select shows every year again.
    bool hidden = false;
    for (const QModelIndex& i : cells) hidden = hidden || budgetView_->isColumnHidden(i.column());
    if (hidden && budgetView_->shownYear()) {
        shownYear_->setCurrentIndex(0);
        budgetView_->setShownYear(std::nullopt);
    }
    QItemSelection selection;
    for (const QModelIndex& i : cells)
        if (i.isValid()) selection.select(i, i);
    if (cells.isEmpty() || !cells.front().isValid()) return;
    budgetView_->setCurrentIndex(cells.front());
    budgetView_->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    budgetView_->scrollTo(cells.front());
    budgetView_->setFocus();
}

void MainWindow::showFinding(const QString& rule, const QString& pointer) {
    const int groups = budgetModel_->groups();
    auto totals = [&](std::span<const Source> sources) {
        // The total row of every column of these sources (the years and outside the period).
        QModelIndexList cells;
        for (int g = 0; g < groups; ++g)
            for (Source s : sources) {
                const int col = g * BudgetModel::GroupColumnCount + static_cast<int>(s);
                if (!budgetView_->isColumnHidden(col)) cells << budgetModel_->index(budgetModel_->totalRow(), col);
            }
        // Collapsed columns: the self-raised subtotal stands for its sources.
        if (cells.isEmpty())
            for (int g = 0; g < groups; ++g)
                cells << budgetModel_->index(budgetModel_->totalRow(),
                                             g * BudgetModel::GroupColumnCount + BudgetModel::SelfRaised);
        return cells;
    };
    if (rule == QLatin1String("support.range")) {
        // What the range bounds: the special fund's total.
        static constexpr Source fiscal[] = {Source::fiscal};
        selectInBudget(totals(fiscal));
        return;
    }
    if (rule == QLatin1String("cofunding.ratio") || rule == QLatin1String("cofunding.yearly")) {
        selectInBudget(totals(kSelfSide));
        return;
    }
    if (rule == QLatin1String("cofunding.leverage")) {
        selectInBudget({budgetModel_->index(budgetModel_->totalRow(), budgetModel_->grandTotalColumn())});
        return;
    }
    if (rule == QLatin1String("budget.indirect_cap") || rule == QLatin1String("budget.cap")) {
        // Every row of the categories the call's caps of this finding cap (the
        // indirect ones for budget.indirect_cap, the rule's own for budget.cap).
        const Catalog& cat = doc_->catalog();
        auto capped = [&](Category c) {
            return std::any_of(cat.cap_rules.begin(), cat.cap_rules.end(), [&](const CapRule& r) {
                return QLatin1String(r.rule_id()) == rule && r.when.holds(doc_->plan()) && r.caps(c, cat);
            });
        };
        QModelIndexList cells;
        for (const CategoryInfo& c : cat.categories) {
            if (!capped(c.category)) continue;
            const int row = budgetModel_->rowOf(c.category);
            if (row < 0) continue;
            for (int g = 0; g < groups; ++g)
                cells << budgetModel_->index(row, g * BudgetModel::GroupColumnCount + BudgetModel::YearTotal);
            cells << budgetModel_->index(row, budgetModel_->grandTotalColumn());
        }
        selectInBudget(cells);
        return;
    }
    if (pointer == QLatin1String("/targets") || pointer.startsWith(QLatin1String("/targets/"))) {
        // indicator.count, indicator.by_year, indicator.first_year, indicator.year: the target's cell.
        tabs_->setCurrentIndex(IndicatorsTab);
        targetsView_->select(pointer);
        return;
    }
    if (rule.startsWith(QLatin1String("indicator.")) && pointer.startsWith(QLatin1String("/indicators/"))) {
        const int row = indicatorsModel_->rowOf(jsonUnescape(pointer.section('/', 2, 2)).toStdString());
        tabs_->setCurrentIndex(IndicatorsTab);
        if (row >= 0) {
            indicatorsView_->setCurrentIndex(indicatorsModel_->index(row, IndicatorsModel::Planned));
            // The whole row, though the view's own clicks select one cell.
            indicatorsView_->selectionModel()->select(indicatorsModel_->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            indicatorsView_->scrollTo(indicatorsModel_->index(row, 0));
            indicatorsView_->setFocus();
        }
        return;
    }
    showPointer(pointer);
}

void MainWindow::showPointer(const QString& pointer) {
    const QStringList parts = pointer.split('/', Qt::SkipEmptyParts);
    if (parts.isEmpty()) return;
    const QString top = parts[0];
    const Plan& plan = doc_->plan();
    auto selectIn = [this](QTableView* view, const QModelIndex& i, int tab) {
        tabs_->setCurrentIndex(tab);
        if (!i.isValid()) return;
        view->setCurrentIndex(i);
        view->scrollTo(i);
        view->setFocus();
    };
    if (top == "budget") {
        QModelIndex i = budgetModel_->indexOf({}, {}, {});
        bool ok = false;
        const int n = parts.size() > 1 ? parts[1].toInt(&ok) : -1;
        if (ok && n >= 0 && n < static_cast<int>(plan.budget.size())) {
            // The line's cell: a year of the period, or the column outside the period.
            const BudgetLine& l = plan.budget[n];
            const QModelIndex cell = budgetModel_->indexOf(l.year, l.category, l.source);
            if (cell.isValid()) i = cell;
        }
        selectInBudget({i});
        // A finding on a basis item (basis.item, basis.subtotal): that line's item in the editor.
        const BasisModel::Path item = BasisModel::pathOfPointer(pointer);
        if (ok && !item.empty()) basisEditor_->showItem(std::size_t(n), item);
    } else if (top == "partners") {
        const int n = parts.size() > 1 ? parts[1].toInt() : 0;
        selectIn(partnersView_, partnersModel_->index(n, PartnersModel::Name), PartnersTab);
    } else if (top == "indicators") {
        const int row = parts.size() > 1 ? indicatorsModel_->rowOf(jsonUnescape(parts[1]).toStdString()) : 0;
        selectIn(indicatorsView_, indicatorsModel_->index(row, IndicatorsModel::Planned), IndicatorsTab);
    } else if (top == "targets") {
        tabs_->setCurrentIndex(IndicatorsTab);
        targetsView_->select(pointer);
    } else if (top == "projections") {
        const int n = parts.size() > 1 ? parts[1].toInt() : 0;
        selectIn(projectionsView_, projectionsModel_->index(n, ProjectionsModel::Baseline), ProjectionsTab);
    } else if (QWidget* w = form_->fieldFor(pointer)) {
        tabs_->setCurrentIndex(ProjectTab);
        w->setFocus(Qt::OtherFocusReason);
    }
}

bool MainWindow::openFile(const QString& path, bool quiet) {
    // Read first: a file that cannot be read asks nothing, discards nothing and
    // keeps the open plan, its undo history and its recovery file.
    Result<Plan> plan = doc_->load(path);
    if (!plan) {
        if (!quiet) showCannotOpen(path, plan.error());
        return false;
    }
    if (!maybeSave()) return false;
    doc_->reset(std::move(plan).value(), QFileInfo(path).absoluteFilePath());
    addRecent(doc_->filePath());
    fitColumns(budgetView_);
    showMessage(tr("Opened %1").arg(QFileInfo(doc_->filePath()).fileName()));
    return true;
}

void MainWindow::showCannotOpen(const QString& path, const Error& error) {
    const QFileInfo file(path);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot open the plan"),
                                tr("Cannot open %1: %2").arg(file.fileName(), describe(error)), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("cannotOpen"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (file.isFile()) {
        const std::optional<long> line = error.place.line;
        QPushButton* edit =
            box->addButton(line ? tr("Open in a text editor at line %1").arg(*line) : tr("Open in a text editor"),
                           QMessageBox::ActionRole);
        edit->setObjectName(QStringLiteral("openInEditor"));
        connect(edit, &QPushButton::clicked, this,
                [path = file.absoluteFilePath(), line] { openInEditor(path, line); });
    }
    box->setDefaultButton(QMessageBox::Ok);
    box->open();  // window-modal; returns at once, so callers and tests never block on it
}

QStringList editorCommand(const QString& path, std::optional<long> line) {
    QString editor = qEnvironmentVariable("VISUAL").trimmed();
    if (editor.isEmpty()) editor = qEnvironmentVariable("EDITOR").trimmed();
    if (editor.isEmpty()) return {};
    // Through the shell, as git runs $EDITOR: the variable may hold options and quotes.
    QStringList command{QStringLiteral("/bin/sh"), QStringLiteral("-c"), editor + QStringLiteral(" \"$@\""), editor};
    if (line) command << QStringLiteral("+%1").arg(*line);
    return command << path;
}

void openInEditor(const QString& path, std::optional<long> line) {
    const QStringList command = editorCommand(path, line);
    if (!command.isEmpty() && QProcess::startDetached(command.front(), command.mid(1))) return;
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

QString MainWindow::manualsDir() {
    // Installed beside the program, else (a build tree) the sources' docs folder.
    const QString app = QCoreApplication::applicationDirPath();
    QStringList candidates{app + QStringLiteral("/../share/doc/cofund"),
                           app + QStringLiteral("/../share/doc/cofund/docs")};
#ifdef COFUND_DOCS_DIR
    candidates << QStringLiteral(COFUND_DOCS_DIR);
#endif
    for (const QString& c : candidates)
        if (QFileInfo::exists(c + QStringLiteral("/gui.md"))) return QDir(c).canonicalPath();
    return {};
}

QString MainWindow::gettingStartedHtml() const {
    QString html =
        tr("<h2>Getting started</h2>"
           "<ol>"
           "<li><b>Start a plan</b>: <i>File › New</i>, then the annex (key project) or direction (general project) "
           "of your application. The built-in example is a sample, not your plan.</li>"
           "<li><b>Project</b> tab: title, period, the applicant and the assumptions.</li>"
           "<li><b>Budget</b> tab: type each amount in 万元 (or switch to yuan): one row per category, per year and "
           "source. Below the grid, <i>Budget basis</i> holds how each amount is reckoned.</li>"
           "<li>Watch <b>Findings</b> (right): every rule of the call the plan breaks, with its fix. Click one to "
           "go to its place. The status bar gives the verdict.</li>"
           "<li><b>Save</b> (Ctrl+S), then <i>File › Export</i> the report (PDF) or the spreadsheet for the "
           "application.</li>"
           "</ol>"
           "<p>Keys: Ctrl+Z / Ctrl+Y undo and redo, F6 moves between the panes, F1 opens this page.</p>");
    const QString dir = manualsDir();
    if (!dir.isEmpty()) {
        html += tr("<h3>Manuals</h3>");
        html += QStringLiteral("<ul>");
        const std::pair<const char*, const char*> pages[] = {
            {"gui.md", QT_TR_NOOP("The desktop app")},
            {"charts-and-reports.md", QT_TR_NOOP("Charts and reports")},
            {"rules.md", QT_TR_NOOP("The rules of the call")},
            {"plan-format.md", QT_TR_NOOP("The plan file")},
            {"cli.md", QT_TR_NOOP("The command line")}};
        for (const auto& [file, title] : pages) {
            const QString path = dir + QLatin1Char('/') + QLatin1String(file);
            if (QFileInfo::exists(path))
                html += QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                            .arg(QUrl::fromLocalFile(path).toString(), tr(title).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

void MainWindow::showGettingStarted() {
    auto* dialog = findChild<QDialog*>(QStringLiteral("gettingStartedPage"));
    if (!dialog) {
        dialog = new QDialog(this);
        dialog->setObjectName(QStringLiteral("gettingStartedPage"));
        auto* layout = new QVBoxLayout(dialog);
        auto* page = new QTextBrowser(dialog);
        page->setObjectName(QStringLiteral("gettingStartedText"));
        page->setOpenExternalLinks(true);
        layout->addWidget(page);
        auto* close = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(close, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        layout->addWidget(close);
        dialog->resize(620, 480);
    }
    dialog->setWindowTitle(tr("Getting started"));
    dialog->findChild<QTextBrowser*>()->setHtml(gettingStartedHtml());
    dialog->show();
    dialog->raise();
}

void MainWindow::openExample() {
    Result<Plan> p = planner::parse_plan(planner::builtin_example_text(), doc_->catalog());
    if (p) {
        doc_->reset(std::move(p).value(), QString());
        doc_->setExample(true);
    }
    fitColumns(budgetView_);
}

void MainWindow::newFromTemplate(int annex, int direction) {
    if (!maybeSave()) return;
    startFrom(planner::make_template(builtin_catalog(), annex > 0 ? std::optional<int>(annex) : std::nullopt,
                                     direction > 0 ? std::optional<int>(direction) : std::nullopt));
}

void MainWindow::newFromCall(const std::string& call, const std::string& klass, std::optional<int> annex,
                             std::optional<int> direction) {
    if (!maybeSave()) return;
    const Catalog* c = doc_->calls().find(call);
    if (!c) return;
    startFrom(planner::make_template(*c, klass, annex, direction, c->year > 0 ? c->year : 2018));
}

// A new plan from a template, or the template's refusal in a message box.
void MainWindow::startFrom(Result<Plan> p) {
    if (!p) {
        QMessageBox::warning(this, tr("New plan"), describe(p.error()));
        return;
    }
    doc_->reset(std::move(p).value(), QString());
    fitColumns(budgetView_);
    tabs_->setCurrentIndex(0);
}

void MainWindow::open() {
    const QString dir = QSettings().value("lastDir").toString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open plan"), dir, tr("Plans (*.plan.json *.json);;All files (*)"));
    if (path.isEmpty()) return;
    QSettings().setValue("lastDir", QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::commitPendingEdit() {
    // A field or cell being typed in commits when it loses focus. The focus then
    // goes back (to the grid, for a cell's editor, which closes): after Ctrl+S,
    // Tab and typing go on where they were (the Xvfb test found it lost).
    QWidget* f = QApplication::focusWidget();
    if (!f) return;
    QPointer<QWidget> back = f;
    for (QWidget* w = f->parentWidget(); w; w = w->parentWidget())
        if (auto* view = qobject_cast<QAbstractItemView*>(w)) {
            back = view;
            break;
        }
    f->clearFocus();
    if (back) back->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::save() {
    commitPendingEdit();
    if (doc_->filePath().isEmpty()) return saveAs();
    Result<bool> r = doc_->saveAs(doc_->filePath());
    if (!r) {
        QMessageBox::warning(this, tr("Cannot save"), describe(r.error()));
        return false;
    }
    showMessage(tr("Saved %1").arg(doc_->filePath()));
    return true;
}

bool MainWindow::saveAs() {
    commitPendingEdit();
    QString suggested = doc_->filePath();
    if (suggested.isEmpty())
        suggested =
            QSettings().value("lastDir").toString() + QStringLiteral("/") + tr("plan") + QStringLiteral(".plan.json");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save plan as"), suggested, tr("Plans (*.plan.json)"));
    if (path.isEmpty()) return false;
    Result<bool> r = doc_->saveAs(path);
    if (!r) {
        QMessageBox::warning(this, tr("Cannot save"), describe(r.error()));
        return false;
    }
    QSettings().setValue("lastDir", QFileInfo(path).absolutePath());
    showMessage(tr("Saved %1").arg(doc_->filePath()));
    return true;
}

QString MainWindow::exportName(const QString& suffix) const {
    // Beside the plan, named after it: mine.plan.json → mine.xlsx.
    QString dir = QSettings().value("lastDir").toString();
    QString base = tr("plan");
    if (!doc_->filePath().isEmpty()) {
        const QFileInfo file(doc_->filePath());
        dir = file.absolutePath();
        base = file.fileName();
        for (const QString& ext : {QStringLiteral(".plan.json"), QStringLiteral(".json")})
            if (base.endsWith(ext, Qt::CaseInsensitive)) {
                base.chop(ext.size());
                break;
            }
    }
    return (dir.isEmpty() ? base : dir + QLatin1Char('/') + base) + QLatin1Char('.') + suffix;
}

bool MainWindow::exportThroughDialog(const QString& title, const QList<QPair<QString, QString>>& filters,
                                     const std::function<QString(const QString&)>& write) {
    commitPendingEdit();
    QStringList names;
    for (const auto& f : filters) names << f.first;
    QString path = exportName(filters.front().second);
    // A refusal (a name without a known extension, an unwritable folder) opens
    // the dialog again at the same name: the export is not lost with one click.
    for (;;) {
        QFileDialog dialog(this, title);
        dialog.setObjectName(QStringLiteral("exportDialog"));
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setNameFilters(names);
        // The chosen filter's extension goes on a name typed without one.
        const QString suffix = QFileInfo(path).suffix().toLower();
        int chosen = 0;
        for (int i = 0; i < filters.size(); ++i)
            if (filters[i].second == suffix) chosen = i;
        dialog.selectNameFilter(names[chosen]);
        dialog.setDefaultSuffix(filters[chosen].second);
        connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, &filters, &names](const QString& f) {
            const qsizetype i = names.indexOf(f);
            if (i >= 0) dialog.setDefaultSuffix(filters[i].second);
        });
        dialog.setDirectory(QFileInfo(path).absolutePath());
        dialog.selectFile(QFileInfo(path).fileName());
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) return false;
        path = dialog.selectedFiles().front();
        const QString error = write(path);
        if (error.isEmpty()) break;
        QMessageBox box(QMessageBox::Warning, title, error, QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("exportRefused"));
        box.exec();
    }
    QSettings().setValue("lastDir", QFileInfo(path).absolutePath());
    showMessage(tr("Wrote %1").arg(path));
    return true;
}

void MainWindow::exportReport() {
    exportThroughDialog(tr("Export report"),
                        {{tr("PDF (*.pdf)"), QStringLiteral("pdf")}, {tr("HTML (*.html)"), QStringLiteral("html")}},
                        [this](const QString& path) {
                            Result<bool> r =
                                render::write_report(doc_->plan(), doc_->catalog(), lang(), path.toStdString());
                            return r ? QString() : describe(r.error());
                        });
}

void MainWindow::exportSpreadsheet() {
    exportThroughDialog(
        tr("Export spreadsheet"),
        {{tr("Excel workbook (*.xlsx)"), QStringLiteral("xlsx")}, {tr("CSV (*.csv)"), QStringLiteral("csv")}},
        [this](const QString& path) { return exportSheet(doc_, path); });
}

void MainWindow::importSpreadsheet() {
    commitPendingEdit();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import from spreadsheet"), QSettings().value("lastDir").toString(),
                                     tr("Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty()) return;
    importSpreadsheetFile(path);
}

bool MainWindow::importSpreadsheetFile(const QString& path) {
    const SheetImport got = importSheet(doc_, path);
    if (!got.refusals.isEmpty()) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Import from spreadsheet"),
                                    tr("%1 was not imported; the plan is unchanged.").arg(QFileInfo(path).fileName()),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importRefused"));
        box->setInformativeText(got.refusals.join('\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();  // window-modal; returns at once
        return false;
    }
    showMessage(got.applied ? tr("Imported %1 (Ctrl+Z undoes it)").arg(QFileInfo(path).fileName())
                            : tr("%1 holds the budget as it is; nothing changed").arg(QFileInfo(path).fileName()));
    return got.applied;
}

bool MainWindow::maybeSave() {
    commitPendingEdit();
    if (!doc_->isModified()) return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"), tr("%1 has changes that are not saved. Save them?").arg(doc_->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) return save();
    if (answer == QMessageBox::Discard) {
        recovery_->discard();
        return true;
    }
    return false;
}

QMessageBox* MainWindow::recoveryPrompt(const Recovery::Pending& pending, int index, int count) {
    // The file's name first (its folder beside), the time in the user's zone and
    // language: a raw UTC stamp and a long path hid which plan was meant.
    const QFileInfo file(pending.originalPath);
    const QString name = pending.originalPath.isEmpty() ? tr("an untitled plan") : file.fileName();
    QDateTime when = QDateTime::fromString(pending.savedAt, Qt::ISODate);
    if (!when.isValid()) when = QFileInfo(pending.recoveryPath).lastModified();
    const QString time = QLocale(language()).toString(when.toLocalTime(), QLocale::ShortFormat);
    QString question = tr("Cofund was not closed properly. The unsaved changes to %1 were kept (last at %2)."
                          "\n\nRestore them? The file itself stays as it was until you save.")
                           .arg(name, time);
    if (count > 1)
        question = tr("Unsaved plan %1 of %2.").arg(index + 1).arg(count) + QStringLiteral("\n\n") + question;
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Restore unsaved changes?"), question, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("recoveryPrompt"));
    if (!pending.originalPath.isEmpty()) box->setInformativeText(tr("Folder: %1").arg(file.absolutePath()));
    QPushButton* restore = box->addButton(tr("&Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restore"));
    // Escape and the window's close button mean "not now": the changes stay for the next start.
    QPushButton* later = box->addButton(tr("Decide &later"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("later"));
    QPushButton* discard = box->addButton(tr("&Delete changes…"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discard"));
    box->setDefaultButton(restore);
    box->setEscapeButton(later);
    return box;
}

QMessageBox* MainWindow::confirmDiscardPrompt(const Recovery::Pending& pending) {
    const QString name =
        pending.originalPath.isEmpty() ? tr("an untitled plan") : QFileInfo(pending.originalPath).fileName();
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete unsaved changes?"),
                                tr("The unsaved changes to %1 will be deleted for good. Delete them?").arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDiscard"));
    QPushButton* yes = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("delete"));
    QPushButton* keep = box->addButton(tr("&Keep them"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keep"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    return box;
}

bool MainWindow::offerRecovery() {
    std::vector<Recovery::Pending> left = Recovery::pending();
    bool restoredHere = false;
    for (size_t i = 0; i < left.size(); ++i) {
        Recovery::Pending& p = left[i];
        // Behind the prompt, this window shows the plan on offer (unmodified, so
        // its own recovery slot stays empty), not an empty "Untitled".
        if (!restoredHere) doc_->reset(p.plan, p.originalPath, false);
        std::unique_ptr<QMessageBox> box(recoveryPrompt(p, int(i), int(left.size())));
        box->exec();
        const QString chosen = box->clickedButton() ? box->clickedButton()->objectName() : QString();
        box.reset();
        if (chosen == QLatin1String("discard")) {
            std::unique_ptr<QMessageBox> confirm(confirmDiscardPrompt(p));
            confirm->exec();
            if (confirm->clickedButton() && confirm->clickedButton()->objectName() == QLatin1String("delete"))
                Recovery::discard(p.recoveryPath);
        }
        if (chosen != QLatin1String("restore")) {
            if (!restoredHere) doc_->reset(Plan{}, {}, false);
            continue;
        }
        // The first restored plan takes this window, every further one a window of its own.
        MainWindow* target = this;
        if (restoredHere) {
            target = new MainWindow;
            target->setAttribute(Qt::WA_DeleteOnClose);
            target->show();
        }
        target->restore(std::move(p));
        restoredHere = true;
    }
    return restoredHere;
}

void MainWindow::restore(Recovery::Pending pending) {
    doc_->reset(std::move(pending.plan), pending.originalPath, true);
    // Into this window's own slot at once; the old slot goes only once that is written.
    if (recovery_->writeNow()) Recovery::discard(pending.recoveryPath);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (maybeSave()) {
        recovery_->discard();
        saveLayout();
        event->accept();
    } else {
        event->ignore();
    }
}

void MainWindow::resizeEvent(QResizeEvent* event) {
    QMainWindow::resizeEvent(event);
    // Below 900 px of height the basis editor and every row of the grid do not fit together.
    // Only until the editor is folded or opened otherwise (its toggle, a test, a finding).
    if (!QSettings().contains("budget/basisOpen") && !basisEditor_->foldChosen())
        basisEditor_->fold(height() < kBasisOpenHeight);
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) {
        for (const QUrl& u : event->mimeData()->urls())
            if (u.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
    }
}

void MainWindow::dropEvent(QDropEvent* event) {
    for (const QUrl& u : event->mimeData()->urls()) {
        if (!u.isLocalFile()) continue;
        event->acceptProposedAction();
        openFile(u.toLocalFile());
        return;
    }
}

void MainWindow::addRecent(const QString& path) {
    QSettings settings;
    QStringList files = settings.value("recentFiles").toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent) files.removeLast();
    settings.setValue("recentFiles", files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    if (!recentMenu_) return;
    recentMenu_->clear();
    const QStringList files = QSettings().value("recentFiles").toStringList();
    int n = 0;
    for (const QString& f : files) {
        ++n;
        auto* a = recentMenu_->addAction(QStringLiteral("&%1 %2").arg(n).arg(QFileInfo(f).fileName()));
        a->setToolTip(f);
        connect(a, &QAction::triggered, this, [this, f] { openFile(f); });
    }
    recentMenu_->setEnabled(n > 0);
}

void MainWindow::switchLanguage(const QString& code) {
    setLanguage(code);
    render::use_language(lang());
    setLanguage(code);  // the app's own translator goes last, so it is asked first
    QSettings().setValue("language", language());
    for (QAction* a : languageGroup_->actions()) a->setChecked(a->data().toString() == language());
}

}  // namespace cofund::ui
