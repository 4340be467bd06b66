// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one CSV writer: `export`, `project -O csv` and `portfolio -O csv` all
// write through it, so every CSV Cofund makes reads the same way in Excel,
// WPS and LibreOffice.

#include <string>
#include <string_view>

namespace cofund::planner {

/// A text cell: quoted per RFC 4180 where it holds a comma, a quote, a line
/// break or an apostrophe, and guarded against formula injection (OWASP): a
/// cell starting with = + - @, a tab or a carriage return gets a leading
/// apostrophe, which spreadsheets read as "this is text", so a title such as
/// `=HYPERLINK(…)` never becomes a live formula.
std::string csv_text_cell(std::string_view text);

/// A CSV table: UTF-8 with a byte-order mark (so spreadsheets read Chinese and
/// Russian), CRLF line ends, text cells through csv_text_cell(), numbers bare.
class CsvWriter {
  public:
    CsvWriter() : out_("\xEF\xBB\xBF") {}
    /// A text cell (guarded and quoted as needed).
    CsvWriter& text(std::string_view cell);
    /// A number the program wrote itself ("1500000.00", "-3", "" for none): bare,
    /// so spreadsheets read it as a number.
    CsvWriter& number(std::string_view cell);
    /// Ends the row.
    CsvWriter& end_row();
    /// The table so far.
    const std::string& str() const { return out_; }

  private:
    void separate();
    std::string out_;
    bool row_started_ = false;
};

}  // namespace cofund::planner
