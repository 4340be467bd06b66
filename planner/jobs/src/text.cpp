// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/planner/text.h"

#include <algorithm>

#include "cofund/format.h"

namespace cofund::planner {

namespace {

// Decodes one UTF-8 code point; advances i. Invalid bytes count as one column.
char32_t next_code_point(std::string_view s, std::size_t& i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    if (i + len > s.size()) len = 1;
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1f) : len == 3 ? (c & 0x0f) : (c & 0x07);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3f);
    i += len;
    return cp;
}

bool is_wide(char32_t cp) {
    return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff) ||
           (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf) ||
           (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) ||
           (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd);
}

}  // namespace

int display_width(std::string_view s) {
    int w = 0;
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = next_code_point(s, i);
        if (cp >= 0x300 && cp <= 0x36f) continue;  // combining marks
        w += is_wide(cp) ? 2 : 1;
    }
    return w;
}

std::vector<std::string> wrap_display(std::string_view s, int width) {
    width = std::max(width, 2);
    // Units: a word (a run of narrow characters without a space) or one wide character,
    // each with whether a space came before it.
    struct Unit {
        std::string_view text;
        int width;
        bool space_before;
    };
    std::vector<Unit> units;
    bool space = false;
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] == ' ' || s[i] == '\n' || s[i] == '\t') {
            space = true;
            ++i;
            continue;
        }
        std::size_t start = i;
        char32_t cp = next_code_point(s, i);
        if (is_wide(cp)) {
            units.push_back({s.substr(start, i - start), 2, space});
        } else {
            while (i < s.size() && s[i] != ' ' && s[i] != '\n' && s[i] != '\t') {
                std::size_t at = i;
                if (is_wide(next_code_point(s, i))) {
                    i = at;
                    break;
                }
            }
            std::string_view word = s.substr(start, i - start);
            units.push_back({word, display_width(word), space});
        }
        space = false;
    }
    std::vector<std::string> lines(1);
    int w = 0;
    for (const Unit& u : units) {
        const int gap = (u.space_before && w > 0) ? 1 : 0;
        if (w > 0 && w + gap + u.width > width) {
            lines.emplace_back();
            w = 0;
        } else if (gap) {
            lines.back() += ' ';
            w += 1;
        }
        if (u.width <= width - w) {
            lines.back() += u.text;
            w += u.width;
            continue;
        }
        // A word wider than a line: broken between its characters.
        for (std::size_t i = 0; i < u.text.size();) {
            std::size_t start = i;
            int cw = is_wide(next_code_point(u.text, i)) ? 2 : 1;
            if (w + cw > width) {
                lines.emplace_back();
                w = 0;
            }
            lines.back() += u.text.substr(start, i - start);
            w += cw;
        }
    }
    return lines;
}

std::string wrapped_text(std::string_view s, int width, std::string_view first_indent, std::string_view indent) {
    const int inner = width - std::max(display_width(first_indent), display_width(indent));
    std::string out;
    bool first = true;
    for (const auto& line : wrap_display(s, inner)) {
        out += std::string(first ? first_indent : indent) + line + "\n";
        first = false;
    }
    return out;
}

std::string pad(std::string_view s, int width, bool right_align) {
    int w = display_width(s);
    std::string fill(static_cast<std::size_t>(std::max(0, width - w)), ' ');
    return right_align ? fill + std::string(s) : std::string(s) + fill;
}

TextTable::TextTable(std::vector<std::string> header, std::vector<bool> right_align)
    : header_(std::move(header)), right_(std::move(right_align)) {
    right_.resize(header_.size(), false);
}

void TextTable::add(std::vector<std::string> row) {
    row.resize(header_.size());
    rows_.push_back(std::move(row));
}

void TextTable::add_rule() {
    rows_.emplace_back();
}

void TextTable::wrap(std::size_t column, int width) {
    wrap_.resize(header_.size(), 0);
    if (column < wrap_.size()) wrap_[column] = width;
}

std::string TextTable::render(std::string_view indent) const {
    // Each cell as its lines: one, or its wrapped lines in a wrapped column.
    auto cell_lines = [&](const std::string& cell, std::size_t c) {
        if (c < wrap_.size() && wrap_[c] > 0 && display_width(cell) > wrap_[c]) return wrap_display(cell, wrap_[c]);
        return std::vector<std::string>{cell};
    };
    std::vector<int> widths(header_.size(), 0);
    for (std::size_t c = 0; c < header_.size(); ++c) widths[c] = display_width(header_[c]);
    for (const auto& row : rows_)
        for (std::size_t c = 0; c < row.size(); ++c)
            for (const auto& l : cell_lines(row[c], c)) widths[c] = std::max(widths[c], display_width(l));
    auto line = [&](const std::vector<std::string>& row) {
        std::vector<std::vector<std::string>> cells;
        std::size_t height = 1;
        for (std::size_t c = 0; c < row.size(); ++c) {
            cells.push_back(cell_lines(row[c], c));
            height = std::max(height, cells.back().size());
        }
        std::string text;
        for (std::size_t k = 0; k < height; ++k) {
            std::string out(indent);
            for (std::size_t c = 0; c < row.size(); ++c) {
                if (c) out += "  ";
                out += pad(k < cells[c].size() ? cells[c][k] : std::string(), widths[c], right_[c]);
            }
            while (!out.empty() && out.back() == ' ') out.pop_back();
            text += out + "\n";
        }
        return text;
    };
    int total = 0;
    for (int w : widths) total += w;
    total += 2 * static_cast<int>(widths.size() > 0 ? widths.size() - 1 : 0);
    std::string rule = std::string(indent);
    for (int i = 0; i < total; ++i) rule += "─";
    rule += "\n";
    std::string out = line(header_) + rule;
    for (const auto& row : rows_) out += row.empty() ? rule : line(row);
    return out;
}

}  // namespace cofund::planner

namespace cofund::planner {
std::string truncate_display(std::string_view s, int width) {
    if (display_width(s) <= width) return std::string(s);
    std::string out;
    int w = 0;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t start = i;
        char32_t cp = next_code_point(s, i);
        int cw = is_wide(cp) ? 2 : 1;
        if (w + cw > width - 1) break;
        out.append(s.substr(start, i - start));
        w += cw;
    }
    return out + "…";
}
TextTable totals_table(Lang lang, std::string last, std::string first) {
    return TextTable(
        {first.empty() ? std::string(Text{"年度", "year", "год"}.in(lang)) : std::move(first),
         Text{"专项经费", "fiscal", "бюджетное"}.in(lang), Text{"其他财政", "other fiscal", "прочее бюджетное"}.in(lang),
         Text{"自筹", "self-raised", "собственные"}.in(lang), Text{"合计", "total", "итого"}.in(lang), std::move(last)},
        {false, true, true, true, true, true});
}

std::vector<std::string> totals_row(Lang lang, std::string label, const Totals& t, std::string last) {
    return {std::move(label),
            format_yuan(t.fiscal, lang),
            format_yuan(t.other_fiscal, lang),
            format_yuan(t.self_raised, lang),
            format_yuan(t.total(), lang),
            std::move(last)};
}

}  // namespace cofund::planner
