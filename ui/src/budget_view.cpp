// SPDX-License-Identifier: GPL-3.0-or-later
#include "budget_view.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMimeData>

#include "models.h"

namespace cofund::ui {

BudgetView::BudgetView(QWidget* parent) : QTableView(parent) {
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    setAlternatingRowColors(false);
    setWordWrap(false);
    setCornerButtonEnabled(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    verticalHeader()->setMaximumWidth(260);
    verticalHeader()->setTextElideMode(Qt::ElideRight);
}

void BudgetView::setBudgetModel(BudgetModel* model) {
    model_ = model;
    setModel(model);
    auto update = [this] { updateHiddenColumns(); };
    connect(model, &QAbstractItemModel::modelReset, this, update);
    connect(model, &QAbstractItemModel::dataChanged, this, update);
    updateHiddenColumns();
}

void BudgetView::setHideEmptySources(bool hide) {
    hideEmpty_ = hide;
    updateHiddenColumns();
}

void BudgetView::updateHiddenColumns() {
    if (!model_) return;
    const int groups = model_->grandTotalColumn() / BudgetModel::GroupColumnCount;
    for (int s = 0; s < kSourceCount; ++s) {
        bool used = false;
        for (int g = 0; g < groups && !used; ++g)
            used =
                model_
                    ->data(model_->index(model_->totalRow(), g * BudgetModel::GroupColumnCount + s),
                           ExactRole)
                    .toString() != QStringLiteral("0.00");
        // The special fund stays visible: it is what the plan applies for.
        const bool hide = hideEmpty_ && !used && s != BudgetModel::Fiscal;
        for (int g = 0; g < groups; ++g)
            setColumnHidden(g * BudgetModel::GroupColumnCount + s, hide);
    }
}

void BudgetView::copySelection() {
    if (!model_) return;
    const QString tsv = model_->copyTsv(selectionModel()->selectedIndexes());
    if (!tsv.isEmpty()) QApplication::clipboard()->setText(tsv);
}

void BudgetView::paste() {
    if (!model_) return;
    const QString text = QApplication::clipboard()->text();
    QModelIndex at = currentIndex();
    const QModelIndexList sel = selectionModel()->selectedIndexes();
    for (const QModelIndex& i : sel)
        if (i.row() < at.row() || (i.row() == at.row() && i.column() < at.column())) at = i;
    if (!at.isValid() || text.isEmpty()) return;
    model_->pasteTsv(at, text);
}

void BudgetView::clearSelection() {
    if (model_) model_->clearCells(selectionModel()->selectedIndexes());
}

void BudgetView::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        paste();
        return;
    }
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) &&
        state() != EditingState) {
        clearSelection();
        return;
    }
    QTableView::keyPressEvent(event);
}

void BudgetView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) {
    QTableView::closeEditor(editor, hint);
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        const QModelIndex below =
            model_ ? model_->index(currentIndex().row() + 1, currentIndex().column())
                   : QModelIndex();
        if (below.isValid() && (model_->flags(below) & Qt::ItemIsEditable)) setCurrentIndex(below);
    }
}

ComboDelegate::ComboDelegate(Choices choices, QObject* parent)
    : QStyledItemDelegate(parent), choices_(std::move(choices)) {}

QWidget* ComboDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                     const QModelIndex&) const {
    auto* box = new QComboBox(parent);
    for (const auto& [id, label] : choices_()) box->addItem(label, id);
    return box;
}

void ComboDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* box = static_cast<QComboBox*>(editor);
    box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole))));
}

void ComboDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                 const QModelIndex& index) const {
    auto* box = static_cast<QComboBox*>(editor);
    model->setData(index, box->currentData(), Qt::EditRole);
}

}  // namespace cofund::ui
