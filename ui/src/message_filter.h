// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Qt prints "QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to '…'" when
// the app runs without a login session (xvfb-run, CI, ssh): noise, since Qt
// then makes a private 0700 runtime directory itself. The app installs a
// message handler that drops exactly that warning and passes every other
// message on unchanged.

#include <QString>
#include <QtGlobal>

namespace cofund::ui {

/// Whether a message is Qt's notice that XDG_RUNTIME_DIR is unset (and nothing else:
/// "wrong permissions on runtime directory" and the like are not).
bool isRuntimeDirNotice(QtMsgType type, const QString& message);

/// Installs the filter before the first Qt message (call it before QApplication);
/// other messages go to the handler installed before it. Installing twice is harmless.
void installMessageFilter();

}  // namespace cofund::ui
