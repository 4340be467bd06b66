// SPDX-License-Identifier: GPL-3.0-or-later
// The helpers the rule families share (common.h).
#include "common.h"

#include <cctype>

namespace cofund::rules {

// The class as messages speak of it (the call file's `phrase`): "key-project", "重点项目", "ключевого проекта".
const std::string& class_phrase(const Catalog& cat, const std::string& c, Lang lang) {
    return cat.klass(c).phrase.in(lang);
}

// "fiscal" / "专项经费" for the special fund alone; "fiscal and other fiscal" / "财政经费" otherwise.
std::string side_en(const std::vector<Source>& side) {
    if (side.size() == 1 && side[0] == Source::fiscal) return "fiscal";
    if (side.size() == 1) return std::string(to_id(side[0]));
    return "fiscal";
}
std::string side_zh(const std::vector<Source>& side) {
    return side.size() == 1 && side[0] == Source::fiscal ? "专项经费" : "财政经费";
}
// The same in Russian, in the genitive: in full at its first mention in a message, short after.
bool special_fund_only(const std::vector<Source>& side) {
    return side.size() == 1 && side[0] == Source::fiscal;
}
const char* side_ru_gen(const std::vector<Source>& side) {
    return special_fund_only(side) ? "бюджетного (фискального) финансирования"
                                   : "совокупного бюджетного финансирования";
}
const char* side_ru_short_gen(const std::vector<Source>& side) {
    return special_fund_only(side) ? "бюджетного финансирования" : "совокупного бюджетного финансирования";
}
const char* side_ru_short_acc(const std::vector<Source>& side) {
    return special_fund_only(side) ? "бюджетное финансирование" : "совокупное бюджетное финансирование";
}

// The Russian noun after a count: "1 год", "2 года", "5 лет".
const char* plural_ru(long n, const char* one, const char* few, const char* many) {
    n = n < 0 ? -n : n;
    if (n % 10 == 1 && n % 100 != 11) return one;
    if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) return few;
    return many;
}

std::string num(const Rational& v, Lang lang) {
    return format_fixed(v, lang, is_whole(v) ? 0 : 2);
}

namespace {
// An English unit for one: "1 set", "1 variety (line)", "1 person-time", not "1 sets".
std::string singular_en(const std::string& unit) {
    std::string out, word;
    auto flush = [&] {
        if (word.size() > 3 && word.compare(word.size() - 3, 3, "ies") == 0)
            word.replace(word.size() - 3, 3, "y");
        else if (word.size() > 1 && word.back() == 's' && word[word.size() - 2] != 's')
            word.pop_back();
        out += word;
        word.clear();
    };
    for (char c : unit) {
        if (std::isalpha(static_cast<unsigned char>(c))) {
            word += c;
            continue;
        }
        flush();
        out += c;
    }
    flush();
    return out;
}
}  // namespace

// A value and its unit, "300 m²" / "300 平方米" / "1 set".
std::string with_unit(const Rational& v, const Indicator& ind, Lang lang) {
    const std::string& unit = ind.unit.in(lang);
    if (unit.empty()) return num(v, lang);
    if (unit == "%") return num(v, lang) + " %";
    if (lang == Lang::en && v == 1) return fmt::format("{} {}", num(v, lang), singular_en(unit));
    return fmt::format("{} {}", num(v, lang), unit);
}

const Annex* annex_of(const RuleInput& in) {
    const auto& p = in.plan.project;
    if (!p.annex) return nullptr;
    return in.catalog.annex(*p.annex);
}

}  // namespace cofund::rules
