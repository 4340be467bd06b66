// SPDX-License-Identifier: GPL-3.0-or-later
// `cofund export`: the budget for spreadsheets, CSV or XLSX.
#include "cofund/render/export.h"
#include "file_command.h"

namespace cofund::planner {

std::unique_ptr<Command> make_export() {
    return make_file_command(
        {"export", "the budget for spreadsheets: CSV (UTF-8, BOM) or XLSX", "the spreadsheet: .csv or .xlsx",
         "language of headers and names",
         "CSV: the budget lines, UTF-8 with a BOM, amounts as bare numbers in yuan, text cells safe against\n"
         "formula injection. XLSX: sheets Sources, Expenditure, Indicators and Lines; amounts are numbers\n"
         "in yuan with the format #,##0.00.\n\n"
         "Example:\n  cofund export examples/annex3-fruit-veg-processing.plan.json -o budget.xlsx --lang zh\n\n"
         "Documentation: docs/charts-and-reports.md",
         render::write_export});
}

}  // namespace cofund::planner
