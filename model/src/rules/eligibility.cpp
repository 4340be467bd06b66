// SPDX-License-Identifier: GPL-3.0-or-later
// The eligibility rules: region, agreements, partners, the annexes' applicant requirements.
#include <algorithm>

#include "cofund/json_read.h"
#include "cofund/projection.h"
#include "common.h"

namespace cofund::rules {

// ---- eligibility ----------------------------------------------------------------------

void eligibility_region(const RuleInput& in, Out& out) {
    if (in.plan.applicant.registered_in_region || in.catalog.eligibility_clause("region_clause").empty()) return;
    add(out, "eligibility.region", Severity::error, in.catalog.eligibility_clause("region_clause"),
        "/applicant/registered_in_region",
        fmt::format("the applicant is not registered in the region ({}); only organisations registered there may "
                    "apply — apply through a registered partner",
                    in.catalog.region.en),
        fmt::format("申报单位不是{}境内注册的企事业单位，不能申报，需由区内注册单位牵头", in.catalog.region.zh),
        fmt::format("заявитель не зарегистрирован на территории региона ({}); подавать заявки могут только "
                    "зарегистрированные там организации — подайте заявку через зарегистрированного партнёра",
                    in.catalog.region.in(Lang::ru)));
}

void eligibility_unfinished(const RuleInput& in, Out& out) {
    int n = in.plan.applicant.unfinished_projects;
    if (n <= 0 || in.catalog.eligibility_clause("unfinished_clause").empty()) return;
    add(out, "eligibility.unfinished", Severity::error, in.catalog.eligibility_clause("unfinished_clause"),
        "/applicant/unfinished_projects",
        fmt::format("the applicant has {} project(s) not yet accepted or closed; close them before applying", n),
        fmt::format("项目申请人有 {} 个已承担项目尚未验收或结题，不得再次申请，需先完成验收或结题", n),
        fmt::format("у заявителя есть проекты, не прошедшие приёмку или не закрытые: {}; завершите их приёмку или "
                    "закрытие до подачи заявки",
                    n));
}

void eligibility_agreement(const RuleInput& in, Out& out) {
    if (in.plan.applicant.cooperation_agreement || in.catalog.eligibility_clause("agreement_clause").empty()) return;
    add(out, "eligibility.agreement", Severity::error, in.catalog.eligibility_clause("agreement_clause"),
        "/applicant/cooperation_agreement",
        "no cooperation agreement on this project; the call requires one — sign it with the partner before applying",
        "缺少针对项目申报内容的合作协议，需与合作方签订后再申报",
        "нет соглашения о сотрудничестве по этому проекту, а условия конкурса его требуют — подпишите его с "
        "партнёром до подачи заявки");
}

void eligibility_foreign_partner(const RuleInput& in, Out& out) {
    if (const Annex* a = annex_of(in)) {
        for (const auto& p : in.plan.partners)
            if (p.country == a->country) return;
        std::string clause = in.catalog.eligibility_clause("partner_clause");
        add(out, "eligibility.foreign_partner", Severity::error, clause, "/partners",
            fmt::format("annex {} needs a partner from {}; none of the {} partner(s) is — add one with country \"{}\"",
                        a->number, a->country, in.plan.partners.size(), a->country),
            fmt::format("附件{}须有来自 {} 的外方合作伙伴，当前 {} 个合作方均不是，需增加 country 为 \"{}\" 的合作方",
                        a->number, a->country, in.plan.partners.size(), a->country),
            fmt::format("по приложению {} нужен партнёр из {}; среди партнёров (всего {}) такого нет — добавьте "
                        "партнёра с country \"{}\"",
                        a->number, a->country, in.plan.partners.size(), a->country));
        return;
    }
    if (in.catalog.klass(in.plan.project.klass).track != Track::direction) return;
    if (in.catalog.eligibility_clause("partner_clause").empty()) return;
    for (const auto& p : in.plan.partners)
        if (p.country != "CN") return;
    std::string clause = in.catalog.eligibility_clause("partner_clause");
    add(out, "eligibility.foreign_partner", Severity::warning, clause, "/partners",
        "no foreign partner; the call is for international cooperation — add a partner from abroad",
        "没有外方合作伙伴；本专项支持国际科技合作，建议增加外方合作单位",
        "нет иностранного партнёра, а программа поддерживает международное научно-техническое сотрудничество — "
        "добавьте зарубежного партнёра");
}

// An organisation type in Russian, "научная организация (institute)": the name and the plan-file id.
std::string org_ru(OrgType t) {
    const char* name = t == OrgType::enterprise   ? "предприятие"
                       : t == OrgType::institute  ? "научная организация"
                       : t == OrgType::university ? "вуз"
                                                  : "иная организация";
    return fmt::format("{} ({})", name, to_id(t));
}

std::string type_list_ru(const std::vector<OrgType>& group) {
    std::string s;
    for (OrgType t : group) s += (s.empty() ? "" : " или ") + org_ru(t);
    return s;
}

void eligibility_enterprise_lead(const RuleInput& in, Out& out) {
    const Annex* a = annex_of(in);
    if (!a || !a->enterprise_lead || in.plan.applicant.type == OrgType::enterprise) return;
    add(out, "eligibility.enterprise_lead", Severity::error, *a->enterprise_lead, "/applicant/type",
        fmt::format("annex {} is led by an enterprise; the applicant is a(n) {} — let the enterprise partner apply",
                    a->number, to_id(in.plan.applicant.type)),
        fmt::format("附件{}须以企业为申报主体，当前申报单位类型为 {}，需由企业牵头申报", a->number,
                    to_id(in.plan.applicant.type)),
        fmt::format("по приложению {} заявителем должно быть предприятие, а заявитель — {}; заявку должен "
                    "подать партнёр-предприятие",
                    a->number, org_ru(in.plan.applicant.type)));
}

std::string type_list(const std::vector<OrgType>& group, const char* sep) {
    std::string s;
    for (OrgType t : group) s += (s.empty() ? "" : sep) + std::string(to_id(t));
    return s;
}

void eligibility_joint(const RuleInput& in, Out& out) {
    const Annex* a = annex_of(in);
    if (!a || !a->joint) return;
    const Plan& plan = in.plan;
    std::vector<std::string> missing, missing_ru;
    for (const auto& group : a->joint->groups) {
        auto in_group = [&](OrgType t) { return std::find(group.begin(), group.end(), t) != group.end(); };
        bool found = in_group(plan.applicant.type) || std::any_of(plan.partners.begin(), plan.partners.end(),
                                                                  [&](const Partner& p) { return in_group(p.type); });
        if (!found) {
            missing.push_back(type_list(group, " or "));
            missing_ru.push_back(type_list_ru(group));
        }
    }
    if (!a->joint->country.empty() && std::none_of(plan.partners.begin(), plan.partners.end(),
                                                   [&](const Partner& p) { return p.country == a->joint->country; })) {
        missing.push_back("a participant from " + a->joint->country);
        missing_ru.push_back("участник из " + a->joint->country);
    }
    if (missing.empty()) return;
    std::string list, list_ru;
    for (const auto& m : missing) list += (list.empty() ? "" : "; ") + m;
    for (const auto& m : missing_ru) list_ru += (list_ru.empty() ? "" : "; ") + m;
    add(out, "eligibility.joint", Severity::error, a->joint->clause, "/partners",
        fmt::format("annex {} is a joint application of industry, universities and research; missing: {} — add such "
                    "a partner",
                    a->number, list),
        fmt::format("附件{}要求产学研联合申报，缺少：{}，需增加相应合作单位", a->number, list),
        fmt::format("по приложению {} требуется совместная заявка предприятий, вузов и научных организаций; не "
                    "хватает: {} — добавьте такого партнёра",
                    a->number, list_ru));
}

void eligibility_prior_cooperation(const RuleInput& in, Out& out) {
    const Annex* a = annex_of(in);
    if (!a || !a->prior_cooperation || in.plan.applicant.prior_cooperation) return;
    Severity sev = a->prior_cooperation->second == "error" ? Severity::error : Severity::warning;
    add(out, "eligibility.prior_cooperation", sev, a->prior_cooperation->first, "/applicant/prior_cooperation",
        fmt::format("annex {} builds on earlier cooperation with the {} partner; none is stated — describe it and set "
                    "prior_cooperation",
                    a->number, a->country),
        fmt::format("附件{}要求与{}合作方有前期合作基础，当前未说明，需补充并将 prior_cooperation 设为 true", a->number,
                    a->country),
        fmt::format("проект по приложению {} должен опираться на прежнее сотрудничество с партнёром из {}; оно не "
                    "указано — опишите его и задайте prior_cooperation = true",
                    a->number, a->country));
}

void eligibility_matching_proof(const RuleInput& in, Out& out) {
    const Annex* a = annex_of(in);
    if (!a || !a->matching_proof) return;
    const Plan& plan = in.plan;
    // Each participating enterprise proves its own matching funds; a partner
    // that says nothing is covered by the plan-level flag (files written
    // before partners carried one: "every enterprise has one").
    auto missing = [&](const std::string& name, const std::string& path, bool whole_plan) {
        const std::string en_fix = whole_plan ? "set applicant.matching_funds_proof"
                                              : "set this partner's matching_funds_proof";
        add(out, "eligibility.matching_proof", Severity::error, *a->matching_proof, path,
            fmt::format("enterprise \"{}\" takes part in this annex {} project and must issue a proof of matching "
                        "funds; none is stated — obtain it and {}",
                        name, a->number, en_fix),
            fmt::format("参加单位“{}”为企业，须出具配套资金证明；当前未提供，需取得证明并将{}的 matching_funds_proof "
                        "设为 true",
                        name, whole_plan ? "申报单位（applicant）" : "该合作单位"),
            fmt::format("предприятие «{}» участвует в проекте по приложению {} и должно представить подтверждение "
                        "средств софинансирования; его нет — получите его и задайте {} = true",
                        name, a->number,
                        whole_plan ? "applicant.matching_funds_proof" : "matching_funds_proof этого партнёра"));
    };
    const bool every = plan.applicant.matching_funds_proof;
    if (plan.applicant.type == OrgType::enterprise && !every)
        missing(plan.applicant.name, "/applicant/matching_funds_proof", true);
    for (std::size_t i = 0; i < plan.partners.size(); ++i) {
        const Partner& p = plan.partners[i];
        if (p.type != OrgType::enterprise || p.matching_funds_proof.value_or(every)) continue;
        missing(p.name, fmt::format("/partners/{}/matching_funds_proof", i), false);
    }
}

template <class Check>
void producer_flag(const RuleInput& in, Out& out, const char* rule, Check check, const char* field, const char* en,
                   const char* zh, const char* ru) {
    const Annex* a = annex_of(in);
    if (!a || !a->producer || check(*a->producer, in.plan.applicant)) return;
    add(out, rule, Severity::error, a->producer->clause, std::string("/applicant/") + field,
        fmt::format("annex {}: {}", a->number, en), fmt::format("附件{}：{}", a->number, zh),
        fmt::format("приложение {}: {}", a->number, ru));
}

void eligibility_legal_person(const RuleInput& in, Out& out) {
    producer_flag(
        in, out, "eligibility.legal_person",
        [](const ProducerRequirement& r, const Applicant& a) { return !r.legal_person || a.legal_person; },
        "legal_person", "the applicant must be an independent legal person; it is not",
        "申报企业须具有独立法人资格，当前不具备",
        "заявитель должен быть самостоятельным юридическим лицом; он таковым не является");
}

void eligibility_production(const RuleInput& in, Out& out) {
    producer_flag(
        in, out, "eligibility.production",
        [](const ProducerRequirement& r, const Applicant& a) { return !r.production || a.production_enterprise; },
        "production_enterprise", "the applicant must be a production enterprise; it is not",
        "申报企业须为生产型企业，当前不是",
        "заявитель должен быть производственным предприятием; он таковым не является");
}

void eligibility_haccp(const RuleInput& in, Out& out) {
    producer_flag(
        in, out, "eligibility.haccp",
        [](const ProducerRequirement& r, const Applicant& a) { return !r.haccp || a.haccp_certified; },
        "haccp_certified", "the applicant must hold HACCP certification; it does not — certify before applying",
        "申报企业须取得 HACCP 体系认证，当前未取得",
        "заявитель должен иметь сертификат HACCP; сертификата нет — получите его до подачи заявки");
}

void eligibility_scale(const RuleInput& in, Out& out) {
    const Annex* a = annex_of(in);
    if (!a || !a->producer) return;
    const ProducerRequirement& r = *a->producer;
    const Applicant& app = in.plan.applicant;
    std::optional<Money> floor = app.south_xinjiang && r.south_revenue_floor ? r.south_revenue_floor : r.revenue_floor;
    if (!floor && !r.export_floor_usd) return;
    Money revenue = app.avg_revenue.value_or(Money());
    Money exports = app.avg_export_usd.value_or(Money());
    if ((floor && revenue >= *floor) || (r.export_floor_usd && exports >= *r.export_floor_usd)) return;
    std::string en, zh, ru;
    std::string region_en = app.south_xinjiang ? " (southern-prefecture floor)" : "";
    std::string region_zh = app.south_xinjiang ? "（南疆三地州标准）" : "";
    std::string region_ru = app.south_xinjiang ? " (порог для трёх округов Южного Синьцзяна)" : "";
    if (floor && r.export_floor_usd) {
        en = fmt::format(
            "average revenue {} is below {}{} and average exports USD {} are below USD {}; one of the two "
            "is needed — {} more revenue or USD {} more exports",
            revenue.grouped(), floor->grouped(), region_en, exports.grouped(), r.export_floor_usd->grouped(),
            (*floor - revenue).grouped(), (*r.export_floor_usd - exports).grouped());
        zh = fmt::format(
            "近三年年均主营业务收入 {} 元低于 {} 元{}，且年均出口创汇 {} 美元低于 {} 美元；需满足其一，"
            "即收入再增加 {} 元或出口再增加 {} 美元",
            revenue.grouped(), floor->grouped(), region_zh, exports.grouped(), r.export_floor_usd->grouped(),
            (*floor - revenue).grouped(), (*r.export_floor_usd - exports).grouped());
        ru = fmt::format(
            "среднегодовая выручка за последние три года {} юаней ниже {} юаней{}, а среднегодовой "
            "экспорт {} долл. США ниже {} долл. США; достаточно одного из двух — увеличить выручку на {} "
            "юаней или экспорт на {} долл. США",
            format_yuan(revenue, Lang::ru), format_yuan(*floor, Lang::ru), region_ru, format_yuan(exports, Lang::ru),
            format_yuan(*r.export_floor_usd, Lang::ru), format_yuan(*floor - revenue, Lang::ru),
            format_yuan(*r.export_floor_usd - exports, Lang::ru));
    } else if (floor) {
        en = fmt::format("average revenue {} is below {}{}; {} short", revenue.grouped(), floor->grouped(), region_en,
                         (*floor - revenue).grouped());
        zh = fmt::format("近三年年均主营业务收入 {} 元低于 {} 元{}，差 {} 元", revenue.grouped(), floor->grouped(),
                         region_zh, (*floor - revenue).grouped());
        ru = fmt::format("среднегодовая выручка за последние три года {} юаней ниже {} юаней{}; не хватает {} юаней",
                         format_yuan(revenue, Lang::ru), format_yuan(*floor, Lang::ru), region_ru,
                         format_yuan(*floor - revenue, Lang::ru));
    } else {
        en = fmt::format("average exports USD {} are below USD {}", exports.grouped(), r.export_floor_usd->grouped());
        zh = fmt::format("年均出口创汇 {} 美元低于 {} 美元", exports.grouped(), r.export_floor_usd->grouped());
        ru = fmt::format("среднегодовой экспорт {} долл. США ниже {} долл. США", format_yuan(exports, Lang::ru),
                         format_yuan(*r.export_floor_usd, Lang::ru));
    }
    add(out, "eligibility.scale", Severity::error, r.clause, "/applicant/avg_revenue",
        "annex " + std::to_string(a->number) + ": " + en, fmt::format("附件{}：{}", a->number, zh),
        fmt::format("приложение {}: {}", a->number, ru));
}

void project_annex(const RuleInput& in, Out& out) {
    const Project& p = in.plan.project;
    const ClassInfo& k = in.catalog.klass(p.klass);
    if (p.annex && !in.catalog.annex(*p.annex))
        add(out, "project.annex", Severity::error, k.track_clause, "/project/annex",
            fmt::format("call {} has no annex {}", in.catalog.id, *p.annex),
            fmt::format("指南 {} 没有附件{}", in.catalog.id, *p.annex),
            fmt::format("в конкурсе {} нет приложения {}", in.catalog.id, *p.annex));
    if (p.direction && !in.catalog.direction(*p.direction))
        add(out, "project.annex", Severity::error, k.track_clause, "/project/direction",
            fmt::format("call {} has no general direction {}", in.catalog.id, *p.direction),
            fmt::format("指南 {} 没有一般项目方向{}", in.catalog.id, *p.direction),
            fmt::format("в конкурсе {} нет направления общих проектов {}", in.catalog.id, *p.direction));
}


// ---- the call's eligibility rules (cofund-catalog/2 kinds) ------------------------------------
// Their plan facts live in the members the plan format keeps as written
// (docs/plan-format.md): applicant.registered_on, applicant.leader_born_on,
// applicant.declarations, partners[].region.

namespace {

// A string member of a kept object, or nullptr.
const std::string* kept_string(const Extra& o, const char* key) {
    if (!o.is_object()) return nullptr;
    auto it = o.find(key);
    return it != o.end() && it->is_string() ? it->get_ptr<const std::string*>() : nullptr;
}

struct FactWords {
    const char* en;
    const char* zh;
    const char* ru;
    const char* fix_en;
    const char* fix_zh;
    const char* fix_ru;
};

FactWords fact_words(DateFact f) {
    if (f == DateFact::registered_on)
        return {"the applicant's registration date", "申报单位注册日期", "дата регистрации заявителя",
                "only an applicant registered by then may apply", "需由符合注册时间要求的单位申报",
                "подать заявку может только заявитель, зарегистрированный в этот срок"};
    return {"the project leader's date of birth", "项目负责人出生日期", "дата рождения руководителя проекта",
            "name a project leader who meets it", "需更换符合年龄要求的项目负责人",
            "назначьте руководителя проекта, отвечающего этому условию"};
}

std::string org_types_ru(const std::vector<OrgType>& types) {
    std::string s;
    for (OrgType t : types) s += (s.empty() ? "" : ", ") + org_ru(t);
    return s;
}

}  // namespace

void eligibility_date(const RuleInput& in, Out& out) {
    for (const DateRule& r : in.catalog.date_rules) {
        if (!r.when.holds(in.plan)) continue;
        const std::string key(to_id(r.fact));
        const std::string path = "/applicant/" + key;
        const std::string* d = kept_string(in.plan.applicant.extra, key.c_str());
        FactWords w = fact_words(r.fact);
        const char* side_en = r.on_or_before ? "on or before" : "on or after";
        const char* side_zh = r.on_or_before ? "之前" : "之后";
        const char* side_ru = r.on_or_before ? "не позднее" : "не ранее";
        if (!d || !is_iso_date(*d)) {
            std::string stated = d ? fmt::format(" (\"{}\" is not a date YYYY-MM-DD)", printable(*d, 40)) : "";
            std::string stated_zh = d ? fmt::format("（\"{}\" 不是 YYYY-MM-DD 格式的日期）", printable(*d, 40)) : "";
            std::string stated_ru = d ? fmt::format(" («{}» — не дата ГГГГ-ММ-ДД)", printable(*d, 40)) : "";
            add(out, "eligibility.date", Severity::error, r.clause, path,
                fmt::format("{} is not stated{}; the call requires it {} {} — state applicant.{} as YYYY-MM-DD", w.en,
                            stated, side_en, r.limit, key),
                fmt::format("未填写{}{}；指南要求在 {}（含）{}，需填写 applicant.{}（YYYY-MM-DD）", w.zh, stated_zh,
                            r.limit, side_zh, key),
                fmt::format("не указана {}{}; по условиям конкурса — {} {}; укажите applicant.{} в виде ГГГГ-ММ-ДД",
                            w.ru, stated_ru, side_ru, r.limit, key));
            continue;
        }
        bool ok = r.on_or_before ? *d <= r.limit : *d >= r.limit;
        if (ok) continue;
        add(out, "eligibility.date", Severity::error, r.clause, path,
            fmt::format("{} {} is {} {}; the call requires it {} {} — {}", w.en, *d,
                        r.on_or_before ? "after" : "before", r.limit, side_en, r.limit, w.fix_en),
            fmt::format("{} {} {} {}，指南要求在 {}（含）{}，{}", w.zh, *d, r.on_or_before ? "晚于" : "早于", r.limit,
                        r.limit, side_zh, w.fix_zh),
            fmt::format("{} {} {} {}, а по условиям конкурса — {} {}; {}", w.ru, *d,
                        r.on_or_before ? "позже" : "раньше", r.limit, side_ru, r.limit, w.fix_ru));
    }
}

void eligibility_declaration(const RuleInput& in, Out& out) {
    for (const DeclarationRule& r : in.catalog.declaration_rules) {
        if (!r.when.holds(in.plan)) continue;
        const Extra& extra = in.plan.applicant.extra;
        bool made = false;
        if (extra.is_object()) {
            auto all = extra.find("declarations");
            if (all != extra.end() && all->is_object()) {
                auto it = all->find(r.id);
                made = it != all->end() && it->is_boolean() && it->get<bool>();
            }
        }
        if (made) continue;
        add(out, "eligibility.declaration", Severity::error, r.clause, "/applicant/declarations/" + pointer_escape(r.id),
            fmt::format("the declaration \"{}\" is not made; the call requires it — make it and set "
                        "applicant.declarations.{} to true",
                        r.name.en, r.id),
            fmt::format("未作出“{}”，指南要求提供，需作出后将 applicant.declarations.{} 设为 true", r.name.zh, r.id),
            fmt::format("не сделано заявление «{}», а условия конкурса его требуют — сделайте его и задайте "
                        "applicant.declarations.{} = true",
                        r.name.in(Lang::ru), r.id));
    }
}

void eligibility_applicant_type(const RuleInput& in, Out& out) {
    const OrgType type = in.plan.applicant.type;
    for (const ApplicantTypeRule& r : in.catalog.applicant_type_rules) {
        if (!r.when.holds(in.plan)) continue;
        bool among = std::find(r.types.begin(), r.types.end(), type) != r.types.end();
        if (among == r.must) continue;
        if (r.must)
            add(out, "eligibility.applicant_type", Severity::error, r.clause, "/applicant/type",
                fmt::format("the applicant is a(n) {}; the call requires an applicant of type {} — let such a "
                            "partner apply",
                            to_id(type), r.types_text),
                fmt::format("申报单位类型为 {}，指南要求申报单位类型为 {}，需由符合要求的单位申报", to_id(type),
                            r.types_text),
                fmt::format("заявитель — {}, а по условиям конкурса заявитель должен быть: {} ({}); заявку должен "
                            "подать такой партнёр",
                            org_ru(type), org_types_ru(r.types), r.types_text));
        else
            add(out, "eligibility.applicant_type", Severity::error, r.clause, "/applicant/type",
                fmt::format("the applicant is a(n) {}, which the call does not admit ({}) — let another partner apply",
                            to_id(type), r.types_text),
                fmt::format("申报单位类型为 {}，指南规定该类单位（{}）不得申报，需由其他单位申报", to_id(type),
                            r.types_text),
                fmt::format("заявитель — {}, а такие организации ({}) по условиям конкурса заявку подавать не "
                            "могут; заявку должен подать другой партнёр",
                            org_ru(type), r.types_text));
    }
}

void eligibility_partners(const RuleInput& in, Out& out) {
    const Plan& plan = in.plan;
    for (const PartnerRule& r : in.catalog.partner_rules) {
        if (!r.when.holds(plan)) continue;
        if (!r.regions.empty()) {
            std::string list, list_zh, list_ru;
            for (const Region& g : r.regions) {
                list += (list.empty() ? "" : ", ") + fmt::format("{} ({})", g.name.en, g.id);
                list_zh += (list_zh.empty() ? "" : "、") + fmt::format("{}（{}）", g.name.zh, g.id);
                list_ru += (list_ru.empty() ? "" : ", ") + fmt::format("{} ({})", g.name.in(Lang::ru), g.id);
            }
            if (plan.partners.empty())
                add(out, "eligibility.partners", Severity::error, r.clause, "/partners",
                    fmt::format("no partner; the call requires partners registered in {} — add one with its region",
                                list),
                    fmt::format("没有合作单位；指南要求合作单位注册于{}，需增加合作单位并填写 region", list_zh),
                    fmt::format("нет партнёров, а по условиям конкурса нужны партнёры, зарегистрированные в: {} — "
                                "добавьте партнёра и укажите его region",
                                list_ru));
            for (std::size_t i = 0; i < plan.partners.size(); ++i) {
                const Partner& p = plan.partners[i];
                // partners[].region, a field of its own since units (issue 26): the extra no longer holds it.
                const std::string* region = p.region.empty() ? nullptr : &p.region;
                bool ok = region && std::any_of(r.regions.begin(), r.regions.end(),
                                                [&](const Region& g) { return g.id == *region; });
                if (ok) continue;
                std::string where = region ? fmt::format("\"{}\"", printable(*region, 40)) : "";
                add(out, "eligibility.partners", Severity::error, r.clause, fmt::format("/partners/{}/region", i),
                    fmt::format("partner {} ({}) is registered in {}; the call requires partners registered in {} — "
                                "state its region or replace it",
                                i + 1, printable(p.name, 80), region ? where : "a region not stated", list),
                    fmt::format("第 {} 个合作单位（{}）注册地为{}；指南要求合作单位注册于{}，需填写其 region 或更换合作单位",
                                i + 1, printable(p.name, 80), region ? " " + where : "未填写", list_zh),
                    fmt::format("партнёр {} ({}) зарегистрирован {}; по условиям конкурса партнёры должны быть "
                                "зарегистрированы в: {} — укажите его region или замените партнёра",
                                i + 1, printable(p.name, 80), region ? "в " + where : "в неуказанном регионе",
                                list_ru));
            }
        }
        if (!r.some_partner.empty() &&
            std::none_of(plan.partners.begin(), plan.partners.end(), [&](const Partner& p) {
                return std::find(r.some_partner.begin(), r.some_partner.end(), p.type) != r.some_partner.end();
            }))
            add(out, "eligibility.partners", Severity::error, r.clause, "/partners",
                fmt::format("the call requires a partner of type {} here; none of the {} partner(s) is — add one",
                            r.some_partner_text, plan.partners.size()),
                fmt::format("指南要求有类型为 {} 的合作单位，当前 {} 个合作单位均不是，需增加", r.some_partner_text,
                            plan.partners.size()),
                fmt::format("по условиям конкурса здесь нужен партнёр типа {} ({}); среди партнёров (всего {}) "
                            "такого нет — добавьте его",
                            org_types_ru(r.some_partner), r.some_partner_text, plan.partners.size()));
    }
}

}  // namespace cofund::rules
