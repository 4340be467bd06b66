// SPDX-License-Identifier: GPL-3.0-or-later
#include "summary_view.h"

#include <QBrush>
#include <QColor>
#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <iterator>

#include "budget_view.h"
#include "cofund/basis.h"
#include "cofund/catalog.h"
#include "document.h"
#include "models.h"
#include "palette.h"

namespace cofund::ui {

namespace {

constexpr Source kFiscalOnly[] = {Source::fiscal};
constexpr Source kOtherFiscalOnly[] = {Source::other_fiscal};
constexpr Source kOwn[] = {Source::self};
constexpr Source kLoan[] = {Source::loan};
constexpr Source kPartners[] = {Source::partner};
constexpr Source kOther[] = {Source::other};

}  // namespace

// ---------------------------------------------------------------------------

namespace {
std::vector<std::optional<int>> columnYears(const BudgetSummary& sums) {
    std::vector<std::optional<int>> years;
    for (const BudgetSummary::Column& c : sums.columns()) years.push_back(c.year);
    return years;
}
}  // namespace

SummaryModelBase::SummaryModelBase(Document* doc, QObject* parent) : QAbstractTableModel(parent), doc_(doc) {
    columns_ = columnYears(doc->summary());
    connect(doc, &Document::planChanged, this, &SummaryModelBase::refresh);
    connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, this, [this] {
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
}

const BudgetSummary& SummaryModelBase::summary() const {
    return doc_->summary();
}

void SummaryModelBase::refresh() {
    std::vector<std::optional<int>> columns = columnYears(summary());
    if (columns != columns_) {
        beginResetModel();
        columns_ = std::move(columns);
        endResetModel();
        return;
    }
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void SummaryModelBase::setUnit(MoneyUnit unit) {
    if (unit == unit_) return;
    unit_ = unit;
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

QString SummaryModelBase::columnLabel(int c) const {
    return QString::fromStdString(column_label(BudgetSummary::Column{columns_[c], nullptr}, lang()));
}

const Sums& SummaryModelBase::sumsOf(int c) const {
    return columns_[c] ? summary().year(*columns_[c]) : summary().outside();
}

QVariant SummaryModelBase::amountData(const Money& m, int role, bool strong, bool outside) const {
    switch (role) {
        case Qt::DisplayRole:
            return formatMoney(m, unit_);
        case ExactRole:
            return QString::fromStdString(m.str());
        case Qt::ToolTipRole:
            // 万元 may round nothing, but yuan with fen is how a finance officer checks it.
            return unit_ == MoneyUnit::wan ? tr("%1 yuan").arg(formatMoney(m, MoneyUnit::yuan)) : QVariant();
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::FontRole:
            if (strong) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        case Qt::BackgroundRole:
            if (strong) return QBrush(kTotalBackground);
            if (outside) return QBrush(kOutsideBackground);
            return {};
        default:
            return {};
    }
}

// ---------------------------------------------------------------------------

SourcesSummaryModel::SourcesSummaryModel(Document* doc, QObject* parent) : SummaryModelBase(doc, parent) {}

int SourcesSummaryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : RowCount;
}
int SourcesSummaryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : summaryColumns() + 1;
}

std::span<const Source> SourcesSummaryModel::sources(int row) {
    switch (row) {
        case Fiscal:
            return kFiscalOnly;
        case OtherFiscal:
            return kOtherFiscalOnly;
        case SelfRaised:
            return kSelfSide;
        case Own:
            return kOwn;
        case Loan:
            return kLoan;
        case Partners:
            return kPartners;
        case OtherSource:
            return kOther;
        default:
            return kSources;
    }
}

QVariant SourcesSummaryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !doc_) return {};
    const int row = index.row(), col = index.column();
    const bool total = col == totalColumn();
    const Sums& sums = total ? summary().all() : sumsOf(col);
    const bool strong = total || row == SelfRaised || row == Total;
    if (role == PointerRole) return QStringLiteral("/budget");
    return amountData(sums.of(sources(row)), role, strong, !total && isOutside(col));
}

QVariant SourcesSummaryModel::headerData(int section, Qt::Orientation o, int role) const {
    if (!doc_) return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    if (o == Qt::Horizontal) {
        if (section < 0 || section >= columnCount()) return {};
        if (section == totalColumn()) return tr("Total");
        return columnLabel(section);
    }
    const Catalog& cat = doc_->catalog();
    switch (section) {
        case Fiscal:
            return text(cat.source_name(Source::fiscal));
        case OtherFiscal:
            return text(cat.source_name(Source::other_fiscal));
        case SelfRaised:
            return tr("Self-raised funds");
        case Own:
        case Loan:
        case Partners:
        case OtherSource:
            return tr("of which: %1").arg(text(cat.source_name(sources(section)[0])));
        case Total:
            return tr("Total");
    }
    return {};
}

// ---------------------------------------------------------------------------

CategoriesSummaryModel::CategoriesSummaryModel(Document* doc, QObject* parent) : SummaryModelBase(doc, parent) {
    readCategories();
    // Another call (File › New, Open) has other categories: the rows follow it.
    connect(doc, &Document::planChanged, this, [this] {
        std::vector<Category> direct = direct_, indirect = indirect_;
        std::vector<std::pair<int, std::optional<Category>>> shape;
        for (const Row& r : rows_) shape.emplace_back(r.kind, r.category);
        readCategories();
        std::vector<std::pair<int, std::optional<Category>>> now;
        for (const Row& r : rows_) now.emplace_back(r.kind, r.category);
        if (direct != direct_ || indirect != indirect_ || shape != now) {
            beginResetModel();
            endResetModel();
        }
    });
}

const EquipmentSums& CategoriesSummaryModel::purchase() const {
    if (!purchase_ || purchaseOf_ != doc_->generation()) {
        purchase_ = equipment_sums(doc_->plan(), summary(), EquipmentKind::purchase);
        purchaseOf_ = doc_->generation();
    }
    return *purchase_;
}

int CategoriesSummaryModel::indirectRow() const {
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].kind == Row::Indirect) return static_cast<int>(i);
    return -1;
}

int CategoriesSummaryModel::purchaseRowOf(Category c) const {
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].kind == Row::Purchase && rows_[i].category == c) return static_cast<int>(i);
    return -1;
}

// The rows of table 2 from the call: its direct categories in its order, then its indirect ones (one row).
void CategoriesSummaryModel::readCategories() {
    direct_.clear();
    indirect_.clear();
    for (const CategoryInfo* c : doc_->catalog().table_categories(doc_->summary().all()))
        (c->indirect ? indirect_ : direct_).push_back(c->category);
    // The categories whose lines or basis items are of kind purchase (the report's rule).
    std::vector<Category> withPurchase;
    for (const BudgetLine& l : doc_->plan().budget)
        if (has_equipment_kind(l, EquipmentKind::purchase) &&
            std::find(withPurchase.begin(), withPurchase.end(), l.category) == withPurchase.end())
            withPurchase.push_back(l.category);
    auto purchased = [&](Category c) {
        return std::find(withPurchase.begin(), withPurchase.end(), c) != withPurchase.end();
    };
    rows_.clear();
    rows_.push_back({Row::Direct, std::nullopt, 0});
    int number = 0;
    for (Category c : direct_) {
        rows_.push_back({Row::CategoryRow, c, ++number});
        if (purchased(c)) rows_.push_back({Row::Purchase, c, 0});
    }
    if (!indirect_.empty()) rows_.push_back({Row::Indirect, std::nullopt, 0});
    for (Category c : withPurchase)  // a purchase line of no direct category: under the indirect costs
        if (std::find(direct_.begin(), direct_.end(), c) == direct_.end()) rows_.push_back({Row::Purchase, c, 0});
    rows_.push_back({Row::Total, std::nullopt, 0});
}

int CategoriesSummaryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : totalRow() + 1;
}

std::optional<Category> CategoriesSummaryModel::categoryOfRow(int row) const {
    if (row < 0 || row >= static_cast<int>(rows_.size())) return std::nullopt;
    const Row& r = rows_[static_cast<std::size_t>(row)];
    if (r.kind == Row::CategoryRow) return r.category;
    if (r.kind == Row::Indirect && indirect_.size() == 1) return indirect_.front();
    return std::nullopt;
}
int CategoriesSummaryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 2 * summaryColumns() + 3;
}

int CategoriesSummaryModel::rowOf(Category c) const {
    if (std::find(indirect_.begin(), indirect_.end(), c) != indirect_.end()) return indirectRow();
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].kind == Row::CategoryRow && rows_[i].category == c) return static_cast<int>(i);
    return totalRow();
}

QVariant CategoriesSummaryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !doc_) return {};
    const int row = index.row(), col = index.column();
    const bool total = col >= totalFiscalColumn();
    const Sums& sums = total ? summary().all() : sumsOf(col / 2);
    const std::optional<Category> category = categoryOfRow(row);
    const bool purchaseRow =
        row >= 0 && row < static_cast<int>(rows_.size()) && rows_[static_cast<std::size_t>(row)].kind == Row::Purchase;
    auto side = [&](std::span<const Source> srcs) {
        if (purchaseRow) {
            const EquipmentSums& p = purchase();
            const Category c = *rows_[static_cast<std::size_t>(row)].category;
            return total ? p.all.of(c, srcs) : p.by_column[static_cast<std::size_t>(col / 2)].of(c, srcs);
        }
        if (category) return sums.of(*category, srcs);
        if (row == kDirectRow) return sums.direct(srcs, doc_->catalog());
        if (row == indirectRow()) {
            Money m;
            for (Category c : indirect_) m += sums.of(c, srcs);
            return m;
        }
        return sums.of(srcs);  // the total row
    };
    Money m;
    if (col == totalSumColumn())
        m = side(kSources);
    else
        m = side((total ? col - totalFiscalColumn() : col % 2) == 0 ? std::span<const Source>(kFiscalSide)
                                                                    : std::span<const Source>(kSelfSide));
    if (role == PointerRole) return QStringLiteral("/budget");
    const bool strong = (!category && !purchaseRow) || col == totalSumColumn();
    return amountData(m, role, strong, !total && isOutside(col / 2));
}

QVariant CategoriesSummaryModel::headerData(int section, Qt::Orientation o, int role) const {
    if (!doc_) return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    if (o == Qt::Horizontal) {
        if (section < 0 || section >= columnCount()) return {};
        if (section == totalSumColumn()) return tr("Total\nSum");
        const bool total = section >= totalFiscalColumn();
        const QString group = total ? tr("Total") : columnLabel(section / 2);
        const bool fiscal = (total ? section - totalFiscalColumn() : section % 2) == 0;
        return QStringLiteral("%1\n%2").arg(group, fiscal ? tr("Fiscal") : tr("Self-raised"));
    }
    if (section < 0 || section >= static_cast<int>(rows_.size())) return {};
    const Row& r = rows_[static_cast<std::size_t>(section)];
    switch (r.kind) {
        case Row::Direct:
            return tr("I. Direct costs");
        case Row::Indirect:
            return tr("II. Indirect costs");
        case Row::Total:
            return tr("Total");
        case Row::CategoryRow:
            return QStringLiteral("%1. %2").arg(r.number).arg(text(doc_->catalog().category_name(*r.category)));
        case Row::Purchase:
            // Indented under its category, as the call's table writes it.
            return role == Qt::ToolTipRole ? tr("The money of equipment lines and items of kind purchase (购置)")
                                           : QStringLiteral("    ") + text(purchase_row_name());
    }
    return {};
}

// ---------------------------------------------------------------------------

namespace {
std::vector<std::string> taskIds(const BudgetSummary& sums) {
    std::vector<std::string> ids;
    for (const BudgetSummary::TaskColumn& t : sums.by_task()) ids.push_back(t.task);
    return ids;
}
}  // namespace

TasksSummaryModel::TasksSummaryModel(Document* doc, QObject* parent) : SummaryModelBase(doc, parent) {
    tasks_ = taskIds(doc->summary());
    connect(doc, &Document::planChanged, this, &TasksSummaryModel::refreshTasks);
}

void TasksSummaryModel::refreshTasks() {
    std::vector<std::string> ids = taskIds(summary());
    if (ids == tasks_) return;  // the base class announced the new figures
    beginResetModel();
    tasks_ = std::move(ids);
    endResetModel();
}

int TasksSummaryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(tasks_.size());
}
int TasksSummaryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TasksSummaryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !doc_ || index.row() >= rowCount()) return {};
    const std::string& id = tasks_[static_cast<size_t>(index.row())];
    if (role == PointerRole) return QStringLiteral("/tasks");
    if (role == IdRole) return qs(id);
    static const Sums zero;
    const Sums* sums = &zero;
    for (const BudgetSummary::TaskColumn& t : summary().by_task())
        if (t.task == id) sums = &t.sums;
    Money m;
    switch (index.column()) {
        case FiscalColumn:
            m = sums->of(kFiscalSide);
            break;
        case SelfColumn:
            m = sums->of(kSelfSide);
            break;
        default:
            m = sums->of(kSources);
    }
    return amountData(m, role, index.column() == TotalColumn, false);
}

QVariant TasksSummaryModel::headerData(int section, Qt::Orientation o, int role) const {
    if (!doc_) return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    if (o == Qt::Horizontal) {
        switch (section) {
            case FiscalColumn:
                return tr("Fiscal");
            case SelfColumn:
                return tr("Self-raised");
            case TotalColumn:
                return tr("Total");
        }
        return {};
    }
    if (section < 0 || section >= rowCount()) return {};
    const std::string& id = tasks_[static_cast<size_t>(section)];
    if (id.empty()) return tr("No task");
    const Task* task = doc_->catalog().task(id);
    if (role == Qt::ToolTipRole) return task ? qs(task->words) : QVariant();
    return task ? QStringLiteral("%1 %2").arg(qs(id), text(task->name)) : qs(id);
}

// ---------------------------------------------------------------------------

UnitsSummaryModel::UnitsSummaryModel(Document* doc, QObject* parent) : SummaryModelBase(doc, parent) {
    units_ = int(doc->summary().by_unit().size());
    connect(doc, &Document::planChanged, this, &UnitsSummaryModel::refreshUnits);
}

void UnitsSummaryModel::refreshUnits() {
    const int units = int(summary().by_unit().size());
    if (units == units_) return;  // the base class announced the new figures
    beginResetModel();
    units_ = units;
    endResetModel();
}

int UnitsSummaryModel::rowCount(const QModelIndex& parent) const {
    // The units and the total; nothing when no line names a unit.
    return parent.isValid() || units_ == 0 ? 0 : units_ + 1;
}
int UnitsSummaryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitsSummaryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !doc_ || index.row() >= rowCount()) return {};
    const auto& units = summary().by_unit();
    const bool total = index.row() >= int(units.size());
    const Plan& plan = doc_->plan();
    if (role == PointerRole) return total ? QStringLiteral("/budget") : QStringLiteral("/partners");
    const int col = index.column();
    if (col == TypeColumn || col == LeadsColumn) {
        if (total) return role == Qt::BackgroundRole ? QVariant(QBrush(kTotalBackground)) : QVariant();
        const BudgetSummary::UnitColumn& u = units[std::size_t(index.row())];
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
        if (col == TypeColumn) return orgTypeName(unit_type(plan, u.partner));
        QStringList leads;
        for (const std::string& t : u.leads) leads << qs(t);
        return leads.isEmpty() ? QStringLiteral("—") : leads.join(QStringLiteral(", "));
    }
    const Sums& sums = total ? summary().all() : units[std::size_t(index.row())].sums;
    Money m;
    switch (col) {
        case TotalColumn:
            m = sums.of(kSources);
            break;
        case FiscalColumn:
            m = sums.of(kFiscalSide);
            break;
        case SelfColumn:
            m = sums.of(kSelfSide);
            break;
        default:
            // The special fund of a partner's lines leaves the applicant (外拨); the applicant's stays.
            if (!total && units[std::size_t(index.row())].applicant()) {
                if (role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
                return role == Qt::DisplayRole ? QVariant(QStringLiteral("—")) : QVariant();
            }
            m = total ? summary().transferred() : sums.of(kFiscalOnly);
    }
    return amountData(m, role, total || col == TotalColumn, false);
}

QVariant UnitsSummaryModel::headerData(int section, Qt::Orientation o, int role) const {
    if (!doc_) return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    if (o == Qt::Horizontal) {
        switch (section) {
            case TypeColumn:
                return tr("Type");
            case LeadsColumn:
                return role == Qt::ToolTipRole ? tr("The tasks the unit leads (tasks[].lead)") : tr("Leads");
            case TotalColumn:
                return tr("Total");
            case FiscalColumn:
                return tr("Fiscal");
            case SelfColumn:
                return tr("Self-raised");
            case TransferredColumn:
                return role == Qt::ToolTipRole ? tr("The special fund of the partner's lines: money transferred out of the applicant")
                                               : tr("Transferred\n(外拨)");
        }
        return {};
    }
    const auto& units = summary().by_unit();
    if (section < 0 || section >= rowCount()) return {};
    if (section >= int(units.size())) return tr("Total");
    const BudgetSummary::UnitColumn& u = units[std::size_t(section)];
    const QString name = qs(unit_name(doc_->plan(), u.partner));
    // The type in the tooltip: the view hides the type column where the page is narrow.
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1 · %2").arg(name, orgTypeName(unit_type(doc_->plan(), u.partner)));
    if (shortNames_) return u.applicant() ? tr("Applicant") : u.id.empty() ? name : qs(u.id);
    if (u.applicant()) return tr("%1 (applicant)").arg(name);
    return u.id.empty() ? name : QStringLiteral("%1 %2").arg(qs(u.id), name);
}

void UnitsSummaryModel::setShortNames(bool shortNames) {
    if (shortNames == shortNames_) return;
    shortNames_ = shortNames;
    if (rowCount() > 0) emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

QString UnitsSummaryModel::legend() const {
    QStringList parts;
    for (const BudgetSummary::UnitColumn& u : summary().by_unit()) {
        const QString name = qs(unit_name(doc_->plan(), u.partner));
        // The applicant's row says "Applicant": its name is the Project tab's.
        if (!u.applicant() && !u.id.empty()) parts << QStringLiteral("%1: %2").arg(qs(u.id), name);
    }
    return parts.join(QStringLiteral(" · "));
}

// ---------------------------------------------------------------------------

namespace {
QTableView* makeSummaryTable(QAbstractItemModel* model, QWidget* parent) {
    auto* view = new QTableView(parent);
    auto* rows = new WrappingHeader(Qt::Vertical, view);
    rows->setMaxLetters(46);
    rows->setCompact(true);
    view->setVerticalHeader(rows);
    view->setHorizontalHeader(new WrappingHeader(Qt::Horizontal, view));
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideNone);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    view->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return view;
}
}  // namespace

SummaryView::SummaryView(Document* doc, QWidget* parent) : QWidget(parent) {
    sources_ = new SourcesSummaryModel(doc, this);
    categories_ = new CategoriesSummaryModel(doc, this);
    tasks_ = new TasksSummaryModel(doc, this);
    units_ = new UnitsSummaryModel(doc, this);

    // In a scroll area: a Russian interface with long category names still
    // shows every number, scrolled rather than cut.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    scroll_ = new QScrollArea(this);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll_);
    auto* page = new QWidget(scroll_);
    scroll_->setWidget(page);
    // The row names take the room the page has: refitted when its width changes.
    scroll_->viewport()->installEventFilter(this);
    auto* layout = new QVBoxLayout(page);
    pageLayout_ = layout;
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(2);

    sourcesTitle_ = new QLabel(page);
    categoriesTitle_ = new QLabel(page);
    tasksTitle_ = new QLabel(page);
    // Table 4's title, table and note move as one block: beside table 1 where they fit, else below table 2.
    unitsBlock_ = new QWidget(page);
    unitsTitle_ = new QLabel(unitsBlock_);
    for (QLabel* l : {sourcesTitle_, categoriesTitle_, tasksTitle_, unitsTitle_}) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    sourcesView_ = makeSummaryTable(sources_, page);
    sourcesView_->setObjectName(QStringLiteral("summarySources"));
    categoriesView_ = makeSummaryTable(categories_, page);
    categoriesView_->setObjectName(QStringLiteral("summaryCategories"));
    // Issue 17: the budget by task, read from the summary as the others are,
    // beside the narrow table 1 so that all three fit a 1366×768 screen.
    tasksView_ = makeSummaryTable(tasks_, page);
    tasksView_->setObjectName(QStringLiteral("summaryTasks"));
    // Task names wrap sooner than category names: the table sits beside table 1.
    static_cast<WrappingHeader*>(tasksView_->verticalHeader())->setMaxLetters(28);
    tasksNote_ = new QLabel(page);
    tasksNote_->setObjectName(QStringLiteral("summaryTasksNote"));
    tasksNote_->setStyleSheet(QStringLiteral("color: #555;"));
    tasksNote_->setWordWrap(true);
    // Issue 26: the budget by participating unit, below table 3, beside table 1.
    unitsView_ = makeSummaryTable(units_, unitsBlock_);
    unitsView_->setObjectName(QStringLiteral("summaryUnits"));
    static_cast<WrappingHeader*>(unitsView_->verticalHeader())->setMaxLetters(28);
    unitsNote_ = new QLabel(unitsBlock_);
    unitsNote_->setObjectName(QStringLiteral("summaryUnitsNote"));
    unitsNote_->setWordWrap(true);
    auto* units = new QVBoxLayout(unitsBlock_);
    units->setContentsMargins(0, 4, 0, 0);
    units->setSpacing(2);
    units->addWidget(unitsTitle_);
    units->addWidget(unitsView_);
    units->addWidget(unitsNote_);
    auto* top = new QHBoxLayout;
    top_ = top;
    top->setSpacing(10);
    auto* left = new QVBoxLayout;
    left->setSpacing(2);
    left->addWidget(sourcesTitle_);
    left->addWidget(sourcesView_);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->setSpacing(2);
    right->addWidget(tasksTitle_);
    right->addWidget(tasksView_);
    right->addWidget(tasksNote_);
    right->addWidget(unitsBlock_);
    right->addStretch(1);
    right_ = right;
    top->addLayout(left);
    top->addLayout(right);
    top->addStretch(1);
    layout->addLayout(top);
    layout->addSpacing(2);
    layout->addWidget(categoriesTitle_);
    layout->addWidget(categoriesView_);
    layout->addStretch(1);

    for (QAbstractItemModel* m : std::initializer_list<QAbstractItemModel*>{sources_, categories_, tasks_, units_}) {
        connect(m, &QAbstractItemModel::modelReset, this, &SummaryView::fit);
        connect(m, &QAbstractItemModel::dataChanged, this, &SummaryView::fit);
        connect(m, &QAbstractItemModel::headerDataChanged, this, &SummaryView::fit);
    }
    retranslate();
    fit();
}

void SummaryView::setUnit(MoneyUnit unit) {
    sources_->setUnit(unit);
    categories_->setUnit(unit);
    tasks_->setUnit(unit);
    units_->setUnit(unit);
    retranslate();
}

void SummaryView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (unfitted_) fit();
}

bool SummaryView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == scroll_->viewport() && event->type() == QEvent::Resize && !unfitted_ && !fitting_ &&
        scroll_->viewport()->width() != fittedWidth_)
        fit();
    return QWidget::eventFilter(watched, event);
}

void SummaryView::fit() {
    if (fitting_) return;  // table 4's short names announce new headers while it is fitted
    // Every edit changes the numbers; measuring them for a hidden tab would cost each refresh.
    if (!isVisible()) {
        unfitted_ = true;
        return;
    }
    unfitted_ = false;
    fitting_ = true;
    // Without a line that names a task there is no table, only a note.
    const bool byTask = tasks_->rowCount() > 0;
    tasksView_->setVisible(byTask);
    tasksNote_->setVisible(!byTask);
    // Without a line that names a unit all the money is the applicant's: no table.
    const bool byUnit = units_->rowCount() > 0;
    unitsBlock_->setVisible(byUnit);
    // (table 4's note is written by fitTo(): with short names it holds their legend)
    fittedWidth_ = scroll_->viewport()->width();
    const QMargins margins = pageLayout_->contentsMargins();
    // Taller than the tab (table 4 below table 2), the page gets a vertical scroll
    // bar that takes its width from the tables: fitted to the width left beside it,
    // else a horizontal bar came too.
    const bool scrolls = scroll_->verticalScrollBar()->isVisible();
    fitTo(fittedWidth_ - margins.left() - margins.right());
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, scroll_->verticalScrollBar());
    if (!scrolls && scroll_->widget()->layout()->totalMinimumSize().height() > scroll_->viewport()->height()) {
        fittedWidth_ -= bar;
        fitTo(fittedWidth_ - margins.left() - margins.right());
    }
    fitting_ = false;
}

void SummaryView::fitTo(int page) {
    // Each table is as wide as its amounts and its names; the names (Russian
    // categories above all) take the page's room beside the amounts, so they
    // wrap onto as few lines as the width allows and the tab fits a 1366×768
    // screen (issue 14). `room` 0: the names wrap at their letters alone.
    auto fitTable = [](QTableView* v, int room) {
        fitColumns(v, 44);
        int amounts = 2 * v->frameWidth();
        for (int c = 0; c < v->model()->columnCount(); ++c)
            if (!v->isColumnHidden(c)) amounts += v->columnWidth(c);
        static_cast<WrappingHeader*>(v->verticalHeader())->setRoom(room > 0 ? room - amounts : 0);
        // As tall as every row: the page scrolls, never the table.
        int h = v->horizontalHeader()->height() + 2 * v->frameWidth();
        for (int r = 0; r < v->model()->rowCount(); ++r) h += v->rowHeight(r);
        // Whole, never scrolled inside: the page around both tables scrolls when the window is narrower.
        v->setFixedSize(v->verticalHeader()->width() + amounts, h);
    };
    fitTable(sourcesView_, 0);
    // Table 3 beside table 1; table 2 below both, as wide as the page.
    fitTable(tasksView_, page - sourcesView_->width() - top_->spacing());
    // Table 4 beside table 1 where its amounts leave its unit names 150 px (Chinese);
    // else (English and Russian at 1366 px) below table 2, as wide as the page.
    const int beside = page - sourcesView_->width() - top_->spacing();
    auto unitAmounts = [&] {
        fitColumns(unitsView_, 44);
        int amounts = 2 * unitsView_->frameWidth();
        for (int c = 0; c < units_->columnCount(); ++c)
            if (!unitsView_->isColumnHidden(c)) amounts += unitsView_->columnWidth(c);
        return amounts;
    };
    // Below table 2 the page is taller than a 768-pixel screen (issue 26: en and ru at
    // 1366 px scrolled). Where the whole names do not fit beside table 1, the rows are
    // named short (Applicant, P1, …) with the names whole in a legend below and the type
    // in each row's tooltip; where even so the table does not fit, it goes below, whole.
    units_->setShortNames(false);
    unitsView_->setColumnHidden(UnitsSummaryModel::TypeColumn, false);
    bool fitsBeside = unitAmounts() + 150 <= beside;
    if (!fitsBeside && tasksView_->isHidden()) {
        units_->setShortNames(true);
        unitsView_->setColumnHidden(UnitsSummaryModel::TypeColumn, true);
        auto* names = static_cast<WrappingHeader*>(unitsView_->verticalHeader());
        names->setRoom(0);
        fitsBeside = unitAmounts() + names->neededWidth() <= beside;
        if (!fitsBeside) {
            units_->setShortNames(false);
            unitsView_->setColumnHidden(UnitsSummaryModel::TypeColumn, false);
        }
    }
    if (const QString note = unitsNoteText(); unitsNote_->text() != note) unitsNote_->setText(note);
    if (fitsBeside != (right_->indexOf(unitsBlock_) >= 0)) {
        if (fitsBeside) {
            pageLayout_->removeWidget(unitsBlock_);
            right_->insertWidget(right_->indexOf(tasksNote_) + 1, unitsBlock_);
        } else {
            right_->removeWidget(unitsBlock_);
            pageLayout_->insertWidget(pageLayout_->indexOf(categoriesView_) + 1, unitsBlock_);
        }
    }
    fitTable(unitsView_, fitsBeside ? beside : page);
    // Beside table 1 the note takes the column's width: fewer lines, the page no taller than the tab.
    unitsNote_->setMaximumWidth(fitsBeside ? std::max(beside, 300) : std::max(unitsView_->width(), 300));
    // With short names beside table 1 and no line naming a task, table 3's title and its hint
    // give way to table 4 (the page was 20 px taller than the tab in English); any task brings them back.
    const bool tasksQuiet = fitsBeside && units_->shortNames() && tasksView_->isHidden();
    tasksTitle_->setVisible(!tasksQuiet);
    tasksNote_->setVisible(!tasksQuiet && tasksView_->isHidden());
    fitTable(categoriesView_, page);
}

void SummaryView::retranslate() {
    const QString unit = sources_->unit() == MoneyUnit::wan ? tr("万元") : tr("yuan");
    sourcesTitle_->setText(tr("1. Sources of funds (%1)").arg(unit));
    categoriesTitle_->setText(tr("2. Expenditure by category (%1)").arg(unit));
    tasksTitle_->setText(tr("3. Budget by task (%1)").arg(unit));
    tasksNote_->setText(tr("No budget line names a task; give lines their task in the Budget tab."));
    unitsTitle_->setText(tr("4. Budget by participating unit (%1)").arg(unit));
    unitsNote_->setText(unitsNoteText());
}

QString SummaryView::unitsNoteText() const {
    // One paragraph: a line of its own for the legend made the Russian page taller than the tab.
    return units_->shortNames() ? transferredText() + QStringLiteral(" · ") + units_->legend() : transferredText();
}

QString SummaryView::transferredText() const {
    const BudgetSummary& sums = units_->summaryOfDocument();
    const MoneyUnit unit = units_->unit();
    const QString u = unit == MoneyUnit::wan ? tr("万元") : tr("yuan");
    return tr("Special fund transferred to the partners (外拨): %1 %3, of which abroad: %2 %3")
        .arg(formatMoney(sums.transferred(), unit), formatMoney(sums.transferred_abroad(), unit), u);
}

void SummaryView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace cofund::ui
