// SPDX-License-Identifier: GPL-3.0-or-later
#include "test_support.h"

#include "cofund/plan_edit.h"
#include "cofund/plan_io.h"

using namespace cofund;
using cofund::test::line_sum;
using cofund::test::line_sum_of;
using cofund::test::line_totals;
using cofund::test::read_file;
using cofund::test::source_path;

namespace {

// A small valid plan; tests replace one piece of it.
const std::string kPlan = R"({
  "format": "cofund-plan/1",
  "call": "xj-sco-2018",
  "project": {"title": "测试项目", "class": "key", "annex": 3, "start_year": 2018, "end_year": 2020},
  "applicant": {"name": "新疆某公司", "type": "enterprise", "registered_in_region": true,
                "cooperation_agreement": true},
  "budget": [
    {"year": 2018, "category": "equipment", "source": "fiscal", "amount": "600000.00"},
    {"year": 2019, "category": "construction", "source": "self", "amount": 1800000.50}
  ]
})";

std::string with(const std::string& from, const std::string& to) {
    std::string s = kPlan;
    auto pos = s.find(from);
    REQUIRE(pos != std::string::npos);
    return s.replace(pos, from.size(), to);
}

Error refusal(const std::string& text) {
    auto plan = read_plan(text);
    REQUIRE_FALSE(plan.ok());
    return plan.error();
}

}  // namespace

TEST_CASE("a minimal valid plan reads, and a JSON number amount is read from its text", "[reader]") {
    auto plan = read_plan(kPlan);
    REQUIRE(plan.ok());
    CHECK(plan->budget.size() == 2);
    CHECK(plan->budget[1].amount.str() == "1800000.50");
    CHECK(line_totals(*plan).total().str() == "2400000.50");
}

TEST_CASE("a leading byte-order mark is accepted", "[reader]") {
    CHECK(read_plan("\xEF\xBB\xBF" + kPlan).ok());
}

TEST_CASE("text that is not JSON is refused with line and column", "[reader]") {
    Error e = refusal("{\n  \"format\": \"cofund-plan/1\",\n  \"call\" \"x\"\n}");
    CHECK(e.place.line == 3);
    CHECK(e.place.column.has_value());
}

// Regression (issue 13): a trailing comma was reported at the bracket after it
// ("line 10, column 3: unexpected ']'"), a line below the comma to delete.
TEST_CASE("a trailing comma in an array is reported at the comma itself", "[reader][syntax]") {
    Error e = refusal(with("1800000.50}\n  ]", "1800000.50},\n  ]"));
    CHECK(e.message == "trailing comma after the last element of the array; delete it (JSON allows none)");
    CHECK(e.place.line == 9);
    CHECK(e.place.column == 87);
    CHECK(e.describe() == "line 9, column 87: " + e.message);
}

TEST_CASE("a trailing comma in an object is reported at the comma itself", "[reader][syntax]") {
    Error e = refusal(with(R"("cooperation_agreement": true})", R"("cooperation_agreement": true,})"));
    CHECK(e.message == "trailing comma after the last element of the object; delete it (JSON allows none)");
    CHECK(e.place.line == 6);
    CHECK(e.place.column == 46);
    // Spaces and line breaks between the comma and the bracket do not move it.
    Error spaced = refusal("{\"a\": [1, 2],\r\n\t\n}");
    CHECK_THAT(spaced.message, Catch::StartsWith("trailing comma after the last element of the object"));
    CHECK(spaced.place.line == 1);
    CHECK(spaced.place.column == 13);
}

TEST_CASE("a comma before a bracket that closes nothing open is not called a trailing comma", "[reader][syntax]") {
    // "[1,}": the array is still open; the '}' is the mistake, not the comma.
    Error e = refusal("[1,}");
    CHECK_THAT(e.message, !Catch::Contains("trailing comma"));
    CHECK(e.place.column == 4);
    CHECK_THAT(refusal("{\"a\": 1,]").message, !Catch::Contains("trailing comma"));
}

// Regression (issue 13): an empty file got the parser's "expected a JSON
// value - unexpected end of input" at line 1, column 1.
TEST_CASE("an empty file is refused as empty: zero bytes, only white space, only a byte-order mark",
          "[reader][empty]") {
    for (const std::string text : {"", " ", "\n\n", " \t\r\n ", "\xEF\xBB\xBF", "\xEF\xBB\xBF\n"}) {
        INFO(text.size() << " bytes");
        Error e = refusal(text);
        CHECK(e.message == "the file is empty");
        CHECK_FALSE(e.place.line.has_value());
        CHECK(e.describe() == "the file is empty");
    }
    // Anything else is not empty: a form feed is no JSON space, and a lone "x" is a syntax error.
    CHECK(refusal("\f").message != "the file is empty");
    CHECK(refusal("x").place.line == 1);
}

// Regression (issue 13): a PNG given as a plan got "line 1, column 1: invalid
// literal" — as if a typo in a text, not a picture, were the trouble.
TEST_CASE("a binary file is refused as not a text file, naming what it looks like", "[reader][binary]") {
    using namespace std::string_literals;
    auto [bytes, looks_like] = GENERATE(table<std::string, std::string>({
        {"\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1F\x15\xC4\x89"s, "PNG"},
        {"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"s, "PDF"},
        {"PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0[Content_Types].xml"s, "ZIP, as XLSX, DOCX and ODS files are"},
        {"\xFF\xD8\xFF\xE0\0\x10JFIF\0"s, "JPEG"},
        {"GIF89a\x01\0\x01\0\x80\0\0"s, "GIF"},
        {"\x1F\x8B\x08\0\0\0\0\0\0\x03"s, "gzip"},
        {"\x7F"
         "ELF\x02\x01\x01\0"s,
         "ELF, a program"},
        {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0"s, "XLS or DOC, an Office 97–2003 file"},
    }));
    INFO(looks_like);
    Error e = refusal(bytes);
    CHECK(e.message == "this is not a text file (it looks like " + looks_like + ")");
    CHECK_FALSE(e.place.line.has_value());
}

TEST_CASE("UTF-16 and UTF-32 plans are refused with the fix: save as UTF-8", "[reader][binary]") {
    using namespace std::string_literals;
    const std::string utf16le =
        "\xFF\xFE{\0\"\0f\0\"\0:\0 \0"
        "1\0}\0"s;
    const std::string utf16be =
        "\xFE\xFF\0{\0\"\0f\0\"\0:\0 \0"
        "1\0}"s;
    const std::string no_bom = "{\0\n\0 \0 \0\"\0f\0"s;
    for (const std::string& text : {utf16le, utf16be, no_bom})
        CHECK(refusal(text).message == "this is UTF-16 text; save it as UTF-8");
    CHECK(refusal("\xFF\xFE\0\0{\0\0\0"s).message == "this is UTF-32 text; save it as UTF-8");
}

TEST_CASE("other binary data is refused as not a text file", "[reader][binary]") {
    using namespace std::string_literals;
    std::string random;  // bytes of a file with no known signature
    for (int i = 0; i < 600; ++i) random += static_cast<char>((i * 7919 + 13) % 251);
    for (const std::string& text : {"\0\0\0\x01\x02\x03"s, "\x01\x02{}"s,
                                    "SQLite format 3\0\x10\0\x01\x01\0@  \0\0\0\x02"s, "\x80\x81\x02\x03"s, random}) {
        INFO(text.size() << " bytes");
        Error e = refusal(text);
        CHECK(e.message == "this is not a text file");
        CHECK_FALSE(e.place.line.has_value());
    }
}

// A text with one bad byte is still a text: the refusal stays at the byte, so
// the person can find it.
TEST_CASE("a stray NUL byte or invalid UTF-8 in a text keeps its refusal at its line and column", "[reader][binary]") {
    using namespace std::string_literals;
    Error nul = refusal(with(R"("title": "测试项目")", "\"title\": \"测试\0项目\""s));
    CHECK(nul.message == "a NUL byte (0x00) is not allowed in JSON");
    CHECK(nul.place.line == 4);
    Error gbk = refusal(with(R"("title": "测试项目")", "\"title\": \"\xB2\xE2\xCA\xD4\""s));
    CHECK(gbk.place.line == 4);
    CHECK_THAT(gbk.message, !Catch::Contains("not a text file"));
}

// Regression (issue 13): a content refusal named only its JSON pointer, and a
// person had to count array elements from 0 to find "/budget/35" in the file.
TEST_CASE("a content refusal names the line and column of the value as well as its pointer", "[reader][place]") {
    Error e = refusal(with(R"("source": "fiscal")", R"("source": "fiscall")"));
    CHECK(e.place.pointer == "/budget/0/source");
    CHECK(e.place.line == 8);
    CHECK(e.place.column == 55);
    CHECK(e.describe() == "line 8, column 55 (/budget/0/source): unknown source \"fiscall\"; did you mean \"fiscal\"?");
    // A missing field: the object that lacks it.
    Error missing = refusal(with(R"("title": "测试项目", )", ""));
    CHECK(missing.place.pointer == "/project");
    CHECK(missing.place.line == 4);
    CHECK(missing.place.column == 14);
    // A number, a value in the second element, and the document itself.
    Error year = refusal(with(R"("start_year": 2018)", R"("start_year": 1999)"));
    CHECK(year.place.line == 4);
    CHECK(year.place.column == 82);
    Error amount = refusal(with("1800000.50", "-1"));
    CHECK(amount.place.pointer == "/budget/1/amount");
    CHECK(amount.place.line == 9);
    Error top = refusal("\n\n  [1]");
    CHECK(top.place.pointer == "");
    CHECK(top.place.line == 3);
    CHECK(top.place.column == 3);
    // A byte-order mark is not a column.
    CHECK(refusal("\xEF\xBB\xBF"
                  "[]")
              .place.column == 1);
}

// Issue 27: the reader's refusals were English only while findings speak three languages.
TEST_CASE("a plan reader's refusal speaks Chinese, English and Russian, its place too", "[reader][lang]") {
    Error e = refusal(with(R"("source": "fiscal")", R"("source": "fiscall")"));
    CHECK(e.message == "unknown source \"fiscall\"; did you mean \"fiscal\"?");  // English as before
    CHECK(e.in(Lang::en) == e.message);
    CHECK(e.describe(Lang::en) == e.describe());
    CHECK(e.describe(Lang::zh) ==
          "第 8 行第 55 列（/budget/0/source）：未知经费来源 \"fiscall\"；是否应为 \"fiscal\"？");
    CHECK(e.describe(Lang::ru) ==
          "строка 8, столбец 55 (/budget/0/source): неизвестный источник \"fiscall\"; может быть, \"fiscal\"?");
}

// Issue 27: the JSON parser's own detail stayed English inside a Chinese or
// Russian refusal ("JSON 语法错误：syntax error while parsing object - …").
TEST_CASE("a JSON syntax error's detail speaks Chinese and Russian, its English and place unchanged",
          "[reader][lang]") {
    Error e = refusal("{\n  \"format\" \"cofund-plan/1\"\n}");
    CHECK(e.message == "syntax error while parsing object separator - unexpected string literal; expected ':'");
    CHECK(e.describe(Lang::zh) == "第 2 行第 26 列：JSON 语法错误（解析键后的冒号时）：此处不应出现字符串；应为 ':'");
    CHECK(e.describe(Lang::ru) ==
          "строка 2, столбец 26: синтаксическая ошибка JSON при разборе двоеточия после ключа: "
          "не ожидалось: строка; ожидалось: ':'");
    Error lit = refusal("[tru]");
    CHECK(lit.message == "expected a JSON value - invalid literal; last read: '[tru]'");
    CHECK(lit.in(Lang::zh) == "JSON 语法错误（应为 JSON 值）：无效的字面量；最后读到 '[tru]'");
    CHECK(lit.in(Lang::ru) ==
          "синтаксическая ошибка JSON (ожидалось значение JSON): неверный литерал; прочитано последним: '[tru]'");
}

TEST_CASE("no JSON syntax error leaves the parser's English words in Chinese or Russian", "[reader][lang]") {
    using namespace std::string_literals;
    const std::vector<std::string> texts = {"{\"a\" 1}",
                                            "{1: 2}",
                                            "[1 2]",
                                            "{\"a\": 1 \"b\": 2}",
                                            "{\"a\": 1}}",
                                            "[",
                                            "{\"a\":",
                                            "[tru]",
                                            "nul",
                                            "\"abc",
                                            "[\"x\ty\"]",
                                            "[\"x\x01y\"]",
                                            "[\"\\u12\"]",
                                            "[\"\\ud800\"]",
                                            "[\"\\udc00\"]",
                                            "[\"\\x\"]",
                                            "[\"\xC3\x28\"]",
                                            "[-]",
                                            "[1.]",
                                            "[1e+]",
                                            "[1e999]",
                                            "/",
                                            "// a comment\n{}",
                                            "/* a comment */ {}",
                                            "{\"a\": [1, 2}",
                                            "[{]"};
    for (const auto& text : texts) {
        INFO(text);
        Error e = refusal(text);
        INFO(e.message);
        CHECK(e.text.en == e.message);
        for (const char* english :
             {"syntax error", "unexpected", "invalid", "expected", "last read", "overflow", "literal", "input"}) {
            CHECK(e.in(Lang::zh).find(english) == std::string::npos);
            CHECK(e.in(Lang::ru).find(english) == std::string::npos);
        }
    }
}

TEST_CASE("the reader's refusals of types, names, amounts and JSON have their three languages", "[reader][lang]") {
    using namespace std::string_literals;
    struct Case {
        const char* what;
        std::string text;
        const char* zh;  // a piece of the Chinese message
        const char* ru;  // a piece of the Russian message
    };
    const std::vector<Case> cases = {
        {"a missing field", with(R"("title": "测试项目", )", ""), "缺少必填字段 \"title\"", "нет обязательного поля"},
        {"a wrong type", with(R"("start_year": 2018)", R"("start_year": "2018")"), "应为整数", "ожидалось целое число"},
        {"a year out of range", with(R"("start_year": 2018)", R"("start_year": 1999)"), "超出范围", "вне диапазона"},
        {"a malformed amount", with("1800000.50", R"("1,800,000.50")"), "格式有误", "неверная сумма"},
        {"a negative amount", with("1800000.50", "-1"), "金额不得为负", "не бывают отрицательными"},
        {"too many decimals", with("1800000.50", "1800000.505"), "位小数", "знаков после точки"},
        {"an unknown category", with(R"("category": "equipment")", R"("category": "equipmnt")"), "未知预算科目",
         "неизвестная статья"},
        {"a syntax error", "{\"a\" 1}", "JSON 语法错误", "синтаксическая ошибка JSON"},
        {"a trailing comma", "[1,]", "多余的逗号", "лишняя запятая"},
        {"a duplicate key", with(R"("call": "xj-sco-2018",)", R"("call": "xj-sco-2018", "call": "x",)"), "重复",
         "повторяется"},
        {"an empty file", " \n", "文件为空", "файл пуст"},
        {"UTF-16", "\xFF\xFE{\0}\0"s, "UTF-16", "UTF-16"},
        {"a picture", "\x89PNG\r\n\x1A\n...."s, "不是文本文件", "не текстовый файл"},
        {"a NUL byte", "{}\0junk"s, "不允许 NUL 字节", "байт NUL"},
        {"a key project without its annex", with(R"("annex": 3, )", ""), "重点项目须写明附件", "нет поля \"annex\""},
        {"a line id with a blank", with(R"({"year": 2018,)", R"({"id": "L 7", "year": 2018,)"),
         "预算行 id \"L 7\" 不是有效 id", "id строки \"L 7\" — не id"},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        Error e = refusal(c.text);
        CHECK(e.text.en == e.message);
        CHECK_THAT(e.in(Lang::zh), Catch::Contains(c.zh));
        CHECK_THAT(e.in(Lang::ru), Catch::Contains(c.ru));
    }
}

TEST_CASE("a duplicate key is refused at its pointer", "[reader]") {
    Error e = refusal(with(R"("call": "xj-sco-2018",)", R"("call": "xj-sco-2018", "call": "x",)"));
    CHECK(e.place.pointer == "/call");
    CHECK_THAT(e.message, Catch::Contains("duplicate key"));
}

TEST_CASE("nesting deeper than 64 levels is refused, even 100,000 deep, without recursion", "[reader]") {
    std::string deep = std::string(100000, '[') + std::string(100000, ']');
    Error e = refusal(deep);
    CHECK_THAT(e.message, Catch::Contains("deeper than 64"));
    std::string ok65 = std::string(64, '[') + std::string(64, ']');
    CHECK_THAT(refusal(ok65).message, Catch::Contains("a plan is a JSON object"));
}

TEST_CASE("NaN and Infinity are refused as not JSON", "[reader]") {
    for (const char* bad : {"NaN", "Infinity", "-Infinity"}) {
        Error e = refusal(with(R"("amount": "600000.00")", std::string(R"("amount": )") + bad));
        CHECK_THAT(e.message, Catch::Contains("NaN and Infinity"));
        CHECK(e.place.line == 8);
    }
}

TEST_CASE("a missing required field is refused naming the field", "[reader]") {
    Error e = refusal(with(R"("title": "测试项目", )", ""));
    CHECK(e.place.pointer == "/project");
    CHECK_THAT(e.message, Catch::Contains("\"title\""));
}

TEST_CASE("a wrong type is refused at its pointer", "[reader]") {
    Error e = refusal(with(R"("start_year": 2018)", R"("start_year": "2018")"));
    CHECK(e.place.pointer == "/project/start_year");
    CHECK_THAT(e.message, Catch::Contains("expected an integer"));
}

TEST_CASE("unknown names are refused with the nearest known one as a hint", "[reader]") {
    auto [from, to, pointer, hint] = GENERATE(table<std::string, std::string, std::string, std::string>({
        {R"("source": "fiscal")", R"("source": "fiscall")", "/budget/0/source", "did you mean \"fiscal\"?"},
        {R"("category": "equipment")", R"("category": "equipmnt")", "/budget/0/category",
         "did you mean \"equipment\"?"},
        {R"("class": "key")", R"("class": "kee")", "/project/class", "did you mean \"key\"?"},
        {R"("format": "cofund-plan/1")", R"("format": "cofund-plan/2")", "/format", "cofund-plan/1"},
        {R"("call": "xj-sco-2018",)", R"("call": "xj-sco-2018", "unit": "wann",)", "/unit", "did you mean \"wan\"?"},
    }));
    Error e = refusal(with(from, to));
    CHECK(e.place.pointer == pointer);
    CHECK_THAT(e.message, Catch::Contains(hint));
}

TEST_CASE("malformed, negative and over-precise amounts are refused at the amount", "[reader]") {
    auto [amount, reason] = GENERATE(table<std::string, std::string>({
        {R"("-5.00")", "negative"},
        {R"("1,000.00")", "malformed"},
        {R"("1.001")", "3 decimals"},
        {R"("1e6")", "malformed"},
        {R"(1e6)", "malformed"},
        {R"("1000000000000.00")", "above the limit"},
        {R"(true)", "expected an amount"},
    }));
    Error e = refusal(with(R"("600000.00")", amount));
    CHECK(e.place.pointer == "/budget/0/amount");
    CHECK_THAT(e.message, Catch::Contains(reason));
}

TEST_CASE("a line at the per-line maximum is accepted and one fen more is refused", "[reader]") {
    CHECK(read_plan(with(R"("600000.00")", R"("999999999999.99")")).ok());
    CHECK_FALSE(read_plan(with(R"("600000.00")", R"("1000000000000.00")")).ok());
}

TEST_CASE("万元 amounts take six decimals and a seventh is refused", "[reader]") {
    std::string wan = with(R"("call": "xj-sco-2018",)", R"("call": "xj-sco-2018", "unit": "wan",)");
    std::string s = wan;
    s.replace(s.find(R"("600000.00")"), 11, R"("60.000001")");
    auto plan = read_plan(s);
    REQUIRE(plan.ok());
    CHECK(plan->budget[0].amount.str() == "600000.01");
    s = wan;
    s.replace(s.find(R"("600000.00")"), 11, R"("60.0000001")");
    CHECK_THAT(refusal(s).message, Catch::Contains("7 decimals"));
}

TEST_CASE("years outside 2000–2100 and an end before the start are refused", "[reader]") {
    CHECK(refusal(with(R"("start_year": 2018)", R"("start_year": 1999)")).place.pointer == "/project/start_year");
    CHECK(refusal(with(R"("end_year": 2020)", R"("end_year": 2101)")).place.pointer == "/project/end_year");
    CHECK(refusal(with(R"("end_year": 2020)", R"("end_year": 2017)")).place.pointer == "/project/end_year");
    CHECK(refusal(with(R"("year": 2018,)", R"("year": 2200,)")).place.pointer == "/budget/0/year");
}

TEST_CASE("a key project needs an annex and a general one a direction", "[reader]") {
    CHECK_THAT(refusal(with(R"("annex": 3, )", "")).message, Catch::Contains("annex"));
    CHECK(refusal(with(R"("annex": 3)", R"("annex": 8)")).place.pointer == "/project/annex");
    CHECK_THAT(refusal(with(R"("class": "key", "annex": 3)", R"("class": "general", "annex": 3)")).message,
               Catch::Contains("direction"));
}

TEST_CASE("writing a plan back keeps unknown fields and reads back to the same plan", "[reader]") {
    std::string text = with(R"("call": "xj-sco-2018",)", R"("call": "xj-sco-2018", "_why": {"a": [1, 2.50]},)");
    text = with(R"("amount": "600000.00")", R"("amount": "600000.00", "x-note": "keep")");
    auto plan = read_plan(text);
    REQUIRE(plan.ok());
    std::string written = write_plan(*plan);
    CHECK_THAT(written, Catch::Contains("\"x-note\": \"keep\""));
    auto again = read_plan(written);
    REQUIRE(again.ok());
    CHECK(write_plan(*again) == written);
    CHECK(line_totals(*again).total() == line_totals(*plan).total());
}

TEST_CASE("every shipped example reads and writes back losslessly", "[reader][examples]") {
    auto name =
        GENERATE(as<std::string>{}, "annex1-agri-center", "annex2-agri-research-center", "annex3-fruit-veg-processing",
                 "annex4-livestock-center", "annex4-subproject-wool-forage", "annex5-remote-sensing",
                 "annex6-digital-tourism", "annex7-ecommerce-platform", "general1-solar-om-training",
                 "general2-tech-park-incubator", "general3-altai-seabuckthorn", "general4-cotton-picker-sino-german");
    auto plan = read_plan(read_file(source_path("examples/" + name + ".plan.json")));
    REQUIRE(plan.ok());
    auto again = read_plan(write_plan(*plan));
    REQUIRE(again.ok());
    CHECK(write_plan(*again) == write_plan(*plan));
}

namespace {
// kPlan with a tasks list and a task on each budget line.
std::string with_tasks(const std::string& tasks, const std::string& first_line_task = R"("a3.t1")") {
    std::string s = with(R"(  "budget": [)", "  \"tasks\": " + tasks + ",\n  \"budget\": [");
    auto at = s.find(R"("amount": "600000.00")");
    REQUIRE(at != std::string::npos);
    return s.insert(at, "\"task\": " + first_line_task + ", ");
}
}  // namespace

TEST_CASE("tasks and a budget line's task read, write back and read again the same", "[reader][tasks]") {
    std::string text = with_tasks(
        R"([{"id": "a3.t1", "summary": "选育加工型番茄", "lead": "新疆某公司", "x-keep": 1}, {"id": "a3.t2"}])");
    auto plan = read_plan(text);
    REQUIRE(plan.ok());
    CHECK(plan->tasks_stated);
    REQUIRE(plan->tasks.size() == 2);
    CHECK(plan->tasks[0].id == "a3.t1");
    CHECK(plan->tasks[0].summary == "选育加工型番茄");
    CHECK(plan->tasks[0].lead == "新疆某公司");
    CHECK(plan->tasks[1].summary.empty());
    CHECK(plan->budget[0].task == "a3.t1");
    CHECK(plan->budget[1].task.empty());
    std::string written = write_plan(*plan);
    CHECK_THAT(written, Catch::Contains("\"x-keep\": 1"));
    CHECK_THAT(written, Catch::Contains("\"task\": \"a3.t1\""));
    auto again = read_plan(written);
    REQUIRE(again.ok());
    CHECK(write_plan(*again) == written);
    CHECK(again->tasks.size() == 2);
    CHECK(again->tasks[0].lead == "新疆某公司");
    CHECK(again->budget[0].task == "a3.t1");
}

TEST_CASE("a plan without tasks writes none, and an empty tasks list stays an empty list", "[reader][tasks]") {
    auto plain = read_plan(kPlan);
    REQUIRE(plain.ok());
    CHECK_FALSE(plain->tasks_stated);
    CHECK(write_plan(*plain).find("\"tasks\"") == std::string::npos);
    auto empty = read_plan(with_tasks("[]"));
    REQUIRE(empty.ok());
    CHECK(empty->tasks_stated);
    CHECK(empty->tasks.empty());
    auto again = read_plan(write_plan(*empty));
    REQUIRE(again.ok());
    CHECK(again->tasks_stated);
}

TEST_CASE("bad tasks are refused at their pointer: wrong types, a missing or duplicate id", "[reader][tasks]") {
    struct Case {
        std::string tasks, line_task, pointer, words;
    };
    const Case cases[] = {
        {R"({"id": "a3.t1"})", R"("a3.t1")", "/tasks", "expected an array, found an object"},
        {R"(["a3.t1"])", R"("a3.t1")", "/tasks/0", "expected an object, found a string"},
        {R"([{"summary": "x"}])", R"("a3.t1")", "/tasks/0", "missing required field \"id\""},
        {R"([{"id": 1}])", R"("a3.t1")", "/tasks/0/id", "expected a string, found a number"},
        {R"([{"id": " "}])", R"("a3.t1")", "/tasks/0/id", "a task id must not be empty"},
        {R"([{"id": "a3.t1", "summary": 5}])", R"("a3.t1")", "/tasks/0/summary", "expected a string"},
        {R"([{"id": "a3.t1", "lead": ["x"]}])", R"("a3.t1")", "/tasks/0/lead", "expected a string, found an array"},
        {R"([{"id": "a3.t1"}, {"id": "a3.t2"}, {"id": "a3.t1"}])", R"("a3.t1")", "/tasks/2/id",
         "task \"a3.t1\" is listed twice (first at /tasks/0)"},
        {R"([])", "3", "/budget/0/task", "expected a string, found a number"},
        {R"([])", R"("")", "/budget/0/task", "a task id must not be empty"},
    };
    for (const auto& c : cases) {
        INFO(c.tasks << " / " << c.line_task);
        Error e = refusal(with_tasks(c.tasks, c.line_task));
        CHECK(e.place.pointer == c.pointer);
        CHECK(e.place.line.has_value());
        CHECK_THAT(e.message, Catch::Contains(c.words));
    }
}

namespace {

// kPlan with partners and the first line's extra members (`"unit": "P1"`).
std::string with_units(const std::string& partners, const std::string& line_members) {
    std::string s = with(R"("budget": [)", R"("partners": )" + partners + R"(,
  "budget": [)");
    const std::string first = R"("amount": "600000.00")";
    auto pos = s.find(first);
    REQUIRE(pos != std::string::npos);
    return s.replace(pos, first.size(), first + line_members);
}

}  // namespace

TEST_CASE("partner ids, regions, proofs and a line's unit read, write back and read again the same", "[reader][units]") {
    const std::string text = with_units(
        R"([{"name": "新疆某农业科技有限公司", "country": "cn", "type": "enterprise", "id": "P1", "region": "新疆",
             "matching_funds_proof": false},
            {"name": "Kazakh Institute", "country": "KZ", "type": "institute"}])",
        R"(, "unit": "P1")");
    auto plan = read_plan(text);
    REQUIRE(plan.ok());
    REQUIRE(plan->partners.size() == 2);
    CHECK(plan->partners[0].id == "P1");
    CHECK(plan->partners[0].region == "新疆");
    CHECK(plan->partners[0].matching_funds_proof == std::optional<bool>(false));
    CHECK(plan->partners[1].id.empty());
    CHECK_FALSE(plan->partners[1].matching_funds_proof.has_value());
    CHECK(plan->budget[0].unit == "P1");
    CHECK(plan->budget[1].unit.empty());
    CHECK(plan->partner("P1") == &plan->partners[0]);
    CHECK(plan->partner("") == nullptr);

    auto again = read_plan(write_plan(*plan));
    REQUIRE(again.ok());
    CHECK(write_plan(*again) == write_plan(*plan));
    CHECK(again->budget[0].unit == "P1");
    CHECK(again->partners[0].matching_funds_proof == std::optional<bool>(false));
}

TEST_CASE("partners without ids get P1, P2, … skipping the ids in use, and keep the ids they have", "[reader][units]") {
    Plan p;
    p.partners.resize(3);
    p.partners[1].id = "P1";
    CHECK(assign_partner_ids(p) == 2);
    CHECK(p.partners[0].id == "P2");
    CHECK(p.partners[1].id == "P1");
    CHECK(p.partners[2].id == "P3");
    CHECK(assign_partner_ids(p) == 0);
}

TEST_CASE("bad units are refused at their pointer: a malformed or repeated partner id, an unknown unit with the nearest id",
          "[reader][units]") {
    struct Case {
        std::string partners, line, pointer, words;
    };
    const std::string two = R"([{"name": "A", "country": "CN", "type": "enterprise", "id": "P1"},
                                {"name": "B", "country": "KZ", "type": "institute", "id": "P2"}])";
    const Case cases[] = {
        {R"([{"name": "A", "country": "CN", "type": "enterprise", "id": "P 1"}])", "", "/partners/0/id",
         "partner id \"P 1\" is not an id"},
        {R"([{"name": "A", "country": "CN", "type": "enterprise", "id": "P1"},
             {"name": "B", "country": "CN", "type": "enterprise", "id": "P1"}])",
         "", "/partners/1/id", "partner id \"P1\" is already the id of /partners/0"},
        {R"([{"name": "A", "country": "CN", "type": "enterprise", "region": 5}])", "", "/partners/0/region",
         "expected a string"},
        {R"([{"name": "A", "country": "CN", "type": "enterprise", "matching_funds_proof": "yes"}])", "",
         "/partners/0/matching_funds_proof", "expected true or false"},
        {two, R"(, "unit": "Q2")", "/budget/0/unit", "unit \"Q2\" is not a partner's id; did you mean \"P2\"?"},
        {R"([{"name": "A", "country": "CN", "type": "enterprise"}])", R"(, "unit": "P1")", "/budget/0/unit",
         "no partner has an id"},
        {two, R"(, "unit": 1)", "/budget/0/unit", "expected a string, found a number"},
    };
    for (const auto& c : cases) {
        INFO(c.partners << " / " << c.line);
        Error e = refusal(with_units(c.partners, c.line));
        CHECK(e.place.pointer == c.pointer);
        CHECK(e.place.line.has_value());
        CHECK_THAT(e.message, Catch::Contains(c.words));
    }
}
