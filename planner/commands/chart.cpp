// SPDX-License-Identifier: GPL-3.0-or-later
// `cofund chart`: one chart of a plan, as PNG, SVG or PDF.
#include <fmt/format.h>

#include <regex>

#include "cofund/planner/command.h"
#include "cofund/planner/files.h"
#include "cofund/render/app.h"
#include "cofund/render/chart_adapter.h"

namespace cofund::planner {

namespace {

class Chart : public Command {
public:
    std::string name() const override { return "chart"; }
    std::string summary() const override { return "draw one chart of a plan as PNG, SVG or PDF"; }
    void setup(CLI::App& app) override {
        app.add_option("file", file_, "the plan file (*.plan.json); - reads standard input")->required();
        app.add_option("--kind", kind_, "spend, categories, ratio, indicators or risk")
            ->required()
            ->check(CLI::IsMember({"spend", "categories", "ratio", "indicators", "risk"}));
        app.add_option("-o,--output", out_, "the chart file: .png, .svg or .pdf")->required();
        app.add_option("--lang", lang_, "language of the labels: zh, en or ru")
            ->check(CLI::IsMember({"zh", "en", "ru"}))
            ->default_str("en");
        app.add_option("--size", size_, "width x height in pixels (PNG) or 1/96 inch (SVG, PDF)")->default_str("1000x600");
        app.footer(
            "Kinds: spend (three-year spend by source), categories (by category, year, fiscal or self-raised),\n"
            "ratio (cumulative self-raised against the required multiple), indicators (projected against\n"
            "targets), risk (P10-P90 band of a simulated indicator, probability of meeting the target).\n\n"
            "Example:\n  cofund chart examples/annex3-fruit-veg-processing.plan.json --kind spend -o spend.png --lang zh\n\n"
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
        auto plan = load_plan(file_, ctx.catalog);
        if (!plan) {
            ctx.err << fmt::format("cofund chart: {}: {}\n", file_, plan.error().describe());
            return kUsage;
        }
        render::ensure_application();
        auto lang = *render::lang_from_id(lang_);
        auto model = render::make_chart(*render::chart_kind_from_id(kind_), *plan, ctx.catalog, lang);
        auto written = render::render_chart(model, out_, size);
        if (!written) {
            ctx.err << fmt::format("cofund chart: {}\n", written.error().describe());
            return kUsage;
        }
        if (!model.note.empty()) ctx.err << fmt::format("cofund chart: note: {}\n", model.note);
        return kOk;
    }

private:
    std::string file_, kind_, out_, lang_ = "en", size_ = "1000x600";
};

}  // namespace

std::unique_ptr<Command> make_chart() { return std::make_unique<Chart>(); }

}  // namespace cofund::planner
