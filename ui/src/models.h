// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The table models over a Document. They read the plan and, on an edit, build
// the changed plan and hand it to Document::edit() as one undo command; they
// never change the plan themselves. DisplayRole gives the formatted value,
// ExactRole the exact one (amounts: yuan with two decimals as in plan files).

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>
#include <optional>
#include <vector>

#include "app_language.h"
#include "cofund/plan.h"
#include "cofund/rules.h"
#include "cofund/summary.h"

namespace cofund::ui {

class Document;

enum Roles {
    ExactRole = Qt::UserRole + 1,  ///< exact value as text: amounts in yuan ("1500000.00"), decimals as written
    PointerRole,                   ///< JSON pointer into the plan of the row or cell
    IdRole,                        ///< the plan-file id (source, category, type, indicator, rule)
};

/// The budget grid: categories as rows (and a total row), for each project year
/// one column per source, the self-raised subtotal and a year total, then the
/// grand total. Every total is read from the document's BudgetSummary.
class BudgetModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    /// The columns within one year's group. The view shows either the sources
    /// or, collapsed, the fiscal ones and the self-raised subtotal.
    enum GroupColumn { Fiscal, OtherFiscal, Self, Loan, Partner, OtherSource, SelfRaised, YearTotal, GroupColumnCount };
    static_assert(SelfRaised == kSourceCount);

    explicit BudgetModel(Document* doc, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    MoneyUnit unit() const { return unit_; }
    void setUnit(MoneyUnit unit);

    /// What a cell shows; empty optionals mean "all" (totals).
    struct Cell {
        std::optional<int> year;  ///< a project year; empty for totals and outside the period
        bool outside = false;     ///< the columns of the money outside the period
        std::optional<Category> category;
        std::optional<Source> source;
        bool selfRaised = false;  ///< the self-raised subtotal of the year (no source)
        bool editable() const { return (year || outside) && category && source; }
    };
    Cell cellAt(const QModelIndex& index) const;
    QModelIndex indexOf(std::optional<int> year, std::optional<Category> category, std::optional<Source> source) const;
    int totalRow() const { return static_cast<int>(categories_.size()); }
    /// The category of a row (the call's categories in its table's order), or nullopt for the total row.
    std::optional<Category> categoryOfRow(int row) const;
    /// The row of a category, or -1 when the grid does not show it.
    int rowOf(Category c) const;
    int grandTotalColumn() const { return groups() * GroupColumnCount; }
    /// Column groups: one per project year, then one outside the period when any line is there.
    int groups() const { return years_ + (outside_ ? 1 : 0); }

    /// A typed amount checked against a cell: parsed and applied to a copy of the plan, once.
    struct Entry {
        QString refusal;           ///< why it cannot go in (not an amount, too many decimals, a new
                                   ///< line outside the period), in the interface language
        std::optional<Plan> plan;  ///< the plan with the amount in, when it can go in
        Cell cell;
        Money before, after;
        quint64 generation = 0;  ///< the plan version it was checked against
    };
    /// Checks `typed` for the cell at `index`. A cell that takes no typing (a
    /// total, or any while a task filter is on) gives neither a refusal nor a plan.
    Entry check(const QModelIndex& index, const QString& typed) const;
    /// Pushes a checked amount as ONE undo entry (none when the cell held it
    /// already). False, and nothing done, for a refused entry or one checked
    /// against an older version of the plan. The grid's editor checks when the
    /// typing is committed and enters what it checked; setData() does both.
    bool enter(Entry entry);
    /// The text of a cell's undo entry in the interface language and the grid's
    /// unit: "设备费 · 2018 · 专项经费：6.00 → 8.00 万元".
    QString editText(const Cell& c, const Money& before, const Money& after) const;

    /// Applies a tab-separated block (as Excel and LibreOffice copy it) from
    /// `topLeft` as ONE undo command. Cells on totals are skipped. Returns the
    /// number of cells set, or an error naming the first cell that does not parse.
    Result<int> pasteTsv(const QModelIndex& topLeft, const QString& tsv);
    /// Sets every editable cell among `indexes` to zero, as one undo command.
    int clearCells(const QModelIndexList& indexes);
    /// The cells as tab-separated text (rows of the rectangle spanning them).
    QString copyTsv(const QModelIndexList& indexes) const;

    /// Shows only the lines of one task ("" for the lines naming none), or,
    /// with nullopt, every line. While a task is shown the amounts are read-only
    /// (they are typed with every line shown); the lines' task can be set.
    void setTaskFilter(std::optional<std::string> task);
    const std::optional<std::string>& taskFilter() const { return taskFilter_; }
    /// Shows only the lines of one unit (a partner's id, "" for the applicant's),
    /// or, with nullopt, every line (issue 26); as with a task, amounts are then read-only.
    void setUnitFilter(std::optional<std::string> unit);
    const std::optional<std::string>& unitFilter() const { return unitFilter_; }
    /// Whether a filter hides lines.
    bool filtered() const { return taskFilter_ || unitFilter_; }
    /// Whether the task and unit filters show a line (every line without a filter).
    bool shows(const BudgetLine& line) const;
    /// Whether a line is in an editable cell's column, row and source (and shown by the filter).
    bool inCell(const BudgetLine& line, const Cell& c) const;
    /// Names `task` ("" for none) on every line in the editable cells among
    /// `indexes` (the shown ones under a filter), as ONE undo command. Returns
    /// the number of lines whose task changed.
    int setTaskOfCells(const QModelIndexList& indexes, const std::string& task);

  signals:
    /// A typed or pasted amount was refused; the message says why.
    void inputRejected(const QString& message);
    /// The task or unit filter changed (the Lines view follows it).
    void filterChanged();

  private:
    void refresh();
    /// A cell's amount, read from sums(): a cell summed the whole budget on
    /// each paint, which made a 400,000-line plan take seconds per repaint.
    Money amount(const Cell& c) const;
    QString groupLabel(const Cell& c) const;
    /// Sets an editable cell in `plan` (set_cell, or set_outside_cell outside the period).
    bool setCell(Plan& plan, const Cell& c, const Money& amount) const;
    QString outsideRefusal() const;

    QPointer<Document> doc_;
    MoneyUnit unit_ = MoneyUnit::wan;
    int startYear_ = 0, years_ = 0;
    bool outside_ = false;
    /// The rows: the call's categories (a forbidden one only where the plan has money there).
    std::vector<Category> categories_;
    std::vector<Category> rowCategories() const;
    /// The sums the grid shows: the Document's summary, or under a task or unit filter the filtered lines'.
    const BudgetSummary& sums() const;
    std::optional<BudgetSummary> filtered_;  ///< the sums of the filter's lines, only while a filter is on
    std::optional<std::string> taskFilter_, unitFilter_;
};

/// The skeleton the plan's row models share (partners, indicators, projections,
/// findings, tasks): the Document, a reload on every change of the plan, the
/// rows and columns counted once, a model reset when that shape changes and one
/// dataChanged of every cell otherwise, and headers and cells again when the
/// interface language changes.
class PlanRowsModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;

  protected:
    /// Connects reload() to the plan's changes; the derived constructor calls reload() once.
    PlanRowsModel(Document* doc, QObject* parent);
    /// Reads the plan again and ends with reshape().
    virtual void reload() = 0;
    /// Applies a reload: `update` (it changes what the rows read) runs inside a
    /// model reset when the rows, the columns or `layoutChanged` changed, else
    /// before one dataChanged of every cell.
    void reshape(int rows, int columns, bool layoutChanged, const std::function<void()>& update = {});

    QPointer<Document> doc_;

  private:
    int rows_ = 0, columns_ = 0;
};

class PartnersModel : public PlanRowsModel {
    Q_OBJECT
  public:
    enum Column { Name, Country, Type, ColumnCount };
    explicit PartnersModel(Document* doc, QObject* parent = nullptr);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    void addPartner();
    void removePartner(int row);

  private:
    void reload() override;
};

/// Every indicator that applies to the plan (the annex's, then the common ones),
/// then any the plan states that the call does not know.
class IndicatorsModel : public PlanRowsModel {
    Q_OBJECT
  public:
    enum Column { Name, Kind, Target, Planned, Projected, Status, ColumnCount };
    explicit IndicatorsModel(Document* doc, QObject* parent = nullptr);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    int rowOf(const std::string& id) const;

  signals:
    void inputRejected(const QString& message);

  private:
    void reload() override;
    struct Row {
        std::string id;
        const Indicator* indicator = nullptr;  ///< null for an id the call does not know
    };
    std::vector<Row> indicators_;
};

/// The projections: baseline, then a growth rate (with low and high) or a value per year.
class ProjectionsModel : public PlanRowsModel {
    Q_OBJECT
  public:
    enum Column { Indicator, Baseline, Rate, Low, High, FirstYear };  ///< then one column per project year
    explicit ProjectionsModel(Document* doc, QObject* parent = nullptr);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// Adds a projection of `indicator` (baseline 0, growth 0) as one command.
    void addProjection(const std::string& indicator);
    void removeProjection(int row);

  signals:
    void inputRejected(const QString& message);

  private:
    void reload() override;
    int startYear_ = 0, years_ = 0;
};

/// The findings of the plan as it is now, errors first.
class FindingsModel : public PlanRowsModel {
    Q_OBJECT
  public:
    enum Column { SeverityColumn, Message, Rule, ColumnCount };
    explicit FindingsModel(Document* doc, QObject* parent = nullptr);
    /// The unit the budget's amounts are shown in (the grid's); the engine writes yuan.
    void setUnit(MoneyUnit unit);
    MoneyUnit unit() const { return unit_; }
    /// A finding's message as shown: in 万元, every yuan amount of the budget rules
    /// ("fiscal 2,100,000.00 exceeds …") is written in 万元 ("210.00 万元"); the
    /// yuan message stays in the tooltip.
    QString shownMessage(const Finding& f, Lang l) const;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

  private:
    void reload() override;
    std::vector<Finding> findings_;
    MoneyUnit unit_ = MoneyUnit::wan;
};

/// Names for people, in the interface language.
QString sourceShortName(Source s);
QString orgTypeName(OrgType t);
QString severityName(Severity s);
QString kindName(IndicatorKind k);

}  // namespace cofund::ui
