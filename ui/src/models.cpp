// SPDX-License-Identifier: GPL-3.0-or-later
#include "models.h"
#include "palette.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPointer>
#include <QRegularExpression>

#include <algorithm>
#include <set>
#include <string_view>
#include <unordered_set>

#include "cofund/catalog.h"
#include "cofund/json_read.h"
#include "cofund/plan_edit.h"
#include "document.h"

namespace cofund::ui {

namespace {

QString N(const char* s) {
    return QCoreApplication::translate("Names", s);
}

const QColor kOddGroupBackground(0xf6, 0xf9, 0xfc);

}  // namespace

QString sourceShortName(Source s) {
    switch (s) {
        case Source::fiscal:
            return N(QT_TRANSLATE_NOOP("Names", "Special fund"));
        case Source::other_fiscal:
            return N(QT_TRANSLATE_NOOP("Names", "Other fiscal"));
        case Source::self:
            return N(QT_TRANSLATE_NOOP("Names", "Own funds"));
        case Source::loan:
            return N(QT_TRANSLATE_NOOP("Names", "Bank loan"));
        case Source::partner:
            return N(QT_TRANSLATE_NOOP("Names", "Partners"));
        case Source::other:
            return N(QT_TRANSLATE_NOOP("Names", "Other"));
    }
    return {};
}

QString orgTypeName(OrgType t) {
    switch (t) {
        case OrgType::enterprise:
            return N(QT_TRANSLATE_NOOP("Names", "Enterprise"));
        case OrgType::institute:
            return N(QT_TRANSLATE_NOOP("Names", "Research institute"));
        case OrgType::university:
            return N(QT_TRANSLATE_NOOP("Names", "University"));
        case OrgType::other:
            return N(QT_TRANSLATE_NOOP("Names", "Other organisation"));
    }
    return {};
}

QString severityName(Severity s) {
    switch (s) {
        case Severity::error:
            return N(QT_TRANSLATE_NOOP("Names", "Error"));
        case Severity::warning:
            return N(QT_TRANSLATE_NOOP("Names", "Warning"));
        case Severity::info:
            return N(QT_TRANSLATE_NOOP("Names", "Note"));
    }
    return {};
}

QString kindName(IndicatorKind k) {
    switch (k) {
        case IndicatorKind::binding:
            return N(QT_TRANSLATE_NOOP("Names", "Binding"));
        case IndicatorKind::expected:
            return N(QT_TRANSLATE_NOOP("Names", "Expected"));
        case IndicatorKind::common:
            return N(QT_TRANSLATE_NOOP("Names", "Common"));
    }
    return {};
}

// ---------------------------------------------------------------------------
// Budget

BudgetModel::BudgetModel(Document* doc, QObject* parent) : QAbstractTableModel(parent), doc_(doc) {
    startYear_ = doc->plan().project.start_year;
    years_ = static_cast<int>(doc->summary().years().size());
    outside_ = doc->summary().has_outside();
    categories_ = rowCategories();
    connect(doc, &Document::planChanged, this, &BudgetModel::refresh);
    connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, this, [this] {
        if (columnCount() > 0) emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    });
}

namespace {
// The plan with only the lines of one task and of one unit: the grid's figures
// under the filters, summed by the one summary as every other figure.
Plan shownLines(const Plan& plan, const std::optional<std::string>& task, const std::optional<std::string>& unit) {
    Plan out = plan;
    std::erase_if(out.budget, [&](const BudgetLine& l) { return (task && l.task != *task) || (unit && l.unit != *unit); });
    return out;
}
}  // namespace

void BudgetModel::setTaskFilter(std::optional<std::string> task) {
    if (task == taskFilter_) return;
    taskFilter_ = std::move(task);
    refresh();
    emit filterChanged();
}

void BudgetModel::setUnitFilter(std::optional<std::string> unit) {
    if (unit == unitFilter_) return;
    unitFilter_ = std::move(unit);
    refresh();
    emit filterChanged();
}

bool BudgetModel::shows(const BudgetLine& l) const {
    return (!taskFilter_ || l.task == *taskFilter_) && (!unitFilter_ || l.unit == *unitFilter_);
}

bool BudgetModel::inCell(const BudgetLine& l, const Cell& c) const {
    if (!doc_ || !c.editable()) return false;
    const Project& p = doc_->plan().project;
    const bool in_column = c.outside ? (l.year < p.start_year || l.year > p.end_year) : l.year == *c.year;
    return in_column && l.category == *c.category && l.source == *c.source && shows(l);
}

int BudgetModel::setTaskOfCells(const QModelIndexList& indexes, const std::string& task) {
    if (!doc_) return 0;
    std::vector<Cell> cells;
    for (const QModelIndex& i : indexes)
        if (const Cell c = cellAt(i); c.editable()) cells.push_back(c);
    Plan plan = doc_->plan();
    int n = 0;
    for (BudgetLine& l : plan.budget) {
        if (l.task == task) continue;
        if (std::any_of(cells.begin(), cells.end(), [&](const Cell& c) { return inCell(l, c); })) {
            l.task = task;
            ++n;
        }
    }
    if (n == 0) return 0;
    // The History names the lines and their old task (it said "Task of 1 line → a3.t2").
    std::vector<BudgetLine> changed;
    std::set<std::string> before;
    const Plan& now = doc_->plan();
    for (std::size_t i = 0; i < now.budget.size(); ++i)
        if (plan.budget[i].task != now.budget[i].task) {
            changed.push_back(now.budget[i]);
            before.insert(now.budget[i].task);
        }
    const Catalog* cat = &doc_->catalog();
    const QString t = QString::fromStdString(task);
    const QString old = before.size() == 1 ? QString::fromStdString(*before.begin()) : QString();
    const bool several = before.size() > 1;
    doc_->edit(
        [n, t, old, several, changed, cat] {
            auto taskName = [](const QString& id) { return id.isEmpty() ? tr("no task") : id; };
            const QString from = several ? tr("several tasks") : taskName(old);
            QStringList places;
            for (std::size_t k = 0; k < changed.size() && k < 2; ++k)
                places << QStringLiteral("%1 · %2 · %3")
                              .arg(text(cat->category_name(changed[k].category)))
                              .arg(changed[k].year)
                              .arg(sourceShortName(changed[k].source));
            if (changed.size() > 2) places << QStringLiteral("…");
            if (n == 1) return tr("Task of %1: %2 → %3").arg(places.value(0), from, taskName(t));
            return tr("Task of %n line(s) (%1): %2 → %3", nullptr, n)
                .arg(places.join(QStringLiteral("; ")), from, taskName(t));
        },
        std::move(plan));
    return n;
}

const BudgetSummary& BudgetModel::sums() const {
    return filtered_ ? *filtered_ : doc_->summary();
}

void BudgetModel::refresh() {
    const Plan& plan = doc_->plan();
    if (filtered())
        filtered_.emplace(shownLines(plan, taskFilter_, unitFilter_));
    else
        filtered_.reset();  // the Document's summary, summed once for every view
    const int years = static_cast<int>(sums().years().size());
    const bool outside = sums().has_outside();
    std::vector<Category> categories = rowCategories();
    if (plan.project.start_year != startYear_ || years != years_ || outside != outside_ || categories != categories_) {
        beginResetModel();
        startYear_ = plan.project.start_year;
        years_ = years;
        outside_ = outside;
        categories_ = std::move(categories);
        endResetModel();
        return;
    }
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void BudgetModel::setUnit(MoneyUnit unit) {
    if (unit == unit_) return;
    unit_ = unit;
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int BudgetModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : totalRow() + 1;
}
int BudgetModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : groups() * GroupColumnCount + 1;
}

BudgetModel::Cell BudgetModel::cellAt(const QModelIndex& index) const {
    Cell c;
    if (!index.isValid()) return c;
    c.category = categoryOfRow(index.row());
    const int col = index.column();
    if (col < groups() * GroupColumnCount) {
        const int group = col / GroupColumnCount;
        if (group < years_)
            c.year = startYear_ + group;
        else
            c.outside = true;
        const int within = col % GroupColumnCount;
        if (within < kSourceCount) c.source = kSources[within];
        c.selfRaised = within == SelfRaised;
    }
    return c;
}

std::vector<Category> BudgetModel::rowCategories() const {
    std::vector<Category> out;
    for (const CategoryInfo* c : doc_->catalog().table_categories(doc_->summary().all())) out.push_back(c->category);
    return out;
}

std::optional<Category> BudgetModel::categoryOfRow(int row) const {
    if (row < 0 || row >= totalRow()) return std::nullopt;
    return categories_[static_cast<std::size_t>(row)];
}

int BudgetModel::rowOf(Category c) const {
    auto it = std::find(categories_.begin(), categories_.end(), c);
    return it == categories_.end() ? -1 : static_cast<int>(it - categories_.begin());
}

QModelIndex BudgetModel::indexOf(std::optional<int> year, std::optional<Category> category,
                                 std::optional<Source> source) const {
    const int row = category ? rowOf(*category) : totalRow();
    if (row < 0) return {};
    int col = grandTotalColumn();
    if (year) {
        int group = *year - startYear_;
        if (group < 0 || group >= years_) {
            if (!outside_) return {};
            group = years_;  // a year outside the period: the outside-the-period columns
        }
        col = group * GroupColumnCount + (source ? static_cast<int>(*source) : static_cast<int>(YearTotal));
    }
    return index(row, col);
}

QString BudgetModel::groupLabel(const Cell& c) const {
    if (c.outside) return QString::fromStdString(outside_period_name().in(lang()));
    return QString::number(*c.year);
}

Money BudgetModel::amount(const Cell& c) const {
    const BudgetSummary& sums = this->sums();
    const Sums& s = c.outside ? sums.outside() : c.year ? sums.year(*c.year) : sums.all();
    if (c.selfRaised) return c.category ? s.of(*c.category, kSelfSide) : s.of(kSelfSide);
    if (c.category && c.source) return s.at(*c.category, *c.source);
    if (c.category) return s.of(*c.category);
    if (c.source) return s.of(*c.source);
    return s.totals().total();
}

QVariant BudgetModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !doc_) return {};
    const Cell c = cellAt(index);
    switch (role) {
        case Qt::DisplayRole: {
            const Money m = amount(c);
            if (c.editable() && m.is_zero()) return QString();
            return formatMoney(m, unit_);
        }
        case Qt::EditRole: {
            const Money m = amount(c);
            return m.is_zero() ? QString() : editMoney(m, unit_);
        }
        case ExactRole:
            return QString::fromStdString(amount(c).str());
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::FontRole:
            if (!c.editable()) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        case Qt::BackgroundRole:
            if (!c.editable()) return QBrush(kTotalBackground);
            if (c.outside) return QBrush(kOutsideBackground);
            if ((index.column() / GroupColumnCount) % 2 == 1) return QBrush(kOddGroupBackground);
            return {};
        case Qt::ForegroundRole:
            return QBrush(QColor(0x20, 0x20, 0x20));
        case Qt::ToolTipRole: {
            if (!c.editable()) return {};
            QStringList notes;
            const Plan& plan = doc_->plan();
            const Project& p = plan.project;
            for (const BudgetLine& l : plan.budget) {
                const bool in_column = c.outside ? (l.year < p.start_year || l.year > p.end_year) : l.year == *c.year;
                if (in_column && l.category == *c.category && l.source == *c.source) {
                    if (c.outside)
                        notes << tr("%1: outside the period %2–%3; move it into the period or clear it")
                                     .arg(l.year)
                                     .arg(p.start_year)
                                     .arg(p.end_year);
                    if (!l.note.empty()) notes << QString::fromStdString(l.note);
                    if (!l.task.empty())
                        notes << tr("task %1: %2").arg(QString::fromStdString(l.task), formatMoney(l.amount, unit_));
                    // Whose money each line is, where the plan has partners (issue 26).
                    if (!plan.partners.empty()) {
                        const cofund::Partner* u = plan.partner(l.unit);
                        notes << tr("unit %1: %2")
                                     .arg(qs(unit_name(plan, u ? int(u - plan.partners.data()) : -1)),
                                          formatMoney(l.amount, unit_));
                    }
                }
            }
            const Catalog& cat = doc_->catalog();
            QString tip =
                QStringLiteral("%1 · %2 · %3")
                    .arg(groupLabel(c), text(cat.category_name(*c.category)), text(cat.source_name(*c.source)));
            if (!notes.isEmpty()) tip += QStringLiteral("\n") + notes.join(QStringLiteral("\n"));
            return tip;
        }
        case PointerRole: {
            const Plan& plan = doc_->plan();
            const Project& p = plan.project;
            for (std::size_t i = 0; i < plan.budget.size(); ++i) {
                const BudgetLine& l = plan.budget[i];
                const bool outside = l.year < p.start_year || l.year > p.end_year;
                if ((c.outside ? outside : !c.year || l.year == *c.year) &&
                    (!c.category || l.category == *c.category) && (!c.source || l.source == *c.source))
                    return QStringLiteral("/budget/%1").arg(i);
            }
            return QStringLiteral("/budget");
        }
        default:
            return {};
    }
}

QVariant BudgetModel::headerData(int section, Qt::Orientation o, int role) const {
    if (!doc_) return {};
    const Catalog& cat = doc_->catalog();
    if (o == Qt::Vertical) {
        if (section < 0 || section > totalRow()) return {};
        const std::optional<Category> c = categoryOfRow(section);
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            if (!c) return tr("Total");
            return text(cat.category_name(*c));
        }
        if (role == IdRole && c) return QString::fromStdString(std::string(to_id(*c)));
        return {};
    }
    if (section < 0 || section >= columnCount()) return {};
    const bool grand = section == grandTotalColumn();
    const Cell head = cellAt(index(totalRow(), section));
    const QString group = grand ? QString() : groupLabel(head);
    const int within = section % GroupColumnCount;
    switch (role) {
        case Qt::DisplayRole:
            if (grand) return tr("All years\nTotal");
            if (within == YearTotal) return tr("%1\nTotal").arg(group);
            if (within == SelfRaised) return tr("%1\nSelf-raised").arg(group);
            return QStringLiteral("%1\n%2").arg(group, sourceShortName(kSources[within]));
        case Qt::ToolTipRole:
            if (grand || within == YearTotal) return {};
            if (within == SelfRaised) return tr("%1 · self-raised: own funds, bank loan, partners, other").arg(group);
            return QStringLiteral("%1 · %2").arg(group, text(cat.source_name(kSources[within])));
        case IdRole:
            if (grand || within == YearTotal || within == SelfRaised) return {};
            return QString::fromStdString(std::string(to_id(kSources[within])));
        default:
            return {};
    }
}

Qt::ItemFlags BudgetModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (cellAt(index).editable() && !filtered()) f |= Qt::ItemIsEditable;
    return f;
}

bool BudgetModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!doc_ || role != Qt::EditRole || !index.isValid()) return false;
    Entry e = check(index, value.toString());
    if (!e.refusal.isEmpty()) emit inputRejected(e.refusal);
    return enter(std::move(e));
}

BudgetModel::Entry BudgetModel::check(const QModelIndex& index, const QString& typed) const {
    Entry e;
    if (!doc_ || !index.isValid()) return e;
    e.cell = cellAt(index);
    if (!e.cell.editable() || filtered()) return e;
    Result<Money> m = parseMoney(typed, unit_);
    if (!m) {
        e.refusal = tr("%1 is not an amount: %2").arg(typed, describe(m.error()));
        return e;
    }
    Plan plan = doc_->plan();
    if (!setCell(plan, e.cell, *m)) {
        e.refusal = outsideRefusal();
        return e;
    }
    e.plan = std::move(plan);
    e.before = amount(e.cell);
    e.after = *m;
    e.generation = doc_->generation();
    return e;
}

bool BudgetModel::enter(Entry e) {
    if (!doc_ || !e.plan || e.generation != doc_->generation()) return false;
    // The entry is written again in each language and unit it is shown in.
    QPointer<BudgetModel> self(this);
    doc_->edit([self, c = e.cell, before = e.before,
                after = e.after] { return self ? self->editText(c, before, after) : QString(); },
               std::move(*e.plan));
    return true;
}

QString BudgetModel::editText(const Cell& c, const Money& before, const Money& after) const {
    if (!doc_ || !c.category || !c.source) return {};
    const Catalog& cat = doc_->catalog();
    const QString u = unit_ == MoneyUnit::wan ? tr("万元") : tr("yuan");
    return tr("%1 · %2 · %3: %4 → %5 %6")
        .arg(text(cat.category_name(*c.category)), groupLabel(c), sourceShortName(*c.source),
             formatMoney(before, unit_), formatMoney(after, unit_), u);
}

bool BudgetModel::setCell(Plan& plan, const Cell& c, const Money& amount) const {
    if (c.outside) return set_outside_cell(plan, *c.category, *c.source, amount);
    set_cell(plan, *c.year, *c.category, *c.source, amount);
    return true;
}

QString BudgetModel::outsideRefusal() const {
    return tr(
        "a cell outside the period takes only 0 (to remove its lines) or a new amount for a line already "
        "there; put new money in a year of the period");
}

Result<int> BudgetModel::pasteTsv(const QModelIndex& topLeft, const QString& tsv) {
    if (!doc_ || !topLeft.isValid() || filtered()) return 0;
    QString block = tsv;
    block.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace('\r', '\n');
    QStringList lines = block.split('\n');
    while (!lines.isEmpty() && lines.back().isEmpty()) lines.removeLast();
    Plan plan = doc_->plan();
    int set = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split('\t');
        for (int j = 0; j < cells.size(); ++j) {
            const QModelIndex at = index(topLeft.row() + i, topLeft.column() + j);
            if (!at.isValid()) continue;
            const Cell c = cellAt(at);
            if (!c.editable()) continue;
            Result<Money> m = parseMoney(cells[j], unit_);
            if (!m) {
                const QString msg = tr("row %1, column %2 of the pasted block: \"%3\" is not an "
                                       "amount (%4); nothing was pasted")
                                        .arg(i + 1)
                                        .arg(j + 1)
                                        .arg(cells[j], describe(m.error()));
                emit inputRejected(msg);
                return Error{msg.toStdString()};
            }
            if (!setCell(plan, c, *m)) {
                const QString msg = tr("row %1, column %2 of the pasted block: %3; nothing was pasted")
                                        .arg(i + 1)
                                        .arg(j + 1)
                                        .arg(outsideRefusal());
                emit inputRejected(msg);
                return Error{msg.toStdString()};
            }
            ++set;
        }
    }
    if (set > 0) doc_->edit([set] { return tr("Paste %n cell(s)", nullptr, set); }, std::move(plan));
    return set;
}

int BudgetModel::clearCells(const QModelIndexList& indexes) {
    if (!doc_ || filtered()) return 0;
    Plan plan = doc_->plan();
    int n = 0;
    for (const QModelIndex& i : indexes) {
        const Cell c = cellAt(i);
        if (!c.editable()) continue;
        setCell(plan, c, Money{});
        ++n;
    }
    if (n > 0) doc_->edit([n] { return tr("Clear %n cell(s)", nullptr, n); }, std::move(plan));
    return n;
}

QString BudgetModel::copyTsv(const QModelIndexList& indexes) const {
    if (indexes.isEmpty()) return {};
    int top = INT_MAX, left = INT_MAX, bottom = -1, right = -1;
    for (const QModelIndex& i : indexes) {
        top = std::min(top, i.row());
        left = std::min(left, i.column());
        bottom = std::max(bottom, i.row());
        right = std::max(right, i.column());
    }
    QStringList rows;
    for (int r = top; r <= bottom; ++r) {
        QStringList cells;
        for (int c = left; c <= right; ++c) cells << data(index(r, c), Qt::EditRole).toString();
        rows << cells.join('\t');
    }
    return rows.join('\n') + '\n';
}

// ---------------------------------------------------------------------------
// The row models' skeleton

PlanRowsModel::PlanRowsModel(Document* doc, QObject* parent) : QAbstractTableModel(parent), doc_(doc) {
    connect(doc, &Document::planChanged, this, [this] { reload(); });
    connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, this, [this] {
        if (columns_ > 0) emit headerDataChanged(Qt::Horizontal, 0, columns_ - 1);
        if (rows_ > 0 && columns_ > 0) emit dataChanged(index(0, 0), index(rows_ - 1, columns_ - 1));
    });
}

int PlanRowsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : rows_;
}
int PlanRowsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : columns_;
}

void PlanRowsModel::reshape(int rows, int columns, bool layoutChanged, const std::function<void()>& update) {
    if (layoutChanged || rows != rows_ || columns != columns_) {
        beginResetModel();
        if (update) update();
        rows_ = rows;
        columns_ = columns;
        endResetModel();
        return;
    }
    if (update) update();
    if (rows_ > 0 && columns_ > 0) emit dataChanged(index(0, 0), index(rows_ - 1, columns_ - 1));
}

// ---------------------------------------------------------------------------
// Partners

PartnersModel::PartnersModel(Document* doc, QObject* parent) : PlanRowsModel(doc, parent) {
    reload();
}

void PartnersModel::reload() {
    reshape(static_cast<int>(doc_->plan().partners.size()), ColumnCount, false);
}

QVariant PartnersModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !doc_ || index.row() >= static_cast<int>(doc_->plan().partners.size())) return {};
    const Partner& p = doc_->plan().partners[index.row()];
    switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            switch (index.column()) {
                case Name:
                    return QString::fromStdString(p.name);
                case Country:
                    return QString::fromStdString(p.country);
                case Type:
                    return orgTypeName(p.type);
            }
            return {};
        case Qt::EditRole:
        case ExactRole:
        case IdRole:
            switch (index.column()) {
                case Name:
                    return QString::fromStdString(p.name);
                case Country:
                    return QString::fromStdString(p.country);
                case Type:
                    return QString::fromStdString(std::string(to_id(p.type)));
            }
            return {};
        case PointerRole:
            return QStringLiteral("/partners/%1").arg(index.row());
        default:
            return {};
    }
}

QVariant PartnersModel::headerData(int section, Qt::Orientation o, int role) const {
    if (role != Qt::DisplayRole) return {};
    if (o == Qt::Vertical) return section + 1;
    switch (section) {
        case Name:
            return tr("Partner");
        case Country:
            return tr("Country");
        case Type:
            return tr("Type");
    }
    return {};
}

Qt::ItemFlags PartnersModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool PartnersModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!doc_ || role != Qt::EditRole || !index.isValid()) return false;
    Plan plan = doc_->plan();
    if (index.row() >= static_cast<int>(plan.partners.size())) return false;
    Partner& p = plan.partners[index.row()];
    const QString v = value.toString().trimmed();
    const QString before = data(index, Qt::DisplayRole).toString();
    switch (index.column()) {
        case Name:
            p.name = v.toStdString();
            break;
        case Country: {
            if (v.size() != 2 || !v[0].isLetter() || !v[1].isLetter()) return false;
            p.country = v.toUpper().toStdString();
            break;
        }
        case Type: {
            auto t = org_type_from_id(v.toStdString());
            if (!t) return false;
            p.type = *t;
            break;
        }
        default:
            return false;
    }
    plan.partners_stated = true;
    const int row = index.row(), column = index.column();
    const std::string afterId = column == Type ? std::string(to_id(p.type)) : std::string();
    const QString after = column == Country ? QString::fromStdString(p.country) : v;
    const std::string beforeId = column == Type ? std::string(to_id(doc_->plan().partners[row].type)) : std::string();
    QPointer<PartnersModel> self(this);
    doc_->edit(
        [self, row, column, before, after, beforeId, afterId] {
            // A type is named in the language of the moment; a name or country as typed.
            auto shown = [&](const QString& typed, const std::string& id) {
                if (column != Type) return typed.isEmpty() ? QStringLiteral("—") : typed;
                auto t = org_type_from_id(id);
                return t ? orgTypeName(*t) : typed;
            };
            return tr("Partner %1 · %2: %3 → %4")
                .arg(row + 1)
                .arg(self ? self->headerData(column, Qt::Horizontal).toString() : QString(), shown(before, beforeId),
                     shown(after, afterId));
        },
        std::move(plan));
    return true;
}

void PartnersModel::addPartner() {
    Plan plan = doc_->plan();
    Partner p;
    p.name = tr("New partner").toStdString();
    p.country = "KZ";
    p.type = OrgType::institute;
    plan.partners.push_back(std::move(p));
    plan.partners_stated = true;
    doc_->edit([] { return tr("Add partner"); }, std::move(plan));
}

void PartnersModel::removePartner(int row) {
    Plan plan = doc_->plan();
    if (row < 0 || row >= static_cast<int>(plan.partners.size())) return;
    plan.partners.erase(plan.partners.begin() + row);
    const QString name = QString::fromStdString(doc_->plan().partners[row].name);
    doc_->edit([row, name] { return tr("Remove partner %1 (%2)").arg(row + 1).arg(name); }, std::move(plan));
}

// ---------------------------------------------------------------------------
// Indicators

IndicatorsModel::IndicatorsModel(Document* doc, QObject* parent) : PlanRowsModel(doc, parent) {
    reload();
}

void IndicatorsModel::reload() {
    std::vector<Row> rows;
    const Plan& plan = doc_->plan();
    const Catalog& cat = doc_->catalog();
    // A set of the ids taken: a search of the rows per stated indicator was
    // quadratic (10,000 indicators, 50 million comparisons per edit).
    std::unordered_set<std::string_view> taken;
    for (const Indicator* ind : cat.indicators_for(plan)) {
        rows.push_back({ind->id, ind});
        taken.insert(ind->id);
    }
    for (const auto& [id, value] : plan.indicators)
        if (taken.insert(id).second) rows.push_back({id, cat.indicator(id)});
    const bool same = rows.size() == indicators_.size() &&
                      std::equal(rows.begin(), rows.end(), indicators_.begin(),
                                 [](const Row& a, const Row& b) { return a.id == b.id && a.indicator == b.indicator; });
    const int n = static_cast<int>(rows.size());
    reshape(n, ColumnCount, !same, [&] { indicators_ = std::move(rows); });
}

int IndicatorsModel::rowOf(const std::string& id) const {
    for (std::size_t i = 0; i < indicators_.size(); ++i)
        if (indicators_[i].id == id) return static_cast<int>(i);
    return -1;
}

QVariant IndicatorsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !doc_ || index.row() >= rowCount()) return {};
    const Row& row = indicators_[index.row()];
    const Indicator* ind = row.indicator;
    const Plan& plan = doc_->plan();
    const Decimal* planned = plan.indicator(row.id);
    const ProjectedValues& projected = doc_->projected();
    auto proj = projected.find(row.id);
    const Rational* judged = planned ? &planned->value : proj != projected.end() ? &proj->second.value : nullptr;
    enum class State { met, short_, missing, unknown, none };
    auto state = [&] {
        if (!ind) return State::unknown;
        if (!judged) return ind->kind == IndicatorKind::binding ? State::missing : State::none;
        return ind->meets(*judged) ? State::met : State::short_;
    };
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case Name: {
                    if (!ind) return QString::fromStdString(row.id);
                    QString name = text(ind->name);
                    const QString unit = text(ind->unit);
                    // A few catalog names carry their unit already: "export earnings (USD)", not "… (USD) (USD)".
                    if (unit.isEmpty() || name.endsWith(QStringLiteral("(%1)").arg(unit))) return name;
                    return QStringLiteral("%1 (%2)").arg(name, unit);
                }
                case Kind:
                    return ind ? kindName(ind->kind) : QString();
                case Target:
                    return ind ? QString::fromStdString(ind->target_text(lang())) : QString();
                case Planned:
                    return planned ? formatNumber(planned->value) : QString();
                case Projected:
                    return proj != projected.end() ? formatNumber(proj->second.value, 2) : QString();
                case Status:
                    switch (state()) {
                        case State::met:
                            return tr("met");
                        case State::short_:
                            return tr("short");
                        case State::missing:
                            return tr("missing");
                        case State::unknown:
                            return tr("unknown id");
                        case State::none:
                            return QStringLiteral("—");
                    }
            }
            return {};
        case Qt::EditRole:
            if (index.column() == Planned) return planned ? QString::fromStdString(planned->text) : QString();
            return data(index, Qt::DisplayRole);
        case ExactRole:
            if (index.column() == Planned) return planned ? QString::fromStdString(planned->text) : QString();
            if (index.column() == Projected && proj != projected.end())
                return QString::fromStdString(format_trimmed(proj->second.value, 12));
            return {};
        case IdRole:
            return QString::fromStdString(row.id);
        case PointerRole:
            return QStringLiteral("/indicators/") + QString::fromStdString(cofund::pointer_escape(row.id));
        case Qt::ToolTipRole:
            if (index.column() == Name)
                return ind ? QStringLiteral("%1 · %2").arg(QString::fromStdString(row.id),
                                                           QString::fromStdString(ind->clause))
                           : QString::fromStdString(row.id);
            return {};
        case Qt::TextAlignmentRole:
            if (index.column() == Planned || index.column() == Projected || index.column() == Target)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            if (index.column() == Status || index.column() == Kind) return int(Qt::AlignCenter);
            return {};
        case Qt::ForegroundRole:
            if (index.column() == Status) {
                switch (state()) {
                    case State::met:
                        return QBrush(QColor(0x1b, 0x7f, 0x3b));
                    case State::short_:
                    case State::missing:
                        return QBrush(QColor(0xb0, 0x1c, 0x1c));
                    case State::unknown:
                        return QBrush(QColor(0xa0, 0x60, 0x00));
                    case State::none:
                        return QBrush(QColor(0x80, 0x80, 0x80));
                }
            }
            return {};
        case Qt::BackgroundRole:
            if (index.column() == Planned) return QBrush(QColor(0xff, 0xfd, 0xf0));
            return {};
        default:
            return {};
    }
}

QVariant IndicatorsModel::headerData(int section, Qt::Orientation o, int role) const {
    if (role != Qt::DisplayRole) return {};
    if (o == Qt::Vertical) return section + 1;
    switch (section) {
        case Name:
            return tr("Indicator");
        case Kind:
            return tr("Kind");
        case Target:
            return tr("Target");
        case Planned:
            return tr("Planned");
        case Projected:
            return tr("Projected");
        case Status:
            return tr("Status");
    }
    return {};
}

Qt::ItemFlags IndicatorsModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Planned) f |= Qt::ItemIsEditable;
    return f;
}

bool IndicatorsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!doc_ || role != Qt::EditRole || !index.isValid() || index.column() != Planned) return false;
    const std::string id = indicators_[index.row()].id;
    const Indicator* ind = indicators_[index.row()].indicator;
    const QString typed = value.toString().trimmed().remove(',');
    const QString before = data(index, Qt::DisplayRole).toString();
    Plan plan = doc_->plan();
    auto it =
        std::find_if(plan.indicators.begin(), plan.indicators.end(), [&](const auto& p) { return p.first == id; });
    if (typed.isEmpty()) {
        if (it == plan.indicators.end()) return true;
        plan.indicators.erase(it);
    } else {
        Result<Rational> r = parse_decimal(typed.toStdString());
        if (!r || r->sign() < 0) {
            emit inputRejected(tr("%1 is not a value of at least 0").arg(typed));
            return false;
        }
        Decimal d{typed.toStdString(), *r};
        if (it == plan.indicators.end())
            plan.indicators.emplace_back(id, std::move(d));
        else
            it->second = std::move(d);
        plan.indicators_stated = true;
    }
    const QString after = typed.isEmpty() ? QString() : formatNumber(plan.indicator(id)->value);
    doc_->edit(
        [id, ind, before, after] {
            const QString none = QStringLiteral("—");
            return tr("Indicator %1: %2 → %3")
                .arg(ind ? text(ind->name) : QString::fromStdString(id), before.isEmpty() ? none : before,
                     after.isEmpty() ? none : after);
        },
        std::move(plan));
    return true;
}

// ---------------------------------------------------------------------------
// Projections

ProjectionsModel::ProjectionsModel(Document* doc, QObject* parent) : PlanRowsModel(doc, parent) {
    reload();
}

void ProjectionsModel::reload() {
    const Plan& plan = doc_->plan();
    const int years = std::max(0, std::min(plan.project.years(), 50));
    const int start = plan.project.start_year;
    reshape(static_cast<int>(plan.projections.size()), FirstYear + years, start != startYear_, [&] {
        years_ = years;
        startYear_ = start;
    });
}

QVariant ProjectionsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !doc_ || index.row() >= static_cast<int>(doc_->plan().projections.size())) return {};
    const Projection& p = doc_->plan().projections[index.row()];
    const int col = index.column();
    const Decimal* d = nullptr;
    if (col == Baseline)
        d = &p.baseline;
    else if (col == Rate && p.growth)
        d = &p.growth->rate;
    else if (col == Low && p.growth && p.growth->low)
        d = &*p.growth->low;
    else if (col == High && p.growth && p.growth->high)
        d = &*p.growth->high;
    else if (col >= FirstYear) {
        auto it = p.values.find(startYear_ + col - FirstYear);
        if (it != p.values.end()) d = &it->second;
    }
    // With a growth rate the yearly values follow from it: shown greyed, not stored.
    const bool grown = col >= FirstYear && !d && p.growth;
    auto grownValue = [&] {
        Rational v = p.baseline.value;
        for (int y = 0; y <= col - FirstYear; ++y) v *= Rational(1) + p.growth->rate.value;
        return v;
    };
    switch (role) {
        case Qt::DisplayRole:
            if (col == Indicator) {
                const cofund::Indicator* ind = doc_->catalog().indicator(p.indicator);
                return ind ? text(ind->name) : QString::fromStdString(p.indicator);
            }
            if (grown) return formatNumber(grownValue(), 2);
            if (!d) return QString();
            if (col == Rate || col == Low || col == High) return formatNumber(d->value * 100, 4) + QStringLiteral(" %");
            return formatNumber(d->value);
        case Qt::EditRole:
        case ExactRole:
            if (col == Indicator) return QString::fromStdString(p.indicator);
            return d ? QString::fromStdString(d->text) : QString();
        case IdRole:
            return QString::fromStdString(p.indicator);
        case PointerRole:
            return QStringLiteral("/projections/%1").arg(index.row());
        case Qt::TextAlignmentRole:
            return col == Indicator ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
        case Qt::ForegroundRole:
            return grown ? QVariant(QBrush(QColor(0x80, 0x80, 0x80))) : QVariant();
        case Qt::FontRole:
            if (grown) {
                QFont f;
                f.setItalic(true);
                return f;
            }
            return {};
        case Qt::ToolTipRole:
            if (col == Indicator) return QString::fromStdString(p.indicator);
            if (col == Rate || col == Low || col == High) return tr("A rate as a fraction: 0.12 is 12 % a year");
            if (grown) return tr("From the growth rate; type a value to give every year its own");
            return {};
        default:
            return {};
    }
}

QVariant ProjectionsModel::headerData(int section, Qt::Orientation o, int role) const {
    if (role != Qt::DisplayRole) return {};
    if (o == Qt::Vertical) return section + 1;
    switch (section) {
        case Indicator:
            return tr("Indicator");
        case Baseline:
            return tr("Baseline");
        case Rate:
            return tr("Growth rate");
        case Low:
            return tr("Low");
        case High:
            return tr("High");
        default:
            return QString::number(startYear_ + section - FirstYear);
    }
}

Qt::ItemFlags ProjectionsModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != Indicator) f |= Qt::ItemIsEditable;
    return f;
}

bool ProjectionsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!doc_ || role != Qt::EditRole || !index.isValid() || index.column() == Indicator) return false;
    Plan plan = doc_->plan();
    if (index.row() >= static_cast<int>(plan.projections.size())) return false;
    Projection& p = plan.projections[index.row()];
    const int col = index.column();
    const QString typed = value.toString().trimmed().remove(',');
    const QString before = data(index, Qt::DisplayRole).toString();
    std::optional<Decimal> d;
    if (!typed.isEmpty()) {
        Result<Rational> r = parse_decimal(typed.toStdString());
        if (!r) {
            emit inputRejected(tr("%1 is not a number: %2").arg(typed, describe(r.error())));
            return false;
        }
        d = Decimal{typed.toStdString(), *r};
    }
    if (col == Baseline) {
        if (!d) return false;
        p.baseline = *d;
    } else if (col == Rate) {
        // A rate turns the projection into a growth projection.
        if (!d) return false;
        if (!p.growth) p.growth = Growth{};
        p.growth->rate = *d;
        p.values.clear();
    } else if (col == Low || col == High) {
        if (!p.growth) {
            emit inputRejected(tr("Set a growth rate first; this projection gives a value per year"));
            return false;
        }
        (col == Low ? p.growth->low : p.growth->high) = d;
    } else {
        // A yearly value turns it into a projection by values: every year gets one.
        const int year = startYear_ + col - FirstYear;
        if (!d) return false;
        if (p.growth) {
            p.growth.reset();
            for (int y = 0; y < years_; ++y) p.values[startYear_ + y] = p.baseline;
        }
        p.values[year] = *d;
    }
    plan.projections_stated = true;
    const std::string indicator = p.indicator;
    QPointer<ProjectionsModel> self(this);
    const QString after = typed;
    doc_->edit(
        [self, indicator, col, before, after] {
            if (!self) return QString();
            const cofund::Indicator* ind = self->doc_->catalog().indicator(indicator);
            const QString none = QStringLiteral("—");
            return tr("Projection of %1 · %2: %3 → %4")
                .arg(ind ? text(ind->name) : QString::fromStdString(indicator),
                     self->headerData(col, Qt::Horizontal).toString(), before.isEmpty() ? none : before,
                     after.isEmpty() ? none : after);
        },
        std::move(plan));
    return true;
}

void ProjectionsModel::addProjection(const std::string& indicator) {
    Plan plan = doc_->plan();
    Projection p;
    p.indicator = indicator;
    p.baseline = Decimal::of(Rational(0));
    p.growth = Growth{Decimal::of(Rational(0)), {}, {}, Extra::object()};
    plan.projections.push_back(std::move(p));
    plan.projections_stated = true;
    QPointer<Document> doc = doc_;
    doc_->edit(
        [doc, indicator] {
            const cofund::Indicator* ind = doc ? doc->catalog().indicator(indicator) : nullptr;
            return tr("Add projection of %1").arg(ind ? text(ind->name) : QString::fromStdString(indicator));
        },
        std::move(plan));
}

void ProjectionsModel::removeProjection(int row) {
    Plan plan = doc_->plan();
    if (row < 0 || row >= static_cast<int>(plan.projections.size())) return;
    plan.projections.erase(plan.projections.begin() + row);
    doc_->edit([row] { return tr("Remove projection %1").arg(row + 1); }, std::move(plan));
}

// ---------------------------------------------------------------------------
// Findings

FindingsModel::FindingsModel(Document* doc, QObject* parent) : PlanRowsModel(doc, parent) {
    reload();
}

void FindingsModel::setUnit(MoneyUnit unit) {
    if (unit == unit_) return;
    unit_ = unit;
    if (!findings_.empty()) emit dataChanged(index(0, Message), index(rowCount() - 1, Message));
}

QString FindingsModel::shownMessage(const Finding& f, Lang l) const {
    const QString message = QString::fromStdString(f.message(l));
    if (unit_ == MoneyUnit::yuan) return message;
    // The rules whose amounts are budget money in yuan. The leverage note also
    // holds ratios ("leverage 3.00", "brings 2.00 yuan"): only its grouped amounts are money.
    static const QStringList kMoneyRules{
        "support.range",       "cofunding.ratio", "cofunding.yearly",         "cofunding.leverage", "budget.year",
        "budget.indirect_cap", "declared.sum",    "indicator.budget_backing", "budget.cap",         "basis.threshold"};
    const QString rule = QString::fromStdString(f.rule);
    if (!kMoneyRules.contains(rule)) return message;
    const bool groupedOnly = rule == QLatin1String("cofunding.leverage");
    // An amount with fen as the engine writes it in the language ("1,500,000.00";
    // Russian "1 500 000,00" with no-break spaces), and the yuan word the message may put after it.
    const bool ru = l == Lang::ru;
    static const QRegularExpression pointAmount(
        QStringLiteral("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})*\\.\\d{2})(?!\\d)(\\s*(?:元|yuan)(?![\\w]))?"));
    static const QRegularExpression commaAmount(
        QStringLiteral("(?<![\\d.,\\x{00A0}\\x{202F}])(\\d{1,3}(?:[\\x{00A0}\\x{202F}]\\d{3})*,\\d{2})(?!\\d)"
                       "(\\s*(?:юаней|юаня|юань)(?![\\w]))?"));
    const QRegularExpression& amount = ru ? commaAmount : pointAmount;
    QString out;
    qsizetype last = 0;
    for (auto it = amount.globalMatch(message); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString number = m.captured(1);
        if (ru) {
            number.remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(QLatin1Char(' '));
            number.replace(QLatin1Char(','), QLatin1Char('.'));
        } else {
            number.remove(QLatin1Char(','));
        }
        if (groupedOnly && number.size() <= 6) continue;  // under 1,000: a ratio, not an amount
        Result<Money> yuan = parseMoney(number, MoneyUnit::yuan);
        if (!yuan) continue;
        out += message.mid(last, m.capturedStart() - last);
        out += formatMoney(*yuan, MoneyUnit::wan) + QStringLiteral(" ") + tr("万元");
        last = m.capturedEnd();
    }
    out += message.mid(last);
    return out;
}

void FindingsModel::reload() {
    // Always a reset: the findings are new objects, their rows may move.
    reshape(static_cast<int>(doc_->findings().size()), ColumnCount, true, [&] { findings_ = doc_->findings(); });
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const Finding& f = findings_[index.row()];
    const Lang l = lang();
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case SeverityColumn:
                    return severityName(f.severity);
                case Message:
                    return shownMessage(f, l);
                case Rule:
                    return QString::fromStdString(f.rule);
            }
            return {};
        case Qt::ToolTipRole: {
            // Shown as in the grid's unit; the engine's exact yuan follow where they differ.
            QString tip = shownMessage(f, l);
            const QString yuan = QString::fromStdString(f.message(l));
            if (yuan != tip) tip += QStringLiteral("\n\n") + yuan;
            tip += QStringLiteral("\n\n%1").arg(QString::fromStdString(f.rule));
            if (!f.clause.empty()) tip += QStringLiteral(" · %1").arg(QString::fromStdString(f.clause));
            if (!f.path.empty()) tip += QStringLiteral(" · %1").arg(QString::fromStdString(f.path));
            return tip;
        }
        case Qt::ForegroundRole:
            if (index.column() == SeverityColumn) {
                switch (f.severity) {
                    case Severity::error:
                        return QBrush(QColor(0xb0, 0x1c, 0x1c));
                    case Severity::warning:
                        return QBrush(QColor(0xa0, 0x60, 0x00));
                    case Severity::info:
                        return QBrush(QColor(0x30, 0x5a, 0x90));
                }
            }
            return {};
        case Qt::FontRole:
            if (index.column() == SeverityColumn) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case PointerRole:
            return QString::fromStdString(f.path);
        case IdRole:
            return QString::fromStdString(f.rule);
        default:
            return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation o, int role) const {
    if (role != Qt::DisplayRole || o != Qt::Horizontal) return {};
    switch (section) {
        case SeverityColumn:
            return tr("Severity");
        case Message:
            return tr("Finding");
        case Rule:
            return tr("Rule");
    }
    return {};
}

}  // namespace cofund::ui
