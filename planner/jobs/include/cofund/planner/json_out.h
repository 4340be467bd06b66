// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one JSON writer of every command's output.

#include <nlohmann/json.hpp>

#include <string>

namespace cofund::planner {

/// The text of a JSON value: on one line (indent < 0) or indented. Text that is
/// not valid UTF-8 — a file name is any bytes on Linux — is written with U+FFFD
/// for each bad byte instead of stopping the program.
std::string json_text(const nlohmann::ordered_json& value, int indent = -1);

}  // namespace cofund::planner
