// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/render/export.h"

#include <xlsxwriter.h>

#include <fmt/format.h>

#include <unistd.h>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cofund/planner/csv.h"
#include "cofund/planner/files.h"
#include "cofund/planner/text.h"
#include "cofund/render/app.h"
#include "tr.h"

namespace cofund::render {

namespace {

std::string side_name(Source src) {
    return is_self_raised(src) ? s(Cofund::tr("self-raised")) : s(Cofund::tr("fiscal"));
}

}  // namespace

std::string export_csv(const Plan& plan, const Catalog& catalog, Lang lang) {
    use_language(lang);
    planner::CsvWriter csv;
    for (const QString& h :
         {Cofund::tr("Year"), Cofund::tr("Category id"), Cofund::tr("Category"), Cofund::tr("Source id"),
          Cofund::tr("Source"), Cofund::tr("Side"), Cofund::tr("Amount (yuan)"), Cofund::tr("Note")})
        csv.text(s(h));
    csv.end_row();
    for (const auto& line : plan.budget)
        csv.number(std::to_string(line.year))
            .text(to_id(line.category))
            .text(catalog.category_name(line.category).in(lang))
            .text(to_id(line.source))
            .text(catalog.source_name(line.source).in(lang))
            .text(side_name(line.source))
            .number(line.amount.str())
            .text(line.note)
            .end_row();
    return csv.str();
}

namespace {

// Excel column width in characters; a CJK character takes two.
struct Widths {
    std::vector<double> w;
    void fit(size_t col, const std::string& text) {
        if (w.size() <= col) w.resize(col + 1, 8);
        w[col] = std::min(60.0, std::max(w[col], planner::display_width(text) * 1.1 + 2));
    }
    void apply(lxw_worksheet* ws) const {
        for (size_t c = 0; c < w.size(); ++c)
            worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), w[c], nullptr);
    }
};

class Sheet {
  public:
    Sheet(lxw_workbook* wb, const std::string& name, lxw_format* head, lxw_format* num, lxw_format* text)
        : ws_(workbook_add_worksheet(wb, name.c_str())), head_(head), num_(num), text_(text) {}
    void header(const std::vector<std::string>& cells) {
        for (size_t c = 0; c < cells.size(); ++c) str(c, cells[c], head_);
        worksheet_freeze_panes(ws_, 1, 0);
        ++row_;
    }
    void str(size_t col, const std::string& v, lxw_format* f = nullptr) {
        worksheet_write_string(ws_, row_, static_cast<lxw_col_t>(col), v.c_str(), f ? f : text_);
        widths_.fit(col, v);
    }
    void money(size_t col, const Money& m, lxw_format* f = nullptr) {
        worksheet_write_number(ws_, row_, static_cast<lxw_col_t>(col), std::strtod(m.str().c_str(), nullptr),
                               f ? f : num_);
        widths_.fit(col, m.grouped());
    }
    void number(size_t col, const Rational& r) {
        worksheet_write_number(ws_, row_, static_cast<lxw_col_t>(col), to_double(r), nullptr);
        widths_.fit(col, format_trimmed(r));
    }
    void next() { ++row_; }
    void finish() { widths_.apply(ws_); }

  private:
    lxw_worksheet* ws_;
    lxw_format *head_, *num_, *text_;
    lxw_row_t row_ = 0;
    Widths widths_;
};

}  // namespace

Result<bool> write_xlsx(const Plan& plan, const Catalog& catalog, Lang lang, const std::string& path) {
    use_language(lang);
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

    lxw_workbook* wb = workbook_new(tmp.c_str());
    if (!wb) {
        std::remove(tmp.c_str());
        return Error{"cannot start the workbook for " + path};
    }
    lxw_format* head = workbook_add_format(wb);
    format_set_bold(head);
    format_set_bg_color(head, 0xEEF2F7);
    format_set_border(head, LXW_BORDER_THIN);
    format_set_text_wrap(head);
    format_set_font_name(head, "Noto Sans CJK SC");
    lxw_format* num = workbook_add_format(wb);
    format_set_num_format(num, "#,##0.00");
    lxw_format* num_bold = workbook_add_format(wb);
    format_set_num_format(num_bold, "#,##0.00");
    format_set_bold(num_bold);
    lxw_format* text = workbook_add_format(wb);
    format_set_font_name(text, "Noto Sans CJK SC");
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    format_set_font_name(bold, "Noto Sans CJK SC");

    {  // Sources: a row per source, a column per year, in yuan.
        Sheet sh(wb, s(Cofund::tr("Sources")), head, num, text);
        std::vector<std::string> h = {s(Cofund::tr("Source")), s(Cofund::tr("Side"))};
        for (const auto& c : years) h.push_back(s(Cofund::tr("%1 (yuan)").arg(q(column_label(c, L)))));
        h.push_back(s(Cofund::tr("Total (yuan)")));
        sh.header(h);
        for (Source src : kSources) {
            sh.str(0, catalog.source_name(src).in(L));
            sh.str(1, side_name(src));
            for (size_t i = 0; i < years.size(); ++i) sh.money(2 + i, years[i].sums->of(src));
            sh.money(2 + years.size(), sums.all().of(src), num_bold);
            sh.next();
        }
        sh.str(0, s(Cofund::tr("Total")), bold);
        for (size_t i = 0; i < years.size(); ++i) sh.money(2 + i, years[i].sums->totals().total(), num_bold);
        sh.money(2 + years.size(), sums.all().totals().total(), num_bold);
        sh.finish();
    }
    {  // Expenditure: categories × (year × side), in yuan.
        Sheet sh(wb, s(Cofund::tr("Expenditure")), head, num, text);
        std::vector<std::string> h = {s(Cofund::tr("Category"))};
        for (const auto& c : years) {
            h.push_back(s(Cofund::tr("%1 fiscal (yuan)").arg(q(column_label(c, L)))));
            h.push_back(s(Cofund::tr("%1 self-raised (yuan)").arg(q(column_label(c, L)))));
        }
        h.push_back(s(Cofund::tr("Fiscal total (yuan)")));
        h.push_back(s(Cofund::tr("Self-raised total (yuan)")));
        h.push_back(s(Cofund::tr("Total (yuan)")));
        sh.header(h);
        auto side = [&](std::span<const Source> srcs, const Sums& in, std::optional<Category> c) {
            return c ? in.of(*c, srcs) : in.of(srcs);
        };
        auto row = [&](const std::string& label, std::optional<Category> c, lxw_format* f) {
            sh.str(0, label, f == num_bold ? bold : nullptr);
            size_t col = 1;
            for (const auto& y : years) {
                sh.money(col++, side(kFiscalSide, *y.sums, c), f);
                sh.money(col++, side(kSelfSide, *y.sums, c), f);
            }
            Money fs = side(kFiscalSide, sums.all(), c), ss = side(kSelfSide, sums.all(), c);
            sh.money(col++, fs, f);
            sh.money(col++, ss, f);
            sh.money(col, fs + ss, num_bold);
            sh.next();
        };
        for (int ci = 0; ci < kCategoryCount; ++ci) {
            auto c = static_cast<Category>(ci);
            row(catalog.category_name(c).in(L), c, num);
        }
        row(s(Cofund::tr("Total")), std::nullopt, num_bold);
        sh.finish();
    }
    {  // Indicators: the call's target and the plan's value, as numbers.
        Sheet sh(wb, s(Cofund::tr("Indicators")), head, num, text);
        sh.header({s(Cofund::tr("Kind")), s(Cofund::tr("Id")), s(Cofund::tr("Indicator")), s(Cofund::tr("Unit")),
                   s(Cofund::tr("Operator")), s(Cofund::tr("Target")), s(Cofund::tr("Planned")),
                   s(Cofund::tr("Status"))});
        for (const Indicator* ind : catalog.indicators_for(plan)) {
            sh.str(0, ind->kind == IndicatorKind::binding    ? s(Cofund::tr("binding"))
                      : ind->kind == IndicatorKind::expected ? s(Cofund::tr("expected"))
                                                             : s(Cofund::tr("common")));
            sh.str(1, ind->id);
            sh.str(2, ind->name.in(L));
            sh.str(3, ind->unit.in(L));
            sh.str(4, std::string(to_symbol(ind->op)));
            sh.number(5, ind->bound);
            const Decimal* planned = plan.indicator(ind->id);
            if (planned) sh.number(6, planned->value);
            sh.str(7, !planned                     ? s(Cofund::tr("not stated"))
                      : ind->meets(planned->value) ? s(Cofund::tr("meets"))
                                                   : s(Cofund::tr("below target")));
            sh.next();
        }
        sh.finish();
    }
    {  // Lines: the plan's budget lines, as the CSV has them.
        Sheet sh(wb, s(Cofund::tr("Lines")), head, num, text);
        sh.header({s(Cofund::tr("Year")), s(Cofund::tr("Category")), s(Cofund::tr("Source")), s(Cofund::tr("Side")),
                   s(Cofund::tr("Amount (yuan)")), s(Cofund::tr("Note"))});
        for (const auto& line : plan.budget) {
            sh.number(0, Rational(line.year));
            sh.str(1, catalog.category_name(line.category).in(L));
            sh.str(2, catalog.source_name(line.source).in(L));
            sh.str(3, side_name(line.source));
            sh.money(4, line.amount);
            sh.str(5, line.note);
            sh.next();
        }
        sh.finish();
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
    return planner::write_output(path, ss.str());
}

Result<bool> write_export(const Plan& plan, const Catalog& catalog, Lang lang, const std::string& path) {
    auto dot = path.rfind('.');
    std::string ext = dot == std::string::npos ? "" : path.substr(dot + 1);
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == "csv") return planner::write_output(path, export_csv(plan, catalog, lang));
    if (ext == "xlsx") return write_xlsx(plan, catalog, lang, path);
    return Error{"cannot tell the spreadsheet format of \"" + path + "\": use a .csv or .xlsx name"};
}

}  // namespace cofund::render
