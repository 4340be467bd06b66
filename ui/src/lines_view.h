// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The budget lines one by one (issues 26 and 25), the Budget tab's other view
// beside the grid: the grid's rows are categories, so whose money a line is
// (its unit), its task and an equipment line's kind show only here, one line a
// row, each editable through a combo box as one undo command. The rows follow
// the task bar's filters (task and unit) as the grid does.

#include <QTableView>

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

#include "models.h"

namespace cofund::ui {

class BudgetModel;
class Document;

/// Sets whose money budget line `line` is (`partner`, an index into
/// plan().partners, or -1 for the applicant's) as one undo command; a partner
/// without an id gets one. False when nothing changes.
bool setLineUnit(Document* doc, std::size_t line, int partner);
/// Sets an equipment line's kind (nullopt: not stated) as one undo command. False
/// when nothing changes or the line is not of the call's equipment category.
bool setLineEquipment(Document* doc, std::size_t line, std::optional<EquipmentKind> kind);
/// Whether the line is of the call's equipment category (CategoryInfo::equipment):
/// only such a line, and its basis items, may state an equipment kind.
bool isEquipmentLine(const Document* doc, const BudgetLine& line);
/// "设备费 · 2026 · 专项经费": a line's place, in the interface language.
QString linePlace(const Document* doc, const BudgetLine& line);
/// An equipment kind for people (购置 / purchase / покупка; "not stated" for none).
QString equipmentKindName(std::optional<EquipmentKind> kind);

class LinesModel : public PlanRowsModel {
    Q_OBJECT
  public:
    /// The unit right after the line's year: what this view is for; the note last, taking the room left.
    enum Column { Line, Year, Unit, CategoryColumn, SourceColumn, Amount, TaskColumn, Equipment, Note, ColumnCount };
    /// The lines `budget`'s filters show, in the plan's order, amounts in its unit.
    LinesModel(Document* doc, BudgetModel* budget, QObject* parent = nullptr);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Unit (a partner's index, -1 the applicant), Task (an id, "" none) and
    /// Equipment (a kind's id, "" not stated): one undo command each.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// The budget line (an index into plan().budget) of a row.
    std::size_t lineOf(int row) const { return lines_.at(std::size_t(row)); }
    /// The row of a budget line, or -1 when the filters hide it.
    int rowOfLine(std::size_t line) const;
    /// The choices of the Unit column's editor: the applicant, then each partner.
    QList<QPair<QString, QString>> unitChoices() const;
    QList<QPair<QString, QString>> equipmentChoices() const;

  private:
    void reload() override;
    BudgetModel* budget_;
    std::vector<std::size_t> lines_;
};

/// The lines as a table: Unit, Task and Equipment edited through combo boxes
/// (the task choices from `tasks`, the task bar's), the other columns read-only
/// (amounts are typed in the grid, where the sums are).
class LinesView : public QTableView {
    Q_OBJECT
  public:
    using Choices = std::function<QList<QPair<QString, QString>>()>;
    LinesView(LinesModel* model, Choices tasks, QWidget* parent = nullptr);
    LinesModel* linesModel() const { return model_; }

  signals:
    /// The current row's budget line (an index into plan().budget).
    void lineSelected(std::size_t line);

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    /// Hides the Unit and Equipment columns where nothing shows there and sizes the
    /// names; while the view is hidden (the grid is shown) only marks it to be done
    /// when shown: every edit of a 400,000-line plan would measure them.
    void updateColumns();
    bool columnsDirty_ = true;
    LinesModel* model_;
};

}  // namespace cofund::ui
