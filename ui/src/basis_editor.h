// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The basis editor (预算说明 / 测算依据, issues 16 and 25): the justification of
// the budget line(s) behind the grid's current cell, as applicants write it.
// Each item is a product (factors × unit price), a lump sum or a group whose
// amount is the subtotal of its items, shown as a tree; each may carry the
// result the applicant wrote, compared with the exact figure (model/basis.h,
// never a double). Below the tree, the basis total and its difference to the
// line's amount. Every edit (a cell, an added, grouped, indented or removed
// item, a money unit, "set amount to basis total", the line's unit) is one undo
// command on the document's stack, written in the interface language.

#include <QAbstractItemModel>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

#include "cofund/plan.h"
#include "cofund/result.h"
#include "models.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QTreeView;

namespace cofund::ui {

class AmountDelegate;
class BudgetView;
class Document;

/// Reads a basis item's factors as people write them: "3 人 × 2 次 × 0.5 月"
/// (a value, then an optional unit; factors joined by ×, * or a spaced x). Each value
/// is a non-negative decimal; the error says which factor is wrong and why.
Result<std::vector<BasisFactor>> parseFactors(const QString& typed);

/// The items of one budget line (plan.budget[line]) as a tree (issue 25):
/// products (factors × unit price), lump sums (`amount`), and groups whose
/// amount is the subtotal of their items, to any depth. Each item may carry the
/// result the applicant wrote (`stated`) and the units its money is written in.
class BasisModel : public QAbstractItemModel {
    Q_OBJECT
  public:
    /// MoneyUnitColumn and EquipmentColumn are edited through the panel's combos
    /// (BasisEditor hides them): their EditRole is the plan-file id ("" for none).
    enum Column { Item, Factors, UnitPrice, PriceUnit, Amount, Stated, MoneyUnitColumn, EquipmentColumn, ColumnCount };
    /// An item's place: its index in the line's basis, then in each group's items.
    using Path = std::vector<std::size_t>;
    explicit BasisModel(Document* doc, QObject* parent = nullptr);

    /// The line shown (an index into plan().budget), or none.
    void setLine(std::optional<std::size_t> line);
    std::optional<std::size_t> line() const { return line_; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// One undo command per changed cell; a refused text changes nothing.
    /// An amount typed makes the item a lump sum, a unit price typed a product.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// Why `typed` cannot go into the cell (an empty item name, a factor that is
    /// not a non-negative decimal, a unit price or amount that is not an amount
    /// or is negative), in the interface language; empty when it can.
    QString refusal(const QModelIndex& index, const QString& typed) const;

    /// The path of an index, and the index of a path (invalid where there is no such item).
    Path pathOf(const QModelIndex& index) const;
    QModelIndex indexOf(const Path& path, int column = Item) const;
    /// The item path of a JSON pointer into a line's basis ("/budget/3/basis/1/items/0/stated"
    /// gives {1, 0}), or empty.
    static Path pathOfPointer(const QString& pointer);

    /// Appends an item (1 × 0.00, named "New item") to the list `sibling` is in
    /// (the line's basis without one) as one undo command; returns its path.
    Path addItem(const QModelIndex& sibling = {});
    /// Puts the item at `at` into a new group in its place (without one, appends
    /// a new group holding a new item), as one undo command; returns the group's path.
    Path addGroup(const QModelIndex& at = {});
    /// Whether the item has a group just above it to move into.
    bool canIndent(const QModelIndex& at) const;
    /// Moves the item into the group just above it (at its end), as one undo command.
    Path indent(const QModelIndex& at);
    /// Whether the item is in a group.
    bool canOutdent(const QModelIndex& at) const;
    /// Moves the item out of its group, just after the group (a group left
    /// empty gives its place to the item), as one undo command.
    Path outdent(const QModelIndex& at);
    /// Removes item `row` of the line's basis as one undo command.
    void removeItem(int row);
    /// Removes the item at `at` (a group with its items; a group left empty goes too).
    void removeAt(const QModelIndex& at);
    /// Sets the line's amount to its basis total (set_amount_to_basis) as one
    /// undo command. False when the items are not whole fen or already agree.
    bool setAmountToBasis();
    /// Sets whose money the line is (`partner`, an index into plan().partners, or
    /// -1 for the applicant's) as one undo command; a partner without an id gets one.
    bool setUnit(int partner);
    /// Sets the line's equipment kind (nullopt: not stated) as one undo command;
    /// only a line of the call's equipment category has one (issue 25).
    bool setLineEquipment(std::optional<EquipmentKind> kind);

    /// "设备费 · 2018 · 专项经费": the line's place, in the interface language.
    QString placeText() const;

    /// What the call's item thresholds (kind item_threshold) whose condition holds
    /// ask the items of the line's category to state (`details`: use, performance,
    /// parameters), in the rules' order, each once; empty for other lines.
    std::vector<ItemStatement> statementsAsked() const;
    /// An item's detail `id` as written ("" when not stated).
    QString detail(const QModelIndex& at, const std::string& id) const;
    /// Sets (or, emptied, removes) an item's detail `id` as one undo command.
    bool setDetail(const QModelIndex& at, const std::string& id, const QString& text);

  private:
    struct Node {
        Path path;
        int parent = -1;  ///< the node of the item's group; -1 at the top
        std::vector<int> children;
    };
    const BudgetLine* current() const;
    const BasisItem* itemAt(const Path& path) const;
    const BasisItem* itemOf(const QModelIndex& index) const;
    void reload();
    /// The tree of the line as it is now.
    void build(std::vector<Node>& nodes, std::vector<int>& top) const;
    /// Pushes `after` with a History entry "place · item: what".
    bool push(Plan after, std::function<QString()> what);

    QPointer<Document> doc_;
    std::optional<std::size_t> line_;
    std::vector<Node> nodes_;
    std::vector<int> top_;
};

/// The panel: which line (a combo when the cell has several) and whose money it
/// is, the items, the current item's money unit and equipment kind, the total
/// and the difference, and the buttons.
class BasisEditor : public QWidget {
    Q_OBJECT
  public:
    BasisEditor(Document* doc, BudgetView* view, BudgetModel* budget, QWidget* parent = nullptr);

    BasisModel* model() const { return model_; }
    QTreeView* table() const { return table_; }
    QComboBox* lineChoice() const { return lines_; }
    /// Whose money the line is: the applicant or a partner (shown when the plan has partners).
    QComboBox* unitChoice() const { return unit_; }
    /// The current item's money unit and equipment kind (the latter on equipment lines).
    QComboBox* moneyUnitChoice() const { return moneyUnit_; }
    QComboBox* equipmentChoice() const { return equipment_; }
    /// The line's own equipment kind (on lines of the call's equipment category).
    QComboBox* lineEquipmentChoice() const { return lineEquipment_; }
    AmountDelegate* delegate() const { return delegate_; }
    QLabel* totalLabel() const { return total_; }
    QLabel* differenceLabel() const { return difference_; }
    /// The field of the current item's detail `id` (a call's item threshold asks it), or null.
    QLineEdit* detailField(const std::string& id) const;
    QPushButton* setAmountButton() const { return setAmount_; }
    /// Shows budget line `line` and selects its item at `path` (a finding's place).
    void showItem(std::size_t line, const BasisModel::Path& path);
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
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    /// The line's place in the width the top row leaves it (the whole in its tooltip).
    void elidePlace();
    void showCell(const QModelIndex& index);
    /// The lines of cell_ in the plan as it is now.
    std::vector<std::size_t> linesOfCell() const;
    void refresh();
    /// The combos and buttons that follow the current item.
    void refreshItem();
    void retranslate();
    /// In the Budget tab's splitter, moves the grid's height below its last row to the editor.
    void takeGridsSpareRoom();
    /// Makes the item at `path` current (after an edit rebuilt the tree).
    void select(const BasisModel::Path& path);

    QPointer<Document> doc_;
    BudgetModel* budget_;
    BasisModel* model_;
    std::optional<BudgetModel::Cell> cell_;  ///< an editable cell of the grid, or none
    std::vector<std::size_t> cellLines_;

    QLabel *place_, *lineLabel_, *unitLabel_, *total_, *difference_, *empty_, *moneyUnitLabel_, *equipmentLabel_,
        *lineEquipmentLabel_;
    QComboBox *lines_, *unit_, *moneyUnit_, *equipment_, *lineEquipment_;
    QTreeView* table_;
    AmountDelegate* delegate_;
    QPushButton *add_, *addGroup_, *remove_, *setAmount_;
    QToolButton *indent_, *outdent_;
    QToolButton* toggle_;
    QWidget* body_;
    bool foldChosen_ = false;
    /// The current item's details the call asks (BasisModel::statementsAsked()): a field each.
    struct DetailField {
        std::string id;
        QLabel* name;
        QLineEdit* edit;
    };
    QWidget* detailsRow_;
    QLabel* detailsLabel_;
    std::vector<DetailField> details_;
    void refreshDetails(const QModelIndex& item);
};

}  // namespace cofund::ui
