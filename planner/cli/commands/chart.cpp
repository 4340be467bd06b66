// SPDX-License-Identifier: GPL-3.0-or-later
// `cofund chart`: one chart of a plan, as PNG, SVG or PDF.
#include <fmt/format.h>

#include <regex>

#include "cofund/cli/command.h"
#include "cofund/format.h"
#include "cofund/planner/files.h"
#include "cofund/planner/portfolio.h"
#include "cofund/render/app.h"
#include "cofund/render/chart_adapter.h"

namespace cofund::planner {

namespace {

class Chart : public Command {
  public:
    std::string name() const override { return "chart"; }
    std::string summary() const override { return "draw one chart of a plan as PNG, SVG or PDF"; }
    void setup(CLI::App& app) override {
        app.add_option("file", file_,
                       "the plan file (*.plan.json); - reads standard input; a folder for --kind program")
            ->required();
        app.add_option("--kind", kind_, "the chart")
            ->required()
            ->check(CLI::IsMember({"spend", "categories", "ratio", "indicators", "risk", "program"}).description(""))
            ->option_text("spend|categories|ratio|indicators|risk|program");
        app.add_option("-o,--output", out_, "the chart file: .png, .svg or .pdf")->required()->type_name("FILE");
        add_lang_option(app, lang_, "language of the labels");
        size_option_ = app.add_option("--size", size_,
                                      "width x height in pixels (PNG) or 1/96 inch (SVG, PDF) (default 1000x600; a "
                                      "program chart of many projects taller, for its legend)")
                           ->type_name("WxH");
        app.footer(
            "Kinds: spend (three-year spend by source), categories (by category, year, fiscal or self-raised),\n"
            "ratio (cumulative self-raised against the required multiple), indicators (projected against\n"
            "targets), risk (P10-P90 band of a simulated indicator, probability of meeting the target),\n"
            "program (a folder of plans, as cofund portfolio: fiscal spend per year stacked by project, and\n"
            "the program's leverage).\n\n"
            "Example:\n  cofund chart examples/annex3-fruit-veg-processing.plan.json --kind spend -o spend.png --lang "
            "zh\n\n"
            "Documentation: docs/charts-and-reports.md");
    }
    int run(Context& ctx) override {
        std::smatch m;
        static const std::regex size_re(R"((\d{1,5})[xX](\d{1,5}))");
        if (!std::regex_match(size_, m, size_re)) {
            ctx.err << fmt::format("cofund chart: --size \"{}\" is not WIDTHxHEIGHT (e.g. 1000x600)\n", size_);
            return kUsage;
        }
        QSize size(std::stoi(m[1]), std::stoi(m[2]));
        auto format = render::image_format_for(out_);
        if (!format) {
            ctx.err << "cofund chart: -o: " << format.error().describe() << "\n";
            return kUsage;
        }
        if (kind_ == "program") return run_program(ctx, size);
        auto plan = load_plan(file_, ctx.calls);
        if (!plan) {
            ctx.err << fmt::format("cofund chart: {}: {}\n", file_, plan.error().describe(lang_));
            return kUsage;
        }
        render::ensure_application();
        auto lang = lang_;
        auto model = render::make_chart(*render::chart_kind_from_id(kind_), *plan, ctx.catalog_of(*plan), lang);
        auto written = render::render_chart(model, out_, size);
        if (!written) {
            ctx.err << fmt::format("cofund chart: {}\n", written.error().describe());
            return kUsage;
        }
        if (!model.note.empty()) ctx.err << fmt::format("cofund chart: note: {}\n", model.note);
        return kOk;
    }

  private:
    // The program chart: the portfolio's data (planner/portfolio.h) as a chart model.
    int run_program(Context& ctx, QSize size) {
        auto files = collect_plan_files({file_});
        if (!files || files->empty()) {
            ctx.err << fmt::format("cofund chart: {}: {}\n", file_,
                                   files ? "no *.plan.json files" : files.error().message);
            return kUsage;
        }
        PortfolioOptions options;
        options.simulate_runs = 0;
        Portfolio portfolio = build_portfolio(*files, ctx.catalog, options);
        for (const auto& e : portfolio.entries)
            if (e.error) ctx.err << fmt::format("cofund chart: {}: {} (left out)\n", e.file, e.error->describe());
        render::ensure_application();
        auto lang = lang_;
        auto model = render::program_chart_model(program_chart(portfolio, lang), lang);
        // Without --size, a legend of many projects gets the room it needs below a plot of the usual height.
        if (size_option_->count() == 0) size = render::size_with_room_for_legend(model, size);
        auto written = render::render_chart(model, out_, size);
        if (!written) {
            ctx.err << fmt::format("cofund chart: {}\n", written.error().describe());
            return kUsage;
        }
        return kOk;
    }

    std::string file_, kind_, out_, size_ = "1000x600";
    CLI::Option* size_option_ = nullptr;
    Lang lang_ = Lang::en;
};

}  // namespace

std::unique_ptr<Command> make_chart() {
    return std::make_unique<Chart>();
}

}  // namespace cofund::planner
