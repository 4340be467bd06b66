// SPDX-License-Identifier: GPL-3.0-or-later
#include "test_support.h"

#include "cofund/planner/text.h"

using namespace cofund::planner;

TEST_CASE("Chinese characters take two terminal columns", "[text]") {
    CHECK(display_width("abc") == 3);
    CHECK(display_width("专项经费") == 8);
    CHECK(display_width("合计（万元）") == 12);
    CHECK(pad("自筹", 6) == "自筹  ");
    CHECK(pad("7", 3, true) == "  7");
}

TEST_CASE("long text is cut at a character boundary with an ellipsis", "[text]") {
    CHECK(truncate_display("中-哈果蔬加工联合研究中心建设", 9) == "中-哈果…");
    CHECK(truncate_display("short", 10) == "short");
}

// Regression (issue 29): portfolio, catalog and diff cut long names with "…"
// ("…S&T cooperati…"); terminal text wraps instead, nothing is lost.
TEST_CASE("wrapped terminal text keeps every character and stays within its width", "[text][wrap][regression]") {
    auto joined = [](const std::vector<std::string>& lines) {
        std::string all;
        for (const auto& l : lines) all += l;
        return all;
    };
    SECTION("English breaks at spaces") {
        auto lines = wrap_display("direction 1 In new energy and new materials, S&T cooperation", 20);
        for (const auto& l : lines) CHECK(display_width(l) <= 20);
        CHECK(lines.front() == "direction 1 In new");
        CHECK(lines.back() == "cooperation");
    }
    SECTION("Chinese breaks between characters, each two columns wide") {
        const std::string zh = "中-哈果蔬加工联合研究中心建设";
        auto lines = wrap_display(zh, 10);
        for (const auto& l : lines) CHECK(display_width(l) <= 10);
        CHECK(joined(lines) == zh);
        CHECK(lines.size() == 3);
    }
    SECTION("a word wider than a line is broken inside it, and text that fits is one line") {
        auto lines = wrap_display("abcdefghij", 4);
        CHECK(lines == std::vector<std::string>{"abcd", "efgh", "ij"});
        CHECK(wrap_display("short", 40) == std::vector<std::string>{"short"});
        CHECK(wrap_display("", 40) == std::vector<std::string>{""});
    }
    SECTION("a table's wrapped column takes more lines, its other cells stay on the first") {
        TextTable t({"id", "name"});
        t.wrap(1, 10);
        t.add({"a1", "one two three four"});
        CHECK(t.render() == "  id  name\n  ──────────────\n  a1  one two\n      three four\n");
    }
}
