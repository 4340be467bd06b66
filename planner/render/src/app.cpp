// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/render/app.h"

#include <QApplication>
#include <QTranslator>
#include <QtGlobal>

#include <xlsxwriter.h>

#include <cstdlib>
#include <memory>

namespace cofund::render {

namespace {
QtMessageHandler previous_handler = nullptr;
// Headless runs have no XDG_RUNTIME_DIR; Qt's notice about it is noise on a CLI's stderr.
void quiet_handler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: "))) return;
    if (previous_handler) previous_handler(type, context, message);
}
}  // namespace

void ensure_application() {
    if (QCoreApplication::instance()) return;
    previous_handler = qInstallMessageHandler(quiet_handler);
    const char* platform = std::getenv("QT_QPA_PLATFORM");
    const char* display = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    if ((!platform || !*platform) && (!display || !*display) && (!wayland || !*wayland))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    // Lives to the end of the program: Qt objects made later need it.
    static int argc = 1;
    static char name[] = "cofund";
    static char* argv[] = {name, nullptr};
    static auto* app = new QApplication(argc, argv);
    (void)app;
}

bool use_language(Lang lang) {
    ensure_application();
    static std::unique_ptr<QTranslator> current;
    static std::optional<Lang> installed;
    if (installed == lang) return true;
    if (current) {
        QCoreApplication::removeTranslator(current.get());
        current.reset();
    }
    installed = lang;
    QString file = lang == Lang::zh   ? QStringLiteral(":/i18n/cofund_zh_CN.qm")
                   : lang == Lang::ru ? QStringLiteral(":/i18n/cofund_ru.qm")
                                      : QStringLiteral(":/i18n/cofund_en.qm");
    auto t = std::make_unique<QTranslator>();
    if (!t->load(file)) return lang == Lang::en;  // English is the source text
    QCoreApplication::installTranslator(t.get());
    current = std::move(t);
    return true;
}

std::vector<planner::Component> render_libraries() {
    std::string qt = qVersion();
    if (qt != QT_VERSION_STR) qt += " (built with " QT_VERSION_STR ")";
    return {{"Qt", qt}, {"libxlsxwriter", lxw_version()}};
}

}  // namespace cofund::render
