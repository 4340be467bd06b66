// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/text.h"

#include <algorithm>

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

const std::string& Text::in(Lang lang) const& {
    if (lang == Lang::zh && !zh.empty()) return zh;
    if (lang == Lang::ru && !ru.empty()) return ru;
    return en.empty() ? zh : en;
}

// nlohmann's syntax errors quote the bytes last read, which may be any bytes
// (invalid UTF-8 made `check -O json` throw on dump) and any length (a
// 10,000-digit number was quoted whole). Keeps messages valid UTF-8 and short.
std::string printable(std::string_view s, std::size_t max_bytes) {
    std::string out;
    std::size_t i = 0;
    while (i < s.size()) {
        auto c = static_cast<unsigned char>(s[i]);
        std::size_t len = c < 0x80                   ? 1
                          : (c >= 0xC2 && c <= 0xDF) ? 2
                          : (c >> 4) == 0xE          ? 3
                          : (c >= 0xF0 && c <= 0xF4) ? 4
                                                     : 0;
        bool valid = len > 0 && i + len <= s.size();
        for (std::size_t k = 1; valid && k < len; ++k) valid = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
        if (valid && len > 2) {  // no overlong forms, surrogates or code points above U+10FFFF
            auto c1 = static_cast<unsigned char>(s[i + 1]);
            valid = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 >= 0xA0) && !(c == 0xF0 && c1 < 0x90) &&
                    !(c == 0xF4 && c1 >= 0x90);
        }
        if (out.size() + (valid ? len : 3) > max_bytes) {
            out += "…";
            break;
        }
        if (valid)
            out.append(s.substr(i, len));
        else
            out += "\xEF\xBF\xBD";  // U+FFFD
        i += valid ? len : 1;
    }
    return out;
}

int edit_distance(std::string_view a, std::string_view b) {
    std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = static_cast<int>(i);
        for (std::size_t j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

std::string nearest_name(std::string_view given, const std::vector<std::string>& names) {
    if (given.size() > 200) return {};
    std::string best;
    int best_d = 1 << 30;
    for (const auto& n : names) {
        int d = edit_distance(given, n);
        if (d < best_d) {
            best_d = d;
            best = n;
        }
    }
    int allowed = std::max<int>(2, static_cast<int>(std::max(given.size(), best.size())) / 3);
    return best_d <= allowed ? best : std::string{};
}

}  // namespace cofund
