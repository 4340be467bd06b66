// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheet_io.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "app_language.h"
#include "cofund/plan_io.h"
#include "cofund/planner/export.h"
#include "cofund/planner/files.h"
#include "cofund/planner/spreadsheet.h"
#include "cofund/planner/xlsx_read.h"
#include "document.h"

namespace cofund::ui {

namespace {
// The context of this file's texts in the .ts files.
class SpreadsheetIo {
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetIo)
};
}  // namespace

SheetImport importSheet(Document* doc, const QString& path) {
    SheetImport out;
    const QFileInfo info(path);
    const QString ext = info.suffix().toLower();
    planner::SheetFormat format;
    if (ext == QLatin1String("xlsx"))
        format = planner::SheetFormat::xlsx;
    else if (ext == QLatin1String("csv"))
        format = planner::SheetFormat::csv;
    else {
        out.refusals << SpreadsheetIo::tr("%1: cannot tell the spreadsheet format: use a .xlsx or .csv file")
                            .arg(info.fileName());
        return out;
    }
    Result<std::string> bytes = planner::read_input(path.toStdString(), planner::XlsxLimits{}.max_file_bytes);
    if (!bytes) {
        out.refusals << QStringLiteral("%1: %2").arg(info.fileName(), describe(bytes.error()));
        return out;
    }
    const Plan base = doc->plan();
    planner::ImportOutcome got = planner::import_spreadsheet(
        std::move(*bytes), format, info.completeBaseName().toStdString(), doc->catalog(), &base);
    for (const auto& n : got.notices) out.notices << qs(n.describe(lang()));
    for (const auto& e : got.errors) out.refusals << qs(e.describe(lang()));
    if (got.errors_cut) out.refusals << SpreadsheetIo::tr("more refusals not listed; reading stopped");
    if (!got.plan) {
        if (out.refusals.isEmpty()) out.refusals << SpreadsheetIo::tr("the spreadsheet gave no plan");
        return out;
    }
    // As `cofund import` does: the plan must read back as one the checker accepts.
    const std::string text = write_plan(*got.plan);
    if (text.size() > planner::kMaxPlanBytes) {
        out.refusals << SpreadsheetIo::tr("the plan would be larger than a plan file may be; nothing changed");
        return out;
    }
    if (Result<Plan> again = planner::parse_plan(text, doc->catalog()); !again) {
        out.refusals << describe(again.error());
        return out;
    }
    const QString name = info.fileName();
    out.applied = doc->edit([name] { return SpreadsheetIo::tr("Import from %1").arg(name); }, std::move(*got.plan));
    return out;
}

QString exportSheet(const Document* doc, const QString& path) {
    Result<bool> r = planner::write_export(doc->plan(), doc->catalog(), lang(), path.toStdString());
    return r ? QString() : describe(r.error());
}

}  // namespace cofund::ui
