// SPDX-License-Identifier: GPL-3.0-or-later
// The workbook reader and `cofund import`: any bytes, read as an XLSX workbook
// and as a CSV table, are imported or refused with a message, never a crash, in
// bounded memory (small limits here, so that a hostile zip is cut early); an
// accepted import's plan writes and reads back as the same plan.
#include <cstdint>
#include <string>

#include "cofund/catalog.h"
#include "cofund/plan_io.h"
#include "cofund/planner/spreadsheet.h"
#include "cofund/planner/templates.h"
#include "cofund/planner/xlsx_read.h"
#include "fuzz_support.h"

using namespace cofund;
using namespace cofund::planner;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string bytes(reinterpret_cast<const char*>(data), size);
    const Catalog& catalog = builtin_catalog();

    // The low-level reader under tight limits: every sheet, every cell.
    XlsxLimits small;
    small.max_part_bytes = 4u << 20;
    small.max_strings_bytes = 1u << 20;
    if (auto wb = XlsxWorkbook::open(bytes, small)) {
        for (std::size_t i = 0; i < (*wb)->sheet_names().size() && i < 8; ++i) {
            long rows = 0;
            (void)(*wb)->read_sheet(i, [&](long row, const std::vector<XlsxCell>& cells) {
                FUZZ_EXPECT(row >= 1 && row <= kXlsxMaxRow);
                for (const auto& c : cells) FUZZ_EXPECT(c.column >= 1 && c.column <= kXlsxMaxColumn);
                return ++rows < 10000;
            });
        }
    }
    static const Plan base = *planner::make_template(catalog, 3, std::nullopt);
    for (SheetFormat f : {SheetFormat::xlsx, SheetFormat::csv}) {
        for (const Plan* b : {&base, static_cast<const Plan*>(nullptr)}) {
            ImportOutcome got = import_spreadsheet(bytes, f, "fuzz", catalog, b);
            FUZZ_EXPECT(got.plan.has_value() == got.errors.empty());
            for (const auto& e : got.errors) (void)e.describe(Lang::zh);
            if (!got.plan) continue;
            auto again = read_plan(write_plan(*got.plan));
            if (again) FUZZ_EXPECT(write_plan(*again) == write_plan(*got.plan));
        }
    }
    return 0;
}
