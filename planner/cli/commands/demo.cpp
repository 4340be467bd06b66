// SPDX-License-Identifier: GPL-3.0-or-later
// `cofund demo`: the main job on the built-in example plan.
#include <fmt/format.h>

#include "cofund/cli/command.h"
#include "cofund/planner/check_report.h"
#include "cofund/planner/files.h"
#include "cofund/planner/project_report.h"
#include "cofund/planner/templates.h"

namespace cofund::planner {

#ifdef COFUND_HAVE_RENDER
// demo_files.cpp: the charts, report and spreadsheet of the example in `dir`.
int write_demo_files(Context& ctx, const Plan& plan, const std::string& dir, Lang lang);
#endif

namespace {

class Demo : public Command {
  public:
    std::string name() const override { return "demo"; }
    std::string summary() const override {
        return "the main job on the built-in example plan: check, projection, charts, report";
    }
    void setup(CLI::App& app) override {
        app.add_option("-o,--output-dir", dir_, "directory for the charts, report and spreadsheet")->type_name("DIR");
        add_lang_option(app, lang_, "language of the check, the projection, the charts, the report and the workbook");
        app.footer(fmt::format("The example is examples/{} (built in).", kBuiltinExampleName));
    }
    int run(Context& ctx) override {
        auto plan = parse_plan(builtin_example_text(), ctx.catalog);
        if (!plan) {
            ctx.err << "cofund demo: the built-in example cannot be read: " << plan.error().describe() << "\n";
            return kUsage;
        }
        CheckedPlan c = check(std::string(kBuiltinExampleName), std::move(plan).value(), ctx.catalog);
        ctx.out << "== " << Text{"审核", "check", "проверка"}.in(lang_) << " ==\n\n"
                << check_text(c, ctx.catalog, lang_, false);
        SimulationOptions sim;
        sim.runs = 10'000;
        sim.seed = 2018;
        auto projection = make_project_report(c.file, c.plan, ctx.catalog, sim);
        if (projection)
            ctx.out << "\n== " << Text{"指标预测", "projection", "прогноз"}.in(lang_) << " ==\n\n"
                    << project_text(*projection, ctx.catalog, lang_);
        else
            ctx.err << "cofund demo: the built-in example cannot be projected: " << projection.error().describe()
                    << "\n";
#ifdef COFUND_HAVE_RENDER
        if (!dir_.empty())
            if (int status = write_demo_files(ctx, c.plan, dir_, lang_); status != kOk) return status;
#else
        if (!dir_.empty()) {
            ctx.err << "cofund demo: -o: this build has no charts or reports (built without Qt)\n";
            return kUsage;
        }
#endif
        return c.summary.ok(false) ? kOk : kFindings;
    }

  private:
    std::string dir_;
    Lang lang_ = Lang::en;
};

}  // namespace

std::unique_ptr<Command> make_demo() {
    return std::make_unique<Demo>();
}

}  // namespace cofund::planner
