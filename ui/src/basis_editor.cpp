// SPDX-License-Identifier: GPL-3.0-or-later
#include "basis_editor.h"

#include <algorithm>
#include <functional>

#include <QColor>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QFont>
#include <QTreeView>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "app_language.h"
#include "budget_view.h"
#include "cofund/basis.h"
#include "cofund/format.h"
#include "cofund/plan_edit.h"
#include "cofund/summary.h"
#include "document.h"
#include "lines_view.h"

namespace cofund::ui {

namespace {

/// An exact yuan amount with its sign: "+0.01", "-1,200.00", "0.00".
QString signedYuan(const Rational& yuan) {
    const QString t = qs(localize_number(exact_yuan_text(yuan), lang()));
    return yuan.sign() > 0 ? QStringLiteral("+") + t : t;
}

/// The basis total where every item is a whole fen or not: exact either way.
Rational basisTotal(const BudgetLine& line) {
    Rational sum = 0;
    for (const BasisItem& item : line.basis) sum += item_amount(item);
    return sum;
}

}  // namespace

Result<std::vector<BasisFactor>> parseFactors(const QString& typed) {
    std::vector<BasisFactor> factors;
    const QStringList parts = typed.split(QRegularExpression(QStringLiteral("\\s*[×*]\\s*|\\s+[xX]\\s+")));
    for (int k = 0; k < parts.size(); ++k) {
        const QString part = parts[k].trimmed();
        const int space = part.indexOf(QRegularExpression(QStringLiteral("[^0-9.+\\-eE]")));
        const QString value = (space < 0 ? part : part.left(space)).trimmed();
        const QString unit = space < 0 ? QString() : part.mid(space).trimmed();
        const QString which = BasisModel::tr("factor %1").arg(k + 1);
        if (value.isEmpty())
            return Error{
                BasisModel::tr("%1 has no number; write factors as \"3 人 × 2 次 × 0.5 月\"").arg(which).toStdString()};
        Result<Rational> r = parse_decimal(value.toStdString());
        if (!r)
            return Error{
                BasisModel::tr("%1: \"%2\" is not a decimal number such as 0.5").arg(which, value).toStdString()};
        if (r->sign() < 0) return Error{BasisModel::tr("%1: a factor is never negative").arg(which).toStdString()};
        factors.push_back(BasisFactor{Decimal{value.toStdString(), *r}, unit.toStdString(), Extra::object()});
    }
    return factors;
}

BasisModel::BasisModel(Document* doc, QObject* parent) : QAbstractItemModel(parent), doc_(doc) {
    connect(doc, &Document::planChanged, this, &BasisModel::reload);
    connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, this, [this] {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        reload();
    });
}

const BudgetLine* BasisModel::current() const {
    if (!doc_ || !line_ || *line_ >= doc_->plan().budget.size()) return nullptr;
    return &doc_->plan().budget[*line_];
}

const BasisItem* BasisModel::itemAt(const Path& path) const {
    const BudgetLine* l = current();
    if (!l || path.empty()) return nullptr;
    const std::vector<BasisItem>* list = &l->basis;
    const BasisItem* item = nullptr;
    for (std::size_t k : path) {
        if (k >= list->size()) return nullptr;
        item = &(*list)[k];
        list = &item->items;
    }
    return item;
}

const BasisItem* BasisModel::itemOf(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this || index.internalId() >= nodes_.size()) return nullptr;
    return itemAt(nodes_[index.internalId()].path);
}

void BasisModel::build(std::vector<Node>& nodes, std::vector<int>& top) const {
    nodes.clear();
    top.clear();
    const BudgetLine* l = current();
    if (!l) return;
    std::function<void(const std::vector<BasisItem>&, int, const Path&)> add =
        [&](const std::vector<BasisItem>& items, int parent, const Path& prefix) {
            for (std::size_t k = 0; k < items.size(); ++k) {
                Path path = prefix;
                path.push_back(k);
                const int id = int(nodes.size());
                nodes.push_back(Node{path, parent, {}});
                (parent < 0 ? top : nodes[parent].children).push_back(id);
                if (items[k].is_group()) add(items[k].items, id, path);
            }
        };
    add(l->basis, -1, {});
}

void BasisModel::setLine(std::optional<std::size_t> line) {
    beginResetModel();
    line_ = line;
    build(nodes_, top_);
    endResetModel();
}

void BasisModel::reload() {
    std::vector<Node> nodes;
    std::vector<int> top;
    build(nodes, top);
    const bool same = nodes.size() == nodes_.size() &&
                      std::equal(nodes.begin(), nodes.end(), nodes_.begin(),
                                 [](const Node& a, const Node& b) { return a.path == b.path; });
    if (!same) {
        beginResetModel();
        nodes_ = std::move(nodes);
        top_ = std::move(top);
        endResetModel();
        return;
    }
    for (std::size_t id = 0; id < nodes_.size(); ++id) {
        const int row = int(nodes_[id].path.back());
        emit dataChanged(createIndex(row, 0, quintptr(id)), createIndex(row, ColumnCount - 1, quintptr(id)));
    }
}

QModelIndex BasisModel::index(int row, int column, const QModelIndex& parent) const {
    if (column < 0 || column >= ColumnCount || row < 0) return {};
    if (parent.isValid() && (parent.column() != 0 || parent.internalId() >= nodes_.size())) return {};
    const std::vector<int>& list = parent.isValid() ? nodes_[parent.internalId()].children : top_;
    if (row >= int(list.size())) return {};
    return createIndex(row, column, quintptr(list[row]));
}

QModelIndex BasisModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() >= nodes_.size()) return {};
    const int p = nodes_[child.internalId()].parent;
    if (p < 0) return {};
    return createIndex(int(nodes_[p].path.back()), 0, quintptr(p));
}

int BasisModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) return int(top_.size());
    if (parent.column() != 0 || parent.internalId() >= nodes_.size()) return 0;
    return int(nodes_[parent.internalId()].children.size());
}
int BasisModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

BasisModel::Path BasisModel::pathOf(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this || index.internalId() >= nodes_.size()) return {};
    return nodes_[index.internalId()].path;
}

QModelIndex BasisModel::indexOf(const Path& path, int column) const {
    const std::vector<int>* list = &top_;
    int id = -1;
    for (std::size_t k : path) {
        if (k >= list->size()) return {};
        id = (*list)[k];
        list = &nodes_[id].children;
    }
    return id < 0 ? QModelIndex() : createIndex(int(path.back()), column, quintptr(id));
}

BasisModel::Path BasisModel::pathOfPointer(const QString& pointer) {
    const QStringList parts = pointer.split('/', Qt::SkipEmptyParts);
    Path path;
    if (parts.size() < 4 || parts[0] != QLatin1String("budget") || parts[2] != QLatin1String("basis")) return path;
    for (int i = 2; i + 1 < parts.size(); i += 2) {
        if (parts[i] != QLatin1String(i == 2 ? "basis" : "items")) break;
        bool ok = false;
        const int k = parts[i + 1].toInt(&ok);
        if (!ok || k < 0) break;
        path.push_back(std::size_t(k));
    }
    return path;
}

namespace {

/// The plan-file unit an item's `stated` is written in.
AmountUnit statedUnit(const BasisItem& item, AmountUnit plan) {
    return item.stated_unit.value_or(item.money_unit.value_or(plan));
}

/// A written result in its unit: "12,000.00" or "1.2 万元".
QString statedText(const Money& m, AmountUnit unit) {
    if (unit == AmountUnit::wan) return BasisModel::tr("%1 万元").arg(formatMoney(m, MoneyUnit::wan));
    return formatMoney(m, MoneyUnit::yuan);
}

/// What is typed as a written result: an amount in yuan, or in 万元 with
/// "万", "万元" or "wan" after it.
struct TypedStated {
    Money amount;
    AmountUnit unit = AmountUnit::yuan;
};
Result<TypedStated> parseStated(const QString& typed) {
    QString t = typed.trimmed();
    TypedStated out;
    static const QRegularExpression wan(QStringLiteral("\\s*(万元|万|wan)$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression yuan(QStringLiteral("\\s*(元|yuan)$"), QRegularExpression::CaseInsensitiveOption);
    if (const auto m = wan.match(t); m.hasMatch()) {
        out.unit = AmountUnit::wan;
        t.truncate(m.capturedStart());
    } else if (const auto y = yuan.match(t); y.hasMatch()) {
        t.truncate(y.capturedStart());
    }
    Result<Money> m = parseMoney(t, out.unit == AmountUnit::wan ? MoneyUnit::wan : MoneyUnit::yuan);
    if (!m) return m.error();
    if (m->is_negative()) return Error{BasisModel::tr("a written result is never negative").toStdString()};
    out.amount = *m;
    return out;
}

QString amountUnitName(std::optional<AmountUnit> u) {
    if (!u) return BasisModel::tr("as the plan");
    return *u == AmountUnit::wan ? BasisModel::tr("万元") : BasisModel::tr("yuan");
}

/// The item list of the group at `group` (the line's basis for an empty path).
std::vector<BasisItem>& listIn(std::vector<BasisItem>& basis, const BasisModel::Path& group) {
    std::vector<BasisItem>* list = &basis;
    for (std::size_t k : group) list = &(*list)[k].items;
    return *list;
}

BasisModel::Path parentOf(BasisModel::Path path) {
    if (!path.empty()) path.pop_back();
    return path;
}

}  // namespace

QVariant BasisModel::data(const QModelIndex& index, int role) const {
    const BasisItem* found = itemOf(index);
    if (!found || !doc_) return {};
    const BasisItem& item = *found;
    const AmountUnit planUnit = doc_->plan().unit;
    const int col = index.column();
    const bool group = item.is_group(), lump = item.is_lump();
    switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            switch (col) {
                case Item:
                    return qs(item.item);
                case Factors:
                    return group ? QString() : qs(factors_text(item));
                case UnitPrice:
                    if (group) return QString();
                    if (lump) return role == Qt::EditRole ? QString() : tr("lump sum");
                    return role == Qt::EditRole ? qs(item.unit_price.str())
                                                : formatMoney(item.unit_price, MoneyUnit::yuan);
                case PriceUnit:
                    return group ? QString() : qs(item.price_unit);
                case Amount:
                    if (role == Qt::EditRole) return lump ? qs(item.lump->str()) : QString();
                    // Exact, in the language's spelling ("24 000,00" in Russian, as the unit price beside it).
                    return qs(localize_number(exact_yuan_text(item_amount(item)), lang()));
                case Stated: {
                    if (!item.stated) return QString();
                    const AmountUnit u = statedUnit(item, planUnit);
                    if (role == Qt::EditRole)
                        return u == AmountUnit::wan ? qs(item.stated->wan_exact()) + QStringLiteral("万")
                                                    : qs(item.stated->str());
                    return statedText(*item.stated, u);
                }
                case MoneyUnitColumn:
                    if (role == Qt::EditRole) return item.money_unit ? qs(std::string(to_id(*item.money_unit))) : QString();
                    return amountUnitName(item.money_unit);
                case EquipmentColumn:
                    if (role == Qt::EditRole) return item.equipment ? qs(std::string(to_id(*item.equipment))) : QString();
                    return equipmentKindName(item.equipment);
            }
            break;
        case ExactRole:
            if (col == Amount) return qs(exact_yuan_text(item_amount(item)));
            if (col == UnitPrice && !group && !lump) return qs(item.unit_price.str());
            if (col == Stated && item.stated) return qs(item.stated->str());
            break;
        case PointerRole: {
            QString p = QStringLiteral("/budget/%1/basis").arg(line_ ? *line_ : 0);
            const Path& path = nodes_[index.internalId()].path;
            for (std::size_t k = 0; k < path.size(); ++k)
                p += (k ? QStringLiteral("/items/") : QStringLiteral("/")) + QString::number(path[k]);
            return p;
        }
        case Qt::FontRole:
            if (group) {
                QFont f;
                f.setBold(true);
                return f;
            }
            break;
        case Qt::TextAlignmentRole:
            if (col == UnitPrice || col == Amount || col == Stated) return int(Qt::AlignRight | Qt::AlignVCenter);
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        case Qt::ForegroundRole:
            // An item whose amount is not a whole fen, or whose written result is not
            // its exact figure, is the rule basis.item's (a group's: basis.subtotal's) error.
            if (col == Amount && !item_money(item)) return QColor(0xc6, 0x28, 0x28);
            if (col == Stated && stated_slip(item)) return QColor(0xc6, 0x28, 0x28);
            if (col == UnitPrice && lump) return QColor(0x55, 0x55, 0x55);
            break;
        case Qt::ToolTipRole:
            if (col == Amount && !item_money(item))
                return tr("This item's amount is not a whole fen (basis.item): change a factor or the unit price.");
            if (col == Stated) {
                if (const std::optional<StatedSlip> slip = stated_slip(item))
                    return tr("Written %1 yuan, exactly %2 yuan: they differ by %3 yuan (%4)%5")
                        .arg(formatMoney(slip->stated, MoneyUnit::yuan),
                             qs(localize_number(exact_yuan_text(slip->exact), lang())),
                             qs(localize_number(exact_yuan_text(slip->difference), lang())),
                             group ? QStringLiteral("basis.subtotal") : QStringLiteral("basis.item"),
                             slip->unit_slip ? tr("; 元 written for 万元, or back") : QString());
                return tr("The result as the applicant wrote it (\"1.2万\" for 万元); empty for none");
            }
            if (col == Factors) {
                if (lump) return tr("A lump sum's quantities only describe it (\"2 篇\"); they are not multiplied");
                return tr("Factors as \"3 人 × 2 次 × 0.5 月\": a decimal, then its unit");
            }
            if (col == UnitPrice) return tr("Typing a unit price makes the item quantities × unit price");
            if (col == Amount && !group) return tr("Typing an amount makes the item a lump sum (整笔)");
            if (col == Amount && group) return tr("A group's amount is the sum of its items");
            break;
    }
    return {};
}

QVariant BasisModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractItemModel::headerData(section, o, role);
    switch (section) {
        case Item:
            return tr("Item");
        case Factors:
            return tr("Quantities");
        case UnitPrice:
            return tr("Unit price (yuan)");
        case PriceUnit:
            return tr("Price unit");
        case Amount:
            return tr("Amount (yuan)");
        case Stated:
            return tr("As written");
        case MoneyUnitColumn:
            return tr("Money unit");
        case EquipmentColumn:
            return tr("Equipment kind");
    }
    return {};
}

Qt::ItemFlags BasisModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    const BasisItem* item = itemOf(index);
    if (!item) return f;
    const int col = index.column();
    const bool numbers = col == Factors || col == UnitPrice || col == PriceUnit || col == Amount;
    if (!(item->is_group() && numbers)) f |= Qt::ItemIsEditable;
    return f;
}

QString BasisModel::refusal(const QModelIndex& index, const QString& typed) const {
    const BasisItem* item = itemOf(index);
    switch (index.column()) {
        case Item:
            if (typed.trimmed().isEmpty()) return tr("an item needs a name, e.g. 国际旅费");
            break;
        case Factors: {
            // A lump sum needs no quantities.
            if (item && item->is_lump() && typed.trimmed().isEmpty()) break;
            Result<std::vector<BasisFactor>> f = parseFactors(typed);
            if (!f) return qs(f.error().message);
            break;
        }
        case UnitPrice: {
            Result<Money> m = parseMoney(typed, MoneyUnit::yuan);
            if (!m) return qs(m.error().message);
            if (m->is_negative()) return tr("a unit price is never negative");
            break;
        }
        case Amount: {
            Result<Money> m = parseMoney(typed, MoneyUnit::yuan);
            if (!m) return qs(m.error().message);
            if (m->is_negative()) return tr("a lump sum is never negative");
            break;
        }
        case Stated: {
            if (typed.trimmed().isEmpty()) break;
            Result<TypedStated> s = parseStated(typed);
            if (!s) return qs(s.error().message);
            break;
        }
        case MoneyUnitColumn:
            if (!typed.isEmpty() && typed != QLatin1String("yuan") && typed != QLatin1String("wan"))
                return tr("a money unit is yuan or wan");
            break;
        case EquipmentColumn:
            if (!typed.isEmpty() && !equipment_kind_from_id(typed.toStdString()))
                return tr("an equipment kind is purchase, build, upgrade or lease");
            break;
        default:
            break;
    }
    return {};
}

bool BasisModel::push(Plan after, std::function<QString()> what) {
    if (!doc_ || !line_) return false;
    const BudgetLine line = doc_->plan().budget[*line_];
    const Catalog& cat = doc_->catalog();
    return doc_->edit(
        [line, &cat, what = std::move(what)] {
            const QString place = QStringLiteral("%1 · %2 · %3")
                                      .arg(text(cat.category_name(line.category)))
                                      .arg(line.year)
                                      .arg(sourceShortName(line.source));
            return tr("Basis of %1: %2").arg(place, what());
        },
        std::move(after));
}

QString BasisModel::placeText() const {
    const BudgetLine* l = current();
    if (!l || !doc_) return {};
    return QStringLiteral("%1 · %2 · %3")
        .arg(text(doc_->catalog().category_name(l->category)))
        .arg(l->year)
        .arg(sourceShortName(l->source));
}

bool BasisModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const BasisItem* found = itemOf(index);
    if (role != Qt::EditRole || !found || !(flags(index) & Qt::ItemIsEditable)) return false;
    const QString typed = value.toString();
    if (!refusal(index, typed).isEmpty()) return false;
    const Path path = pathOf(index);
    Plan plan = doc_->plan();
    std::vector<BasisItem>& list = listIn(plan.budget[*line_].basis, parentOf(path));
    BasisItem& item = list[path.back()];
    const AmountUnit planUnit = plan.unit;
    const QString name = qs(item.item);
    QString before, after;
    auto shownAmount = [](const BasisItem& i) {
        return i.is_lump() ? tr("lump sum %1").arg(formatMoney(*i.lump, MoneyUnit::yuan))
                           : formatMoney(i.unit_price, MoneyUnit::yuan);
    };
    switch (index.column()) {
        case Item:
            before = name;
            item.item = typed.trimmed().toStdString();
            after = qs(item.item);
            break;
        case Factors: {
            before = qs(factors_text(item));
            std::vector<BasisFactor> factors;
            if (!typed.trimmed().isEmpty()) factors = *parseFactors(typed);
            // A factor keeps its unknown fields where it stays in place.
            for (std::size_t k = 0; k < factors.size() && k < item.factors.size(); ++k)
                factors[k].extra = item.factors[k].extra;
            item.factors = std::move(factors);
            after = qs(factors_text(item));
            break;
        }
        case UnitPrice:
            // A lump sum becomes a product: its quantities (at least 1) times the price.
            before = shownAmount(item);
            item.lump.reset();
            if (item.factors.empty()) item.factors.push_back(BasisFactor{Decimal{"1", Rational(1)}, {}, Extra::object()});
            item.unit_price = *parseMoney(typed, MoneyUnit::yuan);
            after = shownAmount(item);
            break;
        case PriceUnit:
            before = qs(item.price_unit);
            item.price_unit = typed.trimmed().toStdString();
            after = qs(item.price_unit);
            break;
        case Amount:
            // A product becomes a lump sum; its quantities stay, describing it.
            before = shownAmount(item);
            item.lump = *parseMoney(typed, MoneyUnit::yuan);
            item.unit_price = Money{};
            item.price_unit.clear();
            after = shownAmount(item);
            break;
        case Stated:
            before = item.stated ? statedText(*item.stated, statedUnit(item, planUnit)) : QString();
            if (typed.trimmed().isEmpty()) {
                item.stated.reset();
                item.stated_unit.reset();
            } else {
                const TypedStated s = *parseStated(typed);
                item.stated = s.amount;
                // Written in the item's own unit: no stated_unit needed.
                item.stated_unit.reset();
                if (statedUnit(item, planUnit) != s.unit) item.stated_unit = s.unit;
            }
            after = item.stated ? statedText(*item.stated, statedUnit(item, planUnit)) : QString();
            break;
        case MoneyUnitColumn: {
            before = amountUnitName(item.money_unit);
            // The written result keeps the unit it is shown in.
            const AmountUnit stated = statedUnit(item, planUnit);
            item.money_unit.reset();
            if (!typed.isEmpty()) item.money_unit = typed == QLatin1String("wan") ? AmountUnit::wan : AmountUnit::yuan;
            if (item.stated) {
                item.stated_unit.reset();
                if (statedUnit(item, planUnit) != stated) item.stated_unit = stated;
            }
            after = amountUnitName(item.money_unit);
            break;
        }
        case EquipmentColumn:
            before = equipmentKindName(item.equipment);
            item.equipment = equipment_kind_from_id(typed.toStdString());
            after = equipmentKindName(item.equipment);
            break;
        default:
            return false;
    }
    const int column = index.column();
    return push(std::move(plan), [name, column, before, after] {
        const QString none = QStringLiteral("—");
        QString field;
        switch (column) {
            case Item:
                field = tr("name");
                break;
            case Factors:
                field = tr("quantities");
                break;
            case UnitPrice:
            case Amount:
                field = tr("amount");
                break;
            case PriceUnit:
                field = tr("price unit");
                break;
            case Stated:
                field = tr("as written");
                break;
            case MoneyUnitColumn:
                field = tr("money unit");
                break;
            default:
                field = tr("equipment kind");
        }
        return tr("%1, %2: %3 → %4").arg(name, field, before.isEmpty() ? none : before, after.isEmpty() ? none : after);
    });
}

BasisModel::Path BasisModel::addItem(const QModelIndex& sibling) {
    if (!current()) return {};
    const Path group = sibling.isValid() ? parentOf(pathOf(sibling)) : Path{};
    Plan plan = doc_->plan();
    std::vector<BasisItem>& list = listIn(plan.budget[*line_].basis, group);
    BasisItem item;
    item.item = tr("New item").toStdString();
    item.factors.push_back(BasisFactor{Decimal{"1", Rational(1)}, {}, Extra::object()});
    list.push_back(std::move(item));
    Path added = group;
    added.push_back(list.size() - 1);
    if (!push(std::move(plan), [] { return tr("item added"); })) return {};
    return added;
}

BasisModel::Path BasisModel::addGroup(const QModelIndex& at) {
    if (!current()) return {};
    Plan plan = doc_->plan();
    BasisItem group;
    group.item = tr("New group").toStdString();
    Path path = pathOf(at);
    QString name;
    if (!path.empty()) {
        std::vector<BasisItem>& list = listIn(plan.budget[*line_].basis, parentOf(path));
        name = qs(list[path.back()].item);
        group.items.push_back(std::move(list[path.back()]));
        list[path.back()] = std::move(group);
    } else {
        BasisItem item;
        item.item = tr("New item").toStdString();
        item.factors.push_back(BasisFactor{Decimal{"1", Rational(1)}, {}, Extra::object()});
        group.items.push_back(std::move(item));
        std::vector<BasisItem>& basis = plan.budget[*line_].basis;
        basis.push_back(std::move(group));
        path = {basis.size() - 1};
    }
    if (!push(std::move(plan), [name] {
            return name.isEmpty() ? tr("group added") : tr("item %1 put into a new group").arg(name);
        }))
        return {};
    return path;
}

bool BasisModel::canIndent(const QModelIndex& at) const {
    const Path path = pathOf(at);
    if (path.empty() || path.back() == 0) return false;
    Path above = path;
    --above.back();
    const BasisItem* item = itemAt(above);
    return item && item->is_group();
}

BasisModel::Path BasisModel::indent(const QModelIndex& at) {
    if (!canIndent(at)) return {};
    const Path path = pathOf(at);
    Plan plan = doc_->plan();
    std::vector<BasisItem>& list = listIn(plan.budget[*line_].basis, parentOf(path));
    const std::size_t k = path.back();
    BasisItem& group = list[k - 1];
    const QString name = qs(list[k].item), into = qs(group.item);
    group.items.push_back(std::move(list[k]));
    Path moved = parentOf(path);
    moved.push_back(k - 1);
    moved.push_back(group.items.size() - 1);
    list.erase(list.begin() + std::ptrdiff_t(k));
    if (!push(std::move(plan), [name, into] { return tr("item %1 moved into group %2").arg(name, into); })) return {};
    return moved;
}

bool BasisModel::canOutdent(const QModelIndex& at) const {
    return pathOf(at).size() >= 2;
}

BasisModel::Path BasisModel::outdent(const QModelIndex& at) {
    if (!canOutdent(at)) return {};
    const Path path = pathOf(at);
    const Path groupPath = parentOf(path);
    Plan plan = doc_->plan();
    std::vector<BasisItem>& outer = listIn(plan.budget[*line_].basis, parentOf(groupPath));
    const std::size_t g = groupPath.back();
    BasisItem& group = outer[g];
    const QString name = qs(group.items[path.back()].item), from = qs(group.item);
    BasisItem item = std::move(group.items[path.back()]);
    group.items.erase(group.items.begin() + std::ptrdiff_t(path.back()));
    Path moved = parentOf(groupPath);
    // A group without items is no group: the item takes its place.
    const bool dissolved = group.items.empty();
    if (dissolved) {
        outer[g] = std::move(item);
        moved.push_back(g);
    } else {
        outer.insert(outer.begin() + std::ptrdiff_t(g + 1), std::move(item));
        moved.push_back(g + 1);
    }
    if (!push(std::move(plan), [name, from, dissolved] {
            return dissolved ? tr("item %1 moved out of group %2, which it alone held").arg(name, from)
                             : tr("item %1 moved out of group %2").arg(name, from);
        }))
        return {};
    return moved;
}

void BasisModel::removeItem(int row) {
    removeAt(index(row, 0));
}

void BasisModel::removeAt(const QModelIndex& at) {
    Path path = pathOf(at);
    if (path.empty() || !current()) return;
    Plan plan = doc_->plan();
    std::vector<BasisItem>& basis = plan.budget[*line_].basis;
    const QString name = qs(listIn(basis, parentOf(path))[path.back()].item);
    // A group left without items goes with it.
    while (!path.empty()) {
        std::vector<BasisItem>& list = listIn(basis, parentOf(path));
        list.erase(list.begin() + std::ptrdiff_t(path.back()));
        if (!list.empty() || path.size() == 1) break;
        path.pop_back();
    }
    push(std::move(plan), [name] { return tr("item %1 removed").arg(name); });
}

bool BasisModel::setAmountToBasis() {
    if (!current()) return false;
    Plan plan = doc_->plan();
    const Money before = plan.budget[*line_].amount;
    if (!set_amount_to_basis(plan, *line_)) return false;
    const Money after = plan.budget[*line_].amount;
    return push(std::move(plan), [before, after] {
        return tr("amount set to the basis total, %1 → %2 yuan")
            .arg(formatMoney(before, MoneyUnit::yuan), formatMoney(after, MoneyUnit::yuan));
    });
}

std::vector<ItemStatement> BasisModel::statementsAsked() const {
    std::vector<ItemStatement> out;
    const BudgetLine* l = current();
    if (!l || !doc_) return out;
    const Catalog& cat = doc_->catalog();
    for (const ItemThresholdRule& r : cat.item_threshold_rules) {
        if (!r.when.holds(doc_->plan()) || !r.covers(l->category, cat)) continue;
        for (const ItemStatement& st : r.states)
            if (std::none_of(out.begin(), out.end(), [&](const ItemStatement& o) { return o.id == st.id; }))
                out.push_back(st);
    }
    return out;
}

QString BasisModel::detail(const QModelIndex& at, const std::string& id) const {
    const BasisItem* item = itemOf(at);
    if (!item || !item->extra.is_object()) return {};
    auto details = item->extra.find("details");
    if (details == item->extra.end() || !details->is_object()) return {};
    auto it = details->find(id);
    return it != details->end() && it->is_string() ? qs(it->get<std::string>()) : QString();
}

bool BasisModel::setDetail(const QModelIndex& at, const std::string& id, const QString& typed) {
    const Path path = pathOf(at);
    const BasisItem* now = itemOf(at);
    if (path.empty() || !now || now->is_group()) return false;
    const QString before = detail(at, id), after = typed.trimmed();
    if (before == after) return false;
    Plan plan = doc_->plan();
    std::vector<BasisItem>& list = listIn(plan.budget[*line_].basis, parentOf(path));
    BasisItem& item = list[path.back()];
    if (!item.extra.is_object()) item.extra = Extra::object();
    Extra& details = item.extra["details"];
    if (!details.is_object()) details = Extra::object();
    if (after.isEmpty())
        details.erase(id);
    else
        details[id] = after.toStdString();
    if (details.empty()) item.extra.erase("details");
    const QString name = qs(item.item);
    // The statement's name in the language of the moment.
    QPointer<Document> doc = doc_;
    const std::optional<std::size_t> line = line_;
    auto statement = [doc, line, id] {
        if (doc && line && *line < doc->plan().budget.size())
            for (const ItemThresholdRule& r : doc->catalog().item_threshold_rules)
                for (const ItemStatement& st : r.states)
                    if (st.id == id) return text(st.name);
        return qs(id);
    };
    return push(std::move(plan), [name, statement, before, after] {
        const QString none = QStringLiteral("—");
        return tr("item %1 · %2: %3 → %4")
            .arg(name, statement(), before.isEmpty() ? none : before, after.isEmpty() ? none : after);
    });
}

bool BasisModel::setUnit(int partner) {
    return line_ && setLineUnit(doc_, *line_, partner);
}

bool BasisModel::setLineEquipment(std::optional<EquipmentKind> kind) {
    return line_ && cofund::ui::setLineEquipment(doc_, *line_, kind);
}

BasisEditor::BasisEditor(Document* doc, BudgetView* view, BudgetModel* budget, QWidget* parent)
    : QWidget(parent), doc_(doc), budget_(budget) {
    setObjectName(QStringLiteral("basisEditor"));
    model_ = new BasisModel(doc, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* top = new QHBoxLayout;
    place_ = new QLabel(this);
    place_->setObjectName(QStringLiteral("basisPlace"));
    // A long Russian category and the unit combo asked more than the 815 px beside
    // the charts: the place takes the room left and is elided (whole in its tooltip).
    {
        QFont bold = place_->font();
        bold.setBold(true);
        place_->setFont(bold);
    }
    place_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    place_->setMinimumWidth(120);
    place_->installEventFilter(this);
    lineLabel_ = new QLabel(this);
    lines_ = new QComboBox(this);
    lines_->setObjectName(QStringLiteral("basisLine"));
    lines_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    lineLabel_->setBuddy(lines_);
    // Whose money the line is (issue 26): the applicant or a partner.
    unitLabel_ = new QLabel(this);
    unit_ = new QComboBox(this);
    unit_->setObjectName(QStringLiteral("basisUnit"));
    // A partner's name may be a long English one: the closed combo elides it, its list shows it whole.
    unit_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    unit_->setMinimumContentsLength(14);
    unitLabel_->setBuddy(unit_);
    // Folded, the editor is this one row: at 1366×768 the grid then shows every row.
    toggle_ = new QToolButton(this);
    toggle_->setObjectName(QStringLiteral("basisToggle"));
    toggle_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle_->setAutoRaise(true);
    toggle_->setCheckable(true);
    toggle_->setChecked(true);
    connect(toggle_, &QToolButton::clicked, this, [this](bool open) {
        setCollapsed(!open);
        emit collapsedByUser(!open);
    });
    top->addWidget(toggle_);
    top->addWidget(place_, 1);
    top->addSpacing(12);
    top->addWidget(lineLabel_);
    top->addWidget(lines_);
    top->addSpacing(12);
    top->addWidget(unitLabel_);
    top->addWidget(unit_);
    // An equipment line's own kind (issue 25), beside its unit: both say what the line is, and
    // here they stay in reach with the editor folded. (In the items' row the Russian labels
    // asked 1000 px, and the window grew wider than a 1366-pixel screen.)
    lineEquipmentLabel_ = new QLabel(this);
    lineEquipment_ = new QComboBox(this);
    lineEquipment_->setObjectName(QStringLiteral("basisLineEquipment"));
    lineEquipment_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    lineEquipmentLabel_->setBuddy(lineEquipment_);
    top->addSpacing(12);
    top->addWidget(lineEquipmentLabel_);
    top->addWidget(lineEquipment_);
    layout->addLayout(top);

    body_ = new QWidget(this);
    layout->addWidget(body_, 1);
    layout = new QVBoxLayout(body_);
    layout->setContentsMargins(0, 0, 0, 0);
    empty_ = new QLabel(this);
    empty_->setWordWrap(true);
    empty_->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(empty_);

    // A tree (issue 25): a group shows its items below it, its amount the subtotal.
    table_ = new QTreeView(this);
    table_->setObjectName(QStringLiteral("basisTable"));
    table_->setModel(model_);
    table_->setAlternatingRowColors(true);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    table_->setIndentation(14);
    table_->setUniformRowHeights(true);
    table_->setItemsExpandable(true);
    table_->header()->setStretchLastSection(false);
    table_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->header()->setSectionResizeMode(BasisModel::Item, QHeaderView::Stretch);
    // The money unit and the equipment kind are the combos below the tree.
    table_->setColumnHidden(BasisModel::MoneyUnitColumn, true);
    table_->setColumnHidden(BasisModel::EquipmentColumn, true);
    table_->setTextElideMode(Qt::ElideNone);
    delegate_ = new AmountDelegate(
        [m = model_](const QModelIndex& index, const QString& typed) -> AmountDelegate::Checked {
            return {m->refusal(index, typed), {}};  // no copy of the plan to keep: setData enters it
        },
        this);
    table_->setItemDelegate(delegate_);
    connect(model_, &QAbstractItemModel::modelReset, table_, &QTreeView::expandAll);
    // The buttons in a column beside the items, the totals on a row below: on one
    // row, the Russian totals and buttons asked ~1000 px, and at 1366 px the charts
    // beside the tabs gave up 200 of their 540 (their title was elided).
    auto* middle = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(table_, 1);
    // The current item's money unit (元 or 万元, as the applicant wrote it) and equipment kind.
    auto* itemRow = new QHBoxLayout;
    moneyUnitLabel_ = new QLabel(this);
    moneyUnit_ = new QComboBox(this);
    moneyUnit_->setObjectName(QStringLiteral("basisMoneyUnit"));
    moneyUnit_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    moneyUnitLabel_->setBuddy(moneyUnit_);
    equipmentLabel_ = new QLabel(this);
    equipment_ = new QComboBox(this);
    equipment_->setObjectName(QStringLiteral("basisEquipment"));
    equipment_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    equipmentLabel_->setBuddy(equipment_);
    itemRow->addWidget(moneyUnitLabel_);
    itemRow->addWidget(moneyUnit_);
    itemRow->addSpacing(12);
    itemRow->addWidget(equipmentLabel_);
    itemRow->addWidget(equipment_);
    itemRow->addStretch(1);
    left->addLayout(itemRow);
    // The details a call asks of an item at or above its threshold (kind item_threshold:
    // Hebei's 用途 / 主要性能指标 / 技术参数 of equipment of 50万元 or more), a field each.
    detailsRow_ = new QWidget(this);
    detailsRow_->setObjectName(QStringLiteral("basisDetails"));
    // A row each: on one row beside their names the fields were 60 px wide at 1366 px.
    auto* detailsLayout = new QGridLayout(detailsRow_);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->setVerticalSpacing(2);
    detailsLayout->setColumnStretch(1, 1);
    detailsLabel_ = new QLabel(detailsRow_);
    detailsLayout->addWidget(detailsLabel_, 0, 0, 1, 2);
    detailsRow_->setVisible(false);
    left->addWidget(detailsRow_);
    middle->addLayout(left, 1);
    auto* buttons = new QVBoxLayout;
    middle->addLayout(buttons);
    layout->addLayout(middle, 1);

    auto* bottom = new QHBoxLayout;
    total_ = new QLabel(this);
    total_->setObjectName(QStringLiteral("basisTotal"));
    difference_ = new QLabel(this);
    difference_->setObjectName(QStringLiteral("basisDifference"));
    add_ = new QPushButton(this);
    add_->setObjectName(QStringLiteral("basisAdd"));
    addGroup_ = new QPushButton(this);
    addGroup_->setObjectName(QStringLiteral("basisAddGroup"));
    outdent_ = new QToolButton(this);
    outdent_->setObjectName(QStringLiteral("basisOutdent"));
    outdent_->setArrowType(Qt::LeftArrow);
    indent_ = new QToolButton(this);
    indent_->setObjectName(QStringLiteral("basisIndent"));
    indent_->setArrowType(Qt::RightArrow);
    remove_ = new QPushButton(this);
    remove_->setObjectName(QStringLiteral("basisRemove"));
    setAmount_ = new QPushButton(this);
    setAmount_->setObjectName(QStringLiteral("basisSetAmount"));
    bottom->addWidget(total_);
    bottom->addSpacing(12);
    bottom->addWidget(difference_);
    bottom->addStretch(1);
    layout->addLayout(bottom);
    // Add and group on one row, the arrows and remove on another: the column stays three rows high.
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(add_);
    addRow->addWidget(addGroup_);
    auto* moveRow = new QHBoxLayout;
    moveRow->addWidget(outdent_);
    moveRow->addWidget(indent_);
    moveRow->addWidget(remove_, 1);
    buttons->addLayout(addRow);
    buttons->addLayout(moveRow);
    buttons->addWidget(setAmount_);
    buttons->addStretch(1);

    // The new item opens for typing its name (issue 29: focus stayed on the button).
    connect(add_, &QPushButton::clicked, this, [this] {
        const BasisModel::Path added = model_->addItem(table_->currentIndex());
        if (added.empty()) return;
        select(added);
        const QModelIndex name = model_->indexOf(added, BasisModel::Item);
        table_->setFocus();
        table_->edit(name);
    });
    connect(addGroup_, &QPushButton::clicked, this, [this] {
        const BasisModel::Path group = model_->addGroup(table_->currentIndex());
        if (group.empty()) return;
        select(group);
        table_->setFocus();
        table_->edit(model_->indexOf(group, BasisModel::Item));
    });
    connect(indent_, &QToolButton::clicked, this, [this] {
        const BasisModel::Path moved = model_->indent(table_->currentIndex());
        if (!moved.empty()) select(moved);
    });
    connect(outdent_, &QToolButton::clicked, this, [this] {
        const BasisModel::Path moved = model_->outdent(table_->currentIndex());
        if (!moved.empty()) select(moved);
    });
    connect(remove_, &QPushButton::clicked, this, [this] {
        const QModelIndex i = table_->currentIndex();
        if (i.isValid()) model_->removeAt(i);
    });
    connect(setAmount_, &QPushButton::clicked, model_, &BasisModel::setAmountToBasis);
    connect(lines_, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i < int(cellLines_.size()) && model_->line() != cellLines_[i]) model_->setLine(cellLines_[i]);
        refresh();
    });
    connect(unit_, &QComboBox::activated, this, [this](int i) { model_->setUnit(unit_->itemData(i).toInt()); });
    auto setItemField = [this](int column, const QString& id) {
        const QModelIndex i = table_->currentIndex();
        if (i.isValid()) model_->setData(i.siblingAtColumn(column), id);
    };
    connect(moneyUnit_, &QComboBox::activated, this, [this, setItemField](int i) {
        setItemField(BasisModel::MoneyUnitColumn, moneyUnit_->itemData(i).toString());
    });
    connect(lineEquipment_, &QComboBox::activated, this, [this](int i) {
        const QString id = lineEquipment_->itemData(i).toString();
        model_->setLineEquipment(equipment_kind_from_id(id.toStdString()));
    });
    connect(equipment_, &QComboBox::activated, this, [this, setItemField](int i) {
        setItemField(BasisModel::EquipmentColumn, equipment_->itemData(i).toString());
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showCell(current); });
    connect(doc, &Document::planChanged, this, &BasisEditor::refresh);
    connect(doc, &Document::documentReset, this, [this] {
        cell_.reset();
        refresh();
    });
    connect(table_->selectionModel(), &QItemSelectionModel::currentChanged, this, &BasisEditor::refreshItem);
    connect(model_, &QAbstractItemModel::dataChanged, this, &BasisEditor::refreshItem);
    connect(model_, &QAbstractItemModel::modelReset, this, &BasisEditor::refreshItem);
    table_->expandAll();
    retranslate();
    refresh();
}

void BasisEditor::select(const BasisModel::Path& path) {
    const QModelIndex i = model_->indexOf(path, BasisModel::Item);
    if (!i.isValid()) return;
    table_->expandAll();
    table_->setCurrentIndex(i);
    table_->scrollTo(i);
}

void BasisEditor::showItem(std::size_t line, const BasisModel::Path& path) {
    const auto at = std::find(cellLines_.begin(), cellLines_.end(), line);
    if (at == cellLines_.end()) return;
    if (model_->line() != line) {
        model_->setLine(line);
        refresh();
    }
    // Opened to show it, not as the user's choice of fold.
    if (isCollapsed()) fold(false);
    if (!path.empty()) select(path);
}

void BasisEditor::showCell(const QModelIndex& index) {
    const BudgetModel::Cell c = budget_->cellAt(index);
    if (index.isValid() && c.editable())
        cell_ = c;
    else
        cell_.reset();
    // The first line of the new cell.
    model_->setLine(std::nullopt);
    refresh();
}

std::vector<std::size_t> BasisEditor::linesOfCell() const {
    std::vector<std::size_t> out;
    if (!doc_ || !cell_) return out;
    const Plan& plan = doc_->plan();
    const Project& p = plan.project;
    for (std::size_t i = 0; i < plan.budget.size(); ++i) {
        const BudgetLine& l = plan.budget[i];
        if (l.category != *cell_->category || l.source != *cell_->source) continue;
        const bool outside = l.year < p.start_year || l.year > p.end_year;
        if (cell_->outside ? outside : l.year == *cell_->year) out.push_back(i);
    }
    return out;
}

void BasisEditor::refresh() {
    cellLines_ = linesOfCell();
    // The line shown stays where it is among the cell's lines; else the first.
    std::optional<std::size_t> line = model_->line();
    if (!line || std::find(cellLines_.begin(), cellLines_.end(), *line) == cellLines_.end())
        line = cellLines_.empty() ? std::nullopt : std::optional<std::size_t>(cellLines_.front());
    if (line != model_->line()) model_->setLine(line);

    const QSignalBlocker block(lines_);
    lines_->clear();
    const Plan& plan = doc_->plan();
    for (std::size_t i : cellLines_) {
        const BudgetLine& l = plan.budget[i];
        QString label = tr("line %1: %2 yuan").arg(i + 1).arg(formatMoney(l.amount, MoneyUnit::yuan));
        // Lines of several units in one cell: each says whose it is (the id; the name in its tooltip).
        const Partner* u = plan.partner(l.unit);
        if (u) label += QStringLiteral(" · ") + qs(u->id);
        if (!l.note.empty()) label += QStringLiteral(" — ") + qs(l.note);
        lines_->addItem(label);
        if (u) lines_->setItemData(lines_->count() - 1, qs(u->name), Qt::ToolTipRole);
    }
    const auto at = line ? std::find(cellLines_.begin(), cellLines_.end(), *line) : cellLines_.end();
    lines_->setCurrentIndex(at == cellLines_.end() ? -1 : int(at - cellLines_.begin()));
    lines_->setVisible(cellLines_.size() > 1);
    lineLabel_->setVisible(cellLines_.size() > 1);

    const BudgetLine* l = line ? &plan.budget[*line] : nullptr;
    // The line's unit: the applicant, then each partner (by name).
    {
        const QSignalBlocker blockUnit(unit_);
        unit_->clear();
        unit_->addItem(plan.applicant.name.empty() ? tr("Applicant") : qs(plan.applicant.name), -1);
        for (std::size_t k = 0; k < plan.partners.size(); ++k)
            unit_->addItem(plan.partners[k].name.empty() ? qs(plan.partners[k].id) : qs(plan.partners[k].name),
                           int(k));
        const Partner* p = l ? plan.partner(l->unit) : nullptr;
        unit_->setCurrentIndex(p ? int(p - plan.partners.data()) + 1 : 0);
        const bool units = l && !plan.partners.empty();
        unit_->setVisible(units);
        unitLabel_->setVisible(units);
    }
    place_->setToolTip(l ? model_->placeText() : QString());
    elidePlace();
    if (!cell_)
        empty_->setText(
            tr("Select a cell of one category and source in the budget grid to see the basis of its "
               "line."));
    else if (!l)
        empty_->setText(tr("This cell has no budget line yet: type an amount in the grid first."));
    else if (l->basis.empty())
        empty_->setText(
            tr("This line has no basis yet: add an item (what is bought or paid, how many, at what price)."));
    else
        empty_->clear();
    empty_->setVisible(!empty_->text().isEmpty());
    table_->setEnabled(l != nullptr);
    add_->setEnabled(l != nullptr);
    addGroup_->setEnabled(l != nullptr);
    refreshItem();

    if (!l || l->basis.empty()) {
        total_->clear();
        difference_->clear();
        setAmount_->setEnabled(false);
        return;
    }
    const Rational total = basisTotal(*l);
    const std::optional<Money> whole = basis_money(*l);
    total_->setText(
        tr("Basis total: %1 yuan · line amount: %2 yuan")
            .arg(qs(localize_number(exact_yuan_text(total), lang())), formatMoney(l->amount, MoneyUnit::yuan)));
    const Rational diff = total - l->amount.to_rational();
    QString d = tr("Difference: %1 yuan").arg(signedYuan(diff));
    if (!whole) d += tr(" (an item is not a whole fen)");
    difference_->setText(d);
    const bool red = diff.sign() != 0 || !whole;
    // A style sheet set again restyles the label: only when the colour changes.
    if (!difference_->property("red").isValid() || difference_->property("red").toBool() != red) {
        difference_->setStyleSheet(red ? QStringLiteral("QLabel { color: #c62828; font-weight: bold; }")
                                       : QStringLiteral("QLabel { color: #2e7d32; }"));
        difference_->setProperty("red", red);
    }
    difference_->setProperty("differs", diff.sign() != 0);
    setAmount_->setEnabled(whole && *whole != l->amount);
}

QLineEdit* BasisEditor::detailField(const std::string& id) const {
    for (const DetailField& d : details_)
        if (d.id == id) return d.edit;
    return nullptr;
}

void BasisEditor::refreshDetails(const QModelIndex& at) {
    const std::vector<ItemStatement> asked = model_->statementsAsked();
    const BasisItem* item = nullptr;
    if (at.isValid() && model_->line()) {
        const BasisModel::Path path = model_->pathOf(at);
        const std::vector<BasisItem>* list = &doc_->plan().budget[*model_->line()].basis;
        for (std::size_t k = 0; k < path.size() && list; ++k) {
            if (path[k] >= list->size()) {
                item = nullptr;
                break;
            }
            item = &(*list)[path[k]];
            list = &item->items;
        }
    }
    const bool shown = !asked.empty() && item && !item->is_group();
    detailsRow_->setVisible(shown);
    if (asked.empty()) return;
    // The fields again only when the statements asked change (another call or category).
    bool same = asked.size() == details_.size();
    for (std::size_t k = 0; same && k < asked.size(); ++k) same = asked[k].id == details_[k].id;
    if (!same) {
        for (DetailField& d : details_) {
            delete d.name;
            delete d.edit;
        }
        details_.clear();
        auto* grid = static_cast<QGridLayout*>(detailsRow_->layout());
        int row = 1;
        for (const ItemStatement& st : asked) {
            auto* name = new QLabel(detailsRow_);
            auto* edit = new QLineEdit(detailsRow_);
            edit->setObjectName(QStringLiteral("basisDetail_") + qs(st.id));
            name->setBuddy(edit);
            grid->addWidget(name, row, 0);
            grid->addWidget(edit, row++, 1);
            const std::string id = st.id;
            connect(edit, &QLineEdit::editingFinished, this, [this, edit, id] {
                if (!edit->isModified()) return;
                edit->setModified(false);
                model_->setDetail(table_->currentIndex(), id, edit->text());
            });
            details_.push_back({st.id, name, edit});
        }
    }
    for (std::size_t k = 0; k < details_.size(); ++k) {
        // The call's names are written to go inside a sentence ("use", "назначение"): as a label, capitalised.
        QString name = text(asked[k].name);
        if (!name.isEmpty()) name[0] = name[0].toUpper();
        details_[k].name->setText(tr("%1:").arg(name));
        const QString v = shown ? model_->detail(at, details_[k].id) : QString();
        if (!details_[k].edit->hasFocus() || !details_[k].edit->isModified()) details_[k].edit->setText(v);
        details_[k].edit->setCursorPosition(0);
        details_[k].edit->setToolTip(v);
    }
}

void BasisEditor::refreshItem() {
    const QModelIndex i = table_->currentIndex();
    refreshDetails(i);
    const bool item = i.isValid() && model_->line();
    remove_->setEnabled(item);
    indent_->setEnabled(item && model_->canIndent(i));
    outdent_->setEnabled(item && model_->canOutdent(i));
    moneyUnit_->setEnabled(item);
    equipment_->setEnabled(item);
    const QSignalBlocker a(moneyUnit_), b(equipment_);
    const int u = item ? moneyUnit_->findData(i.siblingAtColumn(BasisModel::MoneyUnitColumn).data(Qt::EditRole))
                       : -1;
    moneyUnit_->setCurrentIndex(item ? std::max(0, u) : -1);
    const int k = item ? equipment_->findData(i.siblingAtColumn(BasisModel::EquipmentColumn).data(Qt::EditRole))
                       : -1;
    equipment_->setCurrentIndex(item ? std::max(0, k) : -1);
    // Only an equipment line's items have a kind (购置 / 试制 / 改造 / 租赁).
    const std::optional<std::size_t> line = model_->line();
    const bool equipmentLine =
        doc_ && line && *line < doc_->plan().budget.size() && isEquipmentLine(doc_, doc_->plan().budget[*line]);
    equipment_->setVisible(equipmentLine);
    equipmentLabel_->setVisible(equipmentLine);
    lineEquipment_->setVisible(equipmentLine);
    lineEquipmentLabel_->setVisible(equipmentLine);
    if (equipmentLine) {
        const QSignalBlocker c(lineEquipment_);
        const std::optional<EquipmentKind> kind = doc_->plan().budget[*line].equipment;
        lineEquipment_->setCurrentIndex(
            std::max(0, lineEquipment_->findData(kind ? qs(std::string(to_id(*kind))) : QString())));
    }
}

void BasisEditor::setCollapsed(bool collapsed) {
    foldChosen_ = true;
    fold(collapsed);
}

void BasisEditor::fold(bool collapsed) {
    toggle_->setChecked(!collapsed);
    toggle_->setArrowType(collapsed ? Qt::RightArrow : Qt::DownArrow);
    if (body_->isHidden() == collapsed) return;
    body_->setVisible(!collapsed);
    // Folded, no taller than its one row, so a splitter gives the grid the rest.
    layout()->invalidate();
    setMaximumHeight(collapsed ? layout()->totalSizeHint().height() : QWIDGETSIZE_MAX);
    updateGeometry();
    // Opened, it takes the grid's empty room below its last row (at 1366×768 the
    // tree showed two items of a group while 70 px under the grid stayed blank).
    if (!collapsed) QTimer::singleShot(0, this, &BasisEditor::takeGridsSpareRoom);
}

void BasisEditor::takeGridsSpareRoom() {
    auto* split = qobject_cast<QSplitter*>(parentWidget());
    if (!split || split->count() != 2 || split->widget(1) != this || isCollapsed()) return;
    QWidget* above = split->widget(0);
    // The grid, or the Lines view in its place (the Budget tab's stack).
    if (auto* stack = qobject_cast<QStackedWidget*>(above)) above = stack->currentWidget();
    auto* grid = qobject_cast<QTableView*>(above);
    if (!grid) return;
    int need = grid->horizontalHeader()->height() + 2 * grid->frameWidth();
    for (int r = 0; r < grid->model()->rowCount(); ++r)
        if (!grid->isRowHidden(r)) need += grid->rowHeight(r);
    if (grid->horizontalScrollBar()->isVisible()) need += grid->horizontalScrollBar()->height();
    QList<int> sizes = split->sizes();
    const int spare = sizes[0] - need;
    if (spare <= 0) return;
    sizes[0] -= spare;
    sizes[1] += spare;
    split->setSizes(sizes);
}

bool BasisEditor::isCollapsed() const {
    return body_->isHidden();
}

void BasisEditor::retranslate() {
    toggle_->setText(tr("Budget basis"));
    toggle_->setToolTip(tr("Show or hide the basis (测算依据) of the grid's current cell"));
    lineLabel_->setText(tr("&Line:"));
    unitLabel_->setText(tr("U&nit:"));
    unit_->setToolTip(tr("Whose money the line is: the applicant's or a partner's (承担单位 / 合作单位)"));
    add_->setText(tr("&Add item"));
    addGroup_->setText(tr("&Group"));
    addGroup_->setToolTip(tr("Puts the selected item into a new group, whose amount is the subtotal of its items"));
    indent_->setToolTip(tr("Moves the item into the group above it"));
    outdent_->setToolTip(tr("Moves the item out of its group"));
    remove_->setText(tr("&Remove item"));
    setAmount_->setText(tr("Set amount to basis &total"));
    setAmount_->setToolTip(tr("Sets the line's amount to the sum of its items, as one undo step"));
    moneyUnitLabel_->setText(tr("Item's &money unit:"));
    detailsLabel_->setText(tr("Details the call asks:"));
    detailsLabel_->setToolTip(tr("What the call asks of an item at or above its unit-price threshold"));
    refreshDetails(table_->currentIndex());
    moneyUnit_->setToolTip(tr("The unit the applicant wrote this item's unit price and amount in (3000元/吨 or 0.3万元/吨)"));
    equipmentLabel_->setText(tr("E&quipment kind:"));
    lineEquipmentLabel_->setText(tr("Equipmen&t:"));
    lineEquipment_->setToolTip(
        tr("What the line's equipment money does: purchase, build, upgrade or lease (购置 / "
           "试制 / 改造 / 租赁); purchase counts in \"of which: equipment purchase\""));
    {
        const QSignalBlocker a(moneyUnit_), b(equipment_), c(lineEquipment_);
        moneyUnit_->clear();
        moneyUnit_->addItem(amountUnitName(std::nullopt), QString());
        moneyUnit_->addItem(amountUnitName(AmountUnit::yuan), QStringLiteral("yuan"));
        moneyUnit_->addItem(amountUnitName(AmountUnit::wan), QStringLiteral("wan"));
        equipment_->clear();
        equipment_->addItem(equipmentKindName(std::nullopt), QString());
        for (const std::string& id : equipment_kind_ids())
            equipment_->addItem(equipmentKindName(equipment_kind_from_id(id)), qs(id));
        lineEquipment_->clear();
        for (int k = 0; k < equipment_->count(); ++k)
            lineEquipment_->addItem(equipment_->itemText(k), equipment_->itemData(k));
    }
    refresh();
}

void BasisEditor::elidePlace() {
    const QString full = place_->toolTip();
    place_->setText(place_->fontMetrics().elidedText(full, Qt::ElideMiddle, std::max(place_->width(), 120)));
}

bool BasisEditor::eventFilter(QObject* watched, QEvent* event) {
    if (watched == place_ && event->type() == QEvent::Resize) elidePlace();
    return QWidget::eventFilter(watched, event);
}

void BasisEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace cofund::ui
