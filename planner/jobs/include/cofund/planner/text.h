// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Terminal text: display widths of CJK text, aligned tables, language picks.

#include <string>
#include <string_view>
#include <vector>

#include "cofund/plan.h"
#include "cofund/text.h"

namespace cofund::planner {

/// Columns a UTF-8 string takes in a terminal (East Asian wide characters take two).
int display_width(std::string_view s);
/// `s` in lines of at most `width` display columns (CJK characters count two):
/// broken at spaces, between CJK characters, and inside a word only when the
/// word alone is wider than a line. Nothing is cut; an empty `s` is one empty line.
std::vector<std::string> wrap_display(std::string_view s, int width);

/// `s` wrapped as wrap_display does, each line ending in "\n": the first after
/// `first_indent`, the others after `indent` (the width counts the indents).
std::string wrapped_text(std::string_view s, int width, std::string_view first_indent, std::string_view indent);

/// Pads to `width` display columns, on the right (left-aligned) or left (right-aligned).
std::string pad(std::string_view s, int width, bool right_align = false);

/// A table with a header row; numbers right-aligned.
class TextTable {
  public:
    explicit TextTable(std::vector<std::string> header, std::vector<bool> right_align = {});
    void add(std::vector<std::string> row);
    void add_rule();  ///< a horizontal line before the next row
    /// Wraps the cells of `column` to at most `width` display columns: a row
    /// then takes as many lines as its tallest cell (terminal text is never cut).
    void wrap(std::size_t column, int width);
    std::string render(std::string_view indent = "  ") const;

  private:
    std::vector<std::string> header_;
    std::vector<bool> right_;
    std::vector<int> wrap_;                       ///< per column, the wrap width; 0: none
    std::vector<std::vector<std::string>> rows_;  ///< an empty row is a rule
};

/// A table of yearly totals: year, fiscal, other fiscal, self-raised, total and
/// `last` (the total in 万元, the cumulative total, …), amounts right-aligned;
/// `first` heads the label column ("year" when empty).
TextTable totals_table(Lang lang, std::string last, std::string first = {});
/// A row of totals_table(): the label, the four amounts as `lang` writes yuan, then `last`.
std::vector<std::string> totals_row(Lang lang, std::string label, const Totals& t, std::string last);

}  // namespace cofund::planner

namespace cofund::planner {
/// Cuts a UTF-8 string to at most `width` display columns, ending in "…" when cut.
std::string truncate_display(std::string_view s, int width);
}  // namespace cofund::planner
