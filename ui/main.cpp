// SPDX-License-Identifier: GPL-3.0-or-later
// cofund-gui [--lang zh|en|ru] [--size WxH] [FILE]   the desktop app
// cofund-gui --screenshot OUT.png [...] [FILE]        renders the main window and exits
// The options are explained in kUsage below and in docs/gui.md.

#include <QApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <optional>

#include "app_language.h"
#include "budget_view.h"
#include "chart_panel.h"
#include "document.h"
#include "main_window.h"
#include "message_filter.h"
#include "models.h"

#include "cofund/render/app.h"
#include "cofund/version.h"

namespace {
const char kUsage[] =
    "cofund-gui — the desktop app of Cofund, the budget and co-funding planner for science-partnership calls.\n"
    "A budget grid checked against the call on every edit, its charts, findings, report and workbook.\n\n"
    "usage: cofund-gui [--lang zh|en|ru] [--size WxH] [FILE]\n"
    "       cofund-gui --screenshot OUT.png [--size WxH] [--lang zh|en|ru] [--tab 0-6]\n"
    "                  [--chart KIND] [FILE]\n"
    "\n"
    "  FILE              the plan to open (default: the built-in annex 3 example)\n"
    "  --lang zh|en|ru   the interface language (default: the last one chosen, else en)\n"
    "  --size WxH        the window's size in pixels, e.g. 1366x768 (default: the size last\n"
    "                    used, else the screen's free area up to 1400x900; 1400x900 with\n"
    "                    --screenshot)\n"
    "  --screenshot OUT  renders the window to the PNG file OUT and exits; needs no display\n"
    "                    (renders offscreen unless QT_QPA_PLATFORM names a platform)\n"
    "  --tab 0-6         with --screenshot, the tab shown: 0 project, 1 budget (default),\n"
    "                    2 summary, 3 partners, 4 indicators, 5 projections, 6 tasks\n"
    "  --chart KIND      with --screenshot, the chart shown: spend, categories, ratio,\n"
    "                    indicators, risk\n"
    "  --version         prints the version and commit, the calls found and the libraries\n"
    "\n"
    "Documentation: docs/gui.md\n";

constexpr int kMaxSide = 8000;  // 8000 × 8000 × 4 bytes is a 256 MB image

bool hasArgument(int argc, char** argv, const char* name) {
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], name) == 0) return true;
    return false;
}

// "1366x768" → 1366 × 768; nothing unless both sides are whole numbers of 1 to kMaxSide.
std::optional<QSize> parseSize(const QString& text) {
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,5})[xX×]([0-9]{1,5})$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch()) return std::nullopt;
    const int w = m.captured(1).toInt(), h = m.captured(2).toInt();
    if (w < 1 || h < 1 || w > kMaxSide || h > kMaxSide) return std::nullopt;
    return QSize(w, h);
}
}  // namespace

int main(int argc, char** argv) {
    // --help needs no display: answered before Qt looks for one.
    if (hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h")) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (hasArgument(argc, argv, "--version")) {
        std::vector<cofund::planner::Component> libraries = cofund::render::render_libraries();
        std::fputs(cofund::planner::version_text("cofund-gui", libraries, cofund::planner::call_dirs()).c_str(),
                   stdout);
        return 0;
    }
    // A screenshot needs no display. Without a platform named, Qt would look for
    // one and abort when there is none; offscreen also renders the same pixels
    // whatever display the machine has.
    if (hasArgument(argc, argv, "--screenshot") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        !hasArgument(argc, argv, "-platform"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Before QApplication: the XDG_RUNTIME_DIR notice comes while the platform starts.
    cofund::ui::installMessageFilter();
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Cofund"));
    QApplication::setApplicationName(QStringLiteral("cofund-gui"));
    QApplication::setApplicationDisplayName(QStringLiteral("Cofund"));
    QApplication::setApplicationVersion(QString::fromUtf8(cofund::kVersion));
    // Latin text in Noto Sans, Chinese in Noto Sans CJK SC, whatever the system default.
    cofund::ui::useInterfaceFont();

    int tab = 1;  // the budget grid
    QSize size(1400, 900);
    bool sizeGiven = false;
    QString chart;
    QString screenshot, file, lang = QSettings().value("language", QStringLiteral("en")).toString();
    // Qt's own options (-platform …) are gone from arguments() by now.
    const QStringList args = QApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        const bool valueFollows = i + 1 < args.size();
        if (a == "--screenshot" && valueFollows) {
            screenshot = args[++i];
        } else if (a == "--lang" && valueFollows) {
            lang = args[++i];
            if (lang != "zh" && lang != "en" && lang != "ru") {
                std::fprintf(stderr, "cofund-gui: --lang \"%s\" is not one of zh, en, ru\n", qPrintable(lang));
                return 2;
            }
        } else if (a == "--size" && valueFollows) {
            const QString text = args[++i];
            const std::optional<QSize> s = parseSize(text);
            if (!s) {
                std::fprintf(stderr,
                             "cofund-gui: --size \"%s\" is not WIDTHxHEIGHT in pixels, each 1 to "
                             "%d (e.g. 1366x768)\n",
                             qPrintable(text), kMaxSide);
                return 2;
            }
            size = *s;
            sizeGiven = true;
        } else if (a == "--chart" && valueFollows) {
            chart = args[++i];
        } else if (a == "--tab" && valueFollows) {
            tab = args[++i].toInt();
        } else if (a.startsWith("--")) {
            std::fprintf(stderr, "cofund-gui: unknown option or missing value: %s\n%s", qPrintable(a), kUsage);
            return 2;
        } else {
            file = a;
        }
    }
    cofund::ui::setLanguage(lang);
    cofund::render::use_language(cofund::ui::lang());
    cofund::ui::setLanguage(lang);

    // An empty plan until FILE or the example is opened. It opens at the size and
    // dock layout last used, else as large as the screen allows (at most 1400×900).
    cofund::ui::MainWindow window;
    if (sizeGiven || !screenshot.isEmpty()) {
        window.resize(size);
        window.fitDocks();
    }
    if (!screenshot.isEmpty()) {
        if (file.isEmpty())
            window.openExample();
        else if (!window.openFile(file, true)) {
            std::fprintf(stderr, "cofund-gui: cannot read %s\n", qPrintable(file));
            return 2;
        }
        // The basis editor shows the first line that has a justification.
        for (const cofund::BudgetLine& line : window.document()->plan().budget) {
            if (line.basis.empty()) continue;
            window.budgetView()->setCurrentIndex(window.budgetModel()->indexOf(line.year, line.category, line.source));
            break;
        }
        window.showTab(tab);
        if (!chart.isEmpty()) window.chartPanel()->setKind(chart);
        window.show();
        for (int i = 0; i < 5; ++i) QApplication::processEvents();
        window.resize(size);
        QApplication::processEvents();
        // The layout keeps the window at least as large as its widgets need.
        if (window.size() != size) {
            std::fprintf(stderr,
                         "cofund-gui: --size %dx%d is smaller than the window can be laid out "
                         "(at least %dx%d)\n",
                         size.width(), size.height(), window.minimumWidth(), window.minimumHeight());
            return 2;
        }
        const QPixmap shot = window.grab();
        if (!shot.save(screenshot)) {
            std::fprintf(stderr, "cofund-gui: cannot write %s\n", qPrintable(screenshot));
            return 2;
        }
        return 0;
    }
    // The grid has the keyboard from the start: typing goes into its first cell.
    window.budgetView()->setFocus();
    window.show();
    // Restored changes win over FILE: opening it would drop them unasked. A FILE
    // that cannot be read leaves the empty plan, never the example's realistic numbers.
    if (!window.offerRecovery()) {
        if (file.isEmpty())
            window.openExample();
        else
            window.openFile(file);
    }
    return app.exec();
}
