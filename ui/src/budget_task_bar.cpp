// SPDX-License-Identifier: GPL-3.0-or-later
#include "budget_task_bar.h"

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
}  // namespace

BudgetTaskBar::BudgetTaskBar(Document* doc, BudgetModel* model, BudgetView* view, QWidget* parent)
    : QWidget(parent), doc_(doc), model_(model), view_(view) {
    setObjectName(QStringLiteral("budgetTaskBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    label_ = new QLabel(this);
    filter_ = new QComboBox(this);
    filter_->setObjectName(QStringLiteral("taskFilter"));
    filter_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label_->setBuddy(filter_);
    assign_ = new QPushButton(this);
    assign_->setObjectName(QStringLiteral("assignTask"));
    auto* menu = new QMenu(assign_);
    assign_->setMenu(menu);
    layout->addWidget(label_);
    layout->addWidget(filter_);
    layout->addWidget(assign_);

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

void BudgetTaskBar::fill() {
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
    if (want == shown) return;
    filter_->clear();
    for (int i = 0; i < wanted.size(); ++i) filter_->addItem(labels[i], wanted[i]);
    const int at = filter_->findData(current.isEmpty() ? kAll : current);
    filter_->setCurrentIndex(std::max(0, at));
    if (at < 0 && model_->taskFilter()) model_->setTaskFilter(std::nullopt);
    // Only the annex's own tasks and what lines name: nothing to filter by for a plan without either.
    setVisible(list.size() > 0);
}

int BudgetTaskBar::assignToSelection(const std::string& task) {
    return model_->setTaskOfCells(
        view_->selectionModel() ? view_->selectionModel()->selectedIndexes() : QModelIndexList{}, task);
}

void BudgetTaskBar::retranslate() {
    label_->setText(tr("&Show task:"));
    assign_->setText(tr("Set task of se&lected cells"));
    assign_->setToolTip(tr("Names a task on every budget line in the selected cells (one undo step)"));
}

void BudgetTaskBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace cofund::ui
