// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/planner/spreadsheet.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <functional>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>

#include "cofund/json_read.h"
#include "cofund/plan_edit.h"
#include "cofund/plan_io.h"
#include "cofund/planner/templates.h"
#include "cofund/planner/xlsx_read.h"

namespace cofund::planner {

const std::array<LineColumnInfo, kLineColumnCount>& line_columns() {
    static const std::array<LineColumnInfo, kLineColumnCount> cols = {{
        {LineColumn::year, "year", {"年度", "Year", "Год"}},
        {LineColumn::category_id, "category_id", {"科目代码", "Category id", "Код статьи"}},
        {LineColumn::category, "category", {"预算科目", "Category", "Статья расходов"}},
        {LineColumn::source_id, "source_id", {"来源代码", "Source id", "Код источника"}},
        {LineColumn::source, "source", {"经费来源", "Source", "Источник"}},
        {LineColumn::side, "side", {"财政/自筹", "Side", "Вид средств"}},
        {LineColumn::amount, "amount", {"金额（元）", "Amount (yuan)", "Сумма (юани)"}},
        {LineColumn::note, "note", {"说明", "Note", "Примечание"}},
        {LineColumn::task, "task", {"任务", "Task", "Задача"}},
        {LineColumn::id, "id", {"明细编号", "Line id", "Код строки"}},
        {LineColumn::equipment, "equipment", {"设备类型", "Equipment kind", "Вид оборудования"}},
        {LineColumn::unit, "unit", {"参加单位", "Unit", "Участник"}},
    }};
    return cols;
}

std::vector<LineColumn> written_line_columns(const Plan& plan) {
    std::vector<LineColumn> cols;
    for (const auto& c : line_columns())
        if (c.column != LineColumn::id && c.column != LineColumn::equipment && c.column != LineColumn::unit)
            cols.push_back(c.column);
    auto any = [&](auto has) { return std::any_of(plan.budget.begin(), plan.budget.end(), has); };
    if (any([](const BudgetLine& l) { return !l.id.empty(); })) cols.push_back(LineColumn::id);
    if (any([](const BudgetLine& l) { return l.equipment.has_value(); })) cols.push_back(LineColumn::equipment);
    if (any([](const BudgetLine& l) { return !l.unit.empty(); })) cols.push_back(LineColumn::unit);
    return cols;
}

namespace {

// Lower-case ASCII and Cyrillic, drop blanks: "Amount (yuan) " and "amount(yuan)" match.
std::string fold(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
        if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
        // Cyrillic А–П (D0 90–9F) → а–п (D0 B0–BF); Р–Я (D0 A0–AF) → р–я (D1 80–8F).
        if (c == 0xD0 && i + 1 < s.size()) {
            unsigned char d = static_cast<unsigned char>(s[i + 1]);
            if (d >= 0x90 && d <= 0x9F) {
                out += static_cast<char>(0xD0);
                out += static_cast<char>(d + 0x20);
                ++i;
                continue;
            }
            if (d >= 0xA0 && d <= 0xAF) {
                out += static_cast<char>(0xD1);
                out += static_cast<char>(d - 0x20);
                ++i;
                continue;
            }
        }
        out += static_cast<char>(c);
    }
    // Full-width parentheses as ASCII ones.
    for (auto [from, to] : {std::pair<std::string_view, char>{"（", '('}, {"）", ')'}}) {
        for (auto p = out.find(from); p != std::string::npos; p = out.find(from, p)) out.replace(p, from.size(), 1, to);
    }
    return out;
}

// A money unit as the Basis sheet writes it (元, 万元) or as its id.
std::optional<AmountUnit> money_unit_of_text(const std::string& text) {
    const std::string t = fold(text);
    for (AmountUnit u : {AmountUnit::yuan, AmountUnit::wan})
        if (t == fold(money_unit_name(u).zh) || t == to_id(u)) return u;
    return std::nullopt;
}

// An equipment kind in any language, or its id.
std::optional<EquipmentKind> equipment_kind_of_text(const std::string& text) {
    const std::string t = fold(text);
    for (const auto& id : equipment_kind_ids()) {
        EquipmentKind k = *equipment_kind_from_id(id);
        const Text& name = equipment_kind_name(k);
        if (t == id || t == fold(name.zh) || t == fold(name.en) || t == fold(name.ru)) return k;
    }
    return std::nullopt;
}


}  // namespace

std::optional<LineColumn> line_column_from_header(std::string_view header) {
    const std::string h = fold(header);
    if (h.empty()) return std::nullopt;
    for (const auto& c : line_columns())
        if (h == fold(c.key) || h == fold(c.header.zh) || h == fold(c.header.en) || h == fold(c.header.ru))
            return c.column;
    return std::nullopt;
}

const Text& side_name(Source src) {
    static const Text fiscal{"财政", "fiscal", "бюджет"}, self{"自筹", "self-raised", "собств."};
    return is_self_raised(src) ? self : fiscal;
}

const Text& lines_sheet_name() {
    static const Text t{"预算明细", "Lines", "Строки бюджета"};
    return t;
}

const Text& project_sheet_name() {
    static const Text t{"项目信息", "Project", "Проект"};
    return t;
}

const Text& tasks_sheet_name() {
    static const Text t{"任务", "Tasks", "Задачи"};
    return t;
}

const Text& basis_sheet_name() {
    static const Text t{"测算依据", "Basis", "Обоснование"};
    return t;
}

const std::array<Text, kTaskColumnCount>& task_column_headers() {
    static const std::array<Text, kTaskColumnCount> h = {{
        {"任务代码", "Task id", "Код задачи"},
        {"任务", "Task", "Задача"},
        {"是否承担", "Covered", "Выполняется"},
        {"牵头单位", "Lead", "Ответственный"},
        {"主要内容", "Summary", "Содержание"},
        {"财政经费（元）", "Fiscal (yuan)", "Бюджетные (юани)"},
        {"自筹经费（元）", "Self-raised (yuan)", "Собственные (юани)"},
        {"合计（元）", "Total (yuan)", "Всего (юани)"},
    }};
    return h;
}

const Text& yes_text() {
    static const Text t{"是", "yes", "да"};
    return t;
}

const Text& no_text() {
    static const Text t{"否", "no", "нет"};
    return t;
}

Text basis_column_header(BasisColumn c, int k) {
    switch (c) {
        case BasisColumn::line_row:
            return {"明细行号", "Lines row", "Строка бюджета"};
        case BasisColumn::line:
            return {"年度 · 科目 · 来源", "Year · category · source", "Год · статья · источник"};
        case BasisColumn::item:
            return {"测算项目", "Item", "Позиция"};
        case BasisColumn::factor_value:
            return {fmt::format("数量{}", k), fmt::format("Quantity {}", k), fmt::format("Количество {}", k)};
        case BasisColumn::factor_unit:
            return {fmt::format("单位{}", k), fmt::format("Unit {}", k), fmt::format("Единица {}", k)};
        case BasisColumn::unit_price:
            return {"单价（元）", "Unit price (yuan)", "Цена (юани)"};
        case BasisColumn::price_unit:
            return {"计价单位", "Price unit", "Единица цены"};
        case BasisColumn::amount:
            return {"金额（元）", "Amount (yuan)", "Сумма (юани)"};
        case BasisColumn::line_amount:
            return {"明细金额（元）", "Line amount (yuan)", "Сумма строки (юани)"};
        case BasisColumn::difference:
            return {"差额（元）", "Difference (yuan)", "Разница (юани)"};
        case BasisColumn::path:
            return {"编号", "No.", "№"};
        case BasisColumn::lump:
            return {"整笔金额（元）", "Lump sum (yuan)", "Единовременно (юани)"};
        case BasisColumn::stated:
            return {"写明结果", "Written result", "Записанный итог"};
        case BasisColumn::stated_unit:
            return {"结果单位", "Result in", "Итог в"};
        case BasisColumn::money_unit:
            return {"金额单位", "Money in", "Суммы в"};
        case BasisColumn::equipment:
            return {"设备类型", "Equipment kind", "Вид оборудования"};
        case BasisColumn::stated_gap:
            return {"写明−计算（元）", "Written − exact (yuan)", "Записано − расчёт (юани)"};
        case BasisColumn::line_id:
            return {"明细编号", "Line id", "Код строки"};
    }
    return {};
}

bool basis_as_written(const std::vector<BasisItem>& items) {
    return std::any_of(items.begin(), items.end(), [](const BasisItem& i) {
        return i.is_group() || i.is_lump() || i.stated || i.money_unit || i.stated_unit || i.equipment;
    });
}

const Text& money_unit_name(AmountUnit u) {
    static const Text yuan{"元", "元", "元"}, wan{"万元", "万元", "万元"};
    return u == AmountUnit::wan ? wan : yuan;
}

const Text& equipment_kind_name(EquipmentKind k) {
    static const std::array<Text, 4> names = {Text{"购置", "purchase", "покупка"}, Text{"试制", "build", "изготовление"},
                                              Text{"改造", "upgrade", "модернизация"}, Text{"租赁", "lease", "аренда"}};
    return names[static_cast<int>(k)];
}

const Text& indicator_kind_name(IndicatorKind k) {
    static const Text binding{"约束性", "binding", "обязательный"}, expected{"预期性", "expected", "ожидаемый"},
        common{"共性", "common", "общий"};
    return k == IndicatorKind::binding ? binding : k == IndicatorKind::expected ? expected : common;
}

IndicatorStatus indicator_status(const Indicator& ind, const Decimal* planned) {
    return !planned                    ? IndicatorStatus::not_stated
           : ind.meets(planned->value) ? IndicatorStatus::meets
                                       : IndicatorStatus::below_target;
}

const Text& indicator_status_name(IndicatorStatus s) {
    static const Text not_stated{"未填报", "not stated", "не указан"}, meets{"达标", "meets", "выполнен"},
        below{"未达标", "below target", "ниже цели"};
    return s == IndicatorStatus::not_stated ? not_stated : s == IndicatorStatus::meets ? meets : below;
}

const Text& lines_without_task_words() {
    static const Text t{"未指定任务的明细", "Lines without a task", "Строки без задачи"};
    return t;
}

const Text& refusals_cut_words() {
    static const Text t{"更多错误未列出；已停止读取", "more refusals not listed; reading stopped",
                        "остальные ошибки не показаны; чтение остановлено"};
    return t;
}

const std::vector<ProjectField>& project_fields() {
    static const std::vector<ProjectField> f = {
        {"title", {"项目名称", "Title", "Название"}},
        {"applicant", {"申报单位", "Applicant", "Заявитель"}},
        {"class", {"项目类别", "Class", "Класс проекта"}},
        {"annex", {"附件", "Annex", "Приложение"}},
        {"direction", {"方向", "Direction", "Направление"}},
        {"start_year", {"起始年度", "First year", "Первый год"}},
        {"end_year", {"结束年度", "Last year", "Последний год"}},
        {"unit", {"计划文件金额单位", "Unit of the plan file", "Единица сумм в файле плана"}},
        {"call", {"申报指南", "Call", "Конкурс"}},
        {"written_by", {"生成工具", "Written by", "Создано"}},
    };
    return f;
}

const Text& indicators_sheet_name() {
    static const Text t{"考核指标", "Indicators", "Показатели"};
    return t;
}

const Text& indicator_id_header() {
    static const Text t{"代码", "Id", "Код"};
    return t;
}

const Text& indicator_planned_header() {
    static const Text t{"计划值", "Planned", "План"};
    return t;
}

std::vector<std::pair<std::string, std::string>> project_sheet_members(const Plan& plan) {
    using ojson = nlohmann::ordered_json;
    std::vector<std::pair<std::string, std::string>> out;
    auto text = [](const ojson& v) {
        if (v.is_string()) {
            const std::string& s = v.get_ref<const std::string&>();
            // Bare unless it would read back as JSON (a number, "true", a quoted text…).
            if (s.empty() || !parse_json(s)) return s;
        }
        return v.dump(-1, ' ', false, ojson::error_handler_t::replace);
    };
    const ojson j = plan_to_json(plan);
    static const std::set<std::string> in_fields = {"title", "class", "annex", "direction", "start_year", "end_year"};
    for (const auto& [k, v] : j.items()) {
        if (k == "project" || k == "applicant") {
            for (const auto& [m, w] : v.items())
                if (!(k == "project" ? in_fields.count(m) : m == "name"))
                    out.emplace_back("/" + k + "/" + pointer_escape(m), text(w));
        } else if (k != "format" && k != "call" && k != "unit" && k != "budget" && k != "tasks") {
            out.emplace_back("/" + pointer_escape(k), text(v));
        }
    }
    return out;
}

Result<Money> money_from_number_cell(std::string_view text) {
    auto v = parse_decimal(text);
    if (!v) return Error{"not a number"};
    if (v->sign() < 0) return Error{"negative"};
    const Rational fen = *v * 100;
    const BigInt whole = round_half_away(fen);
    Rational off = fen - Rational(whole);
    if (off.sign() < 0) off = -off;
    // Within 2⁻⁴⁸ of the value's own size: a double's rounding, not a third decimal.
    static const Rational rel = Rational(1) / Rational(BigInt(1) << 48);
    if (off.sign() != 0 && compare(off, fen * rel) == std::strong_ordering::greater) return Error{"fraction of a fen"};
    if (whole > BigInt("99999999999999")) return Error{"too large"};
    return Money::from_fen(Int(whole.convert_to<long long>()));
}

std::string ImportMessage::describe(Lang lang) const {
    return place.empty() ? text.in(lang) : place + ": " + text.in(lang);
}

namespace {

constexpr std::string_view kCsvFormulaStart = "=+-@\t\r";

// A table row, from either reader: cells in column order, a CSV cell as text.
using Cells = std::vector<XlsxCell>;

bool is_valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        std::size_t n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : 9;
        if (n == 9 || i + n >= s.size() + (n == 0)) return false;
        for (std::size_t k = 1; k <= n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2) return false;
        i += n + 1;
    }
    return true;
}

// RFC 4180 with the separator guessed from the header (",", ";" or tab, as
// Excel writes it in different locales); calls `row` per record with its number
// (the row a spreadsheet shows it in).
template <class Fn>
void read_csv(std::string_view text, Fn&& row) {
    text = skip_byte_order_marks(text);
    char sep = ',';
    {
        std::size_t comma = 0, semi = 0, tab = 0;
        bool q = false;
        for (char c : text.substr(0, text.find('\n'))) {
            if (c == '"') q = !q;
            if (q) continue;
            comma += c == ',';
            semi += c == ';';
            tab += c == '\t';
        }
        if (semi > comma && semi >= tab) sep = ';';
        if (tab > comma && tab > semi) sep = '\t';
    }
    Cells cells;
    std::string cell;
    int column = 1;
    long record = 1;
    bool quoted = false;
    auto end_cell = [&] {
        // Undo CsvWriter's guard: an apostrophe before = + - @ tab or CR.
        if (cell.size() >= 2 && cell[0] == '\'' && kCsvFormulaStart.find(cell[1]) != std::string_view::npos)
            cell.erase(0, 1);
        if (!cell.empty()) cells.push_back({column, XlsxCell::Kind::text, std::move(cell), false});
        cell.clear();
        ++column;
    };
    auto end_record = [&] {
        end_cell();
        bool go = cells.empty() || row(record, cells);
        cells.clear();
        column = 1;
        ++record;
        return go;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c != '"')
                cell += c;
            else if (i + 1 < text.size() && text[i + 1] == '"')
                cell += text[++i];
            else
                quoted = false;
        } else if (c == '"' && cell.empty()) {
            quoted = true;
        } else if (c == sep) {
            end_cell();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            if (!end_record()) return;
        } else {
            cell += c;
        }
    }
    end_record();
}

std::string quote_sheet(const std::string& name) {
    bool plain = !name.empty();
    for (unsigned char c : name)
        if (!(std::isalnum(c) || c == '_' || c >= 0x80)) plain = false;
    return plain ? name : "'" + name + "'";
}

// What a name cell may hold: a name in any language or the id.
template <class E>
struct Names {
    std::map<std::string, E> by_fold;
    std::vector<std::string> all;
    void add(const std::string& name, E e) {
        if (name.empty()) return;
        by_fold.emplace(fold(name), e);
        all.push_back(name);
    }
    std::optional<E> find(std::string_view s) const {
        auto it = by_fold.find(fold(s));
        if (it == by_fold.end()) return std::nullopt;
        return it->second;
    }
    // A name that contains, or is contained in, the text given; else the nearest typo.
    std::optional<E> guess(std::string_view s) const {
        std::string f = fold(s);
        if (f.size() >= 2)
            for (const auto& [k, e] : by_fold)
                if (k.find(f) != std::string::npos || f.find(k) != std::string::npos) return e;
        std::string n = nearest_name(s, all);
        if (n.empty()) return std::nullopt;
        return find(n);
    }
};

// A formula cell without a cached value: the workbook was written by a
// program that does not compute (a script, openpyxl) and never opened since.
Text uncomputed_formula_text() {
    return {"公式没有计算结果；请在电子表格程序中打开并保存，或直接填写数值",
            "holds a formula with no computed value; open and save the workbook in a spreadsheet "
            "program, or type the value",
            "формула без вычисленного значения; откройте и сохраните книгу в табличном редакторе или "
            "введите значение"};
}

// An amount in a cell: a number cell as whole fen (money_from_number_cell), a
// text cell as the desktop app's paste reads it. The refusal says what the cell
// holds, without its place.
// One refusal per fault whatever holds the amount: -5 in a CSV, typed as text
// in a workbook or a number cell is "negative", not "not an amount" in one of them.
std::optional<Money> money_of_cell(const XlsxCell& c, Text& why) {
    const std::string shown = printable(c.text, 40);
    auto refuse_number = [&](const std::string& e) {
        if (e == "negative")
            why = {fmt::format("金额 {} 为负数；金额不能为负", shown),
                   fmt::format("holds {}; an amount is never negative", shown),
                   fmt::format("содержит {}; сумма не бывает отрицательной", shown)};
        else if (e == "too large")
            why = {fmt::format("金额 {} 超过每行上限 999,999,999,999.99 元", shown),
                   fmt::format("holds {}, above the limit of 999,999,999,999.99 yuan per line", shown),
                   fmt::format("содержит {}, больше предела 999 999 999 999,99 юаней на строку", shown)};
        else
            why = {fmt::format("金额为 {}；金额最多两位小数", shown),
                   fmt::format("holds {}; amounts have at most two decimals", shown),
                   fmt::format("содержит {}; в суммах не больше двух знаков после запятой", shown)};
    };
    if (c.kind == XlsxCell::Kind::number) {
        auto m = money_from_number_cell(c.text);
        if (m) return *m;
        refuse_number(m.error().message);
        return std::nullopt;
    }
    if (c.kind == XlsxCell::Kind::text) {
        auto m = parse_typed_amount(c.text, false);
        if (m && *m <= Money::from_fen(Int(99999999999999LL))) return *m;
        if (m) {
            refuse_number("too large");
            return std::nullopt;
        }
        // Text that is an amount but for its sign ("-5", "−1,234.56", "-12.5万"),
        // or a plain number with too many decimals: refused as that number is.
        std::string t = c.text;
        t.erase(0, t.find_first_not_of(" \t\r\n"));
        for (std::string_view minus : {"-", "\u2212"})
            if (t.rfind(minus, 0) == 0 && t.size() > minus.size() &&
                parse_typed_amount(t.substr(minus.size()), false)) {
                refuse_number("negative");
                return std::nullopt;
            }
        t.erase(t.find_last_not_of(" \t\r\n") + 1);
        if (parse_decimal(t))
            if (auto n = money_from_number_cell(t); !n) {
                refuse_number(n.error().message);
                return std::nullopt;
            }
        why = {fmt::format("“{}”不是金额（例如 1,234.56、¥1,234.56 或 12.5万）", shown),
               fmt::format("\"{}\" is not an amount (e.g. 1,234.56, ¥1,234.56 or 12.5万)", shown),
               fmt::format("«{}» — не сумма (например, 1,234.56, ¥1,234.56 или 12.5万)", shown)};
        return std::nullopt;
    }
    why = {fmt::format("“{}”不是金额", shown), fmt::format("\"{}\" is not an amount", shown),
           fmt::format("«{}» — не сумма", shown)};
    return std::nullopt;
}

// A text of a cell that may hold a number or a text (a unit, a lead): as shown.
std::string text_of_cell(const XlsxCell* c) {
    if (!c || c->kind == XlsxCell::Kind::blank || c->kind == XlsxCell::Kind::error) return {};
    return c->text;
}

// The tasks a task cell may name: every task of the call, and any id the base
// plan already uses; hints prefer the plan's annex.
struct TaskIds {
    std::vector<std::string> known;  ///< hints: the plan's annex first
    std::set<std::string> accepted;
    std::optional<std::string> find(std::string_view text) const {
        std::string t(text);
        t.erase(0, t.find_first_not_of(" \t\r\n"));
        t.erase(t.find_last_not_of(" \t\r\n") + 1);
        if (accepted.count(t)) return t;
        for (auto& ch : t) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        if (accepted.count(t)) return t;
        return std::nullopt;
    }
};

class Importer {
  public:
    Importer(const Catalog& catalog, std::string sheet, const TaskIds& tasks)
        : catalog_(catalog), sheet_(std::move(sheet)), tasks_(tasks) {
        for (const CategoryInfo& info : catalog.categories) {
            const Category c = info.category;
            const Text& t = info.name;
            for (const auto* n : {&t.zh, &t.en, &t.ru}) categories_.add(*n, c);
            categories_.add(std::string(to_id(c)), c);
        }
        for (Source s : kSources) {
            const Text& t = catalog.source_name(s);
            for (const auto* n : {&t.zh, &t.en, &t.ru}) sources_.add(*n, s);
            sources_.add(std::string(to_id(s)), s);
        }
    }

    ImportOutcome out;
    std::vector<BudgetLine> lines;
    std::map<long, std::size_t> line_of_row;  ///< the sheet's row → its line in `lines`
    bool has_id_column() const {
        return std::any_of(columns_.begin(), columns_.end(), [](const auto& c) { return c.second == LineColumn::id; });
    }
    bool has_task_column() const {
        return std::any_of(columns_.begin(), columns_.end(),
                           [](const auto& c) { return c.second == LineColumn::task; });
    }
    bool has_unit_column() const {
        return std::any_of(columns_.begin(), columns_.end(),
                           [](const auto& c) { return c.second == LineColumn::unit; });
    }
    std::map<std::size_t, std::string> unit_place;  ///< a line in `lines` that names a unit → its cell

    // False: stop reading (too many errors or lines).
    bool row(long r, const Cells& cells) {
        if (!have_header_) return header(r, cells);
        std::array<const XlsxCell*, kLineColumnCount> at{};
        for (const auto& c : cells) {
            auto it = columns_.find(c.column);
            if (it != columns_.end()) at[static_cast<int>(it->second)] = &c;
        }
        auto get = [&](LineColumn c) { return at[static_cast<int>(c)]; };
        const std::size_t errors_before = out.errors.size();
        // Formulas with no computed value, error values: refused wherever they are read.
        auto usable = [&](LineColumn c) -> const XlsxCell* {
            const XlsxCell* cell = get(c);
            if (!cell) return nullptr;
            if (cell->kind == XlsxCell::Kind::error) {
                fail(r, cell->column,
                     {fmt::format("单元格为错误值 {}", cell->text), fmt::format("holds the error {}", cell->text),
                      fmt::format("содержит ошибку {}", cell->text)});
                return nullptr;
            }
            if (cell->formula && cell->kind == XlsxCell::Kind::blank) {
                // A derived id or side (a formula Cofund wrote) may lack a value: it is not read.
                if (c == LineColumn::category_id || c == LineColumn::source_id || c == LineColumn::side) return nullptr;
                fail(r, cell->column, uncomputed_formula_text());
                return nullptr;
            }
            if (blank(cell)) return nullptr;
            return cell;
        };
        const XlsxCell* year = usable(LineColumn::year);
        const XlsxCell* cat = usable(LineColumn::category);
        const XlsxCell* cat_id = literal(usable(LineColumn::category_id));
        const XlsxCell* src = usable(LineColumn::source);
        const XlsxCell* src_id = literal(usable(LineColumn::source_id));
        const XlsxCell* amount = usable(LineColumn::amount);
        const XlsxCell* note = usable(LineColumn::note);
        const XlsxCell* task = usable(LineColumn::task);
        const XlsxCell* id = usable(LineColumn::id);
        const XlsxCell* equipment = usable(LineColumn::equipment);
        const XlsxCell* unit = usable(LineColumn::unit);
        if (out.errors.size() != errors_before) return going();
        if (!year && !cat && !cat_id && !src && !src_id && !amount) {
            if (note || task)
                fail(r, (note ? note : task)->column,
                     {"这一行只有说明；请填写年度、科目、来源和金额，或删除该行",
                      "a row with only a note; give it a year, a category, a source and an amount, or delete it",
                      "в строке только примечание; укажите год, статью, источник и сумму или удалите строку"});
            return going();
        }
        BudgetLine line;
        line.year = read_year(r, year);
        line.category = read_named(
            r, cat, cat_id, LineColumn::category, categories_, {"未知科目", "unknown category", "неизвестная статья"},
            {"缺少预算科目", "no category", "не указана статья расходов"},
            [&](Category c, Lang l) { return fmt::format("{} ({})", catalog_.category_name(c).in(l), to_id(c)); });
        line.source = read_named(
            r, src, src_id, LineColumn::source, sources_, {"未知经费来源", "unknown source", "неизвестный источник"},
            {"缺少经费来源", "no source", "не указан источник"},
            [&](Source s, Lang l) { return fmt::format("{} ({})", catalog_.source_name(s).in(l), to_id(s)); });
        line.amount = read_amount(r, amount);
        if (note) line.note = note->text;
        if (task) line.task = read_task(r, *task);
        if (id) {
            line.id = text_of_cell(id);
            const bool ok = is_short_id(line.id);
            auto [first, added] = ids_.emplace(line.id, r);
            if (!ok)
                fail(r, id->column,
                     {fmt::format("“{}”不是明细编号（至多 32 个拉丁字母、数字、-、_、.）", printable(line.id, 40)),
                      fmt::format("\"{}\" is not a line id (up to 32 Latin letters, digits, '-', '_', '.')",
                                  printable(line.id, 40)),
                      fmt::format("«{}» — не код строки (до 32 латинских букв, цифр, «-», «_», «.»)",
                                  printable(line.id, 40))});
            else if (!added)
                fail(r, id->column,
                     {fmt::format("明细编号“{}”与第 {} 行重复；新增的行请留空", line.id, first->second),
                      fmt::format("line id \"{}\" is already on row {}; leave it blank on a new row", line.id,
                                  first->second),
                      fmt::format("код строки «{}» уже есть в строке {}; у новой строки оставьте его пустым", line.id,
                                  first->second)});
        }
        if (equipment) {
            if (auto k = equipment_kind_of_text(text_of_cell(equipment)))
                line.equipment = k;
            else
                fail(r, equipment->column,
                     {fmt::format("“{}”不是设备类型（购置、试制、改造、租赁）", printable(equipment->text, 40)),
                      fmt::format("\"{}\" is not an equipment kind (purchase, build, upgrade, lease)",
                                  printable(equipment->text, 40)),
                      fmt::format("«{}» — не вид оборудования (покупка, изготовление, модернизация, аренда)",
                                  printable(equipment->text, 40))});
        }
        if (out.errors.size() == errors_before) {
            if (static_cast<long>(lines.size()) >= kMaxImportLines) {
                fail(r, 1,
                     {fmt::format("超过 {} 行预算明细；拒绝导入", kMaxImportLines),
                      fmt::format("more than {} budget lines; refused", kMaxImportLines),
                      fmt::format("больше {} строк бюджета; импорт отклонён", kMaxImportLines)});
                return false;
            }
            line_of_row[r] = lines.size();
            if (unit && !blank(unit)) {
                line.unit = text_of_cell(unit);
                unit_place[lines.size()] = place(r, unit->column);
            }
            lines.push_back(std::move(line));
        }
        return going();
    }

    // An empty sheet has no header to find.
    void finish() {
        if (text_amounts > static_cast<long>(kMaxImportErrors)) {
            const long more = text_amounts - static_cast<long>(kMaxImportErrors);
            out.notices.push_back({quote_sheet(sheet_),
                                   {fmt::format("另有 {} 个文本金额未列出", more),
                                    fmt::format("{} more amounts typed as text, not listed", more),
                                    fmt::format("ещё сумм, введённых текстом: {} (не показаны)", more)}});
        }
        if (!have_header_)
            fail(1, 1,
                 {"没有表头行（年度、预算科目、经费来源、金额（元）……）",
                  "no header row (Year, Category, Source, Amount (yuan), …)",
                  "нет строки заголовков (Год, Статья расходов, Источник, Сумма (юани), …)"});
    }

  private:
    const Catalog& catalog_;
    std::string sheet_;
    const TaskIds& tasks_;
    bool have_header_ = false;
    Lang lang_ = Lang::en;  ///< the language of the header: names in hints are shown in it
    std::map<int, LineColumn> columns_;
    std::map<std::string, long> ids_;  ///< line id → the row that has it
    Names<Category> categories_;
    Names<Source> sources_;

    // The language a name was typed in (Cyrillic, CJK), else the header's: hints answer in it.
    Lang lang_of(std::string_view text) const {
        for (unsigned char ch : text) {
            if (ch == 0xD0 || ch == 0xD1) return Lang::ru;
            if (ch >= 0xE0) return Lang::zh;
        }
        return lang_;
    }
    std::string place(long r, int c) const { return quote_sheet(sheet_) + "!" + cell_ref(c, r); }
    void fail(long r, int c, Text t) {
        if (out.errors.size() >= kMaxImportErrors) {
            out.errors_cut = true;
            return;
        }
        out.errors.push_back({place(r, c), std::move(t)});
    }
    bool going() const { return !out.errors_cut; }
    static bool blank(const XlsxCell* c) {
        return !c || c->kind == XlsxCell::Kind::blank ||
               (c->kind == XlsxCell::Kind::text && c->text.find_first_not_of(" \t\r\n") == std::string::npos);
    }
    // An id cell only counts when typed: a formula's value follows the name beside it.
    static const XlsxCell* literal(const XlsxCell* c) { return c && !c->formula ? c : nullptr; }

    bool header(long r, const Cells& cells) {
        std::set<LineColumn> seen;
        for (const auto& c : cells) {
            if (blank(&c)) continue;
            auto col = c.kind == XlsxCell::Kind::text ? line_column_from_header(c.text) : std::nullopt;
            if (!col) {
                std::string shown = printable(c.text, 60);
                out.notices.push_back({place(r, c.column),
                                       {fmt::format("列“{}”不是 Cofund 读取的列，已忽略", shown),
                                        fmt::format("column \"{}\" is not one Cofund reads; ignored", shown),
                                        fmt::format("столбец «{}» Cofund не читает; пропущен", shown)}});
                continue;
            }
            if (!seen.insert(*col).second) {
                fail(r, c.column,
                     {fmt::format("列“{}”出现两次", printable(c.text, 60)),
                      fmt::format("column \"{}\" appears twice", printable(c.text, 60)),
                      fmt::format("столбец «{}» встречается дважды", printable(c.text, 60))});
                continue;
            }
            columns_[c.column] = *col;
            const Text& h = line_columns()[static_cast<int>(*col)].header;
            if (fold(c.text) == fold(h.zh)) lang_ = Lang::zh;
            if (fold(c.text) == fold(h.ru)) lang_ = Lang::ru;
        }
        have_header_ = true;
        auto need = [&](std::initializer_list<LineColumn> any, LineColumn shown) {
            for (LineColumn c : any)
                if (seen.count(c)) return;
            const Text& h = line_columns()[static_cast<int>(shown)].header;
            fail(r, 1,
                 {fmt::format("表头缺少“{}”列；表头需要年度、预算科目、经费来源和金额（元）", h.zh),
                  fmt::format("the header has no \"{}\" column; it needs Year, Category, Source and Amount (yuan)",
                              h.en),
                  fmt::format("в заголовке нет столбца «{}»; нужны Год, Статья расходов, Источник и Сумма (юани)",
                              h.ru)});
        };
        need({LineColumn::year}, LineColumn::year);
        need({LineColumn::category, LineColumn::category_id}, LineColumn::category);
        need({LineColumn::source, LineColumn::source_id}, LineColumn::source);
        need({LineColumn::amount}, LineColumn::amount);
        return out.errors.empty();
    }

    int read_year(long r, const XlsxCell* c) {
        if (!c) {
            fail(r, column_of(LineColumn::year), {"缺少年度", "no year", "не указан год"});
            return 0;
        }
        std::string t = c->text;
        if (c->kind == XlsxCell::Kind::text) {
            t.erase(std::remove_if(t.begin(), t.end(), [](char ch) { return ch == ' '; }), t.end());
            if (t.size() > 3 && t.compare(t.size() - 3, 3, "年") == 0) t.resize(t.size() - 3);
        }
        auto v = (c->kind == XlsxCell::Kind::number || c->kind == XlsxCell::Kind::text) ? parse_decimal(t)
                                                                                        : Result<Rational>(Error{""});
        if (!v || !is_whole(*v)) {
            std::string shown = printable(c->text, 40);
            fail(r, c->column,
                 {fmt::format("“{}”不是年度（例如 2018）", shown),
                  fmt::format("\"{}\" is not a year (e.g. 2018)", shown),
                  fmt::format("«{}» — не год (например, 2018)", shown)});
            return 0;
        }
        if (compare(*v, Rational(2000)) == std::strong_ordering::less ||
            compare(*v, Rational(2100)) == std::strong_ordering::greater) {
            std::string shown = printable(c->text, 40);
            fail(r, c->column,
                 {fmt::format("年度 {} 不在 2000–2100 之内", shown), fmt::format("year {} is outside 2000–2100", shown),
                  fmt::format("год {} вне диапазона 2000–2100", shown)});
            return 0;
        }
        return v->convert_to<int>();
    }

    int column_of(LineColumn want) const {
        for (const auto& [col, c] : columns_)
            if (c == want) return col;
        for (const auto& [col, c] : columns_)
            if ((want == LineColumn::category && c == LineColumn::category_id) ||
                (want == LineColumn::source && c == LineColumn::source_id))
                return col;
        return 1;
    }

    // A category or source from its name cell (any language, or the id) or its id cell.
    template <class E, class Show>
    E read_named(long r, const XlsxCell* name, const XlsxCell* id, LineColumn col, const Names<E>& names,
                 const Text& unknown_what, const Text& missing, Show show) {
        std::optional<E> from_name, from_id;
        auto unknown = [&](const XlsxCell* c) {
            std::string shown = printable(c->text, 60);
            auto g = c->kind == XlsxCell::Kind::text ? names.guess(c->text) : std::nullopt;
            const std::string hint = g ? show(*g, lang_of(c->text)) : "";
            fail(r, c->column,
                 {fmt::format("{}“{}”{}", unknown_what.zh, shown, g ? fmt::format("；是否指 {}？", hint) : ""),
                  fmt::format("{} \"{}\"{}", unknown_what.en, shown, g ? fmt::format("; did you mean {}?", hint) : ""),
                  fmt::format("{} «{}»{}", unknown_what.ru, shown, g ? fmt::format("; может быть, {}?", hint) : "")});
        };
        if (name) {
            from_name = name->kind == XlsxCell::Kind::text ? names.find(name->text) : std::nullopt;
            if (!from_name) unknown(name);
        }
        if (id) {
            from_id = id->kind == XlsxCell::Kind::text ? names.find(id->text) : std::nullopt;
            if (!from_id) unknown(id);
        }
        if (from_name && from_id && *from_name != *from_id)
            fail(r, id->column,
                 {fmt::format("代码为 {}，但旁边的名称是 {}", show(*from_id, lang_), show(*from_name, lang_)),
                  fmt::format("the id says {} but the name beside it says {}", show(*from_id, lang_),
                              show(*from_name, lang_)),
                  fmt::format("код — {}, а название рядом — {}", show(*from_id, lang_), show(*from_name, lang_))});
        if (!name && !id) fail(r, column_of(col), missing);
        return from_name ? *from_name : from_id ? *from_id : E{};
    }

    Money read_amount(long r, const XlsxCell* c) {
        if (!c) {
            fail(r, column_of(LineColumn::amount),
                 {"缺少金额；没有金额的行请填 0", "no amount; write 0 for a line of nothing",
                  "не указана сумма; для пустой строки напишите 0"});
            return {};
        }
        Text why;
        auto m = money_of_cell(*c, why);
        if (!m) {
            fail(r, c->column, std::move(why));
            return {};
        }
        // A workbook's formulas (SUMIFS on the Sources and Check sheets) count
        // text as 0: the Check sheet flags such a cell, and import says it read it.
        if (workbook && c->kind == XlsxCell::Kind::text && ++text_amounts <= static_cast<long>(kMaxImportErrors)) {
            const std::string shown = printable(c->text, 40), yuan = m->grouped();
            out.notices.push_back(
                {place(r, c->column),
                 {fmt::format("金额“{}”是文本：读作 {} 元，但工作簿的公式把它算作 0；请改为数字", shown, yuan),
                  fmt::format("the amount \"{}\" is text: read as {} yuan, but the workbook's formulas count it "
                              "as 0; make it a number",
                              shown, yuan),
                  fmt::format("сумма «{}» — текст: прочитана как {} юаней, но формулы книги считают её нулём; "
                              "сделайте её числом",
                              shown, yuan)}});
        }
        return *m;
    }

  public:
    bool workbook = false;  ///< reading a workbook's lines sheet (not a CSV, where every cell is text)
    long text_amounts = 0;  ///< amounts read from text cells of a workbook; the first kMaxImportErrors are named

  private:
    std::string read_task(long r, const XlsxCell& c) {
        const std::string shown = printable(c.text, 40);
        if (c.kind == XlsxCell::Kind::text)
            if (auto id = tasks_.find(c.text)) return *id;
        const std::string hint = c.kind == XlsxCell::Kind::text ? nearest_name(c.text, tasks_.known) : "";
        fail(r, c.column,
             {fmt::format("未知任务“{}”{}", shown, hint.empty() ? "" : fmt::format("；是否指 {}？", hint)),
              fmt::format("unknown task \"{}\"{}", shown, hint.empty() ? "" : fmt::format("; did you mean {}?", hint)),
              fmt::format("неизвестная задача «{}»{}", shown,
                          hint.empty() ? "" : fmt::format("; может быть, {}?", hint))});
        return {};
    }
};

// The project sheet: key (column A) → value (column C), as text.
std::map<std::string, std::string> read_project_sheet(const XlsxWorkbook& wb, std::size_t index,
                                                      std::map<std::string, long>* rows = nullptr) {
    std::map<std::string, std::string> kv;
    (void)wb.read_sheet(index, [&](long r, const Cells& cells) {
        std::string key, value;
        for (const auto& c : cells) {
            if (c.column == 1) key = c.text;
            if (c.column == 3) value = c.text;
        }
        if (!key.empty()) {
            kv[key] = value;
            if (rows) (*rows)[key] = r;
        }
        return kv.size() < 1000;
    });
    return kv;
}

std::optional<std::size_t> find_sheet(const XlsxWorkbook& wb, const Text& name) {
    const auto& names = wb.sheet_names();
    for (std::size_t i = 0; i < names.size(); ++i)
        if (fold(names[i]) == fold(name.zh) || fold(names[i]) == fold(name.en) || fold(names[i]) == fold(name.ru))
            return i;
    return std::nullopt;
}

// Where messages of a sheet other than the lines sheet go.
struct SheetErrors {
    std::string sheet;
    ImportOutcome& out;
    void fail(long r, int c, Text t) {
        if (out.errors.size() >= kMaxImportErrors) {
            out.errors_cut = true;
            return;
        }
        out.errors.push_back({quote_sheet(sheet) + "!" + cell_ref(c, r), std::move(t)});
    }
    bool going() const { return !out.errors_cut; }
};

bool blank_cell(const XlsxCell* c) {
    return !c || c->kind == XlsxCell::Kind::blank ||
           (c->kind == XlsxCell::Kind::text && c->text.find_first_not_of(" \t\r\n") == std::string::npos);
}

// A header row's columns, found by their header in any language: the column
// number of each header's index in `headers`.
std::map<std::size_t, int> header_columns(const Cells& cells, const std::vector<Text>& headers) {
    std::map<std::size_t, int> at;
    for (const auto& c : cells) {
        if (c.kind != XlsxCell::Kind::text) continue;
        const std::string h = fold(c.text);
        for (std::size_t i = 0; i < headers.size(); ++i)
            if (!at.count(i) && (h == fold(headers[i].zh) || h == fold(headers[i].en) || h == fold(headers[i].ru))) {
                at[i] = c.column;
                break;
            }
    }
    return at;
}

const XlsxCell* cell_at(const Cells& cells, int column) {
    for (const auto& c : cells)
        if (c.column == column) return &c;
    return nullptr;
}

// A quantity of a basis item: a number cell as the decimal a spreadsheet shows
// (15 significant digits: a double's 0.1 reads as 0.1), a text cell as typed.
std::optional<Decimal> factor_of_cell(const XlsxCell& c) {
    std::optional<Rational> v;
    if (c.kind == XlsxCell::Kind::number) {
        char* end = nullptr;
        const double d = std::strtod(c.text.c_str(), &end);
        if (end && *end == '\0' && std::isfinite(d))
            if (auto p = parse_decimal(fmt::format("{:.15g}", d))) v = *p;
    } else if (c.kind == XlsxCell::Kind::text) {
        std::string t = c.text;
        t.erase(0, t.find_first_not_of(" \t\r\n"));
        t.erase(t.find_last_not_of(" \t\r\n") + 1);
        if (auto p = parse_decimal(t)) v = *p;
    }
    if (!v) return std::nullopt;
    return Decimal::of(*v);
}

// The plan file's other members, from the Project sheet (project_sheet_members):
// each one is taken when the plan reader accepts the plan with it, and named
// in a notice when not; a workbook without them (from an earlier Cofund) gets
// a notice per part the plan then has from the template.
void apply_project_members(Plan& plan, const Catalog& catalog, const std::map<std::string, std::string>& kv,
                           const std::map<std::string, long>& rows, const std::string& psheet, ImportOutcome& out) {
    using ojson = nlohmann::ordered_json;
    ojson j = plan_to_json(plan);
    auto text_of = [](const ojson& v) { return v.dump(-1, ' ', false, ojson::error_handler_t::replace); };
    // The members, their values read as JSON by the strict reader (nesting
    // bounded, no duplicate keys), else as the text itself. A plan file has
    // about 20; a sheet of thousands is no plan's.
    constexpr std::size_t kMaxMembers = 200;
    std::vector<std::pair<std::string, ojson>> members;
    for (const auto& [key, value] : kv) {
        if (key.empty() || key[0] != '/') continue;
        if (members.size() == kMaxMembers) {
            out.notices.push_back(
                {psheet,
                 {fmt::format("超过 {} 个计划文件成员；其余未读取", kMaxMembers),
                  fmt::format("more than {} members of the plan file; the rest not read", kMaxMembers),
                  fmt::format("больше {} полей файла плана; остальные не прочитаны", kMaxMembers)}});
            break;
        }
        auto doc = parse_json(value);
        members.emplace_back(key, doc ? std::move(doc->root) : ojson(value));
    }
    const bool any = !members.empty();
    auto put = [](ojson& target, const std::string& key, const ojson& v) {
        try {
            target[ojson::json_pointer(key)] = v;
            return true;
        } catch (const std::exception&) {
            return false;
        }
    };
    // All at once, one read of the plan: the common case. When the plan reader
    // refuses, one at a time, to name each member it refuses.
    ojson all = j;
    bool placed = true;
    for (const auto& [key, v] : members) placed = placed && put(all, key, v);
    if (placed && read_plan(text_of(all), catalog)) {
        j = std::move(all);
    } else {
        for (const auto& [key, v] : members) {
            ojson trial = j;
            std::string why = "not a JSON pointer of the plan file";
            if (put(trial, key, v)) {
                auto again = read_plan(text_of(trial), catalog);
                why = again ? "" : again.error().describe();
            }
            if (why.empty()) {
                j = std::move(trial);
                continue;
            }
            const std::string place = psheet + "!C" + std::to_string(rows.count(key) ? rows.at(key) : 0);
            const std::string k = printable(key, 60), w = printable(why, 200);
            out.notices.push_back({place,
                                   {fmt::format("{} 未能读取（{}）；保留模板的值", k, w),
                                    fmt::format("{} not taken ({}); the template's value is kept", k, w),
                                    fmt::format("{} не прочитано ({}); оставлено значение шаблона", k, w)}});
        }
    }
    if (!any) {
        const Text parts[] = {{"申报单位的类型、条件和营业收入", "the applicant's type, flags and revenue",
                               "тип, признаки и выручка заявителя"},
                              {"合作单位", "the partners", "партнёры"},
                              {"指标预测", "the projections", "прогнозы"},
                              {"假设（汇率、折现率）", "the assumptions (exchange and discount rates)",
                               "допущения (курс и ставка дисконтирования)"}};
        for (const Text& p : parts)
            out.notices.push_back(
                {psheet,
                 {fmt::format("工作簿没有{}（由较早版本的 Cofund 写出）；计划使用模板的值，请用 --base PLAN 保留原值",
                              p.zh),
                  fmt::format("the workbook does not hold {} (written by an earlier Cofund); the plan has the "
                              "template's: give --base PLAN to keep yours",
                              p.en),
                  fmt::format("в книге нет поля «{}» (записана более ранней версией Cofund); в плане значения "
                              "шаблона: укажите --base PLAN, чтобы сохранить свои",
                              p.ru)}});
        return;
    }
    // The sheet lists every member the plan file had: the template's others go
    // (a plan without projections gets none, not the template's empty list).
    static const std::set<std::string> elsewhere = {"format", "call", "unit", "budget", "tasks"};
    static const std::set<std::string> in_fields = {"title", "class", "annex", "direction", "start_year", "end_year"};
    auto listed = [&](const std::string& pointer) { return kv.count(pointer) > 0; };
    ojson kept = ojson::object();
    for (auto& [k, v] : j.items()) {
        if (k == "project" || k == "applicant") {
            ojson o = ojson::object();
            for (auto& [m, w] : v.items())
                if ((k == "project" ? in_fields.count(m) : m == "name") || listed("/" + k + "/" + pointer_escape(m)))
                    o[m] = w;
            kept[k] = std::move(o);
        } else if (elsewhere.count(k) || listed("/" + pointer_escape(k))) {
            kept[k] = v;
        }
    }
    if (auto again = read_plan(kept.dump(-1, ' ', false, ojson::error_handler_t::replace), catalog))
        plan = std::move(*again);
    else if (auto j_again = read_plan(j.dump(-1, ' ', false, ojson::error_handler_t::replace), catalog))
        plan = std::move(*j_again);
}

// The planned indicator values of the Indicators sheet (Id and Planned columns,
// found by header), over those the Project sheet gave: a value that differs (an
// edit) replaces the plan's, a new one is added, a blank one unstates it; an
// indicator the sheet does not list stays. A cell that is no number is named
// in a notice and the plan's value kept.
void read_indicators_sheet(const XlsxWorkbook& wb, Plan& plan, ImportOutcome& out) {
    auto index = find_sheet(wb, indicators_sheet_name());
    const std::string sheet = quote_sheet(index ? wb.sheet_names()[*index] : indicators_sheet_name().en);
    auto unread = [&](const std::string& place, const Text& what) {
        out.notices.push_back({place,
                               {fmt::format("{}；计划使用模板的指标值，请用 --base PLAN 保留原值", what.zh),
                                fmt::format("{}; the plan has the template's indicator values: give --base PLAN "
                                            "to keep yours",
                                            what.en),
                                fmt::format("{}; в плане значения показателей из шаблона: укажите --base PLAN, "
                                            "чтобы сохранить свои",
                                            what.ru)}});
    };
    if (!index) {
        unread(sheet, {"工作簿没有“考核指标”工作表", "the workbook has no Indicators sheet",
                       "в книге нет листа «Показатели»"});
        return;
    }
    int id_col = 0, planned_col = 0;
    std::vector<std::pair<std::string, Decimal>> got;
    std::set<std::string> blank;
    // The call has about a hundred indicators; a sheet of a million rows is no plan's.
    constexpr std::size_t kMaxIndicators = 10000;
    auto read = wb.read_sheet(*index, [&](long r, const Cells& cells) {
        if (got.size() + blank.size() >= kMaxIndicators) return false;
        if (!id_col) {
            auto at = header_columns(cells, {indicator_id_header(), indicator_planned_header()});
            if (!at.count(0) || !at.count(1)) return false;
            id_col = at[0];
            planned_col = at[1];
            return true;
        }
        const XlsxCell* id = cell_at(cells, id_col);
        if (blank_cell(id) || id->kind != XlsxCell::Kind::text) return true;
        const XlsxCell* v = cell_at(cells, planned_col);
        if (blank_cell(v)) {
            blank.insert(id->text);
            return true;
        }
        if (auto d = factor_of_cell(*v)) {
            got.emplace_back(id->text, *d);
        } else {
            const std::string shown = printable(v->text, 40), which = printable(id->text, 40);
            out.notices.push_back(
                {sheet + "!" + cell_ref(v->column, r),
                 {fmt::format("指标 {} 的计划值“{}”不是数字；保留模板的值", which, shown),
                  fmt::format("the planned value \"{}\" of {} is not a number; the template's is kept", shown, which),
                  fmt::format("план «{}» показателя {} — не число; оставлено значение шаблона", shown, which)}});
        }
        return true;
    });
    if (!read || !id_col) {
        unread(sheet, {"“考核指标”工作表没有“代码”和“计划值”列", "the Indicators sheet has no Id and Planned columns",
                       "на листе «Показатели» нет столбцов «Код» и «План»"});
        return;
    }
    auto& inds = plan.indicators;
    inds.erase(std::remove_if(inds.begin(), inds.end(), [&](const auto& p) { return blank.count(p.first) > 0; }),
               inds.end());
    std::map<std::string, std::size_t> at;
    for (std::size_t i = 0; i < inds.size(); ++i) at.emplace(inds[i].first, i);
    for (auto& [id, value] : got) {
        auto it = at.find(id);
        if (it == at.end()) {
            at.emplace(id, inds.size());
            inds.emplace_back(id, value);
        } else if (inds[it->second].second.value != value.value) {  // the same value keeps the file's writing ("1.0")
            inds[it->second].second = value;
        }
    }
    plan.indicators_stated = plan.indicators_stated || !got.empty();
}

// The Basis sheet: each item row's line (by its row on the lines sheet), its
// number in the line ("2.3": an item of group 2, whose row is above it), its
// text, factors, unit price or lump sum, written result and units. The amount,
// line amount, difference and gap columns are formulas over these, and not read.
std::map<std::size_t, std::vector<BasisItem>> read_basis_sheet(const XlsxWorkbook& wb, std::size_t index,
                                                               const std::map<long, std::size_t>& line_of_row,
                                                               const std::vector<BudgetLine>& lines,
                                                               const std::string& lines_sheet, AmountUnit plan_unit,
                                                               ImportOutcome& out) {
    std::map<std::string_view, std::size_t> line_of_id;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (!lines[i].id.empty()) line_of_id.emplace(lines[i].id, i);
    std::map<std::size_t, std::vector<BasisItem>> basis;
    SheetErrors e{wb.sheet_names()[index], out};
    using BC = BasisColumn;
    std::vector<Text> headers = {basis_column_header(BC::line_row), basis_column_header(BC::item),
                                 basis_column_header(BC::unit_price), basis_column_header(BC::price_unit)};
    for (int k = 1; k <= kMaxBasisFactors; ++k) {
        headers.push_back(basis_column_header(BC::factor_value, k));
        headers.push_back(basis_column_header(BC::factor_unit, k));
    }
    const std::size_t h_path = headers.size();
    for (BC c : {BC::path, BC::lump, BC::stated, BC::stated_unit, BC::money_unit, BC::equipment, BC::line_id})
        headers.push_back(basis_column_header(c));
    const std::size_t h_lump = h_path + 1, h_stated = h_path + 2, h_stated_unit = h_path + 3,
                      h_money_unit = h_path + 4, h_equipment = h_path + 5, h_line_id = h_path + 6;
    std::map<std::size_t, int> at;
    bool have_header = false;
    auto get = [&](const Cells& cells, std::size_t h) -> const XlsxCell* {
        auto it = at.find(h);
        return it == at.end() ? nullptr : cell_at(cells, it->second);
    };
    // Every item row, then the groups are put together from the numbers.
    struct Node {
        BasisItem item;
        std::vector<std::size_t> kids;
        long r = 0;
        bool has_price = false;
    };
    std::vector<Node> nodes;
    std::map<std::size_t, std::vector<std::size_t>> roots;          // line → its top-level items
    std::map<std::pair<std::size_t, std::string>, std::size_t> by_path;  // (line, "2.3") → node
    std::optional<std::size_t> current_line;  // the line of the last top-level row
    struct {
        long count = 0;
        std::size_t error = 0;
    } uncomputed;
    auto read = wb.read_sheet(index, [&](long r, const Cells& cells) {
        if (!have_header) {
            have_header = true;
            at = header_columns(cells, headers);
            for (std::size_t need : {0, 1, 2, 4})
                if (!at.count(need)) {
                    const Text& h = headers[need];
                    e.fail(r, 1,
                           {fmt::format("表头缺少“{}”列", h.zh), fmt::format("the header has no \"{}\" column", h.en),
                            fmt::format("в заголовке нет столбца «{}»", h.ru)});
                }
            return out.errors.empty();
        }
        const XlsxCell* row_cell = get(cells, 0);
        const XlsxCell* item_cell = get(cells, 1);
        const XlsxCell* price_cell = get(cells, 2);
        const XlsxCell* path_cell = get(cells, h_path);
        const XlsxCell* lump_cell = get(cells, h_lump);
        const XlsxCell* stated_cell = get(cells, h_stated);
        bool any = !blank_cell(item_cell) || !blank_cell(price_cell) || !blank_cell(lump_cell) ||
                   !blank_cell(stated_cell);
        for (int k = 0; k < kMaxBasisFactors && !any; ++k)
            any = !blank_cell(get(cells, 4 + 2 * k)) || !blank_cell(get(cells, 5 + 2 * k));
        if (!any) return e.going();  // an empty row, or only the derived columns
        const std::size_t before = out.errors.size();
        Node node;
        node.r = r;
        BasisItem& item = node.item;
        // The item's number: one with a point belongs to the group numbered before its last point.
        std::string path = blank_cell(path_cell) ? std::string() : text_of_cell(path_cell);
        path.erase(0, path.find_first_not_of(" \t"));
        path.erase(path.find_last_not_of(" \t") + 1);
        const auto dot = path.rfind('.');
        const std::string parent = dot == std::string::npos ? std::string() : path.substr(0, dot);
        std::optional<std::size_t> line;
        const int row_col = at[0];
        const XlsxCell* id_cell = get(cells, h_line_id);
        if (!blank_cell(id_cell)) {
            // The line's id wins over its row: sorting the Lines sheet moves the rows, not the ids.
            const std::string id = text_of_cell(id_cell);
            auto it = line_of_id.find(id);
            if (it != line_of_id.end())
                line = it->second;
            else
                e.fail(r, id_cell->column,
                       {fmt::format("“{}”不是“{}”工作表上任何明细的编号", printable(id, 40), lines_sheet),
                        fmt::format("\"{}\" is the id of no line on the {} sheet", printable(id, 40), lines_sheet),
                        fmt::format("«{}» — код ни одной строки листа «{}»", printable(id, 40), lines_sheet)});
        } else if (row_cell && row_cell->formula && row_cell->kind == XlsxCell::Kind::blank) {
            // Every row's =ROW(…) lacks its value when one does: said once, with the count, below.
            if (!uncomputed.count++) {
                e.fail(r, row_col, uncomputed_formula_text());
                uncomputed.error = out.errors.size() - 1;
            }
        } else if (blank_cell(row_cell)) {
            if (parent.empty())
                e.fail(r, row_col,
                       {"缺少明细行号（该项属于“" + lines_sheet + "”工作表的哪一行）",
                        "no Lines row (the row of the " + lines_sheet + " sheet this item belongs to)",
                        "не указана строка бюджета (строка листа «" + lines_sheet + "», к которой относится позиция)"});
        } else {
            auto v = row_cell->kind == XlsxCell::Kind::number || row_cell->kind == XlsxCell::Kind::text
                         ? parse_decimal(row_cell->text)
                         : Result<Rational>(Error{""});
            auto it = v && is_whole(*v) && v->sign() > 0 && compare(*v, Rational(kXlsxMaxRow)) <= 0
                          ? line_of_row.find(v->convert_to<long>())
                          : line_of_row.end();
            if (it == line_of_row.end()) {
                const std::string shown = printable(row_cell->text, 40);
                e.fail(r, row_cell->column,
                       {fmt::format("“{}”不是“{}”工作表上预算明细的行号", shown, lines_sheet),
                        fmt::format("\"{}\" is not the row of a budget line on the {} sheet", shown, lines_sheet),
                        fmt::format("«{}» — не номер строки бюджета на листе «{}»", shown, lines_sheet)});
            } else {
                line = it->second;
            }
        }
        if (uncomputed.count) return e.going();  // the cause is said; the rest would only repeat it
        if (blank_cell(item_cell))
            e.fail(r, at[1],
                   {"缺少测算项目的名称", "an item needs its text (what is bought or paid)",
                    "у позиции нет названия (что покупается или оплачивается)"});
        else
            item.item = item_cell->text;
        for (int k = 0; k < kMaxBasisFactors; ++k) {
            const XlsxCell* value = get(cells, 4 + 2 * k);
            const XlsxCell* unit = get(cells, 5 + 2 * k);
            if (blank_cell(value)) {
                if (!blank_cell(unit))
                    e.fail(r, unit->column,
                           {fmt::format("单位“{}”没有数量", printable(unit->text, 40)),
                            fmt::format("unit \"{}\" has no quantity", printable(unit->text, 40)),
                            fmt::format("у единицы «{}» нет количества", printable(unit->text, 40))});
                continue;
            }
            const std::string shown = printable(value->text, 40);
            auto d = factor_of_cell(*value);
            if (!d) {
                e.fail(r, value->column,
                       {fmt::format("数量“{}”不是数字", shown), fmt::format("factor \"{}\" is not a number", shown),
                        fmt::format("количество «{}» — не число", shown)});
                continue;
            }
            if (d->value.sign() < 0) {
                e.fail(r, value->column,
                       {fmt::format("数量 {} 为负数", shown), fmt::format("factor {} is negative", shown),
                        fmt::format("количество {} отрицательно", shown)});
                continue;
            }
            item.factors.push_back({*d, text_of_cell(unit)});
        }
        if (!blank_cell(price_cell)) {
            Text why;
            if (auto m = money_of_cell(*price_cell, why)) {
                item.unit_price = *m;
                node.has_price = true;
            } else {
                e.fail(r, price_cell->column, std::move(why));
            }
        }
        item.price_unit = text_of_cell(get(cells, 3));
        if (!blank_cell(lump_cell)) {
            Text why;
            if (auto m = money_of_cell(*lump_cell, why))
                item.lump = *m;
            else
                e.fail(r, lump_cell->column, std::move(why));
        }
        auto unit_at = [&](std::size_t h) -> std::optional<AmountUnit> {
            const XlsxCell* c = get(cells, h);
            if (blank_cell(c)) return std::nullopt;
            if (auto u = money_unit_of_text(text_of_cell(c))) return u;
            const std::string shown = printable(c->text, 40);
            e.fail(r, c->column,
                   {fmt::format("“{}”不是金额单位（元或万元）", shown),
                    fmt::format("\"{}\" is not a money unit (元 or 万元)", shown),
                    fmt::format("«{}» — не единица суммы (元 или 万元)", shown)});
            return std::nullopt;
        };
        item.stated_unit = unit_at(h_stated_unit);
        item.money_unit = unit_at(h_money_unit);
        if (const XlsxCell* c = get(cells, h_equipment); !blank_cell(c)) {
            if (auto k = equipment_kind_of_text(text_of_cell(c)))
                item.equipment = k;
            else {
                const std::string shown = printable(c->text, 40);
                e.fail(r, c->column,
                       {fmt::format("“{}”不是设备类型（购置、试制、改造、租赁）", shown),
                        fmt::format("\"{}\" is not an equipment kind (purchase, build, upgrade, lease)", shown),
                        fmt::format("«{}» — не вид оборудования (покупка, изготовление, модернизация, аренда)",
                                    shown)});
            }
        }
        if (!blank_cell(stated_cell)) {
            // As written, in its unit: the result's, else the item's money unit, else the plan's.
            const AmountUnit unit = item.stated_unit.value_or(item.money_unit.value_or(plan_unit));
            auto d = factor_of_cell(*stated_cell);
            Rational yuan = d ? d->value * (unit == AmountUnit::wan ? 10000 : 1) : Rational(-1);
            if (d && yuan.sign() >= 0 && is_whole(yuan * 100) && compare(Rational(999999999999LL), yuan) >= 0)
                item.stated = Money::floor_from(yuan);
            else {
                const std::string shown = printable(stated_cell->text, 40);
                e.fail(r, stated_cell->column,
                       {fmt::format("写明结果“{}”不是到分的金额", shown),
                        fmt::format("written result \"{}\" is not an amount to the fen", shown),
                        fmt::format("записанный итог «{}» — не сумма с точностью до фэня", shown)});
            }
        }
        // Its place: a top-level item of its line, or an item of the group above it.
        if (parent.empty()) {
            if (line) current_line = line;
        } else if (!current_line || !by_path.count({*current_line, parent})) {
            e.fail(r, path_cell->column,
                   {fmt::format("第 {} 项所属的测算组 {} 不在其上方", path, parent),
                    fmt::format("item {} belongs to group {}, which is not above it in the same line", path, parent),
                    fmt::format("позиция {} относится к группе {}, которой нет выше в той же строке", path, parent)});
        } else if (line && line != current_line) {
            e.fail(r, row_col,
                   {fmt::format("第 {} 项的明细行号与其测算组 {} 的不同；留空即可", path, parent),
                    fmt::format("item {} names another Lines row than its group {}; leave it blank", path, parent),
                    fmt::format("у позиции {} другая строка бюджета, чем у её группы {}; оставьте пустой", path,
                                parent)});
        } else {
            line = current_line;
        }
        if (out.errors.size() != before || !line) return e.going();
        if (!path.empty() && !by_path.emplace(std::pair{*line, path}, nodes.size()).second) {
            e.fail(r, path_cell->column,
                   {fmt::format("编号 {} 在该明细中重复", path), fmt::format("number {} is used twice in this line", path),
                    fmt::format("номер {} в этой строке повторяется", path)});
            return e.going();
        }
        if (parent.empty())
            roots[*line].push_back(nodes.size());
        else
            nodes[by_path.at({*line, parent})].kids.push_back(nodes.size());
        nodes.push_back(std::move(node));
        return e.going();
    });
    if (uncomputed.count > 1 && uncomputed.error < out.errors.size()) {
        Text& t = out.errors[uncomputed.error].text;
        const long more = uncomputed.count - 1;
        t = {fmt::format("{}（本列另有 {} 行同样）", t.zh, more),
             fmt::format("{} (and {} more rows of this column)", t.en, more),
             fmt::format("{} (и ещё строк в этом столбце: {})", t.ru, more)};
    }
    if (!read) out.errors.push_back({"", {read.error().message, read.error().message, read.error().message}});
    // Each row's shape: a group (items below it), a lump sum or a product.
    const int price_col = at.count(2) ? at[2] : 1, factor_col = at.count(4) ? at[4] : 1,
              lump_col = at.count(h_lump) ? at[h_lump] : price_col;
    for (const Node& node : nodes) {
        if (!node.kids.empty()) {
            if (node.has_price || node.item.is_lump() || !node.item.factors.empty())
                e.fail(node.r, price_col,
                       {"测算组（其下有测算项）不填数量、单价或整笔金额", "a group (it has items) has no quantity, unit price or lump sum",
                        "у группы (в ней есть позиции) нет количества, цены или суммы"});
        } else if (node.item.is_lump()) {
            if (node.has_price)
                e.fail(node.r, lump_col,
                       {"单价与整笔金额只能填一个", "give a unit price or a lump sum, not both",
                        "укажите цену или единовременную сумму, не обе"});
        } else if (!node.has_price) {
            e.fail(node.r, price_col, {"缺少单价", "no unit price", "не указана цена"});
        } else if (node.item.factors.empty()) {
            e.fail(node.r, factor_col,
                   {"测算项目至少需要一个数量", "an item needs at least one quantity",
                    "у позиции должно быть хотя бы одно количество"});
        }
    }
    if (!out.errors.empty()) return basis;
    std::function<BasisItem(std::size_t)> build = [&](std::size_t i) {
        BasisItem item = std::move(nodes[i].item);
        for (std::size_t k : nodes[i].kids) item.items.push_back(build(k));
        return item;
    };
    for (const auto& [line, items] : roots)
        for (std::size_t i : items) basis[line].push_back(build(i));
    return basis;
}

// The Tasks sheet: the ids marked covered, with their lead and summary, in the sheet's order.
struct SheetTasks {
    std::vector<PlanTask> covered;
    std::set<std::string> listed;  ///< every id the sheet lists, covered or not
};

SheetTasks read_tasks_sheet(const XlsxWorkbook& wb, std::size_t index, const TaskIds& ids, ImportOutcome& out) {
    SheetTasks got;
    SheetErrors e{wb.sheet_names()[index], out};
    const auto& h = task_column_headers();
    std::vector<Text> headers(h.begin(), h.end());
    std::map<std::size_t, int> at;
    bool have_header = false;
    auto get = [&](const Cells& cells, TaskColumn c) -> const XlsxCell* {
        auto it = at.find(static_cast<std::size_t>(c));
        return it == at.end() ? nullptr : cell_at(cells, it->second);
    };
    auto read = wb.read_sheet(index, [&](long r, const Cells& cells) {
        if (!have_header) {
            have_header = true;
            at = header_columns(cells, headers);
            for (TaskColumn need : {TaskColumn::id, TaskColumn::covered})
                if (!at.count(static_cast<std::size_t>(need))) {
                    const Text& t = headers[static_cast<std::size_t>(need)];
                    e.fail(r, 1,
                           {fmt::format("表头缺少“{}”列", t.zh), fmt::format("the header has no \"{}\" column", t.en),
                            fmt::format("в заголовке нет столбца «{}»", t.ru)});
                }
            return out.errors.empty();
        }
        const XlsxCell* id_cell = get(cells, TaskColumn::id);
        if (blank_cell(id_cell)) return e.going();  // the row of lines without a task, the total
        const std::string shown = printable(id_cell->text, 40);
        auto id = id_cell->kind == XlsxCell::Kind::text ? ids.find(id_cell->text) : std::nullopt;
        if (!id) {
            const std::string hint = nearest_name(id_cell->text, ids.known);
            e.fail(r, id_cell->column,
                   {fmt::format("未知任务“{}”{}", shown, hint.empty() ? "" : fmt::format("；是否指 {}？", hint)),
                    fmt::format("unknown task \"{}\"{}", shown,
                                hint.empty() ? "" : fmt::format("; did you mean {}?", hint)),
                    fmt::format("неизвестная задача «{}»{}", shown,
                                hint.empty() ? "" : fmt::format("; может быть, {}?", hint))});
            return e.going();
        }
        const XlsxCell* cov = get(cells, TaskColumn::covered);
        const std::string c = fold(text_of_cell(cov));
        bool yes = false;
        if (c == fold(yes_text().zh) || c == fold(yes_text().en) || c == fold(yes_text().ru) || c == "1" || c == "y" ||
            c == "x" || c == "✓" || c == "true")
            yes = true;
        else if (!(c.empty() || c == fold(no_text().zh) || c == fold(no_text().en) || c == fold(no_text().ru) ||
                   c == "0" || c == "n" || c == "false")) {
            const std::string v = printable(cov->text, 40);
            e.fail(r, cov->column,
                   {fmt::format("“{}”不是“是”或“否”", v), fmt::format("\"{}\" is neither yes nor no", v),
                    fmt::format("«{}» — не «да» и не «нет»", v)});
            return e.going();
        }
        got.listed.insert(*id);
        if (yes && std::none_of(got.covered.begin(), got.covered.end(), [&](const PlanTask& t) { return t.id == *id; }))
            got.covered.push_back(
                {*id, text_of_cell(get(cells, TaskColumn::summary)), text_of_cell(get(cells, TaskColumn::lead))});
        return e.going();
    });
    if (!read) out.errors.push_back({"", {read.error().message, read.error().message, read.error().message}});
    return got;
}

// The plan's tasks after the Tasks sheet: the base's, in their order, where the
// sheet marks them covered (with the sheet's lead and summary, unknown fields
// kept), then the other covered ones in the sheet's order. A base task the
// sheet does not list stays. No task covered and none before: no `tasks` member.
void apply_sheet_tasks(Plan& plan, const SheetTasks& sheet) {
    std::vector<PlanTask> tasks;
    for (const auto& t : plan.tasks) {
        auto it =
            std::find_if(sheet.covered.begin(), sheet.covered.end(), [&](const PlanTask& c) { return c.id == t.id; });
        if (it != sheet.covered.end()) {
            PlanTask kept = t;
            kept.lead = it->lead;
            kept.summary = it->summary;
            tasks.push_back(std::move(kept));
        } else if (!sheet.listed.count(t.id)) {
            tasks.push_back(t);
        }
    }
    for (const auto& c : sheet.covered)
        if (std::none_of(tasks.begin(), tasks.end(), [&](const PlanTask& t) { return t.id == c.id; }))
            tasks.push_back(c);
    plan.tasks_stated = (plan.tasks_stated && !plan.tasks.empty()) || !tasks.empty();
    plan.tasks = std::move(tasks);
}

// What a line of the sheet does not hold and the base line it stands for does:
// its unknown fields; its task where the sheet has no task column, its basis
// where the workbook has no Basis sheet (a basis kept under an amount edited in
// the sheet no longer adds up, and `check` says so: basis.sum). Where the sheet
// has the basis, the base's items lend their unknown fields, and a factor of
// the same value keeps the base's writing ("2.50").
struct Carry {
    bool task = true;
    bool basis = true;
    bool unit = true;
};

void carry_line(BudgetLine& to, const BudgetLine& from, Carry carry) {
    to.extra = from.extra;
    if (to.id.empty()) to.id = from.id;
    if (!to.equipment) to.equipment = from.equipment;
    if (carry.task) to.task = from.task;
    if (carry.unit) to.unit = from.unit;
    if (carry.basis) {
        to.basis = from.basis;
        return;
    }
    for (std::size_t i = 0; i < to.basis.size() && i < from.basis.size(); ++i) {
        BasisItem& a = to.basis[i];
        const BasisItem& b = from.basis[i];
        a.extra = b.extra;
        for (std::size_t k = 0; k < a.factors.size() && k < b.factors.size(); ++k) {
            a.factors[k].extra = b.factors[k].extra;
            if (a.factors[k].value.value == b.factors[k].value.value) a.factors[k].value = b.factors[k].value;
        }
    }
}

// Each imported line keeps what carry_line() carries from the base line it
// stands for: the base line at the same place when it has the same year,
// category and source, else the first unused one that has.
// With an id column: each row takes what the base line of its id carries; a
// row without an id, or with one the base does not have, is a new line; the
// base lines no row names are dropped, and listed as notices.
void carry_by_id(std::vector<BudgetLine>& lines, const std::vector<BudgetLine>& base, Carry carry,
                 std::vector<ImportMessage>& notices) {
    std::map<std::string_view, std::size_t> of_id;
    for (std::size_t j = 0; j < base.size(); ++j)
        if (!base[j].id.empty()) of_id.emplace(base[j].id, j);
    std::set<std::size_t> used;
    for (auto& line : lines) {
        auto it = line.id.empty() ? of_id.end() : of_id.find(line.id);
        if (it == of_id.end()) continue;
        const std::string id = line.id;
        const auto equipment = line.equipment;
        carry_line(line, base[it->second], carry);
        line.id = id;
        line.equipment = equipment;
        used.insert(it->second);
    }
    for (std::size_t j = 0; j < base.size(); ++j) {
        if (used.count(j)) continue;
        const BudgetLine& l = base[j];
        const std::string id = l.id.empty() ? fmt::format("#{}", j + 1) : l.id;
        notices.push_back({"", {fmt::format("计划中的明细 {}（{} 年，{}，{} 元）不在工作表中，已删除", id, l.year,
                                            to_id(l.category), l.amount.grouped()),
                                fmt::format("line {} of the base plan ({} {} {}) is in no row of the sheet: dropped", id,
                                            l.year, to_id(l.category), l.amount.grouped()),
                                fmt::format("строки {} базового плана ({} год, {}, {}) нет на листе: удалена", id,
                                            l.year, to_id(l.category), l.amount.grouped())}});
    }
}

void carry_extras(std::vector<BudgetLine>& lines, const std::vector<BudgetLine>& base, Carry carry) {
    std::vector<bool> used(base.size(), false);
    auto same = [](const BudgetLine& a, const BudgetLine& b) {
        return a.year == b.year && a.category == b.category && a.source == b.source;
    };
    std::vector<std::size_t> pending;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i < base.size() && same(lines[i], base[i])) {
            carry_line(lines[i], base[i], carry);
            used[i] = true;
        } else {
            pending.push_back(i);
        }
    }
    std::multimap<std::tuple<int, int, int>, std::size_t> free;
    for (std::size_t j = 0; j < base.size(); ++j)
        if (!used[j])
            free.emplace(std::tuple{base[j].year, base[j].category.index(), static_cast<int>(base[j].source)},
                         j);
    for (std::size_t i : pending) {
        auto it = free.find({lines[i].year, lines[i].category.index(), static_cast<int>(lines[i].source)});
        if (it == free.end()) continue;
        carry_line(lines[i], base[it->second], carry);
        free.erase(it);
    }
}

}  // namespace

std::optional<std::string> workbook_call(const std::string& bytes) {
    if (bytes.rfind("PK\x03\x04", 0) != 0) return std::nullopt;
    auto opened = XlsxWorkbook::open(bytes);
    if (!opened) return std::nullopt;
    auto pi = find_sheet(**opened, project_sheet_name());
    if (!pi) return std::nullopt;
    auto kv = read_project_sheet(**opened, *pi);
    auto it = kv.find("call");
    if (it == kv.end() || it->second.empty()) return std::nullopt;
    return it->second;
}

ImportOutcome import_spreadsheet(std::string bytes, SheetFormat format, std::string_view file_stem,
                                 const Catalog& catalog, const Plan* base) {
    ImportOutcome none;
    auto refuse = [&](std::string place, Text t) {
        none.errors.push_back({std::move(place), std::move(t)});
        return none;
    };
    std::unique_ptr<XlsxWorkbook> wb;
    std::optional<std::size_t> lines_index;
    std::string sheet;
    // The content decides, not the name: a workbook renamed .csv is read as the
    // workbook it is, a CSV named .xlsx as the text it is; the notice says so.
    const bool zip = bytes.rfind("PK\x03\x04", 0) == 0;
    const std::optional<std::string> not_text = zip ? std::nullopt : not_text_reason(skip_byte_order_marks(bytes));
    if (format == SheetFormat::csv && zip) {
        format = SheetFormat::xlsx;
        none.notices.push_back({std::string(file_stem),
                                {"看起来是 ZIP/XLSX 工作簿，而不是 CSV 文本；按工作簿读取",
                                 "looks like a ZIP/XLSX workbook, not CSV text; read as a workbook",
                                 "похоже на книгу ZIP/XLSX, а не на текст CSV; прочитано как книга"}});
    } else if (format == SheetFormat::xlsx && !zip && !not_text && is_valid_utf8(bytes)) {
        format = SheetFormat::csv;
        none.notices.push_back(
            {std::string(file_stem),
             {"是文本，不是 XLSX 工作簿（ZIP）；按 CSV 读取", "is text, not an XLSX workbook (a ZIP); read as CSV",
              "это текст, а не книга XLSX (ZIP); прочитано как CSV"}});
    }
    if (!zip && not_text) {
        // As `check` says it of a plan: "this is not a text file (it looks like PNG)", "the file is empty"…
        return refuse(std::string(file_stem), {*not_text, *not_text, *not_text});
    }
    if (format == SheetFormat::xlsx) {
        auto opened = XlsxWorkbook::open(std::move(bytes));
        if (!opened) {
            const std::string& m = opened.error().message;
            return refuse("", {m, m, m});
        }
        wb = std::move(*opened);
        lines_index = find_sheet(*wb, lines_sheet_name());
        if (!lines_index && wb->sheet_names().size() == 1) lines_index = 0;
        if (!lines_index) {
            std::string list;
            for (const auto& n : wb->sheet_names()) list += (list.empty() ? "" : ", ") + printable(n, 40);
            return refuse("",
                          {fmt::format("工作簿没有“预算明细”工作表（有：{}）", list),
                           fmt::format("the workbook has no Lines sheet (预算明细, Строки бюджета); it has {}", list),
                           fmt::format("в книге нет листа «Строки бюджета» (Lines, 预算明细); есть {}", list)});
        }
        sheet = wb->sheet_names()[*lines_index];
    } else {
        if (!is_valid_utf8(bytes))
            return refuse(std::string(file_stem),
                          {"不是 UTF-8 文本；请在电子表格程序中另存为“CSV UTF-8”",
                           "is not UTF-8 text; save it as \"CSV UTF-8\" in the spreadsheet program",
                           "не текст UTF-8; сохраните его как «CSV UTF-8» в табличном редакторе"});
        sheet = std::string(file_stem);
    }

    // The task ids a cell may name; hints prefer the plan's annex.
    TaskIds task_ids;
    {
        std::optional<int> annex = base ? base->project.annex : std::nullopt;
        if (!base && wb)
            if (auto pi = find_sheet(*wb, project_sheet_name())) {
                auto kv = read_project_sheet(*wb, *pi);
                if (!kv["annex"].empty())
                    if (auto v = parse_decimal(kv["annex"]);
                        v && is_whole(*v) && v->sign() > 0 && compare(*v, Rational(1000)) < 0)
                        annex = v->convert_to<int>();
            }
        if (annex)
            if (const Annex* a = catalog.annex(*annex))
                for (const Task& t : a->tasks) task_ids.known.push_back(t.id);
        for (const Annex& a : catalog.annexes)
            for (const Task& t : a.tasks) {
                if (std::find(task_ids.known.begin(), task_ids.known.end(), t.id) == task_ids.known.end())
                    task_ids.known.push_back(t.id);
                task_ids.accepted.insert(t.id);
            }
        if (base) {
            for (const auto& t : base->tasks) task_ids.accepted.insert(t.id);
            for (const auto& l : base->budget)
                if (!l.task.empty()) task_ids.accepted.insert(l.task);
        }
    }
    Importer imp(catalog, sheet, task_ids);
    imp.workbook = wb != nullptr;
    auto each = [&](long r, const Cells& cells) { return imp.row(r, cells); };
    if (wb) {
        auto read = wb->read_sheet(*lines_index, each);
        if (!read) return refuse("", {read.error().message, read.error().message, read.error().message});
    } else {
        read_csv(bytes, each);
    }
    imp.finish();
    ImportOutcome out = std::move(imp.out);
    out.notices.insert(out.notices.begin(), none.notices.begin(), none.notices.end());
    if (!out.errors.empty()) return out;

    // The Basis and Tasks sheets, where the workbook has them.
    std::optional<std::map<std::size_t, std::vector<BasisItem>>> basis;
    std::optional<SheetTasks> sheet_tasks;
    if (wb) {
        if (auto bi = find_sheet(*wb, basis_sheet_name())) {
            // Written results in the plan's unit where the row names none.
            AmountUnit plan_unit = base ? base->unit : AmountUnit::yuan;
            if (!base)
                if (auto pi = find_sheet(*wb, project_sheet_name()))
                    if (read_project_sheet(*wb, *pi)["unit"] == "wan") plan_unit = AmountUnit::wan;
            basis = read_basis_sheet(*wb, *bi, imp.line_of_row, imp.lines, quote_sheet(sheet), plan_unit, out);
        }
        if (auto ti = find_sheet(*wb, tasks_sheet_name())) sheet_tasks = read_tasks_sheet(*wb, *ti, task_ids, out);
        if (!out.errors.empty()) return out;
    }

    Plan plan;
    if (base) {
        plan = *base;
    } else {
        std::optional<std::size_t> pi = wb ? find_sheet(*wb, project_sheet_name()) : std::nullopt;
        if (!pi) {
            out.errors.push_back({std::string(),
                                  {"没有 --base 计划文件，工作簿也没有“项目信息”工作表；请用 --base PLAN 指定计划",
                                   "no --base plan and no Project sheet to start from; give --base PLAN",
                                   "нет плана --base и нет листа «Проект»; укажите --base PLAN"}});
            return out;
        }
        auto kv = read_project_sheet(*wb, *pi);
        const std::string psheet = quote_sheet(wb->sheet_names()[*pi]);
        auto number = [&](const char* key) -> std::optional<int> {
            auto it = kv.find(key);
            if (it == kv.end() || it->second.empty()) return std::nullopt;
            auto v = parse_decimal(it->second);
            if (!v || !is_whole(*v) || compare(*v, Rational(3000)) == std::strong_ordering::greater || v->sign() < 0)
                return std::nullopt;
            return v->convert_to<int>();
        };
        std::optional<int> annex = number("annex"), direction = number("direction");
        // The class the sheet names, when the call has it; what it names besides follows its track.
        std::optional<std::string> klass;
        if (const ClassInfo* k = catalog.find_class(kv["class"])) {
            klass = k->id;
            if (k->track != Track::annex) annex.reset();
            if (k->track != Track::direction) direction.reset();
        }
        int start = number("start_year").value_or(catalog.year > 0 ? catalog.year : 2018);
        auto made = make_template(catalog, klass, annex, direction, start);
        if (!made) {
            out.errors.push_back({psheet, {made.error().message, made.error().message, made.error().message}});
            return out;
        }
        plan = std::move(*made);
        // The template's lines lend no id (nor task nor example basis, below): its
        // ids are its own, a workbook's rows get theirs from the Line id column or anew.
        for (auto& line : plan.budget) line.id.clear();
        if (!kv["title"].empty()) plan.project.title = kv["title"];
        if (!kv["applicant"].empty()) plan.applicant.name = kv["applicant"];
        if (auto e = number("end_year")) plan.project.end_year = *e;
        if (kv["unit"] == "wan" || kv["unit"] == "yuan") {
            plan.unit = kv["unit"] == "wan" ? AmountUnit::wan : AmountUnit::yuan;
            plan.unit_stated = true;
        }
        // What else the workbook holds of the plan file, and what it could not give.
        std::map<std::string, long> rows;
        (void)read_project_sheet(*wb, *pi, &rows);
        apply_project_members(plan, catalog, kv, rows, psheet, out);
        read_indicators_sheet(*wb, plan, out);
    }
    const std::vector<BudgetLine> base_lines = std::move(plan.budget);
    plan.budget = std::move(imp.lines);
    if (basis)
        for (auto& [i, items] : *basis) plan.budget[i].basis = std::move(items);
    // The template's lines (no --base) lend no task and no example basis.
    if (imp.has_id_column() && base)
        carry_by_id(plan.budget, base_lines, Carry{!imp.has_task_column(), !basis, !imp.has_unit_column()},
                    out.notices);
    else
        carry_extras(plan.budget, base_lines,
                     Carry{base && !imp.has_task_column(), base && !basis, base && !imp.has_unit_column()});
    // Lines keep their ids for life; a new row gets the next free one.
    if (imp.has_id_column()) assign_line_ids(plan);
    // Partners get ids where the sheet names units, so that a row can name one
    // (a plan without units keeps its partners as they are).
    if (imp.has_unit_column()) assign_partner_ids(plan);
    // A row's unit names a partner of the plan (--base, or the workbook's Project sheet).
    std::vector<std::string> unit_ids;
    for (const auto& p : plan.partners) unit_ids.push_back(p.id);
    for (const auto& [i, where] : imp.unit_place) {
        const std::string& u = plan.budget[i].unit;
        if (std::find(unit_ids.begin(), unit_ids.end(), u) != unit_ids.end()) continue;
        const std::string near = nearest_name(u, unit_ids), shown = printable(u, 40);
        out.errors.push_back(
            {where,
             {fmt::format("“{}”不是合作单位的 id{}；申报单位的经费请留空", shown,
                          near.empty() ? "" : fmt::format("（是否为“{}”？）", near)),
              fmt::format("\"{}\" is not a partner's id{}; leave it blank for the applicant's money", shown,
                          near.empty() ? "" : fmt::format(" (did you mean \"{}\"?)", near)),
              fmt::format("«{}» — не id партнёра{}; для средств заявителя оставьте пустым", shown,
                          near.empty() ? "" : fmt::format(" (возможно, «{}»?)", near))}});
    }
    if (!out.errors.empty()) return out;
    if (sheet_tasks) {
        if (!base) {  // the template lists every task of the annex; the sheet says which are covered
            plan.tasks.clear();
            plan.tasks_stated = false;
        }
        apply_sheet_tasks(plan, *sheet_tasks);
    }
    out.plan = std::move(plan);
    return out;
}

}  // namespace cofund::planner
