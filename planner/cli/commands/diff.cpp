// SPDX-License-Identifier: GPL-3.0-or-later
// `cofund diff`: what changed between two versions of a plan.
#include <fmt/format.h>

#include "cofund/cli/command.h"
#include "cofund/planner/diff.h"
#include "cofund/planner/files.h"
#include "cofund/planner/json_out.h"

namespace cofund::planner {

namespace {

class DiffCommand : public Command {
  public:
    std::string name() const override { return "diff"; }
    std::string summary() const override {
        return "what changed between two versions of a plan, and which findings flip";
    }

    void setup(CLI::App& app) override {
        add_format_option(app, format_, {"txt", "json"}, "txt (for people) or json (one object)");
        add_lang_option(app, lang_, "language of the messages");
        app.add_option("a", a_, "the earlier version (- reads standard input)")->required();
        app.add_option("b", b_, "the later version")->required();
        app.footer(
            "Compares budget lines (summed by year, category and source), indicators (by value), applicant,\n"
            "partners (by name), projections and every other field, with the totals' deltas and the errors\n"
            "and warnings that appear or disappear.\n\n"
            "Exit status: 0 the plans are the same; 1 they differ; 2 bad usage or a file that cannot be read.\n\n"
            "Examples:\n"
            "  cofund diff examples/annex3-fruit-veg-processing.plan.json \\\n"
            "              examples/failing/annex3-ratio-one-fen-short.plan.json\n\n"
            "More: docs/portfolio.md");
    }

    int run(Context& ctx) override {
        if (a_ == "-" && b_ == "-") {
            ctx.err << "cofund diff: standard input can be only one of the two plans\n";
            return kUsage;
        }
        auto a = load_plan(a_, ctx.calls);
        auto b = load_plan(b_, ctx.calls);
        int status = kOk;
        for (auto* p : {&a, &b}) {
            if (!*p) {
                ctx.err << fmt::format("cofund diff: {}: {}\n", p == &a ? a_ : b_, p->error().describe(lang_));
                status = kUsage;
            }
        }
        if (status != kOk) return status;
        const Catalog& catalog_a = ctx.catalog_of(*a);
        const Catalog& catalog_b = ctx.catalog_of(*b);
        CheckedPlan ca = check(a_, std::move(a).value(), catalog_a);
        CheckedPlan cb = check(b_, std::move(b).value(), catalog_b);
        PlanDiff d = diff_plans(ca, cb);
        if (format_ == "json")
            ctx.out << json_text(diff_json(d, lang_), 2) << "\n";
        else
            ctx.out << diff_text(d, catalog_b, lang_);
        return d.identical() ? kOk : kFindings;
    }

  private:
    std::string format_ = "txt", a_, b_;
    Lang lang_ = Lang::en;
};

}  // namespace

std::unique_ptr<Command> make_diff() {
    return std::make_unique<DiffCommand>();
}

}  // namespace cofund::planner
