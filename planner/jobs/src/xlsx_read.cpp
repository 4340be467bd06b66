// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/planner/xlsx_read.h"

#include <expat.h>
#include <fmt/format.h>
#include <zip.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <map>
#include <optional>

namespace cofund::planner {

std::string column_letters(int column) {
    std::string s;
    for (int c = column; c > 0; c = (c - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (c - 1) % 26));
    return s;
}

std::string cell_ref(int column, long row) {
    return column_letters(column) + std::to_string(row);
}

namespace {

// A cell reference: letters, then digits. nullopt when malformed or past XFD1048576.
struct Ref {
    int column = 0;
    long row = 0;
};
std::optional<Ref> parse_ref(std::string_view s, bool& past_end) {
    past_end = false;
    Ref r;
    std::size_t i = 0;
    for (; i < s.size() && s[i] >= 'A' && s[i] <= 'Z'; ++i) {
        r.column = r.column * 26 + (s[i] - 'A' + 1);
        if (r.column > kXlsxMaxColumn) {
            past_end = true;
            return std::nullopt;
        }
    }
    if (i == 0 || i == s.size()) return std::nullopt;
    for (; i < s.size(); ++i) {
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
        r.row = r.row * 10 + (s[i] - '0');
        if (r.row > kXlsxMaxRow) {
            past_end = true;
            return std::nullopt;
        }
    }
    if (r.row == 0) return std::nullopt;
    return r;
}

std::optional<long> parse_long(std::string_view s) {
    long v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
    return v;
}

std::string_view local_name(const char* name) {
    std::string_view n(name);
    auto bar = n.rfind('|');
    return bar == std::string_view::npos ? n : n.substr(bar + 1);
}

const char* attr(const char** attrs, std::string_view local) {
    for (int i = 0; attrs[i]; i += 2)
        if (local_name(attrs[i]) == local) return attrs[i + 1];
    return nullptr;
}

// Expat, streamed, namespace-aware (so "x:row" reads like "row"); a DOCTYPE stops it.
class Sax {
  public:
    Sax() : p_(XML_ParserCreateNS(nullptr, '|')) {
        XML_SetUserData(p_, this);
        XML_SetElementHandler(
            p_, [](void* u, const char* n, const char** a) { static_cast<Sax*>(u)->start(local_name(n), a); },
            [](void* u, const char* n) { static_cast<Sax*>(u)->end(local_name(n)); });
        XML_SetCharacterDataHandler(p_, [](void* u, const char* s, int len) {
            static_cast<Sax*>(u)->chars(std::string_view(s, static_cast<std::size_t>(len)));
        });
        XML_SetStartDoctypeDeclHandler(p_, [](void* u, const char*, const char*, const char*, int) {
            static_cast<Sax*>(u)->fail("holds a DOCTYPE, which no workbook part has; refused (entity expansion)");
        });
    }
    virtual ~Sax() { XML_ParserFree(p_); }
    Sax(const Sax&) = delete;
    Sax& operator=(const Sax&) = delete;

    // False when parsing stopped: an error (error() says) or the reader was done (done()).
    bool feed(const char* data, std::size_t n, bool last) {
        if (XML_Parse(p_, data, static_cast<int>(n), last) == XML_STATUS_OK) return true;
        if (error_.empty() && !done_)
            error_ = fmt::format("is not well-formed XML (line {}: {})", XML_GetCurrentLineNumber(p_),
                                 XML_ErrorString(XML_GetErrorCode(p_)));
        return false;
    }
    const std::string& error() const { return error_; }
    bool done() const { return done_; }

  protected:
    virtual void start(std::string_view name, const char** attrs) = 0;
    virtual void end(std::string_view name) = 0;
    virtual void chars(std::string_view) {}
    void fail(std::string message) {
        if (error_.empty()) error_ = std::move(message);
        XML_StopParser(p_, XML_FALSE);
    }
    void stop() {
        done_ = true;
        XML_StopParser(p_, XML_FALSE);
    }

  private:
    XML_Parser p_;
    std::string error_;
    bool done_ = false;
};

}  // namespace

struct XlsxWorkbook::Zip {
    std::string bytes;
    zip_t* z = nullptr;
    ~Zip() {
        if (z) zip_discard(z);
    }

    // Streams one part through `sax`, refusing it past `limit` bytes (declared or read).
    Result<bool> parse(const std::string& name, std::size_t limit, Sax& sax, bool required = true) const {
        zip_int64_t idx = zip_name_locate(z, name.c_str(), 0);
        if (idx < 0) {
            if (!required) return false;
            return Error{fmt::format("the workbook has no part {}: not a spreadsheet Cofund can read", name)};
        }
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(z, static_cast<zip_uint64_t>(idx), 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE) &&
            st.size > limit)
            return Error{
                fmt::format("the workbook's part {} says it unpacks to {} bytes, above the limit of {}; refused", name,
                            st.size, limit)};
        zip_file_t* f = zip_fopen_index(z, static_cast<zip_uint64_t>(idx), 0);
        if (!f) return Error{fmt::format("cannot unpack the workbook's part {}: {}", name, zip_strerror(z))};
        std::array<char, 1 << 16> buf;
        std::size_t total = 0;
        bool going = true;
        zip_int64_t n;
        while (going && (n = zip_fread(f, buf.data(), buf.size())) > 0) {
            total += static_cast<std::size_t>(n);
            if (total > limit) {
                zip_fclose(f);
                return Error{fmt::format("the workbook's part {} unpacks to more than {} bytes; refused", name, limit)};
            }
            going = sax.feed(buf.data(), static_cast<std::size_t>(n), false);
        }
        if (going && n < 0) {
            std::string why = zip_file_strerror(f);
            zip_fclose(f);
            return Error{fmt::format("the workbook's part {} is damaged: {}", name, why)};
        }
        zip_fclose(f);
        if (going) sax.feed(nullptr, 0, true);
        if (!sax.error().empty()) return Error{fmt::format("the workbook's part {} {}", name, sax.error())};
        return true;
    }
};

XlsxWorkbook::~XlsxWorkbook() = default;

namespace {

struct WorkbookSax : Sax {
    std::vector<std::pair<std::string, std::string>> sheets;  // name, relationship id
    void start(std::string_view n, const char** a) override {
        if (n != "sheet") return;
        const char* name = attr(a, "name");
        const char* id = attr(a, "id");
        if (!name || !id) return fail("names a sheet without a name or a relationship id");
        if (sheets.size() >= 10000) return fail("lists more than 10,000 sheets");
        sheets.emplace_back(name, id);
    }
    void end(std::string_view) override {}
};

struct RelsSax : Sax {
    std::map<std::string, std::string> targets;
    std::string shared_strings;
    void start(std::string_view n, const char** a) override {
        if (n != "Relationship") return;
        const char* id = attr(a, "Id");
        const char* target = attr(a, "Target");
        const char* type = attr(a, "Type");
        if (!id || !target) return;
        if (targets.size() >= 20000) return fail("lists more than 20,000 relationships");
        targets[id] = target;
        if (type && std::string_view(type).ends_with("/sharedStrings")) shared_strings = target;
    }
    void end(std::string_view) override {}
};

// The text of <si> (shared strings) or <is> (inline strings): every <t>, except
// in phonetic runs (<rPh>), which are readings, not the text.
struct RichText {
    std::string text;
    bool in_t = false;
    int phonetic = 0;
    bool start(std::string_view n) {
        if (n == "rPh") ++phonetic;
        if (n == "t" && phonetic == 0) in_t = true;
        return in_t;
    }
    void end(std::string_view n) {
        if (n == "rPh") --phonetic;
        if (n == "t") in_t = false;
    }
};

struct SharedSax : Sax {
    std::vector<std::string>* out = nullptr;
    std::size_t max_cell = 0;
    bool in_si = false;
    RichText rt;
    void start(std::string_view n, const char**) override {
        if (n == "si") {
            in_si = true;
            rt = RichText{};
        } else if (in_si) {
            rt.start(n);
        }
    }
    void end(std::string_view n) override {
        if (n == "si") {
            in_si = false;
            out->push_back(std::move(rt.text));
        } else if (in_si) {
            rt.end(n);
        }
    }
    void chars(std::string_view s) override {
        if (!in_si || !rt.in_t) return;
        if (rt.text.size() + s.size() > max_cell) return fail("holds a string longer than Excel's 32,767 characters");
        rt.text += s;
    }
};

struct SheetSax : Sax {
    const std::vector<std::string>* shared = nullptr;
    const XlsxWorkbook::RowFn* each_row = nullptr;
    std::size_t max_cell = 0;

    long row = 0, last_row = 0;
    int next_col = 1;
    std::vector<XlsxCell> cells;
    bool in_data = false, in_cell = false, in_v = false, in_is = false, has_v = false;
    std::string type, v;
    XlsxCell cell;
    RichText rt;

    std::string where() const { return cell_ref(std::max(cell.column, 1), std::max(row, 1L)); }

    void start(std::string_view n, const char** a) override {
        if (n == "sheetData") {
            in_data = true;
            return;
        }
        if (!in_data) return;
        if (n == "row") {
            long r = last_row + 1;
            if (const char* rs = attr(a, "r")) {
                auto parsed = parse_long(rs);
                if (!parsed || *parsed < 1) return fail(fmt::format("has a row numbered \"{}\"", rs));
                if (*parsed > kXlsxMaxRow)
                    return fail(fmt::format("has row {}, past the last row {} a sheet can have", *parsed, kXlsxMaxRow));
                r = *parsed;
            }
            if (r <= last_row) return fail(fmt::format("has row {} after row {}", r, last_row));
            row = r;
            next_col = 1;
            cells.clear();
        } else if (n == "c") {
            in_cell = true;
            has_v = false;
            v.clear();
            cell = XlsxCell{};
            cell.column = next_col;
            const char* t = attr(a, "t");
            type = t ? t : "n";
            if (const char* rs = attr(a, "r")) {
                bool past = false;
                auto ref = parse_ref(rs, past);
                if (!ref)
                    return fail(past ? fmt::format("has a cell {}, past XFD{}, the last cell a sheet can have",
                                                   std::string_view(rs).substr(0, 20), kXlsxMaxRow)
                                     : fmt::format("has a cell named \"{}\"", std::string_view(rs).substr(0, 20)));
                if (row == 0) row = ref->row;
                if (ref->row != row) return fail(fmt::format("has cell {} in row {}", rs, row));
                cell.column = ref->column;
            }
            if (cell.column > kXlsxMaxColumn) return fail(fmt::format("has a cell past column XFD in row {}", row));
            next_col = cell.column + 1;
        } else if (in_cell && n == "f") {
            cell.formula = true;
        } else if (in_cell && n == "v") {
            in_v = true;
            has_v = true;
        } else if (in_cell && n == "is") {
            in_is = true;
            rt = RichText{};
        } else if (in_is) {
            rt.start(n);
        }
    }

    void end(std::string_view n) override {
        if (!in_data) return;
        if (n == "sheetData") {
            in_data = false;
        } else if (n == "v") {
            in_v = false;
        } else if (n == "is") {
            in_is = false;
        } else if (in_is) {
            rt.end(n);
        } else if (n == "c" && in_cell) {
            in_cell = false;
            finish_cell();
        } else if (n == "row") {
            if (cells.empty()) {
                last_row = row;
                return;
            }
            std::stable_sort(cells.begin(), cells.end(),
                             [](const XlsxCell& x, const XlsxCell& y) { return x.column < y.column; });
            last_row = row;
            if (!(*each_row)(row, cells)) stop();
        }
    }

    void finish_cell() {
        using K = XlsxCell::Kind;
        if (type == "s") {
            if (has_v) {
                auto i = parse_long(v);
                if (!i || *i < 0 || static_cast<std::size_t>(*i) >= shared->size())
                    return fail(fmt::format("cell {} names shared string \"{}\", which the workbook does not have",
                                            where(), v.substr(0, 20)));
                cell.kind = K::text;
                cell.text = (*shared)[static_cast<std::size_t>(*i)];
            }
        } else if (type == "inlineStr") {
            cell.kind = K::text;
            cell.text = std::move(rt.text);
        } else if (type == "str" || type == "d") {
            if (has_v) {
                cell.kind = K::text;
                cell.text = std::move(v);
            }
        } else if (type == "b") {
            if (has_v) {
                cell.kind = K::boolean;
                cell.text = v == "1" || v == "true" ? "1" : "0";
            }
        } else if (type == "e") {
            cell.kind = K::error;
            cell.text = has_v ? v : "#N/A";
        } else {  // "n"
            auto first = v.find_first_not_of(" \t\r\n");
            if (has_v && first != std::string::npos) {
                cell.kind = K::number;
                cell.text = v.substr(first, v.find_last_not_of(" \t\r\n") - first + 1);
            }
        }
        if (cell.kind == K::blank && !cell.formula) return;
        cells.push_back(std::move(cell));
    }

    void chars(std::string_view s) override {
        std::string* into = in_v ? &v : (in_is && rt.in_t) ? &rt.text : nullptr;
        if (!into) return;
        if (into->size() + s.size() > max_cell)
            return fail(fmt::format("cell {} holds more than Excel's 32,767 characters", where()));
        *into += s;
    }
};

std::string resolve_target(const std::string& target) {
    if (!target.empty() && target[0] == '/') return target.substr(1);
    std::string t = target;
    while (t.rfind("./", 0) == 0) t = t.substr(2);
    return "xl/" + t;
}

}  // namespace

Result<std::unique_ptr<XlsxWorkbook>> XlsxWorkbook::open(std::string bytes, XlsxLimits limits) {
    if (bytes.size() > limits.max_file_bytes)
        return Error{
            fmt::format("the workbook is {} bytes, above the limit of {}", bytes.size(), limits.max_file_bytes)};
    if (bytes.size() < 4 || bytes.compare(0, 2, "PK") != 0)
        return Error{"not an XLSX workbook (no zip signature); save it as .xlsx, or export the lines as .csv"};
    std::unique_ptr<XlsxWorkbook> wb(new XlsxWorkbook);
    wb->limits_ = limits;
    wb->zip_ = std::make_unique<Zip>();
    wb->zip_->bytes = std::move(bytes);
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t* src = zip_source_buffer_create(wb->zip_->bytes.data(), wb->zip_->bytes.size(), 0, &zerr);
    if (!src) {
        std::string why = zip_error_strerror(&zerr);
        zip_error_fini(&zerr);
        return Error{"cannot read the workbook: " + why};
    }
    wb->zip_->z = zip_open_from_source(src, ZIP_RDONLY, &zerr);
    if (!wb->zip_->z) {
        zip_source_free(src);
        std::string why = zip_error_strerror(&zerr);
        zip_error_fini(&zerr);
        return Error{"not an XLSX workbook (the zip cannot be read: " + why + ")"};
    }
    zip_error_fini(&zerr);

    WorkbookSax book;
    if (auto r = wb->zip_->parse("xl/workbook.xml", limits.max_part_bytes, book); !r) return r.error();
    RelsSax rels;
    if (auto r = wb->zip_->parse("xl/_rels/workbook.xml.rels", limits.max_part_bytes, rels); !r) return r.error();
    for (auto& [name, id] : book.sheets) {
        auto t = rels.targets.find(id);
        if (t == rels.targets.end())
            return Error{fmt::format("the workbook's sheet \"{}\" points at no part ({})", name, id)};
        wb->names_.push_back(name);
        wb->paths_.push_back(resolve_target(t->second));
    }
    if (wb->names_.empty()) return Error{"the workbook has no sheet"};
    SharedSax strings;
    strings.out = &wb->shared_;
    strings.max_cell = limits.max_cell_bytes;
    std::string ss = rels.shared_strings.empty() ? "xl/sharedStrings.xml" : resolve_target(rels.shared_strings);
    if (auto r = wb->zip_->parse(ss, limits.max_strings_bytes, strings, false); !r) return r.error();
    return wb;
}

Result<bool> XlsxWorkbook::read_sheet(std::size_t index, const RowFn& each_row) const {
    SheetSax sheet;
    sheet.shared = &shared_;
    sheet.each_row = &each_row;
    sheet.max_cell = limits_.max_cell_bytes;
    auto r = zip_->parse(paths_.at(index), limits_.max_part_bytes, sheet);
    if (!r) return Error{fmt::format("sheet \"{}\": {}", names_.at(index), r.error().message)};
    return true;
}

}  // namespace cofund::planner
