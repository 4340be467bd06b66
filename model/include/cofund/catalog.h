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

struct ClassInfo {
    Text name;
    int max_projects = 0;
    Money min_fiscal, max_fiscal;
    std::string clause;
};

struct SourceInfo {
    std::string id;
    std::string kind;  ///< special | fiscal | self
    Text name;
};

struct CategoryInfo {
    std::string id;
    Text name;
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

struct RatioRule {
    std::string clause;
    Rational multiple;
    std::string multiple_text;
    std::vector<Source> fiscal_side, self_side;
    bool enterprise_only = false;  ///< when: enterprise_applicant
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
    std::optional<RatioRule> ratio;
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

struct IndirectBracket {
    std::optional<Money> up_to;
    Rational rate;
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
    std::map<std::string, Text> clauses;
    ClassInfo key, general;
    std::vector<SourceInfo> sources;
    std::vector<CategoryInfo> categories;
    std::map<std::string, std::string> eligibility;  ///< region_clause … → clause id
    std::string indirect_source;
    std::vector<IndirectBracket> indirect_brackets;
    std::optional<BasisPractice> basis;  ///< absent: no basis.missing findings
    std::vector<Indicator> common_indicators;
    std::vector<Direction> directions;
    std::vector<Annex> annexes;

    const Annex* annex(int number) const;
    const Direction* direction(int number) const;
    const ClassInfo& klass(ProjectClass c) const { return c == ProjectClass::key ? key : general; }
    /// Any indicator the call knows (annex or common), or nullptr.
    const Indicator* indicator(std::string_view id) const;
    /// The indicators that apply to a plan: its annex's, then the common ones.
    std::vector<const Indicator*> indicators_for(const Plan&) const;
    const Text* clause(std::string_view id) const;
    std::string eligibility_clause(const std::string& key) const;
    const Text& source_name(Source) const;
    const Text& category_name(Category) const;
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
