#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""List the English texts translated in both catalogues (docs/architecture.md,
"Languages"): a Text{zh, en, ru} or say(zh, en, ru, ...) in the C++ of model/,
planner/ and ui/src, and a <source> of a Qt .ts file. Run from the source tree:

    python3 scripts/text_catalogues.py

Prints each such text with the files on either side, then the .ts entries no
Qt code uses any more; exits 1 when some text is in both (beyond the
exceptions below) or some .ts entry is stale. ctest runs it (text_catalogues).
"""
import glob
import html
import re
import sys

LITERAL = r'"((?:[^"\\]|\\.)*)"'
TEXT = re.compile(r'(?:Text\s*\w*\s*\{|say\()\s*' + LITERAL + r'\s*,\s*' + LITERAL, re.S)


# The same English words that are different texts, each translated where it is shown. Keep this short:
# a text that is the same concept on both sides moves to one Text instead (docs/architecture.md).
EXCEPTIONS = {
    # A column header or title of a table only Qt draws (the report's tables, the app's views and chart
    # tabs) beside a header of the workbook (planner/jobs/src/export.cpp, spreadsheet.cpp). Each table
    # names its own columns in its own layer, and the wording differs with the table (the report's
    # "Category" is 预算科目, the app's lines table's 科目; "Item" is the report's 测算项 and the app's
    # 明细); a translator reads Qt's with its context.
    'Category': 'header', 'Clause': 'header', 'Co-funding ratio': 'header', 'Indicator': 'header',
    'Item': 'header', 'Kind': 'header', 'Planned': 'header', 'Project': 'header', 'Source': 'header',
    'Status': 'header', 'Target': 'header', 'Total': 'header', 'Type': 'header', 'Unit': 'header',
    # The app's Basis editor names the column a refusal is about (with "name", "quantities", "price
    # unit", words only the app has); model/src/money.cpp's is the amount parser's own field name.
    'amount': 'the app names its Basis column',
    # The app's indicator state (met / short / missing, 达标); `portfolio`'s is a column header (指标达标).
    'met': 'a value in the app, a header in portfolio',
    # Three different absences: the app's equipment kind not given (未注明), `catalog`'s number not
    # stated by the call (未说明), the workbook's and report's indicator value not filled in (未填报).
    'not stated': 'three different absences',
    # After an amount in the app ("1 500 000,00 юаней", Russian genitive); the workbook's project sheet
    # names the unit on its own ("юани").
    'yuan': 'after a number in the app, a unit name in the workbook',
}


def without_comments(code):
    """The C++ code with its // and /* */ comments blanked (strings kept: a "//" in one stays)."""
    return re.sub(LITERAL + r"|'(?:[^'\\]|\\.)*'|//[^\n]*|/\*.*?\*/",
                  lambda m: m.group(0) if m.group(0)[0] in '"\'' else ' ', code, flags=re.S)


def unescape(s):
    return s.replace('\\"', '"').replace("\\'", "'").replace('\\n', '\n').replace('\\\\', '\\')


def main():
    tr = {}
    for f in glob.glob('translations/*_zh_CN.ts') + glob.glob('ui/translations/*_zh_CN.ts'):
        for m in re.finditer(r'<source>(.*?)</source>', open(f, encoding='utf-8').read(), re.S):
            tr.setdefault(html.unescape(m.group(1)), set()).add(f)
    # A .ts entry counts only where its text is still a string in the Qt code (a stale entry of a text
    # that moved out of tr() is listed apart).
    qt_literals = set()
    for f in glob.glob('planner/render/src/*.cpp') + glob.glob('ui/src/*.cpp') + glob.glob('ui/src/*.h'):
        code = without_comments(open(f, encoding='utf-8').read())
        for m in re.finditer(r'(?:' + LITERAL + r'\s*)+', code):  # "a" "b" is "ab"
            qt_literals.add(unescape(''.join(re.findall(LITERAL, m.group(0)))))
    stale = sorted(t for t in tr if t not in qt_literals)
    tr = {t: files for t, files in tr.items() if t in qt_literals}
    texts = {}
    sources = [f for pattern in ('model/**/*.cpp', 'model/**/*.h', 'planner/**/*.cpp', 'planner/**/*.h',
                                 'ui/src/*.cpp', 'ui/src/*.h') for f in glob.glob(pattern, recursive=True)]
    for f in sources:
        for m in TEXT.finditer(open(f, encoding='utf-8').read()):
            texts.setdefault(unescape(m.group(2)), set()).add(f)
    both = sorted(t for t in texts if t in tr and t.strip(' ,;:') and t not in EXCEPTIONS)
    for t in both:
        print(f'{t!r}\n    Text: {", ".join(sorted(texts[t]))}\n    tr:   {", ".join(sorted(tr[t]))}')
    print(f'{len(both)} texts in both catalogues')
    if stale:
        print(f'{len(stale)} .ts entries whose text no Qt code has any more (stale): ' + ', '.join(map(repr, stale)))
    return 1 if both or stale else 0


if __name__ == '__main__':
    sys.exit(main())
