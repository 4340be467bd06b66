// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The interface language (switchable live) and the formatting helpers the
// views share. Widgets react to QEvent::LanguageChange; models to languageChanged().

#include <QObject>
#include <QString>

#include <string>

#include "cofund/catalog.h"
#include "cofund/money.h"
#include "cofund/text.h"

namespace cofund::ui {

/// Announces a change of interface language (for models, which get no LanguageChange event).
class LanguageNotifier : public QObject {
    Q_OBJECT
  public:
    static LanguageNotifier* instance();
  signals:
    void languageChanged();
};

/// "en", "zh" or "ru".
QString language();
/// The same as the engine's language, for Finding::message() and Text::in().
Lang lang();
/// Installs the translators of `code` ("en", "zh", "ru") and announces the change.
/// Returns false when no translation for `code` is built in (English stays).
bool setLanguage(const QString& code);
/// The languages the build has translations for, English first.
QStringList availableLanguages();

/// The application font: Latin and Cyrillic text in Noto Sans, Chinese in Noto
/// Sans CJK SC, whatever the system's default (main() and the layout tests use it).
void useInterfaceFont();

/// A catalog text in the interface language.
QString text(const Text& t);
inline QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

/// Amounts typed and shown in yuan or in 万元.
enum class MoneyUnit { yuan, wan };
/// The app language's spelling (format.h): "1,500,000.00" (yuan) or "150.00" /
/// "150.000001" (万元, exact, grouped); ru "1 500 000,00".
QString formatMoney(const Money& m, MoneyUnit unit);
/// A decimal for people: up to 6 decimals, trailing zeros dropped, grouped as format_number().
QString formatNumber(const Rational& value, int maxPlaces = 6);
/// The text a cell editor starts with: "1500000.00" or "150".
QString editMoney(const Money& m, MoneyUnit unit);
/// Parses what a person typed or pasted through cofund::parse_typed_amount (the
/// parser `cofund import` reads spreadsheet text cells with): blanks, thousands
/// separators, "¥" and a trailing "元" are ignored, a trailing "万"/"万元" means 万元.
Result<Money> parseMoney(const QString& typed, MoneyUnit unit);

}  // namespace cofund::ui
