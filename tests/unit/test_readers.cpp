// SPDX-License-Identifier: GPL-3.0-or-later
// Reports and charts as strict readers take them (issue 15): the PDF text
// layer searchable (no ligatures, nothing elided), the HTML valid HTML5, chart
// texts never cut and never on top of one another, in zh, en and ru, for every
// shipped example.
#include <QString>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "categories.h"
#include "cofund/format.h"
#include "cofund/planner/files.h"
#include "cofund/planner/portfolio.h"
#include "cofund/render/app.h"
#include "cofund/render/chart_adapter.h"
#include "cofund/render/chart_model.h"
#include "cofund/render/report.h"
#include "test_support.h"

using namespace cofund;
using cofund::test::run_command;
using namespace cofund::render;

namespace {

std::string readers_dir() {
    return cofund::test::scratch_dir("cofund-test-readers");
}

struct Example {
    std::string name;
    Plan plan;
};

// Every plan of examples/ and examples/failing/.
const std::vector<Example>& examples() {
    static const std::vector<Example> all = [] {
        std::vector<Example> out;
        for (const char* dir : {"examples", "examples/failing"})
            for (const auto& entry : std::filesystem::directory_iterator(cofund::test::source_path(dir))) {
                if (entry.path().extension() != ".json") continue;
                auto plan = planner::load_plan(entry.path().string(), builtin_catalog());
                if (!plan.ok()) continue;
                out.push_back({std::string(dir) + "/" + entry.path().filename().string(), std::move(*plan)});
            }
        std::sort(out.begin(), out.end(), [](const Example& a, const Example& b) { return a.name < b.name; });
        return out;
    }();
    return all;
}

std::string file_stem(const std::string& name, Lang lang) {
    std::string s = name;
    for (char& c : s)
        if (c == '/') c = '-';
    return readers_dir() + "/" + s + "-" + std::string(to_id(lang));
}

bool contains(const std::string& text, const std::string& what) {
    return text.find(what) != std::string::npos;
}

}  // namespace

// Regression: Qt shaped "fi" and "ff" as ligatures, so pdftotext gave "ﬁscal"
// and a reviewer's search for "fiscal" in an English report found nothing.
TEST_CASE("no PDF report has a ligature in its text layer, and every category name and amount reads as written",
          "[render][readers][long]") {
    REQUIRE(examples().size() >= 20);
    for (const Example& ex : examples())
        for (Lang lang : kLangs) {
            INFO(ex.name << " " << to_id(lang));
            const std::string path = file_stem(ex.name, lang) + ".pdf";
            REQUIRE(write_report(ex.plan, builtin_catalog(), lang, path).ok());
            std::string text = run_command("pdftotext -raw '" + path + "' -");
            REQUIRE(!text.empty());
            // A second reader finds the file sound, and every font is embedded.
            int qpdf = 0;
            run_command("qpdf --check '" + path + "' >/dev/null 2>&1", &qpdf);
            CHECK(qpdf == 0);
            const std::string fonts =
                run_command("pdffonts '" + path + "' | tail -n +3 | awk '{print $(NF-4)}' | sort -u");
            CHECK(fonts == "yes\n");
            for (const char* lig : {"\uFB00", "\uFB01", "\uFB02", "\uFB03", "\uFB04", "\uFB05", "\uFB06"})
                CHECK_FALSE(contains(text, lig));
            CHECK_FALSE(contains(text, "\u2026"));
            CHECK_FALSE(contains(text, "..."));
            // Text wraps inside table cells: names are compared without their spaces.
            auto solid = [](const std::string& s) {
                std::string out;
                for (char c : s)
                    if (c != '\n' && c != ' ' && c != '\f' && c != '\r') out += c;
                for (auto at = out.find("\u00A0"); at != std::string::npos; at = out.find("\u00A0")) out.erase(at, 2);
                return out;
            };
            const std::string flat = solid(text);
            for (int c = 0; c < kCategoryCount; ++c)
                CHECK(contains(flat, solid(builtin_catalog().category_name(category_at(c)).in(lang))));
            const BudgetSummary sums(ex.plan);
            CHECK(contains(flat, solid(format_wan_exact(sums.all().of(kSources), lang))));
            // Every amount of the sources and expenditure tables: each source and
            // each category's fiscal and self-raised money, a year at a time and in all.
            std::vector<const Sums*> parts{&sums.all()};
            for (int y : sums.years()) parts.push_back(&sums.year(y));
            if (sums.has_outside()) parts.push_back(&sums.outside());
            for (const Sums* part : parts) {
                for (Source src : kSources)
                    if (!part->of(src).is_zero()) CHECK(contains(flat, solid(format_wan_exact(part->of(src), lang))));
                for (int c = 0; c < kCategoryCount; ++c)
                    for (bool self : {false, true}) {
                        const Money m = part->side(category_at(c), self);
                        if (!m.is_zero()) CHECK(contains(flat, solid(format_wan_exact(m, lang))));
                    }
            }
            for (const auto& line : ex.plan.budget)
                if (!line.note.empty()) CHECK(contains(flat, solid(line.note)));
            // Regression (issue 17): a section heading just below a page's foot was
            // clipped from the picture but kept in the text layer, so pdftotext read
            // "5. Tasks and budget" twice. Every heading of the report (its <h2>s)
            // is in the text exactly once.
            const std::string html = report_html(ex.plan, builtin_catalog(), lang);
            for (auto at = html.find("<h2>"); at != std::string::npos; at = html.find("<h2>", at + 1)) {
                const auto end = html.find("</h2>", at);
                REQUIRE(end != std::string::npos);
                const std::string heading = solid(html.substr(at + 4, end - at - 4));
                if (heading.find('&') != std::string::npos || heading.find('<') != std::string::npos) continue;
                std::size_t seen = 0;
                for (auto k = flat.find(heading); k != std::string::npos; k = flat.find(heading, k + heading.size()))
                    ++seen;
                INFO(heading);
                CHECK(seen == 1);
            }
        }
    const std::string en =
        run_command("pdftotext '" + file_stem("examples/annex3-fruit-veg-processing.plan.json", Lang::en) +
                    ".pdf' - | grep -c 'regional fiscal special fund'");
    CHECK(std::stoi(en) > 0);
}

// Regression: the HTML report had 1,308 obsolete <font> elements and an id
// "gradient1" in every inline SVG.
TEST_CASE("every HTML report passes a strict HTML5 check in zh, en and ru", "[render][readers][long]") {
    std::string files;
    for (const Example& ex : examples())
        for (Lang lang : kLangs) {
            const std::string path = file_stem(ex.name, lang) + ".html";
            REQUIRE(write_report(ex.plan, builtin_catalog(), lang, path).ok());
            files += " '" + path + "'";
        }
    // The checker: python3-html5lib (strict parsing, obsolete elements and
    // attributes, unique ids) and tidy, both Debian packages (scripts/setup-debian.sh).
    int status = 0;
    const std::string problems =
        run_command("/usr/bin/python3 '" + cofund::test::source_path("scripts/check-html.py") + "'" + files, &status);
    INFO(problems.substr(0, 4000));
    CHECK(status == 0);
    CHECK(problems.empty());
}

TEST_CASE("the HTML checker finds what it is there to find", "[render][readers]") {
    const std::string path = readers_dir() + "/bad.html";
    REQUIRE(planner::write_output(path,
                                  "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title>"
                                  "</head><body><table cellspacing=\"0\"><tr><td align=\"right\"><font "
                                  "color=\"red\">x</font></td></tr></table><svg><defs><linearGradient "
                                  "id=\"g\"/></defs></svg><svg><defs><linearGradient id=\"g\"/></defs></svg>"
                                  "</body></html>\n")
                .ok());
    int status = 0;
    const std::string problems = run_command(
        "/usr/bin/python3 '" + cofund::test::source_path("scripts/check-html.py") + "' '" + path + "'", &status);
    CHECK(status != 0);
    CHECK(contains(problems, "obsolete element <font>"));
    CHECK(contains(problems, "obsolete attribute align on <td>"));
    CHECK(contains(problems, "obsolete attribute cellspacing on <table>"));
    CHECK(contains(problems, "duplicate id 'g'"));
}

namespace {

// What is wrong with a chart's texts: one cut short, or two on top of each other.
std::vector<std::string> text_problems(const ChartModel& model, QSize size) {
    std::vector<std::string> out;
    const auto texts = chart_texts(model, size);
    for (size_t i = 0; i < texts.size(); ++i) {
        const auto& a = texts[i];
        if (contains(a.text, "\u2026") || contains(a.text, "...")) out.push_back("cut: \"" + a.text + "\"");
        for (size_t j = i + 1; j < texts.size(); ++j) {
            const auto& b = texts[j];
            // Boxes are the lines' ink extents; touching edges are no overlap.
            if (a.box.adjusted(0.5, 0.5, -0.5, -0.5).intersects(b.box.adjusted(0.5, 0.5, -0.5, -0.5)))
                out.push_back("\"" + a.text + "\" overlaps \"" + b.text + "\"");
        }
    }
    return out;
}

}  // namespace

// Regression: at 2018 of the matching-lags plan the fiscal label "80,00" and
// the red "30,00 (недостаёт 50,00)" overlapped; at 400×300 "25,00" spilled over
// "Итого 67,00"; titles, legend entries and category names were cut with "…".
TEST_CASE("no chart text is cut and no two chart texts overlap, in three languages and every size used",
          "[render][readers][chart][long]") {
    // The default size, the report's (820 wide), the docs' pictures and the smallest size charts are laid out for.
    const std::vector<QSize> sizes = {kDefaultChartSize, QSize(820, 508), QSize(400, 300)};
    int charts = 0;
    for (const Example& ex : examples())
        for (Lang lang : kLangs)
            for (ChartKind kind : all_chart_kinds()) {
                const ChartModel model = make_chart(kind, ex.plan, builtin_catalog(), lang);
                for (QSize size : sizes) {
                    INFO(ex.name << " " << to_id(lang) << " " << to_id(kind) << " " << size.width() << "x"
                                 << size.height());
                    const auto problems = text_problems(model, size);
                    CHECK(problems == std::vector<std::string>{});
                    ++charts;
                }
            }
    CHECK(charts >= 20 * 3 * 5 * 3);
}

// Regression (issue 29): the program chart of the examples had 11 legend entries for 12
// plans (two annex 4 plans shared "A4 新疆某牧业发展有限公司"), a segment without an entry,
// A1 and D3 both blue (a palette of ten, repeated), every applicant cut with "…", no
// legend at all beyond 24 projects, and English titles in Russian.
TEST_CASE("the program chart gives every project a legend entry, a distinct label and a colour of its own",
          "[render][readers][chart]") {
    auto files = planner::collect_plan_files({cofund::test::source_path("examples")});
    REQUIRE(files.ok());
    planner::PortfolioOptions options;
    options.simulate_runs = 0;
    const planner::Portfolio portfolio = planner::build_portfolio(*files, builtin_catalog(), options);
    for (Lang lang : kLangs) {
        const ChartModel model = program_chart_model(planner::program_chart(portfolio, lang), lang);
        REQUIRE(model.panels.size() == 1);
        const auto& bars = model.panels[0].bars;
        REQUIRE(bars.size() >= 27);  // the examples and the failing ones
        std::set<std::string> names, colors;
        for (const auto& b : bars) {
            names.insert(b.name);
            colors.insert(b.color);
            CHECK_FALSE(contains(b.name, "\u2026"));
        }
        CHECK(names.size() == bars.size());
        CHECK(colors.size() == bars.size());
        CHECK(model.show_legend);
        // Drawn at the size the CLI gives it, every entry is there whole and nothing overlaps.
        const QSize size = size_with_room_for_legend(model);
        CHECK(size.height() > kDefaultChartSize.height());
        const auto texts = chart_texts(model, size);
        for (const auto& b : bars) {
            INFO(b.name);
            CHECK(std::count_if(texts.begin(), texts.end(), [&](const ChartText& t) { return t.text == b.name; }) == 1);
        }
        CHECK(text_problems(model, size) == std::vector<std::string>{});
        // The title and the plot keep about the room they have in a chart of the default size.
        QRectF legend;
        for (const auto& t : texts)
            if (names.count(t.text)) legend |= t.box;
        CHECK(legend.top() >= 0.65 * kDefaultChartSize.height());
    }
    CHECK(program_chart_model(planner::program_chart(portfolio, Lang::ru), Lang::ru).title.find("Бюджетные") == 0);
    // Many projects: the colours never repeat, and none is the shortfall red.
    std::set<std::string> many;
    for (std::size_t i = 0; i < 200; ++i) many.insert(series_color(i));
    CHECK(many.size() == 200);
    CHECK(many.count(lag_color()) == 0);
}

namespace {

// The value labels of a chart that lie on one of its lines or dots.
std::vector<std::string> labels_on_lines(const ChartModel& model, QSize size) {
    std::set<std::string> labels;
    for (const auto& p : model.panels)
        for (const auto& l : p.labels) labels.insert(l.text);
    const ChartMarks marks = chart_marks(model, size);
    std::vector<std::string> out;
    for (const auto& t : chart_texts(model, size)) {
        if (!labels.count(t.text)) continue;
        const QRectF box = t.box.adjusted(0.5, 0.5, -0.5, -0.5);
        for (const QRectF& dot : marks.dots)
            if (dot.intersects(box)) out.push_back("\"" + t.text + "\" on a dot");
        for (const QLineF& line : marks.segments) {
            // Sampled every half pixel: a line through the box has a point inside it.
            const int n = std::max(2, static_cast<int>(line.length() * 2));
            for (int i = 0; i <= n; ++i)
                if (box.contains(line.pointAt(static_cast<double>(i) / n))) {
                    out.push_back("\"" + t.text + "\" on a line");
                    break;
                }
        }
    }
    return out;
}

}  // namespace

// Regression (issue 29): the ratio chart's "58.50" crossed by the dashed "required" line,
// the risk chart's "P50 32.3" pushed back under its own dot at the chart's right edge, and
// the indicators chart's projection running through "9,52" and "20,2".
TEST_CASE("no value label lies on a line or a dot of its chart, in three languages and every size used",
          "[render][readers][chart][long]") {
    const std::vector<QSize> sizes = {kDefaultChartSize, QSize(820, 508), QSize(520, 330), QSize(400, 300)};
    int charts = 0, marked = 0;
    for (const Example& ex : examples())
        for (Lang lang : kLangs)
            for (ChartKind kind : {ChartKind::ratio, ChartKind::indicators, ChartKind::risk}) {
                const ChartModel model = make_chart(kind, ex.plan, builtin_catalog(), lang);
                for (QSize size : sizes) {
                    INFO(ex.name << " " << to_id(lang) << " " << to_id(kind) << " " << size.width() << "x"
                                 << size.height());
                    CHECK(labels_on_lines(model, size) == std::vector<std::string>{});
                    marked += chart_marks(model, size).segments.empty() ? 0 : 1;
                    ++charts;
                }
            }
    CHECK(marked > charts / 4);  // the check sees lines
}

TEST_CASE("the line check sees a label put on a line", "[render][readers][chart]") {
    ChartModel m;
    Panel p;
    p.categories = {"2018", "2019"};
    p.lines.push_back({"line", "#333333", {0, 1}, {1, 1}, true, true});
    p.axis = nice_axis(0, 2, "");
    m.panels.push_back(p);
    const ChartMarks marks = chart_marks(m);
    REQUIRE(marks.segments.size() == 1);
    CHECK(marks.dots.size() == 2);
    // A wide label centred on the line's middle: every place above and beside its point is off the
    // line, so it must be drawn there, not on it.
    m.panels[0].labels.push_back({0.5, 1, "a label in the middle of the line", false, ""});
    CHECK(labels_on_lines(m, kDefaultChartSize).empty());
    bool shown = false;
    for (const auto& t : chart_texts(m)) shown = shown || t.text == "a label in the middle of the line";
    CHECK(shown);
}

TEST_CASE("the chart text check sees the title, the legend and the labels, and what overlaps",
          "[render][readers][chart]") {
    auto plan = planner::load_plan(cofund::test::source_path("examples/failing/annex7-matching-lags.plan.json"),
                                   builtin_catalog());
    REQUIRE(plan.ok());
    const ChartModel model = make_chart(ChartKind::ratio, *plan, builtin_catalog(), Lang::ru);
    const auto texts = chart_texts(model, kDefaultChartSize);
    auto shown = [&](const std::string& t) {
        for (const auto& x : texts)
            if (x.text == t) return true;
        return false;
    };
    CHECK(shown(model.title));
    CHECK(shown(model.panels[0].bars[0].name));
    CHECK(shown("80,00"));
    CHECK(shown("30,00 (недостаёт 50,00)"));
    // The lag's label is lifted above the fiscal one, not dropped.
    QRectF fiscal, lag;
    for (const auto& x : texts) {
        if (x.text == "80,00") fiscal = x.box;
        if (x.text == "30,00 (недостаёт 50,00)") lag = x.box;
    }
    CHECK_FALSE(fiscal.intersects(lag));
    // Two model labels at one point must come out apart, or one of them left out.
    ChartModel crowded = model;
    crowded.panels[0].labels.push_back(crowded.panels[0].labels.front());
    CHECK(text_problems(crowded, kDefaultChartSize).empty());
}

TEST_CASE("long category names wrap onto a second line instead of being cut", "[render][readers][chart]") {
    auto plan = planner::load_plan(cofund::test::source_path("examples/annex3-fruit-veg-processing.plan.json"),
                                   builtin_catalog());
    REQUIRE(plan.ok());
    for (Lang lang : kLangs) {
        const ChartModel model = make_chart(ChartKind::categories, *plan, builtin_catalog(), lang);
        const auto texts = chart_texts(model, QSize(820, 508));
        for (std::string category : model.panels[0].categories) {
            // Qt gives a no-break space back as a space.
            for (auto at = category.find("\u00A0"); at != std::string::npos; at = category.find("\u00A0"))
                category.replace(at, 2, " ");
            INFO(category);
            bool found = false;
            for (const auto& x : texts) found = found || x.text == category;
            CHECK(found);
        }
    }
}

TEST_CASE("counted indicators show whole units to people", "[render][readers]") {
    const Catalog& catalog = builtin_catalog();
    const Indicator* cans = catalog.indicator("a3.terminal_sales_cans");
    REQUIRE(cans);
    CHECK(cans->counted());
    const Indicator* usd = catalog.indicator("a3.export_usd");
    REQUIRE(usd);
    CHECK_FALSE(usd->counted());
}

TEST_CASE("each language names self-raised funds and the applicant's own funds apart, with its own colon",
          "[render][readers]") {
    auto plan = planner::load_plan(cofund::test::source_path("examples/annex3-fruit-veg-processing.plan.json"),
                                   builtin_catalog());
    REQUIRE(plan.ok());
    // (The plan's own notes may have a full-width colon: "哈方：种质筛选…".)
    CHECK(contains(report_html(*plan, builtin_catalog(), Lang::en), "Annex 3: China"));
    CHECK_FALSE(contains(report_html(*plan, builtin_catalog(), Lang::en), "Annex 3："));
    CHECK(contains(report_html(*plan, builtin_catalog(), Lang::ru), "Приложение 3: "));
    const std::string ru = report_html(*plan, builtin_catalog(), Lang::ru);
    CHECK(contains(ru, "в т. ч.: Средства заявителя"));
    CHECK(contains(report_html(*plan, builtin_catalog(), Lang::zh), "附件3："));
}
