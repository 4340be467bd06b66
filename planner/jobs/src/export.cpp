// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/planner/export.h"

#include <xlsxwriter.h>

#include <fmt/format.h>

#include <unistd.h>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <span>
#include <sstream>

#include "cofund/basis.h"
#include "cofund/format.h"
#include "cofund/planner/csv.h"
#include "cofund/planner/files.h"
#include "cofund/planner/spreadsheet.h"
#include "cofund/planner/text.h"
#include "cofund/planner/xlsx_read.h"
#include "cofund/summary.h"
#include "cofund/version.h"

namespace cofund::planner {

std::string export_csv(const Plan& plan, const Catalog& catalog, Lang lang) {
    CsvWriter csv;
    using LC = LineColumn;
    const auto columns = written_line_columns(plan);
    for (LC c : columns) csv.text(line_columns()[static_cast<int>(c)].header.in(lang));
    csv.end_row();
    for (const auto& line : plan.budget) {
        csv.number(std::to_string(line.year))
            .text(to_id(line.category))
            .text(catalog.category_name(line.category).in(lang))
            .text(to_id(line.source))
            .text(catalog.source_name(line.source).in(lang))
            .text(side_name(line.source).in(lang))
            .number(line.amount.str())
            .text(line.note)
            .text(line.task);
        for (LC c : columns) {
            if (c == LC::id) csv.text(line.id);
            if (c == LC::equipment)
                csv.text(line.equipment ? planner::equipment_kind_name(*line.equipment).in(lang) : std::string());
            if (c == LC::unit) csv.text(line.unit);
        }
        csv.end_row();
    }
    return csv.str();
}

namespace {

// Excel column width in characters; a CJK character takes two.
struct Widths {
    std::vector<double> w;
    void fit(size_t col, std::string_view text) {
        if (w.size() <= col) w.resize(col + 1, 8);
        w[col] = std::min(60.0, std::max(w[col], display_width(text) * 1.1 + 2));
    }
    void apply(lxw_worksheet* ws) const {
        for (size_t c = 0; c < w.size(); ++c)
            worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), w[c], nullptr);
    }
};

double as_double(const Money& m) {
    return std::strtod(m.str().c_str(), nullptr);
}

// A sheet name as a formula writes it: quoted, quotes doubled.
std::string sheet_ref(const std::string& name) {
    std::string out = "'";
    for (char c : name) out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'!";
}

// A text as a formula's string literal.
std::string literal(std::string_view text) {
    std::string out = "\"";
    for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string col(size_t c) {
    return column_letters(static_cast<int>(c) + 1);
}

struct Formats {
    lxw_format *head, *num, *num_bold, *text, *bold, *key, *ratio, *good, *bad, *left;
    lxw_format* exact;  ///< an amount with as many decimals as it has (a product of a basis item)
    lxw_format* plain;  ///< a factor: the number as written
};

class Sheet {
  public:
    Sheet(lxw_workbook* wb, const std::string& name, const Formats& f)
        : ws_(workbook_add_worksheet(wb, name.c_str())), f_(f), name_(name) {}
    lxw_worksheet* ws() const { return ws_; }
    const std::string& name() const { return name_; }
    lxw_row_t row() const { return row_; }
    /// The current row's number as a formula writes it (1-based).
    std::string r() const { return std::to_string(row_ + 1); }
    void header(const std::vector<std::string>& cells) {
        for (size_t c = 0; c < cells.size(); ++c) str(c, cells[c], f_.head);
        worksheet_freeze_panes(ws_, 1, 0);
        ++row_;
    }
    void str(size_t col, std::string_view v, lxw_format* f = nullptr) {
        worksheet_write_string(ws_, row_, static_cast<lxw_col_t>(col), std::string(v).c_str(), f ? f : f_.text);
        widths_.fit(col, v);
    }
    void money(size_t col, const Money& m, lxw_format* f = nullptr) {
        worksheet_write_number(ws_, row_, static_cast<lxw_col_t>(col), as_double(m), f ? f : f_.num);
        widths_.fit(col, m.grouped());
    }
    void number(size_t col, const Rational& r, lxw_format* f = nullptr) {
        worksheet_write_number(ws_, row_, static_cast<lxw_col_t>(col), to_double(r), f);
        widths_.fit(col, format_trimmed(r));
    }
    /// A formula whose value, cached for readers that do not recalculate, is `m`.
    void money_formula(size_t col, const std::string& formula, const Money& m, lxw_format* f = nullptr) {
        worksheet_write_formula_num(ws_, row_, static_cast<lxw_col_t>(col), formula.c_str(), f ? f : f_.num,
                                    as_double(m));
        widths_.fit(col, m.grouped());
    }
    void number_formula(size_t col, const std::string& formula, double v, std::string_view shown,
                        lxw_format* f = nullptr) {
        worksheet_write_formula_num(ws_, row_, static_cast<lxw_col_t>(col), formula.c_str(), f, v);
        widths_.fit(col, shown);
    }
    void text_formula(size_t col, const std::string& formula, std::string_view v, lxw_format* f = nullptr) {
        worksheet_write_formula_str(ws_, row_, static_cast<lxw_col_t>(col), formula.c_str(), f ? f : f_.text,
                                    std::string(v).c_str());
        widths_.fit(col, v);
    }
    /// 1 when `condition` holds, else 0 (a number: libxlsxwriter caches no booleans).
    void flag_formula(size_t col, const std::string& condition, bool v) {
        const std::string fml = "=IF(" + condition + ",1,0)";
        worksheet_write_formula_num(ws_, row_, static_cast<lxw_col_t>(col), fml.c_str(), nullptr, v ? 1 : 0);
    }
    /// Widens a column to fit `text` without writing it (a drop-down's longest choice).
    void fit(size_t col, std::string_view text) { widths_.fit(col, text); }
    void next() { ++row_; }
    void finish() { widths_.apply(ws_); }

  private:
    lxw_worksheet* ws_;
    Formats f_;
    std::string name_;
    lxw_row_t row_ = 0;
    Widths widths_;
};

std::string class_value(const Plan& plan, const Catalog& catalog, Lang L) {
    const Project& p = plan.project;
    if (p.annex)
        if (const Annex* a = catalog.annex(*p.annex)) return a->title.in(L);
    if (p.direction)
        if (const Direction* d = catalog.direction(*p.direction)) return d->name.in(L);
    return {};
}

}  // namespace

Result<bool> write_xlsx(const Plan& plan, const Catalog& catalog, Lang lang, const std::string& path) {
    const Lang L = lang;
    const BudgetSummary sums(plan);
    const auto years = sums.columns();
    std::string tmpl = (std::filesystem::temp_directory_path() / "cofund-xlsx-XXXXXX").string();
    std::vector<char> name(tmpl.begin(), tmpl.end());
    name.push_back('\0');
    int fd = mkstemp(name.data());
    if (fd < 0) return Error{"cannot make a temporary file for " + path};
    close(fd);
    std::string tmp(name.data());

    // constant_memory: rows go to disk as they are written, so a plan of
    // 400,000 lines takes no more memory than one of 40.
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* wb = workbook_new_opt(tmp.c_str(), &options);
    if (!wb) {
        std::remove(tmp.c_str());
        return Error{"cannot start the workbook for " + path};
    }
    Formats f{};
    f.head = workbook_add_format(wb);
    format_set_bold(f.head);
    format_set_bg_color(f.head, 0xEEF2F7);
    format_set_border(f.head, LXW_BORDER_THIN);
    format_set_text_wrap(f.head);
    format_set_font_name(f.head, "Noto Sans CJK SC");
    f.num = workbook_add_format(wb);
    format_set_num_format(f.num, "#,##0.00");
    f.num_bold = workbook_add_format(wb);
    format_set_num_format(f.num_bold, "#,##0.00");
    format_set_bold(f.num_bold);
    f.text = workbook_add_format(wb);
    format_set_font_name(f.text, "Noto Sans CJK SC");
    f.bold = workbook_add_format(wb);
    format_set_bold(f.bold);
    format_set_font_name(f.bold, "Noto Sans CJK SC");
    f.key = workbook_add_format(wb);
    format_set_font_color(f.key, 0x808080);
    f.ratio = workbook_add_format(wb);
    format_set_num_format(f.ratio, "\"1 : \"0.####");
    f.left = workbook_add_format(wb);  // a number among texts (the project sheet's years)
    format_set_align(f.left, LXW_ALIGN_LEFT);
    f.exact = workbook_add_format(wb);
    format_set_num_format(f.exact, "#,##0.00##########");
    f.plain = workbook_add_format(wb);
    format_set_num_format(f.plain, "General");
    f.good = workbook_add_format(wb);
    format_set_bg_color(f.good, 0xC6EFCE);
    format_set_font_color(f.good, 0x006100);
    f.bad = workbook_add_format(wb);
    format_set_bg_color(f.bad, 0xFFC7CE);
    format_set_font_color(f.bad, 0x9C0006);

    const std::string lines_name = lines_sheet_name().in(L);
    const std::string lists_name = Text{"列表", "Lists", "Списки"}.in(L);
    const std::string sources_name = Text{"经费来源", "Sources", "Источники"}.in(L);
    const std::string LN = sheet_ref(lines_name), LS = sheet_ref(lists_name), SN = sheet_ref(sources_name);
    const size_t n_lines = plan.budget.size();
    // Whole columns of the lines sheet: rows a user adds below are summed too.
    const std::string amounts = LN + "$G:$G", year_col = LN + "$A:$A", cat_col = LN + "$C:$C", src_col = LN + "$E:$E",
                      task_col = LN + "$I:$I";
    auto sumifs = [&](std::optional<int> year, std::optional<std::string> cat_cell, const std::string& src_crit,
                      std::optional<std::string> task_crit = std::nullopt) {
        std::string fml = "SUMIFS(" + amounts;
        if (year) fml += "," + year_col + "," + std::to_string(*year);
        if (cat_cell) fml += "," + cat_col + "," + *cat_cell;
        if (task_crit) fml += "," + task_col + "," + *task_crit;
        return fml + "," + src_col + "," + src_crit + ")";
    };
    auto side_sum = [&](std::optional<int> year, std::optional<std::string> cat_cell, std::span<const Source> side,
                        std::optional<std::string> task_crit = std::nullopt) {
        std::string fml;
        for (Source src : side)
            fml +=
                (fml.empty() ? "" : "+") + sumifs(year, cat_cell, literal(catalog.source_name(src).in(L)), task_crit);
        return fml;
    };
    // The annex's tasks (the task column's drop-down, on the Lists sheet).
    std::vector<const Task*> annex_tasks;
    if (plan.project.annex)
        if (const Annex* a = catalog.annex(*plan.project.annex))
            for (const Task& t : a->tasks) annex_tasks.push_back(&t);
    // The call's categories: the rows of the budget tables and the category drop-down.
    const std::vector<const CategoryInfo*> cats = catalog.table_categories(sums.all());
    const std::string n_cats = std::to_string(cats.size() + 1);

    // Project: what the workbook is about, a row a field (column A the key import reads).
    {
        Sheet sh(wb, project_sheet_name().in(L), f);
        sh.header({Text{"键", "Key", "Ключ"}.in(L), Text{"字段", "Field", "Поле"}.in(L),
                   Text{"内容", "Value", "Значение"}.in(L), Text{"说明", "Description", "Описание"}.in(L)});
        const Project& p = plan.project;
        const ClassInfo& k = catalog.klass(p.klass);
        for (const auto& field : project_fields()) {
            std::string value, desc;
            std::optional<int> number;
            if (field.key == "title") value = p.title;
            if (field.key == "applicant") value = plan.applicant.name;
            if (field.key == "class") {
                value = p.klass;
                desc = k.name.in(L);
            }
            if (field.key == "annex") {
                if (!p.annex) continue;
                number = *p.annex;
                desc = class_value(plan, catalog, L);
            }
            if (field.key == "direction") {
                if (!p.direction) continue;
                number = *p.direction;
                desc = class_value(plan, catalog, L);
            }
            if (field.key == "start_year") number = p.start_year;
            if (field.key == "end_year") number = p.end_year;
            if (field.key == "unit") {
                value = std::string(to_id(plan.unit));
                desc = plan.unit == AmountUnit::wan ? Text{"计划文件金额以万元计；本工作簿以元计",
                                                           "amounts in the plan file in 10,000 yuan (万元); "
                                                           "this workbook is in yuan",
                                                           "суммы в файле плана в 10 000 юаней (万元); в книге — юани"}
                                                          .in(L)
                                                    : Text{"元", "yuan", "юани"}.in(L);
            }
            if (field.key == "call") {
                value = plan.call;
                desc = catalog.title.in(L);
            }
            if (field.key == "written_by") value = kWrittenBy;
            sh.str(0, field.key, f.key);
            sh.str(1, field.label.in(L), f.bold);
            if (number)
                sh.number(2, Rational(*number), f.left);
            else
                sh.str(2, value);
            if (!desc.empty()) sh.str(3, desc);
            sh.next();
        }
        // The rest of the plan file no other sheet holds, so that import without --base loses nothing.
        for (const auto& [pointer, value] : planner::project_sheet_members(plan)) {
            sh.str(0, pointer, f.key);
            sh.str(1, pointer.substr(1), f.bold);
            sh.str(2, value);
            sh.str(3,
                   Text{"同计划文件（JSON；见 docs/plan-format.md）", "as in the plan file (JSON; docs/plan-format.md)",
                        "как в файле плана (JSON; docs/plan-format.md)"}
                       .in(L));
            sh.next();
        }
        sh.finish();
    }

    // Check: the money rules as live formulas over the Sources sheet's totals.
    {
        Sheet sh(wb, Text{"审核", "Check", "Проверка"}.in(L), f);
        // Column B holds amounts in yuan, a multiple, a ratio and a count: each item's label says which.
        sh.header({Text{"项目", "Item", "Показатель"}.in(L), Text{"数值", "Value", "Значение"}.in(L),
                   Text{"下限", "At least", "Не меньше"}.in(L), Text{"上限", "At most", "Не больше"}.in(L),
                   Text{"结论", "Verdict", "Итог"}.in(L), Text{"条款", "Clause", "Пункт"}.in(L),
                   Text{"满足（1 = 是）", "Met (1 = yes)", "Выполнено (1 = да)"}.in(L)});
        // The Sources sheet: a row per source from row 2, the total in the last column.
        const size_t total_col = 2 + years.size();
        auto source_total = [&](std::span<const Source> srcs) {
            std::string fml;
            for (Source src : srcs) {
                size_t i = std::find(kSources.begin(), kSources.end(), src) - kSources.begin();
                fml += (fml.empty() ? "=" : "+") + SN + "$" + col(total_col) + "$" + std::to_string(i + 2);
            }
            return fml;
        };
        std::vector<std::string> ok_cells;
        auto verdict = [&](const std::string& ok_formula, bool ok, std::string_view yes, std::string_view no) {
            sh.flag_formula(6, ok_formula, ok);
            ok_cells.push_back("$G$" + sh.r() + "=1");
            sh.text_formula(4, "=IF(G" + sh.r() + "=1," + literal(yes) + "," + literal(no) + ")", ok ? yes : no);
        };
        const ClassInfo& k = catalog.klass(plan.project.klass);
        const Money special = sums.all().of(Source::fiscal);
        const bool in_range = (!k.min_fiscal || special >= *k.min_fiscal) && (!k.max_fiscal || special <= *k.max_fiscal);
        const Source special_src[] = {Source::fiscal};
        sh.str(
            0,
            Text{"申请专项经费（元）", "Special fund applied for (yuan)", "Запрошено из специального фонда (юани)"}.in(
                L));
        sh.money_formula(1, source_total(special_src), special);
        // An end the call does not state is a blank cell and no condition.
        std::vector<std::string> range_terms;
        if (k.min_fiscal) {
            sh.money(2, *k.min_fiscal);
            range_terms.push_back("B" + sh.r() + ">=C" + sh.r());
        }
        if (k.max_fiscal) {
            sh.money(3, *k.max_fiscal);
            range_terms.push_back("B" + sh.r() + "<=D" + sh.r());
        }
        std::string range_formula = "AND(TRUE()";
        if (!range_terms.empty()) {
            range_formula = "AND(";
            for (std::size_t i = 0; i < range_terms.size(); ++i) range_formula += (i ? "," : "") + range_terms[i];
        }
        range_formula += ")";
        verdict(
            range_formula, in_range,
            Text{"✓ 在该类项目支持范围内", "✓ within the class's support range", "✓ в пределах поддержки класса"}.in(L),
            Text{"✗ 超出该类项目支持范围", "✗ outside the class's support range", "✗ вне пределов поддержки класса"}.in(L));
        sh.str(5, k.clause);
        sh.next();
        if (auto rv = ratio_view(plan, catalog, sums)) {
            const RatioRule& rule = *rv->rule;
            const std::string fr = std::to_string(sh.row() + 1), sr = std::to_string(sh.row() + 2),
                              mr = std::to_string(sh.row() + 3), rr = std::to_string(sh.row() + 4);
            sh.str(0, Text{"财政经费（元）", "Fiscal side (yuan)", "Бюджетные средства (юани)"}.in(L));
            sh.money_formula(1, source_total(rule.fiscal_side), rv->fiscal_side);
            sh.str(5, rule.clause);
            sh.next();
            sh.str(0, Text{"自筹经费（元）", "Self-raised side (yuan)", "Собственные средства (юани)"}.in(L));
            sh.money_formula(1, source_total(rule.self_side), rv->self_side);
            sh.str(5, rule.clause);
            sh.next();
            sh.str(0, Text{"自筹须为财政经费的倍数", "Required multiple of the fiscal side",
                           "Требуемая кратность бюджетным средствам"}
                          .in(L));
            sh.number(1, rule.multiple);
            sh.str(5, rule.clause);
            sh.next();
            sh.str(0, Text{"所需自筹（元；倍数 × 财政经费，进位到分）",
                           "Self-raised required (yuan; multiple × fiscal, rounded up to the fen)",
                           "Требуется собственных (юани; кратность × бюджетные, вверх до фэня)"}
                          .in(L));
            sh.money_formula(1, "=ROUNDUP(ROUND(B" + fr + "*B" + mr + "*100,6),0)/100", rv->required_self);
            sh.str(5, rule.clause);
            sh.next();
            const std::string req = localize_ratio(required_ratio_text(rule), L);
            // B the plan's ratio, C the required one (the multiple above as 1 : N): like beside like.
            sh.str(0, Text{"财政：自筹比例（要求 ", "Ratio, fiscal : self-raised (required ",
                           "Соотношение бюджетные : собственные (требуется "}
                              .in(L) +
                          req + Text{"）", ")", ")"}.in(L));
            const bool zero = rv->fiscal_side.is_zero();
            if (zero)
                sh.text_formula(1, "=IF(B" + fr + "=0,\"—\",TRUNC(B" + sr + "/B" + fr + ",4))", "—", f.ratio);
            else
                sh.number_formula(1, "=IF(B" + fr + "=0,\"—\",TRUNC(B" + sr + "/B" + fr + ",4))",
                                  to_double(rv->self_side.to_rational() / rv->fiscal_side.to_rational()),
                                  ratio_text(rv->fiscal_side, rv->self_side), f.ratio);
            sh.number_formula(2, "=B" + mr, to_double(rule.multiple), req, f.ratio);
            const Money short_by = rv->met() ? Money{} : rv->required_self - rv->self_side;
            verdict("B" + sr + ">=B" + rr, rv->met(),
                    Text{"✓ 满足配套比例要求", "✓ meets the required ratio", "✓ соотношение выполнено"}.in(L),
                    Text{"✗ 未达到配套比例要求", "✗ below the required ratio", "✗ соотношение не выполнено"}.in(L));
            sh.str(5, rule.clause);
            sh.next();
            sh.str(
                0,
                Text{"自筹尚缺（元）", "Self-raised still missing (yuan)", "Не хватает собственных средств (юани)"}.in(
                    L));
            sh.money_formula(1, "=MAX(0,B" + rr + "-B" + sr + ")", short_by);
            sh.str(5, rule.clause);
            sh.next();
        } else if (const RatioRule* exempting = catalog.ratio_exempting(plan)) {
            // The exemption (Hebei R4): the applicant and every partner are of the exempt types.
            sh.str(0, Text{"配套比例", "Co-funding ratio", "Соотношение софинансирования"}.in(L));
            sh.str(4, Text{"不要求自筹资金：申报单位与合作单位均为", "none required: the applicant and every partner are of type: ", "собственные средства не требуются: заявитель и все партнёры — "}.in(L) +
                          exempting->exempt_names.in(L));
            sh.str(5, exempting->clause);
            sh.next();
        } else {
            sh.str(0, Text{"配套比例", "Co-funding ratio", "Соотношение софинансирования"}.in(L));
            sh.str(4, Text{"本计划不适用配套比例要求", "no ratio rule applies to this plan",
                           "к этому плану требование соотношения не применяется"}
                          .in(L));
            sh.next();
        }
        // The form's own totals (declared[]): what the lines under each heading
        // add up to, as SUMIFS over the Lines sheet (so an edit there shows), against
        // the form's figure (the rule declared.sum). The money of equipment items
        // of a kind lies in the Basis sheet, out of the Lines sheet's reach: such a
        // heading's sum is written as a figure, and its label says so.
        bool declared_ok = true;
        {
            const auto line_columns = planner::written_line_columns(plan);
            const auto eq = std::find(line_columns.begin(), line_columns.end(), planner::LineColumn::equipment);
            const std::string eq_letter = col(static_cast<size_t>(eq - line_columns.begin()));
            const std::string eq_col = LN + "$" + eq_letter + ":$" + eq_letter;
            for (const DeclaredTotal& d : plan.declared) {
                const Money computed = declared_sum(plan, d).computed;
                const bool in_items =
                    d.equipment && std::any_of(plan.budget.begin(), plan.budget.end(), [&](const BudgetLine& l) {
                        return l.equipment != d.equipment && has_equipment_kind(l, *d.equipment);
                    });
                std::string label = fmt::format(
                    fmt::runtime(Text{"申报书表中“{}”（元）：其下各条预算合计与表中数字", "The form's “{}” (yuan): the lines under it, against the form's figure", "«{}» в форме (юани): сумма строк под ней и цифра формы"}.in(L)),
                    d.heading);
                if (in_items)
                    label += Text{"——含测算依据表中的设备条目，本表不重算", " — with the equipment items of the Basis sheet, not recalculated here", " — с позициями оборудования листа обоснования, здесь не пересчитывается"}.in(L);
                sh.str(0, label);
                std::vector<std::string> cats, srcs;  // criteria pairs, or one empty one: any
                for (Category c : d.categories)
                    cats.push_back("," + cat_col + "," + literal(catalog.category_name(c).in(L)));
                for (Source src : d.sources)
                    srcs.push_back("," + src_col + "," + literal(catalog.source_name(src).in(L)));
                if (cats.empty()) cats.emplace_back();
                if (srcs.empty()) srcs.emplace_back();
                const std::string kind =
                    d.equipment && eq != line_columns.end()
                        ? "," + eq_col + "," + literal(planner::equipment_kind_name(*d.equipment).in(L))
                        : std::string();
                std::string fml;
                for (const auto& c : cats)
                    for (const auto& s : srcs) {
                        const std::string criteria = c + s + kind;
                        fml += (fml.empty() ? "=" : "+") +
                               (criteria.empty() ? "SUM(" + amounts + ")" : "SUMIFS(" + amounts + criteria + ")");
                    }
                if (in_items)
                    sh.money(1, computed);
                else if (d.equipment && eq == line_columns.end())  // no line of any kind: nothing under it
                    sh.money_formula(1, "=0", computed);
                else
                    sh.money_formula(1, fml, computed);
                sh.money(2, d.amount);
                sh.money(3, d.amount);
                const bool ok = computed == d.amount;
                declared_ok = declared_ok && ok;
                // Compared to the fen: sums of doubles may differ from the figure in the last bits.
                verdict("ROUND(B" + sh.r() + "-C" + sh.r() + ",2)=0", ok,
                        Text{"✓ 各条预算合计与表中数字一致", "✓ the lines add up to the form's figure", "✓ строки в сумме дают цифру формы"}.in(L),
                        Text{"✗ 各条预算合计与表中数字不一致", "✗ the lines do not add up to the form's figure", "✗ строки в сумме не дают цифру формы"}.in(L));
                sh.next();
            }
        }
        // Amounts typed as text ('150万): SUMIFS counts them as 0, so every sum above
        // would be short. Counted here, red when any; `cofund import` names each one.
        sh.str(0, Text{"“预算明细”表中以文本填写的金额（个数；公式按 0 计算）",
                       "Amounts on the Lines sheet typed as text (count; the formulas count them as 0)",
                       "Суммы на листе строк, введённые текстом (число; формулы считают их нулём)"}
                      .in(L));
        sh.number_formula(1, "=SUMPRODUCT(ISTEXT(" + LN + "$G$2:$G$1048576)*1)", 0, "0", f.plain);
        sh.number(3, Rational(0), f.plain);
        verdict("B" + sh.r() + "=0", true,
                Text{"✓ 金额均为数字", "✓ every amount is a number", "✓ все суммы — числа"}.in(L),
                Text{"✗ 有文本金额：请改为数字", "✗ amounts typed as text: make them numbers",
                     "✗ суммы введены текстом: сделайте их числами"}
                    .in(L));
        sh.next();
        sh.str(0, Text{"预算总额（元）", "Total budget (yuan)", "Бюджет всего (юани)"}.in(L), f.bold);
        sh.money_formula(1, "=" + SN + "$" + col(total_col) + "$" + std::to_string(kSourceCount + 2),
                         sums.all().totals().total(), f.num_bold);
        sh.next();
        std::string all_ok = "AND(";
        for (size_t i = 0; i < ok_cells.size(); ++i) all_ok += (i ? "," : "") + ok_cells[i];
        all_ok += ")";
        bool every = in_range && declared_ok;
        if (auto rv = ratio_view(plan, catalog, sums)) every = every && rv->met();
        sh.str(0, Text{"本表资金审核", "Money checks of this sheet", "Денежные проверки этого листа"}.in(L), f.bold);
        verdict(all_ok, every, Text{"✓ 通过", "✓ PASS", "✓ ПРОЙДЕНО"}.in(L),
                Text{"✗ 不通过", "✗ FAIL", "✗ НЕ ПРОЙДЕНО"}.in(L));
        sh.next();
        sh.next();
        sh.str(0, Text{"本表只重算支持范围和配套比例；全部规则请用 cofund check 审核。",
                       "This sheet recalculates the support range and the co-funding ratio; `cofund check` checks "
                       "every rule.",
                       "Этот лист пересчитывает пределы поддержки и соотношение; все правила проверяет cofund check."}
                      .in(L));
        const lxw_row_t last = sh.row();
        lxw_conditional_format good = {}, bad = {};
        good.type = LXW_CONDITIONAL_TYPE_FORMULA;
        good.value_string = const_cast<char*>("=AND($G2<>\"\",$G2=1)");
        good.format = f.good;
        bad.type = LXW_CONDITIONAL_TYPE_FORMULA;
        bad.value_string = const_cast<char*>("=AND($G2<>\"\",$G2=0)");
        bad.format = f.bad;
        worksheet_conditional_format_range(sh.ws(), 1, 4, last, 4, &good);
        worksheet_conditional_format_range(sh.ws(), 1, 4, last, 4, &bad);
        sh.finish();
        worksheet_set_column(sh.ws(), 0, 0, 48, nullptr);
    }

    // Lines: the plan's budget lines, a row a line, the one place a user edits.
    {
        Sheet sh(wb, lines_name, f);
        std::vector<std::string> h;
        const auto columns = planner::written_line_columns(plan);
        for (auto c : columns) h.push_back(planner::line_columns()[static_cast<int>(c)].header.in(L));
        sh.header(h);
        // The optional columns' places: after the nine of every plan, those the plan has.
        auto at = [&](planner::LineColumn c) -> std::optional<lxw_col_t> {
            auto it = std::find(columns.begin(), columns.end(), c);
            if (it == columns.end()) return std::nullopt;
            return static_cast<lxw_col_t>(it - columns.begin());
        };
        const auto id_col = at(planner::LineColumn::id), equipment_col = at(planner::LineColumn::equipment),
                   unit_col = at(planner::LineColumn::unit);

        const std::string cat_names = LS + "$A$2:$A$" + n_cats, cat_ids = LS + "$B$2:$B$" + n_cats,
                          src_names = LS + "$C$2:$C$" + std::to_string(kSourceCount + 1),
                          src_ids = LS + "$D$2:$D$" + std::to_string(kSourceCount + 1),
                          src_sides = LS + "$E$2:$E$" + std::to_string(kSourceCount + 1);
        for (const auto& line : plan.budget) {
            const std::string r = sh.r();
            sh.number(0, Rational(line.year));
            sh.text_formula(1, "=IFERROR(INDEX(" + cat_ids + ",MATCH(C" + r + "," + cat_names + ",0)),\"\")",
                            to_id(line.category), f.key);
            sh.str(2, catalog.category_name(line.category).in(L));
            sh.text_formula(3, "=IFERROR(INDEX(" + src_ids + ",MATCH(E" + r + "," + src_names + ",0)),\"\")",
                            to_id(line.source), f.key);
            sh.str(4, catalog.source_name(line.source).in(L));
            sh.text_formula(5, "=IFERROR(INDEX(" + src_sides + ",MATCH(E" + r + "," + src_names + ",0)),\"\")",
                            side_name(line.source).in(L));
            sh.money(6, line.amount);
            if (!line.note.empty()) sh.str(7, line.note);
            if (!line.task.empty()) sh.str(8, line.task);
            if (id_col && !line.id.empty()) sh.str(*id_col, line.id);
            if (equipment_col && line.equipment)
                sh.str(*equipment_col, planner::equipment_kind_name(*line.equipment).in(L));
            if (unit_col && !line.unit.empty()) sh.str(*unit_col, line.unit);
            sh.next();
        }
        // Drop-downs for the year, the category and the source; amounts never negative.
        auto list = [&](lxw_col_t c, const std::string& range) {
            lxw_data_validation v = {};
            v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
            std::string fml = "=" + range;
            v.value_formula = fml.data();
            worksheet_data_validation_range(sh.ws(), 1, c, LXW_ROW_MAX - 1, c, &v);
        };
        list(0, LS + "$F$2:$F$" + std::to_string(std::max<size_t>(sums.years().size(), 1) + 1));
        list(2, cat_names);
        list(4, src_names);
        if (!annex_tasks.empty()) list(8, LS + "$G$2:$G$" + std::to_string(annex_tasks.size() + 1));
        lxw_data_validation amount = {};
        amount.validate = LXW_VALIDATION_TYPE_DECIMAL;
        amount.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
        amount.value_number = 0;
        worksheet_data_validation_range(sh.ws(), 1, 6, LXW_ROW_MAX - 1, 6, &amount);
        // Wide enough for any choice of the drop-downs, not only those written.
        for (const CategoryInfo* c : cats) sh.fit(2, c->name.in(L));
        for (Source src : kSources) sh.fit(4, catalog.source_name(src).in(L));
        for (const Task* t : annex_tasks) sh.fit(8, t->id);
        sh.finish();
        (void)n_lines;
    }

    {  // Sources: a row per source, a column per year, formulas over the lines.
        Sheet sh(wb, sources_name, f);
        std::vector<std::string> h = {Text{"经费来源", "Source", "Источник"}.in(L),
                                      Text{"财政/自筹", "Side", "Вид средств"}.in(L)};
        for (const auto& c : years)
            h.push_back(
                fmt::format(fmt::runtime(Text{"{}年（元）", "{} (yuan)", "{} (юани)"}.in(L)), column_label(c, L)));
        h.push_back(Text{"合计（元）", "Total (yuan)", "Итого (юани)"}.in(L));
        sh.header(h);
        const size_t tc = 2 + years.size();
        for (Source src : kSources) {
            const std::string r = sh.r();
            sh.str(0, catalog.source_name(src).in(L));
            sh.str(1, side_name(src).in(L));
            for (size_t i = 0; i < years.size(); ++i) {
                if (years[i].year)
                    sh.money_formula(2 + i, "=" + sumifs(*years[i].year, std::nullopt, "$A" + r),
                                     years[i].sums->of(src));
                else  // outside the period: the total less the project years
                    sh.money_formula(2 + i, "=" + col(tc) + r + "-SUM(C" + r + ":" + col(1 + i) + r + ")",
                                     years[i].sums->of(src));
            }
            sh.money_formula(tc, "=" + sumifs(std::nullopt, std::nullopt, "$A" + r), sums.all().of(src), f.num_bold);
            sh.next();
        }
        sh.str(0, Text{"合计", "Total", "Итого"}.in(L), f.bold);
        const std::string last = std::to_string(kSourceCount + 1);
        for (size_t i = 0; i <= years.size(); ++i) {
            const Money m = i < years.size() ? years[i].sums->totals().total() : sums.all().totals().total();
            sh.money_formula(2 + i, "=SUM(" + col(2 + i) + "2:" + col(2 + i) + last + ")", m, f.num_bold);
        }
        sh.finish();
    }
    {  // Expenditure: categories × (year × side), formulas over the lines.
        Sheet sh(wb, Text{"支出预算", "Expenditure", "Расходы"}.in(L), f);
        std::vector<std::string> h = {Text{"预算科目", "Category", "Статья расходов"}.in(L)};
        for (const auto& c : years) {
            h.push_back(fmt::format(fmt::runtime(Text{"{}年财政（元）", "{} fiscal (yuan)", "{} бюджет (юани)"}.in(L)),
                                    column_label(c, L)));
            h.push_back(
                fmt::format(fmt::runtime(Text{"{}年自筹（元）", "{} self-raised (yuan)", "{} собств. (юани)"}.in(L)),
                            column_label(c, L)));
        }
        h.push_back(Text{"财政合计（元）", "Fiscal total (yuan)", "Бюджет итого (юани)"}.in(L));
        h.push_back(Text{"自筹合计（元）", "Self-raised total (yuan)", "Собств. итого (юани)"}.in(L));
        h.push_back(Text{"合计（元）", "Total (yuan)", "Итого (юани)"}.in(L));
        sh.header(h);
        const size_t fc = 1 + 2 * years.size(), scol = fc + 1, tc = fc + 2;
        for (const CategoryInfo* info : cats) {
            const Category c = info->category;
            const std::string r = sh.r(), cat = "$A" + r;
            sh.str(0, catalog.category_name(c).in(L));
            size_t cc = 1;
            for (const auto& y : years) {
                for (bool self : {false, true}) {
                    std::span<const Source> side = self ? std::span<const Source>(kSelfSide) : kFiscalSide;
                    const Money m = y.sums->of(c, side);
                    if (y.year) {
                        sh.money_formula(cc, "=" + side_sum(*y.year, cat, side), m);
                    } else {  // outside: the side's total less its project years
                        std::string fml = "=" + col(self ? scol : fc) + r;
                        for (size_t k = self ? 2 : 1; k < cc; k += 2) fml += "-" + col(k) + r;
                        sh.money_formula(cc, fml, m);
                    }
                    ++cc;
                }
            }
            const Money fs = sums.all().of(c, kFiscalSide), ss = sums.all().of(c, kSelfSide);
            sh.money_formula(fc, "=" + side_sum(std::nullopt, cat, kFiscalSide), fs);
            sh.money_formula(scol, "=" + side_sum(std::nullopt, cat, kSelfSide), ss);
            sh.money_formula(tc, "=" + col(fc) + r + "+" + col(scol) + r, fs + ss, f.num_bold);
            sh.next();
        }
        sh.str(0, Text{"合计", "Total", "Итого"}.in(L), f.bold);
        const std::string last = n_cats;
        size_t cc = 1;
        for (const auto& y : years)
            for (bool self : {false, true}) {
                const Money m = y.sums->of(self ? std::span<const Source>(kSelfSide) : kFiscalSide);
                sh.money_formula(cc, "=SUM(" + col(cc) + "2:" + col(cc) + last + ")", m, f.num_bold);
                ++cc;
            }
        const Money fs = sums.all().of(kFiscalSide), ss = sums.all().of(kSelfSide);
        sh.money_formula(fc, "=SUM(" + col(fc) + "2:" + col(fc) + last + ")", fs, f.num_bold);
        sh.money_formula(scol, "=SUM(" + col(scol) + "2:" + col(scol) + last + ")", ss, f.num_bold);
        sh.money_formula(tc, "=SUM(" + col(tc) + "2:" + col(tc) + last + ")", fs + ss, f.num_bold);
        // The 2021 table's "of which: equipment purchase" (其中：购置设备费), under the
        // total so that the category rows keep their places: the lines of kind
        // purchase as SUMIFS over the Lines sheet's equipment kind column; where
        // basis items carry the kind (out of the Lines sheet's reach), cofund's figures.
        const auto purchase_kind = EquipmentKind::purchase;
        if (std::any_of(plan.budget.begin(), plan.budget.end(),
                        [&](const BudgetLine& l) { return has_equipment_kind(l, purchase_kind); })) {
            sh.next();
            const EquipmentSums purchase = equipment_sums(plan, sums, purchase_kind);
            const bool in_items = std::any_of(plan.budget.begin(), plan.budget.end(), [&](const BudgetLine& l) {
                return l.equipment != purchase_kind && has_equipment_kind(l, purchase_kind);
            });
            std::string label = purchase_row_name().in(L);
            if (in_items)
                label += Text{"（含测算依据表中的条目，本表不重算）", " (with the items of the Basis sheet, not recalculated here)", " (с позициями листа обоснования, здесь не пересчитывается)"}.in(L);
            sh.str(0, label);
            const auto line_columns = planner::written_line_columns(plan);
            const auto eq = std::find(line_columns.begin(), line_columns.end(), planner::LineColumn::equipment);
            const std::string eq_letter = col(static_cast<size_t>(eq - line_columns.begin()));
            const std::string kind = "," + LN + "$" + eq_letter + ":$" + eq_letter + "," +
                                     literal(planner::equipment_kind_name(purchase_kind).in(L));
            auto side_of = [&](bool self) { return self ? std::span<const Source>(kSelfSide) : kFiscalSide; };
            auto purchase_sum = [&](std::optional<int> year, bool self) {
                std::string fml;
                for (Source src : side_of(self))
                    fml += (fml.empty() ? "=" : "+") + std::string("SUMIFS(") + amounts +
                           (year ? "," + year_col + "," + std::to_string(*year) : std::string()) + kind + "," +
                           src_col + "," + literal(catalog.source_name(src).in(L)) + ")";
                return fml;
            };
            const std::string r = sh.r();
            size_t pc = 1;
            for (size_t i = 0; i < years.size(); ++i)
                for (bool self : {false, true}) {
                    const Money m = purchase.by_column[i].of(side_of(self));
                    if (in_items || eq == line_columns.end()) {
                        sh.money(pc, m);
                    } else if (years[i].year) {
                        sh.money_formula(pc, purchase_sum(*years[i].year, self), m);
                    } else {  // outside: the side's total less its project years
                        std::string fml = "=" + col(self ? scol : fc) + r;
                        for (size_t k = self ? 2 : 1; k < pc; k += 2) fml += "-" + col(k) + r;
                        sh.money_formula(pc, fml, m);
                    }
                    ++pc;
                }
            const Money pf = purchase.all.of(kFiscalSide), ps = purchase.all.of(kSelfSide);
            if (in_items || eq == line_columns.end()) {
                sh.money(fc, pf);
                sh.money(scol, ps);
            } else {
                sh.money_formula(fc, purchase_sum(std::nullopt, false), pf);
                sh.money_formula(scol, purchase_sum(std::nullopt, true), ps);
            }
            sh.money_formula(tc, "=" + col(fc) + r + "+" + col(scol) + r, pf + ps, f.num_bold);
        }
        sh.finish();
    }
    {  // Indicators: the call's target and the plan's value, as numbers.
        // Import reads the Id and Planned columns back (without --base): their names are planner's.
        Sheet sh(wb, indicators_sheet_name().in(L), f);
        sh.header({Text{"类别", "Kind", "Вид"}.in(L), indicator_id_header().in(L),
                   Text{"指标", "Indicator", "Показатель"}.in(L), Text{"单位", "Unit", "Ед. изм."}.in(L),
                   Text{"比较", "Operator", "Условие"}.in(L), Text{"目标", "Target", "Цель"}.in(L),
                   indicator_planned_header().in(L), Text{"状态", "Status", "Статус"}.in(L)});
        for (const Indicator* ind : catalog.indicators_for(plan)) {
            sh.str(0, indicator_kind_name(ind->kind).in(L));
            sh.str(1, ind->id);
            sh.str(2, ind->name.in(L));
            sh.str(3, ind->unit.in(L));
            sh.str(4, std::string(to_symbol(ind->op)));
            sh.number(5, ind->bound);
            const Decimal* planned = plan.indicator(ind->id);
            if (planned) sh.number(6, planned->value);
            sh.str(7, indicator_status_name(indicator_status(*ind, planned)).in(L));
            sh.next();
        }
        sh.finish();
    }
    // Tasks: the annex's tasks, covered or not, and the money by task as
    // formulas over the lines' task column. Written for a key project whose
    // annex lists tasks, and for any plan whose lines name a task.
    if (!annex_tasks.empty() || !sums.by_task().empty()) {
        Sheet sh(wb, tasks_sheet_name().in(L), f);
        std::vector<std::string> h;
        for (const auto& t : task_column_headers()) h.push_back(t.in(L));
        sh.header(h);
        // The rows: the annex's tasks in the call's order, then any other id the
        // plan lists or its lines name (by_task's order), then the lines without a task.
        std::vector<std::string> ids;
        for (const Task* t : annex_tasks) ids.push_back(t->id);
        auto add = [&](const std::string& id) {
            if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
        };
        for (const auto& t : plan.tasks) add(t.id);
        for (const auto& t : sums.by_task()) add(t.task);
        auto sums_of = [&](const std::string& id) -> Sums {
            for (const auto& t : sums.by_task())
                if (t.task == id) return t.sums;
            return id.empty() && sums.by_task().empty() ? sums.all() : Sums{};
        };
        const size_t first = sh.row() + 1;
        auto money_row = [&](const std::string& crit, const Sums& x) {
            const std::string r = sh.r();
            sh.money_formula(5, "=" + side_sum(std::nullopt, std::nullopt, kFiscalSide, crit), x.of(kFiscalSide));
            sh.money_formula(6, "=" + side_sum(std::nullopt, std::nullopt, kSelfSide, crit), x.of(kSelfSide));
            sh.money_formula(7, "=F" + r + "+G" + r, x.totals().total(), f.num_bold);
        };
        for (const auto& id : ids) {
            const Task* t = catalog.task(id);
            const auto covered =
                std::find_if(plan.tasks.begin(), plan.tasks.end(), [&](const PlanTask& p) { return p.id == id; });
            sh.str(0, id);
            if (t) sh.str(1, t->name.in(L));
            sh.str(2, (covered != plan.tasks.end() ? yes_text() : no_text()).in(L));
            if (covered != plan.tasks.end()) {
                if (!covered->lead.empty()) sh.str(3, covered->lead);
                if (!covered->summary.empty()) sh.str(4, covered->summary);
            }
            money_row(literal(id), sums_of(id));
            sh.next();
        }
        sh.str(1, lines_without_task_words().in(L));
        money_row("\"\"", sums_of(""));
        sh.next();
        const std::string last = std::to_string(sh.row());
        sh.str(1, Text{"合计", "Total", "Итого"}.in(L), f.bold);
        for (size_t c = 5; c <= 7; ++c) {
            const Money m = c == 5   ? sums.all().of(kFiscalSide)
                            : c == 6 ? sums.all().of(kSelfSide)
                                     : sums.all().totals().total();
            sh.money_formula(c, "=SUM(" + col(c) + std::to_string(first) + ":" + col(c) + last + ")", m, f.num_bold);
        }
        // The covered cell: a drop-down of yes and no.
        lxw_data_validation v = {};
        v.validate = LXW_VALIDATION_TYPE_LIST;
        const std::string yes = yes_text().in(L), no = no_text().in(L);
        const char* choices[] = {yes.c_str(), no.c_str(), nullptr};
        v.value_list = const_cast<char**>(choices);
        worksheet_data_validation_range(sh.ws(), 1, 2, static_cast<lxw_row_t>(ids.size()), 2, &v);
        sh.finish();
        worksheet_set_column(sh.ws(), 4, 4, 48, nullptr);
    }

    // Units: the money by participating unit (承担单位、合作单位) as formulas
    // over the lines' Unit column: the applicant (a blank unit), then each
    // partner. Written only for a plan whose lines name units.
    if (!sums.by_unit().empty()) {
        const auto columns = planner::written_line_columns(plan);
        const auto uc = std::find(columns.begin(), columns.end(), planner::LineColumn::unit);
        const std::string letter = col(static_cast<size_t>(uc - columns.begin()));
        const std::string unit_col = LN + "$" + letter + ":$" + letter;
        Sheet sh(wb, Text{"参加单位", "Units", "Участники"}.in(L), f);
        sh.header({Text{"单位编号", "Unit id", "Код участника"}.in(L), Text{"单位名称", "Unit", "Участник"}.in(L),
                   Text{"单位类型", "Type", "Тип"}.in(L), Text{"财政（元）", "Fiscal (yuan)", "Бюджетные (юани)"}.in(L),
                   Text{"自筹（元）", "Self-raised (yuan)", "Собственные (юани)"}.in(L),
                   Text{"合计（元）", "Total (yuan)", "Итого (юани)"}.in(L)});
        auto side = [&](std::span<const Source> sources, const std::string& crit) {
            std::string fml;
            for (Source src : sources)
                fml += (fml.empty() ? "" : "+") + std::string("SUMIFS(") + amounts + "," + unit_col + "," + crit + "," +
                       src_col + "," + literal(catalog.source_name(src).in(L)) + ")";
            return fml;
        };
        const size_t first = sh.row() + 1;
        for (const auto& u : sums.by_unit()) {
            const std::string r = sh.r();
            if (!u.id.empty()) sh.str(0, u.id);
            sh.str(1, unit_name(plan, u.partner));
            sh.str(2, org_type_text(unit_type(plan, u.partner)).in(L));
            if (u.applicant() || !u.id.empty()) {
                const std::string crit = u.applicant() ? std::string("\"\"") : literal(u.id);
                sh.money_formula(3, "=" + side(kFiscalSide, crit), u.sums.of(kFiscalSide));
                sh.money_formula(4, "=" + side(kSelfSide, crit), u.sums.of(kSelfSide));
            } else {  // a partner without an id carries no line
                sh.money(3, Money());
                sh.money(4, Money());
            }
            sh.money_formula(5, "=D" + r + "+E" + r, u.sums.totals().total(), f.num_bold);
            sh.next();
        }
        const std::string last = std::to_string(sh.row());
        sh.str(1, Text{"合计", "Total", "Итого"}.in(L), f.bold);
        for (size_t c = 3; c <= 5; ++c) {
            const Money m = c == 3   ? sums.all().of(kFiscalSide)
                            : c == 4 ? sums.all().of(kSelfSide)
                                     : sums.all().totals().total();
            sh.money_formula(c, "=SUM(" + col(c) + std::to_string(first) + ":" + col(c) + last + ")", m, f.num_bold);
        }
        sh.finish();
    }

    // Basis: a row per item of the lines' justification. The item's amount is
    // the product of its factors and unit price, shown with every decimal it
    // has (a product that is not a whole fen must show, never round away);
    // a line's first item row holds its amount and the difference, red when
    // not zero.
    if (has_any_basis(plan)) {
        Sheet sh(wb, planner::basis_sheet_name().in(L), f);
        // The columns of the justification as written (groups, lumps, written
        // results, units, equipment) only where the plan has any of them.
        bool written = false;
        size_t n = planner::kMinBasisFactors;
        std::function<void(const std::vector<BasisItem>&)> scan = [&](const std::vector<BasisItem>& items) {
            written = written || planner::basis_as_written(items);
            for (const auto& item : items) {
                n = std::max(n, item.factors.size());
                scan(item.items);
            }
        };
        for (const auto& line : plan.budget) scan(line.basis);
        using BC = planner::BasisColumn;
        size_t next_col = 0;
        const size_t c_row = next_col++, c_line = next_col++;
        const size_t c_path = written ? next_col++ : 0;
        const size_t c_item = next_col++, c_factors = next_col;
        next_col += 2 * n;
        const size_t c_price = next_col++, c_price_unit = next_col++, c_amount = next_col++,
                     c_line_amount = next_col++, c_diff = next_col++;
        size_t c_lump = 0, c_stated = 0, c_stated_unit = 0, c_money_unit = 0, c_equipment = 0, c_gap = 0;
        if (written) {
            c_lump = next_col++;
            c_stated = next_col++;
            c_stated_unit = next_col++;
            c_money_unit = next_col++;
            c_equipment = next_col++;
            c_gap = next_col++;
        }
        // The line's id where lines have ids: import pairs the items with it, so
        // that sorting the Lines sheet keeps every basis on its own line.
        const bool ids = std::any_of(plan.budget.begin(), plan.budget.end(),
                                     [](const BudgetLine& l) { return !l.id.empty(); });
        const size_t c_line_id = ids ? next_col++ : 0;
        std::vector<std::string> h = {planner::basis_column_header(BC::line_row).in(L),
                                      planner::basis_column_header(BC::line).in(L)};
        if (written) h.push_back(planner::basis_column_header(BC::path).in(L));
        h.push_back(planner::basis_column_header(BC::item).in(L));
        for (size_t k = 1; k <= n; ++k) {
            h.push_back(basis_column_header(BC::factor_value, static_cast<int>(k)).in(L));
            h.push_back(basis_column_header(BC::factor_unit, static_cast<int>(k)).in(L));
        }
        for (BC c : {BC::unit_price, BC::price_unit, BC::amount, BC::line_amount, BC::difference})
            h.push_back(planner::basis_column_header(c).in(L));
        if (written)
            for (BC c : {BC::lump, BC::stated, BC::stated_unit, BC::money_unit, BC::equipment, BC::stated_gap})
                h.push_back(planner::basis_column_header(c).in(L));
        if (ids) h.push_back(planner::basis_column_header(BC::line_id).in(L));
        sh.header(h);
        const std::string A = "$" + col(c_row), amount_col = "$" + col(c_amount);
        // The rows an item takes: its own and its items', to any depth.
        std::function<size_t(const BasisItem&)> rows_of = [&](const BasisItem& item) {
            size_t rows = 1;
            for (const auto& child : item.items) rows += rows_of(child);
            return rows;
        };
        for (size_t li = 0; li < plan.budget.size(); ++li) {
            const BudgetLine& line = plan.budget[li];
            const std::string lines_row = std::to_string(li + 2);
            bool first = true;
            // Writes an item's row, then its items' rows; returns its amount cell. An
            // item of a group leaves its Lines row blank, so that the line's
            // difference (SUMIFS over the Lines row) counts the top level only.
            std::function<std::string(const BasisItem&, const std::string&, bool)> write =
                [&](const BasisItem& item, const std::string& number, bool top) -> std::string {
                const std::string r = sh.r();
                if (top)
                    sh.number_formula(c_row, "=ROW(" + LN + "$A$" + lines_row + ")", static_cast<double>(li + 2),
                                      lines_row, f.key);
                if (first) {
                    const std::string shown =
                        fmt::format("{} · {} · {}", line.year, catalog.category_name(line.category).in(L),
                                    catalog.source_name(line.source).in(L));
                    sh.text_formula(c_line,
                                    "=INDEX(" + LN + "$A:$A," + A + r + ")&\" · \"&INDEX(" + LN + "$C:$C," + A + r +
                                        ")&\" · \"&INDEX(" + LN + "$E:$E," + A + r + ")",
                                    shown, f.key);
                }
                if (written) sh.str(c_path, number);
                if (top && !line.id.empty()) sh.str(c_line_id, line.id);
                sh.str(c_item, item.item);
                for (size_t k = 0; k < item.factors.size(); ++k) {
                    sh.number(c_factors + 2 * k, item.factors[k].value.value, f.plain);
                    if (!item.factors[k].unit.empty()) sh.str(c_factors + 1 + 2 * k, item.factors[k].unit);
                }
                if (!item.price_unit.empty()) sh.str(c_price_unit, item.price_unit);
                const Rational amount = item_amount(item);
                std::string formula;
                if (item.is_group()) {
                    // Its items' rows follow it: the subtotal adds their amount cells.
                    size_t child_row = sh.row() + 1;
                    for (const auto& child : item.items) {
                        formula += (formula.empty() ? "=" : "+") + col(c_amount) + std::to_string(child_row + 1);
                        child_row += rows_of(child);
                    }
                } else if (item.is_lump()) {
                    sh.money(c_lump, *item.lump);
                    formula = "=" + col(c_lump) + r;
                } else {
                    formula = "=PRODUCT(";
                    for (size_t k = 0; k < n; ++k) formula += col(c_factors + 2 * k) + r + ",";
                    formula += col(c_price) + r + ")";
                    sh.money(c_price, item.unit_price);
                }
                sh.number_formula(c_amount, formula, to_double(amount), exact_yuan_text(amount), f.exact);
                if (first) {
                    Rational total;
                    for (const auto& it : line.basis) total += item_amount(it);
                    const Rational diff = total - line.amount.to_rational();
                    sh.money_formula(c_line_amount, "=INDEX(" + amounts + "," + A + r + ")", line.amount);
                    sh.number_formula(c_diff,
                                      "=SUMIFS(" + amount_col + ":" + amount_col + "," + A + ":" + A + "," + A + r +
                                          ")-" + col(c_line_amount) + r,
                                      to_double(diff), exact_yuan_text(diff), f.exact);
                    first = false;
                }
                if (written) {
                    if (item.stated_unit) sh.str(c_stated_unit, planner::money_unit_name(*item.stated_unit).in(L));
                    if (item.money_unit) sh.str(c_money_unit, planner::money_unit_name(*item.money_unit).in(L));
                    if (item.equipment) sh.str(c_equipment, planner::equipment_kind_name(*item.equipment).in(L));
                    if (item.stated) {
                        // As written: in its own unit; the gap converts it (万元 × 10,000).
                        const AmountUnit unit = item.stated_unit.value_or(item.money_unit.value_or(plan.unit));
                        const Rational value = item.stated->to_rational() / (unit == AmountUnit::wan ? 10000 : 1);
                        sh.number(c_stated, value, f.exact);
                        const std::string SU = col(c_stated_unit) + r, MU = col(c_money_unit) + r, wan = "\"万元\"";
                        const std::string mult = "IF(" + SU + "=" + wan + ",10000,IF(" + SU + "<>\"\",1,IF(" + MU +
                                                 "=" + wan + ",10000,IF(" + MU + "<>\"\",1," +
                                                 (plan.unit == AmountUnit::wan ? "10000" : "1") + "))))";
                        const Rational gap = item.stated->to_rational() - amount;
                        sh.number_formula(c_gap, "=" + col(c_stated) + r + "*" + mult + "-" + col(c_amount) + r,
                                          to_double(gap), exact_yuan_text(gap), f.exact);
                    }
                }
                sh.next();
                for (size_t k = 0; k < item.items.size(); ++k)
                    write(item.items[k], number + "." + std::to_string(k + 1), false);
                return col(c_amount) + r;
            };
            for (size_t ii = 0; ii < line.basis.size(); ++ii) write(line.basis[ii], std::to_string(ii + 1), true);
        }
        const lxw_row_t last = sh.row();
        if (last > 1) {
            lxw_conditional_format bad = {}, good = {};
            bad.type = LXW_CONDITIONAL_TYPE_FORMULA;
            const std::string d = col(c_diff) + "2";
            const std::string bad_f = "=AND(" + d + "<>\"\"," + d + "<>0)";
            bad.value_string = const_cast<char*>(bad_f.c_str());
            bad.format = f.bad;
            good.type = LXW_CONDITIONAL_TYPE_FORMULA;
            const std::string good_f = "=AND(" + d + "<>\"\"," + d + "=0)";
            good.value_string = const_cast<char*>(good_f.c_str());
            good.format = f.good;
            worksheet_conditional_format_range(sh.ws(), 1, static_cast<lxw_col_t>(c_diff), last - 1,
                                               static_cast<lxw_col_t>(c_diff), &bad);
            worksheet_conditional_format_range(sh.ws(), 1, static_cast<lxw_col_t>(c_diff), last - 1,
                                               static_cast<lxw_col_t>(c_diff), &good);
            if (written) {
                // A written result a fen or more from the exact figure: red.
                lxw_conditional_format slip = {};
                slip.type = LXW_CONDITIONAL_TYPE_FORMULA;
                const std::string g = col(c_gap) + "2";
                const std::string slip_f = "=AND(" + g + "<>\"\",ABS(" + g + ")>=0.005)";
                slip.value_string = const_cast<char*>(slip_f.c_str());
                slip.format = f.bad;
                worksheet_conditional_format_range(sh.ws(), 1, static_cast<lxw_col_t>(c_gap), last - 1,
                                                   static_cast<lxw_col_t>(c_gap), &slip);
            }
        }
        sh.finish();
    }
    {  // Lists (hidden): what the drop-downs offer and the id and side formulas look up.
        Sheet sh(wb, lists_name, f);
        sh.header({line_columns()[2].header.in(L), line_columns()[1].header.in(L), line_columns()[4].header.in(L),
                   line_columns()[3].header.in(L), line_columns()[5].header.in(L), line_columns()[0].header.in(L),
                   line_columns()[8].header.in(L)});
        const size_t rows =
            std::max<size_t>({cats.size(), sums.years().size(), annex_tasks.size()});
        for (size_t i = 0; i < rows; ++i) {
            if (i < cats.size()) {
                sh.str(0, cats[i]->name.in(L));
                sh.str(1, cats[i]->id);
            }
            if (i < kSources.size()) {
                sh.str(2, catalog.source_name(kSources[i]).in(L));
                sh.str(3, to_id(kSources[i]));
                sh.str(4, side_name(kSources[i]).in(L));
            }
            if (i < sums.years().size()) sh.number(5, Rational(sums.years()[i]));
            if (i < annex_tasks.size()) sh.str(6, annex_tasks[i]->id);
            sh.next();
        }
        sh.finish();
        worksheet_hide(sh.ws());
    }
    lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR) {
        std::remove(tmp.c_str());
        return Error{fmt::format("cannot write the workbook for {}: {}", path, lxw_strerror(err))};
    }
    std::ifstream in(tmp, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::remove(tmp.c_str());
    return write_output(path, ss.str());
}

Result<bool> write_export(const Plan& plan, const Catalog& catalog, Lang lang, const std::string& path) {
    auto dot = path.rfind('.');
    std::string ext = dot == std::string::npos ? "" : path.substr(dot + 1);
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == "csv") return write_output(path, export_csv(plan, catalog, lang));
    if (ext == "xlsx") return write_xlsx(plan, catalog, lang, path);
    return Error{"cannot tell the spreadsheet format of \"" + path + "\": use a .csv or .xlsx name"};
}

}  // namespace cofund::planner
