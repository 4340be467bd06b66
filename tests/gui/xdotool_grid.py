#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Drives the real cofund-gui window under Xvfb with synthetic X input (issue 14).

Starts Xvfb on a free display, starts cofund-gui on a copy of an example plan,
then types into grid cells, presses Enter, Tab, Ctrl+Z, Ctrl+C and Ctrl+V
(through the X CLIPBOARD selection, read and written with xclip) and after
each step saves with Ctrl+S and asserts the plan file.

Nothing here depends on the machine's speed: every step waits for a condition
(a window mapped, a file saved with the expected content, a clipboard owner)
by polling with a generous cap, never for a fixed time.

usage: xdotool_grid.py COFUND_GUI PLAN.json
exit status: 0 passed, 1 failed, 77 skipped (Xvfb, xdotool or xclip missing).
"""

import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from decimal import Decimal

PATIENCE_S = float(os.environ.get("COFUND_PATIENCE_S", "120"))  # the cap of every wait; a wait ends as soon as its condition holds
SKIP = 77


def wait_for(what, condition, patience=PATIENCE_S):
    """Polls `condition` until it returns a true value; fails naming `what` after `patience` seconds."""
    deadline = time.monotonic() + patience
    delay = 0.02
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {patience:.0f} s waiting for {what}")
        time.sleep(delay)
        delay = min(delay * 2, 0.5)


def cell_sum(plan, year, category, source):
    """The sum of the plan's lines of one cell, exact, in yuan."""
    return sum(
        (Decimal(l["amount"]) for l in plan["budget"]
         if l["year"] == year and l["category"] == category and l["source"] == source),
        Decimal(0),
    )


class Session:
    def __init__(self, gui, plan_source, work):
        self.gui_path = gui
        self.work = work
        self.env = dict(os.environ)
        self.env.update({
            "QT_QPA_PLATFORM": "xcb",
            # Scratch settings and recovery folders: a fresh user, never the real one's.
            "XDG_CONFIG_HOME": os.path.join(work, "config"),
            "XDG_DATA_HOME": os.path.join(work, "data"),
            "XDG_RUNTIME_DIR": work,
        })
        self.env.pop("WAYLAND_DISPLAY", None)
        self.plan = os.path.join(work, "grid.plan.json")
        shutil.copyfile(plan_source, self.plan)
        # Every source's column, as the steps below walk them with Tab (at 1366 px the
        # default, "fit the window", collapses a year to fiscal · self-raised · total).
        os.makedirs(os.path.join(work, "config", "Cofund"))
        with open(os.path.join(work, "config", "Cofund", "cofund-gui.conf"), "w") as conf:
            conf.write("[budget]\nsourceColumns=all\n")
        self.procs = []
        self.xvfb = self.gui = self.window = None
        self.started = time.monotonic()

    def open(self):
        """Starts Xvfb on a display it chooses itself, then cofund-gui on the plan; waits for its window."""
        # -displayfd: Xvfb takes the first free display number and writes it once it accepts
        # clients, so no other server can take the number between a check and the start.
        # -noreset: an X server resets when its last client leaves, and a client connecting
        # meanwhile is refused. Each `xdotool search` below is such a client, and cofund-gui
        # connects a moment after the first: "could not connect to display", 1 run in 20
        # beside a build, before this option.
        read_end, write_end = os.pipe()
        try:
            self.xvfb = self.start(["Xvfb", "-displayfd", str(write_end), "-noreset", "-screen", "0", "1366x768x24",
                                    "-nolisten", "tcp"], pass_fds=(write_end,))
            os.close(write_end)
            write_end = None
            number = b""
            deadline = time.monotonic() + PATIENCE_S
            while not number.endswith(b"\n"):
                ready, _, _ = select.select([read_end], [], [], 0.5)
                if ready:
                    chunk = os.read(read_end, 16)
                    if not chunk:
                        break
                    number += chunk
                if self.xvfb.poll() is not None or time.monotonic() > deadline:
                    break
            if not number.strip().isdigit():
                raise AssertionError(f"Xvfb did not start (it wrote {number!r})")
        finally:
            os.close(read_end)
            if write_end is not None:
                os.close(write_end)
        self.env["DISPLAY"] = f":{number.decode().strip()}"
        self.step(f"Xvfb on {self.env['DISPLAY']}")
        self.gui = self.start([self.gui_path, "--lang", "en", "--size", "1366x768", self.plan])
        name = os.path.basename(self.plan)
        self.window = self.wait_for(
            "the cofund-gui window",
            lambda: self.run(["xdotool", "search", "--onlyvisible", "--name", name], check=False).stdout.split())[0]
        self.step(f"window {self.window}")

    def step(self, what):
        """Prints a passed step with the seconds since the start: a failure's log shows where time went."""
        print(f"ok: {what} ({time.monotonic() - self.started:.1f} s)", flush=True)

    def wait_for(self, what, condition):
        """wait_for, failing at once when cofund-gui has exited."""
        def alive_and(cond):
            if self.gui is not None and self.gui.poll() is not None:
                raise AssertionError(f"cofund-gui exited with {self.gui.returncode} while waiting for {what}")
            return cond()
        return wait_for(what, lambda: alive_and(condition))

    def start(self, argv, pass_fds=()):
        # Each program's output goes to a file, read back for a failure's message: a pipe
        # nobody reads would block the program once its buffer is full.
        log = open(os.path.join(self.work, f"{os.path.basename(argv[0])}.log"), "w+b")
        p = subprocess.Popen(argv, env=self.env, stdout=log, stderr=subprocess.STDOUT, pass_fds=pass_fds)
        p.log = log
        self.procs.append(p)
        return p

    def output(self, p, limit=4000):
        """The last `limit` bytes a started program wrote, for a failure's message."""
        if not hasattr(p, "log"):
            return "(not kept)"
        p.log.flush()
        p.log.seek(0)
        return p.log.read().decode(errors="replace")[-limit:]

    def run(self, argv, check=True, input=None):
        return subprocess.run(argv, env=self.env, capture_output=True, text=True, check=check, input=input,
                              timeout=PATIENCE_S)

    def focus(self):
        # No window manager runs under Xvfb: the window takes the input focus itself.
        self.run(["xdotool", "windowfocus", "--sync", self.window])

    def key(self, *keys):
        self.focus()
        self.run(["xdotool", "key", "--clearmodifiers", "--window", self.window, *keys])

    def type(self, text):
        self.focus()
        self.run(["xdotool", "type", "--clearmodifiers", "--delay", "20", text])

    def read_plan(self):
        with open(self.plan, encoding="utf-8") as f:
            return json.load(f)

    def saved(self, what, expect):
        """Ctrl+S, then waits until the file holds a plan for which every (cell, yuan) of `expect` holds."""
        before = os.stat(self.plan).st_mtime_ns
        self.key("ctrl+s")
        last = {}

        def holds():
            nonlocal last
            try:
                if os.stat(self.plan).st_mtime_ns == before:
                    return False
                plan = self.read_plan()
            except (OSError, ValueError):
                return False  # not there yet, or being replaced
            last = {cell: cell_sum(plan, *cell) for cell in expect}
            return all(last[cell] == Decimal(v) for cell, v in expect.items())

        try:
            self.wait_for(f"the saved plan after {what}", holds)
        except AssertionError as e:
            raise AssertionError(f"{e}; expected {expect}, the file has {last}; "
                                 f"its lines: {self.lines()}") from None
        self.step(what)

    def lines(self):
        """The file's budget as (year, category, source, amount) for a failure's message."""
        try:
            return [(l["year"], l["category"], l["source"], l["amount"]) for l in self.read_plan()["budget"]]
        except (OSError, ValueError) as e:
            return str(e)

    def clipboard(self):
        return self.run(["xclip", "-o", "-selection", "clipboard"], check=False).stdout

    def report(self, error):
        """A failure's message: the error, where the keyboard focus is, and what the programs wrote."""
        print(f"FAILED after {time.monotonic() - self.started:.1f} s: {type(error).__name__}: {error}",
              file=sys.stderr)
        if isinstance(error, subprocess.CalledProcessError):
            print(f"it wrote: {error.stdout!r} {error.stderr!r}", file=sys.stderr)
        if self.xvfb is not None and self.xvfb.poll() is None and "DISPLAY" in self.env:
            answer = self.run(["xdotool", "getdisplaygeometry"], check=False)
            print(f"{self.env['DISPLAY']} answers now: {(answer.stdout or answer.stderr).strip()!r}", file=sys.stderr)
        if self.window is not None and self.xvfb.poll() is None:
            try:
                focus = self.run(["xdotool", "getwindowfocus", "getwindowname"], check=False)
                print(f"the focused window: {(focus.stdout or focus.stderr).strip()!r}", file=sys.stderr)
            except subprocess.SubprocessError as e:
                print(f"the focused window: not known ({e})", file=sys.stderr)
        for p in self.procs:
            state = "running" if p.poll() is None else f"exited with {p.returncode}"
            print(f"--- {os.path.basename(p.args[0])} ({state}) wrote:\n{self.output(p)}", file=sys.stderr)

    def close(self):
        for p in reversed(self.procs):
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait()


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    for tool in ("Xvfb", "xdotool", "xclip"):
        if shutil.which(tool) is None:
            print(f"skipped: {tool} is not installed (Debian: apt-get install xvfb xdotool xclip)")
            return SKIP
    gui, plan = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory(prefix="cofund-xdotool-") as work:
        os.chmod(work, 0o700)
        s = Session(gui, plan, work)
        try:
            s.open()
            eq18, ma18 = (2018, "equipment", "fiscal"), (2018, "materials", "fiscal")
            ma18_other = (2018, "materials", "other_fiscal")
            eq19, ma19 = (2019, "equipment", "fiscal"), (2019, "materials", "fiscal")
            eq19_other, ma19_other = (2019, "equipment", "other_fiscal"), (2019, "materials", "other_fiscal")
            start = s.read_plan()
            # The grid has the focus when the window opens; Ctrl+Home is its first
            # cell: equipment · 2018 · special fund. Typing starts editing (万元).
            s.key("ctrl+Home")
            s.type("50")
            s.key("Return")
            s.saved("typing 50 万元 into equipment 2018 and Enter", {eq18: "500000.00", ma18: cell_sum(start, *ma18)})
            # Enter moved down to materials; Tab moves right to other fiscal money.
            s.key("Tab")
            s.type("1.5")
            s.key("Return")
            s.saved("Tab, then 1.5 万元 into materials 2018 other fiscal", {ma18_other: "15000.00"})
            # Ctrl+Z takes the last edit back, the first stays.
            s.key("ctrl+z")
            s.saved("Ctrl+Z", {ma18_other: "0", eq18: "500000.00"})
            # Ctrl+Y redoes it (issue 29: it did nothing), Ctrl+Z takes it back again.
            s.key("ctrl+y")
            s.saved("Ctrl+Y", {ma18_other: "15000.00", eq18: "500000.00"})
            s.key("ctrl+z")
            s.saved("Ctrl+Z after Ctrl+Y", {ma18_other: "0", eq18: "500000.00"})
            # Ctrl+C of a 2 × 2 block puts tab-separated text on the system clipboard.
            s.key("ctrl+Home", "shift+Down", "shift+Right", "ctrl+c")
            text = s.wait_for("the copied block on the CLIPBOARD selection", lambda: s.clipboard().strip("\r\n"))
            rows = text.replace("\r\n", "\n").split("\n")
            assert len(rows) == 2 and all(len(r.split("\t")) == 2 for r in rows), f"not a 2 × 2 TSV block: {text!r}"
            assert Decimal(rows[0].split("\t")[0].replace(",", "")) == Decimal(50), f"first cell: {text!r}"
            s.step(f"Ctrl+C put a TSV block on the clipboard: {text!r}")
            # Ctrl+V at equipment · 2019 · special fund: seven columns to the right
            # (six sources and the year total; the self-raised subtotal is hidden).
            s.key("ctrl+Home", *["Right"] * 7, "ctrl+v")
            s.saved("Ctrl+V of the block at equipment 2019",
                    {eq19: "500000.00", eq19_other: "0", ma19: cell_sum(s.read_plan(), *ma18), ma19_other: "0"})
            # A block another program put on the clipboard pastes the same way.
            owner = subprocess.Popen(["xclip", "-i", "-selection", "clipboard", "-quiet"], env=s.env,
                                     stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     text=True)
            s.procs.append(owner)
            owner.stdin.write("7\t8\r\n9\t10\r\n")
            owner.stdin.close()
            s.wait_for("xclip to own the clipboard", lambda: "9\t10" in s.clipboard())
            s.key("ctrl+v")
            s.saved("Ctrl+V of a block from another program",
                    {eq19: "70000.00", eq19_other: "80000.00", ma19: "90000.00", ma19_other: "100000.00"})
            # Ctrl+Z undoes the whole paste as one step.
            s.key("ctrl+z")
            s.saved("Ctrl+Z of the paste", {eq19: "500000.00", eq19_other: "0", ma19_other: "0"})
        except Exception as e:  # an assertion, a timeout, or xdotool failing: reported whole, never a bare traceback
            s.report(e)
            return 1
        finally:
            s.close()
    print("passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
