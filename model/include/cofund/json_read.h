// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Strict JSON reading for plan and catalog files: duplicate keys refused,
// nesting limited, every number kept with its raw text so that amounts never
// pass through binary floating point.

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "cofund/result.h"
#include "cofund/text.h"

namespace cofund {

struct JsonDocument {
    nlohmann::ordered_json root;
    /// JSON pointer → the number's text as written, for every number with a
    /// fraction or an exponent (or too large for 64 bits). An integer is not
    /// listed: its text is its value's, `dump()`.
    std::unordered_map<std::string, std::string> raw_numbers;
};

/// `text` without its leading UTF-8 byte-order marks: an editor that saved a
/// file twice may have written two, and both readers skip every one of them.
std::string_view skip_byte_order_marks(std::string_view text);

/// Parses `text` (leading UTF-8 byte-order marks are skipped). Refusals carry the
/// line and column (syntax, a duplicate key: where the second one starts) or
/// the JSON pointer (too deep). A
/// text that is not JSON text at all is refused as such, without a place: an
/// empty one ("the file is empty"), UTF-16 or UTF-32, or binary data (a PNG, a
/// PDF, an XLSX…) — the first 512 bytes tell.
Result<JsonDocument> parse_json(std::string_view text, int max_depth = 64);

/// Why `text` (without its byte-order marks) is no text at all, if it is not:
/// "the file is empty", "this is UTF-16 text; save it as UTF-8", "this is not
/// a text file (it looks like PNG)"… The first 512 bytes tell. parse_json's
/// refusals and `import`'s of a CSV say it in these words.
std::optional<std::string> not_text_reason(std::string_view text);
/// The same in Chinese, English and Russian.
std::optional<Text> not_text_words(std::string_view text);

/// The 1-based line and byte column of byte `offset` of `text`, as refusals give them.
Place place_in(std::string_view text, std::size_t offset);

/// Escapes a key for use in a JSON pointer ("~" → "~0", "/" → "~1").
std::string pointer_escape(std::string_view key);

}  // namespace cofund
