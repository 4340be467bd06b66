// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The open plan of the desktop app: the plan, its undo stack, its file and
// whether it is modified. Every change goes through an EditCommand pushed on
// undoStack(); views never change the plan themselves, they listen to
// planChanged() and refresh.

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <functional>
#include <optional>
#include <vector>

#include "cofund/catalog.h"
#include "cofund/planner/calls.h"
#include "cofund/plan.h"
#include "cofund/result.h"
#include "cofund/rules.h"
#include "cofund/summary.h"

namespace cofund::ui {

class Document : public QObject {
    Q_OBJECT
  public:
    explicit Document(QObject* parent = nullptr);
    /// Announces nothing: the undo stack clearing itself is not a save, so a
    /// window torn down without a clean close keeps its recovery file.
    ~Document() override;

    const Plan& plan() const { return plan_; }
    /// The plan's call (its `call` among the calls known), else the built-in one.
    const Catalog& catalog() const;
    /// Every call the app knows: the built-in one and the call folders' files.
    planner::Calls& calls() const;
    QUndoStack* undoStack() { return &stack_; }

    /// The file the plan was read from or last saved to; empty for a new plan.
    QString filePath() const { return path_; }
    /// "annex3-fruit-veg-processing.plan.json", or "Untitled" for a new plan.
    QString displayName() const;
    /// Changed since the last open or save (or restored from a recovery file).
    bool isModified() const { return dirty_ || !stack_.isClean(); }
    /// Counts every change of the plan: the recovery timer writes when it moved.
    quint64 generation() const { return generation_; }

    /// The findings of the plan as it is now (computed once per change, from summary()).
    const std::vector<Finding>& findings() const;
    /// The plan's budget summary, the one source of every total: the rules, the
    /// grid, the status bar, the Summary tab and the charts read it. Summed once
    /// per plan version, when first asked after a change.
    const BudgetSummary& summary() const;
    /// The values the projection engine gives the indicators (computed once per change).
    const ProjectedValues& projected() const;

    /// Pushes one undoable edit that replaces the plan by `after`; nothing is
    /// pushed when `after` equals the current plan. Returns whether it pushed.
    /// `label` writes the History entry in the interface language, with the
    /// place and the old → new value; it is called again by retranslateHistory().
    bool edit(std::function<QString()> label, Plan after);
    /// An entry whose text never changes (tests, scripts).
    bool edit(const QString& text, Plan after);
    /// Writes every History entry again (the language or the unit changed) and
    /// announces historyRetranslated().

    /// Replaces the plan without undo history (New, Open, restore). `modified`
    /// marks it unsaved, e.g. when it comes from a recovery file.
    void reset(Plan plan, QString path, bool modified = false);
    /// Marks the plan as the built-in example (set after reset(); any reset()
    /// clears it). An example without a file is named "Example — not your plan".
    void setExample(bool example);
    /// The built-in example, not yet saved to a file of the user's.
    bool isExample() const { return example_ && path_.isEmpty(); }

    /// Reads a plan file against catalog() without opening it: the plan, or the
    /// reader's message (with place and hint). Changes nothing.
    Result<Plan> load(const QString& path) const;
    /// load() then reset(); on failure returns the reader's message and changes nothing.
    Result<bool> open(const QString& path);
    /// Writes through QSaveFile; the file is replaced only when commit() succeeds.
    /// Lines and partners without an id get one (assign_line_ids), kept in the plan.
    Result<bool> saveAs(const QString& path);

    void retranslateHistory();

    /// Called by EditCommand only: sets the plan and announces it.
    void applyPlan(const Plan& plan);

  signals:
    /// The plan changed (an edit, undo, redo, open, new).
    void planChanged();
    /// The whole plan was replaced (open, new): views rebuild.
    void documentReset();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);
    /// The texts of the undo entries were written again.
    void historyRetranslated();

  private:
    mutable std::unique_ptr<planner::Calls> calls_;  ///< read when first asked for
    void changed();

    Plan plan_;
    QUndoStack stack_;
    QString path_;
    bool dirty_ = false;
    bool example_ = false;
    quint64 generation_ = 0;
    mutable bool findingsValid_ = false;
    mutable std::vector<Finding> findings_;
    mutable std::optional<BudgetSummary> summary_;
    mutable bool projectedValid_ = false;
    mutable ProjectedValues projected_;
};

/// Plans are compared through their JSON (every known and unknown field).
bool samePlan(const Plan& a, const Plan& b);

/// The plan's file text, UTF-8.
QByteArray planBytes(const Plan& plan);

/// An error with its place in the interface language, for a dialog:
/// "line 3, column 5: message", "第 3 行第 5 列：message", "/budget/2/amount: message",
/// "line 40 (/budget/2/amount): message". The message in the interface language
/// when the engine wrote it in three (the plan reader's refusals), else as written.
QString describe(const Error& error);

}  // namespace cofund::ui
