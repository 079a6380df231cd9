"""The window opens before its plots: frame, panel, menus and status first, pyqtgraph and the plots right
after the first paint (ui/shell/main_window.py, `plots_after_paint`). The window once built is the same."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel, QMenu

from fourier_gui.execution import simulate
from fourier_gui.io.run_figures import RUN_FIGURES
from fourier_gui.physics import SimulationParameters
from fourier_gui.ui.shell.main_window import MainWindow

SMALL = SimulationParameters(sites=3, levels=30, lam=0.0008, bandwidth=0.05, t_max_gamma=5.0, points=41)

#: What the first paint must not wait for: the plotting library, the run's physics, sweeps and clusters.
HEAVY = (
    "pyqtgraph",
    "scipy",
    "numba",
    "dask",
    "fourier_gui.physics.simulation",
    "fourier_gui.io.figure_data",
    "fourier_gui.execution.run",
    "fourier_gui.execution.pools",
)

FIRST_PAINT = """
import json, sys
from fourier_gui.ui.shell.app import make_app
from fourier_gui.ui.shell.main_window import MainWindow
app = make_app()
w = MainWindow(restore=False, welcome=False, plots_after_paint=True)
w.show()
while w.dynamics_page.painted_at is None:
    app.processEvents()
at_paint = sorted(m for m in sys.modules if m.split(".")[0] in {heavy_roots!r} or m in {heavy!r})
built_at_paint = w.views_built
while not w.views_built:
    app.processEvents()
print(json.dumps({{"at_paint": at_paint, "built_at_paint": built_at_paint, "after": "pyqtgraph" in sys.modules}}))
w.close()
"""


def test_the_first_paint_loads_no_plotting_library_and_no_run_physics():
    roots = sorted({name.split(".")[0] for name in HEAVY if "." not in name})
    code = FIRST_PAINT.format(heavy_roots=roots, heavy=list(HEAVY))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["at_paint"] == [], f"the first paint waited for {seen['at_paint']}"
    assert not seen["built_at_paint"]
    assert seen["after"], "the plots were built without pyqtgraph?"


def _menu_texts(window: MainWindow) -> list[tuple[str, list[str]]]:
    """Every menu's entries, submenus included, as the user reads them."""

    def entries(menu: QMenu, prefix: str = "") -> list[str]:
        out = []
        for action in menu.actions():
            out.append(prefix + action.text())
            if action.menu() is not None:
                out.extend(entries(action.menu(), prefix + action.text() + " → "))
        return out

    return [(a.text(), entries(a.menu())) for a in window.menuBar().actions()]


def test_a_window_whose_plots_came_after_its_first_paint_is_the_window_built_at_once(qtbot):
    at_once = MainWindow(SMALL, restore=False, welcome=False)
    later = MainWindow(SMALL, restore=False, welcome=False, plots_after_paint=True)
    for w in (at_once, later):
        qtbot.addWidget(w)
    assert not later.views_built
    held = [later.tabs.widget(i) for i in range(later.tabs.count())]  # the tab bar does not move later
    assert [later.tabs.tabText(i) for i in range(later.tabs.count())] == ["Dynamics", "Transport", "Studies"]
    note = later.dynamics_page.findChild(QLabel)
    assert note is not None and "Loading" in note.text()
    later.show()
    qtbot.waitUntil(lambda: later.views_built, timeout=10_000)
    tabs = [later.tabs.tabText(i) for i in range(later.tabs.count())]
    assert (
        tabs == [at_once.tabs.tabText(i) for i in range(at_once.tabs.count())] == ["Dynamics", "Transport", "Studies"]
    )
    assert later.tabs.widget(1) is later.run_view.transport.widget is not held[1]  # the view took its place
    assert later.tabs.currentIndex() == 0
    assert _menu_texts(later) == _menu_texts(at_once)
    plot_menu = [t for t in dict(_menu_texts(later))["&File"] if t.startswith("Export &plot as PNG or SVG → ")]
    assert len(plot_menu) == len(RUN_FIGURES)
    assert not note.isVisible()
    assert later.run_view.playback.isVisible() and later.run_view.playback.parentWidget() is later.centralWidget()
    # the closed-form views follow the panel from the start: three subunits show their level diagram
    assert later.run_view.first_view.currentWidget() is later.run_view.levels.widget
    for w in (at_once, later):
        w.close()


def test_a_session_opened_before_the_plots_are_built_is_drawn_once_they_are(qtbot):
    saved = simulate(SMALL)
    window = MainWindow(SMALL, restore=False, welcome=False, plots_after_paint=True)
    qtbot.addWidget(window)
    window.model.load(saved)  # as `fourier-gui FILE` does, before the window is shown
    window.show()
    qtbot.waitUntil(lambda: window.views_built, timeout=10_000)
    window.run_view.redraw(force=True)
    assert window.run_view.playback.available == saved.completed
    verdict = saved.transport.verdict  # the panel names the shown run's verdict, as after a run
    assert verdict is not None and verdict.reason in window.panel.law_label.toolTip()
    assert "saved run" in window.last_status and "Solving" not in window.last_status
    for mu, item in enumerate(window.run_view.dynamics.exact):
        x, y = item.getData()
        np.testing.assert_array_equal(x, saved.times)
        np.testing.assert_array_equal(y, saved.exact[:, mu])
    window.close()


@pytest.mark.slow
@pytest.mark.parametrize("options", [[], ["--run"]])
def test_the_app_paints_its_window_before_it_builds_its_plots(tmp_path, options):
    """`fourier-gui` as a user starts it (offscreen here), also with --run (which built the plots first)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FOURIER_GUI_LAUNCHED": repr(time.time())}
    env["XDG_CONFIG_HOME"] = str(tmp_path)  # not the user's saved window
    process = subprocess.Popen(
        [sys.executable, "-m", "fourier_gui", "--preset", "fig2", *options],
        env=env,
        stdin=subprocess.DEVNULL,  # not the test worker's own pipes (pytest-xdist talks through them)
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        line = next((line for line in process.stderr if "opened:" in line), "")
    finally:
        process.kill()
        process.wait()
    parts = line.split()
    assert parts[:4] == ["fourier-gui:", "opened:", "first", "paint"], line
    painted, plots = float(parts[4]), float(parts[7])
    assert 0 < painted < plots, line


def test_menu_entries_explain_themselves_without_mnemonic_marks(window):
    """The status bar showed "&Play / pause playback": a tip defaulted to the menu text with its & marks."""
    from PySide6.QtGui import QAction

    actions = [a for a in window.findChildren(QAction) if a.text()]
    assert len(actions) > 40
    for action in actions:
        assert "&" not in action.statusTip() and "&" not in action.toolTip(), action.text()


GC_PROBE = """
import gc, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from fourier_gui.ui.shell import app as shell

def probe():
    window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "views_built"))
    if not window.views_built:
        QTimer.singleShot(50, probe)
        return
    print("automatic collection:", gc.isenabled(), flush=True)
    window.close()

shell.make_app()  # run_app takes this one
QTimer.singleShot(100, probe)
sys.exit(shell.run_app(preset="fig2"))
"""


@pytest.mark.slow
def test_the_app_collects_python_garbage_only_in_its_gui_thread(tmp_path):
    """Left automatic, the cycle collector ran in a run's worker thread and destroyed Qt objects there: a
    deadlock against the GUI thread (seen in the test suite) or a crash."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", GC_PROBE], env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL
    )
    assert "automatic collection: False" in done.stdout, done.stdout + done.stderr
