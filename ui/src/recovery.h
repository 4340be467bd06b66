// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Nothing lost: while the plan has unsaved changes, it is written every few
// seconds to a recovery file in AppDataLocation (through QSaveFile). A clean
// close, a save or a discard removes it; after a crash the next start finds it
// and offers to restore. The user's own file changes only on Save.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <optional>

#include "cofund/plan.h"

namespace cofund::ui {

class Document;

class Recovery : public QObject {
    Q_OBJECT
  public:
    /// Watches `doc`; writes at most every `intervalMs` while it is modified.
    explicit Recovery(Document* doc, int intervalMs = 5000, QObject* parent = nullptr);

    /// The recovery file: AppDataLocation/recovery/session.plan.json.
    static QString recoveryPath();

    struct Pending {
        Plan plan;
        QString originalPath;  ///< the file the plan was opened from, or empty
        QString savedAt;       ///< ISO time of the last write
    };
    /// What a crashed session left, if anything readable.
    static std::optional<Pending> pending();
    /// Removes the recovery file (after a restore was declined, a save, a clean close).
    static void discard();

    /// Writes now if the plan changed since the last write (the timer calls it).
    bool writeNow();

  private:
    QPointer<Document> doc_;
    QTimer timer_;
    quint64 written_ = 0;
};

}  // namespace cofund::ui
