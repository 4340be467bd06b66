// SPDX-License-Identifier: GPL-3.0-or-later
#include "basis_editor.h"

#include <algorithm>

#include <QColor>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "app_language.h"
#include "budget_view.h"
#include "cofund/basis.h"
#include "cofund/format.h"
#include "cofund/plan_edit.h"
#include "document.h"

namespace cofund::ui {

namespace {

/// An exact yuan amount with its sign: "+0.01", "-1,200.00", "0.00".
QString signedYuan(const Rational& yuan) {
    const QString t = qs(localize_number(exact_yuan_text(yuan), lang()));
    return yuan.sign() > 0 ? QStringLiteral("+") + t : t;
}

/// The basis total where every item is a whole fen or not: exact either way.
Rational basisTotal(const BudgetLine& line) {
    Rational sum = 0;
    for (const BasisItem& item : line.basis) sum += item_amount(item);
    return sum;
}

}  // namespace

Result<std::vector<BasisFactor>> parseFactors(const QString& typed) {
    std::vector<BasisFactor> factors;
    const QStringList parts = typed.split(QRegularExpression(QStringLiteral("\\s*[×*]\\s*|\\s+[xX]\\s+")));
    for (int k = 0; k < parts.size(); ++k) {
        const QString part = parts[k].trimmed();
        const int space = part.indexOf(QRegularExpression(QStringLiteral("[^0-9.+\\-eE]")));
        const QString value = (space < 0 ? part : part.left(space)).trimmed();
        const QString unit = space < 0 ? QString() : part.mid(space).trimmed();
        const QString which = BasisModel::tr("factor %1").arg(k + 1);
        if (value.isEmpty())
            return Error{
                BasisModel::tr("%1 has no number; write factors as \"3 人 × 2 次 × 0.5 月\"").arg(which).toStdString()};
        Result<Rational> r = parse_decimal(value.toStdString());
        if (!r)
            return Error{
                BasisModel::tr("%1: \"%2\" is not a decimal number such as 0.5").arg(which, value).toStdString()};
        if (r->sign() < 0) return Error{BasisModel::tr("%1: a factor is never negative").arg(which).toStdString()};
        factors.push_back(BasisFactor{Decimal{value.toStdString(), *r}, unit.toStdString(), Extra::object()});
    }
    return factors;
}

BasisModel::BasisModel(Document* doc, QObject* parent) : QAbstractTableModel(parent), doc_(doc) {
    connect(doc, &Document::planChanged, this, &BasisModel::reload);
    connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, this,
            [this] { emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1); });
}

const BudgetLine* BasisModel::current() const {
    if (!doc_ || !line_ || *line_ >= doc_->plan().budget.size()) return nullptr;
    return &doc_->plan().budget[*line_];
}

void BasisModel::setLine(std::optional<std::size_t> line) {
    beginResetModel();
    line_ = line;
    const BudgetLine* l = current();
    rows_ = l ? int(l->basis.size()) : 0;
    endResetModel();
}

void BasisModel::reload() {
    const BudgetLine* l = current();
    const int rows = l ? int(l->basis.size()) : 0;
    if (rows != rows_) {
        beginResetModel();
        rows_ = rows;
        endResetModel();
    } else if (rows_ > 0) {
        emit dataChanged(index(0, 0), index(rows_ - 1, ColumnCount - 1));
    }
}

int BasisModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : rows_;
}
int BasisModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BasisModel::data(const QModelIndex& index, int role) const {
    const BudgetLine* l = current();
    if (!l || !index.isValid() || index.row() >= int(l->basis.size())) return {};
    const BasisItem& item = l->basis[index.row()];
    const int col = index.column();
    switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            switch (col) {
                case Item:
                    return qs(item.item);
                case Factors:
                    return qs(factors_text(item));
                case UnitPrice:
                    return role == Qt::EditRole ? qs(item.unit_price.str())
                                                : formatMoney(item.unit_price, MoneyUnit::yuan);
                case PriceUnit:
                    return qs(item.price_unit);
                case Amount:
                    return qs(exact_yuan_text(item_amount(item)));
            }
            break;
        case ExactRole:
            if (col == Amount) return qs(exact_yuan_text(item_amount(item)));
            if (col == UnitPrice) return qs(item.unit_price.str());
            break;
        case Qt::TextAlignmentRole:
            if (col == UnitPrice || col == Amount) return int(Qt::AlignRight | Qt::AlignVCenter);
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        case Qt::ForegroundRole:
            // An item whose amount is not a whole fen is the rule basis.item's error.
            if (col == Amount && !item_money(item)) return QColor(0xc6, 0x28, 0x28);
            break;
        case Qt::ToolTipRole:
            if (col == Amount && !item_money(item))
                return tr("This item's amount is not a whole fen (basis.item): change a factor or the unit price.");
            if (col == Factors) return tr("Factors as \"3 人 × 2 次 × 0.5 月\": a decimal, then its unit");
            break;
    }
    return {};
}

QVariant BasisModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
        case Item:
            return tr("Item");
        case Factors:
            return tr("Quantities");
        case UnitPrice:
            return tr("Unit price (yuan)");
        case PriceUnit:
            return tr("Price unit");
        case Amount:
            return tr("Amount (yuan)");
    }
    return {};
}

Qt::ItemFlags BasisModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Amount) f |= Qt::ItemIsEditable;
    return f;
}

QString BasisModel::refusal(const QModelIndex& index, const QString& typed) const {
    switch (index.column()) {
        case Item:
            if (typed.trimmed().isEmpty()) return tr("an item needs a name, e.g. 国际旅费");
            break;
        case Factors: {
            Result<std::vector<BasisFactor>> f = parseFactors(typed);
            if (!f) return qs(f.error().message);
            break;
        }
        case UnitPrice: {
            Result<Money> m = parseMoney(typed, MoneyUnit::yuan);
            if (!m) return qs(m.error().message);
            if (m->is_negative()) return tr("a unit price is never negative");
            break;
        }
        default:
            break;
    }
    return {};
}

bool BasisModel::push(Plan after, std::function<QString()> what) {
    if (!doc_ || !line_) return false;
    const BudgetLine line = doc_->plan().budget[*line_];
    const Catalog& cat = doc_->catalog();
    return doc_->edit(
        [line, &cat, what = std::move(what)] {
            const QString place = QStringLiteral("%1 · %2 · %3")
                                      .arg(text(cat.category_name(line.category)))
                                      .arg(line.year)
                                      .arg(sourceShortName(line.source));
            return tr("Basis of %1: %2").arg(place, what());
        },
        std::move(after));
}

QString BasisModel::placeText() const {
    const BudgetLine* l = current();
    if (!l || !doc_) return {};
    return QStringLiteral("%1 · %2 · %3")
        .arg(text(doc_->catalog().category_name(l->category)))
        .arg(l->year)
        .arg(sourceShortName(l->source));
}

bool BasisModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const BudgetLine* l = current();
    if (role != Qt::EditRole || !l || !index.isValid() || index.row() >= int(l->basis.size())) return false;
    const QString typed = value.toString();
    if (!refusal(index, typed).isEmpty()) return false;
    Plan plan = doc_->plan();
    BasisItem& item = plan.budget[*line_].basis[index.row()];
    const QString name = qs(item.item);
    QString before, after;
    switch (index.column()) {
        case Item:
            before = name;
            item.item = typed.trimmed().toStdString();
            after = qs(item.item);
            break;
        case Factors: {
            before = qs(factors_text(item));
            std::vector<BasisFactor> factors = *parseFactors(typed);
            // A factor keeps its unknown fields where it stays in place.
            for (std::size_t k = 0; k < factors.size() && k < item.factors.size(); ++k)
                factors[k].extra = item.factors[k].extra;
            item.factors = std::move(factors);
            after = qs(factors_text(item));
            break;
        }
        case UnitPrice:
            before = formatMoney(item.unit_price, MoneyUnit::yuan);
            item.unit_price = *parseMoney(typed, MoneyUnit::yuan);
            after = formatMoney(item.unit_price, MoneyUnit::yuan);
            break;
        case PriceUnit:
            before = qs(item.price_unit);
            item.price_unit = typed.trimmed().toStdString();
            after = qs(item.price_unit);
            break;
        default:
            return false;
    }
    const int column = index.column();
    return push(std::move(plan), [name, column, before, after] {
        const QString none = QStringLiteral("—");
        const QString field = column == Item        ? tr("name")
                              : column == Factors   ? tr("quantities")
                              : column == UnitPrice ? tr("unit price")
                                                    : tr("price unit");
        return tr("%1, %2: %3 → %4").arg(name, field, before.isEmpty() ? none : before, after.isEmpty() ? none : after);
    });
}

void BasisModel::addItem() {
    if (!current()) return;
    Plan plan = doc_->plan();
    BasisItem item;
    item.item = tr("New item").toStdString();
    item.factors.push_back(BasisFactor{Decimal{"1", Rational(1)}, {}, Extra::object()});
    plan.budget[*line_].basis.push_back(std::move(item));
    push(std::move(plan), [] { return tr("item added"); });
}

void BasisModel::removeItem(int row) {
    const BudgetLine* l = current();
    if (!l || row < 0 || row >= int(l->basis.size())) return;
    Plan plan = doc_->plan();
    auto& basis = plan.budget[*line_].basis;
    const QString name = qs(basis[row].item);
    basis.erase(basis.begin() + row);
    push(std::move(plan), [name] { return tr("item %1 removed").arg(name); });
}

bool BasisModel::setAmountToBasis() {
    if (!current()) return false;
    Plan plan = doc_->plan();
    const Money before = plan.budget[*line_].amount;
    if (!set_amount_to_basis(plan, *line_)) return false;
    const Money after = plan.budget[*line_].amount;
    return push(std::move(plan), [before, after] {
        return tr("amount set to the basis total, %1 → %2 yuan")
            .arg(formatMoney(before, MoneyUnit::yuan), formatMoney(after, MoneyUnit::yuan));
    });
}

BasisEditor::BasisEditor(Document* doc, BudgetView* view, BudgetModel* budget, QWidget* parent)
    : QWidget(parent), doc_(doc), budget_(budget) {
    setObjectName(QStringLiteral("basisEditor"));
    model_ = new BasisModel(doc, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* top = new QHBoxLayout;
    place_ = new QLabel(this);
    place_->setObjectName(QStringLiteral("basisPlace"));
    lineLabel_ = new QLabel(this);
    lines_ = new QComboBox(this);
    lines_->setObjectName(QStringLiteral("basisLine"));
    lines_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    lineLabel_->setBuddy(lines_);
    // Folded, the editor is this one row: at 1366×768 the grid then shows every row.
    toggle_ = new QToolButton(this);
    toggle_->setObjectName(QStringLiteral("basisToggle"));
    toggle_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle_->setAutoRaise(true);
    toggle_->setCheckable(true);
    toggle_->setChecked(true);
    connect(toggle_, &QToolButton::clicked, this, [this](bool open) {
        setCollapsed(!open);
        emit collapsedByUser(!open);
    });
    top->addWidget(toggle_);
    top->addWidget(place_);
    top->addSpacing(12);
    top->addWidget(lineLabel_);
    top->addWidget(lines_);
    top->addStretch(1);
    layout->addLayout(top);

    body_ = new QWidget(this);
    layout->addWidget(body_, 1);
    layout = new QVBoxLayout(body_);
    layout->setContentsMargins(0, 0, 0, 0);
    empty_ = new QLabel(this);
    empty_->setWordWrap(true);
    empty_->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(empty_);

    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("basisTable"));
    table_->setModel(model_);
    table_->setAlternatingRowColors(true);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(BasisModel::Item, QHeaderView::Stretch);
    table_->setTextElideMode(Qt::ElideNone);
    delegate_ = new AmountDelegate(
        [m = model_](const QModelIndex& index, const QString& typed) -> AmountDelegate::Checked {
            return {m->refusal(index, typed), {}};  // no copy of the plan to keep: setData enters it
        },
        this);
    table_->setItemDelegate(delegate_);
    // The buttons in a column beside the items, the totals on a row below: on one
    // row, the Russian totals and buttons asked ~1000 px, and at 1366 px the charts
    // beside the tabs gave up 200 of their 540 (their title was elided).
    auto* middle = new QHBoxLayout;
    middle->addWidget(table_, 1);
    auto* buttons = new QVBoxLayout;
    middle->addLayout(buttons);
    layout->addLayout(middle, 1);

    auto* bottom = new QHBoxLayout;
    total_ = new QLabel(this);
    total_->setObjectName(QStringLiteral("basisTotal"));
    difference_ = new QLabel(this);
    difference_->setObjectName(QStringLiteral("basisDifference"));
    add_ = new QPushButton(this);
    add_->setObjectName(QStringLiteral("basisAdd"));
    remove_ = new QPushButton(this);
    remove_->setObjectName(QStringLiteral("basisRemove"));
    setAmount_ = new QPushButton(this);
    setAmount_->setObjectName(QStringLiteral("basisSetAmount"));
    bottom->addWidget(total_);
    bottom->addSpacing(12);
    bottom->addWidget(difference_);
    bottom->addStretch(1);
    layout->addLayout(bottom);
    buttons->addWidget(add_);
    buttons->addWidget(remove_);
    buttons->addWidget(setAmount_);
    buttons->addStretch(1);

    // The new item opens for typing its name (issue 29: focus stayed on the button).
    connect(add_, &QPushButton::clicked, this, [this] {
        const int before = model_->rowCount();
        model_->addItem();
        if (model_->rowCount() != before + 1) return;
        const QModelIndex name = model_->index(before, BasisModel::Item);
        table_->setFocus();
        table_->setCurrentIndex(name);
        table_->edit(name);
    });
    connect(remove_, &QPushButton::clicked, this, [this] {
        const QModelIndex i = table_->currentIndex();
        if (i.isValid()) model_->removeItem(i.row());
    });
    connect(setAmount_, &QPushButton::clicked, model_, &BasisModel::setAmountToBasis);
    connect(lines_, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i < int(cellLines_.size()) && model_->line() != cellLines_[i]) model_->setLine(cellLines_[i]);
        refresh();
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showCell(current); });
    connect(doc, &Document::planChanged, this, &BasisEditor::refresh);
    connect(doc, &Document::documentReset, this, [this] {
        cell_.reset();
        refresh();
    });
    connect(table_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { remove_->setEnabled(table_->currentIndex().isValid()); });
    retranslate();
    refresh();
}

void BasisEditor::showCell(const QModelIndex& index) {
    const BudgetModel::Cell c = budget_->cellAt(index);
    if (index.isValid() && c.editable())
        cell_ = c;
    else
        cell_.reset();
    // The first line of the new cell.
    model_->setLine(std::nullopt);
    refresh();
}

std::vector<std::size_t> BasisEditor::linesOfCell() const {
    std::vector<std::size_t> out;
    if (!doc_ || !cell_) return out;
    const Plan& plan = doc_->plan();
    const Project& p = plan.project;
    for (std::size_t i = 0; i < plan.budget.size(); ++i) {
        const BudgetLine& l = plan.budget[i];
        if (l.category != *cell_->category || l.source != *cell_->source) continue;
        const bool outside = l.year < p.start_year || l.year > p.end_year;
        if (cell_->outside ? outside : l.year == *cell_->year) out.push_back(i);
    }
    return out;
}

void BasisEditor::refresh() {
    cellLines_ = linesOfCell();
    // The line shown stays where it is among the cell's lines; else the first.
    std::optional<std::size_t> line = model_->line();
    if (!line || std::find(cellLines_.begin(), cellLines_.end(), *line) == cellLines_.end())
        line = cellLines_.empty() ? std::nullopt : std::optional<std::size_t>(cellLines_.front());
    if (line != model_->line()) model_->setLine(line);

    const QSignalBlocker block(lines_);
    lines_->clear();
    const Plan& plan = doc_->plan();
    for (std::size_t i : cellLines_) {
        const BudgetLine& l = plan.budget[i];
        QString label = tr("line %1: %2 yuan").arg(i + 1).arg(formatMoney(l.amount, MoneyUnit::yuan));
        if (!l.note.empty()) label += QStringLiteral(" — ") + qs(l.note);
        lines_->addItem(label);
    }
    const auto at = line ? std::find(cellLines_.begin(), cellLines_.end(), *line) : cellLines_.end();
    lines_->setCurrentIndex(at == cellLines_.end() ? -1 : int(at - cellLines_.begin()));
    lines_->setVisible(cellLines_.size() > 1);
    lineLabel_->setVisible(cellLines_.size() > 1);

    const BudgetLine* l = line ? &plan.budget[*line] : nullptr;
    place_->setText(l ? QStringLiteral("<b>%1</b>").arg(model_->placeText().toHtmlEscaped()) : QString());
    if (!cell_)
        empty_->setText(
            tr("Select a cell of one category and source in the budget grid to see the basis of its "
               "line."));
    else if (!l)
        empty_->setText(tr("This cell has no budget line yet: type an amount in the grid first."));
    else if (l->basis.empty())
        empty_->setText(
            tr("This line has no basis yet: add an item (what is bought or paid, how many, at what price)."));
    else
        empty_->clear();
    empty_->setVisible(!empty_->text().isEmpty());
    table_->setEnabled(l != nullptr);
    add_->setEnabled(l != nullptr);
    remove_->setEnabled(l != nullptr && table_->currentIndex().isValid());

    if (!l || l->basis.empty()) {
        total_->clear();
        difference_->clear();
        setAmount_->setEnabled(false);
        return;
    }
    const Rational total = basisTotal(*l);
    const std::optional<Money> whole = basis_money(*l);
    total_->setText(
        tr("Basis total: %1 yuan · line amount: %2 yuan")
            .arg(qs(localize_number(exact_yuan_text(total), lang())), formatMoney(l->amount, MoneyUnit::yuan)));
    const Rational diff = total - l->amount.to_rational();
    QString d = tr("Difference: %1 yuan").arg(signedYuan(diff));
    if (!whole) d += tr(" (an item is not a whole fen)");
    difference_->setText(d);
    const bool red = diff.sign() != 0 || !whole;
    // A style sheet set again restyles the label: only when the colour changes.
    if (!difference_->property("red").isValid() || difference_->property("red").toBool() != red) {
        difference_->setStyleSheet(red ? QStringLiteral("QLabel { color: #c62828; font-weight: bold; }")
                                       : QStringLiteral("QLabel { color: #2e7d32; }"));
        difference_->setProperty("red", red);
    }
    difference_->setProperty("differs", diff.sign() != 0);
    setAmount_->setEnabled(whole && *whole != l->amount);
}

void BasisEditor::setCollapsed(bool collapsed) {
    foldChosen_ = true;
    fold(collapsed);
}

void BasisEditor::fold(bool collapsed) {
    toggle_->setChecked(!collapsed);
    toggle_->setArrowType(collapsed ? Qt::RightArrow : Qt::DownArrow);
    if (body_->isHidden() == collapsed) return;
    body_->setVisible(!collapsed);
    // Folded, no taller than its one row, so a splitter gives the grid the rest.
    layout()->invalidate();
    setMaximumHeight(collapsed ? layout()->totalSizeHint().height() : QWIDGETSIZE_MAX);
    updateGeometry();
}

bool BasisEditor::isCollapsed() const {
    return body_->isHidden();
}

void BasisEditor::retranslate() {
    toggle_->setText(tr("Budget basis"));
    toggle_->setToolTip(tr("Show or hide the basis (测算依据) of the grid's current cell"));
    lineLabel_->setText(tr("&Line:"));
    add_->setText(tr("&Add item"));
    remove_->setText(tr("&Remove item"));
    setAmount_->setText(tr("Set amount to basis &total"));
    setAmount_->setToolTip(tr("Sets the line's amount to the sum of its items, as one undo step"));
    refresh();
}

void BasisEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace cofund::ui
