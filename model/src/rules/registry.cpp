// SPDX-License-Identifier: GPL-3.0-or-later
// The rule registry: every rule in the order it runs and is documented, the
// check that runs them, and the public helpers of rules.h.
#include <algorithm>

#include "common.h"

namespace cofund {

using namespace rules;

Finding make_finding(std::string rule, Severity sev, std::string clause, std::string path, std::string en,
                     std::string zh, std::string ru, bool practice) {
    return Finding{std::move(rule), sev,      std::move(clause),
                   std::move(path), practice, Text{std::move(zh), std::move(en), std::move(ru)}};
}

std::string_view to_id(Severity s) {
    switch (s) {
        case Severity::error:
            return "error";
        case Severity::warning:
            return "warning";
        case Severity::info:
            return "info";
    }
    return "";
}

const std::vector<RuleInfo>& all_rules() {
    static const std::vector<RuleInfo> rules = {
        {"project.annex", "error", false, "main.key / main.general",
         "the plan names an annex or direction the call does not have", project_annex},
        {"period.start_year", "error", false, "main.year", "the project starts before the call's year",
         period_start_year},
        {"period.max_years", "error", false, "main.req.4", "the project period is longer than the call allows",
         period_max_years},
        {"budget.year", "error", false, "", "a budget line's year is outside the project period", budget_year},
        {"budget.forbidden", "error", false, "the category's forbidden clause",
         "money in a category the call does not allow (Hebei 2026: indirect costs, performance pay)", budget_forbidden},
        {"support.range", "error", false, "main.classes", "the fiscal total is outside the class's support range",
         support_range},
        {"cofunding.ratio", "error", false, "the annex's ratio clause (annex3.req.4, annex4.req.3, annex7.req.2)",
         "self-raised < required multiple × fiscal side", cofunding_ratio},
        {"cofunding.yearly", "warning", false, "the annex's ratio clause",
         "totals pass, but cumulative self-raised lags in some year", cofunding_yearly},
        {"cofunding.leverage", "info", false, "main.req.6", "always, where there is fiscal money: total ÷ fiscal",
         cofunding_leverage},
        {"scope.whole", "error", false, "the annex's scope clause, main.req.3 for general projects",
         "subproject anywhere but annex 4 (general projects included)", scope_whole},
        {"indicator.binding", "error", false,
         "the indicator's clause (annexN.ind.K); the scope clause for a subproject",
         "a binding indicator is missing or misses its target (whole scope)", indicator_binding},
        {"indicator.expected", "warning", false, "annexN.exp.K",
         "an expected indicator is missing or misses its target", indicator_expected},
        {"indicator.about", "info", false, "the indicator's clause", "distance to an \"about\" target",
         indicator_about},
        {"indicator.projection", "warning", false, "the indicator's clause",
         "a stated indicator value that its projection does not reach (by how much)", indicator_projection},
        {"projection.invalid", "error", false, "",
         "a projection that cannot be evaluated (unknown indicator, missing or extra years, zero baseline)",
         projection_invalid},
        {"indicator.unknown", "warning", false, "",
         "an indicator id the call does not know (with the nearest known id)", indicator_unknown},
        {"indicator.patent", "error / warning", false, "main.req.4", "no patent indicator stated / all stated are zero",
         indicator_patent},
        {"indicator.year", "error", false, "", "a target's year (targets[].years) is outside the project period",
         indicator_year},
        {"indicator.count", "error", false, "the rule's clause (kind indicators)",
         "fewer indicators than the call's min_count", indicator_count},
        {"indicator.by_year", "error", false, "the rule's clause (kind indicators)",
         "an indicator without a target for the project's first year, where the call sets indicators by year",
         indicator_by_year},
        {"indicator.first_year", "error", false, "the rule's clause (kind indicators)",
         "a first-year target below the call's share of the indicator's whole-period target", indicator_first_year},
        {"indicator.budget_backing", "warning", true, "",
         "a money indicator the project buys exceeds its equipment lines", indicator_budget_backing},
        {"task.coverage", "error / warning", false, "main.req.3",
         "a whole key project lacks one of its annex's tasks, or a subproject lists none (error); no tasks member "
         "(warning)",
         task_coverage},
        {"task.unknown", "warning", false, "",
         "a task id the plan's annex does not have (with the nearest id), a line's task the plan does not list, tasks "
         "in a general project",
         task_unknown},
        {"task.budget", "warning", false, "", "a listed task no budget line names, while other lines name tasks",
         task_budget},
        {"unit.task", "warning", false, "",
         "a partner whose lines carry money leads no task and none of its lines names one (no task share)", unit_task},
        {"unit.lead", "warning", false, "",
         "a task's lead that is neither a partner's id nor the applicant's or a partner's name", unit_lead},
        {"eligibility.region", "error", false, "main.req.1", "applicant not registered in the region",
         eligibility_region},
        {"eligibility.unfinished", "error", false, "main.req.2", "applicant has unfinished projects",
         eligibility_unfinished},
        {"eligibility.agreement", "error", false, "main.req.5", "no cooperation agreement", eligibility_agreement},
        {"eligibility.foreign_partner", "error (key) / warning (general)", false, "main.req.5",
         "no partner from the annex's country / no foreign partner", eligibility_foreign_partner},
        {"eligibility.enterprise_lead", "error", false, "annex3.req.2, annex4.req.1",
         "the applicant is not an enterprise", eligibility_enterprise_lead},
        {"eligibility.joint", "error", false, "annex4.req.1, annex6.req.1, annex7.req.1",
         "the participants lack the required mix", eligibility_joint},
        {"eligibility.prior_cooperation", "error (annex 2) / warning (annex 5)", false, "annex2.req.1, annex5.req.1",
         "no prior cooperation stated", eligibility_prior_cooperation},
        {"eligibility.matching_proof", "error", false, "annex2.req.2",
         "an enterprise participates and no matching-funds proof", eligibility_matching_proof},
        {"eligibility.legal_person", "error", false, "annex3.req.3", "the applicant is not an independent legal person",
         eligibility_legal_person},
        {"eligibility.production", "error", false, "annex3.req.3", "not a production enterprise",
         eligibility_production},
        {"eligibility.haccp", "error", false, "annex3.req.3", "no HACCP certification", eligibility_haccp},
        {"eligibility.scale", "error", false, "annex3.req.3", "neither the revenue floor nor the export floor is met",
         eligibility_scale},
        {"eligibility.date", "error", false, "the rule's clause (cofund-catalog/2 kind date)",
         "a registration or birth date not stated, or on the wrong side of the call's limit", eligibility_date},
        {"eligibility.declaration", "error", false, "the rule's clause (kind declaration)",
         "a declaration the call requires is not made (applicant.declarations)", eligibility_declaration},
        {"eligibility.applicant_type", "error", false, "the rule's clause (kind applicant_type)",
         "the applicant is not of a type the call requires, or of one it excludes", eligibility_applicant_type},
        {"eligibility.partners", "error", false, "the rule's clause (kind partners)",
         "no partner or one registered outside the call's regions; no partner of a required type",
         eligibility_partners},
        {"budget.indirect_cap", "warning / error", true, "— (中办发〔2016〕50号); a call's cap: the rule's clause",
         "indirect costs above a cap of kind cap (a practice cap warns, a call's cap with a clause is an error)",
         indirect_cap_rule},
        {"budget.cap", "error / warning", false, "the rule's clause (kind cap)",
         "money of a cap's categories above its share of the base (a call's cap is an error, a practice cap warns)",
         cap_rule},
        {"basis.sum", "error", false, "", "a line's basis items add up to more or less than its amount", basis_sum},
        {"basis.item", "error", false, "",
         "a basis item whose amount is not a whole fen, with a zero factor, or whose written result (stated) is off "
         "by a fen or more",
         basis_item},
        {"basis.subtotal", "error", false, "",
         "a group of basis items whose written subtotal (stated) is not the sum of its items, at any depth",
         basis_subtotal},
        {"declared.sum", "error", false, "",
         "a total typed into the form's budget table (declared) is not the sum of the lines under its heading",
         declared_sum_rule},
        {"basis.threshold", "error", false, "the rule's clause (kind item_threshold)",
         "an item at or above the unit-price threshold lacks a detail the call asks (use, performance, parameters), "
         "or a line of at least the threshold has no basis",
         basis_threshold},
        {"basis.missing", "warning", true, "— (NSFC budget instructions; 中办发〔2016〕50号)",
         "a line reviewers expect to be justified has no basis (plans that carry bases only)", basis_missing},
        {"program.count",
         "error",
         false,
         "main.classes",
         "(portfolio) more key or general projects than the call funds",
         {}},
        {"program.limit",
         "error / warning",
         false,
         "the call's program_limit rules",
         "(portfolio) more projects per enterprise, per leader or per person than the call allows; a warning for "
         "plans that name no leader",
         {}},
        {"program.budget",
         "error",
         false,
         "",
         "(portfolio, with --budget) the selection's fiscal total exceeds the program's fiscal envelope",
         {}},
    };
    return rules;
}

std::vector<Finding> check_plan(const Plan& plan, const Catalog& catalog, const ProjectedValues* projected) {
    return check_plan(plan, catalog, BudgetSummary(plan), projected);
}

std::vector<Finding> check_plan(const Plan& plan, const Catalog& catalog, const BudgetSummary& sums,
                                const ProjectedValues* projected) {
    RuleInput in{plan, catalog, sums, projected};
    std::vector<Finding> out;
    for (const auto& rule : all_rules())
        if (rule.fn) rule.fn(in, out);
    std::stable_sort(out.begin(), out.end(),
                     [](const Finding& a, const Finding& b) { return a.severity < b.severity; });
    return out;
}

CheckSummary summarize(const std::vector<Finding>& findings) {
    CheckSummary s;
    for (const auto& f : findings) {
        if (f.severity == Severity::error)
            ++s.errors;
        else if (f.severity == Severity::warning)
            ++s.warnings;
        else
            ++s.infos;
    }
    return s;
}

}  // namespace cofund
