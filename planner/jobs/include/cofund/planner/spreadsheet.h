// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The budget lines as a spreadsheet table, both ways: the columns and sheet
// names that `export` writes (CSV and the workbook's lines and project sheets)
// and `import` reads back, in one place, and the import itself.
//
// The lines table has a header row, then a row a line: year, category id,
// category, source id, source, side, amount (yuan), note, task. `import` finds
// its columns by their header in any of the three languages or by their key
// ("year", "category_id", …), in any order; columns it does not know (a user's
// own remarks) are ignored and listed as notices, so files with more columns
// keep importing, and a table without the task column (written before it
// existed) still reads. Besides the lines sheet, import reads the Basis sheet
// (the lines' justification, one row an item) and the Tasks sheet (which of the
// annex's tasks the project covers, their lead and summary) where the workbook
// has them; with no base plan, the project sheet too. The other sheets are
// formulas over the lines or views of the plan, and are not read.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cofund/catalog.h"
#include "cofund/money.h"
#include "cofund/plan.h"
#include "cofund/text.h"

namespace cofund::planner {

/// `id`, `equipment` and `unit` are written only where a plan's lines have
/// them (written_line_columns): import pairs rows with the base's lines by id,
/// never by position. `unit` is a partner's id (docs/plan-format.md, "Units").
enum class LineColumn { year, category_id, category, source_id, source, side, amount, note, task, id, equipment, unit };
inline constexpr int kLineColumnCount = 12;

struct LineColumnInfo {
    LineColumn column;
    std::string_view key;  ///< the language-free name import also accepts as a header
    Text header;
};
/// The lines table's columns in the order export writes them.
const std::array<LineColumnInfo, kLineColumnCount>& line_columns();
/// The columns a plan's lines are written with: the nine of every plan, then
/// id, equipment and unit where any line has one.
std::vector<LineColumn> written_line_columns(const Plan&);
/// The column a header cell names (any language or the key, case and blanks aside).
std::optional<LineColumn> line_column_from_header(std::string_view header);

/// "财政" / "fiscal" / "бюджет" and "自筹" / "self-raised" / "собств.": the side of a source.
const Text& side_name(Source);

/// The workbook's sheet names: 预算明细 / Lines / Строки бюджета and 项目 / Project / Проект.
const Text& lines_sheet_name();
const Text& project_sheet_name();
/// 任务 / Tasks / Задачи: the annex's tasks, covered or not, and the budget by task.
const Text& tasks_sheet_name();
/// 测算依据 / Basis / Обоснование: the lines' justification, a row per item.
const Text& basis_sheet_name();

/// The Tasks sheet's columns, in the order export writes them; import finds
/// them by header (any language).
enum class TaskColumn { id, name, covered, lead, summary, fiscal, self_raised, total };
inline constexpr int kTaskColumnCount = 8;
const std::array<Text, kTaskColumnCount>& task_column_headers();
/// 是 / yes / да and 否 / no / нет: the Tasks sheet's "covered" cell.
const Text& yes_text();
const Text& no_text();

/// The Basis sheet's columns. Export writes: the line's row on the lines sheet
/// (a formula =ROW(…) that follows the row when rows are inserted), the line
/// as people read it, the item, `n` pairs of factor value and unit, the unit
/// price, the price unit, the item's amount (a formula: the product), the
/// line's amount and the difference (formulas, on a line's first item row).
/// Import finds every column by its header.
enum class BasisColumn {
    line_row,
    line,
    item,
    factor_value,
    factor_unit,
    unit_price,
    price_unit,
    amount,
    line_amount,
    difference,
    // The justification as applicants write it (issue 25), written only where a
    // plan's basis has groups, lump sums, written results, money units or
    // equipment kinds: the item's number in its line ("2.3.1"; an item whose
    // number has a point belongs to the group above it and leaves its Lines row
    // blank), a lump sum, the written result and its unit, the unit the file
    // writes the item's money in, the equipment kind, and written − exact.
    path,
    lump,
    stated,
    stated_unit,
    money_unit,
    equipment,
    stated_gap,
    line_id  ///< the line's id, where lines have ids: it wins over the Lines row, which sorting moves
};
/// The header of a column; `k` (1-based) numbers the factor columns.
Text basis_column_header(BasisColumn, int k = 0);
/// Whether a basis needs the Basis sheet's columns of the justification as
/// written (groups, lumps, written results, money units, equipment kinds).
bool basis_as_written(const std::vector<BasisItem>&);
/// 元 and 万元, as the Basis sheet writes a money unit (the same in every language).
const Text& money_unit_name(AmountUnit);
/// 购置 / purchase / покупка …: an equipment kind as the Basis sheet writes it (and the app shows it).
const Text& equipment_kind_name(EquipmentKind);
/// 约束性 / binding / обязательный, 预期性 / expected, 共性 / common: an indicator's kind as the
/// Indicators sheet and the report write it.
const Text& indicator_kind_name(IndicatorKind);
/// A stated value against its indicator's target: none, meets, below.
enum class IndicatorStatus { not_stated, meets, below_target };
IndicatorStatus indicator_status(const Indicator&, const Decimal* planned);
/// 未填报 / not stated, 达标 / meets, 未达标 / below target: the status as the Indicators sheet and
/// the report write it.
const Text& indicator_status_name(IndicatorStatus);
/// 未指定任务的明细 / Lines without a task: the row of the lines no task names (the Tasks sheet, the report).
const Text& lines_without_task_words();
/// What `import` and the app's import say when the refusals are cut short.
const Text& refusals_cut_words();
/// The fewest factor columns the Basis sheet has.
inline constexpr int kMinBasisFactors = 3;
/// The most factor columns import looks for.
inline constexpr int kMaxBasisFactors = 50;

/// The project sheet's rows: column A the key import reads, B the label, C the value.
struct ProjectField {
    std::string_view key;  ///< title, applicant, class, annex, direction, start_year, end_year, unit, call, written_by
    Text label;
};
const std::vector<ProjectField>& project_fields();

/// The rest of the plan file the Project sheet holds, below project_fields(),
/// so that `import` without --base loses nothing no other sheet holds: the
/// project's scope and unknown members, every member of the applicant but its
/// name (type, flags, average revenue…), the partners, indicators (the
/// Indicators sheet's Planned column wins where it differs: an edit there),
/// projections, assumptions and unknown top-level members. Column A the member's JSON
/// pointer ("/applicant/registered_in_region", "/partners"), column C its
/// value as JSON text; a string is written bare unless it would read as
/// other JSON. The lines, tasks and basis are on their own sheets.
std::vector<std::pair<std::string, std::string>> project_sheet_members(const Plan& plan);

/// 考核指标 / Indicators / Показатели and its Id and Planned columns' headers, as export writes them.
const Text& indicators_sheet_name();
const Text& indicator_id_header();
const Text& indicator_planned_header();

/// A number cell's value (its text in the file, e.g. "1234.5600000000002") as
/// whole fen. A spreadsheet keeps numbers as binary doubles, so 1234.56 may
/// come back a few units in the 16th digit off; the value is taken as the
/// nearest whole fen when it lies within 2⁻⁴⁸ of its own size of it (about the
/// 15th significant digit: every amount up to the per-line limit of
/// 999,999,999,999.99 yuan comes back exactly), and refused otherwise
/// ("1234.5678"). Negative values are refused.
Result<Money> money_from_number_cell(std::string_view text);

/// The most lines one import reads (a 1,048,576-row sheet is refused at the
/// 500,001st line, in bounded time).
inline constexpr long kMaxImportLines = 500000;
/// Refusals listed before import stops reading.
inline constexpr std::size_t kMaxImportErrors = 100;

enum class SheetFormat { xlsx, csv };

/// A refusal or a notice of import: the place ("预算明细!G7", "budget!C3") and the text.
struct ImportMessage {
    std::string place;
    Text text;
    std::string describe(Lang) const;  ///< "place: text"
};

struct ImportOutcome {
    std::optional<Plan> plan;  ///< set when there is no error
    std::vector<ImportMessage> errors;
    std::vector<ImportMessage> notices;  ///< columns ignored, and the like
    bool errors_cut = false;             ///< more errors than kMaxImportErrors; reading stopped
};

/// Reads the budget lines of a workbook (its lines sheet) or of a CSV table with
/// the same columns, and makes a plan: `base` with its budget replaced by
/// the lines (each line keeps the unknown fields of the base line it matches,
/// and its task and basis where the workbook has no task column or no Basis
/// sheet; where it has them, the sheet wins),
/// or, with no base, a template of the project sheet's annex or direction with
/// its title, applicant, period and unit (no line of the template lends its
/// task or example basis). A Tasks sheet sets the plan's `tasks`: the base's
/// (or, with no base, none) where the sheet marks them covered, with its lead
/// and summary, then the other covered ones; none covered and none before
/// leaves no `tasks` member. `file_stem` names a CSV's sheet in places
/// ("budget" for budget.csv), as spreadsheets do.
ImportOutcome import_spreadsheet(std::string bytes, SheetFormat format, std::string_view file_stem,
                                 const Catalog& catalog, const Plan* base);

/// The call a workbook names on its Project sheet (the `call` row), so that
/// import reads it under that call's categories; nullopt for a CSV, a file
/// that is not a workbook, or a workbook without one.
std::optional<std::string> workbook_call(const std::string& bytes);

}  // namespace cofund::planner
