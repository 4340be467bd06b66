// SPDX-License-Identifier: GPL-3.0-or-later
// `cofund demo -o DIR`: the charts, the report and the spreadsheet of the
// built-in example (GUI builds only; demo.cpp calls it).
#include <fmt/format.h>

#include <filesystem>

#include "cofund/cli/command.h"
#include "cofund/planner/export.h"
#include "cofund/render/app.h"
#include "cofund/render/chart_adapter.h"
#include "cofund/render/report.h"

namespace cofund::planner {

int write_demo_files(Context& ctx, const Plan& plan, const std::string& dir, Lang lang) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec || !std::filesystem::is_directory(dir)) {
        ctx.err << fmt::format("cofund demo: -o {}: cannot make the directory ({})\n", dir,
                               ec ? ec.message() : "not a directory");
        return kUsage;
    }
    render::ensure_application();
    ctx.out << "\n== files ==\n\n";
    auto path = [&](const std::string& name) { return (std::filesystem::path(dir) / name).string(); };
    auto report = [&](const std::string& file, const Result<bool>& r) {
        if (!r) {
            ctx.err << fmt::format("cofund demo: {}\n", r.error().describe());
            return false;
        }
        ctx.out << "  wrote " << file << "\n";
        return true;
    };
    for (render::ChartKind kind : render::all_chart_kinds()) {
        std::string file = path(fmt::format("chart-{}.png", render::to_id(kind)));
        if (!report(file, render::render_chart(render::make_chart(kind, plan, ctx.catalog, lang), file))) return kUsage;
    }
    for (const char* ext : {"pdf", "html"}) {
        std::string file = path(fmt::format("report.{}", ext));
        if (!report(file, render::write_report(plan, ctx.catalog, lang, file))) return kUsage;
    }
    std::string xlsx = path("budget.xlsx");
    if (!report(xlsx, planner::write_xlsx(plan, ctx.catalog, lang, xlsx))) return kUsage;
    return kOk;
}

}  // namespace cofund::planner
