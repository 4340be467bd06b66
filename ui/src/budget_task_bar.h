// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The budget grid's tasks (issue 17): a filter that shows the lines of one task
// (or of none) and a button that names a task on the lines of the selected
// cells, as one undo command. The tasks offered are the plan's annex's, then any
// other the plan lists or a line names. Beside them, where the plan has
// partners, a filter that shows the lines of one unit (issue 26).

#include <QWidget>

#include <string>

class QComboBox;
class QLabel;
class QPushButton;

namespace cofund::ui {

class BudgetModel;
class BudgetView;
class Document;

class BudgetTaskBar : public QWidget {
    Q_OBJECT
  public:
    BudgetTaskBar(Document* doc, BudgetModel* model, BudgetView* view, QWidget* parent = nullptr);
    QComboBox* filter() const { return filter_; }
    /// The unit filter: every unit, the applicant, each partner (by name).
    QComboBox* unitFilter() const { return unitFilter_; }
    QPushButton* assignButton() const { return assign_; }
    /// Names `task` ("" for none) on the lines of the grid's selected cells.
    int assignToSelection(const std::string& task);
    /// The (id, label) of each task offered; the filter's entries, the button's
    /// menu and the Lines view's task editor.
    QList<QPair<QString, QString>> tasks() const;
    /// Whether the bar is shown (setVisible(false) where the plan has nothing to filter by).
    bool offered() const { return offered_; }

  signals:
    /// The bar was shown or hidden (it shows only where the plan has tasks or units to filter by).
    void shownChanged(bool shown);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void fill();
    void fillUnits();
    void retranslate();

    Document* doc_;
    BudgetModel* model_;
    BudgetView* view_;
    QLabel *label_, *unitLabel_;
    QComboBox *filter_, *unitFilter_;
    QPushButton* assign_;
    bool offered_ = true;
};

}  // namespace cofund::ui
