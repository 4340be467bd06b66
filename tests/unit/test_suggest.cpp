// SPDX-License-Identifier: GPL-3.0-or-later
#include "categories.h"
#include "program_fixtures.h"

#include <algorithm>
#include <filesystem>

#include "cofund/planner/suggest.h"

using namespace cofund;
using namespace cofund::planner;
using namespace cofund::test;

namespace {

const std::vector<std::string> kMoneyRules = {"support.range", "cofunding.ratio", "cofunding.yearly",
                                              "budget.indirect_cap"};

bool is_money(const Finding& f) {
    return std::find(kMoneyRules.begin(), kMoneyRules.end(), f.rule) != kMoneyRules.end();
}

int money_findings(const std::vector<Finding>& fs) {
    return static_cast<int>(std::count_if(fs.begin(), fs.end(), is_money));
}

// Writes the corrected plan, reads it back and checks it, as `suggest --apply` then `check` do.
std::vector<Finding> check_applied(const SuggestResult& r) {
    auto again = parse_plan(write_plan(r.corrected), builtin_catalog());
    REQUIRE(again.ok());
    return check_plan(*again, builtin_catalog());
}

std::vector<std::string> failing_examples() {
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(source_path("examples/failing")))
        if (e.path().string().ends_with(".plan.json")) names.push_back("failing/" + e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

TEST_CASE("every failing example that fails for money checks clean of money findings once applied", "[suggest]") {
    int with_money = 0;
    for (const auto& name : failing_examples()) {
        INFO(name);
        Plan plan = example(name);
        SuggestResult r = suggest(plan, builtin_catalog());
        if (money_findings(r.before) == 0) continue;
        ++with_money;
        CHECK_FALSE(r.suggestions.empty());
        auto after = check_applied(r);
        CHECK(money_findings(after) == 0);
        // Nothing new goes wrong.
        CHECK(summarize(after).errors <= summarize(r.before).errors);
        CHECK(summarize(after).warnings <= summarize(r.before).warnings);
    }
    CHECK(with_money >= 3);  // ratio one fen short, too much fiscal, matching lags (and any added later)
}

TEST_CASE("a ratio one fen short gets one fen of self-raised money", "[suggest]") {
    SuggestResult r = suggest(example("failing/annex3-ratio-one-fen-short.plan.json"), builtin_catalog());
    REQUIRE(r.suggestions.size() == 1);
    const Suggestion& s = r.suggestions[0];
    CHECK(s.rule == "cofunding.ratio");
    REQUIRE(s.changes.size() == 1);
    CHECK(s.changes[0].kind == MoneyChange::Kind::add);
    CHECK(s.changes[0].amount == Money::from_fen(1));
    CHECK(s.text.en.find("add 0.01 self-raised in 2020") != std::string::npos);
    CHECK(s.text.en.find("or instead cut fiscal by 0.01") != std::string::npos);
    CHECK(line_totals(r.corrected).self_raised == yuan("3000000.00"));
}

TEST_CASE("fiscal one fen over the key-project maximum is cut by one fen in the last year", "[suggest]") {
    SuggestResult r = suggest(example("failing/annex3-too-much-fiscal.plan.json"), builtin_catalog());
    REQUIRE(r.suggestions.size() == 1);
    CHECK(r.suggestions[0].rule == "support.range");
    CHECK(r.suggestions[0].text.en.find("cut fiscal by 0.01 in 2020") != std::string::npos);
    CHECK(line_sum(r.corrected, std::nullopt, std::nullopt, Source::fiscal) == yuan("2000000.00"));
}

TEST_CASE("lagging yearly matching is moved forward, not topped up", "[suggest]") {
    Plan plan = example("failing/annex7-matching-lags.plan.json");
    SuggestResult r = suggest(plan, builtin_catalog());
    REQUIRE(r.suggestions.size() == 1);
    CHECK(r.suggestions[0].rule == "cofunding.yearly");
    for (const auto& c : r.suggestions[0].changes) CHECK(c.kind == MoneyChange::Kind::move);
    CHECK(line_totals(r.corrected).self_raised == line_totals(plan).self_raised);
    CHECK(r.suggestions[0].text.en.find("move 500,000.00 self-raised from 2019 to 2018") != std::string::npos);
}

TEST_CASE("self-raised money all in the last year is spread so every year's running ratio holds", "[suggest]") {
    Plan plan = example("annex3-fruit-veg-processing.plan.json");
    // Every self-raised line to 2020, then 100,000.00 short on the totals as well.
    for (auto& line : plan.budget)
        if (is_self_raised(line.source)) line.year = 2020;
    plan.budget.push_back(BudgetLine{2020, Cat::construction, Source::self, Money()});
    Money fiscal = line_sum(plan, std::nullopt, std::nullopt, Source::fiscal);
    Money self = line_totals(plan).self_raised;
    Money cut = self - (fiscal * 2 - yuan("100000.00"));
    for (auto& line : plan.budget)
        if (line.source == Source::self && line.year == 2020 && line.amount >= cut) {
            line.amount -= cut;
            break;
        }
    REQUIRE(line_totals(plan).self_raised == fiscal * 2 - yuan("100000.00"));

    SuggestResult r = suggest(plan, builtin_catalog());
    REQUIRE(r.suggestions.size() == 1);
    CHECK(r.suggestions[0].rule == "cofunding.ratio");
    // The least money is added: exactly what the totals lack.
    CHECK(line_totals(r.corrected).self_raised - line_totals(plan).self_raised == yuan("100000.00"));
    auto after = check_applied(r);
    CHECK(money_findings(after) == 0);
    const BudgetSummary sums(r.corrected);
    const Source fiscal_side[] = {Source::fiscal};
    auto fiscal_by = sums.cumulative(fiscal_side);
    auto self_by = sums.cumulative(kSelfSide);
    for (std::size_t k = 0; k < fiscal_by.size(); ++k) CHECK(self_by[k] >= fiscal_by[k] * 2);
}

TEST_CASE("fiscal below the general-project minimum is topped up and the ratio-free plan stays clean", "[suggest]") {
    Plan plan = example("general1-solar-om-training.plan.json");
    Money target = yuan("299999.99");
    Money cut = line_sum(plan, std::nullopt, std::nullopt, Source::fiscal) - target;
    for (auto& line : plan.budget) {
        if (line.source != Source::fiscal) continue;
        Money t = line.amount < cut ? line.amount : cut;
        line.amount -= t;
        cut -= t;
    }
    REQUIRE(line_sum(plan, std::nullopt, std::nullopt, Source::fiscal) == target);
    SuggestResult r = suggest(plan, builtin_catalog());
    REQUIRE(r.suggestions.size() == 1);
    CHECK(r.suggestions[0].rule == "support.range");
    CHECK(r.suggestions[0].changes[0].amount == Money::from_fen(1));
    CHECK(money_findings(check_applied(r)) == 0);
}

TEST_CASE("indirect costs over the practice cap are cut by exactly the excess", "[suggest]") {
    Plan plan = example("annex5-remote-sensing.plan.json");
    plan.budget.push_back(BudgetLine{2020, Cat::indirect, Source::fiscal, yuan("500000.00")});
    REQUIRE(money_findings(check_plan(plan, builtin_catalog())) >= 1);
    SuggestResult r = suggest(plan, builtin_catalog());
    REQUIRE_FALSE(r.suggestions.empty());
    CHECK(r.suggestions[0].rule == "budget.indirect_cap");
    auto after = check_applied(r);
    CHECK(money_findings(after) == 0);
    // One fen more of indirect costs would be over the cap again.
    Plan over = r.corrected;
    over.budget.push_back(BudgetLine{2020, Cat::indirect, Source::fiscal, Money::from_fen(1)});
    auto f = check_plan(over, builtin_catalog());
    CHECK(std::any_of(f.begin(), f.end(), [](const Finding& x) { return x.rule == "budget.indirect_cap"; }));
}

TEST_CASE("a cap whose categories are part of its base is met with the least cut, a fen more is over again",
          "[suggest][budget.cap]") {
    // Travel, meetings and international cooperation at most 10 % of fiscal direct costs (they are among them):
    // cutting x lowers the cap by x ÷ 10, so x = (capped − cap) ÷ 0.9, rounded up to the fen.
    auto doc = nlohmann::ordered_json::parse(builtin_catalog_text());
    doc["rules"].push_back(nlohmann::ordered_json::parse(R"({"kind": "cap", "clause": "main.req.4",
        "of": ["travel", "meetings", "international"], "base": "direct", "sides": ["fiscal"],
        "brackets": [{"share": "0.10"}]})"));
    const Catalog c = read_catalog(doc.dump()).value();
    Plan plan = example("annex5-remote-sensing.plan.json");
    plan.budget.clear();
    plan.budget.push_back(BudgetLine{2020, Cat::materials, Source::fiscal, yuan("900000.00")});
    plan.budget.push_back(BudgetLine{2020, Cat::travel, Source::fiscal, yuan("200000.00")});
    SuggestResult r = suggest(plan, c);
    auto cap = std::find_if(r.suggestions.begin(), r.suggestions.end(),
                            [](const Suggestion& s) { return s.rule == "budget.cap"; });
    REQUIRE(cap != r.suggestions.end());
    // 200,000.00 − x ≤ (1,100,000.00 − x) ÷ 10: x ≥ 100,000.00.
    Money cut;
    for (const auto& ch : cap->changes) cut += ch.amount;
    CHECK(cut == yuan("100000.00"));
    auto of_cap = [&](const Plan& p) {
        auto f = check_plan(p, c);
        return std::count_if(f.begin(), f.end(), [](const Finding& x) { return x.rule == "budget.cap"; });
    };
    CHECK(of_cap(r.corrected) == 0);
    Plan over = r.corrected;
    over.budget.push_back(BudgetLine{2020, Cat::travel, Source::fiscal, Money::from_fen(1)});
    CHECK(of_cap(over) == 1);
}

TEST_CASE("missing and short indicators are given the value that meets the target", "[suggest]") {
    SuggestResult r = suggest(example("failing/annex2-missing-indicators.plan.json"), builtin_catalog());
    CHECK(r.suggestions.size() == 5);
    auto lab = std::find_if(r.suggestions.begin(), r.suggestions.end(),
                            [](const Suggestion& s) { return s.indicator && s.indicator->first == "a2.lab_m2"; });
    REQUIRE(lab != r.suggestions.end());
    CHECK(lab->indicator->second == Rational(300));
    auto after = check_applied(r);
    CHECK(summarize(after).errors == 0);
    CHECK(summarize(after).warnings == 0);
}

TEST_CASE("a passing plan gets no suggestion and an unchanged plan", "[suggest]") {
    std::string name = GENERATE(from_range(annex_examples()));
    Plan plan = example(name);
    SuggestResult r = suggest(plan, builtin_catalog());
    CHECK(r.suggestions.empty());
    CHECK(write_plan(r.corrected) == write_plan(plan));
}

TEST_CASE("the corrected plan keeps unknown fields", "[suggest]") {
    Plan plan = example("failing/annex3-ratio-one-fen-short.plan.json");
    SuggestResult r = suggest(plan, builtin_catalog());
    CHECK(write_plan(r.corrected).find("\"_why\"") != std::string::npos);
}

TEST_CASE("suggest writes a slipped written result, a group's subtotal and a form's total as the exact figures",
          "[suggest][basis][declared]") {
    // Regression for issue 25: the fixes for basis.item, basis.subtotal and declared.sum.
    Plan p = cofund::test::example("general4-cotton-picker-sino-german.plan.json");
    BudgetLine& line = p.budget.front();
    BasisItem product;
    product.item = "原料";
    product.factors.push_back(BasisFactor{Decimal{"6", 6}, "吨", Extra::object()});
    product.unit_price = yuan("3000.00");
    product.stated = yuan("12000.00");
    BasisItem lump;
    lump.item = "版面费";
    lump.lump = yuan("2000.00");
    BasisItem group;
    group.item = "材料";
    group.items = {product, lump};
    group.stated = yuan("19000.00");
    line.basis = {group};
    line.amount = yuan("20000.00");
    DeclaredTotal total;
    total.heading = "合计";
    total.amount = yuan("1.00");
    p.declared.push_back(total);

    auto r = suggest(p, builtin_catalog());
    std::vector<std::string> rules;
    for (const auto& s : r.suggestions) rules.push_back(s.rule);
    CHECK(std::count(rules.begin(), rules.end(), "basis.item") == 1);
    CHECK(std::count(rules.begin(), rules.end(), "basis.subtotal") == 1);
    CHECK(std::count(rules.begin(), rules.end(), "declared.sum") == 1);
    for (const auto& f : r.after) {
        CHECK(f.rule != "basis.item");
        CHECK(f.rule != "basis.subtotal");
        CHECK(f.rule != "declared.sum");
    }
    const BasisItem& fixed = r.corrected.budget.front().basis.front();
    CHECK(fixed.stated == yuan("20000.00"));
    CHECK(fixed.items[0].stated == yuan("18000.00"));
    auto it = std::find_if(r.suggestions.begin(), r.suggestions.end(),
                           [](const Suggestion& s) { return s.rule == "basis.item"; });
    REQUIRE(it->edits.size() == 1);
    CHECK(it->edits[0].pointer == "/budget/0/basis/0/items/0/stated");
    CHECK(it->edits[0].value == "18000.00");
}

TEST_CASE(
    "a first-year target below half is raised to the least that meets it, rounded up to the indicator's "
    "decimals",
    "[suggest][targets]") {
    const Catalog hebei = read_catalog(read_file(source_path("data/hb-zyyd-2026.json"))).value();
    for (const char* name : {"first-year-below-half", "no-first-year-target"}) {
        CAPTURE(name);
        Plan plan =
            parse_plan(read_file(source_path(std::string("examples/hb-zyyd-2026/failing/") + name + ".plan.json")),
                       hebei)
                .value();
        SuggestResult r = suggest(plan, hebei);
        REQUIRE(r.suggestions.size() == 1);
        const Suggestion& s = r.suggestions[0];
        REQUIRE(s.edits.size() == 1);
        if (std::string(name) == "first-year-below-half") {
            // papers: 50 % of 5 is 2.5, so at least 3 whole papers.
            CHECK(s.rule == "indicator.first_year");
            CHECK(s.edits[0].pointer == "/targets/0/years/2026");
            CHECK(s.edits[0].value == "3");
            CHECK(
                s.message(Lang::en) ==
                "raise the 2026 target of papers (发表SCI论文) from 2 to 3 (50 % of its whole-period target 5 is 2.5)");
            CHECK_THAT(s.message(Lang::zh), Catch::Contains("由 2 提高到 3"));
            CHECK_THAT(s.message(Lang::ru), Catch::Contains("с 2 до 3"));
        } else {
            CHECK(s.rule == "indicator.by_year");
            CHECK(s.edits[0].pointer == "/targets/2/years/2026");
            CHECK(s.edits[0].value == "15");
        }
        CHECK(summarize(r.before).errors == 1);
        auto again = parse_plan(write_plan(r.corrected), hebei);
        REQUIRE(again.ok());
        CHECK(summarize(check_plan(*again, hebei)).errors == 0);
    }
}
