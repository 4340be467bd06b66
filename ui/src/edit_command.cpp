// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit_command.h"

#include "document.h"

namespace cofund::ui {

EditCommand::EditCommand(Document* doc, const QString& text, Plan before, Plan after)
    : QUndoCommand(text), doc_(doc), before_(std::move(before)), after_(std::move(after)) {}

void EditCommand::undo() {
    doc_->applyPlan(before_);
}
void EditCommand::redo() {
    doc_->applyPlan(after_);
}

}  // namespace cofund::ui
