// SPDX-License-Identifier: GPL-3.0-or-later
#include "program_fixtures.h"

#include <algorithm>
#include <map>
#include <sstream>

#include "cofund/format.h"
#include "cofund/planner/portfolio.h"
#include "cofund/summary.h"

using namespace cofund;
using namespace cofund::planner;
using namespace cofund::test;

namespace {

PortfolioOptions quick(std::optional<Money> budget = std::nullopt) {
    PortfolioOptions o;
    o.budget = budget;
    o.simulate_runs = 0;  // the simulation has its own tests; these are about the selection
    return o;
}

Portfolio run(const TempDir& dir, PortfolioOptions options = quick()) {
    auto files = collect_plan_files({dir.path()});
    REQUIRE(files.ok());
    return build_portfolio(*files, builtin_catalog(), options);
}

int count(const Portfolio& p, const std::string& rule) {
    return static_cast<int>(
        std::count_if(p.findings.begin(), p.findings.end(), [&](const Finding& f) { return f.rule == rule; }));
}

bool says(const Portfolio& p, const std::string& text) {
    return std::any_of(p.findings.begin(), p.findings.end(),
                       [&](const Finding& f) { return f.text.en.find(text) != std::string::npos; });
}

// The seven passing key-project examples, one per annex.
void seven_annexes(const TempDir& dir) {
    for (const auto& name : annex_examples()) dir.copy(name, name);
}

}  // namespace

TEST_CASE("seven key projects for seven distinct annexes are a valid selection", "[portfolio]") {
    TempDir dir;
    seven_annexes(dir);
    Portfolio p = run(dir);
    CHECK(p.entries.size() == 7);
    CHECK(p.key == 7);
    CHECK(p.findings.empty());
    CHECK(portfolio_status(p, false) == 0);
    CHECK(p.by_annex.size() == 7);
    CHECK(p.by_annex.front().first == "annex1");
}

TEST_CASE("eight key projects are one more than the call funds", "[portfolio]") {
    TempDir dir;
    seven_annexes(dir);
    dir.copy("annex3-fruit-veg-processing.plan.json", "second-annex3.plan.json");
    Portfolio p = run(dir);
    CHECK(p.key == 8);
    CHECK(says(p, "the selection has 8 key projects; the call funds at most 7 — drop 1"));
    CHECK(portfolio_status(p, false) == 1);
}

TEST_CASE("two applications for one annex break the one-project-per-annex rule", "[portfolio]") {
    TempDir dir;
    dir.copy("annex3-fruit-veg-processing.plan.json", "a.plan.json");
    dir.copy("annex3-fruit-veg-processing.plan.json", "b.plan.json");
    dir.copy("annex1-agri-center.plan.json", "c.plan.json");
    Portfolio p = run(dir);
    REQUIRE(count(p, "program.count") == 1);
    CHECK(says(p, "annex 3 has 2 key projects in the selection"));
    CHECK(portfolio_status(p, false) == 1);
    // The competing applications share one group.
    auto annex3 = std::find_if(p.by_annex.begin(), p.by_annex.end(), [](const auto& g) { return g.first == "annex3"; });
    REQUIRE(annex3 != p.by_annex.end());
    CHECK(annex3->second.plans == 2);
    CHECK(annex3->second.totals.fiscal == yuan("3000000.00"));
}

TEST_CASE("twenty general projects are allowed and twenty-one are not", "[portfolio]") {
    int n = GENERATE(20, 21);
    TempDir dir;
    for (int i = 0; i < n; ++i)
        dir.copy(general_examples()[i % 4], "general-" + std::to_string(100 + i) + ".plan.json");
    Portfolio p = run(dir);
    CHECK(p.general == n);
    if (n == 20) {
        CHECK(p.findings.empty());
    } else {
        CHECK(count(p, "program.count") == 1);
        CHECK(says(p, "the selection has 21 general projects; the call funds at most 20 — drop 1"));
    }
}

TEST_CASE("a budget envelope at the selection's fiscal total passes and one fen under fails", "[portfolio]") {
    TempDir dir;
    seven_annexes(dir);
    Portfolio base = run(dir);
    Money fiscal = base.all.totals.fiscal;
    CHECK(fiscal == yuan("11160000.00"));

    Portfolio at = run(dir, quick(fiscal));
    CHECK(count(at, "program.budget") == 0);
    CHECK(portfolio_status(at, false) == 0);

    Portfolio under = run(dir, quick(fiscal - Money::from_fen(1)));
    REQUIRE(count(under, "program.budget") == 1);
    CHECK(says(under, "exceeds the program's fiscal envelope 11,159,999.99 by 0.01"));
    CHECK(portfolio_status(under, false) == 1);
    auto j = portfolio_json(under, Lang::en, false);
    CHECK(j["program"]["totals"]["budget_left"] == "-0.01");
}

TEST_CASE("an unreadable plan among good ones is listed and the others are still checked", "[portfolio]") {
    TempDir dir;
    dir.copy("annex1-agri-center.plan.json", "a/good1.plan.json");
    dir.copy("annex2-agri-research-center.plan.json", "b/good2.plan.json");
    dir.write("b/broken.plan.json", "{\"format\": \"cofund-plan/1\",");
    dir.write("b/notes.txt", "not a plan, not searched");
    Portfolio p = run(dir);
    REQUIRE(p.entries.size() == 3);
    CHECK(p.unreadable == 1);
    CHECK(p.key == 2);
    // Sorted by path: a/good1, b/broken, b/good2.
    CHECK(p.entries[0].checked.has_value());
    CHECK_FALSE(p.entries[1].checked.has_value());
    CHECK(p.entries[1].file.find("broken.plan.json") != std::string::npos);
    CHECK(p.entries[2].checked.has_value());
    CHECK(portfolio_status(p, false) == 2);

    auto j = portfolio_json(p, Lang::en, false);
    REQUIRE(j["plans"].size() == 3);
    CHECK(j["plans"][1]["ok"] == false);
    CHECK(j["plans"][1].contains("error"));
    CHECK(j["plans"][0]["errors"] == 0);
    CHECK(j["program"]["totals"]["unreadable"] == 1);

    std::string text = portfolio_text(p, builtin_catalog(), Lang::en, false);
    CHECK(text.find("Unreadable plans (1)") != std::string::npos);
    std::string csv = portfolio_csv(p, false);
    CHECK(csv.find(",unreadable,") != std::string::npos);
}

TEST_CASE("the portfolio JSON holds the check object of every plan and the program", "[portfolio]") {
    TempDir dir;
    seven_annexes(dir);
    dir.copy("failing/annex3-ratio-one-fen-short.plan.json", "z.plan.json");
    Portfolio p = run(dir);
    auto j = portfolio_json(p, Lang::en, false);
    REQUIRE(j["plans"].size() == 8);
    const auto& last = j["plans"][7];
    auto single = check_json(*p.entries[7].checked, Lang::en, false);
    CHECK(last == single);
    CHECK(last["ok"] == false);
    const auto& program = j["program"];
    CHECK(program["totals"]["fiscal"] == "12660000.00");
    CHECK(program["totals"]["failing"] == 1);
    CHECK(program["by_year"].contains("2018"));
    CHECK(program["by_annex"]["annex3"]["plans"] == 2);
    CHECK(program["findings"].size() == 2);  // 8 key projects; two for annex 3
}

TEST_CASE("the program chart stacks each plan's fiscal spend per year", "[portfolio]") {
    TempDir dir;
    seven_annexes(dir);
    Portfolio p = run(dir);
    ProgramChart c = program_chart(p);
    CHECK(c.years == std::vector<int>{2018, 2019, 2020});
    REQUIRE(c.series.size() == 7);
    Money sum;
    for (const auto& s : c.series)
        for (const auto& m : s.fiscal) sum += m;
    CHECK(sum == c.fiscal);
    REQUIRE(c.leverage.has_value());
    CHECK(*c.leverage == c.total.to_rational() / c.fiscal.to_rational());
}

TEST_CASE("the chance of meeting the expected indicators is simulated per plan", "[portfolio]") {
    TempDir dir;
    dir.copy("annex3-fruit-veg-processing.plan.json", "a3.plan.json");
    dir.copy("general1-solar-om-training.plan.json", "g1.plan.json");
    PortfolioOptions o;
    o.simulate_runs = 500;
    Portfolio p = run(dir, o);
    REQUIRE(p.entries[0].p_expected.has_value());  // annex 3 projects can sales with an uncertain growth rate
    CHECK(*p.entries[0].p_expected > 0);
    CHECK(*p.entries[0].p_expected <= 1);
    CHECK_FALSE(p.entries[1].p_expected.has_value());  // a general project has no annex targets
    Portfolio again = run(dir, o);
    CHECK(*again.entries[0].p_expected == *p.entries[0].p_expected);
}

TEST_CASE("a missing input is reported as unreadable, not a crash", "[portfolio]") {
    auto files = collect_plan_files({"/nonexistent/cofund/x.plan.json"});
    REQUIRE(files.ok());
    Portfolio p = build_portfolio(*files, builtin_catalog(), quick());
    CHECK(p.unreadable == 1);
    CHECK(portfolio_status(p, false) == 2);
}

TEST_CASE("CSV fields with commas, quotes or line breaks are quoted", "[portfolio]") {
    TempDir dir;
    Plan plan = example("annex1-agri-center.plan.json");
    plan.project.title = "Agri, \"center\"\nphase 2";
    dir.write("a.plan.json", write_plan(plan));
    Portfolio p = run(dir);
    std::string csv = portfolio_csv(p, false);
    CHECK(csv.find(",\"Agri, \"\"center\"\"\nphase 2\",") != std::string::npos);
}

// Issue 27: the program's 万元 column rounded each year to two decimals, so a
// column of years with 40 yuan each (0.004 万元, shown 0.00) did not add up to
// its total (0.012 万元, shown 0.01). It is exact now, like the report's tables.
TEST_CASE("the program's 万元 column adds up to its total to the fen", "[portfolio][regression]") {
    TempDir dir;
    Plan plan = read_plan(read_file(source_path("examples/" + annex_examples().front()))).value();
    for (int year = plan.project.start_year; year <= plan.project.end_year; ++year) {
        BudgetLine line = plan.budget.front();
        line.year = year;
        line.amount = Money::from_yuan(40);
        plan.budget.push_back(line);
    }
    dir.write("a.plan.json", write_plan(plan));
    const std::string text = portfolio_text(run(dir), builtin_catalog(), Lang::en, false);
    const auto table = text.substr(text.find("\nProgram\n"));
    Money years, total;
    std::istringstream lines(table);
    for (std::string line; std::getline(lines, line);) {
        const auto last = line.rfind(' ');
        if (line.size() < 8 || last == std::string::npos) continue;
        auto wan = parse_typed_amount(line.substr(last + 1), true);
        if (!wan) continue;
        if (line.starts_with("  total"))
            total = *wan;
        else if (line.starts_with("  20"))
            years += *wan;
    }
    CHECK(!total.is_zero());
    CHECK(years == total);
}

TEST_CASE("the money by unit type puts each unit's money under its type and adds up to the selection",
          "[portfolio][units]") {
    TempDir dir;
    // Units: the applicant institute, a Tajik institute (P1), an enterprise (P2); annex 3's applicant is an
    // enterprise whose lines name no unit, so all its money is the enterprise's.
    dir.copy("annex2-units-enterprise-matching.plan.json", "a.plan.json");
    dir.copy("annex3-fruit-veg-processing.plan.json", "b.plan.json");
    Portfolio p = run(dir);
    REQUIRE(p.unreadable == 0);
    REQUIRE(p.by_unit_type.size() == org_type_ids().size());
    Totals sum;
    std::map<OrgType, Totals> want;
    for (const auto& e : p.entries) {
        const Plan& plan = e.checked->plan;
        for (const auto& line : plan.budget) {
            const Partner* unit = plan.partner(line.unit);
            Totals& t = want[unit ? unit->type : plan.applicant.type];
            (line.source == Source::fiscal         ? t.fiscal
             : line.source == Source::other_fiscal ? t.other_fiscal
                                                   : t.self_raised) += line.amount;
        }
    }
    for (const auto& [type, t] : p.by_unit_type) {
        CAPTURE(to_id(type));
        CHECK(t.fiscal == want[type].fiscal);
        CHECK(t.other_fiscal == want[type].other_fiscal);
        CHECK(t.self_raised == want[type].self_raised);
        sum += t;
    }
    CHECK(sum.total() == p.all.totals.total());
    CHECK(sum.fiscal == p.all.totals.fiscal);
    CHECK(want[OrgType::enterprise].self_raised > Money());
    CHECK(want[OrgType::university].total().is_zero());

    const auto j = portfolio_json(p, Lang::en, false);
    const auto& types = j["program"]["by_unit_type"];
    REQUIRE(types.size() == org_type_ids().size());
    CHECK(types["enterprise"]["total"] == want[OrgType::enterprise].total().str());
    CHECK(types["institute"]["fiscal"] == want[OrgType::institute].fiscal.str());
    CHECK(types["university"]["total"] == "0.00");

    for (Lang lang : kLangs) {
        const std::string text = portfolio_text(p, builtin_catalog(), lang, false);
        CAPTURE(to_id(lang));
        CHECK(text.find(Text{"按单位类型", "By unit type", "По типам участников"}.in(lang)) != std::string::npos);
        CHECK(text.find(org_type_text(OrgType::enterprise).in(lang)) != std::string::npos);
        CHECK(text.find(format_yuan(want[OrgType::enterprise].total(), lang)) != std::string::npos);
    }
}
