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
3. the Tasks sheet, recalculated, equals `check -O json` totals.by_task to the
   fen (the row of lines without a task included); the Basis sheet's
   differences are 0 for the annex 3 example and -0.01 for the failing example
   whose basis is one fen off.
4. a factor edited with openpyxl on the Basis sheet → LibreOffice recalculates
   → the difference shows the edit, and `import` without --base gives the
   edited basis (and `check` its basis.sum error).
5. an amount typed as text ('150万', issue 29) → LibreOffice recalculates → the
   Check sheet counts one text amount and its verdict turns to ✗ (its formulas
   count the text as 0); `import` reads it as 1,500,000.00 and names its cell.
6. a plan whose lines name units (issue 26) → LibreOffice recalculates → the
   Units sheet equals `check -O json` totals.by_unit to the fen, and the saved
   workbook imports back (--base) to the same plan, Unit column included.
7. the form's own totals (declared[], issue 25) → LibreOffice recalculates → each
   declared row of the Check sheet sums the lines under its heading, and fails
   exactly where `cofund check` finds declared.sum; a line edited with openpyxl
   makes 业务费's row pass, and the imported plan has no declared.sum there.

usage: libreoffice_recalc.py COFUND SOURCE_DIR WORK_DIR"""
import json
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


def recalc(paths, outdir):
    """Opens every file of `paths` in one headless LibreOffice Calc, recalculates every formula and saves each as
    .xlsx in outdir; returns the saved files in the same order. One LibreOffice start for all of them: its start
    is most of its time (issue 13, the test command's time). The inputs' names must differ."""
    assert len({os.path.basename(p) for p in paths}) == len(paths), paths
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outdir, *paths],
                   check=True, capture_output=True, timeout=600)
    out = [os.path.join(outdir, os.path.basename(p)) for p in paths]
    for o in out:
        assert os.path.exists(o), o
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


TASKS = {"zh": "任务", "en": "Tasks", "ru": "Задачи"}
BASIS = {"zh": "测算依据", "en": "Basis", "ru": "Обоснование"}


def task_rows(path, lang):
    """{task id or "": (fiscal, self-raised, total)} and the total row, from the recalculated Tasks sheet."""
    ws = openpyxl.load_workbook(path, data_only=True)[TASKS[lang]]
    rows = [r for r in ws.iter_rows(min_row=2, values_only=True)]
    by = {(r[0] or ""): tuple(fen(v) for v in r[5:8]) for r in rows[:-1]}
    return by, tuple(fen(v) for v in rows[-1][5:8])


def basis_differences(path, lang):
    """The Basis sheet's difference cells (last column) that hold a value, as Decimal yuan to the fen."""
    ws = openpyxl.load_workbook(path, data_only=True)[BASIS[lang]]
    return [fen(r[-1]) for r in ws.iter_rows(min_row=2, values_only=True) if r[-1] is not None]


def by_task_want(doc):
    return {k: (fen(v["fiscal"]) + fen(v["other_fiscal"]), fen(v["self_raised"]), fen(v["total"]))
            for k, v in doc["totals"]["by_task"].items()}


plan = os.path.join(src, "examples", "annex3-fruit-veg-processing.plan.json")
fen_off = os.path.join(src, "examples", "failing", "general4-basis-one-fen-off.plan.json")
LANGS = ("zh", "en", "ru")
want = check_json(cofund, plan)["totals"]
doc = check_json(cofund, plan)

# The exported workbooks: the annex 3 example in each language, and the failing
# example whose equipment basis is one fen short of its line.
books = {lang: os.path.join(work, f"budget-{lang}.xlsx") for lang in LANGS}
for lang, book in books.items():
    run([cofund, "export", plan, "-o", book, "--lang", lang])
fen_off_book = os.path.join(work, "fen-off.xlsx")
run([cofund, "export", fen_off, "-o", fen_off_book, "--lang", "zh"])
# 6. a plan whose lines name units: its Units sheet (issue 26), moved to partner P1 by one line.
units_plan = os.path.join(src, "examples", "annex2-units-enterprise-matching.plan.json")
units_book = os.path.join(work, "units-en.xlsx")
run([cofund, "export", units_plan, "-o", units_book, "--lang", "en"])

# Edits made with openpyxl (made on the exported files, before any recalculation):
# 2. in each language the last self-raised line loses 600,000.01;
edited = {}
for lang, book in books.items():
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
    edited[lang] = os.path.join(work, f"edited-{lang}.xlsx")
    wb.save(edited[lang])
# 4. a factor of the Basis sheet: the first item (等压杀菌釜, 1 台 × 380,000.00) becomes 3 台.
wb = openpyxl.load_workbook(books["en"])
ws = wb[BASIS["en"]]
expect(ws["C2"].value == "等压杀菌釜" and ws["D2"].value == 1, f"Basis!C2:D2 {ws['C2'].value} {ws['D2'].value}")
ws["D2"].value = 3
basis_edited = os.path.join(work, "basis-edited-en.xlsx")
wb.save(basis_edited)

# 5. an amount typed as text: the first line's amount becomes the text "150万".
wb = openpyxl.load_workbook(books["zh"])
wb.worksheets[2]["G2"].value = "150万"
text_amount = os.path.join(work, "text-amount-zh.xlsx")
wb.save(text_amount)

# 7. the form's own totals (declared[], issue 25): the failing example whose 业务费 the form says 297,000.00 and
# its lines add up to 295,000.00, exported in zh; and the same workbook with a materials fiscal line raised by
# 2,000.00 with openpyxl, so that the lines now add up to the form's figure.
slips = os.path.join(src, "examples", "failing", "general4-justification-slips.plan.json")
slips_book = os.path.join(work, "slips-zh.xlsx")
run([cofund, "export", slips, "-o", slips_book, "--lang", "zh"])
wb = openpyxl.load_workbook(slips_book)
wb_values = openpyxl.load_workbook(slips_book, data_only=True).worksheets[2]
target = None
for row in wb_values.iter_rows(min_row=2):
    if row[1].value == "materials" and row[3].value == "fiscal":
        target = wb.worksheets[2][row[6].coordinate]
        break
assert target is not None
target.value = float(Decimal(repr(target.value)) + Decimal("2000"))
slips_edited = os.path.join(work, "slips-edited-zh.xlsx")
wb.save(slips_edited)

# LibreOffice recalculates all eleven workbooks and saves them, in one start.
originals = [books[lang] for lang in LANGS] + [fen_off_book, units_book, slips_book]
changed = [edited[lang] for lang in LANGS] + [basis_edited, text_amount, slips_edited]
saved = dict(zip(originals + changed, recalc(originals + changed, os.path.join(work, "lo"))))

for lang in LANGS:
    # 1. LibreOffice's own recalculation of the untouched workbook.
    lo = saved[books[lang]]
    got = sheet_totals(lo)
    expect(got["total"] == fen(want["total"]), f"{lang}: LibreOffice total {got['total']} != {want['total']}")
    expect(got["fiscal"] == fen(want["fiscal"]), f"{lang}: LibreOffice fiscal {got['fiscal']}")
    verdict = [r[4] for r in got["check_rows"] if r[6] in (0, 1)][-1]
    expect(verdict.startswith("✓"), f"{lang}: unedited verdict {verdict}")
    # 3. The Tasks sheet and the Basis sheet, as LibreOffice computes them.
    by, total_row = task_rows(lo, lang)
    for task, sums in by_task_want(doc).items():
        expect(by.get(task) == sums, f"{lang}: Tasks sheet {task or '(no task)'} {by.get(task)} != {sums}")
    expect(total_row[2] == fen(doc["totals"]["total"]), f"{lang}: Tasks sheet total {total_row}")
    diffs = basis_differences(lo, lang)
    expect(len(diffs) >= 10 and all(d == 0 for d in diffs), f"{lang}: Basis differences {diffs}")
    back = os.path.join(work, f"back-{lang}.plan.json")
    run([cofund, "import", lo, "--base", plan, "-o", back])
    p = run([cofund, "diff", plan, back], expect=(0, 1))
    expect(p.returncode == 0, f"{lang}: the workbook LibreOffice saved imports to a different plan:\n{p.stdout}")

    # 2. The edit: LibreOffice's totals follow it, the verdict turns, the import fails the ratio.
    lo2 = saved[edited[lang]]
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

# 3. The failing example: one Basis difference of -0.01.
diffs = basis_differences(saved[fen_off_book], "zh")
expect(Decimal("-0.01") in diffs and sum(1 for d in diffs if d != 0) == 1,
       f"fen-off: Basis differences {diffs}, want one of -0.01")

# 6. The Units sheet, recalculated, equals `check -O json` totals.by_unit to the fen, and the workbook imports back.
units_doc = check_json(cofund, units_plan)
ws = openpyxl.load_workbook(saved[units_book], data_only=True)["Units"]
rows = [r for r in ws.iter_rows(min_row=2, values_only=True)]
for u, r in zip(units_doc["totals"]["by_unit"]["units"], rows):
    got_u = tuple(fen(v) for v in r[3:6])
    want_u = (fen(u["fiscal"]) + fen(u["other_fiscal"]), fen(u["self_raised"]), fen(u["total"]))
    expect(got_u == want_u, f"Units sheet {u['unit'] or '(applicant)'} {got_u} != {want_u}")
expect(fen(rows[len(units_doc["totals"]["by_unit"]["units"])][5]) == fen(units_doc["totals"]["total"]),
       f"Units sheet total {rows[-1]}")
units_back = os.path.join(work, "units-back.plan.json")
run([cofund, "import", saved[units_book], "--base", units_plan, "-o", units_back])
p = run([cofund, "diff", units_plan, units_back], expect=(0, 1))
expect(p.returncode == 0, f"the units workbook LibreOffice saved imports to a different plan:\n{p.stdout}")

# 4. The factor edit: the difference shows it, and `import` without --base gives the
# edited basis (and `check` its basis.sum error).
lo3 = saved[basis_edited]
diffs = basis_differences(lo3, "en")
expect(diffs[0] == Decimal("760000"), f"after the factor edit the first difference is {diffs[0]}, not 760,000")
imported = os.path.join(work, "basis-edited.plan.json")
run([cofund, "import", lo3, "-o", imported])
with open(imported, encoding="utf-8") as fh:
    got = json.load(fh)
expect(got["budget"][0]["basis"][0]["factors"][0]["value"] == "3",
       f"imported factor {got['budget'][0]['basis'][0]['factors'][0]}")
expect(got["budget"][0].get("task") == "a3.t2", f"imported task {got['budget'][0].get('task')}")
checked = check_json(cofund, imported)
rules = {f["rule"] for f in checked["findings"] if f["severity"] == "error"}
expect("basis.sum" in rules, f"the imported plan's errors are {sorted(rules)}")
# 5. The text amount: counted on the Check sheet, the verdict ✗; import names it.
got5 = sheet_totals(saved[text_amount])
counted = [r for r in got5["check_rows"] if r[0] and "文本" in r[0]]
expect(len(counted) == 1 and counted[0][1] == 1 and counted[0][6] == 0,
       f"text amount: the Check sheet's row is {counted}")
verdict5 = [r[4] for r in got5["check_rows"] if r[6] in (0, 1)][-1]
expect(verdict5.startswith("✗"), f"text amount: the verdict is {verdict5}")
p = run([cofund, "import", saved[text_amount], "--base", plan, "-o", os.path.join(work, "text-amount.plan.json")])
expect("预算明细!G2: the amount \"150万\" is text: read as 1,500,000.00 yuan" in p.stderr,
       f"text amount: import said {p.stderr!r}")

# 7. The declared rows of the Check sheet, as LibreOffice computes them: each heading's sum is what its lines add
# up to (reckoned here from the plan file), and its verdict fails exactly where `cofund check` finds declared.sum;
# after the edit, 业务费's sum is 297,000.00, its row passes, and the imported plan has no declared.sum there.
def as_list(v):
    return [] if v is None else v if isinstance(v, list) else [v]


def declared_rows(path):
    """{heading: (sum, met)} of the Check sheet's declared rows."""
    rows = openpyxl.load_workbook(path, data_only=True).worksheets[1].iter_rows(min_row=2, values_only=True)
    out = {}
    for r in rows:
        if r[0] and r[0].startswith("申报书表中“"):
            out[r[0][len("申报书表中“"):r[0].index("”")]] = (fen(r[1]), r[6])
    return out


with open(slips, encoding="utf-8") as fh:
    slips_doc = json.load(fh)
flagged = {f["path"] for f in check_json(cofund, slips)["findings"] if f["rule"] == "declared.sum"}
got7 = declared_rows(saved[slips_book])
expect(len(got7) == len(slips_doc["declared"]), f"declared rows {sorted(got7)}")
for k, d in enumerate(slips_doc["declared"]):
    cats, srcs = as_list(d.get("categories")), as_list(d.get("source"))
    want_sum = sum((Decimal(line["amount"]) for line in slips_doc["budget"]
                    if (not cats or line["category"] in cats) and (not srcs or line["source"] in srcs)
                    and (not d.get("equipment") or line.get("equipment") == d["equipment"])), Decimal("0"))
    got_sum, met = got7.get(d["heading"], (None, None))
    expect(got_sum == want_sum, f"declared {d['heading']}: LibreOffice's sum {got_sum} != the lines' {want_sum}")
    expect((met == 0) == (f"/declared/{k}/amount" in flagged),
           f"declared {d['heading']}: met {met}, check flags {sorted(flagged)}")
expect("/declared/2/amount" in flagged, f"the slips example's declared.sum findings {sorted(flagged)}")
got7e = declared_rows(saved[slips_edited])
expect(got7e["业务费"] == (Decimal("297000.00"), 1), f"after the edit 业务费's row is {got7e.get('业务费')}")
# The Expenditure sheet's row of equipment purchase (under the total), recalculated: L1, 2018 fiscal, 150,000.00.
exp = openpyxl.load_workbook(saved[slips_book], data_only=True).worksheets[4]
purchase_rows = [r for r in exp.iter_rows(min_row=2, values_only=True) if r[0] == "其中：购置设备费"]
expect(len(purchase_rows) == 1 and fen(purchase_rows[0][1]) == Decimal("150000.00")
       and fen(purchase_rows[0][-1]) == Decimal("150000.00"), f"Expenditure purchase row {purchase_rows}")
slips_back = os.path.join(work, "slips-edited.plan.json")
run([cofund, "import", saved[slips_edited], "--base", slips, "-o", slips_back])
flagged_back = {f["path"] for f in check_json(cofund, slips_back)["findings"] if f["rule"] == "declared.sum"}
expect("/declared/2/amount" not in flagged_back, f"the edited import still has declared.sum {sorted(flagged_back)}")
finish()
