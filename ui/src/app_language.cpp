// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_language.h"

#include <QApplication>
#include <QDir>
#include <QFont>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

#include "cofund/format.h"

namespace cofund::ui {

namespace {
QString g_language = QStringLiteral("en");
std::vector<std::unique_ptr<QTranslator>> g_translators;

QString qmName(const QString& code) {
    if (code == "zh") return QStringLiteral("cofund_gui_zh_CN");
    return QStringLiteral("cofund_gui_") + code;
}

}  // namespace

LanguageNotifier* LanguageNotifier::instance() {
    static LanguageNotifier n;
    return &n;
}

QString language() {
    return g_language;
}
Lang lang() {
    return lang_from_id(g_language.toStdString()).value_or(Lang::en);
}

QStringList availableLanguages() {
    QStringList out{QStringLiteral("en")};
    for (const QString& code : {QStringLiteral("zh"), QStringLiteral("ru")})
        if (QFile::exists(QStringLiteral(":/i18n/") + qmName(code) + ".qm")) out << code;
    return out;
}

bool setLanguage(const QString& code) {
    for (auto& t : g_translators) QCoreApplication::removeTranslator(t.get());
    g_translators.clear();
    bool ok = true;
    if (code == "en") {
        // English is the source language; its file only carries the plural forms of "%n …" texts.
        auto plurals = std::make_unique<QTranslator>();
        if (plurals->load(qmName(code), QStringLiteral(":/i18n"))) {
            QCoreApplication::installTranslator(plurals.get());
            g_translators.push_back(std::move(plurals));
        }
    } else {
        auto mine = std::make_unique<QTranslator>();
        ok = mine->load(qmName(code), QStringLiteral(":/i18n"));
        if (ok) {
            // Qt's own texts (standard buttons, dialogs), where installed.
            auto qt = std::make_unique<QTranslator>();
            const QString qtName = code == "zh" ? QStringLiteral("qtbase_zh_CN") : QStringLiteral("qtbase_") + code;
            if (qt->load(qtName, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
                QCoreApplication::installTranslator(qt.get());
                g_translators.push_back(std::move(qt));
            }
            QCoreApplication::installTranslator(mine.get());
            g_translators.push_back(std::move(mine));
        }
    }
    g_language = ok ? code : QStringLiteral("en");
    emit LanguageNotifier::instance()->languageChanged();
    return ok;
}

void useInterfaceFont() {
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK SC"), font.family()});
    QApplication::setFont(font);
}

QString text(const Text& t) {
    return QString::fromStdString(t.in(lang()));
}

QString formatMoney(const Money& m, MoneyUnit unit) {
    return QString::fromStdString(unit == MoneyUnit::yuan ? format_yuan(m, lang()) : format_wan_exact(m, lang()));
}

QString formatNumber(const Rational& value, int maxPlaces) {
    return QString::fromStdString(format_number(value, lang(), maxPlaces));
}

QString editMoney(const Money& m, MoneyUnit unit) {
    return QString::fromStdString(unit == MoneyUnit::yuan ? m.str() : m.wan_exact());
}

Result<Money> parseMoney(const QString& typed, MoneyUnit unit) {
    return parse_typed_amount(typed.toStdString(), unit == MoneyUnit::wan);
}

}  // namespace cofund::ui
