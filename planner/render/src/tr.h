// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The translation context of the render code: Cofund::tr("…") strings are
// collected by lupdate into translations/cofund_*.ts.
#include <QCoreApplication>
#include <QString>

#include <string>

class Cofund {
    Q_DECLARE_TR_FUNCTIONS(Cofund)
};

namespace cofund::render {
inline std::string s(const QString& q) {
    return q.toStdString();
}
inline QString q(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
}  // namespace cofund::render
