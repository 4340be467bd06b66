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
