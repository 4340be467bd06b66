// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Files of the source tree for the unit tests, the GUI tests and the
// benchmarks: paths, bytes and the shipped example plans. No test framework
// here (the GUI tests use Qt Test, the benchmarks Google Benchmark): an example
// that does not read throws std::runtime_error carrying the reader's message.
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>

#include "cofund/plan.h"
#include "cofund/plan_io.h"

namespace cofund::test {

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// A path inside the source tree, e.g. source_path("examples/x.plan.json").
inline std::string source_path(const std::string& relative) {
    return std::string(COFUND_SOURCE_DIR) + "/" + relative;
}

/// The built-in example: the annex 3 plan that planner/CMakeLists.txt embeds
/// in the program (`cofund demo`, `cofund-gui`'s first window).
inline constexpr const char* kBuiltinExample = "annex3-fruit-veg-processing.plan.json";

/// The text of an example plan. `name` is its path under examples/, with or
/// without the `.plan.json` ending: "annex7-ecommerce-platform",
/// "failing/annex3-ratio-one-fen-short.plan.json".
inline std::string example_text(std::string name = kBuiltinExample) {
    if (!name.ends_with(".json")) name += ".plan.json";
    return read_file(source_path("examples/" + name));
}

/// An example plan (the built-in one by default), read as the program reads
/// it. Throws std::runtime_error when it is missing or does not read.
inline Plan example(const std::string& name = kBuiltinExample) {
    Result<Plan> plan = read_plan(example_text(name));
    if (!plan) throw std::runtime_error("the example " + name + " does not read: " + plan.error().describe());
    return std::move(plan).value();
}

}  // namespace cofund::test
