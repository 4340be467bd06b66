// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/catalog.h"

#include <fmt/format.h>

#include <set>
#include <stdexcept>

#include "cofund/format.h"
#include "cofund/json_read.h"
#include "cofund/json_tree.h"

namespace cofund::embedded {
std::string_view catalog_xj_sco_2018();
}

namespace cofund {

namespace {

using ojson = nlohmann::ordered_json;

struct Bad {
    std::string message;
    std::string pointer;
};

class CatalogReader {
  public:
    explicit CatalogReader(const JsonDocument& doc) : doc_(doc) {}

    Catalog read() {
        const ojson& root = obj(doc_.root, "");
        Catalog c;
        std::string format = str(root, "", "format");
        if (format != "cofund-catalog/1")
            throw Bad{fmt::format("unknown catalog format \"{}\"; expected \"cofund-catalog/1\"", format), "/format"};
        c.id = str(root, "", "id");
        if (c.id.empty()) throw Bad{"the catalog id must not be empty", "/id"};
        c.title = text(member(root, "", "title"), "/title");
        if (root.contains("region")) c.region = text(root["region"], "/region");
        c.max_years = integer(root, "", "max_years", 1, 50);
        c.period_clause = str(root, "", "period_clause");
        use(c.period_clause, "/period_clause");

        const ojson& clauses = obj(member(root, "", "clauses"), "/clauses");
        for (auto it = clauses.begin(); it != clauses.end(); ++it)
            c.clauses[it.key()] = text(it.value(), "/clauses/" + pointer_escape(it.key()));

        const ojson& classes = obj(member(root, "", "classes"), "/classes");
        c.key = klass(member(classes, "/classes", "key"), "/classes/key");
        c.general = klass(member(classes, "/classes", "general"), "/classes/general");

        const ojson& sources = arr(member(root, "", "sources"), "/sources");
        for (std::size_t i = 0; i < sources.size(); ++i) {
            std::string p = fmt::format("/sources/{}", i);
            SourceInfo s{str(sources[i], p, "id"), str(sources[i], p, "kind"), text(sources[i], p)};
            if (!source_from_id(s.id)) throw Bad{fmt::format("unknown source \"{}\"", s.id), p + "/id"};
            if (s.kind != "special" && s.kind != "fiscal" && s.kind != "self")
                throw Bad{fmt::format("unknown source kind \"{}\"; expected special, fiscal or self", s.kind),
                          p + "/kind"};
            c.sources.push_back(std::move(s));
        }
        if (c.sources.size() != kSourceCount)
            throw Bad{fmt::format("expected the {} sources of the plan format", kSourceCount), "/sources"};
        const ojson& categories = arr(member(root, "", "categories"), "/categories");
        for (std::size_t i = 0; i < categories.size(); ++i) {
            std::string p = fmt::format("/categories/{}", i);
            CategoryInfo ci{str(categories[i], p, "id"), text(categories[i], p)};
            if (!category_from_id(ci.id)) throw Bad{fmt::format("unknown category \"{}\"", ci.id), p + "/id"};
            c.categories.push_back(std::move(ci));
        }
        if (c.categories.size() != kCategoryCount)
            throw Bad{fmt::format("expected the {} categories of the plan format", kCategoryCount), "/categories"};

        const ojson& elig = obj(member(root, "", "eligibility"), "/eligibility");
        for (const char* k : {"region_clause", "unfinished_clause", "agreement_clause", "partner_clause",
                              "scope_clause", "patent_clause", "leverage_clause"}) {
            c.eligibility[k] = str(elig, "/eligibility", k);
            use(c.eligibility[k], std::string("/eligibility/") + k);
        }

        if (root.contains("practice")) {
            const ojson& practice = obj(root["practice"], "/practice");
            if (practice.contains("indirect_cap")) {
                const ojson& cap = obj(practice["indirect_cap"], "/practice/indirect_cap");
                c.indirect_source = str(cap, "/practice/indirect_cap", "source");
                const ojson& brackets =
                    arr(member(cap, "/practice/indirect_cap", "brackets"), "/practice/indirect_cap/brackets");
                for (std::size_t i = 0; i < brackets.size(); ++i) {
                    std::string p = fmt::format("/practice/indirect_cap/brackets/{}", i);
                    IndirectBracket b;
                    if (brackets[i].contains("up_to")) b.up_to = money(brackets[i], p, "up_to");
                    b.rate = decimal(brackets[i], p, "rate").first;
                    c.indirect_brackets.push_back(b);
                }
            }
            if (practice.contains("basis")) c.basis = basis_practice(practice["basis"], "/practice/basis");
        }

        std::set<std::string> ids;
        const ojson& common = arr(member(root, "", "common_indicators"), "/common_indicators");
        for (std::size_t i = 0; i < common.size(); ++i) {
            std::string p = fmt::format("/common_indicators/{}", i);
            Indicator ind;
            ind.id = str(common[i], p, "id");
            ind.kind = IndicatorKind::common;
            ind.name = text(common[i], p);
            ind.unit = text(member(common[i], p, "unit"), p + "/unit");
            ind.patent = common[i].value("patent", false);
            ind.bound = 0;
            ind.bound_text = "0";
            if (!ids.insert(ind.id).second) throw Bad{fmt::format("duplicate indicator id \"{}\"", ind.id), p + "/id"};
            c.common_indicators.push_back(std::move(ind));
        }

        const ojson& directions = arr(member(root, "", "directions"), "/directions");
        for (std::size_t i = 0; i < directions.size(); ++i) {
            std::string p = fmt::format("/directions/{}", i);
            Direction d{integer(directions[i], p, "number", 1, 99), text(directions[i], p),
                        str(directions[i], p, "clause")};
            use(d.clause, p + "/clause");
            c.directions.push_back(std::move(d));
        }

        const ojson& annexes = arr(member(root, "", "annexes"), "/annexes");
        for (std::size_t i = 0; i < annexes.size(); ++i)
            c.annexes.push_back(annex(annexes[i], fmt::format("/annexes/{}", i), ids));

        for (const auto& [clause, where] : used_)
            if (!c.clauses.count(clause))
                throw Bad{fmt::format("clause \"{}\" is used but not defined in /clauses", clause), where};
        return c;
    }

  private:
    BasisPractice basis_practice(const ojson& o, const std::string& p) {
        obj(o, p);
        BasisPractice b;
        b.source = str(o, p, "source");
        const ojson& sources = arr(member(o, p, "sources"), p + "/sources");
        for (std::size_t i = 0; i < sources.size(); ++i) {
            std::string sp = fmt::format("{}/sources/{}", p, i);
            if (!sources[i].is_string()) throw Bad{"expected a source id", sp};
            auto s = source_from_id(sources[i].get<std::string>());
            if (!s) throw Bad{fmt::format("unknown source \"{}\"", sources[i].get<std::string>()), sp};
            b.sources.push_back(*s);
        }
        if (b.sources.empty()) throw Bad{"name at least one source", p + "/sources"};
        b.categories = category_list(member(o, p, "categories"), p + "/categories");
        const ojson& ex = obj(member(o, p, "exempt"), p + "/exempt");
        b.exempt_categories = category_list(member(ex, p + "/exempt", "categories"), p + "/exempt/categories");
        auto [share, text] = decimal(ex, p + "/exempt", "max_share");
        if (share.sign() < 0 || compare(share, Rational(1)) > 0)
            throw Bad{fmt::format("max_share {} is outside 0–1", text), p + "/exempt/max_share"};
        b.exempt_max_share = share;
        b.exempt_max_share_text = text;
        b.exempt_source = str(ex, p + "/exempt", "source");
        return b;
    }

    std::vector<Category> category_list(const ojson& a, const std::string& p) {
        arr(a, p);
        std::vector<Category> out;
        for (std::size_t i = 0; i < a.size(); ++i) {
            std::string cp = fmt::format("{}/{}", p, i);
            if (!a[i].is_string()) throw Bad{"expected a category id", cp};
            auto c = category_from_id(a[i].get<std::string>());
            if (!c) throw Bad{fmt::format("unknown category \"{}\"", a[i].get<std::string>()), cp};
            if (*c == Category::indirect)
                throw Bad{"indirect costs are not a direct cost; they follow a rate, not a basis", cp};
            out.push_back(*c);
        }
        if (out.empty()) throw Bad{"name at least one category", p};
        return out;
    }

    const ojson& member(const ojson& o, const std::string& p, const char* key) {
        obj(o, p);
        auto it = o.find(key);
        if (it == o.end()) throw Bad{fmt::format("missing field \"{}\"", key), p};
        return *it;
    }
    const ojson& obj(const ojson& v, const std::string& p) {
        if (!v.is_object()) throw Bad{"expected an object", p};
        return v;
    }
    const ojson& arr(const ojson& v, const std::string& p) {
        if (!v.is_array()) throw Bad{"expected an array", p};
        return v;
    }
    std::string str(const ojson& o, const std::string& p, const char* key) {
        const ojson& v = member(o, p, key);
        if (!v.is_string()) throw Bad{"expected a string", p + "/" + key};
        return v.get<std::string>();
    }
    int integer(const ojson& o, const std::string& p, const char* key, int min, int max) {
        const ojson& v = member(o, p, key);
        if (!v.is_number_integer() || v.get<long long>() < min || v.get<long long>() > max)
            throw Bad{fmt::format("expected an integer {}–{}", min, max), p + "/" + key};
        return v.get<int>();
    }
    std::pair<Rational, std::string> decimal(const ojson& o, const std::string& p, const char* key) {
        const ojson& v = member(o, p, key);
        std::string where = p + "/" + key;
        std::string t;
        if (v.is_string())
            t = v.get<std::string>();
        else if (v.is_number())
            t = doc_.raw_numbers.count(where) ? doc_.raw_numbers.at(where) : v.dump();
        else
            throw Bad{"expected a decimal string", where};
        auto r = parse_decimal(t);
        if (!r) throw Bad{r.error().message, where};
        return {*r, t};
    }
    Money money(const ojson& o, const std::string& p, const char* key) {
        const ojson& v = member(o, p, key);
        if (!v.is_string()) throw Bad{"expected an amount string", p + "/" + key};
        auto m = Money::parse_yuan(v.get<std::string>());
        if (!m) throw Bad{m.error().message, p + "/" + key};
        return *m;
    }
    Text text(const ojson& o, const std::string& p) {
        obj(o, p);
        Text t{str(o, p, "zh"), str(o, p, "en"), {}};
        if (o.contains("ru") && o["ru"].is_string()) t.ru = o["ru"].get<std::string>();
        return t;
    }
    void use(const std::string& clause, const std::string& where) { used_.emplace(clause, where); }

    ClassInfo klass(const ojson& o, const std::string& p) {
        ClassInfo k{text(o, p), integer(o, p, "max_projects", 0, 100000), money(o, p, "min_fiscal"),
                    money(o, p, "max_fiscal"), str(o, p, "clause")};
        if (k.max_fiscal < k.min_fiscal) throw Bad{"max_fiscal is below min_fiscal", p};
        use(k.clause, p + "/clause");
        return k;
    }

    std::vector<OrgType> types(const ojson& v, const std::string& p) {
        std::vector<OrgType> out;
        for (std::size_t i = 0; i < arr(v, p).size(); ++i) {
            if (!v[i].is_string()) throw Bad{"expected a type name", fmt::format("{}/{}", p, i)};
            auto t = org_type_from_id(v[i].get<std::string>());
            if (!t) throw Bad{"unknown participant type", fmt::format("{}/{}", p, i)};
            out.push_back(*t);
        }
        return out;
    }
    std::vector<Source> sources(const ojson& v, const std::string& p) {
        std::vector<Source> out;
        for (std::size_t i = 0; i < arr(v, p).size(); ++i) {
            auto s = v[i].is_string() ? source_from_id(v[i].get<std::string>()) : std::nullopt;
            if (!s) throw Bad{"unknown source", fmt::format("{}/{}", p, i)};
            out.push_back(*s);
        }
        if (out.empty()) throw Bad{"a ratio side names at least one source", p};
        return out;
    }

    Annex annex(const ojson& o, const std::string& p, std::set<std::string>& ids) {
        Annex a;
        a.number = integer(o, p, "number", 1, 99);
        a.title = text(member(o, p, "title"), p + "/title");
        a.country = str(o, p, "country");
        if (o.contains("location")) a.location = text(o["location"], p + "/location");
        for (const auto& s : arr(member(o, p, "scopes"), p + "/scopes")) {
            if (s == "whole")
                a.scopes.push_back(Scope::whole);
            else if (s == "subproject")
                a.scopes.push_back(Scope::subproject);
            else
                throw Bad{"unknown scope", p + "/scopes"};
        }
        a.scope_clause = str(o, p, "scope_clause");
        use(a.scope_clause, p + "/scope_clause");
        if (o.contains("requirements")) {
            std::string rp = p + "/requirements";
            const ojson& r = obj(o["requirements"], rp);
            if (r.contains("enterprise_lead")) {
                a.enterprise_lead = str(r["enterprise_lead"], rp + "/enterprise_lead", "clause");
                use(*a.enterprise_lead, rp + "/enterprise_lead");
            }
            if (r.contains("joint")) {
                std::string jp = rp + "/joint";
                JointRequirement j;
                j.clause = str(r["joint"], jp, "clause");
                use(j.clause, jp);
                const ojson& groups = arr(member(r["joint"], jp, "groups"), jp + "/groups");
                for (std::size_t i = 0; i < groups.size(); ++i)
                    j.groups.push_back(types(groups[i], fmt::format("{}/groups/{}", jp, i)));
                if (r["joint"].contains("country")) j.country = str(r["joint"], jp, "country");
                a.joint = std::move(j);
            }
            if (r.contains("prior_cooperation")) {
                std::string pp = rp + "/prior_cooperation";
                std::string clause = str(r["prior_cooperation"], pp, "clause");
                std::string severity = str(r["prior_cooperation"], pp, "severity");
                if (severity != "error" && severity != "warning")
                    throw Bad{"severity is error or warning", pp + "/severity"};
                use(clause, pp);
                a.prior_cooperation = {clause, severity};
            }
            if (r.contains("matching_proof")) {
                a.matching_proof = str(r["matching_proof"], rp + "/matching_proof", "clause");
                use(*a.matching_proof, rp + "/matching_proof");
            }
            if (r.contains("producer")) {
                std::string pp = rp + "/producer";
                const ojson& pr = obj(r["producer"], pp);
                ProducerRequirement req;
                req.clause = str(pr, pp, "clause");
                use(req.clause, pp);
                req.legal_person = pr.value("legal_person", false);
                req.production = pr.value("production", false);
                req.haccp = pr.value("haccp", false);
                if (pr.contains("revenue_floor")) req.revenue_floor = money(pr, pp, "revenue_floor");
                if (pr.contains("south_revenue_floor")) req.south_revenue_floor = money(pr, pp, "south_revenue_floor");
                if (pr.contains("export_floor_usd")) req.export_floor_usd = money(pr, pp, "export_floor_usd");
                a.producer = std::move(req);
            }
        }
        if (o.contains("ratio")) {
            std::string rp = p + "/ratio";
            const ojson& r = obj(o["ratio"], rp);
            RatioRule rule;
            rule.clause = str(r, rp, "clause");
            use(rule.clause, rp + "/clause");
            std::tie(rule.multiple, rule.multiple_text) = decimal(r, rp, "multiple");
            if (rule.multiple <= 0) throw Bad{"the multiple must be above zero", rp + "/multiple"};
            rule.fiscal_side = sources(member(r, rp, "fiscal_side"), rp + "/fiscal_side");
            rule.self_side = sources(member(r, rp, "self_side"), rp + "/self_side");
            std::string when = str(r, rp, "when");
            if (when == "enterprise_applicant")
                rule.enterprise_only = true;
            else if (when != "always")
                throw Bad{"\"when\" is always or enterprise_applicant", rp + "/when"};
            a.ratio = std::move(rule);
        }
        if (o.contains("tasks")) {
            const ojson& tasks = arr(o["tasks"], p + "/tasks");
            for (std::size_t i = 0; i < tasks.size(); ++i) {
                std::string tp = fmt::format("{}/tasks/{}", p, i);
                Task t{str(tasks[i], tp, "id"), text(tasks[i], tp), str(tasks[i], tp, "words")};
                // The id says where the task stands in the call, so the ids of every plan stay stable.
                std::string expected = fmt::format("a{}.t{}", a.number, i + 1);
                if (t.id != expected)
                    throw Bad{fmt::format("task id \"{}\" should be \"{}\" (annex {}, task {} in the call's order)",
                                          t.id, expected, a.number, i + 1),
                              tp + "/id"};
                if (t.words.find_first_not_of(" \t\r\n") == std::string::npos)
                    throw Bad{"a task's words (the call's own) must not be empty", tp + "/words"};
                if (t.name.zh.empty() || t.name.en.empty()) throw Bad{"a task's short name must not be empty", tp};
                a.tasks.push_back(std::move(t));
            }
        }
        const ojson& inds = arr(member(o, p, "indicators"), p + "/indicators");
        for (std::size_t i = 0; i < inds.size(); ++i) {
            std::string ip = fmt::format("{}/indicators/{}", p, i);
            Indicator ind = indicator(inds[i], ip);
            ind.annex = a.number;
            if (!ids.insert(ind.id).second) throw Bad{fmt::format("duplicate indicator id \"{}\"", ind.id), ip + "/id"};
            a.indicators.push_back(std::move(ind));
        }
        return a;
    }

    Indicator indicator(const ojson& o, const std::string& p) {
        Indicator ind;
        ind.id = str(o, p, "id");
        std::string kind = str(o, p, "kind");
        if (kind == "binding")
            ind.kind = IndicatorKind::binding;
        else if (kind == "expected")
            ind.kind = IndicatorKind::expected;
        else
            throw Bad{fmt::format("unknown kind \"{}\"; expected binding or expected", kind), p + "/kind"};
        ind.name = text(o, p);
        ind.unit = text(member(o, p, "unit"), p + "/unit");
        std::string op = str(o, p, "op");
        static const std::map<std::string, Op> ops = {
            {">=", Op::ge}, {">", Op::gt}, {"<=", Op::le}, {"=", Op::eq}, {"about", Op::about}};
        if (!ops.count(op)) throw Bad{fmt::format("unknown op \"{}\"", op), p + "/op"};
        ind.op = ops.at(op);
        std::tie(ind.bound, ind.bound_text) = decimal(o, p, "bound");
        if (o.contains("band")) {
            const ojson& b = arr(o["band"], p + "/band");
            if (b.size() != 2 || !b[0].is_string() || !b[1].is_string())
                throw Bad{"a band is two strings", p + "/band"};
            ind.band = {b[0].get<std::string>(), b[1].get<std::string>()};
        }
        std::string measure = str(o, p, "measure");
        static const std::map<std::string, Measure> measures = {{"total", Measure::total},
                                                                {"cumulative", Measure::cumulative},
                                                                {"final", Measure::final_year},
                                                                {"growth_pct", Measure::growth_pct},
                                                                {"reduction_pct", Measure::reduction_pct}};
        if (!measures.count(measure)) throw Bad{fmt::format("unknown measure \"{}\"", measure), p + "/measure"};
        ind.measure = measures.at(measure);
        ind.patent = o.value("patent", false);
        if (o.contains("money")) {
            ind.money = str(o, p, "money");
            if (ind.money != "cny" && ind.money != "usd") throw Bad{"money is cny or usd", p + "/money"};
        }
        if (o.contains("backed_by")) {
            auto cat = category_from_id(str(o, p, "backed_by"));
            if (!cat) throw Bad{"unknown category", p + "/backed_by"};
            ind.backed_by = cat;
        }
        ind.clause = str(o, p, "clause");
        use(ind.clause, p + "/clause");
        return ind;
    }

    const JsonDocument& doc_;
    std::map<std::string, std::string> used_;
};

}  // namespace

std::string_view to_id(Op op) {
    switch (op) {
        case Op::ge:
            return ">=";
        case Op::gt:
            return ">";
        case Op::le:
            return "<=";
        case Op::eq:
            return "=";
        case Op::about:
            return "about";
    }
    return "";
}

std::string_view to_symbol(Op op) {
    switch (op) {
        case Op::ge:
            return "≥";
        case Op::gt:
            return ">";
        case Op::le:
            return "≤";
        case Op::eq:
            return "=";
        case Op::about:
            return "≈";
    }
    return "";
}

std::string_view to_id(Measure m) {
    switch (m) {
        case Measure::total:
            return "total";
        case Measure::cumulative:
            return "cumulative";
        case Measure::final_year:
            return "final";
        case Measure::growth_pct:
            return "growth_pct";
        case Measure::reduction_pct:
            return "reduction_pct";
    }
    return "";
}

std::string_view to_id(IndicatorKind k) {
    switch (k) {
        case IndicatorKind::binding:
            return "binding";
        case IndicatorKind::expected:
            return "expected";
        case IndicatorKind::common:
            return "common";
    }
    return "";
}

bool Indicator::counted() const {
    if (!money.empty() || measure == Measure::growth_pct || measure == Measure::reduction_pct) return false;
    // The catalog's measured units; every other unit counts things.
    static const std::set<std::string> measured = {"m²", "mu", "km²", "t", "kg", "ha", "µm", "%"};
    return !measured.contains(unit.en);
}

bool Indicator::meets(const Rational& value) const {
    switch (op) {
        case Op::ge:
            return compare(value, bound) >= 0;
        case Op::gt:
            return compare(value, bound) > 0;
        case Op::le:
            return compare(value, bound) <= 0;
        case Op::eq:
            return compare(value, bound) >= 0;
        case Op::about:
            return true;
    }
    return false;
}

std::string Indicator::target_text(Lang lang) const {
    return fmt::format("{} {}", to_symbol(op), format_fixed(bound, lang, is_whole(bound) ? 0 : 2));
}

bool Annex::allows(Scope s) const {
    return std::find(scopes.begin(), scopes.end(), s) != scopes.end();
}

const Task* Annex::task(std::string_view id) const {
    for (const auto& t : tasks)
        if (t.id == id) return &t;
    return nullptr;
}

const Annex* Catalog::annex(int number) const {
    for (const auto& a : annexes)
        if (a.number == number) return &a;
    return nullptr;
}

const Direction* Catalog::direction(int number) const {
    for (const auto& d : directions)
        if (d.number == number) return &d;
    return nullptr;
}

const Indicator* Catalog::indicator(std::string_view id) const {
    for (const auto& a : annexes)
        for (const auto& i : a.indicators)
            if (i.id == id) return &i;
    for (const auto& i : common_indicators)
        if (i.id == id) return &i;
    return nullptr;
}

std::vector<const Indicator*> Catalog::indicators_for(const Plan& plan) const {
    std::vector<const Indicator*> out;
    if (plan.project.klass == ProjectClass::key && plan.project.annex)
        if (const Annex* a = annex(*plan.project.annex))
            for (const auto& i : a->indicators) out.push_back(&i);
    for (const auto& i : common_indicators) out.push_back(&i);
    return out;
}

const Text* Catalog::clause(std::string_view id) const {
    auto it = clauses.find(std::string(id));
    return it == clauses.end() ? nullptr : &it->second;
}

std::string Catalog::eligibility_clause(const std::string& key) const {
    auto it = eligibility.find(key);
    return it == eligibility.end() ? std::string() : it->second;
}

const Text& Catalog::source_name(Source s) const {
    for (const auto& info : sources)
        if (info.id == to_id(s)) return info.name;
    throw std::logic_error("catalog lacks a source");
}

const Text& Catalog::category_name(Category c) const {
    for (const auto& info : categories)
        if (info.id == to_id(c)) return info.name;
    throw std::logic_error("catalog lacks a category");
}

std::vector<std::string> Catalog::indicator_ids() const {
    std::vector<std::string> ids;
    for (const auto& a : annexes)
        for (const auto& i : a.indicators) ids.push_back(i.id);
    for (const auto& i : common_indicators) ids.push_back(i.id);
    return ids;
}

const Task* Catalog::task(std::string_view id) const {
    for (const auto& a : annexes)
        if (const Task* t = a.task(id)) return t;
    return nullptr;
}

Result<Catalog> read_catalog(std::string_view text) {
    auto doc = parse_json(text);
    if (!doc) return Error{"catalog: " + doc.error().message, doc.error().place};
    try {
        return CatalogReader(*doc).read();
    } catch (const Bad& b) {
        // The line as well as the pointer, from the tree reader, which keeps
        // where each value starts (parse_json accepted the text, so it does too).
        Place at;
        if (auto tree = JsonTree::parse(text)) at = tree->at_pointer(b.pointer).place();
        at.pointer = b.pointer;
        return Error{"catalog: " + b.message, std::move(at)};
    } catch (const nlohmann::json::exception& e) {
        return Error{std::string("catalog: wrong type of value: ") + e.what(), Place{}};
    }
}

std::string_view builtin_catalog_text() {
    return embedded::catalog_xj_sco_2018();
}

const Catalog& builtin_catalog() {
    static const Catalog catalog = [] {
        auto c = read_catalog(builtin_catalog_text());
        if (!c) throw std::logic_error("the embedded catalog is broken: " + c.error().describe());
        return std::move(c).value();
    }();
    return catalog;
}

}  // namespace cofund
