// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Searchable Chinese in Qt's PDFs. Noto Sans CJK draws a Kangxi radical
// (U+2F00…) and its unified ideograph with one glyph; Qt 6.4's PDF writer maps
// each glyph back to the lowest code point that uses it, so "自筹" would be
// extracted and searched as "⾃筹". This rewrites those ToUnicode entries to
// the unified ideograph, in place (same byte length, so offsets stay valid).
#include <QByteArray>

namespace cofund::render {

/// The PDF with radical code points in its ToUnicode maps replaced by the
/// unified ideographs that share their glyph. Other bytes are untouched.
QByteArray fix_pdf_text(QByteArray pdf);

}  // namespace cofund::render
