// SPDX-License-Identifier: GPL-3.0-or-later
// `cofund check`'s text and JSON (planner/check_report.h).
#include "test_support.h"

#include "cofund/planner/check_report.h"
#include "cofund/planner/files.h"

using namespace cofund;
using namespace cofund::test;

namespace {

const Catalog& hebei() {
    static const Catalog c = read_catalog(read_file(source_path("data/hb-zyyd-2026.json"))).value();
    return c;
}

// The Hebei example whose equipment lines L1 and L6 (150,000.00 fiscal each) are purchases, edited.
planner::CheckedPlan hebei_checked(const std::string& from = "", const std::string& to = "") {
    std::string text = read_file(source_path("examples/hb-zyyd-2026/base-enterprise-1to2.plan.json"));
    if (!from.empty()) {
        const auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
    }
    auto plan = planner::parse_plan(text, hebei());
    REQUIRE(plan.ok());
    return planner::check("hb.plan.json", std::move(plan).value(), hebei());
}

}  // namespace

// Issue 25 item 6: the report and the workbook showed "of which: equipment
// purchase" (其中：购置设备费), `cofund check` did not.
TEST_CASE("check shows the equipment purchase under its category where the call's table has the row",
          "[check][equipment]") {
    // L6 becomes a build (试制): the row counts L1's purchase only.
    auto c = hebei_checked(R"("amount": "150000.00",
      "note": "购置设备",
      "equipment": "purchase"
    },
    {
      "id": "L7")",
                           R"("amount": "150000.00",
      "note": "试制设备",
      "equipment": "build"
    },
    {
      "id": "L7")");
    const auto json = planner::check_json(c, Lang::en, false);
    REQUIRE(json["totals"].contains("equipment_purchase"));
    CHECK(json["totals"]["equipment_purchase"]["fiscal"] == "150000.00");
    CHECK(json["totals"]["equipment_purchase"]["self_raised"] == "0.00");
    CHECK(json["totals"]["equipment_purchase"]["total"] == "150000.00");
    CHECK_THAT(planner::check_text(c, hebei(), Lang::zh, false),
               Catch::Contains("  设备费 300,000.00  (其中：购置设备费 150,000.00)\n"));
    CHECK_THAT(planner::check_text(c, hebei(), Lang::en, false),
               Catch::Contains("  equipment 300,000.00  (of which: equipment purchase 150,000.00)\n"));
    CHECK_THAT(planner::check_text(c, hebei(), Lang::ru, false),
               Catch::Contains("(в т. ч.: покупка оборудования 150\u00A0000,00)"));
}

TEST_CASE("check shows no equipment purchase row for a plan that states no purchase", "[check][equipment]") {
    auto none = hebei_checked(R"("equipment": "purchase")", R"("equipment": "lease")");
    // The other purchase line, L6, as a lease too.
    auto text = planner::check_text(none, hebei(), Lang::en, false);
    CHECK_THAT(text, Catch::Contains("of which: equipment purchase"));  // L6 is still a purchase
    auto plan = none.plan;
    for (auto& line : plan.budget) line.equipment.reset();
    auto c = planner::check("hb.plan.json", plan, hebei());
    CHECK_FALSE(planner::check_json(c, Lang::en, false)["totals"].contains("equipment_purchase"));
    CHECK_THAT(planner::check_text(c, hebei(), Lang::en, false), !Catch::Contains("of which: equipment purchase"));
    // A 2018 plan without equipment kinds: the JSON and text as before.
    auto built_in = planner::check("x.plan.json", example(), builtin_catalog());
    CHECK_FALSE(planner::check_json(built_in, Lang::en, false)["totals"].contains("equipment_purchase"));
}

TEST_CASE("a call whose budget table has no equipment has no equipment purchase row", "[check][equipment]") {
    Catalog no_equipment = hebei();
    for (CategoryInfo& ci : no_equipment.categories) ci.equipment = false;
    auto plan = planner::parse_plan(read_file(source_path("examples/hb-zyyd-2026/base-enterprise-1to2.plan.json")),
                                    no_equipment);
    REQUIRE(plan.ok());
    auto c = planner::check("hb.plan.json", std::move(plan).value(), no_equipment);
    CHECK_FALSE(planner::check_json(c, Lang::en, false)["totals"].contains("equipment_purchase"));
    CHECK_THAT(planner::check_text(c, no_equipment, Lang::en, false), !Catch::Contains("of which: equipment purchase"));
}
