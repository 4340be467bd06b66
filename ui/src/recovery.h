// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Nothing lost: while the plan has unsaved changes, it is written every few
// seconds to a recovery file in AppDataLocation/recovery (through QSaveFile).
// A clean close, a save or a discard removes it; after a crash the next start
// finds it and offers to restore. The user's own file changes only on Save.
//
// Every window has its own recovery slot, so two windows (or two running
// copies of the app) never overwrite each other's recovery. A slot is three
// files sharing a stem, "<file-hash>-<instance>" ("untitled-<instance>" for a
// new plan): STEM.plan.json (the plan, verbatim), STEM.plan.json.meta (where it
// came from, when it was written) and STEM.lock, a QLockFile held while the
// window lives. A slot whose lock is free was left by a crash (or a window
// that went away uncleanly) and is offered; a locked one belongs to a running
// window and is left alone.

#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

#include "cofund/plan.h"

namespace cofund::ui {

class Document;

class Recovery : public QObject {
    Q_OBJECT
  public:
    /// Watches `doc`; writes at most every `intervalMs` while it is modified.
    explicit Recovery(Document* doc, int intervalMs = 5000, QObject* parent = nullptr);
    /// Releases the lock; the slot's files stay unless the plan was saved or discarded.
    ~Recovery() override;

    /// The folder of every recovery slot: AppDataLocation/recovery.
    static QString recoveryDir();
    /// This window's recovery file, e.g. ".../recovery/3f2a9c01d4e5b6a7-5c1e0b2a.plan.json"
    /// (the first part hashes the plan's file path, "untitled" for a new plan; the
    /// second is this window's instance id). It moves when the plan's file does.
    QString recoveryPath() const;
    /// Whether this window holds its slot's lock (false only when the folder is unwritable).
    bool isLocked() const;

    /// What a crashed (or otherwise unclean) session left in one slot.
    struct Pending {
        Plan plan;
        QString originalPath;  ///< the file the plan was opened from, or empty
        QString savedAt;       ///< ISO time of the last write
        QString recoveryPath;  ///< the slot's plan file, for discard(path)
        /// Held while the Pending lives, so another starting copy of the app does
        /// not offer the same slot at the same time.
        std::shared_ptr<QLockFile> lock;
    };
    /// Every readable slot whose lock is free, oldest first. Slots of running
    /// windows (locked) are not listed; unreadable plan files are skipped.
    static std::vector<Pending> pending();
    /// Removes one slot's files, given its plan file (Pending::recoveryPath).
    static void discard(const QString& recoveryPath);
    /// Removes this window's slot (after a save, a discard, a clean close).
    void discard();

    /// Writes now if the plan changed since the last write (the timer calls it).
    bool writeNow();

  private:
    void moveSlot();
    QString stem() const;

    QPointer<Document> doc_;
    QTimer timer_;
    quint64 written_ = 0;
    QString instance_;  ///< this window's id, random, fixed for its lifetime
    QString fileKey_;   ///< hash of the plan's file path, or "untitled"
    std::unique_ptr<QLockFile> lock_;
};

}  // namespace cofund::ui
