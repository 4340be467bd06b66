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
         "The report follows the budget table of Chinese fiscal science funding: header, sources of funds,\n"
         "expenditure by category (fiscal and self-raised), the co-funding check, indicators, findings, charts.\n"
         "Amounts in 10,000 yuan (万元). PDF: A4, fonts embedded, page numbers. HTML: one file, charts inline.\n\n"
         "Example:\n  cofund report examples/annex3-fruit-veg-processing.plan.json -o report.pdf --lang zh\n\n"
         "Documentation: docs/charts-and-reports.md",
         render::write_report, [] { render::ensure_application(); }});
}

}  // namespace cofund::planner
