// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading inputs and writing outputs safely: size limits, "-" for stdin,
// refusal of directories and FIFOs, atomic writes.

#include <cstddef>
#include <string>

#include "cofund/catalog.h"
#include "cofund/plan.h"
#include "cofund/result.h"

namespace cofund::planner {

/// The largest plan file read (documented in docs/cli.md): 32 MiB.
inline constexpr std::size_t kMaxPlanBytes = 32u << 20;

/// The bytes of a regular file, or of stdin for "-"; refused when larger than
/// `limit`, a directory, a FIFO or device, or unreadable.
Result<std::string> read_input(const std::string& path, std::size_t limit = kMaxPlanBytes);

/// Reads and parses a plan and checks that the catalog is its call.
Result<Plan> load_plan(const std::string& path, const Catalog& catalog);
/// Parses a plan from text (e.g. an embedded example) against the catalog.
Result<Plan> parse_plan(std::string_view text, const Catalog& catalog);

/// Writes `data` to `path` through a temporary file renamed into place, so a
/// failure never leaves a half-written file. "-" writes to stdout.
Result<bool> write_output(const std::string& path, std::string_view data);

}  // namespace cofund::planner
