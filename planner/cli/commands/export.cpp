// SPDX-License-Identifier: GPL-3.0-or-later
// `cofund export`: the budget for spreadsheets, CSV or XLSX.
#include <fmt/format.h>

#include "cofund/cli/command.h"
#include "cofund/planner/files.h"
#include "cofund/render/app.h"
#include "cofund/render/export.h"

namespace cofund::planner {

namespace {

class Export : public Command {
  public:
    std::string name() const override { return "export"; }
    std::string summary() const override {
        return "the budget for spreadsheets: a live XLSX workbook or CSV (UTF-8, BOM)";
    }
    void setup(CLI::App& app) override {
        app.add_option("file", file_, "the plan file (*.plan.json); - reads standard input")->required();
        app.add_option("-o,--output", out_, "the spreadsheet: .csv or .xlsx")->required();
        add_lang_option(app, lang_, "language of headers and names: zh, en or ru");
        app.footer(
            "CSV: the budget lines, UTF-8 with a BOM, amounts as bare numbers in yuan, text cells safe against\n"
            "formula injection. XLSX: a live workbook, sheets Project, Check, Lines, Sources, Expenditure and\n"
            "Indicators. Lines holds a row a budget line (drop-down lists for year, category and source); the\n"
            "wide sheets and the Check sheet (support range, co-funding ratio, verdict, clause ids) are formulas\n"
            "over it with their values cached, so an edit in Excel, WPS or LibreOffice updates them. Amounts are\n"
            "numbers in yuan with the format #,##0.00. `cofund import` reads the edited workbook back.\n\n"
            "Example:\n  cofund export examples/annex3-fruit-veg-processing.plan.json -o budget.xlsx --lang zh\n\n"
            "Documentation: docs/charts-and-reports.md");
    }
    int run(Context& ctx) override {
        auto plan = load_plan(file_, ctx.catalog);
        if (!plan) {
            ctx.err << fmt::format("cofund export: {}: {}\n", file_, plan.error().describe());
            return kUsage;
        }
        render::ensure_application();
        auto written = render::write_export(*plan, ctx.catalog, lang_, out_);
        if (!written) {
            ctx.err << fmt::format("cofund export: {}\n", written.error().describe());
            return kUsage;
        }
        return kOk;
    }

  private:
    std::string file_, out_;
    Lang lang_ = Lang::en;
};

}  // namespace

std::unique_ptr<Command> make_export() {
    return std::make_unique<Export>();
}

}  // namespace cofund::planner
