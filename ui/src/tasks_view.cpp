// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks_view.h"

#include <QColor>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QResizeEvent>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

#include "app_language.h"
#include "budget_view.h"
#include "cofund/catalog.h"
#include "cofund/planner/spreadsheet.h"
#include "document.h"
#include "models.h"

namespace cofund::ui {

namespace {

const Annex* annexOf(const Document& doc) {
    const Plan& p = doc.plan();
    if (!p.project.annex) return nullptr;
    return doc.catalog().annex(*p.project.annex);
}

const PlanTask* planTask(const Plan& p, const std::string& id) {
    for (const PlanTask& t : p.tasks)
        if (t.id == id) return &t;
    return nullptr;
}

// A value in a History entry: cut to a readable length, "—" for nothing.
QString shown(const std::string& s) {
    if (s.empty()) return QStringLiteral("—");
    QString q = qs(s);
    return q.size() > 24 ? q.left(23) + QStringLiteral("…") : q;
}

// The lead's editor: the applicant and the partners offered, any other name typed.
class LeadDelegate : public QStyledItemDelegate {
  public:
    LeadDelegate(TasksModel* model, QObject* parent) : QStyledItemDelegate(parent), model_(model) {}
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override {
        auto* box = new QComboBox(parent);
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->addItems(model_->leadChoices());
        return box;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        static_cast<QComboBox*>(editor)->setCurrentText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override {
        model->setData(index, static_cast<QComboBox*>(editor)->currentText(), Qt::EditRole);
    }

  private:
    TasksModel* model_;
};

}  // namespace

TasksModel::TasksModel(Document* doc, QObject* parent) : PlanRowsModel(doc, parent) {
    reload();
}

bool TasksModel::hasTasks() const {
    const Annex* a = doc_ ? annexOf(*doc_) : nullptr;
    return a && !a->tasks.empty();
}

void TasksModel::reload() {
    std::vector<std::string> rows;
    if (doc_) {
        if (const Annex* a = annexOf(*doc_))
            for (const Task& t : a->tasks) rows.push_back(t.id);
        for (const PlanTask& t : doc_->plan().tasks)
            if (std::find(rows.begin(), rows.end(), t.id) == rows.end()) rows.push_back(t.id);
    }
    const bool same = rows == tasks_;
    const int n = static_cast<int>(rows.size());
    reshape(n, ColumnCount, !same, [&] { tasks_ = std::move(rows); });
}

int TasksModel::rowOf(const std::string& id) const {
    const auto it = std::find(tasks_.begin(), tasks_.end(), id);
    return it == tasks_.end() ? -1 : static_cast<int>(it - tasks_.begin());
}

QStringList TasksModel::leadChoices() const {
    QStringList out;
    if (!doc_) return out;
    const Plan& p = doc_->plan();
    if (!p.applicant.name.empty()) out << qs(p.applicant.name);
    for (const Partner& partner : p.partners)
        if (!partner.name.empty() && !out.contains(qs(partner.name))) out << qs(partner.name);
    return out;
}

QVariant TasksModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !doc_) return {};
    const std::string& id = tasks_[static_cast<size_t>(index.row())];
    const Task* task = doc_->catalog().task(id);
    const Annex* annex = annexOf(*doc_);
    const bool known = annex && annex->task(id);
    const PlanTask* covered = planTask(doc_->plan(), id);
    if (role == IdRole) return qs(id);
    if (role == PointerRole) return QStringLiteral("/tasks");
    if (role == Qt::ToolTipRole && task) return qs(task->words);
    switch (index.column()) {
        case Covered:
            if (role == Qt::CheckStateRole) return covered ? Qt::Checked : Qt::Unchecked;
            return {};
        case Id:
            if (role == Qt::DisplayRole) return qs(id);
            if (role == Qt::ForegroundRole && !known) return QColor(0xb0, 0x1c, 0x1c);
            return {};
        case Name:
            if (role == Qt::DisplayRole) return known ? text(task->name) : tr("not a task of this annex; untick it");
            return {};
        case Summary:
            if (role == Qt::DisplayRole || role == Qt::EditRole) return covered ? qs(covered->summary) : QString();
            return {};
        case Lead:
            if (role == Qt::DisplayRole || role == Qt::EditRole) return covered ? qs(covered->lead) : QString();
            return {};
    }
    return {};
}

QVariant TasksModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Covered:
            return tr("Covered");
        case Id:
            return tr("Task");
        case Name:
            return tr("Name");
        case Summary:
            return tr("What the project does");
        case Lead:
            return tr("Lead");
    }
    return {};
}

Qt::ItemFlags TasksModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !doc_) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Covered) f |= Qt::ItemIsUserCheckable;
    // The summary and lead of a task the plan covers; tick it first.
    if ((index.column() == Summary || index.column() == Lead) && planTask(doc_->plan(), taskId(index.row())))
        f |= Qt::ItemIsEditable;
    return f;
}

bool TasksModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!doc_ || !index.isValid()) return false;
    const std::string id = taskId(index.row());
    Plan plan = doc_->plan();
    auto it = std::find_if(plan.tasks.begin(), plan.tasks.end(), [&](const PlanTask& t) { return t.id == id; });
    const QString qid = qs(id);
    if (index.column() == Covered && role == Qt::CheckStateRole) {
        const bool tick = value.toInt() == Qt::Checked;
        if (tick == (it != plan.tasks.end())) return false;
        if (tick) {
            // In the call's order: before the first listed task that comes after it here.
            auto at = std::find_if(plan.tasks.begin(), plan.tasks.end(),
                                   [&](const PlanTask& t) { return rowOf(t.id) > index.row(); });
            plan.tasks.insert(at, PlanTask{id, {}, {}, Extra::object()});
            plan.tasks_stated = true;
        } else {
            plan.tasks.erase(it);
        }
        doc_->edit(
            [qid, tick] {
                const QString yes = text(planner::yes_text()), no = text(planner::no_text());
                return tr("Task %1 · covered: %2 → %3").arg(qid, tick ? no : yes, tick ? yes : no);
            },
            std::move(plan));
        return true;
    }
    if (role != Qt::EditRole || it == plan.tasks.end()) return false;
    const std::string after = value.toString().trimmed().toStdString();
    if (index.column() == Summary) {
        const std::string before = it->summary;
        if (before == after) return false;
        it->summary = after;
        doc_->edit(
            [qid, before, after] { return tr("Task %1 · summary: %2 → %3").arg(qid, shown(before), shown(after)); },
            std::move(plan));
        return true;
    }
    if (index.column() == Lead) {
        const std::string before = it->lead;
        if (before == after) return false;
        it->lead = after;
        doc_->edit([qid, before, after] { return tr("Task %1 · lead: %2 → %3").arg(qid, shown(before), shown(after)); },
                   std::move(plan));
        return true;
    }
    return false;
}

// ---------------------------------------------------------------------------

TasksView::TasksView(Document* doc, QWidget* parent) : QWidget(parent), doc_(doc) {
    setObjectName(QStringLiteral("tasksView"));
    model_ = new TasksModel(doc, this);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    stack_ = new QStackedWidget(this);
    outer->addWidget(stack_);

    auto* page = new QWidget(stack_);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    intro_ = new QLabel(page);
    intro_->setWordWrap(true);
    layout->addWidget(intro_);
    table_ = new QTableView(page);
    table_->setObjectName(QStringLiteral("tasksTable"));
    table_->setModel(model_);
    table_->setAlternatingRowColors(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    table_->setWordWrap(true);
    table_->setTextElideMode(Qt::ElideNone);
    table_->verticalHeader()->hide();
    auto* h = table_->horizontalHeader();
    // The tick and the id to their contents, the rows to their wrapped texts, while the tab is shown.
    fitToContentsWhenShown(table_, {TasksModel::Name, TasksModel::Summary, TasksModel::Lead}, true);
    h->setSectionResizeMode(TasksModel::Name, QHeaderView::Interactive);
    h->setSectionResizeMode(TasksModel::Summary, QHeaderView::Stretch);
    h->setSectionResizeMode(TasksModel::Lead, QHeaderView::Interactive);
    // Name and Lead as wide as their texts within a share of the width (fitColumns()).
    table_->setColumnWidth(TasksModel::Name, 220);
    table_->setColumnWidth(TasksModel::Lead, 240);
    connect(h, &QHeaderView::sectionResized, this, [this](int column) {
        if (!fitting_ && (column == TasksModel::Name || column == TasksModel::Lead)) userSized_.insert(column);
    });
    table_->viewport()->installEventFilter(this);
    connect(model_, &QAbstractItemModel::modelReset, this, &TasksView::fitColumns);
    connect(model_, &QAbstractItemModel::dataChanged, this, &TasksView::fitColumns);
    connect(model_, &QAbstractItemModel::headerDataChanged, this, &TasksView::fitColumns);
    table_->setItemDelegateForColumn(TasksModel::Lead, new LeadDelegate(model_, table_));
    layout->addWidget(table_, 3);
    // The call's own words of the selected task, whole and wrapped.
    words_ = new QLabel(page);
    words_->setObjectName(QStringLiteral("taskWords"));
    words_->setWordWrap(true);
    words_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    words_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    words_->setMinimumHeight(words_->fontMetrics().lineSpacing() * 3);
    layout->addWidget(words_, 1);
    findings_ = new QLabel(page);
    findings_->setObjectName(QStringLiteral("taskFindings"));
    findings_->setWordWrap(true);
    findings_->setTextFormat(Qt::PlainText);
    layout->addWidget(findings_);
    stack_->addWidget(page);

    noTasks_ = new QLabel(stack_);
    noTasks_->setObjectName(QStringLiteral("noTasks"));
    noTasks_->setWordWrap(true);
    noTasks_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    noTasks_->setMargin(12);
    stack_->addWidget(noTasks_);

    connect(doc, &Document::planChanged, this, &TasksView::refresh);
    connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, this, &TasksView::refresh);
    connect(table_->selectionModel(), &QItemSelectionModel::currentChanged, this, &TasksView::showWords);
    connect(model_, &QAbstractItemModel::modelReset, this, &TasksView::showWords);
    retranslate();
    refresh();
}

bool TasksView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == table_->viewport() && event->type() == QEvent::Resize && !fitting_) {
        auto* resize = static_cast<QResizeEvent*>(event);
        if (resize->size().width() != resize->oldSize().width()) fitColumns();
    }
    return QWidget::eventFilter(watched, event);
}

void TasksView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (unfitted_) fitColumns();
}

void TasksView::fitColumns() {
    // Every edit announces the tasks' data: measured only when the tab is shown.
    unfitted_ = !isVisible();
    if (unfitted_) return;
    fitting_ = true;
    QHeaderView* h = table_->horizontalHeader();
    QStyleOptionViewItem option;
    option.initFrom(table_->viewport());
    option.font = table_->font();
    option.fontMetrics = table_->fontMetrics();
    // A column's text on one line (the delegate measures without wrapping when not told to wrap).
    auto oneLine = [&](int column) {
        int w = h->sectionSizeHint(column);
        QAbstractItemDelegate* delegate = table_->itemDelegateForColumn(column);
        if (!delegate) delegate = table_->itemDelegate();
        // The grid line takes a pixel of the cell; two spare keep the last letter off it.
        for (int r = 0; r < model_->rowCount(); ++r)
            w = std::max(w, delegate->sizeHint(option, model_->index(r, column)).width() + 3);
        return w;
    };
    // Name, What the project does and Lead share the width the tick and the id leave,
    // fairly: a column that needs less than an equal share gets what it needs, the
    // others share the rest (and wrap). At 1920 px the names and leads wrapped in
    // fixed 220 and 240 px beside a half-empty What the project does (issue 14).
    const int columns[] = {TasksModel::Name, TasksModel::Summary, TasksModel::Lead};
    std::vector<std::pair<int, int>> open;  // (column, width needed)
    int rest = table_->viewport()->width() - h->sectionSize(TasksModel::Covered) - h->sectionSize(TasksModel::Id);
    for (int c : columns) {
        if (userSized_.contains(c))
            rest -= h->sectionSize(c);
        else
            open.emplace_back(c, oneLine(c));
    }
    std::map<int, int> width;
    for (bool settled = true; settled && !open.empty();) {
        settled = false;
        const int share = rest / int(open.size());
        for (auto it = open.begin(); it != open.end(); ++it) {
            if (it->second > share) continue;
            width[it->first] = it->second;
            rest -= it->second;
            open.erase(it);
            settled = true;
            break;
        }
    }
    for (const auto& [column, need] : open) width[column] = std::max(120, rest / int(open.size()));
    // What the project does stretches over whatever is left.
    for (int c : {int(TasksModel::Name), int(TasksModel::Lead)})
        if (width.count(c)) table_->setColumnWidth(c, width[c]);
    fitting_ = false;
}

void TasksView::showWords() {
    const QModelIndex i = table_->currentIndex();
    const int row = i.isValid() ? i.row() : (model_->rowCount() > 0 ? 0 : -1);
    const Task* task = row >= 0 && doc_ ? doc_->catalog().task(model_->taskId(row)) : nullptr;
    words_->setText(task ? tr("%1 in the call: %2").arg(qs(task->id), qs(task->words)) : QString());
}

void TasksView::refresh() {
    if (!doc_) return;
    const bool general = !doc_->plan().project.annex;
    stack_->setCurrentIndex(!general && (model_->hasTasks() || model_->rowCount() > 0) ? 0 : 1);
    QStringList lines;
    for (const Finding& f : doc_->findings())
        if (f.rule.rfind("task.", 0) == 0)
            lines << QStringLiteral("%1 %2").arg(
                f.severity == Severity::error ? QStringLiteral("✗") : QStringLiteral("⚠"), qs(f.message(lang())));
    findings_->setText(lines.join('\n'));
    noTasks_->setProperty("findings", lines.join('\n'));
    findings_->setStyleSheet(lines.isEmpty() ? QString() : QStringLiteral("color: #b01c1c;"));
    showWords();
    retranslate();
}

void TasksView::retranslate() {
    const Plan* p = doc_ ? &doc_->plan() : nullptr;
    if (p && p->project.annex)
        intro_->setText(tr("Annex %1 lists these tasks; a key project covers all of them (an annex 4 subproject at "
                           "least one). Tick the tasks the project covers and say what it does for each and who "
                           "leads it.")
                            .arg(*p->project.annex));
    else
        intro_->setText(QString());
    noTasks_->setText(p && !p->project.annex
                          ? tr("The call gives general projects no tasks: only the key projects of the annexes "
                               "cover tasks.")
                          : tr("This plan's annex lists no tasks."));
    // A general plan that lists tasks anyway: the task.unknown warning says so here too.
    const QString stray = noTasks_->property("findings").toString();
    if (!stray.isEmpty()) noTasks_->setText(noTasks_->text() + QStringLiteral("\n\n") + stray);
}

void TasksView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace cofund::ui
