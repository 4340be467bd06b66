// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Strict JSON reading for plan and catalog files: duplicate keys refused,
// nesting limited, every number kept with its raw text so that amounts never
// pass through binary floating point.

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <unordered_map>

#include "cofund/result.h"

namespace cofund {

struct JsonDocument {
    nlohmann::ordered_json root;
    /// JSON pointer → the number's text as written, for every number with a
    /// fraction or an exponent (or too large for 64 bits). An integer is not
    /// listed: its text is its value's, `dump()`.
    std::unordered_map<std::string, std::string> raw_numbers;
};

/// Parses `text` (a leading UTF-8 byte-order mark is skipped). Refusals carry the
/// line and column (syntax) or the JSON pointer (duplicate key, too deep). A
/// text that is not JSON text at all is refused as such, without a place: an
/// empty one ("the file is empty"), UTF-16 or UTF-32, or binary data (a PNG, a
/// PDF, an XLSX…) — the first 512 bytes tell.
Result<JsonDocument> parse_json(std::string_view text, int max_depth = 64);

/// The 1-based line and byte column of byte `offset` of `text`, as refusals give them.
Place place_in(std::string_view text, std::size_t offset);

/// Escapes a key for use in a JSON pointer ("~" → "~0", "/" → "~1").
std::string pointer_escape(std::string_view key);

}  // namespace cofund
