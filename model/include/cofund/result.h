// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Result<T>: a value or an error message, used at file and parsing boundaries
// where failure is an expected outcome, not a broken invariant.

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace cofund {

/// Where in an input something went wrong. Fields that do not apply are empty.
struct Place {
    std::optional<long> line;            ///< 1-based
    std::optional<long> column;          ///< 1-based, in bytes
    std::optional<std::string> pointer;  ///< JSON pointer, e.g. "/budget/3/amount"
};

/// A refusal: what was wrong, where, and (optionally) a hint for the fix.
struct Error {
    std::string message;
    Place place = {};

    /// "line 3, column 5: message", "line 12, column 19 (/budget/3/amount): message",
    /// or "/budget/3/amount: message" when the line is not known.
    std::string describe() const;
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
