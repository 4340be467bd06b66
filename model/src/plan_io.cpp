// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/plan_io.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "cofund/json_read.h"

namespace cofund {

namespace {

using ojson = nlohmann::ordered_json;

const Money kMaxLine = Money::from_fen(Int(99999999999999));  // 999,999,999,999.99 yuan

/// Thrown inside the reader only, turned into an Error at its boundary.
struct Refusal {
    std::string message;
    std::string pointer;
};

std::string type_name(const ojson& v) {
    switch (v.type()) {
        case ojson::value_t::null: return "null";
        case ojson::value_t::boolean: return "a boolean";
        case ojson::value_t::string: return "a string";
        case ojson::value_t::array: return "an array";
        case ojson::value_t::object: return "an object";
        default: return "a number";
    }
}

std::string hint(std::string_view given, const std::vector<std::string>& names) {
    std::string near = nearest_name(given, names);
    if (!near.empty()) return fmt::format("; did you mean \"{}\"?", near);
    std::string all;
    for (const auto& n : names) all += (all.empty() ? "" : ", ") + n;
    return fmt::format("; known: {}", all);
}

std::string shorten(std::string_view s) {
    return printable(s, 60);  // cut at a character boundary: a cut CJK name made JSON output throw
}

class Reader {
public:
    explicit Reader(const JsonDocument& doc) : doc_(doc) {}

    Plan read() {
        const ojson& root = doc_.root;
        if (!root.is_object()) throw Refusal{"a plan is a JSON object, found " + type_name(root), ""};
        Plan plan;
        Fields top(*this, root, "");
        plan.format = top.required_string("format");
        if (plan.format != "cofund-plan/1")
            throw Refusal{fmt::format("unknown format \"{}\"; expected \"cofund-plan/1\"", shorten(plan.format)),
                          "/format"};
        plan.call = top.required_string("call");
        if (auto u = top.optional("unit")) {
            std::string unit = string_at(*u, "/unit");
            if (unit == "yuan")
                plan.unit = AmountUnit::yuan;
            else if (unit == "wan")
                plan.unit = AmountUnit::wan;
            else
                throw Refusal{fmt::format("unknown unit \"{}\"{}", shorten(unit), hint(unit, {"yuan", "wan"})),
                              "/unit"};
            plan.unit_stated = true;
        }
        unit_ = plan.unit;
        plan.project = read_project(top.required_object("project"));
        plan.applicant = read_applicant(top.required_object("applicant"));
        if (auto p = top.optional("partners")) {
            plan.partners_stated = true;
            const ojson& arr = array_at(*p, "/partners");
            for (std::size_t i = 0; i < arr.size(); ++i)
                plan.partners.push_back(read_partner(arr[i], fmt::format("/partners/{}", i)));
        }
        {
            const ojson& arr = array_at(top.required("budget"), "/budget");
            plan.budget.reserve(arr.size());
            for (std::size_t i = 0; i < arr.size(); ++i)
                plan.budget.push_back(read_line(arr[i], fmt::format("/budget/{}", i), plan.project));
        }
        if (auto ind = top.optional("indicators")) {
            plan.indicators_stated = true;
            const ojson& obj = object_at(*ind, "/indicators");
            for (auto it = obj.begin(); it != obj.end(); ++it) {
                std::string ptr = "/indicators/" + pointer_escape(it.key());
                Decimal d = decimal_at(it.value(), ptr);
                if (d.value < 0) throw Refusal{"an indicator value is never negative", ptr};
                plan.indicators.emplace_back(it.key(), std::move(d));
            }
        }
        if (auto pr = top.optional("projections")) {
            plan.projections_stated = true;
            const ojson& arr = array_at(*pr, "/projections");
            for (std::size_t i = 0; i < arr.size(); ++i)
                plan.projections.push_back(read_projection(arr[i], fmt::format("/projections/{}", i)));
        }
        if (auto a = top.optional("assumptions")) plan.assumptions = read_assumptions(*a);
        plan.extra = top.rest();
        return plan;
    }

private:
    // The members of one JSON object: known ones are taken, the rest kept.
    class Fields {
    public:
        Fields(Reader& r, const ojson& obj, std::string ptr) : r_(r), obj_(obj), ptr_(std::move(ptr)) {}
        const ojson* optional(const std::string& key) {
            if (std::find(taken_.begin(), taken_.end(), key) == taken_.end()) taken_.push_back(key);
            auto it = obj_.find(key);
            if (it == obj_.end() || it->is_null()) return nullptr;
            return &*it;
        }
        const ojson& required(const std::string& key) {
            const ojson* v = optional(key);
            if (!v) throw Refusal{fmt::format("missing required field \"{}\"", key), ptr_};
            return *v;
        }
        std::string at(const std::string& key) const { return ptr_ + "/" + pointer_escape(key); }
        std::string required_string(const std::string& key) { return r_.string_at(required(key), at(key)); }
        const ojson& required_object(const std::string& key) { return r_.object_at(required(key), at(key)); }
        bool boolean(const std::string& key, bool fallback) {
            const ojson* v = optional(key);
            if (!v) return fallback;
            if (!v->is_boolean())
                throw Refusal{fmt::format("expected true or false, found {}", type_name(*v)), at(key)};
            return v->get<bool>();
        }
        bool required_boolean(const std::string& key) {
            required(key);
            return boolean(key, false);
        }
        int integer(const std::string& key, long min, long max) { return r_.integer_at(required(key), at(key), min, max); }
        Extra rest() const {
            Extra extra = Extra::object();
            for (auto it = obj_.begin(); it != obj_.end(); ++it)
                if (std::find(taken_.begin(), taken_.end(), it.key()) == taken_.end()) extra[it.key()] = it.value();
            return extra;
        }

    private:
        Reader& r_;
        const ojson& obj_;
        std::string ptr_;
        std::vector<std::string> taken_;  // a dozen keys at most: a vector beats a set's allocations
    };

    const ojson& object_at(const ojson& v, const std::string& ptr) {
        if (!v.is_object()) throw Refusal{"expected an object, found " + type_name(v), ptr};
        return v;
    }
    const ojson& array_at(const ojson& v, const std::string& ptr) {
        if (!v.is_array()) throw Refusal{"expected an array, found " + type_name(v), ptr};
        return v;
    }
    std::string string_at(const ojson& v, const std::string& ptr) {
        if (!v.is_string()) throw Refusal{"expected a string, found " + type_name(v), ptr};
        return v.get<std::string>();
    }
    int integer_at(const ojson& v, const std::string& ptr, long min, long max) {
        if (!v.is_number_integer())
            throw Refusal{"expected an integer, found " +
                              (v.is_number() ? "\"" + raw(ptr, v) + "\"" : type_name(v)),
                          ptr};
        bool in_range = v.is_number_unsigned()
                            ? v.get<std::uint64_t>() <= static_cast<std::uint64_t>(max) &&
                                  static_cast<long>(v.get<std::uint64_t>()) >= min
                            : v.get<std::int64_t>() >= min && v.get<std::int64_t>() <= max;
        if (!in_range)
            throw Refusal{fmt::format("{} is out of range; expected {}–{}", raw(ptr, v), min, max), ptr};
        return static_cast<int>(v.get<std::int64_t>());
    }
    std::string raw(const std::string& ptr, const ojson& v) const {
        auto it = doc_.raw_numbers.find(ptr);
        return it != doc_.raw_numbers.end() ? it->second : v.dump();
    }
    // The text of a string or number value.
    std::string number_text(const ojson& v, const std::string& ptr, const char* expected) {
        if (v.is_string()) return v.get<std::string>();
        if (v.is_number()) return raw(ptr, v);
        throw Refusal{fmt::format("expected {}, found {}", expected, type_name(v)), ptr};
    }
    Decimal decimal_at(const ojson& v, const std::string& ptr) {
        std::string text = number_text(v, ptr, "a decimal string such as \"12.5\"");
        auto r = parse_decimal(text);
        if (!r) throw Refusal{r.error().message, ptr};
        return {text, *r};
    }
    Money amount_at(const ojson& v, const std::string& ptr) {
        std::string text = number_text(v, ptr, "an amount such as \"1500000.00\"");
        auto m = unit_ == AmountUnit::wan ? Money::parse_wan(text) : Money::parse_yuan(text);
        if (!m) throw Refusal{m.error().message, ptr};
        if (*m > kMaxLine)
            throw Refusal{fmt::format("amount {} yuan is above the limit of 999,999,999,999.99 per line",
                                      m->grouped()),
                          ptr};
        return *m;
    }
    Money money_at(const ojson& v, const std::string& ptr) {
        std::string text = number_text(v, ptr, "an amount such as \"62000000.00\"");
        auto m = Money::parse_yuan(text);
        if (!m) throw Refusal{m.error().message, ptr};
        return *m;
    }
    OrgType org_type_at(const ojson& v, const std::string& ptr) {
        std::string t = string_at(v, ptr);
        if (auto o = org_type_from_id(t)) return *o;
        throw Refusal{fmt::format("unknown type \"{}\"{}", shorten(t), hint(t, org_type_ids())), ptr};
    }
    std::string non_empty(std::string s, const std::string& ptr, const char* what) {
        if (s.find_first_not_of(" \t\r\n") == std::string::npos)
            throw Refusal{fmt::format("{} must not be empty", what), ptr};
        return s;
    }

    Project read_project(const ojson& obj) {
        Fields f(*this, obj, "/project");
        Project p;
        p.title = non_empty(f.required_string("title"), "/project/title", "the title");
        std::string klass = f.required_string("class");
        if (klass == "key")
            p.klass = ProjectClass::key;
        else if (klass == "general")
            p.klass = ProjectClass::general;
        else
            throw Refusal{fmt::format("unknown class \"{}\"{}", shorten(klass), hint(klass, {"key", "general"})),
                          "/project/class"};
        if (p.klass == ProjectClass::key) {
            if (!f.optional("annex"))
                throw Refusal{"a key project names its annex (1–7): missing field \"annex\"", "/project"};
            p.annex = f.integer("annex", 1, 7);
            if (f.optional("direction"))
                throw Refusal{"a key project has an annex, not a direction", "/project/direction"};
        } else {
            if (!f.optional("direction"))
                throw Refusal{"a general project names its direction (1–4): missing field \"direction\"",
                              "/project"};
            p.direction = f.integer("direction", 1, 4);
            if (f.optional("annex"))
                throw Refusal{"a general project has a direction, not an annex", "/project/annex"};
        }
        if (auto s = f.optional("scope")) {
            std::string scope = string_at(*s, "/project/scope");
            if (scope == "whole")
                p.scope = Scope::whole;
            else if (scope == "subproject")
                p.scope = Scope::subproject;
            else
                throw Refusal{fmt::format("unknown scope \"{}\"{}", shorten(scope), hint(scope, {"whole", "subproject"})),
                              "/project/scope"};
            p.scope_stated = true;
        }
        p.start_year = f.integer("start_year", 2000, 2100);
        p.end_year = f.integer("end_year", 2000, 2100);
        if (p.end_year < p.start_year)
            throw Refusal{fmt::format("end_year {} is before start_year {}", p.end_year, p.start_year),
                          "/project/end_year"};
        p.extra = f.rest();
        return p;
    }

    Applicant read_applicant(const ojson& obj) {
        Fields f(*this, obj, "/applicant");
        Applicant a;
        a.name = non_empty(f.required_string("name"), "/applicant/name", "the applicant's name");
        a.type = org_type_at(f.required("type"), "/applicant/type");
        a.registered_in_region = f.required_boolean("registered_in_region");
        a.legal_person = f.boolean("legal_person", true);
        a.production_enterprise = f.boolean("production_enterprise", false);
        a.haccp_certified = f.boolean("haccp_certified", false);
        a.south_xinjiang = f.boolean("south_xinjiang", false);
        if (auto v = f.optional("avg_revenue")) a.avg_revenue = money_at(*v, "/applicant/avg_revenue");
        if (auto v = f.optional("avg_export_usd")) a.avg_export_usd = money_at(*v, "/applicant/avg_export_usd");
        if (f.optional("unfinished_projects")) a.unfinished_projects = f.integer("unfinished_projects", 0, 1000000);
        a.cooperation_agreement = f.required_boolean("cooperation_agreement");
        a.prior_cooperation = f.boolean("prior_cooperation", false);
        a.matching_funds_proof = f.boolean("matching_funds_proof", false);
        a.extra = f.rest();
        return a;
    }

    Partner read_partner(const ojson& v, const std::string& ptr) {
        Fields f(*this, object_at(v, ptr), ptr);
        Partner p;
        p.name = non_empty(f.required_string("name"), ptr + "/name", "a partner's name");
        std::string country = f.required_string("country");
        bool valid = country.size() == 2 && std::isalpha(static_cast<unsigned char>(country[0])) &&
                     std::isalpha(static_cast<unsigned char>(country[1]));
        if (!valid)
            throw Refusal{fmt::format("country \"{}\" is not an ISO 3166 alpha-2 code such as \"KZ\"", shorten(country)),
                          ptr + "/country"};
        for (char& c : country) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        p.country = country;
        p.type = org_type_at(f.required("type"), ptr + "/type");
        p.extra = f.rest();
        return p;
    }

    BudgetLine read_line(const ojson& v, const std::string& ptr, const Project&) {
        Fields f(*this, object_at(v, ptr), ptr);
        BudgetLine line;
        line.year = f.integer("year", 2000, 2100);
        std::string cat = f.required_string("category");
        auto c = category_from_id(cat);
        if (!c)
            throw Refusal{fmt::format("unknown category \"{}\"{}", shorten(cat), hint(cat, category_ids())),
                          ptr + "/category"};
        line.category = *c;
        std::string src = f.required_string("source");
        auto s = source_from_id(src);
        if (!s)
            throw Refusal{fmt::format("unknown source \"{}\"{}", shorten(src), hint(src, source_ids())),
                          ptr + "/source"};
        line.source = *s;
        line.amount = amount_at(f.required("amount"), ptr + "/amount");
        if (auto n = f.optional("note")) line.note = string_at(*n, ptr + "/note");
        line.extra = f.rest();
        return line;
    }

    Projection read_projection(const ojson& v, const std::string& ptr) {
        Fields f(*this, object_at(v, ptr), ptr);
        Projection p;
        p.indicator = non_empty(f.required_string("indicator"), ptr + "/indicator", "the indicator id");
        p.baseline = decimal_at(f.required("baseline"), ptr + "/baseline");
        if (p.baseline.value < 0) throw Refusal{"a baseline is never negative", ptr + "/baseline"};
        const ojson* values = f.optional("values");
        const ojson* growth = f.optional("growth");
        if (values && growth)
            throw Refusal{"a projection has either \"values\" or \"growth\", not both", ptr};
        if (!values && !growth)
            throw Refusal{"a projection needs \"values\" (a value per year) or \"growth\" ({rate, low, high})", ptr};
        if (values) {
            const ojson& obj = object_at(*values, ptr + "/values");
            for (auto it = obj.begin(); it != obj.end(); ++it) {
                std::string vp = ptr + "/values/" + pointer_escape(it.key());
                const std::string& key = it.key();
                // No leading zero: "0068" was read as 68 and written back as "68",
                // which the reader refuses (found by fuzz_plan_reader).
                bool year_like = key.size() == 4 && key[0] != '0' &&
                                 std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
                if (!year_like)
                    throw Refusal{fmt::format("\"{}\" is not a year; values are keyed by the year, e.g. \"2018\"",
                                              shorten(key)),
                                  vp};
                Decimal d = decimal_at(it.value(), vp);
                if (d.value < 0) throw Refusal{"a projected value is never negative", vp};
                p.values.emplace(std::stoi(key), std::move(d));
            }
            if (p.values.empty()) throw Refusal{"\"values\" names no year", ptr + "/values"};
        } else {
            std::string gp = ptr + "/growth";
            Fields g(*this, object_at(*growth, gp), gp);
            Growth gr;
            gr.rate = decimal_at(g.required("rate"), gp + "/rate");
            if (auto lo = g.optional("low")) gr.low = decimal_at(*lo, gp + "/low");
            if (auto hi = g.optional("high")) gr.high = decimal_at(*hi, gp + "/high");
            for (auto [d, name] : {std::pair{&gr.rate, "rate"}}) {
                if (d->value <= -1)
                    throw Refusal{fmt::format("{} {} is at or below -100 %; a quantity cannot shrink below zero",
                                              name, d->text),
                                  gp + "/" + name};
            }
            if (gr.low && gr.low->value <= -1)
                throw Refusal{fmt::format("low {} is at or below -100 %", gr.low->text), gp + "/low"};
            if (gr.low && gr.low->value > gr.rate.value)
                throw Refusal{fmt::format("low {} is above rate {}; expected low ≤ rate ≤ high", gr.low->text,
                                          gr.rate.text),
                              gp + "/low"};
            if (gr.high && gr.high->value < gr.rate.value)
                throw Refusal{fmt::format("high {} is below rate {}; expected low ≤ rate ≤ high", gr.high->text,
                                          gr.rate.text),
                              gp + "/high"};
            if (gr.rate.value > 100)
                throw Refusal{fmt::format("rate {} is above 10,000 % a year", gr.rate.text), gp + "/rate"};
            if (gr.high && gr.high->value > 100)
                throw Refusal{fmt::format("high {} is above 10,000 % a year", gr.high->text), gp + "/high"};
            gr.extra = g.rest();
            p.growth = std::move(gr);
        }
        p.extra = f.rest();
        return p;
    }

    Assumptions read_assumptions(const ojson& v) {
        Fields f(*this, object_at(v, "/assumptions"), "/assumptions");
        Assumptions a;
        if (auto u = f.optional("usd_cny")) {
            a.usd_cny = decimal_at(*u, "/assumptions/usd_cny");
            if (a.usd_cny->value <= 0)
                throw Refusal{"the exchange rate must be above zero", "/assumptions/usd_cny"};
        }
        if (auto d = f.optional("discount_rate")) {
            a.discount_rate = decimal_at(*d, "/assumptions/discount_rate");
            if (a.discount_rate->value <= -1)
                throw Refusal{"the discount rate must be above -100 %", "/assumptions/discount_rate"};
        }
        a.extra = f.rest();
        return a;
    }

    const JsonDocument& doc_;
    AmountUnit unit_ = AmountUnit::yuan;
};

void append_extra(ojson& out, const Extra& extra) {
    if (!extra.is_object()) return;
    for (auto it = extra.begin(); it != extra.end(); ++it) out[it.key()] = it.value();
}

}  // namespace

Result<Plan> read_plan(std::string_view text) {
    auto doc = parse_json(text);
    if (!doc) return doc.error();
    try {
        return Reader(*doc).read();
    } catch (const Refusal& r) {
        return Error{r.message, Place{std::nullopt, std::nullopt, r.pointer}};
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
    project["class"] = std::string(to_id(p.klass));
    if (p.annex) project["annex"] = *p.annex;
    if (p.direction) project["direction"] = *p.direction;
    if (p.scope_stated || p.scope != Scope::whole) project["scope"] = std::string(to_id(p.scope));
    project["start_year"] = p.start_year;
    project["end_year"] = p.end_year;
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
            append_extra(o, partner.extra);
            partners.push_back(std::move(o));
        }
        out["partners"] = std::move(partners);
    }

    ojson budget = ojson::array();
    for (const auto& line : plan.budget) {
        ojson o = ojson::object();
        o["year"] = line.year;
        o["category"] = std::string(to_id(line.category));
        o["source"] = std::string(to_id(line.source));
        o["amount"] = amount_text(line.amount, plan.unit);
        if (!line.note.empty()) o["note"] = line.note;
        append_extra(o, line.extra);
        budget.push_back(std::move(o));
    }
    out["budget"] = std::move(budget);

    if (plan.indicators_stated || !plan.indicators.empty()) {
        ojson ind = ojson::object();
        for (const auto& [id, value] : plan.indicators) ind[id] = value.text;
        out["indicators"] = std::move(ind);
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

std::string write_plan(const Plan& plan) { return plan_to_json(plan).dump(2, ' ', false) + "\n"; }

}  // namespace cofund
