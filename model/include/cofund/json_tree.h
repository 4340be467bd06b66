// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A compact, read-only JSON tree for reading plan files fast.
//
// One pass over the text builds a flat array of nodes: strings without escapes
// and every number are views into the text (a number keeps the text it was
// written with, so amounts never pass through binary floating point), and each
// container's children sit side by side. It accepts exactly what parse_json
// accepts — the JSON grammar, no duplicate keys, at most `max_depth` nested
// containers — and when it refuses, the refusal (message, line and column or
// pointer) is parse_json's own, so both readers say the same thing.
//
// Each value keeps where it starts in the text, so that a refusal of its
// content can name the line of the file as well as the JSON pointer.
//
// The tree views the text it was parsed from: keep the text alive with it.

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "cofund/result.h"

namespace cofund {

class JsonTree {
  public:
    enum class Kind : std::uint8_t { null, boolean, number, string, array, object };

  private:
    struct Node {
        Kind kind = Kind::null;
        bool flag = false;           ///< a boolean's value; for a number, whether it is an integer
        std::uint32_t size = 0;      ///< children of a container
        std::uint32_t first = 0;     ///< a container's first child in kids_
        std::uint32_t offset = 0;    ///< where the value starts, in bytes from the start of text_
        const char* data = nullptr;  ///< a string's or number's text
        std::uint32_t length = 0;
    };
    struct Kid {
        std::uint32_t node;
        std::string_view key;  ///< empty in arrays
    };

  public:
    /// One value of the tree: a tree and an index, cheap to copy.
    class Value {
      public:
        Kind kind() const { return node().kind; }
        bool is_null() const { return kind() == Kind::null; }
        bool is_object() const { return kind() == Kind::object; }
        bool is_array() const { return kind() == Kind::array; }
        bool is_string() const { return kind() == Kind::string; }
        bool is_number() const { return kind() == Kind::number; }
        bool is_boolean() const { return kind() == Kind::boolean; }
        /// A number without fraction or exponent that fits 64 bits, as
        /// nlohmann::json reads integers.
        bool is_integer() const { return kind() == Kind::number && node().flag; }
        bool boolean() const { return node().flag; }
        /// A string's text (escapes decoded) or a number's text as written.
        std::string_view text() const { return {node().data, node().length}; }

        /// Elements of an array, members of an object.
        std::size_t size() const { return node().size; }
        /// Element i, or the value of member i.
        Value operator[](std::size_t i) const { return {tree_, tree_->kids_[node().first + i].node}; }
        /// The key of member i of an object.
        std::string_view key(std::size_t i) const { return tree_->kids_[node().first + i].key; }
        /// The index of the member named `key`, or size() when there is none.
        std::size_t find(std::string_view key) const;

        /// The value as nlohmann::ordered_json, exactly as parse_json would hold it
        /// (integers as 64-bit integers, other numbers as doubles).
        nlohmann::ordered_json to_json() const;

        /// Where the value starts in the text: 1-based line and byte column, as
        /// syntax errors give them (a leading byte-order mark is not counted).
        /// Counts the lines before it: for messages, not for every value read.
        Place place() const;

      private:
        friend class JsonTree;
        Value(const JsonTree* tree, std::uint32_t index) : tree_(tree), index_(index) {}
        const Node& node() const { return tree_->nodes_[index_]; }
        const JsonTree* tree_;
        std::uint32_t index_;
    };

    /// Parses `text` (leading UTF-8 byte-order marks are skipped).
    static Result<JsonTree> parse(std::string_view text, int max_depth = 64);

    Value root() const { return {this, 0}; }

    /// The value a JSON pointer (RFC 6901, e.g. "/budget/3/amount") names; when
    /// part of the path does not exist, the last value on it that does.
    Value at_pointer(std::string_view pointer) const;

    JsonTree(JsonTree&&) noexcept = default;
    JsonTree& operator=(JsonTree&&) noexcept = default;

  private:
    JsonTree() = default;
    friend class JsonTreeBuilder;
    friend std::optional<std::size_t> duplicate_key_offset(std::string_view text, int max_depth);

    std::string_view text_;  ///< the text parsed, without its leading byte-order marks
    std::vector<Node> nodes_;
    std::vector<Kid> kids_;
    std::deque<std::string> decoded_;  ///< strings that had escapes (a deque: stable addresses)
};

/// Where the second of two equal keys of an object starts in `text` (a text
/// without byte-order marks), in bytes; nullopt when the fast reader stops
/// before any duplicate key. parse_json's refusal of a duplicate key takes its
/// line and column from here.
std::optional<std::size_t> duplicate_key_offset(std::string_view text, int max_depth = 64);

}  // namespace cofund
