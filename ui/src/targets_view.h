// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The plan's indicators with targets by year (Plan::targets, docs/plan-format.md)
// on the Indicators tab: a call that leaves the indicators to the applicant
// (Hebei 2026, rule kind `indicators`) asks each with its whole-period target and
// a target per project year. One row per target: name, unit, total, one column
// per project year and the first year's share of the total; every value edited
// as one undo command, exact.

#include <QWidget>

#include "models.h"

class QLabel;
class QPushButton;
class QTableView;

namespace cofund::ui {

class Document;

class TargetsModel : public PlanRowsModel {
    Q_OBJECT
  public:
    enum Column { Name, Unit, Total, FirstYear };  ///< then one column per project year, then the first-year share
    explicit TargetsModel(Document* doc, QObject* parent = nullptr);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Name, unit, total or a year's target (an exact decimal ≥ 0; a year emptied
    /// is removed): one undo command each; a bad value is refused with inputRejected().
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// The column of the first year's share of the total.
    int shareColumn() const { return FirstYear + years_; }
    /// The column of a project year, or -1 outside the period.
    int yearColumn(int year) const;
    /// The cell a pointer into /targets names (/targets/N/total, /targets/N/years/YYYY,
    /// /targets/N/name …): the row's name for what has no cell of its own; invalid outside /targets.
    QModelIndex indexOfPointer(const QString& pointer) const;

    /// Adds a target (a new id, a name to type, total 0) as one undo command; returns its row.
    int addTarget();
    void removeTarget(int row);

  signals:
    void inputRejected(const QString& message);

  private:
    void reload() override;
    int startYear_ = 0, years_ = 0;
};

/// The targets table with its heading (what the call asks) and Add / Remove buttons.
class TargetsView : public QWidget {
    Q_OBJECT
  public:
    explicit TargetsView(Document* doc, QWidget* parent = nullptr);
    TargetsModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    /// Whether the plan's call asks targets (a rule of kind `indicators`) or the plan states some.
    static bool wanted(const Document* doc);
    /// Selects the cell of a finding's pointer into /targets (and focuses the table).
    void select(const QString& pointer);

  signals:
    void inputRejected(const QString& message);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();
    Document* doc_;
    TargetsModel* model_;
    QTableView* table_;
    QLabel *heading_, *asks_;
    QPushButton *add_, *remove_;
};

}  // namespace cofund::ui
