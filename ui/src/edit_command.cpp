// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit_command.h"

#include "document.h"

namespace cofund::ui {

EditCommand::EditCommand(Document* doc, Label label, Plan before, Plan after)
    : doc_(doc), label_(std::move(label)), before_(std::move(before)), after_(std::move(after)) {
    retranslate();
}

void EditCommand::undo() {
    doc_->applyPlan(before_);
}
void EditCommand::redo() {
    doc_->applyPlan(after_);
}

void EditCommand::retranslate() {
    if (label_) setText(label_());
}

}  // namespace cofund::ui
