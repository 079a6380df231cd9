"""How soon the window opens: whole processes, as a user starts them, beside the toolkit's own floor.

    python tests/benchmarks/bench_open.py [--repeats 7] [--busy]   (needs a display: a desktop or xvfb-run)

Each row starts a fresh `python -m fourier_gui --preset fig2` (bytecode cached: a warm machine, one start
first to warm the disk cache) with FOURIER_GUI_LAUNCHED set to the moment it is started; the app prints
when the window was first painted and when its plots were built (ui/shell/app.py, `report_open_time`),
then is ended. The peers, in the same run: an empty PySide6 QMainWindow (the floor any Qt app pays) and
a QMainWindow holding one pyqtgraph PlotWidget (the least a pyqtgraph app shows). Target: first paint
≤ 0.8 s. Prints a Markdown table of medians (and the range) and each median's ratio to the floor.
With --busy every start has two CPU-bound processes beside it (bench_load.py's, a laptop with a browser
and a video call).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from contextlib import nullcontext

from bench_load import busy

PEER = """
import sys, time
launched = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
app = QApplication([])
{make}
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"opened: first paint {{time.time() - launched:.3f}} s", file=sys.stderr, flush=True)
            QTimer.singleShot(0, app.quit)
            app.removeEventFilter(self)
        return False
painted = Painted()
app.installEventFilter(painted)
window.resize(1500, 940)
window.show()
app.exec()
"""
EMPTY = "window = QMainWindow()\nwindow.setCentralWidget(QWidget())"
PLOT = "import pyqtgraph as pg\nwindow = QMainWindow()\nwindow.setCentralWidget(pg.PlotWidget())\nwindow.centralWidget().plot([0, 1], [0, 1])"
OPENED = re.compile(r"opened: first paint ([0-9.]+) s(?:, plots ([0-9.]+) s)?")


def start(args: list[str]) -> tuple[float, float | None]:
    """(seconds to the first paint, seconds to the plots or None) of one fresh process."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # cached bytecode, as installed
    launched = time.time()
    env["FOURIER_GUI_LAUNCHED"] = repr(launched)
    process = subprocess.Popen(
        [sys.executable, *args, repr(launched)] if args[0] == "-c" else [sys.executable, *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        for line in process.stderr:
            found = OPENED.search(line)
            if found:
                plots = found.group(2)
                return float(found.group(1)), float(plots) if plots else None
        raise RuntimeError(f"{args}: no 'opened' line (exit {process.wait()})")
    finally:
        process.kill()
        process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--busy", action="store_true", help="two CPU-bound processes beside every start")
    ns = parser.parse_args()
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        sys.exit("bench_open: needs a display (run it on a desktop or under xvfb-run)")
    rows = {
        "empty PySide6 QMainWindow (floor)": ["-c", PEER.format(make=EMPTY)],
        "QMainWindow with one pyqtgraph plot": ["-c", PEER.format(make=PLOT)],
        "fourier-gui --preset fig2": ["-m", "fourier_gui", "--preset", "fig2"],
    }
    for args in rows.values():
        start(args)  # warm the disk cache and write bytecode
    times: dict[str, list[tuple[float, float | None]]] = {name: [] for name in rows}
    with busy(2) if ns.busy else nullcontext():
        for _ in range(ns.repeats):  # interleaved: a slow moment of the machine hits every row alike
            for name, args in rows.items():
                times[name].append(start(args))
    floor = statistics.median(t for t, _ in times[next(iter(rows))])
    beside = ", beside two busy processes" if ns.busy else ""
    print(f"\nWindow opening, whole process, medians of {ns.repeats} (range){beside}\n")
    print("| process | first paint | × floor | plots built |")
    print("|---|---|---|---|")
    for name, samples in times.items():
        paint = [t for t, _ in samples]
        plots = [p for _, p in samples if p is not None]
        shown = f"{statistics.median(plots):.2f} s ({min(plots):.2f}–{max(plots):.2f})" if plots else "—"
        print(
            f"| {name} | {statistics.median(paint):.2f} s ({min(paint):.2f}–{max(paint):.2f}) "
            f"| {statistics.median(paint) / floor:.1f}× | {shown} |"
        )


if __name__ == "__main__":
    main()
