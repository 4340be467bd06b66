// SPDX-License-Identifier: GPL-3.0-or-later
#include "lines_view.h"

#include <algorithm>

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QShowEvent>

#include "app_language.h"
#include "basis_editor.h"
#include "budget_view.h"
#include "cofund/plan_edit.h"
#include "cofund/planner/spreadsheet.h"
#include "cofund/summary.h"
#include "document.h"

namespace cofund::ui {

namespace {
/// The partner index of a line's unit, -1 for the applicant's (or a unit the plan does not list).
int partnerIndex(const Plan& plan, const BudgetLine& l) {
    const Partner* p = plan.partner(l.unit);
    return p ? int(p - plan.partners.data()) : -1;
}
}  // namespace

QString equipmentKindName(std::optional<EquipmentKind> k) {
    // In BasisModel's context: the basis editor named the kinds first.
    if (!k) return BasisModel::tr("not stated");
    return text(planner::equipment_kind_name(*k));
}

bool isEquipmentLine(const Document* doc, const BudgetLine& line) {
    const CategoryInfo* c = doc ? doc->catalog().category(line.category) : nullptr;
    return c && c->equipment;
}

QString linePlace(const Document* doc, const BudgetLine& line) {
    return QStringLiteral("%1 · %2 · %3")
        .arg(text(doc->catalog().category_name(line.category)))
        .arg(line.year)
        .arg(sourceShortName(line.source));
}

bool setLineUnit(Document* doc, std::size_t line, int partner) {
    if (!doc || line >= doc->plan().budget.size() || partner >= int(doc->plan().partners.size())) return false;
    Plan plan = doc->plan();
    // A line names its unit by the partner's id: a partner without one gets one.
    if (partner >= 0 && plan.partners[std::size_t(partner)].id.empty()) assign_partner_ids(plan);
    BudgetLine& l = plan.budget[line];
    const std::string id = partner < 0 ? std::string() : plan.partners[std::size_t(partner)].id;
    if (id == l.unit) return false;
    const QString before = qs(unit_name(plan, partnerIndex(plan, l)));
    const QString after = qs(unit_name(plan, partner));
    const BudgetLine was = l;
    l.unit = id;
    return doc->edit(
        [doc = QPointer<Document>(doc), was, before, after] {
            const QString place = doc ? linePlace(doc, was) : QString();
            return LinesModel::tr("%1: unit %2 → %3").arg(place, before, after);
        },
        std::move(plan));
}

bool setLineEquipment(Document* doc, std::size_t line, std::optional<EquipmentKind> kind) {
    if (!doc || line >= doc->plan().budget.size()) return false;
    const BudgetLine& now = doc->plan().budget[line];
    if (now.equipment == kind || (kind && !isEquipmentLine(doc, now))) return false;
    Plan plan = doc->plan();
    const BudgetLine was = plan.budget[line];
    plan.budget[line].equipment = kind;
    return doc->edit(
        [doc = QPointer<Document>(doc), was, kind] {
            const QString place = doc ? linePlace(doc, was) : QString();
            return LinesModel::tr("%1: equipment kind %2 → %3")
                .arg(place, equipmentKindName(was.equipment), equipmentKindName(kind));
        },
        std::move(plan));
}

LinesModel::LinesModel(Document* doc, BudgetModel* budget, QObject* parent)
    : PlanRowsModel(doc, parent), budget_(budget) {
    // The task bar's filters, and the grid's unit (万元 or yuan: its header changes with it).
    connect(budget, &BudgetModel::filterChanged, this, [this] { reload(); });
    connect(budget, &QAbstractItemModel::headerDataChanged, this, [this] { reload(); });
    reload();
}

void LinesModel::reload() {
    if (!doc_) return;
    std::vector<std::size_t> lines;
    const Plan& plan = doc_->plan();
    for (std::size_t i = 0; i < plan.budget.size(); ++i)
        if (budget_->shows(plan.budget[i])) lines.push_back(i);
    const bool changed = lines != lines_;
    reshape(int(lines.size()), ColumnCount, changed, [&] { lines_ = std::move(lines); });
}

int LinesModel::rowOfLine(std::size_t line) const {
    const auto at = std::find(lines_.begin(), lines_.end(), line);
    return at == lines_.end() ? -1 : int(at - lines_.begin());
}

QList<QPair<QString, QString>> LinesModel::unitChoices() const {
    QList<QPair<QString, QString>> out;
    if (!doc_) return out;
    const Plan& plan = doc_->plan();
    for (int k = -1; k < int(plan.partners.size()); ++k) out.append({QString::number(k), qs(unit_name(plan, k))});
    return out;
}

QList<QPair<QString, QString>> LinesModel::equipmentChoices() const {
    QList<QPair<QString, QString>> out{{QString(), equipmentKindName(std::nullopt)}};
    for (const std::string& id : equipment_kind_ids())
        out.append({qs(id), equipmentKindName(equipment_kind_from_id(id))});
    return out;
}

QVariant LinesModel::data(const QModelIndex& index, int role) const {
    if (!doc_ || !index.isValid() || index.row() >= int(lines_.size())) return {};
    const Plan& plan = doc_->plan();
    const std::size_t i = lines_[std::size_t(index.row())];
    if (i >= plan.budget.size()) return {};
    const BudgetLine& l = plan.budget[i];
    const int col = index.column();
    if (role == PointerRole) return QStringLiteral("/budget/%1").arg(i);
    if (role == Qt::TextAlignmentRole)
        return col == Amount || col == Year ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role == Qt::EditRole) {
        switch (col) {
            case Unit:
                return QString::number(partnerIndex(plan, l));
            case TaskColumn:
                return qs(l.task);
            case Equipment:
                return l.equipment ? qs(std::string(to_id(*l.equipment))) : QString();
        }
    }
    if (role == ExactRole && col == Amount) return qs(l.amount.str());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    switch (col) {
        case Line:
            return l.id.empty() ? QString::number(i + 1) : qs(l.id);
        case Year:
            return l.year;
        case CategoryColumn:
            return text(doc_->catalog().category_name(l.category));  // whole in the tooltip too
        case SourceColumn:
            return sourceShortName(l.source);
        case Unit: {
            const int k = partnerIndex(plan, l);
            const QString name = qs(unit_name(plan, k));
            if (role == Qt::ToolTipRole) return name;
            // The partner's id first, as the grid's basis editor names it: "P1 Almaty Agro".
            return k < 0 ? name : QStringLiteral("%1 %2").arg(qs(plan.partners[std::size_t(k)].id), name);
        }
        case TaskColumn: {
            if (l.task.empty()) return QStringLiteral("—");
            const Task* t = doc_->catalog().task(l.task);
            if (role == Qt::ToolTipRole && t) return qs(t->words);
            return t ? QStringLiteral("%1 %2").arg(qs(l.task), text(t->name)) : qs(l.task);
        }
        case Equipment:
            return isEquipmentLine(doc_, l) || l.equipment ? equipmentKindName(l.equipment) : QString();
        case Amount:
            return formatMoney(l.amount, budget_->unit());
        case Note:
            return qs(l.note);
    }
    return {};
}

QVariant LinesModel::headerData(int section, Qt::Orientation o, int role) const {
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    if (o == Qt::Vertical) return section + 1;
    switch (section) {
        case Line:
            return role == Qt::ToolTipRole ? tr("The line's id (budget[].id)") : tr("Line");
        case Year:
            return tr("Year");
        case CategoryColumn:
            return tr("Category");
        case SourceColumn:
            return tr("Source");
        case Unit:
            return role == Qt::ToolTipRole
                       ? tr("Whose money the line is: the applicant's or a partner's (承担单位 / 合作单位)")
                       : tr("Unit");
        case TaskColumn:
            return tr("Task");
        case Equipment:
            return role == Qt::ToolTipRole
                       ? tr("What the equipment money does: purchase, build, upgrade or lease "
                            "(购置 / 试制 / 改造 / 租赁); purchase counts in \"of which: equipment purchase\"")
                       : tr("Equipment kind");
        case Amount:
            return budget_->unit() == MoneyUnit::wan ? tr("Amount (万元)") : tr("Amount (yuan)");
        case Note:
            return tr("Remark");
    }
    return {};
}

Qt::ItemFlags LinesModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = PlanRowsModel::flags(index);
    if (!doc_ || !index.isValid() || index.row() >= int(lines_.size())) return f;
    const BudgetLine& l = doc_->plan().budget[lines_[std::size_t(index.row())]];
    const int col = index.column();
    if (col == Unit || col == TaskColumn || (col == Equipment && isEquipmentLine(doc_, l))) f |= Qt::ItemIsEditable;
    return f;
}

bool LinesModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !doc_ || !index.isValid() || index.row() >= int(lines_.size())) return false;
    const std::size_t i = lines_[std::size_t(index.row())];
    switch (index.column()) {
        case Unit:
            return setLineUnit(doc_, i, value.toString().toInt());
        case Equipment: {
            const QString id = value.toString();
            const std::optional<EquipmentKind> kind = equipment_kind_from_id(id.toStdString());
            if (!id.isEmpty() && !kind) return false;
            return setLineEquipment(doc_, i, kind);
        }
        case TaskColumn: {
            // The grid's command for a cell's lines, for this one line.
            Plan plan = doc_->plan();
            const std::string task = value.toString().toStdString();
            if (plan.budget[i].task == task) return false;
            const BudgetLine was = plan.budget[i];
            plan.budget[i].task = task;
            return doc_->edit(
                [doc = QPointer<Document>(doc_), was, task] {
                    const auto name = [](const std::string& t) { return t.empty() ? tr("no task") : qs(t); };
                    return tr("%1: task %2 → %3")
                        .arg(doc ? linePlace(doc, was) : QString(), name(was.task), name(task));
                },
                std::move(plan));
        }
    }
    return false;
}

namespace {
/// The widest a unit's or a category's name is shown, in letters 'x' (elided beyond, whole in the tooltip).
constexpr int kNameLetters = 34;
}  // namespace

LinesView::LinesView(LinesModel* model, Choices tasks, QWidget* parent) : QTableView(parent), model_(model) {
    setObjectName(QStringLiteral("budgetLines"));
    setModel(model);
    setHorizontalHeader(new WrappingHeader(Qt::Horizontal, this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::SelectedClicked);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setAlternatingRowColors(true);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setItemDelegateForColumn(LinesModel::Unit, new ComboDelegate([model] { return model->unitChoices(); }, this));
    setItemDelegateForColumn(LinesModel::Equipment,
                             new ComboDelegate([model] { return model->equipmentChoices(); }, this));
    setItemDelegateForColumn(LinesModel::TaskColumn, new ComboDelegate(
                                                         [tasks] {
                                                             QList<QPair<QString, QString>> out = tasks();
                                                             out.append({QString(), LinesModel::tr("no task")});
                                                             return out;
                                                         },
                                                         this));
    // The line's number is its id's column: no second row number.
    verticalHeader()->hide();
    // The note takes the room left; the other columns as wide as their texts, but a
    // partner's or a category's long name (a Russian category, an English institute)
    // at most kNameWidth, elided, whole in its tooltip (updateColumns()).
    horizontalHeader()->setStretchLastSection(true);
    fitToContentsWhenShown(this, {LinesModel::Unit, LinesModel::CategoryColumn, LinesModel::Note}, false);
    connect(model, &QAbstractItemModel::modelReset, this, &LinesView::updateColumns);
    connect(model, &QAbstractItemModel::dataChanged, this, &LinesView::updateColumns);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (current.isValid()) emit lineSelected(model_->lineOf(current.row()));
    });
    updateColumns();
}

void LinesView::showEvent(QShowEvent* event) {
    QTableView::showEvent(event);
    if (columnsDirty_) updateColumns();
}

void LinesView::updateColumns() {
    columnsDirty_ = !isVisible();
    if (columnsDirty_) return;
    // The Unit column where the plan has partners; the equipment kind where some shown line may state one.
    bool equipment = false;
    for (int r = 0; r < model_->rowCount() && !equipment; ++r)
        equipment = model_->flags(model_->index(r, LinesModel::Equipment)) & Qt::ItemIsEditable;
    setColumnHidden(LinesModel::Unit, model_->unitChoices().size() < 2);
    setColumnHidden(LinesModel::Equipment, !equipment);
    const int most = fontMetrics().horizontalAdvance(QLatin1Char('x')) * kNameLetters;
    for (int c : {int(LinesModel::Unit), int(LinesModel::CategoryColumn)}) {
        horizontalHeader()->setSectionResizeMode(c, QHeaderView::Interactive);
        const int title = static_cast<WrappingHeader*>(horizontalHeader())->minimumSectionWidth(c);
        setColumnWidth(c, std::max(title, std::min(most, sizeHintForColumn(c))));
    }
}

}  // namespace cofund::ui
