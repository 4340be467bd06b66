// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/plan_io.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <map>

#include "cofund/basis.h"
#include "cofund/catalog.h"
#include "cofund/json_read.h"
#include "cofund/json_tree.h"
#include "cofund/text_format.h"

namespace cofund {

namespace {

using ojson = nlohmann::ordered_json;
using Value = JsonTree::Value;

const Money kMaxLine = Money::from_fen(Int(99999999999999));  // 999,999,999,999.99 yuan
// Bounds of rates; compared with compare(), not Boost's rational operators (a division per step).
const Rational kMinusOne(-1);
const Rational kHundred(100);

/// Thrown inside the reader only, turned into an Error at its boundary.
struct Refusal {
    Text message;  // in zh, en and ru; a few of the rarest are English only
    std::string pointer;
};

/// A JSON pointer, spelled out only when a refusal needs it: building
/// "/budget/7/amount" for every value read cost a tenth of reading a plan.
/// A Path refers to its parent: make it a local or an argument, never keep it.
class Path {
  public:
    Path() = default;  // the document, ""
    Path(const Path& parent, std::string_view key) : parent_(&parent), key_(key) {}
    Path(const Path& parent, std::size_t index) : parent_(&parent), index_(index), is_index_(true) {}

    std::string str() const {
        if (!parent_) return {};
        return parent_->str() + "/" + (is_index_ ? std::to_string(index_) : pointer_escape(key_));
    }

  private:
    const Path* parent_ = nullptr;
    std::string_view key_;
    std::size_t index_ = 0;
    bool is_index_ = false;
};

[[noreturn]] void refuse(Text message, const Path& at) {
    throw Refusal{std::move(message), at.str()};
}
// A refusal written in English only (the rarest; Text::in shows the English in every language).
[[noreturn]] void refuse(std::string message, const Path& at) {
    throw Refusal{Text{{}, std::move(message), {}}, at.str()};
}

Text type_name(Value v) {
    switch (v.kind()) {
        case JsonTree::Kind::null:
            return {"null", "null", "null"};
        case JsonTree::Kind::boolean:
            return {"布尔值", "a boolean", "логическое значение"};
        case JsonTree::Kind::string:
            return {"字符串", "a string", "строка"};
        case JsonTree::Kind::array:
            return {"数组", "an array", "массив"};
        case JsonTree::Kind::object:
            return {"对象", "an object", "объект"};
        case JsonTree::Kind::number:
            break;
    }
    return {"数字", "a number", "число"};
}

// A number as parse_json's reading prints it: the text as written, except
// that an integer's text is its value's ("-0" is 0).
std::string number_as_written(Value v) {
    if (v.is_integer() && v.text() == "-0") return "0";
    return std::string(v.text());
}

Text hint(std::string_view given, const std::vector<std::string>& names) {
    std::string near = nearest_name(given, names);
    if (!near.empty()) return say("；是否应为 \"{}\"？", "; did you mean \"{}\"?", "; может быть, \"{}\"?", near);
    std::string all;
    for (const auto& n : names) all += (all.empty() ? "" : ", ") + n;
    return say("；可用：{}", "; known: {}", "; известны: {}", all);
}

std::string shorten(std::string_view s) {
    return printable(s, 60);  // cut at a character boundary: a cut CJK name made JSON output throw
}

Value object_at(Value v, const Path& at) {
    if (!v.is_object())
        refuse(say("应为对象，实为{}", "expected an object, found {}", "ожидался объект, найдено: {}", type_name(v)),
               at);
    return v;
}
Value array_at(Value v, const Path& at) {
    if (!v.is_array())
        refuse(say("应为数组，实为{}", "expected an array, found {}", "ожидался массив, найдено: {}", type_name(v)),
               at);
    return v;
}
std::string string_at(Value v, const Path& at) {
    if (!v.is_string())
        refuse(say("应为字符串，实为{}", "expected a string, found {}", "ожидалась строка, найдено: {}", type_name(v)),
               at);
    return std::string(v.text());
}
int integer_at(Value v, const Path& at, long min, long max) {
    if (!v.is_integer())
        refuse(v.is_number() ? say("应为整数，实为 \"{}\"", "expected an integer, found \"{}\"",
                                   "ожидалось целое число, найдено \"{}\"", v.text())
                             : say("应为整数，实为{}", "expected an integer, found {}",
                                   "ожидалось целое число, найдено: {}", type_name(v)),
               at);
    // At most 20 digits: the value fits 128 bits.
    std::string_view digits = v.text();
    bool negative = digits.front() == '-';
    if (negative) digits.remove_prefix(1);
    __int128 value = 0;
    for (char c : digits) value = value * 10 + (c - '0');
    if (negative) value = -value;
    if (value < min || value > max)
        refuse(say("{} 超出范围；应为 {}–{}", "{} is out of range; expected {}–{}", "{} вне диапазона; ожидается {}–{}",
                   number_as_written(v), min, max),
               at);
    return static_cast<int>(value);
}
// The text of a string or number value.
std::string number_text(Value v, const Path& at, const Text& expected) {
    if (v.is_string()) return std::string(v.text());
    if (v.is_number()) return number_as_written(v);
    refuse(say("应为{}，实为{}", "expected {}, found {}", "ожидается {}, найдено: {}", expected, type_name(v)), at);
}
// The words of refusals, made once (not for every value read).
const Text kAmount62{"金额，如 \"62000000.00\"", "an amount such as \"62000000.00\"",
                     "сумма, например \"62000000.00\""};
const Text kAmount15{"金额，如 \"1500000.00\"", "an amount such as \"1500000.00\"", "сумма, например \"1500000.00\""};
const Text kTitle{"项目名称", "the title", "название"};
const Text kLeaderName{"项目负责人姓名", "the project leader's name", "имя руководителя проекта"};
const Text kMemberName{"项目成员姓名", "a member's name", "имя участника"};
const Text kApplicantName{"申报单位名称", "the applicant's name", "название заявителя"};
const Text kPartnerName{"合作单位名称", "a partner's name", "название партнёра"};
const Text kHeading{"标题", "a heading", "заголовок"};
const Text kItemName{"明细名称", "an item's name", "название позиции"};
const Text kIndicatorId{"指标 id", "the indicator id", "id показателя"};
const Text kIndicatorName{"指标名称", "the indicator's name", "название показателя"};
const Text kCategoryWord{"预算科目", "category", "статья"};
const Text kSourceWord{"经费来源", "source", "источник"};
const Text kPartnerWord{"合作单位", "partner", "партнёра"};
const Text kLineWord{"预算行", "line", "строки"};
const Text kTaskId{"任务 id", "a task id", "id задачи"};
const Text kDecimalExpected{"十进制数字符串，如 \"12.5\"", "a decimal string such as \"12.5\"",
                            "десятичная строка, например \"12.5\""};
Decimal decimal_at(Value v, const Path& at) {
    std::string text = number_text(v, at, kDecimalExpected);
    auto r = parse_decimal(text);
    if (!r) refuse(r.error().words(), at);
    return {std::move(text), std::move(*r)};
}
Money money_at(Value v, const Path& at) {
    std::string text = number_text(v, at, kAmount62);
    auto m = Money::parse_yuan(text);
    if (!m) refuse(m.error().words(), at);
    return *m;
}
OrgType org_type_at(Value v, const Path& at) {
    std::string t = string_at(v, at);
    if (auto o = org_type_from_id(t)) return *o;
    refuse(say("未知类型 \"{}\"{}", "unknown type \"{}\"{}", "неизвестный тип \"{}\"{}", shorten(t),
               hint(t, org_type_ids())),
           at);
}
std::string non_empty(std::string s, const Path& at, const Text& what) {
    if (s.find_first_not_of(" \t\r\n") == std::string::npos)
        refuse(say("{}不得为空", "{} must not be empty", "{}: не может быть пустым", what), at);
    return s;
}

// The members of one JSON object: known ones are taken, the rest kept as the
// object's unknown fields. A member given as null counts as absent.
class Fields {
  public:
    Fields(Value obj, const Path& path) : obj_(obj), path_(path) {}

    std::optional<Value> optional(std::string_view key) {
        std::size_t i = obj_.find(key);
        if (i == obj_.size()) return std::nullopt;
        take(i);
        Value v = obj_[i];
        if (v.is_null()) return std::nullopt;
        return v;
    }
    Value required(std::string_view key) {
        auto v = optional(key);
        if (!v)
            refuse(say("缺少必填字段 \"{}\"", "missing required field \"{}\"", "нет обязательного поля \"{}\"", key),
                   path_);
        return *v;
    }
    bool has(std::string_view key) { return optional(key).has_value(); }
    std::string required_string(std::string_view key) { return string_at(required(key), Path(path_, key)); }
    Value required_object(std::string_view key) { return object_at(required(key), Path(path_, key)); }
    bool boolean(std::string_view key, bool fallback) {
        auto v = optional(key);
        if (!v) return fallback;
        if (!v->is_boolean())
            refuse(say("应为 true 或 false，实为{}", "expected true or false, found {}",
                       "ожидается true или false, найдено: {}", type_name(*v)),
                   Path(path_, key));
        return v->boolean();
    }
    bool required_boolean(std::string_view key) {
        required(key);
        return boolean(key, false);
    }
    int integer(std::string_view key, long min, long max) {
        return integer_at(required(key), Path(path_, key), min, max);
    }
    const Path& path() const { return path_; }

    /// Adds the members not taken to `extra` (an object), in file order.
    void rest_into(Extra& extra) const {
        for (std::size_t i = 0; i < obj_.size(); ++i)
            if (!taken(i)) extra[std::string(obj_.key(i))] = obj_[i].to_json();
    }

  private:
    void take(std::size_t i) {
        if (i < 64)
            taken_low_ |= std::uint64_t{1} << i;
        else
            taken_high_.push_back(i);
    }
    bool taken(std::size_t i) const {
        if (i < 64) return (taken_low_ >> i) & 1;
        return std::find(taken_high_.begin(), taken_high_.end(), i) != taken_high_.end();
    }

    Value obj_;
    const Path& path_;
    std::uint64_t taken_low_ = 0;          // members 0–63, as bits
    std::vector<std::size_t> taken_high_;  // beyond: a dozen known keys at most
};

// The plan names a call the caller does not know: the caller's refusal, as it gave it.
struct CallRefused {
    Error error;
};

class Reader {
  public:
    explicit Reader(const CallFinder& find) : find_(find) {}

    Plan read(Value root) {
        Path doc;
        if (!root.is_object())
            refuse(say("计划应为 JSON 对象，实为{}", "a plan is a JSON object, found {}",
                       "план — это объект JSON, а найдено: {}", type_name(root)),
                   doc);
        Plan plan;
        Fields top(root, doc);
        plan.format = top.required_string("format");
        if (plan.format != "cofund-plan/1")
            refuse(say("未知格式 \"{}\"；应为 \"cofund-plan/1\"", "unknown format \"{}\"; expected \"cofund-plan/1\"",
                       "неизвестный формат \"{}\"; ожидается \"cofund-plan/1\"", shorten(plan.format)),
                   Path(doc, "format"));
        plan.call = top.required_string("call");
        auto found = find_(plan.call);
        if (!found) throw CallRefused{found.error()};
        catalog_ = *found;
        if (auto u = top.optional("unit")) {
            Path at(doc, "unit");
            std::string unit = string_at(*u, at);
            if (unit == "yuan")
                plan.unit = AmountUnit::yuan;
            else if (unit == "wan")
                plan.unit = AmountUnit::wan;
            else
                refuse(say("未知单位 \"{}\"{}", "unknown unit \"{}\"{}", "неизвестная единица \"{}\"{}", shorten(unit),
                           hint(unit, {"yuan", "wan"})),
                       at);
            plan.unit_stated = true;
        }
        unit_ = plan.unit;
        plan.project = read_project(top.required_object("project"), Path(doc, "project"));
        plan.applicant = read_applicant(top.required_object("applicant"), Path(doc, "applicant"));
        if (auto p = top.optional("partners")) {
            plan.partners_stated = true;
            Path at(doc, "partners");
            Value arr = array_at(*p, at);
            plan.partners.reserve(arr.size());
            std::map<std::string, std::size_t> ids;  // id → first partner: a duplicate is refused
            for (std::size_t i = 0; i < arr.size(); ++i) {
                Path pp(at, i);
                plan.partners.push_back(read_partner(arr[i], pp));
                const std::string& id = plan.partners.back().id;
                if (id.empty()) continue;
                auto [first, added] = ids.emplace(id, i);
                if (!added)
                    refuse(say("合作单位 id \"{}\" 已是 /partners/{} 的 id；每个合作单位须有自己的 id",
                               "partner id \"{}\" is already the id of /partners/{}; give each partner its own id",
                               "id партнёра \"{}\" уже занят /partners/{}; дайте каждому партнёру свой id", shorten(id),
                               first->second),
                           Path(pp, "id"));
            }
            for (const auto& p : plan.partners)
                if (!p.id.empty()) unit_ids_.push_back(p.id);
        }
        if (auto t = top.optional("tasks")) {
            plan.tasks_stated = true;
            Path at(doc, "tasks");
            Value arr = array_at(*t, at);
            std::map<std::string, std::size_t> seen;  // id → first index: a duplicate is refused
            for (std::size_t i = 0; i < arr.size(); ++i) plan.tasks.push_back(read_task(arr[i], Path(at, i), i, seen));
        }
        {
            Path at(doc, "budget");
            Value arr = array_at(top.required("budget"), at);
            plan.budget.reserve(arr.size());
            std::map<std::string_view, std::size_t> ids;  // id → first line: a duplicate is refused
            for (std::size_t i = 0; i < arr.size(); ++i) {
                Path lp(at, i);
                plan.budget.push_back(read_line(arr[i], lp));
                const std::string& id = plan.budget.back().id;
                if (id.empty()) continue;
                auto [first, added] = ids.emplace(id, i);
                if (!added)
                    refuse(say("预算行 id \"{}\" 已是 /budget/{} 的 id；每行须有自己的 id",
                               "line id \"{}\" is already the id of /budget/{}; give each line its own id",
                               "id строки \"{}\" уже занят /budget/{}; дайте каждой строке свой id", shorten(id),
                               first->second),
                           Path(lp, "id"));
            }
        }
        if (auto d = top.optional("declared")) {
            Path at(doc, "declared");
            Value arr = array_at(*d, at);
            plan.declared.reserve(arr.size());
            for (std::size_t i = 0; i < arr.size(); ++i) plan.declared.push_back(read_declared(arr[i], Path(at, i)));
        }
        if (auto ind = top.optional("indicators")) {
            plan.indicators_stated = true;
            Path at(doc, "indicators");
            Value obj = object_at(*ind, at);
            plan.indicators.reserve(obj.size());
            for (std::size_t i = 0; i < obj.size(); ++i) {
                Path vp(at, obj.key(i));
                Decimal d = decimal_at(obj[i], vp);
                if (d.value.sign() < 0)
                    refuse(Text{"指标值不得为负", "an indicator value is never negative",
                                "значение показателя не бывает отрицательным"},
                           vp);
                plan.indicators.emplace_back(std::string(obj.key(i)), std::move(d));
            }
        }
        if (auto t = top.optional("targets")) {
            plan.targets_stated = true;
            Path at(doc, "targets");
            Value arr = array_at(*t, at);
            plan.targets.reserve(arr.size());
            std::map<std::string, std::size_t> seen;  // id → first target: a duplicate is refused
            for (std::size_t i = 0; i < arr.size(); ++i)
                plan.targets.push_back(read_target(arr[i], Path(at, i), i, seen));
        }
        if (auto pr = top.optional("projections")) {
            plan.projections_stated = true;
            Path at(doc, "projections");
            Value arr = array_at(*pr, at);
            plan.projections.reserve(arr.size());
            for (std::size_t i = 0; i < arr.size(); ++i)
                plan.projections.push_back(read_projection(arr[i], Path(at, i)));
        }
        if (auto a = top.optional("assumptions")) plan.assumptions = read_assumptions(*a, Path(doc, "assumptions"));
        top.rest_into(plan.extra);
        return plan;
    }

  private:
    Category category_at(Value v, const Path& at) {
        std::string id = string_at(v, at);
        const CategoryInfo* ci = catalog_->category(id);
        if (!ci)
            refuse(say("未知预算科目 \"{}\"{}", "unknown category \"{}\"{}", "неизвестная статья \"{}\"{}", shorten(id),
                       hint(id, catalog_->category_ids())),
                   at);
        return ci->category;
    }

    Money amount_at(Value v, const Path& at) const { return amount_at(v, at, unit_); }
    Money amount_at(Value v, const Path& at, AmountUnit unit) const {
        std::string text = number_text(v, at, kAmount15);
        auto m = unit == AmountUnit::wan ? Money::parse_wan(text) : Money::parse_yuan(text);
        if (!m) refuse(m.error().words(), at);
        if (*m > kMaxLine)
            refuse(say("金额 {} 元超过每行上限 999,999,999,999.99",
                       "amount {} yuan is above the limit of 999,999,999,999.99 per line",
                       "сумма {} юаней больше предела 999,999,999,999.99 на строку", m->grouped()),
                   at);
        return *m;
    }

    Project read_project(Value obj, const Path& at) {
        Fields f(obj, at);
        Project p;
        p.title = non_empty(f.required_string("title"), Path(at, "title"), kTitle);
        p.klass = f.required_string("class");
        const ClassInfo* k = catalog_->find_class(p.klass);
        if (!k) {
            std::vector<std::string> ids;
            for (const auto& c : catalog_->classes) ids.push_back(c.id);
            refuse(say("未知项目类别 \"{}\"{}", "unknown class \"{}\"{}", "неизвестный класс \"{}\"{}", shorten(p.klass),
                       hint(p.klass, ids)),
                   Path(at, "class"));
        }
        // What the class asks besides: an annex, a direction, or neither, numbered as the call numbers them.
        auto numbers = [](const auto& list) {
            int lo = 0, hi = 0;
            for (const auto& x : list) {
                lo = lo == 0 ? x.number : std::min(lo, x.number);
                hi = std::max(hi, x.number);
            }
            return std::pair{std::max(lo, 1), std::max(hi, 1)};
        };
        const Text& name = k->name;
        const std::string ru = k->phrase.in(Lang::ru);  // the class in the genitive: "у ключевого проекта"
        if (k->track == Track::annex) {
            auto [lo, hi] = numbers(catalog_->annexes);
            if (!f.has("annex"))
                refuse(say("{}须写明附件（{}–{}）：缺少字段 \"annex\"", "a {} names its annex ({}–{}): missing field \"annex\"",
                           "у {} указывается приложение ({}–{}): нет поля \"annex\"", Text{name.zh, name.en, ru}, lo, hi),
                       at);
            p.annex = f.integer("annex", lo, hi);
            if (f.has("direction"))
                refuse(say("{}写附件，不写方向", "a {} has an annex, not a direction", "у {} приложение, а не направление",
                           Text{name.zh, name.en, ru}),
                       Path(at, "direction"));
        } else if (k->track == Track::direction) {
            auto [lo, hi] = numbers(catalog_->directions);
            if (!f.has("direction"))
                refuse(say("{}须写明方向（{}–{}）：缺少字段 \"direction\"",
                           "a {} names its direction ({}–{}): missing field \"direction\"",
                           "у {} указывается направление ({}–{}): нет поля \"direction\"", Text{name.zh, name.en, ru}, lo,
                           hi),
                       at);
            p.direction = f.integer("direction", lo, hi);
            if (f.has("annex"))
                refuse(say("{}写方向，不写附件", "a {} has a direction, not an annex", "у {} направление, а не приложение",
                           Text{name.zh, name.en, ru}),
                       Path(at, "annex"));
        } else {
            if (f.has("annex"))
                refuse(say("{}不写附件", "a {} names no annex", "у {} нет приложения", Text{name.zh, name.en, ru}),
                       Path(at, "annex"));
            if (f.has("direction"))
                refuse(say("{}不写方向", "a {} names no direction", "у {} нет направления", Text{name.zh, name.en, ru}),
                       Path(at, "direction"));
        }
        if (auto s = f.optional("scope")) {
            Path sp(at, "scope");
            std::string scope = string_at(*s, sp);
            if (scope == "whole")
                p.scope = Scope::whole;
            else if (scope == "subproject")
                p.scope = Scope::subproject;
            else
                refuse(say("未知范围 \"{}\"{}", "unknown scope \"{}\"{}", "неизвестный охват \"{}\"{}", shorten(scope),
                           hint(scope, {"whole", "subproject"})),
                       sp);
            p.scope_stated = true;
        }
        p.start_year = f.integer("start_year", 2000, 2100);
        p.end_year = f.integer("end_year", 2000, 2100);
        if (p.end_year < p.start_year)
            refuse(say("end_year {} 早于 start_year {}", "end_year {} is before start_year {}",
                       "end_year {} раньше start_year {}", p.end_year, p.start_year),
                   Path(at, "end_year"));
        if (auto l = f.optional("leader")) p.leader = non_empty(string_at(*l, Path(at, "leader")), Path(at, "leader"), kLeaderName);
        if (auto m = f.optional("members")) {
            Path mp(at, "members");
            Value arr = array_at(*m, mp);
            for (std::size_t i = 0; i < arr.size(); ++i)
                p.members.push_back(non_empty(string_at(arr[i], Path(mp, i)), Path(mp, i), kMemberName));
        }
        f.rest_into(p.extra);
        return p;
    }

    Applicant read_applicant(Value obj, const Path& at) {
        Fields f(obj, at);
        Applicant a;
        a.name = non_empty(f.required_string("name"), Path(at, "name"), kApplicantName);
        a.type = org_type_at(f.required("type"), Path(at, "type"));
        a.registered_in_region = f.required_boolean("registered_in_region");
        a.legal_person = f.boolean("legal_person", true);
        a.production_enterprise = f.boolean("production_enterprise", false);
        a.haccp_certified = f.boolean("haccp_certified", false);
        a.south_xinjiang = f.boolean("south_xinjiang", false);
        if (auto v = f.optional("avg_revenue")) a.avg_revenue = money_at(*v, Path(at, "avg_revenue"));
        if (auto v = f.optional("avg_export_usd")) a.avg_export_usd = money_at(*v, Path(at, "avg_export_usd"));
        if (f.has("unfinished_projects")) a.unfinished_projects = f.integer("unfinished_projects", 0, 1000000);
        a.cooperation_agreement = f.required_boolean("cooperation_agreement");
        a.prior_cooperation = f.boolean("prior_cooperation", false);
        a.matching_funds_proof = f.boolean("matching_funds_proof", false);
        f.rest_into(a.extra);
        return a;
    }

    Partner read_partner(Value v, const Path& at) {
        Fields f(object_at(v, at), at);
        Partner p;
        p.name = non_empty(f.required_string("name"), Path(at, "name"), kPartnerName);
        std::string country = f.required_string("country");
        bool valid = country.size() == 2 && std::isalpha(static_cast<unsigned char>(country[0])) &&
                     std::isalpha(static_cast<unsigned char>(country[1]));
        if (!valid)
            refuse(say("国家 \"{}\" 不是 ISO 3166 二字母代码（如 \"KZ\"）",
                       "country \"{}\" is not an ISO 3166 alpha-2 code such as \"KZ\"",
                       "страна \"{}\" — не код ISO 3166 alpha-2, как \"KZ\"", shorten(country)),
                   Path(at, "country"));
        for (char& c : country) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        p.country = country;
        p.type = org_type_at(f.required("type"), Path(at, "type"));
        if (auto id = f.optional("id")) p.id = short_id_at(*id, Path(at, "id"), kPartnerWord, "P1");
        if (auto r = f.optional("region")) p.region = string_at(*r, Path(at, "region"));
        if (f.has("matching_funds_proof")) p.matching_funds_proof = f.boolean("matching_funds_proof", false);
        f.rest_into(p.extra);
        return p;
    }

    BudgetLine read_line(Value v, const Path& at) {
        Fields f(object_at(v, at), at);
        BudgetLine line;
        if (auto id = f.optional("id")) line.id = short_id_at(*id, Path(at, "id"), kLineWord, "L7");
        line.year = f.integer("year", 2000, 2100);
        line.category = category_at(f.required("category"), Path(at, "category"));
        std::string src = f.required_string("source");
        auto s = source_from_id(src);
        if (!s)
            refuse(say("未知经费来源 \"{}\"{}", "unknown source \"{}\"{}", "неизвестный источник \"{}\"{}",
                       shorten(src), hint(src, source_ids())),
                   Path(at, "source"));
        line.source = *s;
        line.amount = amount_at(f.required("amount"), Path(at, "amount"));
        if (auto n = f.optional("note")) line.note = string_at(*n, Path(at, "note"));
        if (auto t = f.optional("task"))
            line.task = non_empty(string_at(*t, Path(at, "task")), Path(at, "task"), kTaskId);
        if (auto k = f.optional("equipment")) line.equipment = equipment_kind_at(*k, Path(at, "equipment"));
        if (auto u = f.optional("unit")) line.unit = unit_at(*u, Path(at, "unit"));
        if (auto b = f.optional("basis")) line.basis = read_basis(*b, Path(at, "basis"));
        f.rest_into(line.extra);
        return line;
    }

    PlanTask read_task(Value v, const Path& at, std::size_t index, std::map<std::string, std::size_t>& seen) {
        Fields f(object_at(v, at), at);
        PlanTask t;
        Path ip(at, "id");
        t.id = non_empty(f.required_string("id"), ip, kTaskId);
        auto [first, added] = seen.emplace(t.id, index);
        if (!added)
            refuse(say("任务 \"{}\" 列出两次（首次在 /tasks/{}）；每个任务只列一次",
                       "task \"{}\" is listed twice (first at /tasks/{}); list each task once",
                       "задача \"{}\" указана дважды (впервые в /tasks/{}); указывайте каждую задачу один раз",
                       shorten(t.id), first->second),
                   ip);
        if (auto s = f.optional("summary")) t.summary = string_at(*s, Path(at, "summary"));
        if (auto l = f.optional("lead")) t.lead = string_at(*l, Path(at, "lead"));
        f.rest_into(t.extra);
        return t;
    }

    // A line's justification (basis.h). `"basis": []` reads as no basis.
    std::vector<BasisItem> read_basis(Value v, const Path& at) {
        Value arr = array_at(v, at);
        std::vector<BasisItem> items;
        items.reserve(arr.size());
        for (std::size_t i = 0; i < arr.size(); ++i) items.push_back(read_basis_item(arr[i], Path(at, i)));
        return items;
    }

    std::optional<AmountUnit> money_unit_at(Fields& f, const Path& at, std::string_view key) {
        auto u = f.optional(key);
        if (!u) return std::nullopt;
        Path up(at, key);
        std::string id = string_at(*u, up);
        if (id == "yuan") return AmountUnit::yuan;
        if (id == "wan") return AmountUnit::wan;
        refuse(say("未知金额单位 \"{}\"{}；应为 \"yuan\"（元）或 \"wan\"（万元）",
                   "unknown money unit \"{}\"{}; \"yuan\" (元) or \"wan\" (万元)",
                   "неизвестная денежная единица \"{}\"{}; \"yuan\" (元) или \"wan\" (万元)", shorten(id),
                   hint(id, {"yuan", "wan"})),
               up);
    }

    // A line's or a partner's id: short, printable, without blanks ("L7", "equip-2019", "P1").
    static std::string short_id_at(Value v, const Path& at, const Text& what, const char* example) {
        std::string id = string_at(v, at);
        if (!is_short_id(id))
            refuse(say("{} id \"{}\" 不是有效 id：应为 1 到 32 个拉丁字母、数字、'-'、'_' 或 '.'，如 \"{}\"",
                       "{} id \"{}\" is not an id: 1 to 32 Latin letters, digits, '-', '_' or '.', e.g. \"{}\"",
                       "id {} \"{}\" — не id: от 1 до 32 латинских букв, цифр, '-', '_' или '.', например \"{}\"", what,
                       shorten(id), example),
                   at);
        return id;
    }

    // A line's unit: the id of a partner listed before the budget.
    std::string unit_at(Value v, const Path& at) const {
        std::string id = string_at(v, at);
        if (std::find(unit_ids_.begin(), unit_ids_.end(), id) != unit_ids_.end()) return id;
        if (unit_ids_.empty())
            refuse(say("unit \"{}\" 不是合作单位的 id：没有合作单位写了 id；请在 partners 中给该单位写 "
                       "\"id\": \"{}\"，申报单位的经费则不写 unit",
                       "unit \"{}\" is not a partner's id: no partner has an id; give the partner \"id\": \"{}\" in "
                       "partners, or leave unit out for the applicant's money",
                       "unit \"{}\" — не id партнёра: ни у одного партнёра нет id; дайте партнёру \"id\": \"{}\" "
                       "в partners или не указывайте unit для денег заявителя",
                       shorten(id), shorten(id)),
                   at);
        refuse(say("unit \"{}\" 不是合作单位的 id{}；申报单位的经费不写 unit",
                   "unit \"{}\" is not a partner's id{}; leave unit out for the applicant's money",
                   "unit \"{}\" — не id партнёра{}; для денег заявителя unit не указывают", shorten(id),
                   hint(id, unit_ids_)),
               at);
    }

    static EquipmentKind equipment_kind_at(Value v, const Path& at) {
        std::string id = string_at(v, at);
        if (auto k = equipment_kind_from_id(id)) return *k;
        refuse(say("未知设备类型 \"{}\"{}；应为 purchase（购置）、build（试制）、upgrade（改造）或 lease（租赁）",
                   "unknown equipment kind \"{}\"{}; purchase (购置), build (试制), upgrade (改造) or lease (租赁)",
                   "неизвестный вид оборудования \"{}\"{}; purchase (购置), build (试制), upgrade (改造) или "
                   "lease (租赁)",
                   shorten(id), hint(id, equipment_kind_ids())),
               at);
    }

    // One or several ids: "materials" or ["materials", "testing"].
    template <class E, class Lookup>
    std::vector<E> ids_at(Value v, const Path& at, const std::vector<std::string>& known, const Text& what,
                          const Lookup& lookup, bool& as_list) {
        std::vector<E> out;
        auto one = [&](Value x, const Path& xp) {
            std::string id = string_at(x, xp);
            auto e = lookup(id);
            if (!e)
                refuse(say("未知{} \"{}\"{}", "unknown {} \"{}\"{}", "неизвестно: {} \"{}\"{}", what, shorten(id),
                           hint(id, known)),
                       xp);
            out.push_back(*e);
        };
        as_list = v.kind() == JsonTree::Kind::array;
        if (!as_list) {
            one(v, at);
            return out;
        }
        Value arr = array_at(v, at);
        if (arr.size() == 0)
            refuse(say("至少列出一个{}，或省略该字段表示全部", "list at least one {}, or leave the field out for all",
                       "укажите хотя бы один элемент ({}) или уберите поле, чтобы взять все", what),
                   at);
        for (std::size_t i = 0; i < arr.size(); ++i) one(arr[i], Path(at, i));
        return out;
    }

    DeclaredTotal read_declared(Value v, const Path& at) {
        Fields f(object_at(v, at), at);
        DeclaredTotal d;
        d.heading = non_empty(f.required_string("heading"), Path(at, "heading"), kHeading);
        if (auto c = f.optional("categories"))
            d.categories = ids_at<Category>(*c, Path(at, "categories"), catalog_->category_ids(), kCategoryWord,
                                            [&](std::string_view id) -> std::optional<Category> {
                                                const CategoryInfo* ci = catalog_->category(id);
                                                if (!ci) return std::nullopt;
                                                return ci->category;
                                            },
                                            d.categories_list);
        if (auto c = f.optional("source"))
            d.sources = ids_at<Source>(
                *c, Path(at, "source"), source_ids(), kSourceWord,
                [](std::string_view id) { return source_from_id(id); }, d.sources_list);
        if (auto k = f.optional("equipment")) d.equipment = equipment_kind_at(*k, Path(at, "equipment"));
        d.amount = amount_at(f.required("amount"), Path(at, "amount"));
        f.rest_into(d.extra);
        return d;
    }

    // One item: a product (factors × unit_price), a lump sum (amount) or a
    // group (items), each with an optional written result (stated).
    BasisItem read_basis_item(Value v, const Path& ip) {
        Fields f(object_at(v, ip), ip);
        BasisItem item;
        item.item = non_empty(f.required_string("item"), Path(ip, "item"), kItemName);
        item.money_unit = money_unit_at(f, ip, "money_unit");
        item.stated_unit = money_unit_at(f, ip, "stated_unit");
        const AmountUnit money_unit = item.money_unit.value_or(unit_);
        auto items = f.optional("items");
        auto amount = f.optional("amount");
        auto price = f.optional("unit_price");
        auto factors = f.optional("factors");
        if (items) {
            Path gp(ip, "items");
            if (amount)
                refuse(Text{"分组金额为其明细之和：书面小计请写 \"stated\"，不写 \"amount\"",
                            "a group's amount is the sum of its items: give \"stated\" for the written subtotal, "
                            "not \"amount\"",
                            "сумма группы — сумма её позиций: письменный итог дайте в \"stated\", а не в "
                            "\"amount\""},
                       Path(ip, "amount"));
            if (price)
                refuse(Text{"分组包含明细，不写单价", "a group has items, not a unit price",
                            "у группы позиции, а не цена за единицу"},
                       Path(ip, "unit_price"));
            if (factors)
                refuse(Text{"分组包含明细，不写数量因子", "a group has items, not factors",
                            "у группы позиции, а не множители"},
                       Path(ip, "factors"));
            Value arr = array_at(*items, gp);
            if (arr.size() == 0)
                refuse(Text{"分组至少包含一项明细", "a group has at least one item", "в группе хотя бы одна позиция"},
                       gp);
            item.items.reserve(arr.size());
            for (std::size_t i = 0; i < arr.size(); ++i) item.items.push_back(read_basis_item(arr[i], Path(gp, i)));
        } else if (amount) {
            if (price)
                refuse(Text{"明细写 \"amount\"（总额）或 \"unit_price\"（数量 × 单价），不能两者都写",
                            "an item has either \"amount\" (a lump sum) or \"unit_price\" (factors × unit price), "
                            "not both",
                            "у позиции либо \"amount\" (сумма), либо \"unit_price\" (множители × цена), не оба"},
                       Path(ip, "unit_price"));
            Path ap(ip, "amount");
            item.lump = amount_at(*amount, ap, money_unit);
        } else {
            if (!price)
                refuse(Text{"明细须写 \"unit_price\"（数量 × 单价）、\"amount\"（总额）或 \"items\"（分组）",
                            "an item needs \"unit_price\" (factors × unit price), \"amount\" (a lump sum) or "
                            "\"items\" (a group)",
                            "позиции нужны \"unit_price\" (множители × цена), \"amount\" (сумма) или \"items\" "
                            "(группа)"},
                       ip);
            if (!factors)
                refuse(Text{"有单价的明细须写数量因子，如 {\"value\": \"2\", \"unit\": \"次\"}；总额请改写 \"amount\"",
                            "an item with a unit price has factors, e.g. {\"value\": \"2\", \"unit\": \"次\"}; for "
                            "a lump sum give \"amount\" instead",
                            "у позиции с ценой есть множители, например {\"value\": \"2\", \"unit\": \"次\"}; для "
                            "общей суммы дайте \"amount\""},
                       ip);
            item.unit_price = amount_at(*price, Path(ip, "unit_price"), money_unit);
        }
        if (factors) {
            Path fp(ip, "factors");
            Value arr = array_at(*factors, fp);
            if (arr.size() == 0 && !item.is_lump())
                refuse(Text{"明细至少有一个数量因子，如 {\"value\": \"2\", \"unit\": \"次\"}",
                            "an item has at least one factor, e.g. {\"value\": \"2\", \"unit\": \"次\"}",
                            "у позиции хотя бы один множитель, например {\"value\": \"2\", \"unit\": \"次\"}"},
                       fp);
            for (std::size_t k = 0; k < arr.size(); ++k) {
                Path kp(fp, k);
                Fields g(object_at(arr[k], kp), kp);
                BasisFactor factor;
                Path vp(kp, "value");
                factor.value = decimal_at(g.required("value"), vp);
                if (factor.value.value.sign() < 0)
                    refuse(Text{"数量因子不得为负", "a factor is never negative", "множитель не бывает отрицательным"},
                           vp);
                if (auto u = g.optional("unit")) factor.unit = string_at(*u, Path(kp, "unit"));
                g.rest_into(factor.extra);
                item.factors.push_back(std::move(factor));
            }
        }
        if (auto u = f.optional("price_unit")) item.price_unit = string_at(*u, Path(ip, "price_unit"));
        if (auto k = f.optional("equipment")) item.equipment = equipment_kind_at(*k, Path(ip, "equipment"));
        if (auto st = f.optional("stated"))
            item.stated = amount_at(*st, Path(ip, "stated"), item.stated_unit.value_or(money_unit));
        // The product (or a group's sum) is exact; one too large for a line is
        // refused here, so that no rule meets an amount beyond Money's range.
        if (compare(kMaxLine, item_amount(item)) < 0)
            refuse(item.is_group()
                       ? "the group's items add up to more than the limit of 999,999,999,999.99 per line"
                       : "the item's amount (factors × unit price) is above the limit of 999,999,999,999.99 per line",
                   ip);
        f.rest_into(item.extra);
        return item;
    }

    // A target's value: a decimal, never negative.
    static Decimal target_value_at(Value v, const Path& at) {
        Decimal d = decimal_at(v, at);
        if (d.value.sign() < 0)
            refuse(Text{"目标值不得为负", "a target is never negative", "целевое значение не бывает отрицательным"},
                   at);
        return d;
    }

    Target read_target(Value v, const Path& at, std::size_t index, std::map<std::string, std::size_t>& seen) {
        Fields f(object_at(v, at), at);
        Target t;
        Path ip(at, "id");
        t.id = f.required_string("id");
        if (!is_short_id(t.id))
            refuse(say("指标 id \"{}\" 应为 1 至 32 个拉丁字母、数字、'-'、'_' 或 '.'，如 \"papers\"",
                       "the indicator id \"{}\" is 1 to 32 Latin letters, digits, '-', '_' or '.', e.g. \"papers\"",
                       "id показателя \"{}\" — от 1 до 32 латинских букв, цифр, '-', '_' или '.', например \"papers\"",
                       shorten(t.id)),
                   ip);
        auto [first, added] = seen.emplace(t.id, index);
        if (!added)
            refuse(say("指标 id \"{}\" 已是 /targets/{} 的 id；每个指标须有自己的 id",
                       "indicator id \"{}\" is already the id of /targets/{}; give each indicator its own id",
                       "id показателя \"{}\" уже занят /targets/{}; дайте каждому показателю свой id", t.id,
                       first->second),
                   ip);
        // The call's own indicator brings its name; the applicant's own names itself.
        if (auto n = f.optional("name"))
            t.name = non_empty(string_at(*n, Path(at, "name")), Path(at, "name"), kIndicatorName);
        else if (!catalog_->indicator(t.id))
            refuse(say("缺少必填字段 \"name\"（\"{}\" 不是指南所列指标，需写明指标名称）",
                       "missing required field \"name\" (\"{}\" is not one of the call's indicators: name it)",
                       "нет обязательного поля \"name\" (\"{}\" не входит в показатели конкурса: назовите его)", t.id),
                   at);
        if (auto u = f.optional("unit")) t.unit = string_at(*u, Path(at, "unit"));
        t.total = target_value_at(f.required("total"), Path(at, "total"));
        if (auto y = f.optional("years")) {
            Path ysp(at, "years");
            Value obj = object_at(*y, ysp);
            for (std::size_t i = 0; i < obj.size(); ++i) {
                std::string_view key = obj.key(i);
                Path yp(ysp, key);
                // Four digits without a leading zero, as projection values are keyed;
                // 2000–2100 as project years are (the period itself is the rule indicator.year's).
                bool year_like = key.size() == 4 && key[0] != '0' &&
                                 std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
                int year =
                    year_like ? (key[0] - '0') * 1000 + (key[1] - '0') * 100 + (key[2] - '0') * 10 + (key[3] - '0') : 0;
                if (year < 2000 || year > 2100)
                    refuse(say("\"{}\" 不是 2000–2100 的年份；years 以年份为键，如 \"2026\"",
                               "\"{}\" is not a year 2000–2100; years are keyed by the year, e.g. \"2026\"",
                               "\"{}\" — не год 2000–2100; ключи years — годы, например \"2026\"", shorten(key)),
                           yp);
                t.years.emplace(year, target_value_at(obj[i], yp));
            }
        }
        f.rest_into(t.extra);
        return t;
    }

    Projection read_projection(Value v, const Path& at) {
        Fields f(object_at(v, at), at);
        Projection p;
        p.indicator = non_empty(f.required_string("indicator"), Path(at, "indicator"), kIndicatorId);
        {
            Path bp(at, "baseline");
            p.baseline = decimal_at(f.required("baseline"), bp);
            if (p.baseline.value.sign() < 0)
                refuse(
                    Text{"基准值不得为负", "a baseline is never negative", "базовое значение не бывает отрицательным"},
                    bp);
        }
        auto values = f.optional("values");
        auto growth = f.optional("growth");
        if (values && growth)
            refuse(Text{"预测写 \"values\" 或 \"growth\"，不能两者都写",
                        "a projection has either \"values\" or \"growth\", not both",
                        "у прогноза либо \"values\", либо \"growth\", не оба"},
                   at);
        if (!values && !growth)
            refuse(Text{"预测须写 \"values\"（每年一个值）或 \"growth\"（{rate, low, high}）",
                        "a projection needs \"values\" (a value per year) or \"growth\" ({rate, low, high})",
                        "прогнозу нужны \"values\" (значение на год) или \"growth\" ({rate, low, high})"},
                   at);
        if (values) {
            Path vsp(at, "values");
            Value obj = object_at(*values, vsp);
            for (std::size_t i = 0; i < obj.size(); ++i) {
                std::string_view key = obj.key(i);
                Path vp(vsp, key);
                // No leading zero: "0068" was read as 68 and written back as "68",
                // which the reader refuses (found by fuzz_plan_reader).
                bool year_like = key.size() == 4 && key[0] != '0' &&
                                 std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
                if (!year_like)
                    refuse(say("\"{}\" 不是年份；values 以年份为键，如 \"2018\"",
                               "\"{}\" is not a year; values are keyed by the year, e.g. \"2018\"",
                               "\"{}\" — не год; ключи values — годы, например \"2018\"", shorten(key)),
                           vp);
                Decimal d = decimal_at(obj[i], vp);
                if (d.value.sign() < 0)
                    refuse(Text{"预测值不得为负", "a projected value is never negative",
                                "прогнозное значение не бывает отрицательным"},
                           vp);
                int year = (key[0] - '0') * 1000 + (key[1] - '0') * 100 + (key[2] - '0') * 10 + (key[3] - '0');
                p.values.emplace(year, std::move(d));
            }
            if (p.values.empty())
                refuse(Text{"\"values\" 未写任何年份", "\"values\" names no year", "в \"values\" нет ни одного года"},
                       vsp);
        } else {
            Path gp(at, "growth");
            Fields g(object_at(*growth, gp), gp);
            Growth gr;
            gr.rate = decimal_at(g.required("rate"), Path(gp, "rate"));
            if (auto lo = g.optional("low")) gr.low = decimal_at(*lo, Path(gp, "low"));
            if (auto hi = g.optional("high")) gr.high = decimal_at(*hi, Path(gp, "high"));
            if (compare(gr.rate.value, kMinusOne) <= 0)
                refuse(say("rate {} 不高于 -100 %；数量不能减到零以下",
                           "rate {} is at or below -100 %; a quantity cannot shrink below zero",
                           "rate {} не выше -100 %; величина не может стать меньше нуля", gr.rate.text),
                       Path(gp, "rate"));
            if (gr.low && compare(gr.low->value, kMinusOne) <= 0)
                refuse(
                    say("low {} 不高于 -100 %", "low {} is at or below -100 %", "low {} не выше -100 %", gr.low->text),
                    Path(gp, "low"));
            if (gr.low && compare(gr.low->value, gr.rate.value) > 0)
                refuse(say("low {} 高于 rate {}；应为 low ≤ rate ≤ high",
                           "low {} is above rate {}; expected low ≤ rate ≤ high",
                           "low {} выше rate {}; ожидается low ≤ rate ≤ high", gr.low->text, gr.rate.text),
                       Path(gp, "low"));
            if (gr.high && compare(gr.high->value, gr.rate.value) < 0)
                refuse(say("high {} 低于 rate {}；应为 low ≤ rate ≤ high",
                           "high {} is below rate {}; expected low ≤ rate ≤ high",
                           "high {} ниже rate {}; ожидается low ≤ rate ≤ high", gr.high->text, gr.rate.text),
                       Path(gp, "high"));
            if (compare(gr.rate.value, kHundred) > 0)
                refuse(say("rate {} 超过每年 10,000 %", "rate {} is above 10,000 % a year",
                           "rate {} больше 10 000 % в год", gr.rate.text),
                       Path(gp, "rate"));
            if (gr.high && compare(gr.high->value, kHundred) > 0)
                refuse(say("high {} 超过每年 10,000 %", "high {} is above 10,000 % a year",
                           "high {} больше 10 000 % в год", gr.high->text),
                       Path(gp, "high"));
            g.rest_into(gr.extra);
            p.growth = std::move(gr);
        }
        f.rest_into(p.extra);
        return p;
    }

    Assumptions read_assumptions(Value v, const Path& at) {
        Fields f(object_at(v, at), at);
        Assumptions a;
        if (auto u = f.optional("usd_cny")) {
            Path up(at, "usd_cny");
            a.usd_cny = decimal_at(*u, up);
            if (a.usd_cny->value.sign() <= 0)
                refuse(Text{"汇率必须大于零", "the exchange rate must be above zero",
                            "обменный курс должен быть больше нуля"},
                       up);
        }
        if (auto d = f.optional("discount_rate")) {
            Path dp(at, "discount_rate");
            a.discount_rate = decimal_at(*d, dp);
            if (compare(a.discount_rate->value, kMinusOne) <= 0)
                refuse(Text{"折现率必须高于 -100 %", "the discount rate must be above -100 %",
                            "ставка дисконтирования должна быть выше -100 %"},
                       dp);
        }
        f.rest_into(a.extra);
        return a;
    }

    AmountUnit unit_ = AmountUnit::yuan;
    const CallFinder& find_;
    const Catalog* catalog_ = nullptr;  ///< the plan's call, once `call` is read
    std::vector<std::string> unit_ids_;  // the partners' ids, in file order
};

void append_extra(ojson& out, const Extra& extra) {
    if (!extra.is_object()) return;
    for (auto it = extra.begin(); it != extra.end(); ++it) out[it.key()] = it.value();
}

ojson basis_to_json(const std::vector<BasisItem>& basis, AmountUnit unit) {
    ojson items = ojson::array();
    for (const auto& item : basis) {
        const AmountUnit money_unit = item.money_unit.value_or(unit);
        ojson o = ojson::object();
        o["item"] = item.item;
        if (item.money_unit) o["money_unit"] = std::string(to_id(*item.money_unit));
        if (!item.factors.empty() || !(item.is_lump() || item.is_group())) {
            ojson factors = ojson::array();
            for (const auto& factor : item.factors) {
                ojson fo = ojson::object();
                fo["value"] = factor.value.text;
                if (!factor.unit.empty()) fo["unit"] = factor.unit;
                append_extra(fo, factor.extra);
                factors.push_back(std::move(fo));
            }
            o["factors"] = std::move(factors);
        }
        if (item.is_group())
            o["items"] = basis_to_json(item.items, unit);
        else if (item.is_lump())
            o["amount"] = amount_text(*item.lump, money_unit);
        else
            o["unit_price"] = amount_text(item.unit_price, money_unit);
        if (!item.price_unit.empty()) o["price_unit"] = item.price_unit;
        if (item.equipment) o["equipment"] = std::string(to_id(*item.equipment));
        if (item.stated) {
            o["stated"] = amount_text(*item.stated, item.stated_unit.value_or(money_unit));
            if (item.stated_unit) o["stated_unit"] = std::string(to_id(*item.stated_unit));
        }
        append_extra(o, item.extra);
        items.push_back(std::move(o));
    }
    return items;
}

}  // namespace

Result<Plan> read_plan(std::string_view text) {
    return read_plan(text, builtin_catalog());
}

Result<Plan> read_plan(std::string_view text, const Catalog& catalog) {
    return read_plan(text, [&](const std::string&) -> Result<const Catalog*> { return &catalog; });
}

Result<Plan> read_plan(std::string_view text, const CallFinder& find) {
    auto tree = JsonTree::parse(text);
    if (!tree) return tree.error();
    try {
        return Reader(find).read(tree->root());
    } catch (const CallRefused& c) {
        return c.error;
    } catch (const Refusal& r) {
        // The line of the file as well as the pointer, found from the pointer
        // only when refusing: the tree keeps just each value's offset.
        Place at = tree->at_pointer(r.pointer).place();
        at.pointer = r.pointer;
        return Error::said(r.message, std::move(at));
    } catch (const std::overflow_error&) {
        return Error{"a sum of amounts is too large to hold exactly", Place{}};
    }
}

std::string amount_text(const Money& amount, AmountUnit unit) {
    return unit == AmountUnit::wan ? amount.wan_exact() : amount.str();
}

ojson plan_to_json(const Plan& plan) {
    ojson out = ojson::object();
    out["format"] = plan.format;
    out["call"] = plan.call;
    if (plan.unit_stated || plan.unit != AmountUnit::yuan) out["unit"] = std::string(to_id(plan.unit));

    const Project& p = plan.project;
    ojson project = ojson::object();
    project["title"] = p.title;
    project["class"] = p.klass;
    if (p.annex) project["annex"] = *p.annex;
    if (p.direction) project["direction"] = *p.direction;
    if (p.scope_stated || p.scope != Scope::whole) project["scope"] = std::string(to_id(p.scope));
    project["start_year"] = p.start_year;
    project["end_year"] = p.end_year;
    if (!p.leader.empty()) project["leader"] = p.leader;
    if (!p.members.empty()) project["members"] = p.members;
    append_extra(project, p.extra);
    out["project"] = std::move(project);

    const Applicant& a = plan.applicant;
    ojson app = ojson::object();
    app["name"] = a.name;
    app["type"] = std::string(to_id(a.type));
    app["registered_in_region"] = a.registered_in_region;
    app["legal_person"] = a.legal_person;
    app["production_enterprise"] = a.production_enterprise;
    app["haccp_certified"] = a.haccp_certified;
    app["south_xinjiang"] = a.south_xinjiang;
    if (a.avg_revenue) app["avg_revenue"] = a.avg_revenue->str();
    if (a.avg_export_usd) app["avg_export_usd"] = a.avg_export_usd->str();
    app["unfinished_projects"] = a.unfinished_projects;
    app["cooperation_agreement"] = a.cooperation_agreement;
    app["prior_cooperation"] = a.prior_cooperation;
    app["matching_funds_proof"] = a.matching_funds_proof;
    append_extra(app, a.extra);
    out["applicant"] = std::move(app);

    if (plan.partners_stated || !plan.partners.empty()) {
        ojson partners = ojson::array();
        for (const auto& partner : plan.partners) {
            ojson o = ojson::object();
            o["name"] = partner.name;
            o["country"] = partner.country;
            o["type"] = std::string(to_id(partner.type));
            if (!partner.id.empty()) o["id"] = partner.id;
            if (!partner.region.empty()) o["region"] = partner.region;
            if (partner.matching_funds_proof) o["matching_funds_proof"] = *partner.matching_funds_proof;
            append_extra(o, partner.extra);
            partners.push_back(std::move(o));
        }
        out["partners"] = std::move(partners);
    }

    if (plan.tasks_stated || !plan.tasks.empty()) {
        ojson tasks = ojson::array();
        for (const auto& task : plan.tasks) {
            ojson o = ojson::object();
            o["id"] = task.id;
            if (!task.summary.empty()) o["summary"] = task.summary;
            if (!task.lead.empty()) o["lead"] = task.lead;
            append_extra(o, task.extra);
            tasks.push_back(std::move(o));
        }
        out["tasks"] = std::move(tasks);
    }

    ojson budget = ojson::array();
    for (const auto& line : plan.budget) {
        ojson o = ojson::object();
        if (!line.id.empty()) o["id"] = line.id;
        o["year"] = line.year;
        o["category"] = std::string(to_id(line.category));
        o["source"] = std::string(to_id(line.source));
        o["amount"] = amount_text(line.amount, plan.unit);
        if (!line.note.empty()) o["note"] = line.note;
        if (!line.task.empty()) o["task"] = line.task;
        if (!line.unit.empty()) o["unit"] = line.unit;
        if (line.equipment) o["equipment"] = std::string(to_id(*line.equipment));
        if (!line.basis.empty()) o["basis"] = basis_to_json(line.basis, plan.unit);
        append_extra(o, line.extra);
        budget.push_back(std::move(o));
    }
    out["budget"] = std::move(budget);
    if (!plan.declared.empty()) {
        ojson declared = ojson::array();
        auto ids = [](const auto& values, bool as_list) {
            if (!as_list && values.size() == 1) return ojson(std::string(to_id(values[0])));
            ojson list = ojson::array();
            for (const auto& v : values) list.push_back(std::string(to_id(v)));
            return list;
        };
        for (const auto& d : plan.declared) {
            ojson o = ojson::object();
            o["heading"] = d.heading;
            if (!d.categories.empty()) o["categories"] = ids(d.categories, d.categories_list);
            if (!d.sources.empty()) o["source"] = ids(d.sources, d.sources_list);
            if (d.equipment) o["equipment"] = std::string(to_id(*d.equipment));
            o["amount"] = amount_text(d.amount, plan.unit);
            append_extra(o, d.extra);
            declared.push_back(std::move(o));
        }
        out["declared"] = std::move(declared);
    }

    if (plan.indicators_stated || !plan.indicators.empty()) {
        ojson ind = ojson::object();
        for (const auto& [id, value] : plan.indicators) ind[id] = value.text;
        out["indicators"] = std::move(ind);
    }
    if (plan.targets_stated || !plan.targets.empty()) {
        ojson targets = ojson::array();
        for (const auto& t : plan.targets) {
            ojson o = ojson::object();
            o["id"] = t.id;
            if (!t.name.empty()) o["name"] = t.name;
            if (!t.unit.empty()) o["unit"] = t.unit;
            o["total"] = t.total.text;
            if (!t.years.empty()) {
                ojson years = ojson::object();
                for (const auto& [year, value] : t.years) years[std::to_string(year)] = value.text;
                o["years"] = std::move(years);
            }
            append_extra(o, t.extra);
            targets.push_back(std::move(o));
        }
        out["targets"] = std::move(targets);
    }
    if (plan.projections_stated || !plan.projections.empty()) {
        ojson projections = ojson::array();
        for (const auto& pr : plan.projections) {
            ojson o = ojson::object();
            o["indicator"] = pr.indicator;
            o["baseline"] = pr.baseline.text;
            if (pr.growth) {
                ojson g = ojson::object();
                g["rate"] = pr.growth->rate.text;
                if (pr.growth->low) g["low"] = pr.growth->low->text;
                if (pr.growth->high) g["high"] = pr.growth->high->text;
                append_extra(g, pr.growth->extra);
                o["growth"] = std::move(g);
            } else {
                ojson values = ojson::object();
                for (const auto& [year, value] : pr.values) values[std::to_string(year)] = value.text;
                o["values"] = std::move(values);
            }
            append_extra(o, pr.extra);
            projections.push_back(std::move(o));
        }
        out["projections"] = std::move(projections);
    }
    if (plan.assumptions) {
        ojson o = ojson::object();
        if (plan.assumptions->usd_cny) o["usd_cny"] = plan.assumptions->usd_cny->text;
        if (plan.assumptions->discount_rate) o["discount_rate"] = plan.assumptions->discount_rate->text;
        append_extra(o, plan.assumptions->extra);
        out["assumptions"] = std::move(o);
    }
    append_extra(out, plan.extra);
    return out;
}

std::string write_plan(const Plan& plan) {
    return plan_to_json(plan).dump(2, ' ', false) + "\n";
}

}  // namespace cofund
