// SPDX-License-Identifier: GPL-3.0-or-later
// The fast JSON tree must accept exactly what parse_json (nlohmann/json plus
// our strictness) accepts, hold the same values, and refuse with parse_json's
// own messages.
#include "test_support.h"

#include <fmt/format.h>

#include <string>
#include <vector>

#include "cofund/json_read.h"
#include "cofund/json_tree.h"
#include "cofund/money.h"

using namespace cofund;

namespace {

// Both readers on one text: the same verdict; the same value when accepted;
// the same message and place when refused.
void agree(const std::string& text) {
    INFO("text: " << text);
    auto tree = JsonTree::parse(text);
    auto doc = parse_json(text);
    REQUIRE(tree.ok() == doc.ok());
    if (doc.ok()) {
        CHECK(tree->root().to_json() == doc->root);
    } else {
        CHECK(tree.error().message == doc.error().message);
        CHECK(tree.error().place.line == doc.error().place.line);
        CHECK(tree.error().place.column == doc.error().place.column);
        CHECK(tree.error().place.pointer == doc.error().place.pointer);
    }
}

}  // namespace

TEST_CASE("the tree and parse_json agree on the JSON grammar", "[json-tree]") {
    const std::vector<std::string> texts = {
        // values at the top
        "{}",
        "[]",
        "0",
        "-0",
        "1",
        "-1",
        "true",
        "false",
        "null",
        "\"\"",
        "  {}  ",
        "\xEF\xBB\xBF{}",
        // not JSON
        "",
        " ",
        "{",
        "}",
        "[",
        "]",
        "{,}",
        "[,]",
        "[1,]",
        "{\"a\":1,}",
        "{\"a\" 1}",
        "{\"a\":}",
        "{1:2}",
        "{} {}",
        "{}x",
        "tru",
        "nul",
        "falsey",
        "True",
        "NaN",
        "-NaN",
        "Infinity",
        "-Infinity",
        "'a'",
        // numbers
        "01",
        "-01",
        "00",
        "1.",
        ".5",
        "-",
        "+1",
        "1e",
        "1e+",
        "1E5",
        "1e-5",
        "1.5e+3",
        "-0.0",
        "0e0",
        "1.0",
        "123456789012345678901234567890",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775808",
        "-9223372036854775809",
        "1e308",
        "1e309",
        "-1e309",
        "1e-400",
        "[1,2.5,-3e2,4E-1]",
        // strings and escapes
        R"("a\"b\\c\/d\be\ff\ng\rh\ti")",
        R"("\u0041\u00e9\u4e2d")",
        R"("\uD83D\uDE00")",
        R"("\uD83D")",
        R"("\uDE00")",
        R"("\uD83Dx")",
        R"("\uD83D\u0041")",
        R"("\u12")",
        R"("\u12G4")",
        R"("\x")",
        R"("\u0000")",
        "\"a\tb\"",
        "\"a\nb\"",
        "\"\x01\"",
        "\"\x7F\"",
        "\"unterminated",
        // UTF-8: valid, overlong, surrogates, beyond U+10FFFF, cut
        "\"中文\"",
        "\"\xC2\xA0\"",
        "\"\xC1\xBF\"",
        "\"\xC0\x80\"",
        "\"\xE0\x9F\xBF\"",
        "\"\xE0\xA0\x80\"",
        "\"\xED\x9F\xBF\"",
        "\"\xED\xA0\x80\"",
        "\"\xF0\x8F\xBF\xBF\"",
        "\"\xF0\x90\x80\x80\"",
        "\"\xF4\x8F\xBF\xBF\"",
        "\"\xF4\x90\x80\x80\"",
        "\"\xF5\x80\x80\x80\"",
        "\"\xE4\xB8\"",
        "\"\x80\"",
        "\"\xFF\"",
        // objects: order kept, duplicates refused (also past 32 members), nesting
        R"({"b":1,"a":2,"c":{"x":[true,false,null]}})",
        R"({"a":1,"a":2})",
        R"({"a":{"b":1,"b":2}})",
        R"({"a\u0062":1,"ab":2})",
        R"({"":1})",
        R"({"":1,"":2})",
        R"([{"a":1},{"a":1}])",
        // whitespace: only space, tab, CR, LF
        "\t\r\n {\t\"a\" :\n1 }\r\n",
        "\f{}",
        "{}\v",
        // trailing commas, empty texts, texts that are no text (refused as such)
        "[1, 2 ,\n]",
        "{\"a\": [1,],}",
        "[{\"a\":1,}]",
        "[1,}",
        "\xEF\xBB\xBF",
        "\xEF\xBB\xBF \n",
        "\x89PNG\r\n\x1A\n",
        "%PDF-1.4",
        "\xFF\xFE{",
        "\xFE\xFF",
        "\x01\x02\x03",
        "\x80\x01",
    };
    for (const auto& t : texts) agree(t);

    // Many members: duplicates found past the 32 scanned one by one.
    std::string big = "{";
    for (int i = 0; i < 100; ++i) big += (i ? "," : "") + fmt::format("\"k{}\":{}", i, i);
    agree(big + "}");
    agree(big + ",\"k5\":0}");
    agree(big + ",\"k99\":0}");
}

TEST_CASE("the tree refuses nesting deeper than 64 levels, as parse_json does", "[json-tree]") {
    for (int depth : {63, 64, 65, 1000}) {
        std::string text =
            std::string(static_cast<std::size_t>(depth), '[') + std::string(static_cast<std::size_t>(depth), ']');
        agree(text);
        std::string objects;
        for (int i = 0; i < depth; ++i) objects += "{\"a\":";
        objects += "1" + std::string(static_cast<std::size_t>(depth), '}');
        agree(objects);
    }
    CHECK(JsonTree::parse(std::string(64, '[') + std::string(64, ']')).ok());
    CHECK_FALSE(JsonTree::parse(std::string(65, '[') + std::string(65, ']')).ok());
}

TEST_CASE("a number keeps its text, and is an integer as nlohmann reads integers", "[json-tree]") {
    auto tree =
        JsonTree::parse(R"([2018, -0, 1.50, 1e2, 18446744073709551615, 18446744073709551616, -9223372036854775809])");
    REQUIRE(tree.ok());
    auto a = tree->root();
    REQUIRE(a.size() == 7);
    CHECK(a[0].text() == "2018");
    CHECK(a[0].is_integer());
    CHECK(a[1].is_integer());
    CHECK(a[2].text() == "1.50");
    CHECK_FALSE(a[2].is_integer());
    CHECK_FALSE(a[3].is_integer());
    CHECK(a[4].is_integer());
    CHECK_FALSE(a[5].is_integer());
    CHECK_FALSE(a[6].is_integer());
}

TEST_CASE("strings with escapes are decoded; keys are found by their decoded text", "[json-tree]") {
    auto tree = JsonTree::parse(R"({"n\u0061me": "a\"b\u4e2d", "x": 1})");
    REQUIRE(tree.ok());
    auto o = tree->root();
    REQUIRE(o.find("name") == 0);
    CHECK(o[0].text() == "a\"b中");
    CHECK(o.find("x") == 1);
    CHECK(o.find("y") == o.size());
}

TEST_CASE("the tree's refusals are parse_json's: line and column, or pointer", "[json-tree]") {
    auto e = JsonTree::parse("{\n  \"a\": 1,\n  \"a\": 2\n}");
    REQUIRE_FALSE(e.ok());
    CHECK(e.error().place.pointer == "/a");
    auto s = JsonTree::parse("{\n  \"a\" 1\n}");
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().place.line == 2);
}

TEST_CASE("a value knows its line and column, and a JSON pointer finds it", "[json-tree]") {
    auto tree = JsonTree::parse("\xEF\xBB\xBF{\n  \"a/b\": [10, {\"~k\": null}],\n  \"c\":\ttrue\n}");
    REQUIRE(tree.ok());
    auto where = [&](std::string_view pointer) {
        Place p = tree->at_pointer(pointer).place();
        return std::pair(*p.line, *p.column);
    };
    CHECK(where("") == std::pair(1L, 1L));  // the byte-order mark is no column
    CHECK(where("/a~1b") == std::pair(2L, 10L));
    CHECK(where("/a~1b/0") == std::pair(2L, 11L));
    CHECK(where("/a~1b/1") == std::pair(2L, 15L));
    CHECK(where("/a~1b/1/~0k") == std::pair(2L, 22L));
    CHECK(where("/c") == std::pair(3L, 8L));
    // Missing parts: the last value on the way that exists.
    CHECK(where("/a~1b/7") == std::pair(2L, 10L));
    CHECK(where("/a~1b/x") == std::pair(2L, 10L));
    CHECK(where("/nope/0") == std::pair(1L, 1L));
    CHECK(where("/c/deeper") == std::pair(3L, 8L));
}

TEST_CASE("parse_decimal's 64-bit path gives the exact value of the general path", "[money][json-tree]") {
    // The value built digit by digit in BigInt, scaled by a power of ten.
    auto reference = [](std::string_view text) {
        bool negative = !text.empty() && text.front() == '-';
        if (negative || (!text.empty() && text.front() == '+')) text.remove_prefix(1);
        int exponent = 0;
        if (auto e = text.find_first_of("eE"); e != std::string_view::npos) {
            exponent = std::stoi(std::string(text.substr(e + 1)));
            text = text.substr(0, e);
        }
        BigInt n = 0;
        int decimals = 0;
        bool after_point = false;
        for (char c : text) {
            if (c == '.') {
                after_point = true;
                continue;
            }
            n = n * 10 + (c - '0');
            if (after_point) ++decimals;
        }
        Rational r(n);
        int scale = exponent - decimals;
        BigInt p = 1;
        for (int i = 0; i < (scale < 0 ? -scale : scale); ++i) p *= 10;
        r = scale < 0 ? r / Rational(p) : r * Rational(p);
        return negative ? Rational(-r) : r;
    };
    for (std::string t : {"0",
                          "-0",
                          "300",
                          "0.5",
                          "-0.25",
                          "0.12",
                          "15000000",
                          "1.50",
                          "0.000000000000000001",
                          "999999999999999999",
                          "9999999999999999999",
                          "123456789.123456789",
                          "1e-18",
                          "1e-19",
                          "2.5e-3",
                          "1.5e2",
                          "12E+1",
                          "0.1000",
                          "100.00",
                          "-123.456",
                          "3e0",
                          "60e-2"}) {
        INFO(t);
        auto got = parse_decimal(t);
        REQUIRE(got.ok());
        CHECK(*got == reference(t));
    }
}

TEST_CASE("amounts at the edge of the 64-bit path read exactly", "[money][json-tree]") {
    // 16 digits + 2 decimals is the last one on the 64-bit path; 17 + 2 the first past it.
    CHECK(Money::parse_yuan("9999999999999999.99")->str() == "9999999999999999.99");
    CHECK(Money::parse_yuan("10000000000000000.00")->str() == "10000000000000000.00");
    CHECK(Money::parse_yuan("99999999999999999999.99")->str() == "99999999999999999999.99");
    CHECK(Money::parse_yuan("000000000000000001.5")->str() == "1.50");
    CHECK(Money::parse_wan("999999999999.999999")->str() == "9999999999999999.99");
    CHECK(Money::parse_wan("1000000000000.000001")->str() == "10000000000000000.01");
    CHECK(Money::parse_wan("0.000001")->str() == "0.01");
}

// Regression (fuzz_plan_reader, comparing the two readers): nlohmann's lexer
// takes a NUL byte for the end of the input, so a plan followed by "\0" and
// anything was accepted. A NUL byte is never JSON.
TEST_CASE("a NUL byte anywhere is refused at its line and column", "[json-tree][reader]") {
    using namespace std::string_literals;
    for (const std::string& text : {"99\0\0junk"s, "{}\0"s, "{\"a\":\n 1}\0{"s, "\0"s, "[1,\0 2]"s, "{\"a\0\":1}"s}) {
        INFO(text.size());
        agree(text);
        auto e = parse_json(text);
        REQUIRE_FALSE(e.ok());
    }
    auto e = parse_json("{\"a\":\n 1}\0{"s);
    CHECK(e.error().message == "a NUL byte (0x00) is not allowed in JSON");
    CHECK(e.error().place.line == 2);
    CHECK(e.error().place.column == 4);
    // A syntax error before the NUL is said first.
    auto s = parse_json("{\"a\" 1}\0"s);
    CHECK(s.error().message != "a NUL byte (0x00) is not allowed in JSON");
    // A duplicate key before it too.
    auto d = parse_json("{\"a\":1,\"a\":2}\0"s);
    CHECK(d.error().place.pointer == "/a");
}

// Regression (issue 29, found by scripts/fuzz.sh): a file saved twice by a
// Windows editor starts with two byte-order marks. nlohmann skipped the second
// one, the fast reader did not, and the plan was refused with "the fast reader
// refused a document the JSON grammar allows; please report this file".
TEST_CASE("two or three byte-order marks are skipped by both readers alike", "[json-tree][reader][regression]") {
    const std::string bom = "\xEF\xBB\xBF";
    for (const std::string& text : {bom + bom + "{\"a\": 1}", bom + bom + bom + "[1]", bom + bom + "{\"a\" 1}",
                                    bom + " " + bom + "{}", bom + bom})
        agree(text);
    auto doc = parse_json(bom + bom + "{\"a\": 1}");
    REQUIRE(doc.ok());
    CHECK(doc->root["a"] == 1);
    // The marks are no columns.
    auto bad = parse_json(bom + bom + "{\"a\" 1}");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().place.line == 1);
    CHECK(bad.error().place.column == 6);
    // A mark after a space is no mark: the text is refused at it, by both.
    CHECK_FALSE(parse_json(bom + " " + bom + "{}").ok());
}

// Regression (issue 29): a duplicate key was refused with its pointer alone
// ("/call: duplicate key \"call\""), leaving a person to search a long file.
TEST_CASE("a duplicate key is refused at the line and column of its second occurrence",
          "[json-tree][reader][regression]") {
    for (const std::string& text :
         {std::string("{\"a\": 1,\n  \"b\": {\"c\": 2,\n \"c\": 3}}"), std::string("{\"a\\u0062\": 1, \"ab\": 2}"),
          std::string("[{}, {\"x\": 1, \"x\": 1}]")})
        agree(text);
    auto e = parse_json("{\"a\": 1,\n  \"b\": {\"c\": 2,\n \"c\": 3}}");
    REQUIRE_FALSE(e.ok());
    CHECK(e.error().place.line == 3);
    CHECK(e.error().place.column == 2);
    CHECK(e.error().place.pointer == "/b/c");
    CHECK(e.error().describe() ==
          "line 3, column 2 (/b/c): duplicate key \"c\"; each key may appear once in an object");
    // Escaped the same key is the same key.
    auto esc = parse_json("{\"a\\u0062\": 1, \"ab\": 2}");
    REQUIRE_FALSE(esc.ok());
    CHECK(esc.error().place.column == 16);
    // Past 32 members the fast reader keeps a set; the place is the same.
    std::string many = "{";
    for (int i = 0; i < 40; ++i) many += "\"k" + std::to_string(i) + "\": 0,\n";
    many += "\"k7\": 1}";
    auto big = parse_json(many);
    REQUIRE_FALSE(big.ok());
    CHECK(big.error().place.line == 41);
    CHECK(big.error().place.column == 1);
    agree(many);
}
