// SPDX-License-Identifier: GPL-3.0-or-later
// `cofund report`: the application's budget report, PDF or HTML.
#include "cofund/render/report.h"
#include "cofund/render/app.h"
#include "file_command.h"

namespace cofund::planner {

std::unique_ptr<Command> make_report() {
    return make_file_command(
        {"report", "the application's budget report as PDF or self-contained HTML", "the report file: .pdf or .html",
         "language of the report",
         "The report follows the budget table of Chinese fiscal science funding: header, 1. sources of funds,\n"
         "2. expenditure by category (fiscal and self-raised), 3. the co-funding check, 4. indicators,\n"
         "5. tasks and budget (the annex's tasks, who leads each, the money by task), 6. findings,\n"
         "7. budget justification (each line's items: quantities x unit price, checked to the fen), 8. charts.\n"
         "Amounts in 10,000 yuan (万元). PDF: A4, fonts embedded, page numbers. HTML: one file, charts inline.\n\n"
         "Example:\n  cofund report examples/annex3-fruit-veg-processing.plan.json -o report.pdf --lang zh\n\n"
         "Documentation: docs/charts-and-reports.md",
         render::write_report, [] { render::ensure_application(); }});
}

}  // namespace cofund::planner
