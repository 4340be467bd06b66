// SPDX-License-Identifier: GPL-3.0-or-later
#include "message_filter.h"

#include <cstdio>

namespace cofund::ui {

namespace {

QtMessageHandler previousHandler = nullptr;
bool installed = false;

void filterMessage(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (isRuntimeDirNotice(type, message)) return;
    if (previousHandler) {
        previousHandler(type, context, message);
        return;
    }
    // No handler before ours: print as Qt's default handler would.
    const QString line = qFormatLogMessage(type, context, message);
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

}  // namespace

bool isRuntimeDirNotice(QtMsgType type, const QString& message) {
    // qstandardpaths_unix.cpp: qWarning("QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to
    // '%ls'")
    return type == QtWarningMsg &&
           message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to '")) &&
           message.endsWith(QLatin1Char('\'')) && !message.contains(QLatin1Char('\n'));
}

void installMessageFilter() {
    if (installed) return;
    installed = true;
    previousHandler = qInstallMessageHandler(filterMessage);
}

}  // namespace cofund::ui
