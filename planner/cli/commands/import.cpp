// SPDX-License-Identifier: GPL-3.0-or-later
// `cofund import`: the budget lines of an edited workbook or CSV back into a plan.
#include <fmt/format.h>

#include <filesystem>

#include "cofund/cli/command.h"
#include "cofund/plan_edit.h"
#include "cofund/plan_io.h"
#include "cofund/planner/files.h"
#include "cofund/planner/spreadsheet.h"
#include "cofund/planner/xlsx_read.h"

namespace cofund::planner {

namespace {

class Import : public Command {
  public:
    std::string name() const override { return "import"; }
    std::string summary() const override {
        return "the budget lines of an edited workbook (.xlsx) or CSV back into a plan";
    }
    void setup(CLI::App& app) override {
        app.add_option("file", file_, "the spreadsheet: a workbook `cofund export` wrote (.xlsx), or a .csv")
            ->required();
        app.add_option("--base", base_,
                       "the plan everything but the lines, tasks and bases comes from (the project, applicant, "
                       "partners, indicators, projections, assumptions, unknown fields); without it, what the "
                       "workbook holds (its Project and Indicators sheets) and the template of its annex")
            ->type_name("PLAN");
        app.add_option("-o,--output", out_, "the plan file to write; - writes to standard output")
            ->required()
            ->type_name("FILE");
        add_lang_option(app, lang_, "language of the messages");
        app.footer(
            "Reads the Lines sheet (预算明细, Строки бюджета) of the workbook, or the CSV table: a header row, then\n"
            "a row a line: year, category, source, amount in yuan, note, task. Columns are found by their header\n"
            "in Chinese, English or Russian (or year, category, category_id, source, source_id, amount, note,\n"
            "task), in any order; categories and sources by name in any language or by id. Other columns are\n"
            "ignored and listed. The Basis sheet gives each line's justification, the Tasks sheet the covered\n"
            "tasks. Amounts: numbers, exact to the fen, or text as the desktop app reads it (1,234.56, ¥1,234.56,\n"
            "12.5万; in a workbook each text amount is named, as its formulas count it as 0). The file's content\n"
            "decides whether it is a workbook or a CSV, whatever its name.\n\n"
            "Every refusal names the sheet and cell (预算明细!G7: ...); with any refusal nothing is written and\n"
            "the exit status is 2. Without --base, each field the workbook could not give is named on stderr.\n\n"
            "Example:\n"
            "  cofund export examples/annex3-fruit-veg-processing.plan.json -o budget.xlsx --lang zh\n"
            "  (edit budget.xlsx in Excel, WPS or LibreOffice)\n"
            "  cofund import budget.xlsx --base examples/annex3-fruit-veg-processing.plan.json -o edited.plan.json\n\n"
            "Documentation: docs/cli.md, docs/charts-and-reports.md");
    }
    int run(Context& ctx) override {
        const std::filesystem::path p(file_);
        std::string ext = p.extension().string();
        for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        SheetFormat format;
        if (ext == ".xlsx")
            format = SheetFormat::xlsx;
        else if (ext == ".csv")
            format = SheetFormat::csv;
        else {
            ctx.err << fmt::format("cofund import: {}: {}\n", file_,
                                   Text{"无法判断电子表格格式：请使用 .xlsx 或 .csv 文件",
                                        "cannot tell the spreadsheet format: use a .xlsx or .csv file",
                                        "не удаётся определить формат: используйте файл .xlsx или .csv"}
                                       .in(lang_));
            return kUsage;
        }
        std::optional<Plan> base;
        if (!base_.empty()) {
            auto b = load_plan(base_, ctx.calls);
            if (!b) {
                ctx.err << fmt::format("cofund import: {}: {}\n", base_, b.error().describe(lang_));
                return kUsage;
            }
            base = std::move(*b);
        }
        XlsxLimits limits;
        auto bytes = read_input(file_, limits.max_file_bytes);
        if (!bytes) {
            ctx.err << fmt::format("cofund import: {}: {}\n", file_, bytes.error().describe());
            return kUsage;
        }
        // The call: the base plan's, else the one the workbook names, else the default.
        const Catalog* catalog = &ctx.catalog;
        if (base) {
            catalog = &ctx.catalog_of(*base);
        } else if (auto call = workbook_call(*bytes)) {
            if (const Catalog* c = ctx.calls.find(*call)) catalog = c;
        }
        ImportOutcome got =
            import_spreadsheet(std::move(*bytes), format, p.stem().string(), *catalog, base ? &*base : nullptr);
        for (const auto& n : got.notices) ctx.err << fmt::format("cofund import: {}: {}\n", file_, n.describe(lang_));
        for (const auto& e : got.errors) ctx.err << fmt::format("cofund import: {}: {}\n", file_, e.describe(lang_));
        if (got.errors_cut) ctx.err << fmt::format("cofund import: {}: {}\n", file_, refusals_cut_words().in(lang_));
        if (!got.plan) return kUsage;
        // Every line and partner gets its id now, as every writer gives them, so
        // that the next import --base and diff pair the lines by id.
        give_ids(*got.plan);
        // The plan must read back as one `check` accepts (the plan reader's own limits).
        std::string text = write_plan(*got.plan);
        if (text.size() > kMaxPlanBytes) {
            ctx.err << fmt::format(
                "cofund import: {}: {}\n", file_,
                Text{fmt::format("{} 行预算的计划文件将有 {} 字节，超过计划文件上限 {} 字节；未写入",
                                 got.plan->budget.size(), text.size(), kMaxPlanBytes)
                         .c_str(),
                     fmt::format("the plan of {} lines would be {} bytes, above the {} bytes a plan file may have; "
                                 "nothing written",
                                 got.plan->budget.size(), text.size(), kMaxPlanBytes)
                         .c_str(),
                     fmt::format("план из {} строк занял бы {} байт, больше предела файла плана {} байт; ничего не "
                                 "записано",
                                 got.plan->budget.size(), text.size(), kMaxPlanBytes)
                         .c_str()}
                    .in(lang_));
            return kUsage;
        }
        if (auto again = parse_plan(text, *catalog); !again) {
            ctx.err << fmt::format("cofund import: {}: {}\n", file_, again.error().describe());
            return kUsage;
        }
        if (auto w = write_output(out_, text); !w) {
            ctx.err << fmt::format("cofund import: {}\n", w.error().describe());
            return kUsage;
        }
        return kOk;
    }

  private:
    std::string file_, base_, out_;
    Lang lang_ = Lang::en;
};

}  // namespace

std::unique_ptr<Command> make_import() {
    return std::make_unique<Import>();
}

}  // namespace cofund::planner
