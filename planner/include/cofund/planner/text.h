// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Terminal text: display widths of CJK text, aligned tables, language picks.

#include <string>
#include <string_view>
#include <vector>

namespace cofund::planner {

/// Columns a UTF-8 string takes in a terminal (East Asian wide characters take two).
int display_width(std::string_view s);
/// Pads to `width` display columns, on the right (left-aligned) or left (right-aligned).
std::string pad(std::string_view s, int width, bool right_align = false);

/// A table with a header row; numbers right-aligned.
class TextTable {
public:
    explicit TextTable(std::vector<std::string> header, std::vector<bool> right_align = {});
    void add(std::vector<std::string> row);
    void add_rule();  ///< a horizontal line before the next row
    std::string render(std::string_view indent = "  ") const;

private:
    std::vector<std::string> header_;
    std::vector<bool> right_;
    std::vector<std::vector<std::string>> rows_;  ///< an empty row is a rule
};

/// Picks the English or Chinese text by language ("zh" gives zh).
inline const char* tr(std::string_view lang, const char* en, const char* zh) { return lang == "zh" ? zh : en; }
/// Picks the English, Chinese or Russian text by language ("zh" gives zh, "ru" gives ru, else en).
inline const char* tr(std::string_view lang, const char* en, const char* zh, const char* ru) {
    return lang == "zh" ? zh : lang == "ru" ? ru : en;
}

/// A table of yearly totals: year, fiscal, other fiscal, self-raised, total and
/// `last` (the total in 万元, the cumulative total, …), amounts right-aligned.
TextTable totals_table(std::string_view lang, std::string last);

}  // namespace cofund::planner

namespace cofund::planner {
/// Cuts a UTF-8 string to at most `width` display columns, ending in "…" when cut.
std::string truncate_display(std::string_view s, int width);
}  // namespace cofund::planner
