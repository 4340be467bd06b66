// SPDX-License-Identifier: GPL-3.0-or-later
#include "project_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include "app_language.h"
#include "budget_view.h"
#include "document.h"
#include "models.h"

#include "cofund/planner/spreadsheet.h"

namespace cofund::ui {

ProjectForm::ProjectForm(Document* doc, QWidget* parent) : QWidget(parent), doc_(doc) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto* inner = new QWidget(scroll);
    scroll->setWidget(inner);
    auto* columns = new QHBoxLayout(inner);
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    columns->addLayout(left, 3);  // the project column holds the long titles
    columns->addLayout(right, 2);

    projectBox_ = new QGroupBox(inner);
    projectForm_ = new QFormLayout(projectBox_);
    applicantBox_ = new QGroupBox(inner);
    applicantForm_ = new QFormLayout(applicantBox_);
    assumptionsBox_ = new QGroupBox(inner);
    assumptionsForm_ = new QFormLayout(assumptionsBox_);
    for (QFormLayout* f : {projectForm_, applicantForm_, assumptionsForm_}) {
        f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        f->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    left->addWidget(projectBox_);
    left->addWidget(assumptionsBox_);
    left->addStretch(1);
    right->addWidget(applicantBox_);
    // The call's declarations (issue 24): a box of their own, filled by fillDeclarations().
    declarationsBox_ = new QGroupBox(inner);
    declarationsBox_->setObjectName(QStringLiteral("declarations"));
    declarationsLayout_ = new QVBoxLayout(declarationsBox_);
    declarationsLayout_->setSpacing(4);
    right->addWidget(declarationsBox_);
    right->addStretch(1);

    auto addRow = [this](QFormLayout* form, QWidget* field) {
        auto* label = new QLabel(field->parentWidget());
        label->setBuddy(field);
        form->addRow(label, field);
        labels_[field] = label;
    };

    // Project
    title_ = lineEdit("/project/title", [](Plan& p, const QString& v) {
        if (v.trimmed().isEmpty()) return false;
        p.project.title = v.trimmed().toStdString();
        return true;
    });
    addRow(projectForm_, title_);
    klass_ = new ElidingComboBox(projectBox_);
    fields_["/project/class"] = klass_;
    addRow(projectForm_, klass_);
    annex_ = new ElidingComboBox(projectBox_);
    fields_["/project/annex"] = annex_;
    addRow(projectForm_, annex_);
    direction_ = new ElidingComboBox(projectBox_);
    fields_["/project/direction"] = direction_;
    addRow(projectForm_, direction_);
    annexInfo_ = new QLabel(projectBox_);
    annexInfo_->setObjectName(QStringLiteral("annexInfo"));
    // Wrapped: at 1366 px the field is ~220 px and "Almaty city · 13 indicators (8 binding) ·
    // self-raised ≥ 2 × fiscal" was cut off mid-letter (issue 14). As tall as its lines at
    // its width (fitAnnexInfo()): QFormLayout would reserve a wrapped label's taller hint.
    annexInfo_->setWordWrap(true);
    annexInfo_->installEventFilter(this);
    annexInfo_->setStyleSheet(QStringLiteral("color: #555;"));
    projectForm_->addRow(QString(), annexInfo_);
    scope_ = new ElidingComboBox(projectBox_);
    fields_["/project/scope"] = scope_;
    addRow(projectForm_, scope_);
    startYear_ = new QSpinBox(projectBox_);
    startYear_->setRange(2000, 2100);
    fields_["/project/start_year"] = startYear_;
    addRow(projectForm_, startYear_);
    endYear_ = new QSpinBox(projectBox_);
    endYear_->setRange(2000, 2100);
    fields_["/project/end_year"] = endYear_;
    addRow(projectForm_, endYear_);
    // The people (project.leader, project.members): a call's program limits per
    // person count them (kind program_limit, `cofund portfolio`); the forms ask them always.
    leader_ = lineEdit("/project/leader", [](Plan& p, const QString& v) {
        p.project.leader = v.trimmed().toStdString();
        return true;
    });
    addRow(projectForm_, leader_);
    members_ = lineEdit("/project/members", [](Plan& p, const QString& v) {
        p.project.members.clear();
        for (const QString& name : splitNames(v)) p.project.members.push_back(name.toStdString());
        return true;
    });
    addRow(projectForm_, members_);

    // Applicant
    applicantName_ = lineEdit("/applicant/name", [](Plan& p, const QString& v) {
        p.applicant.name = v.trimmed().toStdString();
        return true;
    });
    addRow(applicantForm_, applicantName_);
    applicantType_ = new ElidingComboBox(applicantBox_);
    fields_["/applicant/type"] = applicantType_;
    addRow(applicantForm_, applicantType_);
    registered_ = checkBox("/applicant/registered_in_region", &Applicant::registered_in_region);
    legalPerson_ = checkBox("/applicant/legal_person", &Applicant::legal_person);
    production_ = checkBox("/applicant/production_enterprise", &Applicant::production_enterprise);
    haccp_ = checkBox("/applicant/haccp_certified", &Applicant::haccp_certified);
    south_ = checkBox("/applicant/south_xinjiang", &Applicant::south_xinjiang);
    agreement_ = checkBox("/applicant/cooperation_agreement", &Applicant::cooperation_agreement);
    prior_ = checkBox("/applicant/prior_cooperation", &Applicant::prior_cooperation);
    proof_ = checkBox("/applicant/matching_funds_proof", &Applicant::matching_funds_proof);
    for (QCheckBox* c : {registered_, legalPerson_, production_, haccp_, south_, agreement_, prior_, proof_})
        applicantForm_->addRow(QString(), c);
    auto moneyField = [this](const QString& pointer, std::optional<Money> Applicant::*member) {
        return lineEdit(pointer, [this, member](Plan& p, const QString& v) {
            if (v.trimmed().isEmpty()) {
                p.applicant.*member = std::nullopt;
                return true;
            }
            Result<Money> m = parseMoney(v, MoneyUnit::yuan);
            if (!m) {
                emit inputRejected(tr("%1 is not an amount: %2").arg(v, describe(m.error())));
                return false;
            }
            p.applicant.*member = *m;
            return true;
        });
    };
    revenue_ = moneyField("/applicant/avg_revenue", &Applicant::avg_revenue);
    addRow(applicantForm_, revenue_);
    export_ = moneyField("/applicant/avg_export_usd", &Applicant::avg_export_usd);
    addRow(applicantForm_, export_);
    unfinished_ = new QSpinBox(applicantBox_);
    unfinished_->setRange(0, 99);
    fields_["/applicant/unfinished_projects"] = unfinished_;
    addRow(applicantForm_, unfinished_);
    // The dates a later call's rules read (kind "date"): as written in the file, YYYY-MM-DD.
    registeredOn_ = dateField("/applicant/registered_on", "registered_on");
    addRow(applicantForm_, registeredOn_);
    leaderBornOn_ = dateField("/applicant/leader_born_on", "leader_born_on");
    addRow(applicantForm_, leaderBornOn_);

    // Assumptions
    auto decimalField = [this](const QString& pointer, std::optional<Decimal> Assumptions::*member) {
        return lineEdit(pointer, [this, member](Plan& p, const QString& v) {
            const QString t = v.trimmed();
            if (t.isEmpty()) {
                if (p.assumptions) (*p.assumptions).*member = std::nullopt;
                return true;
            }
            Result<Rational> r = parse_decimal(t.toStdString());
            if (!r || r->sign() < 0) {
                emit inputRejected(tr("%1 is not a value of at least 0").arg(t));
                return false;
            }
            if (!p.assumptions) p.assumptions = Assumptions{};
            (*p.assumptions).*member = Decimal{t.toStdString(), *r};
            return true;
        });
    };
    usdCny_ = decimalField("/assumptions/usd_cny", &Assumptions::usd_cny);
    addRow(assumptionsForm_, usdCny_);
    discount_ = decimalField("/assumptions/discount_rate", &Assumptions::discount_rate);
    addRow(assumptionsForm_, discount_);

    // Long annex and direction names must not widen the form: the combo boxes elide.
    for (QComboBox* box : {klass_, annex_, direction_, scope_, applicantType_}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(16);
    }
    annexInfo_->setMinimumWidth(100);

    // Combo boxes and spin boxes: one command per change.
    connect(klass_, &QComboBox::activated, this, [this](int i) {
        commit(klass_, [this, i](Plan& p) {
            // The class's track says what a project names: an annex, a direction, or neither.
            const Catalog& cat = doc_->catalog();
            const ClassInfo& k = cat.klass(klass_->itemData(i).toString().toStdString());
            p.project.klass = k.id;
            if (k.track == Track::annex) {
                p.project.direction.reset();
                if (!p.project.annex && !cat.annexes.empty()) p.project.annex = cat.annexes.front().number;
            } else if (k.track == Track::direction) {
                p.project.annex.reset();
                if (!p.project.direction && !cat.directions.empty()) p.project.direction = cat.directions.front().number;
            } else {
                p.project.annex.reset();
                p.project.direction.reset();
            }
            return true;
        });
    });
    connect(annex_, &QComboBox::activated, this, [this](int i) {
        commit(annex_, [this, i](Plan& p) {
            p.project.annex = annex_->itemData(i).toInt();
            return true;
        });
    });
    connect(direction_, &QComboBox::activated, this, [this](int i) {
        commit(direction_, [this, i](Plan& p) {
            p.project.direction = direction_->itemData(i).toInt();
            return true;
        });
    });
    connect(scope_, &QComboBox::activated, this, [this](int i) {
        commit(scope_, [this, i](Plan& p) {
            p.project.scope = scope_->itemData(i).toString() == "subproject" ? Scope::subproject : Scope::whole;
            p.project.scope_stated = true;
            return true;
        });
    });
    connect(applicantType_, &QComboBox::activated, this, [this](int i) {
        commit(applicantType_, [this, i](Plan& p) {
            auto t = org_type_from_id(applicantType_->itemData(i).toString().toStdString());
            if (!t) return false;
            p.applicant.type = *t;
            return true;
        });
    });
    auto spin = [this](QSpinBox* box, int Project::*projectMember, int Applicant::*applicantMember) {
        connect(box, &QSpinBox::editingFinished, this, [=, this] {
            if (loading_) return;
            commit(box, [=](Plan& p) {
                if (projectMember)
                    p.project.*projectMember = box->value();
                else
                    p.applicant.*applicantMember = box->value();
                return true;
            });
        });
    };
    spin(startYear_, &Project::start_year, nullptr);
    spin(endYear_, &Project::end_year, nullptr);
    spin(unfinished_, nullptr, &Applicant::unfinished_projects);

    setTabOrder(title_, klass_);
    setTabOrder(klass_, annex_);
    setTabOrder(annex_, direction_);
    setTabOrder(direction_, scope_);
    setTabOrder(scope_, startYear_);
    setTabOrder(startYear_, endYear_);
    setTabOrder(endYear_, leader_);
    setTabOrder(leader_, members_);
    setTabOrder(members_, usdCny_);
    setTabOrder(usdCny_, discount_);
    setTabOrder(discount_, applicantName_);
    setTabOrder(applicantName_, applicantType_);
    QWidget* prev = applicantType_;
    for (QWidget* w :
         std::initializer_list<QWidget*>{registered_, legalPerson_, production_, haccp_, south_, agreement_, prior_,
                                         proof_, revenue_, export_, unfinished_, registeredOn_, leaderBornOn_}) {
        setTabOrder(prev, w);
        prev = w;
    }

    retranslate();
    load();
    connect(doc, &Document::planChanged, this, &ProjectForm::load);
    // The call's own words (classes, declarations) follow lang(), which is set after
    // the LanguageChange events: named again once it is.
    connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, this, &ProjectForm::retranslate);
}

QStringList splitNames(const QString& typed) {
    static const QRegularExpression separators(QStringLiteral("[,，、;；]"));
    QStringList names;
    for (const QString& part : typed.split(separators))
        if (!part.trimmed().isEmpty()) names << part.trimmed();
    return names;
}

QString memberSeparator() {
    return lang() == Lang::zh ? QStringLiteral("、") : QStringLiteral(", ");
}

QLineEdit* ProjectForm::lineEdit(const QString& pointer, const std::function<bool(Plan&, const QString&)>& store) {
    auto* edit = new QLineEdit(this);
    fields_[pointer] = edit;
    edit->installEventFilter(this);
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, store] {
        if (loading_ || !edit->isModified()) return;
        edit->setModified(false);
        commit(edit, [&](Plan& p) { return store(p, edit->text()); });
        load();  // a refused value goes back to the plan's
    });
    return edit;
}

bool ProjectForm::eventFilter(QObject* watched, QEvent* event) {
    if (watched == annexInfo_ && event->type() == QEvent::Resize) fitAnnexInfo();
    auto* edit = qobject_cast<QLineEdit*>(watched);
    if (edit && event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool undo = key->matches(QKeySequence::Undo), redo = key->matches(QKeySequence::Redo);
        // QLineEdit claims these keys even with an empty history of its own;
        // left unclaimed, the window's Undo and Redo actions (the plan's) get them.
        if ((undo && !edit->isUndoAvailable()) || (redo && !edit->isRedoAvailable())) {
            // Its typing undone to the plan's text: nothing of the field is pending.
            if (edit->text() == shown_.value(edit).toString()) edit->setModified(false);
            key->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProjectForm::fitAnnexInfo() {
    // Measured here: QLabel::heightForWidth() answered 108 px (six lines) at 222 px for three.
    const QRect lines = annexInfo_->fontMetrics().boundingRect(QRect(0, 0, annexInfo_->contentsRect().width(), 100'000),
                                                               Qt::AlignLeft | Qt::TextWordWrap, annexInfo_->text());
    const int h =
        annexInfo_->text().isEmpty() ? 0 : lines.height() + annexInfo_->height() - annexInfo_->contentsRect().height();
    if (h != annexInfo_->minimumHeight() || h != annexInfo_->maximumHeight()) annexInfo_->setFixedHeight(h);
}

QLineEdit* ProjectForm::dateField(const QString& pointer, const char* key) {
    return lineEdit(pointer, [this, key](Plan& p, const QString& v) {
        const QString t = v.trimmed();
        Extra& a = p.applicant.extra;
        if (!a.is_object()) a = Extra::object();
        if (t.isEmpty()) {
            a.erase(key);
            return true;
        }
        // The rule compares the text: only a real day written as the plan format says goes in.
        if (!is_iso_date(t.toStdString()) || !QDate::fromString(t, Qt::ISODate).isValid()) {
            emit inputRejected(tr("%1 is not a date written YYYY-MM-DD, such as 2019-05-20").arg(t));
            return false;
        }
        a[key] = t.toStdString();
        return true;
    });
}

namespace {
/// A check box's name beside it, wrapped; a click on the name toggles the box as on the box's own text.
class CheckName : public QLabel {
  public:
    CheckName(QCheckBox* box, QWidget* parent) : QLabel(parent), box_(box) {
        setWordWrap(true);
        setBuddy(box);
        setCursor(Qt::PointingHandCursor);
    }

  protected:
    void mouseReleaseEvent(QMouseEvent* e) override {
        if (e->button() == Qt::LeftButton && rect().contains(e->position().toPoint()) && box_->isEnabled()) {
            box_->setFocus(Qt::MouseFocusReason);
            box_->toggle();
        }
        QLabel::mouseReleaseEvent(e);
    }

  private:
    QCheckBox* box_;
};
}  // namespace

void ProjectForm::fillDeclarations() {
    const Catalog& cat = doc_->catalog();
    std::vector<std::pair<std::string, const Text*>> wanted;  // each id once, in the call's order
    for (const DeclarationRule& r : cat.declaration_rules)
        if (std::none_of(wanted.begin(), wanted.end(), [&](const auto& w) { return w.first == r.id; }))
            wanted.emplace_back(r.id, &r.name);
    bool same = wanted.size() == declarations_.size();
    for (std::size_t k = 0; same && k < wanted.size(); ++k) same = wanted[k].first == declarations_[k].first;
    if (!same) {
        for (auto& [id, d] : declarations_) {
            fields_.remove(QStringLiteral("/applicant/declarations/") + qs(id));
            labels_.remove(d.box);
            shown_.remove(d.box);
            d.row->hide();
            d.row->deleteLater();
        }
        declarations_.clear();
        for (const auto& [id, name] : wanted) {
            Declaration d;
            d.row = new QWidget(declarationsBox_);
            auto* row = new QHBoxLayout(d.row);
            row->setContentsMargins(0, 0, 0, 0);
            d.box = new QCheckBox(d.row);
            d.box->setObjectName(QStringLiteral("declaration_") + qs(id));
            d.name = new CheckName(d.box, d.row);
            row->addWidget(d.box, 0, Qt::AlignTop);
            row->addWidget(d.name, 1);
            declarationsLayout_->addWidget(d.row);
            const QString pointer = QStringLiteral("/applicant/declarations/") + qs(id);
            fields_[pointer] = d.box;
            labels_[d.box] = d.name;
            QCheckBox* box = d.box;
            connect(box, &QCheckBox::toggled, this, [this, box, key = id](bool on) {
                if (loading_) return;
                commit(box, [&](Plan& p) {
                    Extra& a = p.applicant.extra;
                    if (!a.is_object()) a = Extra::object();
                    Extra& all = a["declarations"];
                    if (!all.is_object()) all = Extra::object();
                    all[key] = on;
                    return true;
                });
            });
            declarations_.emplace_back(id, d);
        }
    }
    // The call's words, with the clauses that ask for it in the tooltip.
    for (auto& [id, d] : declarations_) {
        QStringList clauses;
        for (const DeclarationRule& r : cat.declaration_rules)
            if (r.id == id) {
                d.name->setText(text(r.name));
                if (!clauses.contains(qs(r.clause))) clauses << qs(r.clause);
            }
        d.box->setToolTip(tr("applicant.declarations.%1 (clause %2)").arg(qs(id), clauses.join(QStringLiteral(", "))));
        d.name->setToolTip(d.box->toolTip());
    }
}

void ProjectForm::showFacts() {
    const Plan& p = doc_->plan();
    const Catalog& cat = doc_->catalog();
    // The annex's requirements bind only a project of that annex.
    const Annex* annex =
        p.project.annex && cat.klass(p.project.klass).track == Track::annex ? cat.annex(*p.project.annex) : nullptr;
    const ProducerRequirement* producer = annex && annex->producer ? &*annex->producer : nullptr;
    auto show = [this](QWidget* field, bool visible) { applicantForm_->setRowVisible(field, visible); };
    // A call without annexes or directions (Hebei 2026) shows neither, nor a scope no rule reads.
    const bool tracks = !cat.annexes.empty() || !cat.directions.empty();
    projectForm_->setRowVisible(annex_, !cat.annexes.empty());
    projectForm_->setRowVisible(direction_, !cat.directions.empty());
    projectForm_->setRowVisible(annexInfo_, tracks);
    projectForm_->setRowVisible(scope_, !cat.annexes.empty() || !cat.eligibility_clause("scope_clause").empty() ||
                                            p.project.scope == Scope::subproject);
    show(registered_, !cat.eligibility_clause("region_clause").empty());
    show(unfinished_, !cat.eligibility_clause("unfinished_clause").empty());
    show(agreement_, !cat.eligibility_clause("agreement_clause").empty());
    show(legalPerson_, producer && producer->legal_person);
    show(production_, producer && producer->production);
    show(haccp_, producer && producer->haccp);
    show(south_, producer && producer->south_revenue_floor);
    show(revenue_, producer && (producer->revenue_floor || producer->south_revenue_floor));
    show(export_, producer && producer->export_floor_usd);
    show(prior_, annex && annex->prior_cooperation);
    show(proof_, annex && annex->matching_proof);
    // A date is shown where a date rule on it applies; its tooltip says the limit and the clause.
    for (auto [field, fact] :
         {std::pair{registeredOn_, DateFact::registered_on}, std::pair{leaderBornOn_, DateFact::leader_born_on}}) {
        QStringList limits;
        for (const DateRule& r : cat.date_rules)
            if (r.fact == fact && r.when.holds(p))
                limits << (r.on_or_before ? tr("on or before %1 (clause %2)") : tr("on or after %1 (clause %2)"))
                              .arg(qs(r.limit), qs(r.clause));
        show(field, !limits.isEmpty());
        field->setToolTip(limits.join(QStringLiteral("\n")));
    }
    int shownDeclarations = 0;
    for (auto& [id, d] : declarations_) {
        const bool applies =
            std::any_of(cat.declaration_rules.begin(), cat.declaration_rules.end(),
                        [&, &id = id](const DeclarationRule& r) { return r.id == id && r.when.holds(p); });
        d.row->setVisible(applies);
        shownDeclarations += applies;
    }
    declarationsBox_->setVisible(shownDeclarations > 0);
}

QCheckBox* ProjectForm::checkBox(const QString& pointer, bool Applicant::*member) {
    auto* box = new QCheckBox(this);
    fields_[pointer] = box;
    connect(box, &QCheckBox::toggled, this, [this, box, member](bool on) {
        if (loading_) return;
        commit(box, [&](Plan& p) {
            p.applicant.*member = on;
            return true;
        });
    });
    return box;
}

QVariant ProjectForm::fieldValue(const QWidget* field) {
    if (auto* e = qobject_cast<const QLineEdit*>(field)) return e->text();
    if (auto* b = qobject_cast<const QComboBox*>(field)) return b->currentData();
    if (auto* s = qobject_cast<const QSpinBox*>(field)) return s->value();
    if (auto* c = qobject_cast<const QCheckBox*>(field)) return c->isChecked();
    return {};
}

QString ProjectForm::fieldText(const QWidget* field, const QVariant& value) {
    const QString none = QStringLiteral("—");
    if (auto* b = qobject_cast<const QComboBox*>(field)) {
        const int i = b->findData(value);
        return i >= 0 ? b->itemText(i) : none;
    }
    if (qobject_cast<const QCheckBox*>(field)) return text(value.toBool() ? planner::yes_text() : planner::no_text());
    const QString t = value.toString();
    return t.isEmpty() ? none : t;
}

QString ProjectForm::fieldName(const QWidget* field) const {
    QString name;
    if (QLabel* l = labels_.value(const_cast<QWidget*>(field)))
        name = l->text();
    else if (auto* c = qobject_cast<const QCheckBox*>(field))
        name = c->text();
    return name.remove('&').remove(':').remove(u'：').trimmed();
}

void ProjectForm::commit(QWidget* field, const std::function<bool(Plan&)>& change) {
    if (!doc_ || loading_) return;
    Plan plan = doc_->plan();
    if (!change(plan)) {
        load();
        return;
    }
    // "Title: old → new", written again in each language the History is shown in.
    const QVariant before = shown_.value(field), after = fieldValue(field);
    QPointer<ProjectForm> self(this);
    QPointer<QWidget> w(field);
    doc_->edit(
        [self, w, before, after] {
            if (!self || !w) return QString();
            return tr("%1: %2 → %3").arg(self->fieldName(w), fieldText(w, before), fieldText(w, after));
        },
        std::move(plan));
}

QWidget* ProjectForm::fieldFor(const QString& pointer) const {
    for (QString p = pointer; !p.isEmpty(); p = p.left(p.lastIndexOf('/'))) {
        if (QWidget* w = fields_.value(p)) return w;
    }
    if (pointer.startsWith("/applicant")) return applicantName_;
    if (pointer.startsWith("/project")) return title_;
    return nullptr;
}

void ProjectForm::fillChoices() {
    const Catalog& cat = doc_->catalog();
    const bool was = loading_;
    loading_ = true;
    klass_->clear();
    for (const ClassInfo& k : cat.classes) klass_->addItem(text(k.name), QString::fromStdString(k.id));
    annex_->clear();
    for (const Annex& a : cat.annexes) annex_->addItem(tr("Annex %1 — %2").arg(a.number).arg(text(a.title)), a.number);
    direction_->clear();
    for (const Direction& d : cat.directions) {
        QString name = text(d.name);
        direction_->addItem(tr("Direction %1 — %2").arg(d.number).arg(name), d.number);
        direction_->setItemData(direction_->count() - 1, name, Qt::ToolTipRole);
    }
    scope_->clear();
    scope_->addItem(tr("Whole annex"), QStringLiteral("whole"));
    scope_->addItem(tr("Subproject (课题)"), QStringLiteral("subproject"));
    applicantType_->clear();
    for (OrgType t : {OrgType::enterprise, OrgType::institute, OrgType::university, OrgType::other})
        applicantType_->addItem(orgTypeName(t), QString::fromStdString(std::string(to_id(t))));
    fillDeclarations();
    loading_ = was;
}

void ProjectForm::load() {
    if (!doc_) return;
    // Another call (File › New, Open): its classes, annexes, directions and region.
    if (doc_->catalog().id != filledFor_) {
        filledFor_ = doc_->catalog().id;
        retranslate();
        return;  // retranslate() fills the choices and loads
    }
    loading_ = true;
    const Plan& p = doc_->plan();
    const Catalog& cat = doc_->catalog();
    auto setText = [this](QLineEdit* e, const QString& t) {
        if (!e->hasFocus() || !e->isModified()) e->setText(t);
        e->setCursorPosition(0);
        shown_[e] = t;
    };
    setText(title_, qs(p.project.title));
    title_->setToolTip(qs(p.project.title));
    setText(leader_, qs(p.project.leader));
    QStringList members;
    for (const std::string& m : p.project.members) members << qs(m);
    setText(members_, members.join(memberSeparator()));
    const Track track = cat.klass(p.project.klass).track;
    const bool key = track == Track::annex;
    klass_->setCurrentIndex(klass_->findData(QString::fromStdString(p.project.klass)));
    annex_->setEnabled(key);
    direction_->setEnabled(track == Track::direction);
    annex_->setCurrentIndex(p.project.annex ? annex_->findData(*p.project.annex) : -1);
    direction_->setCurrentIndex(p.project.direction ? direction_->findData(*p.project.direction) : -1);
    QString info;
    if (key && p.project.annex) {
        if (const Annex* a = cat.annex(*p.project.annex)) {
            int binding = 0;
            for (const Indicator& i : a->indicators) binding += i.kind == IndicatorKind::binding;
            info = tr("%1 · %2 indicators (%3 binding)").arg(text(a->location)).arg(a->indicators.size()).arg(binding);
            auto ratios = cat.ratio_rules_of_annex(a->number);
            if (!ratios.empty()) info += tr(" · self-raised ≥ %1 × fiscal").arg(qs(ratios.front()->multiple_text));
        }
    } else if (p.project.direction) {
        if (const Direction* d = cat.direction(*p.project.direction)) info = text(d->name);
    }
    annexInfo_->setToolTip(info);
    // The annex's facts whole; a direction's paragraph (600 letters in Russian) in its
    // first 120, whole in the tooltip.
    const QString shown = info.size() > 120 ? info.left(118) + QStringLiteral("…") : info;
    if (shown != annexInfo_->text()) {  // load() follows every edit: measured only when it changes
        annexInfo_->setText(shown);
        fitAnnexInfo();
    }
    scope_->setCurrentIndex(p.project.scope == Scope::subproject ? 1 : 0);
    startYear_->setValue(p.project.start_year);
    endYear_->setValue(p.project.end_year);

    const Applicant& a = p.applicant;
    setText(applicantName_, qs(a.name));
    applicantType_->setCurrentIndex(applicantType_->findData(QString::fromStdString(std::string(to_id(a.type)))));
    registered_->setChecked(a.registered_in_region);
    legalPerson_->setChecked(a.legal_person);
    production_->setChecked(a.production_enterprise);
    haccp_->setChecked(a.haccp_certified);
    south_->setChecked(a.south_xinjiang);
    agreement_->setChecked(a.cooperation_agreement);
    prior_->setChecked(a.prior_cooperation);
    proof_->setChecked(a.matching_funds_proof);
    setText(revenue_, a.avg_revenue ? formatMoney(*a.avg_revenue, MoneyUnit::yuan) : QString());
    setText(export_, a.avg_export_usd ? formatMoney(*a.avg_export_usd, MoneyUnit::yuan) : QString());
    unfinished_->setValue(a.unfinished_projects);
    // The later calls' facts, kept in the applicant's members as the file wrote them.
    const Extra* declared = nullptr;
    for (auto [field, key] : {std::pair{registeredOn_, "registered_on"}, std::pair{leaderBornOn_, "leader_born_on"}}) {
        QString t;
        if (a.extra.is_object()) {
            auto it = a.extra.find(key);
            if (it != a.extra.end()) t = it->is_string() ? qs(it->get<std::string>()) : qs(it->dump());
        }
        setText(field, t);
    }
    if (a.extra.is_object()) {
        auto it = a.extra.find("declarations");
        if (it != a.extra.end() && it->is_object()) declared = &*it;
    }
    for (auto& [id, d] : declarations_) {
        bool made = false;
        if (declared) {
            auto it = declared->find(id);
            made = it != declared->end() && it->is_boolean() && it->get<bool>();
        }
        d.box->setChecked(made);
        shown_[d.box] = made;
    }
    showFacts();
    const auto& as = p.assumptions;
    setText(usdCny_, as && as->usd_cny ? qs(as->usd_cny->text) : QString());
    setText(discount_, as && as->discount_rate ? qs(as->discount_rate->text) : QString());
    for (QWidget* w : std::initializer_list<QWidget*>{klass_, annex_, direction_, scope_, applicantType_, startYear_,
                                                      endYear_, unfinished_, registered_, legalPerson_, production_,
                                                      haccp_, south_, agreement_, prior_, proof_})
        shown_[w] = fieldValue(w);
    loading_ = false;
}

void ProjectForm::retranslate() {
    projectBox_->setTitle(tr("Project"));
    applicantBox_->setTitle(tr("Applicant"));
    assumptionsBox_->setTitle(tr("Assumptions"));
    auto label = [this](QWidget* w, const QString& t) {
        if (QLabel* l = labels_.value(w)) l->setText(t);
    };
    label(title_, tr("&Title:"));
    label(klass_, tr("C&lass:"));
    label(annex_, tr("&Annex:"));
    label(direction_, tr("&Direction:"));
    label(scope_, tr("Sco&pe:"));
    label(startYear_, tr("&Start year:"));
    label(endYear_, tr("&End year:"));
    label(leader_, tr("Project leade&r:"));
    label(members_, tr("&Members:"));
    leader_->setToolTip(tr("The project leader's name, as the forms write it"));
    members_->setToolTip(tr("The other members' names, separated by commas (, or ，) or 、"));
    label(applicantName_, tr("&Name:"));
    label(applicantType_, tr("T&ype:"));
    label(revenue_, tr("Average revenue (yuan):"));
    label(export_, tr("Average export (USD):"));
    label(unfinished_, tr("Unfinished projects:"));
    label(usdCny_, tr("USD/CNY rate:"));
    label(discount_, tr("Discount rate:"));
    label(registeredOn_, tr("Registered on:"));
    label(leaderBornOn_, tr("Leader born on:"));
    for (QLineEdit* e : {registeredOn_, leaderBornOn_}) e->setPlaceholderText(tr("YYYY-MM-DD"));
    declarationsBox_->setTitle(tr("Declarations the call asks for"));
    // The call's region (新疆维吾尔自治区 for the 2018 call, 河北省 for Hebei 2026) in
    // the tooltip: in the label it made the Russian form wider than the window.
    registered_->setText(tr("Registered in the region"));
    if (doc_) registered_->setToolTip(text(doc_->catalog().region));
    legalPerson_->setText(tr("Independent legal person"));
    production_->setText(tr("Production enterprise"));
    haccp_->setText(tr("HACCP certified"));
    south_->setText(tr("In the three southern prefectures"));
    agreement_->setText(tr("Cooperation agreement signed"));
    prior_->setText(tr("Earlier cooperation with the partner"));
    proof_->setText(tr("Proof of matching funds issued"));
    revenue_->setPlaceholderText(tr("e.g. 62,000,000.00"));
    export_->setPlaceholderText(tr("e.g. 1,200,000.00"));
    usdCny_->setPlaceholderText(QStringLiteral("6.6174"));
    discount_->setPlaceholderText(QStringLiteral("0.08"));
    if (doc_) {
        fillChoices();
        load();
    }
}

void ProjectForm::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace cofund::ui
