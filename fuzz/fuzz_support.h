// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the fuzz targets: a failed expectation aborts, so libFuzzer keeps the input.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "cofund/json_read.h"

#define FUZZ_EXPECT(cond)                                                                       \
    do {                                                                                        \
        if (!(cond)) {                                                                          \
            std::fprintf(stderr, "%s:%d: expectation failed: %s\n", __FILE__, __LINE__, #cond); \
            std::abort();                                                                       \
        }                                                                                       \
    } while (0)

namespace cofund::fuzz {

inline bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// Calls `word` with every run of ASCII letters in `s`.
template <class Fn>
void for_each_word(std::string_view s, Fn&& word) {
    for (std::size_t i = 0; i < s.size();) {
        if (!is_letter(s[i])) {
            ++i;
            continue;
        }
        std::size_t e = i;
        while (e < s.size() && is_letter(s[e])) ++e;
        word(s.substr(i, e - i));
        i = e;
    }
}

/// The oracle "no NaN or infinity where a number is written". A non-finite
/// double printed by C++, fmt or Qt reads as the word nan, inf or infinity
/// (any case, maybe with a sign); such a word inside a longer word
/// ("information") is text. The input's own words are text too: a plan whose
/// applicant is named "INF" prints that name, and it is no number. In JSON
/// output, numbers are checked as numbers (nlohmann would write a NaN as null)
/// and strings as text.
class NonFinite {
  public:
    /// An oracle for output made from no input text (amounts, figures).
    NonFinite() = default;
    /// An oracle for output made from the JSON text `input` (a plan or a
    /// catalog): the words of its strings and keys are the input's own.
    explicit NonFinite(std::string_view input) { learn(input); }

    /// Adds the words of another JSON text the output is made from.
    void learn(std::string_view input) {
        auto doc = cofund::parse_json(input);
        if (doc) collect(doc->root);
    }

    /// True when `printed` has a non-finite number's word that the input does not have.
    bool in_text(std::string_view printed) const {
        bool found = false;
        for_each_word(printed, [&](std::string_view w) {
            if (!found && non_finite_word(w) && !own_.count(std::string(w))) found = true;
        });
        return found;
    }

    /// True when `out` has a non-finite number, or a string for which in_text is true.
    bool in_json(const nlohmann::ordered_json& out) const {
        switch (out.type()) {
            case nlohmann::json::value_t::number_float:
                return !std::isfinite(out.get<double>());
            case nlohmann::json::value_t::string:
                return in_text(out.get_ref<const std::string&>());
            case nlohmann::json::value_t::object:
                for (const auto& [k, v] : out.items())
                    if (in_text(k) || in_json(v)) return true;
                return false;
            case nlohmann::json::value_t::array:
                for (const auto& v : out)
                    if (in_json(v)) return true;
                return false;
            default:
                return false;
        }
    }

  private:
    static bool non_finite_word(std::string_view w) {
        std::string lower(w);
        for (char& c : lower)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return lower == "nan" || lower == "inf" || lower == "infinity";
    }
    void collect(const nlohmann::ordered_json& j) {
        auto words = [&](std::string_view s) { for_each_word(s, [&](std::string_view w) { own_.emplace(w); }); };
        if (j.is_string()) words(j.get_ref<const std::string&>());
        if (j.is_object())
            for (const auto& [k, v] : j.items()) {
                words(k);
                collect(v);
            }
        if (j.is_array())
            for (const auto& v : j) collect(v);
    }

    std::set<std::string> own_;
};

/// True when printed output made from no input text carries a NaN or an infinity.
inline bool has_non_finite(std::string_view s) {
    return NonFinite().in_text(s);
}

}  // namespace cofund::fuzz
