// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheet_io.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <map>
#include <tuple>
#include <vector>

#include "app_language.h"
#include "cofund/plan_io.h"
#include "cofund/planner/export.h"
#include "cofund/planner/files.h"
#include "cofund/planner/spreadsheet.h"
#include "cofund/planner/xlsx_read.h"
#include "document.h"
#include "models.h"

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
    if (got.errors_cut) out.refusals << text(planner::refusals_cut_words());
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
    // The History says what changed, cell by cell (it said only "Import from X.xlsx").
    using Place = std::tuple<int, Category, Source>;
    auto sums = [](const Plan& p) {
        std::map<Place, Money> out;
        for (const BudgetLine& l : p.budget) {
            Money& m = out[Place{l.year, l.category, l.source}];
            m = m + l.amount;
        }
        return out;
    };
    const auto was = sums(base), is = sums(*got.plan);
    std::vector<std::tuple<Place, Money, Money>> cells;
    for (const auto& [place, m] : is)
        if (auto it = was.find(place); it == was.end() ? !m.is_zero() : it->second != m)
            cells.emplace_back(place, it == was.end() ? Money() : it->second, m);
    for (const auto& [place, m] : was)
        if (!is.count(place) && !m.is_zero()) cells.emplace_back(place, m, Money());
    const Catalog* cat = &doc->catalog();
    const QString name = info.fileName();
    out.applied = doc->edit(
        [name, cells, cat] {
            if (cells.empty()) return SpreadsheetIo::tr("Import from %1").arg(name);
            QStringList shown;
            for (std::size_t k = 0; k < cells.size() && k < 3; ++k) {
                const auto& [place, from, to] = cells[k];
                shown << SpreadsheetIo::tr("%1 · %2 · %3: %4 → %5 万元")
                             .arg(cofund::ui::text(cat->category_name(std::get<1>(place))))
                             .arg(std::get<0>(place))
                             .arg(sourceShortName(std::get<2>(place)), formatMoney(from, MoneyUnit::wan),
                                  formatMoney(to, MoneyUnit::wan));
            }
            if (cells.size() > 3) shown << QStringLiteral("…");
            return SpreadsheetIo::tr("Import from %1, %n cell(s) changed: %2", nullptr, int(cells.size()))
                .arg(name, shown.join(QStringLiteral("; ")));
        },
        std::move(*got.plan));
    return out;
}

QString exportSheet(const Document* doc, const QString& path) {
    Result<bool> r = planner::write_export(doc->plan(), doc->catalog(), lang(), path.toStdString());
    return r ? QString() : describe(r.error());
}

}  // namespace cofund::ui
