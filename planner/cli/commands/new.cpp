// SPDX-License-Identifier: GPL-3.0-or-later
// `cofund new`: a plan template for an annex or direction, every indicator listed.
#include <fmt/format.h>

#include "cofund/cli/command.h"
#include "cofund/plan_io.h"
#include "cofund/planner/files.h"
#include "cofund/planner/templates.h"

namespace cofund::planner {

namespace {

class New : public Command {
  public:
    std::string name() const override { return "new"; }
    std::string summary() const override {
        return "a plan template for a class, annex or direction of a call, every indicator listed";
    }
    void setup(CLI::App& app) override {
        app.add_option("--call", call_, "the call, by its id (default: the --catalog file's, else xj-sco-2018); "
                                        "`cofund catalog --list` lists them")
            ->type_name("ID");
        app.add_option("--class", class_, "the class of project, by its id (the call's classes: `cofund catalog`); "
                                          "default: the class whose projects name an annex or a direction as given")
            ->type_name("ID");
        auto* annex =
            app.add_option("--annex", annex_, "key project of annex N (1–7); not with --direction")->type_name("N");
        auto* direction =
            app.add_option("--direction", direction_, "general project of direction N (1–4); not with --annex")
                ->type_name("N");
        annex->excludes(direction);
        direction->excludes(annex);
        app.add_option("-o,--output", output_, "write the template to FILE (default: standard output)")
            ->type_name("FILE");
        app.add_option("--start-year", start_year_, "first project year, 2000 to 2100 (default: the call's year)")
            ->check(CLI::Range(2000, 2100).description(""))
            ->type_name("YEAR");
        app.footer(
            "The template loads as it is; `cofund check` on it lists what is left to do: the budget, the\n"
            "indicators (all at zero), the partners and the agreement.\n\n"
            "Examples:\n  cofund new --annex 3 -o my.plan.json && cofund check my.plan.json\n"
            "  cofund new --call hb-zyyd-2026 --class regional -o regional.plan.json");
    }
    int run(Context& ctx) override {
        const Catalog* catalog = &ctx.catalog;
        if (call_) {
            catalog = ctx.calls.find(*call_);
            if (!catalog) {
                ctx.err << fmt::format("cofund new: unknown call \"{}\"; the calls known are {}\n", *call_, ctx.calls.ids());
                return kUsage;
            }
        }
        if (!annex_ && !direction_ && !class_) {
            ctx.err << "cofund new: give --annex N (1–7) or --direction N (1–4), or --class ID\n";
            return kUsage;
        }
        const int start = start_year_ ? *start_year_ : catalog->year > 0 ? catalog->year : 2018;
        auto plan = make_template(*catalog, class_, annex_, direction_, start);
        if (!plan) {
            ctx.err << "cofund new: " << plan.error().message << "\n";
            return kUsage;
        }
        auto written = write_output(output_, write_plan(*plan));
        if (!written) {
            ctx.err << "cofund new: " << written.error().message << "\n";
            return kUsage;
        }
        if (output_ != "-") ctx.err << fmt::format("wrote {}\n", output_);
        return kOk;
    }

  private:
    std::optional<int> annex_, direction_;
    std::optional<std::string> call_, class_;
    std::string output_ = "-";
    std::optional<int> start_year_;
};

}  // namespace

std::unique_ptr<Command> make_new() {
    return std::make_unique<New>();
}

}  // namespace cofund::planner
