// SPDX-License-Identifier: GPL-3.0-or-later
// `cofund project`: year-by-year indicators, money metrics, and with
// --simulate the chance of meeting each target.
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <optional>

#include "cofund/cli/command.h"
#include "cofund/planner/files.h"
#include "cofund/planner/json_out.h"
#include "cofund/planner/project_report.h"

namespace cofund::planner {

namespace {

/// A whole number without sign: digits only, at most 19 of them.
std::optional<std::uint64_t> parse_count(const std::string& text) {
    if (text.empty() || text.size() > 19 ||
        !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return std::stoull(text);
}

class Project : public Command {
  public:
    std::string name() const override { return "project"; }
    std::string summary() const override {
        return "year-by-year indicators, money metrics, and with --simulate the chance of meeting each target";
    }

    void setup(CLI::App& app) override {
        add_format_option(app, format_, {"txt", "json", "csv"},
                          "txt (for people), json (one object) or csv (a row per indicator and year)");
        runs_opt_ =
            app.add_option("--simulate", runs_,
                           fmt::format("Monte Carlo runs over the growth rates, {} to {} (0: off, as without it)",
                                       kMinRuns, format_grouped(Rational(kMaxRuns), 0)))
                ->type_name("N");
        seed_opt_ =
            app.add_option("--seed", seed_, "seed of the simulation (a whole number; default 2018)")->type_name("S");
        add_lang_option(app, lang_, "language of names, units and text");
        app.add_option("file", file_, "the plan file (*.plan.json); - reads standard input")->required();
        app.footer(
            "Each growth rate is drawn from a triangular distribution (low, rate, high) per run; the same seed\n"
            "gives the same figures on any machine and any number of threads.\n\n"
            "Exit status: 0 done; 2 bad usage, a file that cannot be read as a plan, or a projection that\n"
            "cannot be evaluated.\n\n"
            "Examples:\n"
            "  cofund project examples/annex3-fruit-veg-processing.plan.json\n"
            "  cofund project -O json --simulate 100000 --seed 7 examples/annex7-ecommerce-platform.plan.json\n\n"
            "Measures, metrics and the simulation: docs/projections.md");
    }

    int run(Context& ctx) override {
        std::optional<SimulationOptions> sim;
        const bool simulate = runs_opt_->count() > 0, seeded = seed_opt_->count() > 0;
        if (simulate || seeded) {
            if (!simulate) {
                ctx.err << "cofund project: --seed needs --simulate N\n";
                return kUsage;
            }
            auto n = parse_count(runs_);
            if (n == 0u && seeded) {
                ctx.err << "cofund project: --seed needs --simulate N with N of 1 or more\n";
                return kUsage;
            }
            if (n != 0u && (!n || !check_runs(*n))) {
                ctx.err << fmt::format("cofund project: --simulate {}: give a whole number of runs from {} to {}\n",
                                       runs_, kMinRuns, format_grouped(Rational(kMaxRuns), 0));
                return kUsage;
            }
            SimulationOptions o;
            o.runs = *n;
            o.threads = 2;
            if (seeded) {
                auto s = parse_count(seed_);
                if (!s) {
                    ctx.err << fmt::format("cofund project: --seed {}: give a whole number from 0 to {}\n", seed_,
                                           "9999999999999999999");
                    return kUsage;
                }
                o.seed = *s;
            }
            if (*n > 0) sim = o;  // 0: off, as `portfolio --simulate 0`
        }
        auto plan = load_plan(file_, ctx.calls);
        if (!plan) {
            ctx.err << fmt::format("cofund project: {}: {}\n", file_, plan.error().describe(lang_));
            return kUsage;
        }
        const Catalog& catalog = ctx.catalog_of(*plan);
        auto report = make_project_report(file_, std::move(plan).value(), catalog, sim);
        if (!report) {
            ctx.err << fmt::format("cofund project: {}: {}\n", file_, report.error().describe());
            return kUsage;
        }
        if (format_ == "json")
            ctx.out << json_text(project_json(*report, lang_)) << "\n";
        else if (format_ == "csv")
            ctx.out << project_csv(*report, lang_);
        else
            ctx.out << project_text(*report, catalog, lang_);
        return kOk;
    }

  private:
    std::string format_ = "txt", file_;
    Lang lang_ = Lang::en;
    std::string runs_, seed_;
    CLI::Option* runs_opt_ = nullptr;
    CLI::Option* seed_opt_ = nullptr;
};

}  // namespace

std::unique_ptr<Command> make_project() {
    return std::make_unique<Project>();
}

}  // namespace cofund::planner
