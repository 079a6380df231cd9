"""Benchmark: a run in the window against the same run headless, and the GUI thread's longest stall.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_window.py [--preset ten-sites] [--repeats 3]

The window is driven as a user would: open it on the preset, trigger Run, wait for Done. A 5 ms
timer on the GUI thread records the longest gap between its ticks during the run (a stall the user
would feel). Headless is `execution.simulate` of the same parameters in the same process.
Targets: window ≤ 1.2× headless; longest stall ≤ 50 ms. Prints a Markdown table of medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def headless_seconds(params) -> float:
    from fourier_gui.execution import simulate

    start = time.perf_counter()
    simulate(params)
    return time.perf_counter() - start


def window_seconds(app, params, tab: str = "Dynamics") -> tuple[float, float, int]:
    """(wall seconds from Run to Done, longest GUI-thread gap in ms, frames drawn)."""
    from PySide6.QtCore import QEventLoop, QTimer

    from fourier_gui.engine.run_model import RunState
    from fourier_gui.ui.shell.main_window import MainWindow

    window = MainWindow(params, restore=False)
    window.resize(1500, 940)
    window.show()
    window.tabs.setCurrentIndex([window.tabs.tabText(i) for i in range(window.tabs.count())].index(tab))
    app.processEvents()
    gaps = {"last": 0.0, "max": 0.0, "at": 0.0}

    def tick() -> None:
        now = time.perf_counter()
        if gaps["last"] and now - gaps["last"] > gaps["max"]:
            gaps["max"], gaps["at"] = now - gaps["last"], gaps["last"] - start
        gaps["last"] = now

    probe = QTimer()
    probe.setInterval(5)
    probe.timeout.connect(tick)
    loop = QEventLoop()
    outcome: list[RunState] = []
    window.run_finished.connect(lambda o: (outcome.append(o), loop.quit()))
    start = time.perf_counter()
    probe.start()
    window.action["run"].trigger()
    loop.exec()
    elapsed = time.perf_counter() - start
    probe.stop()
    if os.environ.get("BENCH_VERBOSE"):
        print(f"  longest stall {1000 * gaps['max']:.0f} ms starting at {gaps['at']:.3f} s of {elapsed:.3f} s")
    frames = window.run_view.frames
    window.close()
    window.deleteLater()
    app.processEvents()
    if outcome != [RunState.FINISHED]:
        raise SystemExit(f"the window's run ended with {outcome}")
    return elapsed, 1000.0 * gaps["max"], frames


def main() -> int:
    from fourier_gui.io.presets import load_preset
    from fourier_gui.ui.shell.app import make_app

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--preset", default="ten-sites")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--tab", default="Dynamics", help="the tab shown during the runs: Dynamics or Transport")
    ns = ap.parse_args()
    params = load_preset(ns.preset).parameters
    app = make_app()
    headless, window, stalls, frames = [], [], [], []
    for _ in range(ns.repeats):  # alternate, so that drifts of the machine hit both alike
        headless.append(headless_seconds(params))
        seconds, stall, drawn = window_seconds(app, params, ns.tab)
        window.append(seconds)
        stalls.append(stall)
        frames.append(drawn)
    h, w = statistics.median(headless), statistics.median(window)
    # each window run follows its headless twin: the median of the pairs' ratios is robust to the
    # machine's drift (a shared VM's speed wanders by ±15 % over a minute)
    ratio = statistics.median(wi / hi for wi, hi in zip(window, headless, strict=True))
    print(f"preset {ns.preset}: N={params.sites}, n={params.levels}, {ns.tab} tab, {ns.repeats} repeats, medians")
    print("| job | median s | vs headless | longest GUI stall | frames |")
    print("|---|---|---|---|---|")
    print(f"| headless `simulate` | {h:.2f} | 1.00× | — | — |")
    print(
        f"| window, Run → Done | {w:.2f} | {ratio:.2f}× | {statistics.median(stalls):.0f} ms "
        f"(max {max(stalls):.0f}) | {statistics.median(frames):.0f} |"
    )
    print(
        f"targets: window ≤ 1.2× headless ({'met' if ratio <= 1.2 else 'NOT met'}); stall ≤ 50 ms "
        f"({'met' if statistics.median(stalls) <= 50 else 'NOT met'})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
