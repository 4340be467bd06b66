// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The budget at a glance, in the layout of the call's budget table (the
// report's tables 1 and 2): sources × years with the self-raised breakdown, and
// categories × years × fiscal / self-raised with the period totals, plus the
// column of money outside the period when any line lies there. Every number is
// read from the document's BudgetSummary (summary.h); nothing is summed here.
// Refreshed with every edit.

#include <QAbstractTableModel>
#include <QPointer>
#include <QWidget>

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "app_language.h"
#include "cofund/basis.h"
#include "cofund/summary.h"

class QHBoxLayout;
class QLabel;
class QScrollArea;
class QTableView;
class QVBoxLayout;

namespace cofund::ui {

class Document;

/// What both summary tables share: the document, the unit, the columns of the summary.
class SummaryModelBase : public QAbstractTableModel {
    Q_OBJECT
  public:
    SummaryModelBase(Document* doc, QObject* parent);
    MoneyUnit unit() const { return unit_; }
    void setUnit(MoneyUnit unit);
    /// The summary's columns: the project years, then outside the period when any line is there.
    int summaryColumns() const { return static_cast<int>(columns_.size()); }
    /// The document's summary of now.
    const BudgetSummary& summaryOfDocument() const { return summary(); }

  protected:
    /// An amount cell: formatted in the unit, the exact yuan in ExactRole and, in 万元, the tooltip.
    QVariant amountData(const Money& m, int role, bool strong, bool outside) const;
    QString columnLabel(int summaryColumn) const;
    const BudgetSummary& summary() const;
    /// The sums of a summary column, read from the document's summary of now.
    const Sums& sumsOf(int summaryColumn) const;
    bool isOutside(int summaryColumn) const { return !columns_[summaryColumn].has_value(); }
    void refresh();

    QPointer<Document> doc_;
    MoneyUnit unit_ = MoneyUnit::wan;
    /// The summary's columns by year (nullopt: outside the period). Only the
    /// years are kept: the summary is renewed on every change, so pointers into it would dangle.
    std::vector<std::optional<int>> columns_;
};

/// Table 1: sources as rows (special fund, other fiscal, self-raised and its
/// breakdown, total), the summary's columns, then the total.
class SourcesSummaryModel : public SummaryModelBase {
    Q_OBJECT
  public:
    enum Row { Fiscal, OtherFiscal, SelfRaised, Own, Loan, Partners, OtherSource, Total, RowCount };
    explicit SourcesSummaryModel(Document* doc, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    /// The whole plan's column (the last).
    int totalColumn() const { return summaryColumns(); }
    /// The sources a row sums.
    static std::span<const Source> sources(int row);
};

/// Table 2: categories as rows (I. direct costs and its categories, II. indirect
/// costs, total); for each summary column fiscal and self-raised, then the
/// period's fiscal, self-raised and sum. Under a category whose lines (or basis
/// items) are of equipment kind purchase, the 2021 table's row "of which:
/// equipment purchase" (其中：购置设备费, issue 25), as the report prints it.
class CategoriesSummaryModel : public SummaryModelBase {
    Q_OBJECT
  public:
    /// Rows: Direct, then the call's direct categories (each with its "of which:
    /// purchase" row where it has one), Indirect (when the call has indirect costs), Total.
    static constexpr int kDirectRow = 0;
    /// The indirect-costs row, or -1 when the call has no indirect category.
    int indirectRow() const;
    int totalRow() const { return static_cast<int>(rows_.size()) - 1; }
    /// The "of which: equipment purchase" row of a category, or -1 where it has none.
    int purchaseRowOf(Category c) const;
    explicit CategoriesSummaryModel(Document* doc, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    /// The row of a category (the total row for one the table does not show).
    int rowOf(Category c) const;
    /// The category of a row: a direct one, or the indirect costs when the call has one indirect category.
    std::optional<Category> categoryOfRow(int row) const;
    /// The period's fiscal, self-raised and sum columns.
    int totalFiscalColumn() const { return 2 * summaryColumns(); }
    int totalSelfColumn() const { return totalFiscalColumn() + 1; }
    int totalSumColumn() const { return totalFiscalColumn() + 2; }
  private:
    void readCategories();
    std::vector<Category> direct_, indirect_;  ///< the call's, in its table's order
    struct Row {
        enum Kind { Direct, CategoryRow, Purchase, Indirect, Total } kind = Direct;
        std::optional<Category> category;  ///< of a category's row and its purchase row
        int number = 0;                    ///< a direct category's number in the table ("1. 设备费")
    };
    std::vector<Row> rows_;
    /// The purchase money by the summary's columns, computed once per plan version.
    const EquipmentSums& purchase() const;
    mutable std::optional<EquipmentSums> purchase_;
    mutable quint64 purchaseOf_ = 0;
};

/// Table 3 (issue 17): the budget by task over the whole plan, read from the
/// summary's by_task(): each task of the plan's list, any other id lines name,
/// then the lines without a task; columns fiscal, self-raised and total. No
/// rows when no line names a task.
class TasksSummaryModel : public SummaryModelBase {
    Q_OBJECT
  public:
    enum Column { FiscalColumn, SelfColumn, TotalColumn, ColumnCount };
    explicit TasksSummaryModel(Document* doc, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    /// The task of a row ("" for the lines without a task).
    std::string taskOf(int row) const { return tasks_.at(static_cast<size_t>(row)); }

  private:
    void refreshTasks();
    std::vector<std::string> tasks_;
};

/// Table 4 (issue 26): the budget by participating unit (承担单位、合作单位经费
///预算明细表), read from the summary's by_unit(): the applicant, then each
/// partner, then the total; columns the unit's type, the tasks it leads, total,
/// fiscal, self-raised and the special fund transferred to it (外拨). No rows
/// when no line names a unit.
class UnitsSummaryModel : public SummaryModelBase {
    Q_OBJECT
  public:
    enum Column { TypeColumn, LeadsColumn, TotalColumn, FiscalColumn, SelfColumn, TransferredColumn, ColumnCount };
    explicit UnitsSummaryModel(Document* doc, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    /// The total row (after the units).
    int totalRow() const { return units_; }
    /// Short row names: "Applicant", then each partner's id ("P1"); the names then
    /// stand in legend(), the type in each row's tooltip. Where the page is narrow
    /// (English and Russian at 1366 px) the table so fits beside table 1 (issue 26).
    void setShortNames(bool shortNames);
    bool shortNames() const { return shortNames_; }
    /// "P1: Institute of … · P2: 新疆某…": the partners' whole names (the applicant's row says "Applicant").
    QString legend() const;

  private:
    void refreshUnits();
    int units_ = 0;
    bool shortNames_ = false;
};

/// The two tables one above the other, with their titles. Fits a 1366×768 screen in 万元.
class SummaryView : public QWidget {
    Q_OBJECT
  public:
    explicit SummaryView(Document* doc, QWidget* parent = nullptr);
    SourcesSummaryModel* sourcesModel() const { return sources_; }
    CategoriesSummaryModel* categoriesModel() const { return categories_; }
    TasksSummaryModel* tasksModel() const { return tasks_; }
    UnitsSummaryModel* unitsModel() const { return units_; }
    QTableView* unitsView() const { return unitsView_; }
    /// "Special fund transferred to the partners (外拨): …, of which abroad: …".
    QLabel* unitsNote() const { return unitsNote_; }
    QTableView* tasksView() const { return tasksView_; }
    QTableView* sourcesView() const { return sourcesView_; }
    QTableView* categoriesView() const { return categoriesView_; }
    void setUnit(MoneyUnit unit);

  protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    /// A page of another width gives the row names another room: fitted again.
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void retranslate();
    /// The special fund transferred to the partners and abroad, in the unit.
    QString transferredText() const;
    /// Table 4's note: transferredText(), and with short row names their legend.
    QString unitsNoteText() const;
    /// Sizes the tables to their contents; while the tab is hidden, only marks them to be sized when shown.
    void fit();
    /// Sizes the tables to a page `page` pixels wide (margins excluded).
    void fitTo(int page);
    bool unfitted_ = false;
    bool fitting_ = false;
    /// The page's width the tables were last fitted to.
    int fittedWidth_ = -1;

    SourcesSummaryModel* sources_;
    CategoriesSummaryModel* categories_;
    TasksSummaryModel* tasks_;
    UnitsSummaryModel* units_;
    QTableView *sourcesView_, *categoriesView_, *tasksView_, *unitsView_;
    QScrollArea* scroll_;
    QVBoxLayout* pageLayout_;
    QHBoxLayout* top_;
    QVBoxLayout* right_;   ///< beside table 1: table 3, then table 4 where it fits
    QWidget* unitsBlock_;  ///< table 4 with its title and note
    QLabel *sourcesTitle_, *categoriesTitle_, *tasksTitle_, *tasksNote_, *unitsTitle_, *unitsNote_;
};

}  // namespace cofund::ui
