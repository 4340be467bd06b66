// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Table views with spreadsheet keys: Ctrl+C copies the selection as
// tab-separated text, Ctrl+V pastes a block from Excel or LibreOffice as one
// undo command, Delete clears the selected cells.

#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTableView>

#include <functional>

namespace cofund::ui {

class BudgetModel;

/// A vertical header that shows long row names whole: a name wider than
/// `maxTextWidth` pixels wraps onto more lines and its row grows to fit, so
/// "publication, literature, dissemination and IP affairs" (or its Russian,
/// three times as long) is never cut. The full name stays in the tooltip.
class WrappingHeader : public QHeaderView {
    Q_OBJECT
  public:
    explicit WrappingHeader(QWidget* parent = nullptr);
    /// The widest a name's line may be, in pixels (a name longer than that wraps).
    int maxTextWidth() const;
    void setModel(QAbstractItemModel* model) override;
    /// Sizes every row to its name (called when the names change).
    void fitSections();

  protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
    bool event(QEvent* e) override;

  private:
    QRect textBounds(int logicalIndex) const;
};

class BudgetView : public QTableView {
    Q_OBJECT
  public:
    explicit BudgetView(QWidget* parent = nullptr);
    void setBudgetModel(BudgetModel* model);
    /// Hides the source columns no year uses (the year and grand totals stay).
    void setHideEmptySources(bool hide);
    bool hideEmptySources() const { return hideEmpty_; }
    void updateHiddenColumns();

  public slots:
    void copySelection();
    void paste();
    void clearSelection();

  protected:
    void keyPressEvent(QKeyEvent* event) override;
    /// Enter after typing an amount moves down, as in a spreadsheet.
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;

  private:
    BudgetModel* model_ = nullptr;
    bool hideEmpty_ = false;
};

/// A delegate editing a column through a combo box of (id, label) choices.
class ComboDelegate : public QStyledItemDelegate {
    Q_OBJECT
  public:
    using Choices = std::function<QList<QPair<QString, QString>>()>;
    ComboDelegate(Choices choices, QObject* parent = nullptr);
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

  private:
    Choices choices_;
};

}  // namespace cofund::ui
