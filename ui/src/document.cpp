// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include "app_language.h"
#include "cofund/plan_edit.h"
#include "cofund/plan_io.h"
#include "cofund/planner/files.h"
#include "cofund/projection.h"
#include "edit_command.h"

namespace cofund::ui {

Document::Document(QObject* parent) : QObject(parent) {
    connect(&stack_, &QUndoStack::cleanChanged, this, [this] { emit modifiedChanged(isModified()); });
    connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, this, &Document::retranslateHistory);
}

Document::~Document() {
    disconnect(&stack_, nullptr, this, nullptr);
    blockSignals(true);
}

planner::Calls& Document::calls() const {
    if (!calls_)
        calls_ = std::make_unique<planner::Calls>(
            planner::call_folders(QCoreApplication::applicationFilePath().toStdString()));
    return *calls_;
}

const Catalog& Document::catalog() const {
    if (plan_.call == builtin_catalog().id) return builtin_catalog();
    const Catalog* c = calls().find(plan_.call);
    return c ? *c : builtin_catalog();
}

QString Document::displayName() const {
    if (isExample()) return tr("Example — not your plan");
    return path_.isEmpty() ? tr("Untitled") : QFileInfo(path_).fileName();
}

const ProjectedValues& Document::projected() const {
    if (!projectedValid_) {
        projected_ = projected_values(plan_, catalog());
        projectedValid_ = true;
    }
    return projected_;
}

const BudgetSummary& Document::summary() const {
    if (!summary_) summary_.emplace(plan_);
    return *summary_;
}

const std::vector<Finding>& Document::findings() const {
    if (!findingsValid_) {
        const ProjectedValues& p = projected();
        findings_ = check_plan(plan_, catalog(), summary(), p.empty() ? nullptr : &p);
        findingsValid_ = true;
    }
    return findings_;
}

bool Document::edit(std::function<QString()> label, Plan after) {
    if (samePlan(plan_, after)) return false;
    stack_.push(new EditCommand(this, std::move(label), plan_, std::move(after)));
    return true;
}

bool Document::edit(const QString& text, Plan after) {
    return edit([text] { return text; }, std::move(after));
}

void Document::retranslateHistory() {
    for (int i = 0; i < stack_.count(); ++i)
        // The stack hands out const commands; every one of ours is an EditCommand.
        if (auto* c = dynamic_cast<EditCommand*>(const_cast<QUndoCommand*>(stack_.command(i)))) c->retranslate();
    emit historyRetranslated();
}

void Document::applyPlan(const Plan& plan) {
    plan_ = plan;
    changed();
}

void Document::changed() {
    ++generation_;
    findingsValid_ = false;
    summary_.reset();
    projectedValid_ = false;
    emit planChanged();
}

void Document::reset(Plan plan, QString path, bool modified) {
    stack_.clear();
    plan_ = std::move(plan);
    example_ = false;
    const bool pathChanged = path != path_;
    path_ = std::move(path);
    dirty_ = modified;
    emit documentReset();
    changed();
    emit modifiedChanged(isModified());
    if (pathChanged) emit filePathChanged(path_);
}

void Document::setExample(bool example) {
    if (example_ == example) return;
    example_ = example;
    emit filePathChanged(path_);  // the name shown changes
}

Result<Plan> Document::load(const QString& path) const {
    return planner::load_plan(path.toStdString(), calls());
}

Result<bool> Document::open(const QString& path) {
    Result<Plan> r = load(path);
    if (!r) return r.error();
    reset(std::move(r).value(), QFileInfo(path).absoluteFilePath());
    return true;
}

Result<bool> Document::saveAs(const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("cannot write %1: %2").arg(path, file.errorString()).toStdString()};
    // Every line and partner gets its id on save, so that import --base, diff and a
    // line's unit pair them for good (issue 25); the ids join the plan without an undo step.
    Plan saved = plan_;
    const bool ids = assign_line_ids(saved) + assign_partner_ids(saved) > 0;
    const QByteArray bytes = planBytes(saved);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Error{tr("cannot write %1: %2").arg(path, file.errorString()).toStdString()};
    }
    if (!file.commit()) return Error{tr("cannot save %1: %2").arg(path, file.errorString()).toStdString()};
    if (ids) {
        plan_ = std::move(saved);
        changed();
    }
    const QString abs = QFileInfo(path).absoluteFilePath();
    const bool pathChanged = abs != path_;
    path_ = abs;
    dirty_ = false;
    stack_.setClean();
    emit modifiedChanged(isModified());
    if (pathChanged) emit filePathChanged(path_);
    return true;
}

bool samePlan(const Plan& a, const Plan& b) {
    return plan_to_json(a) == plan_to_json(b);
}

QByteArray planBytes(const Plan& plan) {
    return QByteArray::fromStdString(write_plan(plan));
}

QString describe(const Error& error) {
    const Place& at = error.place;
    QString where;
    if (at.line && at.column)
        where = QCoreApplication::translate("Place", "line %1, column %2").arg(*at.line).arg(*at.column);
    else if (at.line)
        where = QCoreApplication::translate("Place", "line %1").arg(*at.line);
    if (at.pointer) {
        const QString pointer = at.pointer->empty() ? QStringLiteral("/") : qs(*at.pointer);
        where = where.isEmpty()
                    ? pointer
                    : QCoreApplication::translate("Place", "%1 (%2)", "a line and column, then a JSON pointer")
                          .arg(where, pointer);
    }
    const QString message = qs(error.in(lang()));  // the reader's refusals are in zh, en and ru
    if (where.isEmpty()) return message;
    return QCoreApplication::translate("Place", "%1: %2", "a place, then what is wrong there").arg(where, message);
}

}  // namespace cofund::ui
