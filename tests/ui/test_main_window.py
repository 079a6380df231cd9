"""The window, driven as a user would: pytest-qt, offscreen."""

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

SMALL = SimulationParameters(sites=4, levels=30, lam=0.0008, bandwidth=0.05, t_max_gamma=5.0, points=41)
#: About 6000 products in 200-product windows: a couple of seconds, thirty chunks.
LONG = SimulationParameters(sites=6, levels=300, lam=5e-5, t_max_gamma=20.0, points=101, method="chebyshev")


@pytest.fixture
def window_parameters():
    return SMALL


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
    start = time.perf_counter()
    with qtbot.waitSignal(window.run_finished, timeout=5_000) as blocker:
        window.action["stop"].trigger()
    assert time.perf_counter() - start <= 0.5
    assert blocker.args[0] is RunState.STOPPED
    assert not window.model.result.is_complete and window.model.result.completed > 0
    path = tmp_path / "partial.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "CSV files (*.csv)"))
    window.action["export_csv"].trigger()
    table = read_csv(path)
    assert table.metadata["complete"] == "false"
    n = window.model.result.completed
    assert table.data.shape == (n, 1 + 2 * LONG.sites + 2 * (LONG.sites - 1))  # P and the bond currents
    np.testing.assert_array_equal(table.data[:, 1 : 1 + LONG.sites], window.model.result.exact[:n])


def test_export_csv_through_the_menu_reads_back_equal(qtbot, window, run_to_end, tmp_path, monkeypatch):
    run_to_end(window)
    path = tmp_path / "run.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "CSV files (*.csv)"))
    file_menu = window.menuBar().actions()[0].menu()
    export = next(a for a in file_menu.actions() if a.text().startswith("Export data as"))
    export.trigger()
    table = read_csv(path)
    np.testing.assert_array_equal(table.column("t"), window.model.result.times)
    np.testing.assert_array_equal(table.data[:, 1:5], window.model.result.exact)
    np.testing.assert_array_equal(table.data[:, 5:9], window.model.result.ham)
    assert table.metadata["param.levels"] == "30"


def test_invalid_field_disables_run_and_says_why(qtbot, window):
    panel = window.panel
    assert window.action["run"].isEnabled()
    panel.initial.kind.setCurrentText("profile")
    panel.initial.profile.setText("0.5, 0.2, 0.1, 0.1")
    panel.initial.profile.textEdited.emit(panel.initial.profile.text())
    assert not window.action["run"].isEnabled()
    assert "sum to 1" in panel.error and panel.error_label.isVisible()
    assert "sum to 1" in panel.initial.toolTip()
    panel.initial.profile.setText("0.5, 0.2, 0.2, 0.1")
    panel.initial.profile.textEdited.emit(panel.initial.profile.text())
    assert window.action["run"].isEnabled() and panel.error == ""
    # a number out of its range, typed in
    panel.lam.lineEdit().setText("0")
    panel.lam.lineEdit().textEdited.emit("0")
    assert not window.action["run"].isEnabled()
    assert "Coupling λ" in panel.error


def test_too_large_run_is_refused_with_estimate(qtbot, window):
    window.panel.levels.setValue(1_000_000)
    window.panel.sites.setValue(40)
    assert not window.action["run"].isEnabled()
    assert "GB" in window.panel.error or "TB" in window.panel.error


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
    window then must neither wait for it nor destroy the running thread (Qt aborts the process)."""
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
        began = time.perf_counter()
        w.close()
        assert time.perf_counter() - began < 2.0 and running_threads() == []
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


@pytest.mark.slow
def test_session_round_trip_with_results(qtbot, window, run_to_end, tmp_path, monkeypatch):
    run_to_end(window)
    path = tmp_path / "s.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.action["save_session"].trigger()
    saved = window.model.result
    window.reset_run()
    window.panel.sites.setValue(2)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.action["open_session"].trigger()
    assert window.panel.parameters() == SMALL.validated()
    np.testing.assert_array_equal(window.model.result.exact, saved.exact)


def test_preset_menu_sets_parameters(qtbot, window):
    presets_menu = next(a.menu() for a in window.menuBar().actions() if "Pre" in a.text())
    ten = next(a for a in presets_menu.actions() if a.text().startswith("Ten subunits"))
    ten.trigger()
    p = window.panel.parameters()
    assert (p.sites, p.levels) == (10, 500)
    defaults = next(a for a in presets_menu.actions() if "defaults" in a.text())
    defaults.trigger()
    assert window.panel.parameters().sites == 3


def test_every_field_has_a_tooltip_and_a_name(window):
    for key, widget in window.panel.field_widgets.items():
        assert len(widget.toolTip()) > 20, key
        assert widget.accessibleName(), key


@pytest.mark.slow
def test_settings_bring_back_last_parameters(qtbot):
    w = MainWindow(SMALL, restore=False)
    qtbot.addWidget(w)
    w.panel.levels.setValue(37)
    w.close()
    w2 = MainWindow(None, restore=True)
    qtbot.addWidget(w2)
    assert w2.panel.parameters().levels == 37
    w2.close()


def test_about_shows_versions_and_copies_the_citation(qtbot, window):
    import numpy
    import scipy
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication

    from fourier_gui import __version__

    help_menu = next(a.menu() for a in window.menuBar().actions() if "Help" in a.text())
    next(a for a in help_menu.actions() if "About" in a.text()).trigger()
    about = window.about
    assert about.isVisible()
    text = about.text.text()
    for expected in (
        __version__,
        "Phys. Rev. Lett.",
        "180602",
        "MIT",
        qVersion(),
        numpy.__version__,
        scipy.__version__,
    ):
        assert expected in text
    about.copy_button.click()
    bibtex = QGuiApplication.clipboard().text()
    assert bibtex.startswith("@article{") and "Michel" in bibtex and "180602" in bibtex
    about.close()


def test_window_and_taskbar_icon_come_from_resources():
    from fourier_gui.ui.shell.app import app_icon

    icon = app_icon()
    assert not icon.isNull()
    sizes = {s.width() for s in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes


@pytest.mark.slow
@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_export_plot_as_png_or_svg(qtbot, window, run_to_end, tmp_path, monkeypatch, suffix):
    run_to_end(window)
    path = tmp_path / f"plot.{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.files.export_plot(window.run_view.dynamics.widget)
    data = path.read_bytes()
    if suffix == "png":
        from PySide6.QtGui import QImage

        image = QImage(str(path))
        assert image.width() >= 1920  # presentation resolution
    else:  # vector output that parses, with the curves and symbols as paths (pyqtgraph #3485 mended)
        import xml.dom.minidom

        document = xml.dom.minidom.parseString(data)
        assert document.documentElement.tagName == "svg"
        shapes = sum(len(document.getElementsByTagName(tag)) for tag in ("path", "polyline", "polygon"))
        assert shapes > 100  # Qt writes a symbol as a path or, when its outline is straight, a polyline


@pytest.mark.slow
def test_dialog_helper_adds_the_chosen_extension_and_reports_write_errors(
    qtbot, window, run_to_end, tmp_path, monkeypatch
):
    run_to_end(window)
    bare = tmp_path / "figure"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(bare), "SVG drawing (*.svg)"))
    window.files.export_plot(window.run_view.dynamics.widget)
    assert (tmp_path / "figure.svg").exists() and not bare.exists()
    errors = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: errors.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    missing = tmp_path / "no such folder" / "s.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    window.action["save_session"].trigger()  # the write fails: a dialog, no exception, no file
    assert errors and "s.json" in errors[0] and not missing.exists()


def test_stale_results_are_marked_exported_with_their_parameters_and_restorable(
    qtbot, window, run_to_end, tmp_path, monkeypatch
):
    assert run_to_end(window) is RunState.FINISHED
    banner = window.run_view.banner
    assert not banner.isVisible()
    window.panel.field_widgets["lam"].setValue(0.0016)  # the user changes λ after the run
    assert banner.isVisible() and "previous parameters" in banner.label.text()
    assert window.run_view.dynamics.widget.getPlotItem().opacity() < 0.5
    assert window.run_view.conductivity.widget.getPlotItem().opacity() == 1.0  # κ(T) follows the panel: not stale
    path = tmp_path / "stale.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "CSV files (*.csv)"))
    window.action["export_csv"].trigger()
    table = read_csv(path)
    assert float(table.metadata["param.lam"]) == SMALL.lam  # the data's parameters, not the panel's 0.0016
    np.testing.assert_array_equal(table.data[:, 1:5], window.model.result.exact)
    banner.restore.click()
    assert window.panel.parameters() == SMALL and not banner.isVisible()
    assert window.run_view.dynamics.widget.getPlotItem().opacity() == 1.0


@pytest.mark.parametrize(
    ("c1", "levels", "window_verdict", "c2_verdict"),
    [(2.0, 500, "met", "met"), (5.0, 150, "violated", "met"), (1.0, 500, "met", "met")],
)
def test_the_panel_shows_the_diffusive_window_beside_c1_and_c2(qtbot, window, c1, levels, window_verdict, c2_verdict):
    """At c1 = 5, n = 150 c2 = 0.042 looks small, but 4π²·c2 = 1.6: no diffusive window (HAM's rate is off by
    a third there); the numbers shown are eq. (14)'s, computed here from their definitions."""
    from fourier_gui.physics.criteria import lam_for_c1

    bandwidth = 0.05
    lam = lam_for_c1(c1, levels, bandwidth)
    window.panel.set_parameters(SimulationParameters(levels=levels, lam=lam, bandwidth=bandwidth))
    c2 = lam**2 * levels / bandwidth**2
    assert float(window.panel.window_label.text()) == pytest.approx(4 * np.pi**2 * c2, rel=1e-2)
    assert window.panel.window_badge.accessibleDescription() == window_verdict
    assert window.panel.c2_badge.accessibleDescription() == c2_verdict


def test_the_time_left_comes_from_the_runs_own_rate_and_is_never_nan(qtbot, window, monkeypatch):
    """Setup (drawing couplings, loading the kernel) made early estimates tenfold too long: the rate is
    measured from the first rows on."""
    status = window.run_status

    class Model:
        started_at = 100.0
        result = None
        active = False

    monkeypatch.setattr(status, "model", Model())
    assert status._time_left(0.0, 8.0) == " · first rows…"
    assert status._time_left(0.03, 9.0) == ""  # the first rows: the rate starts here
    assert status._time_left(0.53, 14.0) == " · ≈ 4.7 s left"  # 0.5 of the run in 5 s, 0.47 to go
    assert status._time_left(1.0, 20.0) == ""
    assert "nan" not in status._time_left(0.53, 9.0)


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
    assert window.last_status.startswith("Loading the fast kernel in the background")
    qtbot.waitUntil(lambda: window.last_status == "Ready", timeout=10_000)


def test_small_views_come_back_after_the_compact_layout(qtbot, window):
    """F5 and back at 1366 px and wider: the small views left as tabs returned hidden, with no width."""
    rv = window.run_view
    window.resize(1800, 1000)
    for compact in (False, True, False):
        rv.set_compact(compact)
        qtbot.wait(10)
    _central, bottom = rv.splitters
    assert all(view.isVisible() for view in rv._small_views())
    assert len(bottom.sizes()) == 3 and min(bottom.sizes()) > 0


def test_f1_brings_explain_to_the_front_in_the_compact_layout(qtbot, window):
    """Below 1400 px Explain is a tab behind Parameters: F1 (and the welcome card's Explain) must show its text."""
    window.resize(1024, 700)
    window.layout_fit.arrange(1024)
    assert window.layout_fit.compact
    window.action["explain"].trigger()
    qtbot.waitUntil(lambda: window.explain.isVisible(), timeout=2_000)
    assert not window.explain.visibleRegion().isEmpty()


def test_presentation_mode_folds_the_welcome_card_and_brings_it_back(qtbot, open_window):
    w = open_window(None)
    w.welcome.show()
    w.set_presentation(True)
    assert not w.welcome.isVisibleTo(w)  # P_μ(t) keeps its height on the projector
    w.set_presentation(False)
    assert w.welcome.isVisibleTo(w)


def test_the_welcome_card_does_not_come_back_after_a_run(qtbot, open_window, run_to_end):
    """It says "Press Run…": after F5, a run and F5 again it was back over the plots."""
    from fourier_gui.io.presets import load_preset

    w = open_window(load_preset("fig2").parameters.with_changes(points=11))
    w.welcome.show()
    w.set_presentation(True)
    assert run_to_end(w) is RunState.FINISHED
    w.set_presentation(False)
    assert not w.welcome.isVisibleTo(w)


def test_quitting_in_presentation_mode_keeps_the_drawer_for_the_next_launch(qtbot):
    first = MainWindow(None, restore=True, welcome=False)
    qtbot.addWidget(first)
    first.show()
    assert first.dock.isVisible()
    first.set_presentation(True)
    assert not first.dock.isVisible()
    first.close()
    second = MainWindow(None, restore=True, welcome=False)
    qtbot.addWidget(second)
    second.show()
    assert second.dock.isVisible() and not second.presentation
    second.close()


def test_progress_names_the_phase_before_the_first_rows(qtbot, window, monkeypatch):
    status = window.run_status

    class Model:
        started_at, active, result, loading_kernel = 5.0, True, None, False

    class Result:
        completed, method = 0, "chebyshev"

    model = Model()
    monkeypatch.setattr(status, "model", model)
    status.run_started(12.0)
    status.refresh()
    assert status.progress.format() == "drawing couplings…" and "≈ 12.0 s" in status.progress.toolTip()
    model.loading_kernel = True
    status.refresh()
    assert status.progress.format() == "loading the kernel…"
    model.result = Result()
    status.refresh()
    assert status.progress.format() == "finding the spectrum…"
    Result.method = "eigen"
    status.refresh()
    assert status.progress.format() == "diagonalizing H…"


def test_curves_keep_their_thickness_on_a_200_percent_screen(qtbot, window, monkeypatch):
    """Pens are drawn in device pixels: at 4K and 200 % HAM's lines were hairlines."""
    window.apply_plot_style()
    normal = window.run_view.dynamics.ham[0].opts["pen"].widthF()
    monkeypatch.setattr(window, "devicePixelRatioF", lambda: 2.0)
    window.apply_plot_style()
    assert window.run_view.dynamics.ham[0].opts["pen"].widthF() == pytest.approx(2 * normal)


def test_a_refused_value_is_explained_in_the_status_bar(qtbot, window):
    """The reason under the drawer is off screen at 768 lines; the status bar is always in sight."""
    qtbot.keyClicks(window.panel.field_widgets["site_levels"], "100,200")  # too few numbers for the subunits
    assert not window.action["run"].isEnabled()
    assert window.last_status.startswith("Cannot run:") and "Levels of each subunit" in window.last_status


def test_before_a_run_the_time_axis_spans_the_run_to_come(qtbot, window):
    window.panel.set_parameters(SimulationParameters(levels=100, lam=2e-4, t_max_gamma=5.0))
    low, high = window.run_view.dynamics.plot.viewRange()[0]
    t_max = SimulationParameters(levels=100, lam=2e-4, t_max_gamma=5.0).resolved_t_max
    assert low <= 0 < high and high == pytest.approx(t_max, rel=0.05)


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


def test_the_system_views_numbers_follow_presentation_type(qtbot, open_window):
    """Site numbers and the colour bar stayed ≈ 9 px on the projector."""
    w = open_window(SimulationParameters(sites=8, levels=20, lam=2e-3, geometry="ring"))
    system = w.run_view.system
    assert system.labels
    w.set_presentation(True)
    size = system.style.font_pt
    assert size >= 14 and all(label.textItem.font().pointSize() == size for label in system.labels)
    assert system.colour_bar.axis.style["tickFont"].pointSize() == size


@pytest.mark.parametrize(
    ("changes", "heading"),
    [
        ({}, "Why equilibrium is 1/N"),
        ({"site_levels": "100,200,300"}, "Where equilibrium lies"),
        ({"site_offsets": "0,0.025,0.05"}, "Bands at different energies"),
    ],
)
def test_explain_says_where_the_excitation_ends_on_each_system(qtbot, window, changes, heading):
    """On the disorder preset Explain said 'Why equilibrium is 1/N' while P₁ stayed near 0.95."""
    window.panel.set_parameters(SimulationParameters(sites=3, levels=100, lam=2e-4, **changes))
    assert heading in window.explain.toHtml()


def test_the_profile_legend_keeps_ham_when_the_number_of_sites_changes(qtbot, window):
    for sites in (3, 10, 4):
        window.panel.set_parameters(SimulationParameters(sites=sites, levels=100, lam=2e-4))
        labels = [label.text for _sample, label in window.run_view.profile.legend.items]
        assert labels.count("HAM") == 1 and "exact" in labels, (sites, labels)


def test_the_geometry_offers_its_shapes_and_takes_any_grid(qtbot, window):
    """A free-text field a student could not discover: now a list of the shapes, still editable."""
    combo = window.panel.field_widgets["geometry"]
    shapes = [combo.itemText(i) for i in range(combo.count())]
    assert {"chain", "ring", "ladder"} <= set(shapes) and combo.isEditable()
    window.panel.set_parameters(SimulationParameters(sites=6, levels=50, lam=5e-4))
    combo.setCurrentText("ring")
    assert window.model.parameters.geometry == "ring"
    combo.setCurrentText("grid:2x3")
    assert window.model.parameters.geometry == "grid:2x3"


def test_legend_markers_stay_opaque_when_presentation_pales_the_points(qtbot, open_window):
    w = open_window(SimulationParameters(sites=6, levels=50, lam=5e-4))
    w.set_presentation(True)
    assert w.run_view.dynamics.exact[3].opts["brush"].color().alpha() < 255  # the points: pale under HAM's lines
    assert all(marker.opts["brush"].color().alpha() == 255 for marker in w.run_view.dynamics.markers)
    labels = [label.text for _sample, label in w.run_view.dynamics.legend.items]
    assert labels[:6] == [f"site {mu}" for mu in range(1, 7)]


def test_compact_small_views_get_half_the_height_in_presentation(qtbot, window):
    rv = window.run_view
    central, _bottom = rv.splitters
    window.set_presentation(True)
    rv.set_compact(False)
    rv.set_compact(True)
    top, low = central.sizes()
    assert abs(top - low) <= 2  # one small view at a time: κ(T) had 70 px on a 1024×768 projector
    window.set_presentation(False)
    rv.set_compact(False)
    rv.set_compact(True)
    top, low = central.sizes()
    assert top > 1.3 * low  # in the normal type P_μ(t), the lesson's main plot, keeps the larger share
