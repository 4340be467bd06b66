// SPDX-License-Identifier: GPL-3.0-or-later
#include "budget_task_bar.h"

#include <algorithm>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>

#include "app_language.h"
#include "budget_view.h"
#include "cofund/catalog.h"
#include "document.h"
#include "models.h"

namespace cofund::ui {

namespace {
// Filter entries' data: kAll for every line, else "task:" + id ("task:" alone: no task).
const QString kAll = QStringLiteral("*");
const QString kTask = QStringLiteral("task:");
// Unit filter entries' data: kAll, else "unit:" + a partner's id ("unit:" alone: the applicant).
const QString kUnit = QStringLiteral("unit:");
}  // namespace

BudgetTaskBar::BudgetTaskBar(Document* doc, BudgetModel* model, BudgetView* view, QWidget* parent)
    : QWidget(parent), doc_(doc), model_(model), view_(view) {
    setObjectName(QStringLiteral("budgetTaskBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    label_ = new QLabel(this);
    filter_ = new QComboBox(this);
    filter_->setObjectName(QStringLiteral("taskFilter"));
    // As wide as 18 letters, not as its longest task's name (elided when closed, whole in its
    // list): beside the unit filter, the hint next to the bar kept a 60 px column in Russian.
    filter_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    filter_->setMinimumContentsLength(18);
    label_->setBuddy(filter_);
    assign_ = new QPushButton(this);
    assign_->setObjectName(QStringLiteral("assignTask"));
    auto* menu = new QMenu(assign_);
    assign_->setMenu(menu);
    unitLabel_ = new QLabel(this);
    unitFilter_ = new QComboBox(this);
    unitFilter_->setObjectName(QStringLiteral("unitFilter"));
    // A partner's name may be a long English one: the closed combo elides it, its list shows it whole.
    unitFilter_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    unitFilter_->setMinimumContentsLength(10);
    unitLabel_->setBuddy(unitFilter_);
    layout->addWidget(label_);
    layout->addWidget(filter_);
    layout->addWidget(assign_);
    layout->addSpacing(12);
    layout->addWidget(unitLabel_);
    layout->addWidget(unitFilter_);

    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        for (const auto& task : tasks()) {
            QAction* a = menu->addAction(task.second);
            connect(a, &QAction::triggered, this, [this, id = task.first] { assignToSelection(id.toStdString()); });
        }
        menu->addSeparator();
        QAction* none = menu->addAction(tr("No task"));
        connect(none, &QAction::triggered, this, [this] { assignToSelection({}); });
    });
    connect(filter_, &QComboBox::activated, this, [this](int i) {
        const QString d = filter_->itemData(i).toString();
        model_->setTaskFilter(d == kAll ? std::nullopt : std::optional<std::string>(d.mid(kTask.size()).toStdString()));
    });
    connect(unitFilter_, &QComboBox::activated, this, [this](int i) {
        const QString d = unitFilter_->itemData(i).toString();
        model_->setUnitFilter(d == kAll ? std::nullopt : std::optional<std::string>(d.mid(kUnit.size()).toStdString()));
    });
    connect(doc_, &Document::planChanged, this, &BudgetTaskBar::fill);
    connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, this, &BudgetTaskBar::fill);
    fill();
    retranslate();
}

QList<QPair<QString, QString>> BudgetTaskBar::tasks() const {
    QList<QPair<QString, QString>> out;
    QStringList ids;
    const Plan& p = doc_->plan();
    const Catalog& cat = doc_->catalog();
    if (p.project.annex)
        if (const Annex* a = cat.annex(*p.project.annex))
            for (const Task& t : a->tasks) ids << qs(t.id);
    for (const PlanTask& t : p.tasks)
        if (!ids.contains(qs(t.id))) ids << qs(t.id);
    for (const BudgetLine& l : p.budget)
        if (!l.task.empty() && !ids.contains(qs(l.task))) ids << qs(l.task);
    for (const QString& id : ids) {
        const Task* t = cat.task(id.toStdString());
        out.append({id, t ? QStringLiteral("%1 %2").arg(id, text(t->name)) : id});
    }
    return out;
}

void BudgetTaskBar::fillUnits() {
    const Plan& p = doc_->plan();
    QStringList wanted{kAll, kUnit}, labels{tr("All units"), p.applicant.name.empty() ? tr("Applicant") : qs(p.applicant.name)};
    // A partner without an id carries no line: nothing to show.
    for (const Partner& partner : p.partners)
        if (!partner.id.empty()) {
            wanted << kUnit + qs(partner.id);
            labels << (partner.name.empty() ? qs(partner.id) : qs(partner.name));
        }
    QStringList shown, want;
    for (int i = 0; i < unitFilter_->count(); ++i) shown << unitFilter_->itemData(i).toString() + unitFilter_->itemText(i);
    for (int i = 0; i < wanted.size(); ++i) want << wanted[i] + labels[i];
    // Only once a line names a unit: before, every line is the applicant's (the editor's Unit sets one).
    const bool units = std::any_of(p.budget.begin(), p.budget.end(), [](const BudgetLine& l) { return !l.unit.empty(); });
    unitFilter_->setVisible(units);
    unitLabel_->setVisible(units);
    if (want == shown) return;
    const QString current = unitFilter_->currentData().toString();
    unitFilter_->clear();
    for (int i = 0; i < wanted.size(); ++i) unitFilter_->addItem(labels[i], wanted[i]);
    const int at = unitFilter_->findData(current.isEmpty() ? kAll : current);
    unitFilter_->setCurrentIndex(std::max(0, at));
    if (at < 0 && model_->unitFilter()) model_->setUnitFilter(std::nullopt);
}

void BudgetTaskBar::fill() {
    fillUnits();
    const QString current = filter_->currentData().toString();
    const auto list = tasks();
    // Rebuilt only when the tasks offered changed: a rebuild on every edit would close the popup.
    QStringList shown, wanted{kAll};
    for (int i = 0; i < filter_->count(); ++i) shown << filter_->itemData(i).toString() + filter_->itemText(i);
    QStringList labels{tr("All tasks")};
    for (const auto& [id, label] : list) {
        wanted << kTask + id;
        labels << label;
    }
    wanted << kTask;
    labels << tr("No task");
    QStringList want;
    for (int i = 0; i < wanted.size(); ++i) want << wanted[i] + labels[i];
    const bool tasksShown = list.size() > 0;
    for (QWidget* w : std::initializer_list<QWidget*>{label_, filter_, assign_}) w->setVisible(tasksShown);
    // Only the annex's own tasks and what lines name, and a plan's partners: nothing to filter by without either.
    const bool offer = tasksShown || !unitFilter_->isHidden();
    setVisible(offer);
    if (offer != offered_) {
        offered_ = offer;
        emit shownChanged(offer);
    }
    if (want == shown) return;
    filter_->clear();
    for (int i = 0; i < wanted.size(); ++i) filter_->addItem(labels[i], wanted[i]);
    const int at = filter_->findData(current.isEmpty() ? kAll : current);
    filter_->setCurrentIndex(std::max(0, at));
    if (at < 0 && model_->taskFilter()) model_->setTaskFilter(std::nullopt);
}

int BudgetTaskBar::assignToSelection(const std::string& task) {
    return model_->setTaskOfCells(
        view_->selectionModel() ? view_->selectionModel()->selectedIndexes() : QModelIndexList{}, task);
}

void BudgetTaskBar::retranslate() {
    label_->setText(tr("&Show task:"));
    unitLabel_->setText(tr("Sho&w unit:"));
    unitFilter_->setToolTip(tr("Shows the lines of one participating unit (承担单位 / 合作单位)"));
    assign_->setText(tr("Set task of se&lected cells"));
    assign_->setToolTip(tr("Names a task on every budget line in the selected cells (one undo step)"));
}

void BudgetTaskBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace cofund::ui
