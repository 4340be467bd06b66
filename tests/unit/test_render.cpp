// SPDX-License-Identifier: GPL-3.0-or-later
// The render jobs: chart models, chart files, the report, the spreadsheet export.
#define CATCH_CONFIG_EXTERNAL_INTERFACES  // for the listener below
#include <fmt/format.h>

#include <QImage>
#include <QString>

#include <array>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "categories.h"
#include "cofund/basis.h"
#include "cofund/format.h"
#include "cofund/planner/check_report.h"
#include "cofund/planner/csv.h"
#include "cofund/planner/export.h"
#include "cofund/planner/files.h"
#include "cofund/planner/templates.h"
#include "cofund/planner/text.h"
#include "cofund/render/app.h"
#include "cofund/render/chart_adapter.h"
#include "cofund/render/chart_model.h"
#include "cofund/render/report.h"
#include "cofund/rules.h"
#include "cofund/summary.h"
#include "test_support.h"

using namespace cofund;
using cofund::test::run_command;
using namespace cofund::render;
using cofund::planner::export_csv;
using cofund::planner::write_export;
using cofund::planner::write_xlsx;
using cofund::test::example;
using cofund::test::read_file;

namespace {

// Every test case gets the QApplication (offscreen when headless) before its first Qt object.
struct ApplicationListener : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseStarting(const Catch::TestCaseInfo&) override { ensure_application(); }
};
CATCH_REGISTER_LISTENER(ApplicationListener)

std::string out_dir() {
    return cofund::test::scratch_dir("cofund-test-render");
}

const BarSet* find_set(const Panel& p, const std::string& name) {
    for (const auto& b : p.bars)
        if (b.name == name) return &b;
    return nullptr;
}

bool has_label(const Panel& p, const std::string& text) {
    for (const auto& l : p.labels)
        if (l.text == text) return true;
    return false;
}

}  // namespace

TEST_CASE("the spend chart stacks each year's money by source, in 万元, with the year's total", "[render][chart]") {
    Plan plan = example();
    ChartModel m = make_chart(ChartKind::spend, plan, builtin_catalog(), Lang::en);
    REQUIRE(m.panels.size() == 1);
    const Panel& p = m.panels[0];
    CHECK(p.stacked);
    CHECK(p.categories == std::vector<std::string>{"2018", "2019", "2020"});
    REQUIRE(p.bars.size() == 4);  // fiscal, self, loan, partner: other_fiscal and other are empty
    const BarSet* fiscal = find_set(p, "regional fiscal special fund");
    REQUIRE(fiscal);
    CHECK(fiscal->values == std::vector<double>{58.5, 49.5, 42.0});
    CHECK(fiscal->color == source_color(Source::fiscal));
    const BarSet* loan = find_set(p, "bank loans");
    REQUIRE(loan);
    CHECK(loan->values == std::vector<double>{60.0, 0.0, 0.0});
    CHECK(has_label(p, "Total 268.50"));
    CHECK(has_label(p, "Total 174.50"));
    CHECK(has_label(p, "Total 67.00"));
    CHECK(p.axis.min == 0);
    CHECK(p.axis.max >= 268.5 * 1.12);
    CHECK(p.axis.max <= 400);
    CHECK(p.axis.title.find("10,000 yuan") != std::string::npos);
}

TEST_CASE("a source has the same colour in every chart and the colours differ", "[render][chart]") {
    std::set<Color> seen;
    for (Source s : kSources) seen.insert(source_color(s));
    seen.insert(lag_color());
    CHECK(seen.size() == kSources.size() + 1);
    Plan plan = example();
    for (Lang lang : {Lang::zh, Lang::en, Lang::ru}) {
        ChartModel m = make_chart(ChartKind::spend, plan, builtin_catalog(), lang);
        for (const auto& b : m.panels[0].bars) {
            bool matched = false;
            for (Source s : kSources)
                if (builtin_catalog().source_name(s).in(lang) == b.name) matched = b.color == source_color(s);
            CHECK(matched);
        }
    }
}

TEST_CASE("a small stacked segment gets no label inside it, so labels never overlap", "[render][chart]") {
    Plan plan = example();
    plan.budget.push_back({2020, Cat::materials, Source::other, Money::from_yuan(5000)});
    ChartModel m = make_chart(ChartKind::spend, plan, builtin_catalog(), Lang::en);
    const Panel& p = m.panels[0];
    CHECK_FALSE(has_label(p, "0.50"));
    CHECK(has_label(p, "Total 67.50"));
    // Inside labels of one bar are at least a label's height apart.
    for (const auto& a : p.labels)
        for (const auto& b : p.labels)
            if (&a != &b && a.inside && b.inside && a.x == b.x)
                CHECK(std::abs(a.y - b.y) >= (p.axis.max - p.axis.min) * 0.05);
}

TEST_CASE("a period longer than six years draws its bars without value labels", "[render][chart]") {
    Plan plan = example();
    plan.project.end_year = 2030;
    ChartModel m = make_chart(ChartKind::spend, plan, builtin_catalog(), Lang::en);
    CHECK(m.panels[0].categories.size() == 13);
    CHECK(m.panels[0].labels.empty());
    CHECK(make_chart(ChartKind::ratio, plan, builtin_catalog(), Lang::en).panels[0].labels.empty());
}

TEST_CASE("the categories chart tells fiscal and self-raised money apart per year", "[render][chart]") {
    Plan plan = example();
    ChartModel m = make_chart(ChartKind::categories, plan, builtin_catalog(), Lang::en);
    const Panel& p = m.panels[0];
    CHECK(p.horizontal);
    REQUIRE(!p.categories.empty());
    // The table's first category reads at the top, i.e. last from the bottom.
    CHECK(p.categories.back().rfind("equipment", 0) == 0);
    CHECK(p.categories.back().find("125.00") != std::string::npos);  // 45 + 20 fiscal, 60 loan
    // In Russian a long category name is whole (the chart wraps it), its total after it.
    ChartModel ru = make_chart(ChartKind::categories, plan, builtin_catalog(), Lang::ru);
    for (const auto& c : ru.panels[0].categories) CHECK(c.find(",") != std::string::npos);
    for (const auto& c : ru.panels[0].categories) CHECK(c.find("…") == std::string::npos);
    double sum = 0;
    for (const auto& b : p.bars)
        for (double v : b.values) sum += v;
    CHECK(sum == Approx(510.0));
    CHECK(find_set(p, "2018 fiscal"));
    CHECK(find_set(p, "2020 self-raised"));
    CHECK(find_set(p, "2018 fiscal")->color != find_set(p, "2018 self-raised")->color);
}

TEST_CASE("a category's details give its exact amounts, and its spot lies over its row", "[render][chart]") {
    Plan plan = example();
    plan.budget.push_back({2018, Cat::equipment, Source::fiscal, Money::from_fen(1)});  // one fen more
    const ChartModel m = make_chart(ChartKind::categories, plan, builtin_catalog(), Lang::en);
    const Panel& p = m.panels[0];
    REQUIRE(p.category_details.size() == p.categories.size());
    // Fiscal years first, then self-raised; every amount to the fen, in 万元 as the heading says.
    CHECK(p.category_details.back() ==
          "equipment: 125.000001 (10,000 yuan)\n2018 fiscal: 45.000001\n2019 fiscal: 20.00\n2018 self-raised: 60.00");
    const ChartModel zh = make_chart(ChartKind::categories, plan, builtin_catalog(), Lang::zh);
    CHECK(zh.panels[0].category_details.back().rfind("设备费：125.000001 万元\n", 0) == 0);
    // A chart too small for every name still has a spot for every category, top to bottom in the
    // table's order, each below the one before and inside the chart.
    const QSize small(420, 260);
    const std::vector<ChartSpot> spots = chart_spots(m, small);
    REQUIRE(spots.size() == p.categories.size());
    for (size_t i = 0; i < spots.size(); ++i) {
        CAPTURE(i, spots[i].text);
        CHECK(spots[i].text == p.category_details[i]);
        CHECK(QRectF(QPointF(0, 0), QSizeF(small)).contains(spots[i].box.center()));
        if (i > 0) CHECK(spots[i].box.bottom() <= spots[i - 1].box.top() + 0.5);
    }
    // Kinds without details have no spots.
    CHECK(chart_spots(make_chart(ChartKind::spend, plan, builtin_catalog(), Lang::en), small).empty());
}

TEST_CASE("the ratio chart draws the required multiple per year and a lag in red", "[render][chart]") {
    Plan plan = example();
    SECTION("annex 3's example keeps ahead of 2 × cumulative fiscal every year") {
        ChartModel m = make_chart(ChartKind::ratio, plan, builtin_catalog(), Lang::en);
        const Panel& p = m.panels[0];
        REQUIRE(p.bars.size() == 2);
        CHECK(p.bars[0].values == std::vector<double>{58.5, 108.0, 150.0});
        CHECK(p.bars[1].values == std::vector<double>{210.0, 335.0, 360.0});
        CHECK(p.bars[1].highlighted.empty());
        REQUIRE(p.lines.size() == 3);
        CHECK(p.lines[0].y == std::vector<double>{117.0, 117.0});
        CHECK(p.lines[2].y == std::vector<double>{300.0, 300.0});
        CHECK(m.title.find("1 : 2.4 ") != std::string::npos);
        CHECK(p.axis.max >= 360);
    }
    SECTION("a first year with too little self-raised money is shown in red with the shortfall") {
        for (auto& line : plan.budget)
            if (line.year == 2018 && line.source == Source::self) line.amount = Money::from_yuan(100000);
        ChartModel m = make_chart(ChartKind::ratio, plan, builtin_catalog(), Lang::en);
        const Panel& p = m.panels[0];
        // 10 + 60 against 117 in 2018; 195 against 216 in 2019; 220 against 300 in 2020.
        CHECK(p.bars[1].highlighted == std::vector<int>{0, 1, 2});
        CHECK(p.bars[1].highlight_color == lag_color());
        bool short_label = false;
        for (const auto& l : p.labels)
            if (l.text.find("short 47.00") != std::string::npos) short_label = l.color == lag_color();
        CHECK(short_label);  // required 117.00, has 10 + 60 = 70.00
    }
}

TEST_CASE("the indicators chart draws each projection to date against its target line", "[render][chart]") {
    Plan plan = example();
    ChartModel m = make_chart(ChartKind::indicators, plan, builtin_catalog(), Lang::en);
    REQUIRE(m.panels.size() == 3);  // small multiples: export, sales, new product
    const Panel& exp = m.panels[0];
    CHECK(exp.title == builtin_catalog().indicator("a3.export_usd")->name.en);
    CHECK(exp.categories == std::vector<std::string>{"2018", "2019", "2020"});
    REQUIRE(exp.lines.size() == 3);  // projected, target, stated
    // Cumulative USD in millions: 4, 9, 15.5 against a target of 15.
    CHECK(exp.lines[0].y == std::vector<double>{4.0, 9.0, 15.5});
    CHECK(exp.lines[1].y == std::vector<double>{15.0, 15.0});
    CHECK(exp.lines[1].dashed);
    CHECK(exp.lines[2].y == std::vector<double>{15.5});
    CHECK(exp.lines[1].name == "Target");  // short legend entries in small multiples
    CHECK(has_label(exp, "Target ≥ 15,000,000"));
    CHECK(exp.axis.title.find("millions") != std::string::npos);
    CHECK(exp.axis.max >= 15.5);
}

TEST_CASE("the risk chart draws the P10-P90 band and P50 with the chance of meeting the target", "[render][chart]") {
    Plan plan = example();
    ChartModel m = make_chart(ChartKind::risk, plan, builtin_catalog(), Lang::en);
    REQUIRE(m.panels.size() == 1);  // only terminal sales has an uncertain rate
    CHECK(m.title.find("P(meet target) = ") != std::string::npos);
    const Panel& p = m.panels[0];
    REQUIRE(p.band);
    REQUIRE(p.band->lower.size() == 3);
    for (size_t i = 0; i < 3; ++i) CHECK(p.band->lower[i] <= p.band->upper[i]);
    CHECK(p.band->lower[0] < p.band->upper[0]);
    REQUIRE(p.lines.size() == 2);  // P50, target
    for (size_t i = 0; i < 3; ++i) {
        CHECK(p.lines[0].y[i] >= p.band->lower[i]);
        CHECK(p.lines[0].y[i] <= p.band->upper[i]);
    }
    CHECK(p.lines[1].y == std::vector<double>{30.0, 30.0});  // 30,000,000 cans, in millions
    // The P50 to date at the end is 8.5M × (1.12 + 1.12² + 1.12³) ≈ 32.1M cans.
    CHECK(p.lines[0].y[2] == Approx(32.1).epsilon(0.02));
}

TEST_CASE("a plan without projections gives empty indicator charts with a note", "[render][chart]") {
    Plan plan = example();
    plan.projections.clear();
    for (ChartKind k : {ChartKind::indicators, ChartKind::risk}) {
        ChartModel m = make_chart(k, plan, builtin_catalog(), Lang::en);
        CHECK(m.panels.empty());
        CHECK_FALSE(m.note.empty());
        CHECK(render_chart(m, out_dir() + "/empty-" + std::string(to_id(k)) + ".png").ok());
    }
}

TEST_CASE("a ratio one fen short reads 1.9999, and its gap in yuan", "[render][chart]") {
    ensure_application();
    Plan plan = example("failing/annex3-ratio-one-fen-short.plan.json");
    ChartModel m = make_chart(ChartKind::ratio, plan, builtin_catalog(), Lang::en);
    CHECK(m.title.find("1.9999") != std::string::npos);
    CHECK(m.panels[0].bars[1].highlighted == std::vector<int>{2});
    CHECK(has_label(m.panels[0], "300.00 (short 0.01 yuan)"));
    // The chart's ratio is the one of the CLI and the report: fiscal first, cut to four decimals.
    CHECK(m.title.find("1 : 1.9999") != std::string::npos);
    CHECK(localize_ratio(ratio_text(Money::from_yuan(3), Money::from_yuan(2)), Lang::ru) == "1 : 0,6666");
    std::string html = report_html(plan, builtin_catalog(), Lang::en);
    CHECK(html.find("1 : 1.9999") != std::string::npos);
}

// Issue 27: each chart of the report summed the plan again after the tables and the rules had.
TEST_CASE("a report sums its plan once, for its tables, its rules and its charts", "[render][report]") {
    ensure_application();
    Plan plan = example("annex3-fruit-veg-processing.plan.json");
    std::uint64_t before = BudgetSummary::built();
    std::string html = report_html(plan, builtin_catalog(), Lang::en);
    CHECK(html.find("id=\"chart-spend\"") != std::string::npos);
    CHECK(BudgetSummary::built() - before == 1);
    before = BudgetSummary::built();
    const auto pdf = std::filesystem::temp_directory_path() / "cofund-sums-once.pdf";
    CHECK(write_report(plan, builtin_catalog(), Lang::en, pdf.string()));
    CHECK(BudgetSummary::built() - before == 1);
    std::filesystem::remove(pdf);
}

TEST_CASE("nice axes step by 1, 2, 2.5 or 5 times a power of ten", "[render][chart]") {
    auto a = nice_axis(0, 300.72, "");
    CHECK(a.min == 0);
    CHECK(a.max >= 300.72);
    CHECK(a.ticks >= 4);
    CHECK(a.ticks <= 9);
    auto b = nice_axis(0, 0.7, "");
    CHECK(b.max >= 0.7);
    CHECK(b.decimals >= 1);
}

TEST_CASE("chart texts come from the translation files in zh and ru", "[render][i18n]") {
    Plan plan = example();
    auto zh = make_chart(ChartKind::spend, plan, builtin_catalog(), Lang::zh);
    CHECK(zh.title == "分年度经费投入（按来源）");
    CHECK(has_label(zh.panels[0], "合计 268.50"));
    CHECK(find_set(zh.panels[0], "自治区财政专项经费"));
    auto ru = make_chart(ChartKind::spend, plan, builtin_catalog(), Lang::ru);
    CHECK(ru.title == "Расходы по годам и источникам");
    CHECK(has_label(ru.panels[0], "Итого 268,50"));
    auto en = make_chart(ChartKind::spend, plan, builtin_catalog(), Lang::en);
    CHECK(en.title == "Spending by year and source");
}

TEST_CASE("charts render to PNG, SVG and PDF holding their labels", "[render][files]") {
    Plan plan = example();
    const std::string dir = out_dir();
    for (ChartKind kind : all_chart_kinds()) {
        ChartModel m = make_chart(kind, plan, builtin_catalog(), Lang::en);
        const std::string base = dir + "/" + std::string(to_id(kind));
        REQUIRE(render_chart(m, base + ".png").ok());
        REQUIRE(render_chart(m, base + ".svg").ok());
        REQUIRE(render_chart(m, base + ".pdf").ok());
        QImage png(QString::fromStdString(base + ".png"));
        CHECK(png.width() == 1000);
        CHECK(png.height() == 600);
        std::string svg = read_file(base + ".svg");
        CHECK(svg.find("<text") != std::string::npos);
        CHECK(svg.find("2019") != std::string::npos);
        std::string pdf_text = run_command("pdftotext -layout '" + base + ".pdf' -");
        CHECK(pdf_text.find("2019") != std::string::npos);
        if (kind == ChartKind::spend) {
            CHECK(svg.find("Total 268.50") != std::string::npos);
            CHECK(pdf_text.find("Spending by year and source") != std::string::npos);
            CHECK(pdf_text.find("Total 268.50") != std::string::npos);
        }
    }
    ChartModel zh = make_chart(ChartKind::spend, plan, builtin_catalog(), Lang::zh);
    REQUIRE(render_chart(zh, dir + "/spend-zh.pdf").ok());
    CHECK(run_command("pdftotext '" + dir + "/spend-zh.pdf' -").find("合计 268.50") != std::string::npos);
    REQUIRE(render_chart(zh, dir + "/spend-zh.svg").ok());
    CHECK(read_file(dir + "/spend-zh.svg").find("Noto Sans CJK SC") != std::string::npos);
}

TEST_CASE("a chart path without a known extension or with a bad size is refused", "[render][files]") {
    Plan plan = example();
    ChartModel m = make_chart(ChartKind::spend, plan, builtin_catalog(), Lang::en);
    auto bad = render_chart(m, out_dir() + "/chart.gif");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.find(".png, .svg or .pdf") != std::string::npos);
    CHECK_FALSE(render_chart(m, out_dir() + "/chart.png", QSize(10, 10)).ok());
}

TEST_CASE("the HTML report holds the budget tables and keeps user text as text", "[render][report]") {
    Plan plan = example();
    plan.project.title = "<script>alert('x')</script> & co";
    plan.partners[0].name = "\"Partner\" <b>bold</b>";
    std::string html = report_html(plan, builtin_catalog(), Lang::en);
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co") != std::string::npos);
    CHECK(html.find("&quot;Partner&quot; &lt;b&gt;bold&lt;/b&gt;") != std::string::npos);
    CHECK(html.find("1. Sources of funds") != std::string::npos);
    CHECK(html.find("2. Expenditure by category") != std::string::npos);
    CHECK(html.find("3. Co-funding check") != std::string::npos);
    CHECK(html.find("4. Indicators") != std::string::npos);
    CHECK(html.find("5. Tasks and budget") != std::string::npos);
    CHECK(html.find("6. Findings") != std::string::npos);
    CHECK(html.find("510.00") != std::string::npos);  // the grand total in 万元
    CHECK(html.find("268.50") != std::string::npos);  // 2018's total
    size_t svgs = 0;
    for (auto pos = html.find("<svg"); pos != std::string::npos; pos = html.find("<svg", pos + 1)) ++svgs;
    CHECK(svgs >= 3);
    CHECK(html.find("<img") == std::string::npos);  // self-contained: nothing to fetch
    CHECK((html.find("http://") == std::string::npos || html.find("http://www.w3.org") != std::string::npos));
}

TEST_CASE("the report in Chinese and Russian uses the call's table headings", "[render][report]") {
    Plan plan = example();
    std::string zh = report_html(plan, builtin_catalog(), Lang::zh);
    CHECK(zh.find("一、经费来源预算") != std::string::npos);
    CHECK(zh.find("自治区财政专项经费") != std::string::npos);
    CHECK(zh.find("单位：万元") != std::string::npos);
    CHECK(zh.find("lang=\"zh-CN\"") != std::string::npos);
    std::string ru = report_html(plan, builtin_catalog(), Lang::ru);
    CHECK(ru.find("1. Источники финансирования") != std::string::npos);
    CHECK(ru.find("510,00") != std::string::npos);
}

TEST_CASE("the report's budget justification lists every basis by category, with the exemption sentence",
          "[render][report][basis]") {
    Plan plan = example();
    std::string zh = report_html(plan, builtin_catalog(), Lang::zh);
    const auto at = zh.find("七、预算说明");
    REQUIRE(at != std::string::npos);
    // Category by category in the call's order, each item with its factors, unit price and amount.
    CHECK(zh.find("设备费", at) < zh.find("材料费", at));
    CHECK(zh.find("等压杀菌釜", at) != std::string::npos);
    CHECK(zh.find("3&nbsp;人 × 0.5&nbsp;月", at) != std::string::npos);
    CHECK(zh.find("380,000.00 元/台", at) != std::string::npos);
    // Annex 3's travel, meetings and international cooperation are 15.46 % of fiscal direct costs: not exempt.
    CHECK(zh.find("差旅费、会议费、国际合作与交流费合计 22.50 万元，占直接费用 145.50 万元的 15.46%，超过10%", at) !=
          std::string::npos);
    std::string ru = report_html(plan, builtin_catalog(), Lang::ru);
    CHECK(ru.find("7. Обоснование бюджета") != std::string::npos);
    CHECK(ru.find("380\u00A0000,00") != std::string::npos);
    // Lower travel to within 10 %: the sentence says why no basis is needed, and the line without one is fine.
    for (auto& line : plan.budget)
        if (line.source == Source::fiscal &&
            (line.category == Cat::travel || line.category == Cat::international ||
             line.category == Cat::meetings)) {
            line.amount = Money::from_yuan(1000);
            line.basis.clear();
        }
    std::string en = report_html(plan, builtin_catalog(), Lang::en);
    CHECK(en.find("within 10 %: they need no calculation basis") != std::string::npos);
    CHECK(en.find("reviewers expect one for this line") == std::string::npos);
}

TEST_CASE("the PDF report has page numbers, embedded fonts and its tables as text", "[render][report]") {
    Plan plan = example();
    const std::string path = out_dir() + "/report-zh.pdf";
    REQUIRE(write_report(plan, builtin_catalog(), Lang::zh, path).ok());
    std::string text = run_command("pdftotext -layout '" + path + "' -");
    CHECK(text.find("经费来源预算") != std::string::npos);
    CHECK(text.find("第 1 页") != std::string::npos);
    // Radicals that share a glyph with an ideograph are extracted as the ideograph (自, not ⾃).
    CHECK(text.find("自筹经费") != std::string::npos);
    CHECK(text.find("\u2F83") == std::string::npos);
    CHECK(text.find("510.00") != std::string::npos);
    std::string fonts = run_command("pdffonts '" + path + "'");
    CHECK(fonts.find("NotoSansCJKsc") != std::string::npos);
    // Every font embedded: pdffonts' "emb" column is the first of the three yes/no columns.
    std::istringstream lines(fonts);
    int font_lines = 0;
    for (std::string line; std::getline(lines, line);) {
        auto pos = line.find(" yes ");
        auto no = line.find(" no ");
        if (pos == std::string::npos && no == std::string::npos) continue;
        ++font_lines;
        CHECK(pos != std::string::npos);
        if (pos != std::string::npos && no != std::string::npos) CHECK(pos < no);
    }
    CHECK(font_lines >= 2);
    REQUIRE(write_report(plan, builtin_catalog(), Lang::en, out_dir() + "/report-en.pdf").ok());
    CHECK(run_command("pdftotext '" + out_dir() + "/report-en.pdf' -").find("Page 1 of") != std::string::npos);
}

namespace {

// The text of each page of a PDF, whitespace collapsed to single spaces, ligatures as letters.
std::vector<std::string> pdf_pages(const std::string& path) {
    std::vector<std::string> pages;
    const std::string info = run_command("pdfinfo '" + path + "'");
    const auto at = info.find("Pages:");
    REQUIRE(at != std::string::npos);
    const int count = std::stoi(info.substr(at + 6));
    for (int p = 1; p <= count; ++p) {
        // -raw: in drawing order, so a cell's lines come together, whatever the columns.
        std::string text =
            run_command("pdftotext -raw -f " + std::to_string(p) + " -l " + std::to_string(p) + " '" + path + "' -");
        std::string flat;
        for (char c : text) {
            const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
            if (space && (flat.empty() || flat.back() == ' ')) continue;
            flat += space ? ' ' : c;
        }
        // A line may break after a dash ("2018–" / "2020"): no space was written there.
        for (auto at = flat.find("\u2013 "); at != std::string::npos; at = flat.find("\u2013 ", at))
            flat.erase(at + std::string_view("\u2013").size(), 1);
        // Qt's PDF writer keeps the font's ligatures; pdftotext gives them as U+FB00–U+FB04.
        // The report indents with no-break spaces.
        for (const auto& [lig, letters] :
             {std::pair{"\uFB00", "ff"}, std::pair{"\uFB01", "fi"}, std::pair{"\uFB02", "fl"},
              std::pair{"\uFB03", "ffi"}, std::pair{"\uFB04", "ffl"}, std::pair{"\u00A0", " "}})
            for (auto at = flat.find(lig); at != std::string::npos; at = flat.find(lig, at))
                flat.replace(at, std::string_view(lig).size(), letters);
        pages.push_back(flat);
    }
    return pages;
}

size_t occurrences(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

// Regression: Qt's page breaks moved a table row to the next page only when
// none of its cells had a line left on the current one, so findings whose
// message wraps were cut in two across pages.
TEST_CASE("a long PDF report keeps every table row on one page and repeats the header", "[render][report]") {
    Plan plan = example();
    // 80 budget lines outside the period: 80 findings whose messages wrap, pages of them.
    for (int i = 0; i < 80; ++i) {
        BudgetLine line;
        line.year = plan.project.end_year + 1 + i % 3;
        line.category = category_at(i % kCategoryCount);
        line.source = i % 2 ? Source::self : Source::fiscal;
        line.amount = Money::from_fen(1'000'000 + 1'234 * i);
        plan.budget.push_back(line);
    }
    std::vector<std::string> messages;
    for (const Finding& f : check_plan(plan, builtin_catalog()))
        if (f.rule == "budget.year") messages.push_back(f.message(Lang::en));
    REQUIRE(messages.size() == 80);
    // Rows of every table: the category names wrap in the expenditure table, the
    // indicators' names in theirs (Qt cut "12. capital / site | construction").
    std::vector<std::string> categories, indicators;
    for (int c = 0; c + 1 < kCategoryCount; ++c)  // "8. publication, …": the direct costs, numbered
        categories.push_back(std::to_string(c + 1) + ". " +
                             builtin_catalog().category_name(category_at(c)).in(Lang::en));
    for (const Indicator* ind : builtin_catalog().indicators_for(plan)) indicators.push_back(ind->name.in(Lang::en));

    const std::string path = out_dir() + "/report-long.pdf";
    REQUIRE(write_report(plan, builtin_catalog(), Lang::en, path).ok());
    const std::vector<std::string> pages = pdf_pages(path);
    REQUIRE(pages.size() >= 4);
    std::set<size_t> finding_pages;
    // pdftotext -raw gives a row's cells in order: the whole row is "error budget.year — MESSAGE".
    for (const std::string& m : messages) {
        INFO(m);
        size_t whole = 0, on = 0;
        for (size_t p = 0; p < pages.size(); ++p) {
            const size_t n = occurrences(pages[p], "error budget.year \u2014 " + m);
            whole += n;
            if (n) on = p;
        }
        // Whole on one page, and once: no half of it left on another page, visible or clipped.
        CHECK(whole == 1);
        if (whole == 1) finding_pages.insert(on);
    }
    REQUIRE(finding_pages.size() >= 2);
    // The tables' pages: the charts (titles, legends) follow the last finding.
    const size_t table_pages = *finding_pages.rbegin() + 1;
    for (const std::string& name : categories) {
        INFO(name);
        // Once, and followed by its row's first amount ("—" or a number), not by the next row.
        size_t whole = 0;
        for (size_t p = 0; p < table_pages; ++p)
            for (auto at = pages[p].find(name + " "); at != std::string::npos; at = pages[p].find(name + " ", at + 1)) {
                const std::string next = pages[p].substr(at + name.size() + 1, 3);
                whole += next == "\u2014" || std::isdigit(static_cast<unsigned char>(next[0]));
            }
        CHECK(whole == 1);
    }
    for (const std::string& name : indicators) {
        INFO(name);
        size_t pages_with = 0;
        for (size_t p = 0; p < table_pages; ++p) pages_with += occurrences(pages[p], name) > 0;
        CHECK(pages_with == 1);
    }
    // A heading stays with its table: "6. Findings" shares its page with the first finding.
    const size_t first = *finding_pages.begin();
    CHECK(pages[first].find("6. Findings") != std::string::npos);
    // Every page the findings table runs over starts with its header row.
    for (size_t p : finding_pages) {
        INFO("page " << p + 1);
        CHECK(pages[p].find("Severity Rule Clause Finding") != std::string::npos);
    }
}

TEST_CASE("CSV text cells are neutralised against formula injection", "[render][export]") {
    CHECK(planner::csv_text_cell("plain") == "plain");
    CHECK(planner::csv_text_cell("中文说明") == "中文说明");
    CHECK(planner::csv_text_cell("=1+1") == "\"'=1+1\"");
    CHECK(planner::csv_text_cell("+SUM(A1)") == "\"'+SUM(A1)\"");
    CHECK(planner::csv_text_cell("-2+3") == "\"'-2+3\"");
    CHECK(planner::csv_text_cell("@cmd") == "\"'@cmd\"");
    CHECK(planner::csv_text_cell("\t=x") == "\"'\t=x\"");
    CHECK(planner::csv_text_cell("\r=x") == "\"'\r=x\"");
    CHECK(planner::csv_text_cell("a,b") == "\"a,b\"");
    CHECK(planner::csv_text_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(planner::csv_text_cell("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
}

TEST_CASE("the CSV export has a BOM, bare amounts and neutralised notes", "[render][export]") {
    Plan plan = example();
    plan.budget[0].note = "=cmd|' /C calc'!A0";
    std::string csv = export_csv(plan, builtin_catalog(), Lang::zh);
    REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    // The note, neutralised, then the line's task (the last column).
    CHECK(csv.find("\r\n2018,equipment,设备费,fiscal,自治区财政专项经费,财政,450000.00,\"'=cmd|' /C calc'!A0\"," +
                   plan.budget[0].task + "\r\n") != std::string::npos);
    CHECK(csv.find("\"450000.00\"") == std::string::npos);
    size_t rows = 0;
    for (char c : csv) rows += c == '\n';
    CHECK(rows == plan.budget.size() + 1);
}

TEST_CASE("the XLSX export reads back with numeric amounts and a sheet per table", "[render][export]") {
    Plan plan = example();
    const std::string path = out_dir() + "/budget.xlsx";
    REQUIRE(write_xlsx(plan, builtin_catalog(), Lang::zh, path).ok());
    std::string book = run_command("unzip -p '" + path + "' xl/workbook.xml");
    CHECK(book.find("name=\"经费来源\"") != std::string::npos);
    CHECK(book.find("name=\"支出预算\"") != std::string::npos);
    CHECK(book.find("name=\"考核指标\"") != std::string::npos);
    // The fourth sheet (after Project, Check and Lines) is Sources.
    std::string sheet1 = run_command("unzip -p '" + path + "' xl/worksheets/sheet4.xml");
    CHECK(sheet1.find("ySplit=\"1\"") != std::string::npos);  // frozen header row
    // The special fund's 2018 amount is a number cell (no t="s"), a formula cached as 585000.
    auto pos = sheet1.find("<c r=\"C2\"");
    REQUIRE(pos != std::string::npos);
    std::string cell = sheet1.substr(pos, sheet1.find("</c>", pos) - pos);
    CHECK(cell.find("t=\"s\"") == std::string::npos);
    CHECK(cell.find("<v>585000</v>") != std::string::npos);
    CHECK(cell.find("<f>SUMIFS(") != std::string::npos);
    std::string styles = run_command("unzip -p '" + path + "' xl/styles.xml");
    CHECK(styles.find("#,##0.00") != std::string::npos);
    std::string cols = sheet1.substr(0, sheet1.find("<sheetData"));
    CHECK(cols.find("<col ") != std::string::npos);  // widths set
}

namespace {

// A heading's text as the PDF shows it: tags dropped (an <h3>'s total after its
// <br> is its own line), entities read, spaces collapsed.
std::string plain(std::string html) {
    static const std::regex tags("<[^>]*>");
    html = std::regex_replace(html, tags, " ");
    for (const auto& [entity, text] : {std::pair{"&amp;", "&"}, std::pair{"&lt;", "<"}, std::pair{"&gt;", ">"},
                                       std::pair{"&quot;", "\""}, std::pair{"&#39;", "'"}, std::pair{"&nbsp;", " "}})
        for (auto at = html.find(entity); at != std::string::npos; at = html.find(entity, at))
            html.replace(at, std::string_view(entity).size(), text);
    std::string out;
    for (char c : html) {
        const bool space = c == ' ' || c == '\n' || c == '\t';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// The last `bytes` bytes of `text` or a few more, starting on a UTF-8 character.
std::string tail(const std::string& text, size_t bytes) {
    size_t at = text.size() > bytes ? text.size() - bytes : 0;
    while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    return text.substr(at);
}

}  // namespace

// Regression (issue 29, item 12): the English annex 3 report ended page 3 with
// "…Category totals in 10,000" and began page 4 with that line's clipped
// descenders, then "yuan (万元)."; the sentence was in the text layer twice (the
// slice's bleed for borders drew the lines beside the cut too), and "7. Budget
// justification" could stand alone at a page's foot.
TEST_CASE("a PDF report draws each line on one page only and never ends a page with a heading",
          "[render][report][long]") {
    static const std::regex heading("<h[23][^>]*>(.*?)(<br>|</h[23]>)");
    for (const char* name :
         {"annex3-fruit-veg-processing", "annex7-ecommerce-platform", "general2-tech-park-incubator"})
        for (Lang lang : {Lang::en, Lang::zh, Lang::ru}) {
            const Plan plan = example(name);
            const std::string where = std::string(name) + " " + std::string(to_id(lang));
            INFO(where);
            const std::string html = report_html(plan, builtin_catalog(), lang);
            std::vector<std::string> headings;
            for (auto it = std::sregex_iterator(html.begin(), html.end(), heading); it != std::sregex_iterator(); ++it)
                headings.push_back(plain((*it)[1].str()));
            REQUIRE(headings.size() >= 5);
            const std::string path = out_dir() + "/pages-" + name + "-" + std::string(to_id(lang)) + ".pdf";
            REQUIRE(write_report(plan, builtin_catalog(), lang, path).ok());
            std::vector<std::string> pages = pdf_pages(path);
            REQUIRE(pages.size() >= 3);
            // Each page ends with its footer, the project's title and the page number.
            const std::string title = plan.project.title.substr(0, 30);
            for (std::string& page : pages) {
                const auto foot = page.rfind(title);
                REQUIRE(foot != std::string::npos);
                page.resize(foot);
                while (!page.empty() && page.back() == ' ') page.pop_back();
            }
            for (size_t p = 0; p + 1 < pages.size(); ++p) {
                INFO("page " << p + 1 << " ends: " << tail(pages[p], 120));
                INFO("page " << p + 2 << " begins: " << pages[p + 1].substr(0, 200));
                // The page's last words are not drawn again at the head of the next.
                const std::string last = tail(pages[p], 60);
                CHECK(pages[p + 1].substr(0, 200 + last.size()).find(last) == std::string::npos);
                for (const std::string& h : headings) {
                    INFO(h);
                    CHECK_FALSE((pages[p].size() >= h.size() &&
                                 pages[p].compare(pages[p].size() - h.size(), h.size(), h) == 0));
                }
            }
        }
}

// Regression (issue 29, item 13): the justification numbered only the categories
// it listed (基本建设 was 10 there, 12 in the expenditure table); one numbering now.
TEST_CASE("the justification numbers each category as the expenditure table does", "[render][report]") {
    for (Lang lang : {Lang::zh, Lang::en, Lang::ru}) {
        INFO(to_id(lang));
        const std::string html = report_html(example(), builtin_catalog(), lang);
        int headings = 0;
        for (int c = 0; c < kCategoryCount; ++c) {
            const auto cat = category_at(c);
            const std::string name = html_escape(builtin_catalog().category_name(cat).in(lang));
            INFO(name);
            const std::regex row("<td>&nbsp;&nbsp;(\\d+)\\. " +
                                 std::regex_replace(name, std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)") + "</td>");
            const std::regex head("<h3>(\\d+)\\. " +
                                  std::regex_replace(name, std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)") + "<br>");
            std::smatch in_table, in_justification;
            if (!std::regex_search(html, in_justification, head)) continue;
            ++headings;
            REQUIRE(std::regex_search(html, in_table, row));
            CHECK(in_justification[1].str() == in_table[1].str());
        }
        // Annex 3's example has lines in capital / site construction, the 12th direct cost, and leaves some out before
        // it.
        CHECK(headings >= 5);
        CHECK(html.find("<h3>12. " + html_escape(builtin_catalog().category_name(Cat::construction).in(lang))) !=
              std::string::npos);
    }
}

TEST_CASE("an unknown export or report extension is refused with the fix", "[render][export]") {
    Plan plan = example();
    auto e = write_export(plan, builtin_catalog(), Lang::en, out_dir() + "/x.ods");
    REQUIRE_FALSE(e.ok());
    CHECK(e.error().message.find(".csv or .xlsx") != std::string::npos);
    auto r = write_report(plan, builtin_catalog(), Lang::en, out_dir() + "/x.docx");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.find(".pdf or .html") != std::string::npos);
}

TEST_CASE("every shipped example draws every chart kind and both report formats", "[render][examples]") {
    ensure_application();
    const std::string dir = out_dir();
    int plans = 0;
    for (const auto& entry : std::filesystem::directory_iterator(cofund::test::source_path("examples"))) {
        if (entry.path().extension() != ".json") continue;
        auto plan = planner::load_plan(entry.path().string(), builtin_catalog());
        REQUIRE(plan.ok());
        ++plans;
        INFO(entry.path().filename().string());
        for (ChartKind kind : all_chart_kinds()) {
            ChartModel m = make_chart(kind, *plan, builtin_catalog(), Lang::ru);
            CHECK((!m.panels.empty() || !m.note.empty()));
            CHECK(render_chart(m, dir + "/example.svg").ok());
        }
        CHECK(write_report(*plan, builtin_catalog(), Lang::en, dir + "/example.html").ok());
        CHECK(write_export(*plan, builtin_catalog(), Lang::zh, dir + "/example.xlsx").ok());
    }
    CHECK(plans >= 10);
}

TEST_CASE("text drawn into an SVG chart is escaped", "[render][files]") {
    ensure_application();
    ChartModel m;
    m.title = "<script>alert(1)</script> & \"q\"";
    Panel p;
    p.categories = {"<b>2018</b>"};
    p.bars.push_back({"a & b", "#4e79a7", {1.0}, {}, ""});
    p.axis = nice_axis(0, 2, "<unit>");
    m.panels.push_back(p);
    std::string svg = chart_svg(m);
    REQUIRE(cofund::planner::write_output(out_dir() + "/escaped.svg", svg).ok());
    CHECK(svg.find("<script>") == std::string::npos);
    CHECK(svg.find("<b>") == std::string::npos);
    CHECK(svg.find("&lt;script&gt;") != std::string::npos);
    // Qt Charts reads its texts as rich text; the tags must come out as written.
    CHECK(svg.find("&lt;b&gt;2018&lt;/b&gt;") != std::string::npos);
}

TEST_CASE("the report lists 200 findings of one rule and 100 partners, then says how many more", "[render][report]") {
    // 10,000 unknown indicators made a findings table that Qt laid out once
    // per page: 15 s of CPU for one report; 40,000 partners in one cell, 7 s.
    Plan plan = example();
    for (int i = 0; i < 250; ++i)
        plan.indicators.push_back({fmt::format("x.extra_{:03}", i), Decimal::of(Rational(i))});
    const Partner first = plan.partners.front();
    for (int i = 0; i < 150; ++i) {
        Partner p = first;
        p.name = fmt::format("Partner number {:03}", i);
        plan.partners.push_back(p);
    }
    const std::size_t partners = plan.partners.size();
    std::string html = report_html(plan, builtin_catalog(), Lang::en);
    std::size_t unknown_rows = 0;
    for (auto pos = html.find("x.extra_"); pos != std::string::npos; pos = html.find("x.extra_", pos + 1))
        ++unknown_rows;
    CHECK(unknown_rows == 200);
    CHECK(html.find("50 more findings of this rule are not listed here") != std::string::npos);
    CHECK(html.find("Partner number 097") != std::string::npos);
    CHECK(html.find("Partner number 149") == std::string::npos);
    CHECK(html.find(fmt::format("and {} more partners, listed in the plan file", partners - 100)) != std::string::npos);
}

TEST_CASE("the report's tasks table shows each task's words, lead, summary and money, and flags a task not covered",
          "[render][report][tasks]") {
    Plan plan = example();  // annex 3: three tasks, every line but the indirect costs names one
    auto has = [](const std::string& html, const std::string& what) { return html.find(what) != std::string::npos; };
    SECTION("every task covered, in three languages") {
        const std::string en = report_html(plan, builtin_catalog(), Lang::en);
        CHECK(has(en, "5. Tasks and budget"));
        CHECK(has(en, "a3.t2 processing technology and product standards"));
        CHECK(has(en, "The call: 集成发酵、低温加工和等压杀菌等技术"));
        CHECK(has(en, "The project: 乳酸菌发酵、低温加工和等压杀菌技术集成"));
        CHECK(has(en, "新疆某大学食品科学与药学学院"));
        CHECK(has(en, "147.00"));  // a3.t2: 970,000.00 fiscal + 500,000.00 self-raised, in 万元
        CHECK(has(en, "97.00"));
        CHECK(has(en, "Lines without a task"));
        CHECK_FALSE(has(en, "not covered"));
        const std::string zh = report_html(plan, builtin_catalog(), Lang::zh);
        CHECK(has(zh, "五、任务与预算"));
        CHECK(has(zh, "a3.t2 加工技术集成与产品标准"));
        CHECK(has(zh, "未指定任务的明细"));
        const std::string ru = report_html(plan, builtin_catalog(), Lang::ru);
        CHECK(has(ru, "5. Задачи и бюджет"));
        CHECK(has(ru, "Технологии переработки и стандарты продукции"));
    }
    SECTION("a task left out is flagged, and an id of another annex too") {
        plan.tasks.erase(plan.tasks.begin() + 2);
        for (auto& l : plan.budget)
            if (l.task == "a3.t3") l.task = "a4.t1";
        const std::string en = report_html(plan, builtin_catalog(), Lang::en);
        CHECK(has(en, "a3.t3 industrial demonstration of deep processing</b> <span class=\"bad\"><b>(not covered)"));
        CHECK(has(en, "a4.t1</b> <span class=\"bad\">(not a task of annex 3)"));
    }
    SECTION("no line names a task: the table says the budget is not split") {
        for (auto& l : plan.budget) l.task.clear();
        const std::string en = report_html(plan, builtin_catalog(), Lang::en);
        CHECK(has(en, "No budget line names a task, so the budget is not split by task."));
    }
    SECTION("a general project: one sentence") {
        const std::string en = report_html(example("general1-solar-om-training"), builtin_catalog(), Lang::en);
        CHECK(has(en, "The call lists no tasks for general projects."));
    }
}

// Issue 27: the bar labels were printed from the drawn double with "{:.2f}",
// which rounds a midpoint to even: 1,250 yuan (0.125 万元) read 0.12 on the bar
// and 0.13 wherever else format_wan writes it. They come from the exact amount now.
TEST_CASE("a bar label rounds its exact amount half away from zero, as every other view",
          "[render][chart][regression]") {
    Plan plan = example();
    plan.budget.resize(1);
    plan.budget[0].year = plan.project.start_year;
    plan.budget[0].source = Source::fiscal;
    plan.budget[0].amount = Money::from_yuan(1250);
    for (Lang lang : kLangs) {
        const std::string expected = format_wan(Money::from_yuan(1250), lang);
        CHECK(expected == (lang == Lang::ru ? "0,13" : "0.13"));
        CHECK(has_label(make_chart(ChartKind::spend, plan, builtin_catalog(), lang).panels[0], expected));
        CHECK(has_label(make_chart(ChartKind::ratio, plan, builtin_catalog(), lang).panels[0], expected));
    }
}

namespace {
std::string catalog_name(Category c, Lang lang) {
    return builtin_catalog().category_name(c).in(lang);
}
}  // namespace

TEST_CASE("the report justifies each partner's money by category, with its total, in zh, en and ru",
          "[render][report][units]") {
    const Plan plan = example("annex2-units-enterprise-matching.plan.json");
    // P1 (Tajik institute): construction 15.00 and international 9.00, all fiscal. P2 (enterprise): testing 8.00
    // fiscal; construction 65.00, materials 27.00 and labour 8.00 self-raised.
    struct Want {
        Lang lang;
        const char *heading, *p2_total, *p2_self, *p1_fiscal;
    };
    for (const Want& w :
         {Want{Lang::en, "Money of each partner by category", "108.00", "100.00", "24.00"},
          Want{Lang::zh, "合作单位经费预算明细（按科目）", "108.00", "100.00", "24.00"},
          Want{Lang::ru, "Средства каждого партнёра по статьям расходов", "108,00", "100,00", "24,00"}}) {
        CAPTURE(to_id(w.lang));
        const std::string html = report_html(plan, builtin_catalog(), w.lang);
        const auto at = html.find(w.heading);
        REQUIRE(at != std::string::npos);
        CHECK(at > html.find("外拨"));  // after the per-unit table
        const auto p1 = html.find("<b>P1 Institute of Horticulture", at),
                   p2 = html.find("<b>P2 新疆某种苗科技有限公司", at);
        REQUIRE(p1 != std::string::npos);
        REQUIRE(p2 != std::string::npos);
        const std::string p1_table = html.substr(p1, html.find("</table>", p1) - p1),
                          p2_table = html.substr(p2, html.find("</table>", p2) - p2);
        CHECK(p1_table.find(w.p1_fiscal) != std::string::npos);
        CHECK(p1_table.find(catalog_name(Cat::construction, w.lang)) != std::string::npos);
        CHECK(p1_table.find(catalog_name(Cat::materials, w.lang)) == std::string::npos);  // no money there
        CHECK(p2_table.find(std::string("<b>") + w.p2_self + "</b>") != std::string::npos);
        CHECK(p2_table.find(std::string("<b>") + w.p2_total + "</b>") != std::string::npos);
    }
    // A plan whose lines name no unit has no such table.
    CHECK(report_html(example(), builtin_catalog(), Lang::en).find("Money of each partner") == std::string::npos);
}

TEST_CASE("the report prints the form's declared totals beside the computed ones, a difference in red",
          "[render][report][declared]") {
    const Plan slips = example("failing/general4-justification-slips.plan.json");
    const std::string en = report_html(slips, builtin_catalog(), Lang::en);
    const auto at = en.find("Totals as declared in the form");
    REQUIRE(at != std::string::npos);
    const std::string table = en.substr(at, en.find("</table>", at) - at);
    // 业务费: the form says 29.70 万元, its lines add up to 29.50.
    const auto row = table.find("<td>业务费</td>");
    REQUIRE(row != std::string::npos);
    const std::string tr = table.substr(row, table.find("</tr>", row) - row);
    CHECK(tr.find("<b>29.70</b>") != std::string::npos);
    CHECK(tr.find("<b>29.50</b>") != std::string::npos);
    CHECK(tr.find("<span class=\"bad\"><b>+0.20</b></span>") != std::string::npos);
    CHECK(table.find("every category · every source") != std::string::npos);  // 合计
    CHECK(table.find("equipment: purchase") != std::string::npos);            // 其中：购置设备费
    const std::string ru = report_html(slips, builtin_catalog(), Lang::ru);
    CHECK(ru.find("+0,20") != std::string::npos);
    const std::string zh = report_html(slips, builtin_catalog(), Lang::zh);
    CHECK(zh.find("申报书预算表所填合计与计算值") != std::string::npos);
    CHECK(zh.find("全部科目 · 全部来源") != std::string::npos);

    // The passing example: every difference is zero, none red.
    const std::string ok =
        report_html(example("general4-justification-as-written.plan.json"), builtin_catalog(), Lang::en);
    const auto ok_at = ok.find("Totals as declared in the form");
    REQUIRE(ok_at != std::string::npos);
    CHECK(ok.substr(ok_at, ok.find("</table>", ok_at) - ok_at).find("class=\"bad\"") == std::string::npos);
    // A plan without declared totals has no such table.
    CHECK(report_html(example(), builtin_catalog(), Lang::en).find("Totals as declared") == std::string::npos);
}

TEST_CASE("the expenditure table has the row of equipment purchase under equipment where a line is of that kind",
          "[render][report][declared]") {
    Plan plan = example("general4-justification-as-written.plan.json");
    const std::string en = report_html(plan, builtin_catalog(), Lang::en);
    const auto at = en.find("of which: equipment purchase");
    REQUIRE(at != std::string::npos);
    CHECK(at > en.find(catalog_name(Cat::equipment, Lang::en)));
    CHECK(at < en.find(catalog_name(Cat::materials, Lang::en), en.find("2. Expenditure")));
    const std::string row = en.substr(at, en.find("</tr>", at) - at);
    CHECK(row.find("15.00") != std::string::npos);  // L1, 150,000.00 fiscal, equipment purchase
    CHECK(report_html(plan, builtin_catalog(), Lang::zh).find("其中：购置设备费") != std::string::npos);
    // No line of kind purchase: no such row.
    for (auto& line : plan.budget) line.equipment.reset();
    CHECK(report_html(plan, builtin_catalog(), Lang::en).find("of which: equipment purchase") == std::string::npos);
    // A basis item of kind purchase on a line without a kind: the row holds the item's money only.
    plan = example("general4-justification-as-written.plan.json");
    BudgetLine& l1 = plan.budget[0];
    l1.equipment.reset();
    REQUIRE_FALSE(l1.basis.empty());
    l1.basis[0].equipment = EquipmentKind::purchase;
    BasisItem other;  // a lump of 1,000.00 of no kind
    other.item = "installation";
    other.lump = Money::from_yuan(1000);
    l1.basis.push_back(other);
    l1.amount = Money::from_yuan(151000);
    const Money item = item_money(l1.basis[0]).value();
    REQUIRE(item == Money::from_yuan(150000));
    const std::string html = report_html(plan, builtin_catalog(), Lang::en);
    const auto item_at = html.find("of which: equipment purchase");
    REQUIRE(item_at != std::string::npos);
    const std::string item_row = html.substr(item_at, html.find("</tr>", item_at) - item_at);
    CHECK(item_row.find("15.00") != std::string::npos);
    CHECK(item_row.find("15.10") == std::string::npos);
}

TEST_CASE("the report lists a plan's targets by year under what the call asks, and marks a first year below half",
          "[render][report][targets]") {
    const Catalog hebei = read_catalog(read_file(cofund::test::source_path("data/hb-zyyd-2026.json"))).value();
    auto load = [&](const std::string& name) {
        return read_plan(read_file(cofund::test::source_path("examples/hb-zyyd-2026/" + name + ".plan.json")), hebei)
            .value();
    };
    const std::string passing = report_html(load("basic-university-3-years"), hebei, Lang::en);
    CHECK(passing.find("Indicators with targets by year") != std::string::npos);
    CHECK(passing.find("At least 5 indicators (clause hb.all.indicators); the plan states 5.") != std::string::npos);
    CHECK(passing.find("<th>2028</th>") != std::string::npos);
    CHECK(passing.find("试验区土壤脱盐率") != std::string::npos);
    CHECK(passing.find("52.0%") != std::string::npos);  // 6.5 of 12.5 in the first year
    CHECK(passing.find("The call lists no indicators") == std::string::npos);
    const std::string zh = report_html(load("failing/first-year-below-half"), hebei, Lang::zh);
    CHECK(zh.find("分年度绩效指标") != std::string::npos);
    CHECK(zh.find("第一年度低于 50 %，应不低于 3") != std::string::npos);
    const std::string ru = report_html(load("failing/no-first-year-target"), hebei, Lang::ru);
    CHECK(ru.find("нет цели на первый год") != std::string::npos);
    // The 2018 call asks for no targets: its report has no such table.
    CHECK(report_html(example(), builtin_catalog(), Lang::en).find("targets by year") == std::string::npos);
}

// Issue 27: the report translated "no co-funding ratio applies to this plan" with
// tr() while `check` had it as a Text, and the two Russian texts had drifted
// apart; the report now prints check's Text, in every language.
TEST_CASE("the report and check say the same words where no co-funding ratio applies", "[report][lang]") {
    const Plan plan = example("annex6-digital-tourism");
    REQUIRE_FALSE(ratio_view(plan, builtin_catalog()));
    const planner::CheckedPlan checked = planner::check("x.plan.json", plan, builtin_catalog());
    for (Lang lang : kLangs) {
        CAPTURE(to_id(lang));
        const std::string words = planner::no_ratio_words().in(lang);
        CHECK_THAT(planner::check_text(checked, builtin_catalog(), lang, false), Catch::Contains(words));
        CHECK_THAT(render::report_html(plan, builtin_catalog(), lang), Catch::Contains(render::html_escape(words)));
    }
}

// Issue 27: the report named organisation types with tr() (高等院校, университет, НИИ)
// while the model's org_type_text() (the terminal's and the workbook's words) said
// 高校, вуз, научная организация; the report now prints the model's Text.
TEST_CASE("the report names an applicant's organisation type with the model's words", "[report][lang]") {
    Plan plan = example();
    for (OrgType type : {OrgType::university, OrgType::institute, OrgType::enterprise, OrgType::other}) {
        plan.applicant.type = type;
        for (Lang lang : kLangs) {
            CAPTURE(to_id(lang));
            CHECK_THAT(render::report_html(plan, builtin_catalog(), lang),
                       Catch::Contains("(" + render::html_escape(org_type_text(type).in(lang)) + ")"));
        }
    }
}
