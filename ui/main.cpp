// SPDX-License-Identifier: GPL-3.0-or-later
// cofund-gui [FILE]                         the desktop app
// cofund-gui --screenshot OUT.png [FILE]    renders the main window at 1400×900 and exits
// cofund-gui --lang zh|en|ru ...            the interface language (else the last one chosen)
// --tab 0-4 with --screenshot: project, budget, partners, indicators, projections
// --chart KIND with --screenshot: spend, categories, ratio, indicators, risk

#include <QApplication>
#include <QFont>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <cstring>

#include "app_language.h"
#include "chart_panel.h"
#include "main_window.h"
#include "message_filter.h"

#include "cofund/render/app.h"

namespace {
const char kUsage[] =
    "usage: cofund-gui [--lang zh|en|ru] [FILE]\n"
    "       cofund-gui --screenshot OUT.png [--lang zh|en|ru] [--tab 0-4] [--chart KIND] [FILE]\n";
}  // namespace

int main(int argc, char** argv) {
    // --help needs no display: answered before Qt looks for one.
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::fputs(kUsage, stdout);
            return 0;
        }
    // Before QApplication: the XDG_RUNTIME_DIR notice comes while the platform starts.
    cofund::ui::installMessageFilter();
    QApplication::setHighDpiScaleFactorRoundingPolicy(
        Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Cofund"));
    QApplication::setApplicationName(QStringLiteral("cofund-gui"));
    QApplication::setApplicationDisplayName(QStringLiteral("Cofund"));
    QApplication::setApplicationVersion(QStringLiteral(COFUND_GUI_VERSION));
    // Latin text in Noto Sans, Chinese in Noto Sans CJK SC, whatever the system default.
    QFont font = QApplication::font();
    font.setFamilies(
        {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK SC"), font.family()});
    QApplication::setFont(font);

    int tab = 1;  // the budget grid
    QString chart;
    QString screenshot, file, lang = QSettings().value("language", QStringLiteral("en")).toString();
    const QStringList args = QApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == "--screenshot" && i + 1 < args.size())
            screenshot = args[++i];
        else if (a == "--lang" && i + 1 < args.size())
            lang = args[++i];
        else if (a == "--chart" && i + 1 < args.size())
            chart = args[++i];
        else if (a == "--tab" && i + 1 < args.size())
            tab = args[++i].toInt();
        else if (a.startsWith("--")) {
            std::fprintf(stderr, "cofund-gui: unknown option %s\n", qPrintable(a));
            return 2;
        } else
            file = a;
    }
    cofund::ui::setLanguage(lang);
    using cofund::Lang;
    cofund::render::use_language(lang == "zh" ? Lang::zh : lang == "ru" ? Lang::ru : Lang::en);
    cofund::ui::setLanguage(lang);

    cofund::ui::MainWindow window;
    if (!screenshot.isEmpty()) {
        if (!file.isEmpty() && !window.openFile(file, true)) {
            std::fprintf(stderr, "cofund-gui: cannot read %s\n", qPrintable(file));
            return 2;
        }
        window.showTab(tab);
        if (!chart.isEmpty()) window.chartPanel()->setKind(chart);
        window.resize(1400, 900);
        window.show();
        for (int i = 0; i < 5; ++i) QApplication::processEvents();
        window.resize(1400, 900);
        QApplication::processEvents();
        const QPixmap shot = window.grab();
        if (!shot.save(screenshot)) {
            std::fprintf(stderr, "cofund-gui: cannot write %s\n", qPrintable(screenshot));
            return 2;
        }
        return 0;
    }
    window.show();
    // Restored changes win over FILE: opening it would drop them unasked.
    if (!window.offerRecovery() && !file.isEmpty()) window.openFile(file);
    return app.exec();
}
