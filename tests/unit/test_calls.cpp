// SPDX-License-Identifier: GPL-3.0-or-later
// The calls Cofund knows: the built-in one, --catalog, the call folders (issue 24).
#include "test_support.h"

#include <filesystem>
#include <fstream>

#include "cofund/planner/calls.h"

using namespace cofund;
using namespace cofund::planner;

namespace {

// A fresh folder under the build's temporary directory.
std::filesystem::path fresh_folder(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / ("cofund-test-calls-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

void write(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("a call file in a call folder is found by its id, and the built-in call comes first", "[calls]") {
    auto dir = fresh_folder("found");
    write(dir / "tutorial.json", test::read_file(test::source_path("docs/tutorial/tutorial-2027.json")));
    // The same id as the built-in call: the built-in one wins.
    write(dir / "copy.json", test::read_file(test::source_path("data/xj-sco-2018.json")));
    Calls calls({dir.string()});
    REQUIRE(calls.find("tutorial-2027"));
    CHECK(calls.find("tutorial-2027")->year == 2027);
    CHECK(calls.find("xj-sco-2018") == &builtin_catalog());
    auto list = calls.list();
    REQUIRE(list.size() == 2);
    CHECK(list[0].id == "xj-sco-2018");
    CHECK(list[0].source == "built-in");
    CHECK(list[1].id == "tutorial-2027");
    CHECK(calls.ids() == "xj-sco-2018, tutorial-2027");
    CHECK(calls.problems().empty());
}

TEST_CASE("a broken call file in a folder is reported with its place and the others still read", "[calls]") {
    auto dir = fresh_folder("broken");
    write(dir / "a-broken.json", "{\"format\": \"cofund-catalog/2\",\n \"id\": 7}");
    write(dir / "b-tutorial.json", test::read_file(test::source_path("docs/tutorial/tutorial-2027.json")));
    Calls calls({dir.string()});
    CHECK(calls.find("tutorial-2027"));
    REQUIRE(calls.problems().size() == 1);
    CHECK(calls.problems()[0].path.ends_with("a-broken.json"));
    CHECK(calls.problems()[0].error.place.line == 2);
}

TEST_CASE("a plan of an unknown call is refused at /call with the calls known", "[calls]") {
    Calls calls({});
    std::string text = test::example_text("annex3-fruit-veg-processing");
    auto at = text.find("\"xj-sco-2018\"");
    REQUIRE(at != std::string::npos);
    text.replace(at, 13, "\"xj-sco-2019\"");
    auto plan = parse_plan(text, calls);
    REQUIRE_FALSE(plan);
    CHECK(plan.error().place.pointer == "/call");
    CHECK(plan.error().message ==
          "unknown call \"xj-sco-2019\"; the calls known are xj-sco-2018 (give another with --catalog FILE)");
}

TEST_CASE("a call given first (--catalog) comes before the built-in call of the same id", "[calls]") {
    Calls calls({});
    Catalog mine = builtin_catalog();
    mine.max_years = 5;
    calls.add_first(mine, "{}", "mine.json");
    REQUIRE(calls.find("xj-sco-2018"));
    CHECK(calls.find("xj-sco-2018")->max_years == 5);
    CHECK(calls.list()[0].source == "mine.json");
}
