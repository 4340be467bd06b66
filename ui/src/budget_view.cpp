// SPDX-License-Identifier: GPL-3.0-or-later
#include "budget_view.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHash>
#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QScreen>
#include <QScrollBar>
#include <QStyleOptionHeaderV2>
#include <QStylePainter>
#include <QTextBoundaryFinder>
#include <QTimer>
#include <QToolTip>

#include <memory>

#include "models.h"

namespace cofund::ui {

WrappingHeader::WrappingHeader(Qt::Orientation orientation, QWidget* parent) : QHeaderView(orientation, parent) {
    setDefaultAlignment(orientation == Qt::Vertical ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter);
    setSectionResizeMode(orientation == Qt::Vertical ? QHeaderView::Fixed : QHeaderView::Interactive);
    setTextElideMode(Qt::ElideNone);
    if (orientation == Qt::Horizontal) {
        setSectionsClickable(true);
        setHighlightSections(true);
        // A column made narrower by hand wraps its title onto more lines.
        connect(this, &QHeaderView::sectionResized, this, [this] {
            if (!batch_) fitSections();
        });
    }
}

int WrappingHeader::maxTextWidth() const {
    // About 48 letters: the header stays as narrow as it was (the amounts keep
    // the grid's width) and longer names wrap: one English name, a few Russian ones.
    const int letters = fontMetrics().horizontalAdvance(QLatin1Char('x')) * maxLetters_;
    // A section is its text and margin() + 2 wide (sectionSizeFromContents).
    const int room = room_ - margin() - 2;
    if (orientation() != Qt::Vertical || room <= letters || !model()) return letters;
    if (!linesWidth_) linesWidth_ = widthForLines(letters, room);
    return *linesWidth_;
}

int WrappingHeader::widthForLines(int atLeast, int atMost) const {
    const QFontMetrics fm(boldFont());  // as textBounds() measures
    // n lines are n line spacings tall, the last one's leading aside: half a line more is a line too many.
    auto fits = [&](const QString& text, int width, int lines) {
        const QRect r = fm.boundingRect(QRect(0, 0, width, 100'000), Qt::AlignLeft | Qt::TextWordWrap, text);
        return r.height() <= fm.lineSpacing() * lines + fm.height() / 2;
    };
    // The narrowest width in (lo, hi] at which `text` takes `lines` lines; hi when it takes more there too.
    auto narrowest = [&](const QString& text, int lo, int hi, int lines) {
        if (!fits(text, hi, lines)) return hi;
        while (lo + 1 < hi) {
            const int mid = lo + (hi - lo) / 2;
            (fits(text, mid, lines) ? hi : lo) = mid;
        }
        return hi;
    };
    QStringList names;
    for (int i = 0; i < count(); ++i) names << model()->headerData(i, orientation(), Qt::DisplayRole).toString();
    int width = atLeast;
    for (const QString& name : names)
        if (!fits(name, width, roomLines_))
            width = narrowest(name, width, fm.horizontalAdvance(name) + fm.maxWidth(), roomLines_);
    width = std::min(width, atMost);
    // A name that a tenth more width brings onto one line gets it: two lines for the
    // last word of "12. Капитальное строительство / строительство площадок" look like a fault.
    const int most = std::min(atMost, width + width / 10);
    int wider = width;
    for (const QString& name : names)
        if (!fits(name, width, 1) && fits(name, most, 1)) wider = std::max(wider, narrowest(name, width, most, 1));
    return wider;
}

void WrappingHeader::setRoom(int width, int lines) {
    if (width == room_ && lines == roomLines_) return;
    room_ = width;
    roomLines_ = lines;
    linesWidth_.reset();
    fitSections();
}

void WrappingHeader::setLineBreaks(bool lineBreaks) {
    lineBreaks_ = lineBreaks;
}

void WrappingHeader::setMaxLetters(int letters) {
    maxLetters_ = letters;
    fitSections();
}

void WrappingHeader::setCompact(bool compact) {
    compact_ = compact;
    if (compact) {
        setMinimumSectionSize(fontMetrics().height() + 2);
        setDefaultSectionSize(fontMetrics().height() + 4);
    }
    fitSections();
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
    connect(m, orientation() == Qt::Vertical ? &QAbstractItemModel::rowsInserted : &QAbstractItemModel::columnsInserted,
            this, &WrappingHeader::fitSections);
    fitSections();
}

void WrappingHeader::fitSections() {
    if (orientation() == Qt::Vertical) linesWidth_.reset();  // the names, the font or the letters changed
    if (!model()) return;
    if (orientation() == Qt::Vertical) {
        for (int i = 0; i < count(); ++i)
            resizeSection(i, std::max(defaultSectionSize(), sectionSizeFromContents(i).height()));
    } else {
        // As tall as the tallest title wrapped at its column's width.
        int height = 0;
        for (int i = 0; i < count(); ++i)
            if (!isSectionHidden(i)) height = std::max(height, wrappedHeight(i, sectionSize(i)));
        if (height > 0 && height != minimumHeight()) setFixedHeight(height);
    }
    // The width follows the widest name (QTableView re-lays its headers on this).
    updateGeometry();
    emit geometriesChanged();
}

bool WrappingHeader::event(QEvent* e) {
    const bool handled = QHeaderView::event(e);
    if (e->type() == QEvent::FontChange || e->type() == QEvent::StyleChange) {
        wrapped_.clear();
        longestWord_.clear();
        fitSections();
    }
    return handled;
}

QFont WrappingHeader::boldFont() const {
    // The header draws the current row's or column's title bold: measured so.
    QFont f = font();
    f.setBold(true);
    return f;
}

int WrappingHeader::margin() const {
    QStyleOptionHeader opt;
    initStyleOption(&opt);
    return 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, &opt, this);
}

// The name's box when wrapped at maxTextWidth(), measured in bold.
QRect WrappingHeader::textBounds(int logicalIndex) const {
    const QString text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    const int width = maxTextWidth();
    Wrapped& known = wrapped_[logicalIndex];  // a vertical header's: its names' boxes
    if (known.width != width || known.text != text) {
        const QRect r =
            QFontMetrics(boldFont()).boundingRect(QRect(0, 0, width, 100'000), Qt::AlignLeft | Qt::TextWordWrap, text);
        known = {text, width, r.height(), r.width()};
    }
    return QRect(0, 0, known.boxWidth, known.height);
}

int WrappingHeader::minimumSectionWidth(int logicalIndex) const {
    if (!model()) return 0;
    const QString text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    // Measured both ways, kept apart: the grid switches as its width asks.
    const QString key = lineBreaks_ ? text + QChar(0x1) : text;
    auto known = longestWord_.constFind(key);
    if (known == longestWord_.cend()) {
        const QFontMetrics fm(boldFont());
        int widest = 0;
        // Compiled once: this runs for every header section on every refresh.
        static const QRegularExpression kSpaces(QStringLiteral("\\s+"));
        for (const QString& word : text.split(kSpaces, Qt::SkipEmptyParts)) {
            if (!lineBreaks_) {
                widest = std::max(widest, fm.horizontalAdvance(word));
                continue;
            }
            // Where the wrap may break a word too: between two Chinese characters ("专项|经费"), after a hyphen.
            QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, word);
            for (qsizetype from = 0, to = breaks.toNextBoundary(); to >= 0; from = to, to = breaks.toNextBoundary())
                widest = std::max(widest, fm.horizontalAdvance(word.mid(from, to - from)));
        }
        if (longestWord_.size() > 4096) longestWord_.clear();  // titles of years come and go
        known = longestWord_.insert(key, widest);
    }
    const int widest = *known;
    // Spare pixels: the wrap below measures the line as a whole, a pixel or two wider than its words.
    return widest + margin() + 5;
}

int WrappingHeader::wrappedHeight(int logicalIndex, int width) const {
    if (!model()) return 0;
    const QString text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    Wrapped& known = wrapped_[logicalIndex];
    if (known.width == width && known.text == text) return known.height;
    const int inner = std::max(1, width - margin() - 3);
    const QRect r =
        QFontMetrics(boldFont()).boundingRect(QRect(0, 0, inner, 100'000), Qt::AlignHCenter | Qt::TextWordWrap, text);
    known = {text, width,
             std::max(QHeaderView::sectionSizeFromContents(logicalIndex).height(), r.height() + margin() + 2)};
    return known.height;
}

int WrappingHeader::neededWidth() const {
    int widest = 0;
    for (int i = 0; i < count(); ++i)
        if (!isSectionHidden(i)) widest = std::max(widest, sectionSizeFromContents(i).width());
    return widest;
}

QSize WrappingHeader::sectionSizeFromContents(int logicalIndex) const {
    if (!model()) return QHeaderView::sectionSizeFromContents(logicalIndex);
    if (orientation() == Qt::Horizontal)
        return QSize(minimumSectionWidth(logicalIndex), wrappedHeight(logicalIndex, sectionSize(logicalIndex)));
    const QRect text = textBounds(logicalIndex);
    // One line gives Qt's own height (compact: the text's); more lines add their height.
    const int oneLine =
        compact_ ? QFontMetrics(boldFont()).height() + 4 : QHeaderView::sectionSizeFromContents(logicalIndex).height();
    return QSize(text.width() + margin() + 2, std::max(oneLine, text.height() + (compact_ ? 4 : margin())));
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
    QRect textRect = style()->subElementRect(QStyle::SE_HeaderLabel, &opt, this);
    if (orientation() == Qt::Horizontal) textRect = rect.adjusted(2, 1, -2, -1);
    painter->save();
    painter->setClipRect(rect);
    if (opt.state & QStyle::State_On) painter->setFont(boldFont());
    style()->drawItemText(painter, textRect, int(opt.textAlignment) | Qt::TextWordWrap, opt.palette, isEnabled(), text,
                          QPalette::ButtonText);
    painter->restore();
}

namespace {
// fitToContentsWhenShown(): changes while hidden only mark the table; shown, it is
// sized at once, and after a change on the next pass of the event loop (one
// sizing for the several signals of one edit).
class ShownContentsFitter : public QObject {
  public:
    ShownContentsFitter(QTableView* view, const QList<int>& except, bool rows)
        : QObject(view), view_(view), except_(except), rows_(rows) {
        timer_.setSingleShot(true);
        timer_.setInterval(0);
        connect(&timer_, &QTimer::timeout, this, &ShownContentsFitter::fit);
        if (rows) view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->installEventFilter(this);
        QAbstractItemModel* m = view->model();
        connect(m, &QAbstractItemModel::dataChanged, this, &ShownContentsFitter::schedule);
        connect(m, &QAbstractItemModel::headerDataChanged, this, &ShownContentsFitter::schedule);
        connect(m, &QAbstractItemModel::modelReset, this, &ShownContentsFitter::schedule);
        connect(m, &QAbstractItemModel::layoutChanged, this, &ShownContentsFitter::schedule);
        connect(m, &QAbstractItemModel::rowsInserted, this, &ShownContentsFitter::schedule);
        connect(m, &QAbstractItemModel::rowsRemoved, this, &ShownContentsFitter::schedule);
        connect(m, &QAbstractItemModel::columnsInserted, this, &ShownContentsFitter::schedule);
        // Wrapped rows follow their columns' widths.
        if (rows) connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, &ShownContentsFitter::schedule);
        schedule();
    }

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == view_ && event->type() == QEvent::Show && dirty_) fit();
        return QObject::eventFilter(watched, event);
    }

  private:
    void schedule() {
        if (view_->isVisible())
            timer_.start();
        else
            dirty_ = true;
    }
    void fit() {
        dirty_ = !view_->isVisible();
        if (dirty_) return;
        QHeaderView* h = view_->horizontalHeader();
        for (int c = 0; c < h->count(); ++c) {
            if (except_.contains(c)) continue;
            if (h->sectionResizeMode(c) != QHeaderView::Fixed) h->setSectionResizeMode(c, QHeaderView::Fixed);
            view_->resizeColumnToContents(c);
        }
        if (rows_) view_->resizeRowsToContents();
    }

    QTableView* view_;
    QList<int> except_;
    bool rows_;
    bool dirty_ = true;
    QTimer timer_;
};
}  // namespace

void fitToContentsWhenShown(QTableView* view, const QList<int>& except, bool rows) {
    new ShownContentsFitter(view, except, rows);
}

int cellPadding(const QTableView* view) {
    // QStyledItemDelegate leaves PM_FocusFrameHMargin + 1 on each side of the
    // text; the grid line takes one more pixel. Two spare pixels keep digits off the line.
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    return 2 * margin + (view->showGrid() ? 1 : 0) + 2;
}

void fitColumns(QTableView* view, int minimum) {
    QAbstractItemModel* m = view->model();
    if (!m) return;
    const int rows = m->rowCount(), columns = m->columnCount();
    const int padding = cellPadding(view);
    const QFont base = view->font();
    const QFontMetrics baseMetrics(base);
    QHash<QString, QFontMetrics> metrics;
    auto* header = qobject_cast<WrappingHeader*>(view->horizontalHeader());
    if (header) header->setBatch(true);
    for (int c = 0; c < columns; ++c) {
        if (view->isColumnHidden(c)) continue;
        int widest = 0;
        for (int r = 0; r < rows; ++r) {
            const QModelIndex i = m->index(r, c);
            const QString t = i.data(Qt::DisplayRole).toString();
            if (t.isEmpty()) continue;
            const QVariant f = i.data(Qt::FontRole);
            int w;
            if (f.isValid()) {
                // One metrics per font (the bold of the totals): made anew per cell they cost a third of a refresh.
                const QFont font = qvariant_cast<QFont>(f).resolve(base);
                auto it = metrics.find(font.key());
                if (it == metrics.end()) it = metrics.insert(font.key(), QFontMetrics(font));
                w = it->horizontalAdvance(t);
            } else {
                w = baseMetrics.horizontalAdvance(t);
            }
            widest = std::max(widest, w);
        }
        int width = std::max(minimum, widest + padding);
        if (header) width = std::max(width, header->minimumSectionWidth(c));
        if (view->columnWidth(c) != width) view->setColumnWidth(c, width);
    }
    if (header) {
        header->setBatch(false);
        header->fitSections();
    }
}

BudgetView::BudgetView(QWidget* parent) : QTableView(parent) {
    auto* rows = new WrappingHeader(Qt::Vertical, this);
    // Rows as tall as their text: at 1366×768 all fourteen show with the basis editor folded.
    rows->setCompact(true);
    setVerticalHeader(rows);
    setHorizontalHeader(new WrappingHeader(Qt::Horizontal, this));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    setAlternatingRowColors(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideNone);
    setCornerButtonEnabled(true);
    setTabKeyNavigation(true);
}

void BudgetView::setBudgetModel(BudgetModel* model) {
    model_ = model;
    setModel(model);
    delete delegate_;
    delegate_ = new AmountDelegate(model, this);
    setItemDelegate(delegate_);
    auto update = [this] { updateHiddenColumns(); };
    connect(model, &QAbstractItemModel::modelReset, this, update);
    connect(model, &QAbstractItemModel::dataChanged, this, update);
    connect(model, &QAbstractItemModel::headerDataChanged, this, [this] { fitColumns(this); });
    updateHiddenColumns();
}

void BudgetView::setHideEmptySources(bool hide) {
    hideEmpty_ = hide;
    updateHiddenColumns();
}

void BudgetView::setSourceColumns(SourceColumns columns) {
    sourceColumns_ = columns;
    updateHiddenColumns();
}

void BudgetView::setShownYear(std::optional<int> year) {
    shownYear_ = year;
    updateHiddenColumns();
}

void BudgetView::updateHiddenColumns() {
    if (!model_) return;
    auto* rows = qobject_cast<WrappingHeader*>(verticalHeader());
    auto* columns = qobject_cast<WrappingHeader*>(horizontalHeader());
    if (columns) columns->setLineBreaks(false);
    if (sourceColumns_ != SourceColumns::Fit) {
        if (rows) rows->setMaxLetters(kRowLetters);
        applyColumns(sourceColumns_ == SourceColumns::Sides);
        return;
    }
    // Every source where the years fit beside the row names, else the compact
    // sides; where even those do not fit, the row names wrap narrower (down to
    // 24 letters; the rows have height to spare at 1366×768 with the basis editor folded).
    if (rows) rows->setMaxLetters(kRowLetters);
    applyColumns(false);
    if (!fitsWidth()) applyColumns(true);
    // Titles may then break between Chinese characters ("专项经|费"), columns as narrow as their amounts.
    if (columns && !fitsWidth()) {
        columns->setLineBreaks(true);
        fitColumns(this);
    }
    for (int letters = kRowLetters - 2; rows && letters >= 24 && !fitsWidth(); letters -= 2)
        rows->setMaxLetters(letters);
    // Too wide all the same (a fourth source in Russian): the names whole on fewer lines, the grid scrolls.
    if (rows && !fitsWidth()) {
        rows->setMaxLetters(kRowLetters);
        if (columns) columns->setLineBreaks(false);
        fitColumns(this);
    }
}

bool BudgetView::fitsWidth() const {
    // Measured, not the header's sizeHint(): Qt caches that until the next layout.
    auto* rows = qobject_cast<WrappingHeader*>(verticalHeader());
    const int names = rows ? rows->neededWidth() : verticalHeader()->width();
    const int scroll = verticalScrollBar()->isVisible() ? verticalScrollBar()->width() : 0;
    return horizontalHeader()->length() + names + 2 * frameWidth() + scroll <= width();
}

bool BudgetView::showsSides() const {
    return sides_;
}

void BudgetView::resizeEvent(QResizeEvent* event) {
    QTableView::resizeEvent(event);
    if (sourceColumns_ == SourceColumns::Fit && event->size().width() != event->oldSize().width())
        updateHiddenColumns();
}

void BudgetView::applyColumns(bool sides) {
    sides_ = sides;
    const int groups = model_->groups();
    // A year shown alone: its group (and the grand total); a year no longer in the period shows every year.
    std::optional<int> onlyGroup;
    if (shownYear_) {
        const QModelIndex head = model_->indexOf(*shownYear_, std::nullopt, std::nullopt);
        if (head.isValid() && model_->cellAt(head).year) onlyGroup = head.column() / BudgetModel::GroupColumnCount;
    }
    for (int s = 0; s < BudgetModel::GroupColumnCount; ++s) {
        bool hide = false;
        if (s == BudgetModel::SelfRaised) {
            hide = !sides;
        } else if (s < kSourceCount) {
            bool used = false;
            for (int g = 0; g < groups && !used; ++g)
                used = model_->data(model_->index(model_->totalRow(), g * BudgetModel::GroupColumnCount + s), ExactRole)
                           .toString() != QStringLiteral("0.00");
            const bool self = is_self_raised(kSources[s]);
            // The special fund stays visible: it is what the plan applies for.
            hide = s != BudgetModel::Fiscal && ((sides && self) || ((hideEmpty_ || sides) && !used));
        }
        for (int g = 0; g < groups; ++g)
            setColumnHidden(g * BudgetModel::GroupColumnCount + s, hide || (onlyGroup && g != *onlyGroup));
    }
    fitColumns(this);
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
    // Enter on a cell not being edited moves down (Shift+Enter up), as in a spreadsheet.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && state() != EditingState && model_) {
        const int step = event->modifiers() & Qt::ShiftModifier ? -1 : 1;
        const QModelIndex next = model_->index(currentIndex().row() + step, currentIndex().column());
        if (next.isValid()) setCurrentIndex(next);
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

AmountDelegate::AmountDelegate(BudgetModel* model, QObject* parent)
    : AmountDelegate(
          [model = QPointer<BudgetModel>(model)](const QModelIndex& index, const QString& typed) -> Checked {
              if (!model) return {};
              auto e = std::make_shared<BudgetModel::Entry>(model->check(index, typed));
              if (!e->refusal.isEmpty()) return {e->refusal, {}};
              return {{}, [model, e, at = QPersistentModelIndex(index), typed] {
                          // Checked against an older plan (an undo came between): checked again.
                          if (model && !model->enter(std::move(*e))) model->setData(at, typed);
                      }};
          },
          parent) {}

AmountDelegate::AmountDelegate(Check check, QObject* parent) : QStyledItemDelegate(parent), check_(std::move(check)) {}

QWidget* AmountDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const {
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        const QVariant align = index.data(Qt::TextAlignmentRole);
        line->setAlignment(align.isValid() ? Qt::Alignment(align.toInt()) : Qt::AlignRight | Qt::AlignVCenter);
        line->setProperty("cofundIndex", QVariant::fromValue(QPersistentModelIndex(index)));
        // The mark goes as soon as the text changes.
        connect(line, &QLineEdit::textEdited, this, [this, line] {
            if (pendingEditor_ == line) pending_ = {};
            hideRefusal(line);
        });
    }
    return editor;
}

void AmountDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
    // Only text the model takes gets here (eventFilter kept the rest in the editor),
    // checked already: entered as checked, not parsed and applied a second time.
    if (pending_ && pendingEditor_ == editor) {
        const std::function<void()> enter = std::move(pending_);
        pending_ = {};
        enter();
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void AmountDelegate::destroyEditor(QWidget* editor, const QModelIndex& index) const {
    if (pendingEditor_ == editor) pending_ = {};
    hideRefusal(editor);
    QStyledItemDelegate::destroyEditor(editor, index);
}

QString AmountDelegate::shownRefusal() const {
    return refusal_ && refusal_->isVisible() ? refusal_->text() : QString();
}

bool AmountDelegate::eventFilter(QObject* object, QEvent* event) {
    auto* editor = qobject_cast<QLineEdit*>(object);
    if (!editor || !check_) return QStyledItemDelegate::eventFilter(object, event);
    bool commits = false;
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        commits = key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab;
        if (key == Qt::Key_Escape) hideRefusal(editor);
    } else if (event->type() == QEvent::FocusOut) {
        // Focus moving to the reason's label or a popup is not leaving the cell.
        commits = !editor->isAncestorOf(QApplication::focusWidget()) && QApplication::activePopupWidget() == nullptr;
    }
    if (commits) {
        const QModelIndex index = editor->property("cofundIndex").value<QPersistentModelIndex>();
        Checked checked = check_(index, editor->text());
        pending_ = std::move(checked.enter);
        pendingEditor_ = editor;
        const QString& reason = checked.refusal;
        if (!reason.isEmpty()) {
            // Kept open with the text as typed: marked, the reason beside the cell.
            showRefusal(editor, reason);
            if (event->type() == QEvent::KeyPress) return true;
            return false;  // focus went elsewhere: the editor stays open and marked
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

void AmountDelegate::showRefusal(QWidget* editor, const QString& reason) const {
    editor->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #c62828; background: #fdecea; }"));
    editor->setProperty("refused", true);
    QWidget* viewport = editor->parentWidget();
    if (!refusal_) {
        refusal_ = new QLabel(viewport);
        refusal_->setObjectName(QStringLiteral("refusal"));
        refusal_->setWordWrap(true);
        refusal_->setStyleSheet(
            QStringLiteral("QLabel { background: #fff8e1; color: #8a1c1c; border: 1px solid #c62828; padding: 3px; }"));
    } else if (refusal_->parentWidget() != viewport) {
        refusal_->setParent(viewport);
    }
    refusal_->setText(reason);
    const int width = std::min(420, std::max(200, viewport->width() / 2));
    refusal_->setFixedWidth(width);
    refusal_->adjustSize();
    // Below the cell, or above it near the bottom; kept inside the viewport.
    const QRect cell = editor->geometry();
    int x = std::clamp(cell.left(), 0, std::max(0, viewport->width() - width));
    int y = cell.bottom() + 2;
    if (y + refusal_->height() > viewport->height()) y = std::max(0, cell.top() - refusal_->height() - 2);
    refusal_->move(x, y);
    refusal_->show();
    refusal_->raise();
}

void AmountDelegate::hideRefusal(QWidget* editor) const {
    if (editor && editor->property("refused").toBool()) {
        editor->setStyleSheet(QString());
        editor->setProperty("refused", false);
    }
    if (refusal_) refusal_->hide();
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

ElidingComboBox::ElidingComboBox(QWidget* parent) : QComboBox(parent) {}

bool ElidingComboBox::event(QEvent* e) {
    // Without a tooltip of its own, the whole current text (also when the list is refilled with signals blocked).
    if (e->type() == QEvent::ToolTip && toolTip().isEmpty() && !currentText().isEmpty()) {
        QToolTip::showText(static_cast<QHelpEvent*>(e)->globalPos(), currentText(), this);
        return true;
    }
    return QComboBox::event(e);
}

QString ElidingComboBox::shownText() const {
    QStyleOptionComboBox opt;
    initStyleOption(&opt);
    QRect room = style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, this);
    if (!opt.currentIcon.isNull()) room.setLeft(room.left() + opt.iconSize.width() + 4);
    // CE_ComboBoxLabel draws the text a pixel inside the field on each side.
    return fontMetrics().elidedText(opt.currentText, Qt::ElideRight, room.width() - 2);
}

void ElidingComboBox::paintEvent(QPaintEvent*) {
    QStylePainter painter(this);
    QStyleOptionComboBox opt;
    initStyleOption(&opt);
    painter.drawComplexControl(QStyle::CC_ComboBox, opt);
    opt.currentText = shownText();
    painter.drawControl(QStyle::CE_ComboBoxLabel, opt);
}

void ElidingComboBox::showPopup() {
    // The list as wide as its longest entry (within the screen), not the box's width.
    int widest = view()->sizeHintForColumn(0) + 2 * view()->frameWidth() + 8;
    if (count() > maxVisibleItems()) widest += view()->verticalScrollBar()->sizeHint().width();
    if (const QScreen* s = screen()) widest = std::min(widest, s->availableGeometry().width());
    view()->setMinimumWidth(std::max(width(), widest));
    QComboBox::showPopup();
}

}  // namespace cofund::ui
