// SPDX-License-Identifier: GPL-3.0-or-later
// Boundary tables for every rule: at the bound, one fen (or one unit) either side.
#include "categories.h"
#include "test_support.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <set>
#include <sstream>

#include "cofund/plan_io.h"
#include "cofund/projection.h"
#include "cofund/rules.h"
#include "cofund/summary.h"

using namespace cofund;
using cofund::test::has_cyrillic;
using cofund::test::remove_indicator;
using cofund::test::example;
using cofund::test::line_sum;
using cofund::test::line_sum_of;
using cofund::test::line_totals;
using cofund::test::read_file;
using cofund::test::source_path;
using cofund::test::yuan;

namespace {

Plan annex3() {
    return example("annex3-fruit-veg-processing");
}

struct Line {
    int year;
    Category category;
    Source source;
    const char* amount;
};

void set_budget(Plan& plan, std::initializer_list<Line> lines) {
    plan.budget.clear();
    for (const auto& l : lines) {
        BudgetLine b;
        b.year = l.year;
        b.category = l.category;
        b.source = l.source;
        b.amount = yuan(l.amount);
        plan.budget.push_back(b);
    }
}

void set_indicator(Plan& plan, const std::string& id, const char* value) {
    for (auto& [key, v] : plan.indicators)
        if (key == id) {
            v = Decimal{value, *parse_decimal(value)};
            return;
        }
    plan.indicators.emplace_back(id, Decimal{value, *parse_decimal(value)});
}

// The runs of ASCII digits of a text, sorted: "0.01 of 2,000,000.00" → 0, 00, 000, 000, 01, 2.
std::vector<std::string> digit_groups(const std::string& s) {
    std::vector<std::string> groups;
    std::string run;
    for (char c : s + " ") {
        if (c >= '0' && c <= '9') {
            run += c;
        } else if (!run.empty()) {
            groups.push_back(run);
            run.clear();
        }
    }
    std::sort(groups.begin(), groups.end());
    return groups;
}

// Some letter of U+0400–U+04FF (two-byte UTF-8 lead 0xD0–0xD3).

// Every finding a table makes: a Russian message with the English one's numbers.
void check_russian(const Finding& f) {
    INFO(f.rule << ": " << f.text.en << "\n  ru: " << f.text.ru);
    CHECK(has_cyrillic(f.text.ru));
    CHECK(digit_groups(f.text.ru) == digit_groups(f.text.en));
    CHECK(f.message(Lang::ru) == f.text.ru);
}

std::vector<Finding> checked_findings_of(const Plan& plan, const std::string& rule) {
    std::vector<Finding> out;
    for (auto& f : check_plan(plan, builtin_catalog())) {
        check_russian(f);
        if (f.rule == rule) out.push_back(f);
    }
    return out;
}

bool fires(const Plan& plan, const std::string& rule) {
    return !checked_findings_of(plan, rule).empty();
}

}  // namespace

TEST_CASE("every passing example has no errors and no warnings", "[rules][examples]") {
    auto name =
        GENERATE(as<std::string>{}, "annex1-agri-center", "annex2-agri-research-center", "annex3-fruit-veg-processing",
                 "annex4-livestock-center", "annex4-subproject-wool-forage", "annex5-remote-sensing", "annex6-digital-tourism",
                 "annex7-ecommerce-platform", "general1-solar-om-training", "general2-tech-park-incubator",
                 "general3-altai-seabuckthorn", "general4-cotton-picker-sino-german");
    auto s = summarize(check_plan(example(name), builtin_catalog()));
    CHECK(s.errors == 0);
    CHECK(s.warnings == 0);
}

TEST_CASE("the key-project support range binds at both ends to the fen", "[rules][support.range]") {
    auto [fiscal, fires_] = GENERATE(table<const char*, bool>({
        {"999999.99", true},
        {"1000000.00", false},
        {"1000000.01", false},
        {"1999999.99", false},
        {"2000000.00", false},
        {"2000000.01", true},
    }));
    Plan plan = annex3();
    set_budget(plan, {{2018, Cat::equipment, Source::fiscal, fiscal},
                      {2018, Cat::construction, Source::self, "5000000.00"}});
    CHECK(fires(plan, "support.range") == fires_);
}

TEST_CASE("the general-project support range binds at both ends to the fen", "[rules][support.range]") {
    auto [fiscal, fires_] = GENERATE(table<const char*, bool>({
        {"299999.99", true},
        {"300000.00", false},
        {"500000.00", false},
        {"500000.01", true},
    }));
    Plan plan = example("general1-solar-om-training");
    set_budget(plan, {{2018, Cat::equipment, Source::fiscal, fiscal}});
    CHECK(fires(plan, "support.range") == fires_);
}

TEST_CASE("a fiscal total one fen over the maximum says so and the fix", "[rules][support.range]") {
    Plan plan = annex3();
    set_budget(plan, {{2018, Cat::equipment, Source::fiscal, "2000000.01"},
                      {2018, Cat::construction, Source::self, "5000000.00"}});
    auto f = checked_findings_of(plan, "support.range");
    REQUIRE(f.size() == 1);
    CHECK(f[0].text.en ==
          "fiscal 2,000,000.01 exceeds the key-project maximum 2,000,000.00 by 0.01; cut fiscal by 0.01");
    CHECK(f[0].clause == "main.classes");
    CHECK(f[0].severity == Severity::error);
}

TEST_CASE("self-raised exactly twice fiscal meets annex 3's 1:2 ratio", "[rules][cofunding.ratio]") {
    auto [self, fires_] =
        GENERATE(table<const char*, bool>({{"2999999.99", true}, {"3000000.00", false}, {"3000000.01", false}}));
    Plan plan = annex3();
    set_budget(plan, {{2018, Cat::equipment, Source::fiscal, "1500000.00"},
                      {2018, Cat::construction, Source::self, self}});
    CHECK(fires(plan, "cofunding.ratio") == fires_);
}

TEST_CASE("a ratio one fen short names the numbers and both exact fixes, in English and Chinese",
          "[rules][cofunding.ratio]") {
    Plan plan = annex3();
    set_budget(plan, {{2018, Cat::equipment, Source::fiscal, "1500000.00"},
                      {2018, Cat::construction, Source::self, "2999999.99"}});
    auto f = checked_findings_of(plan, "cofunding.ratio");
    REQUIRE(f.size() == 1);
    CHECK(f[0].text.en ==
          "self-raised 2,999,999.99 is below 2 × fiscal 1,500,000.00; add 0.01 self-raised or cut fiscal by 0.01");
    CHECK(f[0].text.zh ==
          "自筹 2,999,999.99 低于专项经费 1,500,000.00 的 2 倍，需增加自筹 0.01 元或减少专项经费 0.01 元");
    CHECK(f[0].clause == "annex3.req.4");
}

TEST_CASE("annex 3's ratio counts the special fund only, annex 7's counts other fiscal money too",
          "[rules][cofunding.ratio]") {
    Plan plan = annex3();
    set_budget(plan, {{2018, Cat::equipment, Source::fiscal, "1500000.00"},
                      {2018, Cat::equipment, Source::other_fiscal, "1000000.00"},
                      {2018, Cat::construction, Source::loan, "3000000.00"}});
    CHECK_FALSE(fires(plan, "cofunding.ratio"));

    auto [self, fires_] =
        GENERATE(table<const char*, bool>({{"1999999.99", true}, {"2000000.00", false}, {"2000000.01", false}}));
    Plan p7 = example("annex7-ecommerce-platform");
    set_budget(p7, {{2018, Cat::equipment, Source::fiscal, "1500000.00"},
                    {2018, Cat::equipment, Source::other_fiscal, "500000.00"},
                    {2018, Cat::construction, Source::partner, self}});
    CHECK(fires(p7, "cofunding.ratio") == fires_);
}

TEST_CASE("annex 4's ratio binds enterprise applicants only", "[rules][cofunding.ratio]") {
    Plan plan = example("annex4-livestock-center");
    set_budget(plan, {{2018, Cat::equipment, Source::fiscal, "1500000.00"},
                      {2018, Cat::construction, Source::self, "2999999.99"}});
    CHECK(fires(plan, "cofunding.ratio"));
    plan.applicant.type = OrgType::institute;
    CHECK_FALSE(fires(plan, "cofunding.ratio"));
    CHECK(fires(plan, "eligibility.enterprise_lead"));
}

TEST_CASE("when cutting fiscal would break the support range only adding self-raised is proposed",
          "[rules][cofunding.ratio]") {
    Plan plan = annex3();
    set_budget(plan, {{2018, Cat::equipment, Source::fiscal, "1000000.00"},
                      {2018, Cat::construction, Source::self, "1999999.99"}});
    auto f = checked_findings_of(plan, "cofunding.ratio");
    REQUIRE(f.size() == 1);
    CHECK_THAT(f[0].text.en, Catch::Contains("add 0.01 self-raised (cutting fiscal by 0.01 would fall below"));
}

TEST_CASE("matching money that lags in a year is a warning at the year, to the fen", "[rules][cofunding.yearly]") {
    auto [self2018, fires_] = GENERATE(table<const char*, bool>({{"999999.99", true}, {"1000000.00", false}}));
    Plan plan = annex3();
    set_budget(plan, {{2018, Cat::equipment, Source::fiscal, "500000.00"},
                      {2019, Cat::equipment, Source::fiscal, "1000000.00"},
                      {2018, Cat::construction, Source::self, self2018},
                      {2019, Cat::construction, Source::self, "2000000.00"},
                      {2020, Cat::construction, Source::self, "0.01"}});
    auto f = checked_findings_of(plan, "cofunding.yearly");
    CHECK(!f.empty() == fires_);
    if (fires_) {
        CHECK(f[0].severity == Severity::warning);
        CHECK_THAT(f[0].text.en, Catch::Contains("by the end of 2018"));
        CHECK_THAT(f[0].text.en, Catch::Contains("bring 0.01 of self-raised money forward"));
    }
    CHECK_FALSE(fires(plan, "cofunding.ratio"));
}

TEST_CASE("leverage is reported where there is fiscal money", "[rules][cofunding.leverage]") {
    Plan plan = annex3();
    set_budget(plan, {{2018, Cat::equipment, Source::fiscal, "1500000.00"},
                      {2018, Cat::construction, Source::self, "3000000.00"}});
    auto f = checked_findings_of(plan, "cofunding.leverage");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::info);
    CHECK_THAT(f[0].text.en, Catch::StartsWith("leverage 3.00"));
    set_budget(plan, {{2018, Cat::construction, Source::self, "3000000.00"}});
    CHECK_FALSE(fires(plan, "cofunding.leverage"));
}

TEST_CASE("a project period of three years passes and four fails", "[rules][period.max_years]") {
    auto [end, fires_] = GENERATE(table<int, bool>({{2020, false}, {2021, true}}));
    Plan plan = annex3();
    plan.project.end_year = end;
    CHECK(fires(plan, "period.max_years") == fires_);
}

// Regression (issue 29): a general plan moved to 2017–2019 with money in 2017 passed.
TEST_CASE("a project that starts before the call's year is refused with the call's year clause",
          "[rules][period.start_year]") {
    auto [start, fires_] = GENERATE(table<int, bool>({{2017, true}, {2018, false}, {2019, false}}));
    Plan plan = example("general1-solar-om-training");
    const int shift = start - plan.project.start_year;
    plan.project.start_year += shift;
    plan.project.end_year += shift;
    for (auto& line : plan.budget) line.year += shift;
    auto f = checked_findings_of(plan, "period.start_year");
    REQUIRE(!f.empty() == fires_);
    if (fires_) {
        CHECK(f[0].severity == Severity::error);
        CHECK(f[0].clause == "main.year");
        CHECK(f[0].path == "/project/start_year");
        CHECK(f[0].text.en ==
              "the project starts in 2017, before the call's year 2018; the call funds projects from 2018 — start it "
              "in 2018 or later");
        CHECK(builtin_catalog().clause(f[0].clause) != nullptr);
    }
}

TEST_CASE("a call without a year lets a project start in any year", "[rules][period.start_year]") {
    Catalog c = builtin_catalog();
    c.year = 0;
    Plan plan = annex3();
    plan.project.start_year = 2001;
    plan.project.end_year = 2003;
    for (const auto& f : check_plan(plan, c)) CHECK(f.rule != "period.start_year");
}

TEST_CASE("a budget line outside the period is an error at its year", "[rules][budget.year]") {
    auto [year, fires_] = GENERATE(table<int, bool>({{2017, true}, {2018, false}, {2020, false}, {2021, true}}));
    Plan plan = annex3();
    plan.budget[3].year = year;
    auto f = checked_findings_of(plan, "budget.year");
    CHECK(!f.empty() == fires_);
    if (fires_) CHECK(f[0].path == "/budget/3/year");
}

// Regression (issue 13): the message said "budget line 3" for /budget/3, the
// fourth line, and the Chinese "第 0 条预算" for the first.
TEST_CASE("a budget line outside the period is named counting from 1, its pointer from 0", "[rules][budget.year]") {
    Plan plan = annex3();
    plan.budget[3].year = 2030;
    auto f = checked_findings_of(plan, "budget.year");
    REQUIRE(f.size() == 1);
    CHECK(f[0].path == "/budget/3/year");
    CHECK_THAT(f[0].text.en, Catch::StartsWith("budget line 4 ("));
    CHECK_THAT(f[0].text.zh, Catch::StartsWith("第 4 条预算"));
    CHECK_THAT(f[0].text.ru, Catch::StartsWith("строка бюджета 4 ("));
}

TEST_CASE("a subproject is allowed in annex 4 only", "[rules][scope.whole]") {
    auto [name, fires_] = GENERATE(table<std::string, bool>({{"annex4-livestock-center", false},
                                                             {"annex3-fruit-veg-processing", true},
                                                             {"annex1-agri-center", true},
                                                             {"general1-solar-om-training", true}}));
    Plan plan = example(name);
    plan.project.scope = Scope::subproject;
    CHECK(fires(plan, "scope.whole") == fires_);
}

TEST_CASE("an annex 4 subproject states at least one binding indicator and is not held to the targets",
          "[rules][indicator.binding]") {
    Plan plan = example("annex4-livestock-center");
    plan.project.scope = Scope::subproject;
    plan.indicators.clear();
    set_indicator(plan, "patents_applied", "1");
    CHECK(fires(plan, "indicator.binding"));
    set_indicator(plan, "a4.lab_m2", "100");
    CHECK_FALSE(fires(plan, "indicator.binding"));
    CHECK_FALSE(fires(plan, "indicator.expected"));
}

TEST_CASE("binding indicators bind at their bound, by comparison word", "[rules][indicator.binding]") {
    auto [annex, id, value, fires_] = GENERATE(table<std::string, std::string, const char*, bool>({
        {"annex3-fruit-veg-processing", "a3.processing_base_m2", "3499", true},
        {"annex3-fruit-veg-processing", "a3.processing_base_m2", "3500", false},
        {"annex3-fruit-veg-processing", "a3.processing_base_m2", "3501", false},
        // 突破 is strict: exactly 500,000,000 is not enough.
        {"annex7-ecommerce-platform", "a7.transaction_cny", "500000000", true},
        {"annex7-ecommerce-platform", "a7.transaction_cny", "500000000.01", false},
        // 以下 includes the bound.
        {"annex4-livestock-center", "a4.wool_diameter_um", "22", false},
        {"annex4-livestock-center", "a4.wool_diameter_um", "22.01", true},
        {"annex4-livestock-center", "a4.wool_diameter_um", "21.99", false},
        // "= 1" is a yes/no promise: 1 is done, 0 is not.
        {"annex6-digital-tourism", "a6.tourism_db", "0", true},
        {"annex6-digital-tourism", "a6.tourism_db", "1", false},
    }));
    Plan plan = example(annex);
    set_indicator(plan, id, value);
    CHECK(fires(plan, "indicator.binding") == fires_);
}

// Regression (issue 29, item 22): the desktop app showed "(突破)" in an English finding,
// "a7.transaction_cny" without the indicator's name, "below the target = 1 sets", the
// plan file's JSON ('add e.g. "patents_applied": "1"') and "budget line 1 (2018
// equipment fiscal)" with category and source ids.
TEST_CASE("indicator findings name the indicator in the language, in words, with a unit for one",
          "[rules][indicator.binding]") {
    const Catalog& c = builtin_catalog();
    auto texts = [&](const Plan& plan, const std::string& rule) {
        std::vector<Finding> out;
        for (auto& f : check_plan(plan, c))
            if (f.rule == rule) out.push_back(f);
        return out;
    };
    SECTION("more than (突破): said in each language, the indicator named") {
        Plan plan = example("annex7-ecommerce-platform");
        set_indicator(plan, "a7.transaction_cny", "400000000");
        auto f = texts(plan, "indicator.binding");
        REQUIRE(f.size() == 1);
        CHECK(f[0].text.en.find("突破") == std::string::npos);
        CHECK(f[0].text.ru.find("突破") == std::string::npos);
        CHECK_THAT(f[0].text.en, Catch::Contains(c.indicator("a7.transaction_cny")->name.en));
    }
    SECTION("an exact target (=) reads as one, its unit for one in the singular") {
        Plan plan = example("annex6-digital-tourism");
        set_indicator(plan, "a6.tourism_db", "0");
        auto f = texts(plan, "indicator.binding");
        REQUIRE(f.size() == 1);
        INFO(f[0].text.en);
        CHECK_THAT(f[0].text.en, Catch::Contains("asks for exactly 1 "));
        CHECK_THAT(f[0].text.en, !Catch::Contains("below"));
        CHECK_THAT(f[0].text.en, !Catch::Contains("1 sets"));
        CHECK_THAT(f[0].text.en, Catch::Contains(c.indicator("a6.tourism_db")->name.en));
    }
    SECTION("a missing patent indicator is named in words, not as JSON") {
        Plan plan = example("annex3-fruit-veg-processing");
        const Indicator* first = nullptr;
        for (const Indicator* i : c.indicators_for(plan))
            if (i->patent) {
                remove_indicator(plan, i->id);
                if (!first) first = i;
            }
        REQUIRE(first);
        auto f = texts(plan, "indicator.patent");
        REQUIRE(f.size() == 1);
        for (const std::string& t : {f[0].text.en, f[0].text.zh, f[0].text.ru}) {
            INFO(t);
            CHECK(t.find('"') == std::string::npos);
            CHECK_THAT(t, Catch::Contains(first->id));
        }
        CHECK_THAT(f[0].text.en, Catch::Contains(first->name.en + " (" + first->id + ")"));
        CHECK_THAT(f[0].text.zh, Catch::Contains(first->name.zh + "（" + first->id + "）"));
    }
    SECTION("every finding of every example: no JSON, no Chinese in English, indicators by name") {
        std::vector<std::string> names = {"annex2-missing-indicators", "annex4-subproject-no-binding",
                                          "general4-basis-one-fen-off", "general2-four-years"};
        for (const std::string& name : names) {
            Plan plan = example("failing/" + name);
            for (const Finding& f : check_plan(plan, c)) {
                INFO(name << " " << f.rule << ": " << f.text.en);
                CHECK(f.text.en.find("\": \"") == std::string::npos);
                CHECK(f.text.en.find("(突破)") == std::string::npos);
                CHECK_THAT(f.text.en, !Catch::Contains(" fiscal)") && !Catch::Contains(" fiscal):"));
                if (f.rule.rfind("indicator.", 0) == 0 && f.rule != "indicator.unknown" && f.rule != "indicator.patent")
                    for (const Indicator* i : c.indicators_for(plan))
                        if (f.text.en.find(i->id + " ") != std::string::npos)
                            CHECK_THAT(f.text.en, Catch::Contains(i->name.en));
            }
        }
    }
}

TEST_CASE("a missing binding indicator is an error, a missing expected one a warning", "[rules][indicator.expected]") {
    Plan plan = annex3();
    remove_indicator(plan, "a3.lactic_strains");
    auto f = checked_findings_of(plan, "indicator.binding");
    REQUIRE(f.size() == 1);
    CHECK(f[0].clause == "annex3.ind.1");
    CHECK_THAT(f[0].text.en, Catch::Contains("is missing"));
    remove_indicator(plan, "a3.technicians");
    auto w = checked_findings_of(plan, "indicator.expected");
    REQUIRE(w.size() == 1);
    CHECK(w[0].severity == Severity::warning);
}

TEST_CASE("expected indicators warn one unit under their target", "[rules][indicator.expected]") {
    auto [value, fires_] = GENERATE(table<const char*, bool>({{"9", true}, {"10", false}, {"11", false}}));
    Plan plan = annex3();
    set_indicator(plan, "a3.technicians", value);
    CHECK(fires(plan, "indicator.expected") == fires_);
}

TEST_CASE("an about target reports the distance as information", "[rules][indicator.about]") {
    Plan plan = example("annex4-livestock-center");
    set_indicator(plan, "a4.instruments_cny", "450000");
    auto f = checked_findings_of(plan, "indicator.about");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::info);
    CHECK_THAT(f[0].text.en, Catch::Contains("50,000 (10.0 %) below"));
    // Regression: a value exactly at the target read "0 (0.0 %) above the target".
    set_indicator(plan, "a4.instruments_cny", "500000");
    f = checked_findings_of(plan, "indicator.about");
    REQUIRE(f.size() == 1);
    CHECK_THAT(f[0].text.en, Catch::Contains("exactly the target of about 500,000"));
}

TEST_CASE("an unknown indicator gets the nearest known id", "[rules][indicator.unknown]") {
    Plan plan = example("annex5-remote-sensing");
    set_indicator(plan, "a5.paper", "3");
    auto f = checked_findings_of(plan, "indicator.unknown");
    REQUIRE(f.size() == 1);
    CHECK_THAT(f[0].text.en, Catch::Contains("did you mean \"a5.papers\"?"));
    set_indicator(plan, "a1.trainees", "3");
    CHECK_THAT(checked_findings_of(plan, "indicator.unknown")[1].text.en, Catch::Contains("belongs to annex 1"));
}

TEST_CASE("patents: none stated is an error, all zero a warning", "[rules][indicator.patent]") {
    Plan plan = annex3();
    remove_indicator(plan, "a3.invention_patents");
    remove_indicator(plan, "patents_applied");
    auto f = checked_findings_of(plan, "indicator.patent");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::error);
    set_indicator(plan, "patents_granted", "0");
    f = checked_findings_of(plan, "indicator.patent");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::warning);
    set_indicator(plan, "patents_granted", "1");
    CHECK_FALSE(fires(plan, "indicator.patent"));
}

TEST_CASE("a money indicator the project buys is backed by its equipment lines", "[rules][indicator.budget_backing]") {
    Plan plan = example("annex5-remote-sensing");
    Money equipment = line_sum(plan, std::nullopt, Cat::equipment, std::nullopt);
    auto at = [&](Money m) {
        set_indicator(plan, "a5.infrastructure_cny", m.str().c_str());
        auto f = checked_findings_of(plan, "indicator.budget_backing");
        if (!f.empty()) CHECK(f[0].practice);
        return !f.empty();
    };
    CHECK_FALSE(at(equipment));
    CHECK(at(equipment + Money::from_fen(1)));
}

TEST_CASE("applicant requirements of the main text", "[rules][eligibility]") {
    Plan plan = annex3();
    CHECK_FALSE(fires(plan, "eligibility.region"));
    plan.applicant.registered_in_region = false;
    CHECK(fires(plan, "eligibility.region"));
    plan.applicant.unfinished_projects = 1;
    CHECK(fires(plan, "eligibility.unfinished"));
    plan.applicant.cooperation_agreement = false;
    CHECK(fires(plan, "eligibility.agreement"));
}

TEST_CASE("a key project needs a partner from its annex's country, a general one a foreign partner",
          "[rules][eligibility.foreign_partner]") {
    Plan plan = annex3();
    for (auto& p : plan.partners)
        if (p.country == "KZ") p.country = "TJ";
    auto f = checked_findings_of(plan, "eligibility.foreign_partner");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::error);
    Plan g = example("general1-solar-om-training");
    for (auto& p : g.partners) p.country = "CN";
    f = checked_findings_of(g, "eligibility.foreign_partner");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::warning);
}

TEST_CASE("annex 3's producer: legal person, production, HACCP", "[rules][eligibility]") {
    Plan plan = annex3();
    plan.applicant.legal_person = false;
    CHECK(fires(plan, "eligibility.legal_person"));
    plan.applicant.production_enterprise = false;
    CHECK(fires(plan, "eligibility.production"));
    plan.applicant.haccp_certified = false;
    CHECK(fires(plan, "eligibility.haccp"));
}

TEST_CASE("annex 3's scale: the revenue floor or the export floor, the southern floor", "[rules][eligibility.scale]") {
    auto [south, revenue, exports, fires_] = GENERATE(table<bool, const char*, const char*, bool>({
        {false, "50000000.00", "0.00", false},
        {false, "49999999.99", "0.00", true},
        {false, "49999999.99", "4000000.00", false},
        {false, "49999999.99", "3999999.99", true},
        {false, "", "", true},  // not stated counts as zero
        {false, "", "4000000.00", false},
        {true, "30000000.00", "0.00", false},
        {true, "29999999.99", "0.00", true},
        {true, "29999999.99", "4000000.00", false},
    }));
    Plan plan = annex3();
    plan.applicant.south_xinjiang = south;
    plan.applicant.avg_revenue = *revenue ? std::optional<Money>(yuan(revenue)) : std::nullopt;
    plan.applicant.avg_export_usd = *exports ? std::optional<Money>(yuan(exports)) : std::nullopt;
    CHECK(fires(plan, "eligibility.scale") == fires_);
}

TEST_CASE("annex 2 needs prior cooperation (error) and an enterprise's matching proof; annex 5 warns",
          "[rules][eligibility]") {
    Plan plan = example("annex2-agri-research-center");
    plan.applicant.prior_cooperation = false;
    auto f = checked_findings_of(plan, "eligibility.prior_cooperation");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::error);
    CHECK(f[0].clause == "annex2.req.1");

    plan.applicant.matching_funds_proof = false;
    plan.applicant.type = OrgType::institute;
    for (auto& p : plan.partners) p.type = OrgType::university;
    CHECK_FALSE(fires(plan, "eligibility.matching_proof"));
    plan.partners[0].type = OrgType::enterprise;
    CHECK(fires(plan, "eligibility.matching_proof"));

    Plan p5 = example("annex5-remote-sensing");
    p5.applicant.prior_cooperation = false;
    f = checked_findings_of(p5, "eligibility.prior_cooperation");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::warning);
}

TEST_CASE("joint applications need the participant mix of their annex", "[rules][eligibility.joint]") {
    Plan plan = example("annex6-digital-tourism");
    CHECK_FALSE(fires(plan, "eligibility.joint"));
    for (auto& p : plan.partners)
        if (p.type == OrgType::university || p.type == OrgType::institute) p.type = OrgType::other;
    if (plan.applicant.type == OrgType::university || plan.applicant.type == OrgType::institute)
        plan.applicant.type = OrgType::other;
    auto f = checked_findings_of(plan, "eligibility.joint");
    REQUIRE(f.size() == 1);
    CHECK_THAT(f[0].text.en, Catch::Contains("university or institute"));
    Plan p4 = example("annex4-livestock-center");
    for (auto& p : p4.partners) p.type = OrgType::enterprise;
    CHECK(fires(p4, "eligibility.joint"));
}

TEST_CASE("indirect costs: at the practice cap passes, one fen over warns", "[rules][budget.indirect_cap]") {
    auto [indirect, fires_] = GENERATE(table<const char*, bool>({{"200000.00", false}, {"200000.01", true}}));
    Plan plan = annex3();
    // Direct costs less equipment: 1,000,000.00 → cap 20 % = 200,000.00.
    set_budget(plan, {{2018, Cat::equipment, Source::fiscal, "300000.00"},
                      {2018, Cat::materials, Source::fiscal, "1000000.00"},
                      {2018, Cat::indirect, Source::fiscal, indirect},
                      {2018, Cat::construction, Source::self, "4000000.00"}});
    auto f = checked_findings_of(plan, "budget.indirect_cap");
    CHECK(!f.empty() == fires_);
    if (fires_) CHECK(f[0].practice);
}

TEST_CASE("the indirect cap steps down by bracket", "[rules][budget.indirect_cap]") {
    const Catalog& c = builtin_catalog();
    REQUIRE(c.cap_rules.size() == 1);
    const CapRule& cap = c.cap_rules[0];
    CHECK(cap.rule_id() == "budget.indirect_cap");
    CHECK(cap.cap(yuan("5000000.00")).str() == "1000000.00");
    CHECK(cap.cap(yuan("10000000.00")).str() == "1750000.00");
    CHECK(cap.cap(yuan("11000000.00")).str() == "1880000.00");
    CHECK(cap.cap(yuan("0.04")).str() == "0.00");
}

TEST_CASE("the 2018 indirect cap at each bracket edge: at the cap and a fen under pass, a fen over warns",
          "[rules][budget.indirect_cap]") {
    // Direct costs less equipment (the base) at and beside each bracket edge, and the cap the brackets give
    // (20 % to 5,000,000.00, 15 % to 10,000,000.00, 13 % above), rounded down to the fen.
    auto [base, cap] = GENERATE(table<const char*, const char*>({{"4999999.99", "999999.99"},
                                                                 {"5000000.00", "1000000.00"},
                                                                 {"5000000.01", "1000000.00"},
                                                                 {"9999999.99", "1749999.99"},
                                                                 {"10000000.00", "1750000.00"},
                                                                 {"10000000.01", "1750000.00"},
                                                                 {"20000000.00", "3050000.00"}}));
    auto [fen, warns] = GENERATE(table<int, bool>({{-1, false}, {0, false}, {1, true}}));
    CAPTURE(base, cap, fen);
    const Money indirect = yuan(cap) + yuan("0.01") * fen;
    Plan plan = annex3();
    // The equipment line is left out of the base; the self-raised side has its own cap.
    set_budget(plan, {{2018, Cat::equipment, Source::fiscal, "300000.00"},
                      {2018, Cat::materials, Source::fiscal, base},
                      {2018, Cat::construction, Source::self, "40000000.00"}});
    BudgetLine ind;
    ind.year = 2018;
    ind.category = Cat::indirect;
    ind.source = Source::fiscal;
    ind.amount = indirect;
    plan.budget.push_back(ind);
    const Catalog& c = builtin_catalog();
    auto view = cap_view(plan, BudgetSummary(plan), c, c.cap_rules[0], false);
    CHECK(view.base == yuan(base));
    CHECK(view.cap == yuan(cap));
    CHECK(view.capped == indirect);
    auto f = checked_findings_of(plan, "budget.indirect_cap");
    REQUIRE(f.size() == (warns ? 1u : 0u));
    if (warns) {
        CHECK(f[0].severity == Severity::warning);
        CHECK(f[0].practice);
        CHECK_THAT(f[0].text.en, Catch::Contains("cut them by 0.01"));
    }
}

TEST_CASE("findings come sorted errors first and carry clause and pointer", "[rules]") {
    auto f = check_plan(example("failing/annex2-missing-indicators"), builtin_catalog());
    REQUIRE(!f.empty());
    CHECK(
        std::is_sorted(f.begin(), f.end(), [](const Finding& a, const Finding& b) { return a.severity < b.severity; }));
    for (const auto& x : f) CHECK_FALSE(x.path.empty());
}

TEST_CASE("the budget summed once gives the plan's own sums, lines outside the period included", "[rules]") {
    auto name = GENERATE(as<std::string>{}, "annex3-fruit-veg-processing", "annex7-ecommerce-platform",
                         "general2-tech-park-incubator", "failing/general2-four-years");
    CAPTURE(name);
    Plan plan = example(name);
    BudgetLine outside = plan.budget.front();
    outside.year = plan.project.end_year + 1;  // counted in the totals, not in the years
    plan.budget.push_back(outside);
    const BudgetSummary summary(plan);
    const Sums& sums = summary.all();
    for (Source s : kSources) CHECK(sums.of(s) == line_sum(plan, std::nullopt, std::nullopt, s));
    const std::vector<Source> fiscal_side = {Source::fiscal, Source::other_fiscal, Source::fiscal};
    const std::vector<Source> self_side = {Source::self, Source::loan, Source::partner, Source::other};
    CHECK(sums.of(fiscal_side) == line_sum_of(plan, {Source::fiscal, Source::other_fiscal}));
    CHECK(sums.of(self_side) == line_sum_of(plan, self_side));
    for (int c = 0; c < kCategoryCount; ++c) {
        Money self, other;
        for (Source s : kSources)
            (is_self_raised(s) ? self : other) += line_sum(plan, std::nullopt, category_at(c), s);
        CHECK(sums.side(category_at(c), true) == self);
        CHECK(sums.side(category_at(c), false) == other);
    }
    const std::vector<Money> cumulative = summary.cumulative(self_side);
    REQUIRE(cumulative.size() == static_cast<std::size_t>(plan.project.years()));
    Money running;
    for (std::size_t k = 0; k < cumulative.size(); ++k) {
        running += line_sum_of(plan, self_side, plan.project.start_year + static_cast<int>(k));
        CHECK(running == cumulative[k]);
    }
    CHECK(summary.has_outside());
    CHECK(summary.outside_years().back() >= plan.project.end_year + 1);
    Money outside_lines;
    for (const auto& l : plan.budget)
        if (l.year < plan.project.start_year || l.year > plan.project.end_year) outside_lines += l.amount;
    CHECK(summary.outside().totals().total() == outside_lines);
}

TEST_CASE("every finding of the examples and fixtures reads in Russian with the English numbers", "[rules][ru]") {
    std::set<std::string> seen;
    for (const char* dir : {"examples", "examples/failing", "tests/fixtures"}) {
        for (const auto& entry : std::filesystem::directory_iterator(source_path(dir))) {
            if (entry.path().extension() != ".json") continue;
            auto plan = read_plan(read_file(entry.path().string()));
            if (!plan.ok()) continue;
            ProjectedValues pv = projected_values(*plan, builtin_catalog());
            for (const Finding& f : check_plan(*plan, builtin_catalog(), &pv)) {
                check_russian(f);
                seen.insert(f.rule);
            }
        }
    }
    // The files make the findings of most rules, projection.invalid included.
    CHECK(seen.count("projection.invalid") == 1);
    CHECK(seen.count("cofunding.ratio") == 1);
    CHECK(seen.size() >= 12);
}

TEST_CASE("a finding without a Russian message falls back to English", "[rules][ru]") {
    Finding f;
    f.text.en = "english";
    f.text.zh = "中文";
    CHECK(f.message(Lang::ru) == "english");
    CHECK(f.message(Lang::zh) == "中文");
    CHECK(f.message(Lang::en) == "english");
    f.text.ru = "русский";
    CHECK(f.message(Lang::ru) == "русский");
    CHECK(!lang_from_id("xx"));
}

TEST_CASE("findings outside the boundary tables read in Russian too: projections, an unknown annex", "[rules][ru]") {
    Plan plan = annex3();  // projects a3.terminal_sales_cans to 32,124,288 cans
    auto checked = [](const Plan& p, const Catalog& c, const std::string& rule) {
        ProjectedValues pv = projected_values(p, c);
        std::vector<Finding> out;
        for (const Finding& f : check_plan(p, c, &pv)) {
            check_russian(f);
            if (f.rule == rule) out.push_back(f);
        }
        return out;
    };
    auto& sales = std::find_if(plan.indicators.begin(), plan.indicators.end(), [](const auto& p) {
                      return p.first == "a3.terminal_sales_cans";
                  })->second;
    SECTION("a stated value one can above its projection") {
        sales = Decimal{"32124289", *parse_decimal("32124289")};
        auto f = checked(plan, builtin_catalog(), "indicator.projection");
        REQUIRE(f.size() == 1);
        CHECK_THAT(f[0].text.ru,
                   Catch::Contains("на 1 меньше; прогноз всё же соответствует требованию ≥ 30\u00A0000\u00A0000"));
    }
    SECTION("a projection that misses the target, and one that stands for a missing value") {
        for (auto& pr : plan.projections)
            if (pr.indicator == "a3.terminal_sales_cans" && pr.growth) {
                pr.baseline = Decimal{"8500000", *parse_decimal("8500000")};
                pr.growth->rate = Decimal{"0.05", *parse_decimal("0.05")};
            }
        sales = Decimal{"40000000", *parse_decimal("40000000")};
        auto f = checked(plan, builtin_catalog(), "indicator.projection");
        REQUIRE(f.size() == 1);
        CHECK_THAT(f[0].text.ru, Catch::Contains("не соответствует требованию"));
        remove_indicator(plan, "a3.terminal_sales_cans");
        auto e = checked(plan, builtin_catalog(), "indicator.expected");
        REQUIRE(e.size() == 1);
        CHECK_THAT(e[0].text.ru, Catch::Contains("(прогноз)"));
    }
    SECTION("a catalog without the plan's annex") {
        Catalog other = builtin_catalog();
        other.annexes.erase(
            std::remove_if(other.annexes.begin(), other.annexes.end(), [](const Annex& a) { return a.number == 3; }),
            other.annexes.end());
        auto f = checked(plan, other, "project.annex");
        REQUIRE(f.size() == 1);
        CHECK(f[0].text.ru == "в конкурсе xj-sco-2018 нет приложения 3");
    }
}

TEST_CASE("docs/rules.md's table lists the registry's rules in order, with their severity and clause",
          "[rules][docs]") {
    // The registry (all_rules) is the source; the doc's table must say the same,
    // so a rule added, renamed or re-graded without its doc entry fails here.
    std::vector<std::array<std::string, 3>> rows;  // id, severity, clause as the doc writes them
    std::istringstream doc(read_file(source_path("docs/rules.md")));
    for (std::string line; std::getline(doc, line);) {
        if (line.rfind("| `", 0) != 0) continue;
        std::vector<std::string> cells;
        std::string cell;
        for (std::size_t i = 1; i < line.size(); ++i) {
            if (line[i] == '|') {
                cells.push_back(cell);
                cell.clear();
            } else if (line[i] != '`') {
                cell += line[i];
            }
        }
        auto trim = [](std::string t) {
            while (!t.empty() && t.front() == ' ') t.erase(t.begin());
            while (!t.empty() && t.back() == ' ') t.pop_back();
            return t;
        };
        REQUIRE(cells.size() >= 3);
        rows.push_back({trim(cells[0]), trim(cells[1]), trim(cells[2])});
    }
    const auto& rules = all_rules();
    REQUIRE(rows.size() == rules.size());
    for (std::size_t i = 0; i < rules.size(); ++i) {
        INFO(rules[i].id);
        CHECK(rows[i][0] == rules[i].id);
        CHECK(rows[i][1] == rules[i].severity + (rules[i].practice ? ", practice" : ""));
        CHECK(rows[i][2] == (rules[i].clause.empty() ? std::string("—") : rules[i].clause));
    }
}

TEST_CASE("annex 2's matching-funds proof is asked of each enterprise, and the finding names the one without",
          "[rules][eligibility][units]") {
    Plan plan = example("failing/annex2-enterprise-without-proof");
    auto f = checked_findings_of(plan, "eligibility.matching_proof");
    REQUIRE(f.size() == 1);
    CHECK(f[0].path == "/partners/2/matching_funds_proof");
    CHECK_THAT(f[0].message(Lang::en), Catch::Contains("新疆某农产品加工有限公司"));
    CHECK_THAT(f[0].message(Lang::zh), Catch::Contains("新疆某农产品加工有限公司"));
    CHECK_THAT(f[0].message(Lang::ru), Catch::Contains("新疆某农产品加工有限公司"));

    SECTION("the plan-level flag still means every enterprise without its own has one") {
        plan.partners[2].matching_funds_proof.reset();
        plan.applicant.matching_funds_proof = true;
        CHECK_FALSE(fires(plan, "eligibility.matching_proof"));
    }
    SECTION("an enterprise's own false is not overridden by the plan-level flag") {
        plan.applicant.matching_funds_proof = true;
        CHECK(fires(plan, "eligibility.matching_proof"));
    }
}

TEST_CASE("a partner that carries money but takes no task share is the unit.task warning", "[rules][units]") {
    Plan plan = example("annex2-units-enterprise-matching");
    CHECK_FALSE(fires(plan, "unit.task"));
    for (auto& t : plan.tasks)
        if (t.lead == "P2") t.lead.clear();
    auto f = checked_findings_of(plan, "unit.task");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::warning);
    CHECK(f[0].path == "/partners/1");
    CHECK_THAT(f[0].message(Lang::en), Catch::Contains("1,080,000.00"));
    // A line of the partner that names a task is its share.
    for (auto& l : plan.budget)
        if (l.unit == "P2") {
            l.task = "a2.t3";
            break;
        }
    CHECK_FALSE(fires(plan, "unit.task"));
}

TEST_CASE("a task's lead that names no unit is the unit.lead warning, with the nearest id", "[rules][units]") {
    Plan plan = example("annex2-units-enterprise-matching");
    CHECK_FALSE(fires(plan, "unit.lead"));
    plan.tasks[1].lead = "P7";
    auto f = checked_findings_of(plan, "unit.lead");
    REQUIRE(f.size() == 1);
    CHECK(f[0].path == "/tasks/1/lead");
    CHECK_THAT(f[0].message(Lang::en), Catch::Contains("did you mean \"P1\"?"));
}

TEST_CASE("the summary by unit adds up to the whole plan, by year, with the money transferred out and abroad",
          "[summary][units]") {
    const Plan plan = example("annex2-units-enterprise-matching");
    const BudgetSummary sums(plan);
    REQUIRE(sums.by_unit().size() == 3);
    Totals all;
    for (const auto& u : sums.by_unit()) {
        all += u.sums.totals();
        Totals years;
        for (const auto& t : u.by_column) years += t;
        CHECK(years.total() == u.sums.totals().total());
    }
    CHECK(all.total() == sums.all().totals().total());
    CHECK(sums.by_unit()[2].sums.totals().self_raised == sums.all().totals().self_raised);
    CHECK(sums.transferred() == Money::from_fen(Int(32000000)));
    CHECK(sums.transferred_abroad() == Money::from_fen(Int(24000000)));
    CHECK(sums.by_unit()[1].leads == std::vector<std::string>{"a2.t2"});
    CHECK(BudgetSummary(example("annex2-agri-research-center")).by_unit().empty());
}

// Issue 24: budget.forbidden was thought to spell its money unlike the other
// budget findings when the plan is written in 万元. It names the line's exact
// yuan, as budget.year does, through the one formatter in every language,
// whatever unit the plan is written in.
TEST_CASE("money in a forbidden category is spelled as budget.year spells it, in a plan written in 万元",
          "[rules][budget.forbidden]") {
    const Catalog hebei = read_catalog(read_file(source_path("data/hb-zyyd-2026.json"))).value();
    std::string text = read_file(source_path("examples/hb-zyyd-2026/failing/indirect-costs.plan.json"));
    for (auto [from, to] : {std::pair<std::string, std::string>{R"("unit": "yuan")", R"("unit": "wan")"},
                            {R"("year": 2026,
      "category": "indirect",
      "source": "fiscal",
      "amount": "30000.00")",
                             R"("year": 2029,
      "category": "indirect",
      "source": "fiscal",
      "amount": "3")"}}) {
        const auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
    }
    auto plan = read_plan(text, hebei);
    REQUIRE(plan.ok());
    REQUIRE(plan->budget.back().amount == yuan("30000.00"));
    const auto findings = check_plan(*plan, hebei);
    auto one = [&](const std::string& rule) {
        auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.rule == rule; });
        REQUIRE(it != findings.end());
        return *it;
    };
    const Finding forbidden = one("budget.forbidden"), year = one("budget.year");
    for (const auto& [lang, money] : {std::pair{Lang::en, "30,000.00 yuan"}, std::pair{Lang::zh, "30,000.00 元"},
                                      std::pair{Lang::ru, "30\u00A0000,00 юаней"}}) {
        CHECK_THAT(forbidden.message(lang), Catch::Contains(money));
        CHECK_THAT(year.message(lang), Catch::Contains(money));
    }
}
