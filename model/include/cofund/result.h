// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Result<T>: a value or an error message, used at file and parsing boundaries
// where failure is an expected outcome, not a broken invariant.

#include <optional>
#include <string>
#include <utility>
#include <variant>

#include "cofund/text.h"

namespace cofund {

/// Where in an input something went wrong. Fields that do not apply are empty.
struct Place {
    std::optional<long> line;            ///< 1-based
    std::optional<long> column;          ///< 1-based, in bytes
    std::optional<std::string> pointer;  ///< JSON pointer, e.g. "/budget/3/amount"
};

/// A refusal: what was wrong, where, and (optionally) a hint for the fix.
struct Error {
    std::string message;  ///< in English: what `-O json`'s "message", logs and tests read
    Place place = {};
    /// The message in Chinese, English and Russian, for a refusal written in
    /// all three (the plan and JSON readers', the amounts'); empty for one
    /// written in English only.
    Text text = {};

    /// A refusal written in all three languages (`message` is its English).
    static Error said(Text text, Place place = {});
    /// The message in every language: `text`, or the English message for each.
    Text words() const;
    /// The message in `lang` (the English one when it has no other).
    const std::string& in(Lang lang) const;

    /// "line 3, column 5: message", "line 12, column 19 (/budget/3/amount): message",
    /// or "/budget/3/amount: message" when the line is not known.
    std::string describe() const;
    /// The same in `lang`: "第 3 行第 5 列（/budget/3/amount）：消息",
    /// "строка 3, столбец 5 (/budget/3/amount): сообщение". English is describe()'s.
    std::string describe(Lang lang) const;
};

template <class T>
class Result {
  public:
    Result(T value) : v_(std::move(value)) {}
    Result(Error error) : v_(std::move(error)) {}

    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(v_); }
    const T& value() const& { return std::get<0>(v_); }
    T&& value() && { return std::get<0>(std::move(v_)); }
    const Error& error() const { return std::get<1>(v_); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }

  private:
    std::variant<T, Error> v_;
};

}  // namespace cofund
