// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File › Import from spreadsheet and File › Export spreadsheet: the desktop app's
// side of `cofund import` and `cofund export`, calling the same jobs
// (planner/spreadsheet.h import_spreadsheet, planner/export.h write_export).

#include <QString>
#include <QStringList>

namespace cofund::ui {

class Document;

struct SheetImport {
    bool applied = false;  ///< the plan changed, as one undo command
    QStringList refusals;  ///< "预算明细!G7: …" in the interface language; nothing changed when any
    QStringList notices;   ///< columns ignored and the like
};

/// Reads the budget lines of a workbook or CSV (by the path's extension) over
/// the open plan (its base: everything the sheet does not hold is kept) and
/// applies the result as ONE undo command. On any refusal nothing changes.
SheetImport importSheet(Document* doc, const QString& path);

/// Writes the open plan as a workbook or CSV (by the path's extension) in the
/// interface language. Empty on success, else the message.
QString exportSheet(const Document* doc, const QString& path);

}  // namespace cofund::ui
