// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/catalog.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <mutex>
#include <set>
#include <stdexcept>

#include "cofund/format.h"
#include "cofund/json_read.h"
#include "cofund/json_tree.h"
#include "cofund/summary.h"
#include "cofund/text_format.h"

namespace cofund::embedded {
std::string_view catalog_xj_sco_2018();
}

namespace cofund {

namespace {

using ojson = nlohmann::ordered_json;

// The categories cofund-catalog/1 had to list, in this order: the 2018 plan format's thirteen.
constexpr std::array<std::string_view, 13> kV1Categories = {
    "equipment",      "materials", "testing", "fuel_power", "travel",       "meetings", "international",
    "publication_ip", "labor",     "experts", "other",      "construction", "indirect"};

// A refusal of the call file: what is wrong, in three languages, and where (a JSON pointer).
struct Bad {
    // No aggregate: Bad{"words", pointer} must not compile (it would fill the Text's languages instead).
    Bad(Text m, std::string p) : message(std::move(m)), pointer(std::move(p)) {}
    Text message;
    std::string pointer;
};

// Words several refusals share.
Text needs_v2(std::string_view field) {
    return say("\"{}\" 需要 cofund-catalog/2", "\"{}\" needs cofund-catalog/2", "для \"{}\" нужен cofund-catalog/2",
               field);
}
Text short_id_words(std::string_view zh, std::string_view en, std::string_view ru) {
    return say("{} id 应为 1 到 32 个拉丁字母、数字、'-'、'_' 或 '.'",
               "{} id is 1 to 32 Latin letters, digits, '-', '_' or '.'",
               "id {} — от 1 до 32 латинских букв, цифр, '-', '_' или '.'",
               Text{std::string(zh), std::string(en), std::string(ru)});
}
Text name_one(std::string_view zh, std::string_view en, std::string_view ru) {
    return say("至少列出一个{}", "name at least one {}", "укажите хотя бы {}",
               Text{std::string(zh), std::string(en), std::string(ru)});
}
Text unknown_source(const std::string& id) {
    return say("未知经费来源 \"{}\"", "unknown source \"{}\"", "неизвестный источник \"{}\"", id);
}
Text outside_0_1(std::string_view field, const std::string& value) {
    return say("{} {} 超出 0–1", "{} {} is outside 0–1", "{} {} вне диапазона 0–1", field, value);
}
Text duplicate_indicator(const std::string& id) {
    return say("指标 id \"{}\" 重复", "duplicate indicator id \"{}\"", "id показателя \"{}\" повторяется", id);
}
Text yuan_text(const Money& amount) {
    return {format_yuan(amount, Lang::zh), format_yuan(amount, Lang::en), format_yuan(amount, Lang::ru)};
}
Text expected_type_name() {
    return {"应为类型名", "expected a type name", "ожидается имя типа"};
}

class CatalogReader {
  public:
    explicit CatalogReader(const JsonDocument& doc) : doc_(doc) {}

    Catalog read() {
        const ojson& root = obj(doc_.root, "");
        Catalog c;
        std::string format = str(root, "", "format");
        if (format != "cofund-catalog/1" && format != "cofund-catalog/2")
            throw Bad{say("未知目录格式 \"{}\"；应为 \"cofund-catalog/2\" 或 \"cofund-catalog/1\"",
                          "unknown catalog format \"{}\"; expected \"cofund-catalog/2\" or \"cofund-catalog/1\"",
                          "неизвестный формат каталога \"{}\"; ожидается \"cofund-catalog/2\" или \"cofund-catalog/1\"",
                          format),
                      "/format"};
        v2_ = format == "cofund-catalog/2";
        if (root.contains("types")) {
            if (!v2_) throw Bad{needs_v2("types"), "/types"};
            type_groups(root["types"], "/types");
        }
        c.id = str(root, "", "id");
        if (c.id.empty())
            throw Bad{{"目录 id 不得为空", "the catalog id must not be empty", "id каталога не может быть пустым"},
                      "/id"};
        c.title = text(member(root, "", "title"), "/title");
        if (root.contains("region")) c.region = text(root["region"], "/region");
        c.max_years = integer(root, "", "max_years", 1, 50);
        c.period_clause = str(root, "", "period_clause");
        use(c.period_clause, "/period_clause");
        if (root.contains("year")) {
            c.year = integer(root, "", "year", 2000, 2100);
            c.year_clause = str(root, "", "year_clause");
            use(c.year_clause, "/year_clause");
        }

        const ojson& clauses = obj(member(root, "", "clauses"), "/clauses");
        for (auto it = clauses.begin(); it != clauses.end(); ++it)
            c.clauses[it.key()] = text(it.value(), "/clauses/" + pointer_escape(it.key()));

        const ojson& classes = obj(member(root, "", "classes"), "/classes");
        if (v2_) {
            for (auto it = classes.begin(); it != classes.end(); ++it) {
                std::string kp = "/classes/" + pointer_escape(it.key());
                if (!is_short_id(it.key())) throw Bad{short_id_words("类别", "a class", "класса"), kp};
                c.classes.push_back(klass(it.key(), it.value(), kp));
            }
            if (c.classes.empty()) throw Bad{name_one("项目类别", "class", "один класс"), "/classes"};
        } else {
            // cofund-catalog/1 had exactly two classes: key projects name an
            // annex, general projects a direction.
            for (const char* id : {"key", "general"}) {
                ClassInfo k = klass(id, member(classes, "/classes", id), std::string("/classes/") + id);
                const bool key = std::string_view(id) == "key";
                k.track = key ? Track::annex : Track::direction;
                k.track_clause = key ? "main.key" : "main.general";
                // The class as cofund-catalog/1's messages spoke of it.
                k.phrase = key ? Text{k.name.zh, "key-project", "ключевого проекта"}
                               : Text{k.name.zh, "general-project", "общего проекта"};
                k.short_name = key ? Text{k.name.zh, "key", "ключевые"} : Text{k.name.zh, "general", "общие"};
                k.counted = key ? Text{k.name.zh, "key", "ключевых проектов"} : Text{k.name.zh, "general", "общих проектов"};
                c.classes.push_back(std::move(k));
            }
        }
        classes_ = &c.classes;

        const ojson& sources = arr(member(root, "", "sources"), "/sources");
        for (std::size_t i = 0; i < sources.size(); ++i) {
            std::string p = fmt::format("/sources/{}", i);
            SourceInfo s{str(sources[i], p, "id"), str(sources[i], p, "kind"), text(sources[i], p)};
            if (!source_from_id(s.id)) throw Bad{unknown_source(s.id), p + "/id"};
            if (s.kind != "special" && s.kind != "fiscal" && s.kind != "self")
                throw Bad{say("未知经费来源种类 \"{}\"；应为 special、fiscal 或 self",
                              "unknown source kind \"{}\"; expected special, fiscal or self",
                              "неизвестный вид источника \"{}\"; ожидается special, fiscal или self", s.kind),
                          p + "/kind"};
            c.sources.push_back(std::move(s));
        }
        if (c.sources.size() != kSourceCount)
            throw Bad{say("应列出计划格式的 {} 个经费来源", "expected the {} sources of the plan format",
                          "ожидаются {} источников формата плана", kSourceCount),
                      "/sources"};
        const ojson& categories = arr(member(root, "", "categories"), "/categories");
        for (std::size_t i = 0; i < categories.size(); ++i) {
            std::string p = fmt::format("/categories/{}", i);
            CategoryInfo ci{str(categories[i], p, "id"), text(categories[i], p)};
            if (v2_) {
                if (!is_short_id(ci.id)) throw Bad{short_id_words("科目", "a category", "статьи"), p + "/id"};
                ci.indirect = boolean(categories[i], p, "indirect");
                ci.equipment = boolean(categories[i], p, "equipment");
                if (categories[i].contains("forbidden")) {
                    ci.forbidden = str(categories[i], p, "forbidden");
                    use(ci.forbidden, p + "/forbidden");
                }
                if (categories[i].contains("new")) template_example(categories[i]["new"], p + "/new", ci);
            } else {
                // cofund-catalog/1 listed the thirteen categories of the 2018 plan format, in its order.
                if (std::find(kV1Categories.begin(), kV1Categories.end(), ci.id) == kV1Categories.end())
                    throw Bad{say("未知预算科目 \"{}\"", "unknown category \"{}\"", "неизвестная статья \"{}\"", ci.id),
                              p + "/id"};
                ci.indirect = ci.id == "indirect";
                ci.equipment = ci.id == "equipment";
                // What `cofund new` puts in a fresh plan: as for the 2018 call, whose categories these are.
                if (const CategoryInfo* b = builtin_catalog().category(std::string_view(ci.id))) {
                    ci.in_template = b->in_template;
                    ci.example = b->example;
                }
            }
            for (const auto& before : c.categories)
                if (before.id == ci.id)
                    throw Bad{say("预算科目 id \"{}\" 重复", "duplicate category id \"{}\"",
                                  "id статьи \"{}\" повторяется", ci.id),
                              p + "/id"};
            ci.category = Category::of(ci.id);
            c.categories.push_back(std::move(ci));
        }
        if (!v2_ && c.categories.size() != kV1Categories.size())
            throw Bad{say("应列出计划格式的 {} 个预算科目", "expected the {} categories of the plan format",
                          "ожидаются {} статей формата плана", kV1Categories.size()),
                      "/categories"};
        if (c.categories.empty()) throw Bad{name_one("预算科目", "category", "одну статью"), "/categories"};
        categories_ = &c.categories;

        // The program-wide clauses of the 2018 shape; in cofund-catalog/2 each is
        // optional, and a clause the call does not state checks nothing.
        if (!v2_ || root.contains("eligibility")) {
            const ojson& elig = obj(member(root, "", "eligibility"), "/eligibility");
            for (const char* k : {"region_clause", "unfinished_clause", "agreement_clause", "partner_clause",
                                  "scope_clause", "patent_clause", "leverage_clause"}) {
                if (v2_ && !elig.contains(k)) continue;
                c.eligibility[k] = str(elig, "/eligibility", k);
                use(c.eligibility[k], std::string("/eligibility/") + k);
            }
        }

        if (root.contains("practice")) {
            const ojson& practice = obj(root["practice"], "/practice");
            if (practice.contains("indirect_cap")) {
                // The 2018 shape of the practice cap on indirect costs: a rule of kind "cap" of the
                // indirect mark on direct costs less equipment, each side on its own.
                const std::string cp = "/practice/indirect_cap";
                const ojson& cap = obj(practice["indirect_cap"], cp);
                CapRule rule;
                rule.source = str(cap, cp, "source");
                rule.of_indirect = true;
                rule.brackets = brackets(member(cap, cp, "brackets"), cp + "/brackets", "rate");
                c.cap_rules.push_back(std::move(rule));
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
            if (!ids.insert(ind.id).second) throw Bad{duplicate_indicator(ind.id), p + "/id"};
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
        c.ratio_rules = std::move(v1_ratios_);
        if (root.contains("rules")) {
            if (!v2_) throw Bad{needs_v2("rules"), "/rules"};
            rules(root["rules"], "/rules", c);
        }
        if (root.contains("by_hand")) {
            if (!v2_) throw Bad{needs_v2("by_hand"), "/by_hand"};
            const ojson& list = arr(root["by_hand"], "/by_hand");
            for (std::size_t i = 0; i < list.size(); ++i) {
                std::string bp = fmt::format("/by_hand/{}", i);
                ByHand b{str(list[i], bp, "clause"), text(list[i], bp)};
                use(b.clause, bp + "/clause");
                c.by_hand.push_back(std::move(b));
            }
        }
        for (const auto& [number, where] : annex_refs_)
            if (!c.annex(number))
                throw Bad{
                    say("目录中没有附件 {}", "the catalog has no annex {}", "в каталоге нет приложения {}", number),
                    where};

        for (const auto& [clause, where] : used_)
            if (!c.clauses.count(clause))
                throw Bad{say("条款 \"{}\" 被引用，但未在 /clauses 中定义",
                              "clause \"{}\" is used but not defined in /clauses",
                              "пункт \"{}\" используется, но не определён в /clauses", clause),
                          where};
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
            if (!sources[i].is_string())
                throw Bad{{"应为经费来源 id", "expected a source id", "ожидается id источника"}, sp};
            auto s = source_from_id(sources[i].get<std::string>());
            if (!s) throw Bad{unknown_source(sources[i].get<std::string>()), sp};
            b.sources.push_back(*s);
        }
        if (b.sources.empty()) throw Bad{name_one("经费来源", "source", "один источник"), p + "/sources"};
        b.categories = category_list(member(o, p, "categories"), p + "/categories");
        const ojson& ex = obj(member(o, p, "exempt"), p + "/exempt");
        b.exempt_categories = category_list(member(ex, p + "/exempt", "categories"), p + "/exempt/categories");
        auto [share, text] = decimal(ex, p + "/exempt", "max_share");
        if (share.sign() < 0 || compare(share, Rational(1)) > 0)
            throw Bad{outside_0_1("max_share", text), p + "/exempt/max_share"};
        b.exempt_max_share = share;
        b.exempt_max_share_text = text;
        b.exempt_source = str(ex, p + "/exempt", "source");
        return b;
    }

    /// A category the catalog lists, by its id.
    const CategoryInfo& known_category(const ojson& v, const std::string& p) {
        if (!v.is_string()) throw Bad{{"应为预算科目 id", "expected a category id", "ожидается id статьи"}, p};
        const std::string id = v.get<std::string>();
        for (const auto& ci : *categories_)
            if (ci.id == id) return ci;
        std::vector<std::string> ids;
        for (const auto& ci : *categories_) ids.push_back(ci.id);
        throw Bad{say("未知预算科目 \"{}\"；本目录的预算科目为 {}",
                      "unknown category \"{}\"; this catalog's categories are {}",
                      "неизвестная статья \"{}\"; статьи этого каталога: {}", printable(id, 40), join(ids)),
                  p};
    }

    std::vector<Category> category_list(const ojson& a, const std::string& p) {
        arr(a, p);
        std::vector<Category> out;
        for (std::size_t i = 0; i < a.size(); ++i) {
            std::string cp = fmt::format("{}/{}", p, i);
            const CategoryInfo& ci = known_category(a[i], cp);
            if (ci.indirect)
                throw Bad{{"间接费用不是直接费用；按比例核定，不写测算依据",
                           "indirect costs are not a direct cost; they follow a rate, not a basis",
                           "косвенные расходы — не прямые; они следуют ставке, а не обоснованию"},
                          cp};
            out.push_back(ci.category);
        }
        if (out.empty()) throw Bad{name_one("预算科目", "category", "одну статью"), p};
        return out;
    }

    const ojson& member(const ojson& o, const std::string& p, const char* key) {
        obj(o, p);
        auto it = o.find(key);
        if (it == o.end()) throw Bad{say("缺少字段 \"{}\"", "missing field \"{}\"", "нет поля \"{}\"", key), p};
        return *it;
    }
    const ojson& obj(const ojson& v, const std::string& p) {
        if (!v.is_object()) throw Bad{{"应为对象", "expected an object", "ожидается объект"}, p};
        return v;
    }
    const ojson& arr(const ojson& v, const std::string& p) {
        if (!v.is_array()) throw Bad{{"应为数组", "expected an array", "ожидается массив"}, p};
        return v;
    }
    std::string str(const ojson& o, const std::string& p, const char* key) {
        const ojson& v = member(o, p, key);
        if (!v.is_string()) throw Bad{{"应为字符串", "expected a string", "ожидается строка"}, p + "/" + key};
        return v.get<std::string>();
    }
    int integer(const ojson& o, const std::string& p, const char* key, int min, int max) {
        const ojson& v = member(o, p, key);
        if (!v.is_number_integer() || v.get<long long>() < min || v.get<long long>() > max)
            throw Bad{say("应为 {}–{} 的整数", "expected an integer {}–{}", "ожидается целое число {}–{}", min, max),
                      p + "/" + key};
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
            throw Bad{{"应为十进制数字符串", "expected a decimal string", "ожидается строка с десятичным числом"},
                      where};
        auto r = parse_decimal(t);
        if (!r) throw Bad{r.error().words(), where};
        return {*r, t};
    }
    Money money(const ojson& o, const std::string& p, const char* key) {
        const ojson& v = member(o, p, key);
        if (!v.is_string())
            throw Bad{{"应为金额字符串", "expected an amount string", "ожидается строка с суммой"}, p + "/" + key};
        auto m = Money::parse_yuan(v.get<std::string>());
        if (!m) throw Bad{m.error().words(), p + "/" + key};
        return *m;
    }
    Text text(const ojson& o, const std::string& p) {
        obj(o, p);
        Text t{str(o, p, "zh"), str(o, p, "en"), {}};
        if (o.contains("ru") && o["ru"].is_string()) t.ru = o["ru"].get<std::string>();
        return t;
    }
    void use(const std::string& clause, const std::string& where) { used_.emplace(clause, where); }

    /// A class; in cofund-catalog/2 its numbers may be "not stated" (absent or null).
    ClassInfo klass(const std::string& id, const ojson& o, const std::string& p) {
        ClassInfo k;
        k.id = id;
        k.name = text(o, p);
        k.phrase = o.contains("phrase") ? text(o["phrase"], p + "/phrase") : k.name;
        k.short_name = o.contains("short") ? text(o["short"], p + "/short") : k.name;
        k.counted = o.contains("counted") ? text(o["counted"], p + "/counted") : k.short_name;
        auto stated = [&](const char* key) { return !v2_ || (o.contains(key) && !o[key].is_null()); };
        if (stated("max_projects")) k.max_projects = integer(o, p, "max_projects", 0, 100000);
        if (stated("min_fiscal")) k.min_fiscal = money(o, p, "min_fiscal");
        if (stated("max_fiscal")) k.max_fiscal = money(o, p, "max_fiscal");
        if (k.min_fiscal && k.max_fiscal && *k.max_fiscal < *k.min_fiscal)
            throw Bad{{"max_fiscal 低于 min_fiscal", "max_fiscal is below min_fiscal", "max_fiscal меньше min_fiscal"},
                      p};
        if (v2_) {
            const std::string track = str(o, p, "track");
            if (track == "annex")
                k.track = Track::annex;
            else if (track == "direction")
                k.track = Track::direction;
            else if (track != "none")
                throw Bad{say("未知 track \"{}\"；应为 annex、direction 或 none",
                              "unknown track \"{}\"; expected annex, direction or none",
                              "неизвестный track \"{}\"; ожидается annex, direction или none", printable(track, 40)),
                          p + "/track"};
        }
        k.clause = str(o, p, "clause");
        use(k.clause, p + "/clause");
        k.track_clause = o.contains("track_clause") ? str(o, p, "track_clause") : k.clause;
        use(k.track_clause, p + "/track_clause");
        return k;
    }
    /// A category's `new`: true, or the placeholder item {item, units, price_unit} of a fresh plan.
    void template_example(const ojson& v, const std::string& p, CategoryInfo& ci) {
        ci.in_template = true;
        if (v.is_boolean()) {
            ci.in_template = v.get<bool>();
            return;
        }
        obj(v, p);
        ci.example.item = str(v, p, "item");
        if (v.contains("price_unit")) ci.example.price_unit = str(v, p, "price_unit");
        if (v.contains("units")) {
            const ojson& units = arr(v["units"], p + "/units");
            for (std::size_t i = 0; i < units.size(); ++i) {
                if (!units[i].is_string())
                    throw Bad{
                        {"应为单位，如 \"台\"", "expected a unit such as \"台\"", "ожидается единица, например \"台\""},
                        fmt::format("{}/units/{}", p, i)};
                ci.example.units.push_back(units[i].get<std::string>());
            }
        }
    }
    bool boolean(const ojson& o, const std::string& p, const char* key) {
        if (!o.contains(key)) return false;
        if (!o[key].is_boolean())
            throw Bad{{"应为 true 或 false", "expected true or false", "ожидается true или false"}, p + "/" + key};
        return o[key].get<bool>();
    }
    static std::string join(const std::vector<std::string>& ids) {
        std::string out;
        for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
        return out;
    }

    std::vector<OrgType> types(const ojson& v, const std::string& p) {
        std::vector<OrgType> out;
        for (std::size_t i = 0; i < arr(v, p).size(); ++i) {
            if (!v[i].is_string()) throw Bad{expected_type_name(), fmt::format("{}/{}", p, i)};
            auto t = org_type_from_id(v[i].get<std::string>());
            if (!t)
                throw Bad{{"未知单位类型", "unknown participant type", "неизвестный тип участника"},
                          fmt::format("{}/{}", p, i)};
            out.push_back(*t);
        }
        return out;
    }
    std::vector<Source> sources(const ojson& v, const std::string& p) {
        std::vector<Source> out;
        for (std::size_t i = 0; i < arr(v, p).size(); ++i) {
            auto s = v[i].is_string() ? source_from_id(v[i].get<std::string>()) : std::nullopt;
            if (!s)
                throw Bad{say("未知经费来源 {}；可用的经费来源：fiscal, other_fiscal, self, loan, partner, other",
                              "unknown source {}; known sources: fiscal, other_fiscal, self, loan, partner, other",
                              "неизвестный источник {}; известные источники: fiscal, other_fiscal, self, loan, "
                              "partner, other",
                              v[i].dump()),
                          fmt::format("{}/{}", p, i)};
            out.push_back(*s);
        }
        if (out.empty())
            throw Bad{{"比例的每一方至少列出一个经费来源", "a ratio side names at least one source",
                       "сторона соотношения называет хотя бы один источник"},
                      p};
        return out;
    }

    // A ratio rule's clause, multiple and sides (both formats).
    RatioRule ratio_terms(const ojson& r, const std::string& rp) {
        RatioRule rule;
        rule.clause = str(r, rp, "clause");
        use(rule.clause, rp + "/clause");
        std::tie(rule.multiple, rule.multiple_text) = decimal(r, rp, "multiple");
        if (rule.multiple <= 0)
            throw Bad{{"倍数须大于零", "the multiple must be above zero", "кратность должна быть больше нуля"},
                      rp + "/multiple"};
        rule.fiscal_side = sources(member(r, rp, "fiscal_side"), rp + "/fiscal_side");
        rule.self_side = sources(member(r, rp, "self_side"), rp + "/self_side");
        return rule;
    }

    // The call's own names for groups of participant types ("types"), cofund-catalog/2.
    void type_groups(const ojson& o, const std::string& p) {
        obj(o, p);
        for (auto it = o.begin(); it != o.end(); ++it) {
            std::string tp = p + "/" + pointer_escape(it.key());
            if (org_type_from_id(it.key()))
                throw Bad{
                    say("\"{}\" 已是计划格式的单位类型", "\"{}\" is a participant type of the plan format already",
                        "\"{}\" — уже тип участника формата плана", it.key()),
                    tp};
            const ojson& members = member(it.value(), tp, "of");
            std::vector<OrgType> of;
            for (std::size_t i = 0; i < arr(members, tp + "/of").size(); ++i) {
                std::string mp = fmt::format("{}/of/{}", tp, i);
                auto t = members[i].is_string() ? org_type_from_id(members[i].get<std::string>()) : std::nullopt;
                if (!t)
                    throw Bad{{"未知单位类型；类型组由 enterprise、institute、university、other 组成",
                               "unknown participant type; a group is made of enterprise, institute, university, other",
                               "неизвестный тип участника; группа составляется из enterprise, institute, "
                               "university, other"},
                              mp};
                of.push_back(*t);
            }
            if (of.empty())
                throw Bad{{"类型组至少列出一个类型", "a type group names at least one type",
                           "группа типов называет хотя бы один тип"},
                          tp + "/of"};
            group_names_[it.key()] = text(it.value(), tp);
            groups_[it.key()] = std::move(of);
        }
    }

    // A list of participant types: the plan format's, or the call's groups.
    std::vector<OrgType> type_list(const ojson& v, const std::string& p) {
        std::vector<OrgType> out;
        for (std::size_t i = 0; i < arr(v, p).size(); ++i) {
            std::string ip = fmt::format("{}/{}", p, i);
            if (!v[i].is_string()) throw Bad{expected_type_name(), ip};
            const std::string name = v[i].get<std::string>();
            if (auto t = org_type_from_id(name)) {
                out.push_back(*t);
            } else if (auto g = groups_.find(name); g != groups_.end()) {
                out.insert(out.end(), g->second.begin(), g->second.end());
            } else {
                std::string known = "enterprise, institute, university, other";
                for (const auto& [k, _] : groups_) known += ", " + k;
                throw Bad{say("类型 \"{}\" 未定义；已知类型：{}", "the type \"{}\" is not defined; known types: {}",
                              "тип \"{}\" не определён; известные типы: {}", name, known),
                          ip};
            }
        }
        if (out.empty()) throw Bad{name_one("类型", "type", "один тип"), p};
        return out;
    }

    Condition when(const ojson& r, const std::string& rp) {
        return r.contains("when") ? condition(r["when"], rp + "/when") : Condition{};
    }

    static std::string names_text(const ojson& a) {
        std::string out;
        for (const auto& v : a) out += (out.empty() ? "" : ", ") + v.get<std::string>();
        return out;
    }

    Condition condition(const ojson& o, const std::string& p) {
        obj(o, p);
        Condition c;
        for (auto it = o.begin(); it != o.end(); ++it) {
            std::string cp = p + "/" + pointer_escape(it.key());
            if (it.key() == "class") {
                for (std::size_t i = 0; i < arr(it.value(), cp).size(); ++i) {
                    const ojson& v = it.value()[i];
                    std::vector<std::string> ids;
                    for (const auto& k : *classes_) ids.push_back(k.id);
                    if (!v.is_string() || std::find(ids.begin(), ids.end(), v.get<std::string>()) == ids.end())
                        throw Bad{
                            say("未知项目类别；本目录的项目类别为 {}", "unknown class; this catalog's classes are {}",
                                "неизвестный класс; классы этого каталога: {}", join(ids)),
                            fmt::format("{}/{}", cp, i)};
                    c.classes.push_back(v.get<std::string>());
                }
            } else if (it.key() == "annex") {
                for (std::size_t i = 0; i < arr(it.value(), cp).size(); ++i) {
                    const ojson& v = it.value()[i];
                    if (!v.is_number_integer() || v.get<long long>() < 1 || v.get<long long>() > 99)
                        throw Bad{
                            {"应为附件编号 1–99", "expected an annex number 1–99", "ожидается номер приложения 1–99"},
                            fmt::format("{}/{}", cp, i)};
                    c.annexes.push_back(v.get<int>());
                    annex_refs_.emplace_back(v.get<int>(), fmt::format("{}/{}", cp, i));
                }
            } else if (it.key() == "applicant") {
                c.applicant = type_list(it.value(), cp);
            } else if (it.key() == "any_participant") {
                c.any_participant = type_list(it.value(), cp);
            } else {
                throw Bad{
                    say("未知条件 \"{}\"；应为 class、annex、applicant 或 any_participant",
                        "unknown condition \"{}\"; expected class, annex, applicant or any_participant",
                        "неизвестное условие \"{}\"; ожидается class, annex, applicant или any_participant", it.key()),
                    cp};
            }
        }
        return c;
    }

    // A cap's brackets, in rising order: each runs from the previous one's up_to (the first from zero; a
    // bracket may say so in "from") to its own, the last without up_to to any size. So they neither overlap,
    // nor leave a gap, nor leave the largest bases without a share; `key` is "share" ("rate" in practice).
    std::vector<CapBracket> brackets(const ojson& a, const std::string& p, const char* key) {
        arr(a, p);
        if (a.empty()) throw Bad{say("至少列出一档；最后一档省略 up_to", "name at least one bracket; the last leaves out up_to",
                                  "укажите хотя бы одну ступень; у последней нет up_to"),
                              p};
        std::vector<CapBracket> out;
        for (std::size_t i = 0; i < a.size(); ++i) {
            std::string bp = fmt::format("{}/{}", p, i);
            obj(a[i], bp);
            CapBracket b;
            if (a[i].contains("up_to")) b.up_to = money(a[i], bp, "up_to");
            auto [share, share_text] = decimal(a[i], bp, key);
            if (share.sign() < 0 || compare(share, Rational(1)) > 0)
                throw Bad{outside_0_1(key, share_text), bp + "/" + key};
            b.share = share;
            b.share_text = share_text;
            const Money start = out.empty() ? Money() : out.back().up_to.value_or(Money());
            if (!out.empty() && !out.back().up_to)
                throw Bad{{"只有最后一档可以省略 up_to（它从上一档的 up_to 起算）",
                           "only the last bracket may leave out up_to (it runs from the previous up_to on)",
                           "только последняя ступень может не указывать up_to (она действует от up_to предыдущей)"},
                          fmt::format("{}/{}", p, i - 1)};
            if (a[i].contains("from")) {
                const Money from = money(a[i], bp, "from");
                if (from < start)
                    throw Bad{say("from {} 低于上一档的终点 {}：各档重叠",
                                  "from {} is below {}, where the previous bracket ends: the brackets overlap",
                                  "from {} ниже {}, где кончается предыдущая ступень: ступени перекрываются",
                                  yuan_text(from), yuan_text(start)),
                              bp + "/from"};
                if (from > start)
                    throw Bad{say("from {0} 高于上一档的终点 {1}：{1} 至 {0} 之间无档",
                                  "from {0} is above {1}, where the previous bracket ends: the brackets leave a gap "
                                  "from {1} to {0}",
                                  "from {0} выше {1}, где кончается предыдущая ступень: между {1} и {0} нет ступени",
                                  yuan_text(from), yuan_text(start)),
                              bp + "/from"};
            }
            if (b.up_to && !out.empty() && *b.up_to <= start)
                throw Bad{say("up_to {} 不高于上一档的 {}：各档重叠或顺序颠倒（按 up_to 从小到大列出）",
                              "up_to {} is not above the previous bracket's {}: the brackets overlap or are out of "
                              "order (list them by rising up_to)",
                              "up_to {} не выше, чем у предыдущей ступени ({}): ступени перекрываются или идут не по "
                              "порядку (перечислите их по возрастанию up_to)",
                              yuan_text(*b.up_to), yuan_text(start)),
                          bp + "/up_to"};
            if (b.up_to && out.empty() && b.up_to->is_zero())
                throw Bad{{"up_to 0.00 使第一档为空", "up_to 0.00 leaves the first bracket empty",
                           "up_to 0.00 оставляет первую ступень пустой"},
                          bp + "/up_to"};
            out.push_back(std::move(b));
        }
        if (out.back().up_to)
            throw Bad{say("最后一档止于 {0}：省略其 up_to，或再加一个不设上限的档，使超过 {0} 的基数也有比例（否则其上无档）",
                          "the last bracket ends at {0}: leave out its up_to, or add an open bracket, so that a base "
                          "above {0} has a share too (the brackets leave a gap above it)",
                          "последняя ступень кончается на {0}: уберите её up_to или добавьте открытую ступень, "
                          "чтобы и база выше {0} имела долю (иначе выше неё разрыв)",
                          yuan_text(*out.back().up_to)),
                      fmt::format("{}/{}/up_to", p, a.size() - 1)};
        return out;
    }

    // What a rule of kind "cap" or "item_threshold" covers: a category mark ("indirect", "equipment") or a
    // list of the call's category ids.
    void categories_of(const ojson& r, const std::string& rp, const char* mark, bool& marked,
                       std::vector<Category>& ids) {
        const ojson& of = member(r, rp, "of");
        const std::string op = rp + "/of";
        if (of.is_string()) {
            if (of.get<std::string>() != mark)
                throw Bad{say("\"of\" 应为 \"{}\" 或预算科目 id 列表", "\"of\" is \"{}\" or a list of category ids",
                              "\"of\" — это \"{}\" или список id статей", mark),
                          op};
            if (std::none_of(categories_->begin(), categories_->end(), [&](const CategoryInfo& ci) {
                    return std::string_view(mark) == "indirect" ? ci.indirect : ci.equipment;
                }))
                throw Bad{say("本目录没有标记为 \"{}\" 的预算科目", "no category of this catalog is marked \"{}\"",
                              "ни одна статья этого каталога не отмечена как \"{}\"", mark),
                          op};
            marked = true;
            return;
        }
        arr(of, op);
        for (std::size_t i = 0; i < of.size(); ++i)
            ids.push_back(known_category(of[i], fmt::format("{}/{}", op, i)).category);
        if (ids.empty()) throw Bad{name_one("预算科目", "category", "одну статью"), op};
    }

    CapRule cap_rule(const ojson& r, const std::string& rp) {
        CapRule rule;
        rule.when = when(r, rp);
        if (r.contains("clause")) {
            rule.clause = str(r, rp, "clause");
            use(rule.clause, rp + "/clause");
        }
        if (r.contains("source")) rule.source = str(r, rp, "source");
        if (rule.clause.empty() && rule.source.empty())
            throw Bad{{"上限规则须写指南条款（clause）或其所依据惯例的出处（source）",
                       "a cap names the call's clause, or the source of a practice it follows",
                       "у предела указывается пункт конкурса (clause) или источник практики (source)"},
                      rp};
        categories_of(r, rp, "indirect", rule.of_indirect, rule.of);
        const std::string base = str(r, rp, "base");
        auto b = cap_base_from_id(base);
        if (!b)
            throw Bad{say("未知基数 \"{}\"；应为 total、direct、direct_less_equipment 或 direct_less_equipment_purchase",
                          "unknown base \"{}\"; expected total, direct, direct_less_equipment or "
                          "direct_less_equipment_purchase",
                          "неизвестная база \"{}\"; ожидается total, direct, direct_less_equipment или "
                          "direct_less_equipment_purchase",
                          printable(base, 40)),
                      rp + "/base"};
        rule.base = *b;
        rule.brackets = brackets(member(r, rp, "brackets"), rp + "/brackets", "share");
        if (r.contains("sides")) {
            const std::string sp = rp + "/sides";
            const ojson& sides = arr(r["sides"], sp);
            rule.fiscal_side = rule.self_side = false;
            for (std::size_t i = 0; i < sides.size(); ++i) {
                const std::string side = sides[i].is_string() ? sides[i].get<std::string>() : std::string();
                if (side == "fiscal")
                    rule.fiscal_side = true;
                else if (side == "self")
                    rule.self_side = true;
                else
                    throw Bad{{"side 应为 \"fiscal\" 或 \"self\"", "a side is \"fiscal\" or \"self\"",
                               "сторона — \"fiscal\" или \"self\""},
                              fmt::format("{}/{}", sp, i)};
            }
            if (!rule.fiscal_side && !rule.self_side) throw Bad{name_one("一方", "side", "одну сторону"), sp};
        }
        return rule;
    }

    ItemThresholdRule item_threshold_rule(const ojson& r, const std::string& rp) {
        ItemThresholdRule rule{str(r, rp, "clause"), when(r, rp)};
        use(rule.clause, rp + "/clause");
        categories_of(r, rp, "equipment", rule.of_equipment, rule.of);
        rule.unit_price_at_least = money(r, rp, "unit_price_at_least");
        if (rule.unit_price_at_least.is_zero())
            throw Bad{{"门槛应高于 0.00：否则每个明细都达到门槛", "a threshold above 0.00: every item would be at or above it",
                       "порог выше 0.00: иначе каждая позиция его достигает"},
                      rp + "/unit_price_at_least"};
        const std::string sp = rp + "/states";
        const ojson& states = arr(member(r, rp, "states"), sp);
        for (std::size_t i = 0; i < states.size(); ++i) {
            const std::string ip = fmt::format("{}/{}", sp, i);
            ItemStatement st{str(states[i], ip, "id"), text(states[i], ip)};
            if (!is_short_id(st.id))
                throw Bad{short_id_words("说明项", "a statement's", "пункта"), ip + "/id"};
            for (const auto& before : rule.states)
                if (before.id == st.id)
                    throw Bad{say("\"{}\" 重复", "\"{}\" is stated twice", "\"{}\" указан дважды", st.id), ip + "/id"};
            rule.states.push_back(std::move(st));
        }
        if (rule.states.empty()) throw Bad{name_one("明细须说明的事项", "statement the items give", "один пункт, который указывают позиции"), sp};
        return rule;
    }

    // /rules: each rule names its kind; the C++ knows the kinds, the file the call.
    void rules(const ojson& a, const std::string& p, Catalog& c) {
        for (std::size_t i = 0; i < arr(a, p).size(); ++i) {
            std::string rp = fmt::format("{}/{}", p, i);
            const ojson& r = obj(a[i], rp);
            std::string kind = str(r, rp, "kind");
            if (kind == "ratio") {
                RatioRule rule = ratio_terms(r, rp);
                if (r.contains("when")) rule.when = condition(r["when"], rp + "/when");
                if (r.contains("exempt")) {
                    std::string ep = rp + "/exempt";
                    const ojson& all = member(obj(r["exempt"], ep), ep, "all_participants");
                    rule.exempt_all = type_list(all, ep + "/all_participants");
                    // The types as the call names them: a group by its name, a plan type by its id.
                    for (const auto& v : all) {
                        const std::string id = v.get<std::string>();
                        auto g = group_names_.find(id);
                        const Text name = g != group_names_.end() ? g->second : Text{id, id, id};
                        for (Lang l : {Lang::zh, Lang::en, Lang::ru}) {
                            std::string& to = l == Lang::zh ? rule.exempt_names.zh : l == Lang::en ? rule.exempt_names.en
                                                                                                   : rule.exempt_names.ru;
                            to += (to.empty() ? "" : l == Lang::zh ? "、" : l == Lang::en ? " or " : " или ") + name.in(l);
                        }
                    }
                }
                c.ratio_rules.push_back(std::move(rule));
            } else if (kind == "date") {
                DateRule rule{str(r, rp, "clause"), when(r, rp)};
                use(rule.clause, rp + "/clause");
                std::string fact = str(r, rp, "fact");
                if (fact == "registered_on")
                    rule.fact = DateFact::registered_on;
                else if (fact == "leader_born_on")
                    rule.fact = DateFact::leader_born_on;
                else
                    throw Bad{say("未知事实 \"{}\"；应为 registered_on 或 leader_born_on",
                                  "unknown fact \"{}\"; expected registered_on or leader_born_on",
                                  "неизвестный факт \"{}\"; ожидается registered_on или leader_born_on", fact),
                              rp + "/fact"};
                if (r.contains("on_or_before") == r.contains("on_or_after"))
                    throw Bad{{"日期规则须写 on_or_before 和 on_or_after 之一",
                               "a date rule has one of on_or_before and on_or_after",
                               "у правила даты одно из on_or_before и on_or_after"},
                              rp};
                rule.on_or_before = r.contains("on_or_before");
                const char* key = rule.on_or_before ? "on_or_before" : "on_or_after";
                rule.limit = str(r, rp, key);
                if (!is_iso_date(rule.limit))
                    throw Bad{{"应为日期 YYYY-MM-DD", "expected a date YYYY-MM-DD", "ожидается дата YYYY-MM-DD"},
                              rp + "/" + key};
                c.date_rules.push_back(std::move(rule));
            } else if (kind == "declaration") {
                DeclarationRule rule{str(r, rp, "clause"), when(r, rp), str(r, rp, "id"), text(r, rp)};
                use(rule.clause, rp + "/clause");
                if (rule.id.empty())
                    throw Bad{{"声明的 id 不得为空", "a declaration's id must not be empty",
                               "id заявления не может быть пустым"},
                              rp + "/id"};
                c.declaration_rules.push_back(std::move(rule));
            } else if (kind == "applicant_type") {
                ApplicantTypeRule rule{str(r, rp, "clause"), when(r, rp)};
                use(rule.clause, rp + "/clause");
                if (r.contains("must") == r.contains("must_not"))
                    throw Bad{{"applicant_type 规则须写 must 和 must_not 之一",
                               "an applicant_type rule has one of must and must_not",
                               "у правила applicant_type одно из must и must_not"},
                              rp};
                rule.must = r.contains("must");
                const char* key = rule.must ? "must" : "must_not";
                rule.types = type_list(r[key], rp + "/" + key);
                rule.types_text = names_text(r[key]);
                c.applicant_type_rules.push_back(std::move(rule));
            } else if (kind == "partners") {
                PartnerRule rule{str(r, rp, "clause"), when(r, rp)};
                use(rule.clause, rp + "/clause");
                if (r.contains("regions")) {
                    const ojson& regions = arr(r["regions"], rp + "/regions");
                    for (std::size_t k = 0; k < regions.size(); ++k) {
                        std::string gp = fmt::format("{}/regions/{}", rp, k);
                        rule.regions.push_back(Region{str(regions[k], gp, "id"), text(regions[k], gp)});
                    }
                    if (rule.regions.empty()) throw Bad{name_one("地区", "region", "один регион"), rp + "/regions"};
                }
                if (r.contains("some_partner")) {
                    rule.some_partner = type_list(r["some_partner"], rp + "/some_partner");
                    rule.some_partner_text = names_text(r["some_partner"]);
                }
                if (rule.regions.empty() && rule.some_partner.empty())
                    throw Bad{{"partners 规则须写 regions、some_partner 或两者",
                               "a partners rule names regions, some_partner or both",
                               "правило partners называет regions, some_partner или оба"},
                              rp};
                c.partner_rules.push_back(std::move(rule));
            } else if (kind == "indicators") {
                IndicatorsRule rule{str(r, rp, "clause"), when(r, rp)};
                use(rule.clause, rp + "/clause");
                if (r.contains("min_count")) rule.min_count = integer(r, rp, "min_count", 1, 1000);
                if (r.contains("by_year")) {
                    if (!r["by_year"].is_boolean())
                        throw Bad{{"应为 true 或 false", "expected true or false", "ожидается true или false"}, rp + "/by_year"};
                    rule.by_year = r["by_year"].get<bool>();
                }
                if (r.contains("first_year_share")) {
                    auto [share, text] = decimal(r, rp, "first_year_share");
                    if (share <= 0 || share > 1)
                        throw Bad{say("第一年度比例 {} 超出 (0, 1]；50 % 写作 \"0.50\"",
                                      "the first-year share {} is outside (0, 1]; write e.g. \"0.50\" for 50 %",
                                      "доля первого года {} вне (0, 1]; напишите, например, \"0.50\" для 50 %", text),
                                  rp + "/first_year_share"};
                    rule.first_year_share = share;
                    rule.first_year_share_text = text;
                }
                if (rule.min_count == 0 && !rule.by_year && !rule.first_year_share)
                    throw Bad{{"indicators 规则须写 min_count、by_year 或 first_year_share",
                               "an indicators rule states min_count, by_year or first_year_share",
                               "правило indicators указывает min_count, by_year или first_year_share"},
                              rp};
                c.indicators_rules.push_back(std::move(rule));
            } else if (kind == "period") {
                PeriodRule rule{str(r, rp, "clause"), when(r, rp), integer(r, rp, "max_years", 1, 50)};
                use(rule.clause, rp + "/clause");
                c.period_rules.push_back(std::move(rule));
            } else if (kind == "program_limit") {
                ProgramLimitRule rule{str(r, rp, "clause"), when(r, rp)};
                use(rule.clause, rp + "/clause");
                std::string per = str(r, rp, "per");
                if (per == "enterprise")
                    rule.per = LimitPer::enterprise;
                else if (per == "leader")
                    rule.per = LimitPer::leader;
                else if (per == "person")
                    rule.per = LimitPer::person;
                else
                    throw Bad{say("未知 \"per\" \"{}\"；应为 enterprise、leader 或 person",
                                  "unknown \"per\" \"{}\"; expected enterprise, leader or person",
                                  "неизвестное \"per\" \"{}\"; ожидается enterprise, leader или person",
                                  printable(per, 40)),
                              rp + "/per"};
                rule.max = integer(r, rp, "max", 1, 1000000);
                c.program_limit_rules.push_back(std::move(rule));
            } else if (kind == "cap") {
                c.cap_rules.push_back(cap_rule(r, rp));
            } else if (kind == "item_threshold") {
                c.item_threshold_rules.push_back(item_threshold_rule(r, rp));
            } else {
                throw Bad{say("未知规则类型 \"{}\"；已知类型：ratio, period, date, declaration, applicant_type, partners, program_limit, cap, item_threshold, indicators",
                              "unknown rule kind \"{}\"; known kinds: ratio, period, date, declaration, applicant_type, partners, program_limit, cap, item_threshold, indicators",
                              "неизвестный вид правила \"{}\"; известные виды: ratio, period, date, declaration, applicant_type, partners, program_limit, cap, item_threshold, indicators",
                              kind),
                          rp + "/kind"};
            }
        }
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
                throw Bad{{"未知范围", "unknown scope", "неизвестный охват"}, p + "/scopes"};
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
                    throw Bad{{"severity 应为 error 或 warning", "severity is error or warning",
                               "severity — error или warning"},
                              pp + "/severity"};
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
            // cofund-catalog/1: the annex's ratio, as a rule of kind "ratio" for this annex.
            std::string rp = p + "/ratio";
            if (v2_)
                throw Bad{{"cofund-catalog/2 在 /rules 中以 kind 为 \"ratio\" 的规则写比例",
                           "cofund-catalog/2 states a ratio as a rule of kind \"ratio\" in /rules",
                           "в cofund-catalog/2 соотношение задаётся правилом вида \"ratio\" в /rules"},
                          rp};
            const ojson& r = obj(o["ratio"], rp);
            RatioRule rule = ratio_terms(r, rp);
            rule.when.classes = {"key"};  // cofund-catalog/1's annexes are its key projects
            rule.when.annexes = {a.number};
            std::string when = str(r, rp, "when");
            if (when == "enterprise_applicant")
                rule.when.applicant = {OrgType::enterprise};
            else if (when != "always")
                throw Bad{{"\"when\" 应为 always 或 enterprise_applicant", "\"when\" is always or enterprise_applicant",
                           "\"when\" — always или enterprise_applicant"},
                          rp + "/when"};
            v1_ratios_.push_back(std::move(rule));
        }
        if (o.contains("tasks")) {
            const ojson& tasks = arr(o["tasks"], p + "/tasks");
            for (std::size_t i = 0; i < tasks.size(); ++i) {
                std::string tp = fmt::format("{}/tasks/{}", p, i);
                Task t{str(tasks[i], tp, "id"), text(tasks[i], tp), str(tasks[i], tp, "words")};
                // The id says where the task stands in the call, so the ids of every plan stay stable.
                std::string expected = fmt::format("a{}.t{}", a.number, i + 1);
                if (t.id != expected)
                    throw Bad{say("任务 id \"{}\" 应为 \"{}\"（按指南顺序为附件 {} 的第 {} 个任务）",
                                  "task id \"{}\" should be \"{}\" (annex {}, task {} in the call's order)",
                                  "id задачи \"{}\" должен быть \"{}\" (приложение {}, задача {} в порядке конкурса)",
                                  t.id, expected, a.number, i + 1),
                              tp + "/id"};
                if (t.words.find_first_not_of(" \t\r\n") == std::string::npos)
                    throw Bad{
                        {"任务的原文（指南自己的文字）不得为空", "a task's words (the call's own) must not be empty",
                         "текст задачи (слова конкурса) не может быть пустым"},
                        tp + "/words"};
                if (t.name.zh.empty() || t.name.en.empty())
                    throw Bad{{"任务的简称不得为空", "a task's short name must not be empty",
                               "краткое название задачи не может быть пустым"},
                              tp};
                a.tasks.push_back(std::move(t));
            }
        }
        const ojson& inds = arr(member(o, p, "indicators"), p + "/indicators");
        for (std::size_t i = 0; i < inds.size(); ++i) {
            std::string ip = fmt::format("{}/indicators/{}", p, i);
            Indicator ind = indicator(inds[i], ip);
            ind.annex = a.number;
            if (!ids.insert(ind.id).second) throw Bad{duplicate_indicator(ind.id), ip + "/id"};
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
            throw Bad{say("未知指标类型 \"{}\"；应为 binding 或 expected",
                          "unknown kind \"{}\"; expected binding or expected",
                          "неизвестный вид \"{}\"; ожидается binding или expected", kind),
                      p + "/kind"};
        ind.name = text(o, p);
        ind.unit = text(member(o, p, "unit"), p + "/unit");
        std::string op = str(o, p, "op");
        static const std::map<std::string, Op> ops = {
            {">=", Op::ge}, {">", Op::gt}, {"<=", Op::le}, {"=", Op::eq}, {"about", Op::about}};
        if (!ops.count(op))
            throw Bad{say("未知运算符 \"{}\"", "unknown op \"{}\"", "неизвестная операция \"{}\"", op), p + "/op"};
        ind.op = ops.at(op);
        std::tie(ind.bound, ind.bound_text) = decimal(o, p, "bound");
        if (o.contains("band")) {
            const ojson& b = arr(o["band"], p + "/band");
            if (b.size() != 2 || !b[0].is_string() || !b[1].is_string())
                throw Bad{{"band 应为两个字符串", "a band is two strings", "band — две строки"}, p + "/band"};
            ind.band = {b[0].get<std::string>(), b[1].get<std::string>()};
        }
        std::string measure = str(o, p, "measure");
        static const std::map<std::string, Measure> measures = {{"total", Measure::total},
                                                                {"cumulative", Measure::cumulative},
                                                                {"final", Measure::final_year},
                                                                {"growth_pct", Measure::growth_pct},
                                                                {"reduction_pct", Measure::reduction_pct}};
        if (!measures.count(measure))
            throw Bad{say("未知计量方式 \"{}\"", "unknown measure \"{}\"", "неизвестная мера \"{}\"", measure),
                      p + "/measure"};
        ind.measure = measures.at(measure);
        ind.patent = o.value("patent", false);
        if (o.contains("money")) {
            ind.money = str(o, p, "money");
            if (ind.money != "cny" && ind.money != "usd")
                throw Bad{{"money 应为 cny 或 usd", "money is cny or usd", "money — cny или usd"}, p + "/money"};
        }
        if (o.contains("backed_by")) {
            ind.backed_by = known_category(member(o, p, "backed_by"), p + "/backed_by").category;
        }
        ind.clause = str(o, p, "clause");
        use(ind.clause, p + "/clause");
        return ind;
    }

    const JsonDocument& doc_;
    std::map<std::string, std::string> used_;
    bool v2_ = false;
    std::map<std::string, std::vector<OrgType>> groups_;
    std::map<std::string, Text> group_names_;  ///< each group's name in the call's words
    std::vector<RatioRule> v1_ratios_;
    std::vector<std::pair<int, std::string>> annex_refs_;
    const std::vector<ClassInfo>* classes_ = nullptr;         ///< the catalog's, once read
    const std::vector<CategoryInfo>* categories_ = nullptr;  ///< the catalog's, once read
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

bool Condition::holds(const Plan& plan) const {
    auto in = [](const auto& list, const auto& v) { return std::find(list.begin(), list.end(), v) != list.end(); };
    const Project& p = plan.project;
    if (!classes.empty() && !in(classes, p.klass)) return false;
    if (!annexes.empty() && (!p.annex || !in(annexes, *p.annex))) return false;
    if (!applicant.empty() && !in(applicant, plan.applicant.type)) return false;
    if (!any_participant.empty() && !in(any_participant, plan.applicant.type) &&
        std::none_of(plan.partners.begin(), plan.partners.end(),
                     [&](const Partner& x) { return in(any_participant, x.type); }))
        return false;
    return true;
}

bool RatioRule::exempt(const Plan& plan) const {
    if (exempt_all.empty()) return false;
    auto in = [&](OrgType t) { return std::find(exempt_all.begin(), exempt_all.end(), t) != exempt_all.end(); };
    return in(plan.applicant.type) &&
           std::all_of(plan.partners.begin(), plan.partners.end(), [&](const Partner& x) { return in(x.type); });
}

const RatioRule* Catalog::ratio_for(const Plan& plan) const {
    for (const auto& r : ratio_rules)
        if (r.when.holds(plan)) return r.exempt(plan) ? nullptr : &r;
    return nullptr;
}

const RatioRule* Catalog::ratio_exempting(const Plan& plan) const {
    for (const auto& r : ratio_rules)
        if (r.when.holds(plan)) return r.exempt(plan) ? &r : nullptr;
    return nullptr;
}

std::vector<const RatioRule*> Catalog::ratio_rules_of_annex(int number) const {
    std::vector<const RatioRule*> out;
    for (const auto& r : ratio_rules)
        if (std::find(r.when.annexes.begin(), r.when.annexes.end(), number) != r.when.annexes.end())
            out.push_back(&r);
    return out;
}

bool is_iso_date(std::string_view d) {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (d[i] < '0' || d[i] > '9') return false;
    int month = (d[5] - '0') * 10 + (d[6] - '0'), day = (d[8] - '0') * 10 + (d[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::string_view to_id(DateFact f) {
    return f == DateFact::registered_on ? "registered_on" : "leader_born_on";
}

std::string_view to_id(LimitPer p) {
    return p == LimitPer::enterprise ? "enterprise" : p == LimitPer::leader ? "leader" : "person";
}

std::string_view to_id(CapBase b) {
    switch (b) {
        case CapBase::total:
            return "total";
        case CapBase::direct:
            return "direct";
        case CapBase::direct_less_equipment:
            return "direct_less_equipment";
        case CapBase::direct_less_equipment_purchase:
            return "direct_less_equipment_purchase";
    }
    return "";
}

std::optional<CapBase> cap_base_from_id(std::string_view id) {
    for (CapBase b :
         {CapBase::total, CapBase::direct, CapBase::direct_less_equipment, CapBase::direct_less_equipment_purchase})
        if (to_id(b) == id) return b;
    return std::nullopt;
}

bool CapRule::caps(Category c, const Catalog& catalog) const {
    if (of_indirect) return catalog.indirect(c);
    return std::find(of.begin(), of.end(), c) != of.end();
}

Money CapRule::cap(const Money& base) const {
    // Σ part × share over the brackets, exact: the parts are whole fen, so the
    // sum is kept as one fraction n ÷ d of fen and rounded down once.
    BigInt n = 0, d = 1;
    Money lower;
    for (const auto& bracket : brackets) {
        Money upper = bracket.up_to ? *bracket.up_to : base;
        if (base > lower) {
            Money part = (base < upper ? base : upper) - lower;
            if (part > Money()) {
                BigInt sd = mp::denominator(bracket.share);
                n = n * sd + to_big(part.fen()) * mp::numerator(bracket.share) * d;
                d *= sd;
            }
        }
        if (!bracket.up_to) break;
        lower = upper;
    }
    return floor_fen(n, d);
}

bool ItemThresholdRule::covers(Category c, const Catalog& catalog) const {
    if (of_equipment) {
        const CategoryInfo* info = catalog.category(c);
        return info && info->equipment;
    }
    return std::find(of.begin(), of.end(), c) != of.end();
}

std::pair<int, std::string> Catalog::period_for(const Plan& plan) const {
    for (const auto& r : period_rules)
        if (r.when.holds(plan)) return {r.max_years, r.clause};
    return {max_years, period_clause};
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
    if (plan.project.annex)
        if (const Annex* a = annex(*plan.project.annex))
            for (const auto& i : a->indicators) out.push_back(&i);
    for (const auto& i : common_indicators) out.push_back(&i);
    return out;
}

std::vector<const IndicatorsRule*> Catalog::indicators_rules_for(const Plan& plan) const {
    std::vector<const IndicatorsRule*> out;
    for (const auto& r : indicators_rules)
        if (r.when.holds(plan)) out.push_back(&r);
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
    if (const CategoryInfo* info = category(c)) return info->name;
    // A category another call names (a plan read under that call): its id in every language.
    static std::mutex m;
    static std::map<int, Text> others;
    std::lock_guard lock(m);
    auto [it, added] = others.try_emplace(c.index());
    if (added) it->second = Text{std::string(c.id()), std::string(c.id()), std::string(c.id())};
    return it->second;
}

const CategoryInfo* Catalog::category(std::string_view id) const {
    for (const auto& info : categories)
        if (info.id == id) return &info;
    return nullptr;
}

const CategoryInfo* Catalog::category(Category c) const {
    for (const auto& info : categories)
        if (info.category == c) return &info;
    return nullptr;
}

bool Catalog::indirect(Category c) const {
    const CategoryInfo* info = category(c);
    return info && info->indirect;
}

std::vector<const CategoryInfo*> Catalog::table_categories(const Sums& all) const {
    std::vector<const CategoryInfo*> out;
    for (const auto& info : categories)
        if (info.forbidden.empty() || !all.of(info.category).is_zero()) out.push_back(&info);
    return out;
}

std::vector<std::string> Catalog::category_ids() const {
    std::vector<std::string> ids;
    for (const auto& info : categories) ids.push_back(info.id);
    return ids;
}

const ClassInfo* Catalog::find_class(std::string_view id) const {
    for (const auto& k : classes)
        if (k.id == id) return &k;
    return nullptr;
}

const ClassInfo& Catalog::klass(std::string_view id) const {
    static const ClassInfo none;
    const ClassInfo* k = find_class(id);
    return k ? *k : none;
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

namespace {

// "catalog: what", in three languages: the English is Error::message as before.
Error catalog_error(const Text& what, Place at = {}) {
    return Error::said(say("目录：{}", "catalog: {}", "каталог: {}", what), std::move(at));
}

}  // namespace

Result<Catalog> read_catalog(std::string_view text) {
    auto doc = parse_json(text);
    if (!doc) return catalog_error(doc.error().words(), doc.error().place);
    try {
        return CatalogReader(*doc).read();
    } catch (const Bad& b) {
        // The line as well as the pointer, from the tree reader, which keeps
        // where each value starts (parse_json accepted the text, so it does too).
        Place at;
        if (auto tree = JsonTree::parse(text)) at = tree->at_pointer(b.pointer).place();
        at.pointer = b.pointer;
        return catalog_error(b.message, std::move(at));
    } catch (const nlohmann::json::exception& e) {
        return catalog_error(say("值的类型不对：{}", "wrong type of value: {}", "неверный тип значения: {}", e.what()));
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
