// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Page breaks for the PDF report. Qt's own pagination of a QTextDocument moves
// a table row to the next page only when none of its cells has a line left on
// the current one, so a row whose label or message wraps onto several lines
// is cut in two. Here the document is laid out as one long page and cut
// between rows and between lines of text only; a table continued on a new page
// gets its header rows repeated; a heading stays with what follows it.

#include <vector>

class QPainter;
class QTextDocument;

namespace cofund::render {

/// One page of the laid-out document: the slice [top, bottom) of it (document
/// pixels), under the header rows [header_top, header_bottom) of the table it
/// continues (empty when it continues none).
struct TextPage {
    double top = 0, bottom = 0;
    double header_top = 0, header_bottom = 0;
    bool has_header() const { return header_bottom > header_top; }
    /// The height the page's content takes: repeated header and slice.
    double height() const { return (header_bottom - header_top) + (bottom - top); }
};

/// Cuts `doc` (laid out without a page size, at its text width) into pages of
/// at most `page_height`. A row or a line taller than a page is the only thing
/// ever cut, then between its cells' lines where it can.
std::vector<TextPage> paginate(const QTextDocument& doc, double page_height);

/// Draws `page` with its top-left corner at the painter's origin, `width` wide.
void draw_text_page(QTextDocument& doc, const TextPage& page, double width, QPainter& painter);

}  // namespace cofund::render
