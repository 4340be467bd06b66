// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/json_tree.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <unordered_set>

#include "cofund/json_read.h"
#include "cofund/money.h"

namespace cofund {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

}  // namespace

// The parser proper. It only says yes or no: on no, JsonTree::parse asks
// parse_json for the refusal, so messages stay those of one reader.
class JsonTreeBuilder {
  public:
    JsonTreeBuilder(JsonTree& tree, std::string_view text, int max_depth)
        : tree_(tree), begin_(text.data()), p_(text.data()), end_(text.data() + text.size()), max_depth_(max_depth) {
        tree_.text_ = text;
        // About one value per 12 bytes in plan files; one reservation, no regrowth.
        tree_.nodes_.reserve(text.size() / 12 + 8);
        tree_.kids_.reserve(text.size() / 12 + 8);
    }

    /// After run() failed: where the duplicate key that stopped it starts, if one did.
    std::optional<std::size_t> duplicate_at() const { return duplicate_at_; }

    bool run() {
        skip_space();
        if (!value(0)) return false;
        skip_space();
        return p_ == end_;
    }

  private:
    using Node = JsonTree::Node;
    using Kind = JsonTree::Kind;
    // The offset sits in what was padding: a value keeps its place for free.
    static_assert(sizeof(Node) <= 32, "a tree node grew past 32 bytes");

    void skip_space() {
        while (p_ != end_ && is_space(*p_)) ++p_;
    }

    // A node for the value that starts at `at`.
    std::uint32_t add(Kind kind, const char* at) {
        Node& n = tree_.nodes_.emplace_back(Node{kind});
        n.offset = static_cast<std::uint32_t>(at - begin_);
        return static_cast<std::uint32_t>(tree_.nodes_.size() - 1);
    }

    bool literal(std::string_view word) {
        if (static_cast<std::size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word)
            return false;
        p_ += word.size();
        return true;
    }

    // The value at p_ (no space before it), appended as a node.
    bool value(int depth) {
        if (p_ == end_) return false;
        const char* start = p_;
        switch (*p_) {
            case '{':
                return container(depth, Kind::object);
            case '[':
                return container(depth, Kind::array);
            case '"': {
                std::uint32_t n = add(Kind::string, start);
                return string(n);
            }
            case 't':
            case 'f': {
                bool b = *p_ == 't';
                if (!literal(b ? "true" : "false")) return false;
                tree_.nodes_[add(Kind::boolean, start)].flag = b;
                return true;
            }
            case 'n':
                if (!literal("null")) return false;
                add(Kind::null, start);
                return true;
            default:
                return number();
        }
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    bool number() {
        const char* start = p_;
        bool negative = false;
        if (p_ != end_ && *p_ == '-') {
            negative = true;
            ++p_;
        }
        if (p_ == end_ || !is_ascii_digit(*p_)) return false;
        if (*p_ == '0') {
            ++p_;
        } else {
            while (p_ != end_ && is_ascii_digit(*p_)) ++p_;
        }
        bool integer = true;
        if (p_ != end_ && *p_ == '.') {
            integer = false;
            ++p_;
            if (p_ == end_ || !is_ascii_digit(*p_)) return false;
            while (p_ != end_ && is_ascii_digit(*p_)) ++p_;
        }
        if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
            integer = false;
            ++p_;
            if (p_ != end_ && (*p_ == '+' || *p_ == '-')) ++p_;
            if (p_ == end_ || !is_ascii_digit(*p_)) return false;
            while (p_ != end_ && is_ascii_digit(*p_)) ++p_;
        }
        std::string_view token(start, static_cast<std::size_t>(p_ - start));
        // nlohmann reads an integer as 64-bit when it fits, else as a double;
        // a number whose double is infinite is refused ("number overflow").
        if (integer) integer = fits_64_bits(token, negative);
        if (!integer && !finite_double(token)) return false;
        Node& n = tree_.nodes_[add(Kind::number, start)];
        n.flag = integer;
        n.data = start;
        n.length = static_cast<std::uint32_t>(token.size());
        return true;
    }

    static bool fits_64_bits(std::string_view digits, bool negative) {
        if (negative) digits.remove_prefix(1);
        // 2^64 - 1 = 18446744073709551615 (20 digits); -2^63 = -9223372036854775808 (19).
        std::string_view limit = negative ? "9223372036854775808" : "18446744073709551615";
        if (digits.size() != limit.size()) return digits.size() < limit.size();
        return digits <= limit;
    }

    static bool finite_double(std::string_view token) {
        std::string s(token);
        errno = 0;
        double d = std::strtod(s.c_str(), nullptr);
        return std::isfinite(d);
    }

    // A string at p_ ('"'), stored in node n.
    bool string(std::uint32_t n) {
        std::string_view s;
        if (!string_text(s)) return false;
        Node& node = tree_.nodes_[n];
        node.data = s.data();
        node.length = static_cast<std::uint32_t>(s.size());
        return true;
    }

    // Reads a string literal at p_ into `out` (a view of the text, or of a
    // decoded copy when it has escapes). UTF-8 is checked as nlohmann does.
    bool string_text(std::string_view& out) {
        ++p_;  // the opening quote
        const char* start = p_;
        std::string* decoded = nullptr;
        const char* copied = start;  // text before this is already in `decoded`
        while (true) {
            // Fast path: plain ASCII.
            while (p_ != end_) {
                auto c = static_cast<unsigned char>(*p_);
                if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
                ++p_;
            }
            if (p_ == end_) return false;
            auto c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                if (decoded) {
                    decoded->append(copied, p_);
                    out = *decoded;
                } else {
                    out = std::string_view(start, static_cast<std::size_t>(p_ - start));
                }
                ++p_;
                return true;
            }
            if (c < 0x20) return false;
            if (c >= 0x80) {
                if (!utf8_sequence()) return false;
                continue;
            }
            // An escape.
            if (!decoded) decoded = &tree_.decoded_.emplace_back();
            decoded->append(copied, p_);
            ++p_;
            if (p_ == end_) return false;
            char e = *p_++;
            switch (e) {
                case '"':
                    *decoded += '"';
                    break;
                case '\\':
                    *decoded += '\\';
                    break;
                case '/':
                    *decoded += '/';
                    break;
                case 'b':
                    *decoded += '\b';
                    break;
                case 'f':
                    *decoded += '\f';
                    break;
                case 'n':
                    *decoded += '\n';
                    break;
                case 'r':
                    *decoded += '\r';
                    break;
                case 't':
                    *decoded += '\t';
                    break;
                case 'u': {
                    int cp = hex4();
                    if (cp < 0) return false;
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
                        p_ += 2;
                        int low = hex4();
                        if (low < 0xDC00 || low > 0xDFFF) return false;
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                        return false;
                    }
                    append_utf8(*decoded, static_cast<std::uint32_t>(cp));
                    break;
                }
                default:
                    return false;
            }
            copied = p_;
        }
    }

    int hex4() {
        if (end_ - p_ < 4) return -1;
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            int h = hex_value(p_[i]);
            if (h < 0) return -1;
            v = v * 16 + h;
        }
        p_ += 4;
        return v;
    }

    // One multi-byte UTF-8 character at p_, with the ranges of RFC 3629 (no
    // overlong forms, no surrogates, nothing above U+10FFFF).
    bool utf8_sequence() {
        auto at = [&](std::ptrdiff_t i) { return static_cast<unsigned char>(p_[i]); };
        auto cont = [&](std::ptrdiff_t i, unsigned lo, unsigned hi) {
            return end_ - p_ > i && at(i) >= lo && at(i) <= hi;
        };
        unsigned c = at(0);
        int len = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = cont(1, 0x80, 0xBF) ? 2 : 0;
        } else if (c == 0xE0) {
            len = cont(1, 0xA0, 0xBF) && cont(2, 0x80, 0xBF) ? 3 : 0;
        } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
            len = cont(1, 0x80, 0xBF) && cont(2, 0x80, 0xBF) ? 3 : 0;
        } else if (c == 0xED) {
            len = cont(1, 0x80, 0x9F) && cont(2, 0x80, 0xBF) ? 3 : 0;
        } else if (c == 0xF0) {
            len = cont(1, 0x90, 0xBF) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
        } else if (c >= 0xF1 && c <= 0xF3) {
            len = cont(1, 0x80, 0xBF) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
        } else if (c == 0xF4) {
            len = cont(1, 0x80, 0x8F) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
        }
        p_ += len;
        return len > 0;
    }

    // An array or object at p_. Children are gathered on pending_ while their
    // container is open, then moved side by side into kids_ when it closes.
    bool container(int depth, Kind kind) {
        if (depth >= max_depth_) return false;
        const bool is_object = kind == Kind::object;
        const char closer = is_object ? '}' : ']';
        std::uint32_t n = add(kind, p_);
        std::size_t mark = pending_.size();
        // Duplicate keys: a scan of the members so far, or a set past 32 of them
        // (an object of 100,000 keys must not take 10^10 comparisons).
        std::unordered_set<std::string_view> seen;
        ++p_;
        skip_space();
        if (p_ != end_ && *p_ == closer) {
            ++p_;
            return close(n, mark);
        }
        while (true) {
            std::string_view key;
            if (is_object && !member_key(key, mark, seen)) return false;
            pending_.push_back({static_cast<std::uint32_t>(tree_.nodes_.size()), key});
            if (!value(depth + 1)) return false;
            skip_space();
            if (p_ == end_) return false;
            if (*p_ == ',') {
                ++p_;
                skip_space();
                continue;
            }
            if (*p_ != closer) return false;
            ++p_;
            return close(n, mark);
        }
    }

    // `"key" :` at p_, refused if the object (members from `mark`) has it already.
    bool member_key(std::string_view& key, std::size_t mark, std::unordered_set<std::string_view>& seen) {
        if (p_ == end_ || *p_ != '"') return false;
        const char* start = p_;
        if (!string_text(key)) return false;
        bool repeated = false;
        if (pending_.size() - mark < 32) {
            for (std::size_t i = mark; i < pending_.size() && !repeated; ++i) repeated = pending_[i].key == key;
        } else {
            if (seen.empty())
                for (std::size_t i = mark; i < pending_.size(); ++i) seen.insert(pending_[i].key);
            repeated = !seen.insert(key).second;
        }
        if (repeated) {
            duplicate_at_ = static_cast<std::size_t>(start - begin_);
            return false;
        }
        skip_space();
        if (p_ == end_ || *p_ != ':') return false;
        ++p_;
        skip_space();
        return true;
    }

    bool close(std::uint32_t n, std::size_t mark) {
        Node& node = tree_.nodes_[n];
        node.first = static_cast<std::uint32_t>(tree_.kids_.size());
        node.size = static_cast<std::uint32_t>(pending_.size() - mark);
        tree_.kids_.insert(tree_.kids_.end(), pending_.begin() + static_cast<std::ptrdiff_t>(mark), pending_.end());
        pending_.resize(mark);
        return true;
    }

    JsonTree& tree_;
    const char* begin_;
    const char* p_;
    const char* end_;
    int max_depth_;
    std::vector<JsonTree::Kid> pending_;
    std::optional<std::size_t> duplicate_at_;
};

std::optional<std::size_t> duplicate_key_offset(std::string_view text, int max_depth) {
    JsonTree tree;
    JsonTreeBuilder builder(tree, text, max_depth);
    if (builder.run()) return std::nullopt;
    return builder.duplicate_at();
}

std::size_t JsonTree::Value::find(std::string_view key) const {
    const Node& n = node();
    for (std::uint32_t i = 0; i < n.size; ++i)
        if (tree_->kids_[n.first + i].key == key) return i;
    return n.size;
}

Place JsonTree::Value::place() const {
    return place_in(tree_->text_, node().offset);
}

JsonTree::Value JsonTree::at_pointer(std::string_view pointer) const {
    Value v = root();
    while (!pointer.empty() && pointer.front() == '/') {
        pointer.remove_prefix(1);
        std::size_t cut = pointer.find('/');
        std::string_view raw = pointer.substr(0, cut);
        pointer.remove_prefix(cut == std::string_view::npos ? pointer.size() : cut);
        std::size_t i = v.size();
        if (v.is_object()) {
            std::string key;  // "~1" is "/", "~0" is "~"
            for (std::size_t k = 0; k < raw.size(); ++k) {
                if (raw[k] == '~' && k + 1 < raw.size() && (raw[k + 1] == '0' || raw[k + 1] == '1')) {
                    key += raw[++k] == '0' ? '~' : '/';
                } else {
                    key += raw[k];
                }
            }
            i = v.find(key);
        } else if (v.is_array() && !raw.empty() && raw.size() <= 9 &&
                   std::all_of(raw.begin(), raw.end(), is_ascii_digit)) {
            i = static_cast<std::size_t>(std::stoul(std::string(raw)));
        }
        if (i >= v.size()) break;
        v = v[i];
    }
    return v;
}

nlohmann::ordered_json JsonTree::Value::to_json() const {
    using ojson = nlohmann::ordered_json;
    switch (kind()) {
        case Kind::null:
            return nullptr;
        case Kind::boolean:
            return boolean();
        case Kind::string:
            return std::string(text());
        case Kind::number: {
            std::string s(text());
            if (is_integer()) {
                // As nlohmann reads them: negative integers signed, others unsigned.
                if (s.front() == '-') return static_cast<std::int64_t>(std::strtoll(s.c_str(), nullptr, 10));
                return static_cast<std::uint64_t>(std::strtoull(s.c_str(), nullptr, 10));
            }
            return std::strtod(s.c_str(), nullptr);
        }
        case Kind::array: {
            ojson out = ojson::array();
            for (std::size_t i = 0; i < size(); ++i) out.push_back((*this)[i].to_json());
            return out;
        }
        case Kind::object: {
            ojson out = ojson::object();
            for (std::size_t i = 0; i < size(); ++i) out[std::string(key(i))] = (*this)[i].to_json();
            return out;
        }
    }
    return nullptr;
}

Result<JsonTree> JsonTree::parse(std::string_view text, int max_depth) {
    std::string_view body = skip_byte_order_marks(text);
    JsonTree tree;
    if (JsonTreeBuilder(tree, body, max_depth).run()) return tree;
    // Refused: parse_json says why, with its line and column or pointer.
    auto doc = parse_json(text, max_depth);
    if (!doc) return doc.error();
    // Both readers must agree on what JSON is (fuzz_plan_reader checks it).
    return Error{
        "cannot be read as JSON: the fast reader refused a document the JSON grammar allows; "
        "please report this file"};
}

}  // namespace cofund
