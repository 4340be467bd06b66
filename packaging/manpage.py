#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the manual pages cofund.1 and cofund-gui.1 from the programs' own
--help texts, so that the help is written once (in the commands' sources) and
the pages follow it. Run by the build (packaging/CMakeLists.txt):

  manpage.py COFUND COFUND_GUI VERSION DOCDIR OUTDIR

cofund.1 holds `cofund --help` and, a section each, `cofund COMMAND --help` for
every command that `cofund --list-options` names. A help text reads as:
description lines, a "Usage:" line, blocks of entries (an optional heading such
as "Options:", then "  TERM   description" with the description at one column,
longer descriptions continued at that column), and a footer (paragraphs, and
indented example lines kept as they are).
"""
import re
import subprocess
import sys


def run(*argv):
    return subprocess.run(argv, check=True, capture_output=True, text=True).stdout


def esc(text):
    """Roff-escapes prose: backslashes, and the dashes of option-like words
    (--lang, -O, -) so that they print as minus signs, not hyphens."""
    text = text.replace('\\', '\\e')
    return re.sub(r'(?<![\w\\])-[-\w|=,.*]*', lambda m: m.group(0).replace('-', '\\-'), text)


def esc_verbatim(text):
    return text.replace('\\', '\\e').replace('-', '\\-')


def line_start(text):
    """A roff text line must not start with a control character."""
    return '\\&' + text if text[:1] in ('.', "'") else text


def column_of(lines):
    """The column at which the entries' descriptions start: where most lines
    with a two-space gap after an indented term put them."""
    counts = {}
    for line in lines:
        m = re.match(r'^  \S.*?\S?  +(?=\S)', line)
        if m:
            counts[m.end()] = counts.get(m.end(), 0) + 1
    return max(counts, key=counts.get) if counts else 0


def is_term(term, names):
    first = re.split(r'[ ,]', term, maxsplit=1)[0]
    return first.startswith('-') or first in names or re.fullmatch(r'[A-Z][A-Z0-9_]*', first) is not None


def parse_entries(block, col, names):
    """[(term, description)] if every line of `block` is an entry or its
    continuation, else None."""
    entries = []
    i = 0
    while i < len(block):
        line = block[i]
        if not line.startswith('  ') or line[2] == ' ':
            return None
        continued = i + 1 < len(block) and col and not block[i + 1][:col].strip()
        if col and len(line) > col and line[col - 1] == ' ' and line[col] != ' ' and line[:col].strip():
            term, desc = line[:col].strip(), line[col:].strip()
        elif continued:
            term, desc = line.strip(), ''  # a term too long for the column: its description follows
        else:
            return None
        if not is_term(term, names):
            return None
        i += 1
        while i < len(block) and col and not block[i][:col].strip() and len(block[i]) > col:
            desc = (desc + ' ' + block[i].strip()).strip()
            i += 1
        entries.append((term, desc))
    return entries


def blocks_of(lines):
    blocks, current = [], []
    for line in lines:
        if line.strip():
            current.append(line.rstrip())
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def parse_help(text, names):
    """(description lines, usage lines, [(heading, entries)], footer blocks)."""
    lines = text.rstrip('\n').split('\n')
    u = next(i for i, l in enumerate(lines) if l.lower().startswith('usage:'))
    description = [l for l in lines[:u] if l.strip()]
    usage = [lines[u][len('usage:'):].strip()]
    k = u + 1
    while k < len(lines) and lines[k].startswith(' ') and lines[k].strip():
        more = lines[k].strip()
        if more.startswith('['):
            usage[-1] += ' ' + more  # the line before, wrapped
        else:
            usage.append(more)
        k += 1
    rest = lines[k:]
    col = column_of(rest)
    sections, footer = [], []
    for block in blocks_of(rest):
        heading = None
        body = block
        if re.fullmatch(r'\S.*:', block[0]) and len(block) > 1:
            heading, body = block[0][:-1], block[1:]
        entries = None if footer else parse_entries(body, col, names)
        if entries is None:
            footer.append(block)
        else:
            sections.append((heading, entries))
    return description, usage, sections, footer


def roff_usage(program_prefix, usage):
    out = []
    for u in usage:
        words = u.split()
        out.append('.br')
        out.append('.B ' + esc_verbatim(words[0]) + ('' if len(words) < 2 else '\n' + line_start(esc(' '.join(words[1:])))))
    return out[1:]


def roff_sections(sections, heading_macro):
    out = []
    for heading, entries in sections:
        if heading:
            out.append(heading_macro + ' "' + heading.upper() + '"' if heading_macro == '.SH' else
                       '.PP\n.B "' + heading + '"')
        for term, desc in entries:
            out.append('.TP')
            out.append('.B ' + esc_verbatim(term) if term.startswith('-') else '.I ' + esc_verbatim(term))
            if desc:
                out.append(line_start(esc(desc)))
    return out


def roff_footer(footer):
    out = []
    for block in footer:
        out.append('.PP')
        verbatim = False
        for line in block:
            if line.startswith(' '):
                if not verbatim:
                    out += ['.RS', '.nf']
                    verbatim = True
                out.append(line_start(esc_verbatim(line.strip())))
            else:
                if verbatim:
                    out += ['.fi', '.RE']
                    verbatim = False
                out.append(line_start(esc(line.strip())))
        if verbatim:
            out += ['.fi', '.RE']
    return out


def header(name, version, what):
    return ['.\\" Generated by packaging/manpage.py from `' + what + '`; do not edit.',
            '.TH ' + name.upper().replace('-', '\\-') + ' 1 "" "Cofund ' + version + '" "User Commands"']


def name_line(program, description):
    # "Cofund — budget and co-funding planner for … calls." → the part after the dash.
    first = description[0] if description else program
    first = re.sub(r'^\S+ [—-] ', '', first).rstrip('.')
    return ['.SH NAME', esc_verbatim(program) + ' \\- ' + esc(first)]


def page_cofund(cofund, version, docdir):
    listing = run(cofund, '--list-options').split('\n')
    names, commands = {}, []
    for row in listing:
        parts = row.split()
        if len(parts) >= 3:
            names.setdefault(parts[0], set()).add(parts[2])
            if parts[1] == 'command':
                commands.append(parts[0])
    description, usage, sections, footer = parse_help(run(cofund, '--help'), names.get('-', set()) | set(commands))
    out = header('cofund', version, 'cofund --help` and `cofund COMMAND --help')
    out += name_line('cofund', description)
    out += ['.SH SYNOPSIS'] + roff_usage('cofund', usage)
    out += ['.SH DESCRIPTION'] + [line_start(esc(l)) for l in description]
    out += roff_sections(sections, '.SH')
    out += roff_footer(footer)
    out.append('.SH COMMANDS')
    for command in commands:
        d, u, s, f = parse_help(run(cofund, command, '--help'), names.get(command, set()))
        out.append('.SS "cofund ' + command + '"')
        out += [line_start(esc(l)) for l in d]
        out += ['.PP'] + roff_usage('cofund', u)
        out += roff_sections(s, '.SS')
        out += roff_footer(f)
    out += see_also('cofund-gui', docdir)
    return out


def page_gui(gui, version, docdir):
    description, usage, sections, footer = parse_help(run(gui, '--help'), set())
    out = header('cofund-gui', version, 'cofund-gui --help')
    out += name_line('cofund-gui', description)
    out += ['.SH SYNOPSIS'] + roff_usage('cofund-gui', usage)
    out += ['.SH DESCRIPTION'] + [line_start(esc(l)) for l in description[1:] or description]
    out += ['.SH OPTIONS'] + roff_sections(sections, '.SH')
    out += roff_footer(footer)
    out += see_also('cofund', docdir)
    return out


def see_also(other, docdir):
    return ['.SH SEE ALSO', '.BR ' + other.replace('-', '\\-') + ' (1)', '.PP',
            'The documentation and the example plans: ' + esc_verbatim(docdir) + '/ (README.md, docs/, examples/).']


def main():
    cofund, gui, version, docdir, outdir = sys.argv[1:6]
    for name, lines in (('cofund', page_cofund(cofund, version, docdir)),
                        ('cofund-gui', page_gui(gui, version, docdir) if gui != '-' else None)):
        if lines is None:
            continue
        with open(outdir + '/' + name + '.1', 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
