// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The basis editor (预算说明 / 测算依据, issue 16): the justification of the
// budget line(s) behind the grid's current cell. Each item shows its factors,
// unit price and the exact product (model/basis.h, never a double); below the
// table, the basis total and its difference to the line's amount. Every edit,
// an added or removed item and "set amount to basis total" is one undo command
// on the document's stack, written in the interface language.

#include <QAbstractTableModel>
#include <QPointer>
#include <QWidget>

#include <optional>
#include <vector>

#include "cofund/plan.h"
#include "cofund/result.h"
#include "models.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QToolButton;

namespace cofund::ui {

class AmountDelegate;
class BudgetView;
class Document;

/// Reads a basis item's factors as people write them: "3 人 × 2 次 × 0.5 月"
/// (a value, then an optional unit; factors joined by ×, * or a spaced x). Each value
/// is a non-negative decimal; the error says which factor is wrong and why.
Result<std::vector<BasisFactor>> parseFactors(const QString& typed);

/// The items of one budget line (plan.budget[line]).
class BasisModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Item, Factors, UnitPrice, PriceUnit, Amount, ColumnCount };
    explicit BasisModel(Document* doc, QObject* parent = nullptr);

    /// The line shown (an index into plan().budget), or none.
    void setLine(std::optional<std::size_t> line);
    std::optional<std::size_t> line() const { return line_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// One undo command per changed cell; a refused text changes nothing.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// Why `typed` cannot go into the cell (an empty item name, a factor that is
    /// not a non-negative decimal, a unit price that is not an amount or is
    /// negative), in the interface language; empty when it can.
    QString refusal(const QModelIndex& index, const QString& typed) const;

    /// Appends an item (1 × 0.00, named "New item") as one undo command.
    void addItem();
    /// Removes item `row` as one undo command.
    void removeItem(int row);
    /// Sets the line's amount to its basis total (set_amount_to_basis) as one
    /// undo command. False when the items are not whole fen or already agree.
    bool setAmountToBasis();

    /// "设备费 · 2018 · 专项经费": the line's place, in the interface language.
    QString placeText() const;

  private:
    const BudgetLine* current() const;
    void reload();
    /// Pushes `after` with a History entry "place · item: what".
    bool push(Plan after, std::function<QString()> what);

    QPointer<Document> doc_;
    std::optional<std::size_t> line_;
    int rows_ = 0;
};

/// The panel: which line (a combo when the cell has several), the items, the
/// total and the difference, and the buttons.
class BasisEditor : public QWidget {
    Q_OBJECT
  public:
    BasisEditor(Document* doc, BudgetView* view, BudgetModel* budget, QWidget* parent = nullptr);

    BasisModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    QComboBox* lineChoice() const { return lines_; }
    AmountDelegate* delegate() const { return delegate_; }
    QLabel* totalLabel() const { return total_; }
    QLabel* differenceLabel() const { return difference_; }
    QPushButton* setAmountButton() const { return setAmount_; }
    /// Folds the editor to its top row (the toggle and the line's place) or opens
    /// it, as the user's choice: foldChosen() is true from then on.
    void setCollapsed(bool collapsed);
    /// Folds or opens it as a default would (the window's height), not a choice.
    void fold(bool collapsed);
    /// Whether setCollapsed() (or the toggle) chose the fold.
    bool foldChosen() const { return foldChosen_; }
    bool isCollapsed() const;
    QToolButton* toggle() const { return toggle_; }
    /// The budget lines of the cell shown (indices into plan().budget).
    const std::vector<std::size_t>& lines() const { return cellLines_; }

  signals:
    /// The user folded (true) or opened (false) the editor with its toggle.
    void collapsedByUser(bool collapsed);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void showCell(const QModelIndex& index);
    /// The lines of cell_ in the plan as it is now.
    std::vector<std::size_t> linesOfCell() const;
    void refresh();
    void retranslate();

    QPointer<Document> doc_;
    BudgetModel* budget_;
    BasisModel* model_;
    std::optional<BudgetModel::Cell> cell_;  ///< an editable cell of the grid, or none
    std::vector<std::size_t> cellLines_;

    QLabel *place_, *lineLabel_, *total_, *difference_, *empty_;
    QComboBox* lines_;
    QTableView* table_;
    AmountDelegate* delegate_;
    QPushButton *add_, *remove_, *setAmount_;
    QToolButton* toggle_;
    QWidget* body_;
    bool foldChosen_ = false;
};

}  // namespace cofund::ui
