// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The application's budget report, laid out as the budget table of Chinese
// fiscal science funding: header block, sources of funds, expenditure by
// category (fiscal and self-raised columns), the co-funding check, the
// indicators, the findings with their clauses, and the charts.
//
// Every text from the plan is escaped. Amounts are in 万元, exact (two
// decimals, up to six where the amount needs them): every table adds up.

#include <string>

#include "cofund/catalog.h"
#include "cofund/plan.h"
#include "cofund/render/chart_model.h"
#include "cofund/result.h"

namespace cofund::render {

/// Escapes &, <, >, " and ' for HTML text and attribute values.
std::string html_escape(std::string_view text);

/// The report as one self-contained HTML file (CSS inline, charts as inline SVG).
std::string report_html(const Plan& plan, const Catalog& catalog, Lang lang);

/// Writes the report as PDF (A4, fonts embedded, page numbers) or HTML, by the
/// path's extension (.pdf, .html, .htm). Needs ensure_application() and the
/// language installed (use_language) first.
Result<bool> write_report(const Plan& plan, const Catalog& catalog, Lang lang, const std::string& path);

}  // namespace cofund::render
