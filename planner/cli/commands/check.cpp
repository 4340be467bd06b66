// SPDX-License-Identifier: GPL-3.0-or-later
// `cofund check`: checks plans against their call.
#include <fmt/format.h>

#include <iostream>

#include "cofund/cli/command.h"
#include "cofund/planner/check_report.h"
#include "cofund/planner/files.h"
#include "cofund/planner/json_out.h"

namespace cofund::planner {

namespace {

// File names are any bytes on Linux; a name that is not UTF-8 made dump() throw
// (an "internal error" that also stopped the other files being checked).
constexpr auto kReplaceInvalidUtf8 = nlohmann::ordered_json::error_handler_t::replace;

class Check : public Command {
  public:
    std::string name() const override { return "check"; }
    std::string summary() const override { return "check plans against their call; print findings and totals"; }

    void setup(CLI::App& app) override {
        add_format_option(app, format_, {"txt", "json"}, "txt (for people) or json (JSON Lines, one object per file)");
        add_lang_option(app, lang_, "language of the messages");
        app.add_flag("--strict", strict_, "warnings fail the check too (exit status 1)");
        app.add_option("file", files_, "plan files (*.plan.json); - reads standard input")->required();
        app.footer(
            "Exit status: 0 no errors; 1 errors found (with --strict, warnings too); 2 bad usage or a file\n"
            "that cannot be read as a plan (the other files are still checked).\n\n"
            "Examples:\n"
            "  cofund check examples/annex3-fruit-veg-processing.plan.json\n"
            "  cofund check --lang zh -O json examples/*.plan.json\n\n"
            "Rules, clauses and messages: docs/rules.md");
    }

    int run(Context& ctx) override {
        int status = kOk;
        bool first = true;
        for (const auto& file : files_) {
            auto plan = load_plan(file, ctx.calls);
            if (!plan) {
                status = kUsage;
                if (format_ == "json")
                    ctx.out << json_text(unreadable_json(file, plan.error())) << "\n";
                else
                    ctx.err << fmt::format("cofund check: {}: {}\n", file, plan.error().describe(lang_));
                continue;
            }
            const Catalog& catalog = ctx.catalog_of(*plan);
            CheckedPlan c = check(file, std::move(plan).value(), catalog);
            if (!c.summary.ok(strict_) && status == kOk) status = kFindings;
            if (format_ == "json") {
                ctx.out << json_text(check_json(c, lang_, strict_)) << "\n";
            } else {
                if (!first) ctx.out << "\n";
                ctx.out << check_text(c, catalog, lang_, strict_);
            }
            first = false;
        }
        return status;
    }

  private:
    std::string format_ = "txt";
    Lang lang_ = Lang::en;
    bool strict_ = false;
    std::vector<std::string> files_;
};

}  // namespace

std::unique_ptr<Command> make_check() {
    return std::make_unique<Check>();
}

}  // namespace cofund::planner
