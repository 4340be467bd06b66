// SPDX-License-Identifier: GPL-3.0-or-later
#include "paginate.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <limits>
#include <utility>

namespace cofund::render {

namespace {

// A table border is drawn on both sides of a cut between rows, so the row
// closing a page and the row opening the next both show theirs.
constexpr double kBorderBleed = 1.0;

struct Span {
    double top, bottom;
};

// What must not be cut: one line of text, or one table row (the header rows
// and the first row below them count as one). `cut` is where a page may end
// before it; `lines` are the row's lines, the only places a row taller than a
// page may be cut between.
struct Unit {
    double cut = 0, bottom = 0;
    bool keep_with_next = false;   // a heading, or the note introducing a table
    int table = -1;                // index into the header slices, for rows
    bool continues_table = false;  // a row below the table's first body row
    std::vector<Span> lines;
};

std::vector<Span> lines_of(const QTextDocument& doc, const QTextBlock& block) {
    std::vector<Span> out;
    const QRectF box = doc.documentLayout()->blockBoundingRect(block);
    const QTextLayout* layout = block.layout();
    if (!layout) return out;
    // blockBoundingRect places the layout's bounding rect; lines are relative to the layout.
    const double origin = box.top() - layout->boundingRect().top();
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        out.push_back({origin + line.y(), origin + line.y() + line.height()});
    }
    return out;
}

std::vector<Span> lines_of_cell(const QTextDocument& doc, const QTextTableCell& cell) {
    std::vector<Span> out;
    for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
        if (!it.currentBlock().isValid()) continue;
        auto l = lines_of(doc, it.currentBlock());
        out.insert(out.end(), l.begin(), l.end());
    }
    return out;
}

struct Collected {
    std::vector<Unit> units;
    std::vector<Span> headers;  // per table: its header rows (empty span when none)
};

void collect_table(const QTextDocument& doc, QTextTable* table, Collected& c) {
    const QRectF frame = doc.documentLayout()->frameBoundingRect(table);
    const int rows = table->rows();
    const int header_rows = std::clamp(table->format().headerRowCount(), 0, std::max(0, rows - 1));
    // Each row's text extent: the tallest cell starts at the row's top whatever the alignment.
    std::vector<Span> extent(rows, {std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest()});
    std::vector<std::vector<Span>> lines(rows);
    for (int r = 0; r < rows; ++r)
        for (int col = 0; col < table->columns(); ++col) {
            const QTextTableCell cell = table->cellAt(r, col);
            if (cell.row() != r || cell.column() != col) continue;  // spanned
            const int last = r + cell.rowSpan() - 1;
            for (const Span& s : lines_of_cell(doc, cell)) {
                extent[r].top = std::min(extent[r].top, s.top);
                extent[last].bottom = std::max(extent[last].bottom, s.bottom);
                lines[r].push_back(s);
            }
        }
    for (int r = 0; r < rows; ++r) {  // a row without text takes its upper neighbour's bottom edge
        const double edge = r ? extent[r - 1].bottom : frame.top();
        if (extent[r].top > extent[r].bottom) extent[r] = {edge, edge};
    }
    // A cut between rows lies midway in the gap between their texts: on the border
    // line. The outer borders lie as far from the first and last rows' texts.
    // (frameBoundingRect() of a table is offset by its first cell's position, so
    // it does not give them.)
    double half_gap = 6;
    for (int r = 1; r < rows; ++r) half_gap = std::min(half_gap, (extent[r].top - extent[r - 1].bottom) / 2);
    half_gap = std::max(half_gap, 0.0);
    auto cut_before = [&](int r) {
        return r == 0 ? extent[0].top - half_gap : (extent[r - 1].bottom + extent[r].top) / 2;
    };
    const double table_bottom = rows > 0 ? extent[rows - 1].bottom + half_gap : frame.bottom();
    const int table_index = static_cast<int>(c.headers.size());
    c.headers.push_back(header_rows > 0 ? Span{cut_before(0), cut_before(header_rows)} : Span{0, 0});
    // The header rows and the first body row stay together.
    const int first_alone = std::min(rows, header_rows + 1);
    for (int r = 0; r < rows;) {
        Unit u;
        u.table = table_index;
        u.cut = cut_before(r);
        const int end = r == 0 ? first_alone : r + 1;
        for (int k = r; k < end; ++k) u.lines.insert(u.lines.end(), lines[k].begin(), lines[k].end());
        u.bottom = end < rows ? cut_before(end) : table_bottom;
        u.continues_table = r > header_rows;
        c.units.push_back(std::move(u));
        r = end;
    }
}

Collected collect(const QTextDocument& doc) {
    Collected c;
    QTextFrame* root = doc.rootFrame();
    for (QTextFrame::iterator it = root->begin(); !it.atEnd(); ++it) {
        if (auto* table = qobject_cast<QTextTable*>(it.currentFrame())) {
            collect_table(doc, table, c);
            continue;
        }
        if (it.currentFrame()) {  // another frame: kept whole
            const QRectF r = doc.documentLayout()->frameBoundingRect(it.currentFrame());
            c.units.push_back({r.top(), r.bottom(), false, -1, false, {}});
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (!block.isValid() || block.text().trimmed().isEmpty()) continue;
        QTextFrame::iterator next = it;
        ++next;
        const bool before_table = !next.atEnd() && qobject_cast<QTextTable*>(next.currentFrame());
        const bool heading = block.blockFormat().headingLevel() > 0;
        // A paragraph leaves neither its first line alone at a page's foot nor its
        // last alone at the next page's head: with a heading before it, a heading
        // never ends a page above a single line (issue 29: "7. Budget justification").
        const std::vector<Span> lines = lines_of(doc, block);
        const size_t n = lines.size();
        for (size_t k = 0; k < n; ++k) {
            const bool widow_or_orphan = n >= 2 && (k == 0 || k + 2 == n);
            c.units.push_back(
                {lines[k].top, lines[k].bottom, heading || before_table || widow_or_orphan, -1, false, {}});
        }
    }
    return c;
}

// Where a unit taller than the room left may be cut: at `limit` or above it,
// outside every one of its lines, below `start`. `limit` itself when no line allows.
double cut_inside(const Unit& u, double start, double limit) {
    double y = limit;
    for (bool moved = true; moved;) {
        moved = false;
        for (const Span& s : u.lines)
            if (s.top < y && y < s.bottom && s.top > start) {
                y = s.top;
                moved = true;
            }
    }
    return y > start ? y : limit;
}

}  // namespace

std::vector<TextPage> paginate(const QTextDocument& doc, double page_height) {
    Collected c = collect(doc);
    // A short table (a quarter page at most, such as a line's basis) is kept
    // whole: each of its rows keeps with the next, so a page never ends on its
    // first rows and starts the next with its total alone.
    std::vector<std::pair<double, double>> table_span(c.headers.size(), {std::numeric_limits<double>::max(), 0.0});
    for (const Unit& u : c.units)
        if (u.table >= 0) {
            auto& [top, bottom] = table_span[static_cast<size_t>(u.table)];
            top = std::min(top, u.cut);
            bottom = std::max(bottom, u.bottom);
        }
    for (size_t i = 0; i + 1 < c.units.size(); ++i) {
        const int t = c.units[i].table;
        if (t < 0 || c.units[i + 1].table != t) continue;
        const auto& [top, bottom] = table_span[static_cast<size_t>(t)];
        if (bottom - top <= page_height / 4) c.units[i].keep_with_next = true;
    }
    std::vector<TextPage> pages;
    TextPage page;
    page.top = 0;
    const double doc_bottom = doc.documentLayout()->documentSize().height();
    auto room = [&] { return page_height - (page.header_bottom - page.header_top); };
    // `end`: where the page's content ends, at or above y. Ending it there and
    // not at the next unit's top keeps the clip's bleed (for borders) from
    // drawing the top pixels of the next page's first line.
    auto start_page_at = [&](double y, const Unit* first, double end) {
        page.bottom = end;
        pages.push_back(page);
        page = TextPage{};
        page.top = y;
        if (first && first->continues_table && first->table >= 0 &&
            c.headers[first->table].bottom - c.headers[first->table].top < page_height / 3) {
            const Span& h = c.headers[first->table];
            page.header_top = h.top;
            page.header_bottom = h.bottom;
        }
    };
    for (size_t i = 0; i < c.units.size();) {
        const Unit& u = c.units[i];
        if (u.bottom - page.top <= room() + 0.01) {
            ++i;
            continue;
        }
        if (u.cut > page.top + 0.01) {
            // Break before this unit, or before the heading and notes leading to it
            // (unless they open the page: then they stay and the break comes here).
            size_t j = i;
            while (j > 0 && c.units[j - 1].keep_with_next) {
                if (c.units[j - 1].cut <= page.top + 0.01) {
                    j = i;  // they open this page: moving them would leave it empty
                    break;
                }
                --j;
            }
            const double end = j > 0 ? std::clamp(c.units[j - 1].bottom, page.top, c.units[j].cut) : c.units[j].cut;
            start_page_at(c.units[j].cut, &c.units[j], end);
            i = j;
            continue;
        }
        // The unit alone is taller than a page: cut it between its lines.
        const double y = cut_inside(u, page.top, page.top + room());
        start_page_at(y, &u, y);
    }
    page.bottom = std::max(doc_bottom, page.top);
    pages.push_back(page);
    return pages;
}

void draw_text_page(QTextDocument& doc, const TextPage& page, double width, QPainter& painter) {
    auto slice = [&](double top, double bottom, double at) {
        painter.save();
        painter.translate(0, at - top);
        // The pixels: the slice and the bleed, so the borders on a cut show on both pages.
        painter.setClipRect(QRectF(0, top - kBorderBleed, width, bottom - top + 2 * kBorderBleed));
        // What is drawn: what lies inside the slice. With the bleed, a line just
        // above or below the cut was drawn too (into the text layer whole, its
        // descenders on the page), so a sentence at a page break came out twice.
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, top + kBorderBleed / 2, width, std::max(0.0, bottom - top - kBorderBleed));
        context.palette.setColor(QPalette::Text, painter.pen().color());
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    };
    double at = 0;
    if (page.has_header()) {
        slice(page.header_top, page.header_bottom, 0);
        at = page.header_bottom - page.header_top;
    }
    slice(page.top, page.bottom, at);
}

}  // namespace cofund::render
