"""Run, Pause, Stop and closing, driven as a user would (ui/shell/main_window.py, ui/shell/run_launch.py):
what runs is the panel's parameters, a stop keeps what was computed, and no thread outlives the window."""

import time

import numpy as np
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from fourier_gui.engine.engine import EngineState, running_threads
from fourier_gui.engine.run_model import RunState
from fourier_gui.execution import run as simulation_module
from fourier_gui.execution import simulate
from fourier_gui.io.results_csv import read_csv
from fourier_gui.physics import SimulationParameters
from fourier_gui.ui.shell.main_window import MainWindow
from tests.ui.runs import SMALL

WINDOW_PARAMETERS = SMALL  # the window opens with it (tests/conftest.py)


#: About 6000 products in 200-product windows: a couple of seconds, thirty chunks.
LONG = SimulationParameters(sites=6, levels=300, lam=5e-5, t_max_gamma=20.0, points=101, method="chebyshev")


@pytest.fixture
def small_windows(monkeypatch):
    """Short Chebyshev windows, so that a run streams many chunks."""
    monkeypatch.setattr(simulation_module, "WINDOW_PRODUCTS", 200)


@pytest.mark.slow
def test_run_plots_the_physics_layer_output(qtbot, window, run_to_end):
    assert run_to_end(window) is RunState.FINISHED
    expected = simulate(SMALL)
    assert window.model.result.is_complete
    for mu, item in enumerate(window.run_view.dynamics.exact):
        x, y = item.getData()
        np.testing.assert_allclose(x, expected.times, rtol=0, atol=0)
        np.testing.assert_allclose(y, expected.exact[:, mu], rtol=0, atol=1e-13)
    for mu, item in enumerate(window.run_view.dynamics.ham):
        np.testing.assert_allclose(item.getData()[1], expected.ham[:, mu], atol=1e-14)
    assert "Done" in window.last_status and "γ = " in window.run_status.label.toolTip()  # the summary in its tooltip
    assert window.run_status.progress.value() == 1000


@pytest.mark.slow
def test_pause_holds_and_resume_finishes(qtbot, window, small_windows):
    window.panel.set_parameters(LONG)
    window.action["run"].trigger()
    qtbot.waitUntil(lambda: window.model.result is not None and window.model.result.completed > 0, timeout=30_000)
    window.action["pause"].trigger()
    assert window.model.engine.state is EngineState.PAUSED and window.action["pause"].text() == "&Resume"
    qtbot.wait(400)  # let the worker reach its next checkpoint
    held = window.model.result.completed_time
    qtbot.wait(600)
    assert window.model.result.completed_time == held
    assert not window.model.result.is_complete
    with qtbot.waitSignal(window.run_finished, timeout=60_000) as blocker:
        window.action["pause"].trigger()
    assert blocker.args[0] is RunState.FINISHED and window.model.result.is_complete


@pytest.mark.slow
def test_stop_is_quick_and_partial_data_exports(qtbot, window, small_windows, tmp_path, monkeypatch):
    window.panel.set_parameters(LONG)
    window.action["run"].trigger()
    qtbot.waitUntil(lambda: window.model.result is not None and window.model.result.completed > 0, timeout=30_000)
    # the baseline, this run's own pace here and now: a stop ends the job at its next chunk (or checkpoint)
    version, began = window.model.data_version, time.perf_counter()
    qtbot.waitUntil(lambda: window.model.data_version >= version + 3, timeout=30_000)
    chunk_s = (time.perf_counter() - began) / 3
    start = time.perf_counter()
    with qtbot.waitSignal(window.run_finished, timeout=5_000) as blocker:
        window.action["stop"].trigger()
    stop_s = time.perf_counter() - start
    assert stop_s <= 5 * chunk_s, f"the stop took {stop_s:.3f} s, a chunk {chunk_s:.3f} s"
    assert blocker.args[0] is RunState.STOPPED
    assert not window.model.result.is_complete and window.model.result.completed > 0
    path = tmp_path / "partial.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "CSV files (*.csv)"))
    window.action["export_csv"].trigger()
    table = read_csv(path)
    assert table.metadata["complete"] == "false"
    n = window.model.result.completed
    assert table.data.shape == (n, 1 + 2 * LONG.sites + 2 * (LONG.sites - 1) + 1)  # P, the bond currents, γt
    np.testing.assert_array_equal(table.data[:, 1 : 1 + LONG.sites], window.model.result.exact[:n])


@pytest.mark.slow
def test_parameters_edited_during_a_run_do_not_reach_it(qtbot, window, small_windows):
    window.panel.set_parameters(LONG)
    with qtbot.waitSignal(window.run_finished, timeout=60_000):
        window.action["run"].trigger()
        qtbot.waitUntil(lambda: window.model.result is not None, timeout=30_000)
        window.panel.sites.setValue(3)
        window.panel.levels.setValue(20)
    assert window.model.result.parameters == LONG.validated()
    assert window.model.result.exact.shape == (101, 6)


@pytest.mark.slow
def test_closing_mid_run_leaves_no_thread(qtbot, small_windows):
    w = MainWindow(LONG, restore=False)
    qtbot.addWidget(w)
    w.show()
    w.action["run"].trigger()
    qtbot.waitUntil(lambda: w.model.result is not None and w.model.result.completed > 0, timeout=30_000)
    w.close()
    assert running_threads() == []


def test_closing_while_the_kernels_still_load_ends_at_once(qtbot, small_windows, monkeypatch):
    """The first large run waits for the kernels' compile (≈ 9 s, longer on a busy machine); closing the
    window then must neither wait for it nor destroy the running thread (Qt aborts the process). Here the load
    never ends while the window closes: the worker gives up its wait, within the engine's own shutdown timeout
    (past it the engine would wait on for the thread)."""
    from fourier_gui.execution import fused_kernel

    monkeypatch.setenv(fused_kernel.KERNEL_ENV, "numba")
    monkeypatch.setattr(fused_kernel, "_kernels", None)
    monkeypatch.setattr(fused_kernel, "_failed", False)
    loading = fused_kernel._lock
    assert loading.acquire(timeout=30)  # another thread is loading the kernels, and will for long
    try:
        w = MainWindow(LONG, restore=False)
        qtbot.addWidget(w)
        w.show()
        w.action["run"].trigger()
        qtbot.waitUntil(lambda: w.model.engine.state is not EngineState.IDLE, timeout=5_000)
        time.sleep(0.3)  # the worker is inside the wait for the kernels now
        assert w.model.result is None
        engine, ended = w.model.engine, []
        shutdown = engine.shutdown
        monkeypatch.setattr(engine, "shutdown", lambda timeout_ms=10_000: ended.append(shutdown(timeout_ms)))
        w.close()
        assert ended == [True] and running_threads() == []
    finally:
        loading.release()


def test_engine_failure_reaches_the_user_and_window_stays_usable(qtbot, window, run_to_end, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("simulated failure deep in the engine")

    monkeypatch.setattr("fourier_gui.execution.run.ExactRun", broken)
    assert run_to_end(window) is RunState.FAILED
    box = window.error_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "simulated failure" in box.text() and "Traceback" in box.detailedText()
    box.close()
    qtbot.waitUntil(lambda: window.model.engine.state is EngineState.IDLE, timeout=5_000)
    monkeypatch.undo()
    assert run_to_end(window) is RunState.FINISHED


def test_a_starting_run_shows_its_own_system_not_the_last_runs(qtbot, window, run_to_end):
    run_to_end(window)
    assert window.run_view.profile.sites == window.model.result.parameters.sites
    window.panel.set_parameters(LONG)  # six sites instead of three
    qtbot.waitUntil(lambda: window.model.can_start, timeout=10_000)
    window.action["run"].trigger()
    assert window.run_view.profile.sites == LONG.sites  # at once, before the run's first rows
    assert window.run_view.playback.time_label.text() == "t = 0"
    window.action["stop"].trigger()
    qtbot.waitUntil(lambda: window.model.engine.state is EngineState.IDLE, timeout=30_000)


def test_a_run_estimated_at_hours_asks_first(qtbot, window, monkeypatch):
    huge = SimulationParameters(sites=10, levels=3000, lam=5e-5, t_max_gamma=400.0, points=201, method="chebyshev")
    window.panel.set_parameters(huge)
    asked = []

    def answer(_parent, title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert window.start_run() is False and window.model.result is None and not window.model.active
    assert len(asked) == 1 and "estimated at ≈" in asked[0] and "h" in asked[0]
    assert window.last_status.startswith("Not started: estimated at")


def test_the_fast_kernel_loads_in_the_background_when_the_window_opens(qtbot, window, monkeypatch):
    from fourier_gui.execution import fused_kernel

    monkeypatch.setenv(fused_kernel.KERNEL_ENV, "numba")
    monkeypatch.setattr(fused_kernel, "_kernels", None)
    monkeypatch.setattr(fused_kernel, "_failed", False)
    monkeypatch.setattr(fused_kernel, "_load", lambda: time.sleep(0.8))  # a load that takes its time
    from fourier_gui.ui.shell.run_launch import warm_up_kernel

    warm_up_kernel(window.model, window.run_status)
    assert window.last_status == "Preparing the fast solver (first run only)…"
    qtbot.waitUntil(lambda: window.last_status == "Ready", timeout=10_000)


def test_the_kernels_warm_up_does_not_cover_a_finished_runs_line(qtbot, window, run_to_end, monkeypatch):
    """A lesson runs its first step at once: the warm-up, 1.5 s after the window opened, wrote "Preparing the
    fast solver (first run only)…" over the finished run's "Done …" and left it there."""
    from fourier_gui.execution import fused_kernel
    from fourier_gui.ui.shell.run_launch import warm_up_kernel

    assert run_to_end(window) is RunState.FINISHED
    done = window.last_status
    monkeypatch.setenv(fused_kernel.KERNEL_ENV, "numba")
    monkeypatch.setattr(fused_kernel, "_kernels", None)
    monkeypatch.setattr(fused_kernel, "_failed", False)
    monkeypatch.setattr(fused_kernel, "_load", lambda: time.sleep(0.3))
    warm_up_kernel(window.model, window.run_status)
    assert window.last_status == done
    qtbot.wait(600)  # the load ends; the line stays the run's
    assert window.last_status == done
