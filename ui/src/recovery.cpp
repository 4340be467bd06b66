// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovery.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include "cofund/plan_io.h"
#include "document.h"

namespace cofund::ui {

namespace {
// The plan goes first, verbatim, so a partly damaged meta file still leaves it readable.
QString metaPath() {
    return Recovery::recoveryPath() + QStringLiteral(".meta");
}
}  // namespace

Recovery::Recovery(Document* doc, int intervalMs, QObject* parent) : QObject(parent), doc_(doc) {
    written_ = doc->generation();
    timer_.setInterval(intervalMs);
    connect(&timer_, &QTimer::timeout, this, &Recovery::writeNow);
    timer_.start();
    connect(doc, &Document::modifiedChanged, this, [](bool modified) {
        if (!modified) discard();
    });
}

QString Recovery::recoveryPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery/session.plan.json");
}

bool Recovery::writeNow() {
    if (!doc_ || !doc_->isModified() || doc_->generation() == written_) return false;
    QDir().mkpath(QFileInfo(recoveryPath()).absolutePath());
    QSaveFile plan(recoveryPath());
    if (!plan.open(QIODevice::WriteOnly)) return false;
    plan.write(planBytes(doc_->plan()));
    if (!plan.commit()) return false;
    QSaveFile meta(metaPath());
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

std::optional<Recovery::Pending> Recovery::pending() {
    QFile file(recoveryPath());
    if (!file.open(QIODevice::ReadOnly)) return std::nullopt;
    const QByteArray bytes = file.readAll();
    Result<Plan> plan = read_plan(std::string_view(bytes.constData(), bytes.size()));
    if (!plan) return std::nullopt;
    Pending p{std::move(plan).value(), {}, {}};
    QFile meta(metaPath());
    if (meta.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
        p.originalPath = o.value("file").toString();
        p.savedAt = o.value("saved_at").toString();
    }
    return p;
}

void Recovery::discard() {
    QFile::remove(recoveryPath());
    QFile::remove(metaPath());
}

}  // namespace cofund::ui
