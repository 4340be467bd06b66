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
         "formula injection. XLSX: a live workbook with the sheets Project (title, applicant, class, period),\n"
         "Check, Lines, Sources, Expenditure, Indicators, Tasks (the annex's tasks, covered or not, and the\n"
         "money by task; for a key project or lines that name a task), Basis (each line's justification, an\n"
         "item a row) and Lists (hidden: what the drop-downs offer). Lines holds a row a budget line\n"
         "(drop-down lists for year, category, source and task); the wide sheets and the Check sheet (support\n"
         "range, co-funding ratio, verdict, clause ids, amounts typed as text) are formulas over it with their\n"
         "values cached, so an edit in Excel, WPS or LibreOffice updates them. Amounts are numbers in yuan\n"
         "with the format #,##0.00. `cofund import` reads the edited workbook back.\n\n"
         "Example:\n  cofund export examples/annex3-fruit-veg-processing.plan.json -o budget.xlsx --lang zh\n\n"
         "Documentation: docs/charts-and-reports.md",
         write_export});
}

}  // namespace cofund::planner
