// SPDX-License-Identifier: GPL-3.0-or-later
// The budget justification (basis): reading and writing it, the exact item
// amounts, the rules basis.sum, basis.item and basis.missing at their
// boundaries, the catalog's basis practice and "set the amount to the basis total".
#include "categories.h"
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
        {R"("unit_price": "200.00", )", "", "/budget/0/basis/1", "an item needs \"unit_price\""},
        {R"("unit_price": "200.00")", R"("unit_price": "200.00", "amount": "8400.00")", "/budget/0/basis/1/unit_price",
         "not both"},
        {R"("unit_price": "200.00")", R"("unit_price": "200.00", "money_unit": "usd")", "/budget/0/basis/1/money_unit",
         "unknown money unit"},
        {R"("unit_price": "200.00")", R"("unit_price": "200.00", "stated": "8400.001")", "/budget/0/basis/1/stated",
         ""},
        {R"("factors": [{"value": "3", "unit": "人"}, {"value": "2", "unit": "次"}], "unit_price": "3200.00")",
         R"("items": [])", "/budget/0/basis/0/items", "at least one item"},
        {R"("factors": [{"value": "3", "unit": "人"}, {"value": "2", "unit": "次"}], "unit_price": "3200.00")",
         R"("items": [{"item": "x", "amount": "1.00"}], "amount": "1.00")", "/budget/0/basis/0/amount",
         "sum of its items"},
        {R"("factors": [{"value": "3", "unit": "人"}, {"value": "2", "unit": "次"}], "unit_price": "3200.00")",
         R"("unit_price": "3200.00")", "/budget/0/basis/0", "for a lump sum give \"amount\""},
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
    CHECK_THAT(f[0].text.en,
               Catch::Contains("adds up to 27,600.00 yuan but the amount is " + yuan(amount).grouped() + " yuan"));
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
    materials.category = Cat::materials;
    materials.source = Source::fiscal;
    materials.amount = yuan("900000.00");
    materials.basis = {item("试剂", {"300"}, "3000.00")};
    BudgetLine t;
    t.year = 2019;
    t.category = Cat::travel;
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
    equipment.category = Cat::equipment;
    equipment.basis.clear();
    equipment.amount = yuan("50000.00");
    BudgetLine self = equipment;
    self.source = Source::self;
    BudgetLine indirect = equipment;
    indirect.category = Cat::indirect;
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
    CHECK(c.basis->expects(Cat::equipment));
    CHECK_FALSE(c.basis->expects(Cat::indirect));
    CHECK(c.basis->exempts(Cat::meetings));
    CHECK_FALSE(c.basis->exempts(Cat::labor));
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
    CHECK_THAT(f[0].text.en,
               Catch::Contains("adds up to 149,999.99 yuan but the amount is 150,000.00 yuan, 0.01 less"));
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

// ---- the justification as applicants write it (issue 25) -------------------------------

namespace {

// One fiscal materials line of 2019; `basis` is the line's basis array.
std::string line_plan(const std::string& amount, const std::string& basis, const std::string& unit = "yuan") {
    return with(R"({"year": 2019, "category": "international", "source": "fiscal", "amount": "27600.00", "note": "赴阿拉木图联合试验",
     "basis": [
       {"item": "国际旅费（乌鲁木齐—阿拉木图往返）", "factors": [{"value": "3", "unit": "人"}, {"value": "2", "unit": "次"}], "unit_price": "3200.00"},
       {"item": "住宿及伙食补助", "factors": [{"value": "3", "unit": "人"}, {"value": "2", "unit": "次"}, {"value": "7", "unit": "天"}], "unit_price": "200.00", "price_unit": "元/人·天"}
     ]})",
                R"({"year": 2019, "category": "materials", "source": "fiscal", "amount": ")" + amount +
                    R"(", "basis": )" + basis + "}",
                with(R"("call": "xj-sco-2018",)", R"("call": "xj-sco-2018", "unit": ")" + unit + R"(",)"));
}

}  // namespace

TEST_CASE("a lump item counts its amount, and its factors describe it without being multiplied",
          "[basis][lump][basis.sum]") {
    // "论文发表费（2篇）：2.00万元": a count without a price.
    Plan p = plan_of(line_plan("20000.00", R"([{"item": "论文发表费", "factors": [{"value": "2", "unit": "篇"}], "amount": "20000.00"}])"));
    const BasisItem& lump = p.budget[0].basis[0];
    CHECK(lump.is_lump());
    CHECK(item_amount(lump) == Rational(20000));
    CHECK(item_money(lump) == yuan("20000.00"));
    CHECK(factors_text(lump) == "2 篇");
    CHECK(findings_of(p, "basis.sum").empty());
    CHECK(findings_of(p, "basis.item").empty());

    SECTION("one fen under the line's amount is basis.sum") {
        Plan q = plan_of(line_plan("20000.01", R"([{"item": "论文发表费", "amount": "20000.00"}])"));
        CHECK(findings_of(q, "basis.sum").size() == 1);
    }
    SECTION("a count of zero describes, it does not zero the lump") {
        Plan q = plan_of(line_plan("20000.00", R"([{"item": "论文发表费", "factors": [{"value": "0", "unit": "篇"}], "amount": "20000.00"}])"));
        CHECK(findings_of(q, "basis.item").empty());
    }
}

TEST_CASE("a written result one fen off the exact product is basis.item; equal or under a fen apart passes",
          "[basis][stated][basis.item]") {
    auto [stated, fires] = GENERATE(table<std::string, bool>({
        {"18000.00", false},
        {"18000.01", true},
        {"17999.99", true},
        {"12000.00", true},  // "3000元/吨×6吨=1.2万元": the product is 1.8万
    }));
    INFO(stated);
    Plan p = plan_of(line_plan(
        "18000.00", R"([{"item": "原料", "factors": [{"value": "6", "unit": "吨"}], "unit_price": "3000.00", "price_unit": "元/吨", "stated": ")" +
                        stated + R"("}])"));
    auto f = findings_of(p, "basis.item");
    REQUIRE(f.size() == (fires ? 1u : 0u));
    if (fires) {
        CHECK(f[0].path == "/budget/0/basis/0/stated");
        CHECK_THAT(f[0].message(Lang::en), Catch::Contains("6 吨 × 3,000.00 = 18,000.00 yuan, but the written result is " +
                                                     p.budget[0].basis[0].stated->grouped()));
    }
    CHECK(findings_of(p, "basis.sum").empty());
}

TEST_CASE("money units per item: a unit price in 元 and a result in 万元 convert exactly, and a 元/万元 slip is named",
          "[basis][stated][units][basis.item]") {
    // The plan is in 万元; the applicant writes "3000元/吨×6吨=1.8万元".
    Plan p = plan_of(line_plan("1.8",
                               R"([{"item": "原料", "factors": [{"value": "6", "unit": "吨"}], "unit_price": "3000", "money_unit": "yuan", "stated": "1.8", "stated_unit": "wan"}])",
                               "wan"));
    const BasisItem& item = p.budget[0].basis[0];
    CHECK(item.unit_price == yuan("3000.00"));
    CHECK(item.stated == yuan("18000.00"));
    CHECK(findings_of(p, "basis.item").empty());
    CHECK(findings_of(p, "basis.sum").empty());
    // Written back in the units the applicant used.
    std::string written = write_plan(p);
    CHECK_THAT(written, Catch::Contains(R"("unit_price": "3000.00")"));
    CHECK_THAT(written, Catch::Contains(R"("stated": "1.80")"));
    CHECK(write_plan(plan_of(written)) == written);

    SECTION("the result written in 元 where 万元 was meant") {
        Plan q = plan_of(line_plan("1.8",
                                   R"([{"item": "原料", "factors": [{"value": "6", "unit": "吨"}], "unit_price": "3000", "money_unit": "yuan", "stated": "1.8", "stated_unit": "yuan"}])",
                                   "wan"));
        auto f = findings_of(q, "basis.item");
        REQUIRE(f.size() == 1);
        CHECK_THAT(f[0].message(Lang::en), Catch::Contains("factor of 10,000"));
        CHECK_THAT(f[0].message(Lang::zh), Catch::Contains("万元误写为元"));
    }
}

TEST_CASE("a group of groups: every level's written subtotal is checked, and the path names the group",
          "[basis][group][basis.subtotal]") {
    const std::string basis = R"([
      {"item": "试制材料", "stated": "STATED_OUTER", "items": [
        {"item": "钢材", "stated": "STATED_INNER", "items": [
          {"item": "板材", "factors": [{"value": "2", "unit": "吨"}], "unit_price": "5000.00"},
          {"item": "型材", "amount": "3000.00"}]},
        {"item": "辅料", "amount": "500.00"}]}])";
    auto plan_with = [&](const std::string& outer, const std::string& inner, const std::string& amount = "13500.00") {
        std::string b = basis;
        b.replace(b.find("STATED_OUTER"), 12, outer);
        b.replace(b.find("STATED_INNER"), 12, inner);
        return plan_of(line_plan(amount, b));
    };
    Plan ok = plan_with("13500.00", "13000.00");
    CHECK(item_amount(ok.budget[0].basis[0]) == Rational(13500));
    CHECK(findings_of(ok, "basis.subtotal").empty());
    CHECK(findings_of(ok, "basis.sum").empty());

    Plan inner_off = plan_with("13500.00", "12999.99");
    auto f = findings_of(inner_off, "basis.subtotal");
    REQUIRE(f.size() == 1);
    CHECK(f[0].path == "/budget/0/basis/0/items/0/stated");
    CHECK_THAT(f[0].message(Lang::en), Catch::Contains("group 1.1 \"钢材\""));
    CHECK_THAT(f[0].message(Lang::en), Catch::Contains("add up to 13,000.00 yuan, but the written subtotal is 12,999.99"));
    CHECK_THAT(f[0].message(Lang::zh), Catch::Contains("测算组 1.1「钢材」"));

    Plan both_off = plan_with("13700.00", "12999.99");
    CHECK(findings_of(both_off, "basis.subtotal").size() == 2);

    // The line's amount is compared with the exact sum, not the written subtotal.
    Plan line_off = plan_with("13500.00", "13000.00", "13700.00");
    CHECK(findings_of(line_off, "basis.sum").size() == 1);

    // A write and a read keep the groups, to any depth.
    std::string written = write_plan(ok);
    CHECK(write_plan(plan_of(written)) == written);
    CHECK(plan_of(written).budget[0].basis[0].items[0].items[1].is_lump());
}

// ---- the form's own totals and line ids (issue 25) ------------------------------------------

namespace {

// Four lines (materials and testing, fiscal; materials self; equipment purchase
// fiscal) and the form's table of `declared`.
std::string declared_plan(const std::string& declared) {
    return with(R"({"year": 2019, "category": "international", "source": "fiscal", "amount": "27600.00", "note": "赴阿拉木图联合试验",
     "basis": [
       {"item": "国际旅费（乌鲁木齐—阿拉木图往返）", "factors": [{"value": "3", "unit": "人"}, {"value": "2", "unit": "次"}], "unit_price": "3200.00"},
       {"item": "住宿及伙食补助", "factors": [{"value": "3", "unit": "人"}, {"value": "2", "unit": "次"}, {"value": "7", "unit": "天"}], "unit_price": "200.00", "price_unit": "元/人·天"}
     ]}
  ])",
                R"({"id": "m1", "year": 2018, "category": "materials", "source": "fiscal", "amount": "500000.00"},
    {"id": "t1", "year": 2018, "category": "testing", "source": "fiscal", "amount": "280000.00"},
    {"id": "m2", "year": 2019, "category": "materials", "source": "self", "amount": "300000.00"},
    {"id": "e1", "year": 2019, "category": "equipment", "source": "fiscal", "amount": "700000.00",
     "basis": [{"item": "光谱仪", "equipment": "purchase", "amount": "600000.00"},
               {"item": "改造旧设备", "equipment": "upgrade", "amount": "100000.00"}]}
  ],
  "declared": )" + declared);
}

}  // namespace

TEST_CASE("declared.sum: a heading over several categories off by 0.20 万元 names both figures and its lines",
          "[basis][declared][declared.sum]") {
    auto [amount, fires] = GENERATE(table<std::string, bool>({
        {"780000.00", false},
        {"782000.00", true},  // 0.20 万元 over
        {"779999.99", true},
    }));
    INFO(amount);
    Plan p = plan_of(declared_plan(R"([{"heading": "业务费", "categories": ["materials", "testing"], "source": "fiscal", "amount": ")" +
                                   amount + R"("}])"));
    auto f = findings_of(p, "declared.sum");
    REQUIRE(f.size() == (fires ? 1u : 0u));
    if (fires) {
        CHECK(f[0].path == "/declared/0/amount");
        CHECK_THAT(f[0].message(Lang::en), Catch::Contains("the form's \"业务费\" says " + p.declared[0].amount.grouped() +
                                                           " but the lines under it add up to 780,000.00"));
        CHECK_THAT(f[0].message(Lang::en), Catch::Contains("budget lines 1, 2)"));
        CHECK_THAT(f[0].message(Lang::zh), Catch::Contains("第 1, 2 条预算"));
    }
}

TEST_CASE("declared totals: every category, one source, the grand total and of which purchase",
          "[basis][declared][declared.sum]") {
    Plan p = plan_of(declared_plan(R"([
      {"heading": "自筹资金合计", "source": "self", "amount": "300000.00"},
      {"heading": "合计", "amount": "1780000.00"},
      {"heading": "其中：购置设备费", "categories": "equipment", "equipment": "purchase", "amount": "600000.00"}])"));
    CHECK(findings_of(p, "declared.sum").empty());
    CHECK(declared_sum(p, p.declared[2]).lines == std::vector<std::size_t>{3});
    // Written back as written: one id stays one id.
    std::string written = write_plan(p);
    CHECK_THAT(written, Catch::Contains(R"("categories": "equipment")"));
    CHECK(write_plan(plan_of(written)) == written);

    SECTION("a purchase line counts whole") {
        Plan q = plan_of(with(R"("id": "e1", "year": 2019, "category": "equipment", "source": "fiscal", "amount": "700000.00",)",
                              R"("id": "e1", "year": 2019, "category": "equipment", "source": "fiscal", "amount": "700000.00", "equipment": "purchase",)",
                              declared_plan(R"([{"heading": "其中：购置设备费", "equipment": "purchase", "amount": "600000.00"}])")));
        auto f = findings_of(q, "declared.sum");
        REQUIRE(f.size() == 1);
        CHECK_THAT(f[0].message(Lang::en), Catch::Contains("add up to 700,000.00, 100,000.00 more"));
    }
}

TEST_CASE("line ids are read, kept, refused when repeated, and given to lines without one", "[basis][ids]") {
    Plan p = plan_of(declared_plan("[]"));
    CHECK(p.budget[0].id == "m1");
    Error e = refusal(with(R"("id": "t1")", R"("id": "m1")", declared_plan("[]")));
    CHECK(e.place.pointer == "/budget/1/id");
    CHECK_THAT(e.message, Catch::Contains("already the id of /budget/0"));
    CHECK(refusal(with(R"("id": "t1")", R"("id": "t 1")", declared_plan("[]"))).place.pointer == "/budget/1/id");

    p.budget[1].id = "L7";
    p.budget[2].id.clear();
    CHECK(assign_line_ids(p) == 1);
    CHECK(p.budget[2].id == "L8");
    CHECK(p.budget[0].id == "m1");
    CHECK(assign_line_ids(p) == 0);
    std::string written = write_plan(p);
    CHECK(plan_of(written).budget[2].id == "L8");
}
