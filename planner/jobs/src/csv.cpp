// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/planner/csv.h"

namespace cofund::planner {

std::string csv_text_cell(std::string_view text) {
    std::string cell(text);
    if (!cell.empty() &&
        (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' || cell[0] == '\t' || cell[0] == '\r'))
        cell.insert(cell.begin(), '\'');
    if (cell.find_first_of(",\"\r\n'") == std::string::npos) return cell;
    std::string out = "\"";
    for (char c : cell) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

void CsvWriter::separate() {
    if (row_started_) out_ += ',';
    row_started_ = true;
}

CsvWriter& CsvWriter::text(std::string_view cell) {
    separate();
    out_ += csv_text_cell(cell);
    return *this;
}

CsvWriter& CsvWriter::number(std::string_view cell) {
    separate();
    out_ += cell;
    return *this;
}

CsvWriter& CsvWriter::end_row() {
    out_ += "\r\n";
    row_started_ = false;
    return *this;
}

}  // namespace cofund::planner
