// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile inputs that can be made small: refused quickly with a message that
// says why, never a crash, an escaped exception or an unprintable message.
// The big ones (100 MB, 1 GB of spaces, a million lines) are in
// scripts/hostile-inputs.sh; figures in docs/performance.md.
#include "test_support.h"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <random>

#include "cofund/catalog.h"
#include "cofund/plan_io.h"
#include "cofund/planner/check_report.h"
#include "cofund/planner/files.h"

using namespace cofund;
using cofund::test::example_text;

namespace {

// Replaces the first occurrence of `from` in the example with `to`.
std::string example_with(const std::string& from, const std::string& to) {
    std::string text = example_text();
    auto p = text.find(from);
    REQUIRE(p != std::string::npos);
    return text.replace(p, from.size(), to);
}

// The refusal as `check -O json` prints it: must dump (valid UTF-8) and be short.
std::string refusal_json(const Error& e) {
    return planner::unreadable_json("x.plan.json", e).dump(-1, ' ', false);
}

}  // namespace

TEST_CASE("100,000 nested brackets are refused at depth 64 without recursion", "[hostile]") {
    for (auto [open, close] : {std::pair{'[', ']'}, std::pair{'{', '}'}}) {
        std::string text;
        if (open == '[') {
            text = std::string(100000, '[') + std::string(100000, ']');
        } else {
            for (int i = 0; i < 100000; ++i) text += "{\"a\":";
            text += "0" + std::string(100000, '}');
        }
        auto plan = read_plan(text);
        REQUIRE_FALSE(plan.ok());
        CHECK_THAT(plan.error().message, Catch::Contains("nesting deeper than 64"));
        CHECK(refusal_json(plan.error()).size() < 1000);
    }
}

TEST_CASE("a 10,000-digit number is refused with a short message", "[hostile]") {
    std::string digits(10000, '7');
    SECTION("as a JSON number anywhere") {
        auto plan = read_plan("{\"format\": " + digits + "}");
        REQUIRE_FALSE(plan.ok());
        CHECK(plan.error().message.size() < 300);
        CHECK(plan.error().place.line == 1);
    }
    SECTION("as an amount string") {
        auto plan = read_plan(example_with("\"600000.00\"", "\"" + digits + "\""));
        REQUIRE_FALSE(plan.ok());
        CHECK_THAT(plan.error().message, Catch::Contains("too large"));
        CHECK(plan.error().message.size() < 300);
    }
    SECTION("as an amount string with 10,000 decimals") {
        auto plan = read_plan(example_with("\"600000.00\"", "\"1." + digits + "\""));
        REQUIRE_FALSE(plan.ok());
        CHECK_THAT(plan.error().message, Catch::Contains("decimals"));
        CHECK(plan.error().message.size() < 300);
    }
    SECTION("as an indicator value") {
        auto plan =
            read_plan(example_with("\"a3.lactic_strains\": \"1\"", "\"a3.lactic_strains\": \"" + digits + "\""));
        REQUIRE_FALSE(plan.ok());
        CHECK_THAT(plan.error().message, Catch::Contains("at most 60 digits"));
    }
}

TEST_CASE("a syntax error on bytes that are not UTF-8 gives a printable refusal", "[hostile]") {
    // Regression: nlohmann quoted the raw bytes in its message, and dumping the
    // refusal for `check -O json` threw type_error 316 ("internal error").
    for (std::string text : {std::string("{\"format\": \xff\xfe}"), std::string("\xff"),
                             std::string("{\"a\": \"\xc0\x80\"}"), std::string("[\"\xed\xa0\x80\"]")}) {
        auto plan = read_plan(text);
        REQUIRE_FALSE(plan.ok());
        CHECK_NOTHROW(refusal_json(plan.error()));
    }
}

TEST_CASE("random bytes are read or refused, never thrown", "[hostile]") {
    auto seed = GENERATE(range(1u, 201u));
    CAPTURE(seed);
    std::mt19937 rng(seed);
    std::string text = example_text();
    // Flip, insert or delete a few bytes of a real plan, or make pure noise.
    if (seed % 4 == 0) {
        text.assign(std::uniform_int_distribution<int>(0, 4096)(rng), '\0');
        for (char& c : text) c = static_cast<char>(rng());
    } else {
        for (int k = std::uniform_int_distribution<int>(1, 8)(rng); k > 0; --k) {
            std::size_t at = std::uniform_int_distribution<std::size_t>(0, text.size() - 1)(rng);
            switch (rng() % 3) {
                case 0:
                    text[at] = static_cast<char>(rng());
                    break;
                case 1:
                    text.insert(at, 1, static_cast<char>(rng()));
                    break;
                default:
                    text.erase(at, 1);
            }
        }
    }
    Result<Plan> plan = Error{""};
    REQUIRE_NOTHROW(plan = planner::parse_plan(text, builtin_catalog()));
    if (plan) {
        CHECK_NOTHROW(planner::check_json(planner::check("x", *plan, builtin_catalog()), Lang::en, false).dump());
    } else {
        CHECK_FALSE(plan.error().message.empty());
        CHECK_NOTHROW(refusal_json(plan.error()));
    }
}

TEST_CASE("a directory, a FIFO and a device are refused as plan files", "[hostile]") {
    auto dir = std::filesystem::temp_directory_path() / ("cofund-hostile-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    auto fifo = dir / "plan.fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    // A FIFO must be refused before it is opened: opening one blocks until a writer comes.
    auto r = planner::read_input(fifo.string());
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error().message, Catch::Contains("FIFO"));
    r = planner::read_input(dir.string());
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error().message, Catch::Contains("directory"));
    r = planner::read_input("/dev/zero");
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error().message, Catch::Contains("not a regular file"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("a file above the size limit is refused from its size, before reading", "[hostile]") {
    auto path = std::filesystem::temp_directory_path() / ("cofund-big-" + std::to_string(::getpid()) + ".plan.json");
    { std::ofstream out(path, std::ios::binary); }
    // A sparse file: its size is past the limit, its blocks are never written.
    std::filesystem::resize_file(path, planner::kMaxPlanBytes + 1);
    auto r = planner::read_input(path.string());
    std::filesystem::remove(path);
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error().message, Catch::Contains("larger than the limit of 32 MiB"));
}
