// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/text.h"

namespace cofund {

std::string_view to_id(Lang lang) {
    switch (lang) {
        case Lang::zh:
            return "zh";
        case Lang::ru:
            return "ru";
        case Lang::en:
            break;
    }
    return "en";
}

std::optional<Lang> lang_from_id(std::string_view id) {
    for (Lang l : kLangs)
        if (to_id(l) == id) return l;
    return std::nullopt;
}

const std::string& Text::in(Lang lang) const {
    if (lang == Lang::zh && !zh.empty()) return zh;
    if (lang == Lang::ru && !ru.empty()) return ru;
    return en.empty() ? zh : en;
}

}  // namespace cofund
