// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes into the plan reader: accepted or refused, never a crash, hang or
// leak. An accepted plan written and read again is the same plan. The fast JSON
// tree the reader uses and parse_json (nlohmann) agree on every input: the same
// verdict, the same values, the same refusal.
#include <cstdint>
#include <string>
#include <string_view>

#include "cofund/json_read.h"
#include "cofund/json_tree.h"
#include "cofund/plan_io.h"
#include "cofund/summary.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    {
        auto tree = cofund::JsonTree::parse(text);
        auto doc = cofund::parse_json(text);
        if (tree.ok() != doc.ok())
            std::fprintf(stderr, "the readers disagree: tree %s, parse_json %s\n", tree.ok() ? "accepts" : "refuses",
                         doc.ok() ? "accepts" : "refuses");
        FUZZ_EXPECT(tree.ok() == doc.ok());
        if (doc.ok()) {
            FUZZ_EXPECT(tree->root().to_json() == doc->root);
        } else {
            FUZZ_EXPECT(tree.error().describe() == doc.error().describe());
        }
    }
    auto plan = cofund::read_plan(text);
    if (!plan) {
        FUZZ_EXPECT(!plan.error().message.empty());
        (void)plan.error().describe();
        return 0;
    }
    std::string written = cofund::write_plan(*plan);
    auto again = cofund::read_plan(written);
    if (!again) {
        std::fprintf(stderr, "written plan refused: %s\n", again.error().describe().c_str());
        FUZZ_EXPECT(again.ok());
    }
    FUZZ_EXPECT(cofund::write_plan(*again) == written);
    FUZZ_EXPECT(cofund::BudgetSummary(*again).all().totals().total() ==
                cofund::BudgetSummary(*plan).all().totals().total());
    return 0;
}
