// SPDX-License-Identifier: GPL-3.0-or-later
#include "test_support.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <regex>
#include <set>

#include <nlohmann/json.hpp>

#include "cofund/catalog.h"
#include "cofund/plan_io.h"
#include "cofund/rules.h"
#include "cofund/summary.h"

using namespace cofund;
using cofund::test::has_cyrillic;

namespace {
struct Expected {
    const char* id;
    const char* kind;
    const char* op;
    const char* bound;
    const char* measure;
    bool patent;
};
// Every indicator of the seven annexes as docs/call-2018.md reads the call.
const Expected kDigest[] = {
    {"a1.committee", "binding", "=", "1", "total", false},
    {"a1.office_m2", "binding", ">=", "20", "total", false},
    {"a1.demo_base_mu", "binding", ">=", "300", "total", false},
    {"a1.joint_lab", "binding", "=", "1", "total", false},
    {"a1.varieties_shown", "binding", ">=", "30", "total", false},
    {"a1.varieties_selected", "binding", ">=", "3", "total", false},
    {"a1.irrigation_models", "binding", ">=", "1", "total", false},
    {"a1.machinery_sets", "binding", ">=", "1", "total", false},
    {"a1.exchanges", "expected", ">=", "5", "total", false},
    {"a1.trainees", "expected", ">=", "30", "total", false},
    {"a1.standards", "expected", ">=", "2", "total", false},
    {"a1.promotion_mu", "expected", ">=", "10000", "cumulative", false},
    {"a2.lab_m2", "binding", ">=", "300", "total", false},
    {"a2.instruments", "binding", ">=", "20", "total", false},
    {"a2.demo_base_mu", "binding", ">=", "300", "total", false},
    {"a2.varieties_shown", "binding", ">=", "15", "total", false},
    {"a2.technologies_shown", "binding", ">=", "4", "total", false},
    {"a2.germplasm_collected", "binding", ">=", "100", "total", false},
    {"a2.nursery_xj_mu", "binding", ">=", "50", "total", false},
    {"a2.nursery_tj_mu", "binding", ">=", "50", "total", false},
    {"a2.varieties_selected", "binding", ">=", "5", "total", false},
    {"a2.elite_germplasm", "binding", ">=", "5", "total", false},
    {"a2.varieties_promoted", "expected", ">=", "4", "total", false},
    {"a2.promotion_mu", "expected", ">=", "1000", "cumulative", false},
    {"a2.yield_gain_pct", "expected", ">=", "10", "growth_pct", false},
    {"a2.potato_seed_system", "expected", "=", "1", "total", false},
    {"a2.tech_specs", "expected", ">=", "4", "total", false},
    {"a2.trainees", "expected", ">=", "8", "total", false},
    {"a2.utility_patents", "expected", ">=", "1", "total", true},
    {"a2.papers", "expected", ">=", "2", "total", false},
    {"a2.visits", "expected", ">=", "3", "total", false},
    {"a3.lactic_strains", "binding", ">=", "1", "total", false},
    {"a3.new_processes", "binding", ">=", "2", "total", false},
    {"a3.invention_patents", "binding", ">=", "1", "total", true},
    {"a3.cn_industry_standards", "binding", ">=", "1", "total", false},
    {"a3.kz_enterprise_standards", "binding", ">=", "2", "total", false},
    {"a3.processing_base_m2", "binding", ">=", "3500", "total", false},
    {"a3.rnd_center_m2", "binding", ">=", "300", "total", false},
    {"a3.germplasm_base_mu", "binding", ">=", "300", "total", false},
    {"a3.varieties_selected", "expected", ">=", "5", "total", false},
    {"a3.technicians", "expected", ">=", "10", "total", false},
    {"a3.terminal_sales_cans", "expected", ">=", "30000000", "cumulative", false},
    {"a3.new_product_cans", "expected", ">=", "13000000", "cumulative", false},
    {"a3.export_usd", "expected", ">=", "15000000", "cumulative", false},
    {"a4.lab_m2", "binding", ">=", "400", "total", false},
    {"a4.instruments_cny", "binding", "about", "500000", "total", false},
    {"a4.alfalfa_base_mu", "binding", ">=", "1000", "total", false},
    {"a4.sheep_head", "binding", ">=", "3000", "total", false},
    {"a4.wool_t", "binding", ">=", "100", "cumulative", false},
    {"a4.alfalfa_t", "binding", ">=", "1000", "cumulative", false},
    {"a4.wool_diameter_um", "binding", "<=", "22", "final", false},
    {"a4.alfalfa_protein_pct", "binding", ">=", "18", "final", false},
    {"a4.sheep_standard_sets", "binding", ">=", "1", "total", false},
    {"a4.alfalfa_standard_sets", "binding", ">=", "1", "total", false},
    {"a4.feed_trade_standards", "binding", ">=", "2", "total", false},
    {"a4.local_researchers", "binding", ">=", "10", "total", false},
    {"a4.local_technicians", "binding", ">=", "150", "total", false},
    {"a4.papers", "expected", ">=", "6", "total", false},
    {"a4.sci_papers", "expected", ">=", "2", "total", false},
    {"a4.horse_milk_procedures", "expected", ">=", "1", "total", false},
    {"a4.camel_milk_procedures", "expected", ">=", "1", "total", false},
    {"a5.center_m2", "binding", ">=", "200", "total", false},
    {"a5.infrastructure_cny", "binding", ">=", "300000", "total", false},
    {"a5.test_site_km2", "binding", ">=", "1", "total", false},
    {"a5.demo_projects", "binding", ">=", "2", "total", false},
    {"a5.service_platform", "expected", "=", "1", "total", false},
    {"a5.industrialization_plan", "expected", ">=", "1", "total", false},
    {"a5.consulting_reports", "expected", ">=", "1", "total", false},
    {"a5.papers", "expected", ">=", "3", "total", false},
    {"a5.trainees", "expected", ">=", "20", "total", false},
    {"a6.centers_cn", "binding", ">=", "1", "total", false},
    {"a6.centers_kz", "binding", ">=", "1", "total", false},
    {"a6.tourism_db", "binding", "=", "1", "total", false},
    {"a6.info_service", "binding", "=", "1", "total", false},
    {"a6.ecommerce_app", "binding", "=", "1", "total", false},
    {"a6.scene_system", "binding", "=", "1", "total", false},
    {"a6.talents", "expected", ">=", "8", "total", false},
    {"a6.software_copyrights", "expected", ">=", "2", "total", false},
    {"a6.tourist_growth_pct", "expected", ">=", "10", "growth_pct", false},
    {"a6.benefit_growth_pct", "expected", ">=", "10", "growth_pct", false},
    {"a7.transaction_cny", "binding", ">", "500000000", "cumulative", false},
    {"a7.bonded_warehouse_m2", "binding", ">=", "3000", "total", false},
    {"a7.offline_center_m2", "binding", ">=", "200", "total", false},
    {"a7.scf_system", "binding", "=", "1", "total", false},
    {"a7.fx_system", "binding", "=", "1", "total", false},
    {"a7.credit_system", "binding", "=", "1", "total", false},
    {"a7.invention_patents_applied", "binding", ">=", "1", "total", true},
    {"a7.invention_patents_granted", "binding", ">=", "1", "total", true},
    {"a7.software_copyrights_applied", "binding", ">=", "5", "total", false},
    {"a7.software_copyrights_granted", "binding", ">=", "5", "total", false},
    {"a7.papers", "binding", ">=", "2", "total", false},
    {"a7.innovation_team", "binding", "=", "1", "total", false},
    {"a7.jobs", "expected", ">=", "120", "final", false},
    {"a7.partners", "expected", ">=", "100", "final", false},
    {"a7.financing_cost_reduction_pct", "expected", ">=", "10", "reduction_pct", false},
    {"a7.benefit_growth_pct", "expected", ">=", "25", "growth_pct", false},
};
}  // namespace

TEST_CASE("every indicator of docs/call-2018.md is in the catalog with its target, measure and patent flag",
          "[catalog]") {
    const Catalog& c = builtin_catalog();
    int count = 0;
    for (const auto& e : kDigest) {
        INFO(e.id);
        const Indicator* i = c.indicator(e.id);
        REQUIRE(i != nullptr);
        CHECK(to_id(i->kind) == e.kind);
        CHECK(to_id(i->op) == e.op);
        CHECK(i->bound == *parse_decimal(e.bound));
        CHECK(to_id(i->measure) == e.measure);
        CHECK(i->patent == e.patent);
        ++count;
    }
    std::size_t in_catalog = 0;
    for (const auto& a : c.annexes) in_catalog += a.indicators.size();
    CHECK(in_catalog == static_cast<std::size_t>(count));
}

TEST_CASE("the catalog holds the classes, annexes, directions and ratio rules of the 2018 call", "[catalog]") {
    const Catalog& c = builtin_catalog();
    CHECK(c.id == "xj-sco-2018");
    CHECK(c.max_years == 3);
    CHECK(c.klass("key").min_fiscal->str() == "1000000.00");
    CHECK(c.klass("key").max_fiscal->str() == "2000000.00");
    CHECK(c.klass("key").max_projects == 7);
    CHECK(c.klass("general").min_fiscal->str() == "300000.00");
    CHECK(c.klass("general").max_fiscal->str() == "500000.00");
    CHECK(c.klass("general").max_projects == 20);
    CHECK(c.annexes.size() == 7);
    CHECK(c.directions.size() == 4);
    auto ratio = [&](int annex) { return c.ratio_rules_of_annex(annex); };
    REQUIRE(ratio(3).size() == 1);
    CHECK(ratio(3)[0]->multiple == 2);
    CHECK(ratio(3)[0]->fiscal_side == std::vector<Source>{Source::fiscal});
    CHECK(ratio(3)[0]->when.applicant.empty());
    REQUIRE(ratio(4).size() == 1);
    CHECK(ratio(4)[0]->when.applicant == std::vector<OrgType>{OrgType::enterprise});
    CHECK(ratio(4)[0]->fiscal_side == std::vector<Source>{Source::fiscal, Source::other_fiscal});
    REQUIRE(ratio(7).size() == 1);
    CHECK(ratio(7)[0]->multiple == 1);
    CHECK(ratio(1).empty());
    CHECK(c.ratio_rules.size() == 3);
    CHECK(c.annex(4)->allows(Scope::subproject));
    CHECK_FALSE(c.annex(3)->allows(Scope::subproject));
    CHECK(c.annex(2)->country == "TJ");
    CHECK(c.annex(5)->country == "TJ");
    CHECK(c.annex(3)->producer->revenue_floor->str() == "50000000.00");
    CHECK(c.annex(3)->producer->south_revenue_floor->str() == "30000000.00");
    CHECK(c.annex(3)->producer->export_floor_usd->str() == "4000000.00");
}

TEST_CASE("every clause the catalog cites has the call's Chinese wording", "[catalog]") {
    const Catalog& c = builtin_catalog();
    for (const auto& a : c.annexes)
        for (const auto& i : a.indicators) {
            INFO(i.id);
            REQUIRE(c.clause(i.clause) != nullptr);
            CHECK_FALSE(c.clause(i.clause)->zh.empty());
        }
}

// The tasks as the call lists them under 二、项目任务 (二、研究任务 in annexes 5 and 6):
// how many each annex has, and the first words of each.
TEST_CASE("every annex's tasks are in the catalog in the call's order with the call's words", "[catalog][tasks]") {
    const std::vector<std::vector<const char*>> call = {
        {"由双边共同组建中心的管理运行机构", "建立粮食作物育种联合实验室", "建立种质创新及科技成果示范基地"},
        {"组建种质资源创新利用联合实验室", "合作建设设施配套的现代农业科技示范基地", "联合开展资源创新利用研究"},
        {"完成番茄、辣椒、小浆果品种田间对比试验", "集成发酵、低温加工和等压杀菌等技术，开展加工",
         "实现番茄、辣椒、小浆果等精深加工产品产业化生产"},
        {"组建中-哈畜牧业联合研究中心", "针对哈国牧业生产基础和实施条件", "结合项目实施和示范基地建设"},
        {"与塔吉克斯坦科研机构、国家管理机构合作建设", "根据国产卫星和无人机技术应用需求",
         "开展国产卫星和无人机技术在防灾减灾", "依托中心为中亚国家培养卫星与无人机遥感应用的专业人才。"},
        {"建设中哈数字旅游场景体验中心", "集成研发跨国旅游信息服务系统", "搭建信息服务平台、宣传推广平台"},
        {"建设中哈农副产品跨境电子商务保税仓", "通过对中哈农副产品跨境电子商务平台的订单数据",
         "自建系统数据、采集监管等第三方系统数据", "将平台相关任务服务通过直观的交互"},
    };
    const Catalog& c = builtin_catalog();
    std::vector<std::size_t> counts;
    std::size_t all = 0;
    for (int n = 1; n <= 7; ++n) {
        const Annex* a = c.annex(n);
        REQUIRE(a);
        counts.push_back(a->tasks.size());
        all += a->tasks.size();
        REQUIRE(a->tasks.size() == call[n - 1].size());
        for (std::size_t k = 0; k < a->tasks.size(); ++k) {
            const Task& t = a->tasks[k];
            INFO(t.id);
            CHECK(t.id == "a" + std::to_string(n) + ".t" + std::to_string(k + 1));
            CHECK(t.words.rfind(call[n - 1][k], 0) == 0);  // starts with the call's words
            CHECK(t.words.find("任务") != 0);              // without the "任务K." before them
            CHECK(c.task(t.id) == &t);
        }
    }
    CHECK(counts == std::vector<std::size_t>{3, 3, 3, 3, 4, 3, 4});
    CHECK(all == 23);
    CHECK(c.task("a3.t4") == nullptr);
    CHECK(c.annex(4)->task("a3.t1") == nullptr);
}

TEST_CASE("a broken task list in a catalog is a refusal naming its place", "[catalog][tasks]") {
    std::string good(builtin_catalog_text());
    auto broken = [&](const std::string& from, const std::string& to) {
        std::string s = good;
        auto pos = s.find(from);
        REQUIRE(pos != std::string::npos);
        s.replace(pos, from.size(), to);
        auto c = read_catalog(s);
        REQUIRE_FALSE(c.ok());
        return c.error();
    };
    auto out_of_order = broken("\"id\": \"a3.t2\"", "\"id\": \"a3.t3\"");
    CHECK_THAT(out_of_order.message, Catch::Contains("task id \"a3.t3\" should be \"a3.t2\""));
    CHECK(out_of_order.place.pointer == "/annexes/2/tasks/1/id");
    CHECK(out_of_order.place.line.has_value());
    auto words = broken("\"words\": \"集成发酵", "\"words\": 7, \"x\": \"集成发酵");
    CHECK_THAT(words.message, Catch::Contains("expected a string"));
    CHECK(words.place.pointer == "/annexes/2/tasks/1/words");
    auto list = broken("\"tasks\": [", "\"tasks\": \"none\", \"tasks_\": [");
    CHECK_THAT(list.message, Catch::Contains("expected an array"));
    CHECK(list.place.pointer == "/annexes/0/tasks");
}

// The catalog refuses a clause id it does not define, so its clauses are every
// clause a finding, `cofund catalog` or the report can name.
TEST_CASE("every clause id of the built-in catalog is explained in docs/call-2018.md", "[catalog][docs]") {
    const std::string doc = test::read_file(test::source_path("docs/call-2018.md"));
    REQUIRE_FALSE(doc.empty());
    for (const auto& [id, text] : builtin_catalog().clauses) {
        INFO("clause " << id);
        CHECK(doc.find("`" + id + "`") != std::string::npos);
    }
}

TEST_CASE("docs/call-2018.md names no clause id the built-in catalog lacks", "[catalog][docs]") {
    const std::string doc = test::read_file(test::source_path("docs/call-2018.md"));
    const std::regex clause_id(R"(`((?:main|annex[0-9]+)\.[a-z]+(?:\.[0-9]+)?)`)");
    int named = 0;
    for (auto m = std::sregex_iterator(doc.begin(), doc.end(), clause_id); m != std::sregex_iterator(); ++m, ++named) {
        INFO((*m)[1].str());
        CHECK(builtin_catalog().clause((*m)[1].str()) != nullptr);
    }
    CHECK(named >= static_cast<int>(builtin_catalog().clauses.size()));
}

TEST_CASE("a broken catalog is a clear refusal naming the place, not a crash", "[catalog]") {
    std::string good(builtin_catalog_text());
    auto broken = [&](const std::string& from, const std::string& to) {
        std::string s = good;
        auto pos = s.find(from);
        REQUIRE(pos != std::string::npos);
        s.replace(pos, from.size(), to);
        auto c = read_catalog(s);
        REQUIRE_FALSE(c.ok());
        return c.error();
    };
    CHECK_THAT(broken("\"cofund-catalog/2\"", "\"cofund-catalog/9\"").message,
               Catch::Contains("unknown catalog format"));
    CHECK_THAT(broken("\"measure\": \"total\"", "\"measure\": \"totl\"").message, Catch::Contains("unknown measure"));
    CHECK_THAT(broken("\"op\": \">=\"", "\"op\": \"=>\"").message, Catch::Contains("unknown op"));
    CHECK_THAT(broken("\"clause\": \"annex3.req.4\"", "\"clause\": \"annex3.req.99\"").message,
               Catch::Contains("not defined"));
    CHECK_FALSE(read_catalog("{").ok());
    CHECK_FALSE(read_catalog("[]").ok());
    CHECK_FALSE(read_catalog("{\"format\": \"cofund-catalog/1\"}").ok());
}

// Regression (issue 13): a catalog's content refusal named only its pointer.
TEST_CASE("a catalog refusal names the line of the file as well as the pointer", "[catalog]") {
    std::string text(builtin_catalog_text());
    auto at = text.find("\"cofund-catalog/2\"");
    REQUIRE(at != std::string::npos);
    text.replace(at, 18, "\"cofund-catalog/9\"");
    auto c = read_catalog(text);
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().place.pointer == "/format");
    auto line = static_cast<long>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n')) + 1;
    CHECK(c.error().place.line == line);
    CHECK(c.error().place.column == static_cast<long>(at - text.rfind('\n', at)));
    // Syntax: the same messages as plans.
    auto comma = read_catalog("{\"format\": \"cofund-catalog/1\",\n}");
    REQUIRE_FALSE(comma.ok());
    CHECK_THAT(comma.error().message, Catch::Contains("trailing comma after the last element of the object"));
    CHECK(comma.error().place.line == 1);
    CHECK(read_catalog("").error().message == "catalog: the file is empty");
}

namespace {
bool has_latin(const std::string& s) {
    return std::any_of(s.begin(), s.end(), [](unsigned char ch) { return std::isalpha(ch) != 0 && ch < 0x80; });
}// Every text the loaded catalog holds, each with where it is, for failure messages.
std::vector<std::pair<std::string, const Text*>> texts_of(const Catalog& c) {
    std::vector<std::pair<std::string, const Text*>> out{{"title", &c.title}, {"region", &c.region}};
    for (const auto& [id, t] : c.clauses) out.emplace_back("clause " + id, &t);
    for (const auto& k : c.classes) {
        out.emplace_back("class " + k.id, &k.name);
        out.emplace_back("class " + k.id + " phrase", &k.phrase);
        out.emplace_back("class " + k.id + " short", &k.short_name);
        out.emplace_back("class " + k.id + " counted", &k.counted);
    }
    for (const auto& s : c.sources) out.emplace_back("source " + s.id, &s.name);
    for (const auto& k : c.categories) out.emplace_back("category " + k.id, &k.name);
    auto indicators = [&](const std::vector<Indicator>& v) {
        for (const auto& i : v) {
            out.emplace_back("indicator " + i.id, &i.name);
            out.emplace_back("unit of " + i.id, &i.unit);
        }
    };
    indicators(c.common_indicators);
    for (const auto& d : c.directions) out.emplace_back("direction " + std::to_string(d.number), &d.name);
    for (const auto& a : c.annexes) {
        out.emplace_back("title of annex " + std::to_string(a.number), &a.title);
        if (!a.location.zh.empty() || !a.location.en.empty())
            out.emplace_back("location of annex " + std::to_string(a.number), &a.location);
        for (const auto& t : a.tasks) out.emplace_back("task " + t.id, &t.name);
        indicators(a.indicators);
    }
    for (const auto& b : c.by_hand) out.emplace_back("to be checked by hand: " + b.clause, &b.what);
    for (const auto& r : c.declaration_rules) out.emplace_back("declaration " + r.id, &r.name);
    for (const auto& r : c.partner_rules)
        for (const auto& g : r.regions) out.emplace_back("region " + g.id, &g.name);
    return out;
}
// The objects of a catalog file that carry both "zh" and "en" texts.
std::size_t bilingual_objects(const nlohmann::ordered_json& j) {
    std::size_t n = 0;
    if (j.is_object() && j.contains("zh") && j["zh"].is_string() && j.contains("en") && j["en"].is_string()) ++n;
    if (j.is_structured())
        for (const auto& v : j) n += bilingual_objects(v);
    return n;
}
void erase_ru(nlohmann::ordered_json& j) {
    if (j.is_object()) j.erase("ru");
    if (j.is_structured())
        for (auto& v : j) erase_ru(v);
}
}  // namespace

TEST_CASE("every text of the built-in catalog has its Russian beside the Chinese and English", "[catalog][ru]") {
    const Catalog& c = builtin_catalog();
    auto texts = texts_of(c);
    // Every zh+en object of the file is a text the loader keeps: none is left unread.
    CHECK(texts.size() == bilingual_objects(nlohmann::ordered_json::parse(builtin_catalog_text())));
    for (const auto& [where, t] : texts) {
        INFO(where << ": " << t->en);
        CHECK_FALSE(t->zh.empty());
        CHECK_FALSE(t->en.empty());
        REQUIRE_FALSE(t->ru.empty());
        CHECK(&t->in(Lang::ru) == &t->ru);
        // Russian, not a copy of the English: words in Latin letters come out in Cyrillic ("%" stays "%").
        if (has_latin(t->en)) CHECK(has_cyrillic(t->ru));
    }
}

TEST_CASE("an indicator's name and unit read in Russian are the Russian ones; without ru, English", "[catalog][ru]") {
    const Indicator* strains = builtin_catalog().indicator("a3.lactic_strains");
    REQUIRE(strains != nullptr);
    CHECK(strains->name.in(Lang::ru) == "Штаммы молочнокислых бактерий для ферментации фруктов и овощей");
    CHECK(strains->unit.in(Lang::ru) == "штаммов");
    CHECK(strains->name.in(Lang::zh) == "获得发酵果蔬乳酸菌");
    CHECK(strains->name.in(Lang::en) == "lactic-acid bacteria strains for fermented produce");
    REQUIRE(builtin_catalog().indicator("a4.wool_diameter_um") != nullptr);
    CHECK(builtin_catalog().indicator("a4.wool_diameter_um")->unit.in(Lang::ru) == "мкм");
    CHECK(builtin_catalog().annex(3)->location.in(Lang::ru) == "г. Алматы");
    CHECK(builtin_catalog().clause("annex3.req.4")->in(Lang::ru) ==
          "Соотношение целевого финансирования и собственных средств предприятия — не ниже 1:2.");

    auto doc = nlohmann::ordered_json::parse(builtin_catalog_text());
    erase_ru(doc);
    auto plain = read_catalog(doc.dump());
    REQUIRE(plain.ok());
    const Indicator* english = plain.value().indicator("a3.lactic_strains");
    REQUIRE(english != nullptr);
    CHECK(english->name.in(Lang::ru) == english->name.en);
    CHECK(english->unit.in(Lang::ru) == "strains");
    CHECK(plain.value().title.in(Lang::ru) == plain.value().title.en);
}

namespace {

// Every example plan, passing and failing.
std::vector<std::string> every_example() {
    std::vector<std::string> names;
    for (const auto& dir : {std::string("examples"), std::string("examples/failing")})
        for (const auto& e : std::filesystem::directory_iterator(test::source_path(dir)))
            if (e.path().string().ends_with(".plan.json")) names.push_back(e.path().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::string findings_text(const std::vector<Finding>& findings) {
    std::string out;
    for (const auto& f : findings)
        out += f.rule + "|" + std::string(to_id(f.severity)) + "|" + f.clause + "|" + f.path + "|" + f.text.en + "|" +
               f.text.zh + "|" + f.text.ru + "\n";
    return out;
}

// A small cofund-catalog/2 call made from the built-in one: its ratio rules replaced.
std::string with_rules(const std::string& rules, const std::string& types = "") {
    auto doc = nlohmann::ordered_json::parse(builtin_catalog_text());
    doc["rules"] = nlohmann::ordered_json::parse(rules);
    if (!types.empty()) doc["types"] = nlohmann::ordered_json::parse(types);
    return doc.dump(2);
}

}  // namespace

TEST_CASE("the 2018 call in cofund-catalog/1 and in cofund-catalog/2 gives every example the same findings",
          "[catalog][format]") {
    auto v1 = read_catalog(test::read_file(test::source_path("tests/fixtures/xj-sco-2018.catalog-v1.json")));
    REQUIRE(v1);
    CHECK(builtin_catalog_text().find("\"format\": \"cofund-catalog/2\"") != std::string_view::npos);
    for (const auto& path : every_example()) {
        INFO(path);
        auto plan = read_plan(test::read_file(path));
        REQUIRE(plan);
        CHECK(findings_text(check_plan(*plan, *v1)) == findings_text(check_plan(*plan, builtin_catalog())));
    }
}

TEST_CASE("a ratio rule's multiple follows the applicant's type, and applicant and partners all of a type are exempt",
          "[catalog][cofunding.ratio]") {
    auto c = read_catalog(with_rules(R"([
        {"kind": "ratio", "clause": "annex3.req.4", "when": {"annex": [3], "applicant": ["enterprise"]},
         "multiple": "2", "fiscal_side": ["fiscal"], "self_side": ["self", "loan", "partner", "other"]},
        {"kind": "ratio", "clause": "annex3.req.4", "when": {"annex": [3]},
         "exempt": {"all_participants": ["public_institution"]},
         "multiple": "1", "fiscal_side": ["fiscal"], "self_side": ["self", "loan", "partner", "other"]}])",
                                     R"({"public_institution": {"zh": "事业单位", "en": "public institution",
                                         "ru": "государственное учреждение", "of": ["institute", "university"]}})"));
    REQUIRE(c);
    Plan plan = test::example("annex3-fruit-veg-processing");
    REQUIRE(c->ratio_for(plan));
    CHECK(c->ratio_for(plan)->multiple == 2);
    // A university applicant with an enterprise partner: 1 : 1.
    plan.applicant.type = OrgType::university;
    Partner firm;
    firm.type = OrgType::enterprise;
    plan.partners.push_back(firm);
    REQUIRE(c->ratio_for(plan));
    CHECK(c->ratio_for(plan)->multiple == 1);
    // The applicant and every partner public institutions (an institute and a university): exempt.
    plan.partners.pop_back();
    CHECK(c->ratio_for(plan) == nullptr);
    CHECK_FALSE(ratio_view(plan, *c));
}

// Issue 27: the call reader's refusals were English whatever --lang asked, while
// the plan reader's spoke zh/en/ru; each now speaks all three, its English unchanged.
TEST_CASE("a call file's refusals speak Chinese and Russian, their English unchanged", "[catalog][ru]") {
    const std::string good(builtin_catalog_text());
    auto broken = [&](const std::string& from, const std::string& to) {
        std::string s = good;
        auto pos = s.find(from);
        REQUIRE(pos != std::string::npos);
        s.replace(pos, from.size(), to);
        return s;
    };
    struct Case {
        const char* what;
        std::string text;
        const char* en;  // a piece of each message
        const char* zh;
        const char* ru;
    };
    const std::vector<Case> cases = {
        {"an unknown format", broken("\"cofund-catalog/2\"", "\"cofund-catalog/9\""), "unknown catalog format",
         "未知目录格式", "неизвестный формат каталога"},
        {"an unknown measure", broken("\"measure\": \"total\"", "\"measure\": \"totl\""), "unknown measure \"totl\"",
         "未知计量方式 \"totl\"", "неизвестная мера \"totl\""},
        {"a clause used but not defined", broken("\"clause\": \"annex3.req.4\"", "\"clause\": \"annex3.req.99\""),
         "is used but not defined", "未在 /clauses 中定义", "не определён в /clauses"},
        {"a missing field", broken("\"period_clause\"", "\"period_clausx\""), "missing field \"period_clause\"",
         "缺少字段 \"period_clause\"", "нет поля \"period_clause\""},
        {"an integer out of range", broken("\"number\": 3,", "\"number\": 300,"), "expected an integer 1–99",
         "应为 1–99 的整数", "ожидается целое число 1–99"},
        {"a malformed amount", broken("\"max_fiscal\": \"2000000.00\"", "\"max_fiscal\": \"2,000,000.00\""),
         "malformed", "格式有误", "неверн"},
        {"an unknown rule kind", with_rules(R"([{"kind": "ratios", "clause": "annex3.req.4"}])"),
         "unknown rule kind \"ratios\"", "未知规则类型 \"ratios\"", "неизвестный вид правила \"ratios\""},
        {"a type not defined", with_rules(R"([{"kind": "ratio", "clause": "annex3.req.4",
            "when": {"applicant": ["public_institution"]}, "multiple": "1", "fiscal_side": ["fiscal"],
            "self_side": ["self"]}])"),
         "the type \"public_institution\" is not defined", "类型 \"public_institution\" 未定义",
         "тип \"public_institution\" не определён"},
        {"a syntax error", "{\"format\": \"cofund-catalog/2\" \"id\": \"x\"}", "syntax error while parsing object",
         "JSON 语法错误（解析对象时）", "синтаксическая ошибка JSON при разборе объекта"},
        {"an empty file", "", "the file is empty", "文件为空", "файл пуст"},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        auto r = read_catalog(c.text);
        REQUIRE_FALSE(r.ok());
        const Error& e = r.error();
        CHECK(e.text.en == e.message);
        CHECK(e.message.rfind("catalog: ", 0) == 0);
        CHECK_THAT(e.message, Catch::Contains(c.en));
        CHECK(e.in(Lang::zh).rfind("目录：", 0) == 0);
        CHECK_THAT(e.in(Lang::zh), Catch::Contains(c.zh));
        CHECK(e.in(Lang::ru).rfind("каталог: ", 0) == 0);
        CHECK_THAT(e.in(Lang::ru), Catch::Contains(c.ru));
    }
}

// Every refusal the reader makes is written in three languages: a catalog with
// each of its values in turn replaced by a value of the wrong kind is refused
// in Chinese and Russian words, never with the English message in their place.
TEST_CASE("no call file refusal falls back to English in Chinese or Russian", "[catalog][ru]") {
    auto doc = nlohmann::ordered_json::parse(builtin_catalog_text());
    // One value of each field: "/annexes/2/indicators/5/op" stands for every "/annexes/#/indicators/#/op".
    std::vector<nlohmann::ordered_json::json_pointer> pointers;
    std::set<std::string> shapes;
    const auto flat = doc.flatten();
    for (auto it = flat.begin(); it != flat.end(); ++it)
        if (shapes.insert(std::regex_replace(it.key(), std::regex("/[0-9]+"), "/#")).second)
            pointers.emplace_back(it.key());
    std::size_t refused = 0;
    for (const auto& at : pointers) {
        auto copy = doc;
        copy[at] = copy[at].is_string() ? nlohmann::ordered_json(true) : nlohmann::ordered_json("?");
        auto r = read_catalog(copy.dump());
        if (r.ok()) continue;
        ++refused;
        const Error& e = r.error();
        INFO(at.to_string() << ": " << e.message);
        CHECK(e.in(Lang::zh) != e.message);
        CHECK(e.in(Lang::ru) != e.message);
        CHECK(has_cyrillic(e.in(Lang::ru)));
    }
    CHECK(refused > 50);
}

TEST_CASE("a ratio rule naming a type the call does not define is refused at its place", "[catalog][format]") {
    auto c = read_catalog(with_rules(R"([
        {"kind": "ratio", "clause": "annex3.req.4", "when": {"applicant": ["public_institution"]},
         "multiple": "1", "fiscal_side": ["fiscal"], "self_side": ["self"]}])"));
    REQUIRE_FALSE(c);
    CHECK(c.error().place.pointer == "/rules/0/when/applicant/0");
    CHECK(c.error().message.find("the type \"public_institution\" is not defined") != std::string::npos);
    CHECK(c.error().place.line.value_or(0) > 0);
}

TEST_CASE("a rule of an unknown kind is refused at its kind", "[catalog][format]") {
    auto c = read_catalog(with_rules(R"([{"kind": "ratios", "clause": "annex3.req.4"}])"));
    REQUIRE_FALSE(c);
    CHECK(c.error().place.pointer == "/rules/0/kind");
    CHECK(c.error().message.find("unknown rule kind \"ratios\"") != std::string::npos);
}

namespace {

std::vector<Finding> of_rule(const Plan& plan, const Catalog& c, const std::string& rule) {
    std::vector<Finding> out;
    for (auto& f : check_plan(plan, c))
        if (f.rule == rule) out.push_back(f);
    return out;
}

}  // namespace

TEST_CASE("a date rule binds on its day, and a missing or malformed date is an error naming the field",
          "[catalog][eligibility.date]") {
    auto c = read_catalog(with_rules(R"([
        {"kind": "date", "clause": "main.req.1", "fact": "registered_on", "on_or_before": "2025-01-01"},
        {"kind": "date", "clause": "main.req.1", "fact": "leader_born_on", "on_or_after": "1967-01-01"}])"));
    REQUIRE(c);
    Plan plan = test::example("annex3-fruit-veg-processing");
    auto fired = of_rule(plan, *c, "eligibility.date");
    REQUIRE(fired.size() == 2);
    CHECK(fired[0].path == "/applicant/registered_on");
    CHECK(fired[0].text.en ==
          "the applicant's registration date is not stated; the call requires it on or before 2025-01-01 — state "
          "applicant.registered_on as YYYY-MM-DD");
    plan.applicant.extra["registered_on"] = "2025-01-01";
    plan.applicant.extra["leader_born_on"] = "1967-01-01";
    CHECK(of_rule(plan, *c, "eligibility.date").empty());
    plan.applicant.extra["registered_on"] = "2025-01-02";
    plan.applicant.extra["leader_born_on"] = "1966-12-31";
    fired = of_rule(plan, *c, "eligibility.date");
    REQUIRE(fired.size() == 2);
    CHECK(fired[0].text.en ==
          "the applicant's registration date 2025-01-02 is after 2025-01-01; the call requires it on or before "
          "2025-01-01 — only an applicant registered by then may apply");
    CHECK(fired[1].path == "/applicant/leader_born_on");
    CHECK(fired[1].text.zh.find("项目负责人出生日期 1966-12-31 早于 1967-01-01") != std::string::npos);
    CHECK(fired[1].text.ru.find("не ранее 1967-01-01") != std::string::npos);
    plan.applicant.extra["registered_on"] = "2025-13-01";
    fired = of_rule(plan, *c, "eligibility.date");
    REQUIRE(!fired.empty());
    CHECK(fired[0].text.en.find("(\"2025-13-01\" is not a date YYYY-MM-DD)") != std::string::npos);
}

TEST_CASE("a declaration the call requires is made only by true in applicant.declarations",
          "[catalog][eligibility.declaration]") {
    auto c = read_catalog(with_rules(R"([
        {"kind": "declaration", "clause": "main.req.5", "id": "biosafety",
         "zh": "生物安全承诺", "en": "biosafety commitment", "ru": "обязательство по биобезопасности"}])"));
    REQUIRE(c);
    Plan plan = test::example("annex3-fruit-veg-processing");
    auto fired = of_rule(plan, *c, "eligibility.declaration");
    REQUIRE(fired.size() == 1);
    CHECK(fired[0].path == "/applicant/declarations/biosafety");
    CHECK(fired[0].clause == "main.req.5");
    CHECK(fired[0].text.en == "the declaration \"biosafety commitment\" is not made; the call requires it — make it "
                              "and set applicant.declarations.biosafety to true");
    plan.applicant.extra["declarations"]["biosafety"] = false;
    CHECK(of_rule(plan, *c, "eligibility.declaration").size() == 1);
    plan.applicant.extra["declarations"]["biosafety"] = true;
    CHECK(of_rule(plan, *c, "eligibility.declaration").empty());
}

TEST_CASE("an applicant type rule, and partners that must be registered in the call's regions or of a type",
          "[catalog][eligibility.applicant_type][eligibility.partners]") {
    auto c = read_catalog(with_rules(R"([
        {"kind": "applicant_type", "clause": "annex3.req.2", "when": {"annex": [3]}, "must": ["enterprise"]},
        {"kind": "applicant_type", "clause": "main.req.1", "must_not": ["other"]},
        {"kind": "partners", "clause": "main.req.5", "when": {"applicant": ["public_institution"]},
         "some_partner": ["enterprise"]},
        {"kind": "partners", "clause": "main.req.5", "when": {"annex": [3]},
         "regions": [{"id": "bayingol", "zh": "巴音郭楞蒙古自治州", "en": "Bayingol prefecture", "ru": "Баян-Гол"},
                     {"id": "KZ", "zh": "哈萨克斯坦", "en": "Kazakhstan", "ru": "Казахстан"}]}])",
                                     R"({"public_institution": {"zh": "事业单位", "en": "public institution",
                                         "ru": "государственное учреждение", "of": ["institute", "university"]}})"));
    REQUIRE(c);
    Plan plan = test::example("annex3-fruit-veg-processing");
    CHECK(of_rule(plan, *c, "eligibility.applicant_type").empty());
    auto partners = of_rule(plan, *c, "eligibility.partners");
    REQUIRE(partners.size() == 2);  // neither partner states its region
    CHECK(partners[0].path == "/partners/0/region");
    for (auto& p : plan.partners) p.region = "KZ";  // partners[].region, a field since issue 26 (the rule read the extra)
    CHECK(of_rule(plan, *c, "eligibility.partners").empty());
    plan.applicant.type = OrgType::university;
    auto types = of_rule(plan, *c, "eligibility.applicant_type");
    REQUIRE(types.size() == 1);
    CHECK(types[0].clause == "annex3.req.2");
    partners = of_rule(plan, *c, "eligibility.partners");
    REQUIRE(partners.size() == 1);
    CHECK(partners[0].text.en ==
          "the call requires a partner of type enterprise here; none of the 2 partner(s) is — add one");
    plan.applicant.type = OrgType::other;
    types = of_rule(plan, *c, "eligibility.applicant_type");
    REQUIRE(types.size() == 2);
    CHECK(types[1].text.en == "the applicant is a(n) other, which the call does not admit (other) — let another "
                              "partner apply");
}

TEST_CASE("a date rule with both limits, or neither, or a date that is not one, is refused at its place",
          "[catalog][format]") {
    auto both = read_catalog(with_rules(R"([{"kind": "date", "clause": "main.req.1", "fact": "registered_on",
        "on_or_before": "2025-01-01", "on_or_after": "2020-01-01"}])"));
    REQUIRE_FALSE(both);
    CHECK(both.error().place.pointer == "/rules/0");
    auto bad = read_catalog(with_rules(R"([{"kind": "date", "clause": "main.req.1", "fact": "registered_on",
        "on_or_before": "2025-1-1"}])"));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().place.pointer == "/rules/0/on_or_before");
    auto fact = read_catalog(with_rules(R"([{"kind": "date", "clause": "main.req.1", "fact": "founded_on",
        "on_or_before": "2025-01-01"}])"));
    REQUIRE_FALSE(fact);
    CHECK(fact.error().place.pointer == "/rules/0/fact");
}

TEST_CASE("a period rule sets the longest period of the plans its condition holds for, with its clause",
          "[catalog][period.max_years]") {
    auto c = read_catalog(with_rules(R"([
        {"kind": "period", "clause": "annex3.req.1", "when": {"annex": [3]}, "max_years": 2}])"));
    REQUIRE(c);
    Plan plan = test::example("annex3-fruit-veg-processing");  // 2018–2020
    auto fired = of_rule(plan, *c, "period.max_years");
    REQUIRE(fired.size() == 1);
    CHECK(fired[0].clause == "annex3.req.1");
    CHECK(fired[0].text.en.find("the call allows at most 2 — end it in 2019") != std::string::npos);
    plan.project.end_year = 2019;
    CHECK(of_rule(plan, *c, "period.max_years").empty());
    // Other plans keep the catalog's max_years (3) and its clause.
    Plan general = test::example("general1-solar-om-training");
    general.project.end_year = general.project.start_year + 3;
    fired = of_rule(general, *c, "period.max_years");
    REQUIRE(fired.size() == 1);
    CHECK(fired[0].clause == "main.req.4");
}

namespace {

// The 2021 caps on indirect costs (国办发〔2021〕32号) as a call's own rule: 30 % of direct costs less
// equipment purchase to 5,000,000.00, 25 % to 10,000,000.00, 20 % above.
const char* kCap2021 = R"([
    {"kind": "cap", "clause": "main.req.4", "of": "indirect", "base": "direct_less_equipment_purchase",
     "sides": ["fiscal"],
     "brackets": [{"up_to": "5000000.00", "share": "0.30"}, {"from": "5000000.00", "up_to": "10000000.00", "share": "0.25"},
                  {"share": "0.20"}]}])";

Plan with_lines(Plan plan, std::initializer_list<std::tuple<const char*, Source, const char*>> lines) {
    plan.budget.clear();
    for (const auto& [category, source, amount] : lines) {
        BudgetLine b;
        b.year = plan.project.start_year;
        b.category = Category::of(category);
        b.source = source;
        b.amount = test::yuan(amount);
        plan.budget.push_back(b);
    }
    return plan;
}

}  // namespace

TEST_CASE("a call's cap of kind cap is an error with its clause at each bracket edge, a fen over and not at the cap",
          "[catalog][budget.indirect_cap]") {
    auto c = read_catalog(with_rules(kCap2021));
    REQUIRE(c);
    REQUIRE(c->cap_rules.size() == 1);
    const CapRule& rule = c->cap_rules[0];
    CHECK(rule.base == CapBase::direct_less_equipment_purchase);
    CHECK_FALSE(rule.self_side);
    auto [base, cap] = GENERATE(table<const char*, const char*>({{"4999999.99", "1499999.99"},
                                                                 {"5000000.00", "1500000.00"},
                                                                 {"5000000.01", "1500000.00"},
                                                                 {"9999999.99", "2749999.99"},
                                                                 {"10000000.00", "2750000.00"},
                                                                 {"10000000.01", "2750000.00"}}));
    auto [fen, fires] = GENERATE(table<int, bool>({{-1, false}, {0, false}, {1, true}}));
    CAPTURE(base, cap, fen);
    CHECK(rule.cap(test::yuan(base)) == test::yuan(cap));
    const Money indirect = test::yuan(cap) + test::yuan("0.01") * fen;
    Plan plan = with_lines(test::example("annex3-fruit-veg-processing"),
                           {{"materials", Source::fiscal, base}, {"construction", Source::self, "99000000.00"}});
    // Equipment bought is left out of the base; equipment leased stays in it.
    BudgetLine bought;
    bought.year = plan.project.start_year;
    bought.category = Category::of("equipment");
    bought.amount = test::yuan("700000.00");
    bought.equipment = EquipmentKind::purchase;
    plan.budget.push_back(bought);
    BudgetLine ind = bought;
    ind.category = Category::of("indirect");
    ind.equipment.reset();
    ind.amount = indirect;
    plan.budget.push_back(ind);
    auto f = of_rule(plan, *c, "budget.indirect_cap");
    REQUIRE(f.size() == (fires ? 1u : 0u));
    if (fires) {
        CHECK(f[0].severity == Severity::error);
        CHECK(f[0].clause == "main.req.4");
        CHECK_FALSE(f[0].practice);
        CHECK_THAT(f[0].text.en, Catch::Contains("the call's cap " + test::yuan(cap).grouped() +
                                                 " on direct costs less equipment purchase " +
                                                 test::yuan(base).grouped() + "; cut them by 0.01"));
        CHECK_THAT(f[0].text.zh, Catch::Contains("直接费用扣除购置设备费后"));
        CHECK_THAT(f[0].text.ru, Catch::Contains("за вычетом закупки оборудования"));
    }
    SECTION("the same money leased, not bought, is part of the base") {
        plan.budget[2].equipment = EquipmentKind::lease;
        auto view = cap_view(plan, BudgetSummary(plan), *c, rule, false);
        CHECK(view.base == test::yuan(base) + test::yuan("700000.00"));
    }
}

TEST_CASE("a cap of named categories is the finding budget.cap", "[catalog][budget.cap]") {
    auto c = read_catalog(with_rules(R"([
        {"kind": "cap", "clause": "main.req.4", "of": ["travel", "meetings"], "base": "direct",
         "brackets": [{"share": "0.10"}]}])"));
    REQUIRE(c);
    // Direct costs 1,000,000.00, travel and meetings among them: the cap is 100,000.00.
    Plan plan = with_lines(test::example("annex3-fruit-veg-processing"), {{"materials", Source::fiscal, "900000.00"},
                                                                          {"travel", Source::fiscal, "60000.00"},
                                                                          {"meetings", Source::fiscal, "40000.01"}});
    auto f = of_rule(plan, *c, "budget.cap");
    REQUIRE(f.size() == 1);
    CHECK_THAT(f[0].text.en, Catch::Contains("fiscal costs of travel, meetings 100,000.01 exceed the call's cap "
                                             "100,000.00 on direct costs 1,000,000.01; cut them by 0.01"));
    plan.budget[2].amount = test::yuan("40000.00");
    CHECK(of_rule(plan, *c, "budget.cap").empty());
    CHECK(of_rule(plan, *c, "budget.indirect_cap").empty());
}

TEST_CASE("brackets that overlap, leave a gap, are out of order or lack the open last one are refused at their place",
          "[catalog][format][budget.indirect_cap]") {
    auto refusal = [](const std::string& brackets) {
        auto c = read_catalog(with_rules(R"([{"kind": "cap", "source": "s", "of": "indirect", "base": "direct",
                                              "brackets": )" +
                                         brackets + "}]"));
        REQUIRE_FALSE(c);
        CHECK(c.error().place.line.value_or(0) > 0);
        return *c.error().place.pointer + ": " + c.error().message;
    };
    CHECK_THAT(
        refusal(R"([{"up_to": "10.00", "share": "0.2"}, {"from": "5.00", "up_to": "20.00", "share": "0.1"},
                          {"share": "0.1"}])"),
        Catch::StartsWith("/rules/0/brackets/1/from: catalog: from 5.00 is below 10.00") && Catch::Contains("overlap"));
    CHECK_THAT(refusal(R"([{"up_to": "10.00", "share": "0.2"}, {"from": "15.00", "share": "0.1"}])"),
               Catch::StartsWith("/rules/0/brackets/1/from: catalog: from 15.00 is above 10.00") &&
                   Catch::Contains("a gap from 10.00 to 15.00"));
    CHECK_THAT(refusal(R"([{"up_to": "10.00", "share": "0.2"}, {"up_to": "5.00", "share": "0.1"}, {"share": "0"}])"),
               Catch::StartsWith("/rules/0/brackets/1/up_to: catalog: up_to 5.00 is not above") &&
                   Catch::Contains("out of order"));
    CHECK_THAT(refusal(R"([{"up_to": "10.00", "share": "0.2"}, {"up_to": "20.00", "share": "0.1"}])"),
               Catch::StartsWith("/rules/0/brackets/1/up_to: catalog: the last bracket ends at 20.00"));
    CHECK_THAT(refusal(R"([{"share": "0.2"}, {"up_to": "20.00", "share": "0.1"}])"),
               Catch::StartsWith("/rules/0/brackets/0: catalog: only the last bracket may leave out up_to"));
    CHECK_THAT(refusal(R"([{"share": "1.5"}])"), Catch::StartsWith("/rules/0/brackets/0/share: catalog: share 1.5"));
    CHECK_THAT(refusal("[]"), Catch::StartsWith("/rules/0/brackets: catalog: name at least one bracket"));
}

namespace {

const Catalog& hebei() {
    static const Catalog c = read_catalog(test::read_file(test::source_path("data/hb-zyyd-2026.json"))).value();
    return c;
}

// The failing Hebei example's device item, at a unit price written in the item's money unit; its line's
// amount (1 台 × the unit price) in yuan.
Plan hebei_device(const char* unit_price, const char* money_unit, const char* line_yuan, bool all_details) {
    auto doc = nlohmann::ordered_json::parse(
        test::read_file(test::source_path("examples/hb-zyyd-2026/failing/base-device-without-parameters.plan.json")));
    auto& line = doc["budget"][3];
    auto& item = line["basis"][0];
    item["unit_price"] = unit_price;
    item["money_unit"] = money_unit;
    line["amount"] = line_yuan;
    if (all_details) {
        item["details"]["performance"] = "分辨率 ≥ 30000 FWHM";
        item["details"]["parameters"] = "质量范围 50–2000 m/z";
    }
    auto plan = read_plan(doc.dump(), hebei());
    if (!plan) FAIL(plan.error().describe());
    return *plan;
}

}  // namespace

TEST_CASE("an item at or above the unit-price threshold states the details the call asks; a fen under need not",
          "[catalog][basis.threshold]") {
    auto [price, unit, line, fires] =
        GENERATE(table<const char*, const char*, const char*, bool>({{"499999.99", "yuan", "499999.99", false},
                                                                     {"500000.00", "yuan", "500000.00", true},
                                                                     {"500000.01", "yuan", "500000.01", true},
                                                                     {"49.999999", "wan", "499999.99", false},
                                                                     {"50", "wan", "500000.00", true}}));
    CAPTURE(price, unit);
    Plan plan = hebei_device(price, unit, line, false);
    auto f = of_rule(plan, hebei(), "basis.threshold");
    REQUIRE(f.size() == (fires ? 1u : 0u));
    CHECK(of_rule(plan, hebei(), "basis.sum").empty());
    if (fires) {
        CHECK(f[0].severity == Severity::error);
        CHECK(f[0].clause == "hb.form.equipment");
        CHECK(f[0].path == "/budget/3/basis/0");
        CHECK_THAT(f[0].text.en, Catch::Contains("at or above 500,000.00") &&
                                     Catch::Contains("the main performance figures and technical parameters") &&
                                     Catch::Contains(R"("details": {"performance": "…", "parameters": "…"})"));
        CHECK_THAT(f[0].text.zh, Catch::Contains("主要性能指标和技术参数"));
        CHECK_THAT(f[0].text.ru, Catch::Contains("500 000,00") || Catch::Contains("500\u00a0000,00") ||
                                     Catch::Contains("500\u202f000,00"));
    }
    SECTION("with every detail stated, nothing fires") {
        CHECK(of_rule(hebei_device(price, unit, line, true), hebei(), "basis.threshold").empty());
    }
}

TEST_CASE("a lump sum at or above the threshold may be one such item and states the details too",
          "[catalog][basis.threshold]") {
    auto [amount, fires] = GENERATE(table<const char*, bool>({{"499999.99", false}, {"500000.00", true}}));
    auto doc = nlohmann::ordered_json::parse(
        test::read_file(test::source_path("examples/hb-zyyd-2026/failing/base-device-without-parameters.plan.json")));
    auto& line = doc["budget"][3];
    line["amount"] = amount;
    line["basis"] = nlohmann::ordered_json::parse(R"([{"item": "高效液相色谱-质谱联用仪（含安装）", "amount": ")" +
                                                  std::string(amount) + R"("}])");
    Plan plan = read_plan(doc.dump(), hebei()).value();
    auto f = of_rule(plan, hebei(), "basis.threshold");
    REQUIRE(f.size() == (fires ? 1u : 0u));
    if (fires) {
        CHECK(f[0].path == "/budget/3/basis/0");
        CHECK_THAT(f[0].text.en, Catch::Contains("a lump sum of 500,000.00, at or above 500,000.00") &&
                                     Catch::Contains("or give its quantity × unit price"));
    }
    line["basis"][0]["details"] = {{"use", "检测"}, {"performance", "分辨率"}, {"parameters", "质量范围"}};
    CHECK(of_rule(read_plan(doc.dump(), hebei()).value(), hebei(), "basis.threshold").empty());
}

TEST_CASE("an equipment line of at least the threshold without a basis cannot show it holds no such item",
          "[catalog][basis.threshold]") {
    Plan plan = read_plan(test::example_text("hb-zyyd-2026/base-enterprise-1to2"), hebei()).value();
    CHECK(of_rule(plan, hebei(), "basis.threshold").empty());
    auto [amount, fires] = GENERATE(table<const char*, bool>({{"499999.99", false}, {"500000.00", true}}));
    plan.budget[0].amount = test::yuan(amount);
    auto f = of_rule(plan, hebei(), "basis.threshold");
    REQUIRE(f.size() == (fires ? 1u : 0u));
    if (fires) {
        CHECK(f[0].path == "/budget/0");
        CHECK_THAT(f[0].text.en, Catch::Contains("has no basis"));
    }
}

TEST_CASE("an item threshold naming no statement, a zero threshold or an unknown category is refused at its place",
          "[catalog][format][basis.threshold]") {
    auto refusal = [](const std::string& rule) {
        auto c = read_catalog(with_rules("[" + rule + "]"));
        REQUIRE_FALSE(c);
        return *c.error().place.pointer;
    };
    CHECK(refusal(R"({"kind": "item_threshold", "clause": "main.req.4", "of": "equipment",
                      "unit_price_at_least": "500000.00", "states": []})") == "/rules/0/states");
    CHECK(refusal(R"({"kind": "item_threshold", "clause": "main.req.4", "of": "equipment",
                      "unit_price_at_least": "0.00", "states": [{"id": "use", "zh": "用途", "en": "use"}]})") ==
          "/rules/0/unit_price_at_least");
    CHECK(refusal(R"({"kind": "item_threshold", "clause": "main.req.4", "of": ["devices"],
                      "unit_price_at_least": "1.00", "states": [{"id": "use", "zh": "用途", "en": "use"}]})") ==
          "/rules/0/of/0");
    CHECK(refusal(R"({"kind": "item_threshold", "clause": "main.req.4", "of": "indirect",
                      "unit_price_at_least": "1.00", "states": [{"id": "use", "zh": "用途", "en": "use"}]})") ==
          "/rules/0/of");
}
