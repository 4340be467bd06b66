// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Tasks tab (issue 17): the tasks of a key project's annex, in the call's
// order, with a tick for those the plan covers and the summary and lead of
// each covered task. Every edit is one undo command through Document::edit()
// with a History entry in the interface language ("任务 a3.t2 · 负责单位：A → B").
// General projects have no tasks in the call: the tab says so. The task rules'
// findings (task.coverage, task.unknown, task.budget) are listed below the table
// and follow every edit.

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <string>
#include <vector>

#include "models.h"

class QLabel;
class QStackedWidget;
class QTableView;

namespace cofund::ui {

class Document;

/// The rows: each task of the plan's annex, then any task the plan lists that
/// the annex does not have (so that it can be unticked).
class TasksModel : public PlanRowsModel {
    Q_OBJECT
  public:
    enum Column { Covered, Id, Name, Summary, Lead, ColumnCount };
    explicit TasksModel(Document* doc, QObject* parent = nullptr);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Covered (CheckStateRole) ticks or unticks the task; Summary and Lead
    /// (EditRole) set them on a covered task. Each is one undo command.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// The task id of a row ("a3.t2").
    std::string taskId(int row) const { return tasks_.at(static_cast<size_t>(row)); }
    int rowOf(const std::string& id) const;
    /// The names a lead may take: the applicant's, then each partner's.
    QStringList leadChoices() const;
    /// Whether the plan's class and annex give it tasks (a key project of an annex that lists them).
    bool hasTasks() const;

  private:
    void reload() override;
    std::vector<std::string> tasks_;
};

class TasksView : public QWidget {
    Q_OBJECT
  public:
    explicit TasksView(Document* doc, QWidget* parent = nullptr);
    TasksModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    /// The words shown when the call gives the plan no tasks.
    QLabel* noTasksLabel() const { return noTasks_; }
    /// The task rules' findings of the plan as it is now.
    QLabel* findingsLabel() const { return findings_; }

    /// Sizes the Name and Lead columns to their texts on one line, each within
    /// its share of the table's width; What the project does takes the rest.
    /// A column the user resized keeps its width.
    void fitColumns();

  protected:
    void changeEvent(QEvent* event) override;
    /// The table's width changed: the columns' shares change with it.
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

  private:
    void refresh();
    void retranslate();
    void showWords();
    bool fitting_ = false;
    bool unfitted_ = true;  ///< the texts changed while the tab was hidden
    /// The columns the user resized by hand (Name, Lead).
    QSet<int> userSized_;

    QPointer<Document> doc_;
    TasksModel* model_;
    QStackedWidget* stack_;
    QTableView* table_;
    QLabel *intro_, *words_, *findings_, *noTasks_;
};

}  // namespace cofund::ui
