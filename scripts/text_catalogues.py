#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""List the English texts translated in both catalogues (docs/architecture.md,
"Languages"): a Text{zh, en, ru} or say(zh, en, ru, ...) in the C++ of model/,
planner/ and ui/src, and a <source> of a Qt .ts file. Run from the source tree:

    python3 scripts/text_catalogues.py

Prints each such text with the files on either side, then the .ts entries no
Qt code uses any more; exits 1 when some text is in both.
"""
import glob
import html
import re
import sys

LITERAL = r'"((?:[^"\\]|\\.)*)"'
TEXT = re.compile(r'(?:Text\s*\w*\s*\{|say\()\s*' + LITERAL + r'\s*,\s*' + LITERAL, re.S)


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
        for m in re.finditer(r'(?:' + LITERAL + r'\s*)+', open(f, encoding='utf-8').read()):  # "a" "b" is "ab"
            qt_literals.add(unescape(''.join(re.findall(LITERAL, m.group(0)))))
    stale = sorted(t for t in tr if t not in qt_literals)
    tr = {t: files for t, files in tr.items() if t in qt_literals}
    texts = {}
    sources = [f for pattern in ('model/**/*.cpp', 'model/**/*.h', 'planner/**/*.cpp', 'planner/**/*.h',
                                 'ui/src/*.cpp', 'ui/src/*.h') for f in glob.glob(pattern, recursive=True)]
    for f in sources:
        for m in TEXT.finditer(open(f, encoding='utf-8').read()):
            texts.setdefault(unescape(m.group(2)), set()).add(f)
    both = sorted(t for t in texts if t in tr and t.strip(' ,;:'))
    for t in both:
        print(f'{t!r}\n    Text: {", ".join(sorted(texts[t]))}\n    tr:   {", ".join(sorted(tr[t]))}')
    print(f'{len(both)} texts in both catalogues')
    if stale:
        print(f'{len(stale)} .ts entries whose text no Qt code has any more (stale): ' + ', '.join(map(repr, stale)))
    return 1 if both else 0


if __name__ == '__main__':
    sys.exit(main())
