// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the rule families share: the finding writer, the class and side names in
// three languages, number formatting, and the declarations of every rule
// function, one family a file (money.cpp, indicators.cpp, tasks.cpp,
// eligibility.cpp, practice.cpp, basis.cpp); registry.cpp lists them in order. Private to model/.

#include <fmt/format.h>

#include <string>
#include <vector>

#include "cofund/format.h"
#include "cofund/rules.h"

namespace cofund::rules {

using Out = std::vector<Finding>;

inline void add(Out& out, std::string rule, Severity sev, std::string clause, std::string path, std::string en,
                std::string zh, std::string ru, bool practice = false) {
    out.push_back(make_finding(std::move(rule), sev, std::move(clause), std::move(path), std::move(en), std::move(zh),
                               std::move(ru), practice));
}

const std::string& class_phrase(const Catalog& cat, const std::string& c, Lang lang);
std::string side_en(const std::vector<Source>& side);
std::string side_zh(const std::vector<Source>& side);
bool special_fund_only(const std::vector<Source>& side);
const char* side_ru_gen(const std::vector<Source>& side);
const char* side_ru_short_gen(const std::vector<Source>& side);
const char* side_ru_short_acc(const std::vector<Source>& side);
const char* plural_ru(long n, const char* one, const char* few, const char* many);
/// A whole number as is, any other with two decimals, as `lang` writes numbers.
std::string num(const Rational& v, Lang lang = Lang::en);
std::string with_unit(const Rational& v, const Indicator& ind, Lang lang);
const Annex* annex_of(const RuleInput& in);

// money.cpp
void period_start_year(const RuleInput& in, Out& out);
void period_max_years(const RuleInput& in, Out& out);
void budget_year(const RuleInput& in, Out& out);
void budget_forbidden(const RuleInput& in, Out& out);
void support_range(const RuleInput& in, Out& out);
void cofunding_ratio(const RuleInput& in, Out& out);
void cofunding_yearly(const RuleInput& in, Out& out);
void cofunding_leverage(const RuleInput& in, Out& out);

// indicators.cpp
void scope_whole(const RuleInput& in, Out& out);
void indicator_binding(const RuleInput& in, Out& out);
void indicator_expected(const RuleInput& in, Out& out);
void indicator_projection(const RuleInput& in, Out& out);
void projection_invalid(const RuleInput& in, Out& out);
void indicator_about(const RuleInput& in, Out& out);
void indicator_unknown(const RuleInput& in, Out& out);
void indicator_patent(const RuleInput& in, Out& out);
void indicator_year(const RuleInput& in, Out& out);
void indicator_count(const RuleInput& in, Out& out);
void indicator_by_year(const RuleInput& in, Out& out);
void indicator_first_year(const RuleInput& in, Out& out);

// tasks.cpp
void task_coverage(const RuleInput& in, Out& out);
void task_unknown(const RuleInput& in, Out& out);
void task_budget(const RuleInput& in, Out& out);

// units.cpp
void unit_task(const RuleInput& in, Out& out);
void unit_lead(const RuleInput& in, Out& out);

// eligibility.cpp
void eligibility_region(const RuleInput& in, Out& out);
void eligibility_unfinished(const RuleInput& in, Out& out);
void eligibility_agreement(const RuleInput& in, Out& out);
void eligibility_foreign_partner(const RuleInput& in, Out& out);
void eligibility_enterprise_lead(const RuleInput& in, Out& out);
void eligibility_joint(const RuleInput& in, Out& out);
void eligibility_prior_cooperation(const RuleInput& in, Out& out);
void eligibility_matching_proof(const RuleInput& in, Out& out);
void eligibility_legal_person(const RuleInput& in, Out& out);
void eligibility_production(const RuleInput& in, Out& out);
void eligibility_haccp(const RuleInput& in, Out& out);
void eligibility_scale(const RuleInput& in, Out& out);
void project_annex(const RuleInput& in, Out& out);
void eligibility_date(const RuleInput& in, Out& out);
void eligibility_declaration(const RuleInput& in, Out& out);
void eligibility_applicant_type(const RuleInput& in, Out& out);
void eligibility_partners(const RuleInput& in, Out& out);

// practice.cpp
void indirect_cap_rule(const RuleInput& in, Out& out);
void cap_rule(const RuleInput& in, Out& out);
void indicator_budget_backing(const RuleInput& in, Out& out);

// basis.cpp
void basis_sum(const RuleInput& in, Out& out);
void basis_item(const RuleInput& in, Out& out);
void basis_subtotal(const RuleInput& in, Out& out);
void declared_sum_rule(const RuleInput& in, Out& out);
void basis_missing(const RuleInput& in, Out& out);
void basis_threshold(const RuleInput& in, Out& out);

}  // namespace cofund::rules
