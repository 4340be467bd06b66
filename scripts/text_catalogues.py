#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""List the English texts translated in both catalogues (docs/architecture.md,
"Languages"): a Text{zh, en, ru} or say(zh, en, ru, ...) in the C++ of model/,
planner/ and ui/src, and a <source> of a Qt .ts file. Run from the source tree:

    python3 scripts/text_catalogues.py

Prints each such text with the files on either side; exits 1 when there is any.
"""
import glob
import html
import re
import sys

LITERAL = r'"((?:[^"\\]|\\.)*)"'
TEXT = re.compile(r'(?:Text\s*\w*\s*\{|say\()\s*' + LITERAL + r'\s*,\s*' + LITERAL, re.S)


def unescape(s):
    return s.replace('\\"', '"').replace('\\n', '\n').replace('\\\\', '\\')


def main():
    tr = {}
    for f in glob.glob('translations/*_zh_CN.ts') + glob.glob('ui/translations/*_zh_CN.ts'):
        for m in re.finditer(r'<source>(.*?)</source>', open(f, encoding='utf-8').read(), re.S):
            tr.setdefault(html.unescape(m.group(1)), set()).add(f)
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
    return 1 if both else 0


if __name__ == '__main__':
    sys.exit(main())
