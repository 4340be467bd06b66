# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers of the spreadsheet tests: run cofund, read check -O json totals,
compare numbers to the fen. Money is compared as Decimal from the cell's own
text (repr of the double), never as a float sum."""
import json
import subprocess
import sys
from decimal import Decimal, ROUND_HALF_EVEN


def run(args, expect=(0,)):
    p = subprocess.run(args, capture_output=True, text=True)
    if p.returncode not in expect:
        sys.exit(f"FAIL: {' '.join(args)} exited {p.returncode}\n{p.stdout}\n{p.stderr}")
    return p


def check_json(cofund, plan):
    p = run([cofund, "check", "-O", "json", plan], expect=(0, 1))
    doc = json.loads(p.stdout)
    if isinstance(doc, list):
        doc = doc[0]
    return doc


def fen(value):
    """A cell's number as Decimal yuan, to the fen (a double's rounding aside)."""
    d = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    q = d.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    if abs(d - q) > abs(d) * Decimal(2) ** -48 + Decimal("1e-9"):
        raise AssertionError(f"{value} is not a whole fen")
    return q


failures = []


def expect(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def finish():
    if failures:
        sys.exit(f"{len(failures)} failure(s)")
    print("ok")
