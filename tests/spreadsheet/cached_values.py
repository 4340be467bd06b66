#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The workbook `cofund export` writes, opened by openpyxl (a reader that does
not recalculate): every formula carries its value, and the cached totals equal
`cofund check -O json` to the fen, in zh, en and ru, for every example.

usage: cached_values.py COFUND SOURCE_DIR WORK_DIR"""
import glob
import os
import sys

import openpyxl

from common import check_json, expect, fen, finish, run

cofund, src, work = sys.argv[1:4]
os.makedirs(work, exist_ok=True)
plans = sorted(glob.glob(os.path.join(src, "examples", "*.plan.json")) +
               glob.glob(os.path.join(src, "examples", "failing", "*.plan.json")))
assert len(plans) >= 20, plans
for plan in plans:
    doc = check_json(cofund, plan)
    totals = doc["totals"]
    for lang in ("zh", "en", "ru"):
        name = f"{os.path.basename(plan)} {lang}"
        book = os.path.join(work, f"cached-{lang}.xlsx")
        run([cofund, "export", plan, "-o", book, "--lang", lang])
        formulas = openpyxl.load_workbook(book)
        values = openpyxl.load_workbook(book, data_only=True)
        project, check, lines, sources, expenditure = values.worksheets[:5]
        # Every formula cell has a cached value.
        for ws_f, ws_v in zip(formulas.worksheets, values.worksheets):
            for row_f, row_v in zip(ws_f.iter_rows(), ws_v.iter_rows()):
                for cf, cv in zip(row_f, row_v):
                    if isinstance(cf.value, str) and cf.value.startswith("="):
                        expect(cv.value is not None, f"{name}: {ws_f.title}!{cf.coordinate} has no cached value")
        # The Sources sheet's grand total and the Lines sheet's amounts.
        last_col = sources.max_column
        grand = sources.cell(row=8, column=last_col).value
        expect(fen(grand) == fen(totals["total"]), f"{name}: Sources total {grand} != {totals['total']}")
        fiscal = sources.cell(row=2, column=last_col).value
        expect(fen(fiscal) == fen(totals["fiscal"]), f"{name}: Sources fiscal {fiscal} != {totals['fiscal']}")
        lines_sum = sum(fen(r[6]) for r in lines.iter_rows(min_row=2, values_only=True) if r[6] is not None)
        expect(lines_sum == fen(totals["total"]), f"{name}: Lines add to {lines_sum}, not {totals['total']}")
        exp_total = expenditure.cell(row=15, column=expenditure.max_column).value
        expect(fen(exp_total) == fen(totals["total"]), f"{name}: Expenditure total {exp_total}")
        # The Tasks sheet's cached sums are check's totals.by_task (the row of lines without a task is "").
        tasks_name = {"zh": "任务", "en": "Tasks", "ru": "Задачи"}[lang]
        if "by_task" in totals:
            rows = list(values[tasks_name].iter_rows(min_row=2, values_only=True))[:-1]
            got = {(r[0] or ""): (fen(r[5]), fen(r[6]), fen(r[7])) for r in rows}
            for task, t in totals["by_task"].items():
                want = (fen(t["fiscal"]) + fen(t["other_fiscal"]), fen(t["self_raised"]), fen(t["total"]))
                expect(got.get(task) == want, f"{name}: Tasks sheet {task or '(no task)'} {got.get(task)} != {want}")
        # The check sheet's verdict agrees with the check's findings of the rules it recalculates (the form's own
        # totals, declared.sum, since issue 25).
        verdicts = [r[4] for r in check.iter_rows(min_row=2, values_only=True) if r[6] in (0, 1)]
        expect(all(v.startswith(("✓", "✗")) for v in verdicts), f"{name}: verdicts {verdicts}")
        errors = {f["rule"] for f in doc["findings"] if f["severity"] == "error"}
        money_fails = bool(errors & {"cofunding.ratio", "support.range", "declared.sum"})
        expect(verdicts[-1].startswith("✗") == money_fails,
               f"{name}: check sheet says {verdicts[-1]}, check's errors are {sorted(errors)}")
finish()
