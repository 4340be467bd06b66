// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The languages Cofund speaks and the one type of a text in all of them.
// Every message a person reads — a finding, a suggestion, a catalog name, a
// projection issue — is a `Text`; every function that writes for a person
// takes a `Lang`. Nothing else holds a language as a string.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cofund {

enum class Lang { zh, en, ru };
inline constexpr std::array<Lang, 3> kLangs = {Lang::zh, Lang::en, Lang::ru};

/// "zh", "en", "ru": the plan files', the catalog's and the command line's id.
std::string_view to_id(Lang);
/// The language of an id ("zh", "en", "ru"); nullopt for anything else.
std::optional<Lang> lang_from_id(std::string_view);

/// One text in Chinese, English and Russian, always in that order. A label
/// written in code is one too: `Text{"合计", "total", "итого"}.in(lang)`.
struct Text {
    std::string zh, en, ru;
    /// The text in `lang`. A missing Chinese or Russian text shows the English
    /// one; a missing English text the Chinese one.
    const std::string& in(Lang lang) const&;
    /// The same of a temporary (a label written in code), as a copy: nothing
    /// can be left referring to it.
    std::string in(Lang lang) && { return static_cast<const Text&>(*this).in(lang); }
};

// ---- text helpers for messages (the JSON reader, the rules, the commands) ----

/// At most `max_bytes` of `s` for a message, cut at a character boundary and
/// ending in "…" when cut; bytes that are not UTF-8 become U+FFFD. Messages
/// built from input must stay valid UTF-8, or printing them as JSON throws.
std::string printable(std::string_view s, std::size_t max_bytes = 160);

/// The edit distance between two strings, for "did you mean" hints.
int edit_distance(std::string_view a, std::string_view b);
/// The nearest of `names` to `given` if it is plausibly a typo of it, else "".
std::string nearest_name(std::string_view given, const std::vector<std::string>& names);

}  // namespace cofund
