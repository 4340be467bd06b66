// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/json_read.h"

#include "cofund/json_tree.h"
#include "cofund/text_format.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace cofund {

namespace {

using ojson = nlohmann::ordered_json;

// nlohmann's syntax error in Chinese, English and Russian, taken apart by its
// grammar ("syntax error while parsing object - unexpected string literal;
// expected '}'", "… - invalid literal; last read: 'tru'"); nullopt for words
// it does not know, which then stay English after the kind of error. The
// English is `what` unchanged.
std::optional<Text> syntax_words(std::string_view what) {
    struct Words {
        std::string_view en, zh, ru;
    };
    auto find = [](std::string_view en, std::span<const Words> table) -> const Words* {
        for (const Words& w : table)
            if (w.en == en) return &w;
        return nullptr;
    };
    static constexpr Words kHeads[] = {
        {"syntax error while parsing object", "JSON 语法错误（解析对象时）",
         "синтаксическая ошибка JSON при разборе объекта"},
        {"syntax error while parsing array", "JSON 语法错误（解析数组时）",
         "синтаксическая ошибка JSON при разборе массива"},
        {"syntax error while parsing object key", "JSON 语法错误（解析对象的键时）",
         "синтаксическая ошибка JSON при разборе ключа объекта"},
        {"syntax error while parsing object separator", "JSON 语法错误（解析键后的冒号时）",
         "синтаксическая ошибка JSON при разборе двоеточия после ключа"},
        {"expected a JSON value", "JSON 语法错误（应为 JSON 值）",
         "синтаксическая ошибка JSON (ожидалось значение JSON)"},
    };
    // In Chinese, a quoted character stands a space apart from the words before it.
    static constexpr Words kTokens[] = {
        {"true literal", "字面量 true", "литерал true"},
        {"false literal", "字面量 false", "литерал false"},
        {"null literal", "字面量 null", "литерал null"},
        {"string literal", "字符串", "строка"},
        {"number literal", "数字", "число"},
        {"'['", " '['", "'['"},
        {"'{'", " '{'", "'{'"},
        {"']'", " ']'", "']'"},
        {"'}'", " '}'", "'}'"},
        {"':'", " ':'", "':'"},
        {"','", " ','", "','"},
        {"end of input", "输入结尾", "конец ввода"},
        {"'[', '{', or a literal", " '['、'{' 或字面量", "'[', '{' или литерал"},
    };
    static constexpr Words kLexer[] = {
        {"invalid literal", "无效的字面量", "неверный литерал"},
        {"invalid string: ill-formed UTF-8 byte", "无效字符串：UTF-8 字节有误",
         "неверная строка: некорректный байт UTF-8"},
        {"invalid string: missing closing quote", "无效字符串：缺少右引号", "неверная строка: нет закрывающей кавычки"},
        {"invalid string: '\\u' must be followed by 4 hex digits", "无效字符串：'\\u' 后须跟 4 位十六进制数字",
         "неверная строка: после '\\u' должны идти 4 шестнадцатеричные цифры"},
        {"invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF",
         "无效字符串：代理项 U+D800..U+DBFF 之后须为 U+DC00..U+DFFF",
         "неверная строка: за суррогатом U+D800..U+DBFF должен следовать U+DC00..U+DFFF"},
        {"invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF",
         "无效字符串：代理项 U+DC00..U+DFFF 须在 U+D800..U+DBFF 之后",
         "неверная строка: суррогат U+DC00..U+DFFF должен следовать за U+D800..U+DBFF"},
        {"invalid string: forbidden character after backslash", "无效字符串：反斜杠后是不允许的字符",
         "неверная строка: недопустимый символ после обратной косой черты"},
        {"invalid comment; missing closing '*/'", "无效注释：缺少结尾的 '*/'",
         "неверный комментарий: нет закрывающего '*/'"},
        {"invalid comment; expecting '/' or '*' after '/'", "无效注释：'/' 之后应为 '/' 或 '*'",
         "неверный комментарий: после '/' ожидается '/' или '*'"},
        {"invalid number; expected digit after '-'", "无效数字：'-' 之后应为数字",
         "неверное число: после '-' ожидается цифра"},
        {"invalid number; expected digit after '.'", "无效数字：'.' 之后应为数字",
         "неверное число: после '.' ожидается цифра"},
        {"invalid number; expected digit after exponent sign", "无效数字：指数符号之后应为数字",
         "неверное число: после знака порядка ожидается цифра"},
        {"invalid BOM; must be 0xEF 0xBB 0xBF if given", "无效的字节顺序标记；如有须为 0xEF 0xBB 0xBF",
         "неверная метка порядка байтов; если она есть, то 0xEF 0xBB 0xBF"},
    };
    constexpr std::string_view kOverflow = "number overflow parsing '";
    if (what.starts_with(kOverflow) && what.ends_with("'")) {
        std::string number = printable(what.substr(kOverflow.size(), what.size() - kOverflow.size() - 1), 40);
        return Text{fmt::format("JSON 语法错误：数字 '{}' 超出范围", number), std::string(what),
                    fmt::format("синтаксическая ошибка JSON: число '{}' вне диапазона", number)};
    }
    const std::size_t dash = what.find(" - ");
    if (dash == std::string_view::npos) return std::nullopt;
    const Words* head = find(what.substr(0, dash), kHeads);
    if (!head) return std::nullopt;
    std::string_view rest = what.substr(dash + 3);
    // "; expected TOKEN" at the end, after either kind of detail.
    Text expected;
    for (const Words& t : kTokens) {
        const std::string tail = "; expected " + std::string(t.en);
        if (rest.ends_with(tail)) {
            expected = {"；应为" + std::string(t.zh), "", "; ожидалось: " + std::string(t.ru)};
            rest.remove_suffix(tail.size());
            break;
        }
    }
    Text detail;
    constexpr std::string_view kUnexpected = "unexpected ", kLastRead = "; last read: '";
    if (rest.starts_with(kUnexpected)) {
        const Words* t = find(rest.substr(kUnexpected.size()), kTokens);
        if (!t) return std::nullopt;
        detail = {"此处不应出现" + std::string(t->zh), "", "не ожидалось: " + std::string(t->ru)};
    } else {
        const std::size_t at = rest.find(kLastRead);
        if (at == std::string_view::npos || !rest.ends_with("'")) return std::nullopt;
        std::string_view lexer = rest.substr(0, at), read = rest.substr(at + kLastRead.size());
        read.remove_suffix(1);
        std::string zh, ru;
        if (const Words* w = find(lexer, kLexer)) {
            zh = w->zh, ru = w->ru;
        } else if (constexpr std::string_view kControl = "invalid string: control character ";
                   lexer.starts_with(kControl) && lexer.find(" must be escaped to ") != std::string_view::npos) {
            // "… control character U+0009 (HT) must be escaped to \u0009 or \t"
            std::string_view rest_of = lexer.substr(kControl.size());
            const std::size_t must = rest_of.find(" must be escaped to ");
            std::string_view character = rest_of.substr(0, must), escape = rest_of.substr(must + 20);
            std::string esc_zh(escape), esc_ru(escape);
            if (auto o = escape.find(" or "); o != std::string_view::npos) {
                esc_zh = fmt::format("{} 或 {}", escape.substr(0, o), escape.substr(o + 4));
                esc_ru = fmt::format("{} или {}", escape.substr(0, o), escape.substr(o + 4));
            }
            zh = fmt::format("无效字符串：控制字符 {} 须转义为 {}", character, esc_zh);
            ru = fmt::format("неверная строка: управляющий символ {} нужно записать как {}", character, esc_ru);
        } else {
            return std::nullopt;
        }
        const std::string shown = printable(read, 40);
        detail = {fmt::format("{}；最后读到 '{}'", zh, shown), "",
                  fmt::format("{}; прочитано последним: '{}'", ru, shown)};
    }
    return Text{fmt::format("{}：{}{}", head->zh, detail.zh, expected.zh), std::string(what),
                fmt::format("{}: {}{}", head->ru, detail.ru, expected.ru)};
}

// Builds an ordered DOM like nlohmann's own SAX DOM parser, but refuses
// duplicate keys and deep nesting, and records each number's raw text.
class StrictDomBuilder {
  public:
    using number_integer_t = ojson::number_integer_t;
    using number_unsigned_t = ojson::number_unsigned_t;
    using number_float_t = ojson::number_float_t;
    using string_t = ojson::string_t;
    using binary_t = ojson::binary_t;

    StrictDomBuilder(JsonDocument& doc, int max_depth) : doc_(doc), max_depth_(max_depth) {}

    bool null() { return put(nullptr); }
    bool boolean(bool b) { return put(b); }
    // An integer's text is its value's (JSON has no leading zeros or "+"), so
    // only other numbers are recorded: recording every year cost a quarter of
    // the time of reading a large plan (docs/performance.md).
    bool number_integer(number_integer_t v) { return put(v); }
    bool number_unsigned(number_unsigned_t v) { return put(v); }
    bool number_float(number_float_t v, const string_t& raw) {
        doc_.raw_numbers[pointer_here()] = raw;
        return put(v);
    }
    bool string(string_t& s) { return put(std::move(s)); }
    bool binary(binary_t&) {
        return fail({"二进制值不是 JSON", "binary values are not JSON", "двоичные значения — не JSON"}, {});
    }

    bool start_object(std::size_t) {
        // ordered_json keeps members in a vector of pair<const string, json>,
        // which grows by copying (the const key makes its move throwing): each
        // growth of the plan's top object deep-copied the budget read so far.
        // Room for 32 members there; inner objects hold scalars, their growth is cheap.
        ojson obj = ojson::object();
        if (stack_.empty()) obj.get_ref<ojson::object_t&>().reserve(32);
        return open(std::move(obj));
    }
    bool start_array(std::size_t) { return open(ojson::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(string_t& k) {
        Frame& f = stack_.back();
        if (f.value->contains(k)) {
            duplicate_ = true;
            return fail(
                say("键 \"{}\" 重复；对象中每个键只能出现一次",
                    "duplicate key \"{}\"; each key may appear once in an object",
                    "ключ \"{}\" повторяется; в объекте каждый ключ может быть только один раз", printable(k, 60)),
                pointer_of(stack_.size(), k));
        }
        f.key = std::move(k);
        return true;
    }

    bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception& ex) {
        position_ = position;
        std::string what = ex.what();
        // Drop nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 2: ".
        if (auto p = what.find("] "); p != std::string::npos) what = what.substr(p + 2);
        if (auto p = what.find(": "); p != std::string::npos && what.rfind("parse error", 0) == 0)
            what = what.substr(p + 2);
        if (what.rfind("syntax error while parsing value - ", 0) == 0)
            what = "expected a JSON value - " + what.substr(35);
        std::string token = last_token;
        if (auto cut = token.find_last_of(" \t\r\n:,[{"); cut != std::string::npos) token.erase(0, cut + 1);
        if (!token.empty() && token.front() == '-') token.erase(0, 1);
        if (!token.empty() &&
            (token.front() == 'N' || token.front() == 'I' || token.front() == 'n' || token.front() == 'i')) {
            message_ = {"NaN 和 Infinity 在 JSON 中不是数字；请写十进制数，如 \"0\"",
                        "NaN and Infinity are not numbers in JSON; write a decimal such as \"0\"",
                        "NaN и Infinity — не числа в JSON; напишите десятичное число, например \"0\""};
        } else if (auto words = syntax_words(what)) {
            message_ = {std::move(words->zh), printable(what), std::move(words->ru)};
        } else {
            // Words syntax_words() does not know stay English after the kind of error.
            what = printable(what);
            message_ = {"JSON 语法错误：" + what, what, "синтаксическая ошибка JSON: " + what};
        }
        syntax_ = true;
        if (!stack_.empty()) open_ = stack_.back().value->is_array() ? '[' : '{';
        return false;
    }

    bool failed() const { return !message_.en.empty(); }
    bool syntax() const { return syntax_; }
    bool duplicate() const { return duplicate_; }
    std::size_t position() const { return position_; }
    /// On a syntax error, the innermost container open there: '[', '{', or 0 at the top.
    char open_container() const { return open_; }
    const Text& message() const { return message_; }
    const std::string& pointer() const { return pointer_; }

  private:
    struct Frame {
        ojson* value;
        std::string key;  // pending key in an object
    };

    std::string pointer_of(std::size_t depth, const std::string& last) const {
        std::string p;
        for (std::size_t i = 1; i < depth; ++i) p += "/" + segment(i);
        return p + "/" + pointer_escape(last);
    }
    std::string segment(std::size_t i) const {
        // The segment naming stack_[i] inside stack_[i-1].
        const Frame& parent = stack_[i - 1];
        if (parent.value->is_array()) return std::to_string(parent.value->size() - 1);
        return pointer_escape(parent.key);
    }
    std::string pointer_here() const {
        std::string p;
        for (std::size_t i = 1; i < stack_.size(); ++i) p += "/" + segment(i);
        if (!stack_.empty()) {
            const Frame& top = stack_.back();
            p += "/" + (top.value->is_array() ? std::to_string(top.value->size()) : pointer_escape(top.key));
        }
        return p;
    }

    ojson* place(ojson&& v) {
        if (stack_.empty()) {
            doc_.root = std::move(v);
            return &doc_.root;
        }
        Frame& top = stack_.back();
        if (top.value->is_array()) {
            top.value->push_back(std::move(v));
            return &top.value->back();
        }
        auto& slot = (*top.value)[top.key];
        slot = std::move(v);
        return &slot;
    }
    bool put(ojson&& v) {
        place(std::move(v));
        return true;
    }
    bool open(ojson&& container) {
        if (static_cast<int>(stack_.size()) >= max_depth_)
            return fail(
                say("嵌套超过 {} 层", "nesting deeper than {} levels", "вложенность глубже {} уровней", max_depth_),
                pointer_here());
        ojson* p = place(std::move(container));
        stack_.push_back({p, {}});
        return true;
    }
    bool close() {
        stack_.pop_back();
        return true;
    }
    bool fail(Text message, std::string pointer) {
        message_ = std::move(message);
        pointer_ = std::move(pointer);
        return false;
    }

    JsonDocument& doc_;
    int max_depth_;
    std::vector<Frame> stack_;
    Text message_;
    std::string pointer_;
    bool syntax_ = false;
    bool duplicate_ = false;
    std::size_t position_ = 0;
    char open_ = 0;
};

}  // namespace

std::string pointer_escape(std::string_view key) {
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

Place place_in(std::string_view text, std::size_t offset) {
    std::string_view before = text.substr(0, std::min(offset, text.size()));
    auto line = static_cast<long>(std::count(before.begin(), before.end(), '\n')) + 1;
    std::size_t line_start = before.rfind('\n');
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    return Place{line, static_cast<long>(before.size() - line_start) + 1, std::nullopt};
}

namespace {

bool is_json_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

}  // namespace

// The parser's "unexpected end of input" or "invalid literal" at line 1,
// column 1 would send a person looking for a typo in a file that is empty, a
// picture or a spreadsheet: a refused text that is no text at all says so.
std::optional<std::string> not_text_reason(std::string_view text) {
    if (auto why = not_text_words(text)) return why->en;
    return std::nullopt;
}

std::optional<Text> not_text_words(std::string_view text) {
    if (std::all_of(text.begin(), text.end(), is_json_space)) return Text{"文件为空", "the file is empty", "файл пуст"};
    auto starts = [&](std::string_view magic) { return text.substr(0, magic.size()) == magic; };
    using namespace std::string_view_literals;
    const Text utf16{"这是 UTF-16 文本；请另存为 UTF-8", "this is UTF-16 text; save it as UTF-8",
                     "это текст UTF-16; сохраните его в UTF-8"};
    if (starts("\xFF\xFE\0\0"sv) || starts("\0\0\xFE\xFF"sv))
        return Text{"这是 UTF-32 文本；请另存为 UTF-8", "this is UTF-32 text; save it as UTF-8",
                    "это текст UTF-32; сохраните его в UTF-8"};
    if (starts("\xFF\xFE") || starts("\xFE\xFF")) return utf16;
    // Without a byte-order mark, ASCII in UTF-16 alternates with NUL bytes.
    auto ascii = [&](std::size_t i) { return text[i] > 0 && text[i] < 0x7F; };
    if (text.size() >= 4 && ((ascii(0) && text[1] == 0 && ascii(2) && text[3] == 0) ||
                             (text[0] == 0 && ascii(1) && text[2] == 0 && ascii(3))))
        return utf16;
    struct Signature {
        std::string_view magic, name;
    };
    static constexpr Signature kSignatures[] = {
        {"\x89PNG\r\n\x1A\n"sv, "PNG"},
        {"\xFF\xD8\xFF"sv, "JPEG"},
        {"GIF87a"sv, "GIF"},
        {"GIF89a"sv, "GIF"},
        {"%PDF-"sv, "PDF"},
        {"PK\x03\x04"sv, "ZIP, as XLSX, DOCX and ODS files are"},
        {"PK\x05\x06"sv, "ZIP, as XLSX, DOCX and ODS files are"},
        {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv, "XLS or DOC, an Office 97–2003 file"},
        {"\x1F\x8B"sv, "gzip"},
        {"\x7F"
         "ELF"sv,
         "ELF, a program"},
    };
    for (const auto& s : kSignatures)
        if (starts(s.magic))
            return say("这不是文本文件（看起来是 {}）", "this is not a text file (it looks like {})",
                       "это не текстовый файл (похоже на {})", s.name);
    // Binary data: it starts with a control byte or a byte that begins no UTF-8
    // character, or control bytes are thick in its first 512 bytes. A text
    // with a stray NUL byte or a string in GBK keeps its refusal at the place.
    std::string_view head = text.substr(0, 512);
    auto control = [](char ch) {
        auto c = static_cast<unsigned char>(ch);
        return c < 0x20 && !is_json_space(ch) && c != '\f' && c != '\v' && c != 0x1B;
    };
    auto controls = static_cast<std::size_t>(std::count_if(head.begin(), head.end(), control));
    char first = text[text.find_first_not_of(" \t\r\n")];
    auto lead = static_cast<unsigned char>(first);
    bool no_utf8_lead = (lead >= 0x80 && lead < 0xC2) || lead > 0xF4;
    if (control(first) || (no_utf8_lead && controls > 0) || (controls >= 4 && controls * 16 >= head.size()))
        return Text{"这不是文本文件", "this is not a text file", "это не текстовый файл"};
    return std::nullopt;
}

namespace {

Result<JsonDocument> parse_nlohmann(std::string_view text, int max_depth);
Result<JsonDocument> parse_text(std::string_view text, int max_depth);

}  // namespace

std::string_view skip_byte_order_marks(std::string_view text) {
    while (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    return text;
}

Result<JsonDocument> parse_json(std::string_view text, int max_depth) {
    text = skip_byte_order_marks(text);
    auto doc = parse_text(text, max_depth);
    if (!doc)
        if (auto why = not_text_words(text)) return Error::said(*why);
    return doc;
}

namespace {

Result<JsonDocument> parse_text(std::string_view text, int max_depth) {
    // nlohmann's lexer takes a NUL byte for the end of the input, so "{}\0junk"
    // was accepted as {} (found by fuzz_plan_reader comparing it with JsonTree).
    // JSON has no raw NUL byte anywhere: the first one is refused at its place,
    // unless the text before it is already wrong.
    if (auto nul = text.find('\0'); nul != std::string_view::npos) {
        Place at = place_in(text, nul);
        auto before = parse_nlohmann(text.substr(0, nul), max_depth);
        if (!before) {
            const Place& p = before.error().place;
            bool earlier = !p.line || std::pair(*p.line, *p.column) < std::pair(*at.line, *at.column);
            if (earlier) return before.error();  // a duplicate key, or a syntax error before the NUL
        }
        return Error::said({"JSON 中不允许 NUL 字节 (0x00)", "a NUL byte (0x00) is not allowed in JSON",
                            "байт NUL (0x00) в JSON не допускается"},
                           at);
    }
    return parse_nlohmann(text, max_depth);
}

Result<JsonDocument> parse_nlohmann(std::string_view text, int max_depth) {
    JsonDocument doc;
    StrictDomBuilder builder(doc, max_depth);
    bool ok = false;
    try {
        ok = nlohmann::ordered_json::sax_parse(text, &builder, nlohmann::json::input_format_t::json, true);
    } catch (const std::exception& e) {
        return Error{fmt::format("cannot be read as JSON: {}", e.what())};
    }
    if (ok && !builder.failed()) return doc;
    if (builder.syntax()) {
        // nlohmann reports the count of bytes read; the error is at the last one.
        std::size_t pos = std::min(builder.position() > 0 ? builder.position() - 1 : 0, text.size());
        // A comma before the bracket that closes the open container: nlohmann
        // says "unexpected ']'" at the bracket, but the comma is what to delete.
        char open = builder.open_container();
        if (pos < text.size() && open && text[pos] == (open == '[' ? ']' : '}')) {
            std::size_t comma = pos;
            while (comma > 0 && is_json_space(text[comma - 1])) --comma;
            if (comma > 0 && text[comma - 1] == ',') {
                const Text container =
                    open == '[' ? Text{"数组", "array", "массива"} : Text{"对象", "object", "объекта"};
                return Error::said(
                    say("{}最后一个元素后有多余的逗号；请删除（JSON 不允许）",
                        "trailing comma after the last element of the {}; delete it (JSON allows none)",
                        "лишняя запятая после последнего элемента {}; удалите её (JSON их не допускает)", container),
                    place_in(text, comma - 1));
            }
        }
        return Error::said(builder.message(), place_in(text, pos));
    }
    // A duplicate key: nlohmann's SAX interface gives no position, the fast
    // reader (which stops at the same key) does.
    if (builder.duplicate())
        if (auto at = duplicate_key_offset(text, max_depth)) {
            Place p = place_in(text, *at);
            p.pointer = builder.pointer();
            return Error::said(builder.message(), p);
        }
    return Error::said(builder.message(), Place{std::nullopt, std::nullopt, builder.pointer()});
}

}  // namespace

}  // namespace cofund
