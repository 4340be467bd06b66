// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The plan: one project's application budget (plan file format cofund-plan/1,
// see docs/plan-format.md). Pure data: the sums live in summary.h,
// reading and writing live in plan_io.h.

#include <nlohmann/json.hpp>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cofund/money.h"

namespace cofund {

/// Unknown fields of a JSON object, kept so that saving loses nothing.
using Extra = nlohmann::ordered_json;

enum class Source { fiscal, other_fiscal, self, loan, partner, other };
inline constexpr int kSourceCount = 6;
inline constexpr std::array<Source, kSourceCount> kSources = {Source::fiscal, Source::other_fiscal, Source::self,
                                                              Source::loan,   Source::partner,      Source::other};

/// A budget category (设备费, 业务费, 间接费用, …): one of the categories a call
/// file lists (Catalog::categories gives its names, its part of the budget and
/// its place in the call's table). A value is the category's id, interned:
/// equal ids are equal values whichever call names them, and a value is cheap
/// to copy, compare and use as an index. The program names no category: the
/// call files do.
class Category {
  public:
    /// No category (a default-made line before it is given one): id() is "".
    constexpr Category() = default;
    /// The category with this id, registered the first time it is named (the
    /// call reader registers every call's categories).
    static Category of(std::string_view id);
    /// The category with this id if some call read so far names it.
    static std::optional<Category> find(std::string_view id);
    /// How many categories are registered: index() is below it.
    static int count();
    /// The category whose index() is `i` (0 ≤ i < count()).
    static Category from_index(int i) { return Category(i); }

    std::string_view id() const;
    /// A dense number from 0 in the order ids were first registered, for tables
    /// indexed by category; -1 for no category. Never an order people see.
    int index() const { return index_; }
    bool valid() const { return index_ >= 0; }
    friend bool operator==(Category, Category) = default;
    friend auto operator<=>(Category, Category) = default;

  private:
    explicit Category(int index) : index_(index) {}
    int index_ = -1;
};

/// The longest project period the plan reader accepts: 2000–2100.
inline constexpr int kMaxPeriodYears = 2100 - 2000 + 1;

enum class Scope { whole, subproject };
enum class OrgType { enterprise, institute, university, other };
enum class AmountUnit { yuan, wan };
/// What equipment money does (购置 / 试制 / 改造 / 租赁): the 2021 budget
/// table's "of which: purchase" row (其中：购置设备费) counts `purchase`.
enum class EquipmentKind { purchase, build, upgrade, lease };

/// The plan-file id of each enum value ("fiscal", "equipment", …).
std::string_view to_id(Source);
std::string_view to_id(Category);
std::string_view to_id(Scope);
std::string_view to_id(OrgType);
std::string_view to_id(AmountUnit);
std::string_view to_id(EquipmentKind);
std::optional<EquipmentKind> equipment_kind_from_id(std::string_view);
const std::vector<std::string>& equipment_kind_ids();
std::optional<Source> source_from_id(std::string_view);
/// The category with this id if some call read so far names it (Category::find).
std::optional<Category> category_from_id(std::string_view);
std::optional<OrgType> org_type_from_id(std::string_view);
const std::vector<std::string>& source_ids();
const std::vector<std::string>& org_type_ids();

/// Whether `id` is a line's or a partner's id: 1 to 32 Latin letters, digits,
/// '-', '_' or '.' ("L7", "P1", "equip-2019"). The plan reader and import check it.
bool is_short_id(std::string_view id);

/// True for the self-raised (自筹) sources: self, loan, partner, other.
bool is_self_raised(Source);

/// A decimal as written in the file, and its exact value.
struct Decimal {
    std::string text;  ///< as written (or as the program would write it)
    Rational value;
    static Decimal of(const Rational& v);  ///< text from the value, trimmed
};

/// One factor of a basis item: a quantity and its unit ("3" 人, "0.5" 月).
struct BasisFactor {
    Decimal value;     ///< ≥ 0; zero is read, and reported by the rule basis.item
    std::string unit;  ///< free text, empty when absent
    Extra extra = Extra::object();
};

/// One item of a line's budget justification (测算依据), in one of three shapes
/// (docs/plan-format.md):
/// - a product: what is bought or paid, the quantities and the unit price; its
///   amount is Π factors × unit price, exact (basis.h);
/// - a lump sum (`amount`, no unit price): "论文版面费：2.00万元"; its factors,
///   if any, only describe it ("2 篇") and are not multiplied;
/// - a group (`items`): a subtotal over items of any shape, to any depth.
/// Any of them may carry `stated`, the result the applicant wrote, which the
/// rules compare with the exact figure.
struct BasisItem {
    std::string item;                  ///< non-empty
    std::vector<BasisFactor> factors;  ///< a product: at least one; a lump: any number, descriptive; a group: none
    Money unit_price;                  ///< a product's, in yuan (fen), whatever the file's unit
    std::string price_unit;            ///< free text ("元/人·天"), empty when absent
    std::optional<Money> lump;         ///< a lump sum's amount (the file's `amount`), in yuan
    std::vector<BasisItem> items;      ///< a group's items; empty for a product or a lump
    std::optional<Money> stated;       ///< the result as the applicant wrote it, in yuan
    /// The units the file writes this item's money in, when the item says
    /// (`money_unit` for `unit_price` and `amount`, `stated_unit` for `stated`);
    /// nullopt: the plan's unit (and for `stated`, the item's money unit).
    std::optional<AmountUnit> money_unit, stated_unit;
    std::optional<EquipmentKind> equipment;  ///< an equipment item's kind, when stated
    Extra extra = Extra::object();

    bool is_group() const { return !items.empty(); }
    bool is_lump() const { return lump.has_value(); }
};

struct BudgetLine {
    int year = 0;
    Category category;
    Source source = Source::fiscal;
    Money amount;      ///< always in yuan (fen), whatever the file's unit
    std::string note;  ///< empty when absent
    std::string task;  ///< the task of the call the line pays for ("a3.t2"); empty when absent
    Extra extra = Extra::object();

    /// The line's justification (docs/plan-format.md); empty when absent.
    std::vector<BasisItem> basis;
    std::optional<EquipmentKind> equipment;  ///< an equipment line's kind, when stated
    /// A short id, unique in the plan, that never changes once given (writers
    /// give one to a line without: assign_line_ids); empty in a hand-written
    /// file that has none. `import --base` and `diff` pair lines by it.
    std::string id;
    /// The participating unit whose money this is: a partner's `id`; empty for
    /// the applicant's (docs/plan-format.md, "Units").
    std::string unit;
};

/// A task of the call the project covers (`tasks[]`): the catalog's id, what
/// the project does for it, and who leads it (the applicant or a partner).
struct PlanTask {
    std::string id;       ///< "a3.t2"; unique in the plan
    std::string summary;  ///< empty when absent
    std::string lead;     ///< empty when absent
    Extra extra = Extra::object();
};

/// A total the applicant typed into the form's budget table (`declared[]`):
/// the lines of the named categories and sources (all when empty), or of one
/// equipment kind, must add up to it (the rule declared.sum).
struct DeclaredTotal {
    std::string heading;                      ///< as the form writes it: "业务费", "自筹资金合计", "合计"
    std::vector<Category> categories;         ///< empty: every category
    std::vector<Source> sources;              ///< empty: every source
    std::optional<EquipmentKind> equipment;   ///< only money of this equipment kind
    Money amount;                             ///< in yuan
    bool categories_list = false, sources_list = false;  ///< written as a list, not one id
    Extra extra = Extra::object();
};

/// A participating unit other than the applicant (合作单位).
struct Partner {
    std::string name;
    std::string country;  ///< ISO 3166 alpha-2, upper case
    OrgType type = OrgType::other;
    Extra extra = Extra::object();
    // Added after `extra`, so that {name, country, type, extra} still initialises a partner.
    /// A short id, unique in the plan, that lines name in `unit` ("P1"); empty in
    /// a file without one (writers give one: assign_partner_ids).
    std::string id;
    std::string region;  ///< the registered region, free text; empty when absent
    /// This unit's proof of matching funds (2018 annex 2), when the file says;
    /// nullopt: the plan-level applicant.matching_funds_proof speaks for it.
    std::optional<bool> matching_funds_proof;
};

struct Applicant {
    std::string name;
    OrgType type = OrgType::enterprise;
    bool registered_in_region = true;
    bool legal_person = true;
    bool production_enterprise = false;
    bool haccp_certified = false;
    bool south_xinjiang = false;
    std::optional<Money> avg_revenue;     ///< CNY
    std::optional<Money> avg_export_usd;  ///< USD, in cents
    int unfinished_projects = 0;
    bool cooperation_agreement = true;
    bool prior_cooperation = false;
    bool matching_funds_proof = false;
    Extra extra = Extra::object();
};

struct Project {
    std::string title;
    /// The call's class id ("key", "regional"): Catalog::classes says what it
    /// asks (an annex, a direction, or neither).
    std::string klass;
    std::optional<int> annex;      ///< with a class whose projects name an annex
    std::optional<int> direction;  ///< with a class whose projects name a direction
    Scope scope = Scope::whole;
    bool scope_stated = false;  ///< whether the file named a scope
    int start_year = 2018;
    int end_year = 2020;
    /// The project leader's name ("" when not stated) and the other members'
    /// names, as the forms write them: a call's program limits per person count them.
    std::string leader;
    std::vector<std::string> members;
    Extra extra = Extra::object();

    int years() const { return end_year - start_year + 1; }
};

/// An indicator the plan states with its targets by year (`targets[]`,
/// docs/plan-format.md): the applicant's own indicator (a call without an
/// indicator list, such as Hebei 2026, leaves them to the applicant), or one of
/// the call's by its id. Rules of kind `indicators` (catalog.h) judge them.
struct Target {
    std::string id;    ///< a short id (is_short_id), unique among the plan's targets
    std::string name;  ///< the applicant's words; empty only when `id` is one of the call's indicators
    std::string unit;  ///< free text ("篇", "万元"), empty when absent
    Decimal total;     ///< the whole-period target, ≥ 0
    /// year → that year's target (≥ 0), in year order; the reader takes any year
    /// 2000–2100, the rule indicator.year finds one outside the project period.
    std::map<int, Decimal> years;
    Extra extra = Extra::object();

    /// The year's target, or nullptr when the plan states none for it.
    const Decimal* in_year(int year) const {
        auto it = years.find(year);
        return it == years.end() ? nullptr : &it->second;
    }
};

struct Growth {
    Decimal rate;
    std::optional<Decimal> low, high;
    Extra extra = Extra::object();
};

struct Projection {
    std::string indicator;
    Decimal baseline;
    std::map<int, Decimal> values;  ///< explicit yearly values (empty with growth)
    std::optional<Growth> growth;
    Extra extra = Extra::object();
};

struct Assumptions {
    std::optional<Decimal> usd_cny;
    std::optional<Decimal> discount_rate;
    Extra extra = Extra::object();
};

/// Sums by source kind (see summary.h for the one place they are computed).
struct Totals {
    Money fiscal;        ///< source `fiscal` (the special fund applied for)
    Money other_fiscal;  ///< source `other_fiscal`
    Money self_raised;   ///< self + loan + partner + other
    Money total() const { return fiscal + other_fiscal + self_raised; }
    Totals& operator+=(const Totals& o);
};

struct Plan {
    std::string format = "cofund-plan/1";
    std::string call = "xj-sco-2018";
    AmountUnit unit = AmountUnit::yuan;
    bool unit_stated = false;
    Project project;
    Applicant applicant;
    std::vector<Partner> partners;
    bool partners_stated = false;
    /// The tasks the project covers; `tasks_stated` is false for a file without the member.
    std::vector<PlanTask> tasks;
    bool tasks_stated = false;
    std::vector<BudgetLine> budget;
    /// indicator id → planned value, in file order.
    std::vector<std::pair<std::string, Decimal>> indicators;
    bool indicators_stated = false;
    /// The indicators with targets by year, in file order; `targets_stated` is false for a file without the member.
    std::vector<Target> targets;
    bool targets_stated = false;
    std::vector<Projection> projections;
    bool projections_stated = false;
    std::optional<Assumptions> assumptions;
    /// The form's own totals, in file order; empty when absent.
    std::vector<DeclaredTotal> declared;
    Extra extra = Extra::object();

    /// The stated value of an indicator, if any: its `indicators` entry, else
    /// the whole-period total of the target of that id (a call's indicator
    /// stated with its targets by year).
    const Decimal* indicator(std::string_view id) const;
    /// The partner whose id is `id`, or nullptr (also for "", the applicant).
    const Partner* partner(std::string_view id) const;
};

}  // namespace cofund
