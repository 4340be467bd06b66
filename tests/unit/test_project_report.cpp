// SPDX-License-Identifier: GPL-3.0-or-later
// `project` outputs: the JSON shape of the issue, every number a decimal
// string, never NaN or Infinity, for every shipped example with and without a
// simulation; amounts beyond Money's range print instead of throwing.
#include "test_support.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "cofund/planner/files.h"
#include "cofund/planner/project_report.h"

using namespace cofund;
using namespace cofund::planner;
using cofund::test::source_path;

namespace {

// Every leaf is a string, a bool or null; no string spells NaN or Infinity.
void require_only_strings(const nlohmann::ordered_json& j, const std::string& where) {
    if (j.is_object() || j.is_array()) {
        for (auto it = j.begin(); it != j.end(); ++it)
            require_only_strings(*it, where + "/" + (j.is_object() ? it.key() : std::string("#")));
        return;
    }
    INFO(where << " = " << j.dump());
    CHECK((j.is_string() || j.is_boolean() || j.is_null()));
    if (j.is_string()) {
        std::string s = j.get<std::string>();
        for (auto& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
        for (const char* bad : {"nan", "-nan", "inf", "-inf", "infinity", "-infinity"}) CHECK(s != bad);
    }
}

ProjectReport report_of(const std::string& path, std::optional<SimulationOptions> sim) {
    auto plan = load_plan(path, builtin_catalog());
    REQUIRE(plan.ok());
    auto r = make_project_report(path, std::move(plan).value(), builtin_catalog(), sim);
    INFO((r ? std::string() : r.error().describe()));
    REQUIRE(r.ok());
    return std::move(r).value();
}

}  // namespace

TEST_CASE("project -O json has the issue's shape with every number a decimal string for every example", "[project]") {
    for (const auto& entry : std::filesystem::directory_iterator(source_path("examples"))) {
        if (entry.path().extension() != ".json") continue;
        INFO(entry.path().filename().string());
        SimulationOptions sim;
        sim.runs = 2000;
        ProjectReport r = report_of(entry.path().string(), sim);
        auto j = project_json(r, Lang::en);
        for (const char* key : {"file", "start_year", "end_year", "indicators", "money"}) CHECK(j.contains(key));
        require_only_strings(j, "");
        for (const auto& ind : j["indicators"]) {
            for (const char* key : {"id", "name", "measure", "unit", "target", "baseline", "yearly", "value", "meets",
                                    "gap", "simulation"})
                CHECK(ind.contains(key));
            CHECK(ind["yearly"].size() == std::size_t(r.plan.project.years()));
            CHECK(ind["simulation"]["yearly"].size() == std::size_t(r.plan.project.years()));
        }
        CHECK_FALSE(project_text(r, builtin_catalog(), Lang::zh).empty());
        std::string csv = project_csv(r, Lang::en);
        CHECK(std::count(csv.begin(), csv.end(), '\n') ==
              1 + std::ptrdiff_t(r.projections.size()) * r.plan.project.years());
    }
}

TEST_CASE("projected amounts far beyond Money's range print instead of throwing", "[project]") {
    // Regression: a 60-digit USD baseline growing 10,000 % a year for 101 years made the CNY line
    // throw "cpp_int out of range" (an internal error) when rounded into Money.
    SimulationOptions sim;
    sim.runs = 100;
    ProjectReport r = report_of(source_path("tests/golden/hostile/every-field-at-maximum.plan.json"), sim);
    std::string text;
    REQUIRE_NOTHROW(text = project_text(r, builtin_catalog(), Lang::en));
    nlohmann::ordered_json j;
    REQUIRE_NOTHROW(j = project_json(r, Lang::en));
    require_only_strings(j, "");
}
