// SPDX-License-Identifier: GPL-3.0-or-later
// `cofund export`: the budget for spreadsheets, CSV or XLSX.
#include "cofund/planner/export.h"
#include "file_command.h"

namespace cofund::planner {

std::unique_ptr<Command> make_export() {
    return make_file_command(
        {"export", "the budget for spreadsheets: a live XLSX workbook or CSV (UTF-8, BOM)",
         "the spreadsheet: .csv or .xlsx", "language of headers and names",
         "CSV: the budget lines, UTF-8 with a BOM, amounts as bare numbers in yuan, text cells safe against\n"
         "formula injection. XLSX: a live workbook, sheets Project, Check, Lines, Sources, Expenditure and\n"
         "Indicators. Lines holds a row a budget line (drop-down lists for year, category and source); the\n"
         "wide sheets and the Check sheet (support range, co-funding ratio, verdict, clause ids) are formulas\n"
         "over it with their values cached, so an edit in Excel, WPS or LibreOffice updates them. Amounts are\n"
         "numbers in yuan with the format #,##0.00. `cofund import` reads the edited workbook back.\n\n"
         "Example:\n  cofund export examples/annex3-fruit-veg-processing.plan.json -o budget.xlsx --lang zh\n\n"
         "Documentation: docs/charts-and-reports.md",
         write_export});
}

}  // namespace cofund::planner
