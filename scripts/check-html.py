#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A strict HTML5 check of Cofund's reports: every file named must parse
without a single parse error (html5lib, strict), use no element or attribute
the HTML standard calls obsolete, carry each id once (inline SVGs included),
and pass HTML Tidy without a warning. Prints one line per problem, exits 1
when there is any. Debian 12: python3-html5lib, tidy."""

import subprocess
import sys

import html5lib

# HTML Living Standard, "Obsolete features": elements and presentational attributes.
OBSOLETE_ELEMENTS = {
    "acronym", "applet", "basefont", "bgsound", "big", "blink", "center", "dir", "font", "frame", "frameset",
    "isindex", "keygen", "listing", "marquee", "menuitem", "multicol", "nextid", "nobr", "noembed", "noframes",
    "plaintext", "rb", "rtc", "spacer", "strike", "tt", "xmp",
}
OBSOLETE_ATTRIBUTES = {
    "*": {"align", "valign", "bgcolor", "background", "char", "charoff", "hspace", "vspace", "clear", "nowrap",
          "frame", "rules", "summary", "axis"},
    "table": {"width", "height", "cellpadding", "cellspacing", "bordercolor"},
    "td": {"width", "height"},
    "th": {"width", "height"},
    "tr": {"height"},
    "col": {"width"},
    "hr": {"color", "noshade", "size", "width"},
    "body": {"link", "vlink", "alink", "text", "marginheight", "marginwidth", "leftmargin", "topmargin"},
}
HTML_NS = "http://www.w3.org/1999/xhtml"


def check(path):
    problems = []
    with open(path, "rb") as f:
        data = f.read()
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=True)
    doc = parser.parse(data)
    for pos, code, datavars in parser.errors:
        problems.append(f"{path}:{pos[0]}:{pos[1]}: parse error {code} {datavars}")
    ids = {}
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        ns, _, name = el.tag[1:].partition("}")
        if ns == HTML_NS:
            if name in OBSOLETE_ELEMENTS:
                problems.append(f"{path}: obsolete element <{name}>")
            bad = OBSOLETE_ATTRIBUTES["*"] | OBSOLETE_ATTRIBUTES.get(name, set())
            for attr in el.attrib:
                if attr in bad:
                    problems.append(f"{path}: obsolete attribute {attr} on <{name}>")
            if name == "table" and el.attrib.get("border", "1") not in ("", "1"):
                problems.append(f"{path}: obsolete border value on <table>")
        ident = el.attrib.get("id")
        if ident is not None:
            if ident == "" or any(c.isspace() for c in ident):
                problems.append(f"{path}: bad id {ident!r} on <{name}>")
            if ident in ids:
                problems.append(f"{path}: duplicate id {ident!r} on <{name}>")
            ids[ident] = name
    if doc.find(f".//{{{HTML_NS}}}title") is None:
        problems.append(f"{path}: no <title>")
    tidy = subprocess.run(["tidy", "-q", "-e", "--show-warnings", "yes", "--show-info", "no", path],
                          capture_output=True, text=True)
    for line in tidy.stderr.splitlines():
        if line.strip():
            problems.append(f"{path}: tidy: {line}")
    return problems


def main(paths):
    problems = [p for path in paths for p in check(path)]
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
