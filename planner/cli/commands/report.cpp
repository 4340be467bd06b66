// SPDX-License-Identifier: GPL-3.0-or-later
// `cofund report`: the application's budget report, PDF or HTML.
#include <fmt/format.h>

#include "cofund/cli/command.h"
#include "cofund/planner/files.h"
#include "cofund/render/app.h"
#include "cofund/render/report.h"

namespace cofund::planner {

namespace {

class Report : public Command {
  public:
    std::string name() const override { return "report"; }
    std::string summary() const override { return "the application's budget report as PDF or self-contained HTML"; }
    void setup(CLI::App& app) override {
        app.add_option("file", file_, "the plan file (*.plan.json); - reads standard input")->required();
        app.add_option("-o,--output", out_, "the report file: .pdf or .html")->required();
        add_lang_option(app, lang_, "language of the report: zh, en or ru");
        app.footer(
            "The report follows the budget table of Chinese fiscal science funding: header, sources of funds,\n"
            "expenditure by category (fiscal and self-raised), the co-funding check, indicators, findings, charts.\n"
            "Amounts in 10,000 yuan (万元). PDF: A4, fonts embedded, page numbers. HTML: one file, charts inline.\n\n"
            "Example:\n  cofund report examples/annex3-fruit-veg-processing.plan.json -o report.pdf --lang zh\n\n"
            "Documentation: docs/charts-and-reports.md");
    }
    int run(Context& ctx) override {
        auto plan = load_plan(file_, ctx.catalog);
        if (!plan) {
            ctx.err << fmt::format("cofund report: {}: {}\n", file_, plan.error().describe());
            return kUsage;
        }
        render::ensure_application();
        auto written = render::write_report(*plan, ctx.catalog, lang_, out_);
        if (!written) {
            ctx.err << fmt::format("cofund report: {}\n", written.error().describe());
            return kUsage;
        }
        return kOk;
    }

  private:
    std::string file_, out_;
    Lang lang_ = Lang::en;
};

}  // namespace

std::unique_ptr<Command> make_report() {
    return std::make_unique<Report>();
}

}  // namespace cofund::planner
