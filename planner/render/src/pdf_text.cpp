// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf_text.h"

#include <QFont>
#include <QRawFont>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <vector>

#include "cofund/render/chart_adapter.h"

namespace cofund::render {

namespace {

// Radical (U+2E80–U+2FDF) → the unified ideograph drawn with the same glyph.
const std::unordered_map<unsigned, unsigned>& radical_map() {
    static const std::unordered_map<unsigned, unsigned> map = [] {
        std::unordered_map<unsigned, unsigned> out;
        QFont font(QString::fromLatin1(kChartFont));
        QRawFont raw = QRawFont::fromFont(font);
        if (!raw.isValid()) return out;
        std::unordered_map<quint32, unsigned> by_glyph;
        for (unsigned c = 0x4E00; c <= 0x9FFF; ++c) {
            auto g = raw.glyphIndexesForString(QString(QChar(static_cast<char16_t>(c))));
            if (!g.isEmpty() && g[0] != 0) by_glyph.emplace(g[0], c);
        }
        for (unsigned c = 0x2E80; c <= 0x2FDF; ++c) {
            auto g = raw.glyphIndexesForString(QString(QChar(static_cast<char16_t>(c))));
            if (g.isEmpty() || g[0] == 0) continue;
            if (auto it = by_glyph.find(g[0]); it != by_glyph.end()) out.emplace(c, it->second);
        }
        return out;
    }();
    return map;
}

bool is_hex4(const char* p) {
    for (int i = 0; i < 4; ++i)
        if (!std::isxdigit(static_cast<unsigned char>(p[i]))) return false;
    return true;
}

// Rewrites one "<XXXX>" destination token at p (p[0] == '<') if it names a radical.
void fix_token(char* p) {
    if (p[5] != '>' || !is_hex4(p + 1)) return;
    unsigned cp = static_cast<unsigned>(std::strtoul(std::string(p + 1, 4).c_str(), nullptr, 16));
    const auto& map = radical_map();
    auto it = map.find(cp);
    if (it == map.end()) return;
    char buf[5];
    std::snprintf(buf, sizeof buf, "%04X", it->second);
    for (int i = 0; i < 4; ++i) p[1 + i] = buf[i];
}

// The destination tokens of one CMap line: in "<a> <b> <c>" (a == b) and
// "<a> <c>" the last token; in "<a> <b> [<c> <d> …]" each token of the array.
// A range "<a> <b> <c>" with a != b counts up from c and is left alone.
void fix_line(char* begin, char* end) {
    std::vector<char*> tokens;
    char* array = nullptr;
    for (char* p = begin; p < end; ++p) {
        if (*p == '[') array = p;
        if (*p == '<') tokens.push_back(p);
    }
    if (array) {
        for (char* t : tokens)
            if (t > array && t + 5 < end) fix_token(t);
    } else if (tokens.size() == 2 && tokens[1] + 5 < end + 1) {
        fix_token(tokens[1]);
    } else if (tokens.size() == 3 && std::string(tokens[0], 6) == std::string(tokens[1], 6)) {
        fix_token(tokens[2]);
    }
}

void fix_blocks(QByteArray& pdf, const char* open, const char* close) {
    qsizetype from = 0;
    while (true) {
        qsizetype b = pdf.indexOf(open, from);
        if (b < 0) return;
        qsizetype e = pdf.indexOf(close, b);
        if (e < 0) return;
        char* data = pdf.data();
        qsizetype line = pdf.indexOf('\n', b) + 1;
        while (line > 0 && line < e) {
            qsizetype next = pdf.indexOf('\n', line);
            if (next < 0 || next > e) next = e;
            fix_line(data + line, data + next);
            line = next + 1;
        }
        from = e;
    }
}

}  // namespace

QByteArray fix_pdf_text(QByteArray pdf) {
    fix_blocks(pdf, "beginbfrange", "endbfrange");
    fix_blocks(pdf, "beginbfchar", "endbfchar");
    return pdf;
}

}  // namespace cofund::render
