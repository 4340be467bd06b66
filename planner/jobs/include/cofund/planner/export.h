// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The budget for spreadsheets: CSV (planner/csv.h: UTF-8 with a BOM, safe
// against formula injection) and XLSX (libxlsxwriter: real numbers, a sheet per table).
//
// Amounts are in yuan with two decimals: exact to the fen. In CSV they are
// bare numbers ("450000.00"), never quoted text; in XLSX real numbers with
// the format #,##0.00. Qt-free: `cofund export` works in a build without Qt.

#include <string>
#include <string_view>

#include "cofund/catalog.h"
#include "cofund/plan.h"
#include "cofund/result.h"
#include "cofund/text.h"

namespace cofund::planner {

/// The budget lines as CSV: a BOM, a header row, one row per line
/// (year, category, source, kind, amount in yuan, note), CRLF line ends.
std::string export_csv(const Plan& plan, const Catalog& catalog, Lang lang);

/// Writes an XLSX workbook with the sheets sources, expenditure, indicators
/// and lines, frozen header rows and column widths that fit Chinese text.
Result<bool> write_xlsx(const Plan& plan, const Catalog& catalog, Lang lang, const std::string& path);

/// Writes CSV or XLSX by the path's extension.
Result<bool> write_export(const Plan& plan, const Catalog& catalog, Lang lang, const std::string& path);

}  // namespace cofund::planner
