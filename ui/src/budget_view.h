// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Table views with spreadsheet keys: Tab/Shift+Tab and the arrows move, typing
// or F2 starts editing, Enter commits and moves down, Ctrl+C copies the
// selection as tab-separated text, Ctrl+V pastes a block from Excel or
// LibreOffice as one undo command, Delete clears the selected cells (one undo
// command). Columns are as wide as their widest amount: nothing is elided.

#include <QComboBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QStyledItemDelegate>
#include <QTableView>

#include <functional>
#include <optional>

namespace cofund::ui {

class BudgetModel;

/// A header that shows its texts whole, wrapped.
///
/// Vertical: a row name wider than `maxTextWidth` pixels wraps onto more lines
/// and its row grows to fit, so "publication, literature, dissemination and IP
/// affairs" (or its Russian, three times as long) is never cut. The full name
/// stays in the tooltip.
///
/// Horizontal: a column title wraps at its column's width (fitColumns() makes
/// every column at least as wide as the longest word of its title) and the
/// header grows to the tallest title, so "2018 其他来源" is never clipped.
class WrappingHeader : public QHeaderView {
    Q_OBJECT
  public:
    explicit WrappingHeader(Qt::Orientation orientation = Qt::Vertical, QWidget* parent = nullptr);
    /// The widest a row name's line may be, in pixels (a name longer than that wraps).
    int maxTextWidth() const;
    /// The widest line in letters 'x' (48 unless set).
    void setMaxLetters(int letters);
    /// Vertical: the width the header may take, margins included, and the lines
    /// a name should take at most. Where a name needs more lines at maxLetters,
    /// the header grows to the narrowest width at which every name takes `lines`,
    /// as far as `width` allows; so a table with room beside its amounts shows
    /// "8. Публикации, литература, распространение…" on two lines, or on three
    /// where the window leaves less room. `width` 0 (the default): maxLetters alone.
    void setRoom(int width, int lines = 2);
    /// Vertical: rows as tall as their text and a few pixels, not the style's
    /// roomier default (the summary fits a 768-pixel screen so).
    void setCompact(bool compact);
    /// Horizontal: whether a title may break wherever Unicode allows a line break
    /// (between Chinese characters too), not only at spaces; minimumSectionWidth()
    /// is then the widest unbreakable piece (BudgetView's "fit the window" turns
    /// it on only when whole words do not fit).
    void setLineBreaks(bool lineBreaks);
    void setModel(QAbstractItemModel* model) override;
    /// Vertical: the width the shown names need now (what the header will take at the next layout).
    int neededWidth() const;
    /// Vertical: sizes every row to its name. Horizontal: grows the header to
    /// its tallest wrapped title. Called when the texts or the widths change.
    void fitSections();
    /// The width of the longest word of a section's title, margins included:
    /// a column narrower than that would break a word.
    int minimumSectionWidth(int logicalIndex) const;
    /// The height of a section's title wrapped at `width` pixels, margins included.
    int wrappedHeight(int logicalIndex, int width) const;
    /// While true, a resized section does not refit the header (fitColumns()
    /// resizes many and refits once: a refit per column laid out every title
    /// again for each, a quadratic share of every refresh).
    void setBatch(bool batch) { batch_ = batch; }

  protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
    bool event(QEvent* e) override;

  private:
    QRect textBounds(int logicalIndex) const;
    QFont boldFont() const;
    int margin() const;
    /// Measured titles and names: a refresh fits every column again, but titles,
    /// names and widths rarely change (the wrapped height of each section measured
    /// anew was half the cost of fitColumns() on the grid, ~7 M instructions an edit).
    struct Wrapped {
        QString text;
        int width = 0;     ///< the width it is wrapped at
        int height = 0;    ///< horizontal: the section's height; vertical: the text's
        int boxWidth = 0;  ///< vertical: the wrapped text's width
    };
    mutable QHash<int, Wrapped> wrapped_;
    mutable QHash<QString, int> longestWord_;
    int maxLetters_ = 48;
    int room_ = 0;
    int roomLines_ = 2;
    /// The narrowest width at which every name takes at most roomLines_ lines,
    /// no less than `atLeast` and no more than `atMost`; a few pixels more where
    /// they bring a name onto one line.
    int widthForLines(int atLeast, int atMost) const;
    /// widthForLines() of the names as they are: measured once per change of the texts, the font or the lines.
    mutable std::optional<int> linesWidth_;
    bool compact_ = false;
    bool batch_ = false;
    bool lineBreaks_ = false;
};

/// Sizes every shown column of `view` to its widest cell text (each measured in
/// the font the cell is drawn in: bold totals are wider) and to the longest word
/// of its title, whose header (a WrappingHeader) then wraps at that width. So no
/// amount is ever elided, whatever the unit, the language or the number of
/// digits (13-digit yuan amounts included). Columns stay at least `minimum` wide.
void fitColumns(QTableView* view, int minimum = 40);
/// Sizes every column of `view` but those in `except` (and its rows, when
/// `rows`) to their contents as QHeaderView::ResizeToContents does, but only
/// while the view is shown: a table on a hidden tab is sized when it is shown.
/// Qt's own ResizeToContents measured every cell of the hidden Indicators,
/// Projections and Tasks tables after every edit, ~1.8 ms of each refresh.
/// Those columns (and the rows) become Fixed; `view` has its model already.
void fitToContentsWhenShown(QTableView* view, const QList<int>& except, bool rows);
/// The pixels a cell of `view` adds around its text (item margins and grid line):
/// a text of width w shows whole in a column at least w + cellPadding() wide.
int cellPadding(const QTableView* view);

/// The editor of an amount cell. A typed amount the model refuses (not an
/// amount, more than six decimals in 万元, a new line outside the period) keeps
/// the editor open with the text as typed, marks it and shows the reason beside
/// the cell; Escape gives up and restores the cell.
class AmountDelegate : public QStyledItemDelegate {
    Q_OBJECT
  public:
    /// A typed text checked for a cell: why it cannot go in, in the interface
    /// language, or (empty refusal) how to put it in.
    struct Checked {
        QString refusal;
        std::function<void()> enter;
    };
    using Check = std::function<Checked(const QModelIndex&, const QString&)>;
    /// Checks through BudgetModel::check() when the typing is committed and
    /// enters what it checked: the amount is parsed and applied to the plan once.
    explicit AmountDelegate(BudgetModel* model, QObject* parent = nullptr);
    /// The same editor for another model (the basis editor's items).
    explicit AmountDelegate(Check check, QObject* parent = nullptr);
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void destroyEditor(QWidget* editor, const QModelIndex& index) const override;
    /// The reason shown beside the open editor, or empty (for tests).
    QString shownRefusal() const;

  protected:
    bool eventFilter(QObject* object, QEvent* event) override;

  private:
    void showRefusal(QWidget* editor, const QString& reason) const;
    void hideRefusal(QWidget* editor) const;
    Check check_;
    /// What eventFilter checked for the editor being committed, entered by setModelData.
    mutable std::function<void()> pending_;
    mutable QPointer<QWidget> pendingEditor_;
    mutable QPointer<QLabel> refusal_;
};

class BudgetView : public QTableView {
    Q_OBJECT
  public:
    /// How the columns of a year are shown.
    enum class SourceColumns {
        All,    ///< every source, then the year total
        Sides,  ///< the special fund, other fiscal money when used, self-raised (read-only), year total
        Fit,    ///< All where every shown year fits the view's width, else Sides (the default)
    };
    explicit BudgetView(QWidget* parent = nullptr);
    void setBudgetModel(BudgetModel* model);
    /// Hides the source columns no year uses (the year and grand totals stay).
    void setHideEmptySources(bool hide);
    bool hideEmptySources() const { return hideEmpty_; }
    void setSourceColumns(SourceColumns columns);
    SourceColumns sourceColumns() const { return sourceColumns_; }
    /// Whether the compact sides are shown (Sides, or Fit in a view too narrow for every source).
    bool showsSides() const;
    /// Shows one year's group only (and the grand total), or every year (nullopt).
    void setShownYear(std::optional<int> year);
    std::optional<int> shownYear() const { return shownYear_; }
    void updateHiddenColumns();
    AmountDelegate* amountDelegate() const { return delegate_; }

  public slots:
    void copySelection();
    void paste();
    void clearSelection();

  protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    /// Enter after typing an amount moves down, as in a spreadsheet.
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;

  private:
    BudgetModel* model_ = nullptr;
    AmountDelegate* delegate_ = nullptr;
    bool hideEmpty_ = false;
    void applyColumns(bool sides);
    /// Whether the shown columns and the row names fit the view's width.
    bool fitsWidth() const;
    static constexpr int kRowLetters = 48;  ///< the row names' widest line, in letters, where there is room
    SourceColumns sourceColumns_ = SourceColumns::All;
    bool sides_ = false;
    std::optional<int> shownYear_;
};

/// A combo box whose current text, when it is wider than the box, ends in "…"
/// (Qt's styles clip it mid-letter, so an annex's name lost its end unseen); the
/// whole text is its tooltip (unless it has one of its own), and the open list
/// is as wide as its longest entry.
class ElidingComboBox : public QComboBox {
    Q_OBJECT
  public:
    explicit ElidingComboBox(QWidget* parent = nullptr);
    /// The current text as painted: whole, or cut with "…" to the box's text room.
    QString shownText() const;
    void showPopup() override;

  protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* e) override;
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
