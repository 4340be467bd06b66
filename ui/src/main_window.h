// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The main window: editors in tabs (project, budget, partners, indicators,
// projections), charts, findings and the undo history beside them, totals and
// the verdict in the status bar.

#include <QMainWindow>
#include <QModelIndexList>
#include <QStringList>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cofund/result.h"
#include "recovery.h"

class QAction;
class QActionGroup;
class QCheckBox;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QMessageBox;
class QRadioButton;
class QShortcut;
class QStackedWidget;
class QToolButton;
class QTabWidget;
class QTableView;
class QUndoView;

namespace cofund::ui {

class BasisEditor;
class BudgetModel;
class BudgetTaskBar;
class BudgetView;
class ChartPanel;
class Document;
class FindingsModel;
class IndicatorsModel;
class LinesView;
class PartnersModel;
class ProjectForm;
class ProjectionsModel;
class SummaryView;
class TargetsView;
class TasksView;

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Document* document() const { return doc_; }
    BudgetModel* budgetModel() const { return budgetModel_; }
    FindingsModel* findingsModel() const { return findingsModel_; }
    BudgetView* budgetView() const { return budgetView_; }
    SummaryView* summaryView() const { return summary_; }
    QTableView* findingsView() const { return findingsView_; }
    QTableView* indicatorsView() const { return indicatorsView_; }
    /// The plan's indicators with targets by year, on the Indicators tab.
    TargetsView* targetsView() const { return targetsView_; }
    ProjectForm* projectForm() const { return form_; }
    QTabWidget* tabs() const { return tabs_; }
    ChartPanel* chartPanel() const { return charts_; }
    TasksView* tasksView() const { return tasksView_; }
    BudgetTaskBar* budgetTaskBar() const { return taskBar_; }
    /// The budget lines one by one (issue 26): the Budget tab shows it instead
    /// of the grid while showLines() is on (the "Lines" button beside the task bar).
    LinesView* linesView() const { return linesView_; }
    QToolButton* linesToggle() const { return linesToggle_; }
    void showLines(bool lines);
    /// The basis (测算依据) of the grid's current cell, below the grid.
    BasisEditor* basisEditor() const { return basisEditor_; }

    /// Imports the budget lines of a workbook or CSV over the open plan as one
    /// undo step (File › Import from spreadsheet without its file dialog). A
    /// refusal changes nothing and is shown, with its sheet!cell, in a
    /// window-modal box (object name "importRefused") that does not block.
    bool importSpreadsheetFile(const QString& path);
    /// Opens a plan file. The file is read first: if it cannot be, the open plan
    /// stays as it was (plan, file, undo history, recovery file; nothing is asked)
    /// and, unless `quiet`, a message in the interface language says why and
    /// offers to open the file in a text editor at the line (a window-modal box,
    /// object name "cannotOpen", that does not block). Otherwise unsaved changes
    /// are offered to be saved first. Returns whether it opened.
    bool openFile(const QString& path, bool quiet = false);
    /// Opens the built-in example plan (annex 3). A new window's plan is empty until
    /// this or openFile().
    void openExample();
    /// After a crash: offers every recovery file no running window holds, one
    /// after another; the first restored goes into this window, each further one
    /// into a new window. Returns whether this window got one.
    bool offerRecovery();
    /// The question offerRecovery() asks about one left slot (the `index`-th of
    /// `count`): the file's name and folder, the local time it was last kept;
    /// buttons "restore" (default), "later" (Escape: the slot stays for the next
    /// start) and "discard" (asks confirmDiscardPrompt() first). The caller owns it.
    QMessageBox* recoveryPrompt(const Recovery::Pending& pending, int index, int count);
    /// "Delete the unsaved changes for good?": buttons "delete" and "keep" (the
    /// default, and Escape). The caller owns it.
    QMessageBox* confirmDiscardPrompt(const Recovery::Pending& pending);
    /// Takes over a left recovery slot: its plan, unsaved, into this window
    /// (written to this window's own slot, then the old slot is removed).
    void restore(Recovery::Pending pending);
    /// This window's recovery slot.
    Recovery* recovery() const { return recovery_; }
    /// Shows the place a finding's JSON pointer names: a grid cell, a row, a field.
    void showPointer(const QString& pointer);
    /// Shows and selects what a finding is about, by its rule and pointer: the
    /// special fund's totals for support.range, the self-raised totals for the
    /// co-funding rules, the line (also outside the period) for budget.year, the
    /// indicator's row for indicator rules, the applicant's field for eligibility.
    void showFinding(const QString& rule, const QString& pointer);
    /// The window height from which the basis editor starts open (unless the user folded or opened it).
    static constexpr int kBasisOpenHeight = 900;
    /// The tabs, in order.
    enum Tab { ProjectTab, BudgetTab, SummaryTab, PartnersTab, IndicatorsTab, ProjectionsTab, TasksTab };
    /// Selects a tab by index (Tab).
    void showTab(int index);
    /// Sizes the window: the geometry and dock layout last saved, else as large
    /// as the available screen allows up to 1400×900. Returns whether a saved one was used.
    bool restoreLayout();
    /// Saves the geometry and the docks' sizes (QSettings).
    void saveLayout() const;
    /// The docks' default sizes for the window's size.
    void fitDocks();

    /// Help › Getting started (F1): a short page in the interface language, with
    /// links to the manuals where they are found (dialog "gettingStartedPage").
    void showGettingStarted();
    QString gettingStartedHtml() const;
    /// The folder of the manuals (docs/*.md): installed beside the program, else
    /// the sources' docs of a build tree; empty when neither is there.
    static QString manualsDir();

  public slots:
    void newFromTemplate(int annex, int direction);
    /// File › New for a class of another call (its annex or direction when the class names one).
    void newFromCall(const std::string& call, const std::string& klass, std::optional<int> annex,
                     std::optional<int> direction);
    void startFrom(Result<Plan> plan);
    void open();
    bool save();
    bool saveAs();
    void exportReport();
    void exportSpreadsheet();
    void importSpreadsheet();

  protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

  private:
    void createActions();
    void createMenus();
    QWidget* createBudgetTab();
    QWidget* createPartnersTab();
    QWidget* createIndicatorsTab();
    QWidget* createProjectionsTab();
    void retranslate();
    void updateTitle();
    void updateStatus();
    void fillYears();
    void selectInBudget(const QModelIndexList& cells);
    void updateRecentMenu();
    void addRecent(const QString& path);
    bool maybeSave();
    /// Where an export goes by default: beside the plan, named after it, with `suffix`.
    QString exportName(const QString& suffix) const;
    /// A save dialog (object name "exportDialog") with `filters` (the dialog's
    /// text, the extension), the first one chosen; a name typed without an
    /// extension gets the chosen filter's. `write` returns a refusal, shown in a
    /// box ("exportRefused"), after which the dialog opens again at that name.
    bool exportThroughDialog(const QString& title, const QList<QPair<QString, QString>>& filters,
                             const std::function<QString(const QString&)>& write);
    void commitPendingEdit();
    void switchLanguage(const QString& code);
    void showMessage(const QString& message);
    void showCannotOpen(const QString& path, const Error& error);
    /// The panes F6 and Ctrl+Tab go through, in order: the tab's editor (the grid
    /// on the Budget tab), the basis editor, the charts, the findings, the history.
    QList<QWidget*> panes() const;
    /// Focuses the next (`step` +1) or previous (-1) pane.
    void focusPane(int step);
    /// Alt+`english`'s letter for a tab (`tab` >= 0) or a menu, whose shown text `shown` gives.
    void addLatinKey(const char* english, int tab, std::function<QString()> shown, std::function<void()> act);
    /// Enables each English letter where the translation's mnemonic is another.
    void updateLatinKeys();

    Document* doc_;
    Recovery* recovery_;
    BudgetModel* budgetModel_;
    PartnersModel* partnersModel_;
    IndicatorsModel* indicatorsModel_;
    ProjectionsModel* projectionsModel_;
    FindingsModel* findingsModel_;

    QTabWidget* tabs_;
    ProjectForm* form_;
    BudgetView* budgetView_;
    QTableView* partnersView_;
    QTableView* indicatorsView_;
    TargetsView* targetsView_;
    QTableView* projectionsView_;
    QTableView* findingsView_;
    SummaryView* summary_;
    TasksView* tasksView_;
    BudgetTaskBar* taskBar_;
    LinesView* linesView_;
    QToolButton* linesToggle_;
    QStackedWidget* budgetStack_;
    QComboBox *sourceColumns_, *shownYear_;
    QLabel *sourceColumnsLabel_, *shownYearLabel_;
    ChartPanel* charts_;
    QUndoView* history_;
    QDockWidget *chartsDock_, *findingsDock_, *historyDock_;
    BasisEditor* basisEditor_;

    QRadioButton *unitYuan_, *unitWan_;
    QCheckBox* hideEmpty_;
    QLabel* budgetHint_;
    QLabel* findingsSummary_;
    QLabel *fiscalLabel_, *selfLabel_, *ratioLabel_, *verdictLabel_;
    QWidget *partnersButtons_, *projectionsButtons_;

    QMenu *fileMenu_ = nullptr, *newMenu_ = nullptr, *recentMenu_ = nullptr, *editMenu_ = nullptr, *viewMenu_ = nullptr,
          *languageMenu_ = nullptr, *helpMenu_ = nullptr;
    std::vector<QMenu*> otherCallMenus_;  ///< File › New's submenus of the other calls
    QAction *newExampleAct_, *openAct_, *saveAct_, *saveAsAct_, *exportReportAct_, *exportSheetAct_, *importSheetAct_,
        *exportChartAct_, *quitAct_;
    QAction *undoAct_, *redoAct_, *copyAct_, *pasteAct_, *deleteAct_;
    QAction *yuanAct_, *wanAct_, *hideEmptyAct_, *aboutAct_, *gettingStartedAct_, *manualsAct_;
    QLabel* exampleBanner_;
    QActionGroup *languageGroup_, *unitGroup_;
    struct LatinKey {
        QShortcut* shortcut;
        int tab;
        std::function<QString()> shown;
    };
    std::vector<LatinKey> latinKeys_;
};

/// The command that opens `path` in the user's text editor at `line`: $VISUAL,
/// else $EDITOR, run through /bin/sh with "+LINE" (vi, Emacs, nano and gedit
/// understand it) before the path. Empty when neither variable is set.
QStringList editorCommand(const QString& path, std::optional<long> line);
/// Starts editorCommand(), or else hands the file to the desktop's default
/// application (QDesktopServices), which cannot go to the line.
void openInEditor(const QString& path, std::optional<long> line);

}  // namespace cofund::ui
