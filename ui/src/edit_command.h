// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one undo command of the app: the plan before and after an edit. Every
// edit (a cell, a form field, a paste of a block, an added partner) is one of
// these, so undo restores the plan exactly, unknown fields included.

#include <QUndoCommand>

#include "cofund/plan.h"

namespace cofund::ui {

class Document;

class EditCommand : public QUndoCommand {
  public:
    EditCommand(Document* doc, const QString& text, Plan before, Plan after);
    void undo() override;
    void redo() override;

  private:
    Document* doc_;
    Plan before_, after_;
};

}  // namespace cofund::ui
