#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The workbook as users live with it: recalculated by LibreOffice (headless),
edited with openpyxl and recalculated again, then imported back.

1. export → LibreOffice recalculates and saves → every total equals
   `cofund check -O json` to the fen, and the workbook LibreOffice wrote (shared
   strings, its own cell layout) imports to the same plan.
2. an amount edited with openpyxl (self-raised cut by 600,000.01, so the annex 3
   ratio misses by a fen) → LibreOffice recalculates → the check sheet's verdict
   turns to ✗ and its totals follow; the import gives a plan that `cofund check`
   fails on cofunding.ratio, with the same totals as the sheet.

usage: libreoffice_recalc.py COFUND SOURCE_DIR WORK_DIR"""
import os
import shutil
import subprocess
import sys
from decimal import Decimal

import openpyxl

from common import check_json, expect, fen, finish, run

cofund, src, work = sys.argv[1:4]
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
profile = "file://" + os.path.join(work, "lo-profile")


def recalc(path, outdir):
    """Opens `path` in LibreOffice Calc headless, recalculates every formula, saves as .xlsx in outdir."""
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outdir, path],
                   check=True, capture_output=True, timeout=600)
    out = os.path.join(outdir, os.path.basename(path))
    assert os.path.exists(out), out
    return out


def sheet_totals(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    check, sources = wb.worksheets[1], wb.worksheets[3]
    last = sources.max_column
    return {
        "total": fen(sources.cell(row=8, column=last).value),
        "fiscal": fen(sources.cell(row=2, column=last).value),
        "check_rows": [r for r in check.iter_rows(min_row=2, values_only=True)],
    }


plan = os.path.join(src, "examples", "annex3-fruit-veg-processing.plan.json")
for lang in ("zh", "en", "ru"):
    book = os.path.join(work, f"budget-{lang}.xlsx")
    run([cofund, "export", plan, "-o", book, "--lang", lang])

    # 1. LibreOffice's own recalculation of the untouched workbook.
    lo = recalc(book, os.path.join(work, f"lo-{lang}"))
    want = check_json(cofund, plan)["totals"]
    got = sheet_totals(lo)
    expect(got["total"] == fen(want["total"]), f"{lang}: LibreOffice total {got['total']} != {want['total']}")
    expect(got["fiscal"] == fen(want["fiscal"]), f"{lang}: LibreOffice fiscal {got['fiscal']}")
    verdict = [r[4] for r in got["check_rows"] if r[6] in (0, 1)][-1]
    expect(verdict.startswith("✓"), f"{lang}: unedited verdict {verdict}")
    back = os.path.join(work, f"back-{lang}.plan.json")
    run([cofund, "import", lo, "--base", plan, "-o", back])
    p = run([cofund, "diff", plan, back], expect=(0, 1))
    expect(p.returncode == 0, f"{lang}: the workbook LibreOffice saved imports to a different plan:\n{p.stdout}")

    # 2. An edit made with openpyxl: the last self-raised line loses 600,000.01.
    wb = openpyxl.load_workbook(book)
    lines = wb.worksheets[2]
    # Found by the cached source id (openpyxl sees the formulas, not their values, in `wb`).
    target = None
    wb_values = openpyxl.load_workbook(book, data_only=True).worksheets[2]
    for row in wb_values.iter_rows(min_row=2):
        if row[3].value == "self" and row[6].value >= 600000.01:
            target = lines[row[6].coordinate]
            break
    assert target is not None
    old = Decimal(repr(target.value))
    target.value = float(old - Decimal("600000.01"))
    edited = os.path.join(work, f"edited-{lang}.xlsx")
    wb.save(edited)
    lo2 = recalc(edited, os.path.join(work, f"lo-edited-{lang}"))
    got2 = sheet_totals(lo2)
    expect(got2["total"] == fen(want["total"]) - Decimal("600000.01"),
           f"{lang}: after the edit LibreOffice's total is {got2['total']}")
    verdict2 = [r[4] for r in got2["check_rows"] if r[6] in (0, 1)][-1]
    expect(verdict2.startswith("✗"), f"{lang}: the edited workbook's verdict is {verdict2}")
    missing = [r for r in got2["check_rows"] if r[5] == "annex3.req.4" and r[1] is not None][-1]
    expect(fen(missing[1]) == Decimal("0.01"), f"{lang}: self-raised still missing {missing[1]}, not 0.01")
    imported = os.path.join(work, f"edited-{lang}.plan.json")
    run([cofund, "import", lo2, "--base", plan, "-o", imported])
    checked = check_json(cofund, imported)
    expect(fen(checked["totals"]["total"]) == got2["total"], f"{lang}: imported total {checked['totals']['total']}")
    rules = {f["rule"] for f in checked["findings"] if f["severity"] == "error"}
    expect("cofunding.ratio" in rules, f"{lang}: the imported plan's errors are {sorted(rules)}")
finish()
