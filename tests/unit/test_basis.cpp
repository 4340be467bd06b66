// SPDX-License-Identifier: GPL-3.0-or-later
// The budget justification (basis): reading and writing it, the exact item
// amounts, the rules basis.sum, basis.item and basis.missing at their
// boundaries, the catalog's basis practice and "set the amount to the basis total".
#include "test_support.h"

#include "cofund/basis.h"
#include "cofund/plan_edit.h"
#include "cofund/plan_io.h"
#include "cofund/rules.h"

using namespace cofund;
using cofund::test::findings_of;
using cofund::test::example;
using cofund::test::yuan;

namespace {

// One fiscal line with a basis; tests replace one piece of it.
const std::string kPlan = R"({
  "format": "cofund-plan/1",
  "call": "xj-sco-2018",
  "project": {"title": "测试项目", "class": "general", "direction": 4, "start_year": 2018, "end_year": 2020},
  "applicant": {"name": "新疆某公司", "type": "enterprise", "registered_in_region": true,
                "cooperation_agreement": true},
  "budget": [
    {"year": 2019, "category": "international", "source": "fiscal", "amount": "27600.00", "note": "赴阿拉木图联合试验",
     "basis": [
       {"item": "国际旅费（乌鲁木齐—阿拉木图往返）", "factors": [{"value": "3", "unit": "人"}, {"value": "2", "unit": "次"}], "unit_price": "3200.00"},
       {"item": "住宿及伙食补助", "factors": [{"value": "3", "unit": "人"}, {"value": "2", "unit": "次"}, {"value": "7", "unit": "天"}], "unit_price": "200.00", "price_unit": "元/人·天"}
     ]}
  ]
})";

std::string with(const std::string& from, const std::string& to, std::string s = kPlan) {
    auto pos = s.find(from);
    REQUIRE(pos != std::string::npos);
    return s.replace(pos, from.size(), to);
}

Plan plan_of(const std::string& text) {
    auto p = read_plan(text);
    INFO((p.ok() ? std::string() : p.error().describe()));
    REQUIRE(p.ok());
    return *p;
}

Error refusal(const std::string& text) {
    auto plan = read_plan(text);
    REQUIRE_FALSE(plan.ok());
    return plan.error();
}

BasisItem item(std::string name, std::vector<const char*> factors, const char* price) {
    BasisItem it;
    it.item = std::move(name);
    for (const char* f : factors) it.factors.push_back(BasisFactor{Decimal{f, *parse_decimal(f)}, "", Extra::object()});
    it.unit_price = yuan(price);
    return it;
}

}  // namespace

// ---- the plan format ----------------------------------------------------------------

TEST_CASE("a basis reads with exact item amounts, and a write and read keeps every basis", "[basis][reader]") {
    Plan p = plan_of(kPlan);
    REQUIRE(p.budget[0].basis.size() == 2);
    const BasisItem& travel = p.budget[0].basis[0];
    CHECK(travel.item == "国际旅费（乌鲁木齐—阿拉木图往返）");
    CHECK(travel.factors[1].unit == "次");
    CHECK(item_amount(travel) == Rational(19200));
    CHECK(item_money(p.budget[0].basis[1]) == yuan("8400.00"));
    CHECK(p.budget[0].basis[1].price_unit == "元/人·天");
    CHECK(basis_money(p.budget[0]) == yuan("27600.00"));
    CHECK(factors_text(p.budget[0].basis[1]) == "3 人 × 2 次 × 7 天");

    std::string written = write_plan(p);
    Plan again = plan_of(written);
    CHECK(write_plan(again) == written);
    REQUIRE(again.budget[0].basis.size() == 2);
    CHECK(again.budget[0].basis[1].factors[2].value.text == "7");
    CHECK(again.budget[0].basis[1].unit_price == yuan("200.00"));
}

TEST_CASE("every example's bases survive a write and a read, item by item", "[basis][reader][examples]") {
    for (const char* name :
         {"annex3-fruit-veg-processing", "general4-cotton-picker-sino-german", "failing/general4-basis-one-fen-off"}) {
        INFO(name);
        Plan p = example(name);
        Plan again = plan_of(write_plan(p));
        REQUIRE(again.budget.size() == p.budget.size());
        std::size_t items = 0;
        for (std::size_t i = 0; i < p.budget.size(); ++i) {
            REQUIRE(again.budget[i].basis.size() == p.budget[i].basis.size());
            for (std::size_t k = 0; k < p.budget[i].basis.size(); ++k) {
                CHECK(item_amount(again.budget[i].basis[k]) == item_amount(p.budget[i].basis[k]));
                CHECK(again.budget[i].basis[k].item == p.budget[i].basis[k].item);
                ++items;
            }
        }
        CHECK(items > 5);
    }
}

TEST_CASE("unknown fields of an item and a factor are kept", "[basis][reader]") {
    Plan p = plan_of(with(R"({"value": "7", "unit": "天"})", R"({"value": "7", "unit": "天", "_src": "差旅标准"})",
                          with(R"("unit_price": "3200.00")", R"("unit_price": "3200.00", "_quote": 2)")));
    std::string written = write_plan(p);
    CHECK_THAT(written, Catch::Contains(R"("_src": "差旅标准")"));
    CHECK_THAT(written, Catch::Contains(R"("_quote": 2)"));
    CHECK(write_plan(plan_of(written)) == written);
}

TEST_CASE("a basis in 万元 takes unit prices in 万元 and writes them back so", "[basis][reader]") {
    std::string text = with(R"("call": "xj-sco-2018",)", R"("call": "xj-sco-2018", "unit": "wan",)");
    text = with(R"("amount": "27600.00")", R"("amount": "2.76")", text);
    text = with(R"("unit_price": "3200.00")", R"("unit_price": "0.32")", text);
    text = with(R"("unit_price": "200.00")", R"("unit_price": "0.02")", text);
    Plan p = plan_of(text);
    CHECK(p.budget[0].basis[0].unit_price == yuan("3200.00"));
    CHECK(basis_money(p.budget[0]) == p.budget[0].amount);
    CHECK_THAT(write_plan(p), Catch::Contains(R"("unit_price": "0.32")"));
}

TEST_CASE("an empty basis reads as none and is not written back", "[basis][reader]") {
    Plan p = plan_of(R"({"format": "cofund-plan/1", "call": "xj-sco-2018",
      "project": {"title": "t", "class": "general", "direction": 1, "start_year": 2018, "end_year": 2018},
      "applicant": {"name": "a", "type": "enterprise", "registered_in_region": true, "cooperation_agreement": true},
      "budget": [{"year": 2018, "category": "materials", "source": "fiscal", "amount": "1.00", "basis": []}]})");
    CHECK(p.budget[0].basis.empty());
    CHECK_THAT(write_plan(p), !Catch::Contains("basis"));
}

TEST_CASE("a bad basis is refused at the pointer of what is wrong", "[basis][reader]") {
    auto [from, to, pointer, reason] = GENERATE(table<std::string, std::string, std::string, std::string>({
        {R"("basis": [)", R"("basis": {"x": 1}, "_b": [)", "/budget/0/basis", "expected an array"},
        {R"({"item": "住宿及伙食补助",)", R"("住宿", {"item": "住宿及伙食补助",)", "/budget/0/basis/1",
         "expected an object"},
        {R"("item": "住宿及伙食补助")", R"("item": "  ")", "/budget/0/basis/1/item", "must not be empty"},
        {R"("item": "住宿及伙食补助")", R"("item": 7)", "/budget/0/basis/1/item", "expected a string"},
        {R"("item": "住宿及伙食补助", )", "", "/budget/0/basis/1", "missing required field \"item\""},
        {R"("factors": [{"value": "3", "unit": "人"}, {"value": "2", "unit": "次"}, {"value": "7", "unit": "天"}])",
         R"("factors": [])", "/budget/0/basis/1/factors", "at least one factor"},
        {R"("factors": [{"value": "3", "unit": "人"}, {"value": "2", "unit": "次"}, {"value": "7", "unit": "天"}])",
         R"("factors": {"value": "3"})", "/budget/0/basis/1/factors", "expected an array"},
        {R"({"value": "7", "unit": "天"})", R"({"value": "-7", "unit": "天"})", "/budget/0/basis/1/factors/2/value",
         "never negative"},
        {R"({"value": "7", "unit": "天"})", R"({"value": "seven", "unit": "天"})", "/budget/0/basis/1/factors/2/value",
         ""},
        {R"({"value": "7", "unit": "天"})", R"({"value": true, "unit": "天"})", "/budget/0/basis/1/factors/2/value",
         "expected a decimal"},
        {R"({"value": "7", "unit": "天"})", R"({"unit": "天"})", "/budget/0/basis/1/factors/2",
         "missing required field \"value\""},
        {R"({"value": "7", "unit": "天"})", R"({"value": "7", "unit": 7})", "/budget/0/basis/1/factors/2/unit",
         "expected a string"},
        {R"({"value": "7", "unit": "天"})", R"(7)", "/budget/0/basis/1/factors/2", "expected an object"},
        {R"("unit_price": "200.00")", R"("unit_price": "-200.00")", "/budget/0/basis/1/unit_price", ""},
        {R"("unit_price": "200.00")", R"("unit_price": "200.001")", "/budget/0/basis/1/unit_price", ""},
        {R"("unit_price": "200.00", )", "", "/budget/0/basis/1", "missing required field \"unit_price\""},
        {R"("price_unit": "元/人·天")", R"("price_unit": ["元"])", "/budget/0/basis/1/price_unit", "expected a string"},
        {R"({"value": "7", "unit": "天"})", R"({"value": "1e20", "unit": "天"})", "/budget/0/basis/1",
         "above the limit"},
    }));
    INFO(to);
    Error e = refusal(with(from, to));
    CHECK(e.place.pointer == pointer);
    CHECK_THAT(e.message, Catch::Contains(reason));
    CHECK(e.place.line > 0);
}

TEST_CASE("an item amount is exact for decimal factors, never rounded", "[basis]") {
    CHECK(item_amount(item("劳务", {"0.5", "3"}, "3333.33")) == Rational(999999, 200));
    CHECK(item_money(item("劳务", {"0.5"}, "3333.34")) == yuan("1666.67"));
    CHECK_FALSE(item_money(item("劳务", {"0.5"}, "3333.33")));  // 1,666.665
    CHECK(exact_yuan_text(item_amount(item("劳务", {"0.5"}, "3333.33"))) == "1,666.665");
    // 0.1 × 3 is 0.3 exactly: binary floating point would say 0.30000000000000004.
    CHECK(item_money(item("x", {"0.1", "3"}, "1.00")) == yuan("0.30"));
    CHECK_FALSE(item_money(item("x", {"0.333333"}, "3.00")));  // 0.999999
}

// ---- basis.sum ------------------------------------------------------------------

TEST_CASE("basis.sum binds at the fen: equal passes, one fen under or over is an error with both fixes",
          "[basis][basis.sum]") {
    // The line's amount moves; the basis stays 27,600.00.
    auto [amount, expect, more] = GENERATE(table<const char*, const char*, const char*>({
        {"27600.00", "", ""},
        {"27600.01", "0.01", "less"},  // the basis is one fen under the amount
        {"27599.99", "0.01", "more"},  // one fen over
        {"27000.00", "600.00", "more"},
    }));
    Plan p = plan_of(with(R"("amount": "27600.00")", std::string("\"amount\": \"") + amount + "\""));
    auto f = findings_of(p, "basis.sum");
    if (std::string(expect).empty()) {
        CHECK(f.empty());
        return;
    }
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::error);
    CHECK(f[0].path == "/budget/0/amount");
    CHECK_THAT(f[0].text.en, Catch::Contains("adds up to 27,600.00 but the amount is " + yuan(amount).grouped()));
    CHECK_THAT(f[0].text.en, Catch::Contains(std::string(expect) + " " + more));
    CHECK_THAT(f[0].text.en,
               Catch::Contains("set the amount to 27,600.00, or change an item by " + std::string(expect)));
    CHECK_THAT(f[0].text.zh, Catch::Contains("将金额改为 27,600.00 元"));
    // Russian writes its numbers as the report does (issue 27).
    CHECK_THAT(f[0].text.ru, Catch::Contains("установите сумму строки 27\u00A0600,00"));
}

TEST_CASE("basis.sum with decimal factors compares the exact product", "[basis][basis.sum]") {
    auto [factor, amount, fires] = GENERATE(table<const char*, const char*, bool>({
        {"0.5", "6900.00", false},  // 3 × 0.5 × 3,200.00 + 3 × 0.5 × 7 × 200.00
        {"0.5", "6900.01", true},
        {"0.5", "6899.99", true},
    }));
    std::string text = with(R"({"value": "3", "unit": "人"}, {"value": "2", "unit": "次"}], "unit_price": "3200.00")",
                            std::string(R"({"value": "3", "unit": "人"}, {"value": ")") + factor +
                                R"(", "unit": "次"}], "unit_price": "3200.00")");
    text = with(R"({"value": "3", "unit": "人"}, {"value": "2", "unit": "次"}, {"value": "7", "unit": "天"}])",
                std::string(R"({"value": "3", "unit": "人"}, {"value": ")") + factor +
                    R"(", "unit": "次"}, {"value": "7", "unit": "天"}])",
                text);
    text = with(R"("amount": "27600.00")", std::string("\"amount\": \"") + amount + "\"", text);
    Plan p = plan_of(text);
    CHECK(basis_money(p.budget[0]) == yuan("6900.00"));
    CHECK(findings_of(p, "basis.sum").size() == (fires ? 1u : 0u));
}

// ---- basis.item -----------------------------------------------------------------

TEST_CASE("basis.item: an item off the whole fen is an error naming it, and basis.sum waits for it",
          "[basis][basis.item]") {
    auto [factor, price, fires] = GENERATE(table<const char*, const char*, bool>({
        {"0.5", "3333.34", false},  // 1,666.67
        {"0.5", "3333.33", true},   // 1,666.665
        {"0.5", "3333.32", false},  // 1,666.66
        {"0.25", "0.02", true},     // 0.005
        {"0.25", "0.04", false},    // 0.01
    }));
    Plan p = plan_of(kPlan);
    p.budget[0].basis = {item("临时聘用人员劳务", {factor}, price)};
    auto total = item_amount(p.budget[0].basis[0]);
    if (!fires) p.budget[0].amount = Money::floor_from(total);
    auto f = findings_of(p, "basis.item");
    REQUIRE(f.size() == (fires ? 1u : 0u));
    CHECK(findings_of(p, "basis.sum").empty());
    if (fires) {
        CHECK(f[0].path == "/budget/0/basis/0");
        CHECK_THAT(f[0].text.en, Catch::Contains("\"临时聘用人员劳务\""));
        CHECK_THAT(f[0].text.en, Catch::Contains("not a whole fen"));
        CHECK_THAT(f[0].text.en,
                   Catch::Contains(Money::floor_from(total).grouped() + " or " + Money::ceil_from(total).grouped()));
    }
}

TEST_CASE("basis.item: a zero factor is an error at the factor", "[basis][basis.item]") {
    Plan p = plan_of(with(R"({"value": "7", "unit": "天"})", R"({"value": "0", "unit": "天"})"));
    auto f = findings_of(p, "basis.item");
    REQUIRE(f.size() == 1);
    CHECK(f[0].path == "/budget/0/basis/1/factors/2/value");
    CHECK_THAT(f[0].text.en, Catch::Contains("factor 3 is zero"));
    // The item counts 0.00, so the line no longer adds up either.
    CHECK(findings_of(p, "basis.sum").size() == 1);
}

// ---- basis.missing and the exemption ------------------------------------------------

namespace {

// Fiscal materials (with a basis) and fiscal travel (without), direct costs
// materials + travel.
Plan travel_share(const char* travel) {
    Plan p = plan_of(kPlan);
    BudgetLine materials;
    materials.year = 2018;
    materials.category = Category::materials;
    materials.source = Source::fiscal;
    materials.amount = yuan("900000.00");
    materials.basis = {item("试剂", {"300"}, "3000.00")};
    BudgetLine t;
    t.year = 2019;
    t.category = Category::travel;
    t.source = Source::fiscal;
    t.amount = yuan(travel);
    p.budget = {materials, t};
    return p;
}

}  // namespace

TEST_CASE("the travel exemption holds at exactly 10 % of direct costs and not one fen over", "[basis][basis.missing]") {
    auto [travel, exempt, share] = GENERATE(table<const char*, bool, const char*>({
        {"99999.99", true, "10.00"},
        {"100000.00", true, "10.00"},   // 100,000.00 of 1,000,000.00: exactly 10 %
        {"100000.01", false, "10.00"},  // 10 % of 1,000,000.01 is 100,000.001
        {"150000.00", false, "14.29"},
    }));
    Plan p = travel_share(travel);
    auto e = basis_exemption(builtin_catalog(), BudgetSummary(p));
    REQUIRE(e);
    CHECK(e->exempt == exempt);
    CHECK(e->share_percent == share);
    auto f = findings_of(p, "basis.missing");
    REQUIRE(f.size() == (exempt ? 0u : 1u));
    if (!exempt) {
        CHECK(f[0].severity == Severity::warning);
        CHECK(f[0].practice);
        CHECK(f[0].path == "/budget/1");
        CHECK_THAT(f[0].text.zh, Catch::Contains("超过10%"));
        CHECK_THAT(f[0].text.en, Catch::Contains("中办发〔2016〕50号"));
    }
    CHECK_THAT(exemption_text(builtin_catalog(), *e).zh,
               Catch::Contains(exempt ? "未超过10%" : "超过10%，需提供测算依据"));
    CHECK_THAT(exemption_text(builtin_catalog(), *e).zh, Catch::StartsWith("差旅费、会议费、国际合作与交流费合计"));
}

TEST_CASE("basis.missing asks for a basis on fiscal direct-cost lines only, and only in plans that carry bases",
          "[basis][basis.missing]") {
    Plan p = travel_share("100000.00");
    BudgetLine equipment = p.budget[0];
    equipment.category = Category::equipment;
    equipment.basis.clear();
    equipment.amount = yuan("50000.00");
    BudgetLine self = equipment;
    self.source = Source::self;
    BudgetLine indirect = equipment;
    indirect.category = Category::indirect;
    BudgetLine zero = equipment;
    zero.amount = Money();
    p.budget.push_back(equipment);  // line 3: expected
    p.budget.push_back(self);       // self-raised: not asked for
    p.budget.push_back(indirect);   // indirect: follows a rate
    p.budget.push_back(zero);       // 0.00: nothing to justify
    auto f = findings_of(p, "basis.missing");
    // Travel is 100,000.00 of fiscal direct costs 1,050,000.00, 9.52 %: exempt.
    REQUIRE(f.size() == 1);
    CHECK(f[0].path == "/budget/2");
    // Without any basis in the plan, nothing is asked.
    p.budget[0].basis.clear();
    CHECK(findings_of(p, "basis.missing").empty());
}

TEST_CASE("the catalog's basis practice is data, and a broken one is refused at its place", "[basis][catalog]") {
    const Catalog& c = builtin_catalog();
    REQUIRE(c.basis);
    CHECK(c.basis->exempt_max_share == Rational(1, 10));
    CHECK(c.basis->covers(Source::fiscal));
    CHECK_FALSE(c.basis->covers(Source::self));
    CHECK(c.basis->expects(Category::equipment));
    CHECK_FALSE(c.basis->expects(Category::indirect));
    CHECK(c.basis->exempts(Category::meetings));
    CHECK_FALSE(c.basis->exempts(Category::labor));
    std::string good(builtin_catalog_text());
    auto [from, to, pointer] = GENERATE(table<std::string, std::string, std::string>({
        {R"("max_share": "0.10")", R"("max_share": "1.5")", "/practice/basis/exempt/max_share"},
        {R"("max_share": "0.10")", R"("max_share": "-0.1")", "/practice/basis/exempt/max_share"},
        {R"("sources": ["fiscal"])", R"("sources": ["fiscl"])", "/practice/basis/sources/0"},
        {R"("sources": ["fiscal"])", R"("sources": [])", "/practice/basis/sources"},
        {R"("categories": ["travel", "meetings", "international"])", R"("categories": ["travel", "indirect"])",
         "/practice/basis/exempt/categories/1"},
        {R"("categories": ["equipment", )", R"("categories": ["equipmnt", )", "/practice/basis/categories/0"},
    }));
    std::string s = good;
    auto pos = s.find(from);
    REQUIRE(pos != std::string::npos);
    s.replace(pos, from.size(), to);
    auto r = read_catalog(s);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().place.pointer == pointer);
}

// ---- the examples, and the fix ----------------------------------------------------------

TEST_CASE("the annex 3 and general 4 examples carry complete bases that add up", "[basis][examples]") {
    for (const char* name : {"annex3-fruit-veg-processing", "general4-cotton-picker-sino-german"}) {
        INFO(name);
        Plan p = example(name);
        int with_basis = 0;
        for (const auto& line : p.budget)
            if (!line.basis.empty()) {
                ++with_basis;
                CHECK(basis_money(line) == line.amount);
            }
        CHECK(with_basis >= 8);
        for (const char* rule : {"basis.sum", "basis.item", "basis.missing"}) CHECK(findings_of(p, rule).empty());
    }
}

TEST_CASE("the failing example's basis is one fen off, and setting the amount to the basis total fixes it",
          "[basis][examples][plan_edit]") {
    Plan p = example("failing/general4-basis-one-fen-off");
    auto f = findings_of(p, "basis.sum");
    REQUIRE(f.size() == 1);
    CHECK(f[0].path == "/budget/0/amount");
    CHECK_THAT(f[0].text.en, Catch::Contains("adds up to 149,999.99 but the amount is 150,000.00, 0.01 less"));
    CHECK_FALSE(set_amount_to_basis(p, 1));  // line 2 adds up
    auto change = set_amount_to_basis(p, 0);
    REQUIRE(change);
    CHECK(change->kind == MoneyChange::Kind::cut);
    CHECK(change->amount == yuan("0.01"));
    CHECK(p.budget[0].amount == yuan("149999.99"));
    CHECK(findings_of(p, "basis.sum").empty());
    CHECK_FALSE(set_amount_to_basis(p, 0));
    CHECK_FALSE(set_amount_to_basis(p, 99));
}
