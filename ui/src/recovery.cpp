// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovery.h"

#include "cofund/planner/calls.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

#include "cofund/plan_io.h"
#include "document.h"

namespace cofund::ui {

namespace {

const QString kPlanSuffix = QStringLiteral(".plan.json");

// The plan goes first, verbatim, so a partly damaged meta file still leaves it readable.
QString metaPathOf(const QString& planPath) {
    return planPath + QStringLiteral(".meta");
}

QString lockPathOf(const QString& planPath) {
    return planPath.left(planPath.size() - kPlanSuffix.size()) + QStringLiteral(".lock");
}

QString fileKeyOf(const QString& path) {
    if (path.isEmpty()) return QStringLiteral("untitled");
    return QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

// A lock is held as long as its process runs, however old: a window may stay
// open for days. A crashed process's lock is taken over (QLockFile checks its pid).
std::unique_ptr<QLockFile> tryLock(const QString& lockPath) {
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) return nullptr;
    return lock;
}

}  // namespace

Recovery::Recovery(Document* doc, int intervalMs, QObject* parent) : QObject(parent), doc_(doc) {
    written_ = doc->generation();
    fileKey_ = fileKeyOf(doc->filePath());
    QDir().mkpath(recoveryDir());
    // An id nobody holds: a left-over slot with the same name would be another's.
    for (int attempt = 0; attempt < 8 && !lock_; ++attempt) {
        instance_ = QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, QLatin1Char('0'));
        if (QFile::exists(recoveryPath())) continue;
        lock_ = tryLock(lockPathOf(recoveryPath()));
    }
    timer_.setInterval(intervalMs);
    connect(&timer_, &QTimer::timeout, this, &Recovery::writeNow);
    timer_.start();
    connect(doc, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified) discard();
    });
    connect(doc, &Document::filePathChanged, this, &Recovery::moveSlot);
}

Recovery::~Recovery() = default;

QString Recovery::recoveryDir() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString Recovery::stem() const {
    return fileKey_ + QLatin1Char('-') + instance_;
}

QString Recovery::recoveryPath() const {
    return recoveryDir() + QLatin1Char('/') + stem() + kPlanSuffix;
}

bool Recovery::isLocked() const {
    return lock_ && lock_->isLocked();
}

void Recovery::moveSlot() {
    if (!doc_) return;
    const QString key = fileKeyOf(doc_->filePath());
    if (key == fileKey_) return;
    const bool hadFile = QFile::exists(recoveryPath());
    discard();
    lock_.reset();
    fileKey_ = key;
    lock_ = tryLock(lockPathOf(recoveryPath()));
    // The unsaved changes go to the new slot at once, not at the next tick.
    if (hadFile) {
        written_ = doc_->generation() - 1;
        writeNow();
    }
}

bool Recovery::writeNow() {
    if (!doc_ || !doc_->isModified() || doc_->generation() == written_) return false;
    // Without the lock another copy of the app could offer this slot as crashed.
    if (!isLocked()) return false;
    QSaveFile plan(recoveryPath());
    if (!plan.open(QIODevice::WriteOnly)) return false;
    plan.write(planBytes(doc_->plan()));
    if (!plan.commit()) return false;
    QSaveFile meta(metaPathOf(recoveryPath()));
    if (meta.open(QIODevice::WriteOnly)) {
        QJsonObject o;
        o["file"] = doc_->filePath();
        o["saved_at"] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        meta.write(QJsonDocument(o).toJson());
        meta.commit();
    }
    written_ = doc_->generation();
    return true;
}

std::vector<Recovery::Pending> Recovery::pending() {
    std::vector<Pending> found;
    const QDir dir(recoveryDir());
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*") + kPlanSuffix}, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo& info : files) {
        const QString path = info.absoluteFilePath();
        std::unique_ptr<QLockFile> lock = tryLock(lockPathOf(path));
        if (!lock) continue;  // a running window's
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) continue;
        const QByteArray bytes = file.readAll();
        // Under the plan's own call when the app knows it (a Hebei plan is not read as a 2018 one).
        static planner::Calls calls(planner::call_folders(QCoreApplication::applicationFilePath().toStdString()));
        Result<Plan> plan = planner::parse_plan(std::string_view(bytes.constData(), bytes.size()), calls);
        if (!plan) continue;
        Pending p{std::move(plan).value(), {}, {}, path, std::move(lock)};
        QFile meta(metaPathOf(path));
        if (meta.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
            p.originalPath = o.value("file").toString();
            p.savedAt = o.value("saved_at").toString();
        }
        found.push_back(std::move(p));
    }
    // A crashed window with nothing unsaved leaves only its lock: taking it over
    // and letting go removes it.
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*.lock")}, QDir::Files)) {
        const QString stem = info.absoluteFilePath().chopped(5);
        if (!QFile::exists(stem + kPlanSuffix)) tryLock(info.absoluteFilePath());
    }
    return found;
}

void Recovery::discard(const QString& recoveryPath) {
    QFile::remove(recoveryPath);
    QFile::remove(metaPathOf(recoveryPath));
}

void Recovery::discard() {
    discard(recoveryPath());
}

}  // namespace cofund::ui
