// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Workbooks made by hand for tests: the zip parts written as given (libzip),
// so a test can hold exactly the cells, strings and hostile bits it needs.
#include <zip.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace cofund::test {

/// A zip of the given parts (name → bytes), as the bytes of a file: deflated, or stored as they are with
/// `stored` (a test of a huge sheet need not spend its time in zlib).
inline std::string make_zip(const std::map<std::string, std::string>& parts, bool stored = false) {
    const std::string path =
        (std::filesystem::temp_directory_path() / ("cofund-craft-" + std::to_string(::getpid()) + ".zip")).string();
    int err = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!z) throw std::runtime_error("zip_open");
    for (const auto& [name, bytes] : parts) {
        zip_source_t* src = zip_source_buffer(z, bytes.data(), bytes.size(), 0);
        const zip_int64_t at = src ? zip_file_add(z, name.c_str(), src, ZIP_FL_OVERWRITE) : -1;
        if (at < 0) throw std::runtime_error("zip_file_add");
        if (stored && zip_set_file_compression(z, static_cast<zip_uint64_t>(at), ZIP_CM_STORE, 0) != 0)
            throw std::runtime_error("zip_set_file_compression");
    }
    if (zip_close(z) != 0) throw std::runtime_error("zip_close");
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::remove(path.c_str());
    return ss.str();
}

/// The parts a minimal workbook needs around its sheets (name → sheetData rows).
inline std::map<std::string, std::string> workbook_parts(const std::vector<std::pair<std::string, std::string>>& sheets,
                                                         const std::vector<std::string>& shared = {}) {
    const std::string ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const std::string rns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    std::string book =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + ns + "\" xmlns:r=\"" + rns + "\"><sheets>";
    std::string rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    std::map<std::string, std::string> parts;
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        const std::string n = std::to_string(i + 1);
        book += "<sheet name=\"" + sheets[i].first + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + rns + "/worksheet\" Target=\"worksheets/sheet" + n +
                ".xml\"/>";
        parts["xl/worksheets/sheet" + n + ".xml"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" +
                                                    ns + "\"><sheetData>" + sheets[i].second +
                                                    "</sheetData></worksheet>";
    }
    book += "</sheets></workbook>";
    if (!shared.empty()) {
        rels += "<Relationship Id=\"rIdS\" Type=\"" + rns + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        std::string ss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + ns + "\">";
        for (const auto& s : shared) ss += "<si><t>" + s + "</t></si>";
        parts["xl/sharedStrings.xml"] = ss + "</sst>";
    }
    rels += "</Relationships>";
    parts["xl/workbook.xml"] = book;
    parts["xl/_rels/workbook.xml.rels"] = rels;
    parts["[Content_Types].xml"] =
        "<?xml version=\"1.0\"?><Types "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
    return parts;
}

/// An inline-string cell and a number cell, for building rows.
inline std::string istr(const std::string& ref, const std::string& text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}
inline std::string num(const std::string& ref, const std::string& v) {
    return "<c r=\"" + ref + "\"><v>" + v + "</v></c>";
}
inline std::string row(long r, const std::string& cells) {
    return "<row r=\"" + std::to_string(r) + "\">" + cells + "</row>";
}

}  // namespace cofund::test
