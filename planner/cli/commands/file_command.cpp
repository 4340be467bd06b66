// SPDX-License-Identifier: GPL-3.0-or-later
#include "file_command.h"

#include <fmt/format.h>

#include "cofund/planner/files.h"

namespace cofund::planner {

namespace {

class WriteFile : public Command {
  public:
    explicit WriteFile(FileCommand spec) : spec_(std::move(spec)) {}
    std::string name() const override { return spec_.name; }
    std::string summary() const override { return spec_.summary; }
    void setup(CLI::App& app) override {
        app.add_option("file", file_, "the plan file (*.plan.json); - reads standard input")->required();
        app.add_option("-o,--output", out_, spec_.output_help)->required()->type_name("FILE");
        add_lang_option(app, lang_, spec_.lang_help);
        app.footer(spec_.footer);
    }
    int run(Context& ctx) override {
        auto plan = load_plan(file_, ctx.calls);
        if (!plan) {
            ctx.err << fmt::format("cofund {}: {}: {}\n", spec_.name, file_, plan.error().describe(lang_));
            return kUsage;
        }
        if (spec_.prepare) spec_.prepare();
        auto written = spec_.write(*plan, ctx.catalog_of(*plan), lang_, out_);
        if (!written) {
            ctx.err << fmt::format("cofund {}: {}\n", spec_.name, written.error().describe());
            return kUsage;
        }
        return kOk;
    }

  private:
    FileCommand spec_;
    std::string file_, out_;
    Lang lang_ = Lang::en;
};

}  // namespace

std::unique_ptr<Command> make_file_command(FileCommand spec) {
    return std::make_unique<WriteFile>(std::move(spec));
}

}  // namespace cofund::planner
