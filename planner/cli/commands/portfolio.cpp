// SPDX-License-Identifier: GPL-3.0-or-later
// `cofund portfolio`: many applications checked together as one funding selection.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "cofund/cli/command.h"
#include "cofund/planner/json_out.h"
#include "cofund/planner/portfolio.h"
#include "cofund/simulation.h"

namespace cofund::planner {

namespace {

class PortfolioCommand : public Command {
  public:
    std::string name() const override { return "portfolio"; }
    std::string summary() const override {
        return "check many plans as one funding selection: per-annex tables, program limits and totals";
    }

    void setup(CLI::App& app) override {
        add_format_option(app, format_, {"txt", "json", "csv"},
                          "txt (for people), json (one object) or csv (one row per plan)");
        app.add_option("--budget", budget_text_,
                       "the program's fiscal envelope in yuan (e.g. 14000000.00); above it is a program.budget error")
            ->type_name("AMOUNT");
        app.add_option("--simulate", runs_,
                       "Monte Carlo runs per plan for the chance of meeting the expected indicators (default 2000; "
                       "0: off)")
            ->type_name("N");
        add_lang_option(app, lang_, "language of the messages");
        app.add_flag("--strict", strict_, "warnings fail plans too");
        app.add_option("path", inputs_, "plan files, or directories searched recursively for *.plan.json")->required();
        app.footer(
            "The plans given are the proposed selection: program.count fails with more projects of a class than\n"
            "the call funds or two key projects for one annex; program.limit with more projects per enterprise,\n"
            "per leader or per person than the call allows (project.leader, project.members); with --budget,\n"
            "program.budget fails when the selection's fiscal total exceeds the envelope.\n\n"
            "Exit status: 0 every plan and the program pass; 1 a plan or the program has errors (with --strict,\n"
            "warnings too); 2 bad usage, or some plan could not be read (it is listed; the others are still "
            "checked).\n\n"
            "Examples:\n"
            "  cofund portfolio examples\n"
            "  cofund portfolio --budget 14000000 -O json examples/*.plan.json\n"
            "  cofund portfolio examples/hb-zyyd-2026/program\n\n"
            "More: docs/portfolio.md");
    }

    int run(Context& ctx) override {
        PortfolioOptions options;
        options.simulate_runs = runs_;
        std::optional<Money>& budget = options.budget;
        if (runs_ > 0) {
            if (auto r = check_runs(runs_); !r) {
                ctx.err << fmt::format("cofund portfolio: {}\n", r.error().message);
                return kUsage;
            }
        }
        if (!budget_text_.empty()) {
            auto m = Money::parse_yuan(budget_text_);
            if (!m) {
                ctx.err << fmt::format("cofund portfolio: --budget \"{}\": {}\n", budget_text_, m.error().message);
                return kUsage;
            }
            budget = *m;
        }
        auto files = collect_plan_files(inputs_);
        if (!files) {
            ctx.err << fmt::format("cofund portfolio: {}\n", files.error().message);
            return kUsage;
        }
        if (files->empty()) {
            ctx.err << "cofund portfolio: no *.plan.json files in the directories given\n";
            return kUsage;
        }
        const Catalog* catalog = &ctx.catalog;
        Portfolio p = build_portfolio(*files, *catalog, options);
        // Every plan names one other call the program knows: the portfolio is that call's.
        if (p.entries.empty() && !p.other_calls.empty()) {
            const std::string& call = p.other_calls.front().second;
            const bool one = std::all_of(p.other_calls.begin(), p.other_calls.end(),
                                         [&](const auto& f) { return f.second == call; });
            if (const Catalog* c = one ? ctx.calls.find(call) : nullptr) {
                catalog = c;
                p = build_portfolio(*files, *catalog, options);
            }
        }
        if (!p.other_calls.empty()) {
            std::map<std::string, int> calls;
            for (const auto& [file, call] : p.other_calls) ++calls[call];
            std::string list;
            for (const auto& [call, n] : calls) list += fmt::format("{}{} ({})", list.empty() ? "" : ", ", call, n);
            ctx.err << fmt::format(
                "cofund portfolio: left out {} plan(s) of other calls: {}; a portfolio is one call's plans (this one: "
                "{}; another with --catalog FILE)\n",
                p.other_calls.size(), list, catalog->id);
        }
        if (p.entries.empty()) {
            ctx.err << "cofund portfolio: no plan of this call among the files given\n";
            return kUsage;
        }
        if (format_ == "json")
            ctx.out << json_text(portfolio_json(p, lang_, strict_), 2) << "\n";
        else if (format_ == "csv")
            ctx.out << portfolio_csv(p, strict_);
        else
            ctx.out << portfolio_text(p, *catalog, lang_, strict_);
        for (const auto& e : p.entries)
            if (e.error) ctx.err << fmt::format("cofund portfolio: {}: {}\n", e.file, e.error->describe(lang_));
        return portfolio_status(p, strict_);
    }

  private:
    std::string format_ = "txt", budget_text_;
    Lang lang_ = Lang::en;
    bool strict_ = false;
    std::uint64_t runs_ = 2000;
    std::vector<std::string> inputs_;
};

}  // namespace

std::unique_ptr<Command> make_portfolio() {
    return std::make_unique<PortfolioCommand>();
}

}  // namespace cofund::planner
