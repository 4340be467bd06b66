// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one undo command of the app: the plan before and after an edit. Every
// edit (a cell, a form field, a paste of a block, an added partner) is one of
// these, so undo restores the plan exactly, unknown fields included. Its text
// (the History panel's entry) is written by a function, so that it can be
// written again in another interface language or unit (retranslate()).

#include <QUndoCommand>

#include <functional>

#include "cofund/plan.h"

namespace cofund::ui {

class Document;

class EditCommand : public QUndoCommand {
  public:
    using Label = std::function<QString()>;
    EditCommand(Document* doc, Label label, Plan before, Plan after);
    void undo() override;
    void redo() override;
    /// Writes the text again (after a change of language or unit).
    void retranslate();

  private:
    Document* doc_;
    Label label_;
    Plan before_, after_;
};

}  // namespace cofund::ui
