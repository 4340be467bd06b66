// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small, bounded reader of XLSX workbooks (Office Open XML spreadsheets, as
// Excel, WPS, LibreOffice, openpyxl and libxlsxwriter write them): the sheet
// names and, sheet by sheet, the cells row by row. It reads values, not
// formatting. The zip comes through libzip, the XML through expat, streamed:
// memory grows with the shared strings and one row, not with the sheet.
//
// Hostile files are refused with a message, in bounded time and memory: a zip
// part that unpacks (or says it unpacks) to more than its limit, a DOCTYPE in
// any part (so no entity is ever expanded), a cell reference past XFD1048576,
// rows out of order, a cell text longer than Excel allows.

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cofund/result.h"

namespace cofund::planner {

/// Limits of the reader; the defaults are documented in docs/cli.md (`import`).
struct XlsxLimits {
    std::size_t max_file_bytes = std::size_t{256} << 20;     ///< the .xlsx file itself
    std::size_t max_part_bytes = std::size_t{1} << 30;       ///< any one unpacked XML part
    std::size_t max_strings_bytes = std::size_t{256} << 20;  ///< the shared strings, unpacked
    std::size_t max_cell_bytes = 32767 * 4;                  ///< Excel's 32,767 characters in UTF-8
};

/// Excel's last column (XFD) and row.
inline constexpr int kXlsxMaxColumn = 16384;
inline constexpr long kXlsxMaxRow = 1048576;

/// One cell's value as stored (a formula's cached value when it has one).
struct XlsxCell {
    enum class Kind {
        blank,    ///< no value (an empty cell, or a formula with no cached value)
        number,   ///< `text` is the number as written in the file ("1234.56", "1E-3")
        text,     ///< a shared, inline or formula string
        boolean,  ///< `text` is "0" or "1"
        error     ///< `text` is the error as shown ("#DIV/0!")
    };
    int column = 0;  ///< 1-based: A is 1
    Kind kind = Kind::blank;
    std::string text;
    bool formula = false;  ///< the cell holds a formula
};

/// "A1"-style reference of a 1-based column and row ("G12"); column_letters(7) is "G".
std::string column_letters(int column);
std::string cell_ref(int column, long row);

class XlsxWorkbook {
  public:
    /// Opens a workbook from its bytes: the zip directory, the sheet list and
    /// the shared strings are read now. Refused: not a zip, no xl/workbook.xml,
    /// a part over its limit, a DOCTYPE, malformed XML.
    static Result<std::unique_ptr<XlsxWorkbook>> open(std::string bytes, XlsxLimits limits = {});
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook&) = delete;
    XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

    /// The sheets' names in the workbook's order.
    const std::vector<std::string>& sheet_names() const { return names_; }

    /// Called once a row that holds at least one cell: its 1-based number and its
    /// cells in column order. Return false to stop reading.
    using RowFn = std::function<bool(long row, const std::vector<XlsxCell>& cells)>;
    /// Reads the sheet at `index` (into sheet_names()) row by row. The error
    /// names the sheet and, where it can, the cell.
    Result<bool> read_sheet(std::size_t index, const RowFn& each_row) const;

  private:
    XlsxWorkbook() = default;
    struct Zip;
    std::unique_ptr<Zip> zip_;
    XlsxLimits limits_;
    std::vector<std::string> names_, paths_;
    std::vector<std::string> shared_;
};

}  // namespace cofund::planner
