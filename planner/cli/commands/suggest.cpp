// SPDX-License-Identifier: GPL-3.0-or-later
// `cofund suggest`: the smallest changes that fix a plan's money errors.
#include <fmt/format.h>

#include "cofund/cli/command.h"
#include "cofund/plan_edit.h"
#include "cofund/plan_io.h"
#include "cofund/planner/files.h"
#include "cofund/planner/json_out.h"
#include "cofund/planner/suggest.h"

namespace cofund::planner {

namespace {

class SuggestCommand : public Command {
  public:
    std::string name() const override { return "suggest"; }
    std::string summary() const override {
        return "the smallest changes that fix each money error; --apply writes them";
    }

    void setup(CLI::App& app) override {
        add_format_option(app, format_, {"txt", "json"}, "txt (for people) or json (one object)");
        add_lang_option(app, lang_, "language of the messages");
        app.add_flag("--apply", apply_, "write the corrected plan to the file given with -o");
        app.add_option("-o,--output", output_, "where --apply writes the corrected plan (- for standard output)")
            ->type_name("FILE");
        app.add_option("file", file_, "the plan (- reads standard input)")->required();
        app.footer(
            "Sets a line whose basis does not add up to its amount to the basis total (basis.sum).\n"
            "Fixes support.range, cofunding.ratio, cofunding.yearly, budget.indirect_cap and budget.cap with\n"
            "the least money, spread over the years so that the running ratio holds every year, exact to the\n"
            "fen; states the value that meets each missed binding or expected indicator and a patent indicator,\n"
            "and the least first-year target that meets the call's share of its total (indicator.first_year).\n"
            "--apply -o OUT writes the corrected plan (unknown fields kept); the suggestions still go to stdout\n"
            "unless OUT is -.\n\n"
            "Exit status: 0 no errors remain after the suggested changes; 1 errors remain that money cannot\n"
            "fix (eligibility, scope, period…); 2 bad usage, an unreadable plan, or an unwritable OUT.\n\n"
            "Examples:\n"
            "  cofund suggest examples/failing/annex3-ratio-one-fen-short.plan.json\n"
            "  cofund suggest --apply -o fixed.plan.json examples/failing/annex7-matching-lags.plan.json\n\n"
            "More: docs/portfolio.md");
    }

    int run(Context& ctx) override {
        if (apply_ != !output_.empty()) {
            ctx.err << (apply_ ? "cofund suggest: --apply needs -o OUT, the file to write the corrected plan to\n"
                               : "cofund suggest: -o is for --apply; add --apply to write the corrected plan\n");
            return kUsage;
        }
        auto plan = load_plan(file_, ctx.calls);
        if (!plan) {
            ctx.err << fmt::format("cofund suggest: {}: {}\n", file_, plan.error().describe(lang_));
            return kUsage;
        }
        SuggestResult r = suggest(*plan, ctx.catalog_of(*plan));
        if (apply_) {
            give_ids(r.corrected);  // as every writer does
            auto written = write_output(output_, write_plan(r.corrected));
            if (!written) {
                ctx.err << fmt::format("cofund suggest: {}\n", written.error().describe());
                return kUsage;
            }
        }
        std::ostream& report = apply_ && output_ == "-" ? ctx.err : ctx.out;
        if (format_ == "json")
            report << json_text(suggest_json(r, file_, lang_), 2) << "\n";
        else
            report << suggest_text(r, file_, lang_);
        return summarize(r.after).errors == 0 ? kOk : kFindings;
    }

  private:
    std::string format_ = "txt", file_, output_;
    Lang lang_ = Lang::en;
    bool apply_ = false;
};

}  // namespace

std::unique_ptr<Command> make_suggest() {
    return std::make_unique<SuggestCommand>();
}

}  // namespace cofund::planner
