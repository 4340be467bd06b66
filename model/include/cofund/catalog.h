// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The call catalog: one call for proposals as data (docs/catalog-format.md).
// The 2018 call ships embedded; another call is another JSON file.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cofund/money.h"
#include "cofund/plan.h"
#include "cofund/result.h"
#include "cofund/text.h"

namespace cofund {

struct Sums;

enum class Op { ge, gt, le, eq, about };
enum class Measure { total, cumulative, final_year, growth_pct, reduction_pct };
enum class IndicatorKind { binding, expected, common };

std::string_view to_id(Op);
std::string_view to_symbol(Op);  ///< "≥", ">", "≤", "=", "≈"
std::string_view to_id(Measure);
std::string_view to_id(IndicatorKind);

struct Indicator {
    std::string id;
    IndicatorKind kind = IndicatorKind::expected;
    Text name;
    Text unit;
    Op op = Op::ge;
    Rational bound;
    std::string bound_text;
    std::optional<std::pair<std::string, std::string>> band;  ///< the call's X–Y band
    Measure measure = Measure::total;
    bool patent = false;
    std::string money;  ///< "", "cny" or "usd"
    std::optional<Category> backed_by;
    std::string clause;
    int annex = 0;  ///< 0 for the common indicators

    /// Whether `value` meets the target (about: always; = means at least, a yes/no promise).
    bool meets(const Rational& value) const;
    /// Whether the indicator counts whole things (cans, persons, papers, items):
    /// not money, not a percentage, not a measured unit (m², mu, km², t, µm).
    /// People read a counted value in whole units; JSON keeps the exact value.
    bool counted() const;
    /// "≥ 30", "> 500,000,000", "≈ 500,000" — the target for people.
    std::string target_text(Lang lang = Lang::en) const;
};

/// One task of an annex (二、项目任务), in the call's order: `aN.tK` is annex N's task K.
struct Task {
    std::string id;     ///< "a3.t2"
    Text name;          ///< a short name, in three languages
    std::string words;  ///< the call's own words (zh), without the "任务K." before them
};

/// What a project of a class names besides its class (docs/catalog-format.md, "classes").
enum class Track { none, annex, direction };

/// A class of project the call funds (重点项目, 区域科技创新体系项目, …).
struct ClassInfo {
    std::string id;  ///< as plans name it in project.class
    Text name;
    /// The class as messages speak of it ("the key-project maximum", "размер
    /// поддержки ключевого проекта"); the name where the call file gives none.
    Text phrase;
    /// Short, for tables and counts ("key" → "8 key, 3 general"; the call file's `short`, else the name).
    Text short_name;
    /// How a count of its projects is named ("key" projects, "ключевых проектов"; `counted`, else the short name).
    Text counted;
    Track track = Track::none;
    std::string track_clause;  ///< the clause that lists the annexes or directions (`track_clause`; else `clause`)
    std::optional<int> max_projects;           ///< nullopt: not stated
    std::optional<Money> min_fiscal, max_fiscal;  ///< either end may be not stated
    std::string clause;
};

struct SourceInfo {
    std::string id;
    std::string kind;  ///< special | fiscal | self
    Text name;
};

/// One budget category of the call, in the order of the call's budget table.
struct CategoryInfo {
    std::string id;
    Text name;
    Category category;  ///< the id, interned
    /// Indirect costs (间接费用): not a direct cost; a cap's base leaves them out
    /// and the report's table puts them under "II. Indirect costs".
    bool indirect = false;
    /// Equipment: its lines and items may say what the money does (purchase, build, …).
    bool equipment = false;
    /// The clause that forbids money in this category ("" when allowed): a
    /// line in it is the error budget.forbidden. Views show the category only
    /// when the plan has money there.
    std::string forbidden;
    /// `cofund new` puts a zero line of this category in a fresh plan (the call file's `new`).
    bool in_template = false;
    /// The placeholder justification item a fresh plan shows for it (`new.item`, `units`, `price_unit`).
    struct Example {
        std::string item, price_unit;
        std::vector<std::string> units;
    } example;
};

struct JointRequirement {
    std::string clause;
    std::vector<std::vector<OrgType>> groups;  ///< each group: at least one participant of one of its types
    std::string country;                       ///< optional: a participant from this country
};

struct ProducerRequirement {
    std::string clause;
    bool legal_person = false, production = false, haccp = false;
    std::optional<Money> revenue_floor, south_revenue_floor, export_floor_usd;
};

/// When a rule applies (docs/catalog-format.md, "when"): every stated list must
/// hold the plan's value; an empty list holds anything.
struct Condition {
    std::vector<std::string> classes;     ///< the plan's class
    std::vector<int> annexes;             ///< the key project's annex
    std::vector<OrgType> applicant;       ///< the applicant's type
    std::vector<OrgType> any_participant;  ///< the applicant or some partner is of one of these types

    bool holds(const Plan&) const;
    bool empty() const { return classes.empty() && annexes.empty() && applicant.empty() && any_participant.empty(); }
};

/// A co-funding ratio rule (kind "ratio"): self side ≥ multiple × fiscal side,
/// on the project's totals (cofunding.ratio) and year by year (cofunding.yearly).
/// The first rule of the catalog whose condition holds and whose exemption does
/// not is the plan's; a multiple that depends on the applicant's type is two rules.
struct RatioRule {
    std::string clause;
    Rational multiple;
    std::string multiple_text;
    std::vector<Source> fiscal_side, self_side;
    Condition when;
    /// Exempt when the applicant and every partner are of one of these types
    /// (empty: no exemption); `exempt_clause` names the words that say so.
    std::vector<OrgType> exempt_all;
    /// The exempt types as the call names them ("public institution", "事业单位"), for messages.
    Text exempt_names;
    bool exempt(const Plan&) const;
};

/// A plan fact a date rule reads (docs/plan-format.md: applicant.registered_on, applicant.leader_born_on).
enum class DateFact { registered_on, leader_born_on };
std::string_view to_id(DateFact);
/// "2025-01-01": four digits, a month 01–12 and a day 01–31, as date rules and plans write dates.
bool is_iso_date(std::string_view);

/// Kind "date": a plan's date on or before / on or after a limit (eligibility.date).
struct DateRule {
    std::string clause;
    Condition when;
    DateFact fact = DateFact::registered_on;
    bool on_or_before = true;  ///< false: on or after
    std::string limit;         ///< YYYY-MM-DD
};

/// Kind "declaration": a yes/no the applicant states in applicant.declarations (eligibility.declaration).
struct DeclarationRule {
    std::string clause;
    Condition when;
    std::string id;  ///< the key in applicant.declarations
    Text name;       ///< what is declared
};

/// Kind "applicant_type": the applicant must (or must not) be of these types (eligibility.applicant_type).
struct ApplicantTypeRule {
    std::string clause;
    Condition when;
    std::vector<OrgType> types;
    std::string types_text;  ///< as the file names them: "enterprise", "public_institution"
    bool must = true;        ///< false: must not
};

/// One region a partner may be registered in (partners[].region).
struct Region {
    std::string id;
    Text name;
};

/// Kind "partners": at least one partner, each registered in one of the
/// regions (when listed), and some partner of the types (when listed) (eligibility.partners).
struct PartnerRule {
    std::string clause;
    Condition when;
    std::vector<Region> regions;
    std::vector<OrgType> some_partner;
    std::string some_partner_text;
};

/// Kind "period": a project period limit under a condition (period.max_years); the
/// first whose condition holds replaces the catalog's max_years for the plan.
struct PeriodRule {
    std::string clause;
    Condition when;
    int max_years = 0;
};

/// Whom a program limit counts projects for (kind "program_limit").
enum class LimitPer {
    enterprise,  ///< an applicant of type enterprise, by its name
    leader,      ///< a person as the project's leader (project.leader)
    person,      ///< a person as leader or member (project.leader, project.members)
};
std::string_view to_id(LimitPer);

/// Kind "program_limit": in a selection of plans (`cofund portfolio`), at most
/// `max` of the plans the condition holds for per enterprise, per leader or per
/// person (program.limit).
struct ProgramLimitRule {
    std::string clause;
    Condition when;
    LimitPer per = LimitPer::enterprise;
    int max = 1;
};

/// Kind "indicators": the plan's indicators with targets by year (Plan::targets,
/// docs/plan-format.md), as a call that leaves the indicators to the applicant
/// asks them: at least `min_count` of them (indicator.count); with `by_year`, a
/// target for the project's first year for each (indicator.by_year); with a
/// `first_year_share`, each first-year target at least that share of the
/// indicator's whole-period target (indicator.first_year). Every rule whose
/// condition holds applies.
struct IndicatorsRule {
    std::string clause;
    Condition when;
    int min_count = 0;  ///< 0: no minimum stated
    bool by_year = false;
    std::optional<Rational> first_year_share;  ///< in (0, 1]; nullopt: not stated
    std::string first_year_share_text;         ///< as written, "0.50"
};

/// A clause the program cannot check from a plan: a reviewer checks it by hand.
struct ByHand {
    std::string clause;
    Text what;  ///< what to look at, briefly
};

struct Annex {
    int number = 0;
    Text title;
    std::string country;
    Text location;
    std::vector<Scope> scopes;
    std::string scope_clause;
    std::optional<std::string> enterprise_lead;  ///< clause
    std::optional<JointRequirement> joint;
    std::optional<std::pair<std::string, std::string>> prior_cooperation;  ///< clause, severity
    std::optional<std::string> matching_proof;                             ///< clause
    std::optional<ProducerRequirement> producer;
    std::vector<Task> tasks;  ///< in the call's order; empty where the catalog lists none
    std::vector<Indicator> indicators;

    bool allows(Scope s) const;
    /// The annex's task with this id, or nullptr.
    const Task* task(std::string_view id) const;
};

struct Direction {
    int number = 0;
    Text name;
    std::string clause;
};

struct Catalog;

/// One bracket of a cap: the share of the base from the previous bracket's
/// `up_to` (the first from zero) to its own; the last has none and runs on.
struct CapBracket {
    std::optional<Money> up_to;  ///< nullopt: the last, open bracket
    Rational share;
    std::string share_text;  ///< as written, "0.20"
};

/// What a cap is a share of (kind "cap", `base`; docs/catalog-format.md).
enum class CapBase {
    total,                          ///< every category
    direct,                         ///< every category the call does not mark indirect
    direct_less_equipment,          ///< … less the categories it marks equipment
    direct_less_equipment_purchase  ///< … less the equipment money marked `purchase` (其中：购置设备费)
};
std::string_view to_id(CapBase);
std::optional<CapBase> cap_base_from_id(std::string_view);

/// Kind "cap": the money of some categories at most a share of a base, by
/// brackets, on the fiscal and the self-raised side each on its own (the
/// 2018 practice cap on indirect costs, 中办发〔2016〕50号; the 2021 caps of
/// 国办发〔2021〕32号). A cap of the indirect mark is the finding
/// budget.indirect_cap, any other budget.cap; a warning from practice when the
/// rule names only its `source`, an error of the call when it names a clause.
struct CapRule {
    std::string clause;  ///< the call's clause; "" for a practice cap
    std::string source;  ///< the documents a practice cap follows, for messages ("" for a call's own)
    Condition when;
    bool of_indirect = false;  ///< `"of": "indirect"`: the categories the call marks indirect
    std::vector<Category> of;  ///< otherwise these
    CapBase base = CapBase::direct_less_equipment;
    std::vector<CapBracket> brackets;           ///< rising, the last open
    bool fiscal_side = true, self_side = true;  ///< `sides`: which sides are capped

    /// Whether the rule caps money of this category.
    bool caps(Category, const Catalog&) const;
    /// Σ over the brackets of the base's part in it × its share, rounded down to the fen (exact until then).
    Money cap(const Money& base) const;
    /// The finding: "budget.indirect_cap" or "budget.cap".
    std::string_view rule_id() const { return of_indirect ? "budget.indirect_cap" : "budget.cap"; }
};

/// A statement an item threshold asks of each item at or above it (`states`):
/// the key of the basis item's `details` and what it is called.
struct ItemStatement {
    std::string id;  ///< "use", "performance", "parameters"
    Text name;       ///< "用途", "use", "назначение"
};

/// Kind "item_threshold": each basis item of the categories whose unit price
/// is at or above a threshold states some details (basis.threshold; Hebei's
/// 单价50万元以上的设备: use, main performance figures, technical parameters).
/// A line of these categories of at least the threshold with no basis cannot
/// show that it holds no such item, and is the same finding.
struct ItemThresholdRule {
    std::string clause;
    Condition when;
    bool of_equipment = false;  ///< `"of": "equipment"`: the categories the call marks equipment
    std::vector<Category> of;   ///< otherwise these
    Money unit_price_at_least;
    std::vector<ItemStatement> states;

    bool covers(Category, const Catalog&) const;
};

/// Which budget lines reviewers expect a justification (测算依据) for, and the
/// exemption of travel, meetings and international cooperation while they stay
/// within a share of direct costs (practice.basis, docs/catalog-format.md).
struct BasisPractice {
    std::string source;                       ///< the documents it follows, for messages
    std::vector<Source> sources;              ///< the lines of these sources are expected to carry a basis
    std::vector<Category> categories;         ///< … when of one of these categories
    std::vector<Category> exempt_categories;  ///< together need none while within the share
    Rational exempt_max_share;                ///< of the same sources' direct costs (all but indirect), e.g. 1/10
    std::string exempt_max_share_text;        ///< as written, "0.10"
    std::string exempt_source;

    bool expects(Category c) const;
    bool covers(Source s) const;
    bool exempts(Category c) const;
};

struct Catalog {
    std::string id;
    Text title;
    Text region;
    int max_years = 3;
    std::string period_clause;
    int year = 0;             ///< the call's year: no project starts before it (0: not stated)
    std::string year_clause;  ///< the clause that states it
    std::map<std::string, Text> clauses;
    std::vector<ClassInfo> classes;  ///< in the call's order
    std::vector<SourceInfo> sources;
    std::vector<CategoryInfo> categories;
    std::map<std::string, std::string> eligibility;  ///< region_clause … → clause id
    std::optional<BasisPractice> basis;  ///< absent: no basis.missing findings
    std::vector<Indicator> common_indicators;
    std::vector<Direction> directions;
    std::vector<Annex> annexes;
    std::vector<RatioRule> ratio_rules;  ///< in the catalog's order
    std::vector<DateRule> date_rules;
    std::vector<DeclarationRule> declaration_rules;
    std::vector<ApplicantTypeRule> applicant_type_rules;
    std::vector<PartnerRule> partner_rules;
    std::vector<PeriodRule> period_rules;
    std::vector<ProgramLimitRule> program_limit_rules;  ///< checked over a selection (portfolio)
    std::vector<CapRule> cap_rules;  ///< in the catalog's order; cofund-catalog/1's practice.indirect_cap is one
    std::vector<ItemThresholdRule> item_threshold_rules;
    std::vector<IndicatorsRule> indicators_rules;
    std::vector<ByHand> by_hand;  ///< clauses to be checked by hand, in the catalog's order

    const Annex* annex(int number) const;
    /// The longest period the call allows a plan, with its clause: the first
    /// period rule whose condition holds, else max_years and period_clause.
    std::pair<int, std::string> period_for(const Plan&) const;
    /// The ratio rule that binds a plan (the first whose condition holds and
    /// whose exemption does not), or nullptr.
    const RatioRule* ratio_for(const Plan&) const;
    /// The ratio rule whose exemption frees the plan (the first whose condition
    /// holds, when its exemption holds), or nullptr.
    const RatioRule* ratio_exempting(const Plan&) const;
    /// The ratio rules whose condition names this annex, for people reading the call.
    std::vector<const RatioRule*> ratio_rules_of_annex(int number) const;
    const Direction* direction(int number) const;
    /// The class with this id; an empty class (nothing stated) for an id the call does not have.
    const ClassInfo& klass(std::string_view id) const;
    /// The class with this id, or nullptr.
    const ClassInfo* find_class(std::string_view id) const;
    /// Any indicator the call knows (annex or common), or nullptr.
    const Indicator* indicator(std::string_view id) const;
    /// The indicators that apply to a plan: its annex's, then the common ones.
    std::vector<const Indicator*> indicators_for(const Plan&) const;
    /// The rules of kind `indicators` whose condition holds for a plan, in the catalog's order.
    std::vector<const IndicatorsRule*> indicators_rules_for(const Plan&) const;
    const Text* clause(std::string_view id) const;
    std::string eligibility_clause(const std::string& key) const;
    const Text& source_name(Source) const;
    const Text& category_name(Category) const;
    /// The call's category with this id, or nullptr.
    const CategoryInfo* category(std::string_view id) const;
    /// The call's entry for a category, or nullptr when the call does not list it.
    const CategoryInfo* category(Category) const;
    bool indirect(Category c) const;
    /// The categories of the call's budget table for a plan's sums: every one
    /// the call allows, and a forbidden one only where the plan has money.
    std::vector<const CategoryInfo*> table_categories(const Sums& all) const;
    /// The category ids of the call, for "did you mean" hints.
    std::vector<std::string> category_ids() const;
    /// Every indicator id, for "did you mean" hints.
    std::vector<std::string> indicator_ids() const;
    /// Any annex's task with this id, or nullptr.
    const Task* task(std::string_view id) const;
};

/// Reads and validates a catalog (docs/catalog-format.md). A broken catalog is
/// a refusal naming the JSON pointer and the line and column of the value it
/// names (or, for a syntax error, the line and column), never a crash.
Result<Catalog> read_catalog(std::string_view text);

/// The catalog of the 2018 call, embedded in the program. Throws
/// std::logic_error if the embedded data is broken (a build defect).
const Catalog& builtin_catalog();
/// The embedded catalog's JSON text.
std::string_view builtin_catalog_text();

}  // namespace cofund
