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

std::string TextTable::render(std::string_view indent) const {
    std::vector<int> widths(header_.size(), 0);
    for (std::size_t c = 0; c < header_.size(); ++c) widths[c] = display_width(header_[c]);
    for (const auto& row : rows_)
        for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], display_width(row[c]));
    auto line = [&](const std::vector<std::string>& row) {
        std::string out(indent);
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c) out += "  ";
            out += pad(row[c], widths[c], right_[c]);
        }
        while (!out.empty() && out.back() == ' ') out.pop_back();
        return out + "\n";
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
TextTable totals_table(Lang lang, std::string last) {
    return TextTable(
        {tr(lang, "year", "年度", "год"), tr(lang, "fiscal", "专项经费", "бюджетное"),
         tr(lang, "other fiscal", "其他财政", "прочее бюджетное"), tr(lang, "self-raised", "自筹", "собственные"),
         tr(lang, "total", "合计", "итого"), std::move(last)},
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
