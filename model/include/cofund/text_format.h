// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// say(): a Text made by formatting the same arguments into its Chinese, English
// and Russian patterns (fmt's "{}" syntax). An argument that is a Text gives
// each language its own words: say("应为对象，实为{}", "expected an object, found {}",
// "ожидался объект, а найден {}", type_name(v)).

#include <fmt/format.h>

#include <string_view>

#include "cofund/text.h"

namespace cofund {

namespace text_detail {
template <class T>
const T& pick(const T& a, Lang) {
    return a;
}
inline const std::string& pick(const Text& t, Lang lang) {
    return t.in(lang);
}
}  // namespace text_detail

template <class... Args>
Text say(std::string_view zh, std::string_view en, std::string_view ru, const Args&... args) {
    using text_detail::pick;
    return Text{fmt::format(fmt::runtime(zh), pick(args, Lang::zh)...),
                fmt::format(fmt::runtime(en), pick(args, Lang::en)...),
                fmt::format(fmt::runtime(ru), pick(args, Lang::ru)...)};
}

}  // namespace cofund
