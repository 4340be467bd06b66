// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The project and applicant form. Each field change is one undo command;
// the form reloads from the plan after every change (undo included). The
// applicant's facts follow the plan's call (issue 24): a fact is shown where a
// rule of the call that applies to the plan reads it — the 2018 call's region,
// unfinished projects, agreement and its annex's producer, cooperation and
// proof requirements; a later call's dates (applicant.registered_on,
// leader_born_on) and its declarations (applicant.declarations.<id>), named as
// the call names them.

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "cofund/plan.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QVBoxLayout;

namespace cofund::ui {

class Document;

/// The members' names of a line as typed: split at ",", "，", "、" and ";", blanks trimmed, empty ones dropped.
QStringList splitNames(const QString& typed);
/// How the members field joins the names: "、" in Chinese, ", " otherwise.
QString memberSeparator();

class ProjectForm : public QWidget {
    Q_OBJECT
  public:
    explicit ProjectForm(Document* doc, QWidget* parent = nullptr);
    /// The field a JSON pointer of the plan names ("/applicant/type"), or null.
    QWidget* fieldFor(const QString& pointer) const;

  signals:
    void inputRejected(const QString& message);

  protected:
    void changeEvent(QEvent* event) override;
    /// Ctrl+Z (Ctrl+Shift+Z) in a text field undoes (redoes) the field's own
    /// typing first; once the field has nothing left to undo (its edit was
    /// committed, or it was never typed in) the key goes to the plan's undo stack.
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    /// One declaration of the call: a check box and its name, wrapped (a Russian
    /// name is as wide as the column).
    struct Declaration {
        QWidget* row = nullptr;
        QCheckBox* box = nullptr;
        QLabel* name = nullptr;
    };
    /// Builds a check box for each declaration id of the call (fillChoices()).
    void fillDeclarations();
    /// Shows the facts the call's rules read for the plan as it is now, hides the rest.
    void showFacts();
    /// A date fact (applicant.registered_on, leader_born_on), kept in the applicant's members as written.
    QLineEdit* dateField(const QString& pointer, const char* key);
    /// The annex's place and indicators wrapped at the label's width, as tall as its lines.
    void fitAnnexInfo();
    void load();
    void retranslate();
    void fillChoices();
    std::string filledFor_;  ///< the call whose choices the combo boxes hold
    /// Edits a copy of the plan and pushes it as one command, whose History
    /// entry names the field and its old → new value.
    void commit(QWidget* field, const std::function<bool(Plan&)>& change);
    /// A field's value as shown (text, combo data, number, checked).
    static QVariant fieldValue(const QWidget* field);
    /// A value of a field for the History, in the language of the moment.
    static QString fieldText(const QWidget* field, const QVariant& value);
    /// The field's label without mnemonic and colon.
    QString fieldName(const QWidget* field) const;
    QLineEdit* lineEdit(const QString& pointer, const std::function<bool(Plan&, const QString&)>& store);
    QCheckBox* checkBox(const QString& pointer, bool Applicant::*member);

    QPointer<Document> doc_;
    bool loading_ = false;
    QHash<QString, QWidget*> fields_;
    QHash<QWidget*, QLabel*> labels_;
    /// Each field's value as the plan last gave it (the "old" of the next edit).
    QHash<const QWidget*, QVariant> shown_;

    QGroupBox *projectBox_, *applicantBox_, *assumptionsBox_;
    QFormLayout *projectForm_, *applicantForm_, *assumptionsForm_;
    QLineEdit *title_, *leader_, *members_;
    QComboBox *klass_, *annex_, *direction_, *scope_, *applicantType_;
    QSpinBox *startYear_, *endYear_, *unfinished_;
    QLineEdit *applicantName_, *revenue_, *export_, *usdCny_, *discount_;
    QCheckBox *registered_, *legalPerson_, *production_, *haccp_, *south_, *agreement_, *prior_, *proof_;
    QLineEdit *registeredOn_, *leaderBornOn_;
    QGroupBox* declarationsBox_;
    QVBoxLayout* declarationsLayout_;
    std::vector<std::pair<std::string, Declaration>> declarations_;  ///< by the rule's id, in the call's order
    QLabel* annexInfo_;
};

}  // namespace cofund::ui
