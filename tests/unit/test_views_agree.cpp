// SPDX-License-Identifier: GPL-3.0-or-later
// Every view of a plan gives the same totals and every table adds up (issue 11):
// random plans with lines inside and outside the period, every source, through
// check -O json, project -O json, the CSV export, the workbook (its cached
// totals and its lines read back), the report's tables, suggest and diff.
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <regex>
#include <sstream>

#include "categories.h"
#include "cofund/format.h"
#include "cofund/planner/check_report.h"
#include "cofund/planner/csv.h"
#include "cofund/planner/diff.h"
#include "cofund/planner/export.h"
#include "cofund/planner/json_out.h"
#include "cofund/planner/project_report.h"
#include "cofund/planner/spreadsheet.h"
#include "cofund/planner/suggest.h"
#include "cofund/planner/xlsx_read.h"
#include "cofund/render/chart_model.h"
#include "cofund/render/report.h"
#include "cofund/summary.h"
#include "test_support.h"

using namespace cofund;
using namespace cofund::planner;
using cofund::test::example;
using cofund::test::line_sum;
using cofund::test::line_totals;

namespace {

Money json_money(const nlohmann::ordered_json& v) {
    return Money::parse_yuan(v.get<std::string>()).value();
}

Plan random_plan(unsigned seed) {
    std::mt19937 rng(seed);
    static const char* names[] = {"annex3-fruit-veg-processing", "annex7-ecommerce-platform",
                                  "general2-tech-park-incubator", "annex1-agri-center"};
    Plan plan = example(names[seed % 4]);
    const int n = static_cast<int>(rng() % 12);
    for (int i = 0; i < n; ++i) {
        BudgetLine line;
        // Years from four before the period to four after it.
        line.year = plan.project.start_year - 4 + static_cast<int>(rng() % (plan.project.years() + 8));
        line.category = category_at(rng() % kCategoryCount);
        line.source = kSources[rng() % kSourceCount];
        line.amount = Money::from_fen(static_cast<Int>(rng() % 100'000'000));
        plan.budget.push_back(line);
    }
    return plan;
}

// One table of the report: its body rows (header rows, those with <th>, left
// out), each cell's text with the tags taken off.
struct HtmlRow {
    std::string cls;  ///< the row's class: "", "sub" or "total"
    std::vector<std::string> cells;
};

std::vector<HtmlRow> table_rows(const std::string& table);

std::vector<HtmlRow> report_table(const std::string& html, int section) {
    std::size_t at = 0;
    for (int i = 0; i < section; ++i) at = html.find("<h2", at + 1);
    REQUIRE(at != std::string::npos);
    const std::size_t open = html.find("<table", at), close = html.find("</table>", open);
    REQUIRE(close != std::string::npos);
    return table_rows(html.substr(open, close - open));
}

// The body rows of one table's markup.
std::vector<HtmlRow> table_rows(const std::string& table) {
    static const std::regex cell_re("<t[dh][^>]*>([\\s\\S]*?)</t[dh]>"), tag_re("<[^>]+>"),
        class_re("^[^>]*class=\"([a-z]+)\"");
    std::vector<HtmlRow> rows;
    std::size_t pos = table.find("<tr");
    while (pos != std::string::npos) {
        const std::size_t next = table.find("<tr", pos + 3);
        const std::string tr = table.substr(pos, next == std::string::npos ? std::string::npos : next - pos);
        pos = next;
        if (tr.find("<th") != std::string::npos) continue;
        HtmlRow row;
        std::smatch m;
        if (std::regex_search(tr, m, class_re)) row.cls = m[1];
        for (auto it = std::sregex_iterator(tr.begin(), tr.end(), cell_re); it != std::sregex_iterator(); ++it)
            row.cells.push_back(std::regex_replace((*it)[1].str(), tag_re, ""));
        rows.push_back(std::move(row));
    }
    return rows;
}

// An amount cell of the report in 万元, as the language writes it; "—" is zero.
Money report_amount(std::string text, Lang lang) {
    if (text == "—") return Money();
    std::string plain;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "\xC2\xA0") == 0) {  // the Russian group separator
            ++i;
            continue;
        }
        if (text.compare(i, 3, "\xE2\x88\x92") == 0) {  // the Russian minus sign
            plain += '-';
            i += 2;
            continue;
        }
        const char c = text[i];
        if (c == ',') {
            if (lang == Lang::ru) plain += '.';
            continue;
        }
        plain += c;
    }
    auto m = Money::parse_wan(plain);
    INFO("report cell: " << text);
    REQUIRE(m);
    return *m;
}

}  // namespace

TEST_CASE("every view of a random plan gives the same totals, and its years and outside the period add up to them",
          "[views][properties]") {
    const unsigned seed = GENERATE(range(1u, 121u));
    CAPTURE(seed);
    const Plan plan = random_plan(seed);
    const Totals want = line_totals(plan);
    const BudgetSummary sums(plan);
    CHECK(sums.all().totals().total() == want.total());

    // check -O json: by_year + outside_period = totals, field by field.
    const auto j = check_json(check("x", plan, builtin_catalog()), Lang::en, false);
    const auto& t = j["totals"];
    for (const char* field : {"fiscal", "other_fiscal", "self_raised", "total"}) {
        Money years = json_money(t["outside_period"][field]);
        for (const auto& [year, y] : t["by_year"].items()) years += json_money(y[field]);
        CHECK(years == json_money(t[field]));
    }
    CHECK(json_money(t["total"]) == want.total());
    CHECK(json_money(t["fiscal"]) == want.fiscal);
    CHECK(json_money(t["self_raised"]) == want.self_raised);

    // The CSV export: its amounts add up to the same total, line for line.
    const std::string csv = planner::export_csv(plan, builtin_catalog(), Lang::en);
    REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    std::istringstream rows(csv.substr(3));
    std::string row;
    std::getline(rows, row);  // the header
    Money csv_total;
    int csv_rows = 0;
    while (std::getline(rows, row)) {
        REQUIRE(!row.empty());
        CHECK(row.back() == '\r');
        // The amount is the 7th cell (RFC 4180: a quoted cell may hold commas).
        std::vector<std::string> cells(1);
        bool quoted = false;
        for (char c : row.substr(0, row.size() - 1)) {
            if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
                cells.emplace_back();
            else
                cells.back() += c;
        }
        REQUIRE(cells.size() == 9);  // … amount, note, task
        csv_total += Money::parse_yuan(cells[6]).value();
        ++csv_rows;
    }
    CHECK(csv_rows == static_cast<int>(plan.budget.size()));
    CHECK(csv_total == want.total());

    // The workbook: the Sources sheet's cached totals (per source and grand),
    // read back by Cofund's own reader, and its lines imported again.
    {
        const std::string path =
            (std::filesystem::temp_directory_path() / ("cofund-views-" + std::to_string(::getpid()) + ".xlsx"))
                .string();
        REQUIRE(planner::write_xlsx(plan, builtin_catalog(), Lang::en, path).ok());
        std::ifstream in(path, std::ios::binary);
        std::stringstream bytes;
        bytes << in.rdbuf();
        std::filesystem::remove(path);
        auto wb = XlsxWorkbook::open(bytes.str());
        REQUIRE(wb.ok());
        std::map<long, std::vector<XlsxCell>> rows;
        REQUIRE((*wb)->read_sheet(3, [&](long r, const std::vector<XlsxCell>& cells) {
            rows[r] = cells;
            return true;
        }));
        REQUIRE((*wb)->sheet_names()[3] == "Sources");
        // Rows 2–7 the sources in kSources order, row 8 the total; the last cell the whole plan.
        for (int i = 0; i < kSourceCount; ++i)
            CHECK(money_from_number_cell(rows.at(i + 2).back().text).value() == sums.all().of(kSources[i]));
        CHECK(money_from_number_cell(rows.at(kSourceCount + 2).back().text).value() == want.total());
        auto back = import_spreadsheet(bytes.str(), SheetFormat::xlsx, "x", builtin_catalog(), &plan);
        REQUIRE(back.plan);
        const Totals t2 = line_totals(*back.plan);
        CHECK(t2.total() == want.total());
        CHECK(t2.fiscal == want.fiscal);
        CHECK(t2.self_raised == want.self_raised);
    }

    // project -O json: the money part tells the same totals and years.
    auto report = make_project_report("x", plan, builtin_catalog(), std::nullopt);
    if (report) {
        const auto p = project_json(*report, Lang::en);
        const auto& m = p["money"];
        CHECK(json_money(m["totals"]["total"]) == want.total());
        Money years = json_money(m["outside_period"]["total"]);
        for (const auto& [year, y] : m["by_year"].items()) years += json_money(y["total"]);
        CHECK(years == want.total());
    }

    // suggest moves every line outside the period in; nothing is outside afterwards.
    const SuggestResult r = suggest(plan, builtin_catalog());
    CHECK(!BudgetSummary(r.corrected).has_outside());
    for (const Finding& f : r.after) CHECK(f.rule != "budget.year");
}

TEST_CASE("money outside the period is shown in its own row of the check's text and moved by suggest, not added",
          "[views][regression]") {
    // Regression: general2-four-years has a 50,000.00 line in 2022; check printed
    // years adding to 790,000.00 under a total of 840,000.00, and suggest proposed
    // new money instead of moving the line.
    Plan plan = example("failing/general2-four-years");
    const std::string text = check_text(check("x", plan, builtin_catalog()), builtin_catalog(), Lang::en, false);
    CHECK(text.find("outside the period (2022)") != std::string::npos);
    const std::string zh = check_text(check("x", plan, builtin_catalog()), builtin_catalog(), Lang::zh, false);
    CHECK(zh.find("期外（2022）") != std::string::npos);
    const SuggestResult r = suggest(plan, builtin_catalog());
    REQUIRE(!r.suggestions.empty());
    CHECK(r.suggestions[0].rule == "budget.year");
    CHECK(r.suggestions[0].changes[0].kind == MoneyChange::Kind::move);
    CHECK(r.suggestions[0].changes[0].from_year == 2022);
    CHECK(line_totals(r.corrected).total() == line_totals(plan).total());
}

TEST_CASE("every CSV Cofund writes guards formulas, has a BOM and CRLF line ends", "[views][csv][regression]") {
    // Regression: portfolio -O csv wrote a title "=HYPERLINK(…)" raw, a live formula in LibreOffice.
    CsvWriter csv;
    csv.text("=HYPERLINK(\"http://x/?\"&A1,\"click\")").text("=1+2").text("+1").text("-1").text("@a").text("\tx");
    csv.number("-1500000.00").end_row();
    const std::string out = csv.str();
    CHECK(out ==
          "\xEF\xBB\xBF\"'=HYPERLINK(\"\"http://x/?\"\"&A1,\"\"click\"\")\",\"'=1+2\",\"'+1\",\"'-1\",\"'@a\","
          "\"'\tx\",-1500000.00\r\n");
}

TEST_CASE("a file name that is not UTF-8 is written to JSON with U+FFFD, never an internal error",
          "[views][json][regression]") {
    // Regression: portfolio -O json and project -O json stopped with json.exception.type_error.316.
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    j["file"] = std::string("bad\xff.plan.json");
    CHECK(json_text(j) == "{\"file\":\"bad\xEF\xBF\xBD.plan.json\"}");
}

TEST_CASE("the ratio is written one way: fiscal first, cut to four decimals", "[views][ratio]") {
    CHECK(ratio_text(Money::from_yuan(1'500'000), Money::from_fen(299'999'999)) == "1 : 1.9999");
    CHECK(ratio_text(Money::from_yuan(100), Money::from_yuan(200)) == "1 : 2");
    CHECK(ratio_text(Money::from_yuan(100), Money::from_yuan(250)) == "1 : 2.5");
    CHECK(ratio_text(Money(), Money::from_yuan(1)) == "—");
}

TEST_CASE("the report's tables add up, row by row and column by column, to the summary's totals to the fen",
          "[views][properties][report]") {
    const unsigned seed = GENERATE(range(1u, 25u));
    const Lang lang = seed % 2 ? Lang::en : Lang::ru;
    CAPTURE(seed, to_id(lang));
    const Plan plan = random_plan(seed);
    const Totals want = line_totals(plan);
    const std::string html = render::report_html(plan, builtin_catalog(), lang);
    auto amount = [lang](const std::string& cell) { return report_amount(cell, lang); };

    // 1. Sources: years, outside the period, total, share. Rows: fiscal, other
    // fiscal, self-raised (class "sub") and what it is made of, the total.
    const auto sources = report_table(html, 1);
    REQUIRE(sources.size() >= 4);
    const std::size_t n = sources.front().cells.size();
    REQUIRE(n >= 4);
    std::vector<Money> top(n - 2), self_parts(n - 2);
    const HtmlRow* self = nullptr;
    const HtmlRow* total = nullptr;
    for (const HtmlRow& row : sources) {
        REQUIRE(row.cells.size() == n);
        Money across;
        for (std::size_t c = 1; c + 2 < n; ++c) across += amount(row.cells[c]);
        CHECK(across == amount(row.cells[n - 2]));
        if (row.cls == "total") {
            total = &row;
            continue;
        }
        const bool part = row.cls.empty() && self != nullptr;  // the rows under self-raised
        if (row.cls == "sub") self = &row;
        for (std::size_t c = 1; c + 1 < n; ++c) (part ? self_parts : top)[c - 1] += amount(row.cells[c]);
    }
    REQUIRE(self != nullptr);
    REQUIRE(total != nullptr);
    for (std::size_t c = 1; c + 1 < n; ++c) {
        CHECK(top[c - 1] == amount(total->cells[c]));
        CHECK(self_parts[c - 1] == amount(self->cells[c]));
    }
    CHECK(amount(total->cells[n - 2]) == want.total());
    CHECK(amount(sources.front().cells[n - 2]) == want.fiscal);
    CHECK(amount(self->cells[n - 2]) == want.self_raised);

    // 2. Expenditure: fiscal and self-raised per year and outside the period,
    // then fiscal, self-raised and sum over all. Rows: direct costs (class
    // "sub") and its categories, indirect costs ("sub"), the total ("sub", last).
    const auto spend = report_table(html, 2);
    REQUIRE(spend.size() >= 3);
    const std::size_t m = spend.front().cells.size();
    REQUIRE(m >= 6);
    REQUIRE((m - 4) % 2 == 0);
    std::vector<Money> direct(m - 1), indirect(m - 1);
    for (std::size_t r = 0; r + 1 < spend.size(); ++r) {
        const HtmlRow& row = spend[r];
        REQUIRE(row.cells.size() == m);
        if (row.cls == "sub" && r > 0) {  // indirect costs
            for (std::size_t c = 1; c < m; ++c) indirect[c - 1] += amount(row.cells[c]);
        } else if (r > 0) {
            for (std::size_t c = 1; c < m; ++c) direct[c - 1] += amount(row.cells[c]);
        }
    }
    for (const HtmlRow& row : spend) {
        Money fiscal, self_raised;
        for (std::size_t c = 1; c + 3 < m; c += 2) {
            fiscal += amount(row.cells[c]);
            self_raised += amount(row.cells[c + 1]);
        }
        CHECK(fiscal == amount(row.cells[m - 3]));
        CHECK(self_raised == amount(row.cells[m - 2]));
        CHECK(fiscal + self_raised == amount(row.cells[m - 1]));
    }
    for (std::size_t c = 1; c < m; ++c) {
        CHECK(direct[c - 1] == amount(spend.front().cells[c]));
        CHECK(direct[c - 1] + indirect[c - 1] == amount(spend.back().cells[c]));
    }
    CHECK(amount(spend.back().cells[m - 1]) == want.total());
}

namespace {

// Every text a person reads of a plan in one language, view by view.
std::map<std::string, std::string> people_views(const Plan& plan, Lang lang) {
    const Catalog& cat = builtin_catalog();
    const CheckedPlan c = check("plan.json", plan, cat);
    std::map<std::string, std::string> views;
    views["check text"] = check_text(c, cat, lang, false);
    for (const Finding& f : c.findings) views["findings"] += f.message(lang) + "\n";
    static const std::regex style_re("<style[\\s\\S]*?</style>"), tag_re("<[^>]+>");
    views["report"] =
        std::regex_replace(std::regex_replace(render::report_html(plan, cat, lang), style_re, ""), tag_re, " ");
    for (render::ChartKind kind : {render::ChartKind::spend, render::ChartKind::categories, render::ChartKind::ratio}) {
        const render::ChartModel m = render::make_chart(kind, plan, cat, lang);
        std::string& v = views["charts"];
        v += m.title + "\n" + m.note + "\n";
        for (const render::Panel& p : m.panels) {
            v += p.title + "\n";
            for (const auto& d : p.category_details) v += d + "\n";
            for (const auto& l : p.labels) v += l.text + "\n";
        }
    }
    return views;
}

}  // namespace

// Issue 27: the terminal, the findings and the desktop app wrote Russian numbers
// "1,500,000.00" and "1 : 1.9999" while the report wrote "1 500 000,00" and
// "1 : 1,9999"; format.h is now the one writer every view calls.
TEST_CASE("every view writes a random plan's amounts and ratios one way per language", "[views][format]") {
    // A decimal point between digits or a comma before exactly two decimals, in Russian;
    // a grouping space or a decimal comma, in Chinese and English.
    static const std::regex ru_wrong("\\d\\.\\d|\\d,\\d{3},|\\d,\\d{3}\\.\\d"),
        zh_en_wrong("\\d\u00A0\\d|\\d,\\d{1,2}(?!\\d)|\u2212\\d");
    for (unsigned seed = 1; seed <= 12; ++seed) {
        const Plan plan = random_plan(seed);
        const BudgetSummary sums(plan);
        const Totals all = sums.all().totals();
        const auto view = ratio_view(plan, builtin_catalog(), sums);
        for (Lang lang : kLangs) {
            const Lang other = lang == Lang::ru ? Lang::en : Lang::ru;
            const auto views = people_views(plan, lang);
            INFO("seed " << seed << ", " << to_id(lang));
            for (const auto& [name, text] : views) {
                INFO(name << ":\n" << text);
                std::smatch m;
                const std::string misspelt =
                    std::regex_search(text, m, lang == Lang::ru ? ru_wrong : zh_en_wrong) ? m.str() : "";
                CHECK(misspelt == "");
                for (const BudgetLine& line : plan.budget)
                    CHECK(text.find(format_yuan(line.amount, other)) == std::string::npos);
            }
            // The totals and the ratio, where shown, in the language's one spelling.
            CHECK(views.at("check text").find(format_yuan(all.total(), lang)) != std::string::npos);
            CHECK(views.at("check text").find(format_wan_exact(all.total(), lang)) != std::string::npos);
            CHECK(views.at("report").find(format_wan_exact(all.total(), lang)) != std::string::npos);
            if (view && !view->fiscal_side.is_zero()) {
                const std::string ratio = localize_ratio(ratio_text(view->fiscal_side, view->self_side), lang);
                CHECK(views.at("check text").find(ratio) != std::string::npos);
                CHECK(views.at("report").find(ratio) != std::string::npos);
            }
        }
    }
}

TEST_CASE("the money by unit of a random plan adds up, in check's JSON and the CSV, to the whole plan to the fen",
          "[views][properties][units]") {
    const unsigned seed = GENERATE(range(1u, 41u));
    CAPTURE(seed);
    Plan plan = random_plan(seed);
    std::mt19937 rng(seed * 7919u);
    const int partners = 1 + static_cast<int>(rng() % 4);  // two to five units with the applicant
    plan.partners.resize(static_cast<std::size_t>(partners), Partner{"partner", "KZ", OrgType::institute});
    for (int i = 0; i < partners; ++i) plan.partners[static_cast<std::size_t>(i)].id = "P" + std::to_string(i + 1);
    for (auto& line : plan.budget) {
        const int k = static_cast<int>(rng() % static_cast<unsigned>(partners + 1));
        line.unit = k == 0 ? std::string() : "P" + std::to_string(k);
    }
    plan.budget.front().unit = "P1";  // some line names a unit
    const Totals want = line_totals(plan);

    const auto j = check_json(check("x", plan, builtin_catalog()), Lang::en, false);
    const auto& units = j["totals"]["by_unit"]["units"];
    REQUIRE(units.size() == static_cast<std::size_t>(partners + 1));
    std::map<std::string, Money> json_total;
    for (const char* field : {"fiscal", "other_fiscal", "self_raised", "total"}) {
        Money sum;
        for (const auto& u : units) {
            sum += json_money(u[field]);
            Money years;
            for (const auto& [year, y] : u["by_year"].items()) years += json_money(y[field]);
            CHECK(years == json_money(u[field]));
            Money cats;
            for (const auto& [cat, c] : u["by_category"].items()) cats += json_money(c[field]);
            CHECK(cats == json_money(u[field]));
        }
        CHECK(sum == json_money(j["totals"][field]));
    }
    for (const auto& u : units) json_total[u["unit"].get<std::string>()] = json_money(u["total"]);
    CHECK(json_money(j["totals"]["total"]) == want.total());

    // The CSV: the amounts of each unit's rows (the last cell) add up to its JSON total.
    const std::string csv = planner::export_csv(plan, builtin_catalog(), Lang::en);
    std::istringstream rows(csv.substr(3));
    std::string row;
    std::getline(rows, row);
    CHECK(row.find(",Unit\r") != std::string::npos);
    std::map<std::string, Money> csv_total;
    while (std::getline(rows, row)) {
        std::vector<std::string> cells(1);
        bool quoted = false;
        for (char c : row.substr(0, row.size() - 1)) {
            if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
                cells.emplace_back();
            else
                cells.back() += c;
        }
        REQUIRE(cells.size() >= 10);
        csv_total[cells.back()] += Money::parse_yuan(cells[6]).value();
    }
    for (const auto& [unit, m] : csv_total) CHECK(json_total.at(unit) == m);
}

TEST_CASE("the report's tables by partner, of equipment purchase and of declared totals add up to the plan's lines",
          "[views][properties][report][units]") {
    const unsigned seed = GENERATE(range(1u, 21u));
    const Lang lang = seed % 2 ? Lang::en : Lang::ru;
    CAPTURE(seed, to_id(lang));
    Plan plan = random_plan(seed);
    std::mt19937 rng(seed * 104729u);
    const int partners = 1 + static_cast<int>(rng() % 4);
    plan.partners.resize(static_cast<std::size_t>(partners), Partner{"partner", "KZ", OrgType::institute});
    for (int i = 0; i < partners; ++i) {
        plan.partners[static_cast<std::size_t>(i)].id = "P" + std::to_string(i + 1);
        plan.partners[static_cast<std::size_t>(i)].name = "Partner " + std::to_string(i + 1);
    }
    for (auto& line : plan.budget) {
        const int k = static_cast<int>(rng() % static_cast<unsigned>(partners + 1));
        line.unit = k == 0 ? std::string() : "P" + std::to_string(k);
        if (rng() % 4 == 0) line.equipment = EquipmentKind::purchase;
    }
    plan.budget.front().unit = "P1";
    plan.budget.front().equipment = EquipmentKind::purchase;
    // Three declared headings over random categories and sources, each off by a random amount.
    for (int k = 0; k < 3; ++k) {
        DeclaredTotal d;
        d.heading = "heading " + std::to_string(k);
        for (const CategoryInfo& c : builtin_catalog().categories)
            if (rng() % 3 == 0) d.categories.push_back(c.category);
        for (Source src : kSources)
            if (rng() % 2 == 0) d.sources.push_back(src);
        d.amount = Money::from_fen(static_cast<Int>(rng() % 100'000'000));
        plan.declared.push_back(d);
    }
    const std::string html = render::report_html(plan, builtin_catalog(), lang);
    auto amount = [lang](std::string cell) {  // signed: the declared table's difference
        if (!cell.empty() && cell.front() == '+') cell.erase(0, 1);
        for (const std::string minus : {"-", "\xE2\x88\x92"})
            if (cell.starts_with(minus)) return Money() - report_amount(cell.substr(minus.size()), lang);
        return report_amount(cell, lang);
    };
    auto side_of = [](const BudgetLine& l) { return is_self_raised(l.source) ? 1 : 0; };

    // 1. Each partner's table: its rows add up to its total row, which is the partner's lines by side.
    const std::string heading = render::html_escape(lang == Lang::ru ? "Средства каждого партнёра по статьям расходов"
                                                                     : "Money of each partner by category");
    std::size_t at = html.find(heading);
    REQUIRE(at != std::string::npos);
    for (int i = 1; i <= partners; ++i) {
        const std::string id = "P" + std::to_string(i);
        Money want[2];
        for (const auto& line : plan.budget)
            if (line.unit == id) want[side_of(line)] += line.amount;
        const auto p = html.find("<b>" + id + " Partner " + std::to_string(i) + "</b>", at);
        if ((want[0] + want[1]).is_zero()) {
            CHECK(p == std::string::npos);
            continue;
        }
        REQUIRE(p != std::string::npos);
        const auto rows = table_rows(html.substr(p, html.find("</table>", p) - p));  // the name heads its table
        REQUIRE(rows.size() >= 2);
        REQUIRE(rows.back().cls == "total");
        Money col[3];
        for (std::size_t r = 0; r + 1 < rows.size(); ++r) {
            REQUIRE(rows[r].cells.size() == 4);
            CHECK(amount(rows[r].cells[1]) + amount(rows[r].cells[2]) == amount(rows[r].cells[3]));
            for (int c = 0; c < 3; ++c) col[c] += amount(rows[r].cells[static_cast<std::size_t>(c) + 1]);
        }
        for (int c = 0; c < 3; ++c) CHECK(col[c] == amount(rows.back().cells[static_cast<std::size_t>(c) + 1]));
        CHECK(col[0] == want[0]);
        CHECK(col[1] == want[1]);
    }

    // 2. Table 2's rows of equipment purchase: each adds up across, and together they are the purchase lines.
    const std::string purchase = lang == Lang::ru ? "в т. ч.: покупка оборудования" : "of which: equipment purchase";
    Money want_purchase[2];
    for (const auto& line : plan.budget)
        if (line.equipment == EquipmentKind::purchase) want_purchase[side_of(line)] += line.amount;
    Money got_purchase[2];
    for (const HtmlRow& row : report_table(html, 2)) {
        if (row.cells.front().find(purchase) == std::string::npos) continue;
        const std::size_t n = row.cells.size();
        Money across[2];
        for (std::size_t c = 1; c + 3 < n; ++c) across[(c - 1) % 2] += amount(row.cells[c]);
        CHECK(across[0] == amount(row.cells[n - 3]));
        CHECK(across[1] == amount(row.cells[n - 2]));
        CHECK(amount(row.cells[n - 3]) + amount(row.cells[n - 2]) == amount(row.cells[n - 1]));
        got_purchase[0] += amount(row.cells[n - 3]);
        got_purchase[1] += amount(row.cells[n - 2]);
    }
    CHECK(got_purchase[0] == want_purchase[0]);
    CHECK(got_purchase[1] == want_purchase[1]);

    // 3. The declared totals: each computed figure is its lines' sum, the difference declared less computed.
    const std::string declared_heading = render::html_escape(
        lang == Lang::ru ? "Итоги, указанные в форме, и расчёт по строкам" : "Totals as declared in the form");
    const auto d_at = html.find(declared_heading);
    REQUIRE(d_at != std::string::npos);
    const auto d_open = html.find("<table", d_at);
    const auto rows = table_rows(html.substr(d_open, html.find("</table>", d_open) - d_open));
    REQUIRE(rows.size() == plan.declared.size());
    for (std::size_t k = 0; k < rows.size(); ++k) {
        const DeclaredTotal& d = plan.declared[k];
        Money want;
        for (const auto& line : plan.budget)
            if ((d.categories.empty() ||
                 std::find(d.categories.begin(), d.categories.end(), line.category) != d.categories.end()) &&
                (d.sources.empty() || std::find(d.sources.begin(), d.sources.end(), line.source) != d.sources.end()))
                want += line.amount;
        REQUIRE(rows[k].cells.size() == 5);
        CHECK(amount(rows[k].cells[2]) == d.amount);
        CHECK(amount(rows[k].cells[3]) == want);
        CHECK(amount(rows[k].cells[4]) == d.amount - want);
    }
}
