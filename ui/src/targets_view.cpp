// SPDX-License-Identifier: GPL-3.0-or-later
#include "targets_view.h"

#include <QBrush>
#include <QColor>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "budget_view.h"
#include "cofund/format.h"
#include "cofund/json_read.h"
#include "cofund/targets.h"
#include "document.h"

namespace cofund::ui {

namespace {

QString none(const QString& s) {
    return s.isEmpty() ? QStringLiteral("—") : s;
}

/// The first year's target as a share of the total, in percent, through the one
/// formatter: exact where four decimals of a percent write it, else "≈" before it.
QString sharePercent(const Rational& first, const Rational& total) {
    const Rational percent = first * 100 / total;
    const Rational scaled = percent * 10000;
    const bool exact = boost::multiprecision::denominator(scaled) == 1;
    return (exact ? QString() : QStringLiteral("≈ ")) + qs(format_number(percent, lang(), 4)) + QStringLiteral(" %");
}

/// The strictest first-year share the plan's call asks (rules of kind `indicators`), or nullptr.
const Rational* askedShare(const Document* doc) {
    const Rational* most = nullptr;
    for (const IndicatorsRule* r : doc->catalog().indicators_rules_for(doc->plan()))
        if (r->first_year_share && (!most || *r->first_year_share > *most)) most = &*r->first_year_share;
    return most;
}

}  // namespace

// ---------------------------------------------------------------------------
// The model

TargetsModel::TargetsModel(Document* doc, QObject* parent) : PlanRowsModel(doc, parent) {
    reload();
}

void TargetsModel::reload() {
    const Plan& plan = doc_->plan();
    const int years = std::max(0, std::min(plan.project.years(), 50));
    const int start = plan.project.start_year;
    reshape(static_cast<int>(plan.targets.size()), FirstYear + years + 1, start != startYear_ || years != years_, [&] {
        years_ = years;
        startYear_ = start;
    });
}

int TargetsModel::yearColumn(int year) const {
    return year >= startYear_ && year < startYear_ + years_ ? FirstYear + year - startYear_ : -1;
}

QVariant TargetsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !doc_ || index.row() >= static_cast<int>(doc_->plan().targets.size())) return {};
    const Target& t = doc_->plan().targets[std::size_t(index.row())];
    const Catalog& cat = doc_->catalog();
    const int col = index.column();
    const bool isYear = col >= FirstYear && col < shareColumn();
    const Decimal* value = col == Total ? &t.total : isYear ? t.in_year(startYear_ + col - FirstYear) : nullptr;
    const Decimal* first = t.in_year(startYear_);
    const bool hasShare = first && t.total.value > 0;
    // Below the call's first-year share: the least first-year target the rule takes (targets.h).
    const Rational* asked = askedShare(doc_);
    const bool shortShare = asked && (!first ? t.total.value > 0 : first->value < first_year_minimum(t, *asked));
    switch (role) {
        case Qt::DisplayRole:
            if (col == Name) return qs(target_name(t, cat, lang()));
            if (col == Unit) return qs(target_unit(t, cat, lang()));
            if (col == shareColumn()) return hasShare ? sharePercent(first->value, t.total.value) : QStringLiteral("—");
            return value ? formatNumber(value->value) : QString();
        case Qt::EditRole:
        case ExactRole:
            if (col == Name) return qs(role == Qt::EditRole ? target_name(t, cat, lang()) : t.name);
            if (col == Unit) return qs(role == Qt::EditRole ? target_unit(t, cat, lang()) : t.unit);
            return value ? qs(value->text) : QString();
        case IdRole:
            return qs(t.id);
        case PointerRole: {
            const QString row = QStringLiteral("/targets/%1").arg(index.row());
            if (col == Name) return row + QStringLiteral("/name");
            if (col == Unit) return row + QStringLiteral("/unit");
            if (col == Total) return row + QStringLiteral("/total");
            if (isYear) return row + QStringLiteral("/years/%1").arg(startYear_ + col - FirstYear);
            return row;
        }
        case Qt::ToolTipRole:
            if (col == Name) return tr("id: %1").arg(qs(t.id));
            if (col == shareColumn() && asked)
                return tr("The call asks the first year's target to be at least %1 of the whole period's; the least "
                          "first-year target here: %2")
                    .arg(qs(format_number(*asked * 100, lang(), 4)) + QStringLiteral(" %"),
                         qs(target_value_text(first_year_minimum(t, *asked), t, cat, lang())));
            return {};
        case Qt::TextAlignmentRole:
            if (col == Name || col == Unit) return {};
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ForegroundRole:
            if (col == shareColumn()) return QBrush(shortShare ? QColor(0xb0, 0x1c, 0x1c) : QColor(0x1b, 0x7f, 0x3b));
            return {};
        case Qt::BackgroundRole:
            if (col == Total || isYear) return QBrush(QColor(0xff, 0xfd, 0xf0));
            return {};
        default:
            return {};
    }
}

QVariant TargetsModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o == Qt::Vertical) return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::ToolTipRole) {
        if (section == Total) return tr("The target for the whole project period");
        if (section == shareColumn()) return tr("The first year's target as a share of the whole period's");
        return {};
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
        case Name:
            return tr("Indicator");
        case Unit:
            return tr("Unit of measure");
        case Total:
            return tr("Whole period");
    }
    if (section == shareColumn()) return tr("First year, share");
    return QString::number(startYear_ + section - FirstYear);
}

Qt::ItemFlags TargetsModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != shareColumn()) f |= Qt::ItemIsEditable;
    return f;
}

bool TargetsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!doc_ || role != Qt::EditRole || !index.isValid()) return false;
    Plan plan = doc_->plan();
    if (index.row() >= static_cast<int>(plan.targets.size())) return false;
    const int col = index.column();
    if (col == shareColumn()) return false;
    Target& t = plan.targets[std::size_t(index.row())];
    const QString typed = value.toString().trimmed();
    const QString before = data(index, Qt::DisplayRole).toString();
    QString after = typed;
    if (col == Name) {
        // A name of the plan's own: required unless the id is one of the call's indicators (which names it).
        if (typed.isEmpty() && !doc_->catalog().indicator(t.id)) {
            emit inputRejected(tr("An indicator needs a name"));
            return false;
        }
        if (typed == before) return true;
        t.name = typed.toStdString();
    } else if (col == Unit) {
        if (typed == before) return true;
        t.unit = typed.toStdString();
    } else {
        const QString number = QString(typed).remove(',').remove(QChar(0x00a0)).remove(' ');
        const bool isYear = col >= FirstYear;
        if (number.isEmpty() && isYear) {
            t.years.erase(startYear_ + col - FirstYear);
        } else {
            Result<Rational> r = parse_decimal(number.toStdString());
            if (!r || r->sign() < 0) {
                emit inputRejected(tr("%1 is not a value of at least 0").arg(typed));
                return false;
            }
            Decimal d{number.toStdString(), *r};
            if (isYear)
                t.years[startYear_ + col - FirstYear] = std::move(d);
            else
                t.total = std::move(d);
            after = formatNumber(*r);
        }
    }
    plan.targets_stated = true;
    // Named as the table names it (the id when the name is what changed).
    const QString name = col == Name ? qs(t.id) : data(index.siblingAtColumn(Name)).toString();
    QPointer<TargetsModel> self(this);
    doc_->edit(
        [self, name, col, before, after] {
            return tr("Indicator %1 · %2: %3 → %4")
                .arg(name, self ? self->headerData(col, Qt::Horizontal).toString() : QString(), none(before),
                     none(after));
        },
        std::move(plan));
    return true;
}

int TargetsModel::addTarget() {
    Plan plan = doc_->plan();
    // A short id the plan does not use yet: t1, t2, …
    std::string id;
    for (int n = static_cast<int>(plan.targets.size()) + 1;; ++n) {
        id = "t" + std::to_string(n);
        if (std::none_of(plan.targets.begin(), plan.targets.end(), [&](const Target& t) { return t.id == id; }) &&
            !plan.indicator(id))
            break;
    }
    Target t;
    t.id = id;
    t.name = tr("New indicator").toStdString();
    t.total = Decimal::of(Rational(0));
    plan.targets.push_back(std::move(t));
    plan.targets_stated = true;
    const int row = static_cast<int>(plan.targets.size()) - 1;
    doc_->edit([id] { return tr("Add indicator %1").arg(qs(id)); }, std::move(plan));
    return row;
}

void TargetsModel::removeTarget(int row) {
    Plan plan = doc_->plan();
    if (row < 0 || row >= static_cast<int>(plan.targets.size())) return;
    const QString name = data(index(row, Name)).toString();
    const QString id = qs(plan.targets[std::size_t(row)].id);
    plan.targets.erase(plan.targets.begin() + row);
    doc_->edit([id, name] { return tr("Remove indicator %1 (%2)").arg(id, name); }, std::move(plan));
}

QModelIndex TargetsModel::indexOfPointer(const QString& pointer) const {
    const QStringList parts = pointer.split('/', Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts[0] != QLatin1String("targets") || rowCount() == 0) return {};
    bool ok = false;
    const int row = parts.size() > 1 ? parts[1].toInt(&ok) : 0;
    if (parts.size() > 1 && (!ok || row < 0 || row >= rowCount())) return index(0, Name);
    const QString member = parts.size() > 2 ? parts[2] : QString();
    if (member == QLatin1String("total")) return index(row, Total);
    if (member == QLatin1String("unit")) return index(row, Unit);
    if (member == QLatin1String("years")) {
        // A year of the period its cell; /years, or a year outside the period, the first year's.
        const int col = parts.size() > 3 ? yearColumn(parts[3].toInt()) : -1;
        return index(row, col >= 0 ? col : years_ > 0 ? int(FirstYear) : int(Name));
    }
    return index(row, Name);
}

// ---------------------------------------------------------------------------
// The view

TargetsView::TargetsView(Document* doc, QWidget* parent) : QWidget(parent), doc_(doc) {
    setObjectName(QStringLiteral("targets"));
    model_ = new TargetsModel(doc, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    heading_ = new QLabel(this);
    QFont bold = heading_->font();
    bold.setBold(true);
    heading_->setFont(bold);
    asks_ = new QLabel(this);
    asks_->setObjectName(QStringLiteral("asks"));
    asks_->setWordWrap(true);
    layout->addWidget(heading_);
    layout->addWidget(asks_);
    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("targetsTable"));
    table_->setModel(model_);
    table_->setAlternatingRowColors(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectItems);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->setWordWrap(false);
    table_->horizontalHeader()->setSectionResizeMode(TargetsModel::Name, QHeaderView::Stretch);
    table_->horizontalHeader()->setMinimumSectionSize(60);
    fitToContentsWhenShown(table_, {TargetsModel::Name}, false);
    layout->addWidget(table_, 1);
    auto* buttons = new QHBoxLayout;
    add_ = new QPushButton(this);
    add_->setObjectName(QStringLiteral("addTarget"));
    remove_ = new QPushButton(this);
    remove_->setObjectName(QStringLiteral("removeTarget"));
    buttons->addWidget(add_);
    buttons->addWidget(remove_);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(model_, &TargetsModel::inputRejected, this, &TargetsView::inputRejected);
    connect(add_, &QPushButton::clicked, this, [this] {
        const QModelIndex i = model_->index(model_->addTarget(), TargetsModel::Name);
        table_->setCurrentIndex(i);
        table_->edit(i);
    });
    connect(remove_, &QPushButton::clicked, this, [this] {
        const QModelIndex i = table_->currentIndex();
        if (i.isValid()) model_->removeTarget(i.row());
    });
    connect(doc_, &Document::planChanged, this, &TargetsView::retranslate);
    retranslate();
}

bool TargetsView::wanted(const Document* doc) {
    return !doc->plan().targets.empty() || !doc->catalog().indicators_rules_for(doc->plan()).empty();
}

void TargetsView::select(const QString& pointer) {
    const QModelIndex i = model_->indexOfPointer(pointer);
    table_->setFocus();
    if (!i.isValid()) return;
    table_->setCurrentIndex(i);
    table_->scrollTo(i);
}

void TargetsView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void TargetsView::retranslate() {
    heading_->setText(tr("Indicators with targets by year"));
    add_->setText(tr("Add indicator"));
    remove_->setText(tr("Remove indicator"));
    // What the call asks, from its rules of kind `indicators`.
    QStringList asks;
    for (const IndicatorsRule* r : doc_->catalog().indicators_rules_for(doc_->plan())) {
        if (r->min_count > 0) asks << tr("at least %1 indicators").arg(r->min_count);
        if (r->by_year) asks << tr("a target for each year");
        if (r->first_year_share)
            asks << tr("the first year at least %1 of the whole period")
                        .arg(qs(format_number(*r->first_year_share * 100, lang(), 4)) + QStringLiteral(" %"));
    }
    asks_->setVisible(!asks.isEmpty());
    asks_->setText(tr("The call asks: %1").arg(asks.join(QStringLiteral(" · "))));
}

}  // namespace cofund::ui
