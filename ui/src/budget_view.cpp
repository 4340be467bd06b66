// SPDX-License-Identifier: GPL-3.0-or-later
#include "budget_view.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QStyleOptionHeaderV2>

#include "models.h"

namespace cofund::ui {

WrappingHeader::WrappingHeader(QWidget* parent) : QHeaderView(Qt::Vertical, parent) {
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setSectionResizeMode(QHeaderView::Fixed);
    setTextElideMode(Qt::ElideNone);
}

int WrappingHeader::maxTextWidth() const {
    // About 48 letters: the header stays as narrow as it was (the amounts keep
    // the grid's width) and longer names wrap: one English name, a few Russian ones.
    return fontMetrics().horizontalAdvance(QLatin1Char('x')) * 48;
}

void WrappingHeader::setModel(QAbstractItemModel* m) {
    if (model()) disconnect(model(), nullptr, this, nullptr);
    QHeaderView::setModel(m);
    if (!m) return;
    connect(m, &QAbstractItemModel::headerDataChanged, this, [this](Qt::Orientation o) {
        if (o == orientation()) fitSections();
    });
    connect(m, &QAbstractItemModel::modelReset, this, &WrappingHeader::fitSections);
    connect(m, &QAbstractItemModel::layoutChanged, this, &WrappingHeader::fitSections);
    connect(m, &QAbstractItemModel::rowsInserted, this, &WrappingHeader::fitSections);
    fitSections();
}

void WrappingHeader::fitSections() {
    if (!model()) return;
    for (int i = 0; i < count(); ++i)
        resizeSection(i, std::max(defaultSectionSize(), sectionSizeFromContents(i).height()));
    // The width follows the widest name (QTableView re-lays its headers on this).
    updateGeometry();
    emit geometriesChanged();
}

bool WrappingHeader::event(QEvent* e) {
    const bool handled = QHeaderView::event(e);
    if (e->type() == QEvent::FontChange || e->type() == QEvent::StyleChange) fitSections();
    return handled;
}

// The name's box when wrapped at maxTextWidth(), measured in bold (the header
// draws the current row's name bold).
QRect WrappingHeader::textBounds(int logicalIndex) const {
    const QString text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    QFont f = font();
    f.setBold(true);
    return QFontMetrics(f).boundingRect(QRect(0, 0, maxTextWidth(), 100'000), Qt::AlignLeft | Qt::TextWordWrap, text);
}

QSize WrappingHeader::sectionSizeFromContents(int logicalIndex) const {
    if (!model()) return QHeaderView::sectionSizeFromContents(logicalIndex);
    QStyleOptionHeader opt;
    initStyleOption(&opt);
    const int margin = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, &opt, this);
    const QRect text = textBounds(logicalIndex);
    // One line gives Qt's own height; more lines add their height.
    const QSize oneLine = QHeaderView::sectionSizeFromContents(logicalIndex);
    return QSize(text.width() + margin + 2, std::max(oneLine.height(), text.height() + margin));
}

void WrappingHeader::paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const {
    if (!rect.isValid()) return;
    // The style draws the section without its text; the text follows, wrapped.
    QStyleOptionHeaderV2 opt;
    initStyleOption(&opt);
    initStyleOptionForIndex(&opt, logicalIndex);
    opt.rect = rect;
    const QString text = opt.text;
    opt.text.clear();
    painter->save();
    style()->drawControl(QStyle::CE_Header, &opt, painter, this);
    // Restored before the text: the style leaves the clip region it found, and an
    // unclipped painter's is empty.
    painter->restore();
    const QRect textRect = style()->subElementRect(QStyle::SE_HeaderLabel, &opt, this);
    painter->save();
    painter->setClipRect(rect);
    if (opt.state & QStyle::State_On) {
        QFont f = painter->font();
        f.setBold(true);
        painter->setFont(f);
    }
    style()->drawItemText(painter, textRect, int(opt.textAlignment) | Qt::TextWordWrap, opt.palette, isEnabled(), text,
                          QPalette::ButtonText);
    painter->restore();
}

BudgetView::BudgetView(QWidget* parent) : QTableView(parent) {
    setVerticalHeader(new WrappingHeader(this));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    setAlternatingRowColors(false);
    setWordWrap(false);
    setCornerButtonEnabled(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
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
            used = model_->data(model_->index(model_->totalRow(), g * BudgetModel::GroupColumnCount + s), ExactRole)
                       .toString() != QStringLiteral("0.00");
        // The special fund stays visible: it is what the plan applies for.
        const bool hide = hideEmpty_ && !used && s != BudgetModel::Fiscal;
        for (int g = 0; g < groups; ++g) setColumnHidden(g * BudgetModel::GroupColumnCount + s, hide);
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
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && state() != EditingState) {
        clearSelection();
        return;
    }
    QTableView::keyPressEvent(event);
}

void BudgetView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) {
    QTableView::closeEditor(editor, hint);
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        const QModelIndex below =
            model_ ? model_->index(currentIndex().row() + 1, currentIndex().column()) : QModelIndex();
        if (below.isValid() && (model_->flags(below) & Qt::ItemIsEditable)) setCurrentIndex(below);
    }
}

ComboDelegate::ComboDelegate(Choices choices, QObject* parent)
    : QStyledItemDelegate(parent), choices_(std::move(choices)) {}

QWidget* ComboDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const {
    auto* box = new QComboBox(parent);
    for (const auto& [id, label] : choices_()) box->addItem(label, id);
    return box;
}

void ComboDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* box = static_cast<QComboBox*>(editor);
    box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole))));
}

void ComboDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
    auto* box = static_cast<QComboBox*>(editor);
    model->setData(index, box->currentData(), Qt::EditRole);
}

}  // namespace cofund::ui
